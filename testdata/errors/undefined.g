package main

import "fmt"

func main() {
	fmt.Println(x) // ERROR 14 "undefined: x"
	y = 3          // ERROR 2 "undefined: y"
	undefinedFunc() // ERROR 2 "undefined: undefinedFunc"
}
