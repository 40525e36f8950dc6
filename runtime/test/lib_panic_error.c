/*
 * lib_panic_error: panic(errors.New("boom")) prints the error's Error() text
 * (stderr and exit status as `go run` gives them).
 */
#include "fmt_common.h"

static void entry(void) {
    gort_printf("before\n");
    gort_panic(gort_convI2E(gort_errors_new(GORT_STR("boom"))));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
