package main

func main() {
	for i := 0; i < 3; i++ // ERROR "unexpected newline, expecting { after for clause"
	{
	}
}
