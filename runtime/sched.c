/*
 * sched.c — the M:N scheduler: goroutines (G) run on OS threads (M) that
 * hold one of GOMAXPROCS processors (P).
 *
 * Where a goroutine can be.  A G is running (on exactly one M, which holds
 * a P), runnable (in exactly one run queue: a P's runnext slot, a P's local
 * ring, or the global queue), waiting (parked: only the wait queue it
 * joined, a timer, or nothing at all for `select {}` knows it), in a system
 * call (on its M, whose P may be taken away), or dead (on a free list).
 *
 * The switch protocol.  A goroutine that stops running (park, yield, exit)
 * must not become visible to other threads before its context is saved,
 * or another M could resume it while this one is still on its stack.  So
 * the last step before a switch (releasing the channel lock for a park,
 * putting the G on the global queue for a yield, freeing it for an exit)
 * is stored in M.afterswitch and run by whatever context we switch to,
 * first thing.  Every point where a context resumes calls
 * run_afterswitch().
 *
 * Fast path.  When a goroutine parks and its P has another runnable G, we
 * switch straight to it (one gort_ctxswitch, ~8 ns); only when the P has
 * nothing do we switch to the M's g0, whose loop (schedule) looks for work
 * elsewhere, steals, runs timers, and finally parks the M.  Go always goes
 * through g0; skipping it halves the switches on a channel hand-off.
 *
 * Run queues (Go's design).  Each P has a 256-slot ring and a runnext
 * slot.  Only the owner P writes the tail; anyone may advance the head by
 * CAS, which is how thieves take half of a victim's queue.  goready() puts
 * the woken G in runnext, so a G that wakes another (a channel hand-off)
 * is followed by that G at once, like a direct call; the G previously in
 * runnext moves to the ring.  Every 61st schedule a P looks at the global
 * queue first, so goroutines there cannot starve.
 *
 * Idle Ms and spinning.  An M with no work becomes "spinning" (at most
 * half of the busy Ps' worth at a time), tries to steal for a bounded
 * number of rounds, then gives back its P and sleeps on its note (a futex).
 * Whoever makes work available with idle Ps around and no spinning M wakes
 * one (wakep).  A spinning M that finds work wakes another, so parallelism
 * ramps up without a thundering herd.  Nothing busy-waits for long.
 *
 * System calls.  entersyscall marks the P Psyscall but leaves it attached;
 * if the call returns quickly, exitsyscall takes it back with one CAS.  The
 * system monitor (sysmon, a thread without P) takes a P that stayed in a
 * system call for more than 20 us while there is work, and hands it to
 * another M: a goroutine blocked in read(0) does not stop the others.
 * sysmon also asks goroutines running for more than 10 ms to yield.
 *
 * Deadlock.  When the last M goes idle (sched.nmidle == sched.mcount: no M
 * runs Go code, none is in a system call) and no timer is pending, no
 * goroutine can ever run again: checkdead prints Go's fatal error.
 *
 * Lock order: see internal.h.  sched.lock guards the global run queue, the
 * idle P and M lists and the M count.
 */
#include "internal.h"

#include <errno.h>
#include <gc.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

__thread gort_tls_t gort_tls __attribute__((tls_model("local-exec")));
__thread M *curm;

Sched sched;
M *allm;
G *g1;

static M m0;
static G g0_m0;
static bool mainstarted;
int64_t runtimeinittime;    /* when the scheduler started (Go's runtimeInitTime) */
static int64_t ncpu;
int gort_argc;
char **gort_argv;

#define MAXPROCS 256

static void schedule(void) __attribute__((noreturn));
static void stopm(M *mp);
static void startm(P *pp, bool spinning);
static void newm(P *pp, bool spinning);
static void wakep(void);

/* ===================================================================== */
/* Random numbers (per M, wyrand)                                        */
/* ===================================================================== */

uint64_t fastrand(void) {
    M *mp = curm;
    mp->fastrand += 0xa0761d6478bd642fULL;
    __uint128_t r = (__uint128_t)mp->fastrand * (mp->fastrand ^ 0xe7037ed1a0b428dbULL);
    return (uint64_t)(r >> 64) ^ (uint64_t)r;
}

/* ===================================================================== */
/* Run queues                                                            */
/* ===================================================================== */

/*
 * The local ring: runqhead and runqtail are free-running counters (index =
 * counter % RUNQ_SIZE).  Invariant: 0 <= tail - head <= RUNQ_SIZE.
 *
 * Memory ordering.  The owner stores a slot (relaxed) and then publishes it
 * with a store-release of tail; a consumer load-acquires tail before it
 * reads slots, so it sees every slot below tail.  Consumers (the owner in
 * runqget, thieves in runqgrab) read the slots first and then claim them
 * with a CAS-release on head; a failed CAS means someone else claimed them
 * and the reads are discarded.  The owner may overwrite a slot only once
 * head has moved past it, which it observes with a load-acquire of head:
 * so a thief's read of a slot happens before the owner reuses it, or the
 * thief's CAS fails.  Slots are atomics (relaxed) so that the benign race
 * between a thief's read and a failed CAS is not undefined behaviour.
 */

static inline bool runqempty(P *pp) {
    for (;;) {
        uint32_t head = atomic_load_explicit(&pp->runqhead, memory_order_acquire);
        uint32_t tail = atomic_load_explicit(&pp->runqtail, memory_order_acquire);
        G *next = atomic_load_explicit(&pp->runnext, memory_order_acquire);
        if (tail == atomic_load_explicit(&pp->runqtail, memory_order_acquire))
            return head == tail && next == NULL;
    }
}

/* Is pp's runnext reserved by its running M's deferred wake-up (goready)?
 * Then its owner is expected to run it: thieves leave it alone, and an M
 * about to sleep does not count it as work.  The owner clears gort_tls.wake
 * (seq_cst) before it calls wakep, and a sleeping M reads it (seq_cst) after
 * it stopped counting as spinning: one of the two sees the other. */
static inline bool runnext_reserved(P *pp) {
    M *mp = RELAXED_LOAD(pp->m);
    return mp && mp->tls && __atomic_load_n(&mp->tls->wake, __ATOMIC_SEQ_CST) != 0;
}

/* Global queue; sched.lock held. */
static void globrunqput(G *gp) {
    gp->schedlink = NULL;
    if (sched.runqtail) sched.runqtail->schedlink = gp;
    else sched.runqhead = gp;
    sched.runqtail = gp;
    RELAXED_STORE(sched.runqsize, sched.runqsize + 1);
}

static void globrunqputbatch(G *head, G *tail, int32_t n) {
    tail->schedlink = NULL;
    if (sched.runqtail) sched.runqtail->schedlink = head;
    else sched.runqhead = head;
    sched.runqtail = tail;
    RELAXED_STORE(sched.runqsize, sched.runqsize + n);
}

static void runqput(P *pp, G *gp, bool next);

/* Take a batch from the global queue into pp's ring; return one G to run.
 * sched.lock held. max: at most this many (0: fair share). */
