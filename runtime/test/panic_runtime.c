/*
 * panic_runtime: runtime errors.  First one is recovered, to see the value
 * recover() gives (Go's runtime.Error prints as "runtime error: ..."),
 * then an unrecovered one ends the program:
 *
 *     var z = 0
 *     func div(a int) (r int) {
 *         defer func() { fmt.Println("recovered:", recover()) }()
 *         return a / z
 *     }
 *     func main() {
 *         fmt.Println(div(1))
 *         fmt.Println("before")
 *         fmt.Println(1 / z)
 *     }
 *
 * Go 1.19 prints on stdout "recovered: runtime error: integer divide by
 * zero", "0", "before", and on stderr (status 2):
 *
 *     panic: runtime error: integer divide by zero
 *
 *     goroutine 1 [running]:
 *     main.main()
 *             /tmp/div.go:12 +0xc7
 *
 * No "[signal SIGFPE ...]" line: Go checks the divisor in the code, and so
 * will gocc.
 */
#include "rtest.h"

/* recover()'s value as fmt.Sprint prints it ("<nil>" for nil). */
static gort_string recovered_text(gort_eface v) {
    gort_slice a = {&v, 1, 1};
    return gort_fmt_sprint(a);
}

static void print_recovered(void *arg) {
    (void)arg;
    gort_eface r_e = gort_recover();
    gort_string r_t = recovered_text(r_e);
    const gort_string *r = r_e.type ? &r_t : NULL;
    if (r)
        gort_printf("recovered: %.*s\n", (int)r->len, (const char *)r->ptr);
    else
        gort_printf("recovered: <nil>\n");
}

static volatile int64_t z = 0;

static int64_t divide(int64_t a) {
    gort_frame fr;
    volatile int64_t r = 0;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, print_recovered, NULL);
    if (z == 0) gort_panic_runtime("integer divide by zero");
    r = a / z;
out:
    gort_frame_leave(&fr);
    return r;
}

static void entry(void) {
    gort_printf("%ld\n", (long)divide(1));
    gort_printf("before\n");
    gort_panic_runtime("integer divide by zero");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
