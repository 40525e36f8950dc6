// switch: expression and tagless forms, init statements, fallthrough, lists,
// default anywhere, no automatic fallthrough.
package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	default:
		return "C"
	}
}

func main() {
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Println("zero")
			fallthrough
		case 1:
			fmt.Println("zero or one")
		case 2, 3:
			fmt.Println("two or three")
			fallthrough
		default:
			fmt.Println("default", i)
		case 5:
			fmt.Println("five")
		}
	}
	fmt.Println(grade(95), grade(85), grade(10))
	switch x := 7; {
	case x > 5:
		fmt.Println("big")
		fallthrough
	case x > 100:
		fmt.Println("fell into huge")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched")
	}
	calls := 0
	f := func(v int) int { calls++; return v }
	switch 3 {
	case f(1), f(2), f(3), f(4):
	}
	fmt.Println("calls", calls)
}
