// Sending on a closed channel panics, even when a receiver recovers nothing.
package main

import "fmt"

func main() {
	ch := make(chan string)
	close(ch)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		ch <- "x"
	}()
	var nilch chan int
	defer fmt.Println("deferred before the crash")
	close(nilch)
}
