/*
 * sync.c — Go's sync package: Mutex, RWMutex, WaitGroup, Once, Cond.
 *
 * One rule runs through this file: a goroutine that has to wait never
 * blocks its thread.  It puts a Sudog (living in its own stack frame) on a
 * wait queue, and parks; whoever makes progress possible takes the Sudog
 * off the queue and readies the goroutine.  The thread meanwhile runs other
 * goroutines.
 *
 * The semaphore
 * -------------
 * Everything except Cond is built on gort_sema, a counting semaphore that
 * carries its own queue (Go keeps one global table of queues keyed by
 * address; a queue per object costs a few bytes more and needs no hashing).
 *
 *   count   tickets available; acquire takes one with a CAS, release adds one.
 *   nwait   goroutines that are on the queue or are about to join it.
 *   lock    a runtime Lock (lock_futex.c) guarding the queue.
 *   waitq   Sudogs in a circular doubly linked list, the head the oldest.
 *
 * sema_acquire first tries to take a ticket without the lock.  Failing
 * that it takes the lock, announces itself in nwait, tries once more (a
 * release may have come in between), and only then queues and parks.  The
 * queue lock is released by gopark's unlockf, after the goroutine's context
 * is saved, so a releaser that finds the Sudog can always goready it.
 * sema_release adds a ticket and then looks at nwait; both sides use
 * sequentially consistent atomics, so either the releaser sees the waiter
 * in nwait or the waiter's second try sees the ticket: no lost wake-up.
 * nwait is only changed under the lock, and there it equals the length of
 * the queue.
 *
 * A woken goroutine competes for the ticket like anyone else (a running
 * goroutine may take it first); if it loses it queues again, at the front,
 * so it does not lose its turn.  In "hand-off" mode the releaser takes the
 * ticket on the waiter's behalf (Sudog.success tells the waiter it owns it)
 * and yields, so the waiter runs at once: that is how a starving Mutex
 * passes ownership.
 *
 * Mutex
 * -----
 * `state` holds three flags and a count:
 *
 *   bit 0  MLOCKED    someone holds the mutex
 *   bit 1  MWOKEN     a goroutine is awake and about to try for the mutex
 *                     (woken by Unlock, or spinning), so Unlock need not
 *                     wake another
 *   bit 2  MSTARVING  ownership passes directly from Unlock to the oldest
 *                     waiter; newcomers neither take the lock nor spin
 *   3..31             number of goroutines parked (or parking) in `sema`
 *
 * Lock's fast path is a single CAS from 0 to MLOCKED.  Otherwise, in
 * normal mode, a goroutine may spin a few rounds while the mutex is held
 * by someone running on another processor (only worth it when GOMAXPROCS
 * > 1, another P is busy and our own run queue is empty, and never more
 * than SPIN_ROUNDS rounds), then registers as a waiter and parks on the
 * semaphore.  Unlock subtracts MLOCKED; if anything else is left in the
 * state, the slow path decrements the waiter count, sets MWOKEN and
 * releases the semaphore, unless a goroutine is already awake or someone
 * has taken the lock.
 *
 * Normal mode lets a running goroutine overtake a woken waiter (the
 * newcomer already has the CPU, so throughput is good), but a waiter could
 * lose forever.  So a waiter that has waited more than STARVE_NS (1 ms)
 * in total sets MSTARVING.  From then on Unlock hands the mutex to the head
 * of the queue: it leaves MLOCKED clear, and the woken waiter sets it
 * itself, as the owner, and decrements the waiter count.  The last waiter,
 * or one that did not wait long, clears MSTARVING again.  Waiters are woken
 * in FIFO order; a waiter that was woken but lost the race goes back to the
 * head of the queue.
 *
 * Invariant: only one goroutine at a time "owns" MWOKEN — the one that set
 * it while spinning, or the one Unlock woke — and it clears it in the same
 * CAS that takes the lock or queues it again.  MSTARVING is only set by a
 * goroutine that owns MWOKEN (it has been woken), and nobody sets MWOKEN
 * while MSTARVING is set, so a hand-off always finds MWOKEN and MLOCKED
 * clear.
 *
 * RWMutex
 * -------
 * Writers serialise on the Mutex `w`.  `readers` counts readers; a writer
 * that holds `w` subtracts RWMAXREADERS from it, which makes it negative and
 * sends every later RLock to park on `rsem`.  The value it read tells the
 * writer how many readers were inside; it adds that to `readwait` and parks
 * on `wsem` until the last of them leaves (RUnlock decrements readwait when
 * `readers` is negative, and the one reaching zero releases `wsem`).  Unlock
 * adds RWMAXREADERS back, which counts the readers that queued meanwhile;
 * it releases `rsem` that many times, then unlocks `w`.  A waiting writer
 * thus blocks new readers, so writers are not starved.
 *
 * WaitGroup
 * ---------
 * `state` packs the counter (high 32 bits) and the number of waiters (low
 * 32 bits) into one word, so that Add can tell atomically "the counter
 * reached zero, and these are the waiters to release".  Wait increments
 * the waiter count with a CAS, unless the counter is already zero, and
 * parks on `sema`.  Add that brings the counter to zero with waiters present
 * resets the word to 0 and releases the semaphore once per waiter.  Misuse
 * panics with Go's messages.
 *
 * Once
 * ----
 * `done` is read without a lock on the fast path.  The first callers take
 * the mutex; the one that finds done still 0 runs f, and a deferred call
 * (panic.c's frames) sets done and unlocks when f returns or panics, as in
 * Go.  Callers that came in meanwhile are parked on the mutex and return
 * only after f has finished, as Go guarantees.
 *
 * Cond
 * ----
 * A ticket scheme (Go's notifyList idea): Wait takes a ticket from `wait`
 * *before* it unlocks L, then queues under the Cond's lock and parks,
 * unless its ticket has already been notified.  Signal wakes ticket
 * `notify` and advances it; Broadcast advances `notify` to `wait` and wakes
 * everyone queued.  A signal that arrives between Wait's Unlock of L and its
 * park therefore is not lost: the waiter sees its ticket below `notify` and
 * does not park.  Tickets are compared modulo 2^32.
 *
 * Lock order
 * ----------
 * The per-object queue locks (gort_sema.lock, gort_cond.lock) are the
 * "sync wait-queue locks" of internal.h's banner.  Each is held only for a
 * few list operations; none is ever held while another sync queue lock is
 * taken, while the goroutine parks (gopark releases it after the switch),
 * or while user code runs.  goready is called after the queue lock has been
 * dropped.  Nothing here takes a channel lock.
 *
 * Stack use
 * ---------
 * This code runs on goroutine stacks, inside the reserve below the guard
 * (GORT_STACK_RESERVE), without stack checks.  Frames stay small: the
 * largest holds one Sudog.  Slow paths are separate noinline functions so
 * the fast paths stay tiny, and nothing here calls libc.
 */
