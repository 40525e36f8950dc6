package main

type T struct {
	a int, // ERROR "unexpected comma in struct type; possibly missing semicolon or newline or }"
	b int
}

func main() {}