static G *globrunqget(P *pp, int32_t max) {
    if (sched.runqsize == 0) return NULL;
    int32_t n = sched.runqsize / sched.gomaxprocs + 1;
    if (n > sched.runqsize) n = sched.runqsize;
    if (max > 0 && n > max) n = max;
    if (n > RUNQ_SIZE / 2) n = RUNQ_SIZE / 2;
    RELAXED_STORE(sched.runqsize, sched.runqsize - n);
    G *gp = sched.runqhead;
    sched.runqhead = gp->schedlink;
    n--;
    for (; n > 0; n--) {
        G *g = sched.runqhead;
        sched.runqhead = g->schedlink;
        runqput(pp, g, false);
    }
    if (!sched.runqhead) sched.runqtail = NULL;
    return gp;
}

/* The ring is full: move half of it, plus gp, to the global queue. */
static bool runqputslow(P *pp, G *gp, uint32_t head, uint32_t tail) {
    G *batch[RUNQ_SIZE / 2 + 1];
    uint32_t n = (tail - head) / 2;
    for (uint32_t i = 0; i < n; i++)
        batch[i] = atomic_load_explicit(&pp->runq[(head + i) % RUNQ_SIZE], memory_order_relaxed);
    if (!atomic_compare_exchange_strong_explicit(&pp->runqhead, &head, head + n,
                                                 memory_order_release, memory_order_relaxed))
        return false;
    batch[n] = gp;
    for (uint32_t i = 0; i < n; i++) batch[i]->schedlink = batch[i + 1];
    lock(&sched.lock);
    globrunqputbatch(batch[0], batch[n], (int32_t)n + 1);
    unlock(&sched.lock);
    return true;
}

/* Put gp on pp's queue; with next, into runnext, kicking the old one out. */
static void runqput(P *pp, G *gp, bool next) {
    if (next) {
        G *old = atomic_exchange_explicit(&pp->runnext, gp, memory_order_acq_rel);
        if (!old) return;
        gp = old;
    }
    for (;;) {
        uint32_t head = atomic_load_explicit(&pp->runqhead, memory_order_acquire);
        uint32_t tail = atomic_load_explicit(&pp->runqtail, memory_order_relaxed);
        if (tail - head < RUNQ_SIZE) {
            atomic_store_explicit(&pp->runq[tail % RUNQ_SIZE], gp, memory_order_relaxed);
            atomic_store_explicit(&pp->runqtail, tail + 1, memory_order_release);
            return;
        }
        if (runqputslow(pp, gp, head, tail)) return;
    }
}

/* Owner only.  *fromnext tells whether it came from runnext. */
static G *runqget(P *pp, bool *fromnext) {
    G *next = atomic_load_explicit(&pp->runnext, memory_order_relaxed);
    if (next && atomic_compare_exchange_strong_explicit(&pp->runnext, &next, NULL,
                                                        memory_order_acq_rel, memory_order_relaxed)) {
        *fromnext = true;
        return next;
    }
    *fromnext = false;
    for (;;) {
        uint32_t head = atomic_load_explicit(&pp->runqhead, memory_order_acquire);
        uint32_t tail = atomic_load_explicit(&pp->runqtail, memory_order_relaxed);
        if (tail == head) return NULL;
        G *gp = atomic_load_explicit(&pp->runq[head % RUNQ_SIZE], memory_order_relaxed);
        if (atomic_compare_exchange_weak_explicit(&pp->runqhead, &head, head + 1,
                                                  memory_order_release, memory_order_relaxed))
            return gp;
    }
}

/* Thief: grab half of pp's ring into batch[]; returns the count. */
static uint32_t runqgrab(P *pp, G **batch, bool stealnext) {
    for (;;) {
        uint32_t head = atomic_load_explicit(&pp->runqhead, memory_order_acquire);
        uint32_t tail = atomic_load_explicit(&pp->runqtail, memory_order_acquire);
        uint32_t n = tail - head;
        n = n - n / 2;
        if (n == 0) {
            if (stealnext && !runnext_reserved(pp)) {
                G *next = atomic_load_explicit(&pp->runnext, memory_order_acquire);
                /* A running P whose G just readied `next` (a channel
                 * hand-off) is usually about to park and switch to it:
                 * stealing it now would bounce the pair, and their
                 * channel's lock, between two cores for every message.
                 * Give the owner ~3 us first, as Go does; stop waiting as
                 * soon as it takes the G. */
                if (next && atomic_load_explicit(&pp->status, memory_order_relaxed) == Prunning) {
                    int64_t until = gort_nanotime() + 3000;
                    while (atomic_load_explicit(&pp->runnext, memory_order_acquire) == next &&
                           gort_nanotime() < until)
                        __builtin_ia32_pause();
                    next = atomic_load_explicit(&pp->runnext, memory_order_acquire);
                }
                if (next && atomic_compare_exchange_strong_explicit(
                                &pp->runnext, &next, NULL, memory_order_acq_rel,
                                memory_order_relaxed)) {
                    batch[0] = next;
                    return 1;
                }
            }
            return 0;
        }
        if (n > RUNQ_SIZE / 2) continue; /* inconsistent snapshot: retry */
        for (uint32_t i = 0; i < n; i++)
            batch[i] = atomic_load_explicit(&pp->runq[(head + i) % RUNQ_SIZE], memory_order_relaxed);
        if (atomic_compare_exchange_weak_explicit(&pp->runqhead, &head, head + n,
                                                  memory_order_release, memory_order_relaxed))
            return n;
    }
}

/* Steal half of p2's work into pp's ring; return one G to run. */
static G *runqsteal(P *pp, P *p2, bool stealnext) {
    G *batch[RUNQ_SIZE / 2];
    uint32_t n = runqgrab(p2, batch, stealnext);
    if (n == 0) return NULL;
    TRACE(trace_steal(pp, p2, n));
    for (uint32_t i = 1; i < n; i++) runqput(pp, batch[i], false);
    return batch[0];
}

/* ===================================================================== */
/* Ps and Ms                                                             */
/* ===================================================================== */

/* sched.lock held. */
static void pidleput(P *pp) {
    atomic_store(&pp->status, Pidle);
    RELAXED_STORE(pp->m, NULL);
    pp->link = sched.pidle;
    sched.pidle = pp;
    atomic_fetch_add(&sched.npidle, 1);
}

static P *pidleget(void) {
    P *pp = sched.pidle;
    if (pp) {
        sched.pidle = pp->link;
        atomic_fetch_sub(&sched.npidle, 1);
    }
    return pp;
}

static void acquirep(M *mp, P *pp) {
    mp->p = pp;
    RELAXED_STORE(pp->m, mp);
    atomic_store(&pp->status, Prunning);
}

static void releasep(M *mp) {
    mp->p = NULL;
}

static void mput(M *mp) {
    mp->schedlink = sched.midle;
    sched.midle = mp;
    sched.nmidle++;
}

static M *mget(void) {
    M *mp = sched.midle;
    if (mp) {
        sched.midle = mp->schedlink;
        sched.nmidle--;
    }
    return mp;
}

static bool mremove(M *mp) {
    for (M **pm = &sched.midle; *pm; pm = &(*pm)->schedlink) {
        if (*pm == mp) {
            *pm = mp->schedlink;
            sched.nmidle--;
            return true;
        }
    }
    return false;
}

