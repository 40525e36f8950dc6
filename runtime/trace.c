/*
 * trace.c — the scheduler made visible: a goroutine timeline in the
 * Chrome/Perfetto trace-event format (GOCCTRACE=out.json), the counters
 * behind GOCCDEBUG=stats=1, and Go's GODEBUG=schedtrace=N lines.
 *
 * The lecture says a goroutine starts on a ~2 KB stack that grows, that
 * M goroutines are multiplexed onto N threads, that a switch happens when
 * the running goroutine blocks, that a goroutine stuck in a system call
 * does not hold up the others.  Every one of those is an event here:
 *
 *     event        emitted by                      becomes in the JSON
 *     GOCREATE     newproc (the `go` statement)    "go f (G6)" on the creator's row,
 *                                                  a flow arrow to G6's first run
 *     GOSTART      setcurg (every switch to a G)   a running slice opens on
 *                                                  its P, its M and its own row
 *     GOSTOP       gopark, yield, goexit1, the     the slice closes, with why:
 *                  back-pressure yield,            the wait reason and the .g
 *                  exitsyscall without a P         line it blocked on
 *     GOREADY      goready (a send, a close, an    the blocked slice closes; a
 *                  Unlock, a timer)                flow arrow waker -> woken
 *     SYSENTER/EXIT entersyscall, exitsyscall      a "syscall" state
 *     HANDOFF      sysmon retaking a P             "P0 taken from M1 (syscall)"
 *     STEAL        runqsteal                       "steal 3 from P1"
 *     STACK        morestack_slow (a new segment)  "stack 1536 -> 4096"
 *     GCSTART/END  Boehm's collection callback     a "GC n" slice
 *     CHANMAKE     gort_makechan                   "chan 3 made at say.g:12"
 *
 * Cost when off.  Every hook is `if (GORT_UNLIKELY(trace_mode)) ...`: one
 * load of a global that never changes after start-up and a branch the
 * predictor learns at once.  The functions themselves are out of line.
 *
 * Recording.  Each M writes fixed-size binary records (TraceRec, 40
 * bytes) into its own buffer: no lock, no allocation, no atomic
 * read-modify-write on the hot path; only the owner writes, and it
 * publishes each record by a release store of the buffer's count.  A
 * buffer holds trace_bufrecs records and is a ring: when full, the oldest
 * are overwritten, and the file says how many were lost ("dropped").
 * Threads that are not Ms (sysmon) share one buffer under a spin lock;
 * they write a handful of events.  Timestamps are CLOCK_MONOTONIC
 * nanoseconds, one clock for every thread, so the buffers merge by time.
 *
 * Where a goroutine blocked.  The `.g` line of a block is found when the
 * goroutine parks: the stack words between gopark's frame and the top of
 * the goroutine's current segment are scanned for the first one that is a
 * return address into a function of the program (one of the compiler's
 * table, gort_setfuncnames; the function's extent comes from the symbol
 * table), preferring package main's functions over the library's.  Only
 * live frames lie above gopark's, and between it and the user's frame
 * there are only runtime frames, so the first such word is the call the
 * user's code is blocked in.  The address is turned into a file and line
 * (traceback.c's DWARF readers) only when the trace is written.
 *
 * Writing.  When the program ends, however it ends (main returns,
 * os.Exit, a panic, a fatal error such as a deadlock), trace_finish runs
 * on the exiting thread, on a stack of its own: it stops recording, merges
 * the buffers by time, replays them through a small state machine per
 * goroutine (created -> runnable -> running -> blocked/runnable/syscall ...
 * -> dead) and writes the JSON: slices per P, per M and per goroutine,
 * flows for wake-ups and creations, instants for steals, hand-offs and
 * stack growth, and a "gocc" object with the goroutine and channel tables,
 * the program's source files and the statistics.  Other Ms may still be
 * running while this happens (a program is over when its main goroutine
 * says so); their last record or two may be missed, never torn: a
 * buffer's count is read once, with acquire ordering, and in a buffer that
 * wrapped the oldest few records, which a writer could be overwriting,
 * are skipped.
 *
 * Nothing here allocates from the collected heap: buffers and tables are
 * mmap'ed, so recording works inside allocation and collection too.
 */
#include "internal.h"

#include <fcntl.h>
#include <stdarg.h>
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int trace_mode;
extern int gort_argc;     /* sched.c */
extern char **gort_argv;
static const char *trace_path;
static int64_t trace_t0;
static int64_t trace_tend;        /* when trace_finish began: the end of the timeline */

/* The records' clock.  gort_nanotime is a vDSO call, and under a
 * hypervisor's clock source (kvm-clock) it was 40% of a traced ping-pong's
 * time; where the CPU says its time-stamp counter ticks at a constant rate
 * and never stops (constant_tsc, nonstop_tsc), a record takes the counter
 * instead (LFENCE first, so it is not read before the work that precedes it
 * in program order), and finish_json maps ticks to nanoseconds by the two
 * points (trace_t0, tsc_t0) and (trace_tend, tsc_tend), as Go's tracer does
 * with cputicks. */
static bool trace_tsc;
static int64_t tsc_t0, tsc_tend;

static inline int64_t trace_clock(void) {
#if defined(__x86_64__)
    if (GORT_LIKELY(trace_tsc)) {
        __asm__ volatile("lfence" ::: "memory");
        return (int64_t)__builtin_ia32_rdtsc();
    }
#endif
    return gort_nanotime();
}

