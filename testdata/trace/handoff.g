// A goroutine blocks reading standard input while another keeps ticking:
// the reader's thread (M) is stuck in read(2), so the runtime hands its P
// to another M and the ticker goes on there (run it with GOMAXPROCS=1 and
// input that arrives late: (sleep 0.3; echo hi) | ./handoff).
package main

import (
	"bufio"
	"fmt"
	"os"
	"time"
)

func reader(lines chan string) {
	sc := bufio.NewScanner(os.Stdin)
	if sc.Scan() {
		lines <- sc.Text()
	} else {
		lines <- "(no input)"
	}
}

func ticker(n int, done chan int) {
	for i := 0; i < n; i++ {
		time.Sleep(10 * time.Millisecond)
	}
	done <- n
}

func main() {
	lines := make(chan string)
	done := make(chan int)
	go reader(lines)
	go ticker(10, done)
	ticks := <-done
	line := <-lines
	fmt.Println("ticks while reading:", ticks)
	fmt.Println("read:", line)
}
