// The builtins print and println write to standard error, not stdout.
package main

import "fmt"

func main() {
	fmt.Println("to stdout")
	println("to stderr", 1, true)
	print("no newline\n")
}
