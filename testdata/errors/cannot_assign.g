package main

const c = 1

type T struct{ x int }

func get() T { return T{} }

func main() {
	c = 2 // ERROR 2 "cannot assign to c \(untyped int constant 1\)"
	s := "abc"
	s[0] = 'x' // ERROR 2 "cannot assign to s\[0\] \(value of type byte\)"
	get().x = 3 // ERROR 2 "cannot assign to get\(\).x"
	m := map[string]T{}
	m["a"].x = 1 // ERROR 2 "cannot assign to struct field m\[.a.\].x in map"
}
