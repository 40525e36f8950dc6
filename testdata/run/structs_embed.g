// Structs, embedding, promoted fields and methods, shadowing of promoted
// names, struct comparison, anonymous structs.
package main

import "fmt"

type Animal struct {
	Name string
	Legs int
}

func (a Animal) Describe() string {
	return fmt.Sprintf("%s has %d legs", a.Name, a.Legs)
}

func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

type Robot struct {
	*Animal
	Model string
	Legs  int
}

func main() {
	d := Dog{Animal{"Rex", 4}, "lab"}
	fmt.Println(d.Name, d.Legs, d.Breed)
	fmt.Println(d.Describe())
	d.Rename("Max")
	fmt.Println(d.Animal.Name, d.Describe())
	r := Robot{&Animal{"R2", 3}, "astromech", 0}
	fmt.Println(r.Legs, r.Animal.Legs, r.Describe())
	r.Rename("D2")
	fmt.Println(r.Name)
	fmt.Printf("%v\n%+v\n", d, d)
	p1 := Animal{"a", 1}
	p2 := Animal{Name: "a", Legs: 1}
	fmt.Println(p1 == p2)
	anon := struct {
		X, Y int
	}{3, 4}
	fmt.Println(anon, anon.X*anon.Y)
	var zero Dog
	fmt.Printf("%+v %q\n", zero, zero.Name)
	pd := &d
	pd.Legs = 3
	fmt.Println(d.Legs, (*pd).Breed)
}
