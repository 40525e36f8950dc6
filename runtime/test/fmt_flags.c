/*
 * fmt_flags: flag combinations: GoString for %#v, verbs applied
 * element-wise in slices and arrays, Stringer with width and precision, #
 * with zero values, - beats 0, byte slices and arrays inside structs, %q
 * on mixed []interface{}.
 * fmt_flags.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import (
 *     	"fmt"
 *     	"math"
 *     )
 *
 *     type G struct{ A int }
 *
 *     func (G) GoString() string { return "G!" }
 *
 *     type St int
 *
 *     func (s St) String() string { return fmt.Sprintf("St%d", int(s)) }
 *
 *     type AB struct {
 *     	A []byte
 *     	B [2]byte
 *     }
 *
 *     func main() {
 *     	fmt.Printf("%#v %v %+v %#v\n", G{1}, G{1}, []G{{2}}, []G{{2}})
 *     	fmt.Printf("%x %X %o %b\n", []int{10, 255}, []int{10, 255}, [2]int{8, 9}, []uint8{})
 *     	fmt.Printf("%x % x %#x\n", []string{"ab", "c"}, "ab", []byte("ab"))
 *     	fmt.Printf("%q\n", []interface{}{"a", 1, 'x'})
 *     	fmt.Printf("%v %d %s %x\n", St(5), St(5), []St{1, 2}, St(255))
 *     	fmt.Printf("%6.2v|%-6v|%06d\n", St(3), St(4), St(5))
 *     	fmt.Printf("%+d %+x % d\n", []int{1, -1}, -10, []int{5, -5})
 *     	fmt.Printf("%#o %#x %#X %#b %#U\n", 0, 0, 0, 0, 0)
 *     	fmt.Printf("%-08d|%0-8d|%+-8d|\n", 5, 5, 5)
 *     	fmt.Printf("%5.3s|%.0s|%.10s|\n", "abcdef", "abc", "ab")
 *     	fmt.Printf("%3d|%-3d|%03d\n", []int{1, 22}, []int{1, 22}, []int{1, 22})
 *     	fmt.Printf("%v %v\n", int64(math.MinInt64), uint64(math.MaxUint64))
 *     	fmt.Printf("%010.4f|%-10.1e|%+10.3g|\n", math.Pi, math.E, 1e-9)
 *     	fmt.Printf("%#x %#q %#s\n", "hi", "it's", "x")
 *     	fmt.Printf("%s %v %x\n", AB{[]byte("hi"), [2]byte{65, 66}}, AB{[]byte("hi"), [2]byte{65, 66}}, AB{[]byte("hi"), [2]byte{65, 66}})
 *     	fmt.Printf("%v %.3v %10.4v|\n", "abcdef", "abcdef", "abcdef")
 *     	fmt.Printf("%08q|%-8q|%x\n", "a", "b", -1)
 *     }
 */
#include "fmt_common.h"
#include <math.h>

/* type G struct{A int} with GoString */
typedef struct { int64_t A; } G;
static gort_string G_GoString(void *d) { (void)d; return GORT_STR("G!"); }
static const gort_field G_fields[] = {{GORT_STR("A"), &gort_type_int, 0, false}};
static const gort_method G_methods[] = {
    {GORT_STR("GoString"), &fn_string, (void (*)(void))G_GoString},
};
static const gort_type type_G = {
    .size = 8, .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.G"), .fields = G_fields, .nfields = 1,
    .methods = G_methods, .nmethods = 1,
};
SLICE_T(slice_G, type_G, "[]main.G");

/* type St int with String */
static gort_string St_String(void *d) {
    return gort_fmt_sprintf(GORT_STR("St%d"), ARGS(I(*(int64_t *)d)));
}
static const gort_method St_methods[] = {
    {GORT_STR("String"), &fn_string, (void (*)(void))St_String},
};
static const gort_type type_St = {
    .size = 8, .kind = GORT_INT, .align = 8, .flags = GORT_TF_NAMED, .str = GORT_STR("main.St"),
    .methods = St_methods, .nmethods = 1,
};
SLICE_T(slice_St, type_St, "[]main.St");

