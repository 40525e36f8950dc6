// Type assertions: to concrete types and to interfaces, with comma-ok.
package main

import "fmt"

type Named interface{ Name() string }
type Person struct{ name string }

func (p Person) Name() string { return p.name }

func main() {
	var i interface{} = Person{"ann"}
	p, ok := i.(Person)
	fmt.Println(p.name, ok)
	s, ok := i.(string)
	fmt.Printf("%q %v\n", s, ok)
	n, ok := i.(Named)
	fmt.Println(n.Name(), ok)
	_, ok = i.(fmt.Stringer)
	fmt.Println(ok)
	var nilI interface{}
	_, ok = nilI.(int)
	fmt.Println(ok)
	var named Named = Person{"bob"}
	if pp, ok := named.(Person); ok {
		fmt.Println("person", pp.name)
	}
	f := i.(Person).Name()
	fmt.Println(f)
	vals := []interface{}{1, "two", 3.0, 4}
	sum := 0
	for _, v := range vals {
		if k, ok := v.(int); ok {
			sum += k
		}
	}
	fmt.Println(sum)
}
