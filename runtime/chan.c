/*
 * chan.c — channels: make, send, receive, close, len, cap.
 *
 * A channel (struct gort_chan, declared in internal.h because select.c
 * shares it) is one heap object: a header followed by a ring buffer of
 * `dataqsiz` elements of `elemsize` bytes.  Unbuffered channels
 * (dataqsiz == 0) have no ring; zero-sized elements (struct{}) have a ring
 * of zero bytes and only count.  Two FIFO wait queues hold the goroutines
 * parked on the channel: recvq (receivers) and sendq (senders).  Each
 * waiting goroutine is represented by a Sudog that lives on its own stack
 * for the duration of the wait; its `elem` points at the value to send, or
 * at the place (also usually on that stack) where the received value goes.
 *
 * Invariants, all under c->lock:
 *
 *   - A sudog is live unless it belongs to a select that another case
 *     already won; dead sudogs may linger in a queue until their owner
 *     removes them or a dequeue drops them.
 *   - At least one of recvq and sendq holds no live sudog, except for a
 *     single select that sends and receives on the same channel (nobody
 *     can match a goroutine with itself).
 *   - Buffered: if qcount > 0 then recvq holds no live sudog (a receiver
 *     would have taken the value); if qcount < dataqsiz then sendq holds
 *     none (a sender would have used the slot).
 *   - Unbuffered: qcount == 0 always; a sender that finds a parked
 *     receiver copies its value straight into the receiver's elem (on the
 *     receiver's stack) and readies it, and vice versa.  Nothing goes
 *     through an intermediate buffer.
 *   - Once closed, no goroutine ever parks on the channel again: close
 *     woke every waiter, a send panics before it could queue, and a
 *     receive always completes (a buffered value, or the zero value).
 *
 * The four operations, as in Go:
 *
 *   send:  closed -> panic.  A parked receiver -> hand the value to it.
 *          Room in the buffer -> append.  Otherwise park on sendq.
 *   recv:  a parked sender -> unbuffered: take its value; buffered (the
 *          buffer must then be full): take the head of the buffer and move
 *          the sender's value into the freed tail slot, so FIFO order is
 *          kept.  Wake the sender.  Values in the buffer -> take the head.
 *          Closed -> zero value, ok = false.  Otherwise park on recvq.
 *   close: mark closed, dequeue every parked receiver (their elem is
 *          zeroed, success = false) and sender (success = false: it panics
 *          when it resumes), release the lock, then ready them all.
 *
 * Parking protocol (shared with select.c).  The parker fills in a Sudog,
 * enqueues it while holding c->lock, and calls gopark(gopark_unlock,
 * &c->lock, reason): the lock is released only after the goroutine's
 * context is saved, so a waker that finds the sudog can always goready
 * it.  The waker dequeues the sudog under the lock, copies the data, sets
 * sg->success (true: a real communication, false: woken by close), sets
 * gp->param = sg, and after releasing the lock calls goready(gp).  After
 * goready the waker must not touch the sudog again: the goroutine may
 * already be running and its stack frame gone.
 *
 * Select sudogs (isselect) sit in several queues at once.  The first waker
 * to win atomic_compare_exchange(&gp->selectdone, 0 -> 1) owns the select;
 * any other waker that dequeues one of its sudogs drops it and looks at the
 * next one.  The selecting goroutine removes its remaining sudogs itself
 * after it wakes (select.c).
 *
 * Lock order: a channel lock is the outermost runtime lock (internal.h).
 * Channel operations hold exactly one channel lock; only select holds
 * several, always in increasing address order.  goready() may be called
 * with channel locks held, but we release them first to shorten the
 * critical section.
 *
 * Stack use: these functions run on a goroutine's stack segment, in the
 * reserve below its guard (GORT_STACK_RESERVE bytes).  The fast paths keep
 * no Sudog in their frame; the blocking paths are separate, non-inlined
 * functions with one Sudog (64 bytes) each.  No operation allocates.
 */
#include "internal.h"

#include <string.h>

/* ------------------------------------------------------------------------ */
/* Element copies                                                           */
/* ------------------------------------------------------------------------ */

/* Copy one element.  Word-sized elements (the common int/pointer channel)
 * avoid the call to memcpy; size 0 (struct{}) copies nothing and never
 * passes a possibly-null pointer to memcpy. */
