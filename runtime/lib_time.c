/*
 * lib_time.c — the bodyless functions and methods of package time
 * (compiler/lib/time.g).
 *
 * A Time is { wall, mono int64; hasMono bool }: wall-clock nanoseconds
 * since 1970 and, for times read from the clock, the monotonic reading.
 * A Timer or Ticker is { C <-chan Time; r *runtimeTimer }, r pointing at
 * a libtimer below: the runtime's timer (time.c) with the channel it
 * feeds or the function AfterFunc runs.  The runtime runs a timer's
 * callback on a scheduler thread, where it must not block: a tick sends
 * the time with chan_trysend (a full channel drops it, as Go's does) and
 * AfterFunc starts a goroutine.
 *
 * Duration.String and Time.String print Go's formats: "1h2m3.5s",
 * "1.5µs", "0s"; "2009-11-10 23:00:00.5 +0000 UTC m=+0.000012345" (the
 * time zone is always UTC; m is the monotonic reading since the process
 * started).
 */
#include "internal.h"

#include <string.h>

typedef struct lib_Time {
    int64_t wall, mono;
    bool hasMono;
} lib_Time;

typedef struct libtimer {
    gort_timer t;       /* first: the runtime's heap points here */
    gort_chan *c;       /* chan Time, or NULL (AfterFunc) */
    gort_func *f;       /* AfterFunc's function */
} libtimer;

typedef struct lib_Timer {
    gort_chan *C;
    libtimer *r;
} lib_Timer;

static int64_t process_start;

__attribute__((constructor)) static void time_init(void) { process_start = gort_nanotime(); }

int64_t gort_time_walltime(void) { return gort_walltime(); }
int64_t gort_time_nanotime(void) { return gort_nanotime(); }

/* func Sleep(d Duration) */
void gort_time_Sleep(int64_t d) { gort_sleep(d); }

/* ---- formatting ------------------------------------------------------- */

