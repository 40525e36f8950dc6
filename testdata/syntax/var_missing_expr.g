package main

func main() {
	var x int =
	_ = x // ERROR "unexpected = at end of statement"
}
