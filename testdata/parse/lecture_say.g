// Lecture 000: goroutines (the notes omit the package clause).
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
    
    say("hello")
}
