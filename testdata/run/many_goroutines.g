// 100 000 goroutines at once, each sending one value.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	ch := make(chan int, 100)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go func(k int) {
			defer wg.Done()
			ch <- k
		}(i)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	sum, count := 0, 0
	for v := range ch {
		sum += v
		count++
	}
	fmt.Println(count, sum)
}
