/*
 * lib_errors_sync: errors.Is / As / Unwrap over fmt.Errorf's %w chain,
 * and the sync shims: a Cond whose Locker is a *sync.Mutex (called
 * through the Locker itab), WaitGroup, Once.Do with a func value, and the
 * sync/atomic functions and Value.  Golden: the equivalent Go program,
 * plus the As line for the unexported *errors.errorString (by reasoning:
 * the chain reaches base, which is stored).
 */
#include "fmt_common.h"

gort_iface gort_errors_New(gort_string text);
gort_iface gort_errors_Unwrap(gort_iface err);
bool gort_errors_Is(gort_iface err, gort_iface target);
bool gort_errors_As(gort_iface err, gort_eface target);
gort_iface gort_fmt_Errorf(gort_string format, gort_slice a);

typedef struct { gort_iface L; gort_cond n; gort_mutex m; } Cond;
void gort_sync_Mutex_Lock(gort_mutex *m);
void gort_sync_Mutex_Unlock(gort_mutex *m);
void gort_sync_Cond_Wait(Cond *c);
void gort_sync_Cond_Broadcast(Cond *c);
void gort_sync_Cond_Signal(Cond *c);
void gort_sync_WaitGroup_Add(gort_waitgroup *wg, int64_t delta);
void gort_sync_WaitGroup_Done(gort_waitgroup *wg);
void gort_sync_WaitGroup_Wait(gort_waitgroup *wg);
void gort_sync_Once_Do(gort_once *o, gort_func *f);
int64_t gort_sync_atomic_AddInt64(int64_t *addr, int64_t delta);
bool gort_sync_atomic_CompareAndSwapInt32(int32_t *addr, int32_t old, int32_t new_);
typedef struct { gort_eface *p; } Value;
gort_eface gort_sync_atomic_Value_Load(Value *v);
void gort_sync_atomic_Value_Store(Value *v, gort_eface val);

#define E(x) gort_convI2E(x)

/* *sync.Mutex with its methods, and sync.Locker. */
static const gort_type fnv = {
    .size = 8, .hash = 0x818fc0bcu, .kind = GORT_FUNC, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func()"),
};
static const gort_type sync_Mutex = {
    .size = sizeof(gort_mutex), .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("sync.Mutex"),
};
static const gort_method mutex_methods[] = {
    {GORT_STR("Lock"), &fnv, (void (*)(void))gort_sync_Mutex_Lock},
    {GORT_STR("Unlock"), &fnv, (void (*)(void))gort_sync_Mutex_Unlock},
};
static const gort_type ptr_Mutex = {
    .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_POINTERS | GORT_TF_DIRECT,
    .str = GORT_STR("*sync.Mutex"), .elem = &sync_Mutex, .equal = gort_memequal64,
    .hashfn = gort_memhash64, .methods = mutex_methods, .nmethods = 2,
};
static const gort_imethod locker_methods[] = {{GORT_STR("Lock"), &fnv}, {GORT_STR("Unlock"), &fnv}};
static const gort_type sync_Locker = {
    .size = 16, .kind = GORT_INTERFACE, .align = 8, .flags = GORT_TF_POINTERS | GORT_TF_NAMED,
    .str = GORT_STR("sync.Locker"), .nimethods = 2, .imethods = locker_methods,
};

static gort_mutex mu;
static Cond cond;
static gort_waitgroup wg;
static int64_t ready, woken;

static void waiter(void *arg) {
    (void)arg;
    gort_sync_Mutex_Lock(&mu);
    while (!ready) gort_sync_Cond_Wait(&cond);
    woken++;
    gort_sync_Mutex_Unlock(&mu);
    gort_sync_WaitGroup_Done(&wg);
}

typedef struct { void (*fn)(void); int64_t *count; } OnceEnv;
static void once_body(OnceEnv *env) { ++*env->count; }

static void entry(void) {
    gort_iface base = gort_errors_New(GORT_STR("not found"));
    gort_iface w1 = gort_fmt_Errorf(GORT_STR("open: %w"), ARGS(E(base)));
    gort_iface w2 = gort_fmt_Errorf(GORT_STR("load config: %w"), ARGS(E(w1)));
    gort_iface other = gort_errors_New(GORT_STR("not found"));
    PRINTLN(E(w2));
    PRINTLN(S("Is base:"), B(gort_errors_Is(w2, base)), S("Is other:"),
            B(gort_errors_Is(w2, other)), S("Is nil,nil:"),
            B(gort_errors_Is((gort_iface){0}, (gort_iface){0})));
    PRINTLN(S("Unwrap:"), E(gort_errors_Unwrap(w2)), S("Unwrap base:"),
            E(gort_errors_Unwrap(base)));
    /* As(err, &target) with target an error, then the concrete type of base. */
    gort_iface target = {0};
    static const gort_type ptr_error = {
        .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_POINTERS | GORT_TF_DIRECT,
        .str = GORT_STR("*error"), .elem = &gort_type_error,
    };
    PRINTLN(S("As error:"), B(gort_errors_As(w2, (gort_eface){&ptr_error, &target})), E(target));
    gort_type ptr_concrete = {
        .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_POINTERS | GORT_TF_DIRECT,
        .str = GORT_STR("**errors.errorString"), .elem = base.tab->type,
    };
    void *concrete = NULL;
    PRINTLN(S("As *errors.errorString:"),
            B(gort_errors_As(w2, (gort_eface){&ptr_concrete, &concrete})),
            B(concrete == base.data));

    cond.L = (gort_iface){gort_getitab(&sync_Locker, &ptr_Mutex, false), &mu};
    enum { N = 5 };
    gort_sync_WaitGroup_Add(&wg, N);
    for (int i = 0; i < N; i++) gort_go(waiter, NULL, 0);
    gort_sleep(5 * MS);
    gort_sync_Mutex_Lock(&mu);
    ready = 1;
    gort_sync_Cond_Broadcast(&cond);
    gort_sync_Mutex_Unlock(&mu);
    gort_sync_WaitGroup_Wait(&wg);
    PRINTLN(S("woken:"), I(woken));

    int64_t count = 0;
    OnceEnv *oe = gort_alloc(sizeof *oe);
    oe->fn = (void (*)(void))once_body;
    oe->count = &count;
    gort_once *once = gort_alloc(sizeof *once);
    gort_sync_Once_Do(once, (gort_func *)oe);
    gort_sync_Once_Do(once, (gort_func *)oe);
    PRINTLN(S("once count:"), I(count));

    int64_t n = 0;
    PRINTLN(S("AddInt64:"), I(gort_sync_atomic_AddInt64(&n, 5)), I(gort_sync_atomic_AddInt64(&n, -2)));
    int32_t x = 1;
    bool s1 = gort_sync_atomic_CompareAndSwapInt32(&x, 1, 2);
    bool s2 = gort_sync_atomic_CompareAndSwapInt32(&x, 1, 3);
    PRINTLN(S("CAS:"), B(s1), B(s2), BOX(gort_type_int32, int32_t, x));
    Value v = {0};
    PRINTLN(S("Value empty:"), gort_sync_atomic_Value_Load(&v));
    gort_sync_atomic_Value_Store(&v, S("hello"));
    PRINTLN(S("Value:"), gort_sync_atomic_Value_Load(&v));
    gort_sync_atomic_Value_Store(&v, I(1));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
