/*
 * map.c — Go's map: an open-addressing hash table probed eight slots at a
 * time, with Go's semantics (nil maps, NaN keys, iteration under mutation,
 * random iteration order).
 *
 * Layout.  A map (struct gort_map) is a small header and one table: an
 * array of `cap` control bytes followed by `cap` slots, in one allocation.
 * cap is a power of two, at least 8.  A slot holds a key and its value
 * inline, the value at the key's size rounded up to the value's alignment,
 * so keys and values of any size and type live in the table itself (no
 * per-entry allocation, no indirection).  The control byte of a slot says
 * what is in it:
 *
 *     0x00             empty: never used since the table was made or cleared
 *     0x01             deleted (a tombstone)
 *     0x80 | h2        full; h2 is the top 7 bits of the key's hash
 *
 * Empty is zero so a freshly allocated (zeroed) table needs no setting up,
 * and `clear` is one memset.  The table is allocated scanned (gort_alloc)
 * if the key or value type holds pointers, else noscan; the collector then
 * sees the keys and values through the slots (the control bytes never
 * look like pointers that matter).
 *
 * Probing.  The slots form groups of eight, whose control bytes are read as
 * one 64-bit word and tested all at once with word arithmetic (SWAR: no
 * vector instructions).  A key's probe sequence starts at group
 * (hash & groupmask) and visits groups at triangular offsets 1, 3, 6, 10...
 * which, with a power-of-two number of groups, visits every group once.  In
 * each group it checks the slots whose control byte equals 0x80|h2 — with
 * 7 bits of hash, a wrong key is compared only once in 128 slots — and
 * stops at the first group that has an empty slot.  The tests are exact
 * (no false positive byte matches) because a false "empty" would end a
 * lookup early.  This is the design of Abseil's Swiss tables and of Go
 * 1.24's maps, minus the vector instructions and the directory of tables.
 *
 * Deletion.  A probe passes a group only if the group was full when the key
 * was inserted.  So deleting from a group that still has an empty slot can
 * make the slot empty again (no probe ever went past that group); deleting
 * from a group without one leaves a tombstone, which lookups skip and
 * inserts reuse.  A deleted slot's key and value are zeroed at once, so the
 * collector does not keep what they pointed to.
 *
 * Load factor and growth.  At most 7/8 of the slots may be non-empty (full
 * or tombstone): `growth_left` counts the empty slots that may still be
 * filled.  An insert that needs an empty slot when growth_left is 0 rebuilds
 * the table: at the same size if at most 7/16 of the slots would then be
 * full (the tombstones were the problem), else at double the size.  A
 * rebuild always moves the entries into a newly allocated table; the old
 * one is never written again.  That is what makes iteration simple (below).
 * Growth is all at once, not incremental as in Go's pre-1.24 maps: an
 * insert that triggers it costs O(n), amortised O(1).  `make(map, hint)`
 * sizes the table so that `hint` entries fit without growing.
 *
 * Iteration.  An iterator (gort_mapiter, on the caller's stack) remembers
 * the table it started on and walks its slots from a random starting slot,
 * wrapping around, so the order differs from one range loop to the next as
 * Go's does.  While that table is still the map's table, each full slot is
 * produced directly: a deletion of an entry not yet reached empties or
 * tombstones its slot, so it is not produced; an insertion during the loop
 * lands before or after the iterator's position, so it may or may not be.
 * Once the map has moved to a new table, the iterator keeps walking its old
 * one (the pointer in the iterator keeps it alive; it is frozen, so nothing
 * shifts under the walk and no entry is seen twice) and, for each key
 * there, looks the key up in the map's current table: found, it produces
 * the live key and value (so later updates and deletions are honoured);
 * absent, it was deleted and is skipped.  A key that is not equal to itself
 * (NaN, or a struct or interface holding one) can never be looked up or
 * deleted, only cleared; such entries are produced from the old table
 * unless the map was cleared since the loop began (Go does the same).
 * Every entry present for the whole loop is produced exactly once.
 *
 * Hashing.  Each map has its own random seed.  Keys are hashed with the
 * key type's hashfn and compared with its equal (types.c).  When those are
 * the runtime's own 8-byte, 4-byte or string functions (ints, pointers,
 * runes, strings and types defined from them) the map calls the hash
 * directly and compares keys inline instead of through the pointers: the
 * lookup code is specialised for these three cases.
 *
 * Misuse.  Maps are not safe for concurrent use.  As in Go, a flag in the
 * header is set for the duration of each write, and a write or read that
 * finds it set is the fatal error `concurrent map writes` (or `concurrent
 * map read and map write`, `concurrent map iteration and map write`).  It
 * is best effort: a race may go unnoticed.
 *
 * Stack.  These functions run on the caller's goroutine stack segment, in
 * its reserve, and keep small frames; table allocation goes through
 * gort_alloc (system stack).  The hash and equal functions they call are
 * either the runtime's leaf functions or generated functions with stack
 * checks of their own.
 */
