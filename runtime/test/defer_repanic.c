/*
 * defer_repanic: a deferred call recovers and panics again.  The first
 * panic was recovered but its deferred call never returned, so it is still
 * on the chain, printed with " [recovered]".  Go 1.19, for
 *
 *     func main() {
 *         defer func() {
 *             r := recover()
 *             fmt.Println("recovered", r)
 *             panic(r)
 *         }()
 *         panic("first")
 *     }
 *
 * prints "recovered first" on stdout and on stderr (exit status 2):
 *
 *     panic: first [recovered]
 *             panic: first
 *
 *     goroutine 1 [running]:
 *     main.main.func1()
 *     ...
 */
#include "rtest.h"

static void recover_repanic(void *arg) {
    (void)arg;
    gort_eface r = gort_recover();
    gort_string v = *(const gort_string *)r.data; /* a string: panic("...") */
    gort_printf("recovered %.*s\n", (int)v.len, (const char *)v.ptr);
    gort_panic(r);
}

static void entry(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, recover_repanic, NULL);
    gort_panicstr(GORT_STR("first"));
out:
    gort_frame_leave(&fr);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
