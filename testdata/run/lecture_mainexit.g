// Lecture 004: main returning kills the other goroutines.  With
// GOMAXPROCS=1 (NAME.env) the goroutine never gets to run: one line.
package main

import "fmt"

func main() {
    go fmt.Println("Hello from another goroutine")
    fmt.Println("Hello from main goroutine")

    // At this point the program execution stops and all
    // active goroutines are killed.
}
