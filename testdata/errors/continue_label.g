package main

func main() {
L:
	switch {
	case true:
		for i := 0; i < 2; i++ {
			continue L // ERROR 13 "invalid continue label L"
		}
	}
M:
	if true {
		break M // ERROR 9 "invalid break label M"
	}
}
