package main

func main() {
	x := 1 // ERROR 2 "x declared but not used"
	var y int // ERROR 6 "y declared but not used"
	z, w := 1, 2 // ERROR 5 "w declared but not used"
	_ = z
}
