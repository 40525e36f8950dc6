/*
 * lib_math_rand.c — the one bodyless function of package math/rand
 * (compiler/lib/math_rand.g): the random seed of the shared source.
 */
#include "gort.h"

#include <sys/random.h>
#include <time.h>

static void seed_sys(void *arg) {
    int64_t *s = arg;
    if (getrandom(s, sizeof *s, 0) != (ssize_t)sizeof *s) *s ^= (int64_t)time(NULL);
}

/* func runtime_seed() int64 */
int64_t gort_math_rand_runtime_seed(void) {
    int64_t s = gort_nanotime();
    gort_systemstack(seed_sys, &s);
    return s;
}
