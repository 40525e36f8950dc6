/*
 * slice_grow: append's capacities are Go 1.19's for element sizes 1, 8,
 * 24 and 3, one at a time and many at once (growslice's size-class
 * rounding), elements survive growth, zero-size elements, and aliasing
 * of appends that fit.  The C is what gocc generates for:
 *
 *     type T struct{ a, b, c int64 }
 *
 *     func main() {
 *         var b []byte
 *         last := -1
 *         for i := 0; i < 5000; i++ {
 *             b = append(b, byte(i))
 *             if cap(b) != last { last = cap(b); fmt.Print(cap(b), " ") }
 *         }
 *         fmt.Println()
 *         ... the same for s []int (5000), t []T (3000, T{i, 1, 2}),
 *         ... w [][3]byte (1000, {1, 2, 3})
 *         sum := 0
 *         for _, v := range s { sum += v }
 *         fmt.Println(sum, t[2999].a, t[1234].c, b[4999], w[999][2])
 *         for _, n := range []int{1, 2, 5, 7, 17, 100, 1000, 1025} {
 *             x := append(make([]int, 3, 4), make([]int, n)...)
 *             y := append(make([]byte, 2), make([]byte, n)...)
 *             z := append(make([]T, 2, 3), make([]T, n)...)
 *             fmt.Println(n, len(x), cap(x), len(y), cap(y), len(z), cap(z))
 *         }
 *         u := make([]int, 256); u = append(u, 1); fmt.Println(cap(u))
 *         u = make([]int, 1000); u = append(u, 1, 2); fmt.Println(cap(u))
 *         var e []struct{}
 *         for i := 0; i < 10; i++ { e = append(e, struct{}{}) }
 *         fmt.Println(len(e), cap(e))
 *         a := make([]int, 3, 4)
 *         b1 := append(a, 1)
 *         b2 := append(a, 2)
 *         c1 := append(b1, 3)
 *         c1[0] = 9
 *         fmt.Println(b1[3], b2[3], a[0], c1[0], len(c1), cap(c1))
 *     }
 */
#include "rtest.h"

typedef struct T { int64_t a, b, c; } T;
typedef struct A3 { uint8_t v[3]; } A3;
static const gort_type type_T = {.size = 24, .kind = GORT_STRUCT, .align = 8,
                                 .str = GORT_STR("main.T")};
static const gort_type type_A3 = {.size = 3, .kind = GORT_ARRAY, .align = 1,
                                  .str = GORT_STR("[3]uint8")};
static const gort_type type_E = {.size = 0, .kind = GORT_STRUCT, .align = 1,
                                 .str = GORT_STR("struct {}")};

/* s = append(s, v) */
#define APPEND1(ET, typ, s, v)                                   \
    do {                                                         \
        int64_t n_ = (s).len + 1;                                \
        if (n_ > (s).cap)                                        \
            (s) = gort_growslice(typ, (s), n_);                  \
        else                                                     \
            (s).len = n_;                                        \
        ((ET *)(s).ptr)[n_ - 1] = (v);                           \
    } while (0)

/* s = append(s, t...) */
#define APPENDN(typ, s, t)                                                        \
    do {                                                                          \
        int64_t o_ = (s).len, n_ = o_ + (t).len;                                  \
        if (n_ > (s).cap)                                                         \
            (s) = gort_growslice(typ, (s), n_);                                   \
        else                                                                      \
            (s).len = n_;                                                         \
        gort_slicecopy((char *)(s).ptr + o_ * (typ)->size, (t).len, (t).ptr, (t).len, \
                       (typ)->size);                                              \
    } while (0)

#define IDX(s, i) (((uint64_t)(i) >= (uint64_t)(s).len) ? gort_panic_index((i), (s).len) : (void)0)

