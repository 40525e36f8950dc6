// A closed channel: receivers get the zero value and ok == false, close wakes
// every waiting receiver.
package main

import (
	"fmt"
	"sync"
)

func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	zeros := 0
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v, ok := <-ch
			if !ok && v == 0 {
				mu.Lock()
				zeros++
				mu.Unlock()
			}
		}()
	}
	close(ch)
	wg.Wait()
	fmt.Println("woken:", zeros)
	x, ok := <-ch
	fmt.Println(x, ok)
	var p chan *int = make(chan *int, 1)
	close(p)
	q, ok := <-p
	fmt.Println(q == nil, ok)
}
