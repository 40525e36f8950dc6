/*
 * map_common.h — shared by the map tests (map_*.c, stress_map.c): map type
 * descriptors as the compiler will emit them, and a way to make strings
 * without libc (the tests run on goroutine stack segments).
 */
#ifndef MAP_COMMON_H
#define MAP_COMMON_H
#include "rtest.h"

#include <string.h>

/* The descriptor of map[K]V, as the compiler emits it. */
#define MAPTYPE(name, K, V, s)                                                       \
    static const gort_type name = {                                                  \
        .size = sizeof(void *), .kind = GORT_MAP, .align = 8,                        \
        .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR(s),              \
        .key = (K), .elem = (V),                                                     \
    }

/* prefix + decimal n, on the heap (never freed: the GC owns it). */
static inline gort_string mkstr(const char *prefix, int64_t n) {
    char buf[32];
    int len = 0;
    bool neg = n < 0;
    uint64_t u = neg ? -(uint64_t)n : (uint64_t)n;
    do {
        buf[len++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg) buf[len++] = '-';
    size_t pl = strlen(prefix);
    uint8_t *p = gort_alloc_noscan(pl + (size_t)len);
    memcpy(p, prefix, pl);
    for (int i = 0; i < len; i++) p[pl + (size_t)i] = (uint8_t)buf[len - 1 - i];
    return (gort_string){p, (int64_t)(pl + (size_t)len)};
}

static inline bool streq(gort_string a, gort_string b) {
    return a.len == b.len && memcmp(a.ptr, b.ptr, (size_t)a.len) == 0;
}

#define PS(s) (int)(s).len, (const char *)(s).ptr

#endif
