/*
 * map_iface: interface{} keys with mixed dynamic types (1, int64(1), "1",
 * 1.0, int8(1), uint8(1) are all different keys; pointers compare by
 * address; a struct compares by fields; nil is a key too), NaN inside an
 * interface, interface == with its uncomparable-type panic, the
 * unhashable-key panic (also on a nil map), and == on error values.
 * map_iface.out is Go 1.19's output for:
 *
 *     type P struct{ a, b int }
 *     m := map[interface{}]int{}
 *     x := 5; px := &x
 *     m[1] = 1; m[int64(1)] = 2; m["1"] = 3; m[1.0] = 4; m[true] = 5; m[nil] = 6
 *     m[px] = 7; m[P{1, 2}] = 8; m[int8(1)] = 9; m[uint8(1)] = 10
 *     fmt.Println(len(m))
 *     fmt.Println(m[1], m[int64(1)], m["1"], m[1.0], m[true], m[nil], m[px], m[P{1, 2}],
 *         m[P{2, 1}], m[false], m[int8(1)], m[uint8(1)], m[int32(1)])
 *     y := 5; fmt.Println(m[&y])
 *     m[math.NaN()] = 11; m[math.NaN()] = 12; fmt.Println(len(m))
 *     delete(m, 1); delete(m, nil); fmt.Println(len(m), m[1], m[nil])
 *     sum := 0; for _, v := range m { sum += v }; fmt.Println(sum)
 *     var a, b interface{} = 3, 3
 *     fmt.Println(a == b, a != interface{}(int64(3)), interface{}(nil) == nil, a == nil)
 *     func() { defer func() { fmt.Println(recover()) }()
 *         var s1, s2 interface{} = []int{1}, []int{1}; fmt.Println(s1 == s2) }()
 *     func() { defer func() { fmt.Println(recover()) }()
 *         var s1, s2 interface{} = []int{1}, 5; fmt.Println(s1 == s2) }()
 *     func() { defer func() { fmt.Println(recover()) }(); m[[]int{1}] = 5 }()
 *     func() { defer func() { fmt.Println(recover()) }()
 *         var e map[interface{}]int; fmt.Println(e[[]int{1}]) }()
 *     var e1, e2 error = fmt.Errorf("x"), nil
 *     fmt.Println(e1 == e2, e2 == nil, e1 == e1)
 */
#include "map_common.h"

#include <math.h>

/* recover()'s value as fmt.Sprint prints it ("<nil>" for nil). */
static gort_string recovered_text(gort_eface v) {
    gort_slice a = {&v, 1, 1};
    return gort_fmt_sprint(a);
}

MAPTYPE(t_any_int, &gort_type_any, &gort_type_int, "map[interface {}]int");

typedef struct P { int64_t a, b; } P;
/* What the compiler generates for P's == and hash. */
static bool P_equal(const void *x, const void *y) {
    const P *p = x, *q = y;
    return p->a == q->a && p->b == q->b;
}
static uint64_t P_hash(const void *x, uint64_t seed) {
    const P *p = x;
    seed = gort_memhash64(&p->a, seed);
    return gort_memhash64(&p->b, seed);
}
static const gort_type t_P = {
    .size = sizeof(P), .hash = 0x1234, .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.P"), .equal = P_equal, .hashfn = P_hash,
};
static const gort_type t_ptrint = {
    .size = 8, .hash = 0x2345, .kind = GORT_POINTER, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("*int"),
    .equal = gort_memequal64, .hashfn = gort_memhash64, .elem = &gort_type_int,
};
static const gort_type t_intslice = {
    .size = sizeof(gort_slice), .hash = 0x3456, .kind = GORT_SLICE, .align = 8,
    .flags = GORT_TF_POINTERS, .str = GORT_STR("[]int"), .elem = &gort_type_int,
};
static const gort_type t_errptr = {
    .size = 8, .hash = 0x4567, .kind = GORT_POINTER, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("*fmt.wrapError"),
    .equal = gort_memequal64, .hashfn = gort_memhash64,
};
static const gort_itab itab_err = {.inter = &gort_type_error, .type = &t_errptr};

/* Boxing, as the compiler does when converting to interface{}. */
static __attribute__((noinline)) gort_eface box(const gort_type *t, const void *v) {
    if (t->flags & GORT_TF_DIRECT) {
        void *w;
        memcpy(&w, v, sizeof w);
        return (gort_eface){t, w};
    }
    void *p = gort_alloc(t->size);
    memcpy(p, v, t->size);
    return (gort_eface){t, p};
}
#define BOX(t, T, v) ({ T box_tmp_ = (v); box(&(t), &box_tmp_); })
static int64_t get(gort_map *m, gort_eface k) { return *(int64_t *)gort_mapaccess1(&t_any_int, m, &k); }
static void set(gort_map *m, gort_eface k, int64_t v) { *(int64_t *)gort_mapassign(&t_any_int, m, &k) = v; }

