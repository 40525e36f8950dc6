// Buffered channels: FIFO, len and cap, sends that do not block.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	ch <- "c"
	fmt.Println(<-ch, <-ch)
	ch <- "d"
	fmt.Println(len(ch))
	close(ch)
	for s := range ch {
		fmt.Println(s)
	}
	v, ok := <-ch
	fmt.Printf("%q %v\n", v, ok)
}
