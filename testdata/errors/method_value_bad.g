package main

type T struct{}

func (t *T) M() {}

func main() {
	T{}.M() // ERROR 6 "cannot call pointer method M on T"
	f := T.M // ERROR 9 "cannot call pointer method M on T"
	_ = f
}
