/*
 * defer_order: deferred calls run LIFO when the function returns normally,
 * with their arguments evaluated when the defer statement ran, after the
 * result is stored (a deferred closure can change a named result), and
 * each function's defers run when that function returns, not its caller's.
 * The Go program this lowers (Go 1.19 prints defer_order.out):
 *
 *     func inner() int {
 *         defer fmt.Println("inner defer")
 *         fmt.Println("inner body")
 *         return 7
 *     }
 *     func f() (r int) {
 *         for i := 0; i < 3; i++ {
 *             defer fmt.Println("loop defer", i)
 *         }
 *         defer func() { r *= 2 }()
 *         defer fmt.Println("last pushed, runs first")
 *         fmt.Println("inner returned", inner())
 *         return 5
 *     }
 *     func early(x int) int {
 *         defer fmt.Println("early's defer")
 *         if x > 0 {
 *             return x
 *         }
 *         return -1
 *     }
 *     func main() {
 *         fmt.Println("f returned", f())
 *         fmt.Println("second call", f())
 *         fmt.Println("early returned", early(3))
 *         fmt.Println("early returned", early(0))
 *     }
 */
#include "rtest.h"

struct intarg { const char *s; int64_t i; };

static void say(void *arg) { gort_printf("%s\n", (const char *)arg); }
static void sayint(void *arg) {
    struct intarg *a = arg;
    gort_printf("%s %ld\n", a->s, (long)a->i);
}
static void twice(void *arg) { *(volatile int64_t *)arg *= 2; }

static int64_t inner(void) {
    gort_frame fr;
    volatile int64_t r = 0;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, say, "inner defer");
    gort_printf("inner body\n");
    r = 7;
out:
    gort_frame_leave(&fr);
    return r;
}

static int64_t f(void) {
    gort_frame fr;
    volatile int64_t r = 0;
    if (gort_frame_enter(&fr)) goto out;
    for (int64_t i = 0; i < 3; i++) {
        struct intarg *a = gort_alloc(sizeof *a);
        a->s = "loop defer";
        a->i = i;
        gort_defer_push(&fr, sayint, a);
    }
    gort_defer_push(&fr, twice, (void *)&r);
    gort_defer_push(&fr, say, "last pushed, runs first");
    gort_printf("inner returned %ld\n", (long)inner());
    r = 5;
out:
    gort_frame_leave(&fr);
    return r;
}

static int64_t early(int64_t x) {
    gort_frame fr;
    volatile int64_t r = 0;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, say, "early's defer");
    if (x > 0) {
        r = x;
        goto out; /* return x */
    }
    r = -1;
out:
    gort_frame_leave(&fr);
    return r;
}

static void entry(void) {
    gort_printf("f returned %ld\n", (long)f());
    gort_printf("second call %ld\n", (long)f());
    gort_printf("early returned %ld\n", (long)early(3));
    gort_printf("early returned %ld\n", (long)early(0));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
