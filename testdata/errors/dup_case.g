package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1:
	case 2, 1: // ERROR 10 "duplicate case 1 \(constant of type int\) in expression switch"
	}
	var i interface{} = x
	switch i.(type) {
	case int:
	case string, int: // ERROR 15 "duplicate case int in type switch"
	}
	fmt.Println(x)
}
