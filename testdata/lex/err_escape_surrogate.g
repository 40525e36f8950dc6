// Reproduces Go's "escape is invalid Unicode code point U+D800".
package p

var r = '\ud800'
