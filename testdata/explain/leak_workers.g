// GOCCDEBUG=leaks=1: main takes one result and returns; both workers are
// left waiting for jobs that never come.
package main

import "fmt"

func worker(jobs chan int, results chan int) {
	for j := range jobs {
		results <- j * 2
	}
}

func main() {
	jobs := make(chan int)
	results := make(chan int)
	for i := 0; i < 2; i++ {
		go worker(jobs, results)
	}
	jobs <- 1
	fmt.Println(<-results)
}
