package main

type P *int

func (p P) M() {} // ERROR 7 "invalid receiver type P \(pointer or interface type\)"

func (x int) N() {} // ERROR 7 "cannot define new methods on non-local type int"

type I interface{ M() }

func (i I) K() {} // ERROR 7 "invalid receiver type I \(pointer or interface type\)"

func main() {}
