/*
 * sort.c — package sort: Ints, Strings, Float64s and Slice.
 *
 * One introsort serves all four, reading and moving elements only through
 * less(i, j) and swap(i, j) on indices, because sort.Slice's comparison
 * is a compiled Go closure over indices of the caller's slice:
 *
 *   - ranges of 12 elements or fewer: insertion sort (each element swapped
 *     down while less(j, j-1)).  Go's pdqsort does exactly this for
 *     len <= 12, so for short slices even the order of equal elements
 *     under sort.Slice is Go's;
 *   - longer ranges: quicksort, pivot the median of first, middle and last,
 *     Hoare partition whose scans stop on elements equal to the pivot (so
 *     many equal keys still split evenly); recurse into the smaller side,
 *     loop on the larger, so the depth is at most log2(n);
 *   - after 2*log2(n) levels without finishing: heapsort of the range, so
 *     the worst case stays O(n log n).
 *
 * For longer slices with equal elements sort.Slice may leave them in an
 * order other than Go's (neither is stable; Go's pdqsort makes different
 * choices); Ints, Strings and Float64s are unaffected.
 *
 * Stack.  The recursion runs on the goroutine's stack, so, like generated
 * code, each level checks for room (GORT_STACK_OK) and otherwise continues
 * on a new segment through gort_morestack.  The less closure is generated
 * code and checks its own stack.
 */
#include "internal.h"

#include <string.h>

enum { K_INTS, K_STRINGS, K_FLOATS, K_FUNC };

typedef struct Sorter {
    int kind;
    char *base;
    uintptr_t width;
    gort_func *less;
} Sorter;

typedef bool (*lessfn)(gort_func *, int64_t, int64_t);

static inline bool lt(Sorter *s, int64_t i, int64_t j) {
    switch (s->kind) {
    case K_INTS: return ((int64_t *)s->base)[i] < ((int64_t *)s->base)[j];
    case K_STRINGS:
        return gort_cmpstring(((gort_string *)s->base)[i], ((gort_string *)s->base)[j]) < 0;
    case K_FLOATS: {
        double a = ((double *)s->base)[i], b = ((double *)s->base)[j];
        return a < b || (a != a && b == b); /* NaN first, as Go */
    }
    default: return ((lessfn)(void *)s->less->fn)(s->less, i, j);
    }
}

static inline void sw(Sorter *s, int64_t i, int64_t j) {
    uintptr_t w = s->width;
    if (w == 8) {
        uint64_t *a = (uint64_t *)s->base, t = a[i];
        a[i] = a[j];
        a[j] = t;
    } else if (w == 16) {
        gort_string *a = (gort_string *)s->base, t = a[i];
        a[i] = a[j];
        a[j] = t;
    } else {
        char *x = s->base + (uintptr_t)i * w, *y = s->base + (uintptr_t)j * w;
        for (uintptr_t k = 0; k < w; k++) {
            char t = x[k];
            x[k] = y[k];
            y[k] = t;
        }
    }
}

static void insertion(Sorter *s, int64_t lo, int64_t hi) {
    for (int64_t i = lo + 1; i < hi; i++)
        for (int64_t j = i; j > lo && lt(s, j, j - 1); j--) sw(s, j, j - 1);
}

static void siftdown(Sorter *s, int64_t lo, int64_t root, int64_t n) {
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= n) return;
        if (child + 1 < n && lt(s, lo + child, lo + child + 1)) child++;
        if (!lt(s, lo + root, lo + child)) return;
        sw(s, lo + root, lo + child);
        root = child;
    }
}

static void heapsort_(Sorter *s, int64_t lo, int64_t hi) {
    int64_t n = hi - lo;
    for (int64_t i = (n - 1) / 2; i >= 0; i--) siftdown(s, lo, i, n);
    for (int64_t i = n - 1; i > 0; i--) {
        sw(s, lo, lo + i);
        siftdown(s, lo, 0, i);
    }
}

#define SORT_FRAME 256

typedef struct QArgs {
    Sorter *s;
    int64_t lo, hi;
    int depth;
} QArgs;

static void quick(Sorter *s, int64_t lo, int64_t hi, int depth);

static void quick_thunk(void *p) {
    QArgs *a = p;
    quick(a->s, a->lo, a->hi, a->depth);
}

static __attribute__((noinline)) void quick(Sorter *s, int64_t lo, int64_t hi, int depth) {
    if (GORT_UNLIKELY(!GORT_STACK_OK(SORT_FRAME))) {
        QArgs a = {s, lo, hi, depth};
        gort_morestack(quick_thunk, &a, SORT_FRAME);
        return;
    }
    while (hi - lo > 12) {
        if (depth == 0) {
            heapsort_(s, lo, hi);
            return;
        }
        depth--;
        int64_t mid = lo + (hi - lo) / 2, last = hi - 1;
        /* median of three into mid, then to lo */
        if (lt(s, mid, lo)) sw(s, mid, lo);
        if (lt(s, last, mid)) {
            sw(s, last, mid);
            if (lt(s, mid, lo)) sw(s, mid, lo);
        }
        sw(s, lo, mid);
        int64_t i = lo + 1, j = hi - 1;
        for (;;) {
            while (i <= j && lt(s, i, lo)) i++;
            while (i <= j && lt(s, lo, j)) j--;
            if (i >= j) break;
            sw(s, i, j);
            i++, j--;
        }
        sw(s, lo, j);
        if (j - lo < hi - j - 1) {
            quick(s, lo, j, depth);
            lo = j + 1;
        } else {
            quick(s, j + 1, hi, depth);
            hi = j;
        }
    }
    insertion(s, lo, hi);
}

static void sortit(Sorter *s, int64_t n) {
    int depth = 0;
    for (int64_t m = n; m > 0; m >>= 1) depth++;
    quick(s, 0, n, 2 * depth);
}

void gort_sort_ints(gort_slice a) {
    Sorter s = {K_INTS, a.ptr, 8, NULL};
    sortit(&s, a.len);
}

void gort_sort_strings(gort_slice a) {
    Sorter s = {K_STRINGS, a.ptr, sizeof(gort_string), NULL};
    sortit(&s, a.len);
}

void gort_sort_float64s(gort_slice a) {
    Sorter s = {K_FLOATS, a.ptr, 8, NULL};
    sortit(&s, a.len);
}

void gort_sort_slice(gort_slice a, uintptr_t width, gort_func *less) {
    Sorter s = {K_FUNC, a.ptr, width, less};
    sortit(&s, a.len);
}

bool gort_sort_intsaresorted(gort_slice a) {
    const int64_t *p = a.ptr;
    for (int64_t i = a.len - 1; i > 0; i--)
        if (p[i] < p[i - 1]) return false;
    return true;
}

bool gort_sort_stringsaresorted(gort_slice a) {
    const gort_string *p = a.ptr;
    for (int64_t i = a.len - 1; i > 0; i--)
        if (gort_cmpstring(p[i], p[i - 1]) < 0) return false;
    return true;
}

/* sort.SearchInts: the first index i with a[i] >= x (len if none). */
int64_t gort_sort_searchints(gort_slice a, int64_t x) {
    const int64_t *p = a.ptr;
    int64_t lo = 0, hi = a.len;
    while (lo < hi) {
        int64_t m = (int64_t)((uint64_t)(lo + hi) >> 1);
        if (p[m] < x)
            lo = m + 1;
        else
            hi = m;
    }
    return lo;
}
