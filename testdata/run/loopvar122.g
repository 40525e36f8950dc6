// golden: by hand (Go 1.22 semantics: each iteration has its own loop
// variable; Go 1.19 would print 3 3 3 and 3 3 3).
package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Println(f())
	}
	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Println(g())
	}
	// Changing the variable inside the body affects that iteration only.
	var ps []*int
	for i := 0; i < 6; i++ {
		ps = append(ps, &i)
		i++
	}
	for _, p := range ps {
		fmt.Println(*p)
	}
}
