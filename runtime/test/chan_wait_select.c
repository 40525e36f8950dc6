/*
 * chan_wait_select: goroutine 1 blocks forever in a select with a send
 * and a receive case, neither with a partner; the deadlock report must
 * name its wait reason exactly as Go does.  Exit status 2.
 */
#include "rtest.h"

static void entry(void) {
    int64_t v = 1;
    (void)v;
    gort_printf("blocking\n");
    gort_scase cs[2] = {{gort_makechan(8, 0), &v, true}, {gort_makechan(8, 0), &v, false}};
    gort_select(cs, 2, false, NULL);
    gort_printf("after: the wait ended\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
