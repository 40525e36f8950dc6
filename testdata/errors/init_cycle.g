package main

var a = b + 1 // ERROR 5 "initialization loop for a"
var b = a + 1

func main() {
	println(a, b)
}
