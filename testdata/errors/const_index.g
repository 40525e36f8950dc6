package main

import "fmt"

func main() {
	var a [3]int
	fmt.Println(a[5]) // ERROR 16 "invalid argument: index 5 out of bounds \[0:3\]"
	s := []int{1}
	fmt.Println(s[-1]) // ERROR 16 "invalid argument: index -1 \(constant of type int\) must not be negative"
	const str = "abc"
	fmt.Println(str[10]) // ERROR 18 "invalid argument: index 10 out of bounds \[0:3\]"
}
