// append: growth of capacity as Go 1.19 does it for small slices, sharing
// of the backing array, nil slices.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s))
	prev := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != prev {
			fmt.Println("len", len(s), "cap", cap(s))
			prev = cap(s)
		}
	}
	a := make([]int, 3, 10)
	b := append(a, 4)
	c := append(a, 5)
	fmt.Println(b[3], c[3], len(a))
	d := []int{1, 2, 3}
	e := append(d, 4)
	e[0] = 99
	fmt.Println(d, e)
	d = append(d, d...)
	fmt.Println(d)
	var strs []string
	strs = append(strs, "a", "b")
	strs = append(strs, []string{"c", "d"}...)
	fmt.Println(strs, len(strs))
	bs := append([]byte("hi "), "there"...)
	fmt.Println(string(bs))
}
