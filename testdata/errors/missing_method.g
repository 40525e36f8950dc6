package main

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return 3 * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 6 * c.r }

func main() {
	var s Shape = Square{2} // ERROR 16 "cannot use Square.* \(value of type Square\) as type Shape in variable declaration: Square does not implement Shape \(missing Perimeter method\)"
	var t Shape = Circle{1} // ERROR 16 "Circle does not implement Shape \(Area method has pointer receiver\)"
	_, _ = s, t
}
