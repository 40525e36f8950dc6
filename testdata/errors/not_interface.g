package main

import "fmt"

type Stringer interface{ String() string }

type T struct{}

func main() {
	x := 5
	n := x.(int) // ERROR 7 "invalid operation: x \(variable of type int\) is not an interface"
	var e interface{} = 1
	var s Stringer
	t := s.(T) // ERROR 7 "impossible type assertion: s.\(T\)"
	fmt.Println(n, e, t)
}
