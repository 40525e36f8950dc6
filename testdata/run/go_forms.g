// Every form of the go statement: a function, a method value call, a
// function literal with an argument, and a library function; each one's
// completion is made deterministic with a channel.
package main

import (
	"fmt"
	"time"
)

type Counter struct{ name string }

func (c *Counter) Report(n int, done chan bool) {
	fmt.Println(c.name, "reports", n)
	done <- true
}

func work(x int, done chan bool) {
	fmt.Println("work", x)
	done <- true
}

func main() {
	done := make(chan bool)
	go work(7, done)
	<-done
	c := &Counter{"ctr"}
	go c.Report(3, done)
	<-done
	go func(msg string) {
		fmt.Println(msg)
		done <- true
	}("going")
	<-done
	go fmt.Println("hi")
	time.Sleep(100 * time.Millisecond)
	fmt.Println("main done")
}
