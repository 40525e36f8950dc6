// The arguments of go and defer are evaluated at the statement, in the
// calling goroutine; the call happens later.  Every print is ordered by a
// channel operation, so the output is the same under any schedule.
package main

import "fmt"

// show waits for a go-ahead on start (when there is one), prints, and
// says it is done (when asked to).
func show(tag string, v int, start, done chan bool) {
	if start != nil {
		<-start
	}
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
	go show("go", x, nil, done)
	x = 100
	<-done

	// next(&n) runs here, before the statement after the go statement;
	// the new goroutine prints only once main has printed n.
	n := 0
	start := make(chan bool)
	go show("go-call", next(&n), start, done)
	fmt.Println("n after go statement:", n)
	start <- true
	<-done

	func() {
		y := 10
		defer show("defer", y, nil, nil)
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
