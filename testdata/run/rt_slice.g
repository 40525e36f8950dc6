// Runtime error: slice bounds out of range.
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	fmt.Println(len(s[1:5]), cap(s[1:5]))
	n := 6
	fmt.Println(s[:n])
}
