/*
 * lock_futex.c — the runtime's own locks and notes, on Linux futexes.
 *
 * These block the thread (M), not the goroutine: they guard short critical
 * sections inside the runtime (a channel's queues, the global run queue),
 * never a wait for another goroutine.  Goroutine-level blocking is
 * gopark/goready (sched.c).
 *
 * Lock states: 0 unlocked, 1 locked, 2 locked and someone may sleep on the
 * futex.  lock() spins a little (the holder runs on another core and
 * critical sections are a few dozen instructions), then marks the word 2
 * and sleeps; unlock() only makes the wake-up system call when it sees 2.
 * All of this runs on whatever stack the caller is on: the futex system
 * call uses no user stack to speak of.
 */
#include "internal.h"

#include <linux/futex.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

/* The futex system call, inline: no libc on goroutine stacks (a first
 * call through the PLT would run the dynamic linker's resolver, which
 * saves the whole vector state, ~2.5 KB with AVX-512, on the stack). */
static long futex(_Atomic uint32_t *addr, int op, uint32_t val, const struct timespec *ts) {
    register long r10 __asm__("r10") = (long)ts;
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "0"((long)SYS_futex), "D"(addr), "S"((long)(op | FUTEX_PRIVATE_FLAG)),
                       "d"((long)val), "r"(r10)
                     : "rcx", "r11", "memory");
    return ret;
}

static inline void cpu_relax(void) { __builtin_ia32_pause(); }

bool trylock(Lock *l) {
    uint32_t z = 0;
    return atomic_compare_exchange_strong_explicit(&l->key, &z, 1, memory_order_acquire,
                                                   memory_order_relaxed);
}

void lock(Lock *l) {
    uint32_t v = 0;
    if (GORT_LIKELY(atomic_compare_exchange_strong_explicit(&l->key, &v, 1, memory_order_acquire,
                                                            memory_order_relaxed)))
        return;
    for (int spin = 0; spin < 64; spin++) {
        if (atomic_load_explicit(&l->key, memory_order_relaxed) == 0) {
            v = 0;
            if (atomic_compare_exchange_weak_explicit(&l->key, &v, 1, memory_order_acquire,
                                                      memory_order_relaxed))
                return;
        }
        cpu_relax();
    }
    /* Slow path: announce a sleeper (2) and sleep while it stays locked. */
    while (atomic_exchange_explicit(&l->key, 2, memory_order_acquire) != 0)
        futex(&l->key, FUTEX_WAIT, 2, NULL);
}

void unlock(Lock *l) {
    if (atomic_exchange_explicit(&l->key, 0, memory_order_release) == 2)
        futex(&l->key, FUTEX_WAKE, 1, NULL);
}

/* Notes: key 0 = not signalled, 1 = signalled.  One sleeper, one waker. */
void noteclear(Note *n) { atomic_store_explicit(&n->key, 0, memory_order_relaxed); }

void notewakeup(Note *n) {
    if (atomic_exchange_explicit(&n->key, 1, memory_order_release) != 0)
        fatal("notewakeup: double wakeup");
    futex(&n->key, FUTEX_WAKE, 1, NULL);
}

void notesleep(Note *n) {
    while (atomic_load_explicit(&n->key, memory_order_acquire) == 0)
        futex(&n->key, FUTEX_WAIT, 0, NULL);
}

bool notetsleep(Note *n, int64_t ns) {
    if (ns < 0) {
        notesleep(n);
        return true;
    }
    int64_t deadline = gort_nanotime() + ns;
    while (atomic_load_explicit(&n->key, memory_order_acquire) == 0) {
        int64_t left = deadline - gort_nanotime();
        if (left <= 0) return false;
        struct timespec ts = {left / 1000000000, left % 1000000000};
        futex(&n->key, FUTEX_WAIT, 0, &ts);
    }
    return true;
}
