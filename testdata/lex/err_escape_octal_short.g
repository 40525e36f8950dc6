// Reproduces Go's "invalid character '\'' in octal escape".
package p

var r = '\12'
