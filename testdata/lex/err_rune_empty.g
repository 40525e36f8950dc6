// Reproduces Go's "empty rune literal or unescaped '".
package p

var r = ''
