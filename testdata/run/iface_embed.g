// Embedded interfaces, an interface value converted to a smaller interface,
// a struct embedding an interface.
package main

import "fmt"

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type Logger struct {
	Writer
	prefix string
}

func (l Logger) Log(s string) { l.Write(l.prefix + s) }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read())
	w := Writer(rw)
	w.Write("c")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	buf := &Buffer{}
	l := Logger{buf, "> "}
	l.Log("one")
	l.Log("two")
	fmt.Println(buf.data, len(buf.data))
	_, isRW := interface{}(buf).(ReadWriter)
	fmt.Println(isRW)
}
