/*
 * lib_panic_recover: recover() returns the panic's value as interface{}:
 * an int, a string (gort_panicstr), an error, a runtime.Error for the
 * runtime's own checks, nil for panic(nil); printed with fmt and %T as
 * the Go program below prints them (golden from go run):
 *
 *     func try(name string, f func()) {
 *         defer func() { r := recover(); fmt.Printf("%s: %v (%T)\n", name, r, r) }()
 *         f()
 *     }
 *     try("int", func() { panic(42) }); try("string", ...panic("boom"))
 *     try("error", ...panic(errors.New("bad"))); try("nil", ...panic(nil))
 *     try("divide", ...x / zero); try("none", func() {})
 *     ...then: _, ok := r.(error); _, rt := r.(runtime.Error) for divide
 */
#include "fmt_common.h"

/* runtime.Error: interface { Error() string; RuntimeError() }. */
static const gort_type lp_fn_void = {
    .size = 8, .hash = 0x818fc0bcu, .kind = GORT_FUNC, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func()"),
};
static const gort_type *const lp_strout[] = {&gort_type_string};
static const gort_type lp_fn_str = {
    .size = 8, .hash = 0x319077b5u, .kind = GORT_FUNC, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func() string"),
    .nout = 1, .out = lp_strout,
};
static const gort_imethod rterr_methods[] = {
    {GORT_STR("Error"), &lp_fn_str},
    {GORT_STR("RuntimeError"), &lp_fn_void},
};
static const gort_type runtime_Error = {
    .size = 16, .hash = 0x1u, .kind = GORT_INTERFACE, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_NAMED, .str = GORT_STR("runtime.Error"),
    .nimethods = 2, .imethods = rterr_methods,
};

struct job {
    const char *name;
    int what;
};

static void report(void *arg) {
    struct job *j = arg;
    gort_eface r = gort_recover();
    gort_string n = {(const uint8_t *)j->name, (int64_t)__builtin_strlen(j->name)};
    PRINTF("%s: %v (%T)\n", BOX(gort_type_string, gort_string, n), r, r);
    if (j->what == 4) {
        gort_iface e;
        bool iserr = gort_assertE2I2(&gort_type_error, r, &e);
        bool isrt = gort_implements(&runtime_Error, r.type);
        PRINTLN(S("divide is error:"), B(iserr), S("runtime.Error:"), B(isrt));
    }
}

static volatile int64_t zero = 0;

static void body(int what) {
    switch (what) {
    case 0: gort_panic(I(42));
    case 1: gort_panicstr(GORT_STR("boom"));
    case 2: {
        gort_iface e = gort_errors_new(GORT_STR("bad"));
        gort_panic(gort_convI2E(e));
    }
    case 3: gort_panic(NIL);
    case 4:
        if (zero == 0) gort_panic_runtime("integer divide by zero");
        break;
    case 5: break;
    }
}

static void try(const char *name, int what) {
    gort_frame fr;
    struct job *j = gort_alloc(sizeof *j);
    j->name = name;
    j->what = what;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, report, j);
    body(what);
out:
    gort_frame_leave(&fr);
}

static void entry(void) {
    try("int", 0);
    try("string", 1);
    try("error", 2);
    try("nil", 3);
    try("divide", 4);
    try("none", 5);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
