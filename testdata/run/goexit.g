// runtime.Goexit ends a goroutine after running its deferred calls;
// runtime.NumGoroutine counts the live ones; Gosched yields.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer fmt.Println("deferred in goexit")
		func() {
			runtime.Goexit()
		}()
		fmt.Println("not reached")
	}()
	wg.Wait()
	// wg.Done ran in the goroutine's deferred calls: it may still be exiting.
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
	block := make(chan bool)
	started := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			started <- true
			<-block
		}()
		<-started
	}
	fmt.Println(runtime.NumGoroutine())
	close(block)
	for runtime.NumGoroutine() > 1 {
		runtime.Gosched()
	}
	fmt.Println(runtime.NumGoroutine())
}
