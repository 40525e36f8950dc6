/*
 * lib_panic_float: panic(-0.0001234) prints the float as print() does
 * (stderr and exit status as `go run` gives them).
 */
#include "fmt_common.h"

static void entry(void) {
    gort_printf("before\n");
    gort_panic(F(-0.0001234));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
