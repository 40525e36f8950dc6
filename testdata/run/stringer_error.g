// fmt honours String() and Error(): in Println, %v, %s, inside slices,
// maps and structs' fields, and through pointers.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", float64(*t)) }

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found: " + e.Key }

func find(k string) error {
	if k == "x" {
		return nil
	}
	return &NotFound{k}
}

type Pair struct {
	C Color
	N int
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d\n", Green, Green, Green)
	fmt.Println([]Color{Red, Green})
	fmt.Println(map[Color]int{Green: 2, Red: 1})
	fmt.Println(Pair{Blue, 1})
	t := Temp(21.5)
	fmt.Println(&t)
	err := find("y")
	fmt.Println(err)
	fmt.Printf("%v|%s\n", err, err)
	fmt.Println(find("x") == nil, find("x"))
	var nf *NotFound
	if errors.As(err, &nf) {
		fmt.Println("key:", nf.Key)
	}
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err)
	base := errors.New("base")
	fmt.Println(errors.Is(fmt.Errorf("ctx: %w", base), base), errors.Is(err, base))
	s := fmt.Sprint(Blue, " ", Red)
	fmt.Println(s, len(s))
}
