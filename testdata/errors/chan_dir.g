package main

func main() {
	var r <-chan int = make(chan int)
	var s chan<- int = make(chan int)
	r <- 1 // ERROR 2 "invalid operation: cannot send to receive-only channel r \(variable of type <-chan int\)"
	<-s // ERROR 4 "invalid operation: cannot receive from send-only channel s \(variable of type chan<- int\)"
	close(r) // ERROR 8 "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
}
