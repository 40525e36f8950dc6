/*
 * select.c — the select statement.
 *
 * gort_select(cases, n, hasdefault, recvok) runs in three passes, as Go's
 * selectgo does:
 *
 *   0. Orders.  `pollorder` is a uniformly random permutation of the cases
 *      whose channel is not nil (an inside-out Fisher-Yates shuffle driven
 *      by fastrandn); a nil channel's case can never proceed and takes no
 *      further part.  `lockorder` is the same cases sorted by channel
 *      address.  Every channel is then locked in lockorder, skipping
 *      repeats (two cases may name the same channel).
 *
 *   1. Poll.  With every lock held, look at the cases in pollorder and do
 *      the first one that can proceed right now: a send to a parked
 *      receiver or into a buffer with room (a send to a closed channel
 *      panics), a receive from a parked sender, from a non-empty buffer,
 *      or from a closed channel (zero value, ok = false).  Polling in a
 *      random order is what makes the choice among ready cases uniformly
 *      random.  If nothing is ready and there is a default, unlock and
 *      return -1.
 *
 *   2. Park.  Enqueue one Sudog per case on its channel's sendq or recvq
 *      (isselect = true, caseidx = the case), chained in lockorder through
 *      g->waiting / sg->waitlink, clear g->selectdone, and gopark with an
 *      unlock function that releases every channel lock once the context
 *      is saved.  The first waker (a sender, receiver or close on any of
 *      the channels, in chan.c) to win the compare-and-swap of
 *      g->selectdone from 0 to 1 owns the select: it completes the
 *      communication through that case's sudog, stores the sudog in
 *      g->param and readies us.  Wakers that lose the CAS drop the sudog
 *      they dequeued and move on.
 *
 *   3. Clean up.  Relock every channel (in lockorder again), take the
 *      winning sudog from g->param, unlink all the others from their
 *      queues (a waker that lost the CAS may already have done so), unlock
 *      and return the winning case; a send case whose sudog was not a
 *      success was woken by close and panics.
 *
 * Lock order: channel locks are taken only in increasing address order,
 * and select is the only code that holds more than one, so two selects
 * (or a select and a plain channel operation) cannot deadlock.
 *
 * Why the unlock function may not touch anything after its last unlock:
 * once a channel is unlocked a waker may ready us, and we may run on
 * another thread while the unlock function is still finishing on this
 * one.  We cannot get past our relock (pass 3) until every lock has been
 * released, so the arrays it reads stay intact until then; after the last
 * unlock it reads nothing.
 *
 * Stack use.  select runs on the goroutine's stack reserve, so frames stay
 * small.  With up to SEL_SMALL cases the two order arrays (2 bytes per
 * case each) live in gort_select's frame and, only if we must park, the
 * sudogs come from a small per-thread cache of blocks (malloc'd on the
 * system stack, never collected, so they may sit in a thread-local free
 * list the collector cannot see; everything they point at is reachable
 * otherwise).  Bigger selects allocate their orders and sudogs in one
 * collected block per call.  The common case therefore allocates nothing.
 */
#include "internal.h"

#include <stdlib.h>

#define SEL_SMALL 8

/* ------------------------------------------------------------------------ */
/* Per-thread cache of sudog blocks for parking selects                     */
/* ------------------------------------------------------------------------ */

typedef struct SelBlock {
    struct SelBlock *next;
    Sudog sg[SEL_SMALL];
} SelBlock;

#define SELCACHE_MAX 16

/* Only the goroutine running on this thread touches these, outside any
 * park, so no lock is needed.  They are only accessed from the non-inlined
 * functions below: a goroutine may resume on another thread after gopark,
 * and the compiler must not reuse a thread-local address computed before
 * the switch. */
static __thread SelBlock *selcache;
static __thread int nselcache;

struct mallocarg {
    size_t size;
    void *p;
};
static void sys_malloc(void *arg) {
    struct mallocarg *a = arg;
    a->p = malloc(a->size);
}
static void sys_free(void *p) { free(p); }

static __attribute__((noinline)) Sudog *selblock_get(void) {
    SelBlock *b = selcache;
    if (GORT_LIKELY(b != NULL)) {
        selcache = b->next;
        nselcache--;
        return b->sg;
    }
    struct mallocarg a = {sizeof(SelBlock), NULL};
    gort_systemstack(sys_malloc, &a);
    if (a.p == NULL) gort_throw("select: out of memory");
    return ((SelBlock *)a.p)->sg;
}

static __attribute__((noinline)) void selblock_put(Sudog *sg) {
    SelBlock *b = (SelBlock *)((char *)sg - offsetof(SelBlock, sg));
    if (nselcache >= SELCACHE_MAX) {
        gort_systemstack(sys_free, b);
        return;
    }
    b->next = selcache;
    selcache = b;
    nselcache++;
}

/* ------------------------------------------------------------------------ */
/* Locking all the channels of a select                                     */
/* ------------------------------------------------------------------------ */