static bool tsc_usable(void) {
#if defined(__x86_64__)
    int fd = open("/proc/cpuinfo", O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    static char buf[8192];
    ssize_t n = read(fd, buf, sizeof buf - 1);
    close(fd);
    if (n <= 0) return false;
    buf[n] = 0;
    char *flags = strstr(buf, "\nflags");
    if (!flags) return false;
    char *eol = strchr(flags + 1, '\n');
    if (eol) *eol = 0;
    return strstr(flags, " constant_tsc") && strstr(flags, " nonstop_tsc");
#else
    return false;
#endif
}
static int64_t schedtrace_ms;     /* GODEBUG=schedtrace=N */
static bool scheddetail;          /* GODEBUG=scheddetail=1 */

/* ===================================================================== */
/* Records and buffers                                                   */
/* ===================================================================== */

enum {
    EV_NONE,
    EV_GOCREATE, /* goid new, a gopc, b start fn, c parent goid */
    EV_GOSTART,  /* goid, p, c M id */
    EV_GOSTOP,   /* goid, p, reason ST_*, a wait reason (const char *), b block pc, c chan id */
    EV_GOREADY,  /* goid woken, c waker goid (0: a timer, the runtime) */
    EV_SYSENTER, /* goid, p */
    EV_SYSEXIT,  /* goid, p: the P it runs on now, or NOP */
    EV_HANDOFF,  /* p, c the M that had it */
    EV_STEAL,    /* p thief, c victim P, a how many */
    EV_STACK,    /* goid, a old segment size, b new segment size, c total */
    EV_GCSTART,  /* a heap size */
    EV_GCEND,    /* a heap size, b collection number */
    EV_CHANMAKE, /* c chan id, a pc of the make, b capacity */
};

enum {
    ST_BLOCK = TRACE_BLOCK,
    ST_YIELD = TRACE_YIELD,
    ST_PREEMPT = TRACE_PREEMPT,
    ST_EXIT = TRACE_EXIT,
    ST_NOP = TRACE_NOP,
};

#define NOP 0xffff /* "no P" in a record's p */

typedef struct TraceRec {
    int64_t ts;
    int64_t goid;
    uint64_t a, b;
    uint32_t c;
    uint16_t p;
    uint8_t type, reason;
} TraceRec;
_Static_assert(sizeof(TraceRec) == 40, "TraceRec is 40 bytes");

/* Records per M: 40 MB of address space, touched as used; GOCCDEBUG=
 * tracebuf=N sets another size (the tests make it small to see drops). */
static uint64_t trace_bufrecs = 1u << 20; /* a power of two */

/* Counters for GOCCDEBUG=stats=1, one set per buffer, summed at exit. */
typedef struct TraceStats {
    uint64_t created, switches, steals, stolen, handoffs, syscalls, timers, segments, gcs;
    uint64_t ended, stackpeaksum, stackpeakmax, blocks, preempts, yields;
} TraceStats;

typedef struct TraceBuf {
    TraceRec *rec;            /* cap records, or NULL (stats only) */
    uint64_t cap;             /* a power of two */
    _Atomic uint64_t n;       /* records written; the newest is rec[(n-1) % cap] */
    struct TraceBuf *next;    /* all buffers, newest first */
    TraceStats st;
} TraceBuf;

static TraceBuf *_Atomic allbufs;
static TraceBuf sharedbuf;    /* threads without an M */
static _Atomic int sharedlock;
static _Atomic int64_t livegs, peakgs;
static _Atomic uint64_t peakheap;

static void *rawalloc(size_t n) {
    void *p = mmap(NULL, n, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

static void buf_link(TraceBuf *b) {
    TraceBuf *old = atomic_load(&allbufs);
    do b->next = old;
    while (!atomic_compare_exchange_weak(&allbufs, &old, b));
}

static TraceBuf *buf_new(void) {
    TraceBuf *b = rawalloc(sizeof *b);
    if (!b) return NULL;
    if (trace_path) {
        b->rec = rawalloc(sizeof(TraceRec) * (size_t)trace_bufrecs);
        if (!b->rec) return NULL;
        b->cap = trace_bufrecs;
    }
    buf_link(b);
    return b;
}

/* This thread's buffer, made on first use; NULL for threads without an M,
 * which use sharedbuf under sharedlock. */
static inline TraceBuf *mybuf(void) {
    M *mp = curm;
    if (!mp) return NULL;
    if (GORT_UNLIKELY(!mp->tracebuf)) mp->tracebuf = buf_new();
    return mp->tracebuf;
}

static void put(TraceBuf *b, int type, int64_t goid, uint32_t p, uint64_t a, uint64_t bb, uint32_t c,
                int reason) {
    if (!b->rec) return;
    uint64_t n = atomic_load_explicit(&b->n, memory_order_relaxed);
    TraceRec *r = &b->rec[n & (b->cap - 1)];
    r->ts = trace_clock();
    r->goid = goid;
    r->a = a;
    r->b = bb;
    r->c = c;
    r->p = (uint16_t)p;
    r->type = (uint8_t)type;
    r->reason = (uint8_t)reason;
    atomic_store_explicit(&b->n, n + 1, memory_order_release);
}

/* Record an event from wherever we are. */
static void emit(int type, int64_t goid, uint32_t p, uint64_t a, uint64_t b, uint32_t c, int reason) {
    if (!(trace_mode & TRACE_RECORD)) return;
    TraceBuf *tb = mybuf();
    if (tb) {
        put(tb, type, goid, p, a, b, c, reason);
        return;
    }
    int z = 0;
    while (!atomic_compare_exchange_weak(&sharedlock, &z, 1)) z = 0;
    put(&sharedbuf, type, goid, p, a, b, c, reason);
    atomic_store_explicit(&sharedlock, 0, memory_order_release);
}

/* The counters of this thread (sysmon's go to the shared buffer, racily:
 * sysmon is the only thread without an M that counts anything). */
static inline TraceStats *stats(void) {
    TraceBuf *b = mybuf();
    return b ? &b->st : &sharedbuf.st;
}

static inline uint32_t pid_of(M *mp) { return mp && mp->p ? (uint32_t)mp->p->id : NOP; }
static inline int64_t curgoid(void) {
    M *mp = curm;
    return mp && mp->curg && mp->curg != mp->g0 ? mp->curg->goid : 0;
}

/* ===================================================================== */
/* The program's functions, for block lines                              */
/* ===================================================================== */

typedef struct FnRange {
    uintptr_t lo, hi;
    bool ismain; /* package main's: preferred over the library's */
} FnRange;

static FnRange *fnr;
static int nfnr;
static uintptr_t fnlo, fnhi;

static int fnr_cmp(const void *x, const void *y) {
    uintptr_t a = ((const FnRange *)x)->lo, b = ((const FnRange *)y)->lo;
    return a < b ? -1 : a > b;
}

static void fnr_init(void) {
    const gort_funcname *tab;
    int64_t n = tb_functab(&tab);
    if (n <= 0) return;
    fnr = rawalloc(sizeof(FnRange) * (size_t)n);
    if (!fnr) return;
    for (int64_t i = 0; i < n; i++) {
        uintptr_t lo = (uintptr_t)tab[i].fn;
        size_t size = tb_funcsize(lo);
        fnr[nfnr].lo = lo;
        fnr[nfnr].hi = lo + (size ? size : 1);
        fnr[nfnr].ismain = !strncmp(tab[i].name, "main.", 5);
        nfnr++;
    }
    qsort(fnr, (size_t)nfnr, sizeof *fnr, fnr_cmp);
    fnlo = fnr[0].lo;
    for (int i = 0; i < nfnr; i++)
        if (fnr[i].hi > fnhi) fnhi = fnr[i].hi;
}

/* The function w is a return address into (strictly inside it), or NULL. */
static const FnRange *fnr_find(uintptr_t w) {
    if (w <= fnlo || w >= fnhi) return NULL;
    int lo = 0, hi = nfnr - 1, best = -1;
    while (lo <= hi) {
        int mid = (lo + hi) / 2;
        if (fnr[mid].lo < w) {
            best = mid;
            lo = mid + 1;
        } else {
            hi = mid - 1;
        }
    }
    return best >= 0 && w < fnr[best].hi ? &fnr[best] : NULL;
}

/* The return address of the call the current goroutine's code is blocked
 * in (see the essay), 0 if none is found.  Runs on the goroutine's stack:
 * small frame, no calls but the search. */
static uintptr_t __attribute__((noinline)) blockpc(G *gp) {
    if (!nfnr || !gp->stk) return 0;
    const uintptr_t *w = (const uintptr_t *)__builtin_frame_address(0);
    const uintptr_t *top = (const uintptr_t *)seg_top(gp->stk);
    if ((uintptr_t)w < (uintptr_t)gp->stk || w >= top) return 0; /* not on its stack */
    uintptr_t first = 0;
    for (int k = 0; w < top && k < 1024; w++, k++) {
        const FnRange *f = fnr_find(*w);
        if (!f) continue;
        if (f->ismain) return *w;
        if (!first) first = *w;
    }
    return first;
}

/* ===================================================================== */
/* The hooks (called only when trace_mode is set)                        */
/* ===================================================================== */

void trace_gocreate(G *newg, uintptr_t gopc, void (*fn)(void *)) {
    TraceStats *st = stats();
    st->created++;
    int64_t live = atomic_fetch_add_explicit(&livegs, 1, memory_order_relaxed) + 1;
    int64_t peak = atomic_load_explicit(&peakgs, memory_order_relaxed);
    while (live > peak && !atomic_compare_exchange_weak(&peakgs, &peak, live)) {
    }
    newg->stkpeak = newg->stktotal;
    emit(EV_GOCREATE, newg->goid, pid_of(curm), gopc, (uint64_t)(uintptr_t)fn, (uint32_t)curgoid(), 0);
}

void trace_gostart(M *mp, G *gp) {
    stats()->switches++;
    emit(EV_GOSTART, gp->goid, pid_of(mp), 0, 0, (uint32_t)mp->id, 0);
}

void trace_gostop(G *gp, int reason, const char *why) {
    TraceStats *st = stats();
    uintptr_t pc = 0;
    uint32_t chan = 0;
    if (reason == ST_BLOCK) {
        st->blocks++;
        if (trace_mode & TRACE_RECORD) pc = blockpc(gp);
        if (gp->tracewhat) why = gp->tracewhat;
        if (gp->tracechan) chan = gp->tracechan->traceid;
    } else if (reason == ST_PREEMPT) {
        st->preempts++;
    } else if (reason == ST_YIELD) {
        st->yields++;
    } else if (reason == ST_EXIT) {
        st->ended++;
        atomic_fetch_sub_explicit(&livegs, 1, memory_order_relaxed);
        st->stackpeaksum += gp->stkpeak;
        if (gp->stkpeak > st->stackpeakmax) st->stackpeakmax = gp->stkpeak;
    }
    gp->tracewhat = NULL;
    gp->tracechan = NULL;
    emit(EV_GOSTOP, gp->goid, pid_of(curm), (uint64_t)(uintptr_t)why, pc, chan, reason);
}

void trace_goready(G *gp) {
    emit(EV_GOREADY, gp->goid, pid_of(curm), 0, 0, (uint32_t)curgoid(), 0);
}

void trace_syscall(G *gp, bool enter) {
    if (enter) stats()->syscalls++;
    emit(enter ? EV_SYSENTER : EV_SYSEXIT, gp->goid, pid_of(curm), 0, 0, 0, 0);
}

void trace_handoff(P *pp, M *from) {
    stats()->handoffs++;
    emit(EV_HANDOFF, 0, (uint32_t)pp->id, 0, 0, from ? (uint32_t)from->id : 0xffffffffu, 0);
}

void trace_steal(P *thief, P *victim, uint32_t n) {
    TraceStats *st = stats();
    st->steals++;
    st->stolen += n;
    emit(EV_STEAL, 0, (uint32_t)thief->id, n, 0, (uint32_t)victim->id, 0);
}

void trace_stackgrow(G *gp, size_t oldsize, size_t newsize) {
    if (gp->stktotal > gp->stkpeak) gp->stkpeak = gp->stktotal;
    emit(EV_STACK, gp->goid, pid_of(curm), oldsize, newsize, (uint32_t)gp->stktotal, 0);
}

void trace_segment(void) { stats()->segments++; }
void trace_timer(void) { stats()->timers++; }

static _Atomic uint32_t nextchan;

void trace_makechan(gort_chan *c, uintptr_t pc) {
    c->traceid = atomic_fetch_add_explicit(&nextchan, 1, memory_order_relaxed) + 1;
    emit(EV_CHANMAKE, curgoid(), pid_of(curm), pc, c->dataqsiz, c->traceid, 0);
}

static void gc_event(GC_EventType e) {
    if (e == GC_EVENT_START) {
        stats()->gcs++;
        emit(EV_GCSTART, curgoid(), pid_of(curm), GC_get_heap_size(), 0, 0, 0);
    } else if (e == GC_EVENT_END) {
        uint64_t h = GC_get_heap_size();
        uint64_t peak = atomic_load(&peakheap);
        while (h > peak && !atomic_compare_exchange_weak(&peakheap, &peak, h)) {
        }
        emit(EV_GCEND, curgoid(), pid_of(curm), h, GC_get_gc_no(), 0, 0);
    }
}

/* ===================================================================== */
/* Start-up: the environment                                             */
/* ===================================================================== */

/* The value of key=N in a comma-separated list such as GODEBUG's, or -1. */
static int64_t envkey(const char *list, const char *key) {
    size_t k = strlen(key);
    for (const char *s = list; s && *s;) {
        if (!strncmp(s, key, k) && s[k] == '=') return strtoll(s + k + 1, NULL, 10);
        s = strchr(s, ',');
        if (s) s++;
    }
    return -1;
}

/* Called by gort_start once the heap is up and the function table known
 * (before any goroutine exists). */
void trace_init(void) {
    const char *path = getenv("GOCCTRACE");
    const char *dbg = getenv("GOCCDEBUG");
    const char *godebug = getenv("GODEBUG");
    int mode = 0;
    if (path && *path) {
        trace_path = path;
        mode |= TRACE_RECORD;
    }
    if (envkey(dbg, "stats") > 0) mode |= TRACE_STATS;
    int64_t nrecs = envkey(dbg, "tracebuf");
    if (nrecs >= 64) trace_bufrecs = pow2ceil((size_t)nrecs);
    schedtrace_ms = envkey(godebug, "schedtrace");
    scheddetail = envkey(godebug, "scheddetail") > 0;
    explain_leaks_on = envkey(dbg, "leaks") > 0;
    trace_t0 = gort_nanotime();
    if (!mode) return;
    if (mode & TRACE_RECORD) {
        sharedbuf.rec = rawalloc(sizeof(TraceRec) * 4096);
        if (!sharedbuf.rec) return;
        sharedbuf.cap = 4096;
        fnr_init();
        trace_tsc = tsc_usable();
        tsc_t0 = trace_clock();
    }
    buf_link(&sharedbuf);
    GC_set_on_collection_event(gc_event);
    trace_mode = mode;
}

/* ===================================================================== */
/* schedtrace: Go's own line, from sysmon                                */
/* ===================================================================== */

static const char *gstatus_word(G *gp) {
    switch (atomic_load_explicit(&gp->status, memory_order_relaxed)) {
    case Gidle: return "0";
    case Grunnable: return "1";
    case Grunning: return "2";
    case Gsyscall: return "3";
    case Gwaiting: return "4";
    default: return "6";
    }
}

/*
 * Called by sysmon at every tick; prints when schedtrace_ms has passed
 * since the last line (and at once the first time, as Go does):
 *     SCHED 1004ms: gomaxprocs=2 idleprocs=0 threads=4 spinningthreads=0
 *     idlethreads=1 runqueue=0 [0 0]
 * Counts are read without locks, as Go's schedtrace reads them: a line
 * is a snapshot of a moving system.  threads counts sysmon too.
 */
void trace_schedtick(int64_t now) {
    static int64_t last = -1;
    if (schedtrace_ms <= 0) return;
    if (last >= 0 && now - last < schedtrace_ms * 1000000) return;
    last = now;
    char line[4096];
    int n = 0;
    int32_t np = RELAXED_LOAD(sched.gomaxprocs);
    n += snprintf(line + n, sizeof line - (size_t)n,
                  "SCHED %lldms: gomaxprocs=%d idleprocs=%d threads=%d spinningthreads=%d "
                  "idlethreads=%d runqueue=%d",
                  (long long)((now - runtimeinittime) / 1000000), np, atomic_load(&sched.npidle),
                  RELAXED_LOAD(sched.mcount) + 1, atomic_load(&sched.nmspinning),
                  RELAXED_LOAD(sched.nmidle), RELAXED_LOAD(sched.runqsize));
    if (!scheddetail) {
        n += snprintf(line + n, sizeof line - (size_t)n, " [");
        for (int32_t i = 0; i < np && n < (int)sizeof line - 16; i++) {
            P *pp = sched.allp[i];
            uint32_t h = atomic_load(&pp->runqhead), t = atomic_load(&pp->runqtail);
            n += snprintf(line + n, sizeof line - (size_t)n, "%s%u", i ? " " : "", t - h);
        }
        n += snprintf(line + n, sizeof line - (size_t)n, "]\n");
        rt_printf("%s", line);
        return;
    }
    /* scheddetail: Go's per-P, per-M and per-G lines, for the fields we have. */
    n += snprintf(line + n, sizeof line - (size_t)n, " gcwaiting=0 nmidlelocked=0 stopwait=0 sysmonwait=0\n");
    rt_printf("%s", line);
    for (int32_t i = 0; i < np; i++) {
        P *pp = sched.allp[i];
        M *mp = RELAXED_LOAD(pp->m);
        uint32_t h = atomic_load(&pp->runqhead), t = atomic_load(&pp->runqtail);
        rt_printf("  P%d: status=%u schedtick=%llu syscalltick=%u m=%lld runqsize=%u gfreecnt=%d timerslen=%d\n",
                  pp->id, atomic_load(&pp->status), (unsigned long long)RELAXED_LOAD(pp->schedtick),
                  RELAXED_LOAD(pp->syscalltick), mp ? (long long)mp->id : -1LL, t - h,
                  RELAXED_LOAD(pp->gfreecnt), RELAXED_LOAD(pp->ntimers));
    }
    for (M *mp = __atomic_load_n(&allm, __ATOMIC_ACQUIRE); mp; mp = mp->alllink) {
        P *pp = RELAXED_LOAD(mp->p);
        G *cg = RELAXED_LOAD(mp->curg);
        rt_printf("  M%lld: p=%d curg=%lld mallocing=0 throwing=0 preemptoff= locks=0 dying=0 spinning=%s "
                  "blocked=%s lockedg=-1\n",
                  (long long)mp->id, pp ? pp->id : -1, cg && cg != mp->g0 ? (long long)cg->goid : -1LL,
                  RELAXED_LOAD(mp->spinning) ? "true" : "false", !pp && !cg ? "true" : "false");
    }
    lock(&sched.allglock);
    for (G *gp = sched.allg; gp; gp = gp->alllink) {
        uint32_t s = atomic_load_explicit(&gp->status, memory_order_relaxed);
        if (s == Gdead || s == Gidle) continue;
        M *m = RELAXED_LOAD(gp->m);
        rt_printf("  G%lld: status=%s(%s) m=%lld lockedm=-1\n", (long long)gp->goid, gstatus_word(gp),
                  s == Gwaiting && gp->waitreason ? gp->waitreason : "", m ? (long long)m->id : -1LL);
    }
    unlock(&sched.allglock);
}

/* ===================================================================== */
/* The end: statistics and the JSON file                                 */
/* ===================================================================== */

/* An output buffer in mmap'ed memory that grows by remapping. */
typedef struct Out {
    char *p;
    size_t n, cap;
    bool failed;
} Out;

static void out_need(Out *o, size_t k) {
    if (o->n + k <= o->cap) return;
    size_t cap = o->cap ? o->cap : 1 << 20;
    while (cap < o->n + k) cap *= 2;
    void *q = o->p ? mremap(o->p, o->cap, cap, MREMAP_MAYMOVE) : rawalloc(cap);
    if (q == MAP_FAILED || !q) {
        o->failed = true;
        return;
    }
    o->p = q;
    o->cap = cap;
}

static void out_mem(Out *o, const char *s, size_t k) {
    out_need(o, k);
    if (o->failed) return;
    memcpy(o->p + o->n, s, k);
    o->n += k;
}

static void __attribute__((format(printf, 2, 3))) outf(Out *o, const char *fmt, ...) {
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (k < 0) return;
    out_mem(o, tmp, (size_t)k < sizeof tmp ? (size_t)k : sizeof tmp - 1);
}

/* s as a JSON string, quotes included. */
static void out_jstr(Out *o, const char *s, size_t k) {
    out_mem(o, "\"", 1);
    size_t from = 0;
    for (size_t i = 0; i < k; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x20 && ch != '"' && ch != '\\' && ch != 0x7f) continue;
        out_mem(o, s + from, i - from);
        if (ch == '"') out_mem(o, "\\\"", 2);
        else if (ch == '\\') out_mem(o, "\\\\", 2);
        else if (ch == '\n') out_mem(o, "\\n", 2);
        else if (ch == '\t') out_mem(o, "\\t", 2);
        else outf(o, "\\u%04x", ch);
        from = i + 1;
    }
    out_mem(o, s + from, k - from);
    out_mem(o, "\"", 1);
}
static void out_js(Out *o, const char *s) { out_jstr(o, s ? s : "", s ? strlen(s) : 0); }

/* Microseconds since the start, as the trace-event format wants. */
static void out_us(Out *o, int64_t ns) {
    int64_t t = ns - trace_t0;
    if (t < 0) t = 0;
    outf(o, "%lld.%03lld", (long long)(t / 1000), (long long)(t % 1000));
}

/* ---- pc -> "file.g:line", with a cache ----------------------------- */

typedef struct PcLine {
    uintptr_t pc;
    char *text; /* "say.g:12", or "" */
} PcLine;

#define PCCACHE 4096
static PcLine *pccache;

/* The base name of path (a trace is read next to its program). */
static const char *basename_of(const char *path) {
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

/* Source files named by the trace, to embed. */
#define MAXSRC 16
static const char *srcfiles[MAXSRC];
static int nsrc;

/* A copy of s in an arena of 1 MB chunks (only the writer uses it). */
static char *strsave(const char *s) {
    static char *arena;
    static size_t left;
    size_t k = strlen(s) + 1;
    if (k > left) {
        left = k > (1 << 20) ? k : (1 << 20);
        arena = rawalloc(left);
        if (!arena) {
            left = 0;
            return NULL;
        }
    }
    char *p = arena;
    memcpy(p, s, k);
    arena += k;
    left -= k;
    return p;
}

static const char *pcline(uintptr_t pc) {
    if (!pc) return "";
    if (!pccache) pccache = rawalloc(sizeof(PcLine) * PCCACHE);
    if (!pccache) return "";
    size_t h = (pc * 0x9e3779b97f4a7c15ull) >> 52;
    for (size_t i = 0; i < PCCACHE; i++) {
        PcLine *e = &pccache[(h + i) % PCCACHE];
        if (e->pc == pc) return e->text;
        if (e->pc) continue;
        const char *file = NULL;
        uint64_t line = tb_pcline(pc, &file);
        char tmp[512] = "";
        if (line && file) {
            snprintf(tmp, sizeof tmp, "%s:%llu", basename_of(file), (unsigned long long)line);
            bool seen = false;
            for (int k = 0; k < nsrc; k++) seen |= !strcmp(srcfiles[k], file);
            if (!seen && nsrc < MAXSRC) srcfiles[nsrc++] = strsave(file);
        }
        e->pc = pc;
        e->text = strsave(tmp);
        return e->text ? e->text : "";
    }
    return "";
}

/* ---- the goroutine table -------------------------------------------- */

/* GS_UNKNOWN: first seen after its earlier records were dropped; its
 * state until its next event is not drawn. */
enum { GS_RUNNABLE, GS_RUNNING, GS_BLOCKED, GS_SYSCALL, GS_DEAD, GS_UNKNOWN };

#define NREASONS 16

typedef struct GInfo {
    int64_t goid;       /* 0: free slot */
    int64_t parent;
    uintptr_t gopc, fn;
    int state;
    int64_t since;      /* when the current state began */
    int64_t runstart;   /* when the current running stretch began (its P/M slices) */
    int64_t pstart;     /* ... on its current P (a hand-off cuts it) */
    int p, m;           /* while running: its P (-1: taken away) and M */
    const char *why;    /* while blocked: the wait reason */
    uintptr_t blockpc;
    uint32_t chan;
    int64_t waker;
    uint64_t flow;      /* a flow to finish at its next start, 0 if none */
    const char *flowcat;    /* ... "create" or "wake" */
    int64_t created, ended;
    int64_t ran, waited;                /* ns running, ns runnable */
    const char *reasons[NREASONS];     /* ns blocked, by reason */
    int64_t blocked[NREASONS];
    int64_t stackmax;
    bool named;         /* thread_name written */
} GInfo;

static GInfo *gtab;
static size_t gcap;

static GInfo *ginfo(int64_t goid, int64_t ts) {
    size_t h = ((uint64_t)goid * 0x9e3779b97f4a7c15ull) & (gcap - 1);
    for (size_t i = 0; i < gcap; i++) {
        GInfo *g = &gtab[(h + i) & (gcap - 1)];
        if (g->goid == goid) return g;
        if (g->goid == 0) {
            memset(g, 0, sizeof *g);
            g->goid = goid;
            g->p = g->m = -1;
            g->state = GS_UNKNOWN;
            g->since = g->created = ts;
            g->stackmax = STACK_MIN;
            return g;
        }
    }
    return &gtab[0]; /* cannot happen: the table has room for every goid named */
}

/* ---- what each `go` statement starts -------------------------------- */

static const gort_funcname *gostarts;
static int64_t ngostarts;

/*
 * The compiler turns the list of its `go` statements into one static
 * table: each statement's thunk (what gort_go receives) with Go's name of
 * the function the statement starts ("main.say", "main.main.func1").  The
 * C main passes it here before gort_start; a trace names goroutines by it.
 */
const char *trace_startname(void (*fn)(void *)) {
    for (int64_t i = 0; i < ngostarts; i++)
        if ((uintptr_t)gostarts[i].fn == (uintptr_t)fn) return gostarts[i].name;
    return NULL;
}

void gort_setgostarts(const gort_funcname *tab, int64_t n) {
    gostarts = tab;
    ngostarts = n;
}

static const char *gname(GInfo *g) {
    if (g->goid == 1) return "main.main";
    for (int64_t i = 0; i < ngostarts; i++)
        if ((uintptr_t)gostarts[i].fn == g->fn) return gostarts[i].name;
    if (g->gopc) return "func value";
    return g->fn ? "runtime" : "?"; /* "?": its creation was among the dropped records */
}

/* "G5 main.say" */
static void out_gtitle(Out *o, GInfo *g) {
    char tmp[300];
    snprintf(tmp, sizeof tmp, "G%lld %s", (long long)g->goid, gname(g));
    out_js(o, tmp);
}

static const char *stopwords(int reason, const char *why) {
    switch (reason) {
    case ST_BLOCK: return why ? why : "blocked";
    case ST_YIELD: return "yield";
    case ST_PREEMPT: return "preempted";
    case ST_EXIT: return "exit";
    case ST_NOP: return "syscall: P taken";
    default: return "program ended";
    }
}

/* ---- chans ------------------------------------------------------------ */

typedef struct ChanInfo {
    uint32_t id;
    uintptr_t pc;
    uint64_t cap;
} ChanInfo;
static ChanInfo *chans;
static size_t nchans, capchans;

static const char *channame(uint32_t id, char *tmp, size_t n) {
    if (!id) return NULL;
    uintptr_t pc = 0;
    /* ids are handed out in order, and made events come in time order */
    size_t lo = 0, hi = nchans;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (chans[mid].id < id) lo = mid + 1;
        else hi = mid;
    }
    if (lo < nchans && chans[lo].id == id) pc = chans[lo].pc;
    const char *at = pcline(pc);
    if (*at) snprintf(tmp, n, "chan %u made at %s", id, at);
    else snprintf(tmp, n, "chan %u", id);
    return tmp;
}

/* ---- the slices --------------------------------------------------------- */

/*
 * Thread ids in the JSON.  pid 1 holds the Ps, 2 the Ms, 3 the goroutines,
 * 4 the runtime (GC).  A goroutine's tid is its goid; the others are
 * pid * 10^8 + their number ("P1" is tid 100000001), because Perfetto
 * takes a tid seen under a second pid for a new thread that reused the
 * id, which would split every lane.  The page reads them back modulo 10^8.
 */
#define TID_BASE 100000000LL
static int64_t tidof(int pid, int64_t id) { return pid == 3 ? id : pid * TID_BASE + id; }

static bool first_ev = true;
static void ev_begin(Out *o) {
    out_mem(o, first_ev ? "\n" : ",\n", first_ev ? 1 : 2);
    first_ev = false;
}

/* A complete slice ("X"). */
static void out_slice(Out *o, int pid, int64_t tid, int64_t t0, int64_t t1, const char *cat, GInfo *g,
                      const char *name, const char *endwhy) {
    tid = tidof(pid, tid);
    ev_begin(o);
    outf(o, "{\"ph\":\"X\",\"pid\":%d,\"tid\":%lld,\"ts\":", pid, (long long)tid);
    out_us(o, t0);
    outf(o, ",\"dur\":%lld.%03lld,\"cat\":\"%s\",\"name\":", (long long)((t1 - t0) / 1000),
         (long long)((t1 - t0) % 1000), cat);
    if (name) out_js(o, name);
    else out_gtitle(o, g);
    outf(o, ",\"args\":{\"goid\":%lld,\"func\":", (long long)g->goid);
    out_js(o, gname(g));
    if (g->p >= 0) outf(o, ",\"p\":%d", g->p);
    if (g->m >= 0) outf(o, ",\"m\":%d", g->m);
    if (endwhy) {
        out_mem(o, ",\"end\":", 7);
        out_js(o, endwhy);
    }
    const char *at = pcline(g->blockpc);
    if (*at) {
        out_mem(o, ",\"at\":", 6);
        out_js(o, at);
    }
    char tmp[600];
    const char *cn = channame(g->chan, tmp, sizeof tmp);
    if (cn) {
        out_mem(o, ",\"chan\":", 8);
        out_js(o, cn);
    }
    if (!strcmp(cat, "state") && g->state == GS_BLOCKED) outf(o, ",\"woken_by\":%lld", (long long)g->waker);
    out_mem(o, "}}", 2);
}

static void out_instant(Out *o, int pid, int64_t tid, int64_t ts, const char *cat, const char *name,
                        const char *args) {
    tid = tidof(pid, tid);
    ev_begin(o);
    outf(o, "{\"ph\":\"i\",\"s\":\"t\",\"pid\":%d,\"tid\":%lld,\"ts\":", pid, (long long)tid);
    out_us(o, ts);
    outf(o, ",\"cat\":\"%s\",\"name\":", cat);
    out_js(o, name);
    outf(o, ",\"args\":{%s}}", args ? args : "");
}

static void out_flow(Out *o, char ph, int64_t tid, int64_t ts, uint64_t id, const char *cat) {
    ev_begin(o);
    outf(o, "{\"ph\":\"%c\",\"pid\":3,\"tid\":%lld,\"ts\":", ph, (long long)tid);
    out_us(o, ts);
    outf(o, ",\"id\":%llu,\"cat\":\"%s\",\"name\":\"%s\"%s}", (unsigned long long)id, cat,
         !strcmp(cat, "wake") ? "wake" : "go", ph == 'f' ? ",\"bp\":\"e\"" : "");
}

static void add_blocked(GInfo *g, const char *why, int64_t ns) {
    int i;
    for (i = 0; i < NREASONS && g->reasons[i]; i++)
        if (!strcmp(g->reasons[i], why)) break;
    if (i == NREASONS) i = NREASONS - 1;
    if (!g->reasons[i]) g->reasons[i] = why;
    g->blocked[i] += ns;
}

/* Close g's current state slice on its own row, at ts. */
static void close_state(Out *o, GInfo *g, int64_t ts, const char *endwhy) {
    if (g->state == GS_DEAD) return;
    if (g->state == GS_UNKNOWN) {
        g->since = ts;
        return;
    }
    int64_t d = ts - g->since;
    const char *name = g->state == GS_RUNNING ? "running"
                       : g->state == GS_RUNNABLE ? "runnable"
                       : g->state == GS_SYSCALL ? "syscall"
                       : g->why ? g->why : "blocked";
    if (g->state == GS_RUNNING) g->ran += d;
    else if (g->state == GS_RUNNABLE) g->waited += d;
    else add_blocked(g, name, d);
    if (d > 0 || g->state == GS_RUNNING) out_slice(o, 3, g->goid, g->since, ts, "state", g, name, endwhy);
    g->since = ts;
}

/* Close g's running stretch on its P (unless taken away) and its M. */
static void close_run(Out *o, GInfo *g, int64_t ts, const char *endwhy) {
    if (g->p >= 0) out_slice(o, 1, g->p, g->pstart, ts, "running", g, NULL, endwhy);
    if (g->m >= 0) out_slice(o, 2, g->m, g->runstart, ts, "running", g, NULL, endwhy);
}

#define MAXP 256
static int64_t pcur[MAXP]; /* the goroutine running on each P, 0 if none */

static int id_cmp(const void *x, const void *y) {
    int64_t a = *(const int64_t *)x, b = *(const int64_t *)y;
    return a < b ? -1 : a > b;
}

static int rec_cmp(const void *x, const void *y) {
    const TraceRec *a = x, *b = y;
    return a->ts < b->ts ? -1 : a->ts > b->ts;
}

/* Why the program ended: set on the way out ("main returned", a fatal
 * error's message, "panic"); unset, it was os.Exit. */
static const char *exitwhy;
static char exitbuf[40];
void trace_exitreason(const char *why) {
    if (!exitwhy) exitwhy = why;
}

/* Replay the records into the JSON events; returns how many were dropped. */
static uint64_t out_events(Out *o, int64_t *endts, uint64_t *nrec) {
    size_t total = 0;
    uint64_t dropped = 0;
    for (TraceBuf *b = atomic_load(&allbufs); b; b = b->next) {
        uint64_t n = atomic_load_explicit(&b->n, memory_order_acquire);
        uint64_t cap = b->cap;
        total += n < cap ? n : cap;
    }
    TraceRec *all = rawalloc(sizeof(TraceRec) * (total + 1));
    if (!all) return 0;
    size_t k = 0;
    for (TraceBuf *b = atomic_load(&allbufs); b; b = b->next) {
        if (!b->rec) continue;
        uint64_t n = atomic_load_explicit(&b->n, memory_order_acquire);
        uint64_t cap = b->cap;
        uint64_t from = 0;
        if (n > cap) {
            from = n - cap + 8; /* a writer may be overwriting the oldest */
            dropped += from;
        }
        for (uint64_t i = from; i < n && k < total; i++) all[k++] = b->rec[i % cap];
    }
    if (trace_tsc && tsc_tend > tsc_t0) {
        double scale = (double)(trace_tend - trace_t0) / (double)(tsc_tend - tsc_t0);
        for (size_t i = 0; i < k; i++) all[i].ts = trace_t0 + (int64_t)((double)(all[i].ts - tsc_t0) * scale);
    }
    qsort(all, k, sizeof *all, rec_cmp);
    *nrec = k;

    /* The table has room for every goid the records name (creations may
     * have been dropped): count the distinct ones, with the creators and
     * wakers they mention. */
    size_t ngs = 64;
    int64_t *ids = rawalloc(sizeof(int64_t) * (2 * k + 1));
    if (ids) {
        size_t n = 0;
        for (size_t i = 0; i < k; i++) {
            TraceRec *r = &all[i];
            if (r->type == EV_CHANMAKE || r->type == EV_GCSTART || r->type == EV_GCEND) continue;
            if (r->goid) ids[n++] = r->goid;
            if ((r->type == EV_GOCREATE || r->type == EV_GOREADY) && r->c) ids[n++] = r->c;
        }
        qsort(ids, n, sizeof *ids, id_cmp);
        for (size_t i = 0; i < n; i++) ngs += i == 0 || ids[i] != ids[i - 1];
        munmap(ids, sizeof(int64_t) * (2 * k + 1));
    } else {
        ngs += 2 * k;
    }
    gcap = 1;
    while (gcap < 2 * ngs) gcap <<= 1;
    gtab = rawalloc(sizeof(GInfo) * gcap);
    if (!gtab) return dropped;
    capchans = 64;
    for (size_t i = 0; i < k; i++) capchans += all[i].type == EV_CHANMAKE;
    chans = rawalloc(sizeof(ChanInfo) * capchans);

    /* Channels first: a block may name a channel made earlier. */
    for (size_t i = 0; i < k && chans; i++)
        if (all[i].type == EV_CHANMAKE && nchans < capchans)
            chans[nchans++] = (ChanInfo){all[i].c, (uintptr_t)all[i].a, all[i].b};

    uint64_t flowid = 0;
    int64_t gcstart = -1;
    char tmp[640], args[640];
    for (size_t i = 0; i < k; i++) {
        TraceRec *r = &all[i];
        int64_t ts = r->ts;
        GInfo *g = r->goid && r->type != EV_CHANMAKE && r->type != EV_GCSTART && r->type != EV_GCEND
                       ? ginfo(r->goid, ts) : NULL;
        switch (r->type) {
        case EV_GOCREATE: {
            g->parent = r->c;
            g->gopc = (uintptr_t)r->a;
            g->fn = (uintptr_t)r->b;
            g->created = g->since = ts;
            g->state = GS_RUNNABLE;
            if (g->parent) {
                GInfo *pg = ginfo(g->parent, ts);
                snprintf(tmp, sizeof tmp, "go %s (G%lld)", gname(g), (long long)g->goid);
                snprintf(args, sizeof args, "\"goid\":%lld,\"at\":\"%s\"", (long long)g->goid, pcline(g->gopc));
                out_instant(o, 3, pg->goid, ts, "go", tmp, args);
                if (pg->state != GS_RUNNING) break; /* its slice was dropped */
                g->flow = ++flowid;
                g->flowcat = "create";
                out_flow(o, 's', pg->goid, ts, g->flow, "create");
            }
            break;
        }
        case EV_GOSTART:
            if (g->state == GS_BLOCKED) close_state(o, g, ts, NULL); /* its GOREADY was lost */
            close_state(o, g, ts, NULL);
            g->state = GS_RUNNING;
            g->why = NULL;
            g->blockpc = 0;
            g->chan = 0;
            g->runstart = g->pstart = ts;
            g->p = r->p == NOP ? -1 : r->p;
            g->m = (int)r->c;
            if (g->p >= 0 && g->p < MAXP) pcur[g->p] = g->goid;
            if (g->flow) {
                /* a nanosecond inside the slice it ends in: bound to the
                 * enclosing slice ("bp":"e"), never to the one before */
                out_flow(o, 'f', g->goid, ts + 1, g->flow, g->flowcat);
                g->flow = 0;
            }
            break;
        case EV_GOSTOP: {
            const char *why = stopwords(r->reason, (const char *)(uintptr_t)r->a);
            if (g->state == GS_SYSCALL) close_state(o, g, ts, NULL);
            g->blockpc = (uintptr_t)r->b;
            g->chan = r->c;
            close_state(o, g, ts, why);
            close_run(o, g, ts, why);
            if (g->p >= 0 && g->p < MAXP && pcur[g->p] == g->goid) pcur[g->p] = 0;
            g->p = g->m = -1;
            g->waker = 0;
            if (r->reason == ST_BLOCK) {
                g->state = GS_BLOCKED;
                g->why = why;
            } else if (r->reason == ST_EXIT) {
                g->state = GS_DEAD;
                g->ended = ts;
            } else {
                g->state = GS_RUNNABLE;
                g->blockpc = 0;
                g->chan = 0;
            }
            break;
        }
        case EV_GOREADY:
            if (g->state != GS_BLOCKED && g->state != GS_UNKNOWN) break;
            g->waker = r->c;
            close_state(o, g, ts, NULL);
            g->state = GS_RUNNABLE;
            g->blockpc = 0;
            g->chan = 0;
            if (r->c && ginfo(r->c, ts)->state == GS_RUNNING) {
                g->flow = ++flowid;
                g->flowcat = "wake";
                out_flow(o, 's', r->c, ts, g->flow, "wake");
            }
            break;
        case EV_SYSENTER:
            if (g->state != GS_RUNNING) break;
            close_state(o, g, ts, "syscall");
            g->state = GS_SYSCALL;
            break;
        case EV_SYSEXIT:
            if (g->state != GS_SYSCALL) break;
            close_state(o, g, ts, NULL);
            g->state = GS_RUNNING;
            if (g->p < 0 && r->p != NOP) {
                g->p = r->p;
                g->pstart = ts;
                if (g->p < MAXP) pcur[g->p] = g->goid;
            }
            break;
        case EV_HANDOFF: {
            int p = r->p;
            int64_t on = p < MAXP ? pcur[p] : 0;
            if (on) {
                GInfo *hg = ginfo(on, ts);
                if (hg->p == p) {
                    out_slice(o, 1, p, hg->pstart, ts, "running", hg, NULL, "syscall: P handed off");
                    hg->p = -1;
                }
                pcur[p] = 0;
            }
            snprintf(tmp, sizeof tmp, "P%d taken from M%d (syscall)", p, (int)r->c);
            snprintf(args, sizeof args, "\"p\":%d,\"m\":%d,\"goid\":%lld,\"reason\":\"syscall\"", p, (int)r->c,
                     (long long)on);
            out_instant(o, 1, p, ts, "handoff", tmp, args);
            break;
        }
        case EV_STEAL:
            snprintf(tmp, sizeof tmp, "steal %llu from P%u", (unsigned long long)r->a, r->c);
            snprintf(args, sizeof args, "\"from\":%u,\"n\":%llu", r->c, (unsigned long long)r->a);
            out_instant(o, 1, r->p, ts, "steal", tmp, args);
            break;
        case EV_STACK:
            if ((int64_t)r->c > g->stackmax) g->stackmax = r->c;
            snprintf(tmp, sizeof tmp, "stack %llu -> %llu", (unsigned long long)r->a, (unsigned long long)r->b);
            snprintf(args, sizeof args, "\"old\":%llu,\"new\":%llu,\"total\":%u", (unsigned long long)r->a,
                     (unsigned long long)r->b, r->c);
            out_instant(o, 3, g->goid, ts, "stack", tmp, args);
            break;
        case EV_GCSTART:
            gcstart = ts;
            break;
        case EV_GCEND:
            if (gcstart >= 0) {
                ev_begin(o);
                outf(o, "{\"ph\":\"X\",\"pid\":4,\"tid\":%lld,\"ts\":", (long long)tidof(4, 1));
                out_us(o, gcstart);
                outf(o, ",\"dur\":%lld.%03lld,\"cat\":\"gc\",\"name\":\"GC %llu\",\"args\":{\"heap_after\":%llu}}",
                     (long long)((ts - gcstart) / 1000), (long long)((ts - gcstart) % 1000),
                     (unsigned long long)r->b, (unsigned long long)r->a);
            }
            gcstart = -1;
            break;
        }
    }
    int64_t end = trace_tend;
    if (k && all[k - 1].ts > end) end = all[k - 1].ts;
    *endts = end;
    /* Whatever is still alive ends with the program. */
    for (size_t i = 0; i < gcap; i++) {
        GInfo *g = &gtab[i];
        if (!g->goid || g->state == GS_DEAD) continue;
        bool running = g->state == GS_RUNNING || g->state == GS_SYSCALL;
        close_state(o, g, end, running ? "program ended" : NULL);
        if (running) close_run(o, g, end, "program ended");
    }
    snprintf(tmp, sizeof tmp, "exit: %s", exitwhy);
    out_instant(o, 4, 0, end, "exit", tmp, NULL);
    return dropped;
}

/* The metadata events naming processes and threads. */
static void out_meta(Out *o, int pid, int64_t tid, const char *what, const char *name, int sort) {
    tid = tidof(pid, tid);
    ev_begin(o);
    outf(o, "{\"ph\":\"M\",\"pid\":%d,\"tid\":%lld,\"name\":\"%s\",\"args\":{\"name\":", pid, (long long)tid, what);
    out_js(o, name);
    out_mem(o, "}}", 2);
    ev_begin(o);
    outf(o, "{\"ph\":\"M\",\"pid\":%d,\"tid\":%lld,\"name\":\"%s_sort_index\",\"args\":{\"sort_index\":%d}}", pid,
         (long long)tid, !strcmp(what, "process_name") ? "process" : "thread", sort);
}

static void sum_stats(TraceStats *t) {
    memset(t, 0, sizeof *t);
    for (TraceBuf *b = atomic_load(&allbufs); b; b = b->next) {
        TraceStats *s = &b->st;
        t->created += s->created;
        t->switches += s->switches;
        t->steals += s->steals;
        t->stolen += s->stolen;
        t->handoffs += s->handoffs;
        t->syscalls += s->syscalls;
        t->timers += s->timers;
        t->segments += s->segments;
        t->gcs += s->gcs;
        t->ended += s->ended;
        t->stackpeaksum += s->stackpeaksum;
        if (s->stackpeakmax > t->stackpeakmax) t->stackpeakmax = s->stackpeakmax;
        t->blocks += s->blocks;
        t->preempts += s->preempts;
        t->yields += s->yields;
    }
    /* Goroutines still alive count with the stack they have now. */
    for (G *gp = sched.allg; gp; gp = gp->alllink) {
        uint32_t s = atomic_load_explicit(&gp->status, memory_order_relaxed);
        if (s == Gdead || s == Gidle || gp->goid == 0) continue;
        size_t peak = gp->stkpeak > gp->stktotal ? gp->stkpeak : gp->stktotal;
        t->stackpeaksum += peak;
        if (peak > t->stackpeakmax) t->stackpeakmax = peak;
        t->ended++;
    }
}

/* The counters as JSON members (no braces), or as the stats line. */
static void out_stats(Out *o, bool json) {
    TraceStats t;
    sum_stats(&t);
    uint64_t mean = t.ended ? t.stackpeaksum / t.ended : 0;
    uint64_t heap = atomic_load(&peakheap);
    if (GC_get_heap_size() > heap) heap = GC_get_heap_size();
    const char *fmt = json
        ? "\"goroutines\":%llu,\"peak_live\":%lld,\"switches\":%llu,\"blocks\":%llu,\"preempted\":%llu,"
          "\"yields\":%llu,\"steals\":%llu,\"stolen\":%llu,\"handoffs\":%llu,\"syscalls\":%llu,"
          "\"timers\":%llu,\"stack_segments\":%llu,\"stack_mean\":%llu,\"stack_peak\":%llu,\"gc\":%llu,"
          "\"peak_heap\":%llu,\"threads\":%d,\"gomaxprocs\":%d"
        : "gocc stats: goroutines=%llu peak_live=%lld switches=%llu blocks=%llu preempted=%llu "
          "yields=%llu steals=%llu stolen=%llu handoffs=%llu syscalls=%llu timers=%llu "
          "stack_segments=%llu stack_mean=%lluB stack_peak=%lluB gc=%llu peak_heap=%lluB "
          "threads=%d gomaxprocs=%d\n";
    outf(o, fmt, (unsigned long long)t.created, (long long)atomic_load(&peakgs), (unsigned long long)t.switches,
         (unsigned long long)t.blocks, (unsigned long long)t.preempts, (unsigned long long)t.yields,
         (unsigned long long)t.steals, (unsigned long long)t.stolen, (unsigned long long)t.handoffs,
         (unsigned long long)t.syscalls, (unsigned long long)t.timers, (unsigned long long)t.segments,
         (unsigned long long)mean, (unsigned long long)t.stackpeakmax, (unsigned long long)t.gcs,
         (unsigned long long)heap, RELAXED_LOAD(sched.mcount) + 1, RELAXED_LOAD(sched.gomaxprocs));
}

/* A file's text, for the page's source pane (at most 1 MB). */
static void out_file(Out *o, const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        out_js(o, "");
        return;
    }
    size_t cap = 1 << 20, n = 0;
    char *buf = rawalloc(cap);
    ssize_t r;
    while (buf && n < cap && (r = read(fd, buf + n, cap - n)) > 0) n += (size_t)r;
    close(fd);
    out_jstr(o, buf ? buf : "", buf ? n : 0);
    if (buf) munmap(buf, cap);
}

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w <= 0) return;
        p += w;
        n -= (size_t)w;
    }
}

