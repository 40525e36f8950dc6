// Reproduces Go's "string not terminated".
package p

var s = "abc\