/*
 * stack.c — segmented goroutine stacks.
 *
 * A goroutine's stack is a chain of segments (internal.h, struct Seg).  It
 * starts with one STACK_MIN (1.5 KB) segment and grows when the entry stub
 * of a generated function finds that the body's frame would reach below
 * `gort_tls.stackguard`: gort_morestack() takes a segment of the next
 * power of two at least twice the size of the current one (4 KB after the
 * first; capped at 1 MB, larger only for a frame that needs it),
 * moves the stack pointer to its top, runs the function there, and moves
 * back when it returns.  Nothing is ever copied and no pointer into a stack
 * ever changes, which is what lets C code (the runtime, and the compiler's
 * generated C) keep pointers to stack variables: the reason gocc uses
 * segments where Go, whose compiler knows every pointer, copies.
 *
 * Why Go left segmented stacks (Go 1.3): the "hot split".  A function that
 * calls another in a loop exactly at a segment boundary allocated and freed
 * a segment on every call.  We keep the segment just left cached on the G
 * (G.stkcache): the next crossing reuses it with no allocation, so a hot
 * split costs a few pointer moves and one extra stack switch, not a malloc.
 * Only when the cache is too small for the new frame is a segment freed and
 * a larger one taken.
 *
 * Shrinking: a goroutine that grew deep and came back keeps at most that
 * one cached segment.  When it next parks (gopark) without having used the
 * cache since the previous park, the cache goes back to the pool (see
 * stack_trim, called from gopark), so an idle goroutine holds only the
 * segments its live frames occupy.
 *
 * Allocation: STACK_MIN segments come from a per-P free list (no lock, no
 * system call: spawning a goroutine takes one from there), refilled in
 * batches from a global pool that carves them out of 256 KB mmap chunks.
 * Larger segments (4 KB .. 1 MB) live in global per-size free lists under
 * stackpool.lock; beyond a retention budget they go back to the kernel.
 * Segments are never handed to the garbage collector's heap: goroutine
 * stacks are scanned precisely from their stack pointers (gc.c).
 *
 * The 1 GB limit (Go's default max stack): G.stktotal counts the bytes of
 * every segment in the chain; a growth that would pass STACK_LIMIT ends
 * the program with Go's message.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define NCLASS 21            /* free[0]: STACK_MIN; free[k]: 2^k bytes, up to 1M */
#define CHUNK (256 * 1024)
#define PCACHE_MAX 64        /* STACK_MIN segments kept per P */
#define RETAIN_BYTES (64u << 20) /* larger segments kept for reuse */

typedef struct FreeSeg {
    struct FreeSeg *next;
} FreeSeg;

static struct {
    Lock lock;
    FreeSeg *free[NCLASS];
    size_t retained;         /* bytes in free[1..] */
} stackpool;

#ifdef GORT_ASAN
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
/* Frames abandoned by a jump (recovery, goroutine exit) leave their
 * redzones poisoned; a reused segment starts clean. */
void stack_unpoison(void *p, size_t size) { __asan_unpoison_memory_region(p, size); }
#endif

/* Segments other than STACK_MIN are powers of two: their class is the
 * exponent (never 0, as sizes are at least 2 KB). */
static int sizeclass(size_t size) { return __builtin_ctzl(size); }

static void *sysalloc(size_t size, int flags) {
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | flags, -1, 0);
    if (p == MAP_FAILED) fatal("out of memory allocating stack");
    return p;
}

/* Global pool, lock held: a STACK_MIN segment, carving a new chunk if the
 * list is empty. */
static FreeSeg *pool_get_min(void) {
    FreeSeg *f = stackpool.free[0];
    if (!f) {
        /* Every segment of a chunk is about to be written (the free
         * list runs through them), so have the kernel fault the chunk in
         * at once: one system call instead of 64 page faults, which perf
         * showed as 19% of skynet on the store below. */
        char *chunk = sysalloc(CHUNK, MAP_POPULATE);
        for (size_t off = CHUNK / STACK_MIN * STACK_MIN; off > 0; off -= STACK_MIN) {
            FreeSeg *n = (FreeSeg *)(chunk + off - STACK_MIN);
            n->next = f;
            f = n;
        }
    }
    stackpool.free[0] = f->next;
    return f;
}

