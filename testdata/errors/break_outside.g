package main

func main() {
	break // ERROR 2 "break is not in a loop, switch, or select"
	if true {
		continue // ERROR 3 "continue is not in a loop"
	}
	switch {
	case true:
		continue // ERROR 3 "continue is not in a loop"
	}
}