static void entry(void) {
    gort_slice b = {0}, s = {0}, t = {0}, w = {0};
    int64_t last = -1;
    for (int64_t i = 0; i < 5000; i++) {
        APPEND1(uint8_t, &gort_type_uint8, b, (uint8_t)i);
        if (b.cap != last) { last = b.cap; gort_printf("%ld ", (long)b.cap); }
    }
    gort_printf("\n");
    last = -1;
    for (int64_t i = 0; i < 5000; i++) {
        APPEND1(int64_t, &gort_type_int, s, i);
        if (s.cap != last) { last = s.cap; gort_printf("%ld ", (long)s.cap); }
    }
    gort_printf("\n");
    last = -1;
    for (int64_t i = 0; i < 3000; i++) {
        APPEND1(T, &type_T, t, ((T){i, 1, 2}));
        if (t.cap != last) { last = t.cap; gort_printf("%ld ", (long)t.cap); }
    }
    gort_printf("\n");
    last = -1;
    for (int64_t i = 0; i < 1000; i++) {
        APPEND1(A3, &type_A3, w, ((A3){{1, 2, 3}}));
        if (w.cap != last) { last = w.cap; gort_printf("%ld ", (long)w.cap); }
    }
    gort_printf("\n");
    int64_t sum = 0;
    for (int64_t i = 0; i < s.len; i++) sum += ((int64_t *)s.ptr)[i];
    IDX(t, 2999); IDX(t, 1234); IDX(b, 4999); IDX(w, 999);
    gort_printf("%ld %ld %ld %d %d\n", (long)sum, (long)((T *)t.ptr)[2999].a,
                (long)((T *)t.ptr)[1234].c, ((uint8_t *)b.ptr)[4999], ((A3 *)w.ptr)[999].v[2]);
    static const int64_t ns[] = {1, 2, 5, 7, 17, 100, 1000, 1025};
    for (int k = 0; k < 8; k++) {
        int64_t n = ns[k];
        gort_slice x = gort_makeslice(&gort_type_int, 3, 4);
        gort_slice tmp = gort_makeslice(&gort_type_int, n, n);
        APPENDN(&gort_type_int, x, tmp);
        gort_slice y = gort_makeslice(&gort_type_uint8, 2, 2);
        tmp = gort_makeslice(&gort_type_uint8, n, n);
        APPENDN(&gort_type_uint8, y, tmp);
        gort_slice z = gort_makeslice(&type_T, 2, 3);
        tmp = gort_makeslice(&type_T, n, n);
        APPENDN(&type_T, z, tmp);
        gort_printf("%ld %ld %ld %ld %ld %ld %ld\n", (long)n, (long)x.len, (long)x.cap,
                    (long)y.len, (long)y.cap, (long)z.len, (long)z.cap);
    }
    gort_slice u = gort_makeslice(&gort_type_int, 256, 256);
    APPEND1(int64_t, &gort_type_int, u, 1);
    gort_printf("%ld\n", (long)u.cap);
    u = gort_makeslice(&gort_type_int, 1000, 1000);
    {   /* append(u, 1, 2) */
        int64_t n = u.len + 2;
        if (n > u.cap) u = gort_growslice(&gort_type_int, u, n); else u.len = n;
        ((int64_t *)u.ptr)[n - 2] = 1;
        ((int64_t *)u.ptr)[n - 1] = 2;
    }
    gort_printf("%ld\n", (long)u.cap);
    gort_slice e = {0};
    for (int i = 0; i < 10; i++) {
        int64_t n = e.len + 1;
        if (n > e.cap) e = gort_growslice(&type_E, e, n); else e.len = n;
    }
    gort_printf("%ld %ld\n", (long)e.len, (long)e.cap);
    gort_slice a = gort_makeslice(&gort_type_int, 3, 4);
    gort_slice b1 = a, b2 = a, c1;
    APPEND1(int64_t, &gort_type_int, b1, 1);
    APPEND1(int64_t, &gort_type_int, b2, 2);
    c1 = b1;
    APPEND1(int64_t, &gort_type_int, c1, 3);
    ((int64_t *)c1.ptr)[0] = 9;
    gort_printf("%ld %ld %ld %ld %ld %ld\n", (long)((int64_t *)b1.ptr)[3],
                (long)((int64_t *)b2.ptr)[3], (long)((int64_t *)a.ptr)[0],
                (long)((int64_t *)c1.ptr)[0], (long)c1.len, (long)c1.cap);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
