// gocc-only: Go accepts this program; net/http is not one of G's packages.
package main

import (
	"fmt"
	"net/http" // ERROR "package net/http is not supported"
)

func main() {
	fmt.Println(http.StatusOK)
}
