/*
 * fmt_maps: maps print sorted by key as internal/fmtsort: strings, ints,
 * floats (NaN first), bools, structs, arrays, interfaces (nil first);
 * nested maps, maps of slices, nil and empty maps, %#v, %x and widths
 * applied to entries.
 * fmt_maps.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import (
 *     	"fmt"
 *     	"math"
 *     )
 *
 *     type Point struct{ X, Y int }
 *
 *     func main() {
 *     	m1 := map[string]int{"zeta": 26, "alpha": 1, "mid": 13, "": 0, "Beta": 2}
 *     	fmt.Println(m1)
 *     	fmt.Printf("%v %+v %#v\n", m1, map[string]int{"a": 1}, m1)
 *     	m2 := map[int]string{}
 *     	for i := 10; i >= -10; i -= 3 {
 *     		m2[i] = fmt.Sprint("v", i)
 *     	}
 *     	fmt.Println(m2)
 *     	m3 := map[float64]bool{2.5: true, -1: false, math.Inf(1): true, math.NaN(): true, 0: false}
 *     	fmt.Println(m3)
 *     	fmt.Println(map[bool]int{true: 1, false: 0})
 *     	fmt.Println(map[Point]string{{2, 1}: "c", {1, 5}: "b", {1, 2}: "a"})
 *     	fmt.Println(map[interface{}]int{3: 3, 1: 1, nil: 0, 2: 2})
 *     	fmt.Println(map[[2]int]int{{2, 0}: 3, {1, 9}: 2, {1, 1}: 1})
 *     	m4 := map[string][]int{"b": {2, 3}, "a": nil, "c": {}}
 *     	fmt.Printf("%v %d %#v\n", m4, m4, m4)
 *     	fmt.Println(map[string]map[int]bool{"x": {2: true, 1: false}, "a": nil})
 *     	var nm map[string]int
 *     	fmt.Println(nm, len(nm), map[string]int{})
 *     	fmt.Printf("%x %5d|\n", map[string]int{"k": 255, "j": 16}, map[int]int{1: 2})
 *     	big := map[int]int{}
 *     	for i := 0; i < 100; i++ {
 *     		big[(i*37)%100] = i
 *     	}
 *     	fmt.Println(big)
 *     	fmt.Println(map[uint8]int8{200: -1, 7: 1}, map[int32]string{-5: "neg", 5: "pos"})
 *     }
 */
#include "fmt_common.h"
#include <math.h>

typedef struct { int64_t X, Y; } Point;
static bool point_eq(const void *a, const void *b) { return gort_memequal(a, b, 16); }
static uint64_t point_hash(const void *p, uint64_t seed) { return gort_memhash(p, 16, seed); }
static const gort_field Point_fields[] = {
    {GORT_STR("X"), &gort_type_int, 0, false},
    {GORT_STR("Y"), &gort_type_int, 8, false},
};
static const gort_type type_Point = {
    .size = sizeof(Point), .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.Point"), .fields = Point_fields, .nfields = 2,
    .equal = point_eq, .hashfn = point_hash,
};
typedef struct { int64_t a[2]; } arr2;
static const gort_type array2_int = {
    .size = 16, .kind = GORT_ARRAY, .align = 8, .str = GORT_STR("[2]int"),
    .elem = &gort_type_int, .len = 2, .equal = point_eq, .hashfn = point_hash,
};
MAP_T(map_int_string, gort_type_int, gort_type_string, "map[int]string");
MAP_T(map_float_bool, gort_type_float64, gort_type_bool, "map[float64]bool");
MAP_T(map_bool_int, gort_type_bool, gort_type_int, "map[bool]int");
MAP_T(map_point_string, type_Point, gort_type_string, "map[main.Point]string");
MAP_T(map_any_int, gort_type_any, gort_type_int, "map[interface {}]int");
MAP_T(map_arr_int, array2_int, gort_type_int, "map[[2]int]int");
MAP_T(map_string_slice, gort_type_string, slice_int, "map[string][]int");
MAP_T(map_int_bool, gort_type_int, gort_type_bool, "map[int]bool");
MAP_T(map_string_map, gort_type_string, map_int_bool, "map[string]map[int]bool");
MAP_T(map_int_int, gort_type_int, gort_type_int, "map[int]int");
MAP_T(map_u8_i8, gort_type_uint8, gort_type_int8, "map[uint8]int8");
MAP_T(map_i32_string, gort_type_int32, gort_type_string, "map[int32]string");

#define PUT(mt, m, kt, k, vt, v) (*(vt *)gort_mapassign(&(mt), (m), (kt[]){k}) = (v))
#define M(mt, m) BOX(mt, gort_map *, m)

