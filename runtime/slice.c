/*
 * slice.c — slices: make, append's growth, copy, and the bounds-check panics.
 *
 * A slice is a gort_slice {ptr, len, cap} passed and returned by value.
 * The compiler does every fast path inline — indexing, reslicing, an
 * append that fits in the capacity — and calls in here only for what needs
 * the heap or ends in a panic.
 *
 * Growth.  `append` must give the same capacities as Go, because programs
 * print cap() and because aliasing after an append (does the result share
 * the old array?) depends on them.  gort_growslice follows Go 1.19 (the
 * rule dates from 1.18):
 *
 *   1. Needed length newlen greater than twice the old capacity: start
 *      from newlen.  Otherwise, below 256 elements double; from 256 on,
 *      add (newcap + 768) / 4 until it is enough — a smooth slide from
 *      2x growth to 1.25x.
 *   2. Turn that into bytes and round up to the allocator's size class
 *      (Go's malloc hands out 8, 16, 24, 32, 48, ... byte blocks up to
 *      32 KB, whole 8 KB pages above), then give the caller all of the
 *      block: cap = rounded bytes / element size.  That rounding is why
 *      appending one int64 to a slice of 5 gives cap 10 but appending one
 *      byte to 5 bytes gives cap 16 (5 -> 10 -> 16).
 *
 * The size-class table below is Go 1.19's (a fact of its allocator, cross
 * checked by printing cap(append([]byte(nil), make([]byte, n)...)) for n
 * up to 40000 with real Go).  Zero-size elements get cap = newlen and no
 * memory, as in Go.  A capacity whose byte size overflows or exceeds Go's
 * maxAlloc (2^48 on amd64) panics `growslice: cap out of range`.
 *
 * Memory: element types without pointers (no GORT_TF_POINTERS) go to the
 * collector's pointer-free heap (gort_alloc_noscan), so byte and number
 * slices are never scanned.  Both allocators return zeroed memory, so the
 * new capacity beyond the copied elements is already Go's zero value.
 *
 * Bounds panics.  Generated code checks bounds inline and calls one of the
 * gort_panic_index / gort_panic_slice* functions on failure; they format
 * Go 1.19's exact text (runtime/error.go's boundsError: `index out of
 * range [5] with length 3`, `slice bounds out of range [:5] with capacity
 * 3`, `[2:1]`, `[::7] with capacity 5`, and the short forms for a negative
 * index, `index out of range [-1]`, `slice bounds out of range [-1:]`).
 * The text goes into a fresh heap buffer (the panic keeps a pointer to it
 * until the process dies or the value is recovered).
 *
 * Stack.  Everything here runs on the goroutine's segment inside its
 * 768-byte reserve: frames are a few dozen bytes, the only libc is memmove,
 * allocation goes through gort_alloc (which switches to the system stack).
 */
#include "internal.h"

#include <string.h>

/* ---- size classes ----------------------------------------------------- */

static const uint16_t size_classes[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,
    176,   192,   208,   224,   240,   256,   288,   320,   352,   384,   416,   448,
    480,   512,   576,   640,   704,   768,   896,   1024,  1152,  1280,  1408,  1536,
    1792,  2048,  2304,  2688,  3072,  3200,  3456,  4096,  4864,  5376,  6144,  6528,
    6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288, 13568, 14336, 16384, 18432,
    19072, 20480, 21760, 24576, 27264, 28672, 32768,
};

#define MAX_SMALL 32768
#define PAGE_SIZE_GO 8192
#define MAX_ALLOC ((uint64_t)1 << 48)

/* The block size Go's malloc would use for a request of `size` bytes. */
uintptr_t gort_roundupsize(uintptr_t size) {
    if (size <= MAX_SMALL) {
        /* binary search for the first class >= size */
        int lo = 0, hi = (int)(sizeof size_classes / sizeof size_classes[0]) - 1;
        if (size == 0) return 0;
        while (lo < hi) {
            int mid = (lo + hi) / 2;
            if (size_classes[mid] >= size)
                hi = mid;
            else
                lo = mid + 1;
        }
        return size_classes[lo];
    }
    if (size + PAGE_SIZE_GO < size) return size;
    return (size + PAGE_SIZE_GO - 1) & ~(uintptr_t)(PAGE_SIZE_GO - 1);
}

static void *alloc_for(const gort_type *elem, uintptr_t bytes) {
    return (elem->flags & GORT_TF_POINTERS) ? gort_alloc(bytes) : gort_alloc_noscan(bytes);
}

/* ---- make, append, copy ------------------------------------------------ */

gort_slice gort_makeslice(const gort_type *elem, int64_t len, int64_t cap) {
    uint64_t size = elem->size;
    /* Go's order: first judge cap, and on failure say which one was wrong. */
    bool capbad = cap < 0 || len < 0 || len > cap ||
                  (size && (uint64_t)cap > MAX_ALLOC / size);
    if (GORT_UNLIKELY(capbad)) {
        if (len < 0 || (size && (uint64_t)len > MAX_ALLOC / size))
            gort_panic_runtime("makeslice: len out of range");
        gort_panic_runtime("makeslice: cap out of range");
    }
    gort_slice s = {NULL, len, cap};
    uint64_t bytes = size * (uint64_t)cap;
    s.ptr = bytes ? alloc_for(elem, bytes) : gort_alloc_noscan(0);
    return s;
}

