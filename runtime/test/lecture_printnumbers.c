/*
 * lecture_printnumbers: "запуск нескольких горутин" from the goroutine
 * lecture (shared/seeds/002), lowered by hand as gocc will lower it:
 *
 *     func printNumbers() {
 *         for i := 1; i <= 5; i++ {
 *             fmt.Println(i)
 *             time.Sleep(500 * time.Millisecond)
 *         }
 *     }
 *
 *     func main() {
 *         go printNumbers() // Запуск первой горутины
 *         go printNumbers() // Запуск второй горутины
 *         time.Sleep(3 * time.Second)
 *     }
 *
 * TIMES SCALED by 1/25 so the suite stays fast: 500 ms became 20 ms and
 * 3 s became 120 ms.
 *
 * Which ordering is deterministic: both goroutines print i at about
 * t = 20(i-1) ms; which of the two prints first within a pair is up to the
 * scheduler, but the two lines are identical, so the output is
 * 1 1 2 2 3 3 4 4 5 5 whatever that order, as long as neither goroutine
 * falls a whole 20 ms period behind the other (and the last "5" comes at
 * about 80 ms, 40 ms before main returns).  Go 1.19 prints exactly this
 * (checked, GOMAXPROCS=1 and 2, 10 runs each).
 */
#include "rtest.h"

#define SCALED_500MS (20 * MS)
#define SCALED_3S (120 * MS)

static void printNumbers(void) {
    for (int64_t i = 1; i <= 5; i++) {
        gort_printf("%lld\n", (long long)i);   /* fmt.Println(i) */
        gort_sleep(SCALED_500MS);
        GORT_BACKEDGE();
    }
}

static void printNumbers_go(void *p) {
    (void)p;
    printNumbers();
}

static void main_main(void) {
    gort_go(printNumbers_go, NULL, 0);
    gort_go(printNumbers_go, NULL, 0);
    gort_sleep(SCALED_3S);
}

int main(int argc, char **argv) { return gort_start(argc, argv, main_main); }
