// Three stages in a ring, each waiting to receive from the one before:
// the explainer finds the cycle.  main waits in an empty select.
package main

func stage(in, out chan int) {
	v := <-in
	out <- v
}

func main() {
	a := make(chan int)
	b := make(chan int)
	c := make(chan int)
	go stage(a, b)
	go stage(b, c)
	go stage(c, a)
	select {}
}
