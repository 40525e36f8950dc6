package main

func f() int { return 1 }

func main() {
	defer f   // ERROR 8 "expression in defer must be function call"
	go f      // ERROR 5 "expression in go must be function call"
	defer len("x") // ERROR 8 "defer discards result of len\(.x.\)"
	go int(3) // ERROR 5 "go requires function call, not conversion"
	defer (f()) // ERROR 8 "expression in defer must not be parenthesized"
	var x int = "s" // ERROR 14 "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
}
