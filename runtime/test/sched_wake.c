/* sched_wake: at GOMAXPROCS=2, a goroutine readied by a channel send runs on
 * the idle P while its waker keeps running, even though the wake-up was
 * deferred (sched.c, "Deferred wake-up").  The waker here spins in C with
 * no back-edge check, so it never yields its own P: the readied goroutine
 * can only run if the deferred wake-up is served, by the waker's next
 * function call (second case) or by sysmon (first case). */
#include "rtest.h"

static volatile int64_t ran;

RTEST_SPLIT_LEAF(leaf, 32)

static void receiver(void *p) {
    gort_chan *c = *(gort_chan **)p;
    int64_t v = 0;
    gort_chanrecv(c, &v);
    __atomic_store_n(&ran, v, __ATOMIC_RELEASE);
}

/* Ready a parked receiver, then spin (calling leaf or not) until it ran. */
static const char *ready_and_spin(int64_t v, bool calls) {
    gort_chan *c = gort_makechan(sizeof(int64_t), 0);
    gort_go(receiver, &c, sizeof c);
    gort_sleep(20 * MS); /* the receiver parks in gort_chanrecv */
    gort_chansend(c, &v);
    int64_t deadline = gort_nanotime() + 5000 * MS;
    while (__atomic_load_n(&ran, __ATOMIC_ACQUIRE) != v) {
        if (calls) leaf(v);
        if (gort_nanotime() > deadline) return "NO";
    }
    return "yes";
}

static void entry(void) {
    CHECK(gort_gomaxprocs(0) == 2);
    gort_printf("ran while its waker spun without calls: %s\n", ready_and_spin(1, false));
    gort_printf("ran while its waker spun making calls: %s\n", ready_and_spin(2, true));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
