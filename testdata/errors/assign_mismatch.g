package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1 // ERROR 10 "assignment mismatch: 2 variables but 1 value"
	var c, d, e = two() // ERROR 16 "assignment mismatch: 3 variables but two returns 2 values"
	var x int
	x = two() // ERROR 6 "assignment mismatch: 1 variable but two returns 2 values"
	_, _, _, _, _ = a, b, c, d, e
}
