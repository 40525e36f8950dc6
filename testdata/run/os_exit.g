// os.Exit(3): the status is 3 and deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("not printed")
	fmt.Println("exiting")
	os.Exit(3)
}
