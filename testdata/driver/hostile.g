// hostile: identifiers that are C keywords, C library names or runtime
// symbols, and strings and comments that could break out of a C string
// literal or comment, or form a trigraph.  Every one must survive the
// trip through C (gocc -S) and print what Go prints.
package main

import "fmt"

// A comment that ends C's: */ and one that starts one: /* and a
// trigraph: ??/ and a line that ends in a backslash: \
type char struct {
	unsigned, signed int
	long             float64
}

type size_t int

var int64_t = 7
var gort_start = "runtime-like global */"
var errno, stdout, stderr = 5, 1, 2
var NULL *int

func printf(format string, args ...any) { fmt.Printf(format, args...) }

func gort_go(int int) int { return int + 1 }

func malloc(n size_t) []byte { return make([]byte, n) }

func (c char) double() float64 { return c.long * 2 }

func sizeof(auto, register, static, extern, volatile, restrict int) int {
	return auto + register + static + extern + volatile + restrict
}

func main() {
	int := 3
	char := char{1, 2, 3.5}
	bool := "yes"
	void, short, typedef, union, enum, while, do := 1, 2, 3, 4, 5, 6, 7
	fmt.Println(gort_go(int), char.unsigned, char.signed, char.double(), bool)
	fmt.Println(void+short+typedef+union+enum+while+do, sizeof(1, 2, 3, 4, 5, 6))
	printf("%d %s %d %d %v\n", errno, gort_start, stdout+stderr, int64_t, NULL == nil)
	fmt.Println(len(malloc(size_t(int64_t))))

	// Strings that must stay inside their C literal.
	s := "*/ end of a comment, /* start of one, // and a line comment"
	fmt.Println(s)
	fmt.Println("trigraphs: ??/ ??= ??( ??) ??< ??> ??! ??' ??-")
	fmt.Println("quote \" backslash \\ tab \t bell \a end")
	nul := "a\x00b\x00\x00c"
	fmt.Println(len(nul), []byte(nul))
	fmt.Printf("%q\n", nul)
	fmt.Printf("%q\n", "\xff\xfe high bytes, \u00e9t\u00e9, \U0001F600, \r\n")
	raw := `back\
slash */ ??/ "quoted"`
	fmt.Println(raw)
	fmt.Println(len(raw), "\\", "\\\\n", "\"\"")

	// A goroutine with hostile names on both sides.
	static := make(chan string)
	go func(extern string) { static <- extern + " */" }("from gort_go")
	fmt.Println(<-static)
}
