/* sched_api: runtime.GOMAXPROCS (the environment variable honoured, set
 * and restore), runtime.NumCPU, runtime.NumGoroutine, runtime.Gosched. */
#include "rtest.h"

static int64_t turns;
static void yielder(void *p) {
    gort_chan *done = *(gort_chan **)p;
    for (int i = 0; i < 1000; i++) {
        __atomic_fetch_add(&turns, 1, __ATOMIC_RELAXED);
        gort_gosched();
    }
    gort_chansend(done, NULL);
}

static void entry(void) {
    gort_printf("GOMAXPROCS from env: %ld\n", (long)gort_gomaxprocs(0));
    gort_printf("set 1, was %ld\n", (long)gort_gomaxprocs(1));
    gort_printf("now %ld\n", (long)gort_gomaxprocs(0));
    CHECK(gort_numcpu() >= 1);
    gort_printf("NumGoroutine: %ld\n", (long)gort_numgoroutine());
    gort_chan *done = gort_makechan(0, 10);
    for (int i = 0; i < 10; i++) gort_go(yielder, &done, sizeof done);
    gort_printf("NumGoroutine: %ld\n", (long)gort_numgoroutine());
    /* With one P, Gosched lets the other runnable goroutines take turns
     * (the exact interleaving depends on the global queue's fairness
     * check, in Go as here). */
    for (int i = 0; i < 100 && turns < 10; i++) gort_gosched();
    gort_printf("Gosched let all 10 run: %s\n", __atomic_load_n(&turns, __ATOMIC_RELAXED) >= 10 ? "yes" : "no");
    for (int i = 0; i < 10; i++) gort_chanrecv(done, NULL);
    gort_printf("turns %ld\n", (long)turns);
    gort_printf("set 3, was %ld\n", (long)gort_gomaxprocs(3));
    for (int i = 0; i < 10; i++) gort_go(yielder, &done, sizeof done);
    for (int i = 0; i < 10; i++) gort_chanrecv(done, NULL);
    gort_printf("turns %ld\n", (long)turns);
    /* The yielders may still be on their way out after their last send. */
    for (int i = 0; i < 1000 && gort_numgoroutine() > 1; i++) gort_sleep(1 * MS);
    gort_printf("NumGoroutine: %ld\n", (long)gort_numgoroutine());
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
