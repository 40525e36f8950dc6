package main

func main() {
	return ) // ERROR "unexpected \), expecting expression"
}
