// time.After in select as a timeout, a Ticker counted, a Timer reset.
package main

import (
	"fmt"
	"time"
)

func main() {
	slow := make(chan int)
	go func() {
		time.Sleep(500 * time.Millisecond)
		slow <- 1
	}()
	select {
	case v := <-slow:
		fmt.Println("got", v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timed out")
	}
	fast := make(chan int, 1)
	fast <- 7
	select {
	case v := <-fast:
		fmt.Println("got", v)
	case <-time.After(time.Second):
		fmt.Println("timed out")
	}
	tk := time.NewTicker(10 * time.Millisecond)
	n := 0
	for range tk.C {
		n++
		if n == 3 {
			tk.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	t := time.NewTimer(time.Hour)
	t.Reset(5 * time.Millisecond)
	<-t.C
	fmt.Println("timer fired")
	done := make(chan bool)
	time.AfterFunc(5*time.Millisecond, func() { done <- true })
	fmt.Println(<-done)
}