static P *newp(int32_t id) {
    P *pp = GC_MALLOC_UNCOLLECTABLE(sizeof(P));
    if (!pp) fatal("out of memory");
    memset(pp, 0, sizeof *pp);
    pp->id = id;
    atomic_store(&pp->status, Pdead); /* procresize makes it idle */
    pp->rand = 0x9e3779b97f4a7c15ULL * (uint64_t)(id + 1);
    return pp;
}

/* ===================================================================== */
/* Goroutine structures                                                  */
/* ===================================================================== */

static void allgadd(G *gp) {
    lock(&sched.allglock);
    gp->alllink = sched.allg;
    __atomic_store_n(&sched.allg, gp, __ATOMIC_RELEASE);
    unlock(&sched.allglock);
}

static void malg_sys(void *arg) {
    G **out = arg;
    G *gp = calloc(1, sizeof(G));
    if (!gp) fatal("out of memory allocating goroutine");
    *out = gp;
}

static G *malg(void) {
    G *gp;
    gort_systemstack(malg_sys, &gp);
    atomic_store(&gp->status, Gdead);
    allgadd(gp);
    return gp;
}

/*
 * Free Gs.  Each P keeps up to 2 * GFBATCH dead Gs of its own; beyond
 * that it hands GFBATCH of them (the ones it freed most recently, still in
 * its cache) to the global stack as one batch, and a P with none takes a
 * whole batch back.  Both are O(1) under gflock: the Gs of a batch are
 * walked only by the P that uses them, one at a time, when it is about to
 * touch each G anyway.  (Go moves Gs one by one under sched.gFree.lock;
 * with goroutines spawned on one P and ending on another, that walk over
 * cache-cold Gs and the lock hand-over were most of spawn's profile.)
 */
#define GFBATCH 32

static G *gfget(P *pp) {
    if (!pp->gfree && RELAXED_LOAD(sched.gfree)) {
        lock(&sched.gflock);
        G *batch = sched.gfree;
        if (batch) {
            RELAXED_STORE(sched.gfree, (G *)batch->param);
            sched.ngfree--;
        }
        unlock(&sched.gflock);
        if (batch) {
            batch->param = NULL;
            pp->gfree = batch;
            pp->gfreecnt = GFBATCH;
        }
    }
    G *gp = pp->gfree;
    if (gp) {
        pp->gfree = gp->schedlink;
        pp->gfreecnt--;
    }
    return gp;
}

static void gfput(P *pp, G *gp) {
    gp->schedlink = pp->gfree;
    pp->gfree = gp;
    pp->gfreecnt++;
    if (pp->gfreecnt >= 2 * GFBATCH) {
        /* The newest GFBATCH form the batch; the rest stay. */
        G *batch = pp->gfree, *last = batch;
        for (int i = 1; i < GFBATCH; i++) last = last->schedlink;
        pp->gfree = last->schedlink;
        pp->gfreecnt -= GFBATCH;
        last->schedlink = NULL;
        lock(&sched.gflock);
        batch->param = sched.gfree;
        RELAXED_STORE(sched.gfree, batch);
        sched.ngfree++;
        unlock(&sched.gflock);
    }
}

/* A fresh goroutine id, from the P's batch (Go's goidcache). */
#define GOIDBATCH 16

static int64_t newgoid(P *pp) {
    if (pp->goidcache == pp->goidcacheend) {
        pp->goidcache = atomic_fetch_add_explicit(&sched.goidgen, GOIDBATCH, memory_order_relaxed) + 1;
        pp->goidcacheend = pp->goidcache + GOIDBATCH;
    }
    return pp->goidcache++;
}

/* ===================================================================== */
/* Switching                                                             */
/* ===================================================================== */

/* Sanitizers must be told when the stack changes under them: TSan keeps
 * a "fiber" per goroutine, ASan the bounds of the stack it checks. */
#ifdef GORT_TSAN
void *__tsan_get_current_fiber(void);
void *__tsan_create_fiber(unsigned flags);
void __tsan_switch_to_fiber(void *fiber, unsigned flags);
#endif
#ifdef GORT_ASAN
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old,
                                     size_t *size_old);
#endif

/* Switch from the current context to `to`, whose saved sp is `sp`. */
static inline void switchto(void **save, G *to, void *sp) {
    (void)to;
#ifdef GORT_TSAN
    __tsan_switch_to_fiber(to->tsanfiber, 0);
#endif
#ifdef GORT_ASAN
    void *fake = NULL;
    M *mp = curm;
    if (to == mp->g0)
        __sanitizer_start_switch_fiber(&fake, (void *)mp->g0lo, mp->g0hi - mp->g0lo);
    else
        __sanitizer_start_switch_fiber(&fake, to->stk + 1, seg_top(to->stk) - (uintptr_t)(to->stk + 1));
#endif
    gort_ctxswitch(save, sp);
#ifdef GORT_ASAN
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
#endif
}

static inline void run_afterswitch(void) {
    M *mp = curm;
    void (*f)(void *) = mp->afterswitch;
    if (f) {
        mp->afterswitch = NULL;
        f(mp->afterswitcharg);
    }
}

/* gp starts (or resumes) running on mp.  Preemption requests aimed at the
 * previous goroutine are dropped: the new one gets a fresh time slice. */
static inline void setcurg(M *mp, G *gp) {
    TRACE(trace_gostart(mp, gp));
    RELAXED_STORE(mp->curg, gp);
    gp->m = mp;
    atomic_store_explicit(&gp->status, Grunning, memory_order_relaxed);
    gp->schedtick++;
    gp->nspawn = 0;
    gort_tls.preempt = 0;
    gort_tls.stackguard = gp->stackguard;
}

/*
 * Deferred wake-up.  Go's ready() wakes an idle P for every goroutine it
 * readies, so that the woken G can run in parallel with its waker.  On a
 * channel hand-off that is mostly wasted: the waker is about to block
 * itself (ping-pong, a ring, a pipeline stage), and the idle M wakes up,
 * finds runnext protected (runqsteal leaves it 3 us to its owner), spins and
 * sleeps again: a futex wake and a futex wait per hand-off, and cache lines
 * of the scheduler moving between the cores.
 *
 * So when a goroutine readies exactly one G (it lands in runnext and the
 * P's ring is empty; GOMAXPROCS > 1), the wake-up of an idle P is deferred:
 * gort_tls.wake is raised and the thread's stackguard poisoned as for a
 * preemption request.  While the request is pending, runnext is reserved:
 * thieves leave it alone and a spinning M does not count it as work
 * (runnext_reserved), so nobody spins on it either.  The wake-up is served
 * by whichever comes first:
 *   - the waker stops running (switch_away: park, yield, exit).  If it
 *     switches to the readied G, nothing else is runnable and no wake-up
 *     is needed at all; otherwise the P still has work and one is made;
 *   - the waker calls a function (its stack check fails: gort_preempt_park
 *     serves the wake-up and the call goes on) or enters a system call;
 *   - a second G becomes runnable on this P (goready, gort_go: they wake);
 *   - sysmon finds the same request pending at two looks in a row and
 *     clears it (CAS) and wakes; its tick is 20 us, backing off to 10 ms
 *     while it has nothing to do, and serving a request resets it to 20 us.
 * So the readied G waits for an idle P until its waker makes a call,
 * blocks, or sysmon looks twice; a waker that loops without calls and
 * without blocking is the one case left to sysmon.  Nothing about Go's
 * semantics depends on it: the readied G is runnable all along, and its own
 * P runs it at the latest when sysmon preempts the waker.
 */
