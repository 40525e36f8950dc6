// args: os.Args and the exit status through `gocc run` (drivertests.sh).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println(len(os.Args), os.Args)
	if len(os.Args) > 2 {
		os.Exit(len(os.Args))
	}
}
