// Declarations: package, imports (single, grouped, aliased), grouped
// const/var/type, iota, methods with value and pointer receivers, struct
// embedding and tags, interfaces with embedding, init functions.
package main

import "fmt"
import (
	"errors"
	str "strings"
	_ "time"
)

const Pi = 3.14159
const (
	A = iota
	B
	C
	_
	E
)
const (
	KB int64 = 1 << (10 * (iota + 1))
	MB
)
const x, y = 1, "two"

var global int
var (
	a, b  = 1, 2
	c     float64
	d     = []string{"x", "y"}
	m     map[string]int
	ch    chan<- int
	rch   <-chan int
	cch   chan (<-chan int)
	ptr   *int
	arr   [3]int
	arr2  [2][2]bool
	fn    func(int, string) (bool, error)
	empty struct{}
	any1  interface{}
	any2  any
)

type (
	Point struct {
		X, Y int
		Name string `json:"name"`
		Z    int    "json:\"z\""
	}
	Named  Point
	Alias  = Point
	Stack  []int
	Handle func(x int) int
	Shape  interface {
		Area() float64
		Perimeter() float64
	}
	Solid interface {
		Shape
		fmt.Stringer
		Volume() float64
	}
)

type Base struct{ id int }

type Derived struct {
	Base
	*Point
	fmt.Stringer
	extra, more int
}

func (p Point) String() string { return fmt.Sprint(p.X, p.Y) }

func (p *Point) Move(dx, dy int) {
	p.X += dx
	p.Y += dy
}

func (Stack) Len() int { return 0 }

func (s *Stack) Push(v int) { *s = append(*s, v) }

func init() {
	global = 42
}

func variadic(prefix string, xs ...int) (n int, err error) {
	for _, x := range xs {
		n += x
	}
	if n < 0 {
		err = errors.New(prefix)
	}
	return
}

func noNames(int, string) {}

func results() (int, string, error) { return 0, "", nil }

func main() {
	var p Point
	p.Move(1, 2)
	n, err := variadic("x", 1, 2, 3)
	fmt.Println(p, n, err, str.ToUpper("a"), A, B, C, E, KB, MB, Pi, x, y)
	var s Stack
	s.Push(1)
	noNames(1, "")
	type local struct{ v int }
	const lc = 3
	var lv local
	_ = lv
}
