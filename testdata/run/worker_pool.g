// A worker pool: jobs on a buffered channel, results written by index, so
// the output order does not depend on scheduling.
package main

import (
	"fmt"
	"sync"
)

type job struct{ idx, n int }

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	jobs := make(chan job, 10)
	results := make([]int, 30)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results[j.idx] = collatz(j.n)
			}
		}()
	}
	for i := 0; i < 30; i++ {
		jobs <- job{i, i + 1}
	}
	close(jobs)
	wg.Wait()
	fmt.Println(results)
}
