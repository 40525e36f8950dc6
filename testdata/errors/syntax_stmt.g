package main

func main() {
	x := 1
	if x == 1 {
		x = 2
	} else x = 3 // ERROR 9 "syntax error: else must be followed by if or statement block"
}
