package main

import "fmt"

func main() {
	var a int = 1
	var b int64 = 2
	fmt.Println(a + b) // ERROR 14 "invalid operation: a \+ b \(mismatched types int and int64\)"
	var s string = "x"
	fmt.Println(s == a) // ERROR 19 "invalid operation: s == a \(mismatched types string and int\)"
}
