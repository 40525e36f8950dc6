/*
 * lower.c — the lowering: from the checked Go tree to the C-level tree.
 *
 * The checker has left on every node what it found out (types, constant
 * values, which Sym a name denotes, what a selector selects, where a
 * variable must live); this phase reads only that, and writes the tree
 * described in gocc.h's banner "Lowered tree": C types, globals with
 * static initialisers, functions made of C statements.  Everything Go
 * does that C does not is spelled out here, in the manner of Go's own
 * "walk" and "order" passes:
 *
 *   - evaluation order: Go evaluates calls, receives and other operations
 *     with effects left to right; C's order of arguments and operands is
 *     unspecified, so an operand containing a call is spilled into a
 *     temporary when a later operand has effects too (lx_seq);
 *   - values: the layouts of gort.h's "Values" banner; Go's wrapping
 *     integer arithmetic (signed + - * done in unsigned), Go's shifts,
 *     division by zero, bounds checks;
 *   - the runtime's entry points for strings, slices, maps, channels,
 *     select, interfaces (type descriptors are emitted as constant
 *     globals), defer/panic/recover and goroutines;
 *   - segmented stacks: every function is an inline entry stub that checks
 *     the stack and calls the body, with a cold growth path that calls
 *     gort_morestack through a thunk; every loop body starts with
 *     GORT_BACKEDGE();
 *   - closures: a function literal is a C function taking its environment
 *     record first; variables captured by a closure or whose address is
 *     taken live in the heap (a C local holding a gort_alloc'd cell);
 *   - `go` and `defer`: the function value, receiver and arguments are
 *     evaluated into a record, and a thunk makes the call later.
 *
 * Functions are lowered on demand: main.main, the init functions and the
 * package variables' initialisers are the roots, and every function or
 * method they reach (calls, function values, the method tables of types
 * converted to interfaces) is queued and lowered in turn, so only the
 * reachable parts of the library preludes are compiled.
 *
 * The output is meant to be read (`gocc -S`): each Go statement appears
 * as a comment above its C, C names keep the Go names (the naming scheme
 * is in gocc.h), and temporaries appear only where C's evaluation order
 * or the runtime's calling conventions need one.
 */
#include <assert.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "gocc.h"

/* ===================================================================== */
/* Memory, strings, vectors                                              */
/* ===================================================================== */

static void *lower_alloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fprintf(stderr, "gocc: out of memory\n");
        exit(1);
    }
    return p;
}
#define NEW(T) ((T *)lower_alloc(sizeof(T)))
#define NEWA(T, n) ((T *)lower_alloc(sizeof(T) * (size_t)(n)))

static char *lower_fmt(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *lower_fmt(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) {
        fprintf(stderr, "gocc: out of memory\n");
        exit(1);
    }
    va_end(ap);
    return s;
}

static void lower_bug(const char *what, Pos p) __attribute__((noreturn));
static void lower_bug(const char *what, Pos p)
{
    fprintf(stderr, "gocc: internal error: lowering %s at line %d:%d\n", what, p.line, p.col);
    exit(3);
}

typedef struct Vec {
    void **a;
    int n, cap;
} Vec;

static void vec_push(Vec *v, void *p)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 8;
        v->a = realloc(v->a, sizeof(void *) * (size_t)v->cap);
        if (!v->a) {
            fprintf(stderr, "gocc: out of memory\n");
            exit(1);
        }
    }
    v->a[v->n++] = p;
}

/* ===================================================================== */
/* C types                                                               */
/* ===================================================================== */

static LType *lt_new(LTypeKind k)
{
    LType *t = NEW(LType);
    t->kind = k;
    return t;
}

static LType *lt_scalars[LT_F64 + 1];

/* void, bool, char, intN_t, uintN_t, uintptr_t, float, double: one each */
static LType *lt(LTypeKind k)
{
    assert(k <= LT_F64);
    if (!lt_scalars[k])
        lt_scalars[k] = lt_new(k);
    return lt_scalars[k];
}

static LType *lt_ptr(LType *base)
{
    LType *t = lt_new(LT_PTR);
    t->base = base;
    return t;
}

static LType *lt_const(LType *base)
{
    LType *t = lt_new(LT_CONST);
    t->base = base;
    return t;
}

static LType *lt_volatile(LType *base)
{
    LType *t = lt_new(LT_VOLATILE);
    t->base = base;
    return t;
}

static LType *lt_array(LType *elem, int64_t n)
{
    LType *t = lt_new(LT_ARRAY);
    t->base = elem;
    t->len = n;
    return t;
}

static LType *lt_func(LType *ret, LType **params, int n)
{
    LType *t = lt_new(LT_FUNC);
    t->base = ret;
    t->params = params;
    t->nparams = n;
    return t;
}

