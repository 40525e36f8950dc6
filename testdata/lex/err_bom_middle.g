// Reproduces Go's "invalid BOM in the middle of the file".
package p

var s = 1 ﻿+ 2
