// Labeled break and continue across nested loops, switch and select.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Println(i, j)
		}
	}
	n := 0
loop:
	for {
		switch {
		case n > 5:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		}
		n++
	}
	fmt.Println("n", n)
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	count := 0
recv:
	for {
		select {
		case v := <-ch:
			count += v
			if v == 2 {
				break recv
			}
		}
	}
	fmt.Println("count", count, len(ch))
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Println("i", i)
		}
	}
}
