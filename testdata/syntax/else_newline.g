package main

func main() {
	if true {
	}
	else { // ERROR "unexpected else, expecting }"
	}
}
