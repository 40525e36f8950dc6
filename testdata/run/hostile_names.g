// Names that could clash with the C that gocc writes: C keywords and
// library names, runtime symbols (gort_*), and the names gocc makes up
// for its own helpers (F_body, F_grow, F_thunk, F_args, main_F, go/defer
// thunks, the defer exit label `out`, the blank global, type mangling
// like ptr_main_T); and strings that could leave their C literal.  Each
// must print what Go prints.  (testdata/driver/hostile.g covers more of
// the same through -S.)
package main

import "fmt"

type T struct{ x int }
type T_ptr struct{ y int }
type ptr_main_T int

type record struct {
	fn, recv, a0, r, p, e int
	frame, out, unused     string
}

func f(n int) int                { return n + 1 }
func f_body(n int) int           { return n + 2 }
func f_grow(n int) int           { return n + 3 }
func f_thunk(n int) int          { return n + 4 }
func f_args(n int) int           { return n + 5 }
func main_f(n int) int           { return n + 6 }
func gort_panic(s string) string { return "not " + s }
func go_int_type() int           { return 8 }
func (t T) M() int               { return t.x }
func T_M() int                   { return 9 }
func main_main_body() int        { return 10 }
func main_main_defer1() string   { return "user's main_main_defer1" }
func main_main_go1() string      { return "user's main_main_go1" }

var slice_int = []int{1}
var ptr_main_T_ = &T{11}
var _ = f(100)
var blank = "the global named blank"

func withDefer() (out int) {
	defer func() { out *= 2 }()
out:
	for i := 0; i < 10; i++ {
		if i == 3 {
			break out
		}
		out += i
	}
	return out
}

func keywords(auto, register, static, extern, volatile, restrict, inline, signed, unsigned int) int {
	return auto + register + static + extern + volatile + restrict + inline + signed + unsigned
}

func main() {
	defer func() { fmt.Println("deferred", f_thunk(0), main_main_defer1()) }()
	done := make(chan string)
	go func() { done <- main_main_go1() }()
	fmt.Println(<-done)
	go_ := 12
	main_defer1 := 13
	fmt.Println(f(0), f_body(0), f_grow(0), f_thunk(0), f_args(0), main_f(0))
	fmt.Println(gort_panic("a panic"), go_int_type(), T{7}.M(), T_M(), main_main_body())
	fmt.Println(slice_int, ptr_main_T_.x, ptr_main_T(3), go_, main_defer1, T_ptr{3}, blank)
	fmt.Println(record{1, 2, 3, 4, 5, 6, "frame", "out", "unused"})
	fmt.Println(withDefer(), keywords(1, 2, 3, 4, 5, 6, 7, 8, 9))
	var i interface{} = T_ptr{4}
	switch v := i.(type) {
	case T:
		fmt.Println("T", v)
	case T_ptr:
		fmt.Println("T_ptr", v)
	}
	int, char, void, NULL, errno, stdout := 1, 2, 3, 4, 5, 6
	fmt.Println(int + char + void + NULL + errno + stdout)

	fmt.Println("*/ /* // ??/ ??= ??' \\ \" \x00 end")
	nul := "a\x00b\x00\x00c\\"
	fmt.Println(len(nul), []byte(nul))
	fmt.Printf("%q %q\n", nul, `raw \ */ ??/`)
}
