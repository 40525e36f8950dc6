// Reproduces Go's "'e' exponent requires decimal mantissa".
package p

var f = 0o7e3
