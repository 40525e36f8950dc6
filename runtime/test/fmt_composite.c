/*
 * fmt_composite: structs (%v %+v %#v, embedded, unexported fields),
 * pointers to composites at top level, slices, arrays, nested slices,
 * []interface{}, nil values, per-element widths and bad verbs.
 * fmt_composite.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     type Point struct{ X, Y int }
 *     type Inner struct {
 *     	Name string
 *     	Tags []string
 *     }
 *     type Outer struct {
 *     	P    Point
 *     	In   *Inner
 *     	List []Point
 *     	M    map[string]int
 *     	Any  interface{}
 *     	f    float64
 *     }
 *     type E struct {
 *     	Point
 *     	Z int
 *     }
 *
 *     func main() {
 *     	p := Point{1, 2}
 *     	fmt.Println(p, &p)
 *     	fmt.Printf("%v %+v %#v\n", p, p, p)
 *     	fmt.Printf("%+v %#v\n", &p, &p)
 *     	o := Outer{P: p, List: []Point{{3, 4}, {5, 6}}, M: map[string]int{"b": 2, "a": 1}, Any: "str", f: 1.5}
 *     	fmt.Println(o)
 *     	fmt.Printf("%+v\n", o)
 *     	fmt.Printf("%#v\n", o)
 *     	o.In = &Inner{"in", []string{"t1"}}
 *     	fmt.Printf("%v %+v\n", *o.In, o.In)
 *     	fmt.Println([3]int{1, 2, 3}, [][]int{{1}, {2, 3}, nil})
 *     	fmt.Printf("%#v %#v %#v %#v\n", [3]int{1, 2, 3}, []int(nil), []int{}, [][]int{{1}, nil})
 *     	fmt.Println([]interface{}{1, "a", nil, 2.5, []int{1}})
 *     	fmt.Printf("%#v\n", []interface{}{1, "a", nil, 2.5, []int{1}})
 *     	fmt.Println(struct{}{}, []*Point{nil}, &[]int{1}, &map[string]int{"a": 1}, &[2]string{"x", "y"})
 *     	fmt.Printf("%+v %T\n", struct {
 *     		A int
 *     		b string
 *     	}{1, "x"}, struct {
 *     		A int
 *     		b string
 *     	}{1, "x"})
 *     	fmt.Printf("%+v %v %#v\n", E{p, 3}, E{p, 3}, E{p, 3})
 *     	fmt.Printf("%d %x %X %s|%3v|%-3v|\n", p, Point{10, 11}, Point{10, 11}, p, []int{1, 2}, []int{1, 2})
 *     	fmt.Printf("%v %d\n", []interface{}{nil}, []interface{}{nil, "s"})
 *     	var np *Point
 *     	fmt.Println(np, []int(nil), map[string]int(nil))
 *     	fmt.Printf("%+v %#v %#v\n", np, np, map[string]int(nil))
 *     	fmt.Printf("%06.2f %v\n", []float64{1.5, -2}, [2]bool{true, false})
 *     }
 */
#include "fmt_common.h"
#include <stddef.h>

typedef struct { int64_t X, Y; } Point;
static const gort_field Point_fields[] = {
    {GORT_STR("X"), &gort_type_int, 0, false},
    {GORT_STR("Y"), &gort_type_int, 8, false},
};
static const gort_type type_Point = {
    .size = sizeof(Point), .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.Point"), .fields = Point_fields, .nfields = 2,
};
PTR_T(type_pPoint, type_Point, "*main.Point");
SLICE_T(slice_Point, type_Point, "[]main.Point");
SLICE_T(slice_pPoint, type_pPoint, "[]*main.Point");

typedef struct { gort_string Name; gort_slice Tags; } Inner;
static const gort_field Inner_fields[] = {
    {GORT_STR("Name"), &gort_type_string, offsetof(Inner, Name), false},
    {GORT_STR("Tags"), &slice_string, offsetof(Inner, Tags), false},
};
static const gort_type type_Inner = {
    .size = sizeof(Inner), .kind = GORT_STRUCT, .align = 8,
    .flags = GORT_TF_NAMED | GORT_TF_POINTERS, .str = GORT_STR("main.Inner"),
    .fields = Inner_fields, .nfields = 2,
};
PTR_T(type_pInner, type_Inner, "*main.Inner");

