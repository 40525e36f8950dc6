/*
 * lib_sort.c — the bodyless functions of package sort
 * (compiler/lib/sort.g).
 *
 * Ints, Strings, Float64s and Slice are sort.c's.  Slice, SliceStable and
 * SliceIsSorted take the slice as an interface{}: its descriptor gives
 * the element size (Go panics as reflect does when x is not a slice).
 * SliceStable is insertion sort on blocks of 20 elements followed by
 * in-place stable merges (binary search for the cut, rotation by block
 * swaps), so that less always sees the elements where they are: a
 * stable sort has only one possible result, Go's.
 */
#include "gort.h"

#include <string.h>

void gort_sort_Ints(gort_slice x) { gort_sort_ints(x); }
void gort_sort_Strings(gort_slice x) { gort_sort_strings(x); }
void gort_sort_Float64s(gort_slice x) { gort_sort_float64s(x); }
bool gort_sort_IntsAreSorted(gort_slice x) { return gort_sort_intsaresorted(x); }
bool gort_sort_StringsAreSorted(gort_slice x) { return gort_sort_stringsaresorted(x); }
int64_t gort_sort_SearchInts(gort_slice a, int64_t x) { return gort_sort_searchints(a, x); }

static const char *const kindnames[] = {
    "invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
    "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64",
    "complex128", "array", "chan", "func", "interface", "map", "ptr", "slice",
    "string", "struct", "unsafe.Pointer",
};

/* The slice inside x, or reflect's panic. */
static gort_slice sliceof(gort_eface x, uintptr_t *width, const char *method) {
    if (!x.type || x.type->kind != GORT_SLICE) {
        int k = x.type ? x.type->kind : 0;
        gort_string parts[] = {GORT_STR("reflect: call of "),
                               {(const uint8_t *)method, (int64_t)strlen(method)},
                               GORT_STR(" on "),
                               x.type ? (gort_string){(const uint8_t *)kindnames[k],
                                                      (int64_t)strlen(kindnames[k])}
                                      : GORT_STR("zero"),
                               GORT_STR(" Value")};
        gort_panicstr(gort_concatstrings(parts, 5));
    }
    *width = x.type->elem->size;
    return *(gort_slice *)x.data;
}

/* func Slice(x any, less func(i, j int) bool) */
void gort_sort_Slice(gort_eface x, gort_func *less) {
    uintptr_t width;
    gort_slice s = sliceof(x, &width, "Swapper");
    gort_sort_slice(s, width, less);
}

typedef bool (*lessfn)(gort_func *, int64_t, int64_t);

typedef struct Stable {
    uint8_t *base;
    uintptr_t width;
    gort_func *less;
} Stable;

static bool sless(Stable *s, int64_t i, int64_t j) {
    return ((lessfn)s->less->fn)(s->less, i, j);
}

static void sswap(Stable *s, int64_t i, int64_t j) {
    uint8_t *a = s->base + (uintptr_t)i * s->width, *b = s->base + (uintptr_t)j * s->width;
    uint8_t tmp[64];
    for (uintptr_t off = 0; off < s->width; off += sizeof tmp) {
        uintptr_t n = s->width - off < sizeof tmp ? s->width - off : sizeof tmp;
        memcpy(tmp, a + off, n);
        memcpy(a + off, b + off, n);
        memcpy(b + off, tmp, n);
    }
}

static void insertion(Stable *s, int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && sless(s, j, j - 1); j--) sswap(s, j, j - 1);
}

static void swaprange(Stable *s, int64_t a, int64_t b, int64_t n) {
    for (int64_t i = 0; i < n; i++) sswap(s, a + i, b + i);
}

/* Exchange the blocks [a,m) and [m,b). */
static void rotate(Stable *s, int64_t a, int64_t m, int64_t b) {
    int64_t i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            swaprange(s, m - i, m, j);
            i -= j;
        } else {
            swaprange(s, m - i, m + j - i, i);
            j -= i;
        }
    }
    swaprange(s, m - i, m, i);
}

/* Merge the sorted runs [a,m) and [m,b) stably, in place. */
static void merge(Stable *s, int64_t a, int64_t m, int64_t b) {
    if (a >= m || m >= b) return;
    if (m - a == 1) { /* insert s[a] into [m,b) */
        int64_t lo = m, hi = b;
        while (lo < hi) {
            int64_t h = lo + (hi - lo) / 2;
            if (sless(s, h, a)) lo = h + 1;
            else hi = h;
        }
        for (int64_t k = a; k < lo - 1; k++) sswap(s, k, k + 1);
        return;
    }
    if (b - m == 1) { /* insert s[m] into [a,m) */
        int64_t lo = a, hi = m;
        while (lo < hi) {
            int64_t h = lo + (hi - lo) / 2;
            if (!sless(s, m, h)) lo = h + 1;
            else hi = h;
        }
        for (int64_t k = m; k > lo; k--) sswap(s, k, k - 1);
        return;
    }
    /* Cut the longer run in half, find where its middle element goes in
     * the other, rotate, and merge both sides. */
    int64_t c1, c2;
    if (m - a >= b - m) {
        c1 = a + (m - a) / 2;
        int64_t lo = m, hi = b; /* first element of [m,b) not less than s[c1]... */
        while (lo < hi) {
            int64_t h = lo + (hi - lo) / 2;
            if (sless(s, h, c1)) lo = h + 1;
            else hi = h;
        }
        c2 = lo;
    } else {
        c2 = m + (b - m) / 2;
        int64_t lo = a, hi = m; /* first element of [a,m) greater than s[c2] */
        while (lo < hi) {
            int64_t h = lo + (hi - lo) / 2;
            if (!sless(s, c2, h)) lo = h + 1;
            else hi = h;
        }
        c1 = lo;
    }
    if (c1 < m && m < c2) rotate(s, c1, m, c2);
    int64_t mid = c1 + (c2 - m);
    merge(s, a, c1, mid);
    merge(s, mid, c2, b);
}

/* func SliceStable(x any, less func(i, j int) bool) */
void gort_sort_SliceStable(gort_eface x, gort_func *less) {
    uintptr_t width;
    gort_slice sl = sliceof(x, &width, "Swapper");
    Stable s = {sl.ptr, width, less};
    int64_t n = sl.len, block = 20;
    for (int64_t a = 0; a < n; a += block) insertion(&s, a, a + block < n ? a + block : n);
    for (; block < n; block *= 2)
        for (int64_t a = 0; a + block < n; a += 2 * block)
            merge(&s, a, a + block, a + 2 * block < n ? a + 2 * block : n);
}

/* func SliceIsSorted(x any, less func(i, j int) bool) bool */
bool gort_sort_SliceIsSorted(gort_eface x, gort_func *less) {
    uintptr_t width;
    gort_slice sl = sliceof(x, &width, "Len");
    for (int64_t i = sl.len - 1; i > 0; i--)
        if (((lessfn)less->fn)(less, i, i - 1)) return false;
    return true;
}
