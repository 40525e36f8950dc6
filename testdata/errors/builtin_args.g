package main

func main() {
	s := []int{1}
	_ = len(s, s) // ERROR 6 "too many arguments for len\(s, s\)"
	x := 1
	_ = append(x, 2) // ERROR 13 "first argument to append must be a slice; have x \(variable of type int\)"
	delete(s, 0) // ERROR 9 "invalid argument: s \(variable of type \[\]int\) is not a map"
	m := map[string]int{}
	_ = cap(m) // ERROR 10 "invalid argument: m \(variable of type map\[string\]int\) for cap"
	_ = make(int) // ERROR 11 "invalid argument: cannot make int; type must be slice, map, or channel"
}
