/*
 * fmt_ints: integer verbs, flags, widths and precisions, every integer
 * kind.
 * fmt_ints.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     func main() {
 *     	fmt.Printf("%d %d %d\n", 0, 42, -42)
 *     	fmt.Printf("%5d|%-5d|%05d|%+d|% d|%+05d\n", 42, 42, -42, 42, 42, 42)
 *     	fmt.Printf("%b %o %O %x %X %#x %#X %#o %#b\n", 10, 10, 10, 255, 255, 255, 255, 8, 5)
 *     	fmt.Printf("%08.3d|%.0d|%5.0d|%.3x|%#08x\n", 7, 0, 0, 10, 255)
 *     	fmt.Printf("%c %c %c %q %q %q %U %#U %#U\n", 65, 0x4e16, 0x1F600, 'x', '\n', 0x4e16, 0x1F600, 'a', 0x4e16)
 *     	fmt.Printf("%d %d %d %d\n", int8(-128), int16(32767), int32(-2147483648), int64(-9223372036854775808))
 *     	fmt.Printf("%d %d %d %d %d\n", uint8(255), uint16(65535), uint32(4294967295), uint64(18446744073709551615), uint(7))
 *     	fmt.Printf("%x %X %v %#v %#v %#v\n", -255, uint64(1<<63), uint8(200), uint(10), 10, uintptr(16))
 *     	fmt.Printf("%v %v\n", int32(-5), uintptr(99))
 *     	fmt.Printf("%+q %q %c %U\n", 0x4e16, 0x7f, -1, -1)
 *     	fmt.Printf("%6.2d|%-8x|%08b\n", 3, 3054, 5)
 *     	fmt.Printf("%x % x %#x\n", 1, 2, 0)
 *     	fmt.Println(1, -2, uint8(3), int64(-4))
 *     	fmt.Printf("%.*d|%*d|%-*d|\n", 5, 42, 6, 42, 6, 42)
 *     	fmt.Printf("%3c|%-4q|%010d\n", 'x', 'y', -12345)
 *     }
 */
#include "fmt_common.h"

#define R(x) BOX(gort_type_int32, int32_t, (x))

static void entry(void) {
    PRINTF("%d %d %d\n", I(0), I(42), I(-42));
    PRINTF("%5d|%-5d|%05d|%+d|% d|%+05d\n", I(42), I(42), I(-42), I(42), I(42), I(42));
    PRINTF("%b %o %O %x %X %#x %#X %#o %#b\n", I(10), I(10), I(10), I(255), I(255), I(255),
           I(255), I(8), I(5));
    PRINTF("%08.3d|%.0d|%5.0d|%.3x|%#08x\n", I(7), I(0), I(0), I(10), I(255));
    PRINTF("%c %c %c %q %q %q %U %#U %#U\n", I(65), I(0x4e16), I(0x1F600), R('x'), R('\n'),
           I(0x4e16), I(0x1F600), R('a'), I(0x4e16));
    PRINTF("%d %d %d %d\n", BOX(gort_type_int8, int8_t, -128), BOX(gort_type_int16, int16_t, 32767),
           BOX(gort_type_int32, int32_t, INT32_MIN), BOX(gort_type_int64, int64_t, INT64_MIN));
    PRINTF("%d %d %d %d %d\n", BOX(gort_type_uint8, uint8_t, 255),
           BOX(gort_type_uint16, uint16_t, 65535), BOX(gort_type_uint32, uint32_t, 4294967295u),
           BOX(gort_type_uint64, uint64_t, UINT64_MAX), BOX(gort_type_uint, uint64_t, 7));
    PRINTF("%x %X %v %#v %#v %#v\n", I(-255), BOX(gort_type_uint64, uint64_t, 1ull << 63),
           BOX(gort_type_uint8, uint8_t, 200), BOX(gort_type_uint, uint64_t, 10), I(10),
           BOX(gort_type_uintptr, uintptr_t, 16));
    PRINTF("%v %v\n", R(-5), BOX(gort_type_uintptr, uintptr_t, 99));
    PRINTF("%+q %q %c %U\n", I(0x4e16), I(0x7f), I(-1), I(-1));
    PRINTF("%6.2d|%-8x|%08b\n", I(3), I(3054), I(5));
    PRINTF("%x % x %#x\n", I(1), I(2), I(0));
    PRINTLN(I(1), I(-2), BOX(gort_type_uint8, uint8_t, 3), BOX(gort_type_int64, int64_t, -4));
    PRINTF("%.*d|%*d|%-*d|\n", I(5), I(42), I(6), I(42), I(6), I(42));
    PRINTF("%3c|%-4q|%010d\n", R('x'), R('y'), I(-12345));
}

TEST_MAIN(entry)
