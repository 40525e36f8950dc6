/*
 * pingpong: the benchmark of /work/shared/bench/pingpong.go in C.  Main
 * and one goroutine pass an int over two unbuffered channels, 1,000,000
 * round trips; the goroutine adds one each time, so the final value
 * proves every hand-off delivered the value it was given.
 */
#include "rtest.h"

#define ROUNDS 1000000

struct pp {
    gort_chan *ping, *pong;
};

static void ponger(void *p) {
    struct pp *a = p;
    for (;;) {
        int64_t v;
        gort_chanrecv(a->ping, &v);
        v++;
        gort_chansend(a->pong, &v);
    }
}

static void entry(void) {
    struct pp a = {gort_makechan(8, 0), gort_makechan(8, 0)};
    gort_go(ponger, &a, sizeof a);
    int64_t v = 0, n = 0;
    for (int i = 0; i < ROUNDS; i++) {
        int64_t sent = v;
        gort_chansend(a.ping, &v);
        gort_chanrecv(a.pong, &v);
        CHECK(v == sent + 1);
        n++;
    }
    CHECK(v == ROUNDS);
    gort_printf("%lld\n", (long long)n);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
