// A WaitGroup that is never done, with the other goroutines blocked too.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one done")
	}()
	go func() {
		defer wg.Done()
		<-ch
	}()
	wg.Wait()
}
