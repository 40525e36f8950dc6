package main

type T struct{ a int }

func main() {
	if x := T{1}; x.a == 1 { // ERROR "cannot use x := T as value"
	}
}
