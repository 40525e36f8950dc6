/*
 * goexit_main: runtime.Goexit in goroutine 1 runs main's deferred calls
 * and ends main's goroutine, but not the program: the other goroutines go
 * on, and when none is left the runtime reports a deadlock.  Go 1.19, for
 *
 *     func main() {
 *         go func() {
 *             time.Sleep(50 * time.Millisecond)
 *             fmt.Println("worker done")
 *         }()
 *         defer fmt.Println("main defer")
 *         runtime.Goexit()
 *     }
 *
 * prints "main defer", "worker done", then on stderr exactly
 * "fatal error: no goroutines (main called runtime.Goexit) - deadlock!"
 * (no goroutine is left to list) and exits with status 2.
 */
#include "rtest.h"

static void say(void *arg) { gort_printf("%s\n", (const char *)arg); }

static void worker(void *p) {
    (void)p;
    gort_sleep(50 * MS);
    gort_printf("worker done\n");
}

static void entry(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_go(worker, NULL, 0);
    gort_defer_push(&fr, say, "main defer");
    gort_goexit();
out:
    gort_frame_leave(&fr);
    gort_printf("not reached\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
