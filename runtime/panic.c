/*
 * panic.c — output, fatal errors, panics, defer/recover and Goexit.
 *
 * Output.  Everything a Go program prints goes through gort_write: one
 * write(2) per call (retried on EINTR and short writes), no user-space
 * buffer, which is what Go does for each fmt.Println and what keeps output
 * and os.Exit in the right order.  libc must not run on a goroutine's small
 * stack segment, so the system call, and the vsnprintf behind gort_printf,
 * run on the thread's system stack (gort_systemstack); when the caller is a
 * goroutine, the call is bracketed by entersyscall/exitsyscall so that a
 * write that blocks (a full pipe) or a read of stdin gives up the P.
 *
 * Dying.  fatal() (Go's throw) and an unrecovered panic end the process
 * with status 2 after printing Go's text.  Both may be reached from
 * anywhere: the scheduler with its locks held, the system stack, a signal
 * handler, the 768-byte reserve of a goroutine segment.  So the dying path
 * uses neither locks shared with the rest of the runtime, nor the heap,
 * nor libc: it formats by hand into a static buffer and talks to the
 * kernel with raw `syscall` instructions (write, exit_group).  The first
 * thread to start dying wins (an atomic flag); any other thread that tries
 * to die meanwhile sleeps until the winner ends the process, and a thread
 * that dies again while dying (a fault in the dying code) prints its
 * message and exits at once.
 *
 * What is printed, as Go 1.19 prints it (the frames under `goroutine N
 * [running]:` come from traceback.c, for the goroutine that dies):
 *
 *     fatal error: <msg>                   (fatal, gort_throw)
 *
 *     goroutine 7 [running]:
 *
 *     panic: <value>                        (unrecovered panic)
 *
 *     goroutine 7 [running]:
 *
 * The goroutine named is the one running on this thread.  When there is
 * none (fatal called by the scheduler on the system goroutine g0, whose
 * goid is 0, or on a thread the runtime does not know), Go prints the
 * runtime's own stack and then every goroutine; we print every user
 * goroutine's header instead (dumpgoroutines), which is exactly the
 * deadlock report: `fatal error: all goroutines are asleep - deadlock!`,
 * then a blank line and `goroutine 1 [chan receive]:` for each goroutine,
 * goroutine 1 first and the others by increasing goid, blank lines between.
 *
 * Panics and defer.  A function containing `defer` keeps a gort_frame in
 * its own C frame, pushed on entry (gort_frame_enter, which also does
 * __builtin_setjmp) and chained from G.frames; its deferred calls are a
 * LIFO list of records hanging from the frame.  A normal return calls
 * gort_frame_leave, which runs the list and pops the frame.  A panic is a
 * struct Panic on the stack of gopanic, chained from G.panic (newest
 * first); gopanic runs the deferred calls of the innermost frame, popping
 * each frame when its list is empty, so the panic runs every caller's
 * defers in turn, as in Go.  Each record is unlinked before its call, so a
 * deferred call that panics again does not run itself twice.
 *
 * Recovery.  gort_recover marks the innermost panic recovered.  When the
 * deferred call that recovered returns to gopanic, the panic is removed
 * from G.panic (with any older panics it aborted), the stack segments
 * newer than the frame's are released, and __builtin_longjmp makes the
 * frame's gort_frame_enter return 1: the function then returns its named
 * results through gort_frame_leave, which runs its remaining defers.
 * Releasing segments is done from the frame's own segment (below the
 * frame's saved stack pointer, reached with gort_stackcall), never from a
 * segment that is being freed: stackfree may unmap it or hand it to
 * another thread.
 *
 * Nested panics.  A panic raised by a deferred call while another panic
 * runs it starts unwinding from inside that call.  When it reaches the
 * frame whose deferred call the older panic was running, the older panic
 * can never resume: it is marked aborted (it stays on the chain, so it is
 * printed).  An unrecovered panic prints the whole chain, oldest first,
 * each later one on its own line after a tab, a recovered one followed by
 * " [recovered]" (Go's printpanics):
 *
 *     panic: first [recovered]
 *             panic: second
 *
 * Goexit is a pseudo-panic (as in Go since 1.14): it runs every deferred
 * call of the goroutine, recover returns nil while it does, it is never
 * printed, and a panic raised and recovered inside one of its deferred
 * calls does not cancel it: the recovery returns to the Goexit loop.
 *
 * Invariants:
 *   - G.frames lists exactly the live functions with defers that have not
 *     been popped, innermost first; a deferred call, when it returns,
 *     leaves G.frames as it found it.
 *   - G.panic lists the panics whose deferred calls are still on the C
 *     stack, newest first; only the newest is ever recovered.  Every
 *     older panic is either aborted or in the middle of a deferred call of
 *     its `frame`, and the newer panics were raised inside that call.
 *   - A Panic lives in the C frame of gopanic (or gort_goexit), which stays
 *     live for as long as the Panic is on the chain.
 */
#include "internal.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

/* ===================================================================== */
/* Raw system calls: no libc, no stack to speak of                       */
/* ===================================================================== */

static inline long rawsyscall3(long nr, long a, long b, long c) {
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c)
                     : "rcx", "r11", "memory");
    return ret;
}

static inline long rawsyscall6(long nr, long a, long b, long c, long d, long e, long f) {
    long ret;
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(nr), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}

static void rawwrite(int fd, const void *buf, size_t n) {
    const char *p = buf;
    while (n > 0) {
        long r = rawsyscall3(SYS_write, fd, (long)p, (long)n);
        if (r == -EINTR || r == -EAGAIN) continue;
        if (r <= 0) return;
        p += r;
        n -= (size_t)r;
    }
}

static void __attribute__((noreturn)) rawexit(int code) {
    for (;;) rawsyscall3(SYS_exit_group, code, 0, 0);
}

