// The deadlock report shows where each goroutine is blocked, frames and
// lines, as Go does: main waits for b, relay waits for a.
package main

func relay(in, out chan int) {
	v := <-in
	out <- v
}

func main() {
	a := make(chan int)
	b := make(chan int)
	go relay(a, b)
	<-b
}
