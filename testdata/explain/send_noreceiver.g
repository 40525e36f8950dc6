// An unbuffered send with no receiver: main blocks, nobody else exists.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("about to block")
	ch <- 1
}
