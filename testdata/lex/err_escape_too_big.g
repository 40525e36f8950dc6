// Reproduces Go's "escape is invalid Unicode code point U+110000".
package p

var s = "\U00110000"
