package main

import "fmt"

func main() {
	x := 10
	fmt.Println(x / 0) // ERROR 18 "invalid operation: division by zero"
	const c = 1 % 0    // ERROR 16 "invalid operation: division by zero"
	fmt.Println(3.0 / 0) // ERROR 20 "invalid operation: division by zero"
}
