// Lecture 002: go sayHello() (package, imports and sayHello completed).
package main

import (
    "fmt"
    "time"
)

func sayHello() {
    fmt.Println("Hello, world!")
}

func main() {
    go sayHello() // Запуск функции в горутине
    time.Sleep(1 * time.Second) // Ожидание, чтобы горутина успела завершиться
}
