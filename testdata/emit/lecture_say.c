/*
 * lecture_say.g, compiled to C by gocc 0.2.
 *
 * Each Go statement is the comment above the C it became.  Build:
 *     cc -std=gnu11 -I<gocc's include dir> FILE.c libgort.a \
 *        -Wl,-z,now -lgc -lpthread -lm
 * (gocc FILE.g does all this: see gocc(1)).
 */
#include "gort.h"

/* Types */
typedef struct main_main_go1_args main_main_go1_args;
typedef struct main_main_func1_env main_main_func1_env;
typedef struct main_main_go2_args main_main_go2_args;
typedef struct main_main_args main_main_args;
typedef struct main_main_func1_args main_main_func1_args;
typedef struct main_say_args main_say_args;

/* go statement arguments */
struct main_main_go1_args {
    gort_string a0;
};

/* closure environment */
struct main_main_func1_env {
    void (*fn)(void);
};

/* go statement arguments */
struct main_main_go2_args {
    gort_func *fn;
    gort_string a0;
};

/* stack growth arguments */
struct main_main_args {
    char unused;
};

/* stack growth arguments */
struct main_main_func1_args {
    void *a0;
    gort_string a1;
};

/* stack growth arguments */
struct main_say_args {
    gort_string a0;
};

/* Globals */
static const gort_funcname go_funcnames[3];
static const gort_funcname go_startnames[2];

/* Functions */
static void go_main_entry(void);
static inline __attribute__((always_inline)) void main_main(void);
static __attribute__((noinline)) void main_main_body(void);
static inline __attribute__((always_inline)) void main_say(gort_string a0);
static void main_main_go1(void *p);
static inline __attribute__((always_inline)) void main_main_func1(void *a0, gort_string a1);
static void main_main_go2(void *p);
extern void gort_time_Sleep(int64_t a0);
static void main_main_thunk(void *p);
static __attribute__((cold, noinline)) void main_main_grow(void);
static __attribute__((noinline)) void main_main_func1_body(void *env_1 __attribute__((unused)), gort_string msg);
extern int64_t gort_fmt_Println(gort_slice a0, gort_iface *a1);
static void main_main_func1_thunk(void *p);
static __attribute__((cold, noinline)) void main_main_func1_grow(void *a0, gort_string a1);
static __attribute__((noinline)) void main_say_body(gort_string s);
static void main_say_thunk(void *p);
static __attribute__((cold, noinline)) void main_say_grow(gort_string a0);
int32_t main(int32_t argc, char **argv);

/* Go's names of the functions, for tracebacks */
static const gort_funcname go_funcnames[3] = {{main_main_body, "main.main"}, {(void (*)(void))main_main_func1_body, "main.main.func1"}, {(void (*)(void))main_say_body, "main.say"}};

/* the functions the go statements start, for the goroutine timeline */
static const gort_funcname go_startnames[2] = {{(void (*)(void))main_main_go1, "main.say"}, {(void (*)(void))main_main_go2, "main.main.func1"}};

/* package initialisation, then main.main */
static void go_main_entry(void)
{
    main_main();
}

/* func main.main: func() */
static inline __attribute__((always_inline)) void main_main(void)
{
    if (GORT_LIKELY(GORT_STACK_OK(304))) {
        main_main_body();
        return;
    }
    main_main_grow();
}

/* func main.main: func() */
static __attribute__((noinline)) void main_main_body(void)
{
    /* go say("world") */
    main_main_go1_args args = (main_main_go1_args){GORT_STR("world")};
    gort_go(main_main_go1, (const void *)&args, sizeof(main_main_go1_args));
    /* go func(msg string) */
    main_main_func1_env *clo = (main_main_func1_env *)gort_alloc(sizeof(main_main_func1_env));
    clo->fn = (void (*)(void))main_main_func1;
    main_main_go2_args args_1 = (main_main_go2_args){(gort_func *)clo, GORT_STR("going")};
    gort_go(main_main_go2, (const void *)&args_1, sizeof(main_main_go2_args));
    /* time.Sleep(50 * time.Millisecond) */
    gort_time_Sleep(50000000);
    /* say("hello") */
    main_say(GORT_STR("hello"));
}

/* func main.say: func(s string) */
static inline __attribute__((always_inline)) void main_say(gort_string a0)
{
    if (GORT_LIKELY(GORT_STACK_OK(304))) {
        main_say_body(a0);
        return;
    }
    main_say_grow(a0);
}

/* go statement at line 20 */
static void main_main_go1(void *p)
{
    main_main_go1_args *a = (main_main_go1_args *)p;
    main_say(a->a0);
}

/* function literal main.func1: func(msg string) */
static inline __attribute__((always_inline)) void main_main_func1(void *a0, gort_string a1)
{
    if (GORT_LIKELY(GORT_STACK_OK(304))) {
        main_main_func1_body(a0, a1);
        return;
    }
    main_main_func1_grow(a0, a1);
}

/* go statement at line 22 */
static void main_main_go2(void *p)
{
    main_main_go2_args *a = (main_main_go2_args *)p;
    ((void (*)(void *, gort_string))a->fn->fn)((void *)a->fn, a->a0);
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
    gort_morestack(main_main_thunk, (void *)&a, 304);
    return;
}

/* function literal main.func1: func(msg string) */
static __attribute__((noinline)) void main_main_func1_body(void *env_1 __attribute__((unused)), gort_string msg)
{
    /* fmt.Println(msg) */
    gort_eface *va = (gort_eface *)gort_alloc(1 * sizeof(gort_eface));
    va[0] = gort_convE(&gort_type_string, &msg);
    gort_iface r = {0};
    gort_fmt_Println((gort_slice){(void *)va, 1, 1}, &r);
}

static void main_main_func1_thunk(void *p)
{
    main_main_func1_args *a = (main_main_func1_args *)p;
    main_main_func1_body(a->a0, a->a1);
}

/* the stack is short: run the body on a new segment */
static __attribute__((cold, noinline)) void main_main_func1_grow(void *a0, gort_string a1)
{
    main_main_func1_args a = {0};
    a.a0 = a0;
    a.a1 = a1;
    gort_morestack(main_main_func1_thunk, (void *)&a, 304);
    return;
}

/* func main.say: func(s string) */
static __attribute__((noinline)) void main_say_body(gort_string s)
{
    /* for i := 0; i < 3; i++ */
    {
        int64_t i = 0;
        for (; i < 3; i = (int64_t)((uint64_t)i + 1)) {
            GORT_BACKEDGE();
            /* time.Sleep(100 * time.Millisecond) */
            gort_time_Sleep(100000000);
            /* fmt.Println(s) */
            gort_eface *va = (gort_eface *)gort_alloc(1 * sizeof(gort_eface));
            va[0] = gort_convE(&gort_type_string, &s);
            gort_iface r = {0};
            gort_fmt_Println((gort_slice){(void *)va, 1, 1}, &r);
        }
    }
}

static void main_say_thunk(void *p)
{
    main_say_args *a = (main_say_args *)p;
    main_say_body(a->a0);
}

/* the stack is short: run the body on a new segment */
static __attribute__((cold, noinline)) void main_say_grow(gort_string a0)
{
    main_say_args a = {0};
    a.a0 = a0;
    gort_morestack(main_say_thunk, (void *)&a, 304);
    return;
}

/* the C entry point: start the runtime with goroutine 1 running go_main_entry */
int32_t main(int32_t argc, char **argv)
{
    gort_setfuncnames(&go_funcnames[0], 3);
    gort_setgostarts(&go_startnames[0], 2);
    return gort_start(argc, argv, go_main_entry);
}
