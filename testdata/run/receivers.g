// Value receivers get a copy; pointer receivers modify; Go takes the address
// or dereferences automatically.
package main

import "fmt"

type Counter struct{ n int }

func (c Counter) IncVal()    { c.n++ }
func (c *Counter) IncPtr()   { c.n++ }
func (c Counter) Get() int   { return c.n }
func (c *Counter) Reset() *Counter {
	c.n = 0
	return c
}

type List []int

func (l List) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *List) Push(v int) { *l = append(*l, v) }

func main() {
	var c Counter
	c.IncVal()
	fmt.Println(c.Get())
	c.IncPtr()
	c.IncPtr()
	fmt.Println(c.Get())
	p := &c
	p.IncVal()
	p.IncPtr()
	fmt.Println(p.Get(), c.n)
	fmt.Println(p.Reset().Get())
	var l List
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum())
	cs := []Counter{{1}, {2}}
	for _, x := range cs {
		x.IncPtr()
	}
	fmt.Println(cs)
	for i := range cs {
		cs[i].IncPtr()
	}
	fmt.Println(cs)
}