static int by_goid(const void *a, const void *b) {
    int64_t x = (*(GInfo *const *)a)->goid, y = (*(GInfo *const *)b)->goid;
    return (x > y) - (x < y);
}

static void finish_json(void) {
    Out o = {0};
    int np = RELAXED_LOAD(sched.gomaxprocs);
    out_mem(&o, "{\"displayTimeUnit\":\"ns\",\"traceEvents\":[", 39);
    int64_t end = 0;
    uint64_t nrec = 0;
    uint64_t dropped = out_events(&o, &end, &nrec);
    char tmp[320];
    snprintf(tmp, sizeof tmp, "Ps (GOMAXPROCS=%d)", np);
    out_meta(&o, 1, 0, "process_name", tmp, 1);
    out_meta(&o, 2, 0, "process_name", "Ms (OS threads)", 2);
    out_meta(&o, 3, 0, "process_name", "Goroutines", 3);
    out_meta(&o, 4, 0, "process_name", "Runtime", 4);
    out_meta(&o, 4, 1, "thread_name", "GC", 1);
    int32_t na = __atomic_load_n(&sched.nallp, __ATOMIC_ACQUIRE);
    for (int32_t i = 0; i < na; i++) {
        snprintf(tmp, sizeof tmp, "P%d", i);
        out_meta(&o, 1, i, "thread_name", tmp, i);
    }
    for (M *mp = __atomic_load_n(&allm, __ATOMIC_ACQUIRE); mp; mp = mp->alllink) {
        snprintf(tmp, sizeof tmp, "M%lld", (long long)mp->id);
        out_meta(&o, 2, mp->id, "thread_name", tmp, (int)mp->id);
    }
    for (size_t i = 0; gtab && i < gcap; i++) {
        GInfo *g = &gtab[i];
        if (!g->goid) continue;
        snprintf(tmp, sizeof tmp, "G%lld %s", (long long)g->goid, gname(g));
        out_meta(&o, 3, g->goid, "thread_name", tmp, (int)g->goid);
    }
    out_mem(&o, "\n],\n\"gocc\":{\"version\":1,\"program\":", 34);
    out_js(&o, gort_argc > 0 ? gort_argv[0] : "");
    outf(&o, ",\"gomaxprocs\":%d,\"start_us\":0,\"end_us\":", np);
    out_us(&o, end);
    outf(&o, ",\"events\":%llu,\"dropped\":%llu,\"exit\":", (unsigned long long)nrec, (unsigned long long)dropped);
    out_js(&o, exitwhy);
    out_mem(&o, ",\n\"goroutines\":[", 16);
    /* In goid order: the occupied slots, sorted (a walk over every id up to
     * the largest would be quadratic when most creations were dropped). */
    size_t ng = 0;
    GInfo **byid = gtab ? rawalloc(sizeof(GInfo *) * gcap) : NULL;
    for (size_t i = 0; byid && i < gcap; i++)
        if (gtab[i].goid) byid[ng++] = &gtab[i];
    if (ng) qsort(byid, ng, sizeof *byid, by_goid);
    bool first = true;
    for (size_t k = 0; k < ng; k++) {
        GInfo *g = byid[k];
        out_mem(&o, first ? "\n" : ",\n", first ? 1 : 2);
        first = false;
        outf(&o, "{\"goid\":%lld,\"func\":", (long long)g->goid);
        out_js(&o, gname(g));
        outf(&o, ",\"parent\":%lld,\"created_at\":", (long long)g->parent);
        out_js(&o, pcline(g->gopc));
        out_mem(&o, ",\"start_us\":", 12);
        out_us(&o, g->created);
        out_mem(&o, ",\"end_us\":", 10);
        if (g->state == GS_DEAD) out_us(&o, g->ended);
        else out_mem(&o, "null", 4);
        outf(&o, ",\"ran_us\":%lld,\"runnable_us\":%lld,\"stack_peak\":%lld,\"blocked_us\":{",
             (long long)(g->ran / 1000), (long long)(g->waited / 1000), (long long)g->stackmax);
        for (int j = 0; j < NREASONS && g->reasons[j]; j++) {
            if (j) out_mem(&o, ",", 1);
            out_js(&o, g->reasons[j]);
            outf(&o, ":%lld", (long long)(g->blocked[j] / 1000));
        }
        out_mem(&o, "}}", 2);
    }
    out_mem(&o, "],\n\"channels\":[", 15);
    for (size_t i = 0; i < nchans; i++) {
        outf(&o, "%s{\"id\":%u,\"cap\":%llu,\"name\":", i ? ",\n" : "\n", chans[i].id,
             (unsigned long long)chans[i].cap);
        char cn[600];
        out_js(&o, channame(chans[i].id, cn, sizeof cn));
        out_mem(&o, "}", 1);
    }
    out_mem(&o, "],\n\"stats\":{", 12);
    out_stats(&o, true);
    /* The file of main.main is always embedded, even when no surviving
     * record names a line of it. */
    const gort_funcname *tab;
    int64_t nf = tb_functab(&tab);
    for (int64_t i = 0; i < nf; i++)
        if (!strcmp(tab[i].name, "main.main")) pcline((uintptr_t)tab[i].fn + 1);
    out_mem(&o, "},\n\"sources\":{", 14);
    for (int i = 0; i < nsrc; i++) {
        if (i) out_mem(&o, ",\n", 2);
        out_js(&o, basename_of(srcfiles[i]));
        out_mem(&o, ":", 1);
        out_file(&o, srcfiles[i]);
    }
    out_mem(&o, "}}}\n", 4);
    if (o.failed) {
        rt_printf("gocc: GOCCTRACE: out of memory writing the trace\n");
        return;
    }
    int fd = open(trace_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        rt_printf("gocc: GOCCTRACE: cannot create %s\n", trace_path);
        return;
    }
    write_all(fd, o.p, o.n);
    close(fd);
}

