package main

func main() {
	x := 1
	if x == 1 // ERROR "unexpected newline, expecting { after if clause"
	{
	}
}
