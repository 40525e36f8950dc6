/*
 * fmt_errors: errors.New, fmt.Errorf with and without %w (*fmt.wrapError,
 * Unwrap), %w misuse, errors with pointer receivers, error fields and
 * slices, nil errors, Sprint/Sprintln spacing, Fprint* to stderr and
 * stdout.
 * fmt_errors.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import (
 *     	"errors"
 *     	"fmt"
 *     	"os"
 *     )
 *
 *     type MyErr struct{ Code int }
 *
 *     func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }
 *
 *     type Wrap struct {
 *     	Op  string
 *     	Err error
 *     }
 *
 *     func main() {
 *     	e1 := errors.New("disk full")
 *     	fmt.Println(e1)
 *     	fmt.Printf("%v|%s|%q|%x|%T|%+v|%#v|%d\n", e1, e1, e1, e1, e1, e1, e1, e1)
 *     	e2 := fmt.Errorf("saving %q: %w", "a.txt", e1)
 *     	fmt.Printf("%v|%T|%v\n", e2, e2, errors.Unwrap(e2) == e1)
 *     	e3 := fmt.Errorf("code %d, %v", 42, e1)
 *     	fmt.Printf("%v|%T|%v\n", e3, e3, errors.Unwrap(e3) == nil)
 *     	e4 := fmt.Errorf("bad %w", 5)
 *     	fmt.Printf("%v|%T\n", e4, e4)
 *     	e5 := fmt.Errorf("two %w %w", e1, e1)
 *     	fmt.Printf("%v|%T\n", e5, e5)
 *     	var me error = &MyErr{7}
 *     	e6 := fmt.Errorf("outer: %w", me)
 *     	fmt.Println(e6, errors.Unwrap(e6) == me)
 *     	fmt.Printf("%v %+v\n", Wrap{"read", me}, Wrap{"write", nil})
 *     	var nilerr error
 *     	fmt.Println(nilerr, []error{e1, nil, me})
 *     	fmt.Printf("%v %d\n", nilerr, nilerr)
 *     	s := fmt.Sprint("a", 1, 2, "b", "c", 3.5, nil, e1)
 *     	fmt.Printf("%q\n", s)
 *     	s = fmt.Sprintln("a", 1, nil, e1)
 *     	fmt.Printf("%q\n", s)
 *     	fmt.Fprintln(os.Stderr, "to stderr", 42, e1)
 *     	fmt.Fprintf(os.Stderr, "%s=%d\n", "x", 1)
 *     	fmt.Fprint(os.Stdout, "fprint", 1, 2, "\n")
 *     	fmt.Printf("%v\n", fmt.Errorf(""))
 *     	fmt.Println(fmt.Sprintf("%d%%", 50) + "!")
 *     }
 */
#include "fmt_common.h"

/* *MyErr: Error with a pointer receiver */
typedef struct { int64_t Code; } MyErr;
static gort_string MyErr_Error(void *d) {
    return gort_fmt_sprintf(GORT_STR("myerr %d"), ARGS(I(((MyErr *)d)->Code)));
}
static const gort_field MyErr_fields[] = {{GORT_STR("Code"), &gort_type_int, 0, false}};
static const gort_type type_MyErr = {
    .size = 8, .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.MyErr"), .fields = MyErr_fields, .nfields = 1,
};
static const gort_method pMyErr_methods[] = {
    {GORT_STR("Error"), &fn_string, (void (*)(void))MyErr_Error},
};
static const gort_type type_pMyErr = {
    .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_DIRECT | GORT_TF_POINTERS,
    .str = GORT_STR("*main.MyErr"), .elem = &type_MyErr, .methods = pMyErr_methods,
    .equal = gort_memequal64, .hashfn = gort_memhash64,
    .nmethods = 1,
};

