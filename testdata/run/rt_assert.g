// Runtime error: a failing type assertion without comma-ok.
package main

import "fmt"

func main() {
	var x interface{} = "text"
	n, ok := x.(int)
	fmt.Println(n, ok)
	fmt.Println(x.(string))
	fmt.Println(x.(int))
}
