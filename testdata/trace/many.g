// The lecture's 100,000 goroutines: each parks on a channel, so all are
// alive at once; GOCCDEBUG=stats=1 says how much stack each one took.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100000
	var wg sync.WaitGroup
	start := make(chan struct{})
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			<-start
			wg.Done()
		}()
	}
	close(start)
	wg.Wait()
	fmt.Println(n, "goroutines ran")
}
