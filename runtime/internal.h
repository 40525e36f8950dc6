/*
 * internal.h — the runtime's private structures and the contracts between
 * its files.  Generated code never includes this; it sees gort.h only.
 *
 * Vocabulary (Go's): a G is a goroutine, an M an OS thread, a P a processor,
 * the right to run Go code.  There are GOMAXPROCS Ps; an M must hold a P to
 * run a G.  Each P has a local run queue; an M without work steals from
 * other Ps.  See docs/runtime.md for the whole story.
 *
 * Lock order (a lock may only be taken while holding locks above it):
 *
 *     channel locks (several: in address order, see select.c)
 *       sync wait-queue locks (sync.c)
 *         P timer lock (time.c)
 *           sched.lock (global run queue, idle lists)
 *             stack pool lock (stack.c)
 *
 * goready() may be called while holding any of these: it only touches the
 * current P's run queue (lock-free) and, to wake an idle P, sched.lock.
 */
#ifndef GORT_INTERNAL_H
#define GORT_INTERNAL_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include "gort.h"

#include <stdatomic.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* For fields that are written under a lock (or by one owner) and also
 * read without it where a slightly stale value is harmless (counters that
 * sysmon samples, queue sizes used as hints).  Relaxed atomics compile to
 * plain moves on x86-64 and tell ThreadSanitizer the race is intended. */
#define RELAXED_LOAD(x) __atomic_load_n(&(x), __ATOMIC_RELAXED)
#define RELAXED_STORE(x, v) __atomic_store_n(&(x), (v), __ATOMIC_RELAXED)

typedef struct G G;
typedef struct M M;
typedef struct P P;
typedef struct Seg Seg;
typedef struct Sudog Sudog;

/* ===================================================================== */
/* Low-level locks and notes (lock_futex.c)                              */
/* ===================================================================== */

/*
 * A runtime lock: spins briefly, then sleeps on a futex.  It blocks the M,
 * not just the G, so it must only guard short critical sections that never
 * park a goroutine (exactly Go's runtime mutex).
 */
typedef struct Lock {
    _Atomic uint32_t key; /* 0 unlocked, 1 locked, 2 locked with sleepers */
} Lock;

void lock(Lock *l);
void unlock(Lock *l);
bool trylock(Lock *l);

/* A one-shot wake-up for an M (Go's note): sleep until woken or timeout. */
typedef struct Note {
    _Atomic uint32_t key;
} Note;

void noteclear(Note *n);
void notewakeup(Note *n);
void notesleep(Note *n);
/* Returns true if woken, false on timeout (ns < 0: forever). */
bool notetsleep(Note *n, int64_t ns);

/* Context switch primitives (switch_x86_64.S). */
void gort_ctxswitch(void **save_sp, void *new_sp);
void gort_ctxjump(void *new_sp) __attribute__((noreturn));
/* Call fn(arg) with the stack pointer set to new_sp; *save_sp receives the
 * caller's stack pointer for the duration (may be NULL). */
void gort_stackcall(void (*fn)(void *), void *arg, void *new_sp, void **save_sp);

/* ===================================================================== */
/* Stack segments (stack.c)                                              */
/* ===================================================================== */

/*
 * A segment is one contiguous piece of a goroutine's stack:
 *
 *     base                                                   base+size
 *     | Seg header | reserve (GORT_STACK_RESERVE) | frames ... <- grows |
 *                  ^ lo                          ^ guard
 *
 * Generated code keeps its frames above `guard`; the reserve below it is
 * for runtime code that runs on the goroutine's stack without a check
 * (channel operations, parking, the scheduler's fast paths, morestack
 * itself) and for small leaf libc calls the compiler emits (memcpy).
 */
/*
 * Sizes.  A goroutine's first segment is STACK_MIN bytes, a multiple of 16
 * but not necessarily a power of two: 1.5 KB, three quarters of Go's 2 KB
 * first stack, because most goroutines park with a few hundred bytes of
 * frames and the first segment is most of a parked goroutine's memory
 * (1,248 bytes of a 2 KB segment was frame room; 1.5 KB leaves 744, over
 * twice the frame estimate of a typical goroutine body).  Every later
 * segment is a power of two, at least twice the one before it: 4 KB,
 * 8 KB, ... (seg_nextsize).
 */
#ifndef GORT_STACK_MIN
#define GORT_STACK_MIN 1536       /* first segment, header included */
#endif
#define STACK_MIN GORT_STACK_MIN
#define STACK_SEG_MAX (1 << 20)   /* doubling stops here */

