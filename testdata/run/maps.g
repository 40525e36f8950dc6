// Maps: comma-ok, delete, len, iteration (summed: the order is random),
// maps of slices and of structs, fmt prints keys sorted.
package main

import "fmt"

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["four"]
	fmt.Println(v, ok)
	delete(m, "one")
	delete(m, "nothing")
	fmt.Println(len(m), m)
	sum := 0
	keys := 0
	for k, v := range m {
		sum += v
		keys += len(k)
	}
	fmt.Println(sum, keys)
	counts := map[rune]int{}
	for _, r := range "abracadabra" {
		counts[r]++
	}
	fmt.Println(counts['a'], counts['b'], counts['z'], len(counts))
	groups := map[bool][]int{}
	for i := 0; i < 6; i++ {
		groups[i%2 == 0] = append(groups[i%2 == 0], i)
	}
	fmt.Println(groups)
	type P struct{ X, Y int }
	pm := map[P]string{{1, 2}: "a", {0, 0}: "origin"}
	fmt.Println(pm[P{1, 2}], pm[P{0, 0}], len(pm))
	fmt.Println(map[int]bool{3: true, 1: false, 2: true})
	nested := map[string]map[string]int{"x": {"y": 1}}
	nested["x"]["z"] = 2
	fmt.Println(nested)
	mm := m
	mm["shared"] = 10
	fmt.Println(m["shared"])
	for k := range m {
		delete(m, k)
	}
	fmt.Println(len(m))
}
