// An unrecovered panic with a value of a named integer type: Go prints the
// type and the value.
package main

import "fmt"

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		panic(r)
	}()
	panic(Code(42))
}
