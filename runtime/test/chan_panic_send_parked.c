/*
 * chan_panic_send_parked: a goroutine parked sending on an unbuffered
 * channel is woken by close and panics "send on closed channel" (exit 2,
 * reported for that goroutine, not goroutine 1).  Main waits until the
 * sender has started and had time to park, closes, then sleeps; if the
 * sender did not panic, main wakes up, prints and exits 0, which fails.
 */
#include "rtest.h"

static int64_t started;

static void sender(void *p) {
    gort_chan *c = *(gort_chan **)p;
    int64_t v = 1;
    __atomic_store_n(&started, 1, __ATOMIC_SEQ_CST);
    gort_chansend(c, &v);
    gort_printf("after: the parked send returned\n");
}

static void entry(void) {
    gort_chan *c = gort_makechan(8, 0);
    gort_go(sender, &c, sizeof c);
    while (!__atomic_load_n(&started, __ATOMIC_SEQ_CST)) gort_gosched();
    gort_sleep(20 * MS);
    gort_printf("before\n");
    gort_closechan(c);
    gort_sleep(5000 * MS);
    gort_printf("after: nobody panicked\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
