// gocc-only: Go accepts this program; G has no complex numbers.
package main

import "fmt"

func main() {
	var c complex128 // ERROR "complex numbers are not supported"
	fmt.Println(c)
}
