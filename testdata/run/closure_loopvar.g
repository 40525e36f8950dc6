// Closures over loop variables, made Go-1.19-safe by copying (i := i) and by
// passing the value as an argument.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var wg sync.WaitGroup
	res := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			res[k] = k * 10
		}(i)
	}
	wg.Wait()
	fmt.Println(res)
	// A closure shares the variable, not a copy.
	x := 1
	inc := func() { x++ }
	inc()
	inc()
	fmt.Println(x)
}
