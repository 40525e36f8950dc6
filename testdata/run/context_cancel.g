// context: WithCancel stops workers, WithTimeout expires, Err values.
package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- id:
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	out := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go worker(ctx, i, out, &wg)
	}
	got := 0
	for got < 10 {
		<-out
		got++
	}
	cancel()
	wg.Wait()
	fmt.Println("received", got, ctx.Err())
	ctx2, cancel2 := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel2()
	select {
	case <-ctx2.Done():
		fmt.Println("timeout:", ctx2.Err(), ctx2.Err() == context.DeadlineExceeded)
	case <-time.After(2 * time.Second):
		fmt.Println("too slow")
	}
	fmt.Println(context.Background().Err(), context.Canceled)
}
