package main

func main() {
	x := 1 +
} // ERROR "unexpected }, expecting expression"
