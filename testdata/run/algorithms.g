// A few classic algorithms: quicksort in place, binary search, memoised
// fibonacci with a map, towers of Hanoi, gcd, sieve of Eratosthenes.
package main

import "fmt"

func quicksort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quicksort(a[:j+1])
	quicksort(a[i:])
}

func search(a []int, x int) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := (lo + hi) / 2
		if a[mid] < x {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	memo[n] = fib(n-1) + fib(n-2)
	return memo[n]
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func main() {
	a := []int{9, -3, 5, 0, 12, 7, 7, 1, 100, -50}
	quicksort(a)
	fmt.Println(a, search(a, 7), search(a, 8))
	fmt.Println(fib(90))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println(moves)
	fmt.Println(gcd(1071, 462), gcd(17, 5))
	const n = 50
	var composite [n + 1]bool
	var primes []int
	for i := 2; i <= n; i++ {
		if !composite[i] {
			primes = append(primes, i)
			for j := i * i; j <= n; j += i {
				composite[j] = true
			}
		}
	}
	fmt.Println(primes)
}