static void sellock(const gort_scase *cases, const uint16_t *lockorder, int norder) {
    gort_chan *last = NULL;
    for (int i = 0; i < norder; i++) {
        gort_chan *c = cases[lockorder[i]].c;
        if (c != last) {
            lock(&c->lock);
            last = c;
        }
    }
}

/* Release in reverse lockorder, each distinct channel once (at the first
 * of its run of equal entries).  After the final unlock (i == 0) nothing
 * is read: see the essay above. */
static void selunlock(const gort_scase *cases, const uint16_t *lockorder, int norder) {
    for (int i = norder - 1; i >= 0; i--) {
        gort_chan *c = cases[lockorder[i]].c;
        if (i > 0 && cases[lockorder[i - 1]].c == c) continue;
        unlock(&c->lock);
    }
}

typedef struct SelPark {
    const gort_scase *cases;
    const uint16_t *lockorder;
    int norder;
} SelPark;

/* gopark's unlock function: runs once our context is saved. */
static void selparkcommit(void *arg) {
    SelPark *sp = arg;
    selunlock(sp->cases, sp->lockorder, sp->norder);
}


/* ------------------------------------------------------------------------ */
/* Orders                                                                   */
/* ------------------------------------------------------------------------ */

static inline uintptr_t caddr(const gort_scase *cases, uint16_t k) {
    return (uintptr_t)cases[k].c;
}

static void siftdown(const gort_scase *cases, uint16_t *lo, int r, int end) {
    for (;;) {
        int ch = 2 * r + 1;
        if (ch >= end) return;
        if (ch + 1 < end && caddr(cases, lo[ch + 1]) > caddr(cases, lo[ch])) ch++;
        if (caddr(cases, lo[ch]) <= caddr(cases, lo[r])) return;
        uint16_t t = lo[r];
        lo[r] = lo[ch];
        lo[ch] = t;
        r = ch;
    }
}

/* Sort lockorder[0..n) by channel address: insertion sort for the usual
 * handful of cases, heapsort beyond that. */
static void sortlocks(const gort_scase *cases, uint16_t *lo, int n) {
    if (n <= SEL_SMALL) {
        for (int i = 1; i < n; i++) {
            uint16_t k = lo[i];
            uintptr_t a = caddr(cases, k);
            int j = i;
            while (j > 0 && caddr(cases, lo[j - 1]) > a) {
                lo[j] = lo[j - 1];
                j--;
            }
            lo[j] = k;
        }
        return;
    }
    /* Heapsort: build a max-heap, then move the max to the end. */
    for (int r = n / 2 - 1; r >= 0; r--) siftdown(cases, lo, r, n);
    for (int end = n - 1; end > 0; end--) {
        uint16_t t = lo[0];
        lo[0] = lo[end];
        lo[end] = t;
        siftdown(cases, lo, 0, end);
    }
}

/* ------------------------------------------------------------------------ */
/* Parking (pass 2 and 3)                                                   */
/* ------------------------------------------------------------------------ */

/* Called with every channel locked and no case ready.  sgs: norder
 * sudogs, or NULL to take a block from the cache.  Returns the case
 * index; stores ok for a receive. */
static int __attribute__((noinline)) selpark(const gort_scase *cases, const uint16_t *lockorder,
                                             int norder, Sudog *sgs, bool *okp) {
    G *gp = getg();
    bool cached = (sgs == NULL);
    if (cached) sgs = selblock_get();

    atomic_store(&gp->selectdone, 0);
    Sudog **link = &gp->waiting;
    for (int i = 0; i < norder; i++) {
        uint16_t k = lockorder[i];
        const gort_scase *cas = &cases[k];
        Sudog *sg = &sgs[i];
        sg->g = gp;
        sg->elem = cas->elem;
        sg->c = cas->c;
        sg->isselect = true;
        sg->success = false;
        sg->caseidx = k;
        *link = sg;
        link = &sg->waitlink;
        waitq_enqueue(cas->send ? &cas->c->sendq : &cas->c->recvq, sg);
    }
    *link = NULL;
    gp->param = NULL;

    SelPark sp = {cases, lockorder, norder};
    gopark(selparkcommit, &sp, "select");

    /* Woken: exactly one case fired (gp->param).  Unlink the rest. */
    sellock(cases, lockorder, norder);
    Sudog *win = gp->param;
    gp->param = NULL;
    if (win == NULL) gort_throw("select: woken without a case");
    for (Sudog *sg = gp->waiting; sg; sg = sg->waitlink) {
        if (sg == win) continue;
        const gort_scase *cas = &cases[sg->caseidx];
        waitq_remove(cas->send ? &cas->c->sendq : &cas->c->recvq, sg);
    }
    gp->waiting = NULL;
    int k = win->caseidx;
    bool success = win->success;
    selunlock(cases, lockorder, norder);
    if (cached) selblock_put(sgs);

    if (cases[k].send) {
        if (!success) chan_panic_send_closed();
        *okp = false;
    } else {
        *okp = success;
    }
    return k;
}

