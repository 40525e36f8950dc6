// Reproduces Go's "newline in rune literal".
package p

var r = 'a