typedef struct { int64_t a[2]; } arr2int;
ARRAY_T(array2_int, gort_type_int, 2, arr2int, "[2]int");
typedef struct { uint8_t a[2]; } arr2byte;
ARRAY_T(array2_byte, gort_type_uint8, 2, arr2byte, "[2]uint8");
typedef struct { gort_slice A; arr2byte B; } AB;
static const gort_field AB_fields[] = {
    {GORT_STR("A"), &slice_byte, 0, false},
    {GORT_STR("B"), &array2_byte, 24, false},
};
static const gort_type type_AB = {
    .size = sizeof(AB), .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED | GORT_TF_POINTERS,
    .str = GORT_STR("main.AB"), .fields = AB_fields, .nfields = 2,
};

#define SLI(...) BOX(slice_int, gort_slice, cslice((int64_t[]){__VA_ARGS__}, \
                 sizeof((int64_t[]){__VA_ARGS__}) / 8))

static void entry(void) {
    G g2[] = {{2}};
    PRINTF("%#v %v %+v %#v\n", BOX(type_G, G, {1}), BOX(type_G, G, {1}),
           BOX(slice_G, gort_slice, cslice(g2, 1)), BOX(slice_G, gort_slice, cslice(g2, 1)));
    static uint8_t none[1];
    PRINTF("%x %X %o %b\n", SLI(10, 255), SLI(10, 255), BOX(array2_int, arr2int, {{8, 9}}),
           BOX(slice_byte, gort_slice, {none, 0, 0}));
    gort_string sc[] = {GORT_STR("ab"), GORT_STR("c")};
    PRINTF("%x % x %#x\n", BOX(slice_string, gort_slice, cslice(sc, 2)), S("ab"),
           BOX(slice_byte, gort_slice, {(void *)"ab", 2, 2}));
    gort_eface mix[] = {S("a"), I(1), BOX(gort_type_int32, int32_t, 'x')};
    PRINTF("%q\n", BOX(slice_any, gort_slice, cslice(mix, 3)));
    int64_t st12[] = {1, 2};
    PRINTF("%v %d %s %x\n", BOX(type_St, int64_t, 5), BOX(type_St, int64_t, 5),
           BOX(slice_St, gort_slice, cslice(st12, 2)), BOX(type_St, int64_t, 255));
    PRINTF("%6.2v|%-6v|%06d\n", BOX(type_St, int64_t, 3), BOX(type_St, int64_t, 4),
           BOX(type_St, int64_t, 5));
    PRINTF("%+d %+x % d\n", SLI(1, -1), I(-10), SLI(5, -5));
    PRINTF("%#o %#x %#X %#b %#U\n", I(0), I(0), I(0), I(0), I(0));
    PRINTF("%-08d|%0-8d|%+-8d|\n", I(5), I(5), I(5));
    PRINTF("%5.3s|%.0s|%.10s|\n", S("abcdef"), S("abc"), S("ab"));
    PRINTF("%3d|%-3d|%03d\n", SLI(1, 22), SLI(1, 22), SLI(1, 22));
    PRINTF("%v %v\n", BOX(gort_type_int64, int64_t, INT64_MIN), BOX(gort_type_uint64, uint64_t, UINT64_MAX));
    PRINTF("%010.4f|%-10.1e|%+10.3g|\n", F(M_PI), F(M_E), F(1e-9));
    PRINTF("%#x %#q %#s\n", S("hi"), S("it's"), S("x"));
    AB ab = {{(void *)"hi", 2, 2}, {{65, 66}}};
    PRINTF("%s %v %x\n", BOX(type_AB, AB, ab), BOX(type_AB, AB, ab), BOX(type_AB, AB, ab));
    PRINTF("%v %.3v %10.4v|\n", S("abcdef"), S("abcdef"), S("abcdef"));
    PRINTF("%08q|%-8q|%x\n", S("a"), S("b"), I(-1));
}

TEST_MAIN(entry)
