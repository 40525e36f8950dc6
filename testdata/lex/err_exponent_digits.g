// Reproduces Go's "exponent has no digits".
package p

var f = 1.5e+
