package main

type T struct { // ERROR 6 "invalid recursive type T"
	a int
	t T
}

func main() {}
