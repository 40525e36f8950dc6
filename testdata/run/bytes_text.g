// Text processing on bytes and runes: Caesar cipher, reversing by runes,
// word counts printed sorted, palindromes.
package main

import (
	"fmt"
	"sort"
	"strings"
)

func caesar(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+byte(k))%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+byte(k))%26
		}
	}
	return string(b)
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	s = strings.ToLower(s)
	var letters []rune
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			letters = append(letters, r)
		}
	}
	for i := 0; i < len(letters)/2; i++ {
		if letters[i] != letters[len(letters)-1-i] {
			return false
		}
	}
	return true
}

func main() {
	enc := caesar("Hello, World!", 3)
	fmt.Println(enc, caesar(enc, 23))
	fmt.Println(reverse("Hello, 世界"))
	text := "the quick brown fox jumps over the lazy dog the end"
	counts := map[string]int{}
	for _, w := range strings.Fields(text) {
		counts[w]++
	}
	var words []string
	for w := range counts {
		words = append(words, w)
	}
	sort.Strings(words)
	for _, w := range words {
		if counts[w] > 1 {
			fmt.Println(w, counts[w])
		}
	}
	fmt.Println(len(words), counts)
	fmt.Println(isPalindrome("A man, a plan, a canal: Panama"), isPalindrome("Gopher"))
}
