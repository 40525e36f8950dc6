// A goroutine panics: the program dies with status 2, and the trace is written.
package main

import "time"

func boom(n int) {
	if n == 0 {
		panic("boom")
	}
	boom(n - 1)
}

func main() {
	go boom(3)
	time.Sleep(time.Hour)
}
