// recover returns the value passed to panic; a recovered function returns
// normally (with its named results as the deferred function left them).
package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	q = a / b
	return q, nil
}

func kinds(v interface{}) (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprintf("%T %v", r, r)
	}()
	panic(v)
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(kinds(42))
	fmt.Println(kinds("boom"))
	fmt.Println(kinds(errors.New("an error")))
	fmt.Println(recover())
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
			fmt.Println("again:", recover())
		}()
		var s []int
		_ = s[3]
	}()
	fmt.Println("still running")
}
