// for range over a channel ends when the channel is closed.
package main

import "fmt"

func squares(n int) <-chan int {
	out := make(chan int, 2)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	total := 0
	for v := range squares(6) {
		fmt.Print(v, " ")
		total += v
	}
	fmt.Println()
	fmt.Println("total", total)
	// A pipeline of three stages.
	src := make(chan int)
	dbl := make(chan int)
	go func() {
		for i := 0; i < 4; i++ {
			src <- i
		}
		close(src)
	}()
	go func() {
		for v := range src {
			dbl <- 2 * v
		}
		close(dbl)
	}()
	for v := range dbl {
		fmt.Println(v)
	}
}
