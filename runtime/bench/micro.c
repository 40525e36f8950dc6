/*
 * micro.c — micro-benchmarks of libgort, the goroutine runtime, used the
 * way gocc's generated C uses it: through gort.h only (one exception,
 * marked below), with every function of more than a trivial frame split
 * into an entry stub (the stack check) and a noinline body, and a
 * GORT_BACKEDGE() on every loop back edge.  Run it with
 * `make bench-runtime`; it takes a few seconds.
 *
 * How to read the output.  One line per measurement:
 *
 *     name               procs   median     min     max    cpu  unit
 *
 * Each measurement is repeated 5 times after one untimed warm-up (a tenth
 * of the size); `median` is the median of the 5 in ns per operation (the
 * unit says which operation), then the fastest and slowest.  `procs` is the
 * GOMAXPROCS the measurement ran at, read back from the runtime while it
 * ran: the program sets GOMAXPROCS=1 itself (whatever the environment
 * says) and switches to 2 only for the lines marked 2.  `cpu` is the
 * process's CPU time over wall time across the 5 runs: at procs 1 it should
 * be ~100% (a few % more is the system monitor thread); well below means
 * the thread waited for the core (the machine's two cores are shared) or
 * slept, and the line is not to be trusted; well above 100% at procs 2 is
 * the second thread (or one spinning for work).  Look at
 * min..max too: a wide spread means someone else was running.  Arguments
 * select measurements by name prefix: `micro chan split.hot`.
 * Compare with /work/shared/bench/README.md (real Go, same machine) and
 * with the C floor, `gcc -O2 -o /tmp/ctxswitch ctxswitch.c`, run in the
 * same session.
 *
 * The measurements.
 *
 *  0. mem.parked: resident memory per parked goroutine (one run, first,
 *     before any pool is warm): VmRSS growth while 100,000 goroutines sit
 *     blocked on one channel, divided by 100,000.  Go's figure on this
 *     machine kind is in shared/bench/README.md (parked.go).
 *  1. switch.gosched: two goroutines that do nothing but runtime.Gosched(),
 *     alternately, at GOMAXPROCS=1; ns per Gosched, i.e. per switch from
 *     one goroutine to the other.  Gosched puts the caller on the global
 *     run queue (as Go does), so the other goroutine is normally reached
 *     through the M's g0 and schedule(): this is the scheduler's round
 *     trip, not just the register swap.
 *     switch.raw: the bare primitive, gort_ctxswitch, bouncing between the
 *     benchmark goroutine and a coroutine on a private stack; ns per switch.
 *     It is not in gort.h: this is the one place the benchmark reaches past
 *     the ABI, by declaring the symbol as internal.h does (internal.h itself
 *     is not included).  Compare it with ctxswitch.c's "asm switch": the
 *     two are the same six-register swap, so they should agree.
 *
 *  2. spawn.exit: `wg.Add(1); go f(&wg)` where f only calls wg.Done(),
 *     1,000,000 times, then wg.Wait(); ns per goroutine, creation to exit,
 *     wait included.  At GOMAXPROCS=1 the spawner runs until the system
 *     monitor preempts it (10 ms), so ~100,000 goroutines are alive at
 *     once (the line below it, spawn.peak_live, samples the count every
 *     1024 spawns): the cost is dominated by cache misses on cold G
 *     structs and stack segments, not by instructions.  Go at one proc:
 *     ~1000 ns per goroutine (whole process, same peak behaviour).
 *
 *  3. chan.unbuffered: ping-pong over two unbuffered channels, main sends
 *     on one and receives on the other, a goroutine the reverse; ns per
 *     hand-off (a round trip is two).  Each hand-off is a park, a wake and
 *     a switch: Go needs ~100 ns at one proc.  Also at GOMAXPROCS=2, where
 *     a wake-up may cross threads (Go is slower there too).
 *
 *  4. chan.buffered128: one producer, one consumer (main), a buffered
 *     channel of 128 ints; ns per item.  Mostly the buffered fast path, with
 *     a park/wake each time the buffer fills or drains.  Go: ~29 ns at one
 *     proc.  Also at GOMAXPROCS=2.
 *
 *  5. mutex.uncontended: Lock + Unlock of a sync.Mutex, one goroutine;
 *     ns per pair (Go: ~5 ns).  The two CAS-es and the call overhead.
 *
 *  6. call.checked / call.plain: a chain a -> b -> c -> d of noinline
 *     functions called in a loop, four calls per iteration.  In "checked"
 *     each callee is a split function (its entry stub is inlined into the
 *     caller: a TLS load, a subtraction, a compare and a not-taken branch,
 *     then the call to the body; GCC also gives each caller a small frame,
 *     sub/add %rsp, which only the slow path needs); in "plain" the same
 *     bodies are called directly (GCC folds the two identical leaves into
 *     one: harmless).  ns per call, and call.check_overhead = checked - plain,
 *     the price of the stack check per call (on an out-of-order core it can
 *     be ~0: the check is off the critical path).  The leaf clobbers memory
 *     in an asm barrier so GCC can neither prove the chain pure nor hoist
 *     the guard load out of the loop.
 *
 *  7. The hot split, segmented stacks' known weakness: a call, in a loop,
 *     exactly where the current segment has no room for the callee's frame,
 *     so every call goes through gort_morestack onto another segment and
 *     back (the runtime caches the segment it left, so no allocation after
 *     the first time).  Two shapes, each against the same call made with
 *     plenty of room ("away"), and the ratio:
 *       - split.hot.4k: a function whose frame estimate is 4 KB, called from
 *         a fresh goroutine.  A first segment is 2 KB, of which ~1.2 KB is
 *         above the guard, so that call can never fit: every call crosses,
 *         whatever the depth.  (The cleverer alternative to searching for
 *         the depth empirically.)  The new segment is 8 KB.
 *       - split.hot.64: a 64-byte-frame function, the common case: the
 *         goroutine reads how much room is left (gort_sp() minus
 *         gort_tls.stackguard, both in gort.h), eats all but ~32 bytes of
 *         it with alloca, and calls in a loop from there.  Each call
 *         crosses to a 4 KB segment.
 *     Each `hot` line is checked to really cross (and each `away` line
 *     never to): the program says so if the layout ever changes.
 *
 * Everything that runs on the 2 KB first segment of a goroutine keeps a
 * tiny frame; the driver itself runs in a split function whose 16 KB frame
 * estimate moves it onto a 32 KB segment first, as generated code for a
 * function with a big frame would.
 */
