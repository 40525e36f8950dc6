// Package time: durations, the clock, sleeping, timers and tickers.
//
// Duration arithmetic and the Time comparisons are written in G; the
// clocks, Sleep, the timers and the formatting of durations and times
// are bodyless (runtime/lib_time.c, over the runtime's timer heap, whose
// callbacks feed a Timer's channel C without ever blocking).
package time

// A Duration is the time elapsed between two instants, in nanoseconds.
type Duration int64

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns the duration as Go writes it: "72h3m0.5s", "1.5µs",
// "0s".
func (d Duration) String() string

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns d rounded toward zero to a multiple of m (d itself
// if m <= 0).
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

// Round returns d rounded to the nearest multiple of m, halfway values
// away from zero, saturating at the extremes of Duration.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if r+r < m {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return -1 << 63
	}
	if r+r < m {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return 1<<63 - 1
}

// Abs returns the absolute value of d (the largest Duration for the
// smallest).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == -1<<63:
		return 1<<63 - 1
	default:
		return -d
	}
}

// A Time is an instant: wall-clock nanoseconds since 1970 (UTC) and,
// for times read from the clock, a monotonic reading that Sub, Since
// and Until prefer.
type Time struct {
	wall    int64
	mono    int64
	hasMono bool
}

// Now returns the current time.
func Now() Time { return Time{walltime(), nanotime(), true} }

// Unix returns the Time of sec seconds and nsec nanoseconds since
// January 1, 1970 UTC.
func Unix(sec int64, nsec int64) Time { return Time{sec*1e9 + nsec, 0, false} }

// UnixMilli returns the Time of msec milliseconds since 1970.
func UnixMilli(msec int64) Time { return Time{msec * 1e6, 0, false} }

// Since returns the time elapsed since t: Now().Sub(t).
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t: t.Sub(Now()).
func Until(t Time) Duration { return t.Sub(Now()) }

// Sub returns the duration t-u, saturating at the extremes.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subSat(t.mono, u.mono)
	}
	return subSat(t.wall, u.wall)
}

func subSat(a, b int64) Duration {
	d := Duration(a - b)
	if b < 0 && d < Duration(a) {
		return 1<<63 - 1
	}
	if b > 0 && d > Duration(a) {
		return -1 << 63
	}
	return d
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	t.wall += int64(d)
	t.mono += int64(d)
	return t
}

// After reports whether t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.wall > u.wall
}

// Before reports whether t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.wall < u.wall
}

// Equal reports whether t and u are the same instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.wall == u.wall
}

// IsZero reports whether t is the zero Time.
func (t Time) IsZero() bool { return t.wall == 0 && !t.hasMono }

// Unix, UnixMilli, UnixMicro, UnixNano: t as a count since 1970.
func (t Time) Unix() int64 {
	s := t.wall / 1e9
	if t.wall%1e9 < 0 {
		s--
	}
	return s
}

func (t Time) UnixMilli() int64 {
	s := t.wall / 1e6
	if t.wall%1e6 < 0 {
		s--
	}
	return s
}

func (t Time) UnixMicro() int64 {
	s := t.wall / 1e3
	if t.wall%1e3 < 0 {
		s--
	}
	return s
}

func (t Time) UnixNano() int64 { return t.wall }

// Nanosecond returns the nanosecond offset within the second.
func (t Time) Nanosecond() int {
	n := t.wall % 1e9
	if n < 0 {
		n += 1e9
	}
	return int(n)
}

// Round(0) and Truncate(0) strip the monotonic reading (other
// multiples are not supported: they return t unchanged but stripped).
func (t Time) Round(d Duration) Time {
	t.mono = 0
	t.hasMono = false
	return t
}

func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	t.hasMono = false
	return t
}

// String returns the time as Go prints it, in UTC:
// "2009-11-10 23:00:00.123 +0000 UTC m=+0.000012345".
func (t Time) String() string

// Sleep pauses the current goroutine for at least d.
func Sleep(d Duration)

// The timer record behind a Timer or Ticker: the runtime's (lib_time.c).
type runtimeTimer struct {
	words [12]int64
}

// A Timer sends the current time on C once, when it expires (or, made
// by AfterFunc, calls a function in its own goroutine instead).
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTimer creates a Timer that sends the time on its channel after d.
func NewTimer(d Duration) *Timer

// AfterFunc calls f in its own goroutine after d; the Timer's C is nil.
func AfterFunc(d Duration, f func()) *Timer

// Stop prevents the Timer from firing; it reports whether it did.
func (t *Timer) Stop() bool

// Reset makes the Timer expire after d; it reports whether the timer
// was still active.
func (t *Timer) Reset(d Duration) bool

// After waits for d and then sends the current time on the channel it
// returns: NewTimer(d).C.
func After(d Duration) <-chan Time { return NewTimer(d).C }

// A Ticker sends the time on C every period (dropping ticks for a slow
// receiver).
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTicker returns a Ticker with period d; it panics if d <= 0.
func NewTicker(d Duration) *Ticker

// Stop turns the ticker off.
func (t *Ticker) Stop()

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration)

// Tick is NewTicker(d).C, or nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// The clocks (runtime/lib_time.c).
func walltime() int64
func nanotime() int64