typedef struct {
    Point P;
    Inner *In;
    gort_slice List;
    gort_map *M;
    gort_eface Any;
    double f;
} Outer;
static const gort_field Outer_fields[] = {
    {GORT_STR("P"), &type_Point, offsetof(Outer, P), false},
    {GORT_STR("In"), &type_pInner, offsetof(Outer, In), false},
    {GORT_STR("List"), &slice_Point, offsetof(Outer, List), false},
    {GORT_STR("M"), &map_string_int, offsetof(Outer, M), false},
    {GORT_STR("Any"), &gort_type_any, offsetof(Outer, Any), false},
    {GORT_STR("f"), &gort_type_float64, offsetof(Outer, f), false},
};
static const gort_type type_Outer = {
    .size = sizeof(Outer), .kind = GORT_STRUCT, .align = 8,
    .flags = GORT_TF_NAMED | GORT_TF_POINTERS, .str = GORT_STR("main.Outer"),
    .fields = Outer_fields, .nfields = 6,
};

typedef struct { Point Point; int64_t Z; } E;
static const gort_field E_fields[] = {
    {GORT_STR("Point"), &type_Point, 0, true},
    {GORT_STR("Z"), &gort_type_int, 16, false},
};
static const gort_type type_E = {
    .size = sizeof(E), .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.E"), .fields = E_fields, .nfields = 2,
};

typedef struct { int64_t A; gort_string b; } Anon;
static const gort_field Anon_fields[] = {
    {GORT_STR("A"), &gort_type_int, 0, false},
    {GORT_STR("b"), &gort_type_string, 8, false},
};
static const gort_type type_Anon = {
    .size = sizeof(Anon), .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_POINTERS,
    .str = GORT_STR("struct { A int; b string }"), .fields = Anon_fields, .nfields = 2,
};
static const gort_type type_empty = {
    .kind = GORT_STRUCT, .align = 1, .str = GORT_STR("struct {}"),
};

typedef struct { int64_t a[3]; } arr3int;
ARRAY_T(array3_int, gort_type_int, 3, arr3int, "[3]int");
SLICE_T(slice_slice_int, slice_int, "[][]int");
PTR_T(ptr_slice_int, slice_int, "*[]int");
PTR_T(ptr_map_si, map_string_int, "*map[string]int");
typedef struct { gort_string a[2]; } arr2str;
ARRAY_T(array2_string, gort_type_string, 2, arr2str, "[2]string");
PTR_T(ptr_array2_string, array2_string, "*[2]string");
typedef struct { bool a[2]; } arr2bool;
ARRAY_T(array2_bool, gort_type_bool, 2, arr2bool, "[2]bool");

#define SL(t, ...) BOX(t, gort_slice, cslice((__typeof__(__VA_ARGS__)[]){__VA_ARGS__}, 0))

static gort_slice mkslice(void *p, int64_t n) { return (gort_slice){p, n, n}; }

