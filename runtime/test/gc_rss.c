/* gc_rss: 20 GB allocated in total by four goroutines, each keeping only
 * its last 16 blocks alive: the collector reclaims the rest, and the
 * process's peak resident set stays under 200 MB. */
#include "rtest.h"
#include <stdio.h>
#include <string.h>

#define BLOCK (64 * 1024)
#define PERG (5LL << 30) /* 5 GB per goroutine */

struct args { gort_chan *done; int64_t seed; };
static void allocator(void *p) {
    struct args a = *(struct args *)p;
    void **keep = gort_alloc(16 * sizeof(void *));
    int64_t sum = 0;
    for (int64_t i = 0; i < PERG / BLOCK; i++) {
        int64_t *b = i % 2 ? gort_alloc(BLOCK) : gort_alloc_noscan(BLOCK);
        b[0] = a.seed + i;
        b[BLOCK / 8 - 1] = a.seed - i;
        keep[i % 16] = b;
        int64_t *old = keep[(i + 1) % 16];
        if (old) sum += old[0] + old[BLOCK / 8 - 1];
    }
    gort_chansend(a.done, &sum);
}

static void peak_sys(void *arg) {
    long *kb = arg;
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %ld kB", kb) == 1) break;
    if (f) fclose(f);
}

static void entry(void) {
    gort_chan *done = gort_makechan(sizeof(int64_t), 4);
    for (int64_t g = 0; g < 4; g++) {
        struct args a = {done, g << 40};
        gort_go(allocator, &a, sizeof a);
    }
    int64_t total = 0, v;
    for (int g = 0; g < 4; g++) {
        gort_chanrecv(done, &v);
        total += v;
    }
    long kb = 0;
    gort_systemstack(peak_sys, &kb);
    gort_printf("allocated 20 GB; checksum %s; peak RSS %s\n",
                total == 2 * ((0LL + (1LL << 40) + (2LL << 40) + (3LL << 40)) * (PERG / BLOCK - 15)) ? "ok" : "WRONG",
                kb > 0 && kb < 200 * 1024 ? "under 200 MB" : "TOO HIGH");
    if (kb >= 200 * 1024) gort_printf("peak RSS %ld kB\n", kb);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
