// Reproduces Go's "invalid UTF-8 encoding".
package p

var s = "aÿb"
