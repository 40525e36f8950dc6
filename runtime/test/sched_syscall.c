/* sched_syscall: a goroutine blocked in read(0) does not stop the others,
 * even at GOMAXPROCS=1: sysmon takes the P from the thread in the system
 * call and hands it to another thread.  Standard input is a pipe that only
 * gets data at the end; the reader then wakes and reports it. */
#include "rtest.h"
#include <unistd.h>

static int pipefd[2];
static void mkpipe_sys(void *arg) {
    (void)arg;
    if (pipe(pipefd) != 0 || dup2(pipefd[0], 0) < 0) _exit(3);
}

static void reader(void *p) {
    gort_chan *got = *(gort_chan **)p;
    char c = 0;
    int64_t n = gort_read(0, &c, 1);
    int64_t v = n == 1 ? c : -1;
    gort_chansend(got, &v);
}

struct pp { gort_chan *ping, *pong; };
static void ponger(void *p) {
    struct pp a = *(struct pp *)p;
    int64_t v;
    for (;;) {
        gort_chanrecv(a.ping, &v);
        gort_chansend(a.pong, &v);
    }
}

static void entry(void) {
    gort_systemstack(mkpipe_sys, NULL);
    gort_chan *got = gort_makechan(sizeof(int64_t), 0);
    gort_go(reader, &got, sizeof got);
    gort_sleep(20 * MS); /* the reader is now blocked in read(0) */

    struct pp a = {gort_makechan(8, 0), gort_makechan(8, 0)};
    gort_go(ponger, &a, sizeof a);
    int64_t sum = 0;
    for (int64_t i = 0; i < 10000; i++) {
        int64_t v;
        gort_chansend(a.ping, &i);
        gort_chanrecv(a.pong, &v);
        sum += v;
    }
    gort_printf("others ran while read(0) blocked: %ld\n", (long)sum);
    gort_write(pipefd[1], "x", 1);
    int64_t c;
    gort_chanrecv(got, &c);
    gort_printf("reader got '%c'\n", (char)c);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
