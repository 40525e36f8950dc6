// Every goroutine waits on a channel nobody sends on: Go's deadlock error,
// and the trace says where each one blocked.
package main

import "fmt"

func main() {
	ch := make(chan int)
	go func() {
		ch <- 1
		ch <- 2
	}()
	fmt.Println(<-ch)
	fmt.Println(<-ch)
	fmt.Println(<-ch)
}
