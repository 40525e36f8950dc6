/*
 * fatal_throw: gort_throw is Go's throw: "fatal error: <msg>", a blank
 * line, the running goroutine's header, exit status 2, and no deferred
 * call runs (a fatal error is not a panic).  Go 1.19, for sync's
 * `mu.Unlock()` of an unlocked mutex (a throw from main):
 *
 *     fatal error: sync: unlock of unlocked mutex
 *
 *     goroutine 1 [running]:
 *     sync.fatal(...)
 *     ...
 */
#include "rtest.h"

static void say(void *arg) { gort_printf("%s\n", (const char *)arg); }

static void entry(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, say, "after: a deferred call ran");
    gort_printf("before\n");
    gort_throw("boom");
out:
    gort_frame_leave(&fr);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
