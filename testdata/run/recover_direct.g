// recover() stops a panic only when the deferred function itself calls it:
// not from a helper it calls (function, method, or closure), not from a
// deferred call of a function that returns normally during the panic, and
// `defer recover()` stops nothing.  Function values and methods deferred
// through an interface recover when they call recover themselves.
package main

import (
	"errors"
	"fmt"
)

type Catcher struct{ name string }

func (c *Catcher) Catch() {
	if r := recover(); r != nil {
		fmt.Println(c.name, "caught", r)
	}
}

func (c *Catcher) Helper() interface{} { return recover() }

type Handler interface{ Catch() }

func helper() interface{} { return recover() }

func viaHelper() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	defer func() {
		fmt.Println("helper:", helper())
		c := &Catcher{"method helper"}
		fmt.Println("method helper:", c.Helper())
		f := func() interface{} { return recover() }
		fmt.Println("closure helper:", f())
	}()
	panic("one")
}

func normalReturnDefer() {
	defer func() {
		// a function that returns normally while we run: its deferred
		// recover is not called by the panic's deferred call
		func() {
			defer func() { fmt.Println("inner deferred recover:", recover()) }()
		}()
		fmt.Println("outer recover:", recover())
	}()
	panic(errors.New("two"))
}

func byValue() {
	catch := func() {
		fmt.Println("value caught", recover())
	}
	defer catch()
	panic(3)
}

func byMethod() {
	c := &Catcher{"method"}
	defer c.Catch()
	panic(4)
}

func byInterface() {
	var h Handler = &Catcher{"interface"}
	defer h.Catch()
	panic(5)
}

func byMethodValue() {
	c := &Catcher{"method value"}
	f := c.Catch
	defer f()
	panic(6)
}

func deferRecoverDirectly() {
	defer func() { fmt.Println("then caught:", recover()) }()
	defer recover()
	panic(7)
}

func main() {
	fmt.Println("viaHelper:", viaHelper())
	normalReturnDefer()
	byValue()
	byMethod()
	byInterface()
	byMethodValue()
	deferRecoverDirectly()
	fmt.Println("recover outside a panic:", recover())
}
