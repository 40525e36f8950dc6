// Function types: named function types with methods, functions as
// parameters and results, slices of functions, nil funcs.
package main

import (
	"fmt"
	"strings"
)

type Op func(int, int) int

func (o Op) Apply3(a, b, c int) int { return o(o(a, b), c) }

type Middleware func(string) string

func chain(ms ...Middleware) Middleware {
	return func(s string) string {
		for _, m := range ms {
			s = m(s)
		}
		return s
	}
}

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func filter(xs []string, keep func(string) bool) (out []string) {
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return
}

func main() {
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply3(1, 2, 3))
	mul := Op(func(a, b int) int { return a * b })
	fmt.Println(mul.Apply3(2, 3, 4))
	h := chain(strings.ToUpper, func(s string) string { return s + "!" }, strings.TrimSpace)
	fmt.Println(h("  hi there "))
	fmt.Println(mapInts([]int{1, 2, 3}, func(x int) int { return x * x }))
	fmt.Println(filter([]string{"apple", "kiwi", "avocado"}, func(s string) bool { return strings.HasPrefix(s, "a") }))
	var f func(int) int
	fmt.Println(f == nil)
	f = func(n int) int { return -n }
	fmt.Println(f != nil, f(3))
	fmt.Printf("%T\n", add)
}
