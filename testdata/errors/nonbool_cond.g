package main

func main() {
	x := 1
	if x { // ERROR 5 "non-boolean condition in if statement"
	}
	for x { // ERROR 6 "non-boolean condition in for statement"
	}
}
