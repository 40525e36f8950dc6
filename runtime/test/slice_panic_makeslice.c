/*
 * slice_panic_makeslice: an unrecovered panic ends the program with Go's text, status 2:
 *
 *     var n = -1
 *     func main() {
 *         fmt.Println("before")
 *         fmt.Println(make([]byte, n))
 *     }
 *
 * Go 1.19 prints "before", then on stderr
 *
 *     panic: runtime error: makeslice: len out of range
 *
 *     goroutine 1 [running]:
 *     main.main() ...
 */
#include "rtest.h"

static volatile int64_t n = -1;

static void entry(void) {
    gort_printf("before\n");
    gort_slice b = gort_makeslice(&gort_type_uint8, n, n);
    gort_printf("%ld\n", (long)b.len);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
