// Package os: the standard files, Args, Exit and the environment.
//
// A *File is a file descriptor and a name; Read and Write are written
// here in G over bodyless system calls (runtime/lib_os.c, which go
// through the runtime's gort_read/gort_write: a blocked read holds up its
// thread, never the other goroutines), so their errors are Go's:
// *PathError, io.EOF at the end of the input.
package os

import (
	"errors"
	"io"
)

// File is an open file descriptor.
type File struct {
	fd   int
	name string
}

// Stdin, Stdout and Stderr are the process's standard files.
var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = runtime_args()

// ErrInvalid: an operation on a nil *File.
var ErrInvalid = errors.New("invalid argument")

// PathError records an error and the operation and file path that
// caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// Name returns the name of the file.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Write writes len(b) bytes to the file.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	n = write(f.fd, b)
	if n < 0 {
		return 0, &PathError{"write", f.name, errors.New(errnoText(-n))}
	}
	return n, nil
}

// WriteString is like Write of the bytes of s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes; at the end of the file it returns
// 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if len(b) == 0 {
		return 0, nil
	}
	n = read(f.fd, b)
	if n < 0 {
		return 0, &PathError{"read", f.name, errors.New(errnoText(-n))}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Exit causes the program to exit with the given status code at once;
// deferred functions are not run.
func Exit(code int)

// Getenv returns the value of the environment variable key, or "".
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv returns the value of the environment variable key and
// whether it is set.
func LookupEnv(key string) (string, bool)

// Getpid returns the process id.
func Getpid() int

// Hostname returns the host name the kernel reports.
func Hostname() (name string, err error) {
	name = hostname()
	if name == "" {
		return "", errors.New("hostname: unavailable")
	}
	return name, nil
}

// The system calls under the methods above (runtime/lib_os.c): the byte
// count, or -errno.
func write(fd int, b []byte) int
func read(fd int, b []byte) int

// errnoText is the text Go's syscall.Errno gives for an errno value.
func errnoText(errno int) string

// runtime_args returns the program's arguments.
func runtime_args() []string

func hostname() string
