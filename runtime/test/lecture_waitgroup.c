/*
 * lecture_waitgroup: the WaitGroup example of the goroutine lecture
 * (shared/seeds/002), lowered by hand as gocc will lower it:
 *
 *     func sayHello(wg *sync.WaitGroup) {
 *         defer wg.Done() // Уменьшение счетчика горутин
 *         fmt.Println("Hello, world!")
 *     }
 *
 *     func main() {
 *         var wg sync.WaitGroup
 *         wg.Add(1) // Увеличение счетчика горутин
 *         go sayHello(&wg)
 *         wg.Wait() // Ожидание завершения всех горутин
 *     }
 *
 * `wg` has its address taken by a `go` statement, so it escapes to the heap.
 */
#include "rtest.h"

/* `defer wg.Done()`: the receiver is evaluated at the defer statement into
 * a heap record; the thunk makes the call when the frame is left. */
struct sayHello_defer1 {
    gort_waitgroup *wg;
};
static void sayHello_defer1_thunk(void *p) { gort_waitgroup_done(((struct sayHello_defer1 *)p)->wg); }

static void sayHello(gort_waitgroup *wg) {
    gort_frame frame;
    if (gort_frame_enter(&frame)) goto out;
    struct sayHello_defer1 *d1 = gort_alloc(sizeof *d1);
    d1->wg = wg;
    gort_defer_push(&frame, sayHello_defer1_thunk, d1);
    gort_printf("Hello, world!\n");     /* fmt.Println("Hello, world!") */
out:
    gort_frame_leave(&frame);
}

struct sayHello_args {
    gort_waitgroup *wg;
};
static void sayHello_go(void *p) { sayHello(((struct sayHello_args *)p)->wg); }

static void main_main(void) {
    gort_waitgroup *wg = gort_alloc(sizeof *wg);
    gort_waitgroup_add(wg, 1);
    struct sayHello_args a = {wg};
    gort_go(sayHello_go, &a, sizeof a);
    gort_waitgroup_wait(wg);
}

int main(int argc, char **argv) { return gort_start(argc, argv, main_main); }
