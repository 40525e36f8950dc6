// Matrices as slices of slices and as arrays of arrays; multiplication in
// parallel, one goroutine per row.
package main

import (
	"fmt"
	"sync"
)

type Matrix [][]int

func identity(n int) Matrix {
	m := make(Matrix, n)
	for i := range m {
		m[i] = make([]int, n)
		m[i][i] = 1
	}
	return m
}

func (a Matrix) Mul(b Matrix) Matrix {
	n, k, p := len(a), len(b), len(b[0])
	c := make(Matrix, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c[i] = make([]int, p)
			for j := 0; j < p; j++ {
				for x := 0; x < k; x++ {
					c[i][j] += a[i][x] * b[x][j]
				}
			}
		}(i)
	}
	wg.Wait()
	return c
}

func main() {
	a := Matrix{{1, 2}, {3, 4}, {5, 6}}
	b := Matrix{{7, 8, 9}, {10, 11, 12}}
	fmt.Println(a.Mul(b))
	fmt.Println(b.Mul(a))
	fmt.Println(a.Mul(identity(2)))
	var g [3][3]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			g[i][j] = i*3 + j
		}
	}
	var t [3][3]int
	for i, row := range g {
		for j, v := range row {
			t[j][i] = v
		}
	}
	fmt.Println(g, t)
	fib := Matrix{{1, 1}, {1, 0}}
	r := identity(2)
	for i := 0; i < 30; i++ {
		r = r.Mul(fib)
	}
	fmt.Println(r[0][1])
}
