// Runtime error: assignment to entry in nil map (reading one is fine).
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m))
	m["x"] = 1
	fmt.Println("not reached")
}
