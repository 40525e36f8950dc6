// Package bufio: buffered input (Scanner, Reader) and output (Writer)
// over io.Reader and io.Writer.  Written entirely in G.
//
// A Scanner keeps the unread input in buf[start:end]; Scan asks the
// split function for a token from it, and reads more (compacting, then
// doubling the buffer up to the maximum token size) when the split
// function needs more.  Reading stops at the first error; io.EOF is
// the normal end and Err reports it as nil.
package bufio

import (
	"errors"
	"io"
)

var (
	ErrTooLong         = errors.New("bufio.Scanner: token too long")
	ErrNegativeAdvance = errors.New("bufio.Scanner: SplitFunc returns negative advance count")
	ErrAdvanceTooFar   = errors.New("bufio.Scanner: SplitFunc returns advance count beyond input")
	ErrBadReadCount    = errors.New("bufio.Scanner: Read returned impossible count")
	ErrFinalToken      = errors.New("final token")
	ErrBufferFull      = errors.New("bufio: buffer full")
	ErrNegativeCount   = errors.New("bufio: negative count")
)

// MaxScanTokenSize is the default largest token a Scanner accepts.
const MaxScanTokenSize = 64 * 1024

const startBufSize = 4096

// SplitFunc splits the input into tokens: it returns how many bytes of
// data to consume and the token (nil: none yet), or an error.
type SplitFunc func(data []byte, atEOF bool) (advance int, token []byte, err error)

// Scanner reads input token by token (lines, by default).
type Scanner struct {
	r          io.Reader
	split      SplitFunc
	maxSize    int
	token      []byte
	buf        []byte
	start, end int
	err        error
	empties    int
	scanned    bool
	done       bool
}

// NewScanner returns a Scanner reading lines from r.
func NewScanner(r io.Reader) *Scanner {
	return &Scanner{r: r, split: ScanLines, maxSize: MaxScanTokenSize}
}

// Err returns the first error other than io.EOF met by the Scanner.
func (s *Scanner) Err() error {
	if s.err == io.EOF {
		return nil
	}
	return s.err
}

// Bytes returns the latest token; it may be overwritten by Scan.
func (s *Scanner) Bytes() []byte { return s.token }

// Text returns the latest token as a new string.
func (s *Scanner) Text() string { return string(s.token) }

// Buffer sets the initial buffer and the largest token size; it panics
// after scanning has started.
func (s *Scanner) Buffer(buf []byte, max int) {
	if s.scanned {
		panic("Buffer called after Scan")
	}
	s.buf = buf[0:cap(buf)]
	s.maxSize = max
}

// Split sets the split function; it panics after scanning has started.
func (s *Scanner) Split(split SplitFunc) {
	if s.scanned {
		panic("Split called after Scan")
	}
	s.split = split
}

func (s *Scanner) setErr(err error) {
	if s.err == nil || s.err == io.EOF {
		s.err = err
	}
}

// Scan advances to the next token, available through Bytes or Text.
// It returns false at the end of the input or on an error.
func (s *Scanner) Scan() bool {
	if s.done {
		return false
	}
	s.scanned = true
	for {
		if s.end > s.start || s.err != nil {
			advance, token, err := s.split(s.buf[s.start:s.end], s.err != nil)
			if err != nil {
				if err == ErrFinalToken {
					s.token = token
					s.done = true
					return true
				}
				s.setErr(err)
				s.token = nil
				s.done = true
				return false
			}
			if advance < 0 {
				s.setErr(ErrNegativeAdvance)
				s.done = true
				return false
			}
			if advance > s.end-s.start {
				s.setErr(ErrAdvanceTooFar)
				s.done = true
				return false
			}
			s.start += advance
			if token != nil {
				s.token = token
				if advance > 0 {
					s.empties = 0
				} else {
					s.empties++
					if s.empties > 100 {
						panic("bufio.Scan: too many empty tokens without progressing")
					}
				}
				return true
			}
			if advance > 0 {
				continue
			}
		}
		if s.err != nil {
			s.token = nil
			s.done = true
			return false
		}
		if !s.fill() {
			s.token = nil
			s.done = true
			return false
		}
	}
}

