/*
 * gc.c — the heap (Boehm's collector) and how it sees goroutine stacks.
 *
 * The heap is Boehm–Demers–Weiser's conservative collector, with threads:
 * every M is a registered thread (gc.h turns pthread_create into
 * GC_pthread_create).  Allocation runs on the M's system stack (Go's
 * systemstack): a collection can start inside any allocation, and the
 * collector's own frames would not fit on a 2 KB goroutine segment.
 *
 * Boehm knows threads, not goroutines.  To stop the world it sends each
 * thread a signal; the handler records the thread's stack pointer and
 * waits, and the collector then scans [that sp, thread's stack bottom].  A
 * thread running a goroutine has its stack pointer in a segment somewhere
 * in the mmap area, nowhere near its stack bottom: that range would span
 * unrelated mappings.  Moving the thread's registered stack bottom on
 * every switch (GC_set_stackbottom) has a window between moving the stack
 * pointer and moving the bottom in which a signal sees a mismatched pair,
 * and a signal frame (up to ~3 KB with AVX-512 state) does not fit on a
 * 2 KB segment anyway.  So instead:
 *
 *   1. Every M has a signal stack (sigaltstack), registered with the
 *      collector (GC_register_altstack), and every signal handler runs on
 *      it: we re-install the collector's suspend and restart handlers with
 *      SA_ONSTACK.  Boehm then scans, for a stopped thread, only
 *      [sp, top of altstack]: the suspend handler's frame, which holds the
 *      interrupted context, every register included.
 *   2. Our wrapper around Boehm's suspend handler records the interrupted
 *      stack pointer (from the ucontext) in M.gcsp before Boehm's handler
 *      acknowledges the stop, and clears it after the world restarts.
 *   3. The push-other-roots callback, run by the collecting thread while
 *      the world is stopped, pushes every stack itself:
 *        - each M's system stack, from its recorded sp to its top;
 *        - each live goroutine's segments: the newest from its lowest
 *          known stack pointer (its saved context, or an M's gcsp that
 *          lies in the segment: the goroutine was interrupted running
 *          there), older ones from the sp saved when the next was entered;
 *        - each G structure itself (they are malloc'ed, not heap objects).
 *      Taking the lowest candidate in a segment makes every window safe:
 *      whatever instruction a thread stopped at (half-way through a
 *      context switch, a segment crossing or a system-stack call), the live
 *      part of each stack is covered; at worst a few dead words above a
 *      stale sp are scanned, which a conservative collector tolerates.
 *      Segments stay mapped while cached, so an over-scan never faults.
 *
 * The collecting thread itself is not signalled; it is always on its
 * system stack (allocation goes through systemstack), which Boehm scans
 * normally, and its goroutine's context was saved by the switch.
 *
 * Signals of our own (SIGSEGV for nil dereferences, SIGFPE for integer
 * division) also run on the altstack and turn into Go panics on the
 * goroutine's stack (sigpanic).
 */
#include "internal.h"

#include <gc.h>
#include <gc/gc_mark.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

#define ALTSTACK_SIZE (64 * 1024)

static struct sigaction boehm_suspend;
static GC_push_other_roots_proc prev_push_roots;

/* ===================================================================== */
/* Roots                                                                 */
/* ===================================================================== */

#define MAXGCSP 256

/* Bytes of goroutine stacks and Gs pushed by this collection. */
static size_t pushed_stack_bytes;

static void push_stack(uintptr_t lo, uintptr_t hi) {
    if (lo < hi) {
        GC_push_all_eager((void *)lo, (void *)hi);
        pushed_stack_bytes += hi - lo;
    }
}

