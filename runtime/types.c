/*
 * types.c — the predeclared types' descriptors, and the equality and hash
 * functions that every comparable type's descriptor is built from.
 *
 * Descriptors.  A gort_type (gort.h) says everything the runtime needs to
 * know about a type at run time: size, alignment, Go's reflect.Kind, how
 * %T prints it, and two functions, `equal` (Go's ==, NULL if the type is
 * not comparable: slices, maps, funcs and aggregates holding them) and
 * `hashfn` (the hash of a value, for map keys).  The compiler emits one
 * constant descriptor per type the program uses; the predeclared ones
 * live here so that every package, and the runtime itself (fmt, errors,
 * maps of interfaces), shares them.  byte and rune are aliases of uint8
 * and int32 and share their descriptors, which is why Go prints
 * `[]uint8` for a []byte.  Interface types are never dynamic types (a
 * value stored in an interface has a concrete type), so their `equal` and
 * `hashfn` matter only when an interface is itself a struct field, array
 * element or map key: then they compare or hash the dynamic values.
 *
 * Equality.  Integers, bools, pointers and channels compare their bits
 * (gort_memequalN).  Floats compare as IEEE numbers: NaN differs from
 * everything, itself included, and +0 equals -0, so they must never be
 * compared as bits.  Strings compare lengths, then bytes.  Interfaces are
 * equal if both are nil, or if they hold the same dynamic type and that
 * type's equal says the values are; if the common dynamic type has no
 * equal the comparison panics, Go's `comparing uncomparable type []int`.
 * Two different dynamic types are simply unequal, even uncomparable ones,
 * as in Go.  Types are identified by descriptor address (the compiler
 * emits one descriptor per type), or failing that by gort_typeeq, which
 * also accepts a duplicate (same hash, kind, size and string).
 *
 * Hashing.  One mixing primitive: multiply two 64-bit words into 128 bits
 * and fold the halves together with xor.  A multiplication spreads every
 * input bit over the upper half of the product and the fold brings the
 * upper half down, so one multiply both diffuses and compresses (the idea
 * behind wyhash and other multiply-fold hashes; the code and constants
 * here are our own).  Fixed-size keys of 1-8 bytes cost two multiplies;
 * a byte string is consumed 16 bytes per multiply, its tail (or a short
 * string) read with two possibly overlapping loads so no byte-by-byte loop
 * is needed, and the length is folded in at the end so "a" and "a\0" hash
 * apart.  The seed is per map and random, so an adversary who controls
 * the keys cannot predict collisions across maps or runs.
 *
 * Float hashing follows the equality: +0 and -0 hash alike (both as the
 * bits of +0); a NaN hashes to a fresh random value every time, so a NaN
 * key inserted in a map lands somewhere unpredictable and, since NaN !=
 * NaN, can never be found again (each `m[NaN] = v` adds an entry, as in
 * Go).  An interface hashes its dynamic type's value with that type's
 * hashfn, mixed with the type's own hash; a dynamic type without one
 * panics `hash of unhashable type []int`.
 *
 * Stack.  Everything here may run on a goroutine's stack segment inside
 * its reserve (map operations call hashfn and equal), so frames are tiny,
 * there are no libc calls but memcmp/memcpy, and the panicking paths, which
 * allocate the message, are out of line.
 */
#include "internal.h"

#include <string.h>

/* ===================================================================== */
/* Equality                                                              */
/* ===================================================================== */

bool gort_memequal(const void *a, const void *b, uintptr_t size) {
    return a == b || memcmp(a, b, size) == 0;
}

bool gort_memequal0(const void *a, const void *b) {
    (void)a;
    (void)b;
    return true;
}
bool gort_memequal8(const void *a, const void *b) {
    return *(const uint8_t *)a == *(const uint8_t *)b;
}
bool gort_memequal16(const void *a, const void *b) {
    return *(const uint16_t *)a == *(const uint16_t *)b;
}
bool gort_memequal32(const void *a, const void *b) {
    return *(const uint32_t *)a == *(const uint32_t *)b;
}
bool gort_memequal64(const void *a, const void *b) {
    return *(const uint64_t *)a == *(const uint64_t *)b;
}
bool gort_f32equal(const void *a, const void *b) {
    return *(const float *)a == *(const float *)b;
}
bool gort_f64equal(const void *a, const void *b) {
    return *(const double *)a == *(const double *)b;
}
bool gort_strequal(const void *a, const void *b) {
    const gort_string *x = a, *y = b;
    return x->len == y->len && (x->ptr == y->ptr || memcmp(x->ptr, y->ptr, (size_t)x->len) == 0);
}

