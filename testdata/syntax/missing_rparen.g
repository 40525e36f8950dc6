package main

func main() {
	println(1 // ERROR "unexpected newline in argument list"
}
