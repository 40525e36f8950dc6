// main returning ends the program even though other goroutines still run.
package main

import (
	"fmt"
	"time"
)

func main() {
	for i := 0; i < 3; i++ {
		go func() {
			time.Sleep(5 * time.Second)
			fmt.Println("never printed")
		}()
	}
	go func() {
		for {
			time.Sleep(time.Millisecond)
		}
	}()
	blocked := make(chan int)
	go func() { <-blocked }()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("main returns")
}
