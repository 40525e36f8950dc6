/* stack_overflow: unbounded recursion in a goroutine ends the program with
 * Go's message once the segments pass 1 GB, exit status 2, no segfault. */
#include "rtest.h"

static __attribute__((noinline)) int64_t use(volatile int64_t *p) { return *p; }

RTEST_SPLIT_FN1(forever, 64)
static int64_t forever_body(int64_t n) {
    volatile int64_t x = n;
    return forever(n + 1) + use(&x);
}

static void worker(void *p) {
    (void)p;
    forever(0);
}

static void entry(void) {
    gort_go(worker, NULL, 0);
    gort_chanrecv(gort_makechan(8, 0), NULL);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
