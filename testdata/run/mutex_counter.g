// sync.Mutex protects a counter incremented by 50 goroutines 1000 times.
package main

import (
	"fmt"
	"sync"
)

type SafeCounter struct {
	mu sync.Mutex
	m  map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key]++
}

func (c *SafeCounter) Value(key string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.m[key]
}

func main() {
	c := SafeCounter{m: make(map[string]int)}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := 0; j < 1000; j++ {
				c.Inc("total")
				if j%2 == 0 {
					c.Inc("even")
				}
			}
		}(i)
	}
	wg.Wait()
	fmt.Println(c.Value("total"), c.Value("even"))
	var rw sync.RWMutex
	shared := 0
	var wg2 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg2.Add(2)
		go func() {
			defer wg2.Done()
			rw.Lock()
			shared++
			rw.Unlock()
		}()
		go func() {
			defer wg2.Done()
			rw.RLock()
			_ = shared
			rw.RUnlock()
		}()
	}
	wg2.Wait()
	fmt.Println(shared)
}
