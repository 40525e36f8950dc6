// panic with an error value and with a custom Stringer-less struct: Go prints
// the error's message, and deferred calls run before the crash.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("deferred 1")
	defer func() {
		fmt.Println("deferred 2")
	}()
	panic(errors.New("something failed"))
}
