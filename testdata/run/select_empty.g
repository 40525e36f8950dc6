// select {} with nothing else to run: deadlock.
package main

import "fmt"

func main() {
	fmt.Println("waiting forever")
	select {}
}