/*
 * Pacing.  Boehm starts a collection once the program has allocated
 * about (2 x pointerful heap + 2 x thread stacks + roots) / divisor bytes
 * since the last one: scanning is the cost, so the allowance grows with
 * what there is to scan.  It does not know our goroutine stacks, which are
 * pushed by push_roots: with a million goroutines alive (skynet) each
 * collection scanned hundreds of MB of stacks while the allowance stayed
 * that of a small heap, and perf put 18% of skynet in GC_push_all_eager.
 * So after each collection the minimum allowance is set to what Boehm
 * would have given those bytes as thread stacks (Go's pacer, since 1.18,
 * also counts stacks in the heap goal).
 */
static size_t default_min_allocd;

static void pace_stacks(void) {
    size_t want = 2 * pushed_stack_bytes / (size_t)GC_get_free_space_divisor();
    GC_set_min_bytes_allocd(want > default_min_allocd ? want : default_min_allocd);
}

/* The lowest sp known to be in use in segment s, or its bottom. */
static uintptr_t seg_scan_lo(Seg *s, uintptr_t saved, const uintptr_t *sps, int nsp) {
    uintptr_t bottom = (uintptr_t)(s + 1), top = seg_top(s);
    uintptr_t lo = top;
    if (saved >= bottom && saved < top) lo = saved;
    for (int i = 0; i < nsp; i++)
        if (sps[i] >= bottom && sps[i] < top && sps[i] < lo) lo = sps[i];
    return lo == top ? bottom : lo;
}

static void push_roots(void) {
    if (prev_push_roots) prev_push_roots();
    pushed_stack_bytes = 0;

    uintptr_t sps[MAXGCSP];
    int nsp = 0;
    for (M *mp = allm; mp; mp = mp->alllink) {
        uintptr_t sp = atomic_load(&mp->gcsp);
        uintptr_t lo = (uintptr_t)mp->g0->sched.sp;
        if (sp >= mp->g0lo && sp < mp->g0hi) {
            if (lo < mp->g0lo || lo >= mp->g0hi || sp < lo) lo = sp;
        } else if (sp && nsp < MAXGCSP) {
            sps[nsp++] = sp;
        }
        if (lo >= mp->g0lo && lo < mp->g0hi) push_stack(lo, mp->g0hi);
    }

    /* A dead G holds nothing the program can reach: its stale fields are
     * not roots (gort_go's arguments stay in its caller's frame until the
     * G is made runnable, and the world is stopped, so a G is either
     * still dead here or fully set up). */
    for (G *gp = __atomic_load_n(&sched.allg, __ATOMIC_ACQUIRE); gp; gp = gp->alllink) {
        uint32_t st = atomic_load_explicit(&gp->status, memory_order_relaxed);
        if (st == Gdead || st == Gidle) continue;
        push_stack((uintptr_t)gp, (uintptr_t)(gp + 1));
        for (Seg *s = gp->stk; s; s = s->prev) {
            uintptr_t saved = s == gp->stk ? (uintptr_t)gp->sched.sp : s->sp;
            push_stack(seg_scan_lo(s, saved, sps, nsp), seg_top(s));
        }
    }
    pace_stacks();
}

/* Boehm's stop signal, seen first by us (on the altstack). */
static void suspend_wrapper(int sig, siginfo_t *si, void *ucv) {
    ucontext_t *uc = ucv;
    M *mp = curm;
    if (mp) {
        /* Include the ABI's 128-byte red zone below the interrupted sp. */
        uintptr_t sp = (uintptr_t)uc->uc_mcontext.gregs[REG_RSP] - 128;
        atomic_store(&mp->gcsp, sp);
    }
    boehm_suspend.sa_sigaction(sig, si, ucv);
    if (mp) atomic_store(&mp->gcsp, 0);
}

static void add_onstack(int sig) {
    struct sigaction sa;
    sigaction(sig, NULL, &sa);
    sa.sa_flags |= SA_ONSTACK;
    sigaction(sig, &sa, NULL);
}

/* ===================================================================== */
/* Faults: nil dereference and division by zero become panics            */
/* ===================================================================== */

static __thread const char *sigpanic_msg;

