// Lecture 002: two goroutines printing numbers.
package main

import (
    "fmt"
    "time"
)

func printNumbers() {
    for i := 1; i <= 5; i++ {
        fmt.Println(i)
        time.Sleep(500 * time.Millisecond)
    }
}

func main() {
    go printNumbers() // Запуск первой горутины
    go printNumbers() // Запуск второй горутины
    time.Sleep(3 * time.Second) // Ожидание, чтобы обе горутины успели завершиться
}
