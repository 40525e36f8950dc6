/*
 * lecture_publish: the Publish example of the goroutine lecture
 * (shared/seeds/004), lowered by hand as gocc will lower it:
 *
 *     func Publish(text string, delay time.Duration) {
 *         go func() {
 *             time.Sleep(delay)
 *             fmt.Println("BREAKING NEWS:", text)
 *         }()
 *     }
 *
 *     func main() {
 *         Publish("A goroutine starts a new thread.", 5*time.Second)
 *         fmt.Println("Let’s hope the news will published before I leave.")
 *         time.Sleep(10 * time.Second)
 *         fmt.Println("Ten seconds later: I’m leaving now.")
 *     }
 *
 * TIMES SCALED so the suite stays fast: 5 s became 50 ms and 10 s became
 * 100 ms (the text of the last line is left as the notes have it).  The
 * order is fixed by the 50 ms gap; Go 1.19 prints the same three lines
 * (checked with GOMAXPROCS=1 and 2).
 */
#include "rtest.h"

#define SCALED_5S (50 * MS)
#define SCALED_10S (100 * MS)

/* The function literal is a closure over text and delay, which it only
 * reads; its record is on the heap, and `go f()` passes the func value. */
struct publish_func1_env {
    void (*fn)(void *);
    gort_string text;
    int64_t delay;
};

static void publish_func1(void *closure) {
    struct publish_func1_env *env = closure;
    gort_sleep(env->delay);
    /* fmt.Println("BREAKING NEWS:", text): operands joined by one space */
    gort_printf("BREAKING NEWS: %.*s\n", (int)env->text.len, (const char *)env->text.ptr);
}

struct go_closure_args {
    struct publish_func1_env *f;
};
static void go_closure(void *p) {
    struct publish_func1_env *f = ((struct go_closure_args *)p)->f;
    f->fn(f);
}

static void Publish(gort_string text, int64_t delay) {
    struct publish_func1_env *f = gort_alloc(sizeof *f);
    f->fn = publish_func1;
    f->text = text;
    f->delay = delay;
    struct go_closure_args a = {f};
    gort_go(go_closure, &a, sizeof a);
}

static void main_main(void) {
    Publish(GORT_STR("A goroutine starts a new thread."), SCALED_5S);
    gort_printf("Let’s hope the news will published before I leave.\n");
    gort_sleep(SCALED_10S);
    gort_printf("Ten seconds later: I’m leaving now.\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, main_main); }
