// Two goroutines wait on each other: main sends on a, which only the
// worker receives from, after it has sent on b, which only main reads.
package main

func worker(a, b chan int) {
	b <- 1
	<-a
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go worker(a, b)
	a <- 1
	<-b
}
