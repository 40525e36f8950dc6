package main

var x = 1 2 // ERROR "unexpected literal 2 after top level declaration"

func main() {}
