// A tight loop with no function calls at all, GOMAXPROCS=1: another goroutine
// still gets to run and ends the program.
package main

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	go func() {
		time.Sleep(20 * time.Millisecond)
		fmt.Println("the other goroutine ran")
		os.Exit(0)
	}()
	x := 0
	for {
		x++
	}
}
