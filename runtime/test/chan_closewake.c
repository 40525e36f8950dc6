/*
 * chan_closewake: close wakes every parked receiver.
 *
 * 1000 goroutines block receiving from one unbuffered channel (each with
 * its destination pre-set to a non-zero value).  Once all have started
 * and had time to park, main closes the channel.  Every receiver must
 * wake with ok == false and the zero value, and report on a buffered
 * results channel; main counts 1000 reports.  Then the same with 1000
 * senders, parked on an unbuffered channel nobody receives from, woken by
 * a select on a quit channel being closed (the senders' select has a send
 * case that never proceeds and a receive case on quit).
 */
#include "rtest.h"

#define N 1000
static int64_t started;

struct args {
    gort_chan *c, *res;
};

struct args3 {
    gort_chan *c, *quit, *res;
};

static void receiver(void *p) {
    struct args *a = p;
    int64_t v = 42;
    __atomic_add_fetch(&started, 1, __ATOMIC_SEQ_CST);
    bool ok = gort_chanrecv2(a->c, &v);
    int64_t r = (ok ? 1 : 0) + (v != 0 ? 2 : 0); /* 0: closed and zero */
    gort_chansend(a->res, &r);
}

static void selsender(void *p) {
    struct args3 *a = p;       /* c: nobody ever receives from it */
    int64_t v = 1, q = 42;
    bool ok = true;
    gort_scase cs[2] = {{a->c, &v, true}, {a->quit, &q, false}};
    __atomic_add_fetch(&started, 1, __ATOMIC_SEQ_CST);
    int k = gort_select(cs, 2, false, &ok);
    int64_t r = (k == 1 && !ok && q == 0) ? 0 : 1;
    gort_chansend(a->res, &r);
}

static void wait_started(int64_t n) {
    while (__atomic_load_n(&started, __ATOMIC_SEQ_CST) < n) gort_gosched();
    for (int i = 0; i < 100; i++) gort_gosched();
}

static void entry(void) {
    struct args a = {gort_makechan(8, 0), gort_makechan(8, N)};
    for (int i = 0; i < N; i++) gort_go(receiver, &a, sizeof a);
    wait_started(N);
    gort_closechan(a.c);
    int64_t good = 0;
    for (int i = 0; i < N; i++) {
        int64_t r = -1;
        gort_chanrecv(a.res, &r);
        if (r == 0) good++;
    }
    gort_printf("receivers woken by close: %lld of %d saw zero, ok=false\n", (long long)good, N);

    /* Senders in select, woken through the quit case. */
    started = 0;
    struct args3 b = {gort_makechan(8, 0), gort_makechan(8, 0), gort_makechan(8, N)};
    for (int i = 0; i < N; i++) gort_go(selsender, &b, sizeof b);
    wait_started(N);
    gort_closechan(b.quit);
    good = 0;
    for (int i = 0; i < N; i++) {
        int64_t r = -1;
        gort_chanrecv(b.res, &r);
        if (r == 0) good++;
    }
    CHECK(gort_chanlen(b.c) == 0);
    gort_printf("selects woken by close of quit: %lld of %d\n", (long long)good, N);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
