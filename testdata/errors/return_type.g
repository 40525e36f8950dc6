package main

func f() int {
	return "no" // ERROR 9 "cannot use .no. \(untyped string constant\) as int value in return statement"
}

func g() (int, string) {
	return 1, 2 // ERROR 12 "cannot use 2 \(untyped int constant\) as string value in return statement"
}

func main() {
	f()
	g()
}
