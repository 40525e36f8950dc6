package main

import "fmt"

type S struct{ xs []int }

func main() {
	f := func() {}
	g := func() {}
	fmt.Println(f == g) // ERROR 14 "invalid operation: f == g \(func can only be compared to nil\)"
	a, b := S{}, S{}
	fmt.Println(a == b) // ERROR 14 "invalid operation: a == b \(struct containing \[\]int cannot be compared\)"
	var m map[[]int]string // ERROR 12 "invalid map key type \[\]int"
	fmt.Println(m)
}
