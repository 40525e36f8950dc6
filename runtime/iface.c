/*
 * iface.c — interface values: boxing, itabs, conversions and assertions.
 *
 * Layout (gort.h).  An interface value is two words.  interface{} is a
 * gort_eface {type, data}; an interface with methods is a gort_iface
 * {tab, data}, where tab is the itab of the pair (interface type, dynamic
 * type): the dynamic type and the code of each interface method for it, in
 * the interface's (sorted) method order, so a method call through an
 * interface is `tab->fun[k](data, args...)` with no search.  The data word
 * is the value itself for pointer-shaped types (GORT_TF_DIRECT: pointers,
 * maps, channels, funcs) and otherwise a pointer to an immutable copy of
 * the value on the heap (gort_convT).  Nobody ever writes through a data
 * word, which is what lets boxing share storage: zero-sized values all
 * point at one static word, and single-byte values (bools, small integers)
 * point into a static table of the numbers 0..255, as Go's convT does, so
 * `fmt.Println(i)` for a small i allocates nothing.
 *
 * Itabs.  Whether a concrete type implements an interface is decided at
 * run time only for conversions the compiler cannot see through: type
 * assertions to an interface type (x.(Stringer)), type switches with
 * interface cases, and fmt's search for String/Error methods.  The answer
 * is found by walking the interface's method list against the type's
 * method set (both sorted by name); a method matches when the names are
 * equal and the func types are identical.  Each answer, yes or no, is
 * cached in a global open-addressed hash table keyed by the two descriptor
 * addresses (a "no" is an itab whose fun[0] is NULL; an interface always
 * has at least one method when we build an itab).  Lookups read the table
 * without a lock: entries are published with release stores into a table
 * that only ever gains entries, and a grown table is published (release)
 * only once it is filled, so a reader sees either the old table, still
 * valid, or the complete new one.  Insertions take `itablock`.  Tables and
 * itabs come from gort_alloc: the table pointer is a static variable, a
 * root the collector scans, so nothing in the cache is ever freed.  No
 * allocation happens under the lock.
 *
 * Type identity.  The compiler emits exactly one descriptor per type, and
 * the runtime shares the predeclared ones (types.c), so identity is
 * pointer equality; gort_typeeq also accepts two descriptors with the same
 * hash, kind and string, so that a func type the runtime builds for
 * itself ("func() string" for String and Error) matches the compiler's.
 *
 * Panics.  A failed assertion is Go's *runtime.TypeAssertionError, a
 * runtime.Error whose text has no "runtime error: " prefix, so it is raised
 * with gort_panicstr: it prints `panic: interface conversion: ...` and
 * recover() gives the same text.  The texts are Go 1.19's:
 *
 *     interface conversion: interface {} is string, not int
 *     interface conversion: interface {} is nil, not int
 *     interface conversion: main.I is *main.T, not *main.U
 *     interface conversion: main.T is not main.I: missing method M
 *     interface conversion: interface is nil, not fmt.Stringer
 *
 * (the last: an assertion to an interface type of a nil value never names
 * the source interface).
 *
 * Stack.  All of this runs on a goroutine's stack segment, usually inside
 * its reserve: frames are small and libc is limited to memcpy/memcmp/
 * memset.  Allocation switches to the system stack itself (gc.c).
 */
#include "internal.h"

#include <string.h>

/* ===================================================================== */
/* Type identity                                                         */
/* ===================================================================== */

static inline bool streq(gort_string a, gort_string b) {
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, (size_t)a.len) == 0);
}

bool gort_typeeq(const gort_type *a, const gort_type *b) {
    if (a == b) return true;
    if (!a || !b) return false;
    return a->hash == b->hash && a->kind == b->kind && a->size == b->size &&
           streq(a->str, b->str);
}

/* ===================================================================== */
/* Boxing                                                                */
/* ===================================================================== */

static const uint64_t zerobase[2];
static uint64_t smallints[256];  /* smallints[i] == i, filled on first use */
static _Atomic bool smallints_ready;

