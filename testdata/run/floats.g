// Floating point: printing (shortest representation), arithmetic, special
// values, conversions, the math package.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(0.1+0.2, 1.0/3, 2.0/3, 100.0, 1e20, 1e21, 123456789.0, 1.5e-7)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(math.Sqrt(2), math.Floor(-2.5), math.Ceil(2.1), math.Abs(-3), math.Pow(2, 10))
	fmt.Println(math.Max(1, 2), math.Min(1, 2), math.Trunc(-2.7), math.Mod(7, 3))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	nan := math.NaN()
	fmt.Println(nan == nan, math.IsNaN(nan), math.IsInf(1/math.Inf(1), 0))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero == zero/zero)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxUint32, math.MaxInt8)
	fmt.Println(math.Pi, math.E)
	fmt.Printf("%.3f %.0f %.1f %8.4f|%g\n", math.Pi, 2.5, 0.05, -math.Pi, 1e100)
	x := 7.0
	x /= 2
	fmt.Println(x, int(x), -x)
	var sum float64
	for i := 1; i <= 10; i++ {
		sum += 1 / float64(i)
	}
	fmt.Println(sum)
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Log(math.E), math.Hypot(3, 4))
}
