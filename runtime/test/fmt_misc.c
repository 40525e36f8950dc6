/*
 * fmt_misc: corners: float32 extremes, %.20g, zeros with %e %g %x, %U
 * precision, %q of astral and invalid runes, widths on bad verbs, complex
 * numbers, zero padding with signs, %q precision, %O, byte slices with
 * precision, %#v of basic kinds.
 * fmt_misc.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import (
 *     	"fmt"
 *     	"math"
 *     )
 *
 *     func main() {
 *     	fmt.Println(float32(math.MaxFloat32), float32(1e-45), float32(0), float32(math.Copysign(0, -1)), float32(0.3), float32(123456789))
 *     	fmt.Printf("%.20g|%.3e|%e|%g|%G\n", 0.1, 0.0, 0.0, 0.0, 1e-10)
 *     	fmt.Printf("%x|%X|%8.3v|%-8.3g|\n", 0.0, -2.5, math.Pi, math.Pi)
 *     	fmt.Printf("%.6U|%#.2U|%#U|%5c|%-5c|\n", 0x41, 0x41, 0x7, 'z', 'z')
 *     	fmt.Printf("%q|%+q|%q|%#+q\n", "\U0001F600", "\U0001F600", "a\xc0b\u2029", "hi\n")
 *     	fmt.Printf("%d|%6.2f|%s|%v\n", true, 5, 3.5, [0]int{})
 *     	fmt.Printf("%x|%X|% X|%#x\n", []byte{}, "", []byte{1}, "")
 *     	fmt.Printf("%v|%.2f|%5.1f|%+.0e\n", complex(1, -2), complex(1.234, 5.678), complex64(complex(1, 1)), complex(-1e10, 0))
 *     	fmt.Printf("%08.3e|%-012.4g|%+012.4f|% 012.1f\n", -12345.678, 0.000123456, 3.0, 2.0)
 *     	fmt.Printf("%3.1q|%.0q|%10.3q|\n", "abcdef", "abc", "héllo")
 *     	fmt.Printf("%o|%O|%#O|%#b|%b\n", -8, -8, 8, -5, uint8(255))
 *     	fmt.Printf("%.2s|%.5x|%.1X\n", []byte("héllo"), "abcdef", []byte("xyz"))
 *     	fmt.Printf("%v %v %v\n", 1e20, 1e21, 123456789012345678.0)
 *     	fmt.Printf("%v %v %v %v\n", 0.000001, 0.0000001, 1.5e-300, float32(1.1))
 *     	fmt.Printf("%5t|%-7v|%q\n", false, true, true)
 *     	fmt.Printf("%s\n", []interface{}{[]byte("ab"), "cd", 1})
 *     	fmt.Printf("%v %s\n", [][]byte{[]byte("a")}, [][]byte{[]byte("a")})
 *     	fmt.Printf("%T %T %v\n", []byte("x"), [2]uint8{}, []uint8{1})
 *     	fmt.Printf("%#v %#v %#v %#v\n", 1.0, float32(2.5), 1e21, "x")
 *     	fmt.Printf("%#v %#v %#v\n", true, struct{}{}, []interface{}{nil, 1.5})
 *     }
 */
#include "fmt_common.h"
#include <math.h>

#undef F32
static gort_eface F32(float f) { return gort_convE(&gort_type_float32, &f); }
static const gort_type type_c128 = {.size = 16, .kind = GORT_COMPLEX128, .align = 8,
                                    .flags = GORT_TF_NAMED, .str = GORT_STR("complex128")};
static const gort_type type_c64 = {.size = 8, .kind = GORT_COMPLEX64, .align = 4,
                                   .flags = GORT_TF_NAMED, .str = GORT_STR("complex64")};
static gort_eface C128(double re, double im) { return gort_convE(&type_c128, (double[]){re, im}); }
static gort_eface C64(float re, float im) { return gort_convE(&type_c64, (float[]){re, im}); }
static const gort_type type_array0_int = {.kind = GORT_ARRAY, .align = 8, .str = GORT_STR("[0]int"),
                                          .elem = &gort_type_int, .len = 0};
