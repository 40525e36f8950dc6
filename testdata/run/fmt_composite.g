// fmt on composite values: structs (%v %+v), pointers to structs, slices,
// arrays, maps (sorted keys), nested values, nil values, %T of them.
package main

import (
	"fmt"
	"os"
)

type P struct {
	X, Y int
}

type Node struct {
	Val  int
	Next *Node
	Tags []string
	Meta map[string]int
}

func main() {
	p := P{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %T %T\n", p, p, p, &p)
	fmt.Printf("%v %+v\n", &p, &p)
	fmt.Println([]P{{1, 2}, {3, 4}}, [2]bool{true})
	fmt.Println(map[string]P{"b": {2, 2}, "a": {1, 1}})
	fmt.Println(map[int]string{10: "x", -1: "y", 3: "z"})
	fmt.Println(map[float64]int{2.5: 1, -1: 2})
	n := Node{Val: 1, Tags: []string{"a", "b"}, Meta: map[string]int{"k": 1}}
	fmt.Printf("%v\n%+v\n", n, n)
	var np *Node
	var m map[string]int
	var s []int
	var e error
	var i interface{}
	fmt.Println(np, m, s, e, i)
	fmt.Printf("%v %v %v %v %d\n", np, m, s, e, s)
	fmt.Println([][]int{{1}, {2, 3}, nil})
	fmt.Println(struct {
		A string
		B []int
	}{"x", []int{1}})
	fmt.Printf("%s %q\n", []string{"a", "b"}, []string{"a", "b"})
	fmt.Printf("%d %x\n", []int{10, 11}, []int{10, 11})
	fmt.Fprintln(os.Stdout, "to stdout", p)
	fmt.Fprintf(os.Stdout, "%v|%6v|%-6v|\n", p, 42, "ab")
	type Inner struct{ A int }
	type Outer struct {
		Inner
		P *Inner
	}
	fmt.Printf("%+v\n", Outer{Inner{1}, nil})
	fmt.Println(interface{}(p), []interface{}{1, "a", nil, 2.5, P{}})
}
