package main

func main() {
	a, b := 1, 2
	a, b // ERROR "unexpected newline, expecting := or = or comma"
}
