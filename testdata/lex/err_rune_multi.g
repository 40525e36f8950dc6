// Reproduces Go's "more than one character in rune literal".
package p

var r = 'ab'
