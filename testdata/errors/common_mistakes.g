package main

// Everyday mistakes, each with the text gc 1.19 prints for it.

import (
	"fmt"
	"strings"
)

type Counter struct{ n int }

func (c *Counter) Inc() { c.n++ }

type Incer interface{ Inc() }

func work() (int, error) { return 0, nil }

func main() {
	var p *int = nil
	var n int = nil // ERROR 14 "cannot use nil as int value in variable declaration"
	go func() {
		unused := 1 // ERROR 3 "unused declared but not used"
	}()
	var i Incer = Counter{} // ERROR 16 "cannot use Counter\{\} \(value of type Counter\) as type Incer in variable declaration: Counter does not implement Incer \(Inc method has pointer receiver\)"
	x := work() // ERROR 7 "assignment mismatch: 1 variable but work returns 2 values"
	s := strings.ToUpper("a", "b") // ERROR 28 "too many arguments in call to strings.ToUpper have \(string, string\) want \(string\)"
	fmt.Println("n =" + n) // ERROR 14 "invalid operation: \"n =\" \+ n \(mismatched types untyped string and int\)"
	for i := 0; i < 3; i++ {
		fmt.Printf("%d\n", i)
	}
	if p != nil && n { // ERROR 5 "invalid operation: p != nil && n \(mismatched types untyped bool and int\)"
	}
	fmt.Println(i, x, s, len(5)) // ERROR 27 "invalid argument: 5 \(untyped int constant\) for len"
}
