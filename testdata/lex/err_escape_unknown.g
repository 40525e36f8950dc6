// Reproduces Go's "unknown escape".
package p

var s = "a\qb"
