// os: Args has the program name, Getenv reads NAME.env, Fprintln to
// os.Stderr, and exit status 1 from os.Exit.
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	fmt.Println(os.Getenv("GOCC_TEST_VAR"), os.Getenv("GOCC_TEST_UNSET") == "")
	fmt.Fprintln(os.Stderr, "error: something went wrong")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "status", 1)
	os.Exit(1)
}
