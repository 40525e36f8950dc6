// Reproduces Go's "rune literal not terminated".
package p

var r = '\'