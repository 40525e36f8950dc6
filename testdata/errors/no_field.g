package main

import "fmt"

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

func main() {
	p := Point{1, 2}
	fmt.Println(p.Z) // ERROR 16 "p.Z undefined \(type Point has no field or method Z\)"
	fmt.Println(p.sum()) // ERROR 16 "p.sum undefined \(type Point has no field or method sum, but does have Sum\)"
	q := Point{X: 1, W: 2} // ERROR 19 "unknown field .W. in struct literal of type Point"
	r := Point{1} // ERROR 14 "too few values in Point.*"
	_, _ = q, r
}