/* ===================================================================== */
/* Where are we running?                                                 */
/* ===================================================================== */

/* The user goroutine running on this thread, or NULL (no M yet, or the
 * M runs its g0). */
static inline G *usergoroutine(void) {
    M *mp = curm;
    if (!mp) return NULL;
    G *gp = mp->curg;
    if (!gp || gp == mp->g0) return NULL;
    return gp;
}

static inline bool onsystemstack(M *mp) {
    if (mp->onsystemstack || mp->curg == mp->g0) return true;
    uintptr_t sp = gort_sp();
    return mp->g0hi != 0 && sp >= mp->g0lo && sp < mp->g0hi;
}

/* True when the caller is a goroutine on its own stack: only then does a
 * blocking system call go through entersyscall/exitsyscall. */
static inline bool ongoroutinestack(void) {
    M *mp = curm;
    return mp && mp->curg && !onsystemstack(mp);
}

/* Run fn(arg) on the system stack, or right here when there is no M (the
 * thread is not one of ours, or the runtime is not up yet: then we are on
 * a thread's ordinary big stack). */
static void onsys(void (*fn)(void *), void *arg) {
    if (curm)
        gort_systemstack(fn, arg);
    else
        fn(arg);
}

/* ===================================================================== */
/* Output                                                                */
/* ===================================================================== */

/* On the system stack: write all of buf, waiting in poll(2) if fd is
 * non-blocking and full.  Bytes written, or -errno if none could be. */
static int64_t writeall(int fd, const void *buf, size_t n) {
    size_t done = 0;
    while (done < n) {
        ssize_t r = write(fd, (const char *)buf + done, n - done);
        if (r > 0) {
            done += (size_t)r;
            continue;
        }
        if (r < 0 && errno == EINTR) continue;
        if (r < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            struct pollfd pfd = {.fd = fd, .events = POLLOUT};
            poll(&pfd, 1, -1);
            continue;
        }
        if (done > 0) break;
        return r < 0 ? -(int64_t)errno : 0;
    }
    return (int64_t)done;
}

struct ioargs {
    int fd;
    const void *wbuf;
    void *rbuf;
    size_t n;
    int64_t ret;
};

static void write_sys(void *p) {
    struct ioargs *a = p;
    a->ret = writeall(a->fd, a->wbuf, a->n);
}

static void read_sys(void *p) {
    struct ioargs *a = p;
    for (;;) {
        ssize_t r = read(a->fd, a->rbuf, a->n);
        if (r >= 0) {
            a->ret = r;
            return;
        }
        if (errno == EINTR) continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK) {
            struct pollfd pfd = {.fd = a->fd, .events = POLLIN};
            poll(&pfd, 1, -1);
            continue;
        }
        a->ret = -(int64_t)errno;
        return;
    }
}

/* A system call made for a goroutine: give up the P while it runs. */
static void syscall_sys(void (*fn)(void *), void *arg) {
    if (ongoroutinestack()) {
        entersyscall();
        gort_systemstack(fn, arg);
        exitsyscall();
    } else {
        onsys(fn, arg);
    }
}

/* The compiler turns os.Stdout.Write / os.Stderr.Write (under fmt.Print*,
 * fmt.Fprint*, println) into calls to this. */
int64_t gort_write(int fd, const void *buf, size_t n) {
    struct ioargs a = {.fd = fd, .wbuf = buf, .n = n};
    syscall_sys(write_sys, &a);
    return a.ret;
}

/* The compiler turns os.Stdin.Read (under bufio.Scanner) into calls to
 * this.  It may block for long: the goroutine's P goes to another thread
 * meanwhile (entersyscall). */
int64_t gort_read(int fd, void *buf, size_t n) {
    struct ioargs a = {.fd = fd, .rbuf = buf, .n = n};
    syscall_sys(read_sys, &a);
    return a.ret;
}

/* printf-style output, formatted and written on the system stack: a
 * va_list travels there inside this struct. */
struct fmtargs {
    int fd;
    const char *fmt;
    va_list ap;
    int64_t ret;
};

#define FMTBUF 2048

static void printf_sys(void *p) {
    struct fmtargs *a = p;
    char buf[FMTBUF];
    va_list ap;
    va_copy(ap, a->ap);
    int n = vsnprintf(buf, sizeof buf, a->fmt, ap);
    va_end(ap);
    if (n < 0) {
        a->ret = -1;
        return;
    }
    if ((size_t)n < sizeof buf) {
        a->ret = writeall(a->fd, buf, (size_t)n);
        return;
    }
    /* Long output: a malloc'ed buffer (no pointers: not the GC heap). */
    char *big = malloc((size_t)n + 1);
    if (!big) {
        a->ret = writeall(a->fd, buf, sizeof buf - 1);
        return;
    }
    va_copy(ap, a->ap);
    vsnprintf(big, (size_t)n + 1, a->fmt, ap);
    va_end(ap);
    a->ret = writeall(a->fd, big, (size_t)n);
    free(big);
}

static int retint(int64_t r) { return r > INT32_MAX ? INT32_MAX : (int)r; }

/* C-level printf to stdout, used by the runtime's C tests and by the
 * bundled packages' C code; one write(2) per call. */
int gort_printf(const char *fmt, ...) {
    struct fmtargs a = {.fd = 1, .fmt = fmt};
    va_start(a.ap, fmt);
    syscall_sys(printf_sys, &a);
    va_end(a.ap);
    return retint(a.ret);
}

/* printf to any file descriptor (fmt.Fprintf(os.Stderr, ...)'s back end). */
int gort_dprintf(int fd, const char *fmt, ...) {
    struct fmtargs a = {.fd = fd, .fmt = fmt};
    va_start(a.ap, fmt);
    syscall_sys(printf_sys, &a);
    va_end(a.ap);
    return retint(a.ret);
}

