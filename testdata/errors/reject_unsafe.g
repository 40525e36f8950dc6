// gocc-only: Go accepts this program; G has no package unsafe.
package main

import (
	"fmt"
	"unsafe" // ERROR "package unsafe is not supported"
)

func main() {
	var x int64
	fmt.Println(unsafe.Sizeof(x))
}
