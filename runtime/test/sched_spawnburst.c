/* sched_spawnburst: a goroutine that creates goroutines in a loop does not
 * outrun them (gort_go's back-pressure, sched.c): at GOMAXPROCS=1, of
 * 100,000 goroutines created by one loop with no other yield point, never
 * more than a thousand wait to start, where without the back-pressure all
 * of them would until sysmon preempts the loop 10 ms in. */
#include "rtest.h"

#define N 100000

static int64_t started;

static void child(void *p) {
    (void)p;
    started++; /* GOMAXPROCS=1: no race */
}

static void entry(void) {
    CHECK(gort_gomaxprocs(0) == 1);
    int64_t maxwaiting = 0;
    for (int64_t i = 1; i <= N; i++) {
        gort_go(child, NULL, 0);
        if (i - started > maxwaiting) maxwaiting = i - started;
    }
    while (started < N) gort_gosched();
    gort_printf("all %d started\n", (int)started);
    gort_printf("never more than 1000 waiting to start: %s\n",
                maxwaiting <= 1000 ? "yes" : "NO");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
