// sort: Ints, Strings, Slice (and SliceStable with ties), Search.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	xs := []int{5, 2, 8, -1, 2, 9}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs))
	ss := []string{"pear", "apple", "fig", "Banana"}
	sort.Strings(ss)
	fmt.Println(ss)
	people := []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 35}, {"Di", 25}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age > people[j].Age })
	fmt.Println(people[0], people[1])
	// sort.Slice is not stable: Bo and Di may be in any order now.  A fresh
	// slice for the stable sort, whose ties must keep their order.
	people = []Person{{"Al", 30}, {"Bo", 25}, {"Cy", 35}, {"Di", 25}, {"Ed", 30}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	fmt.Println(sort.SearchInts(xs, 8), sort.Search(len(xs), func(i int) bool { return xs[i] >= 3 }))
	words := []string{"ccc", "a", "bb"}
	sort.Slice(words, func(i, j int) bool { return len(words[i]) < len(words[j]) })
	fmt.Println(words)
}
