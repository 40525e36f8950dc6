// Package strconv: conversions between strings and numbers.
//
// The conversions are the runtime's (strconv.c, fmt.c), reached through
// bodyless functions (runtime/lib_strconv.c).  The parsers report how
// they failed as a code (0 ok, 1 syntax, 2 range, 3 base, 4 bit size);
// the *NumError values are built here in G, so their type descriptor and
// itab are the compiler's, and their texts Go's:
// `strconv.Atoi: parsing "x": invalid syntax`.
package strconv

import "errors"

// IntSize is the size in bits of an int.
const IntSize = 64

// ErrRange: a value is out of range for the target type.
var ErrRange = errors.New("value out of range")

// ErrSyntax: a value does not have the right syntax.
var ErrSyntax = errors.New("invalid syntax")

// A NumError records a failed conversion.
type NumError struct {
	Func string // the failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi)
	Num  string // the input
	Err  error  // ErrRange, ErrSyntax or another reason
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": " + "parsing " + Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError builds the error for a parser's failure code.
func numError(fn, s string, code, base, bitSize int) error {
	switch code {
	case 1:
		return &NumError{fn, s, ErrSyntax}
	case 2:
		return &NumError{fn, s, ErrRange}
	case 3:
		return &NumError{fn, s, errors.New("invalid base " + Itoa(base))}
	}
	return &NumError{fn, s, errors.New("invalid bit size " + Itoa(bitSize))}
}

// Itoa is FormatInt(int64(i), 10).
func Itoa(i int) string

// FormatInt returns i in base 2..36 (lower-case letters for digits
// >= 10); another base panics.
func FormatInt(i int64, base int) string
func FormatUint(i uint64, base int) string

// FormatBool returns "true" or "false".
func FormatBool(b bool) string

// FormatFloat formats f with format 'b', 'e', 'E', 'f', 'g', 'G', 'x' or
// 'X' and precision prec (-1: the fewest digits that read back as f),
// for a float of bitSize bits (32 or 64).
func FormatFloat(f float64, fmt byte, prec, bitSize int) string

// Quote returns s as a double-quoted Go string literal.
func Quote(s string) string
func QuoteToASCII(s string) string
func QuoteRune(r rune) string

// Atoi is ParseInt(s, 10, 0) as an int.
func Atoi(s string) (int, error) {
	i, code := parseInt(s, 10, 0)
	if code != 0 {
		return int(i), numError("Atoi", s, code, 10, 0)
	}
	return int(i), nil
}

// ParseInt interprets s in the given base (0: from the prefix, or 2..36)
// as an integer of bitSize bits (0: int).
func ParseInt(s string, base int, bitSize int) (i int64, err error) {
	i, code := parseInt(s, base, bitSize)
	if code != 0 {
		err = numError("ParseInt", s, code, base, bitSize)
	}
	return i, err
}

// ParseUint is ParseInt for unsigned numbers.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	u, code := parseUint(s, base, bitSize)
	if code != 0 {
		return u, numError("ParseUint", s, code, base, bitSize)
	}
	return u, nil
}

// ParseFloat converts s to a float of bitSize bits (32 or 64).
func ParseFloat(s string, bitSize int) (float64, error) {
	f, code := parseFloat(s, bitSize)
	if code != 0 {
		return f, numError("ParseFloat", s, code, 10, bitSize)
	}
	return f, nil
}

// ParseBool accepts 1, t, T, TRUE, true, True, 0, f, F, FALSE, false,
// False.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "true", "TRUE", "True":
		return true, nil
	case "0", "f", "F", "false", "FALSE", "False":
		return false, nil
	}
	return false, &NumError{"ParseBool", str, ErrSyntax}
}

// Unquote interprets s as a quoted Go string literal ("...", `...` or
// '...') and returns the value it stands for.
func Unquote(s string) (string, error) {
	v, ok := unquote(s)
	if !ok {
		return "", ErrSyntax
	}
	return v, nil
}

// AppendInt appends FormatInt(i, base) to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, FormatInt(i, base)...)
}

// AppendQuote appends Quote(s) to dst.
func AppendQuote(dst []byte, s string) []byte {
	return append(dst, Quote(s)...)
}

// The runtime's parsers (runtime/lib_strconv.c): the value and the
// failure code described above.
func parseInt(s string, base int, bitSize int) (int64, int)
func parseUint(s string, base int, bitSize int) (uint64, int)
func parseFloat(s string, bitSize int) (float64, int)
func unquote(s string) (string, bool)
