// Lecture 004: main returning kills the other goroutines.
//
// The notes' program is
//
//     go fmt.Println("Hello from another goroutine")
//     fmt.Println("Hello from main goroutine")
//
// and, as the notes say, it may or may not print the other line, in
// either order: even with GOMAXPROCS=1, Go (and gocc's runtime) hands
// the P to the new goroutine when main's write system call lasts more
// than 20 us, or when main is preempted.  So that the test has one right
// answer in Go too, the other goroutine here is certainly still active,
// asleep, when main returns; it is killed and never prints.
package main

import (
    "fmt"
    "time"
)

func main() {
    started := make(chan bool)
    go func() {
        started <- true
        time.Sleep(time.Hour) // still asleep when main returns
        fmt.Println("Hello from another goroutine")
    }()
    <-started
    fmt.Println("Hello from main goroutine")

    // At this point the program execution stops and all
    // active goroutines are killed.
}
