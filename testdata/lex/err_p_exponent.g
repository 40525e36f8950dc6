// Reproduces Go's "'p' exponent requires hexadecimal mantissa".
package p

var f = 15p3
