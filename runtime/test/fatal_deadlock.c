/*
 * fatal_deadlock: when every goroutine is blocked, the runtime prints
 * "fatal error: all goroutines are asleep - deadlock!" and then each
 * goroutine's header, goroutine 1 first, the others by number, each after
 * a blank line (Go follows each with its traceback), exit status 2.
 * Go 1.19, for
 *
 *     func main() {
 *         c := make(chan int)
 *         go func() { select {} }()
 *         go func() { c <- 1; c <- 2 }()
 *         <-c
 *         <-make(chan int)
 *     }
 *
 * prints on stderr
 *
 *     fatal error: all goroutines are asleep - deadlock!
 *
 *     goroutine 1 [chan receive]:
 *     main.main()
 *             /tmp/dl.go:8 +0x9a
 *
 *     goroutine 5 [select (no cases)]:
 *     main.main.func1()
 *     ...
 *
 *     goroutine 6 [chan send]:
 *     main.main.func2()
 *     ...
 *
 * gocc numbers goroutines as Go 1.19 does (its runtime's own four come
 * first, so the user's first is 5): fatal_deadlock.err is Go's text
 * without the traceback lines.
 */
#include "rtest.h"

static void func1(void *p) {
    (void)p;
    gort_select(NULL, 0, false, NULL);
}

static void func2(void *p) {
    gort_chan *c = *(gort_chan **)p;
    int64_t v = 1;
    gort_chansend(c, &v);
    v = 2;
    gort_chansend(c, &v);
}

static void entry(void) {
    gort_chan *c = gort_makechan(sizeof(int64_t), 0);
    gort_go(func1, NULL, 0);
    gort_go(func2, &c, sizeof c);
    int64_t v;
    gort_chanrecv(c, &v);
    gort_printf("received %ld\n", (long)v);
    gort_chanrecv(gort_makechan(sizeof(int64_t), 0), &v);
    gort_printf("not reached\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
