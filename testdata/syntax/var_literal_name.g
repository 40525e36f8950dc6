package main

func main() {
	var 1 = 2 // ERROR "unexpected literal 1, expecting name"
}
