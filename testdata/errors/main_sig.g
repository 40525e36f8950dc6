package main

func main(args []string) int { // ERROR 6 "func main must have no arguments and no return values"
	return len(args)
}
