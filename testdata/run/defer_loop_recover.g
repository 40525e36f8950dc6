// recover only works in a deferred function called directly by the panicking
// frame's defer; a panic unwinds through frames running their defers.
package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic(fmt.Sprintf("deep %d", 3))
}

func level2() {
	defer fmt.Println("level2 defer")
	level3()
	fmt.Println("not reached")
}

func helper() interface{} { return recover() }

func level1() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint("caught: ", r)
		}
	}()
	defer func() {
		fmt.Println("helper sees:", helper())
	}()
	level2()
	return "normal"
}

func main() {
	fmt.Println(level1())
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i%2 == 1 {
				panic(i)
			}
			fmt.Println("iteration", i, "ok")
		}()
	}
}
