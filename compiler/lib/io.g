// Package io: the Reader and Writer interfaces, and EOF.
//
// The G preludes are ordinary G packages, checked and compiled with the
// program (gocc.h, "Library packages").  io has no bodyless functions.
package io

import "errors"

// EOF is the error Read returns when no more input is available.
var EOF = errors.New("EOF")

// ErrNoProgress: many Read calls returned no data and no error.
var ErrNoProgress = errors.New("multiple Read calls return no data or error")

// ErrUnexpectedEOF: EOF in the middle of a fixed-size block.
var ErrUnexpectedEOF = errors.New("unexpected EOF")

// Reader is the interface that wraps the basic Read method.
type Reader interface {
	Read(p []byte) (n int, err error)
}

// Writer is the interface that wraps the basic Write method.
type Writer interface {
	Write(p []byte) (n int, err error)
}

// StringWriter is the interface that wraps the WriteString method.
type StringWriter interface {
	WriteString(s string) (n int, err error)
}

// ReadWriter groups the basic Read and Write methods.
type ReadWriter interface {
	Reader
	Writer
}

// WriteString writes s to w, through w's WriteString if it has one.
func WriteString(w Writer, s string) (n int, err error) {
	if sw, ok := w.(StringWriter); ok {
		return sw.WriteString(s)
	}
	return w.Write([]byte(s))
}