/* fmt.Println(recover()) */
static void printrecover(void *arg) {
    (void)arg;
    gort_eface r_e = gort_recover();
    gort_string r_t = recovered_text(r_e);
    const gort_string *r = r_e.type ? &r_t : NULL;
    if (r) gort_printf("%.*s\n", PS(*r));
    else gort_printf("<nil>\n");
}

static void tryeq(gort_eface a, gort_eface b) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, printrecover, NULL);
    gort_printf("%s\n", gort_efaceeq(a, b) ? "true" : "false");
out:
    gort_frame_leave(&fr);
}

static void tryset(gort_map *m, gort_eface k) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, printrecover, NULL);
    set(m, k, 5);
out:
    gort_frame_leave(&fr);
}

static void tryget(gort_map *m, gort_eface k) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, printrecover, NULL);
    gort_printf("%ld\n", get(m, k));
out:
    gort_frame_leave(&fr);
}

static void entry(void) {
    gort_map *m = gort_makemap(&t_any_int, 0);
    int64_t *px = gort_alloc(8);
    *px = 5;
    gort_eface nil = {NULL, NULL};
    set(m, BOX(gort_type_int, int64_t, 1), 1);
    set(m, BOX(gort_type_int64, int64_t, 1), 2);
    set(m, BOX(gort_type_string, gort_string, GORT_STR("1")), 3);
    set(m, BOX(gort_type_float64, double, 1.0), 4);
    set(m, BOX(gort_type_bool, bool, true), 5);
    set(m, nil, 6);
    set(m, box(&t_ptrint, &px), 7);
    set(m, BOX(t_P, P, ((P){1, 2})), 8);
    set(m, BOX(gort_type_int8, int8_t, 1), 9);
    set(m, BOX(gort_type_uint8, uint8_t, 1), 10);
    gort_printf("%ld\n", gort_maplen(m));
    gort_printf("%ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld %ld\n",
                get(m, BOX(gort_type_int, int64_t, 1)), get(m, BOX(gort_type_int64, int64_t, 1)),
                get(m, BOX(gort_type_string, gort_string, mkstr("", 1))),
                get(m, BOX(gort_type_float64, double, 1.0)), get(m, BOX(gort_type_bool, bool, true)),
                get(m, nil), get(m, box(&t_ptrint, &px)), get(m, BOX(t_P, P, ((P){1, 2}))),
                get(m, BOX(t_P, P, ((P){2, 1}))), get(m, BOX(gort_type_bool, bool, false)),
                get(m, BOX(gort_type_int8, int8_t, 1)), get(m, BOX(gort_type_uint8, uint8_t, 1)),
                get(m, BOX(gort_type_int32, int32_t, 1)));
    int64_t *py = gort_alloc(8);
    *py = 5;
    gort_printf("%ld\n", get(m, box(&t_ptrint, &py)));
    set(m, BOX(gort_type_float64, double, NAN), 11);
    set(m, BOX(gort_type_float64, double, NAN), 12);
    gort_printf("%ld\n", gort_maplen(m));
    gort_eface one = BOX(gort_type_int, int64_t, 1);
    gort_mapdelete(&t_any_int, m, &one);
    gort_mapdelete(&t_any_int, m, &nil);
    gort_printf("%ld %ld %ld\n", gort_maplen(m), get(m, one), get(m, nil));
    int64_t sum = 0;
    gort_mapiter it;
    for (gort_mapiterinit(&t_any_int, m, &it); it.key; gort_mapiternext(&it)) sum += *(int64_t *)it.elem;
    gort_printf("%ld\n", sum);

    gort_eface a = BOX(gort_type_int, int64_t, 3), b = BOX(gort_type_int, int64_t, 3);
    gort_printf("%s %s %s %s\n", gort_efaceeq(a, b) ? "true" : "false",
                !gort_efaceeq(a, BOX(gort_type_int64, int64_t, 3)) ? "true" : "false",
                gort_efaceeq(nil, nil) ? "true" : "false", gort_efaceeq(a, nil) ? "true" : "false");
    int64_t *arr = gort_alloc(8);
    arr[0] = 1;
    gort_slice s = {arr, 1, 1};
    gort_eface s1 = box(&t_intslice, &s), s2 = box(&t_intslice, &s);
    tryeq(s1, s2);
    tryeq(s1, BOX(gort_type_int, int64_t, 5));
    tryset(m, s1);
    tryget(NULL, s1);

    void *errobj = gort_alloc(16);
    gort_iface e1 = {&itab_err, errobj}, e2 = {NULL, NULL};
    gort_printf("%s %s %s\n", gort_ifaceeq(e1, e2) ? "true" : "false",
                gort_ifaceeq(e2, (gort_iface){NULL, NULL}) ? "true" : "false",
                gort_ifaceeq(e1, e1) ? "true" : "false");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
