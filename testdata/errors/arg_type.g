package main

func f(n int) int { return n }

func main() {
	f("x") // ERROR 4 "cannot use .x. \(untyped string constant\) as int value in argument to f"
	var b bool
	f(b) // ERROR 4 "cannot use b \(variable of type bool\) as type int in argument to f"
}
