/*
 * sync_unlock_unlocked: Unlock of an unlocked Mutex is unrecoverable, as
 * in Go:
 *
 *     fatal error: sync: unlock of unlocked mutex
 *
 *     goroutine 1 [running]:
 *     ...
 *
 * exit status 2.  Lowered from:
 *
 *     var mu sync.Mutex
 *     mu.Lock()
 *     mu.Unlock()
 *     fmt.Println("unlocking twice")
 *     mu.Unlock()
 */
#include "rtest.h"

static void main_main(void) {
    gort_mutex mu = {0};
    gort_mutex_lock(&mu);
    gort_mutex_unlock(&mu);
    gort_printf("unlocking twice\n");
    gort_mutex_unlock(&mu);
    gort_printf("not reached\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, main_main); }