typedef struct { uint8_t a[2]; } arr2b;
ARRAY_T(array2_u8, gort_type_uint8, 2, arr2b, "[2]uint8");
SLICE_T(slice_slice_byte, slice_byte, "[][]uint8");
static const gort_type type_empty = {.kind = GORT_STRUCT, .align = 1, .str = GORT_STR("struct {}")};
#define BYTES(s) BOX(slice_byte, gort_slice, {(void *)(s), sizeof(s) - 1, sizeof(s) - 1})

static void entry(void) {
    PRINTLN(F32(3.4028235e+38f), F32(1e-45f), F32(0), F32(-0.0f), F32(0.3f), F32(123456789.0f));
    PRINTF("%.20g|%.3e|%e|%g|%G\n", F(0.1), F(0.0), F(0.0), F(0.0), F(1e-10));
    PRINTF("%x|%X|%8.3v|%-8.3g|\n", F(0.0), F(-2.5), F(M_PI), F(M_PI));
    PRINTF("%.6U|%#.2U|%#U|%5c|%-5c|\n", I(0x41), I(0x41), I(0x7),
           BOX(gort_type_int32, int32_t, 'z'), BOX(gort_type_int32, int32_t, 'z'));
    PRINTF("%q|%+q|%q|%#+q\n", S("\U0001F600"), S("\U0001F600"), S("a\xc0" "b\u2029"), S("hi\n"));
    PRINTF("%d|%6.2f|%s|%v\n", B(true), I(5), F(3.5), gort_convE(&type_array0_int, NULL));
    static uint8_t one[] = {1};
    PRINTF("%x|%X|% X|%#x\n", BOX(slice_byte, gort_slice, {one, 0, 0}), S(""),
           BOX(slice_byte, gort_slice, {one, 1, 1}), S(""));
    PRINTF("%v|%.2f|%5.1f|%+.0e\n", C128(1, -2), C128(1.234, 5.678), C64(1, 1), C128(-1e10, 0));
    PRINTF("%08.3e|%-012.4g|%+012.4f|% 012.1f\n", F(-12345.678), F(0.000123456), F(3.0), F(2.0));
    PRINTF("%3.1q|%.0q|%10.3q|\n", S("abcdef"), S("abc"), S("héllo"));
    PRINTF("%o|%O|%#O|%#b|%b\n", I(-8), I(-8), I(8), I(-5), BOX(gort_type_uint8, uint8_t, 255));
    PRINTF("%.2s|%.5x|%.1X\n", BYTES("héllo"), S("abcdef"), BYTES("xyz"));
    PRINTF("%v %v %v\n", F(1e20), F(1e21), F(123456789012345678.0));
    PRINTF("%v %v %v %v\n", F(0.000001), F(0.0000001), F(1.5e-300), F32(1.1f));
    PRINTF("%5t|%-7v|%q\n", B(false), B(true), B(true));
    gort_eface mixed[] = {BYTES("ab"), S("cd"), I(1)};
    PRINTF("%s\n", BOX(slice_any, gort_slice, cslice(mixed, 3)));
    gort_slice bb[] = {{(void *)"a", 1, 1}};
    PRINTF("%v %s\n", BOX(slice_slice_byte, gort_slice, cslice(bb, 1)),
           BOX(slice_slice_byte, gort_slice, cslice(bb, 1)));
    PRINTF("%T %T %v\n", BYTES("x"), BOX(array2_u8, arr2b, {{0, 0}}),
           BOX(slice_byte, gort_slice, {one, 1, 1}));
    PRINTF("%#v %#v %#v %#v\n", F(1.0), F32(2.5f), F(1e21), S("x"));
    gort_eface ni[] = {NIL, F(1.5)};
    PRINTF("%#v %#v %#v\n", B(true), gort_convE(&type_empty, NULL),
           BOX(slice_any, gort_slice, cslice(ni, 2)));
}

TEST_MAIN(entry)
