// Reproduces Go's "invalid character U+00B7 '·' in identifier".
package p

var x·y = 1
