// Reproduces Go's "newline in string".
package p

var s = "abc
var t = 1