// fill makes room in the buffer and reads once into it; false when the
// token cannot fit.
func (s *Scanner) fill() bool {
	if s.start > 0 && (s.end == len(s.buf) || s.start > len(s.buf)/2) {
		copy(s.buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
	}
	if s.end == len(s.buf) {
		if len(s.buf) >= s.maxSize {
			s.setErr(ErrTooLong)
			return false
		}
		size := len(s.buf) * 2
		if size == 0 {
			size = startBufSize
		}
		if size > s.maxSize {
			size = s.maxSize
		}
		buf := make([]byte, size)
		copy(buf, s.buf[s.start:s.end])
		s.end -= s.start
		s.start = 0
		s.buf = buf
	}
	for tries := 0; ; tries++ {
		n, err := s.r.Read(s.buf[s.end:])
		if n < 0 || n > len(s.buf)-s.end {
			s.setErr(ErrBadReadCount)
			return true
		}
		s.end += n
		if err != nil {
			s.setErr(err)
			return true
		}
		if n > 0 {
			s.empties = 0
			return true
		}
		if tries >= 100 {
			s.setErr(io.ErrNoProgress)
			return true
		}
	}
}

func dropCR(data []byte) []byte {
	if len(data) > 0 && data[len(data)-1] == '\r' {
		return data[0 : len(data)-1]
	}
	return data
}

// ScanLines splits at '\n', dropping it and a '\r' before it; a last
// line without a newline is a token too.
func ScanLines(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	for i, c := range data {
		if c == '\n' {
			return i + 1, dropCR(data[0:i]), nil
		}
	}
	if atEOF {
		return len(data), dropCR(data), nil
	}
	return 0, nil, nil
}

// ScanBytes makes each byte a token.
func ScanBytes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	return 1, data[0:1], nil
}

// runeWidth is the length of the UTF-8 sequence that byte c starts
// (1 for a byte that cannot start one).
func runeWidth(c byte) int {
	switch {
	case c < 0xC0:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	case c < 0xF8:
		return 4
	}
	return 1
}

// ScanRunes makes each UTF-8 rune a token; an invalid encoding gives
// the token of U+FFFD.
func ScanRunes(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if data[0] < 0x80 {
		return 1, data[0:1], nil
	}
	w := runeWidth(data[0])
	if w > len(data) {
		if !atEOF {
			return 0, nil, nil
		}
		w = len(data)
	}
	for _, r := range string(data[0:w]) {
		if r == 0xFFFD && string(data[0:w]) != "\uFFFD" {
			return 1, []byte("\uFFFD"), nil
		}
		if len(string(r)) != w {
			return 1, []byte("\uFFFD"), nil
		}
		return w, data[0:w], nil
	}
	return 1, []byte("\uFFFD"), nil
}

// isSpace is unicode.IsSpace.
func isSpace(r rune) bool {
	if r <= 0xFF {
		switch r {
		case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0:
			return true
		}
		return false
	}
	if 0x2000 <= r && r <= 0x200A {
		return true
	}
	switch r {
	case 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
		return true
	}
	return false
}

// ScanWords splits at runs of white space, dropping them.
func ScanWords(data []byte, atEOF bool) (advance int, token []byte, err error) {
	start := len(data)
	text := string(data)
	for i, r := range text {
		if !isSpace(r) {
			start = i
			break
		}
	}
	for i, r := range text[start:] {
		if isSpace(r) {
			return start + i + len(string(r)), data[start : start+i], nil
		}
	}
	if atEOF && len(data) > start {
		return len(data), data[start:], nil
	}
	return start, nil, nil
}

// Reader buffers an io.Reader.
type Reader struct {
	rd   io.Reader
	buf  []byte
	r, w int
	err  error
}

// NewReader returns a Reader with a 4096-byte buffer.
func NewReader(rd io.Reader) *Reader { return NewReaderSize(rd, 4096) }

// NewReaderSize returns a Reader whose buffer has at least size bytes.
func NewReaderSize(rd io.Reader, size int) *Reader {
	if size < 16 {
		size = 16
	}
	return &Reader{rd: rd, buf: make([]byte, size)}
}

// fill reads once more into the buffer, compacting it first.
func (b *Reader) fill() {
	if b.r > 0 {
		copy(b.buf, b.buf[b.r:b.w])
		b.w -= b.r
		b.r = 0
	}
	for i := 0; i < 100; i++ {
		n, err := b.rd.Read(b.buf[b.w:])
		b.w += n
		if err != nil {
			b.err = err
			return
		}
		if n > 0 {
			return
		}
	}
	b.err = io.ErrNoProgress
}

func (b *Reader) readErr() error {
	err := b.err
	b.err = nil
	return err
}

// Buffered returns the number of bytes that can be read at once.
func (b *Reader) Buffered() int { return b.w - b.r }

// Read reads up to len(p) bytes.
func (b *Reader) Read(p []byte) (n int, err error) {
	if len(p) == 0 {
		if b.Buffered() > 0 {
			return 0, nil
		}
		return 0, b.readErr()
	}
	if b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
		if b.r == b.w {
			return 0, b.readErr()
		}
	}
	n = copy(p, b.buf[b.r:b.w])
	b.r += n
	return n, nil
}

// ReadByte reads one byte.
func (b *Reader) ReadByte() (byte, error) {
	for b.r == b.w {
		if b.err != nil {
			return 0, b.readErr()
		}
		b.fill()
	}
	c := b.buf[b.r]
	b.r++
	return c, nil
}

