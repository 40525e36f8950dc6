/*
 * chan_wait_selectnone: goroutine 1 blocks forever in `select {}`; the deadlock
 * report must name its wait reason exactly as Go does.  Exit status 2.
 */
#include "rtest.h"

static void entry(void) {
    int64_t v = 1;
    (void)v;
    gort_printf("blocking\n");
    gort_select(NULL, 0, false, NULL);
    gort_printf("after: the wait ended\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
