package main

type T struct{ x int }

func (t T) Get() int { return t.x }

func (t *T) Get() int { return t.x } // ERROR 13 "T.Get redeclared in this block"

func main() {}
