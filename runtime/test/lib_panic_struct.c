/*
 * lib_panic_struct: panic(P{1, 2}) for a struct without methods prints (main.P) and the address
 * (stderr and exit status as `go run` gives them).
 */
#include "fmt_common.h"

typedef struct { int64_t a, b; } P;
static const gort_type main_P = {
    .size = 16, .hash = 0x4321u, .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.P"),
};
static void entry(void) {
    gort_printf("before\n");
    gort_panic(BOX(main_P, P, {1, 2}));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
