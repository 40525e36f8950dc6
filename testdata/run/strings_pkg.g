// The strings package and strings.Builder.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, Gopher World  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Contains(t, "Gopher"), strings.HasPrefix(t, "Hell"), strings.HasSuffix(t, "x"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Index(t, "zz"), strings.IndexByte(t, 'G'))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Fields("  one two\tthree\n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3), strings.Replace("aaaa", "a", "b", 2), strings.ReplaceAll("aaaa", "a", "c"))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"), strings.Trim("--a--", "-"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("a", "b"))
	fmt.Println(strings.SplitN("a:b:c", ":", 2), len(strings.SplitN("a:b:c", ":", 2)))
	var b strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&b, "%d;", i)
	}
	b.WriteString("end")
	b.WriteByte('!')
	b.WriteRune('é')
	fmt.Println(b.String(), b.Len())
	fmt.Println(strings.Map(func(r rune) rune { return r + 1 }, "HAL"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.IndexRune("chicken", 'k'), strings.ContainsAny("hi", "xyz"))
}
