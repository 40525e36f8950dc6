// Strings are bytes; ranging decodes UTF-8 runes (invalid bytes become
// U+FFFD); indexing gives bytes; comparison is bytewise.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s))
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	fmt.Println(s[1], s[0:1], s[7:])
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Printf("%d %U\n", i, r)
	}
	fmt.Println("abc" < "abd", "ab" < "abc", "b" > "abc", "x" == "x")
	t := "go"
	t += "pher"
	fmt.Println(t, len(t))
	raw := `a\nb`
	fmt.Println(raw, len(raw))
	fmt.Println("tab\there", "quote\"", 'a', '\n', "\u00e9" == "é")
	count := 0
	for range "日本語" {
		count++
	}
	fmt.Println(count)
}