Seg *stackalloc(size_t size) {
    Seg *s;
    if (size == STACK_MIN) {
        P *pp = curm ? curm->p : NULL;
        if (pp && pp->stkfree) {
            s = pp->stkfree;
            pp->stkfree = s->prev;
            pp->stkfreecnt--;
        } else {
            lock(&stackpool.lock);
            s = (Seg *)pool_get_min();
            /* Refill half the P's cache while we hold the lock. */
            if (pp) {
                while (pp->stkfreecnt < PCACHE_MAX / 2) {
                    Seg *t = (Seg *)pool_get_min();
                    t->prev = pp->stkfree;
                    pp->stkfree = t;
                    pp->stkfreecnt++;
                }
            }
            unlock(&stackpool.lock);
        }
    } else if (size <= STACK_SEG_MAX) {
        int c = sizeclass(size);
        lock(&stackpool.lock);
        FreeSeg *f = stackpool.free[c];
        if (f) {
            stackpool.free[c] = f->next;
            stackpool.retained -= size;
        }
        unlock(&stackpool.lock);
        s = f ? (Seg *)f : sysalloc(size, 0);
    } else {
        s = sysalloc(size, 0);
    }
    stack_unpoison(s, size);
    TRACE(trace_segment());
    s->prev = NULL;
    s->size = size;
    s->sp = 0;
    return s;
}

void stackfree(Seg *s) {
    size_t size = s->size;
    if (size == STACK_MIN) {
        P *pp = curm ? curm->p : NULL;
        if (pp && pp->stkfreecnt < PCACHE_MAX) {
            s->prev = pp->stkfree;
            pp->stkfree = s;
            pp->stkfreecnt++;
            return;
        }
        lock(&stackpool.lock);
        ((FreeSeg *)s)->next = stackpool.free[0];
        stackpool.free[0] = (FreeSeg *)s;
        unlock(&stackpool.lock);
        return;
    }
    if (size <= STACK_SEG_MAX) {
        lock(&stackpool.lock);
        if (stackpool.retained + size <= RETAIN_BYTES) {
            int c = sizeclass(size);
            ((FreeSeg *)s)->next = stackpool.free[c];
            stackpool.free[c] = (FreeSeg *)s;
            stackpool.retained += size;
            unlock(&stackpool.lock);
            return;
        }
        unlock(&stackpool.lock);
    }
    munmap(s, size);
}

/* Drop the cached segment if it was not used since the last park. */
void stack_trim(G *gp) {
    Seg *c = gp->stkcache;
    if (c && gp->stkcache_used == 0) {
        gp->stkcache = NULL;
        gp->stktotal -= c->size;
        stackfree(c);
    }
    gp->stkcache_used = 0;
}

static void __attribute__((noinline, noreturn)) stackoverflow(void) {
    rt_printf("runtime: goroutine stack exceeds %d-byte limit\n", STACK_LIMIT);
    fatal("stack overflow");
}

/* Bytes a segment needs beyond a frame: its header, the reserve, slack. */
#define SEG_OVERHEAD (sizeof(Seg) + GORT_STACK_RESERVE + 256)

/* Of two segments competing for gp's cache, keep the larger. */
static Seg *keeplarger(G *gp, Seg *s) {
    Seg *drop = gp->stkcache;
    if (drop->size > s->size) {
        drop = s;
        s = gp->stkcache;
    }
    gp->stktotal -= drop->size;
    stackfree(drop);
    return s;
}

/* Run thunk(args) on segment s, linked as the newest of gp's chain, then
 * come back; s becomes gp's cached segment.  Order matters for the
 * collector (gc.c): the old segment's sp is recorded before s becomes the
 * newest.  After the call we are on the old segment, perhaps on another
 * thread, but still the same goroutine: gp, old and the guards need no
 * reloading (a chain of dependent loads there was most of a crossing). */
