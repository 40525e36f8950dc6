/*
 * stress_sync: every sync type under load at once.  Run by `make test`,
 * and with the whole runtime instrumented by `make test-tsan` and
 * `make test-asan`, so the sizes are modest.
 *
 * All of these run concurrently, and main joins them with one WaitGroup:
 *
 *   mutex    16 goroutines x 4000 Lock/counter++/Unlock, sometimes yielding
 *            or sleeping inside the critical section (forces parking, and
 *            with the sleeps, starvation mode);
 *   rwmutex  8 readers x 1500 RLock, check a == b, RUnlock; 4 writers x 500
 *            Lock, a++, yield, b++, Unlock;
 *   cond     4 producers x 2000 items into a 4-slot ring, 4 consumers; two
 *            Conds on one Mutex (notEmpty / notFull), Signal for each item,
 *            Broadcast at the end;
 *   waitgrp  a coordinator running 40 rounds of "Add(6), 6 goroutines each
 *            Done, Wait", reusing one WaitGroup; each round's goroutines
 *            also Wait on a shared start gate opened by main;
 *   once     64 goroutines over 8 Once values, each f counted.
 *
 * The final check is deterministic: every count is exact.
 */
#include "rtest.h"

#define LD(p) __atomic_load_n(p, __ATOMIC_SEQ_CST)
#define INC(p, v) __atomic_add_fetch(p, v, __ATOMIC_SEQ_CST)

static gort_waitgroup all;

/* ---- mutex ---- */
#define MW 16
#define MITER 4000
static gort_mutex mu;
static int64_t mcount;
static void mworker(void *p) {
    int64_t id = *(int64_t *)p;
    for (int64_t i = 0; i < MITER; i++) {
        gort_mutex_lock(&mu);
        mcount++;
        if ((i + id) % 97 == 0) gort_gosched();
        if (id == 0 && i % 1000 == 0) gort_sleep(2 * MS);
        gort_mutex_unlock(&mu);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&all);
}

/* ---- rwmutex ---- */
#define RR 8
#define RW 4
#define RRITER 1500
#define RWITER 500
static gort_rwmutex rw;
static int64_t ra, rb, rreads;
static void rreader(void *p) {
    (void)p;
    for (int i = 0; i < RRITER; i++) {
        gort_rwmutex_rlock(&rw);
        CHECK(ra == rb);
        if (i % 50 == 0) gort_gosched();
        CHECK(ra == rb);
        gort_rwmutex_runlock(&rw);
        INC(&rreads, 1);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&all);
}
static void rwriter(void *p) {
    (void)p;
    for (int i = 0; i < RWITER; i++) {
        gort_rwmutex_lock(&rw);
        ra++;
        if (i % 7 == 0) gort_gosched();
        rb++;
        gort_rwmutex_unlock(&rw);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&all);
}

/* ---- cond ---- */
#define CP 4
#define CC 4
#define CITEMS 2000
#define CCAP 4
static gort_mutex cmu;
static gort_cond notempty = {.L = &cmu}, notfull = {.L = &cmu};
static int64_t cring[CCAP], chead, ccount, cproducers = CP, cgot, csum;
static void cproducer(void *p) {
    int64_t id = *(int64_t *)p;
    for (int64_t i = 0; i < CITEMS; i++) {
        gort_mutex_lock(&cmu);
        while (ccount == CCAP) gort_cond_wait(&notfull);
        cring[(chead + ccount) % CCAP] = id * CITEMS + i + 1;
        ccount++;
        gort_cond_signal(&notempty);
        gort_mutex_unlock(&cmu);
        GORT_BACKEDGE();
    }
    gort_mutex_lock(&cmu);
    if (--cproducers == 0) gort_cond_broadcast(&notempty); /* wake idle consumers */
    gort_mutex_unlock(&cmu);
    gort_waitgroup_done(&all);
}
static void cconsumer(void *p) {
    (void)p;
    for (;;) {
        gort_mutex_lock(&cmu);
        while (ccount == 0 && cproducers > 0) gort_cond_wait(&notempty);
        if (ccount == 0) {
            gort_mutex_unlock(&cmu);
            break;
        }
        csum += cring[chead];
        chead = (chead + 1) % CCAP;
        ccount--;
        cgot++;
        gort_cond_signal(&notfull);
        gort_mutex_unlock(&cmu);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&all);
}

