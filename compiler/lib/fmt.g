// Package fmt: formatted printing.
//
// The printing functions are runtime/lib_fmt.c, thin wrappers over the
// runtime's formatter (runtime/fmt.c: every verb, Go's printing of every
// kind, Error() and String() methods honoured).  The F-forms write through
// an io.Writer, as in Go; they are written here in G.
package fmt

import "io"

// Stringer is implemented by any value that has a String method, which
// defines the "native" format for that value (%v and the Print forms).
type Stringer interface {
	String() string
}

// GoStringer is implemented by values with a GoString method (%#v).
type GoStringer interface {
	GoString() string
}

// Print formats its operands with %v, adding spaces between operands
// when neither is a string, and writes to standard output.
func Print(a ...any) (n int, err error)

// Println formats its operands with %v, always adding spaces between
// them and a newline, and writes to standard output.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to
// standard output.
func Printf(format string, a ...any) (n int, err error)

// Sprint, Sprintln and Sprintf are Print, Println and Printf returning
// the text.
func Sprint(a ...any) string
func Sprintln(a ...any) string
func Sprintf(format string, a ...any) string

// Errorf formats according to a format specifier and returns the text
// as an error.  With a %w verb whose operand is an error, the result
// also has an Unwrap method returning that operand.
func Errorf(format string, a ...any) error

// Fprint, Fprintln and Fprintf write to w what Print, Println and Printf
// write to standard output: the whole text in one Write.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprint(a...)))
}

func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintln(a...)))
}

func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write([]byte(Sprintf(format, a...)))
}
