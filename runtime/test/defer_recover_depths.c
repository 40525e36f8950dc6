/*
 * defer_recover_depths: recovery from every stack position.  For depths
 * k = 0..1999, a panic at the bottom of a k-deep recursion is recovered
 * by a deferred call that itself recurses k deep before recovering, so
 * the panic starts, the deferred call runs and the recovery lands at every
 * offset from a segment boundary, on the same segment or across several;
 * the runtime code in between must fit in the reserve below the guard.
 * Ten goroutines do it at once.  The Go program (Go 1.19 prints
 * defer_recover_depths.out):
 *
 *     func rec(n int) int { if n == 0 { panic("bottom") }; return rec(n-1) + 1 }
 *     func recnopanic(n int) int { if n == 0 { return 0 }; return recnopanic(n-1) + 1 }
 *     func try(k int) (r int) {
 *         defer func() {
 *             r = recnopanic(k)
 *             if recover() == nil { r = -1000000 }
 *         }()
 *         return rec(k)
 *     }
 *     func worker(done chan int) {
 *         sum := 0
 *         for k := 0; k < 2000; k++ { sum += try(k) }
 *         done <- sum
 *     }
 *     func main() {
 *         done := make(chan int)
 *         for i := 0; i < 10; i++ { go worker(done) }
 *         total := 0
 *         for i := 0; i < 10; i++ { total += <-done }
 *         fmt.Println(total)
 *     }
 */
#include "rtest.h"

RTEST_SPLIT_FN1(rec, 48)
static int64_t rec_body(int64_t n) {
    volatile int64_t keep = n;
    if (n == 0) gort_panicstr(GORT_STR("bottom"));
    return rec(n - 1) + 1 + (rtest_use(&keep) != n);
}

RTEST_SPLIT_FN1(recnopanic, 48)
static int64_t recnopanic_body(int64_t n) {
    volatile int64_t keep = n;
    if (n == 0) return 0;
    return recnopanic(n - 1) + 1 + (rtest_use(&keep) != n);
}

struct closure { volatile int64_t *r; int64_t k; };

static void try_deferred(void *arg) {
    struct closure *c = arg;
    *c->r = recnopanic(c->k);
    if (gort_recover().type == NULL) *c->r = -1000000;
}

RTEST_SPLIT_FN1(try, 128)
static int64_t try_body(int64_t k) {
    gort_frame fr;
    volatile int64_t r = 0;
    if (gort_frame_enter(&fr)) goto out;
    struct closure *c = gort_alloc(sizeof *c);
    c->r = &r;
    c->k = k;
    gort_defer_push(&fr, try_deferred, c);
    r = rec(k);
out:
    gort_frame_leave(&fr);
    return r;
}

static void worker(void *p) {
    gort_chan *done = *(gort_chan **)p;
    int64_t sum = 0;
    for (int64_t k = 0; k < 2000; k++) sum += try(k);
    gort_chansend(done, &sum);
}

static void entry(void) {
    gort_chan *done = gort_makechan(sizeof(int64_t), 0);
    for (int i = 0; i < 10; i++) gort_go(worker, &done, sizeof done);
    int64_t total = 0, v;
    for (int i = 0; i < 10; i++) {
        gort_chanrecv(done, &v);
        total += v;
    }
    gort_printf("%ld\n", (long)total);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