static void entry(void) {
    const char *k1[] = {"zeta", "alpha", "mid", "", "Beta"};
    int64_t v1[] = {26, 1, 13, 0, 2};
    gort_map *m1 = mkmap_si(k1, v1, 5);
    PRINTLN(M(map_string_int, m1));
    const char *ka[] = {"a"};
    PRINTF("%v %+v %#v\n", M(map_string_int, m1), M(map_string_int, mkmap_si(ka, v1 + 1, 1)),
           M(map_string_int, m1));
    gort_map *m2 = gort_makemap(&map_int_string, 0);
    for (int64_t i = 10; i >= -10; i -= 3)
        PUT(map_int_string, m2, int64_t, i, gort_string,
            gort_fmt_sprint(ARGS(S("v"), I(i))));
    PRINTLN(M(map_int_string, m2));
    gort_map *m3 = gort_makemap(&map_float_bool, 0);
    PUT(map_float_bool, m3, double, 2.5, bool, true);
    PUT(map_float_bool, m3, double, -1, bool, false);
    PUT(map_float_bool, m3, double, INFINITY, bool, true);
    PUT(map_float_bool, m3, double, NAN, bool, true);
    PUT(map_float_bool, m3, double, 0, bool, false);
    PRINTLN(M(map_float_bool, m3));
    gort_map *m5 = gort_makemap(&map_bool_int, 0);
    PUT(map_bool_int, m5, bool, true, int64_t, 1);
    PUT(map_bool_int, m5, bool, false, int64_t, 0);
    PRINTLN(M(map_bool_int, m5));
    gort_map *m6 = gort_makemap(&map_point_string, 0);
    PUT(map_point_string, m6, Point, ((Point){2, 1}), gort_string, GORT_STR("c"));
    PUT(map_point_string, m6, Point, ((Point){1, 5}), gort_string, GORT_STR("b"));
    PUT(map_point_string, m6, Point, ((Point){1, 2}), gort_string, GORT_STR("a"));
    PRINTLN(M(map_point_string, m6));
    gort_map *m7 = gort_makemap(&map_any_int, 0);
    PUT(map_any_int, m7, gort_eface, I(3), int64_t, 3);
    PUT(map_any_int, m7, gort_eface, I(1), int64_t, 1);
    PUT(map_any_int, m7, gort_eface, NIL, int64_t, 0);
    PUT(map_any_int, m7, gort_eface, I(2), int64_t, 2);
    PRINTLN(M(map_any_int, m7));
    gort_map *m8 = gort_makemap(&map_arr_int, 0);
    PUT(map_arr_int, m8, arr2, ((arr2){{2, 0}}), int64_t, 3);
    PUT(map_arr_int, m8, arr2, ((arr2){{1, 9}}), int64_t, 2);
    PUT(map_arr_int, m8, arr2, ((arr2){{1, 1}}), int64_t, 1);
    PRINTLN(M(map_arr_int, m8));
    static int64_t b23[] = {2, 3}, none[1];
    gort_map *m4 = gort_makemap(&map_string_slice, 0);
    PUT(map_string_slice, m4, gort_string, GORT_STR("b"), gort_slice, ((gort_slice){b23, 2, 2}));
    PUT(map_string_slice, m4, gort_string, GORT_STR("a"), gort_slice, ((gort_slice){NULL, 0, 0}));
    PUT(map_string_slice, m4, gort_string, GORT_STR("c"), gort_slice, ((gort_slice){none, 0, 0}));
    PRINTF("%v %d %#v\n", M(map_string_slice, m4), M(map_string_slice, m4), M(map_string_slice, m4));
    gort_map *inner = gort_makemap(&map_int_bool, 0);
    PUT(map_int_bool, inner, int64_t, 2, bool, true);
    PUT(map_int_bool, inner, int64_t, 1, bool, false);
    gort_map *m9 = gort_makemap(&map_string_map, 0);
    PUT(map_string_map, m9, gort_string, GORT_STR("x"), gort_map *, inner);
    PUT(map_string_map, m9, gort_string, GORT_STR("a"), gort_map *, NULL);
    PRINTLN(M(map_string_map, m9));
    PRINTLN(M(map_string_int, NULL), I(gort_maplen(NULL)), M(map_string_int, gort_makemap(&map_string_int, 0)));
    const char *kj[] = {"k", "j"};
    int64_t vj[] = {255, 16};
    gort_map *m10 = gort_makemap(&map_int_int, 0);
    PUT(map_int_int, m10, int64_t, 1, int64_t, 2);
    PRINTF("%x %5d|\n", M(map_string_int, mkmap_si(kj, vj, 2)), M(map_int_int, m10));
    gort_map *big = gort_makemap(&map_int_int, 0);
    for (int64_t i = 0; i < 100; i++) PUT(map_int_int, big, int64_t, (i * 37) % 100, int64_t, i);
    PRINTLN(M(map_int_int, big));
    gort_map *m11 = gort_makemap(&map_u8_i8, 0);
    PUT(map_u8_i8, m11, uint8_t, 200, int8_t, -1);
    PUT(map_u8_i8, m11, uint8_t, 7, int8_t, 1);
    gort_map *m12 = gort_makemap(&map_i32_string, 0);
    PUT(map_i32_string, m12, int32_t, -5, gort_string, GORT_STR("neg"));
    PUT(map_i32_string, m12, int32_t, 5, gort_string, GORT_STR("pos"));
    PRINTLN(M(map_u8_i8, m11), M(map_i32_string, m12));
}

TEST_MAIN(entry)
