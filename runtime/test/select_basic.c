/*
 * select_basic: the cases of gort_select one by one.
 *
 *  1. default when nothing is ready (unbuffered send and receive without
 *     partners, a full buffer, an empty buffer) -> -1.
 *  2. only nil-channel cases, with default -> -1; a nil case next to a
 *     ready one never wins.
 *  3. comma-ok receive on a closed channel: buffered values first with
 *     ok = true, then the zero value with ok = false.
 *  4. a send case on a buffered channel with room.
 *  5. a send case to a parked receiver, and a receive case (with default)
 *     from a parked sender.
 *  6. a parked select woken by a sender on its second case.
 *  7. a parked select woken by close (ok = false, zero value).
 *  8. a parked select whose send case is taken by a receiver.
 *  9. 12 cases (beyond the small-select path): nil channels, the same
 *     channel in two cases, woken through the last case and through the
 *     repeated channel.
 * 10. one channel in both a send and a receive case of one select, with a
 *     partner goroutine receiving, then sending.
 * 11. one case plus default: full, empty, closed.
 * 12. select against select: two goroutines trade 20,000 messages, each
 *     side selecting over a send and a receive case; both sides' sums
 *     agree, which they cannot if a finished select leaves a live sudog
 *     behind.
 */
#include "rtest.h"

#include <string.h>

static gort_chan *mk(int64_t n) { return gort_makechan(8, n); }

struct two {
    gort_chan *c, *d;
    int64_t v;
};

static void recv_report(void *p) { /* receive on c, send what came on d */
    struct two *a = p;
    int64_t v = -1;
    gort_chanrecv(a->c, &v);
    gort_chansend(a->d, &v);
}

static void sleep_send(void *p) {
    struct two *a = p;
    gort_sleep(10 * MS);
    gort_chansend(a->c, &a->v);
}

static void sleep_close(void *p) {
    struct two *a = p;
    gort_sleep(10 * MS);
    gort_closechan(a->c);
}

static void sleep_recv_report(void *p) {
    struct two *a = p;
    gort_sleep(10 * MS);
    int64_t v = -1;
    gort_chanrecv(a->c, &v);
    gort_chansend(a->d, &v);
}

static void sender(void *p) {
    struct two *a = p;
    gort_chansend(a->c, &a->v);
}

#define TRADES 20000
struct trade {
    gort_chan *ab, *ba, *done;
};

static void trader_b(void *p) {
    struct trade *t = p;
    int64_t got = 0, sent = 0, in = 0, out = 1;
    for (int i = 0; i < TRADES; i++) {
        gort_scase cs[2] = {{t->ab, &in, false}, {t->ba, &out, true}};
        int k = gort_select(cs, 2, false, NULL);
        if (k == 0) got += in;
        else sent += out++;
    }
    int64_t r[2] = {got, sent};
    gort_chansend(t->done, &r[0]);
    gort_chansend(t->done, &r[1]);
}

/* Channels shared by several sections. */
static gort_chan *u, *full, *empty, *other;

#define SECTION(n) static void __attribute__((noinline)) section##n(void)
#define LOCALS     \
    int64_t x = 0, y = 0; \
    bool ok = true;       \
    int k;                \
    (void)x; (void)y; (void)ok; (void)k;

SECTION(1) {
    LOCALS
    u = mk(0), full = mk(1), empty = mk(1), other = mk(0);
    gort_chansend(full, &x);
    gort_scase c1[4] = {{u, &x, true}, {u, &y, false}, {full, &x, true}, {empty, &y, false}};
    CHECK(gort_select(c1, 4, true, &ok) == -1);
    CHECK(gort_chanlen(full) == 1 && gort_chanlen(empty) == 0);
    gort_printf("1: default when nothing is ready\n");
}

SECTION(2) {
    LOCALS
    gort_scase c2[3] = {{NULL, &x, true}, {NULL, &y, false}, {full, &y, false}};
    CHECK(gort_select(c2, 2, true, &ok) == -1);
    for (int i = 0; i < 50; i++) {
        y = -1;
        CHECK(gort_select(c2, 3, false, &ok) == 2 && ok && y == 0);
        gort_chansend(full, &y);
    }
    gort_printf("2: nil channels never ready\n");
}

SECTION(3) {
    LOCALS
    gort_chan *cb = mk(2);
    x = 5;
    gort_chansend(cb, &x);
    gort_closechan(cb);
    gort_scase c3[2] = {{u, &x, false}, {cb, &y, false}};
    y = 0;
    CHECK(gort_select(c3, 2, false, &ok) == 1 && ok && y == 5);
    y = 9;
    CHECK(gort_select(c3, 2, false, &ok) == 1 && !ok && y == 0);
    y = 9;
    CHECK(gort_select(c3, 2, true, &ok) == 1 && !ok && y == 0);
    gort_printf("3: comma-ok on a closed channel\n");
}

SECTION(4) {
    LOCALS
    gort_chan *room = mk(3);
    x = 33;
    gort_scase c4[2] = {{u, &y, false}, {room, &x, true}};
    CHECK(gort_select(c4, 2, true, &ok) == 1);
    CHECK(gort_chanlen(room) == 1);
    gort_chanrecv(room, &y);
    CHECK(y == 33);
    gort_printf("4: send into a buffer with room\n");
}

SECTION(5) {
    LOCALS
    struct two a5 = {mk(0), mk(1), 0};
    gort_go(recv_report, &a5, sizeof a5);
    x = 44;
    gort_scase c5[2] = {{mk(0), &y, false}, {a5.c, &x, true}};
    CHECK(gort_select(c5, 2, false, &ok) == 1);
    gort_chanrecv(a5.d, &y);
    CHECK(y == 44);
    struct two s5 = {mk(0), NULL, 45};
    gort_go(sender, &s5, sizeof s5);
    gort_scase c5b[2] = {{u, &y, false}, {s5.c, &x, false}};
    while ((k = gort_select(c5b, 2, true, &ok)) == -1) gort_gosched();
    CHECK(k == 1 && ok && x == 45);
    gort_printf("5: hand-off to a parked receiver and from a parked sender\n");
}

