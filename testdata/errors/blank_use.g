package main

import "fmt"

func main() {
	fmt.Println(_) // ERROR 14 "cannot use _ as value"
	x := iota // ERROR 7 "cannot use iota outside constant declaration"
	_ = x
}
