/*
 * lib_panic_chain: a deferred call recovers an error panic and panics again with a string: both printed, the first [recovered]
 * (stderr and exit status as `go run` gives them).
 */
#include "fmt_common.h"

static void again(void *arg) {
    (void)arg;
    gort_eface r = gort_recover();
    gort_panic(BOX(gort_type_string, gort_string, gort_fmt_sprint(ARGS(S("again: "), r))));
}
static void entry(void) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, again, NULL);
    gort_printf("before\n");
    gort_panic(gort_convI2E(gort_errors_new(GORT_STR("first"))));
out:
    gort_frame_leave(&fr);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
