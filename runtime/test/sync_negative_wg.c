/*
 * sync_negative_wg: one wg.Done() too many panics as in Go:
 *
 *     panic: sync: negative WaitGroup counter
 *
 *     goroutine 1 [running]:
 *     ...
 *
 * and the process exits with status 2.  Lowered from:
 *
 *     var wg sync.WaitGroup
 *     wg.Add(1)
 *     wg.Done()
 *     fmt.Println("one Done too many")
 *     wg.Done()
 *     fmt.Println("not reached")
 */
#include "rtest.h"

static void main_main(void) {
    gort_waitgroup wg = {0};
    gort_waitgroup_add(&wg, 1);
    gort_waitgroup_done(&wg);
    gort_printf("one Done too many\n");
    gort_waitgroup_done(&wg);
    gort_printf("not reached\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, main_main); }
