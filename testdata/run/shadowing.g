// Blocks and shadowing: if/for/switch scopes, := in inner blocks, shadowed
// package names and types.
package main

import "fmt"

var x = "package"

func main() {
	fmt.Println(x)
	x := "main"
	fmt.Println(x)
	{
		x := "block"
		fmt.Println(x)
		x = "block2"
		_ = x
	}
	fmt.Println(x)
	if x := 5; x > 3 {
		fmt.Println("if", x)
	} else {
		fmt.Println("else", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 10
		fmt.Println("for", x)
	}
	switch x := 3.5; {
	case x > 3:
		fmt.Println("switch", x)
	}
	err := fmt.Errorf("outer")
	if true {
		err := fmt.Errorf("inner")
		_ = err
	}
	fmt.Println(err)
	len := func(s string) int { return 42 }
	fmt.Println(len("abc"))
	type int = string
	var y int = "an int that is a string"
	fmt.Println(y)
	true := false
	fmt.Println(true)
}
