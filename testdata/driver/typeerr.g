// typeerr: a compile error; gocc must exit 1 and leave nothing behind.
package main

import "fmt"

func main() {
	fmt.Println(undefinedName)
}