static inline void elemcopy(void *dst, const void *src, size_t n) {
    if (GORT_LIKELY(n == 8))
        memcpy(dst, src, 8);
    else if (n != 0)
        memcpy(dst, src, n);
}

static inline void elemclr(void *dst, size_t n) {
    if (GORT_LIKELY(n == 8))
        memset(dst, 0, 8);
    else if (n != 0)
        memset(dst, 0, n);
}

static inline void *chanbuf(gort_chan *c, uint64_t i) { return c->buf + i * c->elemsize; }

static inline uint64_t qcount(gort_chan *c) {
    return atomic_load_explicit(&c->qcount, memory_order_relaxed);
}
static inline void setqcount(gort_chan *c, uint64_t n) {
    atomic_store_explicit(&c->qcount, n, memory_order_relaxed);
}
static inline bool isclosed(gort_chan *c) {
    return atomic_load_explicit(&c->closed, memory_order_relaxed) != 0;
}

/* ------------------------------------------------------------------------ */
/* Wait queues                                                              */
/* ------------------------------------------------------------------------ */

void waitq_enqueue(WaitQ *q, Sudog *sg) {
    sg->next = NULL;
    sg->prev = q->last;
    if (q->last)
        q->last->next = sg;
    else
        q->first = sg;
    q->last = sg;
}

/* Pop the first sudog whose goroutine can still be woken.  A select's
 * sudog is only returned if we win its selectdone flag; otherwise another
 * case of that select already fired and the sudog is dropped here (its
 * owner's later waitq_remove finds it gone and does nothing).  A dequeued
 * sudog has next == prev == NULL. */
Sudog *waitq_dequeue(WaitQ *q) {
    for (;;) {
        Sudog *sg = q->first;
        if (sg == NULL) return NULL;
        Sudog *y = sg->next;
        if (y) {
            y->prev = NULL;
            q->first = y;
            sg->next = NULL;
        } else {
            q->first = q->last = NULL;
        }
        if (sg->isselect) {
            uint32_t zero = 0;
            if (!atomic_compare_exchange_strong(&sg->g->selectdone, &zero, 1)) continue;
        }
        return sg;
    }
}

/* Unlink sg if it is still queued on q (select cleanup).  A sudog that is
 * not queued has prev == NULL and is not q->first. */
void waitq_remove(WaitQ *q, Sudog *sg) {
    Sudog *x = sg->prev, *y = sg->next;
    if (x) {
        x->next = y;
        if (y)
            y->prev = x;
        else
            q->last = x;
    } else if (q->first == sg) {
        q->first = y;
        if (y)
            y->prev = NULL;
        else
            q->last = NULL;
    } else {
        return;
    }
    sg->next = sg->prev = NULL;
}

/* ------------------------------------------------------------------------ */
/* Pieces shared with select.c (caller holds c->lock)                       */
/* ------------------------------------------------------------------------ */

static inline G *handoff_send(gort_chan *c, Sudog *sg, const void *ep) {
    if (sg->elem) elemcopy(sg->elem, ep, c->elemsize);
    G *gp = sg->g;
    sg->success = true;
    gp->param = sg;
    return gp;
}

static inline G *handoff_recv(gort_chan *c, Sudog *sg, void *ep) {
    size_t sz = c->elemsize;
    if (c->dataqsiz == 0) {
        if (ep) elemcopy(ep, sg->elem, sz);
    } else {
        /* The buffer is full (a sender is parked).  Take the head and put
         * the sender's value in its place, which is now the tail. */
        void *slot = chanbuf(c, c->recvx);
        if (ep) elemcopy(ep, slot, sz);
        elemcopy(slot, sg->elem, sz);
        if (++c->recvx == c->dataqsiz) c->recvx = 0;
        c->sendx = c->recvx;
    }
    G *gp = sg->g;
    sg->success = true;
    gp->param = sg;
    return gp;
}

static inline void bufput(gort_chan *c, const void *ep) {
    elemcopy(chanbuf(c, c->sendx), ep, c->elemsize);
    if (++c->sendx == c->dataqsiz) c->sendx = 0;
    setqcount(c, qcount(c) + 1);
}

static inline void bufget(gort_chan *c, void *ep) {
    void *slot = chanbuf(c, c->recvx);
    if (ep) elemcopy(ep, slot, c->elemsize);
    elemclr(slot, c->elemsize); /* drop references for the collector */
    if (++c->recvx == c->dataqsiz) c->recvx = 0;
    setqcount(c, qcount(c) - 1);
}

