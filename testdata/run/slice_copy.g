// copy, 3-index slices, slices of slices, slicing arrays and strings.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(src[1:], src)
	fmt.Println(n, src)
	bs := make([]byte, 4)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3]
	fmt.Println(s, len(s), cap(s))
	t := arr[1:3:4]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(arr)
	t = append(t, 200)
	t[0] = -1
	fmt.Println(arr, t)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, 3)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	str := "abcdef"
	fmt.Println(str[2:], str[:2], str[1:4])
	full := src[:]
	fmt.Println(len(full), cap(src[2:]))
}
