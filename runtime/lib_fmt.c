/*
 * lib_fmt.c — the bodyless functions of package fmt (compiler/lib/fmt.g).
 *
 * Each is a thin wrapper over the formatter of fmt.c, under the name and
 * with the calling convention of gocc.h's "Library packages": the first
 * result is returned, the others are stored through pointers appended to
 * the parameters, a variadic ...any is a gort_slice of gort_eface.
 * A failed write gives Go's error text (`write /dev/stdout: bad file
 * descriptor`) as an *errors.errorString.
 */
#include "gort.h"

#include <string.h>

/* The error for a printing function's result n (-errno on failure). */
static int64_t writeresult(int64_t n, gort_iface *err) {
    if (n >= 0) {
        *err = (gort_iface){NULL, NULL};
        return n;
    }
    const char *text;
    switch (-n) {
    case 9: text = "write /dev/stdout: bad file descriptor"; break;
    case 32: text = "write /dev/stdout: broken pipe"; break;
    case 28: text = "write /dev/stdout: no space left on device"; break;
    default: text = "write /dev/stdout: input/output error"; break;
    }
    *err = gort_errors_new((gort_string){(const uint8_t *)text, (int64_t)strlen(text)});
    return 0;
}

/* func Print(a ...any) (n int, err error) */
int64_t gort_fmt_Print(gort_slice a, gort_iface *err) {
    return writeresult(gort_fmt_print(a), err);
}

/* func Println(a ...any) (n int, err error) */
int64_t gort_fmt_Println(gort_slice a, gort_iface *err) {
    return writeresult(gort_fmt_println(a), err);
}

/* func Printf(format string, a ...any) (n int, err error) */
int64_t gort_fmt_Printf(gort_string format, gort_slice a, gort_iface *err) {
    return writeresult(gort_fmt_printf(format, a), err);
}

/* func Sprint(a ...any) string */
gort_string gort_fmt_Sprint(gort_slice a) { return gort_fmt_sprint(a); }

/* func Sprintln(a ...any) string */
gort_string gort_fmt_Sprintln(gort_slice a) { return gort_fmt_sprintln(a); }

/* func Sprintf(format string, a ...any) string */
gort_string gort_fmt_Sprintf(gort_string format, gort_slice a) {
    return gort_fmt_sprintf(format, a);
}

/* func Errorf(format string, a ...any) error */
gort_iface gort_fmt_Errorf(gort_string format, gort_slice a) {
    return gort_fmt_errorf(format, a);
}
