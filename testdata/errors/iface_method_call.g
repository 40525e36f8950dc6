package main

type Animal interface{ Sound() string }

type Dog struct{}

func (d Dog) Sound() string { return "woof" }

func main() {
	var a Animal = Dog{}
	a.Run() // ERROR 4 "a.Run undefined \(type Animal has no field or method Run\)"
	var d Dog = a // ERROR 14 "cannot use a \(variable of type Animal\) as type Dog in variable declaration: need type assertion"
	_ = d
}
