/*
 * sync_rwmutex: RWMutex semantics.
 *
 *  1. Readers share: main holds a read lock while 5 goroutines take and
 *     release read locks; they all get through (a writer-exclusive lock
 *     would deadlock here).
 *  2. A writer excludes readers and is not starved: with main holding a
 *     read lock, a writer blocks; a reader arriving after the writer waits
 *     behind it; when main releases, the writer goes first, then the reader.
 *  3. Mixed load: 6 readers and 3 writers, with yields and sleeps inside
 *     the critical sections; counters assert "no reader while a writer is
 *     in, at most one writer", readers check the writers' two-field
 *     invariant a == b, and the final a counts every write.
 */
#include "rtest.h"

static gort_rwmutex rw;
static gort_waitgroup wg;
static int64_t nreaders, nwriters; /* inside the lock now (atomic) */
static int64_t maxreaders;
static int64_t a, b;               /* written only under the write lock */
static int64_t order[4];           /* phase 2: who got in, in order */
static int64_t norder;

#define LD(p) __atomic_load_n(p, __ATOMIC_SEQ_CST)
#define INC(p, v) __atomic_add_fetch(p, v, __ATOMIC_SEQ_CST)

/* Phase 1 */
static void sharer(void *p) {
    (void)p;
    gort_rwmutex_rlock(&rw);
    INC(&nreaders, 1);
    gort_rwmutex_runlock(&rw);
    gort_waitgroup_done(&wg);
}

/* Phase 2 */
struct who { int64_t id; };
static void p2writer(void *p) {
    int64_t id = ((struct who *)p)->id;
    gort_rwmutex_lock(&rw);
    order[__atomic_fetch_add(&norder, 1, __ATOMIC_SEQ_CST)] = id;
    gort_rwmutex_unlock(&rw);
    gort_waitgroup_done(&wg);
}
static void p2reader(void *p) {
    int64_t id = ((struct who *)p)->id;
    gort_rwmutex_rlock(&rw);
    order[__atomic_fetch_add(&norder, 1, __ATOMIC_SEQ_CST)] = id;
    gort_rwmutex_runlock(&rw);
    gort_waitgroup_done(&wg);
}

/* Phase 3 */
#define READERS 6
#define WRITERS 3
#define RITER 3000
#define WITER 1000
static void reader(void *p) {
    (void)p;
    for (int i = 0; i < RITER; i++) {
        gort_rwmutex_rlock(&rw);
        int64_t r = INC(&nreaders, 1);
        CHECK(LD(&nwriters) == 0);
        int64_t m = LD(&maxreaders);
        while (r > m && !__atomic_compare_exchange_n(&maxreaders, &m, r, false,
                                                     __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) {
        }
        CHECK(a == b);
        if (i % 64 == 0) gort_gosched();
        if (i % 1000 == 0) gort_sleep(MS / 2);
        CHECK(a == b);
        INC(&nreaders, -1);
        gort_rwmutex_runlock(&rw);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&wg);
}
static void writer(void *p) {
    (void)p;
    for (int i = 0; i < WITER; i++) {
        gort_rwmutex_lock(&rw);
        CHECK(INC(&nwriters, 1) == 1);
        CHECK(LD(&nreaders) == 0);
        a++;
        if (i % 16 == 0) gort_gosched();
        b++;
        CHECK(LD(&nreaders) == 0);
        INC(&nwriters, -1);
        gort_rwmutex_unlock(&rw);
        GORT_BACKEDGE();
    }
    gort_waitgroup_done(&wg);
}

static void entry(void) {
    /* 1 */
    gort_rwmutex_rlock(&rw);
    for (int i = 0; i < 5; i++) {
        gort_waitgroup_add(&wg, 1);
        gort_go(sharer, NULL, 0);
    }
    gort_waitgroup_wait(&wg);
    gort_rwmutex_runlock(&rw);
    gort_printf("phase 1: %lld readers shared the lock\n", (long long)nreaders);
    nreaders = 0;

    /* 2 */
    gort_rwmutex_rlock(&rw);
    gort_waitgroup_add(&wg, 2);
    struct who w = {1}, r = {2};
    gort_go(p2writer, &w, sizeof w);
    gort_sleep(20 * MS);                 /* the writer is now waiting */
    gort_go(p2reader, &r, sizeof r);
    gort_sleep(20 * MS);                 /* the reader queues behind it */
    CHECK(LD(&norder) == 0);
    gort_rwmutex_runlock(&rw);
    gort_waitgroup_wait(&wg);
    gort_printf("phase 2: order %lld %lld\n", (long long)order[0], (long long)order[1]);

    /* 3 */
    for (int i = 0; i < READERS; i++) {
        gort_waitgroup_add(&wg, 1);
        gort_go(reader, NULL, 0);
    }
    for (int i = 0; i < WRITERS; i++) {
        gort_waitgroup_add(&wg, 1);
        gort_go(writer, NULL, 0);
    }
    gort_waitgroup_wait(&wg);
    CHECK(a == WRITERS * WITER && b == a);
    CHECK(maxreaders >= 1 && maxreaders <= READERS);
    CHECK(nreaders == 0 && nwriters == 0);
    CHECK(rw.readers == 0 && rw.readwait == 0 && rw.w.state == 0);
    gort_printf("phase 3: %lld writes\n", (long long)a);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