/* ---- waitgroup ---- */
#define WROUNDS 40
#define WPER 6
static gort_waitgroup round, gate;
static int64_t wdone;
static void wmember(void *p) {
    (void)p;
    gort_waitgroup_wait(&gate);
    INC(&wdone, 1);
    gort_waitgroup_done(&round);
}
static void wcoord(void *p) {
    (void)p;
    for (int r = 0; r < WROUNDS; r++) {
        gort_waitgroup_add(&round, WPER);
        for (int i = 0; i < WPER; i++) gort_go(wmember, NULL, 0);
        gort_waitgroup_wait(&round);
        CHECK(LD(&wdone) == (int64_t)(r + 1) * WPER);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&all);
}

/* ---- once ---- */
#define ONCES 8
#define OCALLERS 64
static gort_once onces[ONCES];
static int64_t oruns[ONCES];
static void oinc(void *env) {
    INC((int64_t *)env, 1);
    gort_gosched();
}
static void ocaller(void *p) {
    int64_t id = *(int64_t *)p;
    for (int k = 0; k < ONCES; k++) {
        int j = (int)((k + id) % ONCES);
        gort_once_do(&onces[j], oinc, &oruns[j]);
        CHECK(LD(&oruns[j]) == 1);
    }
    gort_waitgroup_done(&all);
}

static void entry(void) {
    gort_waitgroup_add(&gate, 1);
    for (int64_t i = 0; i < MW; i++) {
        gort_waitgroup_add(&all, 1);
        gort_go(mworker, &i, sizeof i);
    }
    for (int64_t i = 0; i < RW; i++) {
        gort_waitgroup_add(&all, 1);
        gort_go(rwriter, &i, sizeof i);
    }
    for (int64_t i = 0; i < RR; i++) {
        gort_waitgroup_add(&all, 1);
        gort_go(rreader, &i, sizeof i);
    }
    for (int64_t i = 0; i < CC; i++) {
        gort_waitgroup_add(&all, 1);
        gort_go(cconsumer, &i, sizeof i);
    }
    for (int64_t i = 0; i < CP; i++) {
        gort_waitgroup_add(&all, 1);
        gort_go(cproducer, &i, sizeof i);
    }
    gort_waitgroup_add(&all, 1);
    gort_go(wcoord, NULL, 0);
    for (int64_t i = 0; i < OCALLERS; i++) {
        gort_waitgroup_add(&all, 1);
        gort_go(ocaller, &i, sizeof i);
    }
    gort_sleep(1 * MS);
    gort_waitgroup_done(&gate);      /* open the gate for the wg rounds */
    gort_waitgroup_wait(&all);

    int64_t n = CP * CITEMS;
    CHECK(mcount == MW * MITER);
    CHECK(ra == RW * RWITER && rb == ra && rreads == RR * RRITER);
    CHECK(cgot == n && csum == n * (n + 1) / 2 && ccount == 0);
    CHECK(wdone == WROUNDS * WPER);
    for (int j = 0; j < ONCES; j++) CHECK(oruns[j] == 1);
    CHECK(mu.state == 0 && rw.readers == 0 && rw.w.state == 0 && cmu.state == 0);
    gort_printf("mutex %lld\n", (long long)mcount);
    gort_printf("rwmutex %lld writes %lld reads\n", (long long)ra, (long long)rreads);
    gort_printf("cond %lld items sum %lld\n", (long long)cgot, (long long)csum);
    gort_printf("waitgroup %lld\n", (long long)wdone);
    gort_printf("once %d x 1\n", ONCES);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
