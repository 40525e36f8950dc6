// Reproduces Go's "'_' must separate successive digits".
package p

var n = 0x_FF_