/* The owner's view of its request (sysmon may clear it by CAS). */
#define WAKE_PENDING() (__atomic_load_n(&gort_tls.wake, __ATOMIC_RELAXED) != 0)

/* Serve a pending deferred wake-up now. */
static inline void wake_now(void) {
    __atomic_store_n(&gort_tls.wake, 0, __ATOMIC_SEQ_CST);
    wakep();
}

static inline void wake_defer(M *mp) {
    /* A fresh nonzero number each time, so that sysmon can tell one
     * long-pending request from two short ones. */
    uint32_t seq = ++mp->wakeseq;
    if (GORT_UNLIKELY(seq == 0)) seq = mp->wakeseq = 1;
    __atomic_store_n(&gort_tls.wake, seq, __ATOMIC_RELAXED);
    gort_tls.stackguard = GORT_STACK_PREEMPT;
}

/* Next G of this P without leaving the current stack: runnext, the ring,
 * and the global queue every 61 ticks. */
static G *runq_quick(P *pp) {
    G *gp;
    bool fromnext;
    if (pp->schedtick % 61 == 0 && RELAXED_LOAD(sched.runqsize) > 0) {
        lock(&sched.lock);
        gp = globrunqget(pp, 1);
        unlock(&sched.lock);
        if (gp) {
            RELAXED_STORE(pp->schedtick, pp->schedtick + 1);
            return gp;
        }
    }
    gp = runqget(pp, &fromnext);
    /* A G taken from runnext inherits the time slice, so that two
     * goroutines handing off to each other are preempted as one. */
    if (gp && !fromnext) RELAXED_STORE(pp->schedtick, pp->schedtick + 1);
    return gp;
}

/* Leave gp (the current goroutine, on its own stack) for another G of this
 * P, or for g0.  mp->afterswitch is set by the caller.  Returns when gp is
 * resumed, possibly on another M. */
static void switch_away(M *mp, G *gp) {
    P *pp = mp->p;
    G *next = pp ? runq_quick(pp) : NULL;
    if (GORT_UNLIKELY(WAKE_PENDING())) {
        /* Usually `next` is the G we readied and nothing else waits. */
        if (pp && !runqempty(pp)) wake_now();
        else __atomic_store_n(&gort_tls.wake, 0, __ATOMIC_RELAXED);
    }
    gp->m = NULL;
    if (next) {
        setcurg(mp, next);
        switchto(&gp->sched.sp, next, next->sched.sp);
    } else {
        mp->curg = mp->g0;
        gort_tls.stackguard = mp->g0->stackguard;
        switchto(&gp->sched.sp, mp->g0, mp->g0->sched.sp);
    }
    run_afterswitch();
}

void gopark(void (*unlockf)(void *), void *arg, const char *reason) {
    M *mp = curm;
    G *gp = mp->curg;
    if (gp == mp->g0) fatal("gopark on g0");
    TRACE(trace_gostop(gp, TRACE_BLOCK, reason));
    gp->waitreason = reason;
    atomic_store_explicit(&gp->status, Gwaiting, memory_order_relaxed);
    stack_trim(gp);
    mp->afterswitch = unlockf;
    mp->afterswitcharg = arg;
    switch_away(mp, gp);
}

void gopark_unlock(void *l) { unlock((Lock *)l); }

void goready(G *gp) {
    TRACE(trace_goready(gp));
    M *mp = curm;
    atomic_store_explicit(&gp->status, Grunnable, memory_order_relaxed);
    if (mp && mp->p) {
        P *pp = mp->p;
        runqput(pp, gp, true);
        if (RELAXED_LOAD(sched.gomaxprocs) == 1) return; /* no other P to wake */
        if (mp->curg != mp->g0 && !mp->onsystemstack &&
            atomic_load_explicit(&pp->runqhead, memory_order_relaxed) == pp->runqtail) {
            wake_defer(mp);
            return;
        }
        if (WAKE_PENDING()) __atomic_store_n(&gort_tls.wake, 0, __ATOMIC_SEQ_CST);
    } else {
        lock(&sched.lock);
        globrunqput(gp);
        unlock(&sched.lock);
    }
    if (mainstarted) wakep();
}

static void after_globrunqput(void *arg) {
    G *gp = arg;
    atomic_store_explicit(&gp->status, Grunnable, memory_order_relaxed);
    lock(&sched.lock);
    globrunqput(gp);
    unlock(&sched.lock);
    wakep();
}

/* Yield to the global queue (Gosched and preemption, as in Go). */
static void yield(M *mp, G *gp, int why) {
    TRACE(trace_gostop(gp, why, NULL));
    mp->afterswitch = after_globrunqput;
    mp->afterswitcharg = gp;
    switch_away(mp, gp);
}

void gort_gosched(void) {
    M *mp = curm;
    if (mp->curg == mp->g0) return;
    yield(mp, mp->curg, TRACE_YIELD);
}

/* Also the slow path of a stack check failed by a deferred wake-up
 * (wake_defer): serve it and return, unless a yield was asked for too. */
void gort_preempt_park(void) {
    M *mp = curm;
    G *gp = mp->curg;
    if (WAKE_PENDING() && mp->p) wake_now();
    uint32_t yieldreq = gort_tls.preempt;
    gort_tls.preempt = 0;
    gort_tls.stackguard = gp->stackguard;
    if (!yieldreq || gp == mp->g0 || !mp->p) return;
    yield(mp, gp, TRACE_PREEMPT);
}

static void after_gfput(void *arg) {
    G *gp = arg;
    P *pp = curm->p;
    if (gp->stkcache) {
        gp->stktotal -= gp->stkcache->size;
        stackfree(gp->stkcache);
        gp->stkcache = NULL;
    }
    /* Keep the first segment if it has the usual size (gort_go relies on
     * stktotal being its size); free everything else, including segments
     * left by a Goexit from deep down. */
    while (gp->stk && (gp->stk->prev || gp->stk->size != STACK_MIN)) {
        Seg *s = gp->stk;
        gp->stk = s->prev;
        stackfree(s);
    }
    gp->stktotal = gp->stk ? STACK_MIN : 0;
    if (!pp) fatal("goexit: no P");
    gfput(pp, gp);
}

static void exit_sys(void *arg) {
    TRACE(trace_finish(*(int *)arg));
    _exit(*(int *)arg);
}

void gort_exit(int64_t code) {
    int c = (int)code;
    gort_systemstack(exit_sys, &c);
    __builtin_unreachable();
}

void goexit1(void) {
    M *mp = curm;
    G *gp = mp->curg;
    TRACE(trace_gostop(gp, TRACE_EXIT, NULL));
    if (gp == g1) {
        /* main called runtime.Goexit: the program runs on until the other
         * goroutines are done, then reports it (checkdead). */
        RELAXED_STORE(mp->p->ngoroutines, mp->p->ngoroutines - 1);
        atomic_store(&gp->status, Gdead);
        sched.mainexited = true;
        mp->afterswitch = NULL;
        gp->m = NULL;
        switch_away(mp, gp);
        fatal("goexit1: main goroutine resumed");
    }
    RELAXED_STORE(mp->p->ngoroutines, mp->p->ngoroutines - 1);
    atomic_store_explicit(&gp->status, Gdead, memory_order_relaxed);
    gp->frames = NULL;
    gp->panic = NULL;
    mp->afterswitch = after_gfput;
    mp->afterswitcharg = gp;
    switch_away(mp, gp);
    fatal("goexit1: dead goroutine resumed");
}

