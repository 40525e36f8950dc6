package main

func main() {}

import "fmt" // ERROR "non-declaration statement outside function body"
