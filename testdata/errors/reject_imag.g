// gocc-only: Go accepts this program; G has no complex numbers.
package main

import "fmt"

func main() {
	x := 2i // ERROR "complex numbers are not supported"
	fmt.Println(x)
}
