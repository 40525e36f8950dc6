// Lecture 004: go fmt.Println, then sleep.  With GOMAXPROCS=1 (NAME.env)
// the new goroutine runs only when main blocks in Sleep, so the order is fixed.
package main

import (
    "fmt"
    "time"
)

func main() {
    go fmt.Println("Hello from another goroutine")
    fmt.Println("Hello from main goroutine")

    time.Sleep(time.Second) // give the other goroutine time to finish
}
