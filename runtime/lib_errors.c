/*
 * lib_errors.c — the bodyless functions of package errors
 * (compiler/lib/errors.g), with gocc's calling convention.
 *
 * errors.New is fmt.c's gort_errors_new (*errors.errorString, the same
 * dynamic type fmt.Errorf gives).  Is and As walk the Unwrap chain as Go
 * does, calling an error's own Is(error) bool / As(any) bool methods
 * through its type descriptor's method set.
 */
#include "gort.h"

#include <string.h>

/* func New(text string) error */
gort_iface gort_errors_New(gort_string text) { return gort_errors_new(text); }

/* func Unwrap(err error) error */
gort_iface gort_errors_Unwrap(gort_iface err) { return gort_errors_unwrap(err); }

/* The method `name` of t taking one argument of type `arg` and returning
 * a bool, or NULL. */
static const gort_method *boolmethod(const gort_type *t, const char *name,
                                     const gort_type *arg) {
    size_t n = strlen(name);
    for (int32_t i = 0; i < t->nmethods; i++) {
        const gort_method *m = &t->methods[i];
        if (m->name.len == (int64_t)n && memcmp(m->name.ptr, name, n) == 0 && m->type &&
            m->type->kind == GORT_FUNC && m->type->nin == 1 && m->type->nout == 1 &&
            gort_typeeq(m->type->in[0], arg) && gort_typeeq(m->type->out[0], &gort_type_bool))
            return m;
    }
    return NULL;
}

/* func Is(err, target error) bool */
bool gort_errors_Is(gort_iface err, gort_iface target) {
    if (!target.tab) return err.tab == NULL;
    bool comparable = target.tab->type->equal != NULL;
    while (err.tab) {
        if (comparable && gort_ifaceeq(err, target)) return true;
        const gort_method *m = boolmethod(err.tab->type, "Is", &gort_type_error);
        if (m && ((bool (*)(void *, gort_iface))m->ifn)(err.data, target)) return true;
        err = gort_errors_unwrap(err);
    }
    return false;
}

/* func As(err error, target any) bool */
bool gort_errors_As(gort_iface err, gort_eface target) {
    if (!target.type) gort_panicstr(GORT_STR("errors: target cannot be nil"));
    if (target.type->kind != GORT_POINTER || target.data == NULL)
        gort_panicstr(GORT_STR("errors: target must be a non-nil pointer"));
    const gort_type *tt = target.type->elem;
    if (tt->kind != GORT_INTERFACE && !gort_implements(&gort_type_error, tt))
        gort_panicstr(GORT_STR("errors: *target must be interface or implement error"));
    while (err.tab) {
        const gort_type *et = err.tab->type;
        if (tt->kind == GORT_INTERFACE) {
            if (tt->nimethods == 0) {
                *(gort_eface *)target.data = (gort_eface){et, err.data};
                return true;
            }
            if (gort_implements(tt, et)) {
                *(gort_iface *)target.data = (gort_iface){gort_getitab(tt, et, false), err.data};
                return true;
            }
        } else if (gort_typeeq(et, tt)) {
            if (et->flags & GORT_TF_DIRECT)
                *(void **)target.data = err.data;
            else
                memcpy(target.data, err.data, et->size);
            return true;
        }
        const gort_method *m = boolmethod(et, "As", &gort_type_any);
        if (m && ((bool (*)(void *, gort_eface))m->ifn)(err.data, target)) return true;
        err = gort_errors_unwrap(err);
    }
    return false;
}
