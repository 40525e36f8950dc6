/*
 * lecture_waitgroup.g, compiled to C by gocc 0.2.
 *
 * Each Go statement is the comment above the C it became.  Build:
 *     cc -std=gnu11 -I<gocc's include dir> FILE.c libgort.a \
 *        -Wl,-z,now -lgc -lpthread -lm
 * (gocc FILE.g does all this: see gocc(1)).
 */
#include "gort.h"

/* Types */
typedef struct sync_sema sync_sema;
typedef struct sync_WaitGroup sync_WaitGroup;
typedef struct main_main_go1_args main_main_go1_args;
typedef struct main_main_args main_main_args;
typedef struct main_sayHello_defer1_args main_sayHello_defer1_args;
typedef struct main_sayHello_args main_sayHello_args;

/* sync.sema */
struct sync_sema {
    uint32_t count;
    uint32_t nwait;
    uint32_t lock;
    uint32_t pad;
    uint8_t *waitq;
};

/* sync.WaitGroup */
struct sync_WaitGroup {
    uint64_t state;
    sync_sema sema;
};

/* go statement arguments */
struct main_main_go1_args {
    sync_WaitGroup *a0;
};

/* stack growth arguments */
struct main_main_args {
    char unused;
};

/* deferred call arguments */
struct main_sayHello_defer1_args {
    sync_WaitGroup *recv;
};

/* stack growth arguments */
struct main_sayHello_args {
    sync_WaitGroup *a0;
};

/* Globals */
static const gort_funcname go_funcnames[2];
static const gort_funcname go_startnames[1];

/* Functions */
static void go_main_entry(void);
static inline __attribute__((always_inline)) void main_main(void);
static __attribute__((noinline)) void main_main_body(void);
extern void gort_sync_WaitGroup_Add(sync_WaitGroup *a0, int64_t a1);
static inline __attribute__((always_inline)) void main_sayHello(sync_WaitGroup *a0);
static void main_main_go1(void *p);
extern void gort_sync_WaitGroup_Wait(sync_WaitGroup *a0);
static void main_main_thunk(void *p);
static __attribute__((cold, noinline)) void main_main_grow(void);
static __attribute__((noinline)) void main_sayHello_body(sync_WaitGroup *wg);
extern void gort_sync_WaitGroup_Done(sync_WaitGroup *a0);
static void main_sayHello_defer1(void *p);
extern int64_t gort_fmt_Println(gort_slice a0, gort_iface *a1);
static void main_sayHello_thunk(void *p);
static __attribute__((cold, noinline)) void main_sayHello_grow(sync_WaitGroup *a0);
int32_t main(int32_t argc, char **argv);

/* Go's names of the functions, for tracebacks */
static const gort_funcname go_funcnames[2] = {{main_main_body, "main.main"}, {(void (*)(void))main_sayHello_body, "main.sayHello"}};

/* the functions the go statements start, for the goroutine timeline */
static const gort_funcname go_startnames[1] = {{(void (*)(void))main_main_go1, "main.sayHello"}};

/* package initialisation, then main.main */
static void go_main_entry(void)
{
    main_main();
}

/* func main.main: func() */
static inline __attribute__((always_inline)) void main_main(void)
{
    if (GORT_LIKELY(GORT_STACK_OK(272))) {
        main_main_body();
        return;
    }
    main_main_grow();
}

/* func main.main: func() */
static __attribute__((noinline)) void main_main_body(void)
{
    /* var wg sync.WaitGroup */
    sync_WaitGroup *wg = (sync_WaitGroup *)gort_alloc(sizeof(sync_WaitGroup));
    /* wg.Add(1) // Увеличение счетчика горутин */
    gort_sync_WaitGroup_Add(wg, 1);
    /* go sayHello(&wg) */
    main_main_go1_args args = (main_main_go1_args){wg};
    gort_go(main_main_go1, (const void *)&args, sizeof(main_main_go1_args));
    /* wg.Wait() // Ожидание завершения всех горутин */
    gort_sync_WaitGroup_Wait(wg);
}

/* func main.sayHello: func(wg *sync.WaitGroup) */
static inline __attribute__((always_inline)) void main_sayHello(sync_WaitGroup *a0)
{
    if (GORT_LIKELY(GORT_STACK_OK(528))) {
        main_sayHello_body(a0);
        return;
    }
    main_sayHello_grow(a0);
}

/* go statement at line 18 */
static void main_main_go1(void *p)
{
    main_main_go1_args *a = (main_main_go1_args *)p;
    main_sayHello(a->a0);
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
    gort_morestack(main_main_thunk, (void *)&a, 272);
    return;
}

/* func main.sayHello: func(wg *sync.WaitGroup) */
static __attribute__((noinline)) void main_sayHello_body(sync_WaitGroup *wg)
{
    gort_frame frame_1 = {0};
    if (gort_frame_enter(&frame_1)) {
        goto out;
    }
    /* defer wg.Done() // Уменьшение счетчика горутин */
    main_sayHello_defer1_args *d = (main_sayHello_defer1_args *)gort_alloc(sizeof(main_sayHello_defer1_args));
    *d = (main_sayHello_defer1_args){wg};
    gort_defer_push(&frame_1, main_sayHello_defer1, (void *)d);
    /* fmt.Println("Hello, world!") */
    gort_string tmp = GORT_STR("Hello, world!");
    gort_eface *va = (gort_eface *)gort_alloc(1 * sizeof(gort_eface));
    va[0] = gort_convE(&gort_type_string, &tmp);
    gort_iface r = {0};
    gort_fmt_Println((gort_slice){(void *)va, 1, 1}, &r);
out:;
    gort_frame_leave(&frame_1);
    return;
}

/* deferred call at line 10 */
static void main_sayHello_defer1(void *p)
{
    main_sayHello_defer1_args *a = (main_sayHello_defer1_args *)p;
    gort_sync_WaitGroup_Done(a->recv);
}

static void main_sayHello_thunk(void *p)
{
    main_sayHello_args *a = (main_sayHello_args *)p;
    main_sayHello_body(a->a0);
}

/* the stack is short: run the body on a new segment */
static __attribute__((cold, noinline)) void main_sayHello_grow(sync_WaitGroup *a0)
{
    main_sayHello_args a = {0};
    a.a0 = a0;
    gort_morestack(main_sayHello_thunk, (void *)&a, 528);
    return;
}

/* the C entry point: start the runtime with goroutine 1 running go_main_entry */
int32_t main(int32_t argc, char **argv)
{
    gort_setfuncnames(&go_funcnames[0], 2);
    gort_setgostarts(&go_startnames[0], 1);
    return gort_start(argc, argv, go_main_entry);
}
