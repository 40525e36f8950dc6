/*
 * lecture_publish.g, compiled to C by gocc 0.2.
 *
 * Each Go statement is the comment above the C it became.  Build:
 *     cc -std=gnu11 -I<gocc's include dir> FILE.c libgort.a \
 *        -Wl,-z,now -lgc -lpthread -lm
 * (gocc FILE.g does all this: see gocc(1)).
 */
#include "gort.h"

/* Types */
typedef struct main_main_args main_main_args;
typedef struct main_Publish_func1_env main_Publish_func1_env;
typedef struct main_Publish_go1_args main_Publish_go1_args;
typedef struct main_Publish_args main_Publish_args;
typedef struct main_Publish_func1_args main_Publish_func1_args;

/* stack growth arguments */
struct main_main_args {
    char unused;
};

/* closure environment */
struct main_Publish_func1_env {
    void (*fn)(void);
    int64_t *delay;
    gort_string *text;
};

/* go statement arguments */
struct main_Publish_go1_args {
    gort_func *fn;
};

/* stack growth arguments */
struct main_Publish_args {
    gort_string a0;
    int64_t a1;
};

/* stack growth arguments */
struct main_Publish_func1_args {
    void *a0;
};

/* Globals */
static const gort_funcname go_funcnames[3];
static const gort_funcname go_startnames[1];

/* Functions */
static void go_main_entry(void);
static inline __attribute__((always_inline)) void main_main(void);
static __attribute__((noinline)) void main_main_body(void);
static inline __attribute__((always_inline)) void main_Publish(gort_string a0, int64_t a1);
extern int64_t gort_fmt_Println(gort_slice a0, gort_iface *a1);
extern void gort_time_Sleep(int64_t a0);
static void main_main_thunk(void *p);
static __attribute__((cold, noinline)) void main_main_grow(void);
static __attribute__((noinline)) void main_Publish_body(gort_string text_in, int64_t delay_in);
static inline __attribute__((always_inline)) void main_Publish_func1(void *a0);
static void main_Publish_go1(void *p);
static void main_Publish_thunk(void *p);
static __attribute__((cold, noinline)) void main_Publish_grow(gort_string a0, int64_t a1);
static __attribute__((noinline)) void main_Publish_func1_body(void *env_1);
static void main_Publish_func1_thunk(void *p);
static __attribute__((cold, noinline)) void main_Publish_func1_grow(void *a0);
int32_t main(int32_t argc, char **argv);

/* Go's names of the functions, for tracebacks */
static const gort_funcname go_funcnames[3] = {{main_main_body, "main.main"}, {(void (*)(void))main_Publish_body, "main.Publish"}, {(void (*)(void))main_Publish_func1_body, "main.Publish.func1"}};

/* the functions the go statements start, for the goroutine timeline */
static const gort_funcname go_startnames[1] = {{(void (*)(void))main_Publish_go1, "main.Publish.func1"}};

/* package initialisation, then main.main */
static void go_main_entry(void)
{
    main_main();
}

/* func main.main: func() */
static inline __attribute__((always_inline)) void main_main(void)
{
    if (GORT_LIKELY(GORT_STACK_OK(336))) {
        main_main_body();
        return;
    }
    main_main_grow();
}

/* func main.main: func() */
static __attribute__((noinline)) void main_main_body(void)
{
    /* Publish("A goroutine starts a new thread.", 500*time.Millisecond) */
    main_Publish(GORT_STR("A goroutine starts a new thread."), 500000000);
    /* fmt.Println("Let’s hope the news will published before I leave.") */
    gort_string tmp = GORT_STR("Let\342\200\231s hope the news will published before I leave.");
    gort_eface *va = (gort_eface *)gort_alloc(1 * sizeof(gort_eface));
    va[0] = gort_convE(&gort_type_string, &tmp);
    gort_iface r = {0};
    gort_fmt_Println((gort_slice){(void *)va, 1, 1}, &r);
    /* time.Sleep(1 * time.Second) */
    gort_time_Sleep(1000000000);
    /* fmt.Println("Ten seconds later: I’m leaving now.") */
    gort_string tmp_1 = GORT_STR("Ten seconds later: I\342\200\231m leaving now.");
    gort_eface *va_1 = (gort_eface *)gort_alloc(1 * sizeof(gort_eface));
    va_1[0] = gort_convE(&gort_type_string, &tmp_1);
    gort_iface r_1 = {0};
    gort_fmt_Println((gort_slice){(void *)va_1, 1, 1}, &r_1);
}

