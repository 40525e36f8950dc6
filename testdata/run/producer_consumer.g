// Producers and a consumer over a bounded buffer; the consumer sums, the
// order of arrival does not matter.
package main

import (
	"fmt"
	"sync"
)

func main() {
	buf := make(chan int, 5)
	var prod sync.WaitGroup
	for p := 0; p < 4; p++ {
		prod.Add(1)
		go func(base int) {
			defer prod.Done()
			for i := 1; i <= 250; i++ {
				buf <- base + i
			}
		}(p * 1000)
	}
	go func() {
		prod.Wait()
		close(buf)
	}()
	sum, count, max := 0, 0, 0
	for v := range buf {
		sum += v
		count++
		if v > max {
			max = v
		}
	}
	fmt.Println(count, sum, max)
	sem := make(chan struct{}, 3)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			mu.Lock()
			active--
			mu.Unlock()
			<-sem
		}()
	}
	wg.Wait()
	fmt.Println(peak <= 3, active)
}
