/*
 * sync_rwmutex_misuse: RUnlock without RLock is fatal, as in Go:
 * `fatal error: sync: RUnlock of unlocked RWMutex`, exit status 2.
 * (Before that, a balanced RLock/RUnlock and Lock/Unlock pass.)
 */
#include "rtest.h"

static void main_main(void) {
    gort_rwmutex rw = {0};
    gort_rwmutex_rlock(&rw);
    gort_rwmutex_runlock(&rw);
    gort_rwmutex_lock(&rw);
    gort_rwmutex_unlock(&rw);
    gort_printf("one RUnlock too many\n");
    gort_rwmutex_runlock(&rw);
    gort_printf("not reached\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, main_main); }
