// Reproduces Go's "comment not terminated".
package p

var t = 1 /* a comment
that never ends
