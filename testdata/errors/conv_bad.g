package main

import "fmt"

type Celsius float64

func main() {
	s := "12"
	n := int(s) // ERROR 11 "cannot convert s \(variable of type string\) to type int"
	var c Celsius = 3
	var f float64 = c // ERROR 18 "cannot use c \(variable of type Celsius\) as type float64 in variable declaration"
	b := []byte(5.5) // ERROR 14 "cannot convert 5.5 \(untyped float constant\) to type \[\]byte"
	fmt.Println(n, f, b)
}
