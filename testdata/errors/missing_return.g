package main

func f(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR 1 "missing return"

func g(x int) string {
	for x > 0 {
		return "a"
	}
} // ERROR 1 "missing return"

func h() int {
	for {
	}
}

func main() {
	f(1)
	g(1)
	h()
}
