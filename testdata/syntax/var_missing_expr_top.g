package main

var x int =

func main() { // ERROR "unexpected main, expecting \("
}
