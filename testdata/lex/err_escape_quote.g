// Reproduces Go's "unknown escape".
package p

var r = '\"'