#include "internal.h"

#include <string.h>

enum { KEY_GENERIC, KEY_64, KEY_32, KEY_STR };

#define CTRL_EMPTY 0x00
#define CTRL_DELETED 0x01
#define CTRL_FULL 0x80

#define GROUP 8
#define LSB 0x0101010101010101ULL
#define MSB 0x8080808080808080ULL
#define L7 0x7f7f7f7f7f7f7f7fULL

struct gort_map {
    int64_t count;         /* live entries: len(m).  First, see gort.h */
    uint8_t *ctrl;         /* the table (NULL until the first insert) */
    char *slots;           /* ctrl + cap */
    uint64_t gmask;        /* groups - 1 */
    int64_t growth_left;   /* empty slots that may still be filled */
    uint64_t seed;
    uint64_t clearseq;     /* incremented by each clear */
    bool (*equal)(const void *, const void *);
    uint64_t (*hashfn)(const void *, uint64_t);
    uint32_t keysize, elemsize, elemoff, slotsize;
    uint8_t flavor;        /* KEY_*: a specialised key type */
    uint8_t noscan;        /* neither keys nor values hold pointers */
    volatile uint8_t writing; /* a write is in progress */
};

/* ===================================================================== */
/* Control-word tests                                                    */
/* ===================================================================== */

static inline uint64_t ctrlword(const uint8_t *ctrl, uint64_t g) {
    uint64_t w;
    memcpy(&w, ctrl + g * GROUP, 8);
    return w;
}

/* 0x80 in each byte of w that is zero, exactly (no carries cross bytes). */
static inline uint64_t zerobytes(uint64_t w) {
    return ~(((w & L7) + L7) | w) & MSB;
}
static inline uint64_t match_tag(uint64_t w, uint8_t tag) { return zerobytes(w ^ (LSB * tag)); }
static inline uint64_t match_empty(uint64_t w) { return zerobytes(w); }
static inline uint64_t match_free(uint64_t w) { return ~w & MSB; } /* empty or deleted */
/* Index (0-7) of the lowest matched byte. */
static inline unsigned firstbit(uint64_t bits) { return (unsigned)__builtin_ctzll(bits) >> 3; }

static inline uint8_t tagof(uint64_t h) { return (uint8_t)(CTRL_FULL | (h >> 57)); }

/* ===================================================================== */
/* Hashing and finding keys                                              */
/* ===================================================================== */

static inline uint64_t keyhash(const gort_map *m, const void *key, int flavor) {
    switch (flavor) {
    case KEY_64: return gort_memhash64(key, m->seed);
    case KEY_32: return gort_memhash32(key, m->seed);
    case KEY_STR: return gort_strhash(key, m->seed);
    default: return m->hashfn(key, m->seed);
    }
}

