// select with default: non-blocking send and receive.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing to receive")
	}
	select {
	case ch <- 1:
		fmt.Println("sent 1")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 2:
		fmt.Println("sent 2")
	default:
		fmt.Println("full")
	}
	select {
	case v, ok := <-ch:
		fmt.Println("received", v, ok)
	default:
		fmt.Println("nothing")
	}
	count := 0
	for i := 0; i < 10; i++ {
		select {
		case ch <- i:
			count++
		default:
		}
	}
	fmt.Println(count, <-ch)
}