#include "internal.h"

/* ------------------------------------------------------------------ */
/* Atomics on the plain integer fields of the gort.h structs.          */

#define LOAD(p) __atomic_load_n((p), __ATOMIC_SEQ_CST)
#define STORE(p, v) __atomic_store_n((p), (v), __ATOMIC_SEQ_CST)
#define ADD(p, v) __atomic_add_fetch((p), (v), __ATOMIC_SEQ_CST)  /* new value */
/* CAS that refreshes *oldp with the current value when it fails. */
#define CAS(p, oldp, new) \
    __atomic_compare_exchange_n((p), (oldp), (new), false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)

static inline Lock *qlock(uint32_t *word) { return (Lock *)(void *)word; }

_Static_assert(sizeof(Lock) == sizeof(uint32_t), "Lock fits a uint32_t field");

/* Go 1.19's wait reasons, as goroutine dumps print them. */
static const char WAIT_SEMA[] = "semacquire";
static const char WAIT_COND[] = "sync.Cond.Wait";

/* ------------------------------------------------------------------ */
/* Wait queues: circular doubly linked lists of Sudogs; *headp is the   */
/* oldest, (*headp)->prev the newest.  Caller holds the queue's lock.   */

static inline void syncq_push(void **headp, Sudog *sd, bool front) {
    Sudog *h = *headp;
    if (h == NULL) {
        sd->next = sd->prev = sd;
        *headp = sd;
        return;
    }
    Sudog *t = h->prev;
    sd->next = h;
    sd->prev = t;
    t->next = sd;
    h->prev = sd;
    if (front) *headp = sd;
}