static inline __attribute__((always_inline)) void runon(G *gp, Seg *s, void (*thunk)(void *),
                                                       void *args) {
    Seg *old = gp->stk;
    uintptr_t oldguard = gp->stackguard, guard = seg_guard(s);
    old->sp = gort_sp();
    s->prev = old;
    gp->stk = s;
    gp->stackguard = guard;
    gort_tls.stackguard = guard;

    stackcall(thunk, args, (void *)(seg_top(s) & ~(uintptr_t)15), NULL, (uintptr_t)(s + 1),
              seg_top(s));

    gp->stk = old;
    gp->stackguard = oldguard;
    if (gort_tls.stackguard != GORT_STACK_PREEMPT) gort_tls.stackguard = oldguard;
    s->prev = NULL;
    if (GORT_UNLIKELY(gp->stkcache != NULL)) s = keeplarger(gp, s);
    gp->stkcache = s;
}

/* Everything but the hot split: a pending preemption, the first crossing,
 * a cache too small for the frame, the limit. */
static void __attribute__((noinline)) morestack_slow(void (*thunk)(void *), void *args,
                                                     size_t frame) {
    M *mp = curm;
    G *gp = mp->curg;

    /* A preemption request looks like a failed stack check. */
    if (gort_tls.preempt || gort_tls.stackguard == GORT_STACK_PREEMPT) {
        gort_preempt_park();
        if (gort_sp() - frame >= gort_tls.stackguard) {
            thunk(args);
            return;
        }
        mp = curm;
        gp = mp->curg;
    }
    if (gp == mp->g0) fatal("morestack on g0");

    size_t need = frame + SEG_OVERHEAD;
    size_t size = gp->stk->size < STACK_SEG_MAX ? pow2ceil(gp->stk->size * 2) : STACK_SEG_MAX;
    while (size < need) size <<= 1;

    Seg *s = gp->stkcache;
    if (s && s->size >= need) {
        gp->stkcache = NULL;
        gp->stkcache_used++;
    } else {
        if (s) {
            gp->stkcache = NULL;
            gp->stktotal -= s->size;
            stackfree(s);
        }
        if (gp->stktotal + size > STACK_LIMIT) stackoverflow();
        s = stackalloc(size);
        gp->stktotal += s->size;
        TRACE(trace_stackgrow(gp, gp->stk->size, s->size));
    }
    runon(gp, s, thunk, args);
}

/*
 * The growth path of every function's entry stub.  The fast path is the
 * hot split: the segment left last time is cached and big enough, and no
 * preemption is pending (a request replaces the thread's guard, so the
 * guard still equal to the goroutine's means none).
 */
void gort_morestack(void (*thunk)(void *), void *args, size_t frame) {
    G *gp = curm->curg;
    Seg *s = gp->stkcache;
    if (GORT_LIKELY(s && s->size >= frame + SEG_OVERHEAD &&
                    gort_tls.stackguard == gp->stackguard)) {
        gp->stkcache = NULL;
        gp->stkcache_used++;
        runon(gp, s, thunk, args);
        return;
    }
    morestack_slow(thunk, args, frame);
}

#ifdef GORT_ASAN
/* AddressSanitizer keeps the bounds of the current stack: tell it about
 * each change (its fiber API), on both sides of the switch. */
void __sanitizer_start_switch_fiber(void **fake_stack_save, const void *bottom, size_t size);
void __sanitizer_finish_switch_fiber(void *fake_stack_save, const void **bottom_old,
                                     size_t *size_old);

typedef struct SanCall {
    void (*fn)(void *);
    void *arg;
    const void *oldlo;
    size_t oldsize;
} SanCall;

static void sancall(void *p) {
    SanCall *c = p;
    __sanitizer_finish_switch_fiber(NULL, &c->oldlo, &c->oldsize);
    c->fn(c->arg);
    __sanitizer_start_switch_fiber(NULL, c->oldlo, c->oldsize);
}

void stackcall(void (*fn)(void *), void *arg, void *sp, void **save, uintptr_t lo, uintptr_t hi) {
    SanCall c = {fn, arg, NULL, 0};
    void *fake = NULL;
    __sanitizer_start_switch_fiber(&fake, (void *)lo, hi - lo);
    gort_stackcall(sancall, &c, sp, save);
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
}
#endif

void stack_unwind(G *gp, Seg *to, uintptr_t guard) {
    while (gp->stk != to) {
        Seg *s = gp->stk;
        if (!s) fatal("stack_unwind: segment not in chain");
        gp->stk = s->prev;
        gp->stktotal -= s->size;
        stackfree(s);
    }
    gp->stackguard = guard;
    gort_tls.stackguard = guard;
}
