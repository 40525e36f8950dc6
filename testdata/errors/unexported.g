package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

func main() {
	var b strings.Builder
	fmt.Println(b.buf) // ERROR 16 "b.buf undefined \(type strings.Builder has no field or method buf\)"
	var m sync.Mutex
	m.lockSlow() // ERROR 4 "m.lockSlow undefined \(type sync.Mutex has no field or method lockSlow\)"
	fmt.println("x") // ERROR 6 "undefined: fmt.println"
	fmt.Println(strings.indexFunc("a", nil, true)) // ERROR 22 "undefined: strings.indexFunc"
	var d time.Duration
	fmt.Println(d.string()) // ERROR 16 "d.string undefined \(type time.Duration has no field or method string, but does have String\)"
}
