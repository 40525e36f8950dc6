package main

func f() int {
	return 1, 2 // ERROR 12 "too many return values"
}

func g() (int, string) {
	return 1 // ERROR 9 "not enough return values"
}

func h() {
	return 3 // ERROR 9 "too many return values"
}

func main() {
	f()
	g()
	h()
}
