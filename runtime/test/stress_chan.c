/*
 * stress_chan: many goroutines on a few shared channels at once.
 *
 * Phase 1 (send/receive/select): 8 producers each send 1..N (N = 20,000):
 * even-numbered producers with select over two send cases (unbuffered a,
 * buffered b), odd ones with plain sends alternating between a and b.
 * 8 consumers select over <-a, <-b and <-quit; when main has collected
 * every producer's "done" it closes quit, and each consumer drains what
 * is left in b without blocking and reports its sum and count.  The
 * totals must be exactly 8 * N values summing to 8 * N(N+1)/2.
 *
 * Phase 2 (close): 2,000 rounds; each round makes an unbuffered channel,
 * starts two receivers on it and one sender of a single value, waits
 * until the value was taken, then closes the channel.  Exactly one
 * receiver per round gets the value (ok = true), the other ok = false.
 *
 * Phase 3 (select against close): 64 goroutines park in a select on a
 * shared channel that nobody sends on plus a per-round channel; main
 * closes the round channel, every select must wake on that case with
 * ok = false; 50 rounds.
 *
 * Roughly 600,000 channel operations.  Also run under TSan and ASan
 * (make test-tsan / test-asan).
 */
#include "rtest.h"

#define P 8
#define C 8
#define N 20000
#define ROUNDS2 2000
#define G3 64
#define ROUNDS3 50

static gort_chan *a, *b, *quit, *done, *results;

static void producer(void *p) {
    int64_t id = *(int64_t *)p;
    for (int64_t v = 1; v <= N; v++) {
        if (id % 2 == 0) {
            gort_scase cs[2] = {{a, &v, true}, {b, &v, true}};
            gort_select(cs, 2, false, NULL);
        } else {
            gort_chansend((v & 1) ? a : b, &v);
        }
    }
    gort_chansend(done, &id);
}

static void consumer(void *p) {
    (void)p;
    int64_t sum = 0, cnt = 0, v = 0, q = 0;
    bool ok;
    for (;;) {
        gort_scase cs[3] = {{a, &v, false}, {b, &v, false}, {quit, &q, false}};
        int k = gort_select(cs, 3, false, &ok);
        if (k == 2) break;
        CHECK(ok);
        sum += v;
        cnt++;
    }
    /* Producers are done: a has no senders left; drain b. */
    for (;;) {
        gort_scase cs = {b, &v, false};
        if (gort_select(&cs, 1, true, &ok) < 0) break;
        CHECK(ok);
        sum += v;
        cnt++;
    }
    int64_t r[2] = {sum, cnt};
    gort_chansend(results, &r);
}

struct round {
    gort_chan *c, *res;
};

static void r2recv(void *p) {
    struct round *r = p;
    int64_t v = -1;
    bool ok = gort_chanrecv2(r->c, &v);
    int64_t out = ok ? v : -v - 100; /* closed: v was zeroed -> -100 */
    gort_chansend(r->res, &out);
}

static void r2send(void *p) {
    struct round *r = p;
    int64_t v = 7;
    gort_chansend(r->c, &v);
    int64_t sent = 1000;
    gort_chansend(r->res, &sent);
}

struct sel3 {
    gort_chan *never, *c, *res;
};

static void r3sel(void *p) {
    struct sel3 *s = p;
    int64_t v = 5, w = 5;
    bool ok = true;
    gort_scase cs[2] = {{s->never, &v, false}, {s->c, &w, false}};
    int k = gort_select(cs, 2, false, &ok);
    int64_t out = (k == 1 && !ok && w == 0) ? 1 : 0;
    gort_chansend(s->res, &out);
}

static void phase1(void) {
    a = gort_makechan(8, 0);
    b = gort_makechan(8, 16);
    quit = gort_makechan(8, 0);
    done = gort_makechan(8, 0);
    results = gort_makechan(16, C);
    for (int64_t i = 0; i < P; i++) gort_go(producer, &i, sizeof i);
    for (int64_t i = 0; i < C; i++) gort_go(consumer, &i, sizeof i);
    for (int i = 0; i < P; i++) gort_chanrecv(done, NULL);
    gort_closechan(quit);
    int64_t sum = 0, cnt = 0;
    for (int i = 0; i < C; i++) {
        int64_t r[2];
        gort_chanrecv(results, r);
        sum += r[0];
        cnt += r[1];
    }
    CHECK(gort_chanlen(b) == 0);
    gort_printf("phase 1: %lld values, sum %lld (want %lld, %lld)\n", (long long)cnt,
                (long long)sum, (long long)P * N, (long long)P * N * (N + 1) / 2);
}

static void phase2(void) {
    int64_t got = 0, closed = 0, sent = 0, bad = 0;
    for (int i = 0; i < ROUNDS2; i++) {
        struct round r = {gort_makechan(8, 0), gort_makechan(8, 3)};
        gort_go(r2recv, &r, sizeof r);
        gort_go(r2recv, &r, sizeof r);
        gort_go(r2send, &r, sizeof r);
        /* Three reports per round, in any order: the sender's (after its
         * value was taken: then we close), the receiver that got 7, and
         * the receiver that saw the close. */
        for (int j = 0; j < 3; j++) {
            int64_t x;
            gort_chanrecv(r.res, &x);
            if (x == 1000) {
                sent++;
                gort_closechan(r.c);
            } else if (x == 7) {
                got++;
            } else if (x == -100) {
                closed++;
            } else {
                bad++;
            }
        }
    }
    gort_printf("phase 2: %lld rounds, %lld got the value, %lld saw close, %lld bad\n",
                (long long)sent, (long long)got, (long long)closed, (long long)bad);
}

static void phase3(void) {
    gort_chan *never = gort_makechan(8, 0);
    int64_t woke = 0;
    for (int i = 0; i < ROUNDS3; i++) {
        struct sel3 s = {never, gort_makechan(8, 0), gort_makechan(8, G3)};
        for (int j = 0; j < G3; j++) gort_go(r3sel, &s, sizeof s);
        if (i % 2) gort_sleep(MS); /* sometimes let them all park first */
        gort_closechan(s.c);
        for (int j = 0; j < G3; j++) {
            int64_t x = 0;
            gort_chanrecv(s.res, &x);
            woke += x;
        }
    }
    gort_printf("phase 3: %lld of %d selects woken by close\n", (long long)woke, G3 * ROUNDS3);
}

static void entry(void) {
    phase1();
    phase2();
    phase3();
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