/* A new goroutine's first instructions: its initial frame "returns" here. */
static void __attribute__((noreturn)) gentry(void) {
#ifdef GORT_ASAN
    __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
    run_afterswitch();
    G *gp = curm->curg;
    gp->startfn(gp->startarg);
    goexit1();
}

/* Create a goroutine running fn(copy of args) and queue it in runnext.
 * gopc: where it was created, for tracebacks. */
void newproc(void (*fn)(void *), const void *args, size_t argsize, uintptr_t gopc) {
    M *mp = curm;
    P *pp = mp->p;
    G *newg = gfget(pp);
    if (!newg) newg = malg();
    newg->gopc = gopc;
    size_t need = (argsize + 15) / 16 * 16 + 64 + sizeof(Seg) + GORT_STACK_RESERVE + 256;
    /* A dead G keeps only its first segment, and stktotal is its size:
     * reading that instead of the segment's header saves a cache miss on
     * a cold stack (the header's prev is already NULL). */
    if (newg->stk && newg->stktotal < need) {
        stackfree(newg->stk);
        newg->stk = NULL;
    }
    if (!newg->stk) {
        size_t size = need <= STACK_MIN ? STACK_MIN : pow2ceil(need);
        newg->stk = stackalloc(size);
        newg->stktotal = size;
    }
#ifdef GORT_TSAN
    if (!newg->tsanfiber) newg->tsanfiber = __tsan_create_fiber(0);
#endif
    Seg *s = newg->stk;
    stack_unpoison(s + 1, newg->stktotal - sizeof(Seg));
    newg->stkcache = NULL;
    newg->stkcache_used = 0;
    newg->stackguard = seg_guard(s);

    /* Arguments at the top, then the frame gort_ctxswitch will pop:
     * six callee-saved registers and gentry as the return address, above
     * a null "return address" for gentry itself (keeps the ABI's 16-byte
     * alignment and ends backtraces). */
    uintptr_t top = seg_top(s) & ~(uintptr_t)15;
    uintptr_t base = top - (argsize + 15) / 16 * 16;
    if (argsize) memcpy((void *)base, args, argsize);
    void **sp = (void **)base;
    *--sp = NULL;
    *--sp = (void *)gentry;
    for (int i = 0; i < 6; i++) *--sp = NULL;
    newg->sched.sp = sp;
    newg->startfn = fn;
    newg->startarg = (void *)base;
    newg->waitreason = NULL;
    newg->waiting = NULL;
    newg->param = NULL;
    newg->frames = NULL;
    newg->panic = NULL;
    newg->goid = newgoid(pp);
    TRACE(trace_gocreate(newg, gopc, fn));
    RELAXED_STORE(pp->ngoroutines, pp->ngoroutines + 1);
    atomic_store_explicit(&newg->status, Grunnable, memory_order_relaxed);
    if (!g1) g1 = newg;
    runqput(pp, newg, true);
    if (GORT_UNLIKELY(WAKE_PENDING())) __atomic_store_n(&gort_tls.wake, 0, __ATOMIC_SEQ_CST);
    if (mainstarted) wakep();
}

/*
 * The compiler turns `go f(x)` into a call to this (f a thunk that unpacks
 * the arguments copied from args).
 *
 * Back-pressure.  A goroutine that creates goroutines in a loop (spawn,
 * parked) outruns them: in Go it runs until preempted, 10 ms later, with
 * tens of thousands of new Gs queued, their stacks long out of the cache
 * by the time they run, and the ring spilling to the global queue.  So a
 * goroutine that has created SPAWN_BURST goroutines since it was last
 * scheduled, while its P's ring holds at least SPAWN_BURST, goes to the
 * back of its own P's ring: the Gs ahead of it run (or are stolen) first,
 * on warm stacks.  A spawner that makes a few children and then waits for
 * them (skynet, fib) never meets the condition.  Like a preemption, this is
 * only a yield: it changes no order that Go guarantees.
 */
#define SPAWN_BURST (RUNQ_SIZE / 2)

static void after_runqput_tail(void *arg) {
    G *gp = arg;
    atomic_store_explicit(&gp->status, Grunnable, memory_order_relaxed);
    runqput(curm->p, gp, false);
}

void gort_go(void (*fn)(void *), const void *args, size_t argsize) {
    newproc(fn, args, argsize, (uintptr_t)__builtin_return_address(0));
    M *mp = curm;
    G *me = mp->curg;
    if (GORT_UNLIKELY(++me->nspawn >= SPAWN_BURST) && me != mp->g0 && !mp->onsystemstack &&
        mp->p->runqtail - atomic_load_explicit(&mp->p->runqhead, memory_order_relaxed) >= SPAWN_BURST) {
        TRACE(trace_gostop(me, TRACE_YIELD, NULL));
        mp->afterswitch = after_runqput_tail;
        mp->afterswitcharg = me;
        switch_away(mp, me);
    }
}

/* ===================================================================== */
/* Finding work and idling                                               */
/* ===================================================================== */

static void resetspinning(M *mp) {
    if (!mp->spinning) return;
    mp->spinning = false;
    int32_t n = atomic_fetch_sub(&sched.nmspinning, 1) - 1;
    if (n < 0) fatal("resetspinning: negative nmspinning");
    /* We found work: if more could be running, wake another M. */
    wakep();
}

/* Run the due timers of every P.  The clock is read only if some P has a
 * timer at all: most trips through the scheduler have none. */
static void runtimers_all(void) {
    int32_t na = __atomic_load_n(&sched.nallp, __ATOMIC_ACQUIRE);
    int64_t now = 0;
    for (int32_t i = 0; i < na; i++) {
        P *p2 = sched.allp[i];
        int64_t w = atomic_load_explicit(&p2->timer0when, memory_order_relaxed);
        if (w == 0) continue;
        if (now == 0) now = gort_nanotime();
        if (w <= now) checktimers(p2, now);
    }
}