/* ------------------------------------------------------------------------ */
/* Poll (pass 0 and 1)                                                      */
/* ------------------------------------------------------------------------ */

static inline __attribute__((always_inline)) int selectgo(const gort_scase *cases, int n, bool block, bool *okp, uint16_t *pollorder,
                    uint16_t *lockorder, Sudog *sgs) {
    int norder = 0;
    for (int i = 0; i < n; i++) {
        if (cases[i].c == NULL) continue;
        uint32_t j = fastrandn((uint32_t)norder + 1);
        pollorder[norder] = pollorder[j];
        pollorder[j] = (uint16_t)i;
        norder++;
    }
    if (norder == 0) {
        if (!block) return -1;
        chan_block_forever("select");
    }
    for (int i = 0; i < norder; i++) lockorder[i] = pollorder[i];
    sortlocks(cases, lockorder, norder);

    sellock(cases, lockorder, norder);
    for (int i = 0; i < norder; i++) {
        int k = pollorder[i];
        const gort_scase *cas = &cases[k];
        gort_chan *c = cas->c;
        Sudog *sg;
        if (cas->send) {
            if (atomic_load_explicit(&c->closed, memory_order_relaxed)) {
                selunlock(cases, lockorder, norder);
                chan_panic_send_closed();
            }
            if ((sg = waitq_dequeue(&c->recvq)) != NULL) {
                G *gp = chan_handoff_send(c, sg, cas->elem);
                selunlock(cases, lockorder, norder);
                goready(gp);
            } else if (atomic_load_explicit(&c->qcount, memory_order_relaxed) < c->dataqsiz) {
                chan_bufput(c, cas->elem);
                selunlock(cases, lockorder, norder);
            } else {
                continue;
            }
            *okp = false;
            return k;
        } else {
            bool ok = true;
            if ((sg = waitq_dequeue(&c->sendq)) != NULL) {
                G *gp = chan_handoff_recv(c, sg, cas->elem);
                selunlock(cases, lockorder, norder);
                goready(gp);
            } else if (atomic_load_explicit(&c->qcount, memory_order_relaxed) > 0) {
                chan_bufget(c, cas->elem);
                selunlock(cases, lockorder, norder);
            } else if (atomic_load_explicit(&c->closed, memory_order_relaxed)) {
                selunlock(cases, lockorder, norder);
                chan_zero(c, cas->elem);
                ok = false;
            } else {
                continue;
            }
            *okp = ok;
            return k;
        }
    }
    if (!block) {
        selunlock(cases, lockorder, norder);
        return -1;
    }
    return selpark(cases, lockorder, norder, sgs, okp);
}

/* One case: exactly a channel operation, or its non-blocking form. */
static int select1(gort_scase *cas, bool hasdefault, bool *okp) {
    bool ok = false;
    int r = 0;
    if (cas->send) {
        if (hasdefault) {
            if (!chan_trysend(cas->c, cas->elem)) r = -1;
        } else {
            gort_chansend(cas->c, cas->elem);
        }
    } else {
        if (hasdefault) {
            if (!chan_tryrecv(cas->c, cas->elem, &ok)) r = -1;
        } else {
            ok = gort_chanrecv2(cas->c, cas->elem);
        }
    }
    if (okp) *okp = ok;
    return r;
}

/*
 * The compiler turns a `select` statement into a call to this, with an
 * array of its send and receive cases (`hasdefault` when it has a
 * `default:` clause), and then switches on the returned index (-1: the
 * default).  For the chosen receive case the value is already stored
 * through its elem and *recvok (if not NULL) is the `ok` of `v, ok :=
 * <-c`.  `select {}` is a call with no cases and no default: it blocks
 * forever.  A select with one case and no default behaves exactly as the
 * plain channel operation (so does Go's compiler).
 */
int gort_select(gort_scase *cases, int ncases, bool hasdefault, bool *recvok) {
    bool ok = false;
    int r;
    if (ncases <= 1) {
        if (ncases == 1) return select1(cases, hasdefault, recvok);
        if (hasdefault) {
            r = -1;
            goto out;
        }
        chan_block_forever("select (no cases)");
    }
    uint16_t small[2 * SEL_SMALL];
    uint16_t *pollorder = small, *lockorder = small + SEL_SMALL;
    Sudog *sgs = NULL;
    if (ncases > SEL_SMALL) {
        if (ncases > 65535) gort_throw("select: too many cases");
        size_t n = (size_t)ncases;
        sgs = gort_alloc(n * sizeof(Sudog) + 2 * n * sizeof(uint16_t));
        pollorder = (uint16_t *)(sgs + n);
        lockorder = pollorder + n;
    }
    r = selectgo(cases, ncases, !hasdefault, &ok, pollorder, lockorder, sgs);
out:
    if (recvok) *recvok = ok;
    return r;
}