static LType *lt_funcv(LType *ret, int n, ...)
{
    LType **ps = NEWA(LType *, n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        ps[i] = va_arg(ap, LType *);
    va_end(ap);
    return lt_func(ret, ps, n);
}

/* Strip const/volatile. */
static LType *lt_unqual(LType *t)
{
    while (t->kind == LT_CONST || t->kind == LT_VOLATILE)
        t = t->base;
    return t;
}

bool lower_type_same(const LType *a, const LType *b)
{
    if (a == b)
        return true;
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case LT_PTR:
    case LT_CONST:
    case LT_VOLATILE:
        return lower_type_same(a->base, b->base);
    case LT_ARRAY:
        return a->len == b->len && lower_type_same(a->base, b->base);
    case LT_STRUCT:
        return strcmp(a->name, b->name) == 0;
    case LT_FUNC:
        if (a->nparams != b->nparams || a->variadic != b->variadic ||
            !lower_type_same(a->base, b->base))
            return false;
        for (int i = 0; i < a->nparams; i++)
            if (!lower_type_same(a->params[i], b->params[i]))
                return false;
        return true;
    default:
        return true;
    }
}

static bool lt_is_signed(LType *t)
{
    t = lt_unqual(t);
    return t->kind >= LT_I8 && t->kind <= LT_I64;
}

static int lt_bits(LType *t)
{
    switch (lt_unqual(t)->kind) {
    case LT_BOOL: case LT_CHAR: case LT_I8: case LT_U8: return 8;
    case LT_I16: case LT_U16: return 16;
    case LT_I32: case LT_U32: case LT_F32: return 32;
    default: return 64;
    }
}

/* The unsigned type of the same width. */
static LType *lt_unsigned_of(LType *t)
{
    switch (lt_bits(t)) {
    case 8: return lt(LT_U8);
    case 16: return lt(LT_U16);
    case 32: return lt(LT_U32);
    default: return lt(LT_U64);
    }
}

/* A struct type, filled in field by field. */
static LType *lt_struct(const char *name, int flags)
{
    LType *t = lt_new(LT_STRUCT);
    t->name = name;
    t->flags = flags;
    return t;
}

static void lt_addfield(LType *st, const char *name, LType *type)
{
    st->fields = realloc(st->fields, sizeof(LField) * (size_t)(st->nfields + 1));
    st->fields[st->nfields].name = name;
    st->fields[st->nfields].type = type;
    st->nfields++;
}

static int lt_fieldindex(LType *st, const char *name)
{
    st = lt_unqual(st);
    for (int i = 0; i < st->nfields; i++)
        if (strcmp(st->fields[i].name, name) == 0)
            return i;
    fprintf(stderr, "gocc: internal error: no field %s in %s\n", name, st->name);
    exit(3);
}

/* ---- The runtime's structs, exactly as gort.h declares them ---------- */

static LType *ct_string, *ct_slice, *ct_eface, *ct_iface, *ct_func, *ct_map,
    *ct_chan, *ct_type, *ct_field, *ct_imethod, *ct_method, *ct_itab,
    *ct_mapiter, *ct_frame, *ct_defer, *ct_scase;
static LType *ct_voidp;     /* void * */
static LType *ct_cvoidp;    /* const void * */
static LType *ct_codep;     /* void (*)(void) */
static LType *ct_typep;     /* const gort_type * */
static LType *ct_itabp;     /* const gort_itab * */
static LType *ct_thunkp;    /* void (*)(void *) */
static LType *ct_cstr;      /* const char * */