static G *findrunnable(M *mp) {
top:;
    P *pp = mp->p;
    if (pp->id >= RELAXED_LOAD(sched.gomaxprocs)) {
        /* GOMAXPROCS shrank: retire this P, move its work to the global queue. */
        bool fromnext;
        G *gp;
        lock(&sched.lock);
        while ((gp = runqget(pp, &fromnext))) globrunqput(gp);
        atomic_store(&pp->status, Pdead);
        RELAXED_STORE(pp->m, NULL);
        releasep(mp);
        unlock(&sched.lock);
        if (mp->spinning) {
            mp->spinning = false;
            atomic_fetch_sub(&sched.nmspinning, 1);
        }
        stopm(mp);
        goto top;
    }
    runtimers_all();

    G *gp = runq_quick(pp);
    if (gp) goto found;
    if (RELAXED_LOAD(sched.runqsize) > 0) {
        lock(&sched.lock);
        gp = globrunqget(pp, 0);
        unlock(&sched.lock);
        if (gp) goto found;
    }

    /* Steal, unless enough Ms are spinning already. */
    if (mp->spinning ||
        2 * atomic_load(&sched.nmspinning) <
            RELAXED_LOAD(sched.gomaxprocs) - atomic_load(&sched.npidle)) {
        if (!mp->spinning) {
            mp->spinning = true;
            atomic_fetch_add(&sched.nmspinning, 1);
        }
        int32_t n = RELAXED_LOAD(sched.gomaxprocs);
        for (int round = 0; round < 4; round++) {
            uint32_t start = fastrandn((uint32_t)n);
            for (int32_t k = 0; k < n; k++) {
                P *p2 = sched.allp[(start + (uint32_t)k) % (uint32_t)n];
                if (p2 == pp) continue;
                gp = runqsteal(pp, p2, round == 3);
                if (gp) goto found;
            }
        }
    }

    /* Nothing: give up the P. */
    lock(&sched.lock);
    if (sched.runqsize > 0) {
        gp = globrunqget(pp, 0);
        unlock(&sched.lock);
        goto found;
    }
    releasep(mp);
    pidleput(pp);
    unlock(&sched.lock);

    if (mp->spinning) {
        mp->spinning = false;
        atomic_fetch_sub(&sched.nmspinning, 1);
        /* Someone may have readied a G after we looked and before we
         * became idle, seeing a spinning M and so waking nobody: look once
         * more at every queue. */
        for (int32_t i = 0; i < RELAXED_LOAD(sched.gomaxprocs); i++) {
            P *p2 = sched.allp[i];
            if (!runqempty(p2) &&
                (atomic_load(&p2->runqhead) != atomic_load(&p2->runqtail) || !runnext_reserved(p2))) {
                lock(&sched.lock);
                P *np = pidleget();
                unlock(&sched.lock);
                if (np) {
                    acquirep(mp, np);
                    mp->spinning = true;
                    atomic_fetch_add(&sched.nmspinning, 1);
                    goto top;
                }
                break;
            }
        }
    }
    stopm(mp);
    goto top;

found:
    resetspinning(mp);
    return gp;
}

static void __attribute__((noreturn)) deadlock(void);

/* All Ms idle and no timer: deadlock.  sched.lock held. */
static void checkdead(void) {
    int32_t run = sched.mcount - sched.nmidle;
    if (run > 0) return;
    if (run < 0) fatalf("checkdead: inconsistent counts: nmidle=%d mcount=%d", sched.nmidle,
                        sched.mcount);
    if (sched.runqsize > 0) return;
    if (timers_earliest() >= 0) return;
    deadlock();
}

static void __attribute__((noreturn)) deadlock(void) {
    if (sched.mainexited && gort_numgoroutine() == 0)
        fatal("no goroutines (main called runtime.Goexit) - deadlock!");
    die_explain = true;
    fatal("all goroutines are asleep - deadlock!");
}

/* Park mp (no P) until startm hands it one.  The M whose sleep has a
 * timeout for the earliest timer is sched.timerm; the others sleep until
 * woken. */
static void stopm(M *mp) {
    for (;;) {
        lock(&sched.lock);
        mput(mp);
        checkdead();
        int64_t sleepns = -1;
        if (!sched.timerm) {
            int64_t w = timers_earliest();
            if (w >= 0) {
                sched.timerm = mp;
                sched.timerwhen = w;
                sleepns = w - gort_nanotime();
                if (sleepns < 0) sleepns = 0;
            }
        }
        unlock(&sched.lock);

        bool woken = notetsleep(&mp->park, sleepns);
        if (!woken) {
            lock(&sched.lock);
            if (sched.timerm == mp) sched.timerm = NULL;
            if (mremove(mp)) {
                /* Timed out for a timer: take a P if there is one, and go
                 * run the timers. */
                P *pp = pidleget();
                unlock(&sched.lock);
                if (pp) {
                    acquirep(mp, pp);
                    return;
                }
                continue;
            }
            unlock(&sched.lock);
            /* A waker took us off the list just as we timed out. */
            notesleep(&mp->park);
        }
        noteclear(&mp->park);
        lock(&sched.lock);
        if (sched.timerm == mp) sched.timerm = NULL;
        unlock(&sched.lock);
        P *pp = mp->nextp;
        mp->nextp = NULL;
        if (!pp) fatal("stopm: woken without a P");
        acquirep(mp, pp);
        return;
    }
}

/* Run pp (NULL: any idle P) on an idle or new M. */
static void startm(P *pp, bool spinning) {
    lock(&sched.lock);
    if (!pp) {
        pp = pidleget();
        if (!pp) {
            unlock(&sched.lock);
            if (spinning) atomic_fetch_sub(&sched.nmspinning, 1);
            return;
        }
    }
    M *mp = mget();
    if (mp && sched.timerm == mp) sched.timerm = NULL;
    if (!mp) sched.mcount++; /* counted now, so checkdead sees it */
    unlock(&sched.lock);
    if (!mp) {
        newm(pp, spinning);
        return;
    }
    mp->spinning = spinning;
    mp->nextp = pp;
    notewakeup(&mp->park);
}

static void wakep(void) {
    if (atomic_load(&sched.npidle) == 0) return;
    int32_t z = 0;
    if (!atomic_compare_exchange_strong(&sched.nmspinning, &z, 1)) return;
    startm(NULL, true);
}

/* A P taken from an M in a system call: give it to someone if there is
 * work, else make it idle. */
static void handoffp(P *pp) {
    if (!runqempty(pp) || RELAXED_LOAD(sched.runqsize) > 0) {
        startm(pp, false);
        return;
    }
    if (atomic_load(&sched.nmspinning) + atomic_load(&sched.npidle) == 0) {
        int32_t z = 0;
        if (atomic_compare_exchange_strong(&sched.nmspinning, &z, 1)) {
            startm(pp, true);
            return;
        }
    }
    lock(&sched.lock);
    pidleput(pp);
    unlock(&sched.lock);
}

void wakeidle_for_timer(int64_t when) {
    if (!mainstarted) return;
    lock(&sched.lock);
    M *tm = sched.timerm;
    if (tm && when < sched.timerwhen && mremove(tm)) {
        /* Wake the timer M early; it needs a P to run timers. */
        P *pp = pidleget();
        sched.timerm = NULL;
        if (pp) {
            unlock(&sched.lock);
            tm->spinning = false;
            tm->nextp = pp;
            notewakeup(&tm->park);
            return;
        }
        mput(tm);
    }
    bool idle = !tm && sched.midle && atomic_load(&sched.npidle) > 0;
    unlock(&sched.lock);
    /* No M is waiting for timers and some are idle: wake one to take the
     * job (it will find the new timer when it goes back to sleep). */
    if (idle) wakep();
}

/* ===================================================================== */
/* The M's loop on g0                                                    */
/* ===================================================================== */

static void execute(M *mp, G *gp) {
    setcurg(mp, gp);
    switchto(&mp->g0->sched.sp, gp, gp->sched.sp);
}

