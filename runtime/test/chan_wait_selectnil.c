/*
 * chan_wait_selectnil: goroutine 1 blocks forever in `select over nil channels only`; the deadlock
 * report must name its wait reason exactly as Go does.  Exit status 2.
 */
#include "rtest.h"

static void entry(void) {
    int64_t v = 1;
    (void)v;
    gort_printf("blocking\n");
    gort_scase cs[2] = {{NULL, &v, true}, {NULL, &v, false}};
    gort_select(cs, 2, false, NULL);
    gort_printf("after: the wait ended\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
