package main

func main() {
	x := nil // ERROR 7 "use of untyped nil in assignment"
	var n int = nil // ERROR 14 "cannot use nil as int value in variable declaration"
	_ = n
	_ = x
}
