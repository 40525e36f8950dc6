/*
 * lecture_mainexit: "все goroutine завершаются, когда завершается
 * goroutine, которая исполняет функцию main()" (shared/seeds/003, and the
 * "At this point the program execution stops and all active goroutines are
 * killed" example of seeds/004).  Main returns while four goroutines are
 * still alive: one sleeping (5 s), one blocked on a channel receive, one
 * blocked on a Mutex, one spinning in a loop.  The process must exit with
 * status 0 at once, and none of their output may appear.  Lowered by hand
 * from:
 *
 *     func main() {
 *         go func() {
 *             time.Sleep(5 * time.Second)
 *             fmt.Println("sleeper: never printed")
 *         }()
 *         ch := make(chan int)
 *         go func() {
 *             <-ch
 *             fmt.Println("receiver: never printed")
 *         }()
 *         var mu sync.Mutex
 *         mu.Lock()
 *         go func() {
 *             mu.Lock()
 *             fmt.Println("locker: never printed")
 *         }()
 *         go func() {
 *             n := 0
 *             for {
 *                 n++
 *             }
 *         }()
 *         time.Sleep(10 * time.Millisecond)
 *         fmt.Println("main: returning with 4 goroutines left")
 *     }
 *
 * Go 1.19 prints the one line and exits 0 in 16 ms.  (If the exit waited
 * for the sleeper, its line would show up after 5 s and fail the golden.)
 */
#include "rtest.h"

static void main_func1(void *p) {
    (void)p;
    gort_sleep(5000 * MS);
    gort_printf("sleeper: never printed\n");
}

struct ch_env { gort_chan *ch; };
static void main_func2(void *p) {
    gort_chan *ch = ((struct ch_env *)p)->ch;
    gort_chanrecv(ch, NULL);
    gort_printf("receiver: never printed\n");
}

struct mu_env { gort_mutex *mu; };
static void main_func3(void *p) {
    gort_mutex *mu = ((struct mu_env *)p)->mu;
    gort_mutex_lock(mu);
    gort_printf("locker: never printed\n");
}

static void main_func4(void *p) {
    (void)p;
    volatile int64_t n = 0;
    for (;;) {
        n++;
        GORT_BACKEDGE();
    }
}

static void main_main(void) {
    gort_go(main_func1, NULL, 0);
    gort_chan *ch = gort_makechan(sizeof(int64_t), 0);
    struct ch_env c = {ch};
    gort_go(main_func2, &c, sizeof c);
    gort_mutex *mu = gort_alloc(sizeof *mu);   /* captured: escapes */
    gort_mutex_lock(mu);
    struct mu_env m = {mu};
    gort_go(main_func3, &m, sizeof m);
    gort_go(main_func4, NULL, 0);
    gort_sleep(10 * MS);
    gort_printf("main: returning with 4 goroutines left\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, main_main); }
