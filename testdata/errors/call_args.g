package main

func f(a int, b string) {}

func main() {
	f(1, "a", 3) // ERROR 12 "too many arguments in call to f"
	f(1)         // ERROR 4 "not enough arguments in call to f"
}
