// The tree shape of Go's five precedence levels, unary operators,
// receive, composite literals in headers and type switches.
package main
// go-check: syntax (not type-correct: only the tree shape matters)

type T struct{ a int }

func main() {
	a, b, c, d := 1, 2, 3, 4
	_ = a || b && c == d+a*-b<<c
	_ = a*b + c*d
	_ = a - b - c
	_ = !a && <-ch == *p || ^a&^b != 0
	if x := (T{1}); x.a > 0 {
	}
	for _, v := range []T{{1}} {
		_ = v
	}
	switch v := i.(type) {
	case *T, []int:
		_ = v
	}
	s[1:2:3], m[k] = f(xs...), T{a: 1}
}
