package main

var a int
var a string // ERROR 5 "a redeclared in this block"

func f() {}

func f() {} // ERROR 6 "f redeclared in this block"

type S struct {
	x int
	x string // ERROR 2 "x redeclared"
}

func main() {
	var b int
	var b int // ERROR 6 "b redeclared in this block"
	_ = b
}