static void entry(void) {
    Point p = {1, 2};
    Point *pp = gort_alloc(sizeof *pp);
    *pp = p;
    PRINTLN(BOX(type_Point, Point, p), BOX(type_pPoint, Point *, pp));
    PRINTF("%v %+v %#v\n", BOX(type_Point, Point, p), BOX(type_Point, Point, p), BOX(type_Point, Point, p));
    PRINTF("%+v %#v\n", BOX(type_pPoint, Point *, pp), BOX(type_pPoint, Point *, pp));

    Point list[] = {{3, 4}, {5, 6}};
    const char *keys[] = {"b", "a"};
    int64_t vals[] = {2, 1};
    Outer o = {.P = p, .List = mkslice(list, 2), .M = mkmap_si(keys, vals, 2),
               .Any = S("str"), .f = 1.5};
    PRINTLN(BOX(type_Outer, Outer, o));
    PRINTF("%+v\n", BOX(type_Outer, Outer, o));
    PRINTF("%#v\n", BOX(type_Outer, Outer, o));
    Inner *in = gort_alloc(sizeof *in);
    gort_string *t1 = gort_alloc(sizeof *t1);
    *t1 = GORT_STR("t1");
    *in = (Inner){GORT_STR("in"), mkslice(t1, 1)};
    o.In = in;
    PRINTF("%v %+v\n", BOX(type_Inner, Inner, *o.In), BOX(type_pInner, Inner *, o.In));

    int64_t one[] = {1}, twothree[] = {2, 3};
    gort_slice ss[] = {mkslice(one, 1), mkslice(twothree, 2), {NULL, 0, 0}};
    PRINTLN(BOX(array3_int, arr3int, {{1, 2, 3}}), BOX(slice_slice_int, gort_slice, mkslice(ss, 3)));
    gort_slice ss2[] = {mkslice(one, 1), {NULL, 0, 0}};
    static int64_t zerolen[1];
    PRINTF("%#v %#v %#v %#v\n", BOX(array3_int, arr3int, {{1, 2, 3}}),
           BOX(slice_int, gort_slice, {NULL, 0, 0}), BOX(slice_int, gort_slice, {zerolen, 0, 0}),
           BOX(slice_slice_int, gort_slice, mkslice(ss2, 2)));
    gort_eface mixed[] = {I(1), S("a"), NIL, F(2.5), BOX(slice_int, gort_slice, mkslice(one, 1))};
    PRINTLN(BOX(slice_any, gort_slice, mkslice(mixed, 5)));
    PRINTF("%#v\n", BOX(slice_any, gort_slice, mkslice(mixed, 5)));

    Point *nilp[] = {NULL};
    gort_slice *psl = gort_alloc(sizeof *psl);
    *psl = mkslice(one, 1);
    gort_map **pm = gort_alloc(sizeof *pm);
    const char *ka[] = {"a"};
    int64_t v1[] = {1};
    *pm = mkmap_si(ka, v1, 1);
    arr2str *pa = gort_alloc(sizeof *pa);
    *pa = (arr2str){{GORT_STR("x"), GORT_STR("y")}};
    PRINTLN(gort_convE(&type_empty, NULL), BOX(slice_pPoint, gort_slice, mkslice(nilp, 1)),
            BOX(ptr_slice_int, gort_slice *, psl), BOX(ptr_map_si, gort_map **, pm),
            BOX(ptr_array2_string, arr2str *, pa));
    Anon an = {1, GORT_STR("x")};
    PRINTF("%+v %T\n", BOX(type_Anon, Anon, an), BOX(type_Anon, Anon, an));
    E e = {p, 3};
    PRINTF("%+v %v %#v\n", BOX(type_E, E, e), BOX(type_E, E, e), BOX(type_E, E, e));
    int64_t onetwo[] = {1, 2};
    PRINTF("%d %x %X %s|%3v|%-3v|\n", BOX(type_Point, Point, p), BOX(type_Point, Point, {10, 11}),
           BOX(type_Point, Point, {10, 11}), BOX(type_Point, Point, p),
           BOX(slice_int, gort_slice, mkslice(onetwo, 2)), BOX(slice_int, gort_slice, mkslice(onetwo, 2)));
    gort_eface nils[] = {NIL, S("s")};
    PRINTF("%v %d\n", BOX(slice_any, gort_slice, mkslice(nils, 1)),
           BOX(slice_any, gort_slice, mkslice(nils, 2)));
    PRINTLN(BOX(type_pPoint, Point *, NULL), BOX(slice_int, gort_slice, {NULL, 0, 0}),
            BOX(map_string_int, gort_map *, NULL));
    PRINTF("%+v %#v %#v\n", BOX(type_pPoint, Point *, NULL), BOX(type_pPoint, Point *, NULL),
           BOX(map_string_int, gort_map *, NULL));
    double fl[] = {1.5, -2};
    PRINTF("%06.2f %v\n", BOX(slice_float64, gort_slice, mkslice(fl, 2)),
           BOX(array2_bool, arr2bool, {{true, false}}));
}

TEST_MAIN(entry)
