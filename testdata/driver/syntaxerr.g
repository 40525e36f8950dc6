// syntaxerr: a syntax error; gocc must exit 1 and leave nothing behind.
package main

func main() {
	x := [}
}
