// Variadic functions: no arguments, several, a slice with ..., which shares
// the caller's array.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func join(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func zero(xs ...int) {
	for i := range xs {
		xs[i] = 0
	}
}

func info(xs ...interface{}) {
	fmt.Println(len(xs), xs == nil, xs)
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(join("-", "a", "b", "c"), join(","))
	zero(nums...)
	fmt.Println(nums)
	info()
	info(1, "a", nil)
	args := []interface{}{"x", 2}
	info(args...)
	fmt.Println(fmt.Sprint(args...))
}