gort_slice gort_growslice(const gort_type *elem, gort_slice old, int64_t newlen) {
    if (GORT_UNLIKELY(newlen < old.len || newlen < 0))
        gort_panic_runtime("growslice: cap out of range");
    if (newlen <= old.cap) { /* nothing to grow: tolerated */
        old.len = newlen;
        return old;
    }
    uint64_t size = elem->size;
    if (size == 0) { /* Go: no memory, any non-nil pointer */
        gort_slice s = {old.ptr ? old.ptr : gort_alloc_noscan(0), newlen, newlen};
        return s;
    }

    int64_t newcap = old.cap;
    int64_t doublecap = newcap + newcap;
    if (newlen > doublecap) {
        newcap = newlen;
    } else if (old.cap < 256) {
        newcap = doublecap;
    } else {
        /* 0 < newcap guards against overflow; then fall back to newlen */
        while (0 < newcap && newcap < newlen) newcap += (newcap + 3 * 256) / 4;
        if (newcap <= 0) newcap = newlen;
    }

    if ((uint64_t)newcap > MAX_ALLOC / size)
        gort_panic_runtime("growslice: cap out of range");
    uint64_t capmem = gort_roundupsize((uintptr_t)((uint64_t)newcap * size));
    if (capmem > MAX_ALLOC) gort_panic_runtime("growslice: cap out of range");
    newcap = (int64_t)(capmem / size);

    gort_slice s = {alloc_for(elem, capmem), newlen, newcap};
    if (old.len > 0) memmove(s.ptr, old.ptr, (size_t)old.len * size);
    return s;
}

int64_t gort_slicecopy(void *dst, int64_t dn, const void *src, int64_t sn, uintptr_t width) {
    int64_t n = dn < sn ? dn : sn;
    if (n <= 0 || width == 0) return n < 0 ? 0 : n;
    if (dst != src) memmove(dst, src, (size_t)n * width);
    return n;
}

/* ---- bounds panics ------------------------------------------------------ */

/* Append the decimal form of v to *pp. */
static void putu(char **pp, uint64_t v) {
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n) *(*pp)++ = tmp[--n];
}

/* Go 1.19's formats, indexed by GORT_BOUNDS_*: %x is x, %y is y.  When x
 * is signed and negative the second table applies (y is not shown). */
static const char *const bounds_fmt[] = {
    "index out of range [%x] with length %y",
    "slice bounds out of range [:%x] with length %y",
    "slice bounds out of range [:%x] with capacity %y",
    "slice bounds out of range [%x:%y]",
    "slice bounds out of range [::%x] with length %y",
    "slice bounds out of range [::%x] with capacity %y",
    "slice bounds out of range [:%x:%y]",
    "slice bounds out of range [%x:%y:]",
    "cannot convert slice with length %y to array or pointer to array with length %x",
};
static const char *const bounds_negfmt[] = {
    "index out of range [%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [:%x]",
    "slice bounds out of range [%x:]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [::%x]",
    "slice bounds out of range [:%x:]",
    "slice bounds out of range [%x::]",
    "cannot convert slice with length %y to array or pointer to array with length %x",
};

void gort_panic_bounds(int code, uint64_t x, bool xsigned, int64_t y) {
    if (code < 0 || code > GORT_BOUNDS_CONVERT) code = GORT_BOUNDS_INDEX;
    bool neg = xsigned && (int64_t)x < 0;
    const char *f = neg ? bounds_negfmt[code] : bounds_fmt[code];
    char *buf = gort_alloc_noscan(160), *p = buf;
    for (; *f; f++) {
        if (f[0] == '%' && f[1] == 'x') {
            if (neg) {
                *p++ = '-';
                putu(&p, -x);
            } else {
                putu(&p, x);
            }
            f++;
        } else if (f[0] == '%' && f[1] == 'y') {
            if (y < 0) {
                *p++ = '-';
                putu(&p, -(uint64_t)y);
            } else {
                putu(&p, (uint64_t)y);
            }
            f++;
        } else {
            *p++ = *f;
        }
    }
    *p = 0;
    gort_panic_runtime(buf);
}

void gort_panic_index(int64_t i, int64_t len) {
    gort_panic_bounds(GORT_BOUNDS_INDEX, (uint64_t)i, true, len);
}
void gort_panic_indexu(uint64_t i, int64_t len) {
    gort_panic_bounds(GORT_BOUNDS_INDEX, i, false, len);
}
void gort_panic_slice_alen(int64_t high, int64_t len) {
    gort_panic_bounds(GORT_BOUNDS_SLICE_ALEN, (uint64_t)high, true, len);
}
void gort_panic_slice_acap(int64_t high, int64_t cap) {
    gort_panic_bounds(GORT_BOUNDS_SLICE_ACAP, (uint64_t)high, true, cap);
}
void gort_panic_slice_b(int64_t low, int64_t high) {
    gort_panic_bounds(GORT_BOUNDS_SLICE_B, (uint64_t)low, true, high);
}
void gort_panic_slice3_alen(int64_t max, int64_t len) {
    gort_panic_bounds(GORT_BOUNDS_SLICE3_ALEN, (uint64_t)max, true, len);
}
void gort_panic_slice3_acap(int64_t max, int64_t cap) {
    gort_panic_bounds(GORT_BOUNDS_SLICE3_ACAP, (uint64_t)max, true, cap);
}
void gort_panic_slice3_b(int64_t high, int64_t max) {
    gort_panic_bounds(GORT_BOUNDS_SLICE3_B, (uint64_t)high, true, max);
}
void gort_panic_slice3_c(int64_t low, int64_t high) {
    gort_panic_bounds(GORT_BOUNDS_SLICE3_C, (uint64_t)low, true, high);
}
