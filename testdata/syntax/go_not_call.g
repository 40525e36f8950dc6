package main

func main() {
	go func() {} // ERROR "expression in go must be function call"
}
