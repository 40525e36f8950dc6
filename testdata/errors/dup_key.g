package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "a": 3} // ERROR 38 "duplicate key .a. in map literal"
	s := []int{0: 1, 1: 2, 0: 3} // ERROR 26 "duplicate index 0 in array or slice literal"
	fmt.Println(m, s)
}
