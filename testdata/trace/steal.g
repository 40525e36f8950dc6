// main queues 40 goroutines of busy work on its own P and then waits: with
// GOMAXPROCS=2 the other P finds its queue empty and steals half of main's.
package main

import (
	"fmt"
	"sync"
)

func work(id int, wg *sync.WaitGroup, out []int) {
	defer wg.Done()
	x := id
	for i := 0; i < 2000000; i++ {
		x = x*1103515245 + 12345
	}
	out[id] = x & 1
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 40)
	for i := 0; i < 40; i++ {
		wg.Add(1)
		go work(i, &wg, out)
	}
	wg.Wait()
	fmt.Println("all", len(out), "done")
}
