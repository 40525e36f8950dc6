// Reproduces Go's "invalid character U+0040 '@'".
package p

var n = 1 @ 2
