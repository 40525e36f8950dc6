// %#v (Go syntax), %#x, %+q, %x on strings, %v of nested pointers' fields.
package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type Kind int

func main() {
	p := P{1, 2, "pt"}
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v %#v %#v %#v\n", "s", 42, 1.5, true)
	fmt.Printf("%#v %#v\n", Kind(3), []string(nil))
	fmt.Printf("%#x %#o %#b\n", 255, 8, 5)
	fmt.Printf("%+q %q\n", "héllo", 'é')
	fmt.Printf("%x %X\n", "hello", []byte("hi"))
	fmt.Printf("%#v\n", struct{ A []P }{[]P{{}}})
	fmt.Printf("%v %+v\n", []*int(nil), struct{ P *P }{nil})
	fmt.Printf("%08.3f|%-8d|%+5d|% d\n", 3.14159, 42, 42, 42)
	fmt.Printf("%3c|%-4q|%6.2v\n", 'x', 'y', 3.14159)
}
