// Reproduces Go's "hexadecimal literal has no digits".
package p

var n = 0x