#include "gort.h"

#include <stdint.h>
#include <stdio.h>
#include <time.h>

/* ===================================================================== */
/* Harness                                                               */
/* ===================================================================== */

#define REPS 5

/* The entry stub of a split function of one int64 argument returning
 * int64, in the form the compiler emits (see gort.h): check, then call the
 * body here or on a new segment through a thunk. */
#define SPLIT_FN1(name, frame)                                             \
    static int64_t name##_body(int64_t) __attribute__((noinline, noclone)); \
    struct name##_args {                                                   \
        int64_t a0, r;                                                     \
    };                                                                     \
    static void name##_thunk(void *p) {                                    \
        struct name##_args *a = p;                                         \
        a->r = name##_body(a->a0);                                         \
    }                                                                      \
    static inline __attribute__((always_inline)) int64_t name(int64_t a0) { \
        if (GORT_LIKELY(GORT_STACK_OK(frame))) return name##_body(a0);     \
        struct name##_args a = {a0, 0};                                    \
        gort_morestack(name##_thunk, &a, frame);                           \
        return a.r;                                                        \
    }

/* Keep a value alive and opaque to the optimiser. */
#define OPAQUE(x) __asm__ volatile("" : "+r"(x))
#define CLOBBER() __asm__ volatile("" ::: "memory")

static int failures;

static void fail(const char *what) {
    gort_dprintf(2, "micro: %s\n", what);
    failures++;
}

static void sort5(double *v, int n) {
    for (int i = 1; i < n; i++) {
        double x = v[i];
        int j = i;
        for (; j > 0 && v[j - 1] > x; j--) v[j] = v[j - 1];
        v[j] = x;
    }
}

/* Run fn(n) once untimed at n/10, then REPS times; print the line and
 * return the median.  fn returns ns per operation. */
static int g_argc;
static char **g_argv;

/* With arguments, run only the measurements whose names start with one. */
static bool selected(const char *name) {
    if (g_argc < 2) return true;
    for (int i = 1; i < g_argc; i++) {
        const char *a = g_argv[i], *b = name;
        while (*a && *a == *b) a++, b++;
        if (!*a) return true;
    }
    return false;
}

/* The process's CPU time, read on the system stack (a libc call). */
static void cputime_sys(void *p) {
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    *(int64_t *)p = (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
static int64_t cputime(void) {
    int64_t t;
    gort_systemstack(cputime_sys, &t);
    return t;
}

static double measure(const char *name, const char *unit, double (*fn)(int64_t), int64_t n) {
    double v[REPS];
    if (!selected(name)) return 0;
    fn(n / 10 > 0 ? n / 10 : 1);
    int64_t w0 = gort_nanotime(), c0 = cputime();
    for (int i = 0; i < REPS; i++) v[i] = fn(n);
    int64_t w1 = gort_nanotime(), c1 = cputime();
    sort5(v, REPS);
    double med = v[REPS / 2];
    gort_printf("%-24s %5lld %10.2f %9.2f %9.2f %5.0f%%  %s\n", name, (long long)gort_gomaxprocs(0),
                med, v[0], v[REPS - 1], 100.0 * (double)(c1 - c0) / (double)(w1 - w0), unit);
    return med;
}

static double per(int64_t t0, int64_t t1, int64_t ops) { return (double)(t1 - t0) / (double)ops; }

/* ===================================================================== */
/* 1. Context switch                                                     */
/* ===================================================================== */

struct yieldargs {
    int64_t n;
    gort_waitgroup *wg;
};

static void yielder(void *p) {
    struct yieldargs *a = p;
    for (int64_t i = 0; i < a->n; i++) {
        gort_gosched();
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(a->wg);
}

static double b_gosched(int64_t n) {
    gort_waitgroup wg = {0};
    struct yieldargs a = {n, &wg};
    gort_waitgroup_add(&wg, 1);
    gort_go(yielder, &a, sizeof a);
    int64_t t0 = gort_nanotime();
    for (int64_t i = 0; i < n; i++) {
        gort_gosched();
        GORT_BACKEDGE();
    }
    gort_waitgroup_wait(&wg);
    int64_t t1 = gort_nanotime();
    return per(t0, t1, 2 * n);
}

/* Outside the ABI: declared in internal.h (switch_x86_64.S), not gort.h.
 * Only this measurement uses it. */
void gort_ctxswitch(void **save_sp, void *new_sp);

#define CO_STACK (16 * 1024)
static void *co_stack;           /* the coroutine's stack (GC heap, noscan) */
static void *co_sp, *co_mainsp;  /* saved stack pointers */
static volatile int64_t co_count;

/* Runs on co_stack, never returns: each round trip bumps the counter. */
static void __attribute__((noreturn, noinline)) co_body(void) {
    for (;;) {
        co_count++;
        gort_ctxswitch(&co_sp, co_mainsp);
    }
}

static double b_rawswitch(int64_t n) {
    if (!co_stack) co_stack = gort_alloc_noscan(CO_STACK);
    /* An initial frame for gort_ctxswitch to pop: six callee-saved
     * registers, then co_body as the return address, above a null slot
     * that stands for co_body's own return address (so co_body starts
     * with the stack aligned as after a call). */
    uintptr_t top = ((uintptr_t)co_stack + CO_STACK) & ~(uintptr_t)15;
    void **sp = (void **)top;
    *--sp = 0;
    *--sp = (void *)co_body;
    for (int i = 0; i < 6; i++) *--sp = 0;
    co_sp = sp;
    co_count = 0;
    int64_t t0 = gort_nanotime();
    for (int64_t i = 0; i < n; i++) gort_ctxswitch(&co_mainsp, co_sp);
    int64_t t1 = gort_nanotime();
    if (co_count != n) fail("raw switch: lost round trips");
    return per(t0, t1, 2 * n);
}

/* ===================================================================== */
/* 2. Spawn + exit                                                       */
/* ===================================================================== */

static void empty_g(void *p) { gort_waitgroup_done(*(gort_waitgroup **)p); }

static int64_t spawn_peak; /* most goroutines alive at once (sampled) */

static double b_spawn(int64_t n) {
    gort_waitgroup wg = {0};
    gort_waitgroup *wgp = &wg;
    int64_t t0 = gort_nanotime();
    for (int64_t i = 0; i < n; i++) {
        gort_waitgroup_add(&wg, 1);
        gort_go(empty_g, &wgp, sizeof wgp);
        if ((i & 1023) == 0) {
            int64_t live = gort_numgoroutine();
            if (live > spawn_peak) spawn_peak = live;
        }
        GORT_BACKEDGE();
    }
    gort_waitgroup_wait(&wg);
    int64_t t1 = gort_nanotime();
    if (gort_numgoroutine() != 1) fail("spawn: goroutines left over");
    return per(t0, t1, n);
}

/* ===================================================================== */
/* 3. Unbuffered hand-off                                                */
/* ===================================================================== */

struct pingargs {
    gort_chan *ping, *pong;
    int64_t n;
};

static void ponger(void *p) {
    struct pingargs *a = p;
    for (int64_t i = 0; i < a->n; i++) {
        int64_t v;
        gort_chanrecv(a->ping, &v);
        v++;
        gort_chansend(a->pong, &v);
        GORT_BACKEDGE();
    }
}

static double b_unbuffered(int64_t n) {
    struct pingargs a = {gort_makechan(8, 0), gort_makechan(8, 0), n};
    gort_go(ponger, &a, sizeof a);
    int64_t v = 0;
    int64_t t0 = gort_nanotime();
    for (int64_t i = 0; i < n; i++) {
        gort_chansend(a.ping, &v);
        gort_chanrecv(a.pong, &v);
        GORT_BACKEDGE();
    }
    int64_t t1 = gort_nanotime();
    if (v != n) fail("unbuffered: wrong value");
    return per(t0, t1, 2 * n);
}

/* ===================================================================== */
/* 4. Buffered producer / consumer                                       */
/* ===================================================================== */

struct prodargs {
    gort_chan *c;
    int64_t n;
};

static void producer(void *p) {
    struct prodargs *a = p;
    for (int64_t i = 0; i < a->n; i++) {
        gort_chansend(a->c, &i);
        GORT_BACKEDGE();
    }
}

static double b_buffered(int64_t n) {
    struct prodargs a = {gort_makechan(8, 128), n};
    gort_go(producer, &a, sizeof a);
    int64_t sum = 0;
    int64_t t0 = gort_nanotime();
    for (int64_t i = 0; i < n; i++) {
        int64_t v;
        gort_chanrecv(a.c, &v);
        sum += v;
        GORT_BACKEDGE();
    }
    int64_t t1 = gort_nanotime();
    if (sum != n * (n - 1) / 2) fail("buffered: wrong sum");
    return per(t0, t1, n);
}

/* ===================================================================== */
/* 5. Uncontended mutex                                                  */
/* ===================================================================== */

static gort_mutex mu;
static volatile int64_t mu_counter;

static double b_mutex(int64_t n) {
    mu_counter = 0;
    int64_t t0 = gort_nanotime();
    for (int64_t i = 0; i < n; i++) {
        gort_mutex_lock(&mu);
        mu_counter++;
        gort_mutex_unlock(&mu);
        GORT_BACKEDGE();
    }
    int64_t t1 = gort_nanotime();
    if (mu_counter != n) fail("mutex: wrong count");
    return per(t0, t1, n);
}

/* ===================================================================== */
/* 6. Stack check per call                                               */
/* ===================================================================== */

/* Checked chain: each callee through its entry stub. */
SPLIT_FN1(ck_d, 48)
SPLIT_FN1(ck_c, 48)
SPLIT_FN1(ck_b, 48)
SPLIT_FN1(ck_a, 48)

static int64_t ck_d_body(int64_t x) {
    OPAQUE(x);
    CLOBBER();
    return x + 1;
}
static int64_t ck_c_body(int64_t x) { return ck_d(x) + 1; }
static int64_t ck_b_body(int64_t x) { return ck_c(x) + 1; }
static int64_t ck_a_body(int64_t x) { return ck_b(x) + 1; }

/* Plain chain: the same bodies, called directly. */
#define PLAIN __attribute__((noinline, noclone))
static PLAIN int64_t pl_d(int64_t x) {
    OPAQUE(x);
    CLOBBER();
    return x + 1;
}
static PLAIN int64_t pl_c(int64_t x) { return pl_d(x) + 1; }
static PLAIN int64_t pl_b(int64_t x) { return pl_c(x) + 1; }
static PLAIN int64_t pl_a(int64_t x) { return pl_b(x) + 1; }

static double b_checked(int64_t n) {
    int64_t acc = 0;
    int64_t t0 = gort_nanotime();
    for (int64_t i = 0; i < n; i++) {
        acc += ck_a(i);
        GORT_BACKEDGE();
    }
    int64_t t1 = gort_nanotime();
    if (acc != n * (n - 1) / 2 + 4 * n) fail("checked chain: wrong sum");
    return per(t0, t1, 4 * n);
}

static double b_plain(int64_t n) {
    int64_t acc = 0;
    int64_t t0 = gort_nanotime();
    for (int64_t i = 0; i < n; i++) {
        acc += pl_a(i);
        GORT_BACKEDGE();
    }
    int64_t t1 = gort_nanotime();
    if (acc != n * (n - 1) / 2 + 4 * n) fail("plain chain: wrong sum");
    return per(t0, t1, 4 * n);
}

/* ===================================================================== */
/* 7. Hot split                                                          */
/* ===================================================================== */

#define BIG_FRAME 4096
#define SMALL_FRAME 64

SPLIT_FN1(big, BIG_FRAME)
static int64_t big_body(int64_t x) {
    volatile char buf[BIG_FRAME - 256]; /* a frame that really is ~4 KB */
    buf[0] = (char)x;
    buf[sizeof buf - 1] = (char)x;
    return x + buf[0] - buf[sizeof buf - 1] + 1;
}

SPLIT_FN1(small, SMALL_FRAME)
static int64_t small_body(int64_t x) {
    volatile int64_t v = x;
    return v + 1;
}

static inline int64_t room(void) { return (int64_t)(gort_sp() - gort_tls.stackguard); }

/* The loop, shared by hot and away; `big_or_small` selects the callee. */
static inline __attribute__((always_inline)) int64_t split_loop(int64_t n, int which,
                                                                 int64_t *t0, int64_t *t1) {
    int64_t acc = 0;
    *t0 = gort_nanotime();
    if (which)
        for (int64_t i = 0; i < n; i++) {
            acc += big(i);
            GORT_BACKEDGE();
        }
    else
        for (int64_t i = 0; i < n; i++) {
            acc += small(i);
            GORT_BACKEDGE();
        }
    *t1 = gort_nanotime();
    return acc;
}

struct splitargs {
    int64_t n;
    int which;           /* 1: big, 0: small */
    int64_t room;        /* room above the guard where the loop ran */
    int64_t acc;
    double ns;
    gort_waitgroup *wg;
};

/* Hot: a fresh goroutine, so the loop runs on a 2 KB first segment. */
static void __attribute__((noinline)) hot_g(void *p) {
    struct splitargs *a = *(struct splitargs **)p; /* results go back here */
    int64_t t0, t1;
    if (!a->which) {
        /* Land ~32 bytes above the guard: a 64-byte frame never fits. */
        int64_t r = room();
        char *pad = __builtin_alloca(r > 64 ? (size_t)(r - 32) : 1);
        __asm__ volatile("" : : "r"(pad) : "memory");
    }
    a->room = room();
    a->acc = split_loop(a->n, a->which, &t0, &t1);
    a->ns = per(t0, t1, a->n);
    gort_waitgroup_done(a->wg);
}

static double run_hot(int64_t n, int which) {
    gort_waitgroup wg = {0};
    struct splitargs a = {n, which, 0, 0, 0, &wg};
    gort_waitgroup_add(&wg, 1);
    struct splitargs *ap = &a;
    gort_go(hot_g, &ap, sizeof ap);
    gort_waitgroup_wait(&wg);
    /* Sum of i + 1 over i < n. */
    if (a.acc != n * (n - 1) / 2 + n) fail("hot split: wrong sum");
    int64_t need = which ? BIG_FRAME : SMALL_FRAME;
    if (a.room >= need) fail("hot split: the call did not cross a segment boundary");
    return a.ns;
}

/* Away: the same loop with 16 KB above the guard, so nothing crosses. */
SPLIT_FN1(away, 16384)
static int64_t away_body(int64_t packed) {
    int64_t n = packed >> 1, t0, t1;
    int which = (int)(packed & 1);
    if (room() < 2 * BIG_FRAME) fail("away: not enough room, calls would cross");
    int64_t acc = split_loop(n, which, &t0, &t1);
    if (acc != n * (n - 1) / 2 + n) fail("away: wrong sum");
    return t1 - t0;
}

static double b_hot_big(int64_t n) { return run_hot(n, 1); }
static double b_hot_small(int64_t n) { return run_hot(n, 0); }
static double b_away_big(int64_t n) { return (double)away(n << 1 | 1) / (double)n; }
static double b_away_small(int64_t n) { return (double)away(n << 1) / (double)n; }

/* ===================================================================== */
/* Driver                                                                */
/* ===================================================================== */

/* mem.parked: resident memory per parked goroutine.  100,000 goroutines
 * each block receiving on one channel; the growth of VmRSS from before
 * the spawn to when all are parked, divided by the count (the G, its
 * first stack segment, allocator overhead).  Runs first, so no earlier
 * measurement has filled the segment pools. */
static void rss_sys(void *arg) {
    long *kb = arg;
    FILE *f = fopen("/proc/self/status", "r");
    char line[128];
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "VmRSS: %ld kB", kb) == 1) break;
    if (f) fclose(f);
}

struct parkargs { gort_chan *start; gort_waitgroup *started, *done; };
static void parker(void *p) {
    struct parkargs *a = p;
    gort_waitgroup_done(a->started);
    gort_chanrecv(a->start, NULL);
    gort_waitgroup_done(a->done);
}

static void mem_parked(void) {
    enum { NPARK = 100000 };
    if (!selected("mem.parked")) return;
    long before = 0, after = 0;
    gort_systemstack(rss_sys, &before);
    gort_waitgroup started = {0}, done = {0};
    gort_waitgroup_add(&started, NPARK);
    gort_waitgroup_add(&done, NPARK);
    struct parkargs a = {gort_makechan(0, 0), &started, &done};
    for (int i = 0; i < NPARK; i++) {
        gort_go(parker, &a, sizeof a);
        GORT_BACKEDGE();
    }
    gort_waitgroup_wait(&started);
    gort_systemstack(rss_sys, &after);
    gort_closechan(a.start);
    gort_waitgroup_wait(&done);
    gort_printf("%-24s %5lld %10.0f %9s %9s %6s  %s\n", "mem.parked", (long long)gort_gomaxprocs(0),
                (double)(after - before) * 1024.0 / NPARK, "", "", "",
                "bytes of RSS per parked goroutine (100,000; one run)");
}

SPLIT_FN1(driver, 16384)
static int64_t driver_body(int64_t unused) {
    (void)unused;
    int64_t t0 = gort_nanotime();
    int64_t envprocs = gort_gomaxprocs(1);
    gort_printf("libgort micro-benchmarks: median of %d runs (after a warm-up), "
                "min, max; GOMAXPROCS %lld from the environment, set to 1 here\n",
                REPS, (long long)envprocs);
    gort_printf("%-24s %5s %10s %9s %9s %6s  %s\n", "name", "procs", "median", "min", "max", "cpu",
                "unit");

    mem_parked();
    measure("switch.gosched", "ns/switch", b_gosched, 300000);
    measure("switch.raw", "ns/switch", b_rawswitch, 2000000);

    if (measure("spawn.exit", "ns/goroutine", b_spawn, 1000000) > 0)
        gort_printf("%-24s %5s %10lld %9s %9s %6s  %s\n", "  (spawn.peak_live)", "",
                    (long long)spawn_peak, "", "", "", "goroutines alive at once, sampled");

    measure("chan.unbuffered", "ns/hand-off", b_unbuffered, 300000);
    measure("chan.buffered128", "ns/item", b_buffered, 1000000);
    gort_gomaxprocs(2);
    measure("chan.unbuffered", "ns/hand-off", b_unbuffered, 100000);
    measure("chan.buffered128", "ns/item", b_buffered, 1000000);
    gort_gomaxprocs(1);

    measure("mutex.uncontended", "ns/lock+unlock", b_mutex, 10000000);

    double ck = measure("call.checked", "ns/call", b_checked, 5000000);
    double pl = measure("call.plain", "ns/call", b_plain, 5000000);
    if (ck > 0 && pl > 0)
        gort_printf("%-24s %5lld %10.2f %9s %9s %6s  %s\n", "call.check_overhead",
                (long long)gort_gomaxprocs(0), ck - pl, "", "", "", "ns/call (checked - plain)");

    double hb = measure("split.hot.4k", "ns/call", b_hot_big, 2000000);
    double ab = measure("split.away.4k", "ns/call", b_away_big, 2000000);
    double hs = measure("split.hot.64", "ns/call", b_hot_small, 2000000);
    double as = measure("split.away.64", "ns/call", b_away_small, 2000000);
    if (hb > 0 && ab > 0)
        gort_printf("%-24s %5lld %10.1f %9s %9s %6s  %s\n", "split.ratio.4k", (long long)gort_gomaxprocs(0),
                hb / ab, "", "", "", "x (hot / away)");
    if (hs > 0 && as > 0)
        gort_printf("%-24s %5lld %10.1f %9s %9s %6s  %s\n", "split.ratio.64", (long long)gort_gomaxprocs(0),
                hs / as, "", "", "", "x (hot / away)");

    gort_printf("total %.1f s%s\n", (double)(gort_nanotime() - t0) / 1e9,
                failures ? ", WITH FAILURES (see stderr)" : "");
    return failures;
}

static void entry(void) {
    if (driver(0) != 0) gort_exit(1);
}

int main(int argc, char **argv) {
    g_argc = argc;
    g_argv = argv;
    return gort_start(argc, argv, entry);
}
