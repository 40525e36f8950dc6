/*
 * lecture_done: cancelling a goroutine through a done channel, the second
 * way to stop goroutines in the lecture notes (shared/seeds/001: "отдельного
 * канала для уведомлений о необходимости завершения (часто ... пустая
 * структура struct{})").  The notes give no code, so this is the program,
 * lowered by hand as gocc will lower it:
 *
 *     func worker(done <-chan struct{}, stopped chan<- int) {
 *         n := 0
 *         for {
 *             select {
 *             case <-done:
 *                 fmt.Println("worker: done is closed, stopping")
 *                 stopped <- n
 *                 return
 *             default:
 *                 n++
 *                 time.Sleep(time.Millisecond)
 *             }
 *         }
 *     }
 *
 *     func main() {
 *         done := make(chan struct{})
 *         stopped := make(chan int)
 *         go worker(done, stopped)
 *         time.Sleep(50 * time.Millisecond)
 *         fmt.Println("main: closing done")
 *         close(done)
 *         n := <-stopped
 *         fmt.Println("main: worker stopped after working:", n > 0)
 *     }
 *
 * Go 1.19 prints the golden output (checked, GOMAXPROCS=1 and 2).
 */
#include "rtest.h"

struct worker_args {
    gort_chan *done;
    gort_chan *stopped;
};

static void worker(gort_chan *done, gort_chan *stopped) {
    int64_t n = 0;
    for (;;) {
        gort_scase cases[1] = {{done, NULL, false}};  /* case <-done */
        bool recvok;
        int chosen = gort_select(cases, 1, true, &recvok);
        if (chosen == 0) {
            gort_printf("worker: done is closed, stopping\n");
            gort_chansend(stopped, &n);
            return;
        } else {                                    /* default */
            n++;
            gort_sleep(1 * MS);
        }
        GORT_BACKEDGE();
    }
}
static void worker_go(void *p) {
    struct worker_args *a = p;
    worker(a->done, a->stopped);
}

static void main_main(void) {
    gort_chan *done = gort_makechan(0, 0);             /* chan struct{} */
    gort_chan *stopped = gort_makechan(sizeof(int64_t), 0);
    struct worker_args a = {done, stopped};
    gort_go(worker_go, &a, sizeof a);
    gort_sleep(50 * MS);
    gort_printf("main: closing done\n");
    gort_closechan(done);
    int64_t n;
    gort_chanrecv(stopped, &n);
    gort_printf("main: worker stopped after working: %s\n", n > 0 ? "true" : "false");
}

int main(int argc, char **argv) { return gort_start(argc, argv, main_main); }