typedef struct { gort_string Op; gort_iface Err; } Wrap;
static const gort_field Wrap_fields[] = {
    {GORT_STR("Op"), &gort_type_string, 0, false},
    {GORT_STR("Err"), &gort_type_error, 16, false},
};
static const gort_type type_Wrap = {
    .size = sizeof(Wrap), .kind = GORT_STRUCT, .align = 8,
    .flags = GORT_TF_NAMED | GORT_TF_POINTERS, .str = GORT_STR("main.Wrap"),
    .fields = Wrap_fields, .nfields = 2,
};
SLICE_T(slice_error, gort_type_error, "[]error");

#define E(err) gort_convI2E(err)

static void entry(void) {
    gort_iface e1 = gort_errors_new(GORT_STR("disk full"));
    PRINTLN(E(e1));
    PRINTF("%v|%s|%q|%x|%T|%+v|%#v|%d\n", E(e1), E(e1), E(e1), E(e1), E(e1), E(e1), E(e1), E(e1));
    gort_iface e2 = gort_fmt_errorf(GORT_STR("saving %q: %w"), ARGS(S("a.txt"), E(e1)));
    PRINTF("%v|%T|%v\n", E(e2), E(e2), B(gort_ifaceeq(gort_errors_unwrap(e2), e1)));
    gort_iface e3 = gort_fmt_errorf(GORT_STR("code %d, %v"), ARGS(I(42), E(e1)));
    PRINTF("%v|%T|%v\n", E(e3), E(e3), B(gort_errors_unwrap(e3).tab == NULL));
    gort_iface e4 = gort_fmt_errorf(GORT_STR("bad %w"), ARGS(I(5)));
    PRINTF("%v|%T\n", E(e4), E(e4));
    gort_iface e5 = gort_fmt_errorf(GORT_STR("two %w %w"), ARGS(E(e1), E(e1)));
    PRINTF("%v|%T\n", E(e5), E(e5));
    MyErr *m = gort_alloc(sizeof *m);
    m->Code = 7;
    gort_iface me = gort_convI(&gort_type_error, &type_pMyErr, &m);
    gort_iface e6 = gort_fmt_errorf(GORT_STR("outer: %w"), ARGS(E(me)));
    PRINTLN(E(e6), B(gort_ifaceeq(gort_errors_unwrap(e6), me)));
    PRINTF("%v %+v\n", BOX(type_Wrap, Wrap, {GORT_STR("read"), me}),
           BOX(type_Wrap, Wrap, {GORT_STR("write"), {NULL, NULL}}));
    gort_iface nilerr = {NULL, NULL};
    gort_iface errs[] = {e1, nilerr, me};
    PRINTLN(E(nilerr), BOX(slice_error, gort_slice, cslice(errs, 3)));
    PRINTF("%v %d\n", E(nilerr), E(nilerr));
    gort_string s = gort_fmt_sprint(ARGS(S("a"), I(1), I(2), S("b"), S("c"), F(3.5), NIL, E(e1)));
    PRINTF("%q\n", BOX(gort_type_string, gort_string, s));
    s = gort_fmt_sprintln(ARGS(S("a"), I(1), NIL, E(e1)));
    PRINTF("%q\n", BOX(gort_type_string, gort_string, s));
    gort_fmt_fprintln(2, ARGS(S("to stderr"), I(42), E(e1)));
    gort_fmt_fprintf(2, GORT_STR("%s=%d\n"), ARGS(S("x"), I(1)));
    gort_fmt_fprint(1, ARGS(S("fprint"), I(1), I(2), S("\n")));
    PRINTF("%v\n", E(gort_fmt_errorf(GORT_STR(""), NOARGS)));
    gort_string pct = gort_fmt_sprintf(GORT_STR("%d%%"), ARGS(I(50)));
    /* x + "!": Sprint of two strings concatenates them */
    gort_string cat = gort_fmt_sprint(ARGS(BOX(gort_type_string, gort_string, pct), S("!")));
    PRINTLN(BOX(gort_type_string, gort_string, cat));
}

TEST_MAIN(entry)