/* The smallest power of two >= n (n > 1). */
static inline size_t pow2ceil(size_t n) {
    return (size_t)1 << (64 - __builtin_clzl(n - 1));
}
#define STACK_LIMIT 1000000000    /* Go's default max stack */
#ifndef GORT_STACK_RESERVE
#define GORT_STACK_RESERVE 768
#endif

struct Seg {
    Seg *prev;          /* the older segment we return to (NULL: first) */
    size_t size;        /* total bytes, header included */
    uintptr_t sp;       /* when not the newest: sp at the crossing */
};

static inline uintptr_t seg_top(Seg *s) { return (uintptr_t)s + s->size; }
static inline uintptr_t seg_guard(Seg *s) {
    return (uintptr_t)s + sizeof(Seg) + GORT_STACK_RESERVE;
}

Seg *stackalloc(size_t size);     /* size: STACK_MIN, or a power of two above it */
void stackfree(Seg *s);
/* Make `to` (a segment of gp's chain) the newest again, releasing the
 * newer ones, and reset the stackguard to `guard`: used when a recovered
 * panic jumps back to the frame that deferred the recovering call. */
void stack_unwind(G *gp, Seg *to, uintptr_t guard);
/* gort_stackcall, with the sanitizers told: [lo, hi) bounds the stack
 * that sp lies in.  Every stack change other than a goroutine switch goes
 * through here (segment crossings, the system stack, recovery jumps). */
#ifdef GORT_ASAN
void stackcall(void (*fn)(void *), void *arg, void *sp, void **save, uintptr_t lo, uintptr_t hi);
#else
static inline void stackcall(void (*fn)(void *), void *arg, void *sp, void **save, uintptr_t lo,
                             uintptr_t hi) {
    (void)lo;
    (void)hi;
    gort_stackcall(fn, arg, sp, save);
}
#endif
#ifdef GORT_ASAN
void stack_unpoison(void *p, size_t size);
#else
static inline void stack_unpoison(void *p, size_t size) {
    (void)p;
    (void)size;
}
#endif
/* On park: return the cached segment if it went unused since last time. */
void stack_trim(G *gp);

/* ===================================================================== */
/* Goroutines, threads, processors (sched.c)                             */
/* ===================================================================== */

enum {
    Gidle,     /* just allocated */
    Grunnable, /* on a run queue */
    Grunning,  /* owns an M and a P */
    Gsyscall,  /* in a system call, owns an M, maybe not a P */
    Gwaiting,  /* parked: on a channel, timer, sync queue... */
    Gdead,     /* finished, on a free list */
};

/* Saved context of a switched-out stack: callee-saved registers are pushed
 * on the stack itself, so only the stack pointer needs a home. */
typedef struct Context {
    void *sp;
} Context;

struct G {
    Context sched;          /* valid whenever the G is not running */
    Seg *stk;               /* current (newest) segment */
    Seg *stkcache;          /* last segment left, kept against hot splits */
    uintptr_t stackguard;   /* seg_guard(stk), copied to gort_tls */
    size_t stktotal;        /* bytes in all segments, for the 1 GB limit */
    uint32_t stkcache_used; /* cache hits since the G last parked */

    _Atomic uint32_t status;
    int64_t goid;
    const char *waitreason; /* Go's words: "chan receive", "sleep", ... */
    uintptr_t gopc;         /* return address of the gort_go that made it
                             * (the `go` statement), for "created by" */
    M *m;                   /* the M running it, when running */
    G *schedlink;           /* run queue / free list link */
    G *alllink;             /* allgs list */

    void (*startfn)(void *); /* entry, with its argument block on stack */
    void *startarg;

    /* Parking protocol (chan.c, select.c, sync.c). */
    Sudog *waiting;         /* sudogs of a parked select, in lock order */
    void *param;            /* set by the waker: the sudog that fired */
    _Atomic uint32_t selectdone;

    /* defer / panic (panic.c) */
    gort_frame *frames;     /* innermost function frame with defers */
    struct Panic *panic;    /* innermost active panic */

    /* The fault that became the current panic (gc.c's fault handler), for
     * Go's "[signal SIGSEGV: ...]" line; sig 0 if none. */
    int32_t sig, sigcode;
    uintptr_t sigaddr, sigpc;

    gort_timer sleeptimer;  /* time.Sleep */
#ifdef GORT_TSAN
    void *tsanfiber;        /* ThreadSanitizer's view of this stack */
#endif
    uint64_t schedtick;     /* incremented each time it is scheduled */
    uint32_t nspawn;        /* goroutines it created since then */
    int64_t runstart;       /* nanotime when it last started running */

