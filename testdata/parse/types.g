// Types in every position: function types with results, channels of
// channels with all directions, pointers, arrays of maps, nested structs,
// interfaces with embedded interfaces.
package main

type (
	F1 func()
	F2 func() int
	F3 func(int) (int, error)
	F4 func(a, b int, c ...string) (x int, err error)
	F5 func() func() int
	F6 func() *int
	F7 func() []int
	F8 func() <-chan int
	F9 func(func(int) int) func() (int)
	C1 chan int
	C2 chan<- int
	C3 <-chan int
	C4 chan<- chan int
	C5 chan (<-chan int)
	C6 <-chan <-chan int
	C7 chan []map[string]*int
	A1 [10]map[string][]*struct{ x int }
	A2 [2 * 3]int
	M1 map[[2]int]func() string
	S1 struct {
		a struct {
			b struct{ c int }
		}
		f func(int) int
		ch <-chan struct{}
	}
	I1 interface {
		I2
		M(a int, b ...string) (int, error)
		N()
	}
	I2 interface{ Error() string }
	E  interface{}
)

func apply(f func(int) int, x int) int { return f(x) }

func ret() (func() int, error) { return nil, nil }

func main() {
	var f F1 = func() {}
	f()
	_ = apply(func(x int) int { return x + 1 }, 1)
	var c5 C5
	_ = c5
}
