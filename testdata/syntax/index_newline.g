package main

func main() {
	x := []int{1}
	_ = x[1 // ERROR "unexpected newline, expecting comma, : or \]"
}
