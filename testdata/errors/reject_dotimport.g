// gocc-only: Go accepts this program; G has no dot imports.
package main

import . "fmt" // ERROR 8 "dot imports are not supported"

func main() {
	Println("hi")
}
