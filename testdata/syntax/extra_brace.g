package main

func main() {
}
} // ERROR "non-declaration statement outside function body"
