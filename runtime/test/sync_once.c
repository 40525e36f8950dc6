/*
 * sync_once: 100 goroutines call once.Do(f) at the same time; f (a
 * closure over a counter) sleeps 20 ms before it finishes, so most callers
 * arrive while it runs.  Checks: f ran exactly once, and every caller
 * returned from Do only after f had finished (Go's guarantee).  A second
 * Once, used after the first is done, runs its own f once more.  A third
 * Once's f panics; the caller recovers; as in Go the Once is then done and
 * unlocked (a second Do neither runs f again nor blocks).
 */
#include "rtest.h"

/* recover()'s value as fmt.Sprint prints it ("<nil>" for nil). */
static gort_string recovered_text(gort_eface v) {
    gort_slice a = {&v, 1, 1};
    return gort_fmt_sprint(a);
}

#define N 100
#define LD(p) __atomic_load_n(p, __ATOMIC_SEQ_CST)

struct fenv {                 /* f's closure record */
    int64_t runs;
    int64_t finished;
};

static gort_once once, once2;
static gort_waitgroup wg;
static int64_t early;         /* callers that returned before f finished */

static void f(void *env) {
    struct fenv *e = env;
    __atomic_add_fetch(&e->runs, 1, __ATOMIC_SEQ_CST);
    gort_sleep(20 * MS);
    __atomic_store_n(&e->finished, 1, __ATOMIC_SEQ_CST);
}

struct caller_args {
    struct fenv *e;
};

static void caller(void *p) {
    struct fenv *e = ((struct caller_args *)p)->e;
    gort_once_do(&once, f, e);
    if (!LD(&e->finished)) __atomic_add_fetch(&early, 1, __ATOMIC_SEQ_CST);
    gort_waitgroup_done(&wg);
}

/* func() { panic("boom") } */
static int64_t panicruns;
static void fpanic(void *env) {
    (void)env;
    panicruns++;
    gort_panicstr(GORT_STR("boom"));
}

/* func tryDo() (recovered string) {
 *     defer func() { if r := recover(); r != nil { recovered = r.(string) } }()
 *     once3.Do(fpanic)
 *     return ""
 * } */
static gort_once once3;
static gort_string recovered;
static void tryDo_defer1(void *p) {
    (void)p;
    gort_eface r_e = gort_recover();
    gort_string r_t = recovered_text(r_e);
    const gort_string *r = r_e.type ? &r_t : NULL;
    if (r) recovered = *r;
}
static void tryDo(void) {
    gort_frame frame;
    if (gort_frame_enter(&frame)) goto out;
    gort_defer_push(&frame, tryDo_defer1, NULL);
    gort_once_do(&once3, fpanic, NULL);
out:
    gort_frame_leave(&frame);
}

static void entry(void) {
    struct fenv *e = gort_alloc(sizeof *e);
    for (int i = 0; i < N; i++) {
        gort_waitgroup_add(&wg, 1);
        struct caller_args a = {e};
        gort_go(caller, &a, sizeof a);
    }
    gort_waitgroup_wait(&wg);
    gort_printf("f ran %lld time(s), %lld caller(s) returned early\n",
                (long long)e->runs, (long long)early);
    gort_once_do(&once, f, e);             /* done: must not run again */
    CHECK(e->runs == 1);

    struct fenv *e2 = gort_alloc(sizeof *e2);
    gort_once_do(&once2, f, e2);
    gort_once_do(&once2, f, e2);
    gort_printf("second Once: f ran %lld time(s)\n", (long long)e2->runs);

    tryDo();
    gort_printf("recovered: %.*s\n", (int)recovered.len, (const char *)recovered.ptr);
    gort_once_do(&once3, fpanic, NULL);   /* done: no second run, no block */
    gort_printf("panicking f ran %lld time(s)\n", (long long)panicruns);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
