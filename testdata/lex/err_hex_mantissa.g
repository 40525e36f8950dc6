// Reproduces Go's "hexadecimal mantissa requires a 'p' exponent".
package p

var f = 0x1.8
