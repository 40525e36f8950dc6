/*
 * sync_waitgroup: WaitGroup semantics.
 *
 *  1. Wait on a zero WaitGroup returns at once.
 *  2. 100 goroutines (wg.Add(1) before each `go`) each do a little work and
 *     wg.Done(); after Wait every one of them has finished.
 *  3. Add(n) with n > 1, then n Dones from one goroutine that sleeps first,
 *     so Wait really parks.
 *  4. Several waiters: 5 goroutines Wait on the same group; one Done
 *     releases all of them (a second group counts them out).
 *  5. Reuse: the same group goes through 50 rounds of Add/Done/Wait.
 */
#include "rtest.h"

#define LD(p) __atomic_load_n(p, __ATOMIC_SEQ_CST)
#define INC(p) __atomic_add_fetch(p, 1, __ATOMIC_SEQ_CST)

static gort_waitgroup wg, gate, out;
static int64_t finished, released;

static void work(void *p) {
    int64_t i = *(int64_t *)p;
    if (i % 10 == 0) gort_sleep(MS);
    else if (i % 3 == 0) gort_gosched();
    INC(&finished);
    gort_waitgroup_done(&wg);
}

static void tripledone(void *p) {
    (void)p;
    gort_sleep(10 * MS);
    INC(&finished);
    gort_waitgroup_done(&wg);
    gort_waitgroup_done(&wg);
    gort_waitgroup_done(&wg);
}

static void waiter(void *p) {
    (void)p;
    gort_waitgroup_wait(&gate);
    INC(&released);
    gort_waitgroup_done(&out);
}

static void quick(void *p) {
    (void)p;
    INC(&finished);
    gort_waitgroup_done(&wg);
}

static void entry(void) {
    /* 1 */
    gort_waitgroup_wait(&wg);
    gort_printf("1: zero wait returns\n");

    /* 2 */
    for (int64_t i = 0; i < 100; i++) {
        gort_waitgroup_add(&wg, 1);
        gort_go(work, &i, sizeof i);
    }
    gort_waitgroup_wait(&wg);
    gort_printf("2: %lld finished\n", (long long)LD(&finished));

    /* 3 */
    finished = 0;
    gort_waitgroup_add(&wg, 3);
    gort_go(tripledone, NULL, 0);
    gort_waitgroup_wait(&wg);
    gort_printf("3: %lld finished\n", (long long)LD(&finished));

    /* 4 */
    gort_waitgroup_add(&gate, 1);
    gort_waitgroup_add(&out, 5);
    for (int i = 0; i < 5; i++) gort_go(waiter, NULL, 0);
    gort_sleep(10 * MS);
    CHECK(LD(&released) == 0);
    CHECK((uint32_t)gate.state == 5);   /* five parked waiters */
    gort_waitgroup_done(&gate);
    gort_waitgroup_wait(&out);
    gort_printf("4: %lld released\n", (long long)LD(&released));

    /* 5 */
    finished = 0;
    for (int r = 0; r < 50; r++) {
        gort_waitgroup_add(&wg, 4);
        for (int i = 0; i < 4; i++) gort_go(quick, NULL, 0);
        gort_waitgroup_wait(&wg);
        CHECK(LD(&finished) == 4 * (r + 1));
    }
    CHECK(wg.state == 0 && gate.state == 0 && out.state == 0);
    gort_printf("5: %lld finished in 50 rounds\n", (long long)LD(&finished));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
