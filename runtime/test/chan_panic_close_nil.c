/*
 * chan_panic_close_nil: closing a nil channel panics with Go's message
 * and exit status 2; nothing after it may run.
 */
#include "rtest.h"

static void entry(void) {
    gort_chan *volatile c = NULL;
    gort_printf("before\n");
    gort_closechan(c);
    gort_printf("after: close(nil) did not panic\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
