// Shifts: signed shifts are arithmetic, large counts give 0 or -1, the count
// may be any integer type.
package main

import "fmt"

func main() {
	x := 1
	for _, s := range []uint{0, 1, 10, 62, 63, 64, 100} {
		fmt.Println(s, x<<s)
	}
	n := -16
	fmt.Println(n>>2, n>>63, n>>100)
	var u uint8 = 0xF0
	fmt.Println(u<<1, u>>4)
	var cnt int32 = 3
	fmt.Println(1<<cnt, 256>>cnt)
	var k uint64 = 1<<64 - 1
	fmt.Println(k>>60, k<<60)
	fmt.Println(0x0F&0xFC, 0x0F|0xF0, 0x0F^0xFF, 0xFF&^0x0F)
	fmt.Println(^0, ^uint8(5))
}
