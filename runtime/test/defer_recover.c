/*
 * defer_recover: recover() in a deferred call stops a panic; the function
 * that deferred it returns (with the named results the deferred calls
 * set) and its caller goes on.  Also: the remaining defers of that frame
 * still run after the recovery; a panic runs the defers of every frame it
 * unwinds; a panic at the bottom of a 100000-deep recursion, which crossed
 * many stack segments, is recovered at the top (the segments are released
 * and the stack works again afterwards); recover is nil outside a panic,
 * the second time, and in a deferred call of a function that the panic's
 * deferred call called; a goroutine recovers and carries on.
 *
 * defer_recover.out is what Go 1.19 prints for this program, which the C
 * below lowers function by function:
 *
 *     func f() (r int) {
 *         defer fmt.Println("f: earlier defer runs after the recovery")
 *         defer func() {
 *             v := recover()
 *             fmt.Println("f: recovered", v)
 *             r = 42
 *         }()
 *         fmt.Println("f: panicking")
 *         panic("boom")
 *     }
 *     func level3() { defer fmt.Println("level3 defer"); panic("deep") }
 *     func level2() {
 *         defer fmt.Println("level2 defer")
 *         level3()
 *         fmt.Println("not reached")
 *     }
 *     func level1() (s string) {
 *         defer func() {
 *             if v := recover(); v != nil { s = fmt.Sprint("level1 recovered ", v) }
 *         }()
 *         level2()
 *         return "not reached"
 *     }
 *     func rec(n int) int { if n == 0 { panic("bottom") }; return rec(n-1) + 1 }
 *     func recnopanic(n int) int { if n == 0 { return 0 }; return recnopanic(n-1) + 1 }
 *     func deep() (r int) {
 *         defer func() {
 *             v := recover()
 *             fmt.Println("deep: recovered", v)
 *             r = -1
 *         }()
 *         return rec(100000)
 *     }
 *     func helperWithDefer() {
 *         defer func() { fmt.Println("helper's deferred recover:", recover()) }()
 *     }
 *     func g4() (s string) {
 *         defer func() { v := recover(); s = fmt.Sprint("g4 recovered ", v) }()
 *         defer func() { helperWithDefer() }()
 *         panic("four")
 *     }
 *     func g5() {
 *         defer func() {
 *             fmt.Println("first recover:", recover())
 *             fmt.Println("second recover:", recover())
 *         }()
 *         panic("five")
 *     }
 *     func worker(done chan int) {
 *         func() {
 *             defer func() { fmt.Println("worker recovered:", recover()) }()
 *             panic("in worker")
 *         }()
 *         fmt.Println("worker continues")
 *         done <- 1
 *     }
 *     func main() {
 *         fmt.Println("recover outside panic:", recover())
 *         fmt.Println("f returned", f())
 *         fmt.Println(level1())
 *         fmt.Println("deep returned", deep())
 *         fmt.Println("deep again", deep())
 *         fmt.Println("recursion after recovery:", recnopanic(200000))
 *         fmt.Println(g4())
 *         g5()
 *         done := make(chan int)
 *         go worker(done)
 *         <-done
 *         fmt.Println("main done")
 *     }
 */
#include "rtest.h"

static void say(void *arg) { gort_printf("%s\n", (const char *)arg); }

/* recover()'s value as fmt.Sprint prints it ("<nil>" for nil). */
static gort_string recovered_text(gort_eface v) {
    gort_slice a = {&v, 1, 1};
    return gort_fmt_sprint(a);
}

/* fmt.Println(tag, recover()) */
static void printrecover(const char *tag) {
    gort_string r = recovered_text(gort_recover());
    gort_printf("%s %.*s\n", tag, (int)r.len, (const char *)r.ptr);
}

/* ---- f: named result set by the recovering deferred call ---- */

static void f_recover(void *arg) {
    volatile int64_t *r = arg;
    printrecover("f: recovered");
    *r = 42;
}

static int64_t f(void) {
    gort_frame fr;
    volatile int64_t r = 0;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, say, "f: earlier defer runs after the recovery");
    gort_defer_push(&fr, f_recover, (void *)&r);
    gort_printf("f: panicking\n");
    gort_panicstr(GORT_STR("boom"));
