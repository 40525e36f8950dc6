package main

func main() {
	a := 1
	a := 2 // ERROR 4 "no new variables on left side of :="
	b, a := 3, 4
	_ = b
	_ = a
}