/* The runtime's own messages to stderr ("runtime: ..."): never parks, no
 * entersyscall, so it may be called with runtime locks held. */
void rt_printf(const char *fmt, ...) {
    struct fmtargs a = {.fd = 2, .fmt = fmt};
    va_start(a.ap, fmt);
    onsys(printf_sys, &a);
    va_end(a.ap);
}

/* ===================================================================== */
/* Dying: the print buffer, the winner flag, goroutine headers           */
/* ===================================================================== */

static _Atomic int dying;           /* set by the first thread to die */
static __thread bool iamdying;      /* this thread won `dying` */
static __thread int dieprinting;    /* this thread is inside diestart..exit */

/* Only the thread that won `dying` touches this buffer. */
static struct {
    char buf[512];
    size_t n;
} dieout;

static void dieflush(void) {
    rawwrite(2, dieout.buf, dieout.n);
    dieout.n = 0;
}

static void dieputn(const void *p, size_t n) {
    const char *s = p;
    while (n > 0) {
        if (dieout.n == sizeof dieout.buf) dieflush();
        size_t k = sizeof dieout.buf - dieout.n;
        if (k > n) k = n;
        memcpy(dieout.buf + dieout.n, s, k);
        dieout.n += k;
        s += k;
        n -= k;
    }
}

static void dieputs(const char *s) { dieputn(s, strlen(s)); }
static void dieputc(const char *p, size_t n) { dieputn(p, n); }
static void dieputstr(gort_string s) { dieputn(s.ptr, (size_t)s.len); }

static void dieputint(int64_t v) {
    char tmp[24];
    int i = sizeof tmp;
    uint64_t u = v < 0 ? -(uint64_t)v : (uint64_t)v;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0) tmp[--i] = '-';
    dieputn(tmp + i, sizeof tmp - i);
}

