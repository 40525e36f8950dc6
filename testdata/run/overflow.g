// Integer overflow wraps around, for every size, signed and unsigned.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var i16 int16 = -32768
	i16--
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 += 2
	fmt.Println(u16)
	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println(i32)
	var u32 uint32 = 1 << 31
	u32 *= 2
	fmt.Println(u32)
	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println(i64)
	var u64 uint64 = 0
	u64 = u64 - 1
	fmt.Println(u64)
	n := math.MinInt64
	fmt.Println(-n == n, n/-1)
	var m int32 = 1 << 20
	fmt.Println(m * m)
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	big, neg, all := 200, int8(-1), uint32(4294967295)
	fmt.Println(int8(big), uint8(neg), int32(all), uint16(neg))
}
