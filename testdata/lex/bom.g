package bom // a BOM starts this file: skipped, but it counts 3 columns

var x = 1
