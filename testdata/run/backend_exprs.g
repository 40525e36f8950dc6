// backend_exprs: the expressions a back end must build with care, for both
// back ends (C and libgccjit): conditional values inside loop conditions
// and && / ||, variable shifts and divisions (their guards are x ? y : z),
// empty structs as values, strings holding NUL bytes, results that survive
// a recovered panic, and calls whose arguments need statements of their own.
package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() int }

type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Empty struct{}

func shift(x int64, n uint) int64 { return x << n >> (n / 2) }

func div(a, b int) (q, r int) { return a / b, a % b }

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func count(shapes []Shape) int {
	n := 0
	// the loop condition asks for the dynamic type (a conditional value)
	for i := 0; i < len(shapes) && shapes[i] != nil; i++ {
		if _, ok := shapes[i].(Sq); ok && shapes[i].Area() > 3 {
			n++
		}
	}
	return n
}

func pair(a, b int) string { return fmt.Sprint(a, ":", b) }

func main() {
	var shapes []Shape
	for i := 1; i <= 4; i++ {
		shapes = append(shapes, Sq{i})
	}
	shapes = append(shapes, nil, Sq{9})
	fmt.Println("count", count(shapes))

	var k uint
	for k = 0; shift(1, k) < 1000 && k < 70; k += 7 {
		fmt.Print(shift(1, k), " ")
	}
	fmt.Println(shift(-8, 65), shift(3, 64))

	for _, b := range []int{3, -1, 7} {
		q, r := div(-9223372036854775807-1, b)
		fmt.Println(q, r)
	}
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))

	set := map[string]struct{}{}
	set["a"] = struct{}{}
	set["b"] = struct{}{}
	ch := make(chan Empty, 2)
	ch <- Empty{}
	e := <-ch
	arr := [3]Empty{}
	fmt.Println(len(set), e, arr, len(arr))

	s := "a\x00b\x00\xffc"
	fmt.Println(len(s), strings.Count(s, "\x00"), []byte(s))
	fmt.Printf("%q\n", s+"\x00")

	// an argument with a call before one that needs a conditional value
	var sh Shape = Sq{2}
	i := 0
	next := func() int { i++; return i }
	fmt.Println(pair(next(), next()), sh != nil && sh.Area() == 4, i)
	xs := []int{1, 2, 3, 4, 5}
	lo := 1
	for len(xs[lo:]) > 2 {
		xs = xs[lo:]
	}
	fmt.Println(xs, cap(xs[len(xs):]))
}
