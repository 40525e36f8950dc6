// An unbuffered channel is a rendezvous: ping-pong between two goroutines.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	v := 0
	for i := 0; i < 5; i++ {
		ping <- v
		v = <-pong
		fmt.Println("got", v)
	}
	close(ping)
	_, ok := <-pong
	fmt.Println("pong open:", ok)
}
