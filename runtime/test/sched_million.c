/* sched_million: one million goroutines, each writing its own slot and
 * calling wg.Done() (shared/bench/spawn.go, Go prints 1000000 3999997). */
#include "rtest.h"

#define N 1000000
static int64_t slots[N];
struct args { int64_t i; gort_waitgroup *wg; };
static void worker(void *p) {
    struct args *a = p;
    slots[a->i] = a->i % 7 + 1;
    gort_waitgroup_done(a->wg);
}

static void entry(void) {
    gort_waitgroup wg = {0};
    gort_waitgroup_add(&wg, N);
    for (int64_t i = 0; i < N; i++) {
        struct args a = {i, &wg};
        gort_go(worker, &a, sizeof a);
        GORT_BACKEDGE(); /* as on every compiled loop: main can be preempted */
    }
    gort_waitgroup_wait(&wg);
    int64_t sum = 0;
    for (int64_t i = 0; i < N; i++) sum += slots[i];
    gort_printf("%d %ld\n", N, (long)sum);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
