// Statements: every form of for, if with init and else chains, switch
// (expression, tagless, with init, fallthrough), type switches, select,
// go, defer, labels with break/continue, goto, blocks, op=, ++/--.
package main

import "fmt"

type T struct{ a, b int }

func block() { select {} }

func main() {
	x := 0
	x++
	x--
	x += 2
	x -= 1
	x *= 3
	x /= 2
	x %= 5
	x &= 7
	x |= 8
	x ^= 1
	x <<= 2
	x >>= 1
	x &^= 4
	a, b := 1, 2
	a, b = b, a
	var arr [4]int
	arr[0], arr[1] = arr[1], arr[0]

	for {
		break
	}
	for x < 10 {
		x++
	}
	for i := 0; i < 3; i++ {
	}
	for i := 0; i < 3; {
		i++
	}
	for ; x < 20; x++ {
	}
	for ;; {
		break
	}
	for i, v := range []int{1, 2, 3} {
		_, _ = i, v
	}
	for k := range map[string]int{"a": 1} {
		_ = k
	}
	var i int
	for i = range arr {
	}
	_ = i
	for _, r := range "héllo" {
		_ = r
	}
	ch := make(chan int, 10)
	close(ch)
	for v := range ch {
		_ = v
	}

	if x > 0 {
	} else if x < 0 {
	} else {
	}
	if v, ok := map[int]int{}[1]; ok {
		_ = v
	}
	if t := (T{1, 2}); t.a == 1 {
	}
	if (T{1, 2}) == (T{1, 2}) {
	}
	if []int{1}[0] == 1 {
	}
	if func() bool { return true }() {
	}

	switch x {
	case 1, 2:
		fmt.Println("small")
		fallthrough
	case 3:
	default:
	}
	switch {
	case x > 1:
	}
	switch y := x * 2; y {
	case 4:
	}
	switch y := x; {
	case y > 0:
	}
	switch x := interface{}(x); v := x.(type) {
	case int, int64:
		_ = v
	case nil:
	case []int, map[string]int, *T, func(int) bool, chan int, <-chan int, struct{}, interface{ M() }:
	case error:
	default:
	}
	var e interface{} = 1
	switch e.(type) {
	}

	done := make(chan bool)
	c2 := make(chan int)
	go func() { c2 <- 1 }()
	select {
	case v := <-c2:
		_ = v
	case v, ok := <-c2:
		_, _ = v, ok
	case c2 <- 2:
	case <-done:
	default:
	}

outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
		}
	}
	goto end
end:
	{
		{
		}
	}
	;
	defer fmt.Println("deferred")
	defer func() {
		recover()
	}()
	go fmt.Println("go")
	return
}