    /* Tracing (trace.c), written only while trace_mode is set: what the
     * next park waits for, in more words than Go 1.19's wait reason
     * ("sync.Mutex.Lock" where Go says "semacquire"), and on which
     * channel; the most stack it has had. */
    const char *tracewhat;
    struct gort_chan *tracechan;    /* also read by explain.c: always set */
    size_t stkpeak;
};

/* A goroutine waiting in a queue (Go's sudog).  Lives on the waiting G's
 * stack for the duration of the wait. */
struct Sudog {
    G *g;
    Sudog *next, *prev;
    void *elem;          /* data element (points into the waiter's stack) */
    gort_chan *c;        /* the channel, for select */
    bool isselect;
    bool success;        /* woken by a communication, not by close */
    Sudog *waitlink;     /* G.waiting list */
    int caseidx;         /* select: which case this is */
};

#define RUNQ_SIZE 256

enum { Pidle, Prunning, Psyscall, Pdead };

struct P {
    int32_t id;
    _Atomic uint32_t status;
    P *link;                /* idle P list */
    M *m;                   /* back-link to the M (nil if idle) */
    uint64_t schedtick;     /* incremented on every scheduler call */
    uint32_t syscalltick;   /* incremented on every system call */

    /* Local run queue: a ring written only by the owner at tail and read
     * by anyone at head (see runqput/runqget/runqgrab in sched.c). */
    _Atomic uint32_t runqhead;
    _Atomic uint32_t runqtail;
    G *_Atomic runq[RUNQ_SIZE];
    G *_Atomic runnext;     /* readied by the current G: runs next */

    /* Dead Gs for reuse, each keeping its first segment. */
    G *gfree;
    int32_t gfreecnt;

    /* Goroutine ids are handed out in batches (Go's goidcache): the next
     * id is goidcache, the batch ends before goidcacheend. */
    int64_t goidcache, goidcacheend;
    /* Goroutines created here minus goroutines that ended here: only the
     * owner writes it (relaxed), so it may be negative; the sum over all
     * Ps is runtime.NumGoroutine(). */
    int64_t ngoroutines;

    /* Stack segment cache (stack.c): STACK_MIN segments only. */
    Seg *stkfree;
    int32_t stkfreecnt;

    /* Timers (time.c): a 4-ary min-heap on `when`. */
    Lock timerlock;
    gort_timer **timers;
    int32_t ntimers, captimers;
    _Atomic int64_t timer0when; /* earliest `when`, 0 if none */

    /* Random state for select and stealing order. */
    uint64_t rand;
};

struct M {
    int64_t id;
    G *g0;                  /* the M's system-stack goroutine */
    G *curg;                /* the G it runs (may be g0) */
    P *p;                   /* attached P, nil while idle or in syscall */
    P *nextp;               /* P handed to it before waking */
    P *oldp;                /* P it had before a system call */
    M *schedlink;           /* idle M list */
    M *alllink;             /* allm list */
    Note park;
    bool spinning;          /* looking for work */
    uint32_t wakeseq;       /* numbers the deferred wake-ups (sched.c) */
    gort_tls_t *tls;        /* its thread's gort_tls, for preemption */

    /* System stack bounds, and the altstack for signals. */
    uintptr_t g0lo, g0hi;
    void *sigstack;

    /* Set by the GC suspend-signal wrapper: the interrupted stack pointer
     * while the world is stopped (0 otherwise).  See gc.c. */
    _Atomic uintptr_t gcsp;

    /* Work to do right after a switch, on the new stack (see sched.c:
     * the goroutine that parks cannot release its locks before its
     * context is saved). */
    void (*afterswitch)(void *);
    void *afterswitcharg;

    bool onsystemstack;     /* inside gort_systemstack */
    uint64_t fastrand;
    struct TraceBuf *tracebuf; /* its trace records (trace.c), owner-written */
};

/* Global scheduler state. */
/*
 * Fields written by different Ms at a high rate sit on their own cache
 * lines: sched.lock and the global run queue, the free G list, the goid
 * generator, and the idle counts that wakep reads on every goready.
 * Sharing a line made each spawn on one P miss on a line the other P had
 * just written (perf put a third of gort_go's samples on the goid add).
 */
#define CACHELINE 64

