// Integer division and remainder truncate toward zero; the most negative
// value divided by -1 wraps (no trap), its remainder is 0; unsigned division.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, a := range []int{7, -7} {
		for _, b := range []int{2, -2} {
			fmt.Println(a, b, a/b, a%b)
		}
	}
	m, d := math.MinInt64, -1
	fmt.Println(m/d, m%d)
	var m32, d32 int32 = math.MinInt32, -1
	fmt.Println(m32/d32, m32%d32)
	var m8, d8 int8 = -128, -1
	fmt.Println(m8/d8, m8%d8)
	var u uint64 = 1 << 63
	fmt.Println(u/3, u%3, uint8(250)/uint8(7))
	x := 100
	x /= 7
	x %= 5
	fmt.Println(x, -x>>1, -5/2, -5>>1)
}
