/*
 * chan_panic_close_closed: closing a channel twice panics with Go's
 * message and exit status 2; nothing after it may run.
 */
#include "rtest.h"

static void entry(void) {
    gort_chan *c = gort_makechan(8, 0);
    gort_closechan(c);
    gort_printf("before\n");
    gort_closechan(c);
    gort_printf("after: the second close did not panic\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
