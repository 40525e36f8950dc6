package main

// A failed initialization or assignment counts as a use of the variables
// on its left (types2's initVar, initVars, assignVars): no follow-on
// "declared but not used" for them, but still for g, whose own value is fine.

func two() (int, int) { return 1, 2 }

func main() {
	var a int = "s" // ERROR 14 "cannot use \"s\" \(untyped string constant\) as int value in variable declaration"
	var b, c int = 1 // ERROR 17 "assignment mismatch: 2 variables but 1 value"
	var d int = undefinedthing // ERROR 14 "undefined: undefinedthing"
	var f, g int = // ERROR 9 "g declared but not used"
		two(), 1 // ERROR 3 "multiple-value two\(\) \(value of type \(int, int\)\) in single-value context"
	var i int
	i = "s" // ERROR 6 "cannot use \"s\" \(untyped string constant\) as int value in assignment"
	var j string
	j, k := 1, 2 // ERROR 10 "cannot use 1 \(untyped int constant\) as string value in assignment"
}