static const void *smallint(uint8_t v) {
    if (!atomic_load_explicit(&smallints_ready, memory_order_acquire)) {
        /* Racing initialisers store the same values: harmless, and the
         * release store below orders them before any reader's use. */
        for (int i = 0; i < 256; i++) __atomic_store_n(&smallints[i], (uint64_t)i, __ATOMIC_RELAXED);
        atomic_store_explicit(&smallints_ready, true, memory_order_release);
    }
    return &smallints[v];
}

/* Little-endian: the first byte of smallints[v] is v. */
void *gort_convT(const gort_type *t, const void *v) {
    if (t->flags & GORT_TF_DIRECT) return *(void *const *)v;
    size_t n = t->size;
    if (n == 0) return (void *)zerobase;
    if (n == 1) return (void *)smallint(*(const uint8_t *)v);
    if (n <= 8 && !(t->flags & GORT_TF_POINTERS)) {
        uint64_t x = 0;
        memcpy(&x, v, n);
        if (x < 256) return (void *)smallint((uint8_t)x);
    }
    void *p = (t->flags & GORT_TF_POINTERS) ? gort_alloc(n) : gort_alloc_noscan(n);
    memcpy(p, v, n);
    return p;
}

gort_eface gort_convE(const gort_type *t, const void *v) {
    return (gort_eface){t, gort_convT(t, v)};
}

gort_iface gort_convI(const gort_type *inter, const gort_type *t, const void *v) {
    const gort_itab *tab = gort_getitab(inter, t, false);
    return (gort_iface){tab, gort_convT(t, v)};
}

gort_eface gort_convI2E(gort_iface i) {
    return (gort_eface){i.tab ? i.tab->type : NULL, i.data};
}

gort_iface gort_convI2I(const gort_type *inter, gort_iface i) {
    if (!i.tab) return (gort_iface){NULL, NULL};
    if (i.tab->inter == inter) return i;
    return (gort_iface){gort_getitab(inter, i.tab->type, false), i.data};
}

/* ===================================================================== */
/* Assertion panics                                                      */
/* ===================================================================== */

/* Concatenate up to 8 strings into a fresh heap string. */
static gort_string concat(const gort_string *parts, int n) {
    int64_t len = 0;
    for (int i = 0; i < n; i++) len += parts[i].len;
    uint8_t *b = gort_alloc_noscan((size_t)len + 1);
    int64_t off = 0;
    for (int i = 0; i < n; i++) {
        if (parts[i].len) memcpy(b + off, parts[i].ptr, (size_t)parts[i].len);
        off += parts[i].len;
    }
    return (gort_string){b, len};
}

/*
 * Go's TypeAssertionError.Error(): `src` names the source interface
 * ("interface" when unknown), `have` is the dynamic type (NULL: nil),
 * `want` the asserted type, `missing` the method `have` lacks (len 0: a
 * concrete-type mismatch).
 */
static void __attribute__((noreturn, noinline, cold))
panicassert(gort_string src, const gort_type *have, const gort_type *want, gort_string missing) {
    gort_string p[8];
    int n = 0;
    p[n++] = GORT_STR("interface conversion: ");
    if (!have) {
        p[n++] = src;
        p[n++] = GORT_STR(" is nil, not ");
        p[n++] = want->str;
    } else if (missing.len == 0) {
        p[n++] = src;
        p[n++] = GORT_STR(" is ");
        p[n++] = have->str;
        p[n++] = GORT_STR(", not ");
        p[n++] = want->str;
        if (streq(have->str, want->str)) p[n++] = GORT_STR(" (types from different scopes)");
    } else {
        p[n++] = have->str;
        p[n++] = GORT_STR(" is not ");
        p[n++] = want->str;
        p[n++] = GORT_STR(": missing method ");
        p[n++] = missing;
    }
    gort_panicstr(concat(p, n));
}

static const gort_string efacename = {(const uint8_t *)"interface {}", 12};
static const gort_string anyiname = {(const uint8_t *)"interface", 9};

static inline gort_string ifacename(const gort_type *inter) {
    return inter ? inter->str : anyiname;
}

