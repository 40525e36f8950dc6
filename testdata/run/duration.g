// time.Duration: constants, arithmetic, String(), printing with fmt.
package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(time.Second, time.Millisecond, time.Microsecond, time.Nanosecond)
	fmt.Println(90*time.Minute, 1500*time.Millisecond, 2*time.Hour+3*time.Second)
	d := 1234567 * time.Microsecond
	fmt.Println(d, d.Seconds(), d.Milliseconds())
	fmt.Println(time.Duration(0), -5*time.Second, time.Duration(1))
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, time.Minute, time.Second)
	fmt.Println(time.Hour.Minutes(), (3 * time.Hour).String())
	var total time.Duration
	for i := 1; i <= 3; i++ {
		total += time.Duration(i) * 100 * time.Millisecond
	}
	fmt.Println(total, total > 500*time.Millisecond)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 5*time.Second)
	t := time.NewTimer(time.Hour)
	fmt.Println(t.Stop())
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("timeout")
	}
}
