// hello: the smallest program, for the driver's tests (names, -S, -g, -v).
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
