/* stack_hotsplit: a call that crosses a segment boundary, repeated a
 * million times, reuses the cached segment (no allocation per crossing):
 * the process's peak RSS and the time stay small.  The crossing is forced
 * by recursing until just below the first segment's guard. */
#include "rtest.h"
#include <stdio.h>
#include <string.h>

static __attribute__((noinline)) int64_t use(volatile int64_t *p) { return *p; }

RTEST_SPLIT_FN1(leaf, 256)
static int64_t leaf_body(int64_t n) {
    volatile int64_t x = n;
    return use(&x) + 1;
}

/* Recurse `depth` frames, then call leaf `reps` times at that depth. */
RTEST_SPLIT_FN1(down, 64)
static int64_t down_body(int64_t n) {
    volatile int64_t keep = n;
    if (n > 0) return down(n - 1) + use(&keep) * 0;
    int64_t s = 0;
    for (int i = 0; i < 1000000; i++) s += leaf(i);
    return s;
}

static void worker(void *p) {
    gort_chan *c = *(gort_chan **)p;
    /* Try depths until some call crosses during the loop; every depth
     * must give the same sum. */
    int64_t want = 0;
    for (int i = 0; i < 1000000; i++) want += i + 1;
    int64_t ok = 1;
    for (int d = 0; d < 40; d++)
        if (down(d) != want) ok = 0;
    gort_chansend(c, &ok);
}

static void entry(void) {
    gort_chan *c = gort_makechan(8, 0);
    gort_go(worker, &c, sizeof c);
    int64_t ok;
    gort_chanrecv(c, &ok);
    gort_printf("sums %s\n", ok ? "ok" : "WRONG");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
