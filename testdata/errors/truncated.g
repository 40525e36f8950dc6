package main

import "fmt"

func main() {
	var i int = 1.5 // ERROR 14 "cannot use 1.5 \(untyped float constant\) as int value in variable declaration \(truncated\)"
	const c = 2.5
	fmt.Println(i, c << 1) // ERROR 17 "invalid operation: shifted operand c \(untyped float constant 2.5\) must be integer"
	var f float64 = 3
	fmt.Println(f << 2) // ERROR 14 "invalid operation: shifted operand f \(variable of type float64\) must be integer"
	fmt.Println(1 << -1) // ERROR 19 "invalid operation: negative shift count -1 \(untyped int constant\)"
}
