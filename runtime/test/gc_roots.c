/* gc_roots: objects reachable only from goroutine stacks and from a
 * channel buffer survive collections forced concurrently on other threads:
 *   - lists whose head is only in a parked goroutine's frame;
 *   - a list whose head is only in the bottom frame of a deep recursion,
 *     i.e. in an older stack segment, while the goroutine is parked at
 *     the deepest point;
 *   - lists whose heads are only in a buffered channel (their senders
 *     have exited);
 *   - the lists of the running "storm" goroutines themselves, which keep
 *     allocating garbage and calling runtime.GC() meanwhile.
 * A node freed too early is reused by the storm's garbage, which
 * overwrites it: every node's contents are checked at the end. */
#include "rtest.h"

typedef struct Node {
    int64_t magic;
    struct Node *next;
    int64_t pad[4];
} Node;

#define NLIST 2000
#define NPARK 64

static Node *mklist(int64_t seed) {
    Node *h = NULL;
    for (int64_t i = 0; i < NLIST; i++) {
        Node *x = gort_alloc(sizeof *x);
        x->magic = seed * 1000003 + i;
        for (int k = 0; k < 4; k++) x->pad[k] = x->magic ^ k;
        x->next = h;
        h = x;
    }
    return h;
}

static int64_t badnodes(Node *h, int64_t seed) {
    int64_t bad = 0, i = NLIST;
    for (; h; h = h->next) {
        i--;
        if (h->magic != seed * 1000003 + i) bad++;
        for (int k = 0; k < 4; k++)
            if (h->pad[k] != (h->magic ^ k)) bad++;
    }
    return bad + (i != 0);
}

/* ---- parked goroutines --------------------------------------------- */
struct parkargs { int64_t seed; gort_chan *start, *result; };
static void parked(void *p) {
    struct parkargs a = *(struct parkargs *)p;
    Node *h = mklist(a.seed);
    gort_chanrecv(a.start, NULL);           /* parked here during the storm */
    int64_t bad = badnodes(h, a.seed);
    gort_chansend(a.result, &bad);
}

/* ---- deep recursion: the head lives in an older segment -------------- */
static gort_chan *deepstart;
RTEST_SPLIT_FN1(deep, 96)
static int64_t deep_body(int64_t n) {
    volatile int64_t keep = n;
    if (n == 0) {
        gort_chanrecv(deepstart, NULL);     /* parked at the deepest point */
        return 0;
    }
    return deep(n - 1) + keep * 0;
}
struct deepargs { gort_chan *result; };
static void deeproot(void *p) {
    struct deepargs a = *(struct deepargs *)p;
    Node *volatile h = mklist(777);
    deep(20000);                            /* ~ hundreds of segments */
    int64_t bad = badnodes(h, 777);
    gort_chansend(a.result, &bad);
}

/* ---- lists only in a channel buffer ---------------------------------- */
struct sendargs { int64_t seed; gort_chan *buf; };
static void sender(void *p) {
    struct sendargs a = *(struct sendargs *)p;
    Node *h = mklist(a.seed);
    gort_chansend(a.buf, &h);               /* buffered: does not block */
}

/* ---- the storm ------------------------------------------------------- */
struct stormargs { int64_t seed; gort_chan *result; };
static void storm(void *p) {
    struct stormargs a = *(struct stormargs *)p;
    Node *mine = mklist(a.seed);
    for (int round = 0; round < 15; round++) {
        for (int i = 0; i < 20000; i++) {
            int64_t *junk = gort_alloc(sizeof(Node));
            for (int k = 0; k < 6; k++) junk[k] = -1;
        }
        gort_gc();
    }
    int64_t bad = badnodes(mine, a.seed);
    gort_chansend(a.result, &bad);
}

static void entry(void) {
    gort_chan *result = gort_makechan(sizeof(int64_t), 256);
    gort_chan *start = gort_makechan(0, 0);
    deepstart = start;
    for (int64_t i = 0; i < NPARK; i++) {
        struct parkargs a = {i, start, result};
        gort_go(parked, &a, sizeof a);
    }
    struct deepargs d = {result};
    gort_go(deeproot, &d, sizeof d);
    gort_chan *buf = gort_makechan(sizeof(Node *), 16);
    for (int64_t i = 0; i < 16; i++) {
        struct sendargs a = {1000 + i, buf};
        gort_go(sender, &a, sizeof a);
    }
    gort_sleep(50 * MS);                    /* everyone parked, senders gone */
    for (int64_t i = 0; i < 2; i++) {
        struct stormargs a = {5000 + i, result};
        gort_go(storm, &a, sizeof a);
    }
    int64_t bad = 0, v;
    for (int i = 0; i < 2; i++) {
        gort_chanrecv(result, &v);
        bad += v;
    }
    gort_printf("storm lists: %s\n", bad ? "CORRUPTED" : "ok");
    gort_closechan(start);
    for (int i = 0; i < NPARK + 1; i++) {
        gort_chanrecv(result, &v);
        bad += v;
    }
    gort_printf("stack lists: %s\n", bad ? "CORRUPTED" : "ok");
    int64_t cbad = 0;
    int64_t seen = 0;
    for (int i = 0; i < 16; i++) {
        Node *h;
        gort_chanrecv(buf, &h);
        int64_t seed = h->magic / 1000003;
        seen |= 1LL << (seed - 1000);
        cbad += badnodes(h, seed);
    }
    gort_printf("channel lists: %s\n", cbad || seen != 0xffff ? "CORRUPTED" : "ok");
    if (bad || cbad) gort_exit(1);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
