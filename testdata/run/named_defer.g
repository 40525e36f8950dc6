// Deferred functions run last-in first-out, see and modify named results,
// and their arguments are fixed at the defer statement.
package main

import "fmt"

func triple() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func args() {
	x := 1
	defer fmt.Println("x at defer:", x)
	x = 2
	defer func() { fmt.Println("x in closure:", x) }()
	x = 3
}

type res struct{ name string }

func (r *res) Close() { fmt.Println("close", r.name) }

func use() (err error) {
	a := &res{"a"}
	defer a.Close()
	b := &res{"b"}
	defer b.Close()
	defer func() {
		if err != nil {
			err = fmt.Errorf("wrapped: %v", err)
		}
	}()
	return fmt.Errorf("failed")
}

func main() {
	fmt.Println(triple())
	order()
	args()
	fmt.Println(use())
}