static void schedule(void) {
    for (;;) {
        run_afterswitch();
        M *mp = curm;
        mp->curg = mp->g0;
        gort_tls.stackguard = mp->g0->stackguard;
        if (!mp->p) {
            stopm(mp);
            continue;
        }
        G *gp = findrunnable(mp);
        execute(mp, gp);
    }
}

static void minit(M *mp) {
    curm = mp;
    mp->tls = &gort_tls;
    pthread_attr_t attr;
    void *addr;
    size_t size;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) fatal("pthread_getattr_np failed");
    pthread_attr_getstack(&attr, &addr, &size);
    pthread_attr_destroy(&attr);
    mp->g0lo = (uintptr_t)addr;
    mp->g0hi = (uintptr_t)addr + size;
    mp->g0->stackguard = mp->g0lo + 64 * 1024;
    mp->g0->goid = 0;
#ifdef GORT_TSAN
    mp->g0->tsanfiber = __tsan_get_current_fiber();
#endif
    mp->curg = mp->g0;
    atomic_store(&mp->g0->status, Grunning);
    gort_tls.stackguard = mp->g0->stackguard;
    mp->fastrand = (uint64_t)(uintptr_t)mp ^ (uint64_t)gort_nanotime();
    gc_signal_setup(mp);
}

static void *mstart(void *arg) {
    M *mp = arg;
    minit(mp);
    P *pp = mp->nextp;
    mp->nextp = NULL;
    acquirep(mp, pp);
    schedule();
}

typedef struct NewM {
    P *pp;
    bool spinning;
} NewM;

static void newm_sys(void *arg) {
    NewM *a = arg;
    P *pp = a->pp;
    bool spinning = a->spinning;
    M *mp = GC_MALLOC_UNCOLLECTABLE(sizeof(M));
    G *g0 = GC_MALLOC_UNCOLLECTABLE(sizeof(G));
    if (!mp || !g0) fatal("out of memory");
    memset(mp, 0, sizeof *mp);
    memset(g0, 0, sizeof *g0);
    mp->g0 = g0;
    mp->nextp = pp;
    mp->spinning = spinning;
    lock(&sched.lock);
    mp->id = sched.mcount; /* already counted by the caller */
    mp->alllink = allm;
    __atomic_store_n(&allm, mp, __ATOMIC_RELEASE);
    unlock(&sched.lock);
    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 8 << 20); /* virtual: touched as used */
    /* gc.h maps pthread_create to GC_pthread_create: the thread is
     * registered with the collector. */
    if (pthread_create(&t, &attr, mstart, mp) != 0) fatal("newm: cannot create thread");
    pthread_attr_destroy(&attr);
}

/* Start a thread for pp.  Called from wherever work appears (goready on a
 * goroutine's stack included), so the allocation and pthread_create run on
 * the system stack. */
static void newm(P *pp, bool spinning) {
    NewM a = {pp, spinning};
    gort_systemstack(newm_sys, &a);
}

/* ===================================================================== */
/* System calls                                                          */
/* ===================================================================== */

void entersyscall(void) {
    M *mp = curm;
    if (mp->curg == mp->g0 || !mp->p) return;
    P *pp = mp->p;
    if (GORT_UNLIKELY(WAKE_PENDING())) wake_now(); /* we may block: wake someone now */
    TRACE(trace_syscall(mp->curg, true));
    atomic_store_explicit(&mp->curg->status, Gsyscall, memory_order_relaxed);
    RELAXED_STORE(pp->syscalltick, pp->syscalltick + 1);
    mp->oldp = pp;
    atomic_store_explicit(&pp->status, Psyscall, memory_order_release);
}

static void after_exitsyscall_park(void *arg) { after_globrunqput(arg); }

void exitsyscall(void) {
    M *mp = curm;
    G *gp = mp->curg;
    if (gp == mp->g0 || !mp->oldp) return;
    P *pp = mp->oldp;
    mp->oldp = NULL;
    uint32_t s = Psyscall;
    if (atomic_compare_exchange_strong(&pp->status, &s, Prunning)) {
        atomic_store_explicit(&gp->status, Grunning, memory_order_relaxed);
        TRACE(trace_syscall(gp, false));
        return;
    }
    /* sysmon took our P.  Get another, or queue ourselves and idle. */
    mp->p = NULL;
    lock(&sched.lock);
    P *np = pidleget();
    unlock(&sched.lock);
    if (np) {
        acquirep(mp, np);
        atomic_store_explicit(&gp->status, Grunning, memory_order_relaxed);
        TRACE(trace_syscall(gp, false));
        return;
    }
    TRACE(trace_syscall(gp, false));
    TRACE(trace_gostop(gp, TRACE_NOP, NULL));
    gp->m = NULL;
    mp->afterswitch = after_exitsyscall_park;
    mp->afterswitcharg = gp;
    mp->curg = mp->g0;
    gort_tls.stackguard = mp->g0->stackguard;
    switchto(&gp->sched.sp, mp->g0, mp->g0->sched.sp);
    run_afterswitch();
}

/* ===================================================================== */
/* sysmon                                                                */
/* ===================================================================== */

typedef struct Pmon {
    uint32_t syscalltick;
    int64_t syscallwhen;
    uint64_t schedtick;
    int64_t schedwhen;
    uint32_t wakeseen;      /* the deferred wake-up pending last tick */
} Pmon;

#define PREEMPT_NS (10 * 1000000LL)

static void preemptone(P *pp) {
    M *mp = RELAXED_LOAD(pp->m);
    if (!mp || RELAXED_LOAD(mp->curg) == mp->g0 || !mp->tls) return;
    __atomic_store_n(&mp->tls->preempt, 1, __ATOMIC_RELAXED);
    __atomic_store_n(&mp->tls->stackguard, GORT_STACK_PREEMPT, __ATOMIC_RELAXED);
}