/* ===================================================================== */
/* Itabs                                                                 */
/* ===================================================================== */

/*
 * Fill tab->fun for (inter, type); returns the name of the first
 * interface method `type` lacks, or a zero string if it has them all.
 * Both lists are sorted by name, so one forward walk usually suffices;
 * if the compiler sorted differently we fall back to a full scan.
 */
static gort_string itabinit(gort_itab *tab, const gort_type *inter, const gort_type *type) {
    int32_t nm = type->nmethods, j = 0;
    for (int32_t i = 0; i < inter->nimethods; i++) {
        const gort_imethod *im = &inter->imethods[i];
        const gort_method *found = NULL;
        for (int pass = 0; pass < 2 && !found; pass++) {
            int32_t k = pass == 0 ? j : 0, end = pass == 0 ? nm : j;
            for (; k < end; k++) {
                const gort_method *m = &type->methods[k];
                if (streq(m->name, im->name)) {
                    if (gort_typeeq(m->type, im->type)) found = m;
                    break; /* names are unique in a method set */
                }
            }
            if (found) j = k + 1;
        }
        if (!found) {
            if (tab) tab->fun[0] = NULL;
            return im->name;
        }
        if (tab) tab->fun[i] = found->ifn;
    }
    return (gort_string){NULL, 0};
}

typedef struct ItabTable {
    uint64_t size;   /* power of two */
    uint64_t count;  /* entries (written under itablock) */
    const gort_itab *_Atomic entries[];
} ItabTable;

static ItabTable *_Atomic itabtable;  /* a GC root: static data */
static Lock itablock;

static inline uint64_t itabhash(const gort_type *inter, const gort_type *type) {
    uint64_t h = (uint64_t)(uintptr_t)inter * 0x9e3779b97f4a7c15ull;
    h ^= (uint64_t)(uintptr_t)type * 0xc2b2ae3d27d4eb4full;
    return h ^ (h >> 29);
}

static const gort_itab *itabfind(ItabTable *t, const gort_type *inter, const gort_type *type) {
    if (!t) return NULL;
    uint64_t mask = t->size - 1;
    for (uint64_t h = itabhash(inter, type) & mask, i = 1;; h = (h + i++) & mask) {
        const gort_itab *e = atomic_load_explicit(&t->entries[h], memory_order_acquire);
        if (!e) return NULL;
        if (e->inter == inter && e->type == type) return e;
    }
}

/* Caller holds itablock; t has room. */
static void itabput(ItabTable *t, const gort_itab *tab) {
    uint64_t mask = t->size - 1;
    for (uint64_t h = itabhash(tab->inter, tab->type) & mask, i = 1;; h = (h + i++) & mask) {
        if (!atomic_load_explicit(&t->entries[h], memory_order_relaxed)) {
            atomic_store_explicit(&t->entries[h], tab, memory_order_release);
            t->count++;
            return;
        }
    }
}

static void itabadd(gort_itab *tab) {
    ItabTable *grown = NULL;
    for (;;) {
        lock(&itablock);
        ItabTable *t = atomic_load_explicit(&itabtable, memory_order_relaxed);
        if (itabfind(t, tab->inter, tab->type)) { /* someone beat us */
            unlock(&itablock);
            return;
        }
        if (t && (t->count + 1) * 4 <= t->size * 3) {
            itabput(t, tab);
            unlock(&itablock);
            return;
        }
        uint64_t want = t ? t->size * 2 : 64;
        if (grown && grown->size == want) {
            for (uint64_t i = 0; t && i < t->size; i++) {
                const gort_itab *e = atomic_load_explicit(&t->entries[i], memory_order_relaxed);
                if (e) itabput(grown, e);
            }
            itabput(grown, tab);
            atomic_store_explicit(&itabtable, grown, memory_order_release);
            unlock(&itablock);
            return;
        }
        unlock(&itablock);
        /* Allocate outside the lock, then retry. */
        grown = gort_alloc(sizeof(ItabTable) + want * sizeof(void *));
        grown->size = want;
    }
}