SECTION(6) {
    LOCALS
    struct two a6 = {mk(0), NULL, 66};
    gort_go(sleep_send, &a6, sizeof a6);
    gort_scase c6[3] = {{other, &x, false}, {a6.c, &y, false}, {other, &x, true}};
    y = 0;
    CHECK(gort_select(c6, 3, false, &ok) == 1 && ok && y == 66);
    gort_printf("6: parked select woken by a sender\n");
}

SECTION(7) {
    LOCALS
    struct two a7 = {mk(0), NULL, 0};
    gort_go(sleep_close, &a7, sizeof a7);
    gort_scase c7[2] = {{other, &x, true}, {a7.c, &y, false}};
    y = 7;
    CHECK(gort_select(c7, 2, false, &ok) == 1 && !ok && y == 0);
    gort_printf("7: parked select woken by close\n");
}

SECTION(8) {
    LOCALS
    struct two a8 = {mk(0), mk(1), 0};
    gort_go(sleep_recv_report, &a8, sizeof a8);
    x = 88;
    gort_scase c8[2] = {{a8.c, &x, true}, {other, &y, false}};
    ok = true;
    CHECK(gort_select(c8, 2, false, &ok) == 0 && !ok);
    gort_chanrecv(a8.d, &y);
    CHECK(y == 88);
    gort_printf("8: parked select's send taken by a receiver\n");
}

SECTION(9) {
    LOCALS
    static gort_chan *ch[12];   /* static: keep the frame small */
    static int64_t vals[12];
    static gort_scase c9[12];
    for (int i = 0; i < 12; i++) ch[i] = (i % 4 == 2) ? NULL : mk(0);
    ch[7] = ch[3];
    for (int i = 0; i < 12; i++) c9[i] = (gort_scase){ch[i], &vals[i], false};
    struct two a9 = {ch[11], NULL, 911};
    gort_go(sleep_send, &a9, sizeof a9);
    CHECK(gort_select(c9, 12, false, &ok) == 11 && ok && vals[11] == 911);
    a9 = (struct two){ch[3], NULL, 93};
    gort_go(sleep_send, &a9, sizeof a9);
    k = gort_select(c9, 12, false, &ok);
    CHECK((k == 3 || k == 7) && ok && vals[k] == 93);
    a9 = (struct two){ch[0], NULL, 90};
    gort_go(sender, &a9, sizeof a9);
    while ((k = gort_select(c9, 12, true, &ok)) == -1) gort_gosched();
    CHECK(k == 0 && ok && vals[0] == 90);
    gort_printf("9: 12 cases with nil and repeated channels\n");
}

SECTION(10) {
    LOCALS
    struct two a10 = {mk(0), mk(1), 0};
    gort_go(sleep_recv_report, &a10, sizeof a10);
    x = 101;
    y = 0;
    gort_scase c10[2] = {{a10.c, &y, false}, {a10.c, &x, true}};
    CHECK(gort_select(c10, 2, false, &ok) == 1);
    gort_chanrecv(a10.d, &y);
    CHECK(y == 101);
    a10.v = 102;
    gort_go(sleep_send, &a10, sizeof a10);
    y = 0;
    CHECK(gort_select(c10, 2, false, &ok) == 0 && ok && y == 102);
    gort_printf("10: send and receive on one channel in one select\n");
}

SECTION(11) {
    LOCALS
    gort_scase c11 = {full, &x, true};
    CHECK(gort_select(&c11, 1, true, &ok) == -1);
    c11 = (gort_scase){empty, &y, false};
    CHECK(gort_select(&c11, 1, true, &ok) == -1);
    c11 = (gort_scase){full, &y, false};
    y = -1;
    CHECK(gort_select(&c11, 1, true, &ok) == 0 && ok && y == 0);
    c11 = (gort_scase){empty, &x, true};
    x = 111;
    CHECK(gort_select(&c11, 1, true, &ok) == 0 && gort_chanlen(empty) == 1);
    gort_closechan(empty);
    c11 = (gort_scase){empty, &y, false};
    CHECK(gort_select(&c11, 1, true, &ok) == 0 && ok && y == 111);
    CHECK(gort_select(&c11, 1, true, &ok) == 0 && !ok && y == 0);
    CHECK(gort_select(&c11, 1, false, &ok) == 0 && !ok);
    gort_printf("11: one case with default\n");
}

SECTION(12) {
    LOCALS
    struct trade t = {mk(0), mk(0), mk(2)};
    gort_go(trader_b, &t, sizeof t);
    int64_t sent = 0, got = 0, out = 1000000, in = 0;
    for (int i = 0; i < TRADES; i++) {
        gort_scase cs[2] = {{t.ba, &in, false}, {t.ab, &out, true}};
        k = gort_select(cs, 2, false, NULL);
        if (k == 0) got += in;
        else sent += out++;
    }
    int64_t bgot = -1, bsent = -1;
    gort_chanrecv(t.done, &bgot);
    gort_chanrecv(t.done, &bsent);
    CHECK(bgot == sent && bsent == got);
    CHECK(sent > 0 && got > 0);
    gort_printf("12: select against select, sums agree\n");
}

static void entry(void) {
    section1();
    section2();
    section3();
    section4();
    section5();
    section6();
    section7();
    section8();
    section9();
    section10();
    section11();
    section12();
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
