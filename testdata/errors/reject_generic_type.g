// gocc-only: Go accepts this program; G has no generics (type parameters).
package main

import "fmt"

type Stack[T any] struct { // ERROR "generics are not supported"
	items []T
}

func main() {
	var s Stack[int]
	fmt.Println(len(s.items))
}
