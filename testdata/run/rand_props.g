// math/rand: only properties that do not depend on the generator's exact
// sequence: ranges, a shuffle is a permutation, the same seed repeats.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		f := rand.Float64()
		if n < 0 || n >= 10 || f < 0 || f >= 1 || rand.Int() < 0 {
			ok = false
		}
	}
	fmt.Println("in range:", ok)
	xs := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	sort.Ints(xs)
	fmt.Println(xs)
	rand.Seed(42)
	a := []int{rand.Intn(1000), rand.Intn(1000), rand.Intn(1000)}
	rand.Seed(42)
	b := []int{rand.Intn(1000), rand.Intn(1000), rand.Intn(1000)}
	fmt.Println(a[0] == b[0] && a[1] == b[1] && a[2] == b[2])
	seen := map[int]bool{}
	for i := 0; i < 2000; i++ {
		seen[rand.Intn(5)] = true
	}
	fmt.Println(len(seen))
}
