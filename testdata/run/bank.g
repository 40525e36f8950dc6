// A bank account shared by goroutines: deposits and withdrawals under a
// mutex, a request/response goroutine owning another account.
package main

import (
	"errors"
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

var ErrInsufficient = errors.New("insufficient funds")

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	a.balance += n
	a.mu.Unlock()
}

func (a *Account) Withdraw(n int) error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if n > a.balance {
		return ErrInsufficient
	}
	a.balance -= n
	return nil
}

type request struct {
	amount int
	reply  chan int
}

func teller(reqs <-chan request) {
	balance := 0
	for r := range reqs {
		balance += r.amount
		r.reply <- balance
	}
}

func main() {
	acc := &Account{}
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			acc.Deposit(10)
		}()
	}
	wg.Wait()
	fails := 0
	for i := 0; i < 150; i++ {
		if err := acc.Withdraw(10); errors.Is(err, ErrInsufficient) {
			fails++
		}
	}
	fmt.Println(acc.balance, fails)
	reqs := make(chan request)
	go teller(reqs)
	reply := make(chan int)
	for _, amt := range []int{100, -30, 5} {
		reqs <- request{amt, reply}
		fmt.Println("balance", <-reply)
	}
	close(reqs)
}