/* func main.Publish: func(text string, delay time.Duration) */
static inline __attribute__((always_inline)) void main_Publish(gort_string a0, int64_t a1)
{
    if (GORT_LIKELY(GORT_STACK_OK(320))) {
        main_Publish_body(a0, a1);
        return;
    }
    main_Publish_grow(a0, a1);
}

static void main_main_thunk(void *p)
{
    main_main_args *a __attribute__((unused)) = (main_main_args *)p;
    main_main_body();
}

/* the stack is short: run the body on a new segment */
static __attribute__((cold, noinline)) void main_main_grow(void)
{
    main_main_args a = {0};
    gort_morestack(main_main_thunk, (void *)&a, 336);
    return;
}

/* func main.Publish: func(text string, delay time.Duration) */
static __attribute__((noinline)) void main_Publish_body(gort_string text_in, int64_t delay_in)
{
    gort_string *text = (gort_string *)gort_alloc(sizeof(gort_string));
    *text = text_in;
    int64_t *delay = (int64_t *)gort_alloc_noscan(sizeof(int64_t));
    *delay = delay_in;
    /* go func() */
    main_Publish_func1_env *clo = (main_Publish_func1_env *)gort_alloc(sizeof(main_Publish_func1_env));
    clo->fn = (void (*)(void))main_Publish_func1;
    clo->delay = delay;
    clo->text = text;
    main_Publish_go1_args args = (main_Publish_go1_args){(gort_func *)clo};
    gort_go(main_Publish_go1, (const void *)&args, sizeof(main_Publish_go1_args));
}

/* function literal Publish.func1: func() */
static inline __attribute__((always_inline)) void main_Publish_func1(void *a0)
{
    if (GORT_LIKELY(GORT_STACK_OK(336))) {
        main_Publish_func1_body(a0);
        return;
    }
    main_Publish_func1_grow(a0);
}

/* go statement at line 13 */
static void main_Publish_go1(void *p)
{
    main_Publish_go1_args *a = (main_Publish_go1_args *)p;
    ((void (*)(void *))a->fn->fn)((void *)a->fn);
}

static void main_Publish_thunk(void *p)
{
    main_Publish_args *a = (main_Publish_args *)p;
    main_Publish_body(a->a0, a->a1);
}

/* the stack is short: run the body on a new segment */
static __attribute__((cold, noinline)) void main_Publish_grow(gort_string a0, int64_t a1)
{
    main_Publish_args a = {0};
    a.a0 = a0;
    a.a1 = a1;
    gort_morestack(main_Publish_thunk, (void *)&a, 320);
    return;
}

/* function literal Publish.func1: func() */
static __attribute__((noinline)) void main_Publish_func1_body(void *env_1)
{
    main_Publish_func1_env *e = (main_Publish_func1_env *)env_1;
    int64_t *delay = e->delay;
    gort_string *text = e->text;
    /* time.Sleep(delay) */
    gort_time_Sleep(*delay);
    /* fmt.Println("BREAKING NEWS:", text) */
    gort_string tmp = GORT_STR("BREAKING NEWS:");
    gort_eface *va = (gort_eface *)gort_alloc(2 * sizeof(gort_eface));
    va[0] = gort_convE(&gort_type_string, &tmp);
    va[1] = gort_convE(&gort_type_string, text);
    gort_iface r = {0};
    gort_fmt_Println((gort_slice){(void *)va, 2, 2}, &r);
}

static void main_Publish_func1_thunk(void *p)
{
    main_Publish_func1_args *a = (main_Publish_func1_args *)p;
    main_Publish_func1_body(a->a0);
}

/* the stack is short: run the body on a new segment */
static __attribute__((cold, noinline)) void main_Publish_func1_grow(void *a0)
{
    main_Publish_func1_args a = {0};
    a.a0 = a0;
    gort_morestack(main_Publish_func1_thunk, (void *)&a, 336);
    return;
}

/* the C entry point: start the runtime with goroutine 1 running go_main_entry */
int32_t main(int32_t argc, char **argv)
{
    gort_setfuncnames(&go_funcnames[0], 3);
    gort_setgostarts(&go_startnames[0], 1);
    return gort_start(argc, argv, go_main_entry);
}
