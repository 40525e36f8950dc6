// os.Exit ends the program at once: the trace is still written.
package main

import (
	"fmt"
	"os"
	"time"
)

func main() {
	go func() {
		time.Sleep(time.Hour)
	}()
	fmt.Println("leaving with status 3")
	os.Exit(3)
}
