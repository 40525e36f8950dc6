// A forgotten close: the producer sends three values and returns, and the
// range in main waits for a fourth that never comes.
package main

import "fmt"

func produce(ch chan int) {
	for i := 0; i < 3; i++ {
		ch <- i
	}
}

func main() {
	ch := make(chan int, 2)
	go produce(ch)
	for v := range ch {
		fmt.Println(v)
	}
}
