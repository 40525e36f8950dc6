// Reproduces Go's "'_' must separate successive digits".
package p

var n = 1__000