out:
    gort_frame_leave(&fr);
    return r;
}

/* ---- level1..3: the panic runs every frame's defers ---- */

static void level3(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, say, "level3 defer");
    gort_panicstr(GORT_STR("deep"));
out:
    gort_frame_leave(&fr);
}

static void level2(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, say, "level2 defer");
    level3();
    gort_printf("not reached\n");
out:
    gort_frame_leave(&fr);
}

static void level1_recover(void *arg) {
    gort_string *s = arg;
    gort_eface v = gort_recover();
    if (v.type) *s = recovered_text(v);
}

static gort_string level1(void) {
    gort_frame fr;
    gort_string *s = gort_alloc(sizeof *s); /* escapes to the closure */
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, level1_recover, s);
    level2();
    *s = GORT_STR("not reached");
out:
    gort_frame_leave(&fr);
    return *s;
}

/* ---- deep: recovery across stack segments ---- */

RTEST_SPLIT_FN1(rec, 64)
static int64_t rec_body(int64_t n) {
    volatile int64_t keep = n;
    if (n == 0) gort_panicstr(GORT_STR("bottom"));
    return rec(n - 1) + 1 + 0 * rtest_use(&keep);
}

RTEST_SPLIT_FN1(recnopanic, 64)
static int64_t recnopanic_body(int64_t n) {
    volatile int64_t keep = n;
    if (n == 0) return 0;
    return recnopanic(n - 1) + 1 + 0 * rtest_use(&keep);
}

static void deep_recover(void *arg) {
    volatile int64_t *r = arg;
    printrecover("deep: recovered");
    *r = -1;
}

static int64_t deep(void) {
    gort_frame fr;
    volatile int64_t r = 0;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, deep_recover, (void *)&r);
    r = rec(100000);
out:
    gort_frame_leave(&fr);
    return r;
}

/* ---- g4: recover in a deferred call of a called function is nil ---- */

static void helper_deferred(void *arg) {
    (void)arg;
    printrecover("helper's deferred recover:");
}

static void helperWithDefer(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, helper_deferred, NULL);
out:
    gort_frame_leave(&fr);
}

static void g4_callhelper(void *arg) {
    (void)arg;
    helperWithDefer();
}

static gort_string g4(void) {
    gort_frame fr;
    gort_string *s = gort_alloc(sizeof *s);
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, level1_recover, s);
    gort_defer_push(&fr, g4_callhelper, NULL);
    gort_panicstr(GORT_STR("four"));
out:
    gort_frame_leave(&fr);
    return *s;
}

/* ---- g5: a second recover is nil ---- */

static void g5_twice(void *arg) {
    (void)arg;
    printrecover("first recover:");
    printrecover("second recover:");
}

static void g5(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, g5_twice, NULL);
    gort_panicstr(GORT_STR("five"));
out:
    gort_frame_leave(&fr);
}

/* ---- a goroutine recovers and goes on ---- */

static void worker_recover(void *arg) {
    (void)arg;
    printrecover("worker recovered:");
}

static void worker_func1(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, worker_recover, NULL);
    gort_panicstr(GORT_STR("in worker"));
out:
    gort_frame_leave(&fr);
}

static void worker(void *p) {
    gort_chan *done = *(gort_chan **)p;
    worker_func1();
    gort_printf("worker continues\n");
    int64_t one = 1;
    gort_chansend(done, &one);
}

static void entry(void) {
    printrecover("recover outside panic:");
    gort_printf("f returned %ld\n", (long)f());
    gort_string s = level1();
    gort_printf("level1 recovered %.*s\n", (int)s.len, (const char *)s.ptr);
    gort_printf("deep returned %ld\n", (long)deep());
    gort_printf("deep again %ld\n", (long)deep());
    gort_printf("recursion after recovery: %ld\n", (long)recnopanic(200000));
    s = g4();
    gort_printf("g4 recovered %.*s\n", (int)s.len, (const char *)s.ptr);
    g5();
    gort_chan *done = gort_makechan(sizeof(int64_t), 0);
    gort_go(worker, &done, sizeof done);
    int64_t v;
    gort_chanrecv(done, &v);
    gort_printf("main done\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
