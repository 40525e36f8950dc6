// defer wg.Done() in many goroutines; the results are gathered under a mutex
// and printed in a fixed order.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var got []int
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			got = append(got, n*n)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
}
