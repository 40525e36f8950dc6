package main

import (
	"fmt"
	"os" // ERROR 2 "imported and not used: \"os\""
)

func main() {
	fmt.Println("hi")
}
