package main

func f() int { return 1 }

func main() {
	x := 1
	x  // ERROR 2 "x \(variable of type int\) is not used"
	f() + 1 // ERROR 2 "f\(\) \+ 1 \(value of type int\) is not used"
	"str" // ERROR 2 ".str. \(untyped string constant\) is not used"
}