static inline bool keyeq(const gort_map *m, const void *a, const void *b, int flavor) {
    switch (flavor) {
    case KEY_64: return *(const uint64_t *)a == *(const uint64_t *)b;
    case KEY_32: return *(const uint32_t *)a == *(const uint32_t *)b;
    case KEY_STR: {
        const gort_string *x = a, *y = b;
        return x->len == y->len &&
               (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
    }
    default: return m->equal(a, b);
    }
}

/* The slot holding key (hash h) in m's table (which must exist), or NULL. */
static inline __attribute__((always_inline)) char *find(const gort_map *m, const void *key,
                                                        uint64_t h, int flavor) {
    const uint8_t *ctrl = m->ctrl;
    uint8_t tag = tagof(h);
    uint64_t g = h & m->gmask;
    for (uint64_t step = 1;; step++) {
        uint64_t w = ctrlword(ctrl, g);
        for (uint64_t bits = match_tag(w, tag); bits; bits &= bits - 1) {
            char *slot = m->slots + (g * GROUP + firstbit(bits)) * m->slotsize;
            if (GORT_LIKELY(keyeq(m, key, slot, flavor))) return slot;
        }
        if (GORT_LIKELY(match_empty(w))) return NULL;
        g = (g + step) & m->gmask;
    }
}

/* find, dispatched on the key flavor, with the hash computed here. */
static char *lookup(const gort_map *m, const void *key) {
    switch (m->flavor) {
    case KEY_64: return find(m, key, keyhash(m, key, KEY_64), KEY_64);
    case KEY_32: return find(m, key, keyhash(m, key, KEY_32), KEY_32);
    case KEY_STR: return find(m, key, keyhash(m, key, KEY_STR), KEY_STR);
    default: return find(m, key, keyhash(m, key, KEY_GENERIC), KEY_GENERIC);
    }
}

/* The first free (empty or deleted) slot on h's probe sequence. */
static uint64_t findfree(const gort_map *m, uint64_t h) {
    uint64_t g = h & m->gmask;
    for (uint64_t step = 1;; step++) {
        uint64_t bits = match_free(ctrlword(m->ctrl, g));
        if (bits) return g * GROUP + firstbit(bits);
        g = (g + step) & m->gmask;
    }
}

/* ===================================================================== */
/* Misuse and the zero value                                             */
/* ===================================================================== */

static void __attribute__((noreturn, noinline, cold)) concurrent(const char *what) {
    fatal(what);
}

static inline void checkread(const gort_map *m) {
    if (GORT_UNLIKELY(m->writing)) concurrent("concurrent map read and map write");
}

static inline void startwrite(gort_map *m) {
    if (GORT_UNLIKELY(m->writing)) concurrent("concurrent map writes");
    m->writing = 1;
}

static inline void endwrite(gort_map *m) {
    if (GORT_UNLIKELY(!m->writing)) concurrent("concurrent map writes");
    m->writing = 0;
}

/* What m[k] reads for a missing k.  Never written. */
#define ZEROSIZE 1024
static const uint64_t zeroval[ZEROSIZE / 8];

/* For values larger than zeroval: a zeroed block, grown as needed and
 * never shrunk.  A racing grow just allocates twice. */
typedef struct BigZero {
    uint64_t size;
    uint64_t pad_;
    char data[];
} BigZero;
static BigZero *_Atomic bigzero;

static void *__attribute__((noinline, cold)) zerofor(uint64_t size) {
    BigZero *z = atomic_load_explicit(&bigzero, memory_order_acquire);
    if (z && z->size >= size) return z->data;
    z = gort_alloc_noscan(sizeof(BigZero) + size);
    z->size = size;
    atomic_store_explicit(&bigzero, z, memory_order_release);
    return z->data;
}

static inline void *zero(const gort_map *m, const gort_type *mt) {
    uint64_t size = m ? m->elemsize : mt->elem->size;
    if (GORT_LIKELY(size <= ZEROSIZE)) return (void *)zeroval;
    return zerofor(size);
}

/* ===================================================================== */
/* Tables                                                                */
/* ===================================================================== */

/* A zeroed (so all-empty) table of cap slots, installed in m.  The old
 * table, if any, is left as it was. */
static void newtable(gort_map *m, uint64_t cap) {
    size_t bytes = (size_t)cap + (size_t)cap * m->slotsize;
    uint8_t *t = m->noscan ? gort_alloc_noscan(bytes) : gort_alloc(bytes);
    m->ctrl = t;
    m->slots = (char *)t + cap;
    m->gmask = cap / GROUP - 1;
    m->growth_left = (int64_t)(cap - cap / 8);
}

/* Move every entry into a new table of newcap slots. */
static void __attribute__((noinline)) rehash(gort_map *m, uint64_t newcap) {
    const uint8_t *octrl = m->ctrl;
    const char *oslots = m->slots;
    uint64_t ocap = (m->gmask + 1) * GROUP;
    newtable(m, newcap);
    uint32_t ss = m->slotsize;
    for (uint64_t i = 0; i < ocap; i++) {
        if (!(octrl[i] & CTRL_FULL)) continue;
        const char *slot = oslots + i * ss;
        uint64_t h = keyhash(m, slot, m->flavor);
        uint64_t j = findfree(m, h);
        m->ctrl[j] = tagof(h);
        memcpy(m->slots + j * ss, slot, ss);
    }
    m->growth_left -= m->count;
}

/* growth_left ran out: rebuild in place (fresh table, same size) if
 * tombstones are the problem, else double. */
static void __attribute__((noinline)) grow(gort_map *m) {
    uint64_t cap = (m->gmask + 1) * GROUP;
    if ((uint64_t)m->count + 1 <= cap * 7 / 16)
        rehash(m, cap);
    else
        rehash(m, cap * 2);
}

/* ===================================================================== */
/* Entry points                                                          */
/* ===================================================================== */

static int flavorof(const gort_type *k) {
    if (k->hashfn == gort_memhash64 && k->equal == gort_memequal64 && k->size == 8)
        return KEY_64;
    if (k->hashfn == gort_memhash32 && k->equal == gort_memequal32 && k->size == 4)
        return KEY_32;
    if (k->hashfn == gort_strhash && k->equal == gort_strequal) return KEY_STR;
    return KEY_GENERIC;
}

/* Go hashes the key even when the map is nil or empty, so that an
 * unhashable interface key (or a struct holding one) panics all the same. */
static void __attribute__((noinline)) hashcheck(const gort_type *mt, const void *key) {
    if (flavorof(mt->key) == KEY_GENERIC) mt->key->hashfn(key, 0);
}

/* The compiler turns `make(map[K]V)`, `make(map[K]V, hint)` and map
 * composite literals into this. */
gort_map *gort_makemap(const gort_type *mt, int64_t hint) {
    const gort_type *kt = mt->key, *et = mt->elem;
    gort_map *m = gort_alloc(sizeof *m);
    uint64_t ealign = et->align ? et->align : 1;
    uint64_t align = kt->align > ealign ? kt->align : ealign;
    uint64_t elemoff = (kt->size + ealign - 1) & ~(ealign - 1);
    uint64_t slotsize = (elemoff + et->size + align - 1) & ~(align - 1);
    if (slotsize > UINT32_MAX / 2) fatal("runtime: map key/value too large");
    m->keysize = (uint32_t)kt->size;
    m->elemsize = (uint32_t)et->size;
    m->elemoff = (uint32_t)elemoff;
    m->slotsize = (uint32_t)slotsize;
    m->equal = kt->equal;
    m->hashfn = kt->hashfn;
    m->flavor = (uint8_t)flavorof(kt);
    m->noscan = !((kt->flags | et->flags) & GORT_TF_POINTERS);
    m->seed = fastrand();
    /* Go: a negative hint, or one whose table would not fit in memory,
     * is treated as 0. */
    if (hint > 0 && (uint64_t)hint <= ((uint64_t)1 << 40) / (slotsize + 1)) {
        uint64_t cap = GROUP;
        while (cap - cap / 8 < (uint64_t)hint) cap *= 2;
        newtable(m, cap);
    }
    return m;
}

/* The compiler turns `len(m)` into this (or inlines the first word). */
int64_t gort_maplen(gort_map *m) { return m ? m->count : 0; }

/* The compiler turns `v := m[k]` into `v = *(V *)gort_mapaccess1(...)`. */
void *gort_mapaccess1(const gort_type *mt, gort_map *m, const void *key) {
    if (m == NULL || m->count == 0) {
        if (m == NULL || m->flavor == KEY_GENERIC) hashcheck(mt, key);
        return zero(m, mt);
    }
    checkread(m);
    char *slot = lookup(m, key);
    return slot ? slot + m->elemoff : zero(m, mt);
}

/* The compiler turns `v, ok := m[k]` into this. */
void *gort_mapaccess2(const gort_type *mt, gort_map *m, const void *key, bool *ok) {
    if (m == NULL || m->count == 0) {
        if (m == NULL || m->flavor == KEY_GENERIC) hashcheck(mt, key);
        *ok = false;
        return zero(m, mt);
    }
    checkread(m);
    char *slot = lookup(m, key);
    *ok = slot != NULL;
    return slot ? slot + m->elemoff : zero(m, mt);
}

static void __attribute__((noreturn, noinline, cold)) panic_nilmap(void) {
    /* Go's plainError: printed without the "runtime error: " prefix. */
    gort_panicstr(GORT_STR("assignment to entry in nil map"));
}

/* Insert key (hash h) into a free slot, growing first if that would use
 * up the last empty slot allowed.  Returns the slot. */
static char *__attribute__((noinline)) insert(gort_map *m, const void *key, uint64_t h) {
    if (m->ctrl == NULL) newtable(m, GROUP);
    uint64_t i = findfree(m, h);
    if (m->ctrl[i] == CTRL_EMPTY) {
        if (GORT_UNLIKELY(m->growth_left == 0)) {
            grow(m);
            i = findfree(m, h);
        }
        m->growth_left--;
    }
    m->ctrl[i] = tagof(h);
    char *slot = m->slots + i * m->slotsize;
    memcpy(slot, key, m->keysize);
    m->count++;
    return slot;
}

static inline __attribute__((always_inline)) void *assign(gort_map *m, const void *key,
                                                          int flavor) {
    uint64_t h = keyhash(m, key, flavor);
    startwrite(m);
    char *slot = m->ctrl ? find(m, key, h, flavor) : NULL;
    if (slot) {
        /* Go's needkeyupdate: m[-0.0] after m[+0.0] keeps -0.0; a string
         * key takes the new (equal) string.  Equal keys of other types
         * are identical bits, so copying always is right. */
        if (flavor == KEY_GENERIC || flavor == KEY_STR) memcpy(slot, key, m->keysize);
    } else {
        slot = insert(m, key, h);
    }
    endwrite(m);
    return slot + m->elemoff;
}

/* The compiler turns `m[k] = v` into `*(V *)gort_mapassign(...) = v`, and
 * `m[k] op= v` into the same pointer used for both the read and the write. */
void *gort_mapassign(const gort_type *mt, gort_map *m, const void *key) {
    (void)mt;
    if (GORT_UNLIKELY(m == NULL)) panic_nilmap();
    switch (m->flavor) {
    case KEY_64: return assign(m, key, KEY_64);
    case KEY_32: return assign(m, key, KEY_32);
    case KEY_STR: return assign(m, key, KEY_STR);
    default: return assign(m, key, KEY_GENERIC);
    }
}

/* Empty the slot (its key and value zeroed for the collector). */
static void removeslot(gort_map *m, char *slot) {
    uint64_t i = 0;
    if (m->slotsize != 0) {
        i = (uint64_t)(slot - m->slots) / m->slotsize;
    } else {
        /* Zero-sized keys and values: only one entry can exist. */
        while (!(m->ctrl[i] & CTRL_FULL)) i++;
    }
    memset(slot, 0, m->slotsize);
    if (match_empty(ctrlword(m->ctrl, i / GROUP))) {
        m->ctrl[i] = CTRL_EMPTY;
        m->growth_left++;
    } else {
        m->ctrl[i] = CTRL_DELETED;
    }
    m->count--;
}

/* The compiler turns `delete(m, k)` into this. */
void gort_mapdelete(const gort_type *mt, gort_map *m, const void *key) {
    if (m == NULL || m->count == 0) {
        if (m == NULL || m->flavor == KEY_GENERIC) hashcheck(mt, key);
        return;
    }
    uint64_t h = keyhash(m, key, m->flavor);
    startwrite(m);
    char *slot;
    switch (m->flavor) {
    case KEY_64: slot = find(m, key, h, KEY_64); break;
    case KEY_32: slot = find(m, key, h, KEY_32); break;
    case KEY_STR: slot = find(m, key, h, KEY_STR); break;
    default: slot = find(m, key, h, KEY_GENERIC); break;
    }
    if (slot) removeslot(m, slot);
    endwrite(m);
}

/* The compiler turns `clear(m)` (Go 1.21) into this. */
void gort_mapclear(const gort_type *mt, gort_map *m) {
    (void)mt;
    if (m == NULL) return;
    startwrite(m);
    m->clearseq++;
    uint64_t cap = (m->gmask + 1) * GROUP;
    if (m->ctrl && (m->count != 0 || m->growth_left != (int64_t)(cap - cap / 8))) {
        memset(m->ctrl, 0, (size_t)cap + (size_t)cap * m->slotsize);
        m->growth_left = (int64_t)(cap - cap / 8);
    }
    m->count = 0;
    endwrite(m);
}

/* ===================================================================== */
/* Iteration                                                             */
/* ===================================================================== */

/* The compiler turns the start of `for k, v := range m` into this. */
void gort_mapiterinit(const gort_type *mt, gort_map *m, gort_mapiter *it) {
    it->key = it->elem = NULL;
    it->mt = mt;
    it->m = m;
    it->ctrl = NULL;
    it->slots = NULL;
    it->cap = it->offset = it->i = 0;
    if (m == NULL || m->count == 0) return;
    if (GORT_UNLIKELY(m->writing)) concurrent("concurrent map iteration and map write");
    it->ctrl = m->ctrl;
    it->slots = m->slots;
    it->cap = (m->gmask + 1) * GROUP;
    it->offset = fastrand() & (it->cap - 1);
    it->clearseq = m->clearseq;
    gort_mapiternext(it);
}

/* The compiler turns the end of each iteration of a range loop over a map
 * (and `continue`) into this. */
void gort_mapiternext(gort_mapiter *it) {
    gort_map *m = it->m;
    if (m == NULL || it->ctrl == NULL) {
        it->key = it->elem = NULL;
        return;
    }
    if (GORT_UNLIKELY(m->writing)) concurrent("concurrent map iteration and map write");
    uint64_t mask = it->cap - 1;
    uint32_t ss = m->slotsize, eo = m->elemoff;
    while (it->i < it->cap) {
        uint64_t s = (it->offset + it->i) & mask;
        it->i++;
        if (!(it->ctrl[s] & CTRL_FULL)) continue;
        char *slot = it->slots + s * ss;
        if (GORT_LIKELY(it->ctrl == m->ctrl)) {
            it->key = slot;
            it->elem = slot + eo;
            return;
        }
        /* The map moved to a new table: produce the entry as it is now. */
        char *live = m->count ? lookup(m, slot) : NULL;
        if (live) {
            it->key = live;
            it->elem = live + eo;
            return;
        }
        if (it->clearseq == m->clearseq && !m->equal(slot, slot)) {
            it->key = slot; /* NaN-like: never deleted, can't be looked up */
            it->elem = slot + eo;
            return;
        }
    }
    it->key = it->elem = NULL;
    it->ctrl = NULL; /* let the old table go */
    it->slots = NULL;
}

/* ===================================================================== */
/* For fmt                                                               */
/* ===================================================================== */

/* fmt's map printing (keys sorted as internal/fmtsort does) starts here. */
int64_t gort_mapentries(const gort_type *mt, gort_map *m, const void **keys,
                        const void **elems, int64_t max) {
    (void)mt;
    if (m == NULL || m->count == 0) return 0;
    checkread(m);
    uint64_t cap = (m->gmask + 1) * GROUP;
    int64_t n = 0;
    for (uint64_t i = 0; i < cap && n < max; i++) {
        if (!(m->ctrl[i] & CTRL_FULL)) continue;
        char *slot = m->slots + i * m->slotsize;
        if (keys) keys[n] = slot;
        if (elems) elems[n] = slot + m->elemoff;
        n++;
    }
    return m->count;
}
