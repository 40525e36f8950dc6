/*
 * slice_panic_slice3: an unrecovered panic ends the program with Go's text, status 2:
 *
 *     var n = 7
 *     func main() {
 *         s := make([]int, 3, 5)
 *         fmt.Println("before")
 *         fmt.Println(s[1:2:n])
 *     }
 *
 * Go 1.19 prints "before", then on stderr
 *
 *     panic: runtime error: slice bounds out of range [::7] with capacity 5
 *
 *     goroutine 1 [running]:
 *     main.main() ...
 */
#include "rtest.h"

static volatile int64_t n = 7;

static void entry(void) {
    gort_slice s = gort_makeslice(&gort_type_int, 3, 5);
    gort_printf("before\n");
    int64_t c = n;
    if ((uint64_t)c > (uint64_t)s.cap) gort_panic_slice3_acap(c, s.cap);
    if (2 > (uint64_t)c) gort_panic_slice3_b(2, c);
    gort_printf("%ld\n", (long)(c - 1));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
