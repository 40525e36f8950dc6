// Valid G touching most of the checker: interfaces, embedding, iota, init
// order, named results, variadics, comma-ok forms, type switches, closures,
// select, range over int, min/max, method values and expressions, labels.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

func (d Weekday) String() string { return [...]string{"Sun", "Mon", "Tue"}[d] }

var total = compute() + base

var base = 10

func compute() int { return base * 2 }

func divmod(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("div by zero")
		return
	}
	return a / b, a % b, nil
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	var s Shape = Rect{3, 4}
	fmt.Println(s.Area(), s.Perimeter(), Monday, Tuesday+0)
	c := Counter{n: map[string]int{}}
	c.Inc("a")
	q, r, err := divmod(7, 2)
	fmt.Println(q, r, err)
	fmt.Println(sum(1, 2, 3), sum([]int{4, 5}...))
	var f float64 = 1 << 3
	x := 1.5
	n := 3
	y := 1 << n
	fmt.Printf("%v %v %T %d\n", f, x, y, total)
	if v, ok := s.(Rect); ok {
		fmt.Println(v.W)
	}
	switch t := s.(type) {
	case Rect:
		fmt.Println("rect", t.H)
	default:
		fmt.Println(t)
	}
	ch := make(chan int, 3)
	done := make(chan struct{})
	go func() {
		for v := range ch {
			n += v
		}
		close(done)
	}()
	for i := range 3 {
		ch <- i
	}
	close(ch)
	<-done
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	case <-time.After(time.Millisecond):
	default:
	}
	m := map[string][]int{"a": {1, 2}}
	m["b"] = append(m["b"], 3)
	if _, ok := m["c"]; !ok {
		fmt.Println(len(m), min(3, n, 2), max(2.5, 1))
	}
	ps := []*Rect{{1, 2}, &Rect{3, 4}}
	fn := Rect.Area
	g := ps[0].Area
	fmt.Println(fn(*ps[1]), g(), strings.ToUpper("x"))
	var arr [4]int
	sl := arr[1:3]
	sl[0] = int(f) + 'a'
	b := []byte("hi")
	str := string(b) + string(rune(65))
	fmt.Println(str, sl, len(arr), cap(sl))
	var e error
	fmt.Println(e == nil, time.Duration(1500)*time.Millisecond)
	wg := sync.WaitGroup{}
	wg.Add(1)
	go func() { defer wg.Done() }()
	wg.Wait()
	const big = 1 << 100
	fmt.Println(big >> 98, 'x', 7/2.0)
	defer func() {
		if r := recover(); r != nil {
			os.Exit(3)
		}
	}()
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
}