static inline void syncq_remove(void **headp, Sudog *sd) {
    if (sd->next == sd) {
        *headp = NULL;
    } else {
        sd->prev->next = sd->next;
        sd->next->prev = sd->prev;
        if (*headp == sd) *headp = sd->next;
    }
    sd->next = sd->prev = NULL;
}

static inline void sudog_init(Sudog *sd) {
    sd->g = getg();
    sd->next = sd->prev = NULL;
    sd->elem = NULL;
    sd->c = NULL;
    sd->isselect = false;
    sd->success = false;
    sd->waitlink = NULL;
    sd->caseidx = 0;
}

/* ------------------------------------------------------------------ */
/* The semaphore.                                                       */

static inline bool sema_tryacquire(gort_sema *s) {
    uint32_t v = LOAD(&s->count);
    while (v != 0) {
        if (CAS(&s->count, &v, v - 1)) return true;
    }
    return false;
}

/* Take a ticket, parking until one is available.  `front`: queue at the
 * head (a waiter that already waited once). */
static __attribute__((noinline)) void sema_acquire(gort_sema *s, bool front,
                                                   const char *reason, const char *what) {
    if (sema_tryacquire(s)) return;
    Sudog sd;
    sudog_init(&sd);
    Lock *l = qlock(&s->lock);
    for (;;) {
        lock(l);
        ADD(&s->nwait, 1);
        if (sema_tryacquire(s)) {
            ADD(&s->nwait, -1);
            unlock(l);
            return;
        }
        sd.success = false;
        syncq_push(&s->waitq, &sd, front);
        getg()->tracewhat = what; /* for the deadlock explainer, tracing or not */
        gopark(gopark_unlock, l, reason);
        /* The releaser took us off the queue and fixed nwait. */
        if (sd.success || sema_tryacquire(s)) return;
        front = true; /* overtaken: keep our turn */
    }
}

/* Add a ticket and wake the oldest waiter.  `handoff`: give the ticket to
 * that waiter directly and let it run now (starving Mutex). */
static __attribute__((noinline)) void sema_release(gort_sema *s, bool handoff) {
    ADD(&s->count, 1);
    if (LOAD(&s->nwait) == 0) return;
    Lock *l = qlock(&s->lock);
    lock(l);
    if (LOAD(&s->nwait) == 0) { /* a waiter's own retry took the ticket */
        unlock(l);
        return;
    }
    Sudog *sd = s->waitq;
    syncq_remove(&s->waitq, sd);
    ADD(&s->nwait, -1);
    bool direct = handoff && sema_tryacquire(s);
    sd->success = direct;
    G *gp = sd->g;
    unlock(l);
    goready(gp); /* sd may vanish from here on */
    if (direct) gort_gosched();
}

/* ------------------------------------------------------------------ */
/* Mutex                                                                */

enum {
    MLOCKED = 1,
    MWOKEN = 2,
    MSTARVING = 4,
    MWAITERSHIFT = 3,
    MWAITER = 1 << MWAITERSHIFT,
};

#define STARVE_NS 1000000 /* a waiter older than this makes the mutex starve */
#define SPIN_ROUNDS 4     /* spin at most this many rounds... */
#define SPIN_PAUSES 30    /* ...of this many PAUSE instructions */

/* Is spinning for a held mutex worth it?  Only if the holder can be
 * running right now on another processor and we have nothing better to
 * do on ours. */
static bool mutex_canspin(int round) {
    if (round >= SPIN_ROUNDS) return false;
    int32_t procs = __atomic_load_n(&sched.gomaxprocs, __ATOMIC_RELAXED);
    if (procs <= 1) return false;
    if (atomic_load(&sched.npidle) + atomic_load(&sched.nmspinning) + 1 >= procs)
        return false;
    P *pp = curm->p;
    if (pp == NULL) return false;
    if (atomic_load(&pp->runqhead) != atomic_load(&pp->runqtail) ||
        atomic_load(&pp->runnext) != NULL)
        return false;
    return true;
}