/*
 * The itab of (inter, type).  The compiler calls it for conversions of a
 * concrete value to an interface with methods when it does not emit the
 * itab statically, and the assertion functions below call it.
 */
const gort_itab *gort_getitab(const gort_type *inter, const gort_type *type, bool canfail) {
    if (!type) return NULL;
    const gort_itab *tab =
        itabfind(atomic_load_explicit(&itabtable, memory_order_acquire), inter, type);
    if (!tab) {
        int32_t n = inter->nimethods > 0 ? inter->nimethods : 1;
        gort_itab *t = gort_alloc(sizeof(gort_itab) + (size_t)n * sizeof(void (*)(void)));
        t->inter = inter;
        t->type = type;
        itabinit(t, inter, type);
        itabadd(t);
        tab = t;
    }
    if (inter->nimethods > 0 && tab->fun[0] == NULL) {
        if (canfail) return NULL;
        panicassert((gort_string){NULL, 0}, type, inter, itabinit(NULL, inter, type));
    }
    return tab;
}

/* ===================================================================== */
/* Assertions to concrete types: x.(T)                                   */
/* ===================================================================== */

static inline void storevalue(const gort_type *t, void *data, void *out) {
    if (!out) return;
    if (t->flags & GORT_TF_DIRECT)
        memcpy(out, &data, t->size);
    else if (t->size)
        memcpy(out, data, t->size);
}

void gort_assertE2T(gort_eface e, const gort_type *t, void *out) {
    if (GORT_UNLIKELY(!gort_typeeq(e.type, t)))
        panicassert(efacename, e.type, t, (gort_string){NULL, 0});
    storevalue(t, e.data, out);
}

bool gort_assertE2T2(gort_eface e, const gort_type *t, void *out) {
    if (!gort_typeeq(e.type, t)) {
        if (out && t->size) memset(out, 0, t->size);
        return false;
    }
    storevalue(t, e.data, out);
    return true;
}

void gort_assertI2T(const gort_type *inter, gort_iface i, const gort_type *t, void *out) {
    const gort_type *have = i.tab ? i.tab->type : NULL;
    if (GORT_UNLIKELY(!gort_typeeq(have, t)))
        panicassert(ifacename(inter), have, t, (gort_string){NULL, 0});
    storevalue(t, i.data, out);
}

bool gort_assertI2T2(gort_iface i, const gort_type *t, void *out) {
    return gort_assertE2T2(gort_convI2E(i), t, out);
}

/* ===================================================================== */
/* Assertions to interface types: x.(I)                                  */
/* ===================================================================== */

gort_iface gort_assertE2I(const gort_type *inter, gort_eface e) {
    if (GORT_UNLIKELY(!e.type)) panicassert(anyiname, NULL, inter, (gort_string){NULL, 0});
    return (gort_iface){gort_getitab(inter, e.type, false), e.data};
}

bool gort_assertE2I2(const gort_type *inter, gort_eface e, gort_iface *out) {
    const gort_itab *tab = e.type ? gort_getitab(inter, e.type, true) : NULL;
    if (out) *out = tab ? (gort_iface){tab, e.data} : (gort_iface){NULL, NULL};
    return tab != NULL;
}

gort_iface gort_assertI2I(const gort_type *inter, gort_iface i) {
    if (GORT_UNLIKELY(!i.tab)) panicassert(anyiname, NULL, inter, (gort_string){NULL, 0});
    if (i.tab->inter == inter) return i;
    return (gort_iface){gort_getitab(inter, i.tab->type, false), i.data};
}

bool gort_assertI2I2(const gort_type *inter, gort_iface i, gort_iface *out) {
    return gort_assertE2I2(inter, gort_convI2E(i), out);
}

gort_eface gort_assertE2E(const gort_type *inter, gort_eface e) {
    if (GORT_UNLIKELY(!e.type)) panicassert(anyiname, NULL, inter, (gort_string){NULL, 0});
    return e;
}

bool gort_implements(const gort_type *inter, const gort_type *type) {
    if (!type) return false;
    if (inter->nimethods == 0) return true;
    return gort_getitab(inter, type, true) != NULL;
}
