// Expressions: precedence of all binary and unary operators, composite
// literals (nested, elided types, keyed, &T{}), function literals,
// conversions, type assertions, index and 2/3-index slices, calls with
// ..., method values and expressions, receive.
package main

import (
	"fmt"
	"strings"
)

type P struct{ X, Y int }

func (p P) Sum() int   { return p.X + p.Y }
func (p *P) Inc()      { p.X++ }
func f(xs ...int) int  { return len(xs) }
func two() (int, int)  { return 1, 2 }
func add(a, b int) int { return a + b }

func main() {
	a, b, c := 1, 2, 3
	_ = a + b*c - a/b%c<<1>>1&b | c ^ a&^b
	_ = a == b || a != b && a < b || a <= b && a > b || a >= b
	_ = -a + +b - ^c
	_ = !(a < b)
	p := &a
	_ = *p
	s := []int{1, 2, 3, 4, 5}
	_ = s[1:3]
	_ = s[:2]
	_ = s[2:]
	_ = s[:]
	_ = s[1:2:3]
	_ = s[:2:4]
	arr := [...]string{"a", "b", 5: "f"}
	_ = arr[len(arr)-1]
	m := map[string][]P{"a": {{1, 2}, {X: 3}}, "b": nil}
	_ = m["a"][0].X
	pts := []*P{{1, 2}, &P{3, 4}}
	_ = pts
	mm := map[P]string{{1, 2}: "a"}
	_ = mm
	nested := [][]int{{1}, {2, 3}}
	_ = nested
	anon := struct {
		A int
		B string
	}{1, "x"}
	_ = anon
	fn := func(x int) int { return x * 2 }
	_ = fn(3)
	_ = func() int { return 1 }()
	var i interface{} = 1
	n, ok := i.(int)
	_, _ = n, ok
	_ = i.(fmt.Stringer)
	_ = float64(a) / 2.5
	_ = []byte("abc")
	_ = string(rune(65))
	_ = (*P)(nil)
	_ = (func())(nil)
	_ = interface{}(a)
	_ = map[string]int(nil)
	_ = f(s...)
	_ = f()
	_ = f(1, 2,
		3,
	)
	_ = add(two())
	q := P{1, 2}
	sum := q.Sum
	_ = sum()
	inc := (*P).Inc
	inc(&q)
	sumExpr := P.Sum
	_ = sumExpr(q)
	ch := make(chan int, 1)
	ch <- 1
	_ = <-ch
	v, ok2 := <-ch
	_, _ = v, ok2
	var rc <-chan int = ch
	_ = rc
	_ = make(chan<- int)
	_ = make(<-chan int)
	_ = make(chan func() int, 1)
	_ = make(map[string]func(), 10)
	_ = new(int)
	_ = new(P)
	_ = strings.Repeat("x", 3)
	_ = 1_000_000 + 0x_FF + 0o17 + 0b1010 + 017
	_ = 1.5e3 + .5 + 1. + 0x1p-2
	_ = 'a' + '\n' + '\x41' + '\u00e9'
	_ = "a\tb" + `raw
string`
	fmt.Println(len(s), cap(s), append(s, 1, 2), copy(s, s))
	delete(m, "a")
	var fns []func() int
	fns = append(fns, func() int { return 0 })
	_ = fns[0]()
	_ = [2]func(){}
	_ = []func() int{func() int { return 1 }}
	_ = map[string]struct{}{"a": {}}
	x := &struct{ n int }{n: 1}
	x.n++
	(*x).n = 2
	p2 := &P{}
	p2.X, p2.Y = p2.Y, p2.X
	println(a, b)
	print()
}
