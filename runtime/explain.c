/*
 * explain.c - why a deadlocked program is stuck, in plain words.
 *
 * When the scheduler finds every goroutine asleep, Go prints
 *
 *     fatal error: all goroutines are asleep - deadlock!
 *
 * and a traceback per goroutine, and leaves the student to work out the
 * rest.  gocc prints exactly those lines (tests compare them with Go's),
 * then this file adds one paragraph per blocked goroutine:
 *
 *     goroutine 6 (main.worker, created at pipe.g:14) is blocked at pipe.g:21
 *       receiving from the channel made at pipe.g:10 (capacity 3, empty, open).
 *       Goroutine 1 also holds this channel, but it is blocked too.
 *
 * and, when goroutines wait on each other in a ring, the ring:
 *
 *     Cycle: goroutine 1 waits for goroutine 6, which waits for goroutine 1.
 *
 * What each goroutine waits on comes from its park: a channel operation
 * leaves the channel in G.tracechan, a select its sudog list (G.waiting),
 * a sync primitive its Go-level name in G.tracewhat.  The line it is
 * blocked at is the first frame of its traceback (traceback.c hides the
 * runtime's own frames), the channel's name is the line of its `make`
 * (gort_chan.makepc), and a goroutine's name is the `go` statement that
 * made it (G.gopc, and the compiler's table of `go` statements).
 *
 * "Who else holds the channel" is a conservative look, as a collector's
 * mark would do, one level deep: every word of another goroutine's stack
 * that is the channel's address, or points to a heap object (a closure's
 * environment, a struct) with the channel's address among its first words.
 * A hit is a goroutine that might have used the channel; no hit anywhere
 * means no goroutine can ever reach it again.  A word that merely looks
 * like the address can only add a holder, never hide one, so the claim
 * "no other goroutine holds it" is safe, and the cycle is a "probably":
 * the cycle printed is a ring in that holds-and-waits graph.
 *
 * Everything here runs once, on the dying thread, with the world stopped
 * (the deadlock detector holds sched.lock and every M is idle); it
 * allocates only with mmap.
 */
#include "internal.h"

#include <gc.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define MAXG 64     /* goroutines explained; more are counted */
#define MAXW 8      /* channels one goroutine waits on (a select's cases) */

typedef struct Stuck {
    G *g;
    gort_chan *on[MAXW];
    int non;
    int holders[MAXG]; /* indexes into stuck[] of goroutines holding one of on[] */
    int nholders;
    int peers[MAXG];   /* ... blocked the same way on the same channel */
    int npeers;
} Stuck;

static Stuck *stuck;
static int nstuck, nmore;