static inline void spin_pause(void) {
    for (int i = 0; i < SPIN_PAUSES; i++) __builtin_ia32_pause();
}

static __attribute__((noinline)) void mutex_lockslow(gort_mutex *m) {
    int64_t waitstart = 0; /* when we first queued (0: not yet) */
    bool starving = false; /* we have waited longer than STARVE_NS */
    bool woken = false;    /* we own MWOKEN */
    int round = 0;
    int32_t old = LOAD(&m->state);
    for (;;) {
        /* Held, normal mode: spin a little, claiming MWOKEN if nobody is
         * awake, so Unlock does not wake a sleeper that would only lose. */
        if ((old & (MLOCKED | MSTARVING)) == MLOCKED && mutex_canspin(round)) {
            if (!woken && !(old & MWOKEN) && (old >> MWAITERSHIFT) != 0 &&
                CAS(&m->state, &old, old | MWOKEN))
                woken = true;
            spin_pause();
            round++;
            old = LOAD(&m->state);
            continue;
        }
        int32_t new = old;
        if (!(old & MSTARVING)) new |= MLOCKED; /* starving: it is not ours to take */
        if (old & (MLOCKED | MSTARVING)) new += MWAITER; /* we will queue */
        if (starving && (old & MLOCKED)) new |= MSTARVING;
        if (woken) {
            if (!(new & MWOKEN)) fatal("sync: inconsistent mutex state");
            new &= ~MWOKEN;
        }
        if (!CAS(&m->state, &old, new)) continue;
        if (!(old & (MLOCKED | MSTARVING))) return; /* took it */

        bool again = waitstart != 0;
        if (!again) waitstart = gort_nanotime();
        sema_acquire(&m->sema, again, WAIT_SEMA, "sync.Mutex.Lock");
        if (!starving && gort_nanotime() - waitstart > STARVE_NS) starving = true;
        old = LOAD(&m->state);
        if (old & MSTARVING) {
            /* Handed to us: we are the owner, set MLOCKED ourselves and
             * stop counting as a waiter; leave starvation mode if nobody
             * else waits or we did not wait long. */
            if ((old & (MLOCKED | MWOKEN)) || (old >> MWAITERSHIFT) == 0)
                fatal("sync: inconsistent mutex state");
            int32_t delta = MLOCKED - MWAITER;
            if (!starving || (old >> MWAITERSHIFT) == 1) delta -= MSTARVING;
            ADD(&m->state, delta);
            return;
        }
        woken = true; /* Unlock set MWOKEN for us */
        round = 0;
    }
}

/* The compiler turns `mu.Lock()` into a call to this. */
void gort_mutex_lock(gort_mutex *m) {
    int32_t unlocked = 0;
    if (GORT_LIKELY(CAS(&m->state, &unlocked, MLOCKED))) return;
    mutex_lockslow(m);
}

/* The compiler turns `mu.TryLock()` into a call to this. */
bool gort_mutex_trylock(gort_mutex *m) {
    int32_t old = LOAD(&m->state);
    if (old & (MLOCKED | MSTARVING)) return false;
    return CAS(&m->state, &old, old | MLOCKED);
}

/* `new` is the state just after MLOCKED was subtracted. */
static __attribute__((noinline)) void mutex_unlockslow(gort_mutex *m, int32_t new) {
    if (!((new + MLOCKED) & MLOCKED)) fatal("sync: unlock of unlocked mutex");
    if (new & MSTARVING) {
        sema_release(&m->sema, true);
        return;
    }
    int32_t old = new;
    for (;;) {
        /* Nobody to wake, or somebody awake / owning / being handed it. */
        if ((old >> MWAITERSHIFT) == 0 || (old & (MLOCKED | MWOKEN | MSTARVING)))
            return;
        if (CAS(&m->state, &old, (old - MWAITER) | MWOKEN)) {
            sema_release(&m->sema, false);
            return;
        }
    }
}

