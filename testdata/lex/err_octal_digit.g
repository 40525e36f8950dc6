// Reproduces Go's "invalid digit '8' in octal literal".
package p

var n = 0128
