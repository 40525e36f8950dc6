/*
 * lib_panic_named: panic(T(5)) for a defined int type prints main.T(5)
 * (stderr and exit status as `go run` gives them).
 */
#include "fmt_common.h"

static const gort_type main_T = {
    .size = 8, .hash = 0x1234u, .kind = GORT_INT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.T"), .equal = gort_memequal64, .hashfn = gort_memhash64,
};
static void entry(void) {
    gort_printf("before\n");
    gort_panic(BOX(main_T, int64_t, 5));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
