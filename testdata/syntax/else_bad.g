package main

func main() {
	if true {
	} else for { // ERROR "else must be followed by if or statement block"
	}
}
