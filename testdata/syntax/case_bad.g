package main

func main() {
	x := 1
	switch x {
	case 1:
		) // ERROR "unexpected \), expecting case or default or }"
	}
}