static void (*out)(const char *, size_t);
static void puts_(const char *s) { out(s, strlen(s)); }
static void __attribute__((format(printf, 1, 2))) printf_(const char *fmt, ...) {
    char buf[600];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0) out(buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

static const char *base(const char *f) {
    const char *s = strrchr(f, '/');
    return s ? s + 1 : f;
}

/* "pipe.g:10" for a return address, "" if unknown. */
static const char *where(uintptr_t pc, char *buf, size_t n) {
    const char *file = NULL;
    uint64_t line = pc ? tb_pcline(pc, &file) : 0;
    if (!line || !file) return "";
    snprintf(buf, n, "%s:%llu", base(file), (unsigned long long)line);
    return buf;
}

/* ---- the line a goroutine is blocked at: its traceback's first frame ---- */

static char tbbuf[2048];
static size_t tblen;
static void tbput(const char *s, size_t n) {
    if (tblen + n >= sizeof tbbuf) n = sizeof tbbuf - 1 - tblen;
    memcpy(tbbuf + tblen, s, n);
    tblen += n;
}

/* The first frame "main.worker(...)\n\t/dir/pipe.g:21 +0x4f" becomes
 * "pipe.g:21"; fn gets "main.worker". */
static const char *blockedat(G *gp, char *buf, size_t n, char *fn, size_t fnn) {
    tblen = 0;
    traceback_parked(gp, tbput);
    tbbuf[tblen] = 0;
    *buf = *fn = 0;
    char *tab = strstr(tbbuf, "\n\t");
    if (!tab) return buf;
    size_t k = (size_t)(tab - tbbuf);
    char *paren = memchr(tbbuf, '(', k);
    if (paren) k = (size_t)(paren - tbbuf);
    snprintf(fn, fnn, "%.*s", (int)k, tbbuf);
    char *f = tab + 2, *end = strpbrk(f, " \n");
    if (end) *end = 0;
    snprintf(buf, n, "%s", base(f));
    return buf;
}

/* ---- what a goroutine waits on ---------------------------------------- */

static void waits_on(Stuck *s) {
    G *gp = s->g;
    const char *why = gp->waitreason ? gp->waitreason : "";
    if (!strcmp(why, "chan send") || !strcmp(why, "chan receive")) {
        if (gp->tracechan) s->on[s->non++] = gp->tracechan;
    } else if (!strcmp(why, "select")) {
        for (Sudog *sg = gp->waiting; sg && s->non < MAXW; sg = sg->waitlink) {
            bool seen = false;
            for (int i = 0; i < s->non; i++) seen |= s->on[i] == sg->c;
            if (!seen && sg->c) s->on[s->non++] = sg->c;
        }
    }
}

/* ---- who else holds a channel: a one-level conservative scan ---------- */

static bool obj_has(const uintptr_t *w, size_t nw, gort_chan *c) {
    for (size_t i = 0; i < nw; i++)
        if (w[i] == (uintptr_t)c) return true;
    return false;
}

/* Does some word of [lo, hi) hold c, directly or through one heap object? */
static bool range_holds(uintptr_t lo, uintptr_t hi, gort_chan *c) {
    for (const uintptr_t *w = (const uintptr_t *)(lo & ~(uintptr_t)7); (uintptr_t)w + 8 <= hi; w++) {
        uintptr_t v = *w;
        if (v == (uintptr_t)c) return true;
        if (v < 4096) continue;
        void *b = GC_base((void *)v);
        if (!b || b == (void *)c) continue;
        size_t sz = GC_size(b);
        if (sz > 4096) sz = 4096;
        if (obj_has(b, sz / sizeof(uintptr_t), c)) return true;
    }
    return false;
}

/* Every segment of gp's stack, from its saved sp up. */
static bool stack_holds(G *gp, gort_chan *c) {
    uintptr_t sp = (uintptr_t)gp->sched.sp;
    for (Seg *s = gp->stk; s; s = s->prev) {
        uintptr_t lo = (uintptr_t)(s + 1), hi = seg_top(s);
        if (sp >= lo && sp < hi) lo = sp;
        if (range_holds(lo, hi, c)) return true;
        sp = s->prev ? s->sp : 0;
    }
    return false;
}

/* ---- the explanation ---------------------------------------------------- */

static void describe_chan(gort_chan *c) {
    char at[300];
    const char *w = where(c->makepc, at, sizeof at);
    uint64_t q = atomic_load_explicit(&c->qcount, memory_order_relaxed);
    bool closed = atomic_load_explicit(&c->closed, memory_order_relaxed);
    if (*w) printf_("the channel made at %s", w);
    else puts_("a channel");
    if (c->dataqsiz == 0) printf_(" (unbuffered, %s)", closed ? "closed" : "open");
    else printf_(" (capacity %llu, %s, %s)", (unsigned long long)c->dataqsiz,
                 q == 0 ? "empty" : q == c->dataqsiz ? "full" : "partly full", closed ? "closed" : "open");
}

static void goname(G *gp) {
    char at[300], fn[300], bl[300];
    const char *name = trace_startname(gp->startfn);
    blockedat(gp, bl, sizeof bl, fn, sizeof fn);
    if (gp->goid == 1) name = "main.main";
    if (!name && *fn) name = fn;
    const char *w = where(gp->gopc, at, sizeof at);
    printf_("goroutine %lld", (long long)gp->goid);
    if (name && *w) printf_(" (%s, created at %s)", name, w);
    else if (name) printf_(" (%s)", name);
    else if (*w) printf_(" (created at %s)", w);
    if (*bl) printf_(" is blocked at %s", bl);
    else puts_(" is blocked");
}

static void explain_one(Stuck *s) {
    G *gp = s->g;
    const char *why = gp->waitreason ? gp->waitreason : "waiting";
    puts_("  ");
    goname(gp);
    puts_("\n    ");
    if (!strcmp(why, "chan send")) puts_("sending on ");
    else if (!strcmp(why, "chan receive")) puts_("receiving from ");
    else if (!strcmp(why, "select") && s->non) puts_("in a select on ");
    if (s->non) {
        for (int i = 0; i < s->non; i++) {
            if (i) puts_(i + 1 == s->non ? " and " : ", ");
            describe_chan(s->on[i]);
        }
        puts_(".\n    ");
    } else if (!strncmp(why, "select", 6)) {
        puts_("in a select with no cases (or only nil channels): it never goes on.\n");
        return;
    } else if (!strncmp(why, "chan", 4)) {
        printf_("%s a nil channel, which blocks forever.\n", strstr(why, "send") ? "sending on" : "receiving from");
        return;
    } else if (!strcmp(why, "semacquire") || !strncmp(why, "sync.", 5)) {
        printf_("in %s; every goroutine is blocked, so no one is left to %s.\n",
                gp->tracewhat ? gp->tracewhat : why,
                gp->tracewhat && strstr(gp->tracewhat, "WaitGroup") ? "call Done"
                : gp->tracewhat && strstr(gp->tracewhat, "Cond") ? "call Signal or Broadcast"
                                                                  : "unlock it");
        return;
    } else {
        printf_("waiting (%s); every goroutine is blocked, so nothing can wake it.\n", why);
        return;
    }
    if (s->npeers) {
        for (int i = 0; i < s->npeers; i++)
            printf_("%soroutine %lld", i == 0 ? "G" : i + 1 == s->npeers ? " and g" : ", g",
                    (long long)stuck[s->peers[i]].g->goid);
        printf_(" %s blocked the same way on it.\n    ", s->npeers == 1 ? "is" : "are");
    }
    if (!s->nholders) {
        const char *nobody = s->npeers ? "Nobody else has this channel" : "No other goroutine has this channel";
        if (!strcmp(why, "chan send")) printf_("%s, so no one can ever receive from it.\n", nobody);
        else if (!strcmp(why, "chan receive")) printf_("%s, so no one can ever send on it or close it.\n", nobody);
        else puts_("No other goroutine has these channels, so no case can ever proceed.\n");
        return;
    }
    for (int i = 0; i < s->nholders; i++) {
        printf_("%soroutine %lld", i == 0 ? "G" : i + 1 == s->nholders ? " and g" : ", g",
                (long long)stuck[s->holders[i]].g->goid);
    }
    printf_(" also %s %s, but %s blocked too.\n", s->nholders == 1 ? "holds" : "hold",
            s->non == 1 ? "this channel" : "these channels", s->nholders == 1 ? "it is" : "they are");
}

/* A ring in the holds-and-waits graph, by depth-first search. */
static int color[MAXG], parent[MAXG];
static int ring_from, ring_to;
static bool dfs(int u) {
    color[u] = 1;
    for (int i = 0; i < stuck[u].nholders; i++) {
        int v = stuck[u].holders[i];
        if (color[v] == 1) {
            ring_from = v;
            ring_to = u;
            return true;
        }
        if (color[v] == 0) {
            parent[v] = u;
            if (dfs(v)) return true;
        }
    }
    color[u] = 2;
    return false;
}

static void explain_cycle(void) {
    memset(color, 0, sizeof color);
    for (int u = 0; u < nstuck; u++) {
        if (color[u] || !dfs(u)) continue;
        int path[MAXG], n = 0;
        for (int v = ring_to; n < MAXG; v = parent[v]) {
            path[n++] = v;
            if (v == ring_from) break;
        }
        /* path runs backwards from ring_to to ring_from; u waits for holders */
        puts_("  Cycle: ");
        for (int i = n - 1; i >= 0; i--)
            printf_("%sgoroutine %lld", i == n - 1 ? "" : i == n - 2 ? " waits for " : ", which waits for ",
                    (long long)stuck[path[i]].g->goid);
        printf_(", which waits for goroutine %lld.\n", (long long)stuck[path[n - 1]].g->goid);
        return;
    }
}

/* Do a and b wait for the same thing: one channel, the same way? */
static bool samewait(Stuck *a, Stuck *b) {
    return a->non == 1 && b->non == 1 && a->on[0] == b->on[0] && a->g->waitreason && b->g->waitreason &&
           !strcmp(a->g->waitreason, b->g->waitreason);
}

/* The blocked goroutines other than `self` into stuck[], by goid, with who
 * holds what each waits on. */
static void gather(G *self) {
    nstuck = 0;
    nmore = 0;
    for (int pass = 0; pass < 2; pass++)
        for (G *gp = __atomic_load_n(&sched.allg, __ATOMIC_ACQUIRE); gp; gp = gp->alllink) {
            if (gp == self || gp->goid <= 0 ||
                atomic_load_explicit(&gp->status, memory_order_relaxed) != Gwaiting)
                continue;
            if ((gp->goid == 1) != (pass == 0)) continue;
            if (nstuck == MAXG) {
                nmore++;
                continue;
            }
            memset(&stuck[nstuck], 0, sizeof(Stuck));
            stuck[nstuck].g = gp;
            waits_on(&stuck[nstuck]);
            nstuck++;
        }
    for (int i = 1; i < nstuck; i++) /* by goid */
        for (int j = i; j > 0 && stuck[j].g->goid < stuck[j - 1].g->goid; j--) {
            Stuck t = stuck[j];
            stuck[j] = stuck[j - 1];
            stuck[j - 1] = t;
        }
    for (int i = 0; i < nstuck; i++)
        for (int j = 0; j < nstuck; j++) {
            if (i == j) continue;
            if (samewait(&stuck[i], &stuck[j])) {
                /* waiting for the same thing: a peer, not a possible waker */
                stuck[i].peers[stuck[i].npeers++] = j;
                continue;
            }
            bool holds = false;
            for (int k = 0; k < stuck[i].non && !holds; k++) holds = stack_holds(stuck[j].g, stuck[i].on[k]);
            if (holds) stuck[i].holders[stuck[i].nholders++] = j;
        }
}

static bool stuck_alloc(void) {
    if (stuck) return true;
    void *p = mmap(NULL, sizeof(Stuck) * MAXG, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) return false;
    stuck = p;
    return true;
}

void explain_deadlock(void (*put)(const char *, size_t)) {
    out = put;
    if (!stuck_alloc()) return;
    gather(NULL);
    if (!nstuck) return;
    puts_("\ngocc: why no goroutine can go on:\n");
    for (int i = 0; i < nstuck; i++) explain_one(&stuck[i]);
    if (nmore) printf_("  ... and %d more blocked goroutines.\n", nmore);
    explain_cycle();
}

/* ---- leaks: what main left behind --------------------------------------- */

bool explain_leaks_on;

static void put_stderr(const char *s, size_t n) {
    while (n > 0) {
        ssize_t w = write(2, s, n);
        if (w <= 0) return;
        s += w;
        n -= (size_t)w;
    }
}

/* Quiet: no goroutine but the caller runs, can run or is in a system call,
 * and no timer is pending, so nothing but the caller can ever wake a
 * blocked one.  With sched.lock held, no M schedules anything while the
 * report reads the blocked goroutines' stacks (an idle M only takes
 * sched.lock on its way to a G, and there is none). */
static bool quiet(G *self, int *running) {
    *running = 0;
    for (G *gp = __atomic_load_n(&sched.allg, __ATOMIC_ACQUIRE); gp; gp = gp->alllink) {
        uint32_t st = atomic_load_explicit(&gp->status, memory_order_relaxed);
        if (gp == self || gp->goid <= 0 || st == Gdead || st == Gidle || st == Gwaiting) continue;
        (*running)++;
    }
    return *running == 0 && sched.runqsize == 0 && timers_earliest() < 0;
}

typedef struct { G *self; bool done; int running; } LeakArg;

static void leaks_sys(void *arg) {
    LeakArg *a = arg;
    out = put_stderr;
    lock(&sched.lock);
    if (quiet(a->self, &a->running) && stuck_alloc()) {
        a->done = true;
        gather(a->self);
        if (nstuck) {
            printf_("\ngocc: main returned and left %d goroutine%s blocked forever (leaked):\n",
                    nstuck + nmore, nstuck + nmore == 1 ? "" : "s");
            for (int i = 0; i < nstuck; i++) explain_one(&stuck[i]);
            if (nmore) printf_("  ... and %d more blocked goroutines.\n", nmore);
            explain_cycle();
        }
    }
    unlock(&sched.lock);
}

/* The compiler does not call this; goroutine 1 does (sched.c), after
 * main.main returned, before the process ends.  Other goroutines may still
 * be finishing (a send main's return raced with): wait up to 2 s for
 * the program to go quiet, then report, or say why not. */
void explain_leaks(void) {
    LeakArg a = {getg(), false, 0};
    for (int i = 0; i < 2000 && !a.done; i++) {
        gort_systemstack(leaks_sys, &a);
        if (!a.done) gort_sleep(1000000);
    }
    if (!a.done) {
        out = put_stderr;
        printf_("\ngocc: leaks not checked: %d goroutine%s still running, runnable, in a system call "
                "or waiting on a timer when main returned\n", a.running, a.running == 1 ? " was" : "s were");
    }
}