G *chan_handoff_send(gort_chan *c, Sudog *sg, const void *ep) { return handoff_send(c, sg, ep); }
G *chan_handoff_recv(gort_chan *c, Sudog *sg, void *ep) { return handoff_recv(c, sg, ep); }
void chan_bufput(gort_chan *c, const void *ep) { bufput(c, ep); }
void chan_bufget(gort_chan *c, void *ep) { bufget(c, ep); }
void chan_zero(gort_chan *c, void *ep) {
    if (ep) elemclr(ep, c->elemsize);
}

/* ------------------------------------------------------------------------ */
/* Entry points                                                             */
/* ------------------------------------------------------------------------ */

/* Operations on a nil channel: park with nobody to wake us.  The
 * scheduler's deadlock detector reports it if nothing else can run. */
void chan_block_forever(const char *reason) {
    gopark(NULL, NULL, reason);
    gort_throw("unreachable: woke from a wait nobody can end");
}

void chan_panic_send_closed(void) { gort_panicstr(GORT_STR("send on closed channel")); }

/*
 * The compiler turns `make(chan T, size)` (and `make(chan T)`, size 0)
 * into a call to this.  One allocation holds the header and the ring.
 */
gort_chan *gort_makechan(size_t elemsize, int64_t size) {
    if (size < 0 || (elemsize != 0 && (uint64_t)size > ((uint64_t)1 << 40) / elemsize))
        gort_panicstr(GORT_STR("makechan: size out of range"));
    size_t bytes = elemsize * (size_t)size;
    gort_chan *c = gort_alloc(sizeof(gort_chan) + bytes);
    c->elemsize = elemsize;
    c->dataqsiz = (uint64_t)size;
    c->buf = (char *)(c + 1);
    c->makepc = (uintptr_t)__builtin_return_address(0);
    TRACE(trace_makechan(c, c->makepc));
    return c;
}

/* Park the current goroutine on q (c->sendq or c->recvq) until a partner
 * takes or fills *ep, or c is closed.  Called with c->lock held; returns
 * with it released.  Returns false if woken by close (which already
 * zeroed a receiver's *ep). */
static bool __attribute__((noinline)) chan_block(gort_chan *c, WaitQ *q, void *ep,
                                                 const char *reason) {
    G *gp = getg();
    Sudog sg;
    sg.g = gp;
    sg.elem = ep;
    sg.c = c;
    sg.isselect = false;
    sg.success = false;
    sg.waitlink = NULL;
    sg.caseidx = 0;
    gp->param = NULL;
    waitq_enqueue(q, &sg);
    gp->tracechan = c; /* for the deadlock explainer, tracing or not */
    gopark(gopark_unlock, &c->lock, reason);
    /* The partner (or close) dequeued us and set success before goready. */
    gp->param = NULL;
    return sg.success;
}

/*
 * The part of a send that never waits: panic if c is closed, hand the
 * value to a parked receiver, or append it to the buffer.  Called with
 * c->lock held; returns true, with the lock released, if it sent; false,
 * with the lock still held, if the send would have to wait.
 */
static inline bool send_nowait(gort_chan *c, const void *ep) {
    if (GORT_UNLIKELY(isclosed(c))) {
        unlock(&c->lock);
        chan_panic_send_closed();
    }
    Sudog *sg = waitq_dequeue(&c->recvq);
    if (sg) {
        G *gp = handoff_send(c, sg, ep);
        unlock(&c->lock);
        goready(gp);
        return true;
    }
    if (qcount(c) < c->dataqsiz) {
        bufput(c, ep);
        unlock(&c->lock);
        return true;
    }
    return false;
}

/*
 * The compiler turns `ch <- v` into a call to this, with elem pointing at
 * the evaluated v.  Blocks until a receiver takes the value (unbuffered) or
 * there is room in the buffer; panics if the channel is or becomes closed.
 */
void gort_chansend(gort_chan *c, const void *ep) {
    if (GORT_UNLIKELY(c == NULL)) chan_block_forever("chan send (nil chan)");
    lock(&c->lock);
    if (send_nowait(c, ep)) return;
    if (!chan_block(c, &c->sendq, (void *)ep, "chan send")) chan_panic_send_closed();
}

/*
 * The part of a receive that never waits: take a parked sender's value,
 * the head of the buffer, or (closed and drained) the zero value.  Called
 * with c->lock held; returns 1 (received) or 0 (closed: ok is false) with
 * the lock released, or -1 with the lock still held if it would wait.
 */
