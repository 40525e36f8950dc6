// gocc-only: Go accepts this program; G has no goto.
package main

import "fmt"

func main() {
	i := 0
loop:
	if i < 3 {
		fmt.Println(i)
		i++
		goto loop // ERROR "goto is not supported"
	}
}
