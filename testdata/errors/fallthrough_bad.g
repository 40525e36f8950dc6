package main

func main() {
	x := 1
	switch x {
	case 1:
		fallthrough
	case 2:
		fallthrough // ERROR 3 "cannot fallthrough final case in switch"
	}
	var i interface{} = x
	switch i.(type) {
	case int:
		fallthrough // ERROR 3 "cannot fallthrough in type switch"
	case string:
	}
}