/* "<prefix><type string>" as a NUL-terminated heap string, for
 * gort_panic_runtime.  Allocation goes through the system stack. */
static const char *typemsg(const char *prefix, const gort_type *t) {
    size_t n = strlen(prefix);
    char *s = gort_alloc_noscan(n + (size_t)t->str.len + 1);
    memcpy(s, prefix, n);
    memcpy(s + n, t->str.ptr, (size_t)t->str.len);
    return s;
}

static void __attribute__((noreturn, noinline, cold)) panic_uncomparable(const gort_type *t) {
    gort_panic_runtime(typemsg("comparing uncomparable type ", t));
}

static void __attribute__((noreturn, noinline, cold)) panic_unhashable(const gort_type *t) {
    gort_panic_runtime(typemsg("hash of unhashable type ", t));
}

/* The address of an interface's value: pointer-shaped values live in the
 * data word itself, others are pointed to by it. */
static inline const void *ifacevalue(const gort_type *t, void *const *data) {
    return (t->flags & GORT_TF_DIRECT) ? (const void *)data : *data;
}

/* Both interfaces hold dynamic type t (non-nil). */
static inline bool efacevalueeq(const gort_type *t, void *const *x, void *const *y) {
    if (GORT_UNLIKELY(t->equal == NULL)) panic_uncomparable(t);
    if (t->flags & GORT_TF_DIRECT) return *x == *y;
    return *x == *y || t->equal(*x, *y);
}

/* Dynamic types of two non-identical descriptor pointers: the same type
 * only if one is a duplicate of the other (see gort_typeeq). */
static inline bool sametype(const gort_type *a, const gort_type *b) {
    return a && b && a->hash == b->hash && gort_typeeq(a, b);
}

/* The compiler turns `a == b` (and `!=`) on interface{} operands into this. */
bool gort_efaceeq(gort_eface a, gort_eface b) {
    if (a.type != b.type && !sametype(a.type, b.type)) return false;
    if (a.type == NULL) return true;
    return efacevalueeq(a.type, &a.data, &b.data);
}

/* The compiler turns `a == b` on two values of an interface type with
 * methods into this.  Two itabs of one interface type are for the same
 * dynamic type iff their `type` fields are equal. */
bool gort_ifaceeq(gort_iface a, gort_iface b) {
    if (a.tab == b.tab) {
        if (a.tab == NULL) return true;
    } else if (a.tab == NULL || b.tab == NULL ||
               (a.tab->type != b.tab->type && !sametype(a.tab->type, b.tab->type))) {
        return false;
    }
    return efacevalueeq(a.tab->type, &a.data, &b.data);
}

bool gort_efaceequal(const void *a, const void *b) {
    const gort_eface *x = a, *y = b;
    if (x->type != y->type && !sametype(x->type, y->type)) return false;
    if (x->type == NULL) return true;
    return efacevalueeq(x->type, &x->data, &y->data);
}

bool gort_ifaceequal(const void *a, const void *b) {
    const gort_iface *x = a, *y = b;
    const gort_itab *tx = x->tab, *ty = y->tab;
    if (tx != ty) {
        if (tx == NULL || ty == NULL || (tx->type != ty->type && !sametype(tx->type, ty->type)))
            return false;
    } else if (tx == NULL) {
        return true;
    }
    return efacevalueeq(tx->type, &x->data, &y->data);
}

/* ===================================================================== */
/* Hashing                                                               */
/* ===================================================================== */

/* Odd constants with about half their bits set, in no pattern. */
#define HK0 0x9c3e6a1d5f0b7d27ULL
#define HK1 0xd1b54a32d192ed03ULL
#define HK2 0x8e2f5c1b7a94e63dULL
#define HK3 0xa7c9f02e64b8135bULL

