// Two goroutines hand a ball back and forth on unbuffered channels: every
// send readies the receiver, so the trace has a wake-up flow per hand-off.
package main

import "fmt"

func player(in, out chan int, done chan bool) {
	for {
		n, ok := <-in
		if !ok {
			done <- true
			return
		}
		out <- n + 1
	}
}

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	go player(ping, pong, done)
	n := 0
	for i := 0; i < 5; i++ {
		ping <- n
		n = <-pong
	}
	close(ping)
	<-done
	fmt.Println("ball passed", n, "times")
}
