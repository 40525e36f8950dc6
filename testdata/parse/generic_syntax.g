// Generics parse (the checker will reject them with "generics are not
// supported"), in functions, types and receivers.
package main

type Number interface {
	~int | ~int64 | float64
}

type Stack[T any] struct {
	items []T
}

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Sum[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func main() {
	_ = Sum([]int{1, 2})
}
