// The arguments of go and defer are evaluated at the statement, in the
// calling goroutine; the call happens later.
package main

import "fmt"

func show(tag string, v int, done chan bool) {
	fmt.Println(tag, v)
	if done != nil {
		done <- true
	}
}

func next(p *int) int {
	*p++
	return *p
}

func main() {
	x := 1
	done := make(chan bool)
	go show("go", x, done)
	x = 100
	<-done
	n := 0
	go show("go-call", next(&n), done)
	fmt.Println("n after go statement:", n)
	<-done
	func() {
		y := 10
		defer show("defer", y, nil)
		y = 20
		fmt.Println("y is", y)
	}()
	s := []int{1, 2, 3}
	go func(v []int, k int) {
		fmt.Println(v[0], k)
		done <- true
	}(s, len(s))
	<-done
}