/* Multiply to 128 bits, fold. */
static inline uint64_t fold(uint64_t a, uint64_t b) {
    __uint128_t r = (__uint128_t)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t load64(const uint8_t *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}
static inline uint64_t load32(const uint8_t *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

/* Hash of one word (a value of at most 8 bytes, zero-extended) and its size. */
static inline uint64_t hashword(uint64_t x, uint64_t seed, uint64_t size) {
    return fold(fold(x ^ seed ^ HK0, HK1 ^ (size << 56)), HK2);
}

uint64_t gort_memhash(const void *p, uintptr_t size, uint64_t seed) {
    const uint8_t *b = p;
    uint64_t n = size, x, y;
    uint64_t s = seed ^ HK0;
    if (GORT_LIKELY(n <= 16)) {
        if (n >= 8) {
            x = load64(b);
            y = load64(b + n - 8);
        } else if (n >= 4) {
            x = load32(b);
            y = load32(b + n - 4);
        } else if (n > 0) {
            x = ((uint64_t)b[0] << 16) | ((uint64_t)b[n >> 1] << 8) | b[n - 1];
            y = 0;
        } else {
            x = y = 0;
        }
    } else {
        uint64_t t = s ^ HK3;
        while (n > 32) {
            s = fold(load64(b) ^ HK1, load64(b + 8) ^ s);
            t = fold(load64(b + 16) ^ HK2, load64(b + 24) ^ t);
            b += 32;
            n -= 32;
        }
        if (n > 16) {
            s = fold(load64(b) ^ HK1, load64(b + 8) ^ s);
            b += 16;
            n -= 16;
        }
        s ^= t;
        /* the last 16 bytes, overlapping what came before if need be */
        x = load64(b + n - 16);
        y = load64(b + n - 8);
    }
    return fold(fold(x ^ HK1, y ^ s) ^ HK2, HK3 ^ (uint64_t)size);
}

uint64_t gort_memhash0(const void *p, uint64_t seed) {
    (void)p;
    return hashword(0, seed, 0);
}
uint64_t gort_memhash8(const void *p, uint64_t seed) {
    return hashword(*(const uint8_t *)p, seed, 1);
}
uint64_t gort_memhash16(const void *p, uint64_t seed) {
    return hashword(*(const uint16_t *)p, seed, 2);
}
uint64_t gort_memhash32(const void *p, uint64_t seed) {
    return hashword(*(const uint32_t *)p, seed, 4);
}
uint64_t gort_memhash64(const void *p, uint64_t seed) {
    return hashword(*(const uint64_t *)p, seed, 8);
}

uint64_t gort_f32hash(const void *p, uint64_t seed) {
    float f = *(const float *)p;
    uint32_t bits;
    if (f == 0) return hashword(0, seed, 4);                   /* +0, -0 */
    if (f != f) return hashword(fastrand(), seed ^ HK3, 4);    /* NaN */
    memcpy(&bits, &f, 4);
    return hashword(bits, seed, 4);
}

uint64_t gort_f64hash(const void *p, uint64_t seed) {
    double f = *(const double *)p;
    uint64_t bits;
    if (f == 0) return hashword(0, seed, 8);
    if (f != f) return hashword(fastrand(), seed ^ HK3, 8);
    memcpy(&bits, &f, 8);
    return hashword(bits, seed, 8);
}

uint64_t gort_strhash(const void *p, uint64_t seed) {
    const gort_string *s = p;
    return gort_memhash(s->ptr, (uintptr_t)s->len, seed);
}

static inline uint64_t hashvalue(const gort_type *t, void *const *data, uint64_t seed) {
    if (GORT_UNLIKELY(t->hashfn == NULL || t->equal == NULL)) panic_unhashable(t);
    return t->hashfn(ifacevalue(t, data), seed ^ fold(t->hash ^ HK2, HK0));
}

uint64_t gort_efacehash(const void *p, uint64_t seed) {
    const gort_eface *e = p;
    if (e->type == NULL) return hashword(0, seed ^ HK1, 16);
    return hashvalue(e->type, &e->data, seed);
}

uint64_t gort_ifacehash(const void *p, uint64_t seed) {
    const gort_iface *e = p;
    if (e->tab == NULL) return hashword(0, seed ^ HK1, 16);
    return hashvalue(e->tab->type, &e->data, seed);
}

/* ===================================================================== */
/* The predeclared types                                                 */
/* ===================================================================== */

#define BASIC(name, ctype, k, eq, hf, h, fl)                                         \
    const gort_type gort_type_##name = {                                          \
        .size = sizeof(ctype), .hash = h, .kind = k, .align = _Alignof(ctype),   \
        .flags = GORT_TF_NAMED | (fl), .str = GORT_STR(#name), .equal = eq,       \
        .hashfn = hf,                                                             \
    }

BASIC(bool, bool, GORT_BOOL, gort_memequal8, gort_memhash8, 0xc894953du, 0);
BASIC(int, int64_t, GORT_INT, gort_memequal64, gort_memhash64, 0x95e97e5eu, 0);
BASIC(int8, int8_t, GORT_INT8, gort_memequal8, gort_memhash8, 0x6491fa92u, 0);
BASIC(int16, int16_t, GORT_INT16, gort_memequal16, gort_memhash16, 0x07e372d1u, 0);
BASIC(int32, int32_t, GORT_INT32, gort_memequal32, gort_memhash32, 0xfbdee2bfu, 0);
BASIC(int64, int64_t, GORT_INT64, gort_memequal64, gort_memhash64, 0x03d22364u, 0);
BASIC(uint, uint64_t, GORT_UINT, gort_memequal64, gort_memhash64, 0xcb9836a1u, 0);
BASIC(uint8, uint8_t, GORT_UINT8, gort_memequal8, gort_memhash8, 0x199df2dbu, 0);
BASIC(uint16, uint16_t, GORT_UINT16, gort_memequal16, gort_memhash16, 0xae8ebef2u, 0);
BASIC(uint32, uint32_t, GORT_UINT32, gort_memequal32, gort_memhash32, 0x32940becu, 0);
BASIC(uint64, uint64_t, GORT_UINT64, gort_memequal64, gort_memhash64, 0xaea00813u, 0);
BASIC(uintptr, uintptr_t, GORT_UINTPTR, gort_memequal64, gort_memhash64, 0xfcd16165u, 0);
BASIC(float32, float, GORT_FLOAT32, gort_f32equal, gort_f32hash, 0xe89f7410u, 0);
BASIC(float64, double, GORT_FLOAT64, gort_f64equal, gort_f64hash, 0x7c980e47u, 0);
BASIC(string, gort_string, GORT_STRING, gort_strequal, gort_strhash, 0x17c16538u,
      GORT_TF_POINTERS);

_Static_assert(sizeof(uintptr_t) == 8, "gort assumes a 64-bit target");

const gort_type gort_type_any = {
    .size = sizeof(gort_eface),
    .hash = 0xd8f76804u,
    .kind = GORT_INTERFACE,
    .align = _Alignof(gort_eface),
    .flags = GORT_TF_POINTERS,
    .str = GORT_STR("interface {}"),
    .equal = gort_efaceequal,
    .hashfn = gort_efacehash,
};

/* func() string: the type of error's Error method. */
static const gort_type *const errorfn_out[] = {&gort_type_string};
static const gort_type errorfn_type = {
    .size = sizeof(void *),
    .hash = 0x319077b5u,
    .kind = GORT_FUNC,
    .align = _Alignof(void *),
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT,
    .str = GORT_STR("func() string"),
    .nout = 1,
    .out = errorfn_out,
};

static const gort_imethod error_methods[] = {
    {.name = GORT_STR("Error"), .type = &errorfn_type},
};

const gort_type gort_type_error = {
    .size = sizeof(gort_iface),
    .hash = 0x21918751u,
    .kind = GORT_INTERFACE,
    .align = _Alignof(gort_iface),
    .flags = GORT_TF_POINTERS | GORT_TF_NAMED,
    .str = GORT_STR("error"),
    .equal = gort_ifaceequal,
    .hashfn = gort_ifacehash,
    .nimethods = 1,
    .imethods = error_methods,
};
