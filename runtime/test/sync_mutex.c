/*
 * sync_mutex: shared/bench/mutex.go lowered by hand — 8 goroutines, each
 * 1,250,000 times `mu.Lock(); counter++; mu.Unlock()`, joined with a
 * WaitGroup; the counter must be exactly 10,000,000.  The variables the
 * closure captures escape, so they live in one heap record, as the
 * compiler will put them.  Before that, TryLock's contract is checked.
 */
#include "rtest.h"

#define WORKERS 8
#define TOTAL 10000000

struct env {                 /* main's escaping variables */
    gort_mutex mu;
    gort_waitgroup wg;
    int64_t counter;
};

struct worker_args {
    struct env *e;
};

static void worker(void *p) {
    struct env *e = ((struct worker_args *)p)->e;
    for (int64_t i = 0; i < TOTAL / WORKERS; i++) {
        gort_mutex_lock(&e->mu);
        e->counter++;
        gort_mutex_unlock(&e->mu);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&e->wg);   /* `defer wg.Done()`: the last action */
}

static void entry(void) {
    struct env *e = gort_alloc(sizeof *e);

    /* TryLock: succeeds on an unlocked mutex, fails on a locked one. */
    CHECK(gort_mutex_trylock(&e->mu));
    CHECK(!gort_mutex_trylock(&e->mu));
    gort_mutex_unlock(&e->mu);
    CHECK(gort_mutex_trylock(&e->mu));
    gort_mutex_unlock(&e->mu);
    CHECK(e->mu.state == 0);

    for (int w = 0; w < WORKERS; w++) {
        gort_waitgroup_add(&e->wg, 1);
        struct worker_args a = {e};
        gort_go(worker, &a, sizeof a);
    }
    gort_waitgroup_wait(&e->wg);
    gort_printf("%lld\n", (long long)e->counter);
    CHECK(e->counter == TOTAL);
    CHECK(e->mu.state == 0);          /* unlocked, no waiters, no flags */
    CHECK(e->mu.sema.nwait == 0 && e->mu.sema.waitq == NULL && e->mu.sema.count == 0);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
