// Lecture 004: go list.Sort() -- list completed as a student would.
package main

import (
    "fmt"
    "sort"
    "time"
)

type List []int

func (l List) Sort() { sort.Ints(l) }

func main() {
    list := List{3, 1, 2}
    go list.Sort() // Run list.Sort in parallel; don’t wait for it.
    time.Sleep(100 * time.Millisecond)
    fmt.Println(list)
}
