// golden: by hand (Go 1.22: range over an integer, min, max, clear).
package main

import "fmt"

func main() {
	sum := 0
	for i := range 5 {
		sum += i
	}
	fmt.Println(sum)
	n := 0
	for range 3 {
		n++
	}
	fmt.Println(n)
	for i := range 0 {
		fmt.Println("never", i)
	}
	fmt.Println(min(3, 1, 2), max(3, 1, 2), min(2.5, 1.5), max("a", "b"))
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	s := []int{1, 2, 3}
	clear(s)
	fmt.Println(s, len(s))
	var k int64 = 4
	for j := range k {
		fmt.Printf("%T %d\n", j, j)
		break
	}
}
