// runtime.GOMAXPROCS(1) and a goroutine spinning without any call: the main
// goroutine must still get to run (preemption), stop it and print.
package main

import (
	"fmt"
	"runtime"
	"sync/atomic"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	var stop int32
	var spins int64
	go func() {
		n := int64(0)
		for atomic.LoadInt32(&stop) == 0 {
			n++
		}
		atomic.StoreInt64(&spins, n)
	}()
	time.Sleep(50 * time.Millisecond)
	fmt.Println("main ran")
	atomic.StoreInt32(&stop, 1)
	for atomic.LoadInt64(&spins) == 0 {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("spinner stopped")
}
