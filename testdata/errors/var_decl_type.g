package main

func main() {
	var x int = "s" // ERROR 14 "cannot use .s. \(untyped string constant\) as int value in variable declaration"
	var f float64 = 1.5
	var y int = f // ERROR 14 "cannot use f \(variable of type float64\) as type int in variable declaration"
	_, _ = x, y
}
