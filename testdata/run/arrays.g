// Arrays are values: assignment and passing copy them; comparison with ==.
package main

import "fmt"

func double(a [3]int) [3]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func doubleP(a *[3]int) {
	for i := range a {
		a[i] *= 2
	}
}

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	fmt.Println(a, b)
	c := double(a)
	fmt.Println(a, c)
	doubleP(&a)
	fmt.Println(a)
	fmt.Println(a == [3]int{2, 4, 6}, a != c)
	var m [2][3]string
	m[1][2] = "x"
	fmt.Println(m, len(m), len(m[0]))
	d := [...]string{2: "two", 0: "zero"}
	fmt.Println(len(d), d)
	fmt.Printf("%q\n", d)
	type Pt struct{ X, Y int }
	ps := [2]Pt{{1, 2}, {3, 4}}
	qs := ps
	qs[0].X = 9
	fmt.Println(ps, qs)
	sum := 0
	for _, v := range [5]int{1, 2, 3, 4, 5} {
		sum += v
	}
	fmt.Println(sum)
}
