// Reproduces Go's "invalid character 'g' in hexadecimal escape".
package p

var s = "\x4g"
