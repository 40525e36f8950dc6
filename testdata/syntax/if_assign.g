package main

func main() {
	if x := 1 { // ERROR "cannot use x := 1 as value"
	}
}
