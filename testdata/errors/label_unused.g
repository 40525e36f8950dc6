package main

func main() {
L: // ERROR 1 "label L defined and not used"
	for i := 0; i < 2; i++ {
	}
Outer:
	for {
		break Outer
	}
	for {
		break Missing // ERROR 9 "break label not defined: Missing"
	}
}
