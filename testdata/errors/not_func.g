package main

func main() {
	x := 5
	x() // ERROR 2 "invalid operation: cannot call non-function x \(variable of type int\)"
	s := "str"
	_ = s.Len() // ERROR 8 "s.Len undefined \(type string has no field or method Len\)"
}
