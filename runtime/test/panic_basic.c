/*
 * panic_basic: an unrecovered panic("boom") in main, lowered as gocc will:
 *
 *     func main() {
 *         fmt.Println("before")
 *         panic("boom")
 *     }
 *
 * Go 1.19 prints on stderr, and exits with status 2:
 *
 *     panic: boom
 *
 *     goroutine 1 [running]:
 *     main.main()
 *             /tmp/x.go:5 +0x...
 *
 * The golden stderr is that without the traceback lines (gocc prints none
 * yet).  Stdout written before the panic must be there; nothing after it.
 */
#include "rtest.h"

static void entry(void) {
    gort_printf("before\n");
    gort_panicstr(GORT_STR("boom"));
    gort_printf("after: panic returned\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
