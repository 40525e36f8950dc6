package main

import "fmt"

func main() {
	x := 1
	fmt.Println(*x) // ERROR 15 "invalid operation: cannot indirect x \(variable of type int\)"
	fmt.Println(&5) // ERROR 15 "invalid operation: cannot take address of 5 \(untyped int constant\)"
}
