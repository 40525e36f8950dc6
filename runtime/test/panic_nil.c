/* panic_nil: a nil pointer dereference becomes Go's runtime error panic:
 * recoverable (recover() returns "runtime error: invalid memory address or
 * nil pointer dereference"), and when not recovered Go 1.19 prints
 *
 *     panic: runtime error: invalid memory address or nil pointer dereference
 *     [signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x47e0d6]
 *
 *     goroutine 1 [running]:
 *     main.main() ...
 *
 * for
 *     func main() {
 *         var p *int
 *         func() { defer func() { fmt.Println(recover()) }(); fmt.Println(*p) }()
 *         fmt.Println(*p)
 *     }
 */
#include "rtest.h"

/* recover()'s value as fmt.Sprint prints it ("<nil>" for nil). */
static gort_string recovered_text(gort_eface v) {
    gort_slice a = {&v, 1, 1};
    return gort_fmt_sprint(a);
}

static int64_t *volatile nilp;

static void report(void *arg) {
    (void)arg;
    gort_eface r_e = gort_recover();
    gort_string r_t = recovered_text(r_e);
    const gort_string *r = r_e.type ? &r_t : NULL;
    gort_printf("%.*s\n", r ? (int)r->len : 5, r ? (const char *)r->ptr : "<nil>");
}

static __attribute__((noinline)) void inner(void) {
    gort_frame f;
    if (gort_frame_enter(&f)) {
        gort_frame_leave(&f);
        return;
    }
    gort_defer_push(&f, report, NULL);
    gort_printf("%ld\n", (long)*nilp);
    gort_frame_leave(&f);
}

static void entry(void) {
    inner();
    gort_printf("%ld\n", (long)*nilp);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
