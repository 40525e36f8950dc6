/*
 * chan_wait_send: goroutine 1 blocks forever in `c <- 1` on a full buffer
 * nobody receives from; the deadlock report must name its wait reason
 * exactly as Go does.  Exit status 2.
 */
#include "rtest.h"

static void entry(void) {
    int64_t v = 1;
    (void)v;
    gort_printf("blocking\n");
    gort_chan *c = gort_makechan(8, 1);
    gort_chansend(c, &v);
    gort_chansend(c, &v);
    gort_printf("after: the wait ended\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
