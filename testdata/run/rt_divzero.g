// Runtime error: integer divide by zero.
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(10, 3))
	fmt.Println(div(10, 0))
}
