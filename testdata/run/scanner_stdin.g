// Reading standard input line by line with bufio.Scanner (NAME.stdin), while
// another goroutine keeps working: a goroutine blocked reading does not stop
// the others.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
)

func main() {
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ticks <- i
		}
	}()
	sc := bufio.NewScanner(os.Stdin)
	lines, total := 0, 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		lines++
		if n, err := strconv.Atoi(line); err == nil {
			total += n
		} else {
			fmt.Printf("line %d: %q is not a number\n", lines, line)
		}
		<-ticks
	}
	fmt.Println(lines, "lines, total", total, "tick", <-ticks)
}