static void __attribute__((noreturn, used)) sigpanic(void) {
    gort_panic_runtime(sigpanic_msg);
}

/*
 * The handler makes the faulting goroutine call this, as if the faulting
 * instruction had called it: the return address it pushes is the faulting
 * pc + 1 (so that unwinders, which look up "return address - 1", land on
 * the faulting instruction itself, even when it is a function's first),
 * at exactly the faulting %rsp - 8.  The frame is then a plain call frame
 * (CFA = %rbp + 16 once %rbp is pushed), through which libgcc's unwinder,
 * and so the traceback, walks into the faulting function.  sigpanic needs
 * an ABI-aligned stack: realign here.  The 16 bytes written below the
 * faulting %rsp may be a leaf function's red zone: dead, since a function
 * that faults is never resumed (a recovery resumes a function that defers,
 * and that is never a leaf).
 */
void gort_sigpanic_trampoline(void);
__asm__(".text\n"
        ".p2align 4\n"
        ".type gort_sigpanic_trampoline, @function\n"
        "gort_sigpanic_trampoline:\n"
        "    .cfi_startproc\n"
        "    pushq %rbp\n"
        "    .cfi_def_cfa_offset 16\n"
        "    .cfi_offset %rbp, -16\n"
        "    movq %rsp, %rbp\n"
        "    .cfi_def_cfa_register %rbp\n"
        "    andq $-16, %rsp\n"
        "    call sigpanic\n"
        "    ud2\n"
        "    .cfi_endproc\n"
        ".size gort_sigpanic_trampoline, .-gort_sigpanic_trampoline\n");

static void fault_handler(int sig, siginfo_t *si, void *ucv) {
    ucontext_t *uc = ucv;
    M *mp = curm;
    greg_t *r = uc->uc_mcontext.gregs;
    if (mp && mp->curg != mp->g0 && !mp->onsystemstack && mp->curg->stk) {
        /* Make the goroutine call sigpanic, through the trampoline above,
         * as if the faulting instruction had called it. */
        uintptr_t sp = (uintptr_t)r[REG_RSP];
        Seg *s = mp->curg->stk;
        if (sp - 8 >= (uintptr_t)(s + 1) + 256 && sp <= seg_top(s)) {
            sp -= 8;
            *(uintptr_t *)sp = (uintptr_t)r[REG_RIP] + 1;
            r[REG_RSP] = (greg_t)sp;
            r[REG_RIP] = (greg_t)gort_sigpanic_trampoline;
            sigpanic_msg = sig == SIGFPE ? "integer divide by zero"
                                         : "invalid memory address or nil pointer dereference";
            /* Go prints the fault after a memory-error panic; a division
             * by zero is a check in Go's code, so it has no such line. */
            G *gp = mp->curg;
            gp->sig = sig == SIGFPE ? 0 : sig;
            gp->sigcode = si->si_code;
            gp->sigaddr = (uintptr_t)si->si_addr;
            gp->sigpc = *(uintptr_t *)sp - 1;
            return;
        }
    }
    rt_printf("unexpected signal during runtime execution\n[signal %s: %s code=%#x addr=%p pc=%#lx]\n",
              sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" : "SIGFPE",
              sig == SIGSEGV ? "segmentation violation" : sig == SIGBUS ? "bus error"
                                                                        : "floating-point exception",
              si->si_code, si->si_addr, (unsigned long)r[REG_RIP]);
    fatal("unexpected signal");
}

static void silent_warn(char *msg, GC_word arg) {
    (void)msg;
    (void)arg;
}

