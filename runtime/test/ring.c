/*
 * ring: threadring, as /work/shared/bench/ring.go.  503 goroutines linked
 * in a ring of unbuffered channels pass a token starting at 10,000,000,
 * each decrementing it; the one that receives 0 reports its id (1-based)
 * on the result channel.  Prints 361 (= 10,000,000 % 503 + 1).
 */
#include "rtest.h"

#define NODES 503
#define HOPS 10000000

struct node {
    int64_t id;
    gort_chan *in, *out, *result;
};

static void node(void *p) {
    struct node *a = p;
    for (;;) {
        int64_t t;
        gort_chanrecv(a->in, &t);
        if (t == 0) {
            gort_chansend(a->result, &a->id);
            return;
        }
        t--;
        gort_chansend(a->out, &t);
    }
}

static void entry(void) {
    gort_chan *result = gort_makechan(8, 0);
    gort_chan *first = gort_makechan(8, 0);
    gort_chan *in = first;
    for (int64_t id = 1; id <= NODES; id++) {
        gort_chan *out = id < NODES ? gort_makechan(8, 0) : first;
        struct node a = {id, in, out, result};
        gort_go(node, &a, sizeof a);
        in = out;
    }
    int64_t t = HOPS;
    gort_chansend(first, &t);
    int64_t id = 0;
    gort_chanrecv(result, &id);
    gort_printf("%lld\n", (long long)id);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
