// Runtime error: nil pointer dereference.
package main

import "fmt"

type T struct{ x int }

func main() {
	var p *T
	fmt.Println("before")
	fmt.Println(p.x)
}
