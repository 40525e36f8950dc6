package main

import "fmt"

func main() {
	x := 3.5
	for i := range x { // ERROR 17 "cannot range over x \(variable of type float64\)"
		fmt.Println(i)
	}
}
