// A WaitGroup waited on but never done: the worker returns without Done.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		fmt.Println("working")
	}()
	wg.Wait()
}
