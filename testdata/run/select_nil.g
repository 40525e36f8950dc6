// A nil channel is never ready in a select: the classic merge that turns a
// finished input off by setting it to nil.
package main

import "fmt"

func gen(from, to int) <-chan int {
	c := make(chan int)
	go func() {
		for i := from; i <= to; i++ {
			c <- i
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := gen(1, 5), gen(10, 12)
	sum, n := 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println(n, sum)
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("impossible", v)
	case nilc <- 1:
		fmt.Println("impossible send")
	default:
		fmt.Println("nil channels are never ready")
	}
}
