/*
 * sync_cond: producer/consumer on a bounded buffer guarded by a Mutex,
 * with one Cond (c.L = &mu) whose Broadcast announces every change
 * (an item added, an item taken, the end of production).
 *
 * 3 producers put 2,000 items each into an 8-slot ring; 3 consumers take
 * them until production is over and the ring is empty.  Each waiter
 * re-checks its condition in a loop, as Cond requires.  Checks: every item
 * was consumed exactly once (count and sum), the ring never overflowed.
 * Then Signal: a single waiter is woken by Signal (not Broadcast), and
 * Signal/Broadcast with no waiters are no-ops.
 */
#include "rtest.h"

#define PRODUCERS 3
#define CONSUMERS 3
#define ITEMS 2000
#define CAP 8

static gort_mutex mu;
static gort_cond cond = {.L = &mu};   /* sync.NewCond(&mu) */
static int64_t ring[CAP];
static int64_t head, count;           /* guarded by mu */
static bool producing_done;
static int64_t consumed, sum;         /* guarded by mu */
static gort_waitgroup producers, consumers;

static void producer(void *p) {
    int64_t id = *(int64_t *)p;
    for (int64_t i = 0; i < ITEMS; i++) {
        gort_mutex_lock(&mu);
        while (count == CAP) gort_cond_wait(&cond);
        CHECK(count < CAP);
        ring[(head + count) % CAP] = id * ITEMS + i + 1;
        count++;
        gort_cond_broadcast(&cond);
        gort_mutex_unlock(&mu);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&producers);
}

static void consumer(void *p) {
    (void)p;
    for (;;) {
        gort_mutex_lock(&mu);
        while (count == 0 && !producing_done) gort_cond_wait(&cond);
        if (count == 0) {             /* production over, ring drained */
            gort_mutex_unlock(&mu);
            break;
        }
        int64_t v = ring[head];
        head = (head + 1) % CAP;
        count--;
        consumed++;
        sum += v;
        gort_cond_broadcast(&cond);
        gort_mutex_unlock(&mu);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&consumers);
}

static bool flag;
static gort_waitgroup signalled;
static void flagwaiter(void *p) {
    (void)p;
    gort_mutex_lock(&mu);
    while (!flag) gort_cond_wait(&cond);
    gort_mutex_unlock(&mu);
    gort_waitgroup_done(&signalled);
}

static void entry(void) {
    gort_cond_signal(&cond);          /* no waiters: nothing happens */
    gort_cond_broadcast(&cond);

    for (int64_t i = 0; i < CONSUMERS; i++) {
        gort_waitgroup_add(&consumers, 1);
        gort_go(consumer, &i, sizeof i);
    }
    for (int64_t i = 0; i < PRODUCERS; i++) {
        gort_waitgroup_add(&producers, 1);
        gort_go(producer, &i, sizeof i);
    }
    gort_waitgroup_wait(&producers);
    gort_mutex_lock(&mu);
    producing_done = true;
    gort_cond_broadcast(&cond);
    gort_mutex_unlock(&mu);
    gort_waitgroup_wait(&consumers);

    int64_t n = PRODUCERS * ITEMS;
    CHECK(count == 0);
    CHECK(consumed == n);
    CHECK(sum == n * (n + 1) / 2);
    gort_printf("consumed %lld items, sum %lld\n", (long long)consumed, (long long)sum);

    gort_waitgroup_add(&signalled, 1);
    gort_go(flagwaiter, NULL, 0);
    gort_sleep(10 * MS);              /* let it park in Wait */
    gort_mutex_lock(&mu);
    flag = true;
    gort_cond_signal(&cond);
    gort_mutex_unlock(&mu);
    gort_waitgroup_wait(&signalled);
    CHECK(cond.wait == cond.notify && cond.waitq == NULL);
    gort_printf("signal woke the waiter\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
