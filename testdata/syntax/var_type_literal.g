package main

var x 1 // ERROR "unexpected literal 1, expecting type"

func main() {}