static void *sysmon(void *arg) {
    (void)arg;
    gc_thread_altstack();
    static Pmon pmon[MAXPROCS];
    int64_t delay = 20000;
    int idle = 0;
    for (;;) {
        struct timespec ts = {0, delay};
        nanosleep(&ts, NULL);
        int64_t now = gort_nanotime();
        bool retook = false;
        trace_schedtick(now);
        int32_t np = RELAXED_LOAD(sched.gomaxprocs), na = __atomic_load_n(&sched.nallp, __ATOMIC_ACQUIRE);
        for (int32_t i = 0; i < np && i < na; i++) {
            P *pp = sched.allp[i];
            Pmon *pd = &pmon[i];
            uint32_t s = atomic_load(&pp->status);
            if (s == Psyscall) {
                uint32_t tick = RELAXED_LOAD(pp->syscalltick);
                if (pd->syscalltick != tick) {
                    pd->syscalltick = tick;
                    pd->syscallwhen = now;
                    continue;
                }
                /* Leave a short system call alone if there is no other work
                 * and other Ps are around to pick some up. */
                if (runqempty(pp) && RELAXED_LOAD(sched.runqsize) == 0 &&
                    atomic_load(&sched.nmspinning) + atomic_load(&sched.npidle) > 0 &&
                    now - pd->syscallwhen < PREEMPT_NS)
                    continue;
                uint32_t want = Psyscall;
                if (atomic_compare_exchange_strong(&pp->status, &want, Pidle)) {
                    TRACE(trace_handoff(pp, RELAXED_LOAD(pp->m)));
                    RELAXED_STORE(pp->m, NULL);
                    handoffp(pp);
                    retook = true;
                }
            } else if (s == Prunning) {
                uint64_t tick = RELAXED_LOAD(pp->schedtick);
                /* A deferred wake-up (goready) still pending since our
                 * last look: serve it, and look again soon. */
                M *mp = RELAXED_LOAD(pp->m);
                uint32_t wake = mp && mp->tls ? __atomic_load_n(&mp->tls->wake, __ATOMIC_RELAXED) : 0;
                if (wake && wake == pd->wakeseen &&
                    __atomic_compare_exchange_n(&mp->tls->wake, &wake, 0, false, __ATOMIC_SEQ_CST,
                                                __ATOMIC_RELAXED)) {
                    wakep();
                    retook = true;
                    wake = 0;
                }
                pd->wakeseen = wake;
                /* (schedwhen 0: the first look; a P's first tick is 0
                 * too, and must not read as 10 ms without a switch.) */
                if (pd->schedtick != tick || pd->schedwhen == 0) {
                    pd->schedtick = tick;
                    pd->schedwhen = now;
                } else if (now - pd->schedwhen >= PREEMPT_NS) {
                    preemptone(pp);
                    pd->schedwhen = now;
                }
            }
        }
        /* Back off while no P is retaken from a system call and no
         * deferred wake-up is served: 20 us up to 10 ms, as Go does.
         * (Preempting a long-running goroutine does not reset it: its next
         * check is 10 ms away anyway.) */
        if (retook) {
            idle = 0;
            delay = 20000;
        } else if (++idle > 50 && delay < 10000000) {
            delay *= 2;
        }
    }
    return NULL;
}

/* ===================================================================== */
/* Start-up and the runtime package                                      */
/* ===================================================================== */

static void main_entry_thunk(void *arg) { (*(void (**)(void))arg)(); }

/* Goroutine 1 runs package initialisation and main.main on a 16 KB
 * segment: one goroutine, so memory is no concern, and code written in C
 * against the runtime (its tests) runs there without stack checks. */
static void main_thunk(void *arg) {
    gort_morestack(main_entry_thunk, arg, 8192);
    /* main.main returned: the program ends, and every goroutine with it. */
    TRACE(trace_exitreason("main returned"));
    if (GORT_UNLIKELY(explain_leaks_on)) explain_leaks();
    gort_exit(0);
}

static int64_t getncpu(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) return CPU_COUNT(&set);
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

/* Make n Ps usable; runs on the system stack (newp allocates). */
static void procresize_sys(void *arg) {
    int32_t n = *(int32_t *)arg;
    lock(&sched.lock);
    int32_t old = sched.gomaxprocs;
    for (int32_t i = sched.nallp; i < n; i++) {
        sched.allp[i] = newp(i);
        __atomic_store_n(&sched.nallp, i + 1, __ATOMIC_RELEASE);
    }
    RELAXED_STORE(sched.gomaxprocs, n);
    /* New Ps, and old ones coming back, start idle. */
    for (int32_t i = old; i < n; i++) {
        P *pp = sched.allp[i];
        uint32_t s = atomic_load(&pp->status);
        if (s == Pdead) pidleput(pp);
    }
    /* Idle Ps beyond the new count are retired at once; running ones
     * retire themselves in findrunnable. */
    for (P **pp = &sched.pidle; *pp;) {
        if ((*pp)->id >= n) {
            P *dead = *pp;
            *pp = dead->link;
            atomic_fetch_sub(&sched.npidle, 1);
            atomic_store(&dead->status, Pdead);
        } else {
            pp = &(*pp)->link;
        }
    }
    unlock(&sched.lock);
}

static void procresize(int32_t n) { gort_systemstack(procresize_sys, &n); }

int64_t gort_gomaxprocs(int64_t n) {
    int64_t old = RELAXED_LOAD(sched.gomaxprocs);
    if (n > 0 && n != old) {
        if (n > MAXPROCS) n = MAXPROCS;
        procresize((int32_t)n);
        wakep();
    }
    return old;
}

int64_t gort_numcpu(void) { return ncpu; }

/* The sum of the Ps' counts (retired Ps keep theirs: they stay in allp). */
int64_t gort_numgoroutine(void) {
    int32_t na = __atomic_load_n(&sched.nallp, __ATOMIC_ACQUIRE);
    int64_t n = 0;
    for (int32_t i = 0; i < na; i++) n += RELAXED_LOAD(sched.allp[i]->ngoroutines);
    return n;
}

void gort_systemstack(void (*fn)(void *), void *arg) {
    M *mp = curm;
    if (!mp || mp->curg == mp->g0 || mp->onsystemstack) {
        fn(arg);
        return;
    }
    G *gp = mp->curg;
    mp->onsystemstack = true;
    gort_tls.stackguard = mp->g0->stackguard;
    uintptr_t sp = ((uintptr_t)mp->g0->sched.sp - 256) & ~(uintptr_t)15;
    stackcall(fn, arg, (void *)sp, &gp->sched.sp, mp->g0lo, mp->g0hi);
    mp = curm;
    mp->onsystemstack = false;
    gort_tls.stackguard = gort_tls.preempt || WAKE_PENDING() ? GORT_STACK_PREEMPT : gp->stackguard;
}

int gort_start(int argc, char **argv, void (*main_entry)(void)) {
    gort_argc = argc;
    gort_argv = argv;
    gcinit();
    trace_init();

    ncpu = getncpu();
    int64_t procs = ncpu;
    const char *env = getenv("GOMAXPROCS");
    if (env && *env) {
        char *end;
        long v = strtol(env, &end, 10);
        if (*end == 0 && v > 0) procs = v;
    }
    if (procs > MAXPROCS) procs = MAXPROCS;

    sched.allp = GC_MALLOC_UNCOLLECTABLE(MAXPROCS * sizeof(P *));
    m0.g0 = &g0_m0;
    minit(&m0);
    allm = &m0;
    sched.mcount = 1;
    procresize((int32_t)procs);
    lock(&sched.lock);
    P *pp = sched.pidle;
    /* m0 takes P 0. */
    for (P **l = &sched.pidle; *l; l = &(*l)->link) {
        if ((*l)->id == 0) {
            pp = *l;
            *l = pp->link;
            atomic_fetch_sub(&sched.npidle, 1);
            break;
        }
    }
    unlock(&sched.lock);
    acquirep(&m0, pp);

    newproc(main_thunk, &main_entry, sizeof main_entry, 0);
    /* Go 1.19 starts four goroutines of its own (forcegc, bgsweep,
     * bgscavenge, finalizers) before the user's first: number ours the
     * same, so "goroutine 5 [running]:" means what it means in Go. */
    sched.goidgen = 4;
    pp->goidcache = pp->goidcacheend = 0;

    pthread_t t;
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
    pthread_attr_setstacksize(&attr, 256 * 1024);
    if (pthread_create(&t, &attr, sysmon, NULL) != 0) fatal("cannot start sysmon");
    pthread_attr_destroy(&attr);

    runtimeinittime = gort_nanotime();
    mainstarted = true;
    schedule();
}