/* Go's hex(): 0x followed by lower-case digits, no padding. */
static void dieputhex(uint64_t v) {
    char tmp[18];
    int i = sizeof tmp;
    do {
        tmp[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    tmp[--i] = 'x';
    tmp[--i] = '0';
    dieputn(tmp + i, sizeof tmp - i);
}

static void __attribute__((noreturn)) dieexit(void) {
    dieflush();
    TRACE(trace_finish(2));
    rawexit(2);
}

/* Win the right to print and end the process, or sleep until the thread
 * that won does. */
static void dieacquire(void) {
    if (iamdying) return;
    int z = 0;
    if (!atomic_compare_exchange_strong(&dying, &z, 1)) {
        for (;;) rawsyscall3(SYS_pause, 0, 0, 0);
    }
    iamdying = true;
}

/* Become the dying thread.  `msg` is what to print if this thread is
 * already printing its death (a fault inside the dying code itself). */
static void diestart(const char *msg) {
    if (dieprinting++ > 0) {
        rawwrite(2, "fatal error: ", 13);
        rawwrite(2, msg, strlen(msg));
        rawwrite(2, " (while dying)\n", 15);
        rawexit(2);
    }
    dieacquire();
}

static const char *gstatusname(G *gp) {
    switch (atomic_load_explicit(&gp->status, memory_order_relaxed)) {
    case Gidle: return "idle";
    case Grunnable: return "runnable";
    case Grunning: return "running";
    case Gsyscall: return "syscall";
    case Gwaiting: return gp->waitreason ? gp->waitreason : "waiting";
    default: return "dead";
    }
}

static void goroutineheader(G *gp, const char *status) {
    dieputs("goroutine ");
    dieputint(gp->goid);
    dieputs(" [");
    dieputs(status);
    dieputs("]:\n");
}

/* Is gp worth listing in a dump: a user goroutine that exists? */
static bool dumpable(G *gp) {
    uint32_t s = atomic_load_explicit(&gp->status, memory_order_relaxed);
    return gp->goid > 0 && s != Gdead && s != Gidle;
}

static void sortbygoid(G **a, size_t n) {
    /* Heapsort: no recursion, no allocation. */
    for (size_t end = n; end > 1; end--) {
        for (size_t start = (end == n ? n / 2 : 1); start-- > 0;) {
            size_t root = start;
            for (;;) {
                size_t c = 2 * root + 1;
                if (c >= end) break;
                if (c + 1 < end && a[c + 1]->goid > a[c]->goid) c++;
                if (a[root]->goid >= a[c]->goid) break;
                G *t = a[root];
                a[root] = a[c];
                a[c] = t;
                root = c;
            }
            if (end != n) break;
        }
        G *t = a[0];
        a[0] = a[end - 1];
        a[end - 1] = t;
    }
}

/* The body of dumpgoroutines; the caller owns dieout. */
static void dumpall(void) {
    /* The allg list only grows and Gs are never freed: walking it without
     * sched.allglock is safe enough for a dying process, and avoids a
     * deadlock if we die holding that lock. */
    size_t n = 0;
    for (G *gp = __atomic_load_n(&sched.allg, __ATOMIC_ACQUIRE); gp;
         gp = __atomic_load_n(&gp->alllink, __ATOMIC_ACQUIRE))
        if (dumpable(gp)) n++;
    if (n == 0) return;
    size_t bytes = (n * sizeof(G *) + 4095) & ~(size_t)4095;
    long r = rawsyscall6(SYS_mmap, 0, (long)bytes, PROT_READ | PROT_WRITE,
                         MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    G **a = (r < 0 && r > -4096) ? NULL : (G **)r;
    if (a) {
        size_t k = 0;
        for (G *gp = __atomic_load_n(&sched.allg, __ATOMIC_ACQUIRE); gp && k < n;
             gp = __atomic_load_n(&gp->alllink, __ATOMIC_ACQUIRE))
            if (dumpable(gp)) a[k++] = gp;
        sortbygoid(a, k);
        for (size_t i = 0; i < k; i++) {
            dieputs("\n");
            goroutineheader(a[i], gstatusname(a[i]));
            uint32_t st = atomic_load_explicit(&a[i]->status, memory_order_relaxed);
            if (st == Gwaiting || st == Grunnable) traceback_parked(a[i], dieputc);
        }
        return;
    }
    /* No memory even for that: list order, goroutine 1 first. */
    for (int pass = 0; pass < 2; pass++)
        for (G *gp = __atomic_load_n(&sched.allg, __ATOMIC_ACQUIRE); gp;
             gp = __atomic_load_n(&gp->alllink, __ATOMIC_ACQUIRE))
            if (dumpable(gp) && (gp->goid == 1) == (pass == 0)) {
                dieputs("\n");
                goroutineheader(gp, gstatusname(gp));
            }
}

/*
 * After "fatal error: ..." (printed by the caller, e.g. the deadlock
 * detector): a blank line and a header for each user goroutine, goroutine
 * 1 first, then by increasing goid.  Go prints each goroutine as header,
 * traceback and blank line; we have no tracebacks yet, so it is header and
 * blank line.  The caller exits afterwards.
 */
void dumpgoroutines(void) {
    dieacquire();
    dieflush();
    dumpall();
    dieflush();
}

/* Set by the deadlock detector: after Go's lines, explain.c's. */
bool die_explain;

/* The tail of every death: who was running, then exit status 2. */
static void __attribute__((noreturn, noinline)) dietail(void) {
    G *gp = usergoroutine();
    if (gp) {
        dieputs("\n");
        goroutineheader(gp, "running");
        traceback(gp, dieputc);
    } else {
        /* On g0 (the scheduler) or a foreign thread: like Go's throw from
         * the system stack, show every goroutine. */
        dumpall();
        if (die_explain) explain_deadlock(dieputc);
    }
    dieexit();
}

/* ===================================================================== */
/* fatal / throw                                                         */
/* ===================================================================== */

/* Go's throw: an unrecoverable runtime failure.  Anywhere, any lock held. */
void fatal(const char *msg) {
    diestart(msg);
    TRACE(trace_exitreason(msg));
    dieputs("fatal error: ");
    dieputs(msg);
    dieputs("\n");
    dietail();
}

/* The compiler does not call this yet; the bundled packages do for their
 * unrecoverable errors ("fatal error: ..."), as Go's runtime.throw. */
void gort_throw(const char *msg) { fatal(msg); }

struct fatalfargs {
    const char *fmt;
    va_list ap;
};

static void fatalf_sys(void *p) {
    struct fatalfargs *a = p;
    char *dst = dieout.buf + dieout.n;
    size_t room = sizeof dieout.buf - dieout.n - 1;
    va_list ap;
    va_copy(ap, a->ap);
    int n = vsnprintf(dst, room + 1, a->fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    if ((size_t)n > room) n = (int)room; /* truncated */
    dieout.n += (size_t)n;
}

void fatalf(const char *fmt, ...) {
    diestart(fmt);
    dieputs("fatal error: ");
    struct fatalfargs a = {.fmt = fmt};
    va_start(a.ap, fmt);
    onsys(fatalf_sys, &a);
    va_end(a.ap);
    dieputs("\n");
    dietail();
}

/* ===================================================================== */
/* Panics, defer, recover, Goexit                                        */
/* ===================================================================== */

struct gort_defer {
    gort_defer *link;
    void (*fn)(void *);
    void *arg;
};

enum {
    PANIC_VALUE,   /* panic(v): prints the value's text */
    PANIC_RUNTIME, /* a runtime.Error: "runtime error: " + msg */
    PANIC_GOEXIT,  /* runtime.Goexit in progress: never printed */
};

/* Bits of gort_frame.flags. */
enum {
    FRAME_RECOVERED = 1, /* resumed by a recovery (gort_frame_enter gave 1) */
    FRAME_LEAVING = 2,   /* a normal return is running its deferred calls */
};

typedef struct Panic {
    struct Panic *link;   /* the older panic (G.panic is the newest) */
    gort_string msg;      /* text printed after "panic: " (after the prefix);
                           * for a value panic, set by preprintpanics */
    /* panic(v): v's dynamic type and data word; NULL type with `isnil`
     * false: the value is the string `msg` (gort_panicstr), boxed only
     * if recover() asks for it. */
    const gort_type *type;
    void *data;
    gort_frame *frame;    /* whose deferred call it is running */
    gort_frame *resume;   /* PANIC_GOEXIT: where its loop restarts */
    uint8_t kind;
    bool isnil;           /* panic(nil): recover() gives nil, prints "nil" */
    bool recovered;       /* recover() took it; unwinds when the call returns */
    bool aborted;         /* a newer panic went past its deferred call */
    bool printing;        /* preprintpanics is calling its Error/String */
    bool armed;           /* its deferred call's thunk called gort_defer_arm
                           * and the callee has not taken the token yet */
} Panic;

/* ---- printing an unrecovered panic ---------------------------------- */

static void printpanicval(Panic *p) {
    if (p->kind == PANIC_RUNTIME) dieputs("runtime error: ");
    dieputn(p->msg.ptr, (size_t)p->msg.len);
}

/* Go's printpanics: oldest first; a tab before each panic that has an
 * older, non-Goexit one; Goexit entries print nothing.  Iterative, since
 * we may be on a goroutine's reserve. */
static void printpanics(Panic *newest) {
    int n = 0;
    for (Panic *q = newest; q; q = q->link) n++;
    for (int i = n - 1; i >= 0; i--) {
        Panic *q = newest;
        for (int j = 0; j < i; j++) q = q->link;
        if (q->link && q->link->kind != PANIC_GOEXIT) dieputs("\t");
        if (q->kind == PANIC_GOEXIT) continue;
        TRACE(trace_exitreason("panic"));
        dieputs("panic: ");
        printpanicval(q);
        if (q->recovered) dieputs(" [recovered]");
        dieputs("\n");
    }
}

static void __attribute__((noreturn, noinline)) fatalpanic(Panic *p) {
    diestart("panic while printing a panic");
    printpanics(p);
    /* A panic raised by a memory fault: Go's "[signal ...]" line. */
    G *gp = usergoroutine();
    if (gp && gp->sig) {
        dieputs(gp->sig == SIGSEGV ? "[signal SIGSEGV: segmentation violation code="
                                   : "[signal SIGBUS: bus error code=");
        dieputhex((uint64_t)(uint32_t)gp->sigcode);
        dieputs(" addr=");
        dieputhex(gp->sigaddr);
        dieputs(" pc=");
        dieputhex(gp->sigpc);
        dieputs("]\n");
    }
    dietail();
}

/* ---- frames ---------------------------------------------------------- */

/*
 * The compiler emits `if (gort_frame_enter(&frame)) goto out;` at the
 * entry of every function that contains `defer` (gort_frame_enter is this
 * call followed by __builtin_setjmp).  Records the segment and guard so a
 * recovery can come back to this frame.
 */
void gort_frame_push(gort_frame *f) {
    G *gp = getg();
    f->link = gp->frames;
    f->defers = NULL;
    f->seg = gp->stk;
    f->guard = gp->stackguard;
    f->flags = 0;
    gp->frames = f;
}

/*
 * The compiler turns `defer f(args)` into: evaluate f and the arguments
 * into a heap record `arg`, then gort_defer_push(&frame, thunk, arg),
 * where thunk(arg) makes the call.  The record is on the GC heap because
 * it holds `arg`, the only reference to the compiler's argument record.
 */
void gort_defer_push(gort_frame *f, void (*fn)(void *), void *arg) {
    gort_defer *d = gort_alloc(sizeof *d);
    d->fn = fn;
    d->arg = arg;
    d->link = f->defers;
    f->defers = d;
}

/*
 * The compiler calls this on every exit of a function with a frame: each
 * `return` (after the results are stored) and the fall-through end, and
 * also at the `out:` label reached when gort_frame_enter returns 1 after a
 * recovery.  Runs the remaining deferred calls, LIFO, then pops the frame.
 */
void gort_frame_leave(gort_frame *f) {
    G *gp = getg();
    if (GORT_UNLIKELY(gp->frames != f)) fatal("gort_frame_leave: not the innermost frame");
    f->flags |= FRAME_LEAVING;
    gort_defer *d;
    while ((d = f->defers) != NULL) {
        f->defers = d->link;
        d->fn(d->arg);
    }
    gp->frames = f->link;
}

/* ---- recovery -------------------------------------------------------- */

struct jumpargs {
    G *gp;
    gort_frame *to;
};

/* On `to`'s own segment, below its saved stack pointer: release the newer
 * segments (we are no longer on any of them), then resume. */
static void __attribute__((noreturn)) unwind_and_jump(void *p) {
    struct jumpargs *a = p;
    G *gp = a->gp;
    gort_frame *to = a->to;
    stack_unwind(gp, to->seg, to->guard);
    __builtin_longjmp(to->jb, 1);
}

/* Make `to`'s gort_frame_enter (or gort_goexit's setjmp) return 1. */
static void __attribute__((noreturn, noinline)) jumpto(G *gp, gort_frame *to) {
    /* The frames jumped over never return: clear their redzones (only
     * AddressSanitizer builds keep any). */
    Seg *tseg = to->seg;
    stack_unpoison(tseg + 1, (uintptr_t)to->jb[2] - (uintptr_t)(tseg + 1));
    if (to->seg == gp->stk) {
        gp->stackguard = to->guard;
        if (gort_tls.stackguard != GORT_STACK_PREEMPT) gort_tls.stackguard = to->guard;
        __builtin_longjmp(to->jb, 1);
    }
    /* __builtin_setjmp keeps the stack pointer in the third word.  The
     * frames below it are dead: the panic is jumping over them. */
    Seg *seg = to->seg;
    uintptr_t sp = ((uintptr_t)to->jb[2] - 64) & ~(uintptr_t)15;
    if (sp < (uintptr_t)seg + sizeof(Seg) + 256 || sp >= seg_top(seg))
        fatal("recovery: frame's stack pointer outside its segment");
    struct jumpargs a = {gp, to};
    stackcall(unwind_and_jump, &a, (void *)sp, NULL, (uintptr_t)(seg + 1), seg_top(seg));
    __builtin_unreachable();
}

/* p was recovered by the deferred call of f that just returned. */
static void __attribute__((noreturn, noinline)) recovery(G *gp, Panic *p, gort_frame *f) {
    gp->sig = 0; /* the fault, if any, is handled */
    /* Drop p and the panics it aborted; a Goexit it aborted survives. */
    Panic *q = p->link;
    while (q && q->aborted && q->kind != PANIC_GOEXIT) q = q->link;
    gp->panic = q;
    if (q && q->kind == PANIC_GOEXIT && q->aborted) {
        /* A recover cannot cancel a Goexit: back to its loop, which goes
         * on with the remaining deferred calls (from f's). */
        q->aborted = false;
        jumpto(gp, q->resume);
    }
    f->flags |= FRAME_RECOVERED;
    jumpto(gp, f);
}

/*
 * Run deferred calls for p (a panic, or Goexit) until the goroutine has
 * no frames left; returns then.  If a call recovers p, does not return.
 */
static void __attribute__((noinline)) rundefers(G *gp, Panic *p) {
    for (;;) {
        gort_frame *f = gp->frames;
        if (!f) return;
        /* Reaching f means leaving every call made from f's deferred
         * calls: an older panic (or Goexit) that was running one is
         * aborted. */
        for (Panic *q = p->link; q; q = q->link)
            if (q->frame == f) q->aborted = true;
        f->flags &= ~FRAME_LEAVING;
        gort_defer *d = f->defers;
        if (!d) {
            gp->frames = f->link;
            continue;
        }
        f->defers = d->link;
        p->frame = f;
        d->fn(d->arg);
        p->armed = false;   /* a callee without recover() left it */
        if (GORT_UNLIKELY(gp->frames != f)) fatal("bad defer frame in panic");
        if (p->recovered) recovery(gp, p, f);
    }
}

/* ---- panic values ---------------------------------------------------- */

/*
 * What recover() returns for a runtime error: a runtime.Error.  Go has
 * several dynamic types (runtime.boundsError, runtime.errorString...);
 * every runtime error here is a runtime.errorString, Go's `type
 * errorString string` whose Error() is "runtime error: " + the string,
 * with the marker method RuntimeError().  The descriptors' hashes are
 * the FNV-1a of their strings, as the compiler computes them, so the
 * method types match the compiler's `error` and `runtime.Error`.
 */
static const gort_type *const rt_strout[] = {&gort_type_string};
static const gort_type rt_fn_string = {
    .size = sizeof(void *), .hash = 0x319077b5u, .kind = GORT_FUNC, .align = _Alignof(void *),
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func() string"),
    .nout = 1, .out = rt_strout,
};
static const gort_type rt_fn_void = {
    .size = sizeof(void *), .hash = 0x818fc0bcu, .kind = GORT_FUNC, .align = _Alignof(void *),
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func()"),
};

static gort_string rt_errorString_Error(void *data) {
    return gort_concatstring2(GORT_STR("runtime error: "), *(gort_string *)data);
}
static void rt_errorString_RuntimeError(void *data) { (void)data; }

static const gort_method rt_errorString_methods[] = {
    {.name = GORT_STR("Error"), .type = &rt_fn_string,
     .ifn = (void (*)(void))rt_errorString_Error},
    {.name = GORT_STR("RuntimeError"), .type = &rt_fn_void,
     .ifn = (void (*)(void))rt_errorString_RuntimeError},
};
static const gort_type rt_errorString_type = {
    .size = sizeof(gort_string), .hash = 0xa8e04a7au, .kind = GORT_STRING,
    .align = _Alignof(gort_string), .flags = GORT_TF_POINTERS | GORT_TF_NAMED,
    .str = GORT_STR("runtime.errorString"), .equal = gort_strequal, .hashfn = gort_strhash,
    .methods = rt_errorString_methods, .nmethods = 2,
};

/* A growable text for preprintpanics (on the goroutine's stack, with
 * the heap: the process is not dying yet). */
typedef struct Text {
    uint8_t *p;
    int64_t n, cap;
} Text;

static void tput(Text *t, const void *s, int64_t n) {
    if (t->n + n > t->cap) {
        int64_t cap = 2 * t->cap + n + 32;
        uint8_t *p = gort_alloc_noscan((size_t)cap);
        if (t->n) memcpy(p, t->p, (size_t)t->n);
        t->p = p;
        t->cap = cap;
    }
    memcpy(t->p + t->n, s, (size_t)n);
    t->n += n;
}
static void tputs(Text *t, const char *s) { tput(t, s, (int64_t)strlen(s)); }
static void tputstr(Text *t, gort_string s) { tput(t, s.ptr, s.len); }

static void tputuint(Text *t, uint64_t u, bool neg) {
    char tmp[24];
    int i = sizeof tmp;
    do {
        tmp[--i] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (neg) tmp[--i] = '-';
    tput(t, tmp + i, (int64_t)sizeof tmp - i);
}

static void tputhex(Text *t, uint64_t v) {
    char tmp[18];
    int i = sizeof tmp;
    do {
        tmp[--i] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    tmp[--i] = 'x';
    tmp[--i] = '0';
    tput(t, tmp + i, (int64_t)sizeof tmp - i);
}

/* Go's print(float): "+1.500000e+000" — seven significant digits,
 * rounded by adding half a unit of the last, and a three-digit
 * exponent; NaN, +Inf, -Inf. */
static void tputfloat(Text *t, double v) {
    if (v != v) {
        tputs(t, "NaN");
        return;
    }
    if (v + v == v && v > 0) {
        tputs(t, "+Inf");
        return;
    }
    if (v + v == v && v < 0) {
        tputs(t, "-Inf");
        return;
    }
    enum { NDIG = 7 };
    char buf[NDIG + 7];
    int e = 0;
    buf[0] = '+';
    if (v == 0) {
        if (1 / v < 0) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < NDIG; i++) h /= 10;
        v += h;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < NDIG; i++) {
        int d = (int)v;
        buf[i + 2] = (char)(d + '0');
        v -= d;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[NDIG + 2] = 'e';
    buf[NDIG + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[NDIG + 3] = '-';
    }
    buf[NDIG + 4] = (char)(e / 100 + '0');
    buf[NDIG + 5] = (char)(e / 10 % 10 + '0');
    buf[NDIG + 6] = (char)(e % 10 + '0');
    tput(t, buf, sizeof buf);
}

/* The predeclared type of kind k (bool ... float64, string), or NULL. */
static const gort_type *predeclared(uint8_t k) {
    switch (k) {
    case GORT_BOOL: return &gort_type_bool;
    case GORT_INT: return &gort_type_int;
    case GORT_INT8: return &gort_type_int8;
    case GORT_INT16: return &gort_type_int16;
    case GORT_INT32: return &gort_type_int32;
    case GORT_INT64: return &gort_type_int64;
    case GORT_UINT: return &gort_type_uint;
    case GORT_UINT8: return &gort_type_uint8;
    case GORT_UINT16: return &gort_type_uint16;
    case GORT_UINT32: return &gort_type_uint32;
    case GORT_UINT64: return &gort_type_uint64;
    case GORT_UINTPTR: return &gort_type_uintptr;
    case GORT_FLOAT32: return &gort_type_float32;
    case GORT_FLOAT64: return &gort_type_float64;
    case GORT_STRING: return &gort_type_string;
    }
    return NULL;
}

/* Print a value of basic kind as Go's print does; false for other kinds. */
static bool tputbasic(Text *t, const gort_type *ty, const void *v) {
    switch (ty->kind) {
    case GORT_BOOL: tputs(t, *(const bool *)v ? "true" : "false"); return true;
    case GORT_INT:
    case GORT_INT64: {
        int64_t x = *(const int64_t *)v;
        tputuint(t, x < 0 ? -(uint64_t)x : (uint64_t)x, x < 0);
        return true;
    }
    case GORT_INT8: { int64_t x = *(const int8_t *)v; tputuint(t, x < 0 ? -(uint64_t)x : (uint64_t)x, x < 0); return true; }
    case GORT_INT16: { int64_t x = *(const int16_t *)v; tputuint(t, x < 0 ? -(uint64_t)x : (uint64_t)x, x < 0); return true; }
    case GORT_INT32: { int64_t x = *(const int32_t *)v; tputuint(t, x < 0 ? -(uint64_t)x : (uint64_t)x, x < 0); return true; }
    case GORT_UINT:
    case GORT_UINT64: tputuint(t, *(const uint64_t *)v, false); return true;
    case GORT_UINTPTR: tputuint(t, *(const uintptr_t *)v, false); return true;
    case GORT_UINT8: tputuint(t, *(const uint8_t *)v, false); return true;
    case GORT_UINT16: tputuint(t, *(const uint16_t *)v, false); return true;
    case GORT_UINT32: tputuint(t, *(const uint32_t *)v, false); return true;
    case GORT_FLOAT32: tputfloat(t, *(const float *)v); return true;
    case GORT_FLOAT64: tputfloat(t, *(const double *)v); return true;
    case GORT_STRING: tputstr(t, *(const gort_string *)v); return true;
    }
    return false;
}

/* The method `name` of type func() string in t's method set, or NULL. */
static const gort_method *stringmethod(const gort_type *t, const char *name) {
    size_t n = strlen(name);
    for (int32_t i = 0; i < t->nmethods; i++) {
        const gort_method *m = &t->methods[i];
        if (m->name.len == (int64_t)n && memcmp(m->name.ptr, name, n) == 0 && m->type &&
            m->type->kind == GORT_FUNC && m->type->nin == 0 && m->type->nout == 1 &&
            gort_typeeq(m->type->out[0], &gort_type_string))
            return m;
    }
    return NULL;
}

/*
 * The text Go 1.19 prints after "panic: " for the value (type, data)
 * (its printpanicval after preprintpanics): an error's Error(), a
 * Stringer's String(); a bool, number or string of a predeclared type as
 * print() prints it; a value of a defined basic type as `main.T(5)` or
 * `main.S("x")`; anything else as `(main.T) 0xADDR`, the data word.
 */
static gort_string panicvaltext(const gort_type *t, void *data) {
    const gort_method *m = stringmethod(t, "Error");
    if (!m) m = stringmethod(t, "String");
    if (m) return ((gort_string(*)(void *))m->ifn)(data);
    const void *v = (t->flags & GORT_TF_DIRECT) ? (const void *)&data : data;
    Text x = {0};
    const gort_type *pre = predeclared(t->kind);
    if (pre && gort_typeeq(t, pre)) {
        tputbasic(&x, t, v);
    } else if (pre) {
        tputstr(&x, t->str);
        tputs(&x, t->kind == GORT_STRING ? "(\"" : "(");
        tputbasic(&x, t, v);
        tputs(&x, t->kind == GORT_STRING ? "\")" : ")");
    } else {
        tputs(&x, "(");
        tputstr(&x, t->str);
        tputs(&x, ") ");
        tputhex(&x, (uint64_t)(uintptr_t)data);
    }
    return (gort_string){x.p, x.n};
}

/* Before dying: the text of every value panic on the chain, computed on
 * the goroutine's stack since Error and String are G code.  A panic
 * raised by one of those calls is fatal (gopanic checks `printing`). */
static void preprintpanics(Panic *newest) {
    for (Panic *q = newest; q; q = q->link) {
        if (q->kind != PANIC_VALUE) continue;
        if (q->isnil) {
            q->msg = GORT_STR("nil");
        } else if (q->type) {
            q->printing = true;
            q->msg = panicvaltext(q->type, q->data);
            q->printing = false;
        }
    }
}

static void __attribute__((noreturn, noinline)) gopanic(Panic *p) {
    M *mp = curm;
    G *gp = usergoroutine();
    if (!gp || onsystemstack(mp)) {
        /* Go: "panic on system stack" — a runtime bug, unrecoverable. */
        diestart("panic on system stack");
        dieputs("panic: ");
        if (p->kind == PANIC_RUNTIME) dieputs("runtime error: ");
        if (p->type) dieputstr(p->type->str); /* no method calls here */
        else dieputn(p->msg.ptr, (size_t)p->msg.len);
        dieputs("\nfatal error: panic on system stack\n");
        dietail();
    }
    for (Panic *q = gp->panic; q; q = q->link)
        if (q->printing) fatal("panic while printing panic value");
    p->link = gp->panic;
    gp->panic = p;
    rundefers(gp, p);
    preprintpanics(gp->panic);
    fatalpanic(gp->panic);
}

/*
 * The compiler turns `panic(v)` into gort_panic(v), v converted to
 * interface{} (`panic("x")` may also use gort_panicstr).  recover()
 * returns v itself; unrecovered, it prints as Go 1.19 prints it (see
 * panicvaltext): `panic: ` + err.Error() for an error, String() for a
 * Stringer, `panic: 42`, `panic: main.T(5)`, ...  panic(nil) is Go
 * 1.19's: recover() returns nil, and it prints `panic: nil`.
 */
void gort_panic(gort_eface v) {
    Panic p;
    memset(&p, 0, sizeof p);
    p.kind = PANIC_VALUE;
    p.type = v.type;
    p.data = v.data;
    p.isnil = v.type == NULL;
    gopanic(&p);
}

/*
 * The runtime raises its plain errors ("send on closed channel", "close
 * of nil channel", "sync: negative WaitGroup counter"...) with this, and
 * the compiler may turn `panic(s)` for a string s into it.  Prints as
 * `panic: <text>` (a string panic value prints as is, newlines and all);
 * recover() returns the text as a string value.
 */
void gort_panicstr(gort_string msg) {
    Panic p;
    memset(&p, 0, sizeof p);
    p.kind = PANIC_VALUE;
    p.msg = msg;
    gopanic(&p);
}

/*
 * The compiler's checks call this for runtime errors: integer divide by
 * zero, index out of range, nil map assignment, nil dereference...  Prints
 * `panic: runtime error: <msg>`; recover() returns a runtime.Error (a
 * runtime.errorString) whose Error() is "runtime error: <msg>".
 */
void gort_panic_runtime(const char *msg) {
    Panic p;
    memset(&p, 0, sizeof p);
    p.kind = PANIC_RUNTIME;
    p.msg = (gort_string){(const uint8_t *)msg, (int64_t)strlen(msg)};
    gopanic(&p);
}

/*
 * recover().  Go lets recover stop a panic only when it is called
 * directly by the deferred function the panic is running (Go compares
 * the caller's argument pointer with the one the panic recorded).  C
 * cannot see its caller, so compiled code hands the runtime a token:
 *
 *   - the thunk of a `defer` statement whose callee may call recover()
 *     (one that contains a recover() call, or a function value the
 *     compiler cannot see into) calls gort_defer_arm() just before the
 *     call: if a panic is running this very deferred call (its frame is
 *     the innermost one, not returning normally), the panic is armed;
 *   - a function that contains recover() calls gort_recover_take() first
 *     thing in its body: an armed panic is disarmed and becomes its token
 *     (so the function is the one the deferred call called directly);
 *     any other call gets NULL;
 *   - recover() is gort_recover_with(token): nil unless the token is the
 *     newest panic, which gort_recover then examines.
 *
 * A helper called by the deferred function (`func() { helper() }` with
 * recover() in helper) finds no armed panic: the literal's thunk did not
 * arm it, as the literal has no recover() of its own.  The one gap left:
 * a deferred function value without recover() (not visible to the
 * compiler) that calls a function with recover(): that function takes
 * the token.  `defer recover()` stops nothing, as in Go.
 *
 * gort_recover() itself (used by the runtime's C tests and by fmt's
 * catching of a panicking String method) is the approximation without
 * token: it stops the newest panic if it is not Goexit, not already
 * recovered, and no function between the recover and that deferred call
 * is running deferred calls of a normal return.
 */
void gort_defer_arm(void) {
    G *gp = getg();
    Panic *p = gp->panic;
    gort_frame *f = gp->frames;
    if (p && p->kind != PANIC_GOEXIT && f && p->frame == f && !(f->flags & FRAME_LEAVING))
        p->armed = true;
}

void *gort_recover_take(void) {
    G *gp = getg();
    Panic *p = gp->panic;
    if (!p || !p->armed) return NULL;
    p->armed = false;
    return p;
}

gort_eface gort_recover_with(void *token) {
    G *gp = getg();
    if (!token || token != gp->panic) return (gort_eface){NULL, NULL};
    return gort_recover();
}

gort_eface gort_recover(void) {
    G *gp = getg();
    Panic *p = gp->panic;
    gort_eface none = {NULL, NULL};
    if (!p || p->kind == PANIC_GOEXIT || p->recovered || p->aborted) return none;
    for (gort_frame *f = gp->frames; f != p->frame; f = f->link)
        if (!f || (f->flags & FRAME_LEAVING)) return none;
    p->recovered = true;
    if (p->isnil) return none;
    if (!p->type) {
        /* A string panic or a runtime error: box the text now. */
        gort_string *box = gort_alloc(sizeof *box);
        *box = p->msg;
        p->type = p->kind == PANIC_RUNTIME ? &rt_errorString_type : &gort_type_string;
        p->data = box;
    }
    return (gort_eface){p->type, p->data};
}

/* ---- Goexit ---------------------------------------------------------- */

static void __attribute__((noreturn, noinline)) goexit_loop(void) {
    G *gp = getg();
    Panic *p = gp->panic; /* our Goexit record: always the newest here */
    rundefers(gp, p);
    /* Every frame is gone; older panics, if Goexit was called from a
     * deferred call, are abandoned with their goroutine. */
    gp->panic = NULL;
    gp->frames = NULL;
    goexit1(); /* for goroutine 1: sched.mainexited, see checkdead */
}

/*
 * The compiler turns runtime.Goexit() into this: run every deferred call
 * of the goroutine (recover returns nil meanwhile), then end the goroutine
 * (goexit1).  Goexit in goroutine 1 does not end the program: the others
 * go on, and when none is left the deadlock detector reports it.
 */
void gort_goexit(void) {
    G *gp = getg();
    Panic p;
    gort_frame resume;
    memset(&p, 0, sizeof p);
    memset(&resume, 0, sizeof resume);
    p.kind = PANIC_GOEXIT;
    p.link = gp->panic;
    p.resume = &resume;
    resume.seg = gp->stk;
    resume.guard = gp->stackguard;
    gp->panic = &p;
    /* A recovery that must not cancel this Goexit jumps back here
     * (recovery()); either way, run the loop. */
    __builtin_setjmp(resume.jb);
    goexit_loop();
}
