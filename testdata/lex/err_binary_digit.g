// Reproduces Go's "invalid digit '2' in binary literal".
package p

var n = 0b1012
