// Multiple results: tuple assignment, swap, passing f() to g(a, b), ignoring
// with _, named results and naked return.
package main

import (
	"fmt"
	"strconv"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func add(a, b int) int { return a + b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return
}

func parse(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, err
	}
	return n * 2, nil
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(add(divmod(17, 5)))
	fmt.Println(split(17))
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	xs := []int{1, 2, 3}
	i := 0
	i, xs[i] = 1, 9
	fmt.Println(i, xs)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)
	if v, err := parse("21"); err == nil {
		fmt.Println(v)
	}
	if _, err := parse("x"); err != nil {
		fmt.Println("error:", err)
	}
	m := map[string]int{"k": 1}
	v, ok := m["k"]
	fmt.Println(v, ok)
}
