// An import of a package that exists nowhere: Go says "could not import";
// gocc may word it as for the Go packages it does not provide.
package main

import (
	"fmt"
	"nosuchpkg" // ERROR 2 "could not import nosuchpkg|package nosuchpkg is not"
)

func main() {
	fmt.Println(nosuchpkg.X)
}
