/*
 * chan_basic: the channel operations one at a time.
 *
 *  1. Unbuffered rendezvous: a goroutine receives three values and sends
 *     back their sum; a receive with a NULL elem discards the value.
 *  2. Buffered FIFO with len/cap: 5 values in, len 5, out in order, len 0;
 *     the ring wraps (10 rounds of 3 in / 3 out on a cap-4 channel).
 *  3. Full buffer with a parked sender: cap 2, a goroutine sends 0..9; the
 *     receiver sees 0..9 in order (the parked sender's value moves into
 *     the freed slot).
 *  4. Close: buffered values are still delivered with ok = true, then the
 *     zero value with ok = false (the destination is overwritten); an
 *     unbuffered closed channel gives zero/false at once.
 *  5. A 40-byte element, unbuffered and buffered, and zeroed after close.
 *  6. A 0-byte element (struct{}): buffered counts, unbuffered synchronises,
 *     closed gives ok = false.
 *  7. nil channel: len and cap are 0.
 */
#include "rtest.h"

#include <string.h>

typedef struct { int64_t a[5]; } big;   /* 40 bytes */

static void summer(void *p) {
    gort_chan **cs = p;                  /* in, out */
    int64_t v, s = 0;
    for (int i = 0; i < 3; i++) {
        gort_chanrecv(cs[0], &v);
        s += v;
    }
    gort_chanrecv(cs[0], NULL);          /* discarded */
    gort_chansend(cs[1], &s);
}

static void sender10(void *p) {
    gort_chan *c = *(gort_chan **)p;
    for (int64_t i = 0; i < 10; i++) gort_chansend(c, &i);
}

static void bigsender(void *p) {
    gort_chan *c = *(gort_chan **)p;
    big b;
    for (int64_t k = 0; k < 3; k++) {
        for (int j = 0; j < 5; j++) b.a[j] = k * 100 + j;
        gort_chansend(c, &b);
    }
}

static void emptysender(void *p) {
    gort_chan *c = *(gort_chan **)p;
    char dummy = 0;
    for (int i = 0; i < 5; i++) gort_chansend(c, &dummy);
}

static void entry(void) {
    /* 1 */
    gort_chan *cs[2] = {gort_makechan(8, 0), gort_makechan(8, 0)};
    gort_go(summer, cs, sizeof cs);
    for (int64_t v = 1; v <= 3; v++) gort_chansend(cs[0], &v);
    int64_t junk = 99;
    gort_chansend(cs[0], &junk);
    int64_t s = 0;
    gort_chanrecv(cs[1], &s);
    CHECK(gort_chanlen(cs[0]) == 0 && gort_chancap(cs[0]) == 0);
    gort_printf("1: unbuffered sum %lld\n", (long long)s);

    /* 2 */
    gort_chan *b = gort_makechan(8, 5);
    for (int64_t v = 10; v < 15; v++) gort_chansend(b, &v);
    CHECK(gort_chanlen(b) == 5);
    CHECK(gort_chancap(b) == 5);
    for (int64_t want = 10; want < 15; want++) {
        int64_t v = -1;
        CHECK(gort_chanrecv2(b, &v));
        CHECK(v == want);
    }
    CHECK(gort_chanlen(b) == 0);
    gort_chan *w = gort_makechan(8, 4);
    int64_t next = 0, expect = 0;
    for (int r = 0; r < 10; r++) {
        for (int i = 0; i < 3; i++, next++) gort_chansend(w, &next);
        CHECK(gort_chanlen(w) == 3);
        for (int i = 0; i < 3; i++, expect++) {
            int64_t v;
            gort_chanrecv(w, &v);
            CHECK(v == expect);
        }
    }
    gort_printf("2: buffered FIFO len/cap ok, wrapped %lld values\n", (long long)expect);

    /* 3 */
    gort_chan *f = gort_makechan(8, 2);
    gort_go(sender10, &f, sizeof f);
    while (gort_chanlen(f) < 2) gort_gosched();
    for (int i = 0; i < 10; i++) gort_gosched(); /* let the sender park */
    for (int64_t want = 0; want < 10; want++) {
        int64_t v = -1;
        gort_chanrecv(f, &v);
        CHECK(v == want);
    }
    CHECK(gort_chanlen(f) == 0);
    gort_printf("3: full buffer with parked sender keeps order\n");

    /* 4 */
    gort_chan *k = gort_makechan(8, 3);
    int64_t x = 7;
    gort_chansend(k, &x);
    x = 8;
    gort_chansend(k, &x);
    gort_closechan(k);
    CHECK(gort_chanlen(k) == 2);
    int64_t v = 0;
    CHECK(gort_chanrecv2(k, &v) && v == 7);
    CHECK(gort_chanrecv2(k, &v) && v == 8);
    v = 123;
    CHECK(!gort_chanrecv2(k, &v) && v == 0);
    v = 123;
    gort_chanrecv(k, &v);
    CHECK(v == 0);
    gort_chan *u = gort_makechan(8, 0);
    gort_closechan(u);
    v = 55;
    CHECK(!gort_chanrecv2(u, &v) && v == 0);
    CHECK(!gort_chanrecv2(u, NULL));
    gort_printf("4: closed: buffered values then zero, ok=false\n");

    /* 5 */
    gort_chan *bu = gort_makechan(sizeof(big), 0);
    gort_go(bigsender, &bu, sizeof bu);
    for (int64_t kk = 0; kk < 3; kk++) {
        big r;
        memset(&r, 0xff, sizeof r);
        gort_chanrecv(bu, &r);
        for (int j = 0; j < 5; j++) CHECK(r.a[j] == kk * 100 + j);
    }
    gort_chan *bb = gort_makechan(sizeof(big), 2);
    big t = {{1, 2, 3, 4, 5}};
    gort_chansend(bb, &t);
    t.a[4] = 50;
    gort_chansend(bb, &t);
    gort_closechan(bb);
    big r;
    CHECK(gort_chanrecv2(bb, &r) && r.a[0] == 1 && r.a[4] == 5);
    CHECK(gort_chanrecv2(bb, &r) && r.a[0] == 1 && r.a[4] == 50);
    memset(&r, 0xff, sizeof r);
    CHECK(!gort_chanrecv2(bb, &r));
    for (int j = 0; j < 5; j++) CHECK(r.a[j] == 0);
    gort_printf("5: 40-byte elements ok\n");

    /* 6 */
    gort_chan *e = gort_makechan(0, 3);
    char d = 0;
    for (int i = 0; i < 3; i++) gort_chansend(e, &d);
    CHECK(gort_chanlen(e) == 3 && gort_chancap(e) == 3);
    for (int i = 0; i < 3; i++) CHECK(gort_chanrecv2(e, &d));
    CHECK(gort_chanlen(e) == 0);
    gort_chan *eu = gort_makechan(0, 0);
    gort_go(emptysender, &eu, sizeof eu);
    for (int i = 0; i < 5; i++) CHECK(gort_chanrecv2(eu, NULL));
    gort_closechan(eu);
    gort_closechan(e);
    CHECK(!gort_chanrecv2(eu, &d));
    CHECK(!gort_chanrecv2(e, NULL));
    gort_printf("6: zero-size elements ok\n");

    /* 7 */
    CHECK(gort_chanlen(NULL) == 0 && gort_chancap(NULL) == 0);
    gort_printf("7: nil channel len 0 cap 0\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
