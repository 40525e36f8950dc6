// Pointers: new, &x of locals that outlive their frame, pointers to struct
// fields and array elements, pointer to pointer, nil checks.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func newInt(v int) *int {
	x := v
	return &x
}

func push(head **Node, v int) {
	*head = &Node{v, *head}
}

func main() {
	p := new(int)
	fmt.Println(*p)
	*p = 5
	q := p
	*q += 1
	fmt.Println(*p, p == q)
	a, b := newInt(1), newInt(1)
	fmt.Println(*a == *b, a == b)
	var head *Node
	for i := 1; i <= 4; i++ {
		push(&head, i)
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	e := &arr[1]
	*e = 20
	fmt.Println(arr)
	type S struct{ A, B int }
	s := S{1, 2}
	fb := &s.B
	*fb = 7
	fmt.Println(s)
	ps := &s
	ps.A = 9
	fmt.Println(s, *ps)
	sl := []int{1, 2, 3}
	e2 := &sl[0]
	sl[0] = 100
	fmt.Println(*e2)
	pp := &p
	**pp = 42
	fmt.Println(*p)
	var np *Node
	fmt.Println(np == nil, np)
}
