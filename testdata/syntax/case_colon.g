package main

func main() {
	switch {
	case true // ERROR "unexpected newline, expecting :"
	}
}