typedef struct Sched {
    Lock lock;
    M *midle;               /* idle Ms, parked on their notes */
    int32_t nmidle;
    int32_t mcount;         /* Ms created (excluding sysmon) */
    P *pidle;

    G *runqhead, *runqtail; /* global run queue */
    int32_t runqsize;

    _Alignas(CACHELINE) _Atomic int32_t nmspinning;
    _Atomic int32_t npidle;

    /* Global free Gs, under gflock: a stack of batches.  A batch is a
     * schedlink chain of GFBATCH dead Gs; batches are linked through their
     * first G's `param` (unused while a G is dead).  A P moves a whole
     * batch in or out with one lock and no walk over cold Gs. */
    _Alignas(CACHELINE) Lock gflock;
    G *gfree;
    int32_t ngfree;         /* batches */

    _Alignas(CACHELINE) _Atomic int64_t goidgen;

    Lock allglock;
    G *allg;                /* every G ever made (never freed, reused) */

    int32_t gomaxprocs;
    P **allp;
    int32_t nallp;

    _Alignas(CACHELINE) M *timerm; /* the idle M sleeping until the next timer */
    int64_t timerwhen;      /* ... and when it wakes */
    bool mainexited;        /* goroutine 1 called runtime.Goexit */
} Sched;

extern Sched sched;
extern M *allm;
extern G *g1;               /* goroutine 1, which runs main */
extern int64_t runtimeinittime; /* nanotime when the scheduler started */

/* The current M and G (thread-local). */
extern __thread M *curm;
static inline G *getg(void) { return curm->curg; }

/*
 * Parking.  gopark(unlockf, arg, reason) switches away from the current
 * goroutine; once its context is saved, unlockf(arg) runs (on the next
 * goroutine's stack or g0's) so that the lock guarding the wait queue the
 * G just joined is released only when the G can safely be resumed.  It
 * returns when someone calls goready(g).
 */
void gopark(void (*unlockf)(void *), void *arg, const char *reason);
/* Make gp runnable; it runs next on this P (Go's runnext), and an idle P
 * is woken if there is one. */
void goready(G *gp);
/* gort_go without its back-pressure yield, for the runtime's own goroutines
 * (time.AfterFunc, main); gopc 0: no "created by" line. */
void newproc(void (*fn)(void *), const void *args, size_t argsize, uintptr_t gopc);
/* Unlock helper for gopark. */
void gopark_unlock(void *lock);

/* End the current goroutine (after its defers ran): never returns. */
void goexit1(void) __attribute__((noreturn));

/* System calls: bracket anything that may block the thread. */
void entersyscall(void);
void exitsyscall(void);

uint64_t fastrand(void);
static inline uint32_t fastrandn(uint32_t n) {
    return (uint32_t)(((uint64_t)(uint32_t)fastrand() * n) >> 32);
}

/* Called from the idle loop: earliest pending timer over all Ps, running
 * those that are due on P pp.  Returns the next deadline, or -1. */
int64_t checktimers(P *pp, int64_t now);
/* Earliest `when` over every P's heap, -1 if no timer is pending. */
int64_t timers_earliest(void);
/* The idle M sleeping for timers must be woken when an earlier one is
 * added (sched.c). */
void wakeidle_for_timer(int64_t when);

/* ===================================================================== */
/* Tracing and statistics (trace.c)                                      */
/* ===================================================================== */

/*
 * trace_mode is set once, by trace_init at start-up, before any goroutine
 * exists, and cleared by trace_finish: TRACE_RECORD when GOCCTRACE names
 * a file, TRACE_STATS for GOCCDEBUG=stats=1.  Every hook in the scheduler
 * is TRACE(call): one load and a branch the predictor learns when off.
 * The hooks may run in any context a scheduler path runs in (a goroutine's
 * stack reserve, g0, holding any runtime lock): they take no lock but
 * their own buffer's, which no other lock is taken under.
 */
enum { TRACE_RECORD = 1, TRACE_STATS = 2 };
extern int trace_mode;
#define TRACE(call)                                      \
    do {                                                 \
        if (GORT_UNLIKELY(trace_mode)) call;             \
    } while (0)

void trace_init(void);
void trace_finish(int code);             /* every exit path, once */
void trace_exitreason(const char *why);  /* what trace_finish will say */
void trace_schedtick(int64_t now);       /* sysmon: GODEBUG=schedtrace */
/* Why a goroutine stops running (trace_gostop). */
enum { TRACE_BLOCK = 1, TRACE_YIELD, TRACE_PREEMPT, TRACE_EXIT, TRACE_NOP };
void trace_gocreate(G *newg, uintptr_t gopc, void (*fn)(void *));
void trace_gostart(M *mp, G *gp);
void trace_gostop(G *gp, int why, const char *reason);
void trace_goready(G *gp);
void trace_syscall(G *gp, bool enter);
void trace_handoff(P *pp, M *from);
void trace_steal(P *thief, P *victim, uint32_t n);
void trace_stackgrow(G *gp, size_t oldsize, size_t newsize);
void trace_segment(void);
void trace_timer(void);
void trace_makechan(struct gort_chan *c, uintptr_t pc);
/* traceback.c, for the trace: the compiler's function table, a function's
 * size by the symbol table (0 if unknown), and the .g line of the call
 * that returns to ret. */
