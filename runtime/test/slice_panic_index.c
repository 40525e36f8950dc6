/*
 * slice_panic_index: an unrecovered panic ends the program with Go's text, status 2:
 *
 *     var n = 5
 *     func main() {
 *         s := []int{1, 2, 3}
 *         fmt.Println("before")
 *         fmt.Println(s[n])
 *     }
 *
 * Go 1.19 prints "before", then on stderr
 *
 *     panic: runtime error: index out of range [5] with length 3
 *
 *     goroutine 1 [running]:
 *     main.main() ...
 */
#include "rtest.h"

static volatile int64_t n = 5;

static void entry(void) {
    gort_slice s = gort_makeslice(&gort_type_int, 3, 3);
    gort_printf("before\n");
    if ((uint64_t)n >= (uint64_t)s.len) gort_panic_index(n, s.len);
    gort_printf("%ld\n", (long)((int64_t *)s.ptr)[n]);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
