package main

println(1) // ERROR "non-declaration statement outside function body"

func main() {
}
