/* stack_deeprec: 10 million frames of recursion in a goroutine (not main),
 * each with locals live across the call: the stack grows from one 2 KB
 * segment to hundreds of MB of segments and comes back.  The same
 * computation as shared/bench/deeprec.go; Go prints 195309579478. */
#include "rtest.h"

/* Keeps `lo` in memory across the call, so the frame is real and GCC
 * cannot turn the recursion into a loop. */
static __attribute__((noinline)) int64_t use(volatile int64_t *p) { return *p; }

RTEST_SPLIT_FN1(rec, 64)
static int64_t rec_body(int64_t n) {
    if (n == 0) return 0;
    volatile int64_t lo = n & 0xff;
    int64_t hi = n >> 8;
    int64_t r = rec(n - 1);
    return r + (use(&lo) ^ hi);
}

struct args { gort_chan *done; };
static void worker(void *p) {
    struct args *a = p;
    int64_t v = rec(10000000);
    gort_chansend(a->done, &v);
}

static void entry(void) {
    struct args a = {gort_makechan(sizeof(int64_t), 0)};
    gort_go(worker, &a, sizeof a);
    int64_t v;
    gort_chanrecv(a.done, &v);
    gort_printf("%ld\n", (long)v);
    /* And once more, reusing the cached segments. */
    gort_go(worker, &a, sizeof a);
    gort_chanrecv(a.done, &v);
    gort_printf("%ld\n", (long)v);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
