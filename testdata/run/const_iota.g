// Constants: iota in its forms, typed and untyped constants, big untyped
// arithmetic that is exact until it is converted.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
)

const Big = 1 << 100
const Huge = Big * Big
const Pi = 3.14159265358979323846264338327950288419716939937510582097494459
const third = 1.0 / 3

func main() {
	fmt.Println(Sunday, Monday, Tuesday)
	fmt.Printf("%T\n", Tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x0, x1, x2)
	fmt.Println(Big >> 98, Huge / Big / Big)
	fmt.Println(Pi)
	var f32 float32 = Pi
	fmt.Println(f32)
	fmt.Println(third * 3 == 1)
	const typed int64 = 7
	fmt.Printf("%T %T %T %T\n", typed, 7, 7.0, 'x')
	var u8 uint8 = 200
	fmt.Println(u8 + 55)
	fmt.Println(10 / 3, 10.0 / 3, 10 % 3, -7 / 2, -7 % 2)
}
