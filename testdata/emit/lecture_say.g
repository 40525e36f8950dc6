// Lecture 000: goroutines (the notes omit the package clause).  The note
// shows the output; the golden equals it.  As written, "world" and "hello"
// wake at the same instants and their order is a coin toss (in Go too), so
// main waits 50 ms before saying hello: then the note's order is the only one.
package main

import (
    "fmt"
    "time"
)

func say(s string) {
    for i := 0; i < 3; i++ {
        time.Sleep(100 * time.Millisecond)
        fmt.Println(s)
    }
}

func main() {
    go say("world")

    go func(msg string) {
        fmt.Println(msg)
    }("going")
    
    time.Sleep(50 * time.Millisecond)
    say("hello")
}
