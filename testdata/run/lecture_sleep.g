// Lecture 004: go fmt.Println, then sleep, so that the other goroutine has
// time to finish.  The notes print main's line after the go statement; then
// the two lines may come in either order, in Go as here (the new goroutine
// gets the P when main's write system call lasts more than 20 us, even with
// GOMAXPROCS=1).  Main's line comes first here, so that the order is Go's
// every time; the point stays: without the Sleep, the other line would
// most likely never be printed.
package main

import (
    "fmt"
    "time"
)

func main() {
    fmt.Println("Hello from main goroutine")
    go fmt.Println("Hello from another goroutine")

    time.Sleep(time.Second) // give the other goroutine time to finish
}
