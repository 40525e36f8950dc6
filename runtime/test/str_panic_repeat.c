/*
 * str_panic_repeat: strings.Repeat with a negative count panics with a
 * plain string value (not a runtime error), unrecovered: exit 2.
 *
 *     var n = -1
 *     func main() {
 *         fmt.Println(strings.Repeat("ab", 2))
 *         fmt.Println(strings.Repeat("ab", n))
 *     }
 *
 * Go 1.19 prints "abab", then on stderr
 *
 *     panic: strings: negative Repeat count
 *
 *     goroutine 1 [running]:
 *     strings.Repeat(...) ...
 */
#include "rtest.h"

static volatile int64_t n = -1;

static void entry(void) {
    gort_string s = gort_strings_repeat(GORT_STR("ab"), 2);
    gort_printf("%.*s\n", (int)s.len, (const char *)s.ptr);
    s = gort_strings_repeat(GORT_STR("ab"), n);
    gort_printf("%.*s\n", (int)s.len, (const char *)s.ptr);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
