// Package-level variables are initialised in dependency order, not source
// order; init functions run after them, in source order, before main.
package main

import "fmt"

var (
	a = c + b
	b = f("b", 2)
	c = f("c", 3)
	d = 4
)

var total = sum(values...)
var values = []int{a, b, c, d}

var registry = map[string]int{}

func f(name string, v int) int {
	fmt.Println("init var", name)
	return v
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func init() {
	fmt.Println("first init: a =", a, "total =", total)
	registry["one"] = 1
}

func init() {
	fmt.Println("second init:", len(registry))
	registry["two"] = 2
}

func main() {
	fmt.Println("main", a, b, c, d, total, registry)
}
