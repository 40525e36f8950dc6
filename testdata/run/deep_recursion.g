// Ten million frames of recursion inside a goroutine: the stack grows.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

func main() {
	done := make(chan int)
	go func() {
		done <- depth(10000000)
	}()
	fmt.Println(<-done)
}
