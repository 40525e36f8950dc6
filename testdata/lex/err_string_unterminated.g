// Reproduces Go's "string not terminated".
package p

var s = `abc

var t = 1
