// Tracebacks: an unrecovered panic in a goroutine prints its frames with
// their .g lines, innermost first: a method, 40 frames of recursion (more
// than the first 2 KB stack segment holds, so the walk crosses segments),
// a closure, and the `go` statement that started it ("created by").
package main

import "time"

type T struct{ m map[string]int }

func (t *T) set(k string) {
	t.m[k] = 1
}

func down(n int, t *T) int {
	if n == 0 {
		t.set("x")
		return 0
	}
	return down(n-1, t) + 1
}

func main() {
	f := func() {
		down(40, &T{})
	}
	go f()
	time.Sleep(time.Second)
}
