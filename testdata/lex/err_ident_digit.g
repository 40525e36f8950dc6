// Reproduces Go's "identifier cannot begin with digit U+0663 '٣'".
package p

var ٣x = 1
