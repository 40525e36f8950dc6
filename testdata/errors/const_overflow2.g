package main

import "fmt"

const c int8 = 100

func main() {
	fmt.Println(c * 2)     // ERROR 14 "c \* 2 \(constant 200 of type int8\) overflows int8"
	var u uint = -1        // ERROR 15 "cannot use -1 \(untyped int constant\) as uint value in variable declaration \(overflows\)"
	fmt.Println(u)
	const x uint8 = 255 + 1 // ERROR 18 "cannot use 255 \+ 1 \(untyped int constant 256\) as uint8 value in constant declaration \(overflows\)"
}
