/* sched_preempt: at GOMAXPROCS=1, a goroutine spinning in a loop without
 * calls (only the back-edge check the compiler puts on every loop) and one
 * spinning in a loop that only calls a function (only the prologue's stack
 * check) do not starve main: sysmon asks them to yield after 10 ms. */
#include "rtest.h"

static volatile int64_t stop1, stop2;
static volatile int64_t spins;

RTEST_SPLIT_LEAF(leaf, 32)

static void backedge_spinner(void *p) {
    gort_chan *done = *(gort_chan **)p;
    while (!stop1) {
        spins++;
        GORT_BACKEDGE(); /* what the compiler emits on the loop's back edge */
    }
    gort_chansend(done, NULL);
}

static void prologue_spinner(void *p) {
    gort_chan *done = *(gort_chan **)p;
    /* No back-edge check here: only the callee's entry stub. */
    for (int64_t i = 0; !stop2; i++) leaf(i);
    gort_chansend(done, NULL);
}

static void entry(void) {
    CHECK(gort_gomaxprocs(0) == 1);
    gort_chan *done = gort_makechan(0, 0);
    gort_go(backedge_spinner, &done, sizeof done);
    gort_sleep(30 * MS); /* runs only if the spinner yields */
    stop1 = 1;
    gort_chanrecv(done, NULL);
    gort_printf("back-edge spinner yielded: %s\n", spins > 0 ? "yes" : "NO");

    gort_go(prologue_spinner, &done, sizeof done);
    gort_gosched();      /* let it start */
    int64_t t0 = gort_nanotime();
    gort_gosched();      /* comes back only if the spinner yields */
    int64_t waited = gort_nanotime() - t0;
    stop2 = 1;
    gort_chanrecv(done, NULL);
    gort_printf("prologue spinner yielded: %s\n", waited < 1000 * MS ? "yes" : "NO");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
