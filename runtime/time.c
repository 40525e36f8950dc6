/*
 * time.c — clocks, timers and the time package's blocking parts.
 *
 * Timers live in per-P heaps (Go 1.14's design): a 4-ary min-heap on
 * `when`, under the P's timerlock, with the earliest `when` mirrored in
 * P.timer0when so that a scheduler can see without locking whether any
 * timer of a P is due.  A timer is added to the heap of the P that starts
 * it; any M that looks for work runs the due timers of every P
 * (findrunnable), so a timer fires even when its P is busy with a
 * goroutine or idle.  When every M is idle, one of them (sched.timerm)
 * sleeps on its futex with a timeout that ends at the earliest timer, and
 * is woken early when an earlier timer is added (wakeidle_for_timer).
 *
 * A timer's function runs on the M that found it due, without the timer
 * lock (it may take channel locks, which come before timer locks in the
 * lock order), and must not block: it readies a goroutine (time.Sleep),
 * does a non-blocking channel send (time.After, Timer.C, Ticker.C) or
 * starts a goroutine (time.AfterFunc).
 *
 * Timer states: TNONE (not in a heap: never started, stopped, or fired)
 * and TWAITING (in pp's heap at idx).  Stop succeeds only from TWAITING,
 * which matches Go: Stop reports whether it prevented the fire.  The
 * runner never touches a timer after calling its function: a goroutine
 * woken by its sleep timer may already be reusing it.
 *
 * Sleeping goroutines hold no M: time.Sleep parks the goroutine with its
 * timer as the only reference to it; the timer is added after the park has
 * saved the goroutine's context (gopark's after-switch step), so the timer
 * cannot ready a goroutine that is still running.
 */
#include "internal.h"

#include <gc.h>
#include <string.h>
#include <time.h>

enum { TNONE, TWAITING };

