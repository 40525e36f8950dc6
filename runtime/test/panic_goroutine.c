/*
 * panic_goroutine: an unrecovered panic in a goroutine other than main
 * ends the whole program, naming that goroutine:
 *
 *     func worker(done chan bool) {
 *         defer fmt.Println("worker's defer runs")
 *         fmt.Println("worker")
 *         panic("oops in goroutine")
 *     }
 *     func main() {
 *         go worker(nil)
 *         <-make(chan int)        // blocks; the panic ends the program
 *     }
 *
 * Go 1.19 prints "panic: oops in goroutine", a blank line, then
 * "goroutine 18 [running]:" (the number depends on how its runtime hands
 * out goroutine ids; gocc's differs), a traceback, and exits with status 2.
 * The pattern file accepts exactly those lines for any goroutine number
 * above 1; stdout shows that the deferred call ran before the program died
 * and that main never went on.
 */
#include "rtest.h"

static void say(void *arg) { gort_printf("%s\n", (const char *)arg); }

static void worker(void *p) {
    (void)p;
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, say, "worker's defer runs");
    gort_printf("worker\n");
    gort_panicstr(GORT_STR("oops in goroutine"));
out:
    gort_frame_leave(&fr);
    gort_printf("after: the panic was recovered\n");
}

static void entry(void) {
    gort_go(worker, NULL, 0);
    gort_chan *c = gort_makechan(sizeof(int64_t), 0);
    int64_t v;
    gort_chanrecv(c, &v);
    gort_printf("after: main woke up\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
