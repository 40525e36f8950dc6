// Re-panicking from a deferred function: the new value replaces the old; the
// uncaught panic ends the program with exit status 2.
package main

import "fmt"

func inner() {
	defer func() {
		r := recover()
		fmt.Println("inner recovered", r)
		panic(fmt.Sprint("re-", r))
	}()
	panic("first")
}

func main() {
	defer fmt.Println("main's deferred call runs")
	func() {
		defer func() {
			fmt.Println("outer recovered", recover())
		}()
		inner()
	}()
	defer func() {
		panic("second")
	}()
	fmt.Println("end of main")
}
