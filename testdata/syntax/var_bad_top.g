package main

var x = 

var y int // ERROR "unexpected var, expecting expression"

func main() {}