static void finish_sys(void *arg) {
    int mode = *(int *)arg;
    if (mode & TRACE_STATS) {
        Out o = {0};
        out_stats(&o, false);
        if (!o.failed) write_all(2, o.p, o.n);
    }
    if (mode & TRACE_RECORD) finish_json();
}

/*
 * The end of the program, from every exit path (gort_exit, the dying
 * path): stop recording, then print the statistics and write the trace,
 * once, on a fresh 1 MB stack (the DWARF readers and the formatting need
 * more than a goroutine's segment).  A second thread arriving here while
 * the first writes waits for the process to end.
 */
void trace_finish(int code) {
    static _Atomic int once;
    int mode = trace_mode;
    if (!mode) return;
    if (!exitwhy) {
        snprintf(exitbuf, sizeof exitbuf, "os.Exit(%d)", code);
        exitwhy = exitbuf;
    }
    if (atomic_exchange(&once, 1)) {
        for (;;) pause();
    }
    trace_tend = gort_nanotime();
    tsc_tend = trace_clock();
    trace_mode = 0;
    size_t size = 1 << 20;
    char *stk = rawalloc(size);
    if (!stk) return;
    uintptr_t top = ((uintptr_t)stk + size) & ~(uintptr_t)15;
    stackcall(finish_sys, &mode, (void *)top, NULL, (uintptr_t)stk, top);
}