/* Write u's decimal digits ending at buf[w) backwards; returns the new w. */
static int putint(char *buf, int w, uint64_t u) {
    do {
        buf[--w] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    return w;
}

/* Write the `prec` fractional digits of v (v's last prec digits) as
 * ".ddd" without trailing zeros (nothing if all zero), backwards; *v
 * becomes the integer part. */
static int putfrac(char *buf, int w, uint64_t *v, int prec) {
    bool print = false;
    for (int i = 0; i < prec; i++) {
        int digit = (int)(*v % 10);
        print = print || digit != 0;
        if (print) buf[--w] = (char)('0' + digit);
        *v /= 10;
    }
    if (print) buf[--w] = '.';
    return w;
}

static gort_string copyout(const char *p, size_t n) {
    uint8_t *s = gort_alloc_noscan(n);
    memcpy(s, p, n);
    return (gort_string){s, (int64_t)n};
}

/* func (d Duration) String() string */
gort_string gort_time_Duration_String(int64_t d) {
    char buf[32];
    int w = sizeof buf;
    bool neg = d < 0;
    uint64_t u = neg ? -(uint64_t)d : (uint64_t)d;
    if (u < 1000000000) {
        if (u == 0) return GORT_STR("0s");
        int prec;
        buf[--w] = 's';
        if (u < 1000) {
            prec = 0;
            buf[--w] = 'n';
        } else if (u < 1000000) {
            prec = 3;
            w -= 2; /* "µ" is two bytes in UTF-8 */
            memcpy(buf + w, "\xC2\xB5", 2);
        } else {
            prec = 6;
            buf[--w] = 'm';
        }
        w = putfrac(buf, w, &u, prec);
        w = putint(buf, w, u);
    } else {
        buf[--w] = 's';
        w = putfrac(buf, w, &u, 9);
        w = putint(buf, w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            w = putint(buf, w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                w = putint(buf, w, u);
            }
        }
    }
    if (neg) buf[--w] = '-';
    return copyout(buf + w, sizeof buf - (size_t)w);
}

/* Days since 1970-01-01 to year, month (1-12), day: the proleptic
 * Gregorian calendar, counted in 400-year eras from March 1. */
static void civil(int64_t days, int64_t *y, int *m, int *d) {
    days += 719468;
    int64_t era = (days >= 0 ? days : days - 146096) / 146097;
    int64_t doe = days - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

static int putpad(char *buf, int w, uint64_t v, int width) {
    for (int i = 0; i < width; i++) {
        buf[--w] = (char)('0' + v % 10);
        v /= 10;
    }
    return w;
}

/* func (t Time) String() string */
gort_string gort_time_Time_String(lib_Time t) {
    char buf[96];
    int w = sizeof buf;
    if (t.hasMono) {
        int64_t m = t.mono - process_start;
        bool neg = m < 0;
        uint64_t u = neg ? -(uint64_t)m : (uint64_t)m;
        w = putpad(buf, w, u % 1000000000, 9);
        buf[--w] = '.';
        w = putint(buf, w, u / 1000000000);
        buf[--w] = neg ? '-' : '+';
        w -= 3;
        memcpy(buf + w, " m=", 3);
    }
    w -= 10;
    memcpy(buf + w, " +0000 UTC", 10);
    int64_t sec = t.wall / 1000000000, nsec = t.wall % 1000000000;
    if (nsec < 0) {
        nsec += 1000000000;
        sec--;
    }
    uint64_t frac = (uint64_t)nsec;
    w = putfrac(buf, w, &frac, 9);
    int64_t days = sec / 86400, rem = sec % 86400;
    if (rem < 0) {
        rem += 86400;
        days--;
    }
    w = putpad(buf, w, (uint64_t)(rem % 60), 2);
    buf[--w] = ':';
    w = putpad(buf, w, (uint64_t)(rem / 60 % 60), 2);
    buf[--w] = ':';
    w = putpad(buf, w, (uint64_t)(rem / 3600), 2);
    buf[--w] = ' ';
    int64_t y;
    int mo, d;
    civil(days, &y, &mo, &d);
    w = putpad(buf, w, (uint64_t)d, 2);
    buf[--w] = '-';
    w = putpad(buf, w, (uint64_t)mo, 2);
    buf[--w] = '-';
    w = putpad(buf, w, (uint64_t)(y < 0 ? -y : y), 4);
    if (y < 0) buf[--w] = '-';
    return copyout(buf + w, sizeof buf - (size_t)w);
}

/* ---- timers ------------------------------------------------------------- */

static void sendtime(void *arg, int64_t seq) {
    (void)seq;
    libtimer *lt = arg;
    lib_Time now = {gort_walltime(), gort_nanotime(), true};
    chan_trysend(lt->c, &now);
}

static void runfunc(void *arg) {
    gort_func *f = *(gort_func **)arg;
    ((void (*)(gort_func *))f->fn)(f);
}

static void gofunc(void *arg, int64_t seq) {
    (void)seq;
    libtimer *lt = arg;
    newproc(runfunc, &lt->f, sizeof lt->f, 0);
}

static int64_t when(int64_t d) {
    int64_t t = gort_nanotime() + (d > 0 ? d : 0);
    return t < 0 ? INT64_MAX : t; /* overflow: never */
}

static lib_Timer *newtimer(int64_t d, int64_t period, gort_func *f) {
    lib_Timer *tm = gort_alloc(sizeof *tm);
    libtimer *lt = gort_alloc(sizeof *lt);
    if (f) {
        lt->f = f;
        lt->t.f = gofunc;
    } else {
        lt->c = gort_makechan(sizeof(lib_Time), 1);
        lt->t.f = sendtime;
    }
    lt->t.arg = lt;
    lt->t.when = when(d);
    lt->t.period = period;
    tm->C = lt->c;
    tm->r = lt;
    gort_timer_start(&lt->t);
    return tm;
}

static void nilcheck(const void *p) {
    if (!p) gort_panic_runtime("invalid memory address or nil pointer dereference");
}

/* func NewTimer(d Duration) *Timer */
lib_Timer *gort_time_NewTimer(int64_t d) { return newtimer(d, 0, NULL); }

/* func AfterFunc(d Duration, f func()) *Timer */
lib_Timer *gort_time_AfterFunc(int64_t d, gort_func *f) {
    nilcheck(f);
    return newtimer(d, 0, f);
}

/* func (t *Timer) Stop() bool */
bool gort_time_Timer_Stop(lib_Timer *t) {
    nilcheck(t);
    if (!t->r) gort_panicstr(GORT_STR("time: Stop called on uninitialized Timer"));
    return gort_timer_stop(&t->r->t);
}

/* func (t *Timer) Reset(d Duration) bool */
bool gort_time_Timer_Reset(lib_Timer *t, int64_t d) {
    nilcheck(t);
    if (!t->r) gort_panicstr(GORT_STR("time: Reset called on uninitialized Timer"));
    return gort_timer_reset(&t->r->t, when(d));
}

/* func NewTicker(d Duration) *Ticker */
lib_Timer *gort_time_NewTicker(int64_t d) {
    if (d <= 0) gort_panicstr(GORT_STR("non-positive interval for NewTicker"));
    return newtimer(d, d, NULL);
}

/* func (t *Ticker) Stop() */
void gort_time_Ticker_Stop(lib_Timer *t) {
    nilcheck(t);
    if (t->r) gort_timer_stop(&t->r->t); /* Go: a zero Ticker's Stop does nothing */
}

/* func (t *Ticker) Reset(d Duration) */
void gort_time_Ticker_Reset(lib_Timer *t, int64_t d) {
    if (d <= 0) gort_panicstr(GORT_STR("non-positive interval for Ticker.Reset"));
    nilcheck(t);
    if (!t->r) gort_panicstr(GORT_STR("time: Reset called on uninitialized Ticker"));
    gort_timer_stop(&t->r->t);
    t->r->t.period = d;
    gort_timer_reset(&t->r->t, when(d));
}