// ReadRune reads one UTF-8 rune and returns it with its size.
func (b *Reader) ReadRune() (r rune, size int, err error) {
	for b.err == nil && (b.r == b.w || b.w-b.r < runeWidth(b.buf[b.r]) && b.w-b.r < len(b.buf)) {
		b.fill()
	}
	if b.r == b.w {
		return 0, 0, b.readErr()
	}
	c := b.buf[b.r]
	if c < 0x80 {
		b.r++
		return rune(c), 1, nil
	}
	w := runeWidth(c)
	if w > b.w-b.r {
		w = b.w - b.r
	}
	for _, r := range string(b.buf[b.r : b.r+w]) {
		if r != 0xFFFD && len(string(r)) == w {
			b.r += w
			return r, w, nil
		}
		break
	}
	b.r++
	return 0xFFFD, 1, nil
}

// ReadBytes reads until the first delim, which ends the result; an
// error before it comes with the data read.
func (b *Reader) ReadBytes(delim byte) ([]byte, error) {
	var line []byte
	for {
		for i := b.r; i < b.w; i++ {
			if b.buf[i] == delim {
				line = append(line, b.buf[b.r:i+1]...)
				b.r = i + 1
				return line, nil
			}
		}
		line = append(line, b.buf[b.r:b.w]...)
		b.r = b.w
		if b.err != nil {
			return line, b.readErr()
		}
		b.fill()
	}
}

// ReadString is ReadBytes returning a string.
func (b *Reader) ReadString(delim byte) (string, error) {
	line, err := b.ReadBytes(delim)
	return string(line), err
}

// ReadLine returns one line without its end ("\n" or "\r\n"); isPrefix
// is always false here (the whole line is returned).
func (b *Reader) ReadLine() (line []byte, isPrefix bool, err error) {
	line, err = b.ReadBytes('\n')
	if len(line) == 0 && err != nil {
		return nil, false, err
	}
	err = nil
	if len(line) > 0 && line[len(line)-1] == '\n' {
		line = dropCR(line[:len(line)-1])
	}
	return line, false, nil
}

// Writer buffers an io.Writer: output reaches it when the buffer is
// full or at Flush.
type Writer struct {
	wr  io.Writer
	buf []byte
	n   int
	err error
}

// NewWriter returns a Writer with a 4096-byte buffer.
func NewWriter(w io.Writer) *Writer { return NewWriterSize(w, 4096) }

// NewWriterSize returns a Writer whose buffer has at least size bytes.
func NewWriterSize(w io.Writer, size int) *Writer {
	if size <= 0 {
		size = 4096
	}
	return &Writer{wr: w, buf: make([]byte, size)}
}

// Flush writes the buffered data to the underlying io.Writer.
func (b *Writer) Flush() error {
	if b.err != nil {
		return b.err
	}
	if b.n == 0 {
		return nil
	}
	n, err := b.wr.Write(b.buf[0:b.n])
	if n < b.n && err == nil {
		err = errors.New("short write")
	}
	if err != nil {
		if n > 0 && n < b.n {
			copy(b.buf[0:b.n-n], b.buf[n:b.n])
		}
		b.n -= n
		b.err = err
		return err
	}
	b.n = 0
	return nil
}

// Available returns how many bytes are unused in the buffer.
func (b *Writer) Available() int { return len(b.buf) - b.n }

// Buffered returns how many bytes are waiting in the buffer.
func (b *Writer) Buffered() int { return b.n }

// Size returns the size of the buffer.
func (b *Writer) Size() int { return len(b.buf) }

// Write writes p; large writes with an empty buffer go straight
// through.
func (b *Writer) Write(p []byte) (nn int, err error) {
	for len(p) > b.Available() && b.err == nil {
		var n int
		if b.n == 0 {
			n, b.err = b.wr.Write(p)
		} else {
			n = copy(b.buf[b.n:], p)
			b.n += n
			b.Flush()
		}
		nn += n
		p = p[n:]
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], p)
	b.n += n
	nn += n
	return nn, nil
}

// WriteString writes s.
func (b *Writer) WriteString(s string) (int, error) {
	nn := 0
	for len(s) > b.Available() && b.err == nil {
		n := copy(b.buf[b.n:], s)
		b.n += n
		nn += n
		s = s[n:]
		b.Flush()
	}
	if b.err != nil {
		return nn, b.err
	}
	n := copy(b.buf[b.n:], s)
	b.n += n
	nn += n
	return nn, nil
}

// WriteByte writes one byte.
func (b *Writer) WriteByte(c byte) error {
	if b.err != nil {
		return b.err
	}
	if b.Available() <= 0 && b.Flush() != nil {
		return b.err
	}
	b.buf[b.n] = c
	b.n++
	return nil
}

// WriteRune writes the UTF-8 encoding of r.
func (b *Writer) WriteRune(r rune) (size int, err error) {
	return b.WriteString(string(r))
}

// ReadWriter pairs a *Reader and a *Writer.
type ReadWriter struct {
	*Reader
	*Writer
}

// NewReadWriter returns a ReadWriter over r and w.
func NewReadWriter(r *Reader, w *Writer) *ReadWriter { return &ReadWriter{r, w} }