/* The compiler turns `mu.Unlock()` into a call to this. */
void gort_mutex_unlock(gort_mutex *m) {
    int32_t new = ADD(&m->state, -MLOCKED);
    if (GORT_UNLIKELY(new != 0)) mutex_unlockslow(m, new);
}

/* ------------------------------------------------------------------ */
/* RWMutex                                                              */

#define RWMAXREADERS (1 << 30)

/* The compiler turns `rw.RLock()` into a call to this. */
void gort_rwmutex_rlock(gort_rwmutex *rw) {
    if (GORT_UNLIKELY(ADD(&rw->readers, 1) < 0)) /* a writer holds or waits */
        sema_acquire(&rw->rsem, false, WAIT_SEMA, "sync.RWMutex.RLock");
}

static __attribute__((noinline)) void rw_runlockslow(gort_rwmutex *rw, int32_t r) {
    if (r + 1 == 0 || r + 1 == -RWMAXREADERS) fatal("sync: RUnlock of unlocked RWMutex");
    /* A writer is waiting; the last reader it waits for lets it in. */
    if (ADD(&rw->readwait, -1) == 0) sema_release(&rw->wsem, false);
}

/* The compiler turns `rw.RUnlock()` into a call to this. */
void gort_rwmutex_runlock(gort_rwmutex *rw) {
    int32_t r = ADD(&rw->readers, -1);
    if (GORT_UNLIKELY(r < 0)) rw_runlockslow(rw, r);
}

/* The compiler turns `rw.Lock()` into a call to this. */
void gort_rwmutex_lock(gort_rwmutex *rw) {
    gort_mutex_lock(&rw->w);
    /* Announce the writer; r is the number of readers still inside. */
    int32_t r = ADD(&rw->readers, -RWMAXREADERS) + RWMAXREADERS;
    if (r != 0 && ADD(&rw->readwait, r) != 0) sema_acquire(&rw->wsem, false, WAIT_SEMA, "sync.RWMutex.Lock");
}

/* The compiler turns `rw.Unlock()` into a call to this. */
void gort_rwmutex_unlock(gort_rwmutex *rw) {
    /* r: readers that arrived while we held it, now parked on rsem. */
    int32_t r = ADD(&rw->readers, RWMAXREADERS);
    if (GORT_UNLIKELY(r >= RWMAXREADERS)) fatal("sync: Unlock of unlocked RWMutex");
    for (int32_t i = 0; i < r; i++) sema_release(&rw->rsem, false);
    gort_mutex_unlock(&rw->w);
}

/* ------------------------------------------------------------------ */
/* WaitGroup                                                            */

/* The compiler turns `wg.Add(n)` into a call to this. */
void gort_waitgroup_add(gort_waitgroup *wg, int64_t delta) {
    uint64_t st = ADD(&wg->state, (uint64_t)delta << 32);
    int32_t v = (int32_t)(st >> 32); /* counter */
    uint32_t w = (uint32_t)st;       /* waiters */
    if (GORT_UNLIKELY(v < 0)) gort_panicstr(GORT_STR("sync: negative WaitGroup counter"));
    if (GORT_UNLIKELY(w != 0 && delta > 0 && v == (int32_t)delta))
        /* The counter went up from zero while someone was in Wait. */
        gort_panicstr(GORT_STR("sync: WaitGroup misuse: Add called concurrently with Wait"));
    if (v > 0 || w == 0) return;
    /* The counter is zero and there are waiters: nobody may change the
     * state now but us (an Add now would be the misuse above). */
    if (LOAD(&wg->state) != st)
        gort_panicstr(GORT_STR("sync: WaitGroup misuse: Add called concurrently with Wait"));
    STORE(&wg->state, 0);
    for (; w != 0; w--) sema_release(&wg->sema, false);
}

/* The compiler turns `wg.Done()` into a call to this. */
void gort_waitgroup_done(gort_waitgroup *wg) { gort_waitgroup_add(wg, -1); }

/* The compiler turns `wg.Wait()` into a call to this. */
void gort_waitgroup_wait(gort_waitgroup *wg) {
    uint64_t st = LOAD(&wg->state);
    for (;;) {
        if ((int32_t)(st >> 32) == 0) return;
        if (CAS(&wg->state, &st, st + 1)) {
            sema_acquire(&wg->sema, false, WAIT_SEMA, "sync.WaitGroup.Wait");
            if (LOAD(&wg->state) != 0)
                gort_panicstr(GORT_STR("sync: WaitGroup is reused before previous Wait has returned"));
            return;
        }
    }
}

