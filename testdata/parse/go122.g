// Go 1.21/1.22 syntax in G: range over an integer, min/max/clear.
// (Go 1.19's go vet cannot type-check these; the syntax check uses gofmt.)
// go-check: syntax
package main

import "fmt"

func main() {
	for i := range 10 {
		fmt.Println(i)
	}
	for range 3 {
	}
	n := 5
	for i := range n {
		_ = i
	}
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(min(1, 2), max(3, 4, 5))
}