static void lower_init_ctypes(void)
{
    ct_voidp = lt_ptr(lt(LT_VOID));
    ct_cvoidp = lt_ptr(lt_const(lt(LT_VOID)));
    ct_codep = lt_ptr(lt_funcv(lt(LT_VOID), 0));
    ct_thunkp = lt_ptr(lt_funcv(lt(LT_VOID), 1, ct_voidp));
    ct_cstr = lt_ptr(lt_const(lt(LT_CHAR)));

    ct_string = lt_struct("gort_string", LTY_GORT);
    lt_addfield(ct_string, "ptr", lt_ptr(lt_const(lt(LT_U8))));
    lt_addfield(ct_string, "len", lt(LT_I64));

    ct_slice = lt_struct("gort_slice", LTY_GORT);
    lt_addfield(ct_slice, "ptr", ct_voidp);
    lt_addfield(ct_slice, "len", lt(LT_I64));
    lt_addfield(ct_slice, "cap", lt(LT_I64));

    ct_map = lt_struct("gort_map", LTY_GORT | LTY_OPAQUE);
    ct_chan = lt_struct("gort_chan", LTY_GORT | LTY_OPAQUE);
    ct_defer = lt_struct("gort_defer", LTY_GORT | LTY_OPAQUE);

    ct_func = lt_struct("gort_func", LTY_GORT);
    lt_addfield(ct_func, "fn", ct_codep);

    ct_type = lt_struct("gort_type", LTY_GORT);
    ct_typep = lt_ptr(lt_const(ct_type));
    ct_field = lt_struct("gort_field", LTY_GORT);
    lt_addfield(ct_field, "name", ct_string);
    lt_addfield(ct_field, "type", ct_typep);
    lt_addfield(ct_field, "offset", lt(LT_UINTPTR));
    lt_addfield(ct_field, "embedded", lt(LT_BOOL));
    ct_imethod = lt_struct("gort_imethod", LTY_GORT);
    lt_addfield(ct_imethod, "name", ct_string);
    lt_addfield(ct_imethod, "type", ct_typep);
    ct_method = lt_struct("gort_method", LTY_GORT);
    lt_addfield(ct_method, "name", ct_string);
    lt_addfield(ct_method, "type", ct_typep);
    lt_addfield(ct_method, "ifn", ct_codep);

    LType *eqfn = lt_ptr(lt_funcv(lt(LT_BOOL), 2, ct_cvoidp, ct_cvoidp));
    LType *hashfn = lt_ptr(lt_funcv(lt(LT_U64), 2, ct_cvoidp, lt(LT_U64)));
    lt_addfield(ct_type, "size", lt(LT_UINTPTR));
    lt_addfield(ct_type, "hash", lt(LT_U32));
    lt_addfield(ct_type, "kind", lt(LT_U8));
    lt_addfield(ct_type, "align", lt(LT_U8));
    lt_addfield(ct_type, "flags", lt(LT_U8));
    lt_addfield(ct_type, "str", ct_string);
    lt_addfield(ct_type, "equal", eqfn);
    lt_addfield(ct_type, "hashfn", hashfn);
    lt_addfield(ct_type, "elem", ct_typep);
    lt_addfield(ct_type, "key", ct_typep);
    lt_addfield(ct_type, "len", lt(LT_I64));
    lt_addfield(ct_type, "fields", lt_ptr(lt_const(ct_field)));
    lt_addfield(ct_type, "nfields", lt(LT_I32));
    lt_addfield(ct_type, "nimethods", lt(LT_I32));
    lt_addfield(ct_type, "imethods", lt_ptr(lt_const(ct_imethod)));
    lt_addfield(ct_type, "methods", lt_ptr(lt_const(ct_method)));
    lt_addfield(ct_type, "nmethods", lt(LT_I32));
    lt_addfield(ct_type, "nin", lt(LT_I32));
    lt_addfield(ct_type, "nout", lt(LT_I32));
    lt_addfield(ct_type, "variadic", lt(LT_BOOL));
    lt_addfield(ct_type, "in", lt_ptr(lt_const(ct_typep)));
    lt_addfield(ct_type, "out", lt_ptr(lt_const(ct_typep)));

    ct_itab = lt_struct("gort_itab", LTY_GORT);
    lt_addfield(ct_itab, "inter", ct_typep);
    lt_addfield(ct_itab, "type", ct_typep);
    lt_addfield(ct_itab, "fun", lt_array(ct_codep, 0));
    ct_itabp = lt_ptr(lt_const(ct_itab));

    ct_eface = lt_struct("gort_eface", LTY_GORT);
    lt_addfield(ct_eface, "type", ct_typep);
    lt_addfield(ct_eface, "data", ct_voidp);
    ct_iface = lt_struct("gort_iface", LTY_GORT);
    lt_addfield(ct_iface, "tab", ct_itabp);
    lt_addfield(ct_iface, "data", ct_voidp);

    ct_mapiter = lt_struct("gort_mapiter", LTY_GORT);
    lt_addfield(ct_mapiter, "key", ct_voidp);
    lt_addfield(ct_mapiter, "elem", ct_voidp);
    lt_addfield(ct_mapiter, "mt", ct_typep);
    lt_addfield(ct_mapiter, "m", lt_ptr(ct_map));
    lt_addfield(ct_mapiter, "ctrl", lt_ptr(lt(LT_U8)));
    lt_addfield(ct_mapiter, "slots", lt_ptr(lt(LT_CHAR)));
    lt_addfield(ct_mapiter, "cap", lt(LT_U64));
    lt_addfield(ct_mapiter, "offset", lt(LT_U64));
    lt_addfield(ct_mapiter, "i", lt(LT_U64));
    lt_addfield(ct_mapiter, "clearseq", lt(LT_U64));

    ct_frame = lt_struct("gort_frame", LTY_GORT);
    lt_addfield(ct_frame, "link", lt_ptr(ct_frame));
    lt_addfield(ct_frame, "defers", lt_ptr(ct_defer));
    lt_addfield(ct_frame, "jb", lt_array(ct_voidp, 5));
    lt_addfield(ct_frame, "seg", ct_voidp);
    lt_addfield(ct_frame, "guard", lt(LT_UINTPTR));
    lt_addfield(ct_frame, "flags", lt(LT_I32));

    ct_scase = lt_struct("gort_scase", LTY_GORT);
    lt_addfield(ct_scase, "c", lt_ptr(ct_chan));
    lt_addfield(ct_scase, "elem", ct_voidp);
    lt_addfield(ct_scase, "send", lt(LT_BOOL));
}
