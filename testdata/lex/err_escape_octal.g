// Reproduces Go's "octal escape value 256 > 255".
package p

var s = "\400"