static inline int recv_nowait(gort_chan *c, void *ep) {
    Sudog *sg = waitq_dequeue(&c->sendq);
    if (sg) {
        G *gp = handoff_recv(c, sg, ep);
        unlock(&c->lock);
        goready(gp);
        return 1;
    }
    if (qcount(c) > 0) {
        bufget(c, ep);
        unlock(&c->lock);
        return 1;
    }
    if (isclosed(c)) {
        unlock(&c->lock);
        if (ep) elemclr(ep, c->elemsize);
        return 0;
    }
    return -1;
}

static inline bool chanrecv(gort_chan *c, void *ep) {
    if (GORT_UNLIKELY(c == NULL)) chan_block_forever("chan receive (nil chan)");
    lock(&c->lock);
    int r = recv_nowait(c, ep);
    if (r >= 0) return r;
    return chan_block(c, &c->recvq, ep, "chan receive");
}

/*
 * The compiler turns `v = <-ch` (and `<-ch` as a statement, with elem
 * NULL) into a call to this.  A closed, drained channel yields the zero
 * value.
 */
void gort_chanrecv(gort_chan *c, void *ep) { (void)chanrecv(c, ep); }

/* The compiler turns `v, ok = <-ch` and each iteration of `for v := range
 * ch` (which stops when ok is false) into a call to this. */
bool gort_chanrecv2(gort_chan *c, void *ep) { return chanrecv(c, ep); }

/*
 * The compiler turns `close(ch)` into a call to this.  Every parked
 * receiver gets the zero value and ok == false; every parked sender
 * panics "send on closed channel" when it resumes.
 */
void gort_closechan(gort_chan *c) {
    if (c == NULL) gort_panicstr(GORT_STR("close of nil channel"));
    lock(&c->lock);
    if (isclosed(c)) {
        unlock(&c->lock);
        gort_panicstr(GORT_STR("close of closed channel"));
    }
    atomic_store_explicit(&c->closed, 1, memory_order_relaxed);

    /* Collect the goroutines to wake, chained through their (dequeued,
     * hence free) next links; ready them only after the lock is gone. */
    Sudog *list = NULL, *sg;
    while ((sg = waitq_dequeue(&c->recvq)) != NULL) {
        if (sg->elem) elemclr(sg->elem, c->elemsize);
        sg->success = false;
        sg->g->param = sg;
        sg->next = list;
        list = sg;
    }
    while ((sg = waitq_dequeue(&c->sendq)) != NULL) {
        sg->success = false;
        sg->g->param = sg;
        sg->next = list;
        list = sg;
    }
    unlock(&c->lock);
    while (list) {
        sg = list;
        list = sg->next; /* read before goready: the sudog dies with it */
        goready(sg->g);
    }
}

/* The compiler turns `len(ch)` into a call to this (0 for a nil channel).
 * Like Go's, the answer is a snapshot taken without the lock. */
int64_t gort_chanlen(gort_chan *c) {
    if (c == NULL) return 0;
    return (int64_t)qcount(c);
}

/* The compiler turns `cap(ch)` into a call to this (0 for a nil channel). */
int64_t gort_chancap(gort_chan *c) {
    if (c == NULL) return 0;
    return (int64_t)c->dataqsiz;
}

/* ------------------------------------------------------------------------ */
/* Non-blocking operations                                                  */
/* ------------------------------------------------------------------------ */

/*
 * `select { case c <- v: ...; default: ... }`: send if it can be done
 * without blocking.  Returns false if it would block (or c is nil); panics
 * if c is closed.  Never parks and never looks at the current G, so the
 * timer code may call it from g0.
 */
bool chan_trysend(gort_chan *c, const void *ep) {
    if (c == NULL) return false;
    lock(&c->lock);
    if (send_nowait(c, ep)) return true;
    unlock(&c->lock);
    return false;
}

/*
 * `select { case v, ok := <-c: ...; default: ... }`: returns false if a
 * receive would block (or c is nil); otherwise receives into *ep (zero
 * value if closed), stores ok in *okp (if not NULL) and returns true.
 */
bool chan_tryrecv(gort_chan *c, void *ep, bool *okp) {
    if (c == NULL) return false;
    lock(&c->lock);
    int r = recv_nowait(c, ep);
    if (r < 0) {
        unlock(&c->lock);
        return false;
    }
    if (okp) *okp = r;
    return true;
}
