// Cancellation with a done channel: workers stop when done is closed.
package main

import (
	"fmt"
	"sync"
)

func worker(id int, jobs <-chan int, done <-chan struct{}, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-done:
			return
		case j := <-jobs:
			results <- j * 2
		}
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(i, jobs, done, results, &wg)
	}
	sum := 0
	for i := 1; i <= 10; i++ {
		jobs <- i
		sum += <-results
	}
	close(done)
	wg.Wait()
	fmt.Println("sum", sum)
}
