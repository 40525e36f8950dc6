// A panic in a goroutine other than main kills the program: exit status 2,
// "panic: ..." first, then the goroutine's header.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println("start")
	go func() {
		panic("boom in goroutine")
	}()
	time.Sleep(2 * time.Second)
	fmt.Println("not reached")
}
