/* time_timers: time.After, NewTimer with Stop and Reset, NewTicker,
 * AfterFunc, and 10,000 goroutines sleeping at once without holding a
 * thread each (they all wake after about one sleep, on a handful of Ms). */
#include "rtest.h"
#include <dirent.h>

static void counttasks_sys(void *arg) {
    int *n = arg;
    DIR *d = opendir("/proc/self/task");
    struct dirent *e;
    *n = 0;
    while (d && (e = readdir(d)))
        if (e->d_name[0] != '.') (*n)++;
    if (d) closedir(d);
}

static int64_t fired;
static void afterfn(void *env) {
    gort_chan *c = env;
    __atomic_fetch_add(&fired, 1, __ATOMIC_RELAXED);
    gort_chansend(c, NULL);
}

struct sl { gort_waitgroup *wg; };
static void sleeper(void *p) {
    struct sl *a = p;
    gort_sleep(50 * MS);
    gort_waitgroup_done(a->wg);
}

static void entry(void) {
    /* time.After */
    int64_t t0 = gort_nanotime(), v;
    gort_chanrecv(gort_newtimer(20 * MS, 0)->C, &v);
    gort_printf("After(20ms) fired after >= 20ms: %s\n", gort_nanotime() - t0 >= 20 * MS ? "yes" : "no");

    /* Timer.Stop before it fires: true, and nothing is ever sent. */
    gort_timechan *t = gort_newtimer(30 * MS, 0);
    gort_printf("Stop before firing: %s\n", gort_timer_stop(&t->t) ? "true" : "false");
    gort_sleep(50 * MS);
    gort_printf("stopped timer's channel: %ld values\n", (long)gort_chanlen(t->C));
    gort_printf("Stop after stop: %s\n", gort_timer_stop(&t->t) ? "true" : "false");

    /* Timer.Reset re-arms it. */
    gort_timer_reset(&t->t, gort_nanotime() + 10 * MS);
    gort_chanrecv(t->C, &v);
    gort_printf("reset timer fired\n");

    /* Ticker: three ticks, then Stop. */
    gort_timechan *tk = gort_newtimer(10 * MS, 10 * MS);
    t0 = gort_nanotime();
    for (int i = 0; i < 3; i++) gort_chanrecv(tk->C, &v);
    int64_t el = gort_nanotime() - t0;
    gort_timer_stop(&tk->t);
    gort_printf("3 ticks of 10ms took >= 30ms: %s\n", el >= 30 * MS - MS ? "yes" : "no");

    /* AfterFunc runs its function in a goroutine of its own. */
    gort_chan *c = gort_makechan(0, 0);
    gort_afterfunc(10 * MS, afterfn, c);
    gort_chanrecv(c, NULL);
    gort_printf("AfterFunc ran: %ld\n", (long)fired);

    /* 10,000 sleepers at once. */
    gort_waitgroup wg = {0};
    gort_waitgroup_add(&wg, 10000);
    t0 = gort_nanotime();
    for (int i = 0; i < 10000; i++) {
        struct sl a = {&wg};
        gort_go(sleeper, &a, sizeof a);
    }
    gort_waitgroup_wait(&wg);
    el = gort_nanotime() - t0;
    int tasks;
    gort_systemstack(counttasks_sys, &tasks);
    gort_printf("10000 sleepers of 50ms done in under 1s: %s\n", el < 1000 * MS ? "yes" : "no");
    gort_printf("threads: fewer than 16: %s\n", tasks < 16 ? "yes" : "no");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
