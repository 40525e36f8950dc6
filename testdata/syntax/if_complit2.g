package main

type T struct{ a int }

func main() {
	if T{1}.a == 1 { // ERROR "unexpected \. at end of statement"
	}
}