int64_t tb_functab(const gort_funcname **tab);
size_t tb_funcsize(uintptr_t fn);
uint64_t tb_pcline(uintptr_t ret, const char **file);

/* ===================================================================== */
/* Heap and roots (gc.c)                                                 */
/* ===================================================================== */

void gcinit(void);
void gc_thread_altstack(void);      /* on sysmon's thread */
void gc_signal_setup(M *mp);        /* altstack for this thread */

/* ===================================================================== */
/* Fatal errors and printing (panic.c)                                   */
/* ===================================================================== */

void rt_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void fatal(const char *msg) __attribute__((noreturn));        /* throw */
void fatalf(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
/* After "fatal error: ..." print the blank line and goroutine headers. */
void dumpgoroutines(void);
/* traceback.c: print the Go frames of the calls that led to the caller
 * (on gp's stack) through put, the dying path's output. */
void traceback(G *gp, void (*put)(const char *, size_t));
/* The same for a goroutine that is parked (its saved context is valid). */
void traceback_parked(G *gp, void (*put)(const char *, size_t));
/* explain.c: after a deadlock's goroutine dump, why no one can go on. */
void explain_deadlock(void (*put)(const char *, size_t));
extern bool die_explain; /* panic.c: set before fatal() to have it called */
/* explain.c: with GOCCDEBUG=leaks=1 (explain_leaks_on, set by trace_init),
 * goroutine 1 calls this when main.main returns: the goroutines left
 * blocked forever, reported as a deadlock's are. */
extern bool explain_leaks_on;
void explain_leaks(void);
/* trace.c: the name of a goroutine's function from the compiler's table of
 * `go` statements, NULL if it is not there. */
const char *trace_startname(void (*fn)(void *));


/* ===================================================================== */
/* Channels (chan.c)                                                     */
/* ===================================================================== */

/* A queue of parked goroutines (their sudogs), FIFO, guarded by the
 * channel lock. */
typedef struct WaitQ {
    Sudog *first, *last;
} WaitQ;

/* Go's hchan.  All fields are guarded by `lock`; `qcount` and `closed` are
 * also written with relaxed atomic stores so len() may read them without
 * it.  The ring buffer of dataqsiz elements follows the struct in the same
 * allocation. */
struct gort_chan {
    Lock lock;
    _Atomic uint32_t closed;
    size_t elemsize;
    uint64_t dataqsiz;          /* capacity; 0: unbuffered */
    _Atomic uint64_t qcount;    /* elements in the buffer */
    uint64_t sendx, recvx;      /* ring indices */
    char *buf;
    WaitQ recvq, sendq;
    uint32_t traceid;           /* its number in a trace (trace.c), 0 if none */
    uintptr_t makepc;           /* return address of its make, for explain.c */
};

/* Used by select.c; the caller holds c->lock.  A dequeue skips (and drops)
 * the sudogs of selects another case already won (the selectdone CAS). */
void waitq_enqueue(WaitQ *q, Sudog *sg);
Sudog *waitq_dequeue(WaitQ *q);
void waitq_remove(WaitQ *q, Sudog *sg);
/* Hand ep to the parked receiver sg / take the parked sender sg's value
 * (through the buffer if there is one) into ep; both mark sg successful
 * and return the G to goready once the locks are released. */
G *chan_handoff_send(gort_chan *c, Sudog *sg, const void *ep);
G *chan_handoff_recv(gort_chan *c, Sudog *sg, void *ep);
void chan_bufput(gort_chan *c, const void *ep);
void chan_bufget(gort_chan *c, void *ep);
void chan_zero(gort_chan *c, void *ep);
/* Non-blocking send / receive (select with one case and a default; also
 * for timers, which must not block): false if the operation would block.
 * Safe to call from g0. */
bool chan_trysend(gort_chan *c, const void *ep);
/* A nil channel's send or receive, and select {}: park forever. */
void chan_block_forever(const char *reason) __attribute__((noreturn, noinline));
void chan_panic_send_closed(void) __attribute__((noreturn, noinline));
bool chan_tryrecv(gort_chan *c, void *ep, bool *ok);

#endif /* GORT_INTERNAL_H */
