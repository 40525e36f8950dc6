/*
 * chan_panic_send_closed: a send on a closed channel panics with Go's
 * message and exit status 2.  The channel is buffered and has room, so
 * only the closed check can stop the send.  Nothing after it may run.
 */
#include "rtest.h"

static void entry(void) {
    gort_chan *c = gort_makechan(8, 4);
    int64_t v = 1;
    gort_chansend(c, &v);
    gort_closechan(c);
    gort_printf("before\n");
    gort_chansend(c, &v);
    gort_printf("after: the send did not panic\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
