// Each goroutine recovers its own panic; the program continues.
package main

import (
	"fmt"
	"sync"
)

func safely(id int, f func(), errs []string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			errs[id] = fmt.Sprint(r)
		}
	}()
	f()
}

func main() {
	errs := make([]string, 4)
	var wg sync.WaitGroup
	wg.Add(4)
	go safely(0, func() { panic("zero") }, errs, &wg)
	go safely(1, func() {}, errs, &wg)
	go safely(2, func() {
		var m map[int]int
		m[1] = 1
	}, errs, &wg)
	go safely(3, func() {
		a := []int{}
		i := 3
		_ = a[i]
	}, errs, &wg)
	wg.Wait()
	for i, e := range errs {
		fmt.Printf("%d %q\n", i, e)
	}
}
