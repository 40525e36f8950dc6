/*
 * fmt_shortest: shortest round-trip formatting of 1500 pseudo-random
 * float64 and float32 bit patterns and of every few powers of two (the
 * asymmetric-interval cases), against Go's strconv.
 * fmt_shortest.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import (
 *     	"fmt"
 *     	"math"
 *     )
 *
 *     func main() {
 *     	x := uint64(1)
 *     	for i := 0; i < 1500; i++ {
 *     		x = x*6364136223846793005 + 1442695040888963407
 *     		f := math.Float64frombits(x)
 *     		g := math.Float32frombits(uint32(x >> 32))
 *     		if math.IsNaN(f) || math.IsInf(f, 0) || math.IsNaN(float64(g)) || math.IsInf(float64(g), 0) {
 *     			continue
 *     		}
 *     		fmt.Println(f, g, float64(int64(x>>11))/1e6)
 *     	}
 *     	for k := -1074; k <= 1023; k += 7 {
 *     		fmt.Print(math.Ldexp(1, k), " ")
 *     	}
 *     	fmt.Println()
 *     	for k := -149; k <= 127; k++ {
 *     		fmt.Print(float32(math.Ldexp(1, k)), " ")
 *     	}
 *     	fmt.Println()
 *     }
 */
#include "fmt_common.h"
#include <math.h>
#include <string.h>

static void entry(void) {
    uint64_t x = 1;
    for (int i = 0; i < 1500; i++) {
        x = x * 6364136223846793005ull + 1442695040888963407ull;
        double f;
        float g;
        uint32_t hi = (uint32_t)(x >> 32);
        memcpy(&f, &x, 8);
        memcpy(&g, &hi, 4);
        if (isnan(f) || isinf(f) || isnan(g) || isinf(g)) continue;
        PRINTLN(F(f), BOX(gort_type_float32, float, g), F((double)(int64_t)(x >> 11) / 1e6));
    }
    for (int k = -1074; k <= 1023; k += 7) PRINT(F(ldexp(1, k)), S(" "));
    PRINTLN();
    for (int k = -149; k <= 127; k++) PRINT(BOX(gort_type_float32, float, (float)ldexp(1, k)), S(" "));
    PRINTLN();
}

TEST_MAIN(entry)
