// Assignability between a named type and an unnamed one of the same
// layout (spec "Assignability"): struct, pointer, array, slice, map and
// func values cross in both directions, also through map elements,
// arguments, results and channel sends.
package main

import "fmt"

type Empty struct{}
type Point struct{ X, Y int }
type PP *Point
type Arr [3]int
type Fn func(int) int
type Set map[string]struct{}

func norm(p struct{ X, Y int }) int { return p.X*p.X + p.Y*p.Y }

func mk() Point { return struct{ X, Y int }{3, 4} }

func main() {
	set := map[string]struct{}{}
	set["a"] = struct{}{}
	set["b"] = Empty{}
	var e Empty = struct{}{}
	var s Set = set
	fmt.Println(len(set), e, len(s))

	var anon struct{ X, Y int } = Point{1, 2}
	var p Point = anon
	fmt.Println(anon, p, norm(p), mk())

	pts := map[string]struct{ X, Y int }{}
	pts["q"] = Point{5, 6}
	fmt.Println(pts)

	var pp PP = &p
	var q *Point = pp
	q.X = 10
	fmt.Println(p, *pp)

	var a Arr = [3]int{1, 2, 3}
	var b [3]int = a
	b[0] = 9
	fmt.Println(a, b)

	var f Fn = func(x int) int { return x * 2 }
	var g func(int) int = f
	fmt.Println(f(2), g(3))

	ch := make(chan struct{ X, Y int }, 1)
	ch <- Point{7, 8}
	fmt.Println(<-ch)
}
