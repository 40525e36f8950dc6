package main

import "fmt"

func main() {
	s := "abc"
	fmt.Println(-s) // ERROR 15 "invalid operation: operator - not defined on s \(variable of type string\)"
	b := true
	fmt.Println(b + b) // ERROR 14 "invalid operation: operator \+ not defined on b \(variable of type bool\)"
	f := 1.5
	fmt.Println(f % 2) // ERROR 14 "invalid operation: operator % not defined on f \(variable of type float64\)"
}
