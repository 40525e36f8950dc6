// fmt's verbs, widths, precisions and flags on the basic types.
package main

import "fmt"

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|%x|%X|%o|%b\n", 42, 42, 42, 42, 42, 255, 255, 8, 5)
	fmt.Printf("%s|%10s|%-10s|%q|%x|%.2s\n", "go", "go", "go", "a\"b\n", "hi", "golang")
	fmt.Printf("%t|%v|%5t\n", true, false, true)
	fmt.Printf("%c|%c|%q|%U|%d\n", 'A', '世', 'x', 'é', 'a')
	fmt.Printf("%f|%.2f|%8.3f|%-8.1f|%e|%g|%g\n", 3.14159, 3.14159, 2.5, 2.5, 123456.789, 1e21, 0.000012)
	fmt.Printf("%v|%v|%v|%v\n", 1.0, 2.5, 1e6, 1e-7)
	fmt.Printf("%%|%5.1f%%\n", 99.5)
	fmt.Printf("%T|%T|%T|%T|%T\n", 1, "s", 2.0, []string{}, map[string]bool{})
	fmt.Printf("%x|%X|% x\n", -255, "Hi", []byte{1, 171})
	fmt.Printf("%*d|%-*d|\n", 4, 7, 3, 8)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d\n", 1, 2)
	fmt.Println(fmt.Sprintf("%03d-%s", 7, "x"), fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Print("no newline", 1, 2, "\n")
	fmt.Println(int8(-5), uint64(1<<63), float32(1.1), 'x', byte(7))
	var ip *int
	fmt.Println(nil, ip == nil)
	fmt.Printf("%v %d\n", []int(nil), []int{})
	fmt.Printf("%6.2f|%-6.2f|%+.1e\n", 3.14159, 2.0, 12345.0)
}
