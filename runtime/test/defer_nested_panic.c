/*
 * defer_nested_panic: panics raised by deferred calls while a panic runs
 * them.  A newer panic that leaves the deferred call of an older one
 * aborts it: recover then gets the newer value, and if nothing recovers,
 * Go prints the whole chain, oldest first, each later panic after a tab.
 * A panic raised and recovered inside a deferred call does not disturb
 * the panic running that call.  The Go program (Go 1.19 prints
 * defer_nested_panic.out and, on stderr, defer_nested_panic.err followed
 * by traceback lines, exit status 2):
 *
 *     func replaced() (s string) {
 *         defer func() { s = fmt.Sprint("recovered ", recover()) }()
 *         defer func() { panic("second") }()
 *         panic("first")
 *     }
 *     func inside() (s string) {
 *         defer func() { s = fmt.Sprint("outer recovered: ", recover()) }()
 *         defer func() {
 *             func() {
 *                 defer func() { fmt.Println("inner recovered:", recover()) }()
 *                 panic("inner")
 *             }()
 *             fmt.Println("deferred call goes on")
 *         }()
 *         panic("outer")
 *     }
 *     func main() {
 *         fmt.Println(replaced())
 *         fmt.Println(inside())
 *         defer func() { panic("third") }()
 *         defer func() { panic("second") }()
 *         fmt.Println("before")
 *         panic("first")
 *     }
 *
 * Go's stderr:
 *
 *     panic: first
 *             panic: second
 *             panic: third
 *
 *     goroutine 1 [running]:
 *     main.main.func1()
 *     ...
 */
#include "rtest.h"

static void dopanic(void *arg) {
    const char *s = arg;
    gort_string m = {(const uint8_t *)s, 0};
    while (s[m.len]) m.len++;
    gort_panicstr(m);
}

/* recover()'s value as fmt.Sprint prints it ("<nil>" for nil). */
static gort_string recovered_text(gort_eface v) {
    gort_slice a = {&v, 1, 1};
    return gort_fmt_sprint(a);
}

static void store_recover(void *arg) {
    gort_string *s = arg;
    *s = recovered_text(gort_recover());
}

static gort_string replaced(void) {
    gort_frame fr;
    gort_string *s = gort_alloc(sizeof *s);
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, store_recover, s);
    gort_defer_push(&fr, dopanic, "second");
    gort_panicstr(GORT_STR("first"));
out:
    gort_frame_leave(&fr);
    return *s;
}

static void inner_recover(void *arg) {
    (void)arg;
    gort_string v = recovered_text(gort_recover());
    gort_printf("inner recovered: %.*s\n", (int)v.len, (const char *)v.ptr);
}

static void inside_func2_func1(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, inner_recover, NULL);
    gort_panicstr(GORT_STR("inner"));
out:
    gort_frame_leave(&fr);
}

static void inside_func2(void *arg) {
    (void)arg;
    inside_func2_func1();
    gort_printf("deferred call goes on\n");
}

static gort_string inside(void) {
    gort_frame fr;
    gort_string *s = gort_alloc(sizeof *s);
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, store_recover, s);
    gort_defer_push(&fr, inside_func2, NULL);
    gort_panicstr(GORT_STR("outer"));
out:
    gort_frame_leave(&fr);
    return *s;
}

static void entry(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_string s = replaced();
    gort_printf("recovered %.*s\n", (int)s.len, (const char *)s.ptr);
    s = inside();
    gort_printf("outer recovered: %.*s\n", (int)s.len, (const char *)s.ptr);
    gort_defer_push(&fr, dopanic, "third");
    gort_defer_push(&fr, dopanic, "second");
    gort_printf("before\n");
    gort_panicstr(GORT_STR("first"));
out:
    gort_frame_leave(&fr);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
