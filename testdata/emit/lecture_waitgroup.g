// Lecture 002: sync.WaitGroup.
package main

import (
    "fmt"
    "sync"
)

func sayHello(wg *sync.WaitGroup) {
    defer wg.Done() // Уменьшение счетчика горутин
    fmt.Println("Hello, world!")
}

func main() {
    var wg sync.WaitGroup

    wg.Add(1) // Увеличение счетчика горутин
    go sayHello(&wg)

    wg.Wait() // Ожидание завершения всех горутин
}
