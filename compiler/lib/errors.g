// Package errors: New, Unwrap, Is, As.
//
// The bodyless functions are runtime/lib_errors.c, over the runtime's
// error values (fmt.c): errors.New's dynamic type is *errors.errorString,
// whose descriptor the runtime owns, so errors made by fmt.Errorf in C
// and by errors.New agree.
package errors

// New returns an error whose Error method returns text.  Each call gives
// a distinct value, even for equal texts.
func New(text string) error

// Unwrap returns the result of err's Unwrap method, or nil if err has
// none.
func Unwrap(err error) error

// Is reports whether any error in err's chain (err, Unwrap(err), ...)
// equals target, or has an Is(error) bool method returning true for it.
func Is(err, target error) bool

// As finds the first error in err's chain assignable to the type target
// points to, stores it there and returns true.  It panics if target is
// not a non-nil pointer to an interface type or a type implementing
// error.
func As(err error, target any) bool
