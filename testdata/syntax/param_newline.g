package main

func f(a int,
	b int // ERROR "unexpected newline in parameter list; possibly missing comma or \)"
) {
}

func main() {
}
