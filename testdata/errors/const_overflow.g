package main

func main() {
	var b byte = 256 // ERROR 15 "cannot use 256 \(untyped int constant\) as byte value in variable declaration \(overflows\)"
	var i8 int8 = -129 // ERROR 16 "cannot use -129 \(untyped int constant\) as int8 value in variable declaration \(overflows\)"
	const big = 1 << 100
	var n int = big // ERROR 14 "cannot use big \(untyped int constant 1267650600228229401496703205376\) as int value in variable declaration \(overflows\)"
	_, _, _ = b, i8, n
}
