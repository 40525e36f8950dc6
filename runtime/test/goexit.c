/*
 * goexit: runtime.Goexit runs every deferred call of the goroutine, in
 * every frame, innermost first, and ends that goroutine only; code after
 * it never runs.  recover() is nil while Goexit runs the defers, and a
 * panic raised by one of them and recovered by another does not cancel
 * the Goexit (Go 1.14+).  The Go program (Go 1.19 prints goexit.out):
 *
 *     func inner() {
 *         defer func() { fmt.Println("recover during goexit is nil:", recover() == nil) }()
 *         defer func() { fmt.Println("recovered:", recover()) }()
 *         defer func() { panic("during goexit") }()
 *         runtime.Goexit()
 *         fmt.Println("not reached")
 *     }
 *     func g(done chan bool) {
 *         defer func() { done <- true }()
 *         defer fmt.Println("outer defer")
 *         inner()
 *         fmt.Println("not reached")
 *     }
 *     func bare(done chan bool) {        // no defers at all
 *         fmt.Println("bare goroutine")
 *         done <- true
 *         runtime.Goexit()
 *         fmt.Println("not reached")
 *     }
 *     func main() {
 *         done := make(chan bool)
 *         go g(done)
 *         <-done
 *         go bare(done)
 *         <-done
 *         fmt.Println("main done")
 *     }
 */
#include "rtest.h"

static void say(void *arg) { gort_printf("%s\n", (const char *)arg); }

/* recover()'s value as fmt.Sprint prints it ("<nil>" for nil). */
static gort_string recovered_text(gort_eface v) {
    gort_slice a = {&v, 1, 1};
    return gort_fmt_sprint(a);
}

static void isnil(void *arg) {
    (void)arg;
    gort_printf("recover during goexit is nil: %s\n", gort_recover().type == NULL ? "true" : "false");
}

static void printrecover(void *arg) {
    (void)arg;
    gort_string r = recovered_text(gort_recover());
    gort_printf("recovered: %.*s\n", (int)r.len, (const char *)r.ptr);
}

static void dopanic(void *arg) {
    (void)arg;
    gort_panicstr(GORT_STR("during goexit"));
}

static void inner(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, isnil, NULL);
    gort_defer_push(&fr, printrecover, NULL);
    gort_defer_push(&fr, dopanic, NULL);
    gort_goexit();
    gort_printf("not reached (inner)\n");
out:
    gort_frame_leave(&fr);
}

static void senddone(void *arg) {
    bool t = true;
    gort_chansend((gort_chan *)arg, &t);
}

static void g(void *p) {
    gort_chan *done = *(gort_chan **)p;
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, senddone, done);
    gort_defer_push(&fr, say, "outer defer");
    inner();
    gort_printf("not reached (g)\n");
out:
    gort_frame_leave(&fr);
}

static void bare(void *p) {
    gort_chan *done = *(gort_chan **)p;
    gort_printf("bare goroutine\n");
    bool t = true;
    gort_chansend(done, &t);
    gort_goexit();
    gort_printf("not reached (bare)\n");
}

static void entry(void) {
    gort_chan *done = gort_makechan(sizeof(bool), 0);
    bool v;
    gort_go(g, &done, sizeof done);
    gort_chanrecv(done, &v);
    gort_go(bare, &done, sizeof done);
    gort_chanrecv(done, &v);
    gort_printf("main done\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
