/*
 * lecture_say: the first example of the goroutine lecture
 * (shared/seeds/000), lowered by hand exactly as gocc will lower it:
 *
 *     func say(s string) {
 *         for i := 0; i < 3; i++ {
 *             time.Sleep(100 * time.Millisecond)
 *             fmt.Println(s)
 *         }
 *     }
 *
 *     func main() {
 *         go say("world")
 *         go func(msg string) {
 *             fmt.Println(msg)
 *         }("going")
 *         time.Sleep(50 * time.Millisecond)   // not in the notes: see below
 *         say("hello")
 *     }
 *
 * The notes print going / world / hello / world / hello / world / hello.
 * As written, "world" and "hello" sleep 100 ms from nearly the same
 * instant, so which wakes first is a coin toss, in Go too (Go 1.19 gave six
 * different outputs in 20 runs at GOMAXPROCS=2; this test, which once
 * pinned GOMAXPROCS=1 and expected the order that gave, failed 8 runs in
 * 30 when the machine was busy).  So, like testdata/run/lecture_say.g,
 * main sleeps 50 ms before saying hello: every wake-up is then 50 ms from
 * the next, and the notes' order is the only one.
 */
#include "rtest.h"

/* fmt.Println(s) for one string operand */
static void println_str(gort_string s) { gort_printf("%.*s\n", (int)s.len, (const char *)s.ptr); }

static void say(gort_string s) {
    for (int64_t i = 0; i < 3; i++) {
        gort_sleep(100 * MS);
        println_str(s);
        GORT_BACKEDGE();
    }
}

/* `go say("world")`: the arguments, evaluated by main, copied to the new
 * goroutine's stack. */
struct say_args {
    gort_string s;
};
static void say_go(void *p) { say(((struct say_args *)p)->s); }

/* func(msg string) { fmt.Println(msg) } — the literal captures nothing. */
static void main_func1(gort_string msg) { println_str(msg); }
struct main_func1_args {
    gort_string msg;
};
static void main_func1_go(void *p) { main_func1(((struct main_func1_args *)p)->msg); }

static void main_main(void) {
    struct say_args a = {GORT_STR("world")};
    gort_go(say_go, &a, sizeof a);
    struct main_func1_args b = {GORT_STR("going")};
    gort_go(main_func1_go, &b, sizeof b);
    gort_sleep(50 * MS);
    say(GORT_STR("hello"));
}

int main(int argc, char **argv) { return gort_start(argc, argv, main_main); }