/* ------------------------------------------------------------------ */
/* Once                                                                 */

/* Deferred by once_slow: runs when f returns or panics. */
static void once_finish(void *p) {
    gort_once *o = p;
    STORE(&o->done, 1);
    gort_mutex_unlock(&o->m);
}

static __attribute__((noinline)) void once_slow(gort_once *o, void (*fn)(void *), void *env) {
    gort_mutex_lock(&o->m);
    if (o->done != 0) {
        gort_mutex_unlock(&o->m);
        return;
    }
    /* As Go's `defer o.m.Unlock(); defer o.done.Store(1)`: if f panics and
     * the panic is recovered further up, the Once is done and unlocked. */
    gort_frame frame;
    if (gort_frame_enter(&frame)) goto out;
    gort_defer_push(&frame, once_finish, o);
    fn(env);
out:
    gort_frame_leave(&frame);
}

/* The compiler turns `once.Do(f)` into a call to this, with f's code
 * pointer and closure environment. */
void gort_once_do(gort_once *o, void (*fn)(void *), void *env) {
    if (GORT_LIKELY(LOAD(&o->done) != 0)) return;
    once_slow(o, fn, env);
}

/* ------------------------------------------------------------------ */
/* Cond                                                                 */

static inline bool ticket_before(uint32_t a, uint32_t b) { return (int32_t)(a - b) < 0; }

/* Park until ticket t has been notified (at once if it already was). */
static __attribute__((noinline)) void cond_park(gort_cond *c, uint32_t t) {
    Lock *l = qlock(&c->lock);
    lock(l);
    if (ticket_before(t, LOAD(&c->notify))) {
        unlock(l);
        return;
    }
    Sudog sd;
    sudog_init(&sd);
    sd.elem = (void *)(uintptr_t)t; /* the ticket */
    syncq_push(&c->waitq, &sd, false);
    gopark(gopark_unlock, l, WAIT_COND);
}

/* The compiler turns `c.Wait()` into a call to this. */
void gort_cond_wait(gort_cond *c) {
    uint32_t t = __atomic_fetch_add(&c->wait, 1, __ATOMIC_SEQ_CST);
    gort_mutex_unlock(c->L);
    cond_park(c, t);
    gort_mutex_lock(c->L);
}

/* The compiler turns `c.Signal()` into a call to this. */
void gort_cond_signal(gort_cond *c) {
    if (LOAD(&c->wait) == LOAD(&c->notify)) return; /* nobody waits */
    Lock *l = qlock(&c->lock);
    lock(l);
    uint32_t t = c->notify;
    if (LOAD(&c->wait) == t) {
        unlock(l);
        return;
    }
    STORE(&c->notify, t + 1);
    /* Ticket t may not have queued yet; then it will see it was notified. */
    Sudog *h = c->waitq, *sd = h;
    G *gp = NULL;
    if (h != NULL) {
        do {
            if ((uint32_t)(uintptr_t)sd->elem == t) {
                gp = sd->g;
                syncq_remove(&c->waitq, sd);
                break;
            }
            sd = sd->next;
        } while (sd != h);
    }
    unlock(l);
    if (gp != NULL) goready(gp);
}

/* The compiler turns `c.Broadcast()` into a call to this. */
void gort_cond_broadcast(gort_cond *c) {
    if (LOAD(&c->wait) == LOAD(&c->notify)) return;
    Lock *l = qlock(&c->lock);
    lock(l);
    STORE(&c->notify, LOAD(&c->wait));
    Sudog *sd = c->waitq;
    c->waitq = NULL;
    unlock(l);
    if (sd == NULL) return;
    sd->prev->next = NULL; /* open the circle; nobody else sees it now */
    while (sd != NULL) {
        Sudog *next = sd->next; /* read before goready: sd dies with its frame */
        goready(sd->g);
        sd = next;
    }
}
