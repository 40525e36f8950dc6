// Reproduces Go's "invalid radix point in binary literal".
package p

var f = 0b1.1
