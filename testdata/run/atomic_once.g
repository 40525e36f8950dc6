// sync/atomic counters and sync.Once under many goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var n int64
	var hits atomic.Int32
	var once sync.Once
	inits := 0
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { inits++ })
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
			}
			hits.Add(1)
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n), hits.Load(), inits)
	var flag int32
	fmt.Println(atomic.CompareAndSwapInt32(&flag, 0, 1), atomic.CompareAndSwapInt32(&flag, 0, 2), flag)
	atomic.StoreInt64(&n, 5)
	fmt.Println(atomic.SwapInt64(&n, 9), n)
}
