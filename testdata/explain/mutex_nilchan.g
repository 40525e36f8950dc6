// A mutex locked twice by main, and a goroutine sending on a nil channel.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	var ch chan int
	go func() { ch <- 1 }()
	mu.Lock()
}
