// Semicolons at EOF: after a line comment that ends the file without a
// newline, the EOF itself is the semicolon.
package p

var x = (1) /* multi
line */ // then a line comment
var y = x // no newline follows