int64_t gort_nanotime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t gort_walltime(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

/* ===================================================================== */
/* The 4-ary heap (pp->timerlock held)                                    */
/* ===================================================================== */

static void siftup(P *pp, int32_t i) {
    gort_timer **h = pp->timers;
    gort_timer *t = h[i];
    while (i > 0) {
        int32_t parent = (i - 1) / 4;
        if (h[parent]->when <= t->when) break;
        h[i] = h[parent];
        h[i]->idx = i;
        i = parent;
    }
    h[i] = t;
    t->idx = i;
}

static void siftdown(P *pp, int32_t i) {
    gort_timer **h = pp->timers;
    int32_t n = pp->ntimers;
    gort_timer *t = h[i];
    for (;;) {
        int32_t c = 4 * i + 1, best = -1;
        for (int32_t k = c; k < c + 4 && k < n; k++)
            if (h[k]->when < (best < 0 ? t->when : h[best]->when)) best = k;
        if (best < 0) break;
        h[i] = h[best];
        h[i]->idx = i;
        i = best;
    }
    h[i] = t;
    t->idx = i;
}

static void update0(P *pp) {
    atomic_store_explicit(&pp->timer0when, pp->ntimers ? pp->timers[0]->when : 0,
                          memory_order_relaxed);
}

typedef struct Grow {
    int32_t cap;
    gort_timer **h;
} Grow;

static void alloc_heap_sys(void *arg) {
    Grow *g = arg;
    g->h = GC_MALLOC((size_t)g->cap * sizeof *g->h);
    if (!g->h) fatal("out of memory");
}

/* Room for one more timer; pp->timerlock held on entry and on return
 * (dropped while allocating, which may collect). */
static void heap_reserve(P *pp) {
    while (pp->ntimers == pp->captimers) {
        int32_t cap = pp->captimers;
        unlock(&pp->timerlock);
        Grow g = {cap ? cap * 2 : 16, NULL};
        gort_systemstack(alloc_heap_sys, &g);
        lock(&pp->timerlock);
        if (pp->captimers == cap) {
            if (pp->ntimers) memcpy(g.h, pp->timers, (size_t)pp->ntimers * sizeof *g.h);
            pp->timers = g.h;
            pp->captimers = g.cap;
        }
    }
}

/* pp->timerlock held, room reserved. */
static void heap_add(P *pp, gort_timer *t) {
    pp->timers[pp->ntimers] = t;
    siftup(pp, pp->ntimers++);
    update0(pp);
}

static void heap_del(P *pp, int32_t i) {
    int32_t last = --pp->ntimers;
    if (i != last) {
        pp->timers[i] = pp->timers[last];
        pp->timers[i]->idx = i;
        pp->timers[last] = NULL;
        siftdown(pp, i);
        siftup(pp, i);
    } else {
        pp->timers[last] = NULL;
    }
    update0(pp);
}

/* ===================================================================== */
/* Starting, stopping and running timers                                 */
/* ===================================================================== */

static P *timerp(void) {
    M *mp = curm;
    return mp && mp->p ? mp->p : sched.allp[0];
}

/* The runtime starts timers for time.Sleep, time.NewTimer, ... with this. */
void gort_timer_start(gort_timer *t) {
    P *pp = timerp();
    lock(&pp->timerlock);
    heap_reserve(pp);
    t->pp = pp;
    t->status = TWAITING;
    heap_add(pp, t);
    bool first = pp->timers[0] == t;
    unlock(&pp->timerlock);
    if (first) wakeidle_for_timer(t->when);
}

/* Timer.Stop: true if the timer had not fired (and now never will). */
bool gort_timer_stop(gort_timer *t) {
    for (;;) {
        P *pp = __atomic_load_n((P **)&t->pp, __ATOMIC_ACQUIRE);
        if (!pp) return false;
        lock(&pp->timerlock);
        if (t->pp != pp) { /* moved meanwhile: retry */
            unlock(&pp->timerlock);
            continue;
        }
        bool waiting = t->status == TWAITING;
        if (waiting) {
            heap_del(pp, t->idx);
            t->status = TNONE;
            t->pp = NULL;
        }
        unlock(&pp->timerlock);
        return waiting;
    }
}

/* Timer.Reset: true if the timer had been active. */
bool gort_timer_reset(gort_timer *t, int64_t when) {
    bool active = gort_timer_stop(t);
    t->when = when;
    gort_timer_start(t);
    return active;
}

int64_t checktimers(P *pp, int64_t now) {
    lock(&pp->timerlock);
    while (pp->ntimers > 0 && pp->timers[0]->when <= now) {
        gort_timer *t = pp->timers[0];
        heap_del(pp, 0);
        int64_t seq = t->seq;
        if (t->period > 0) {
            /* Tickers: next multiple of period after now (drops ticks
             * for a slow receiver, as Go does). */
            t->when += t->period * (1 + (now - t->when) / t->period);
            heap_add(pp, t);
        } else {
            t->status = TNONE;
            __atomic_store_n((P **)&t->pp, NULL, __ATOMIC_RELEASE);
        }
        /* Copy what we need: once f runs, the timer may be reused at once
         * (a woken goroutine sleeping again rewrites its sleep timer). */
        void (*f)(void *, int64_t) = t->f;
        void *arg = t->arg;
        unlock(&pp->timerlock);
        TRACE(trace_timer());
        f(arg, seq);
        lock(&pp->timerlock);
    }
    int64_t next = pp->ntimers ? pp->timers[0]->when : -1;
    unlock(&pp->timerlock);
    return next;
}

int64_t timers_earliest(void) {
    int64_t best = -1;
    int32_t na = __atomic_load_n(&sched.nallp, __ATOMIC_ACQUIRE);
    for (int32_t i = 0; i < na; i++) {
        int64_t w = atomic_load_explicit(&sched.allp[i]->timer0when, memory_order_relaxed);
        if (w != 0 && (best < 0 || w < best)) best = w;
    }
    return best;
}

/* ===================================================================== */
/* time.Sleep                                                            */
/* ===================================================================== */

static void sleep_ready(void *arg, int64_t seq) {
    (void)seq;
    goready((G *)arg);
}

static void sleep_start(void *arg) { gort_timer_start(&((G *)arg)->sleeptimer); }

/* The compiler turns `time.Sleep(d)` into a call to this. */
void gort_sleep(int64_t ns) {
    if (ns <= 0) return;
    G *gp = getg();
    gort_timer *t = &gp->sleeptimer;
    t->when = gort_nanotime() + ns;
    if (t->when < 0) t->when = INT64_MAX; /* overflow: forever */
    t->period = 0;
    t->f = sleep_ready;
    t->arg = gp;
    gopark(sleep_start, gp, "sleep");
}

/* ===================================================================== */
/* Timer channels: time.After, NewTimer, Tick, NewTicker, AfterFunc       */
/* ===================================================================== */

static void sendtime(void *arg, int64_t seq) {
    (void)seq;
    gort_timechan *tc = arg;
    int64_t now = gort_nanotime();
    chan_trysend(tc->C, &now); /* non-blocking: a full channel drops it */
}

/* The compiler turns `time.NewTimer(d)` (period 0) and `time.NewTicker(d)`
 * (period d) into this; `time.After(d)` is `gort_newtimer(d, 0)->C`. */
gort_timechan *gort_newtimer(int64_t d, int64_t period) {
    gort_timechan *tc = gort_alloc(sizeof *tc);
    tc->C = gort_makechan(sizeof(int64_t), 1);
    tc->t.when = gort_nanotime() + (d > 0 ? d : 0);
    tc->t.period = period;
    tc->t.f = sendtime;
    tc->t.arg = tc;
    gort_timer_start(&tc->t);
    return tc;
}

typedef struct AfterFunc {
    void (*fn)(void *);
    void *env;
} AfterFunc;

static void afterfunc_run(void *arg) {
    AfterFunc *af = arg;
    af->fn(af->env);
}

static void goafterfunc(void *arg, int64_t seq) {
    (void)seq;
    gort_timechan *tc = arg;
    AfterFunc *af = (AfterFunc *)(tc + 1);
    newproc(afterfunc_run, af, sizeof *af, 0);
}

/* The compiler turns `time.AfterFunc(d, f)` into this. */
gort_timechan *gort_afterfunc(int64_t d, void (*fn)(void *), void *env) {
    gort_timechan *tc = gort_alloc(sizeof *tc + sizeof(AfterFunc));
    AfterFunc *af = (AfterFunc *)(tc + 1);
    af->fn = fn;
    af->env = env;
    tc->t.when = gort_nanotime() + (d > 0 ? d : 0);
    tc->t.f = goafterfunc;
    tc->t.arg = tc;
    gort_timer_start(&tc->t);
    return tc;
}
