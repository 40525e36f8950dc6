// Lecture 003: go with a function declaration and a function literal
// (wrapped in main, with foo, delay and message declared).  The delay is
// long enough (100 ms) that foo prints first even on a loaded machine.
package main

import (
    "fmt"
    "time"
)

func foo() { fmt.Println("foo") }

func main() {
    delay := 100 * time.Millisecond
    message := "hello"
    go foo()                    // использование function declaration
    go func() {                 // использование function literal
            time.Sleep(delay)
            fmt.Println(message)
    }()                         // Важно, что ставяться скобки () - необходимо вызвать function
    time.Sleep(300 * time.Millisecond)
}