void gcinit(void) {
    GC_INIT();
    GC_allow_register_threads();
    GC_set_warn_proc(silent_warn);
    default_min_allocd = GC_get_min_bytes_allocd();
#ifdef GORT_TSAN
    /* Under ThreadSanitizer the collector never runs: its stop-the-world
     * signals and its conservative reads of every thread's memory are
     * outside TSan's happens-before model.  Allocation still goes through
     * it; the collector is tested by the normal build (gc_* tests). */
    GC_disable();
#endif
    prev_push_roots = GC_get_push_other_roots();
    GC_set_push_other_roots(push_roots);

    int sig = GC_get_suspend_signal();
    sigaction(sig, NULL, &boehm_suspend);
    if (!(boehm_suspend.sa_flags & SA_SIGINFO)) fatal("gcinit: unexpected suspend handler");
    struct sigaction sa = boehm_suspend;
    sa.sa_sigaction = suspend_wrapper;
    sa.sa_flags |= SA_ONSTACK | SA_SIGINFO;
    sigaction(sig, &sa, NULL);
    add_onstack(GC_get_thr_restart_signal());

    struct sigaction fa;
    memset(&fa, 0, sizeof fa);
    fa.sa_sigaction = fault_handler;
    fa.sa_flags = SA_ONSTACK | SA_SIGINFO | SA_NODEFER;
    sigemptyset(&fa.sa_mask);
    sigaction(SIGSEGV, &fa, NULL);
    sigaction(SIGBUS, &fa, NULL);
    sigaction(SIGFPE, &fa, NULL);
}

/* A thread of ours that is not an M (sysmon) may have inherited a signal
 * stack from a sanitizer's runtime: the collector must know it, or it
 * would scan from the handler's sp on that stack up to the thread's stack
 * bottom, across unrelated mappings. */
void gc_thread_altstack(void) {
    stack_t ss;
    if (sigaltstack(NULL, &ss) != 0 || (ss.ss_flags & SS_DISABLE) || !ss.ss_sp) return;
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return;
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    GC_register_altstack(addr, size, ss.ss_sp, ss.ss_size);
}

void gc_signal_setup(M *mp) {
    void *alt = mmap(NULL, ALTSTACK_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (alt == MAP_FAILED) fatal("cannot allocate signal stack");
    /* Tell the collector first, install second.  The other order has a
     * window in which a stop signal runs on an altstack the collector
     * does not know, so it scans from there up to the thread's stack
     * bottom, through the guard page between them (seen as a SIGSEGV in
     * the marker when a thread started during a collection). */
    GC_register_altstack((void *)mp->g0lo, mp->g0hi - mp->g0lo, alt, ALTSTACK_SIZE);
    stack_t ss = {.ss_sp = alt, .ss_size = ALTSTACK_SIZE, .ss_flags = 0};
    if (sigaltstack(&ss, NULL) != 0) fatal("sigaltstack failed");
    mp->sigstack = alt;
}

/* ===================================================================== */
/* Allocation                                                            */
/* ===================================================================== */

typedef struct AllocReq {
    size_t size;
    void *p;
} AllocReq;

static void alloc_sys(void *arg) {
    AllocReq *r = arg;
    r->p = GC_MALLOC(r->size);
}

static void alloc_noscan_sys(void *arg) {
    AllocReq *r = arg;
    r->p = GC_MALLOC_ATOMIC(r->size);
    if (r->p) memset(r->p, 0, r->size);
}

/* The compiler turns `new(T)`, `&T{}` and escaping variables into this. */
void *gort_alloc(size_t size) {
    AllocReq r = {size ? size : 1, NULL};
    gort_systemstack(alloc_sys, &r);
    if (!r.p) fatal("runtime: out of memory");
    return r.p;
}

/* Like gort_alloc, for objects that hold no pointers (never scanned). */
void *gort_alloc_noscan(size_t size) {
    AllocReq r = {size ? size : 1, NULL};
    gort_systemstack(alloc_noscan_sys, &r);
    if (!r.p) fatal("runtime: out of memory");
    return r.p;
}

static void gc_sys(void *arg) {
    (void)arg;
    GC_gcollect();
}

/* runtime.GC() */
void gort_gc(void) { gort_systemstack(gc_sys, NULL); }
