// gocc-only: Go accepts this program; G has no generics (type parameters).
package main

import "fmt"

func Map[T any](xs []T, f func(T) T) []T { // ERROR "generics are not supported"
	var out []T
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(Map([]int{1, 2}, func(x int) int { return x * 2 }))
}
