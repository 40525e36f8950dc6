// Method values bind their receiver when evaluated; method expressions take
// it as the first argument.
package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }
func (p *Point) Scale(k int)      { p.X *= k; p.Y *= k }
func (p Point) String() string    { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func apply(f func(Point) Point, p Point) Point { return f(p) }

func main() {
	p := Point{1, 2}
	add := p.Add
	p = Point{10, 20}
	fmt.Println(add(Point{1, 1}))
	scale := p.Scale
	scale(3)
	fmt.Println(p)
	addExpr := Point.Add
	fmt.Println(addExpr(Point{1, 1}, Point{2, 2}))
	scaleExpr := (*Point).Scale
	scaleExpr(&p, 2)
	fmt.Println(p)
	fmt.Println(apply(p.Add, Point{-60, -120}))
	str := p.String
	fmt.Println(str())
	var s fmt.Stringer = p
	f := s.String
	fmt.Println(f())
	fs := []func(int){scale, func(k int) { p.X += k }}
	for _, g := range fs {
		g(2)
	}
	fmt.Println(p)
}
