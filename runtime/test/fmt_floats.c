/*
 * fmt_floats: float formatting: shortest %v (float64 and float32), %e %f
 * %g with precision and flags, Inf, NaN, -0, %b, %x, %#g.
 * fmt_floats.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import (
 *     	"fmt"
 *     	"math"
 *     )
 *
 *     func main() {
 *     	tenth := 0.1
 *     	fmt.Println(1.0, 3.14, 1e6, 1e21, 123456789.0, 0.0001, 1e-5, 100000.0, tenth+0.2)
 *     	fmt.Println(float32(0.1), float32(1)/3, 1.0/3, float32(16777216), float32(1e-7))
 *     	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1), 0.0)
 *     	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, 5e-324, 2.5e-8, 1.7976931348623157e308/10)
 *     	fmt.Printf("%f %.2f %8.3f|%-8.2f|%08.3f|%+.1f|% .2f\n", 3.14159, 2.675, 3.14159, 1.5, -3.14159, 2.0, 2.0)
 *     	fmt.Printf("%e %.3e %E %.0e %g %.3g %G %g %g\n", 1234.5678, 1234.5678, 0.000123, 5.5, 1e-7, 1234.5678, 1e20, 1e20, 1e-4)
 *     	fmt.Printf("%v %.2v %10.3v|%-10v|\n", 2.5, 3.14159, 3.14159, 1.25)
 *     	fmt.Printf("%5.1f|%08.2f|%+08.2f|%-+8.2f|%x\n", math.Inf(1), math.NaN(), math.Inf(-1), math.NaN(), 1.5)
 *     	fmt.Printf("%#g %#.3g %#.0f %#e %#v %#.4g\n", 1.0, 2.0, 3.0, 4.0, 5.0, 123.0)
 *     	fmt.Printf("%b %b\n", 1.0, float32(0.5))
 *     	fmt.Printf("%.3f %.10f %.0f %.0f %.0f\n", 1e-10, 1.0/3, 0.5, 1.5, 2.5)
 *     	fmt.Printf("%f %g %v\n", float32(0.1), float32(0.1), float32(3.4e38))
 *     	fmt.Printf("%6.2f%%\n", 99.5)
 *     	fmt.Printf("%v %v %v\n", 1e100, 123456.0, 1234567.0)
 *     	fmt.Printf("%T %T\n", 1.5, float32(1.5))
 *     	fmt.Printf("%.3v %.1g %g\n", 1000000.0, 0.05, 100.0)
 *     	fmt.Printf("%v\n", []float64{1, 2.5, -0.125})
 *     	fmt.Printf("%+v % v %+.2e\n", 1.5, 1.5, -1234.5)
 *     }
 */
#include "fmt_common.h"
#include <math.h>

#undef F32
#define F32 F32_

static gort_eface F32_(float f) { return gort_convE(&gort_type_float32, &f); }

static void entry(void) {
    volatile double tenth = 0.1;
    PRINTLN(F(1.0), F(3.14), F(1e6), F(1e21), F(123456789.0), F(0.0001), F(1e-5), F(100000.0),
            F(tenth + 0.2));
    PRINTLN(F32(0.1f), F32(1.0f / 3), F(1.0 / 3), F32(16777216.0f), F32(1e-7f));
    PRINTLN(F(INFINITY), F(-INFINITY), F(NAN), F(-0.0), F(0.0));
    PRINTLN(F(1.7976931348623157e308), F(4.9406564584124654e-324), F(5e-324), F(2.5e-8),
            F(1.7976931348623157e308 / 10));
    PRINTF("%f %.2f %8.3f|%-8.2f|%08.3f|%+.1f|% .2f\n", F(3.14159), F(2.675), F(3.14159), F(1.5),
           F(-3.14159), F(2.0), F(2.0));
    PRINTF("%e %.3e %E %.0e %g %.3g %G %g %g\n", F(1234.5678), F(1234.5678), F(0.000123), F(5.5),
           F(1e-7), F(1234.5678), F(1e20), F(1e20), F(1e-4));
    PRINTF("%v %.2v %10.3v|%-10v|\n", F(2.5), F(3.14159), F(3.14159), F(1.25));
    PRINTF("%5.1f|%08.2f|%+08.2f|%-+8.2f|%x\n", F(INFINITY), F(NAN), F(-INFINITY), F(NAN), F(1.5));
    PRINTF("%#g %#.3g %#.0f %#e %#v %#.4g\n", F(1.0), F(2.0), F(3.0), F(4.0), F(5.0), F(123.0));
    PRINTF("%b %b\n", F(1.0), F32(0.5f));
    PRINTF("%.3f %.10f %.0f %.0f %.0f\n", F(1e-10), F(1.0 / 3), F(0.5), F(1.5), F(2.5));
    PRINTF("%f %g %v\n", F32(0.1f), F32(0.1f), F32(3.4e38f));
    PRINTF("%6.2f%%\n", F(99.5));
    PRINTF("%v %v %v\n", F(1e100), F(123456.0), F(1234567.0));
    PRINTF("%T %T\n", F(1.5), F32(1.5f));
    PRINTF("%.3v %.1g %g\n", F(1000000.0), F(0.05), F(100.0));
    double fs[] = {1, 2.5, -0.125};
    PRINTF("%v\n", BOX(slice_float64, gort_slice, cslice(fs, 3)));
    PRINTF("%+v % v %+.2e\n", F(1.5), F(1.5), F(-1234.5));
}

TEST_MAIN(entry)
