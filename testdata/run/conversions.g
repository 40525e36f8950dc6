// Conversions between strings, bytes and runes; numeric conversions.
package main

import "fmt"

func main() {
	s := "héllo"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	fmt.Println(string(b), s)
	r[1] = 'e'
	fmt.Println(string(r))
	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	var by byte = 'z'
	fmt.Println(by, string(by))
	f := 3.99
	fmt.Println(int(f), int(-f), float64(7)/2)
	var i64 int64 = 1 << 40
	fmt.Println(int32(i64), int64(int32(i64)+1))
	fmt.Println(uint8(300 % 256), float32(0.1))
	type Celsius float64
	c := Celsius(36.6)
	fmt.Println(c, float64(c)+1)
}
