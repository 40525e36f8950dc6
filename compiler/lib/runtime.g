// Package runtime: the scheduler's controls.  All bodyless, over the
// runtime's own entry points (runtime/lib_runtime.c).
package runtime

// GOOS and GOARCH: the target gocc compiles for.
const GOOS = "linux"
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the program.
const Compiler = "gocc"

// Error identifies a run time error: what recover() returns after an
// index out of range, a nil dereference, a division by zero...
type Error interface {
	error
	RuntimeError()
}

// GOMAXPROCS sets the number of threads running goroutines at once if
// n > 0, and returns the previous setting.
func GOMAXPROCS(n int) int

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the process.
func NumCPU() int

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// Goexit runs the deferred calls of the calling goroutine and ends it.
func Goexit()

// GC runs a garbage collection.
func GC()

// Version returns the version of the toolchain.
func Version() string { return "gocc" }
