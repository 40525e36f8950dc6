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
#include "gocc_parse.h"

/* ===================================================================== */
/* Memory, strings, vectors                                              */
/* ===================================================================== */

#define NEW(T) ((T *)gocc_alloc(sizeof(T)))
#define NEWA(T, n) ((T *)gocc_alloc(sizeof(T) * (size_t)(n)))

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

/* ===================================================================== */
/* The program being built, and names                                    */
/* ===================================================================== */

static LProgram *prog;
static Vec prog_structs, prog_globals, prog_funcs;
static Vec global_names;        /* every global C name taken */
static const File *main_file;

static const char *const c_reserved[] = {
    "auto", "break", "case", "char", "const", "continue", "default", "do",
    "double", "else", "enum", "extern", "float", "for", "goto", "if", "inline",
    "int", "long", "register", "restrict", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned",
    "void", "volatile", "while", "_Bool", "_Complex", "_Imaginary", "bool",
    "true", "false", "main", "NULL", "asm", "typeof", "errno", "stdin",
    "stdout", "stderr", "alignof", "_Alignas", "_Alignof", "_Atomic",
    "_Generic", "_Noreturn", "_Static_assert", "_Thread_local", "exit",
    "abort", "malloc", "free", "memcpy", "memset", "memcmp", "strlen",
    "printf", "int8_t", "int16_t", "int32_t", "int64_t", "uint8_t",
    "uint16_t", "uint32_t", "uint64_t", "uintptr_t", "size_t", "env",
    "frame", NULL,
};

static bool name_reserved(const char *s)
{
    for (int i = 0; c_reserved[i]; i++)
        if (!strcmp(s, c_reserved[i]))
            return true;
    return !strncmp(s, "gort_", 5) || !strncmp(s, "GORT_", 5) || !strncmp(s, "__", 2);
}

static bool name_in(Vec *v, const char *s)
{
    for (int i = 0; i < v->n; i++)
        if (!strcmp(v->a[i], s))
            return true;
    return false;
}

/* A C name built from `base`, unique in `v` (and in the global names
 * when v is a function's table), not reserved: base, base_1, base_2... */
static const char *name_unique(Vec *v, const char *base)
{
    if (!strncmp(base, "gort_", 5) || !strncmp(base, "GORT_", 5) || !strncmp(base, "__", 2))
        base = gocc_format("go_%s", base);
    const char *s = base;
    for (int n = 1;; n++) {
        if (!name_reserved(s) && !name_in(v, s) && (v == &global_names || !name_in(&global_names, s)))
            break;
        s = gocc_format("%s_%d", base, n);
    }
    vec_push(v, (void *)s);
    return s;
}

static const char *gname(const char *base) { return name_unique(&global_names, base); }

/* "sync/atomic" -> "sync_atomic" */
static const char *pkg_cname(const char *path)
{
    if (!path)
        return "go";
    char *s = gocc_format("%s", path);
    for (char *p = s; *p; p++)
        if (*p == '/' || *p == '.' || *p == '-')
            *p = '_';
    return s;
}

static LFunc *lf_new(const char *name, LType *type, int flags)
{
    LFunc *f = NEW(LFunc);
    f->name = name;
    f->type = type;
    f->flags = flags;
    f->file = main_file;
    vec_push(&prog_funcs, f);
    return f;
}

static LGlobal *lg_new(const char *name, LType *type, int flags)
{
    LGlobal *g = NEW(LGlobal);
    g->name = name;
    g->type = type;
    g->flags = flags;
    vec_push(&prog_globals, g);
    return g;
}

/* A runtime function declared in gort.h, by name (made once). */
static Vec rt_funcs;
static LFunc *rt(const char *name, LType *ret, int n, ...)
{
    for (int i = 0; i < rt_funcs.n; i++) {
        LFunc *f = rt_funcs.a[i];
        if (!strcmp(f->name, name))
            return f;
    }
    LType **ps = NEWA(LType *, n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        ps[i] = va_arg(ap, LType *);
    va_end(ap);
    LFunc *f = lf_new(name, lt_func(ret, ps, n), LF_GORT);
    vec_push(&rt_funcs, f);
    return f;
}

/* A global declared in gort.h (gort_type_int ...). */
static LGlobal *rt_global(const char *name, LType *type)
{
    for (int i = 0; i < prog_globals.n; i++) {
        LGlobal *g = prog_globals.a[i];
        if ((g->flags & LG_GORT) && !strcmp(g->name, name))
            return g;
    }
    return lg_new(name, type, LG_GORT);
}

/* ===================================================================== */
/* Expression and statement builders                                     */
/* ===================================================================== */

static Pos cur_pos;     /* the position given to new nodes */

static LExpr *le_new(LExprKind k, LType *type)
{
    LExpr *e = NEW(LExpr);
    e->kind = k;
    e->type = type;
    e->pos = cur_pos;
    return e;
}

static LExpr *le_int(LType *t, int64_t v)
{
    LExpr *e = le_new(LE_INT, t);
    e->ival = (uint64_t)v;
    return e;
}
static LExpr *le_i64(int64_t v) { return le_int(lt(LT_I64), v); }
static LExpr *le_bool(bool b) { return le_int(lt(LT_BOOL), b); }
static LExpr *le_null(LType *t) { return le_new(LE_NULL, t); }
static LExpr *le_zero(LType *t) { return le_new(LE_ZERO, t); }

static LExpr *le_str(const char *s, int64_t n)
{
    LExpr *e = le_new(LE_STR, ct_string);
    e->str = s;
    e->slen = n;
    return e;
}

static LExpr *le_cstr(const char *s)
{
    LExpr *e = le_new(LE_CSTR, ct_cstr);
    e->str = s;
    return e;
}

static LExpr *le_sizeof(LType *t)
{
    LExpr *e = le_new(LE_SIZEOF, lt(LT_U64));
    e->totype = t;
    return e;
}

static LExpr *le_local(LVar *v)
{
    LExpr *e = le_new(LE_LOCAL, v->type);
    e->var = v;
    return e;
}

static LExpr *le_global(LGlobal *g)
{
    LExpr *e = le_new(LE_GLOBAL, g->type);
    e->global = g;
    return e;
}

static LExpr *le_func(LFunc *f)
{
    LExpr *e = le_new(LE_FUNC, f->type);
    e->func = f;
    return e;
}

static LExpr *le_unary(int op, LExpr *x, LType *t)
{
    LExpr *e = le_new(LE_UNARY, t);
    e->op = op;
    e->x = x;
    return e;
}

static LExpr *le_binary(int op, LExpr *x, LExpr *y, LType *t)
{
    LExpr *e = le_new(LE_BINARY, t);
    e->op = op;
    e->x = x;
    e->y = y;
    return e;
}

static LExpr *le_cmp(int op, LExpr *x, LExpr *y) { return le_binary(op, x, y, lt(LT_BOOL)); }

static LExpr *le_cond(LExpr *c, LExpr *a, LExpr *b)
{
    LExpr *e = le_new(LE_COND, a->type);
    e->x = c;
    e->y = a;
    e->z = b;
    return e;
}

static LExpr *le_cast(LType *t, LExpr *x)
{
    if (lower_type_same(lt_unqual(t), lt_unqual(x->type)))
        return x;
    if (x->kind == LE_INT && t->kind != LT_PTR && lt_unqual(t)->kind <= LT_UINTPTR &&
        lt_unqual(t)->kind != LT_VOID) {
        LExpr *e = le_int(t, (int64_t)x->ival);
        /* truncate / extend to the new type's width */
        int bits = lt_bits(t);
        if (lt_unqual(t)->kind == LT_BOOL)
            e->ival = x->ival != 0;
        else if (bits < 64) {
            uint64_t m = (UINT64_C(1) << bits) - 1;
            uint64_t v = x->ival & m;
            if (lt_is_signed(t) && (v >> (bits - 1)))
                v |= ~m;
            e->ival = v;
        }
        return e;
    }
    LExpr *e = le_new(LE_CAST, t);
    e->x = x;
    return e;
}

static LExpr *le_field(LExpr *x, const char *name)
{
    LType *st = lt_unqual(x->type);
    int i = lt_fieldindex(st, name);
    LExpr *e = le_new(LE_FIELD, st->fields[i].type);
    e->x = x;
    e->field = i;
    return e;
}

static LExpr *le_fieldi(LExpr *x, int i)
{
    LType *st = lt_unqual(x->type);
    LExpr *e = le_new(LE_FIELD, st->fields[i].type);
    e->x = x;
    e->field = i;
    return e;
}

static LExpr *le_deref(LExpr *p)
{
    LType *pt = lt_unqual(p->type);
    assert(pt->kind == LT_PTR);
    if (p->kind == LE_ADDR)
        return p->x;
    LExpr *e = le_new(LE_DEREF, pt->base);
    e->x = p;
    return e;
}

static LExpr *le_addr(LExpr *x)
{
    if (x->kind == LE_DEREF)
        return x->x;
    LExpr *e = le_new(LE_ADDR, lt_ptr(x->type));
    e->x = x;
    return e;
}

static LExpr *le_index(LExpr *x, LExpr *i)
{
    LType *t = lt_unqual(x->type);
    LExpr *e = le_new(LE_INDEX, t->base);
    e->x = x;
    e->y = i;
    return e;
}

static LExpr *le_calln(LExpr *fn, LExpr **args, int n)
{
    LType *ft = lt_unqual(fn->type);
    if (ft->kind == LT_PTR)
        ft = lt_unqual(ft->base);
    LExpr *e = le_new(LE_CALL, ft->base);
    e->x = fn;
    e->args = args;
    e->nargs = n;
    /* convert the arguments to the parameter types where C would */
    for (int i = 0; i < n && i < ft->nparams; i++)
        if (args[i] && args[i]->kind == LE_INT)
            args[i] = le_cast(ft->params[i], args[i]);
    return e;
}

static LExpr *le_call(LFunc *f, int n, ...)
{
    LExpr **args = NEWA(LExpr *, n);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        args[i] = va_arg(ap, LExpr *);
    va_end(ap);
    return le_calln(le_func(f), args, n);
}

static LExpr *le_intrinsic(int op, LExpr *x, LType *t)
{
    LExpr *e = le_new(LE_INTRINSIC, t);
    e->op = op;
    e->x = x;
    return e;
}

static LExpr *le_structv(LType *t, int n, ...)
{
    LExpr *e = le_new(LE_STRUCT, t);
    e->args = NEWA(LExpr *, n);
    e->nargs = n;
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        e->args[i] = va_arg(ap, LExpr *);
    va_end(ap);
    return e;
}

/* Runtime functions without effects a Go program could observe (they
 * allocate at most): their order among other calls does not matter. */
static bool le_purecall(LExpr *e)
{
    static const char *const pure[] = {
        "gort_convE", "gort_convI", "gort_convT", "gort_convI2E", "gort_convI2I",
        "gort_concatstring2", "gort_eqstring", "gort_cmpstring", "gort_intstring",
        "gort_efaceeq", "gort_ifaceeq", NULL,
    };
    if (e->kind != LE_CALL || e->x->kind != LE_FUNC || !(e->x->func->flags & LF_GORT))
        return false;
    for (int i = 0; pure[i]; i++)
        if (!strcmp(e->x->func->name, pure[i]))
            return true;
    return false;
}

/* Does evaluating e call anything (so its order matters)? */
static bool le_hascall(LExpr *e)
{
    if (!e)
        return false;
    if ((e->kind == LE_CALL && !le_purecall(e)) || e->kind == LE_INTRINSIC)
        return true;
    if (le_hascall(e->x) || le_hascall(e->y) || le_hascall(e->z))
        return true;
    for (int i = 0; i < e->nargs; i++)
        if (le_hascall(e->args[i]))
            return true;
    return false;
}

/* A value that can be used twice without evaluating anything twice. */
static bool le_simple(LExpr *e)
{
    switch (e->kind) {
    case LE_INT: case LE_FLOAT: case LE_NULL: case LE_STR: case LE_CSTR:
    case LE_SIZEOF: case LE_LOCAL: case LE_GLOBAL: case LE_FUNC: case LE_ZERO:
        return true;
    case LE_ADDR:
        return e->x->kind == LE_LOCAL || e->x->kind == LE_GLOBAL || e->x->kind == LE_FUNC;
    case LE_FIELD:
        return le_simple(e->x);
    case LE_DEREF:
        return e->x->kind == LE_LOCAL;
    case LE_CAST:
        return le_simple(e->x);
    default:
        return false;
    }
}

/* ---- Statements ------------------------------------------------------ */

typedef struct LB {             /* a statement list being built */
    LStmt *head, *tail;
} LB;

static LStmt *ls_new(LStmtKind k)
{
    LStmt *s = NEW(LStmt);
    s->kind = k;
    s->pos = cur_pos;
    return s;
}

static void lb_add(LB *b, LStmt *s)
{
    if (!s)
        return;
    if (b->tail)
        b->tail->next = s;
    else
        b->head = s;
    b->tail = s;
    while (b->tail->next)
        b->tail = b->tail->next;
}

static void lb_cat(LB *b, LB *c)
{
    if (c->head)
        lb_add(b, c->head);
    c->head = c->tail = NULL;
}

static LStmt *ls_block(LB *b)
{
    LStmt *s = ls_new(LS_BLOCK);
    s->body = b->head;
    return s;
}

/* ===================================================================== */
/* Go types as C types                                                   */
/* ===================================================================== */

/* What the lowering knows of a Go type, shared by identical types. */
typedef struct TInfo {
    Type *t;                /* the canonical Type */
    LType *ct;              /* its C type */
    LGlobal *desc;          /* its descriptor */
    const char *mangled;    /* a C-identifier spelling of it */
} TInfo;

static Vec tinfos;
static int anon_count;

static TInfo *tinfo(Type *t)
{
    for (int i = 0; i < tinfos.n; i++) {
        TInfo *ti = tinfos.a[i];
        if (ti->t == t || type_identical(ti->t, t))
            return ti;
    }
    TInfo *ti = NEW(TInfo);
    ti->t = t;
    vec_push(&tinfos, ti);
    return ti;
}

static bool is_basic(Type *t) { return t->kind >= TY_BOOL && t->kind <= TY_UNSAFEPTR; }

static const char *basic_name(TypeKind k)
{
    static const char *const names[] = {
        [TY_BOOL] = "bool", [TY_INT] = "int", [TY_INT8] = "int8", [TY_INT16] = "int16",
        [TY_INT32] = "int32", [TY_INT64] = "int64", [TY_UINT] = "uint", [TY_UINT8] = "uint8",
        [TY_UINT16] = "uint16", [TY_UINT32] = "uint32", [TY_UINT64] = "uint64",
        [TY_UINTPTR] = "uintptr", [TY_FLOAT32] = "float32", [TY_FLOAT64] = "float64",
        [TY_STRING] = "string", [TY_UNSAFEPTR] = "unsafe_Pointer",
    };
    return names[k];
}

/* A C-identifier spelling of a Go type: int, main_T, ptr_main_T,
 * slice_string, array_3_int, map_string_int, chan_int, func_2 ... */
static const char *type_mangle(Type *t)
{
    TInfo *ti = tinfo(t);
    if (ti->mangled)
        return ti->mangled;
    const char *m;
    if (t == type_any)
        m = "any";
    else if (t->kind == TY_NAMED)
        m = t->pkg ? gocc_format("%s_%s", pkg_cname(t->pkg), t->name) : t->name;
    else if (is_basic(t))
        m = basic_name(t->kind);
    else switch (t->kind) {
    case TY_POINTER: m = gocc_format("ptr_%s", type_mangle(t->elem)); break;
    case TY_SLICE: m = gocc_format("slice_%s", type_mangle(t->elem)); break;
    case TY_ARRAY: m = gocc_format("array_%lld_%s", (long long)t->len, type_mangle(t->elem)); break;
    case TY_MAP: m = gocc_format("map_%s_%s", type_mangle(t->key), type_mangle(t->elem)); break;
    case TY_CHAN: m = gocc_format("chan_%s", type_mangle(t->elem)); break;
    case TY_FUNC: m = gocc_format("func_%d", ++anon_count); break;
    case TY_STRUCT: m = gocc_format("struct_%d", ++anon_count); break;
    case TY_INTERFACE: m = t->nfields ? gocc_format("iface_%d", ++anon_count) : "any"; break;
    default: m = gocc_format("type_%d", ++anon_count); break;
    }
    ti->mangled = m;
    return m;
}

static LType *ctype(Type *t);

/* A Go struct as a C struct (fields in order; `_` fields renamed). */
static LType *ctype_struct(TInfo *ti, Type *st, const char *name, Type *gotype)
{
    LType *ct = lt_struct(gname(name), 0);
    ct->gotype = type_rtstr(gotype);
    ti->ct = ct;            /* before the fields: they may point back to it */
    Vec fnames = {0};
    for (int i = 0; i < st->nfields; i++) {
        const char *fn = st->fields[i].name;
        if (!fn || !strcmp(fn, "_"))
            fn = "_blank";
        lt_addfield(ct, name_unique(&fnames, fn), ctype(st->fields[i].type));
    }
    vec_push(&prog_structs, ct);
    return ct;
}

/* The C type of a Go type (gort.h's "Values" banner). */
static LType *ctype(Type *t)
{
    if (!t)
        return lt(LT_VOID);
    TInfo *ti = tinfo(t);
    if (ti->ct)
        return ti->ct;
    Type *u = type_under(t);
    LType *ct;
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL: ct = lt(LT_BOOL); break;
    case TY_INT: case TY_INT64: case TY_UNTYPED_INT: ct = lt(LT_I64); break;
    case TY_INT8: ct = lt(LT_I8); break;
    case TY_INT16: ct = lt(LT_I16); break;
    case TY_INT32: case TY_UNTYPED_RUNE: ct = lt(LT_I32); break;
    case TY_UINT: case TY_UINT64: ct = lt(LT_U64); break;
    case TY_UINT8: ct = lt(LT_U8); break;
    case TY_UINT16: ct = lt(LT_U16); break;
    case TY_UINT32: ct = lt(LT_U32); break;
    case TY_UINTPTR: ct = lt(LT_UINTPTR); break;
    case TY_FLOAT32: ct = lt(LT_F32); break;
    case TY_FLOAT64: case TY_UNTYPED_FLOAT: ct = lt(LT_F64); break;
    case TY_STRING: case TY_UNTYPED_STRING: ct = ct_string; break;
    case TY_UNSAFEPTR: case TY_UNTYPED_NIL: ct = ct_voidp; break;
    case TY_SLICE: ct = ct_slice; break;
    case TY_MAP: ct = lt_ptr(ct_map); break;
    case TY_CHAN: ct = lt_ptr(ct_chan); break;
    case TY_FUNC: ct = lt_ptr(ct_func); break;
    case TY_INTERFACE: ct = u->nfields ? ct_iface : ct_eface; break;
    case TY_POINTER: {
        ct = lt_ptr(NULL);
        ti->ct = ct;        /* type T *T: the pointer exists before its base */
        ct->base = ctype(u->elem);
        return ct;
    }
    case TY_ARRAY: {
        if (t->kind == TY_NAMED && tinfo(u)->ct)
            return ti->ct = tinfo(u)->ct;
        TInfo *ui = tinfo(u);
        ct = lt_struct(gname(gocc_format("go_%s", type_mangle(u))), 0);
        ct->gotype = type_rtstr(u);
        ui->ct = ct;
        lt_addfield(ct, "a", lt_array(ctype(u->elem), u->len));
        vec_push(&prog_structs, ct);
        return ti->ct = ct;
    }
    case TY_STRUCT:
        if (t->kind == TY_NAMED)
            return ctype_struct(ti, u, type_mangle(t), t);
        return ctype_struct(ti, u, gocc_format("go_%s", type_mangle(t)), t);
    default:
        ct = lt(LT_VOID);
        break;
    }
    return ti->ct = ct;
}

static bool type_direct(Type *t)
{
    switch (type_under(t)->kind) {
    case TY_POINTER: case TY_MAP: case TY_CHAN: case TY_FUNC: case TY_UNSAFEPTR:
        return true;
    default:
        return false;
    }
}

static bool is_iface(Type *t) { return t && type_under(t)->kind == TY_INTERFACE; }
static bool is_eface(Type *t) { return is_iface(t) && type_under(t)->nfields == 0; }

/* ===================================================================== */
/* Type descriptors                                                      */
/* ===================================================================== */

static LFunc *method_ifn(Sym *m, Type *recvtype);

static uint32_t fnv1a(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (uint8_t)*s) * 16777619u;
    return h;
}

static int gort_kind(Type *t)
{
    switch (type_under(t)->kind) {
    case TY_BOOL: return 1; case TY_INT: return 2; case TY_INT8: return 3;
    case TY_INT16: return 4; case TY_INT32: return 5; case TY_INT64: return 6;
    case TY_UINT: return 7; case TY_UINT8: return 8; case TY_UINT16: return 9;
    case TY_UINT32: return 10; case TY_UINT64: return 11; case TY_UINTPTR: return 12;
    case TY_FLOAT32: return 13; case TY_FLOAT64: return 14;
    case TY_ARRAY: return 17; case TY_CHAN: return 18; case TY_FUNC: return 19;
    case TY_INTERFACE: return 20; case TY_MAP: return 21; case TY_POINTER: return 22;
    case TY_SLICE: return 23; case TY_STRING: return 24; case TY_STRUCT: return 25;
    case TY_UNSAFEPTR: return 26;
    default: return 0;
    }
}

static LInit *li_expr(LExpr *e)
{
    LInit *i = NEW(LInit);
    i->expr = e;
    return i;
}

static LInit *li_list(int n)
{
    LInit *i = NEW(LInit);
    i->elems = NEWA(LInit *, n);
    i->nelems = n;
    return i;
}

static LExpr *desc_addr(Type *t);

static LExpr *le_codeaddr(LFunc *f) { return le_cast(ct_codep, le_addr(le_func(f))); }

/* gort_memequalN / gort_memhashN etc. for a comparable type whose values
 * compare as memory or by the runtime's own functions; NULL otherwise. */
static const char *eq_hash_names(Type *t, const char **hash)
{
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_STRING: *hash = "gort_strhash"; return "gort_strequal";
    case TY_FLOAT32: *hash = "gort_f32hash"; return "gort_f32equal";
    case TY_FLOAT64: *hash = "gort_f64hash"; return "gort_f64equal";
    case TY_INTERFACE:
        if (u->nfields) { *hash = "gort_ifacehash"; return "gort_ifaceequal"; }
        *hash = "gort_efacehash"; return "gort_efaceequal";
    case TY_SLICE: case TY_MAP: case TY_FUNC:
        return NULL;
    case TY_STRUCT: case TY_ARRAY:
        if (!type_comparable(t))
            return NULL;
        if (type_size(t) == 0) { *hash = "gort_memhash0"; return "gort_memequal0"; }
        return NULL;
    default:
        switch (type_size(t)) {
        case 1: *hash = "gort_memhash8"; return "gort_memequal8";
        case 2: *hash = "gort_memhash16"; return "gort_memequal16";
        case 4: *hash = "gort_memhash32"; return "gort_memequal32";
        default: *hash = "gort_memhash64"; return "gort_memequal64";
        }
    }
}

static LFunc *struct_eqfn(Type *t);
static LFunc *struct_hashfn(Type *t);


/* One method of a method set: a declared method reached through the
 * embedded fields `path` (or a method of an embedded interface). */
typedef struct MEntry {
    const char *name;
    Sym *method;            /* concrete method, or NULL */
    Type *iface;            /* embedded interface type (method == NULL) */
    int index;              /* its index there */
    Type *sig;              /* func type without receiver */
    int path[16];
    int npath;
} MEntry;

static int cmp_mentry(const void *a, const void *b)
{
    return strcmp((*(MEntry *const *)a)->name, (*(MEntry *const *)b)->name);
}

static bool mset_has(Vec *v, const char *name)
{
    for (int i = 0; i < v->n; i++)
        if (!strcmp(((MEntry *)v->a[i])->name, name))
            return true;
    return false;
}

/* The method set of named type `named` (ptr: of *named), with methods
 * promoted from embedded fields, breadth first (the shallowest wins). */
static void method_set(Type *named, bool ptr, Vec *out)
{
    typedef struct { Type *t; bool ptr; int path[16]; int npath; } Q;
    Q q[64];
    int qn = 0, qi = 0;
    q[qn].t = named;
    q[qn].ptr = ptr;
    q[qn].npath = 0;
    qn++;
    while (qi < qn) {
        Q c = q[qi++];
        Vec level = {0};
        Type *t = c.t;
        if (t->kind == TY_NAMED && !is_iface(t)) {
            for (int i = 0; i < t->nmethods; i++) {
                Sym *m = t->methods[i];
                if ((!c.ptr && m->ptrrecv) || mset_has(out, m->name))
                    continue;
                MEntry *e = NEW(MEntry);
                e->name = m->name;
                e->method = m;
                e->sig = m->type;
                memcpy(e->path, c.path, sizeof c.path);
                e->npath = c.npath;
                vec_push(&level, e);
            }
        } else if (is_iface(t) && c.npath > 0) {
            Type *u = type_under(t);
            for (int i = 0; i < u->nfields; i++) {
                if (mset_has(out, u->fields[i].name))
                    continue;
                MEntry *e = NEW(MEntry);
                e->name = u->fields[i].name;
                e->iface = t;
                e->index = i;
                e->sig = u->fields[i].type;
                memcpy(e->path, c.path, sizeof c.path);
                e->npath = c.npath;
                vec_push(&level, e);
            }
        }
        for (int i = 0; i < level.n; i++)
            vec_push(out, level.a[i]);
        Type *u = type_under(t);
        if (u->kind != TY_STRUCT || c.npath >= 15)
            continue;
        for (int i = 0; i < u->nfields && qn < 64; i++) {
            if (!u->fields[i].embedded)
                continue;
            Type *ft = u->fields[i].type;
            bool fp = type_under(ft)->kind == TY_POINTER && !is_iface(ft);
            Q n = c;
            n.t = fp ? type_under(ft)->elem : ft;
            n.ptr = fp || c.ptr;
            n.path[n.npath++] = i;
            q[qn++] = n;
        }
    }
}

static LFunc *mentry_ifn(MEntry *me, Type *recvtype);

/* The descriptor of Go type t, as `&NAME_type`. */
static LGlobal *type_desc(Type *t)
{
    if (t->kind == TY_TUPLE || type_is_untyped(t))
        t = type_default(t);
    TInfo *ti = tinfo(t);
    if (ti->desc)
        return ti->desc;
    if (is_basic(t) && t->kind != TY_UNSAFEPTR)
        return ti->desc = rt_global(gocc_format("gort_type_%s", basic_name(t->kind)), lt_const(ct_type));
    if (t == type_any || (t->kind == TY_INTERFACE && t->nfields == 0))
        return ti->desc = rt_global("gort_type_any", lt_const(ct_type));
    if (t == type_error)
        return ti->desc = rt_global("gort_type_error", lt_const(ct_type));

    const char *name = type_mangle(t);
    LGlobal *g = lg_new(gname(gocc_format("%s%s_type", t->kind == TY_NAMED ? "" : "go_", name)),
                        lt_const(ct_type), LG_STATIC);
    ti->desc = g;
    const char *str = type_rtstr(t);
    g->comment = gocc_format("type %s", str);
    Type *u = type_under(t);
    LInit *in = li_list(ct_type->nfields);
    g->init = in;
#define F(fname, e) in->elems[lt_fieldindex(ct_type, fname)] = li_expr(e)
    F("size", le_int(lt(LT_UINTPTR), type_size(t)));
    F("hash", le_int(lt(LT_U32), fnv1a(str)));
    F("kind", le_int(lt(LT_U8), gort_kind(t)));
    F("align", le_int(lt(LT_U8), type_align(t)));
    F("flags", le_int(lt(LT_U8), (type_has_pointers(t) ? 1 : 0) | (type_direct(t) ? 2 : 0) |
                                     (t->kind == TY_NAMED ? 4 : 0)));
    F("str", le_str(str, (int64_t)strlen(str)));
    const char *hname = NULL;
    const char *ename = eq_hash_names(t, &hname);
    LType *eqt = ct_type->fields[lt_fieldindex(ct_type, "equal")].type;
    LType *hat = ct_type->fields[lt_fieldindex(ct_type, "hashfn")].type;
    if (ename) {
        F("equal", le_addr(le_func(rt(ename, lt(LT_BOOL), 2, ct_cvoidp, ct_cvoidp))));
        F("hashfn", le_addr(le_func(rt(hname, lt(LT_U64), 2, ct_cvoidp, lt(LT_U64)))));
    } else if ((u->kind == TY_STRUCT || u->kind == TY_ARRAY) && type_comparable(t)) {
        F("equal", le_cast(eqt, le_addr(le_func(struct_eqfn(t)))));
        F("hashfn", le_cast(hat, le_addr(le_func(struct_hashfn(t)))));
    }
    switch (u->kind) {
    case TY_POINTER: case TY_SLICE: case TY_ARRAY: case TY_CHAN:
        F("elem", le_addr(le_global(type_desc(u->elem))));
        break;
    case TY_MAP:
        F("elem", le_addr(le_global(type_desc(u->elem))));
        F("key", le_addr(le_global(type_desc(u->key))));
        break;
    default:
        break;
    }
    if (u->kind == TY_ARRAY)
        F("len", le_i64(u->len));
    if (u->kind == TY_CHAN)
        F("len", le_i64(u->dir == CHAN_RECV ? 1 : u->dir == CHAN_SEND ? 2 : 3));
    if (u->kind == TY_STRUCT && u->nfields) {
        LGlobal *fg = lg_new(gname(gocc_format("%s_fields", g->name)),
                             lt_const(lt_array(ct_field, u->nfields)), LG_STATIC);
        LInit *fl = li_list(u->nfields);
        fg->init = fl;
        int64_t off = 0;
        for (int i = 0; i < u->nfields; i++) {
            Field *f = &u->fields[i];
            int64_t a = type_align(f->type);
            off = (off + a - 1) / a * a;
            LInit *e = li_list(4);
            const char *fname = f->name ? f->name : "_";
            e->elems[0] = li_expr(le_str(fname, (int64_t)strlen(fname)));
            e->elems[1] = li_expr(le_addr(le_global(type_desc(f->type))));
            e->elems[2] = li_expr(le_int(lt(LT_UINTPTR), off));
            e->elems[3] = li_expr(le_bool(f->embedded));
            fl->elems[i] = e;
            off += type_size(f->type);
        }
        F("fields", le_addr(le_index(le_global(fg), le_i64(0))));
        F("nfields", le_int(lt(LT_I32), u->nfields));
    }
    if (u->kind == TY_INTERFACE && u->nfields) {
        LGlobal *mg = lg_new(gname(gocc_format("%s_imethods", g->name)),
                             lt_const(lt_array(ct_imethod, u->nfields)), LG_STATIC);
        LInit *ml = li_list(u->nfields);
        mg->init = ml;
        for (int i = 0; i < u->nfields; i++) {
            LInit *e = li_list(2);
            e->elems[0] = li_expr(le_str(u->fields[i].name, (int64_t)strlen(u->fields[i].name)));
            e->elems[1] = li_expr(le_addr(le_global(type_desc(u->fields[i].type))));
            ml->elems[i] = e;
        }
        F("imethods", le_addr(le_index(le_global(mg), le_i64(0))));
        F("nimethods", le_int(lt(LT_I32), u->nfields));
    }
    /* The method set: T's value methods, or all of *T's, with the
     * promoted ones. */
    Type *named = t->kind == TY_NAMED ? t : (u->kind == TY_POINTER && u->elem->kind == TY_NAMED ? u->elem : NULL);
    if (named && !is_iface(named)) {
        bool ptr = named != t;
        Vec ms = {0};
        method_set(named, ptr, &ms);
        int n = ms.n;
        qsort(ms.a, (size_t)n, sizeof(void *), cmp_mentry);
        if (n) {
            LGlobal *mg = lg_new(gname(gocc_format("%s_methods", g->name)),
                                 lt_const(lt_array(ct_method, n)), LG_STATIC);
            LInit *ml = li_list(n);
            mg->init = ml;
            for (int i = 0; i < n; i++) {
                MEntry *me = ms.a[i];
                LInit *e = li_list(3);
                e->elems[0] = li_expr(le_str(me->name, (int64_t)strlen(me->name)));
                e->elems[1] = li_expr(le_addr(le_global(type_desc(me->sig))));
                e->elems[2] = li_expr(le_codeaddr(mentry_ifn(me, t)));
                ml->elems[i] = e;
            }
            F("methods", le_addr(le_index(le_global(mg), le_i64(0))));
            F("nmethods", le_int(lt(LT_I32), n));
        }
    }
    if (u->kind == TY_FUNC) {
        F("nin", le_int(lt(LT_I32), u->nfields));
        F("nout", le_int(lt(LT_I32), u->nresults));
        F("variadic", le_bool(u->variadic));
        for (int k = 0; k < 2; k++) {
            int n = k ? u->nresults : u->nfields;
            Field *fs = k ? u->results : u->fields;
            if (!n)
                continue;
            LGlobal *ag = lg_new(gname(gocc_format("%s_%s", g->name, k ? "out" : "in")),
                                 lt_array(lt_const(ct_typep), n), LG_STATIC);
            LInit *al = li_list(n);
            ag->init = al;
            for (int i = 0; i < n; i++)
                al->elems[i] = li_expr(le_addr(le_global(type_desc(fs[i].type))));
            F(k ? "out" : "in", le_addr(le_index(le_global(ag), le_i64(0))));
        }
    }
#undef F
    return g;
}

static LExpr *desc_addr(Type *t) { return le_addr(le_global(type_desc(t))); }

/* ===================================================================== */
/* Functions being lowered                                               */
/* ===================================================================== */

/* A break/continue target: a loop, switch or select. */
typedef struct Target {
    struct Target *up;
    Node *stmt;
    Sym *label;
    bool loop;              /* for/range: C break/continue apply */
    LLabel *brk, *cont;     /* goto targets when C's can't be used */
    bool cont_goto;         /* continue must jump to `cont` */
} Target;

typedef struct Fn {
    Func *f;                /* NULL for generated helpers */
    LFunc *lf;
    LB *cur;                /* where statements go */
    Vec names;              /* local C names taken */
    Target *targets;
    LVar *frame;            /* defer: the gort_frame */
    LLabel *out;            /* defer: the exit label */
    LVar **results;         /* the result variables */
    int nresults;
    LVar **outs;            /* out pointers for results 2.. */
    Vec labels;             /* (Sym *, LLabel *) pairs for Go labels */
    int ndefer, ngo;
    const File *file;
    LVar *rtok;             /* recover(): the token of gort_recover_take */
} Fn;

static Fn *fn;              /* the function being lowered */

/* Where a Go variable lives in the function being lowered (Sym.aux). */
typedef struct VarLoc {
    Fn *owner;              /* the Fn it belongs to (globals: NULL) */
    LVar *var;              /* C local: the value, or (heap) the cell pointer */
    LGlobal *global;
    bool heap;
} VarLoc;

static void emit(LStmt *s) { lb_add(fn->cur, s); }

static LVar *lv_new(const char *name, LType *type)
{
    LVar *v = NEW(LVar);
    v->name = name_unique(&fn->names, name);
    v->type = type;
    v->pos = cur_pos;
    return v;
}

static void emit_decl(LVar *v, LExpr *init)
{
    LStmt *s = ls_new(LS_DECL);
    s->var = v;
    s->x = init;
    emit(s);
}

static void emit_expr(LExpr *e)
{
    LStmt *s = ls_new(LS_EXPR);
    s->x = e;
    emit(s);
}

static void emit_assign(LExpr *l, LExpr *r)
{
    LStmt *s = ls_new(LS_ASSIGN);
    s->x = l;
    s->y = r;
    emit(s);
}

static void emit_if(LExpr *c, LStmt *then, LStmt *els)
{
    LStmt *s = ls_new(LS_IF);
    s->cond = c;
    s->body = then;
    s->els = els;
    emit(s);
}

static LLabel *label_new(const char *name)
{
    LLabel *l = NEW(LLabel);
    l->name = name_unique(&fn->names, name);
    return l;
}

static void emit_label(LLabel *l)
{
    LStmt *s = ls_new(LS_LABEL);
    s->label = l;
    emit(s);
}

static LStmt *ls_goto(LLabel *l)
{
    LStmt *s = ls_new(LS_GOTO);
    s->label = l;
    return s;
}

static LStmt *ls_expr(LExpr *e)
{
    LStmt *s = ls_new(LS_EXPR);
    s->x = e;
    return s;
}

/* A temporary holding e's value (e evaluated now). */
static LExpr *temp(const char *name, LExpr *e)
{
    LVar *v = lv_new(name, lt_unqual(e->type));
    emit_decl(v, e);
    return le_local(v);
}

/* A zeroed temporary of type t. */
static LExpr *temp_zero(const char *name, LType *t)
{
    LVar *v = lv_new(name, t);
    emit_decl(v, NULL);
    return le_local(v);
}

/* e, made safe to use twice. */
static LExpr *once(LExpr *e)
{
    return le_simple(e) ? e : temp("tmp", e);
}

/* The address of e's value: e itself if it is an lvalue, else a copy. */
static bool le_lvalue(LExpr *e)
{
    switch (e->kind) {
    case LE_LOCAL: case LE_GLOBAL: case LE_DEREF: case LE_INDEX:
        return true;
    case LE_FIELD:
        return le_lvalue(e->x);
    default:
        return false;
    }
}

static LExpr *addr_of_value(LExpr *e)
{
    if (le_lvalue(e) && !le_hascall(e))
        return le_addr(e);
    return le_addr(temp("tmp", e));
}

/* gort_alloc or gort_alloc_noscan for a value of Go type t, as a T *. */
static LExpr *alloc_of(Type *t)
{
    LFunc *f = type_has_pointers(t) ? rt("gort_alloc", ct_voidp, 1, lt(LT_U64))
                                     : rt("gort_alloc_noscan", ct_voidp, 1, lt(LT_U64));
    LType *ct = ctype(t);
    return le_cast(lt_ptr(ct), le_call(f, 1, le_sizeof(ct)));
}


/* if (GORT_UNLIKELY(c)) stmt; */
static void emit_unlikely(LExpr *c, LStmt *s)
{
    emit_if(le_intrinsic(LIN_UNLIKELY, c, lt(LT_BOOL)), s, NULL);
}

/* ===================================================================== */
/* Variables                                                             */
/* ===================================================================== */

static LGlobal *global_var(Sym *s);

static VarLoc *varloc(Sym *s)
{
    VarLoc *vl = s->aux;
    if (s->global && !vl) {
        global_var(s);
        vl = s->aux;
    }
    return vl;
}

/* The lvalue of variable s. */
static LExpr *var_ref(Sym *s)
{
    VarLoc *vl = varloc(s);
    if (!vl || (!vl->global && vl->owner != fn)) {
        /* a `_` or a variable never declared here: a fresh dummy */
        LVar *v = lv_new("unused", ctype(s->type));
        emit_decl(v, NULL);
        vl = NEW(VarLoc);
        vl->owner = fn;
        vl->var = v;
        s->aux = vl;
    }
    if (vl->global)
        return le_global(vl->global);
    if (vl->heap)
        return le_deref(le_local(vl->var));
    return le_local(vl->var);
}

static bool var_heap(Sym *s) { return s->captured || s->addrtaken; }

/* Declare local Go variable s (zero, or init) in the current block. */
static void declare_var(Sym *s, LExpr *init)
{
    if (s->global) {
        if (init)
            emit_assign(le_global(global_var(s)), init);
        return;
    }
    VarLoc *vl = NEW(VarLoc);
    vl->owner = fn;
    const char *name = (s->name && strcmp(s->name, "_")) ? s->name : "_";
    if (var_heap(s)) {
        vl->heap = true;
        vl->var = lv_new(name, lt_ptr(ctype(s->type)));
        emit_decl(vl->var, alloc_of(s->type));
        s->aux = vl;
        if (init)
            emit_assign(le_deref(le_local(vl->var)), init);
        return;
    }
    vl->var = lv_new(name, ctype(s->type));
    s->aux = vl;
    emit_decl(vl->var, init);
}

/* ===================================================================== */
/* Functions and signatures                                              */
/* ===================================================================== */

/* The C function type of Go signature sig (gocc.h "Library packages"):
 * [first,] params..., pointers to results 2..m; returns result 1. */
static LType *sig_ctype(Type *sig, LType *first)
{
    Type *u = type_under(sig);
    int nout = u->nresults > 1 ? u->nresults - 1 : 0;
    int n = (first ? 1 : 0) + u->nfields + nout, k = 0;
    LType **ps = NEWA(LType *, n);
    if (first)
        ps[k++] = first;
    for (int i = 0; i < u->nfields; i++)
        ps[k++] = ctype(u->fields[i].type);
    for (int i = 1; i < u->nresults; i++)
        ps[k++] = lt_ptr(ctype(u->results[i].type));
    return lt_func(u->nresults ? ctype(u->results[0].type) : lt(LT_VOID), ps, n);
}

/* What the lowering keeps for a Func (Func.aux). */
typedef struct FInfo {
    LFunc *stub;            /* what callers call */
    const char *name;       /* the C base name */
    LType *env;             /* literal: its environment struct (pointer) */
    bool queued;
} FInfo;

static Vec queue;           /* Funcs to lower */

static LType *recv_ctype(Sym *m)
{
    LType *t = ctype(m->recv);
    return m->ptrrecv ? lt_ptr(t) : t;
}

static const char *func_basename(Func *f)
{
    Sym *s = f->sym;
    Node *d = f->decl;
    (void)d;
    if (s && s->recv)
        return gocc_format("%s_%s_%s", pkg_cname(s->pkg), s->recv->name, s->name);
    if (s)
        return gocc_format("%s_%s", pkg_cname(s->pkg), s->name);
    /* a literal: "main.func1" inside "main" -> main_main_func1 */
    Func *o = f;
    while (o->outer)
        o = o->outer;
    const char *pkg = o->sym ? o->sym->pkg : "main";
    const char *n = f->name ? f->name : "func";
    char *c = gocc_format("%s_%s", pkg_cname(pkg), n);
    for (char *p = c; *p; p++)
        if (*p == '.' || *p == '(' || *p == ')' || *p == '*')
            *p = '_';
    return c;
}

/* The stub every caller calls, for a Func with a body (queued). */
static LFunc *func_ref(Func *f)
{
    FInfo *fi = f->aux;
    if (fi)
        return fi->stub;
    fi = NEW(FInfo);
    f->aux = fi;
    fi->name = gname(func_basename(f));
    LType *first = NULL;
    if (!f->sym)
        first = ct_voidp;               /* a literal: its environment */
    else if (f->sym->recv)
        first = recv_ctype(f->sym);
    fi->stub = lf_new(fi->name, sig_ctype(f->sig, first), LF_STATIC | LF_INLINE);
    vec_push(&queue, f);
    return fi->stub;
}

/* The C function of a declared function or method (Sym). */
static LFunc *sym_func(Sym *s)
{
    if (s->fn)
        return func_ref(s->fn);
    if (s->aux)
        return s->aux;
    /* bodyless prelude function: implemented in C by the runtime */
    const char *name = s->cname ? s->cname : gocc_format("gort_%s_%s", pkg_cname(s->pkg), s->name);
    LFunc *f = lf_new(name, sig_ctype(s->type, s->recv ? recv_ctype(s) : NULL), 0);
    vec_push(&global_names, (void *)name);
    f->comment = gocc_format("%s.%s, implemented in the runtime", s->pkg, s->name);
    f->nparams = f->type->nparams;
    f->params = NEWA(LVar *, f->nparams + 1);
    for (int i = 0; i < f->nparams; i++) {
        f->params[i] = NEW(LVar);
        f->params[i]->name = gocc_format("a%d", i);
        f->params[i]->type = f->type->params[i];
        f->params[i]->flags = LV_PARAM;
    }
    s->aux = f;
    return f;
}

/* ===================================================================== */
/* Expressions                                                           */
/* ===================================================================== */

static LExpr *lx(Node *e);
static LExpr *lx_conv(Node *e, Type *to);
static LExpr *convert(LExpr *v, Type *from, Type *to);
static LExpr *lx_call(Node *e, LExpr ***outs);
static LExpr *func_value(Func *f);
static LExpr *sym_func_value(Sym *s);

static LExpr *lx_const(Const *c, Type *t)
{
    LType *ct = ctype(t);
    switch (c->kind) {
    case CONST_BOOL:
        return le_int(ct, c->b);
    case CONST_STRING:
        if (is_iface(t))
            return convert(le_str(c->s, (int64_t)c->slen), type_string, t);
        return le_str(c->s, (int64_t)c->slen);
    case CONST_INT: case CONST_RUNE: case CONST_FLOAT: {
        Type *u = type_under(t);
        if (u->kind == TY_FLOAT32 || u->kind == TY_FLOAT64) {
            LExpr *e = le_new(LE_FLOAT, ct);
            e->fval = const_to_float64(*c);
            return e;
        }
        if (is_iface(t)) {
            Type *d = c->kind == CONST_FLOAT ? type_float64 : c->kind == CONST_RUNE ? type_int32 : type_int;
            return convert(lx_const(c, d), d, t);
        }
        if (const_fits_int64(*c))
            return le_int(ct, const_to_int64(*c));
        return le_int(ct, (int64_t)const_to_uint64(*c));
    }
    default:
        return le_zero(ct);
    }
}

/* Evaluate nodes ns[0..n) in Go's order (converted to tos[i] if given):
 * an operand with a call is spilled to a temporary when a later one has
 * effects of its own. */
static LExpr **lx_seq(Node **ns, Type **tos, int n)
{
    LB *saved = fn->cur;
    LB *bs = NEWA(LB, n);
    LExpr **es = NEWA(LExpr *, n);
    for (int i = 0; i < n; i++) {
        fn->cur = &bs[i];
        es[i] = tos && tos[i] ? lx_conv(ns[i], tos[i]) : lx(ns[i]);
    }
    fn->cur = saved;
    for (int i = 0; i < n; i++) {
        lb_cat(saved, &bs[i]);
        bool later = false;
        for (int j = i + 1; j < n; j++)
            if (bs[j].head || le_hascall(es[j]))
                later = true;
        if (later && le_hascall(es[i]))
            es[i] = temp("tmp", es[i]);
    }
    return es;
}

/* ---- Interfaces ----------------------------------------------------- */

/* The value v of Go type `from` as a value of type `to` (boxing into an
 * interface when `to` is one and `from` is not). */
static LExpr *convert(LExpr *v, Type *from, Type *to)
{
    if (!to || !from || from == to)
        return v;
    if (!is_iface(to)) {
        /* assignable without an interface: the same Go layout, but maybe
         * two C types (a named struct T and struct{...}, *T and *struct{...}) */
        if (from->kind == TY_UNTYPED_NIL || !v->type)
            return v;
        LType *ct = ctype(to);
        if (lower_type_same(ct, lt_unqual(v->type)))
            return v;
        if (ct->kind == LT_STRUCT)
            return le_deref(le_cast(lt_ptr(ct), addr_of_value(v)));
        return le_cast(ct, v);
    }
    if (from->kind == TY_UNTYPED_NIL)
        return le_zero(ctype(to));
    if (is_iface(from)) {
        if (type_identical(from, to))
            return v;
        if (is_eface(to)) {
            if (is_eface(from))
                return v;
            return le_call(rt("gort_convI2E", ct_eface, 1, ct_iface), 1, v);
        }
        return le_call(rt("gort_convI2I", ct_iface, 2, ct_typep, ct_iface), 2, desc_addr(to),
                       is_eface(from) ? le_call(rt("gort_assertE2I", ct_iface, 2, ct_typep, ct_eface), 2,
                                                desc_addr(to), v)
                                      : v);
    }
    if (is_eface(to))
        return le_call(rt("gort_convE", ct_eface, 2, ct_typep, ct_cvoidp), 2, desc_addr(from),
                       addr_of_value(v));
    return le_call(rt("gort_convI", ct_iface, 3, ct_typep, ct_typep, ct_cvoidp), 3, desc_addr(to),
                   desc_addr(from), addr_of_value(v));
}

static LExpr *lx_conv(Node *e, Type *to)
{
    if (e->mode == MODE_NIL || (e->tv && e->tv->kind == TY_UNTYPED_NIL))
        return le_zero(ctype(to));
    if (e->cv && to && is_iface(to) && !is_iface(e->tv))
        return convert(lx_const(e->cv, e->tv), e->tv, to);
    return convert(lx(e), e->tv, to);
}

/* The dynamic type word of interface value v (evaluated once). */
static LExpr *iface_type(LExpr *v, Type *t)
{
    if (is_eface(t))
        return le_field(v, "type");
    LExpr *tab = le_field(v, "tab");
    return le_cond(le_cmp(LOP_NE, tab, le_null(ct_itabp)), le_field(le_deref(tab), "type"),
                   le_null(ct_typep));
}

/* ---- Operators ------------------------------------------------------ */

static bool is_nil_node(Node *n)
{
    return n->mode == MODE_NIL || (n->sym && n->sym->kind == SYM_NIL);
}

/* x == nil for a value of type t */
static LExpr *nil_test(LExpr *x, Type *t, bool eq)
{
    int op = eq ? LOP_EQ : LOP_NE;
    Type *u = type_under(t);
    switch (u->kind) {
    case TY_SLICE: return le_cmp(op, le_field(x, "ptr"), le_null(ct_voidp));
    case TY_INTERFACE:
        if (u->nfields)
            return le_cmp(op, le_field(x, "tab"), le_null(ct_itabp));
        return le_cmp(op, le_field(x, "type"), le_null(ct_typep));
    default: return le_cmp(op, x, le_null(x->type));
    }
}

static const int cmp_ops[][2] = {
    {TK_EQL, LOP_EQ}, {TK_NEQ, LOP_NE}, {TK_LSS, LOP_LT},
    {TK_LEQ, LOP_LE}, {TK_GTR, LOP_GT}, {TK_GEQ, LOP_GE},
};

static int cmp_op(int tk)
{
    for (size_t i = 0; i < sizeof cmp_ops / sizeof *cmp_ops; i++)
        if (cmp_ops[i][0] == tk)
            return cmp_ops[i][1];
    return -1;
}

static LFunc *struct_eqfn(Type *t);

/* x op y for comparable operands of Go type t (already evaluated). */
static LExpr *compare(int op, LExpr *x, LExpr *y, Type *t)
{
    Type *u = type_under(t);
    if (u->kind == TY_STRING) {
        if (op == LOP_EQ || op == LOP_NE) {
            LExpr *e = le_call(rt("gort_eqstring", lt(LT_BOOL), 2, ct_string, ct_string), 2, x, y);
            return op == LOP_EQ ? e : le_unary(LOP_NOT, e, lt(LT_BOOL));
        }
        return le_cmp(op, le_call(rt("gort_cmpstring", lt(LT_I32), 2, ct_string, ct_string), 2, x, y),
                      le_int(lt(LT_I32), 0));
    }
    LExpr *e = NULL;
    if (u->kind == TY_INTERFACE) {
        e = u->nfields ? le_call(rt("gort_ifaceeq", lt(LT_BOOL), 2, ct_iface, ct_iface), 2, x, y)
                       : le_call(rt("gort_efaceeq", lt(LT_BOOL), 2, ct_eface, ct_eface), 2, x, y);
    } else if (u->kind == TY_STRUCT || u->kind == TY_ARRAY) {
        e = le_call(struct_eqfn(t), 2, le_cast(ct_cvoidp, addr_of_value(x)),
                    le_cast(ct_cvoidp, addr_of_value(y)));
    } else {
        return le_cmp(op, x, le_cast(x->type, y));
    }
    return op == LOP_EQ ? e : le_unary(LOP_NOT, e, lt(LT_BOOL));
}

static LExpr *lx_compare(Node *e)
{
    int op = cmp_op(e->op);
    Node *a = e->x, *b = e->y;
    if (is_nil_node(b) || is_nil_node(a)) {
        Node *v = is_nil_node(b) ? a : b;
        return nil_test(lx(v), v->tv, op == LOP_EQ);
    }
    Type *ta = a->tv, *tb = b->tv;
    Type *t = ta;
    Type *tos[2] = {NULL, NULL};
    if (is_iface(ta) && !is_iface(tb))
        tos[1] = ta;
    else if (is_iface(tb) && !is_iface(ta))
        tos[0] = t = tb;
    else if (is_iface(ta) && is_iface(tb) && !type_identical(ta, tb)) {
        t = type_any;
        tos[0] = tos[1] = type_any;
    }
    Node *ns[2] = {a, b};
    LExpr **es = lx_seq(ns, tos, 2);
    return compare(op, es[0], es[1], t);
}

static LExpr *arith(int tk, LExpr *x, LExpr *y, Type *t, Node *ynode);

static LExpr *lx_binary(Node *e)
{
    if (e->op == TK_LAND || e->op == TK_LOR) {
        LExpr *x = lx(e->x);
        LB yb = {0}, *saved = fn->cur;
        fn->cur = &yb;
        LExpr *y = lx(e->y);
        fn->cur = saved;
        if (!yb.head)
            return le_binary(e->op == TK_LAND ? LOP_LOGAND : LOP_LOGOR, x, y, lt(LT_BOOL));
        LExpr *t = temp("cond", le_cast(lt(LT_BOOL), x));
        LB then = {0};
        lb_cat(&then, &yb);
        LStmt *as = ls_new(LS_ASSIGN);
        as->x = t;
        as->y = y;
        lb_add(&then, as);
        emit_if(e->op == TK_LAND ? t : le_unary(LOP_NOT, t, lt(LT_BOOL)), ls_block(&then), NULL);
        return t;
    }
    if (cmp_op(e->op) >= 0)
        return le_cast(ctype(e->tv), lx_compare(e));
    Node *ns[2] = {e->x, e->y};
    LExpr **es = lx_seq(ns, NULL, 2);
    return arith(e->op, es[0], es[1], e->tv, e->y);
}

static LType *lt_wide_unsigned(LType *t) { return lt_unsigned_of(t); }

/* Go's x op y on numbers and strings of type t. */
static LExpr *arith(int tk, LExpr *x, LExpr *y, Type *t, Node *ynode)
{
    LType *ct = ctype(t);
    Type *u = type_under(t);
    if (u->kind == TY_STRING)
        return le_call(rt("gort_concatstring2", ct_string, 2, ct_string, ct_string), 2, x, y);
    bool isfloat = u->kind == TY_FLOAT32 || u->kind == TY_FLOAT64;
    bool sign = lt_is_signed(ct);
    int bits = lt_bits(ct);
    switch (tk) {
    case TK_ADD: case TK_SUB: case TK_MUL: {
        int op = tk == TK_ADD ? LOP_ADD : tk == TK_SUB ? LOP_SUB : LOP_MUL;
        if (isfloat || !sign || bits < 32)
            return le_binary(op, x, le_cast(ct, y), ct);
        LType *ut = lt_wide_unsigned(ct);
        return le_cast(ct, le_binary(op, le_cast(ut, x), le_cast(ut, y), ut));
    }
    case TK_AND: return le_binary(LOP_AND, x, le_cast(ct, y), ct);
    case TK_OR: return le_binary(LOP_OR, x, le_cast(ct, y), ct);
    case TK_XOR: return le_binary(LOP_XOR, x, le_cast(ct, y), ct);
    case TK_AND_NOT: return le_binary(LOP_AND, x, le_unary(LOP_BITNOT, le_cast(ct, y), ct), ct);
    case TK_QUO: case TK_REM: {
        int op = tk == TK_QUO ? LOP_DIV : LOP_MOD;
        if (isfloat)
            return le_binary(op, x, y, ct);
        if (ynode && ynode->cv) {
            int64_t c = (int64_t)y->ival;
            if (c != 0 && (!sign || c != -1))
                return le_binary(op, x, le_cast(ct, y), ct);
        }
        y = once(le_cast(ct, y));
        x = once(x);
        emit_unlikely(le_cmp(LOP_EQ, y, le_int(ct, 0)),
                      ls_expr(le_call(rt("gort_panic_runtime", lt(LT_VOID), 1, ct_cstr), 1,
                                      le_cstr("integer divide by zero"))));
        if (!sign)
            return le_binary(op, x, y, ct);
        LType *ut = lt_wide_unsigned(ct);
        LExpr *special = tk == TK_QUO ? le_cast(ct, le_unary(LOP_NEG, le_cast(ut, x), ut)) : le_int(ct, 0);
        return le_cond(le_cmp(LOP_EQ, y, le_int(ct, -1)), special, le_binary(op, x, y, ct));
    }
    case TK_SHL: case TK_SHR: {
        int op = tk == TK_SHL ? LOP_SHL : LOP_SHR;
        LType *ut = lt_wide_unsigned(ct);
        if (ynode && ynode->cv) {
            uint64_t c = y->ival;
            if (c < (uint64_t)bits) {
                if (op == LOP_SHL && sign)
                    return le_cast(ct, le_binary(op, le_cast(ut, x), le_int(lt(LT_U64), (int64_t)c), ut));
                return le_binary(op, x, le_int(lt(LT_U64), (int64_t)c), ct);
            }
            if (op == LOP_SHR && sign)
                return le_binary(op, x, le_int(lt(LT_U64), bits - 1), ct);
            return le_int(ct, 0);
        }
        y = once(y);
        x = once(x);
        if (lt_is_signed(y->type))
            emit_unlikely(le_cmp(LOP_LT, y, le_int(y->type, 0)),
                          ls_expr(le_call(rt("gort_panic_runtime", lt(LT_VOID), 1, ct_cstr), 1,
                                          le_cstr("negative shift amount"))));
        LExpr *cnt = le_cast(lt(LT_U64), y);
        LExpr *inrange = le_cmp(LOP_LT, cnt, le_int(lt(LT_U64), bits));
        LExpr *shifted = (op == LOP_SHL && sign)
                             ? le_cast(ct, le_binary(op, le_cast(ut, x), cnt, ut))
                             : le_binary(op, x, cnt, ct);
        LExpr *over = (op == LOP_SHR && sign) ? le_binary(op, x, le_int(lt(LT_U64), bits - 1), ct)
                                               : le_int(ct, 0);
        return le_cond(inrange, shifted, over);
    }
    default:
        lower_bug("binary operator", cur_pos);
    }
}

/* ---- Bounds checks, indexing, slicing ---------------------------------- */

/* if ((uint64_t)i >= (uint64_t)len) gort_panic_index(i, len); */
static void bounds_check(LExpr *i, LExpr *len)
{
    bool uns = !lt_is_signed(i->type);
    LExpr *c = le_cmp(LOP_GE, le_cast(lt(LT_U64), i), le_cast(lt(LT_U64), len));
    LExpr *call = uns ? le_call(rt("gort_panic_indexu", lt(LT_VOID), 2, lt(LT_U64), lt(LT_I64)), 2,
                                le_cast(lt(LT_U64), i), len)
                      : le_call(rt("gort_panic_index", lt(LT_VOID), 2, lt(LT_I64), lt(LT_I64)), 2,
                                le_cast(lt(LT_I64), i), len);
    emit_unlikely(c, ls_expr(call));
}

static LExpr *lx_addr(Node *e);

/* x[i] for x an array, slice, string, or pointer to array: an lvalue
 * where Go's is one. */
static LExpr *lx_index(Node *e)
{
    Type *xt = type_under(e->x->tv);
    if (xt->kind == TY_MAP) {
        Node *ns[2] = {e->x, e->y};
        Type *tos[2] = {NULL, xt->key};
        LExpr **es = lx_seq(ns, tos, 2);
        LExpr *k = addr_of_value(es[1]);
        LExpr *p = le_call(rt("gort_mapaccess1", ct_voidp, 3, ct_typep, lt_ptr(ct_map), ct_cvoidp), 3,
                           desc_addr(e->x->tv), es[0], le_cast(ct_cvoidp, k));
        return le_deref(le_cast(lt_ptr(ctype(xt->elem)), p));
    }
    LExpr *x;
    bool isptr = xt->kind == TY_POINTER;
    if (isptr)
        xt = type_under(xt->elem);
    if (xt->kind == TY_ARRAY && !isptr && e->x->mode == MODE_VAR) {
        x = lx(e->x);
        if (le_hascall(x))
            x = le_deref(temp("p", le_addr(x)));
    } else {
        x = once(lx(e->x));
        if (isptr)
            x = le_deref(x);
    }
    LExpr *i = lx(e->y);
    if (!le_simple(i))
        i = temp("i", i);
    switch (xt->kind) {
    case TY_ARRAY:
        if (!e->y->cv)
            bounds_check(i, le_i64(xt->len));
        return le_index(le_field(x, "a"), i);
    case TY_SLICE:
        bounds_check(i, le_field(x, "len"));
        return le_index(le_cast(lt_ptr(ctype(xt->elem)), le_field(x, "ptr")), i);
    case TY_STRING:
        if (!(e->x->cv && e->y->cv))
            bounds_check(i, le_field(x, "len"));
        return le_index(le_field(x, "ptr"), i);
    default:
        lower_bug("index expression", e->pos);
    }
}

/* x[lo:hi:max] */
static LExpr *lx_slice(Node *e)
{
    Type *xt = type_under(e->x->tv);
    LExpr *base, *len, *cap;
    LType *elem;
    bool isstr = xt->kind == TY_STRING;
    if (xt->kind == TY_POINTER || xt->kind == TY_ARRAY) {
        LExpr *p = xt->kind == TY_POINTER ? once(lx(e->x)) : once(lx_addr(e->x));
        Type *at = type_under(xt->kind == TY_POINTER ? xt->elem : xt);
        elem = ctype(at->elem);
        base = le_addr(le_index(le_field(le_deref(p), "a"), le_i64(0)));
        len = cap = le_i64(at->len);
    } else {
        LExpr *x = once(lx(e->x));
        if (isstr) {
            elem = lt_const(lt(LT_U8));
            base = le_field(x, "ptr");
            len = cap = le_field(x, "len");
        } else {
            elem = ctype(xt->elem);
            base = le_cast(lt_ptr(elem), le_field(x, "ptr"));
            len = le_field(x, "len");
            cap = le_field(x, "cap");
        }
    }
    LExpr *lo = e->y ? once(le_cast(lt(LT_I64), lx(e->y))) : le_i64(0);
    LExpr *hi = e->z ? once(le_cast(lt(LT_I64), lx(e->z))) : len;
    LExpr *mx = e->post ? once(le_cast(lt(LT_I64), lx(e->post))) : cap;
    LType *i64 = lt(LT_I64), *u64 = lt(LT_U64);
#define CHK(cond, fname, a, b) \
    emit_unlikely(cond, ls_expr(le_call(rt(fname, lt(LT_VOID), 2, i64, i64), 2, a, b)))
#define UGT(a, b) le_cmp(LOP_GT, le_cast(u64, a), le_cast(u64, b))
    if (e->post) {
        CHK(UGT(mx, cap), isstr || xt->kind != TY_SLICE ? "gort_panic_slice3_alen" : "gort_panic_slice3_acap", mx, cap);
        CHK(UGT(hi, mx), "gort_panic_slice3_b", hi, mx);
        CHK(UGT(lo, hi), "gort_panic_slice3_c", lo, hi);
    } else {
        if (e->z)
            CHK(UGT(hi, cap), xt->kind == TY_SLICE ? "gort_panic_slice_acap" : "gort_panic_slice_alen", hi, cap);
        if (!(lo->kind == LE_INT && lo->ival == 0))
            CHK(UGT(lo, hi), "gort_panic_slice_b", lo, hi);
    }
#undef CHK
#undef UGT
    /* the new base: &base[lo], unless the result is empty (Go never
     * points past the end of the array) */
    LExpr *newp = le_addr(le_index(base, lo));
    if (isstr)
        return le_structv(ct_string, 2, newp, le_binary(LOP_SUB, hi, lo, i64));
    LExpr *ncap = le_binary(LOP_SUB, mx, lo, i64);
    if (!(e->y && !e->y->cv))
        return le_structv(ct_slice, 3, le_cast(ct_voidp, newp), le_binary(LOP_SUB, hi, lo, i64), ncap);
    LExpr *nc = once(ncap);
    LExpr *p = le_cond(le_cmp(LOP_GT, nc, le_i64(0)), le_cast(ct_voidp, newp),
                       le_cast(ct_voidp, base));
    return le_structv(ct_slice, 3, p, le_binary(LOP_SUB, hi, lo, i64), nc);
}

/* ---- Selectors --------------------------------------------------------- */

/* Follow a selection's embedded-field path from x (of type t): returns
 * the value reached (an lvalue if x is) and its type in *tout. */
static LExpr *follow_path(LExpr *x, Type *t, int *path, int n, Type **tout)
{
    for (int i = 0; i < n; i++) {
        Type *u = type_under(t);
        if (u->kind == TY_POINTER) {
            x = le_deref(x);
            t = u->elem;
            u = type_under(t);
        }
        LType *st = ctype(t);
        x = le_fieldi(x, path[i]);
        (void)st;
        t = u->fields[path[i]].type;
    }
    *tout = t;
    return x;
}

/* The receiver argument of a concrete method call x.M(...). */
static LExpr *method_recv(Node *sel)
{
    Selection *s = sel->sel;
    Sym *m = s->method;
    Type *t;
    LExpr *x;
    if (s->addr && s->npath == 0 && sel->x->mode == MODE_VAR)
        return lx_addr(sel->x);
    x = lx(sel->x);
    x = follow_path(x, sel->x->tv, s->path, s->npath, &t);
    bool isptr = type_under(t)->kind == TY_POINTER;
    if (m->ptrrecv) {
        if (isptr)
            return x;
        if (le_lvalue(x))
            return le_addr(x);
        return le_addr(temp("recv", x));
    }
    if (isptr)
        return le_deref(x);
    return x;
}

/* A wrapper `name(void *env, params...)` of C type sig_ctype(sig, void *),
 * whose body the caller fills: returns the function and its parameters. */
static LFunc *wrapper_new(const char *name, Type *sig, const char *comment, LB *body, Fn *tf)
{
    LType *wt = sig_ctype(sig, ct_voidp);
    LFunc *w = lf_new(gname(name), wt, LF_STATIC);
    w->comment = comment;
    memset(tf, 0, sizeof *tf);
    tf->lf = w;
    tf->cur = body;
    fn = tf;
    w->nparams = wt->nparams;
    w->params = NEWA(LVar *, wt->nparams + 1);
    for (int i = 0; i < wt->nparams; i++) {
        w->params[i] = lv_new(i == 0 ? "env" : gocc_format("a%d", i), wt->params[i]);
        w->params[i]->flags = LV_PARAM;
    }
    return w;
}

/* return call; (or call; return;) */
static void emit_tailcall(LExpr *call)
{
    LStmt *r = ls_new(LS_RETURN);
    if (lt_unqual(call->type)->kind != LT_VOID)
        r->x = call;
    else
        emit_expr(call);
    emit(r);
}

/* x.M as a value: a closure binding the receiver evaluated now. */
static LExpr *method_value(Node *e)
{
    Selection *sel = e->sel;
    bool isiface = sel->kind == SEL_IFACEMETHOD;
    LExpr *recv;
    if (isiface) {
        Type *t;
        recv = follow_path(lx(e->x), e->x->tv, sel->path, sel->npath, &t);
    } else
        recv = method_recv(e);
    LType *rt_ = lt_unqual(recv->type);
    const char *base = isiface ? gocc_format("go_%s_%d_fm", type_mangle(e->x->tv), sel->index)
                               : gocc_format("%s_fm", sym_func(sel->method)->name);
    LType *rec = lt_struct(gname(gocc_format("%s_env", base)), 0);
    rec->gotype = "method value";
    lt_addfield(rec, "fn", ct_codep);
    lt_addfield(rec, "recv", rt_);
    vec_push(&prog_structs, rec);
    Fn *saved = fn;
    LB body = {0};
    Fn tf;
    LFunc *w = wrapper_new(base, e->tv, gocc_format("method value %s", e->name), &body, &tf);
    LExpr *env = temp("e", le_cast(lt_ptr(rec), le_local(w->params[0])));
    int n = w->nparams;
    LExpr **args = NEWA(LExpr *, n + 1);
    LExpr *callee;
    int k = 0;
    if (isiface) {
        LExpr *iv = le_field(le_deref(env), "recv");
        callee = le_cast(lt_ptr(sig_ctype(e->tv, ct_voidp)),
                         le_index(le_field(le_deref(le_field(iv, "tab")), "fun"), le_i64(sel->index)));
        args[k++] = le_field(iv, "data");
    } else {
        callee = le_func(sym_func(sel->method));
        args[k++] = le_field(le_deref(env), "recv");
    }
    for (int i = 1; i < n; i++)
        args[k++] = le_local(w->params[i]);
    emit_tailcall(le_calln(callee, args, k));
    w->body = ls_block(&body);
    fn = saved;
    LExpr *p = temp("mv", le_cast(lt_ptr(rec), le_call(rt("gort_alloc", ct_voidp, 1, lt(LT_U64)), 1, le_sizeof(rec))));
    emit_assign(le_field(le_deref(p), "fn"), le_codeaddr(w));
    emit_assign(le_field(le_deref(p), "recv"), recv);
    return le_cast(lt_ptr(ct_func), p);
}

/* T.M or (*T).M as a value: a function taking the receiver first. */
static LExpr *method_expr_value(Node *e)
{
    Sym *m = e->sel->method;
    LFunc *target = sym_func(m);
    Type *u = type_under(e->tv);
    bool recvptr = type_under(u->fields[0].type)->kind == TY_POINTER;
    Fn *saved = fn;
    LB body = {0};
    Fn tf;
    LFunc *w = wrapper_new(gocc_format("%s_mx%s", target->name, recvptr ? "_ptr" : ""), e->tv,
                           gocc_format("method expression %s", e->name), &body, &tf);
    w->params[0]->flags |= LV_UNUSED;
    int n = w->nparams;
    LExpr **args = NEWA(LExpr *, n);
    LExpr *r = le_local(w->params[1]);
    if (recvptr && !m->ptrrecv)
        r = le_deref(r);
    args[0] = r;
    for (int i = 2; i < n; i++)
        args[i - 1] = le_local(w->params[i]);
    emit_tailcall(le_calln(le_func(target), args, n - 1));
    w->body = ls_block(&body);
    fn = saved;
    LGlobal *g = lg_new(gname(gocc_format("%s_rec", w->name)), lt_const(ct_func), LG_STATIC);
    g->init = li_list(1);
    g->init->elems[0] = li_expr(le_codeaddr(w));
    return le_cast(lt_ptr(ct_func), le_addr(le_global(g)));
}

static LExpr *lx_selector(Node *e)
{
    if (e->cv)
        return lx_const(e->cv, e->tv);
    if (!e->sel) {
        Sym *s = e->sym;
        if (!s)
            lower_bug("selector", e->pos);
        if (s->kind == SYM_VAR)
            return var_ref(s);
        if (s->kind == SYM_FUNC)
            return sym_func_value(s);
        if (s->kind == SYM_CONST)
            return lx_const(s->val, e->tv);
        lower_bug("package selector", e->pos);
    }
    Selection *sel = e->sel;
    switch (sel->kind) {
    case SEL_FIELD: {
        Type *t;
        LExpr *x = lx(e->x);
        if (le_hascall(x) && type_under(e->x->tv)->kind != TY_POINTER && !le_lvalue(x))
            x = temp("tmp", x);
        return follow_path(x, e->x->tv, sel->path, sel->npath, &t);
    }
    case SEL_METHOD: case SEL_IFACEMETHOD:
        return method_value(e);
    case SEL_METHODEXPR:
        return method_expr_value(e);
    default:
        lower_bug("method value", e->pos);
    }
}

/* &x for an addressable x (or &T{...}) */
static LExpr *lx_complit(Node *e, Type *t);

static LExpr *lx_addr(Node *x)
{
    while (x->kind == N_PAREN)
        x = x->x;
    if (x->kind == N_COMPLIT) {
        LExpr *p = temp("p", alloc_of(x->tv));
        LExpr *v = lx_complit(x, x->tv);
        emit_assign(le_deref(p), v);
        return p;
    }
    if (x->kind == N_NAME && x->sym && x->sym->kind == SYM_VAR) {
        VarLoc *vl = varloc(x->sym);
        if (vl && vl->heap && vl->owner == fn)
            return le_local(vl->var);
    }
    LExpr *v = lx(x);
    if (!le_lvalue(v))
        v = temp("tmp", v);
    return le_addr(v);
}

/* ---- Composite literals ------------------------------------------------ */

static LExpr *lx_elem(Node *v, Type *t)
{
    if (v->kind == N_COMPLIT && !v->type)
        return lx_complit(v, t);
    if (v->kind == N_UNARY && v->op == TK_AND && v->x->kind == N_COMPLIT && !v->x->type)
        return lx_addr(v->x);
    return lx_conv(v, t);
}

static int64_t const_index(Node *k)
{
    return k->cv ? const_to_int64(*k->cv) : 0;
}

static LExpr *lx_complit(Node *e, Type *t)
{
    if (!t)
        t = e->tv;
    Type *u = type_under(t);
    LType *ct = ctype(t);
    if (u->kind == TY_POINTER) {    /* elided &T in a literal of *T */
        LExpr *p = temp("p", alloc_of(u->elem));
        emit_assign(le_deref(p), lx_complit(e, u->elem));
        return p;
    }
    switch (u->kind) {
    case TY_STRUCT: {
        LExpr *v = le_new(LE_STRUCT, ct);
        v->nargs = u->nfields;
        v->args = NEWA(LExpr *, u->nfields);
        int i = 0;
        for (Node *el = e->list; el; el = el->next, i++) {
            int fi = i;
            Node *val = el;
            if (el->kind == N_KEYVAL) {
                for (fi = 0; fi < u->nfields; fi++)
                    if (u->fields[fi].name == el->x->name || !strcmp(u->fields[fi].name, el->x->name))
                        break;
                val = el->y;
            }
            LExpr *x = lx_elem(val, u->fields[fi].type);
            if (el->next && le_hascall(x))
                x = temp("tmp", x);
            v->args[fi] = x;
        }
        return v;
    }
    case TY_ARRAY: {
        LExpr *a = temp_zero("arr", ct);
        int64_t i = 0;
        for (Node *el = e->list; el; el = el->next, i++) {
            Node *val = el;
            if (el->kind == N_KEYVAL) {
                i = const_index(el->x);
                val = el->y;
            }
            emit_assign(le_index(le_field(a, "a"), le_i64(i)), lx_elem(val, u->elem));
        }
        return a;
    }
    case TY_SLICE: {
        int64_t n = 0, i = 0;
        for (Node *el = e->list; el; el = el->next, i++) {
            if (el->kind == N_KEYVAL)
                i = const_index(el->x);
            if (i + 1 > n)
                n = i + 1;
        }
        LType *et = ctype(u->elem);
        if (n == 0)
            return le_structv(ct_slice, 3, le_cast(ct_voidp, le_call(rt("gort_alloc", ct_voidp, 1, lt(LT_U64)), 1, le_int(lt(LT_U64), 0))), le_i64(0), le_i64(0));
        LFunc *af = type_has_pointers(u->elem) ? rt("gort_alloc", ct_voidp, 1, lt(LT_U64))
                                                : rt("gort_alloc_noscan", ct_voidp, 1, lt(LT_U64));
        LExpr *b = temp("elems", le_cast(lt_ptr(et), le_call(af, 1, le_binary(LOP_MUL, le_int(lt(LT_U64), n), le_sizeof(et), lt(LT_U64)))));
        i = 0;
        for (Node *el = e->list; el; el = el->next, i++) {
            Node *val = el;
            if (el->kind == N_KEYVAL) {
                i = const_index(el->x);
                val = el->y;
            }
            emit_assign(le_index(b, le_i64(i)), lx_elem(val, u->elem));
        }
        return le_structv(ct_slice, 3, le_cast(ct_voidp, b), le_i64(n), le_i64(n));
    }
    case TY_MAP: {
        int n = 0;
        for (Node *el = e->list; el; el = el->next)
            n++;
        LExpr *m = temp("m", le_call(rt("gort_makemap", lt_ptr(ct_map), 2, ct_typep, lt(LT_I64)), 2,
                                     desc_addr(t), le_i64(n)));
        for (Node *el = e->list; el; el = el->next) {
            LExpr *k = lx_elem(el->x, u->key);
            k = addr_of_value(k);
            LExpr *v = lx_elem(el->y, u->elem);
            if (le_hascall(v))
                v = temp("v", v);
            LExpr *slot = le_call(rt("gort_mapassign", ct_voidp, 3, ct_typep, lt_ptr(ct_map), ct_cvoidp), 3,
                                  desc_addr(t), m, le_cast(ct_cvoidp, k));
            emit_assign(le_deref(le_cast(lt_ptr(ctype(u->elem)), slot)), v);
        }
        return m;
    }
    default:
        lower_bug("composite literal", e->pos);
    }
}

/* ---- Calls ------------------------------------------------------------- */

/* A call, with everything evaluated but the call itself: what `go` and
 * `defer` store into their records. */
typedef struct CallPlan {
    enum { CALL_DIRECT, CALL_VALUE, CALL_IFACE } kind;
    LFunc *direct;          /* CALL_DIRECT */
    LExpr *first;           /* receiver (direct method), func value, or interface */
    bool hasfirst;
    int index;              /* CALL_IFACE: method index */
    Type *sig;              /* Go signature (without receiver) */
    LExpr **args;           /* converted C arguments */
    int nargs;
} CallPlan;

/* Arguments of call e for signature sig, in Go's order, converted, with
 * variadic ones packed into a slice. `pre` values (the callee parts) are
 * sequenced before them. */
static LExpr **lx_args(Node *e, Type *sig, int *nout, LExpr **pre)
{
    Type *u = type_under(sig);
    int np = u->nfields;
    Node *args[64];
    int na = 0;
    for (Node *a = e->list; a && na < 64; a = a->next)
        args[na++] = a;
    LExpr **res = NEWA(LExpr *, np > 0 ? np : 1);
    *nout = np;
    if ((e->cflags & CF_MULTIARG) && na == 1 && args[0]->tv && args[0]->tv->kind == TY_TUPLE) {
        /* f(g()): g's results, then converted */
        LExpr **outs = NULL;
        if (pre && le_hascall(*pre))
            *pre = temp("tmp", *pre);
        LExpr *r0 = lx_call(args[0], &outs);
        Type *gt = args[0]->tv;
        int ng = gt->kind == TY_TUPLE ? gt->nfields : 1;
        LExpr **vals = NEWA(LExpr *, ng);
        vals[0] = temp("r", r0);
        for (int i = 1; i < ng; i++)
            vals[i] = outs[i - 1];
        int fixed = u->variadic ? np - 1 : np;
        for (int i = 0; i < fixed; i++)
            res[i] = convert(vals[i], gt->fields[i].type, u->fields[i].type);
        if (u->variadic) {
            Type *et = u->fields[np - 1].type->elem;
            int n = ng - fixed;
            LType *ct = ctype(et);
            if (n == 0)
                res[np - 1] = le_zero(ct_slice);
            else {
                LExpr *b = temp("va", le_cast(lt_ptr(ct), le_call(rt("gort_alloc", ct_voidp, 1, lt(LT_U64)), 1,
                                                                   le_binary(LOP_MUL, le_int(lt(LT_U64), n), le_sizeof(ct), lt(LT_U64)))));
                for (int i = 0; i < n; i++)
                    emit_assign(le_index(b, le_i64(i)), convert(vals[fixed + i], gt->fields[fixed + i].type, et));
                res[np - 1] = le_structv(ct_slice, 3, le_cast(ct_voidp, b), le_i64(n), le_i64(n));
            }
        }
        return res;
    }
    bool spread = e->flags & NF_SPREAD;
    int fixed = (u->variadic && !spread) ? np - 1 : np;
    Type **tos = NEWA(Type *, na + 1);
    Node **ns = NEWA(Node *, na + 1);
    int k = 0;
    for (int i = 0; i < na; i++) {
        ns[k] = args[i];
        tos[k++] = i < fixed ? u->fields[i].type : type_under(u->fields[np - 1].type)->elem;
    }
    /* the callee parts go first in the sequence */
    LB pb = {0};
    (void)pb;
    LExpr **es = lx_seq(ns, tos, k);
    if (pre && le_hascall(*pre)) {
        bool later = false;
        for (int i = 0; i < k; i++)
            if (le_hascall(es[i]))
                later = true;
        (void)later;
    }
    for (int i = 0; i < fixed && i < k; i++)
        res[i] = es[i];
    if (u->variadic && !spread) {
        int n = k - fixed;
        Type *et = type_under(u->fields[np - 1].type)->elem;
        LType *ct = ctype(et);
        if (n <= 0)
            res[np - 1] = le_zero(ct_slice);
        else {
            LFunc *af = type_has_pointers(et) ? rt("gort_alloc", ct_voidp, 1, lt(LT_U64))
                                               : rt("gort_alloc_noscan", ct_voidp, 1, lt(LT_U64));
            LExpr *b = temp("va", le_cast(lt_ptr(ct), le_call(af, 1, le_binary(LOP_MUL, le_int(lt(LT_U64), n),
                                                                               le_sizeof(ct), lt(LT_U64)))));
            for (int i = 0; i < n; i++)
                emit_assign(le_index(b, le_i64(i)), es[fixed + i]);
            res[np - 1] = le_structv(ct_slice, 3, le_cast(ct_voidp, b), le_i64(n), le_i64(n));
        }
    }
    return res;
}

/* Build the callee half of call e (not builtins or conversions). */
static void plan_call(Node *e, CallPlan *p)
{
    memset(p, 0, sizeof *p);
    Node *f = e->x;
    while (f->kind == N_PAREN)
        f = f->x;
    Sym *s = f->sym;
    if ((f->kind == N_NAME || (f->kind == N_SELECTOR && !f->sel)) && s && s->kind == SYM_FUNC) {
        p->kind = CALL_DIRECT;
        p->direct = sym_func(s);
        p->sig = s->type;
    } else if (f->kind == N_SELECTOR && f->sel && f->sel->kind == SEL_METHOD) {
        p->kind = CALL_DIRECT;
        p->direct = sym_func(f->sel->method);
        p->first = method_recv(f);
        p->hasfirst = true;
        p->sig = f->sel->method->type;
    } else if (f->kind == N_SELECTOR && f->sel && f->sel->kind == SEL_IFACEMETHOD) {
        Type *t;
        LExpr *x = lx(f->x);
        x = follow_path(x, f->x->tv, f->sel->path, f->sel->npath, &t);
        p->kind = CALL_IFACE;
        p->first = x;
        p->hasfirst = true;
        p->index = f->sel->index;
        p->sig = f->tv;
    } else if (f->kind == N_SELECTOR && f->sel && f->sel->kind == SEL_METHODEXPR) {
        p->kind = CALL_DIRECT;
        p->direct = sym_func(f->sel->method);
        p->sig = f->tv;     /* receiver first: an ordinary parameter */
    } else {
        p->kind = CALL_VALUE;
        p->first = lx(f);
        p->hasfirst = true;
        p->sig = f->tv;
    }
    if (p->hasfirst && p->first && !le_simple(p->first))
        p->first = temp(p->kind == CALL_VALUE ? "fv" : p->kind == CALL_IFACE ? "iv" : "recv", p->first);
    p->args = lx_args(e, p->sig, &p->nargs, NULL);
    if (f->kind == N_SELECTOR && f->sel && f->sel->kind == SEL_METHODEXPR && !f->sel->method->ptrrecv &&
        p->nargs > 0 && lt_unqual(p->args[0]->type)->kind == LT_PTR)
        p->args[0] = le_deref(p->args[0]);     /* (*T).M with a value receiver */
}

/* The call itself, with out-pointers `outs` for results 2.. */
static LExpr *make_call(CallPlan *p, LExpr **outs, int nouts)
{
    int n = (p->hasfirst ? 1 : 0) + p->nargs + nouts, k = 0;
    LExpr **args = NEWA(LExpr *, n > 0 ? n : 1);
    LExpr *callee;
    if (p->kind == CALL_DIRECT) {
        callee = le_func(p->direct);
        if (p->hasfirst)
            args[k++] = p->first;
    } else if (p->kind == CALL_VALUE) {
        LType *ft = lt_ptr(sig_ctype(p->sig, ct_voidp));
        LExpr *fv = p->first;
        callee = le_cast(ft, le_field(le_deref(fv), "fn"));
        args[k++] = le_cast(ct_voidp, fv);
    } else {
        LType *ft = lt_ptr(sig_ctype(p->sig, ct_voidp));
        LExpr *iv = p->first;
        if (is_eface(NULL))
            (void)0;
        LExpr *tab = le_field(iv, "tab");
        callee = le_cast(ft, le_index(le_field(le_deref(tab), "fun"), le_i64(p->index)));
        args[k++] = le_field(iv, "data");
    }
    for (int i = 0; i < p->nargs; i++)
        args[k++] = p->args[i];
    for (int i = 0; i < nouts; i++)
        args[k++] = outs[i];
    return le_calln(callee, args, k);
}

static LExpr *lx_builtin(Node *e, LExpr ***outs);
static LExpr *lx_conversion(Node *e);

/* A call; *outs receives temporaries holding results 2.. (if any). */
static LExpr *lx_call(Node *e, LExpr ***outs)
{
    if (e->cflags & CF_CONVERSION)
        return lx_conversion(e);
    Node *f = e->x;
    while (f->kind == N_PAREN)
        f = f->x;
    if (f->mode == MODE_BUILTIN)
        return lx_builtin(e, outs);
    CallPlan p;
    plan_call(e, &p);
    Type *u = type_under(p.sig);
    int nouts = u->nresults > 1 ? u->nresults - 1 : 0;
    LExpr **os = NEWA(LExpr *, nouts > 0 ? nouts : 1);
    LExpr **ptrs = NEWA(LExpr *, nouts > 0 ? nouts : 1);
    for (int i = 0; i < nouts; i++) {
        os[i] = temp_zero("r", ctype(u->results[i + 1].type));
        ptrs[i] = le_addr(os[i]);
    }
    if (outs)
        *outs = os;
    return make_call(&p, ptrs, nouts);
}

/* ---- Conversions -------------------------------------------------------- */

static LExpr *lx_conversion(Node *e)
{
    Type *to = e->tv, *from = e->list->tv;
    Node *x = e->list;
    if (e->cv)
        return lx_const(e->cv, to);
    Type *tu = type_under(to), *fu = type_under(from);
    if (is_iface(to))
        return lx_conv(x, to);
    LExpr *v = lx(x);
    if (tu->kind == TY_STRING && fu->kind != TY_STRING) {
        if (fu->kind == TY_SLICE) {
            v = once(v);
            if (type_under(fu->elem)->kind == TY_INT32)
                return le_call(rt("gort_slicerunetostring", ct_string, 2, lt_ptr(lt_const(lt(LT_I32))), lt(LT_I64)), 2,
                               le_cast(lt_ptr(lt_const(lt(LT_I32))), le_field(v, "ptr")), le_field(v, "len"));
            return le_call(rt("gort_slicebytetostring", ct_string, 2, lt_ptr(lt_const(lt(LT_U8))), lt(LT_I64)), 2,
                           le_cast(lt_ptr(lt_const(lt(LT_U8))), le_field(v, "ptr")), le_field(v, "len"));
        }
        return le_call(rt("gort_intstring", ct_string, 1, lt(LT_I64)), 1, le_cast(lt(LT_I64), v));
    }
    if (tu->kind == TY_SLICE && fu->kind == TY_STRING) {
        if (type_under(tu->elem)->kind == TY_INT32)
            return le_call(rt("gort_stringtoslicerune", ct_slice, 1, ct_string), 1, v);
        return le_call(rt("gort_stringtoslicebyte", ct_slice, 1, ct_string), 1, v);
    }
    LType *ct = ctype(to);
    if (lower_type_same(ct, lt_unqual(v->type)))
        return v;
    if (ct->kind == LT_STRUCT) {   /* identical layouts, different C structs */
        LExpr *a = addr_of_value(v);
        return le_deref(le_cast(lt_ptr(ct), a));
    }
    return le_cast(ct, v);
}

/* ---- Builtins ----------------------------------------------------------- */

static LExpr *lx_append(Node *e)
{
    Node *sn = e->list;
    Type *st = e->tv;
    Type *et = type_under(st)->elem;
    LType *ect = ctype(et);
    LExpr *s = temp("s", lx_conv(sn, st));
    LFunc *grow = rt("gort_growslice", ct_slice, 3, ct_typep, ct_slice, lt(LT_I64));
    if (e->flags & NF_SPREAD) {
        Node *tn = sn->next;
        LExpr *t = once(lx(tn));
        bool str = type_under(tn->tv)->kind == TY_STRING;
        LExpr *old = temp("oldlen", le_field(s, "len"));
        LExpr *n = temp("n", le_binary(LOP_ADD, old, le_field(t, "len"), lt(LT_I64)));
        LB g = {0}, *sv = fn->cur;
        fn->cur = &g;
        emit_assign(s, le_call(grow, 3, desc_addr(et), s, n));
        fn->cur = sv;
        LStmt *els = ls_new(LS_ASSIGN);
        els->x = le_field(s, "len");
        els->y = n;
        emit_if(le_cmp(LOP_GT, n, le_field(s, "cap")), ls_block(&g), els);
        emit_expr(le_call(rt("gort_slicecopy", lt(LT_I64), 5, ct_voidp, lt(LT_I64), ct_cvoidp, lt(LT_I64), lt(LT_UINTPTR)), 5,
                          le_cast(ct_voidp, le_addr(le_index(le_cast(lt_ptr(ect), le_field(s, "ptr")), old))),
                          le_field(t, "len"), le_cast(ct_cvoidp, le_field(t, "ptr")), le_field(t, "len"),
                          le_cast(lt(LT_UINTPTR), le_sizeof(ect))));
        (void)str;
        return s;
    }
    int k = 0;
    for (Node *a = sn->next; a; a = a->next)
        k++;
    if (k == 0)
        return s;
    Node **ns = NEWA(Node *, k);
    Type **tos = NEWA(Type *, k);
    k = 0;
    for (Node *a = sn->next; a; a = a->next) {
        ns[k] = a;
        tos[k++] = et;
    }
    LExpr **vs = lx_seq(ns, tos, k);
    for (int i = 0; i < k; i++)
        if (le_hascall(vs[i]))
            vs[i] = temp("v", vs[i]);
    LExpr *n = temp("n", le_binary(LOP_ADD, le_field(s, "len"), le_i64(k), lt(LT_I64)));
    LB g = {0}, *sv = fn->cur;
    fn->cur = &g;
    emit_assign(s, le_call(grow, 3, desc_addr(et), s, n));
    fn->cur = sv;
    LStmt *els = ls_new(LS_ASSIGN);
    els->x = le_field(s, "len");
    els->y = n;
    emit_if(le_cmp(LOP_GT, n, le_field(s, "cap")), ls_block(&g), els);
    for (int i = 0; i < k; i++)
        emit_assign(le_index(le_cast(lt_ptr(ect), le_field(s, "ptr")),
                             le_binary(LOP_SUB, n, le_i64(k - i), lt(LT_I64))), vs[i]);
    return s;
}

static LExpr *print_args(Node *e, bool ln);

static LExpr *lx_builtin(Node *e, LExpr ***outs)
{
    (void)outs;
    Node *f = e->x;
    while (f->kind == N_PAREN)
        f = f->x;
    Node *a = e->list;
    Builtin b = f->sym ? f->sym->builtin : BI_NONE;
    if (e->cv)
        return lx_const(e->cv, e->tv);
    switch (b) {
    case BI_LEN: case BI_CAP: {
        Type *u = type_under(a->tv);
        if (u->kind == TY_POINTER)
            u = type_under(u->elem);
        LExpr *x = lx(a);
        switch (u->kind) {
        case TY_STRING: return le_field(x, "len");
        case TY_SLICE: return le_field(x, b == BI_LEN ? "len" : "cap");
        case TY_ARRAY: return le_i64(u->len);
        case TY_MAP: return le_call(rt("gort_maplen", lt(LT_I64), 1, lt_ptr(ct_map)), 1, x);
        case TY_CHAN:
            return b == BI_LEN ? le_call(rt("gort_chanlen", lt(LT_I64), 1, lt_ptr(ct_chan)), 1, x)
                               : le_call(rt("gort_chancap", lt(LT_I64), 1, lt_ptr(ct_chan)), 1, x);
        default: lower_bug("len", e->pos);
        }
    }
    case BI_APPEND:
        return lx_append(e);
    case BI_COPY: {
        Node *ns[2] = {a, a->next};
        LExpr **es = lx_seq(ns, NULL, 2);
        LExpr *d = once(es[0]), *s = once(es[1]);
        LType *ect = type_under(a->tv)->kind == TY_SLICE ? ctype(type_under(a->tv)->elem) : lt(LT_U8);
        return le_call(rt("gort_slicecopy", lt(LT_I64), 5, ct_voidp, lt(LT_I64), ct_cvoidp, lt(LT_I64), lt(LT_UINTPTR)), 5,
                       le_field(d, "ptr"), le_field(d, "len"), le_cast(ct_cvoidp, le_field(s, "ptr")),
                       le_field(s, "len"), le_cast(lt(LT_UINTPTR), le_sizeof(ect)));
    }
    case BI_DELETE: {
        Type *mt = a->tv;
        Node *ns[2] = {a, a->next};
        Type *tos[2] = {NULL, type_under(mt)->key};
        LExpr **es = lx_seq(ns, tos, 2);
        emit_expr(le_call(rt("gort_mapdelete", lt(LT_VOID), 3, ct_typep, lt_ptr(ct_map), ct_cvoidp), 3,
                          desc_addr(mt), es[0], le_cast(ct_cvoidp, addr_of_value(es[1]))));
        return NULL;
    }
    case BI_MAKE: {
        Type *t = a->tv;
        Type *u = type_under(t);
        LExpr *n1 = a->next ? le_cast(lt(LT_I64), lx(a->next)) : le_i64(0);
        if (a->next && le_hascall(n1) && a->next->next)
            n1 = temp("n", n1);
        LExpr *n2 = a->next && a->next->next ? le_cast(lt(LT_I64), lx(a->next->next)) : NULL;
        switch (u->kind) {
        case TY_SLICE:
            if (!n2)
                n2 = n1 = once(n1);
            return le_call(rt("gort_makeslice", ct_slice, 3, ct_typep, lt(LT_I64), lt(LT_I64)), 3,
                           desc_addr(u->elem), n1, n2);
        case TY_MAP:
            return le_call(rt("gort_makemap", lt_ptr(ct_map), 2, ct_typep, lt(LT_I64)), 2, desc_addr(t), n1);
        case TY_CHAN:
            return le_call(rt("gort_makechan", lt_ptr(ct_chan), 2, lt(LT_U64), lt(LT_I64)), 2,
                           le_sizeof(ctype(u->elem)), n1);
        default: lower_bug("make", e->pos);
        }
    }
    case BI_NEW:
        return alloc_of(a->tv);
    case BI_CLOSE:
        emit_expr(le_call(rt("gort_closechan", lt(LT_VOID), 1, lt_ptr(ct_chan)), 1, lx(a)));
        return NULL;
    case BI_PANIC:
        emit_expr(le_call(rt("gort_panic", lt(LT_VOID), 1, ct_eface), 1, lx_conv(a, type_any)));
        return NULL;
    case BI_RECOVER:
        /* only the function a deferred call calls directly recovers
         * (panic.c): its token, taken on entry */
        return le_call(rt("gort_recover_with", ct_eface, 1, ct_voidp), 1,
                       fn->rtok ? le_local(fn->rtok) : le_cast(ct_voidp, le_i64(0)));
    case BI_PRINT: case BI_PRINTLN:
        emit_expr(print_args(e, b == BI_PRINTLN));
        return NULL;
    case BI_MIN: case BI_MAX: {
        int k = 0;
        for (Node *x = a; x; x = x->next)
            k++;
        Node **ns = NEWA(Node *, k);
        Type **tos = NEWA(Type *, k);
        k = 0;
        for (Node *x = a; x; x = x->next) {
            ns[k] = x;
            tos[k++] = e->tv;
        }
        LExpr **es = lx_seq(ns, tos, k);
        LExpr *r = temp("m", es[0]);
        for (int i = 1; i < k; i++) {
            LExpr *v = once(es[i]);
            LExpr *c = type_under(e->tv)->kind == TY_STRING
                           ? compare(b == BI_MIN ? LOP_LT : LOP_GT, v, r, e->tv)
                           : le_cmp(b == BI_MIN ? LOP_LT : LOP_GT, v, r);
            LStmt *as = ls_new(LS_ASSIGN);
            as->x = r;
            as->y = v;
            emit_if(c, as, NULL);
        }
        return r;
    }
    case BI_CLEAR: {
        Type *u = type_under(a->tv);
        LExpr *x = once(lx(a));
        if (u->kind == TY_MAP)
            emit_expr(le_call(rt("gort_mapclear", lt(LT_VOID), 2, ct_typep, lt_ptr(ct_map)), 2, desc_addr(a->tv), x));
        else {
            LType *ect = ctype(u->elem);
            LExpr *i = temp("i", le_i64(0));
            LStmt *loop = ls_new(LS_LOOP);
            loop->cond = le_cmp(LOP_LT, i, le_field(x, "len"));
            LStmt *post = ls_new(LS_ASSIGN);
            post->x = i;
            post->y = le_binary(LOP_ADD, i, le_i64(1), lt(LT_I64));
            loop->post = post;
            LStmt *body = ls_new(LS_ASSIGN);
            body->x = le_index(le_cast(lt_ptr(ect), le_field(x, "ptr")), i);
            body->y = le_zero(ect);
            loop->body = body;
            emit(loop);
        }
        return NULL;
    }
    default:
        lower_bug("builtin", e->pos);
    }
}

/* print/println: through fmt's formatter to standard error */
static LExpr *print_args(Node *e, bool ln)
{
    int k = 0;
    for (Node *x = e->list; x; x = x->next)
        k++;
    LExpr *sl = le_zero(ct_slice);
    if (k) {
        Node **ns = NEWA(Node *, k);
        Type **tos = NEWA(Type *, k);
        k = 0;
        for (Node *x = e->list; x; x = x->next) {
            ns[k] = x;
            tos[k++] = type_any;
        }
        LExpr **es = lx_seq(ns, tos, k);
        LExpr *b = temp("va", le_cast(lt_ptr(ct_eface), le_call(rt("gort_alloc", ct_voidp, 1, lt(LT_U64)), 1,
                                                                le_binary(LOP_MUL, le_int(lt(LT_U64), k), le_sizeof(ct_eface), lt(LT_U64)))));
        for (int i = 0; i < k; i++)
            emit_assign(le_index(b, le_i64(i)), es[i]);
        sl = le_structv(ct_slice, 3, le_cast(ct_voidp, b), le_i64(k), le_i64(k));
    }
    if (ln)
        return le_call(rt("gort_fmt_fprintln", lt(LT_I64), 2, lt(LT_I32), ct_slice), 2, le_int(lt(LT_I32), 2), sl);
    return le_call(rt("gort_fmt_fprint", lt(LT_I64), 2, lt(LT_I32), ct_slice), 2, le_int(lt(LT_I32), 2), sl);
}

/* ---- Receives, assertions ----------------------------------------------- */

/* <-c: the received value (ok: where to store the comma-ok, or NULL) */
static LExpr *lx_recv(Node *e, LExpr *ok)
{
    LExpr *c = lx(e->x);
    Type *et = type_under(e->x->tv)->elem;
    LExpr *v = temp_zero("v", ctype(et));
    if (ok)
        emit_assign(ok, le_call(rt("gort_chanrecv2", lt(LT_BOOL), 2, lt_ptr(ct_chan), ct_voidp), 2, c,
                                le_cast(ct_voidp, le_addr(v))));
    else
        emit_expr(le_call(rt("gort_chanrecv", lt(LT_VOID), 2, lt_ptr(ct_chan), ct_voidp), 2, c,
                          le_cast(ct_voidp, le_addr(v))));
    return v;
}

/* x.(T), with the comma-ok into ok when given */
static LExpr *lx_assert(Node *e, LExpr *ok)
{
    Type *xt = e->x->tv, *t = e->tv;
    LExpr *x = once(lx(e->x));
    bool xe = is_eface(xt);
    if (is_iface(t)) {
        if (is_eface(t)) {
            LExpr *v = xe ? x : le_call(rt("gort_convI2E", ct_eface, 1, ct_iface), 1, x);
            v = once(v);
            if (ok)
                emit_assign(ok, le_cmp(LOP_NE, le_field(v, "type"), le_null(ct_typep)));
            else
                v = le_call(rt("gort_assertE2E", ct_eface, 2, ct_typep, ct_eface), 2, desc_addr(type_any), v);
            return v;
        }
        if (ok) {
            LExpr *v = temp_zero("v", ct_iface);
            LExpr *call = xe ? le_call(rt("gort_assertE2I2", lt(LT_BOOL), 3, ct_typep, ct_eface, lt_ptr(ct_iface)), 3,
                                       desc_addr(t), x, le_addr(v))
                             : le_call(rt("gort_assertI2I2", lt(LT_BOOL), 3, ct_typep, ct_iface, lt_ptr(ct_iface)), 3,
                                       desc_addr(t), x, le_addr(v));
            emit_assign(ok, call);
            return v;
        }
        return xe ? le_call(rt("gort_assertE2I", ct_iface, 2, ct_typep, ct_eface), 2, desc_addr(t), x)
                  : le_call(rt("gort_assertI2I", ct_iface, 2, ct_typep, ct_iface), 2, desc_addr(t), x);
    }
    LExpr *v = temp_zero("v", ctype(t));
    LExpr *out = le_cast(ct_voidp, le_addr(v));
    if (ok) {
        LExpr *call = xe ? le_call(rt("gort_assertE2T2", lt(LT_BOOL), 3, ct_eface, ct_typep, ct_voidp), 3, x, desc_addr(t), out)
                         : le_call(rt("gort_assertI2T2", lt(LT_BOOL), 3, ct_iface, ct_typep, ct_voidp), 3, x, desc_addr(t), out);
        emit_assign(ok, call);
    } else if (xe) {
        emit_expr(le_call(rt("gort_assertE2T", lt(LT_VOID), 3, ct_eface, ct_typep, ct_voidp), 3, x, desc_addr(t), out));
    } else {
        emit_expr(le_call(rt("gort_assertI2T", lt(LT_VOID), 4, ct_typep, ct_iface, ct_typep, ct_voidp), 4,
                          desc_addr(xt), x, desc_addr(t), out));
    }
    return v;
}

/* ---- Function values ------------------------------------------------------ */

/* A declared function used as a value: a static closure record whose
 * code takes the (unused) environment first and calls the function. */
static LExpr *sym_func_value(Sym *s)
{
    typedef struct { Sym *s; LGlobal *g; } FV;
    static Vec fvs;
    for (int i = 0; i < fvs.n; i++) {
        FV *f = fvs.a[i];
        if (f->s == s)
            return le_cast(lt_ptr(ct_func), le_addr(le_global(f->g)));
    }
    LFunc *target = sym_func(s);
    Type *u = type_under(s->type);
    LType *wt = sig_ctype(s->type, ct_voidp);
    LFunc *w = lf_new(gname(gocc_format("%s_fv", target->name)), wt, LF_STATIC);
    w->comment = gocc_format("%s as a func value", s->name);
    Fn *saved = fn;
    Fn tmpfn = {0};
    fn = &tmpfn;
    LB body = {0};
    fn->cur = &body;
    w->nparams = wt->nparams;
    w->params = NEWA(LVar *, wt->nparams);
    LExpr **args = NEWA(LExpr *, wt->nparams);
    for (int i = 0; i < wt->nparams; i++) {
        w->params[i] = lv_new(i == 0 ? "env" : gocc_format("a%d", i), wt->params[i]);
        w->params[i]->flags = LV_PARAM;
        if (i > 0)
            args[i - 1] = le_local(w->params[i]);
    }
    w->params[0]->flags |= LV_UNUSED;
    LExpr *call = le_calln(le_func(target), args, wt->nparams - 1);
    LStmt *r = ls_new(LS_RETURN);
    if (u->nresults)
        r->x = call;
    else
        emit_expr(call);
    emit(r);
    w->body = ls_block(&body);
    fn = saved;
    FV *f = NEW(FV);
    f->s = s;
    f->g = lg_new(gname(gocc_format("%s_fvrec", target->name)), lt_const(ct_func), LG_STATIC);
    f->g->init = li_list(1);
    f->g->init->elems[0] = li_expr(le_codeaddr(w));
    vec_push(&fvs, f);
    return le_cast(lt_ptr(ct_func), le_addr(le_global(f->g)));
}

/* The environment struct of a function literal: the code pointer, then
 * one pointer per captured variable (its heap cell). */
static LType *closure_env(Func *f)
{
    FInfo *fi = f->aux;
    if (fi->env)
        return fi->env;
    LType *st = lt_struct(gname(gocc_format("%s_env", fi->name)), 0);
    st->gotype = "closure environment";
    lt_addfield(st, "fn", ct_codep);
    Vec names = {0};
    vec_push(&names, "fn");
    for (int i = 0; i < f->ncaptures; i++)
        lt_addfield(st, name_unique(&names, f->captures[i]->name), lt_ptr(ctype(f->captures[i]->type)));
    vec_push(&prog_structs, st);
    fi->env = st;
    return st;
}

/* A function literal's value: its environment record, filled with the
 * cells of the variables it captures. */
static LExpr *func_value(Func *f)
{
    LFunc *code = func_ref(f);
    LType *env = closure_env(f);
    LExpr *p = temp("clo", le_cast(lt_ptr(env), le_call(rt("gort_alloc", ct_voidp, 1, lt(LT_U64)), 1, le_sizeof(env))));
    emit_assign(le_field(le_deref(p), "fn"), le_codeaddr(code));
    for (int i = 0; i < f->ncaptures; i++) {
        Sym *s = f->captures[i];
        VarLoc *vl = varloc(s);
        LExpr *cell;
        if (vl && vl->heap && vl->owner == fn)
            cell = le_local(vl->var);
        else
            cell = le_addr(var_ref(s));
        emit_assign(le_fieldi(le_deref(p), i + 1), cell);
    }
    return le_cast(lt_ptr(ct_func), p);
}

/* ---- The dispatcher ---------------------------------------------------- */

static LExpr *lx(Node *e)
{
    Pos saved = cur_pos;
    if (e->pos.line)
        cur_pos = e->pos;
    LExpr *r = NULL;
    if (e->cv && e->kind != N_FUNCLIT) {
        r = lx_const(e->cv, e->tv);
        cur_pos = saved;
        return r;
    }
    switch (e->kind) {
    case N_PAREN:
        r = lx(e->x);
        break;
    case N_NAME: {
        Sym *s = e->sym;
        if (!s || s->kind == SYM_NIL || e->mode == MODE_NIL)
            r = le_zero(ctype(e->tv));
        else if (s->kind == SYM_VAR)
            r = var_ref(s);
        else if (s->kind == SYM_FUNC)
            r = sym_func_value(s);
        else if (s->kind == SYM_CONST)
            r = lx_const(s->val, e->tv);
        else
            lower_bug("name", e->pos);
        break;
    }
    case N_FUNCLIT:
        r = func_value(e->fn);
        break;
    case N_COMPLIT:
        r = lx_complit(e, e->tv);
        break;
    case N_SELECTOR:
        r = lx_selector(e);
        break;
    case N_INDEX:
        r = lx_index(e);
        break;
    case N_SLICE:
        r = lx_slice(e);
        break;
    case N_ASSERT:
        r = lx_assert(e, NULL);
        break;
    case N_CALL: {
        r = lx_call(e, NULL);
        if (!r)
            r = le_zero(lt(LT_I64));
        break;
    }
    case N_UNARY: {
        switch (e->op) {
        case TK_AND:
            r = lx_addr(e->x);
            break;
        case TK_MUL:
            r = le_deref(lx(e->x));
            break;
        case TK_ARROW:
            r = lx_recv(e, NULL);
            break;
        case TK_ADD:
            r = lx(e->x);
            break;
        case TK_NOT:
            r = le_unary(LOP_NOT, lx(e->x), ctype(e->tv));
            break;
        case TK_XOR:
            r = le_unary(LOP_BITNOT, lx(e->x), ctype(e->tv));
            break;
        case TK_SUB: {
            LType *ct = ctype(e->tv);
            LExpr *x = lx(e->x);
            if (lt_is_signed(ct) && lt_bits(ct) >= 32) {
                LType *ut = lt_unsigned_of(ct);
                r = le_cast(ct, le_unary(LOP_NEG, le_cast(ut, x), ut));
            } else
                r = le_unary(LOP_NEG, x, ct);
            break;
        }
        default:
            lower_bug("unary operator", e->pos);
        }
        break;
    }
    case N_BINARY:
        r = lx_binary(e);
        break;
    default:
        lower_bug(ast_kindname(e->kind), e->pos);
    }
    cur_pos = saved;
    return r;
}

/* ===================================================================== */
/* Statements                                                            */
/* ===================================================================== */

static void ls_stmt(Node *s);
static void ls_list(Node *s);

/* The Go source line of a statement, trimmed, for an LS_COMMENT. */
static void emit_comment(Node *s)
{
    const File *f = fn->file;
    if (!f || !f->src || s->pos.line <= 0)
        return;
    const char *p = f->src;
    for (int line = 1; line < s->pos.line && *p; p++)
        if (*p == '\n')
            line++;
    p += s->pos.col > 0 ? s->pos.col - 1 : 0;
    const char *end = p;
    while (*end && *end != '\n')
        end++;
    while (end > p && (end[-1] == ' ' || end[-1] == '\t' || end[-1] == '\r' || end[-1] == '{'))
        end--;
    /* drop a trailing // comment only when it cannot be inside a string */
    if (end <= p)
        return;
    LStmt *c = ls_new(LS_COMMENT);
    c->pos = s->pos;
    c->text = gocc_format("%.*s", (int)(end - p), p);
    emit(c);
}

/* A block of Go statements as a C block. */
static LStmt *ls_block_of(Node *list)
{
    LB b = {0}, *sv = fn->cur;
    fn->cur = &b;
    ls_list(list);
    fn->cur = sv;
    return ls_block(&b);
}

/* Store v (already converted to lhs's type) into Go lvalue lhs, or declare it. */
static void store(Node *lhs, LExpr *v, bool define)
{
    while (lhs->kind == N_PAREN)
        lhs = lhs->x;
    if (lhs->kind == N_NAME && (!lhs->sym || !strcmp(lhs->name, "_"))) {
        if (v && v->kind == LE_LOCAL)
            v->var->flags |= LV_UNUSED;     /* `_ = x`, `v, _ := m[k]`: read by no C */
        else if (v && v->kind == LE_CALL)
            emit_expr(v);
        else if (v && le_hascall(v)) {
            LVar *t = lv_new("unused", lt_unqual(v->type));
            t->flags |= LV_UNUSED;
            emit_decl(t, v);
        }
        return;
    }
    if (lhs->kind == N_NAME && define && (lhs->cflags & CF_DECL)) {
        declare_var(lhs->sym, v);
        return;
    }
    if (lhs->kind == N_INDEX && type_under(lhs->x->tv)->kind == TY_MAP) {
        Type *mt = lhs->x->tv;
        if (le_hascall(v) || !le_simple(v))
            v = temp("v", v);
        Node *ns[2] = {lhs->x, lhs->y};
        Type *tos[2] = {NULL, type_under(mt)->key};
        LExpr **es = lx_seq(ns, tos, 2);
        LExpr *slot = le_call(rt("gort_mapassign", ct_voidp, 3, ct_typep, lt_ptr(ct_map), ct_cvoidp), 3,
                              desc_addr(mt), es[0], le_cast(ct_cvoidp, addr_of_value(es[1])));
        emit_assign(le_deref(le_cast(lt_ptr(ctype(type_under(mt)->elem)), slot)), v);
        return;
    }
    LExpr *l = lx(lhs);
    if (le_hascall(v) && le_hascall(l))
        v = temp("v", v);
    emit_assign(l, v);
}

/* The values of a right-hand side for n destinations of types ts: a
 * multi-value call, a comma-ok form, or one expression each. */
static LExpr **rhs_values(Node *rhs, int n, Type **ts)
{
    LExpr **vals = NEWA(LExpr *, n);
    if (n > 1 && !rhs->next) {
        Node *r = rhs;
        while (r->kind == N_PAREN)
            r = r->x;
        if (r->cflags & CF_COMMAOK) {
            LExpr *ok = temp_zero("ok", lt(LT_BOOL));
            LExpr *v;
            if (r->kind == N_INDEX) {
                Type *mt = r->x->tv;
                Node *ns[2] = {r->x, r->y};
                Type *tos[2] = {NULL, type_under(mt)->key};
                LExpr **es = lx_seq(ns, tos, 2);
                LExpr *p = le_call(rt("gort_mapaccess2", ct_voidp, 4, ct_typep, lt_ptr(ct_map), ct_cvoidp, lt_ptr(lt(LT_BOOL))), 4,
                                   desc_addr(mt), es[0], le_cast(ct_cvoidp, addr_of_value(es[1])), le_addr(ok));
                v = temp("v", le_deref(le_cast(lt_ptr(ctype(type_under(mt)->elem)), p)));
            } else if (r->kind == N_UNARY && r->op == TK_ARROW) {
                v = lx_recv(r, ok);
            } else {
                v = lx_assert(r, ok);
            }
            vals[0] = convert(v, r->tv, ts[0]);
            vals[1] = convert(ok, type_bool, ts[1]);
            return vals;
        }
        LExpr **outs = NULL;
        LExpr *r0 = lx_call(r, &outs);
        Type *tt = r->tv;
        vals[0] = convert(temp("r", r0), tt->fields[0].type, ts[0]);
        for (int i = 1; i < n; i++)
            vals[i] = convert(outs[i - 1], tt->fields[i].type, ts[i]);
        return vals;
    }
    Node **ns = NEWA(Node *, n);
    int i = 0;
    for (Node *r = rhs; r && i < n; r = r->next)
        ns[i++] = r;
    LExpr **es = lx_seq(ns, ts, n);
    for (i = 0; i < n; i++)
        vals[i] = es[i];
    return vals;
}

static Type *lhs_type(Node *l, Node *r)
{
    if (l->kind == N_NAME && (!l->sym || !strcmp(l->name, "_")))
        return r ? r->tv : NULL;
    return l->tv ? l->tv : (l->sym ? l->sym->type : NULL);
}

static void ls_assign(Node *s)
{
    int n = 0;
    for (Node *l = s->list; l; l = l->next)
        n++;
    Node **ls = NEWA(Node *, n);
    Type **ts = NEWA(Type *, n);
    int i = 0;
    Node *r = s->y;
    for (Node *l = s->list; l; l = l->next, i++) {
        ls[i] = l;
        ts[i] = lhs_type(l, r && r->next ? r : (n == 1 ? r : NULL));
        if (!ts[i] && r && !r->next && n > 1 && r->tv && r->tv->kind == TY_TUPLE)
            ts[i] = r->tv->fields[i].type;
        if (!ts[i] && n > 1 && r && !r->next)
            ts[i] = i == 0 ? r->tv : type_bool;
        if (r && r->next)
            r = r->next;
    }
    if (s->op != TK_ASSIGN && s->op != TK_DEFINE) {
        /* x op= y */
        int op = s->op - TK_ADD_ASSIGN + TK_ADD;
        Node *l = s->list;
        if (l->kind == N_INDEX && type_under(l->x->tv)->kind == TY_MAP) {
            Type *mt = l->x->tv;
            Node *ns[3] = {l->x, l->y, s->y};
            Type *tos[3] = {NULL, type_under(mt)->key, NULL};
            LExpr **es = lx_seq(ns, tos, 3);
            LExpr *y = once(es[2]);
            LExpr *slot = temp("slot", le_cast(lt_ptr(ctype(type_under(mt)->elem)),
                                               le_call(rt("gort_mapassign", ct_voidp, 3, ct_typep, lt_ptr(ct_map), ct_cvoidp), 3,
                                                       desc_addr(mt), es[0], le_cast(ct_cvoidp, addr_of_value(es[1])))));
            emit_assign(le_deref(slot), arith(op, le_deref(slot), y, l->tv, s->y));
            return;
        }
        LExpr *lv = lx(l);
        if (le_hascall(lv))
            lv = le_deref(temp("p", le_addr(lv)));
        LExpr *y = lx(s->y);
        emit_assign(lv, arith(op, lv, y, l->tv, s->y));
        return;
    }
    /* a, x[i] = ...: the left's index operands and indirections first */
    LExpr **lptr = NEWA(LExpr *, n);
    if (n > 1 && s->op == TK_ASSIGN)
        for (i = 0; i < n; i++) {
            Node *l = ls[i];
            while (l->kind == N_PAREN)
                l = l->x;
            if ((l->kind == N_INDEX && type_under(l->x->tv)->kind != TY_MAP) ||
                (l->kind == N_UNARY && l->op == TK_MUL) || (l->kind == N_SELECTOR && l->sel))
                lptr[i] = temp("lp", le_addr(lx(l)));
        }
    LExpr **vals = rhs_values(s->y, n, ts);
    if (n > 1 && s->y->next)
        for (i = 0; i < n; i++)
            if (!vals[i] || !le_simple(vals[i]) || vals[i]->kind == LE_LOCAL || vals[i]->kind == LE_GLOBAL ||
                vals[i]->kind == LE_DEREF || vals[i]->kind == LE_FIELD)
                vals[i] = temp("t", vals[i]);
    for (i = 0; i < n; i++) {
        if (lptr[i])
            emit_assign(le_deref(lptr[i]), vals[i]);
        else
            store(ls[i], vals[i], s->op == TK_DEFINE);
    }
}

static void ls_vardecl(Node *spec)
{
    int n = 0;
    for (Node *l = spec->list; l; l = l->next)
        n++;
    Node **ls = NEWA(Node *, n);
    Type **ts = NEWA(Type *, n);
    int i = 0;
    for (Node *l = spec->list; l; l = l->next, i++) {
        ls[i] = l;
        ts[i] = l->sym ? l->sym->type : NULL;
    }
    if (!spec->x) {
        for (i = 0; i < n; i++)
            if (ls[i]->sym && strcmp(ls[i]->name, "_"))
                declare_var(ls[i]->sym, NULL);
        return;
    }
    LExpr **vals = rhs_values(spec->x, n, ts);
    if (n > 1 && spec->x->next)
        for (i = 0; i < n; i++)
            if (!le_simple(vals[i]) || vals[i]->kind == LE_LOCAL)
                vals[i] = temp("t", vals[i]);
    for (i = 0; i < n; i++)
        store(ls[i], vals[i], true);
}

/* ---- return ------------------------------------------------------------- */

static void emit_return_results(void)
{
    /* results already in fn->results */
    for (int i = 1; i < fn->nresults; i++)
        emit_assign(le_deref(le_local(fn->outs[i - 1])), le_local(fn->results[i]));
    LStmt *r = ls_new(LS_RETURN);
    if (fn->nresults)
        r->x = le_local(fn->results[0]);
    emit(r);
}

static LExpr *result_ref(int i)
{
    Sym *s = fn->f->results[i];
    VarLoc *vl = s->aux;
    if (vl && vl->heap)
        return le_deref(le_local(vl->var));
    return le_local(fn->results[i]);
}

static void ls_return(Node *s)
{
    Func *f = fn->f;
    int n = f->nresults;
    if (s->list) {
        Type **ts = NEWA(Type *, n);
        for (int i = 0; i < n; i++)
            ts[i] = f->results[i]->type;
        LExpr **vals = rhs_values(s->list, n, ts);
        if (n > 1)
            for (int i = 0; i < n; i++)
                if (!le_simple(vals[i]) || vals[i]->kind == LE_LOCAL || vals[i]->kind == LE_DEREF)
                    vals[i] = temp("t", vals[i]);
        if (!fn->frame && !f->named_results) {
            for (int i = 1; i < n; i++)
                emit_assign(le_deref(le_local(fn->outs[i - 1])), vals[i]);
            LStmt *r = ls_new(LS_RETURN);
            r->x = n ? vals[0] : NULL;
            emit(r);
            return;
        }
        for (int i = 0; i < n; i++)
            emit_assign(result_ref(i), vals[i]);
    }
    if (fn->frame) {
        emit(ls_goto(fn->out));
        return;
    }
    /* named results: copy heap ones back */
    for (int i = 0; i < n; i++) {
        VarLoc *vl = f->results[i]->aux;
        if (vl && vl->heap)
            emit_assign(le_local(fn->results[i]), result_ref(i));
    }
    emit_return_results();
}

/* ---- Control flow ---------------------------------------------------- */

static Target *push_target(Node *s, Sym *label, bool loop)
{
    Target *t = NEW(Target);
    t->up = fn->targets;
    t->stmt = s;
    t->label = label;
    t->loop = loop;
    fn->targets = t;
    return t;
}

static void pop_target(Target *t)
{
    fn->targets = t->up;
    if (t->brk)
        emit_label(t->brk);
}


static LLabel *go_label(Sym *s)
{
    for (int i = 0; i + 1 < fn->labels.n; i += 2)
        if (fn->labels.a[i] == s)
            return fn->labels.a[i + 1];
    LLabel *l = label_new(gocc_format("L_%s", s->name));
    vec_push(&fn->labels, s);
    vec_push(&fn->labels, l);
    return l;
}

static void ls_branch(Node *s)
{
    if (s->op == TK_GOTO) {
        emit(ls_goto(go_label(s->x->sym)));
        return;
    }
    if (s->op == TK_FALLTHROUGH)
        return;     /* handled by the switch */
    Sym *lab = s->x ? s->x->sym : NULL;
    Target *t = fn->targets;
    bool brk = s->op == TK_BREAK;
    Target *inner_loop = NULL;
    for (Target *u = fn->targets; u; u = u->up)
        if (u->loop) {
            inner_loop = u;
            break;
        }
    for (; t; t = t->up) {
        if (lab ? t->label == lab : (brk || t->loop))
            break;
    }
    if (!t)
        lower_bug("branch", s->pos);
    if (brk) {
        /* C's break leaves the innermost C loop: right if t is it and no
         * switch/select lies between */
        if (t->loop && t == fn->targets) {
            emit(ls_new(LS_BREAK));
            return;
        }
        if (!t->brk)
            t->brk = label_new("brk");
        emit(ls_goto(t->brk));
        return;
    }
    if (t == inner_loop && !t->cont_goto) {
        emit(ls_new(LS_CONTINUE));
        return;
    }
    if (!t->cont)
        t->cont = label_new("cont");
    t->cont_goto = true;
    emit(ls_goto(t->cont));
}

static void ls_if(Node *s)
{
    LB outer = {0}, *sv = fn->cur;
    bool scoped = s->init != NULL;
    if (scoped)
        fn->cur = &outer;
    if (s->init)
        ls_stmt(s->init);
    LExpr *c = lx(s->cond);
    LStmt *then = ls_block_of(s->body->list);
    LStmt *els = NULL;
    if (s->els) {
        if (s->els->kind == N_IF) {
            LB eb = {0}, *sv2 = fn->cur;
            fn->cur = &eb;
            ls_if(s->els);
            fn->cur = sv2;
            els = eb.head && !eb.head->next ? eb.head : ls_block(&eb);
        } else
            els = ls_block_of(s->els->list);
    }
    emit_if(c, then, els);
    if (scoped) {
        fn->cur = sv;
        emit(ls_block(&outer));
    }
}

/* Per-iteration loop variables (Go 1.22): the heap variables declared by
 * a 3-clause loop's init get a fresh cell for each iteration. */
static void loop_copy_vars(Node *init)
{
    if (!init || init->kind != N_ASSIGN || init->op != TK_DEFINE)
        return;
    for (Node *l = init->list; l; l = l->next) {
        Sym *s = l->sym;
        if (!s || !(l->cflags & CF_DECL))
            continue;
        VarLoc *vl = s->aux;
        if (!vl || !vl->heap)
            continue;
        LExpr *cell = temp("next", alloc_of(s->type));
        emit_assign(le_deref(cell), le_deref(le_local(vl->var)));
        emit_assign(le_local(vl->var), cell);
    }
}

static void ls_for(Node *s, Sym *label)
{
    LB outer = {0}, *sv = fn->cur;
    fn->cur = &outer;
    if (s->init)
        ls_stmt(s->init);
    Target *t = push_target(s, label, true);
    LStmt *loop = ls_new(LS_LOOP);
    /* cond: if it needs statements, test inside the body */
    LB cb = {0};
    LExpr *cond = NULL;
    if (s->cond) {
        fn->cur = &cb;
        cond = lx(s->cond);
        fn->cur = &outer;
    }
    /* post: one C statement, or at the end of the body */
    LB pb = {0};
    if (s->post) {
        fn->cur = &pb;
        ls_stmt(s->post);
        fn->cur = &outer;
    }
    bool copyvars = false;
    if (s->init && s->init->kind == N_ASSIGN && s->init->op == TK_DEFINE)
        for (Node *l = s->init->list; l; l = l->next)
            if (l->sym && (l->cflags & CF_DECL) && var_heap(l->sym))
                copyvars = true;
    bool simplepost = pb.head && !pb.head->next && (pb.head->kind == LS_ASSIGN || pb.head->kind == LS_EXPR) &&
                      !copyvars;
    if (!s->post && !copyvars)
        simplepost = true;
    if (!simplepost)
        t->cont_goto = true;
    LB body = {0};
    fn->cur = &body;
    emit(ls_new(LS_BACKEDGE));
    if (cb.head) {
        lb_cat(&body, &cb);
        emit_if(le_unary(LOP_NOT, cond, lt(LT_BOOL)), ls_new(LS_BREAK), NULL);
        cond = NULL;
    }
    ls_list(s->body->list);
    if (simplepost && t->cont)
        emit_label(t->cont);
    if (!simplepost) {
        if (!t->cont)
            t->cont = label_new("cont");
        emit_label(t->cont);
        if (copyvars)
            loop_copy_vars(s->init);
        lb_cat(&body, &pb);
    } else if (pb.head) {
        loop->post = pb.head;
    }
    fn->cur = &outer;
    loop->cond = cond;
    loop->body = ls_block(&body);
    emit(loop);
    pop_target(t);
    fn->cur = sv;
    emit(ls_block(&outer));
}

/* for k, v := range x */
static void ls_range(Node *s, Sym *label)
{
    LB outer = {0}, *sv = fn->cur;
    fn->cur = &outer;
    Node *kn = s->list, *vn = kn ? kn->next : NULL;
    bool define = s->op == TK_DEFINE;
    Type *xt = s->x->tv;
    Type *u = type_under(xt);
    Target *t = push_target(s, label, true);
    LStmt *loop = ls_new(LS_LOOP);
    LB body = {0};
    if (kn && kn->kind == N_NAME && !strcmp(kn->name, "_") && !vn)
        kn = NULL;
    switch (u->kind) {
    case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64: case TY_UINTPTR:
    case TY_UNTYPED_INT: {
        LType *ct = ctype(xt);
        LExpr *n = once(le_cast(ct, lx(s->x)));
        LExpr *i = temp("i", le_int(ct, 0));
        loop->cond = le_cmp(LOP_LT, i, n);
        LStmt *post = ls_new(LS_ASSIGN);
        post->x = i;
        post->y = le_binary(LOP_ADD, i, le_int(ct, 1), ct);
        loop->post = post;
        fn->cur = &body;
        emit(ls_new(LS_BACKEDGE));
        if (kn)
            store(kn, i, define);
        break;
    }
    case TY_SLICE: case TY_ARRAY: case TY_POINTER: {
        Type *at = u->kind == TY_POINTER ? type_under(u->elem) : u;
        LExpr *x;
        LExpr *n;
        if (u->kind == TY_SLICE) {
            x = once(lx(s->x));
            n = temp("n", le_field(x, "len"));
        } else if (u->kind == TY_POINTER) {
            x = once(lx(s->x));
            n = le_i64(at->len);
        } else {
            /* the array is copied only if its values are used */
            x = vn ? temp("arr", lx(s->x)) : NULL;
            n = le_i64(at->len);
        }
        LExpr *i = temp("i", le_i64(0));
        loop->cond = le_cmp(LOP_LT, i, n);
        LStmt *post = ls_new(LS_ASSIGN);
        post->x = i;
        post->y = le_binary(LOP_ADD, i, le_i64(1), lt(LT_I64));
        loop->post = post;
        fn->cur = &body;
        emit(ls_new(LS_BACKEDGE));
        if (kn)
            store(kn, i, define);
        if (vn) {
            LExpr *v;
            if (u->kind == TY_SLICE)
                v = le_index(le_cast(lt_ptr(ctype(at->elem)), le_field(x, "ptr")), i);
            else if (u->kind == TY_POINTER)
                v = le_index(le_field(le_deref(x), "a"), i);
            else
                v = le_index(le_field(x, "a"), i);
            store(vn, convert(v, at->elem, lhs_type(vn, NULL) ? lhs_type(vn, NULL) : at->elem), define);
        }
        break;
    }
    case TY_STRING: {
        LExpr *x = once(lx(s->x));
        LExpr *k = temp("k", le_i64(0));
        LExpr *next = temp_zero("next", lt(LT_I64));
        loop->cond = le_cmp(LOP_LT, k, le_field(x, "len"));
        LStmt *post = ls_new(LS_ASSIGN);
        post->x = k;
        post->y = next;
        loop->post = post;
        fn->cur = &body;
        emit(ls_new(LS_BACKEDGE));
        LExpr *r = temp_zero("r", lt(LT_I32));
        LExpr *byte = le_index(le_field(x, "ptr"), k);
        LB a = {0}, b = {0};
        LStmt *a1 = ls_new(LS_ASSIGN);
        a1->x = r;
        a1->y = le_cast(lt(LT_I32), byte);
        lb_add(&a, a1);
        LStmt *a2 = ls_new(LS_ASSIGN);
        a2->x = next;
        a2->y = le_binary(LOP_ADD, k, le_i64(1), lt(LT_I64));
        lb_add(&a, a2);
        LStmt *b1 = ls_new(LS_ASSIGN);
        b1->x = next;
        b1->y = le_call(rt("gort_decoderune", lt(LT_I64), 3, ct_string, lt(LT_I64), lt_ptr(lt(LT_I32))), 3, x, k, le_addr(r));
        lb_add(&b, b1);
        emit_if(le_cmp(LOP_LT, byte, le_int(lt(LT_U8), 0x80)), ls_block(&a), ls_block(&b));
        if (kn)
            store(kn, k, define);
        if (vn)
            store(vn, r, define);
        break;
    }
    case TY_MAP: {
        LExpr *m = lx(s->x);
        LExpr *it = temp_zero("it", ct_mapiter);
        emit_expr(le_call(rt("gort_mapiterinit", lt(LT_VOID), 3, ct_typep, lt_ptr(ct_map), lt_ptr(ct_mapiter)), 3,
                          desc_addr(xt), m, le_addr(it)));
        loop->cond = le_cmp(LOP_NE, le_field(it, "key"), le_null(ct_voidp));
        loop->post = ls_expr(le_call(rt("gort_mapiternext", lt(LT_VOID), 1, lt_ptr(ct_mapiter)), 1, le_addr(it)));
        fn->cur = &body;
        emit(ls_new(LS_BACKEDGE));
        if (kn)
            store(kn, le_deref(le_cast(lt_ptr(ctype(u->key)), le_field(it, "key"))), define);
        if (vn)
            store(vn, le_deref(le_cast(lt_ptr(ctype(u->elem)), le_field(it, "elem"))), define);
        break;
    }
    case TY_CHAN: {
        LExpr *c = once(lx(s->x));
        fn->cur = &body;
        emit(ls_new(LS_BACKEDGE));
        LExpr *v = temp_zero("v", ctype(u->elem));
        LExpr *ok = le_call(rt("gort_chanrecv2", lt(LT_BOOL), 2, lt_ptr(ct_chan), ct_voidp), 2, c,
                            le_cast(ct_voidp, le_addr(v)));
        emit_if(le_unary(LOP_NOT, ok, lt(LT_BOOL)), ls_new(LS_BREAK), NULL);
        if (kn)
            store(kn, v, define);
        break;
    }
    default:
        lower_bug("range", s->pos);
    }
    ls_list(s->body->list);
    if (t->cont_goto && t->cont)
        emit_label(t->cont);
    fn->cur = &outer;
    loop->body = ls_block(&body);
    emit(loop);
    pop_target(t);
    fn->cur = sv;
    emit(ls_block(&outer));
}

/* switch: an if/else chain, or with fallthrough, tests then labelled bodies */
static void ls_switch(Node *s, Sym *label)
{
    LB outer = {0}, *sv = fn->cur;
    fn->cur = &outer;
    if (s->init)
        ls_stmt(s->init);
    Type *tt = s->x ? s->x->tv : type_bool;
    LExpr *tag = s->x ? once(lx(s->x)) : NULL;
    Target *t = push_target(s, label, false);
    t->brk = label_new("sw_end");
    int n = 0;
    Node *def = NULL;
    for (Node *c = s->list; c; c = c->next)
        n++;
    LLabel **bodies = NEWA(LLabel *, n + 1);
    int i = 0;
    for (Node *c = s->list; c; c = c->next, i++)
        bodies[i] = label_new("sw_case");
    /* the tests, in order */
    i = 0;
    int defi = -1;
    for (Node *c = s->list; c; c = c->next, i++) {
        if (c->flags & NF_DEFAULT) {
            def = c;
            defi = i;
            continue;
        }
        for (Node *e = c->list; e; e = e->next) {
            Pos saved = cur_pos;
            cur_pos = e->pos;
            LExpr *cond;
            if (tag) {
                Type *ct = tt;
                LExpr *a = tag, *b;
                if (is_iface(tt) && !is_iface(e->tv))
                    b = lx_conv(e, tt);
                else if (is_iface(e->tv) && !is_iface(tt)) {
                    a = convert(tag, tt, e->tv);
                    b = lx(e);
                    ct = e->tv;
                } else
                    b = lx(e);
                if (is_nil_node(e))
                    cond = nil_test(tag, tt, true);
                else
                    cond = compare(LOP_EQ, a, b, ct);
            } else
                cond = lx(e);
            emit_if(cond, ls_goto(bodies[i]), NULL);
            cur_pos = saved;
        }
    }
    emit(ls_goto(def ? bodies[defi] : t->brk));
    i = 0;
    for (Node *c = s->list; c; c = c->next, i++) {
        emit_label(bodies[i]);
        LStmt *b = ls_block_of(c->body);
        emit(b);
        Node *last = c->body;
        while (last && last->next)
            last = last->next;
        if (!(last && last->kind == N_BRANCH && last->op == TK_FALLTHROUGH))
            emit(ls_goto(t->brk));
    }
    pop_target(t);
    fn->cur = sv;
    emit(ls_block(&outer));
}

/* switch v := x.(type) */
static void ls_typeswitch(Node *s, Sym *label)
{
    LB outer = {0}, *sv = fn->cur;
    fn->cur = &outer;
    if (s->init)
        ls_stmt(s->init);
    Node *y = s->x;
    Type *xt = y->tv;
    LExpr *x = once(lx(y));
    LExpr *dyn = temp("dyn", iface_type(x, xt));
    Target *t = push_target(s, label, false);
    t->brk = label_new("ts_end");
    int n = 0;
    for (Node *c = s->list; c; c = c->next)
        n++;
    LLabel **bodies = NEWA(LLabel *, n);
    int i = 0, defi = -1;
    for (Node *c = s->list; c; c = c->next, i++)
        bodies[i] = label_new("ts_case");
    i = 0;
    for (Node *c = s->list; c; c = c->next, i++) {
        if (c->flags & NF_DEFAULT) {
            defi = i;
            continue;
        }
        for (Node *e = c->list; e; e = e->next) {
            LExpr *cond;
            if (is_nil_node(e) || (e->kind == N_NAME && e->name && !strcmp(e->name, "nil") && e->mode != MODE_TYPE))
                cond = le_cmp(LOP_EQ, dyn, le_null(ct_typep));
            else if (is_iface(e->tv))
                cond = le_call(rt("gort_implements", lt(LT_BOOL), 2, ct_typep, ct_typep), 2, desc_addr(e->tv), dyn);
            else
                cond = le_call(rt("gort_typeeq", lt(LT_BOOL), 2, ct_typep, ct_typep), 2, dyn, desc_addr(e->tv));
            emit_if(cond, ls_goto(bodies[i]), NULL);
        }
    }
    emit(ls_goto(defi >= 0 ? bodies[defi] : t->brk));
    i = 0;
    for (Node *c = s->list; c; c = c->next, i++) {
        emit_label(bodies[i]);
        LB b = {0}, *sv2 = fn->cur;
        fn->cur = &b;
        if (c->sym) {
            Sym *v = c->sym;
            Type *vt = v->type;
            LExpr *val;
            if (type_identical(vt, xt))
                val = x;
            else if (is_iface(vt)) {
                val = is_eface(xt) ? le_call(rt("gort_assertE2I", ct_iface, 2, ct_typep, ct_eface), 2, desc_addr(vt), x)
                                   : (is_eface(vt) ? le_call(rt("gort_convI2E", ct_eface, 1, ct_iface), 1, x)
                                                   : le_call(rt("gort_assertI2I", ct_iface, 2, ct_typep, ct_iface), 2, desc_addr(vt), x));
            } else if (type_direct(vt)) {
                val = le_cast(ctype(vt), le_field(x, "data"));
            } else {
                val = le_deref(le_cast(lt_ptr(ctype(vt)), le_field(x, "data")));
            }
            declare_var(v, val);
            VarLoc *vl = v->aux;
            vl->var->flags |= LV_UNUSED;
        }
        ls_list(c->body);
        emit(ls_goto(t->brk));
        fn->cur = sv2;
        emit(ls_block(&b));
    }
    pop_target(t);
    fn->cur = sv;
    emit(ls_block(&outer));
}

/* select: a gort_scase table, gort_select, then the chosen clause */
static void ls_select(Node *s, Sym *label)
{
    LB outer = {0}, *sv = fn->cur;
    fn->cur = &outer;
    int n = 0;
    bool hasdef = false;
    for (Node *c = s->list; c; c = c->next) {
        if (c->flags & NF_DEFAULT)
            hasdef = true;
        else
            n++;
    }
    Target *t = push_target(s, label, false);
    t->brk = label_new("sel_end");
    LExpr *recvok = temp_zero("recvok", lt(LT_BOOL));
    LExpr *cases = NULL;
    if (n)
        cases = temp_zero("cases", lt_array(ct_scase, n));
    LExpr **vals = NEWA(LExpr *, n + 1);
    int i = 0;
    for (Node *c = s->list; c; c = c->next) {
        if (c->flags & NF_DEFAULT)
            continue;
        Node *comm = c->x;
        LExpr *sc = le_index(cases, le_i64(i));
        if (comm->kind == N_SEND) {
            Type *et = type_under(comm->x->tv)->elem;
            Node *ns[2] = {comm->x, comm->y};
            Type *tos[2] = {NULL, et};
            LExpr **es = lx_seq(ns, tos, 2);
            LExpr *v = temp("sv", es[1]);
            emit_assign(le_field(sc, "c"), es[0]);
            emit_assign(le_field(sc, "elem"), le_cast(ct_voidp, le_addr(v)));
            emit_assign(le_field(sc, "send"), le_bool(true));
        } else {
            Node *rx = comm->kind == N_EXPRSTMT ? comm->x : comm->y;
            while (rx->kind == N_PAREN)
                rx = rx->x;
            Type *et = type_under(rx->x->tv)->elem;
            LExpr *ch = lx(rx->x);
            vals[i] = temp_zero("rv", ctype(et));
            emit_assign(le_field(sc, "c"), ch);
            emit_assign(le_field(sc, "elem"), le_cast(ct_voidp, le_addr(vals[i])));
        }
        i++;
    }
    LExpr *chosen = temp("chosen", le_call(rt("gort_select", lt(LT_I32), 4, lt_ptr(ct_scase), lt(LT_I32), lt(LT_BOOL), lt_ptr(lt(LT_BOOL))), 4,
                                            n ? le_addr(le_index(cases, le_i64(0))) : le_null(lt_ptr(ct_scase)),
                                            le_int(lt(LT_I32), n), le_bool(hasdef), le_addr(recvok)));
    i = 0;
    for (Node *c = s->list; c; c = c->next) {
        int idx = (c->flags & NF_DEFAULT) ? -1 : i++;
        LB b = {0}, *sv2 = fn->cur;
        fn->cur = &b;
        Node *comm = c->x;
        if (comm && comm->kind == N_ASSIGN) {
            Node *l = comm->list;
            Type *et = type_under(comm->y->x->tv)->elem;
            Type *lt0 = lhs_type(l, NULL);
            store(l, convert(vals[idx], et, lt0 ? lt0 : et), comm->op == TK_DEFINE);
            if (l->next)
                store(l->next, recvok, comm->op == TK_DEFINE);
        }
        ls_list(c->body);
        emit(ls_goto(t->brk));
        fn->cur = sv2;
        emit_if(le_cmp(LOP_EQ, chosen, le_int(lt(LT_I32), idx)), ls_block(&b), NULL);
    }
    if (!hasdef && !n)
        emit(ls_new(LS_UNREACHABLE));
    pop_target(t);
    fn->cur = sv;
    emit(ls_block(&outer));
}

/* ---- go and defer ------------------------------------------------------ */

/* May the callee f of a deferred call (planned as p) call recover()?
 * True if it is a function with a recover() of its own, or one the
 * compiler cannot see (a function value, an interface method); a
 * library function without a body in G never recovers. */
static bool callee_may_recover(Node *f, const CallPlan *p)
{
    Func *callee = NULL;
    if (f->kind == N_FUNCLIT)
        callee = f->fn;
    else if (p->kind == CALL_IFACE)
        return true;
    else if (f->kind == N_SELECTOR && f->sel && (f->sel->kind == SEL_METHOD || f->sel->kind == SEL_METHODEXPR))
        callee = f->sel->method ? f->sel->method->fn : NULL;
    else if ((f->kind == N_NAME || f->kind == N_SELECTOR) && f->sym && f->sym->kind == SYM_FUNC)
        callee = f->sym->fn;
    else
        return true;
    return callee && callee->hasrecover;
}

/* The function a `go` statement with callee f starts, when the compiler
 * can name it: a function, a method, a function literal, a builtin. */
static Func *go_callee(Node *f)
{
    if (f->kind == N_FUNCLIT)
        return f->fn;
    if (f->kind == N_SELECTOR && f->sel && (f->sel->kind == SEL_METHOD || f->sel->kind == SEL_METHODEXPR))
        return f->sel->method ? f->sel->method->fn : NULL;
    if ((f->kind == N_NAME || f->kind == N_SELECTOR) && f->sym && f->sym->kind == SYM_FUNC)
        return f->sym->fn;
    return NULL;
}

static const char *func_goname(Func *f);

/* `go CALL` / `defer CALL`: the callee parts and the arguments are
 * evaluated now into a record; a thunk makes the call from it. */
static void ls_go_defer(Node *s, bool isgo)
{
    Node *call = s->x;
    while (call->kind == N_PAREN)
        call = call->x;
    Node *f = call->x;
    while (f->kind == N_PAREN)
        f = f->x;
    FInfo *fi = fn->f ? fn->f->aux : NULL;
    const char *base = fi ? fi->name : fn->lf->name;
    int k = isgo ? ++fn->ngo : ++fn->ndefer;
    const char *tname = gname(gocc_format("%s_%s%d", base, isgo ? "go" : "defer", k));
    LType *rec = lt_struct(gname(gocc_format("%s_args", tname)), 0);
    rec->gotype = isgo ? "go statement arguments" : "deferred call arguments";
    Vec vals = {0};

    bool builtin = f->mode == MODE_BUILTIN;
    CallPlan p;
    Builtin bi = BI_NONE;
    Type **btypes = NULL;
    int nb = 0;
    if (builtin) {
        bi = f->sym->builtin;
        for (Node *a = call->list; a; a = a->next)
            nb++;
        Node **ns = NEWA(Node *, nb + 1);
        btypes = NEWA(Type *, nb + 1);
        int i = 0;
        for (Node *a = call->list; a; a = a->next, i++) {
            ns[i] = a;
            btypes[i] = (bi == BI_PANIC || bi == BI_PRINT || bi == BI_PRINTLN) ? type_any : a->tv;
        }
        LExpr **es = lx_seq(ns, btypes, nb);
        for (i = 0; i < nb; i++) {
            lt_addfield(rec, gocc_format("a%d", i), lt_unqual(es[i]->type));
            vec_push(&vals, es[i]);
        }
    } else {
        plan_call(call, &p);
        if (p.hasfirst) {
            lt_addfield(rec, p.kind == CALL_VALUE ? "fn" : p.kind == CALL_IFACE ? "iface" : "recv",
                        lt_unqual(p.first->type));
            vec_push(&vals, p.first);
        }
        for (int i = 0; i < p.nargs; i++) {
            lt_addfield(rec, gocc_format("a%d", i), lt_unqual(p.args[i]->type));
            vec_push(&vals, p.args[i]);
        }
    }
    if (rec->nfields == 0)
        lt_addfield(rec, "unused", lt(LT_CHAR));
    vec_push(&prog_structs, rec);

    /* the thunk */
    LFunc *th = lf_new(tname, lt_funcv(lt(LT_VOID), 1, ct_voidp), LF_STATIC);
    th->comment = gocc_format("%s at line %d", isgo ? "go statement" : "deferred call", s->pos.line);
    th->file = fn->file;
    if (isgo) {
        Func *callee = builtin ? NULL : go_callee(f);
        th->gostart = callee ? func_goname(callee) : builtin ? f->sym->name : NULL;
    }
    {
        Fn *saved = fn;
        Fn tf = {0};
        tf.file = saved->file;
        tf.lf = th;
        fn = &tf;
        LB body = {0};
        fn->cur = &body;
        th->nparams = 1;
        th->params = NEWA(LVar *, 1);
        th->params[0] = lv_new("p", ct_voidp);
        th->params[0]->flags = LV_PARAM;
        LExpr *a = temp("a", le_cast(lt_ptr(rec), le_local(th->params[0])));
        int j = 0;
        if (builtin) {
            LExpr **args = NEWA(LExpr *, nb + 1);
            for (int i = 0; i < nb; i++)
                args[i] = le_fieldi(le_deref(a), i);
            if (bi == BI_CLOSE)
                emit_expr(le_call(rt("gort_closechan", lt(LT_VOID), 1, lt_ptr(ct_chan)), 1, args[0]));
            else if (bi == BI_PANIC)
                emit_expr(le_call(rt("gort_panic", lt(LT_VOID), 1, ct_eface), 1, args[0]));
            else if (bi == BI_PRINT || bi == BI_PRINTLN) {
                LExpr *b = temp("va", le_cast(lt_ptr(ct_eface), le_call(rt("gort_alloc", ct_voidp, 1, lt(LT_U64)), 1,
                                                                        le_binary(LOP_MUL, le_int(lt(LT_U64), nb > 0 ? nb : 1), le_sizeof(ct_eface), lt(LT_U64)))));
                for (int i = 0; i < nb; i++)
                    emit_assign(le_index(b, le_i64(i)), args[i]);
                LExpr *sl = le_structv(ct_slice, 3, le_cast(ct_voidp, b), le_i64(nb), le_i64(nb));
                emit_expr(le_call(rt(bi == BI_PRINTLN ? "gort_fmt_fprintln" : "gort_fmt_fprint", lt(LT_I64), 2, lt(LT_I32), ct_slice), 2,
                                  le_int(lt(LT_I32), 2), sl));
            } else if (bi == BI_RECOVER)  /* `defer recover()`: called by no deferred function */
                emit_expr(le_call(rt("gort_recover_with", ct_eface, 1, ct_voidp), 1, le_cast(ct_voidp, le_i64(0))));
            else
                lower_bug("builtin in go/defer", s->pos);
        } else {
            CallPlan q = p;
            if (q.hasfirst)
                q.first = le_fieldi(le_deref(a), j++);
            q.args = NEWA(LExpr *, p.nargs + 1);
            for (int i = 0; i < p.nargs; i++)
                q.args[i] = le_fieldi(le_deref(a), j++);
            Type *u = type_under(q.sig);
            int nouts = u->nresults > 1 ? u->nresults - 1 : 0;
            LExpr **ptrs = NEWA(LExpr *, nouts + 1);
            for (int i = 0; i < nouts; i++) {
                LVar *o = lv_new("unused", ctype(u->results[i + 1].type));
                o->flags |= LV_UNUSED;
                emit_decl(o, NULL);
                ptrs[i] = le_addr(le_local(o));
            }
            if (!isgo && callee_may_recover(f, &p))
                emit_expr(le_call(rt("gort_defer_arm", lt(LT_VOID), 0), 0));
            emit_expr(make_call(&q, ptrs, nouts));
        }
        th->body = ls_block(&body);
        fn = saved;
    }

    /* the record, filled at the statement */
    LExpr *sv = le_new(LE_STRUCT, rec);
    sv->nargs = rec->nfields;
    sv->args = NEWA(LExpr *, rec->nfields);
    for (int i = 0; i < vals.n; i++)
        sv->args[i] = vals.a[i];
    if (isgo) {
        LExpr *r = temp("args", sv);
        emit_expr(le_call(rt("gort_go", lt(LT_VOID), 3, ct_thunkp, ct_cvoidp, lt(LT_U64)), 3,
                          le_addr(le_func(th)), le_cast(ct_cvoidp, le_addr(r)), le_sizeof(rec)));
    } else {
        LExpr *d = temp("d", le_cast(lt_ptr(rec), le_call(rt("gort_alloc", ct_voidp, 1, lt(LT_U64)), 1, le_sizeof(rec))));
        emit_assign(le_deref(d), sv);
        emit_expr(le_call(rt("gort_defer_push", lt(LT_VOID), 3, lt_ptr(ct_frame), ct_thunkp, ct_voidp), 3,
                          le_addr(le_local(fn->frame)), le_addr(le_func(th)), le_cast(ct_voidp, d)));
    }
}

/* ---- The statement dispatcher ------------------------------------------ */

static void ls_stmt_labeled(Node *s, Sym *label)
{
    switch (s->kind) {
    case N_FOR: ls_for(s, label); break;
    case N_RANGE: ls_range(s, label); break;
    case N_SWITCH: ls_switch(s, label); break;
    case N_TYPESWITCH: ls_typeswitch(s, label); break;
    case N_SELECT: ls_select(s, label); break;
    default: ls_stmt(s); break;
    }
}

static void ls_stmt(Node *s)
{
    Pos saved = cur_pos;
    if (s->pos.line)
        cur_pos = s->pos;
    switch (s->kind) {
    case N_EMPTY:
        break;
    case N_BLOCK:
        emit(ls_block_of(s->list));
        break;
    case N_EXPRSTMT: {
        Node *x = s->x;
        while (x->kind == N_PAREN)
            x = x->x;
        if (x->kind == N_UNARY && x->op == TK_ARROW) {
            LExpr *c = lx(x->x);
            emit_expr(le_call(rt("gort_chanrecv", lt(LT_VOID), 2, lt_ptr(ct_chan), ct_voidp), 2, c, le_null(ct_voidp)));
            break;
        }
        LExpr *e = x->kind == N_CALL ? lx_call(x, NULL) : lx(x);
        if (e && e->kind == LE_CALL)
            emit_expr(e);
        else if (e && le_hascall(e)) {
            LVar *t = lv_new("unused", lt_unqual(e->type));
            t->flags |= LV_UNUSED;
            emit_decl(t, e);
        }
        break;
    }
    case N_SEND: {
        Type *et = type_under(s->x->tv)->elem;
        Node *ns[2] = {s->x, s->y};
        Type *tos[2] = {NULL, et};
        LExpr **es = lx_seq(ns, tos, 2);
        LExpr *v = es[1];
        if (!le_lvalue(v) || le_hascall(v))
            v = temp("v", v);
        emit_expr(le_call(rt("gort_chansend", lt(LT_VOID), 2, lt_ptr(ct_chan), ct_cvoidp), 2, es[0],
                          le_cast(ct_cvoidp, le_addr(v))));
        break;
    }
    case N_INCDEC: {
        Node *l = s->x;
        Node one = {0};
        Const c1 = const_make_int64(1);
        one.kind = N_LIT;
        one.cv = &c1;
        one.tv = l->tv;
        one.mode = MODE_CONST;
        one.pos = s->pos;
        Node as = {0};
        as.kind = N_ASSIGN;
        as.op = s->op == TK_INC ? TK_ADD_ASSIGN : TK_SUB_ASSIGN;
        as.list = l;
        as.y = &one;
        as.pos = s->pos;
        Node *saved_next = l->next;
        l->next = NULL;
        ls_assign(&as);
        l->next = saved_next;
        break;
    }
    case N_ASSIGN:
        ls_assign(s);
        break;
    case N_DECLSTMT: {
        Node *d = s->x;
        if (d->op == TK_VAR)
            for (Node *spec = d->list; spec; spec = spec->next)
                ls_vardecl(spec);
        break;
    }
    case N_LABELED: {
        LLabel *l = go_label(s->sym ? s->sym : NULL);
        emit_label(l);
        ls_stmt_labeled(s->body, s->sym);
        break;
    }
    case N_GO:
        ls_go_defer(s, true);
        break;
    case N_DEFER:
        ls_go_defer(s, false);
        break;
    case N_RETURN:
        ls_return(s);
        break;
    case N_BRANCH:
        ls_branch(s);
        break;
    case N_IF:
        ls_if(s);
        break;
    case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH: case N_SELECT:
        ls_stmt_labeled(s, NULL);
        break;
    default:
        lower_bug(ast_kindname(s->kind), s->pos);
    }
    cur_pos = saved;
}

static void ls_list(Node *s)
{
    for (; s; s = s->next) {
        if (s->kind != N_BLOCK && s->kind != N_EMPTY && s->kind != N_LABELED)
            emit_comment(s);
        ls_stmt(s);
    }
}

/* ===================================================================== */
/* Functions                                                             */
/* ===================================================================== */

/* Labels nobody jumps to are dropped (-Wunused-label). */
static void collect_gotos(LStmt *s, Vec *used)
{
    for (; s; s = s->next) {
        if (s->kind == LS_GOTO)
            vec_push(used, s->label);
        collect_gotos(s->body, used);
        collect_gotos(s->els, used);
        collect_gotos(s->post, used);
    }
}

static LStmt *drop_labels(LStmt *s, Vec *used)
{
    LStmt head = {0}, *t = &head;
    for (; s; s = s->next) {
        if (s->kind == LS_LABEL) {
            bool u = false;
            for (int i = 0; i < used->n; i++)
                if (used->a[i] == s->label)
                    u = true;
            if (!u)
                continue;
        }
        s->body = drop_labels(s->body, used);
        if (s->els)
            s->els = drop_labels(s->els, used);
        t->next = s;
        t = s;
    }
    t->next = NULL;
    return head.next;
}

static void prune_labels(LFunc *f)
{
    Vec used = {0};
    collect_gotos(f->body, &used);
    f->body = drop_labels(f->body, &used);
}

/* The size of a C type, as x86-64 lays it out (roughly: for the
 * frame estimate only). */
static int64_t lt_size(LType *t)
{
    t = lt_unqual(t);
    switch (t->kind) {
    case LT_VOID: return 0;
    case LT_BOOL: case LT_CHAR: case LT_I8: case LT_U8: return 1;
    case LT_I16: case LT_U16: return 2;
    case LT_I32: case LT_U32: case LT_F32: return 4;
    case LT_ARRAY: return t->len * lt_size(t->base);
    case LT_STRUCT: {
        int64_t n = 0;
        for (int i = 0; i < t->nfields; i++)
            n += (lt_size(t->fields[i].type) + 7) & ~(int64_t)7;
        return n;
    }
    default: return 8;
    }
}

static int64_t decl_sizes(LStmt *s)
{
    int64_t n = 0;
    for (; s; s = s->next) {
        if (s->kind == LS_DECL)
            n += (lt_size(s->var->type) + 7) & ~(int64_t)7;
        n += decl_sizes(s->body) + decl_sizes(s->els) + decl_sizes(s->post);
    }
    return n;
}

/* A frame size for the stack check: the body's locals (every C local,
 * temporaries included), its parameters, and a margin for the calls it
 * makes. */
static int64_t frame_estimate(LFunc *body, bool hasdefer)
{
    int64_t n = 256 + decl_sizes(body->body);
    for (int i = 0; i < body->nparams; i++)
        n += (lt_size(body->params[i]->type) + 7) & ~(int64_t)7;
    if (hasdefer)
        n += 128;
    return (n + 15) & ~(int64_t)15;
}

/* The stub `name` (inline: check the stack, call the body), the cold
 * growth path `name_grow` and its thunk over an argument record. */
static void make_stubs(LFunc *stub, LFunc *body, int64_t frame, const File *file)
{
    LType *ft = stub->type;
    LType *ret = ft->base;
    int n = ft->nparams;
    bool isvoid = lt_unqual(ret)->kind == LT_VOID;
    Fn *saved = fn;

    /* args record */
    LType *rec = lt_struct(gname(gocc_format("%s_args", stub->name)), 0);
    rec->gotype = "stack growth arguments";
    for (int i = 0; i < n; i++)
        lt_addfield(rec, gocc_format("a%d", i), ft->params[i]);
    if (!isvoid)
        lt_addfield(rec, "r", ret);
    if (!rec->nfields)
        lt_addfield(rec, "unused", lt(LT_CHAR));
    vec_push(&prog_structs, rec);

    /* thunk */
    LFunc *th = lf_new(gname(gocc_format("%s_thunk", stub->name)), lt_funcv(lt(LT_VOID), 1, ct_voidp), LF_STATIC);
    th->file = file;
    {
        Fn t = {0};
        fn = &t;
        t.lf = th;
        LB b = {0};
        t.cur = &b;
        th->nparams = 1;
        th->params = NEWA(LVar *, 1);
        th->params[0] = lv_new("p", ct_voidp);
        th->params[0]->flags = LV_PARAM;
        LExpr *a = temp("a", le_cast(lt_ptr(rec), le_local(th->params[0])));
        LExpr **args = NEWA(LExpr *, n + 1);
        for (int i = 0; i < n; i++)
            args[i] = le_fieldi(le_deref(a), i);
        LExpr *call = le_calln(le_func(body), args, n);
        if (isvoid)
            emit_expr(call);
        else
            emit_assign(le_field(le_deref(a), "r"), call);
        th->body = ls_block(&b);
    }

    /* grow */
    LFunc *gr = lf_new(gname(gocc_format("%s_grow", stub->name)), ft, LF_STATIC | LF_COLD);
    gr->file = file;
    gr->comment = "the stack is short: run the body on a new segment";
    {
        Fn t = {0};
        fn = &t;
        t.lf = gr;
        LB b = {0};
        t.cur = &b;
        gr->nparams = n;
        gr->params = NEWA(LVar *, n + 1);
        LExpr *a = temp_zero("a", rec);
        for (int i = 0; i < n; i++) {
            gr->params[i] = lv_new(gocc_format("a%d", i), ft->params[i]);
            gr->params[i]->flags = LV_PARAM;
            emit_assign(le_fieldi(a, i), le_local(gr->params[i]));
        }
        emit_expr(le_call(rt("gort_morestack", lt(LT_VOID), 3, ct_thunkp, ct_voidp, lt(LT_U64)), 3,
                          le_addr(le_func(th)), le_cast(ct_voidp, le_addr(a)), le_int(lt(LT_U64), frame)));
        LStmt *r = ls_new(LS_RETURN);
        if (!isvoid)
            r->x = le_field(a, "r");
        emit(r);
        gr->body = ls_block(&b);
    }

    /* stub */
    {
        Fn t = {0};
        fn = &t;
        t.lf = stub;
        LB b = {0};
        t.cur = &b;
        stub->nparams = n;
        stub->params = NEWA(LVar *, n + 1);
        LExpr **a1 = NEWA(LExpr *, n + 1), **a2 = NEWA(LExpr *, n + 1);
        for (int i = 0; i < n; i++) {
            stub->params[i] = lv_new(gocc_format("a%d", i), ft->params[i]);
            stub->params[i]->flags = LV_PARAM;
            a1[i] = a2[i] = le_local(stub->params[i]);
        }
        LExpr *ok = le_intrinsic(LIN_LIKELY, le_intrinsic(LIN_STACK_OK, le_int(lt(LT_U64), frame), lt(LT_BOOL)), lt(LT_BOOL));
        LStmt *r1 = ls_new(LS_RETURN), *r2 = ls_new(LS_RETURN);
        LExpr *c1 = le_calln(le_func(body), a1, n), *c2 = le_calln(le_func(gr), a2, n);
        if (isvoid) {
            LB t1 = {0};
            lb_add(&t1, ls_expr(c1));
            lb_add(&t1, r1);
            emit_if(ok, ls_block(&t1), NULL);
            emit_expr(c2);
        } else {
            r1->x = c1;
            emit_if(ok, r1, NULL);
            r2->x = c2;
            emit(r2);
        }
        stub->body = ls_block(&b);
        stub->flags |= LF_ALWAYS_INLINE;
    }
    fn = saved;
}

static const char *func_comment(Func *f)
{
    if (f->sym && f->sym->recv)
        return gocc_format("func (%s) %s: %s", type_rtstr(f->sym->ptrrecv ? type_pointer(f->sym->recv) : f->sym->recv),
                         f->sym->name, type_str(f->sig));
    if (f->sym)
        return gocc_format("func %s.%s: %s", f->sym->pkg ? f->sym->pkg : "", f->sym->name, type_str(f->sig));
    return gocc_format("function literal %s: %s", f->name ? f->name : "", type_str(f->sig));
}

/* Go's name for f, as tracebacks print it: the package path, a dot, and
 * the checker's name ("main", "(*T).M", "main.func1"). */
static const char *func_goname(Func *f)
{
    Func *o = f;
    while (o->outer)
        o = o->outer;
    const char *pkg = o->sym && o->sym->pkg ? o->sym->pkg : "main";
    return gocc_format("%s.%s", pkg, f->name ? f->name : "func");
}

static const File *func_file(Func *f)
{
    Func *o = f;
    while (o->outer)
        o = o->outer;
    if (o->sym && o->sym->file)
        return o->sym->file;
    return main_file;
}

/* Bind a parameter Sym to its C parameter (moving it to the heap if it
 * must live there). */
static void bind_param(Sym *s, LVar *p)
{
    VarLoc *vl = NEW(VarLoc);
    vl->owner = fn;
    s->aux = vl;
    if (var_heap(s)) {
        vl->heap = true;
        vl->var = lv_new(s->name, lt_ptr(ctype(s->type)));
        emit_decl(vl->var, alloc_of(s->type));
        emit_assign(le_deref(le_local(vl->var)), le_local(p));
    } else
        vl->var = p;
}

static void lower_func(Func *f)
{
    FInfo *fi = f->aux;
    LFunc *stub = fi->stub;
    LFunc *body = lf_new(gname(gocc_format("%s_body", fi->name)), stub->type, LF_STATIC | LF_NOINLINE);
    const File *file = func_file(f);
    body->file = file;
    body->pos = f->decl ? f->decl->pos : (Pos){0};
    body->comment = func_comment(f);
    body->goname = func_goname(f);
    stub->file = file;
    stub->comment = body->comment;
    cur_pos = body->pos;

    Fn t = {0};
    t.f = f;
    t.lf = body;
    t.file = file;
    fn = &t;
    LB b = {0};
    t.cur = &b;
    LType *ft = stub->type;
    body->nparams = ft->nparams;
    body->params = NEWA(LVar *, ft->nparams + 1);
    int k = 0;
    LVar *envp = NULL;
    if (!f->sym) {
        envp = body->params[k++] = lv_new("env", ct_voidp);
        envp->flags = LV_PARAM;
        if (!f->ncaptures)
            envp->flags |= LV_UNUSED;
    } else if (f->sym->recv) {
        Sym *r = f->recv;
        const char *rn = r && r->name && strcmp(r->name, "_") ? r->name : "recv";
        LVar *p = body->params[k++] = lv_new(var_heap(r) ? gocc_format("%s_in", rn) : rn, ft->params[0]);
        p->flags = LV_PARAM;
        (void)p;
    }
    int first_param = k;
    for (int i = 0; i < f->nparams; i++) {
        Sym *s = f->params[i];
        const char *pn = s->name && strcmp(s->name, "_") ? s->name : "_";
        LVar *p = body->params[k++] = lv_new(var_heap(s) ? gocc_format("%s_in", pn) : pn, ft->params[first_param + i]);
        p->flags = LV_PARAM;
    }
    t.outs = NEWA(LVar *, f->nresults + 1);
    for (int i = 1; i < f->nresults; i++) {
        LVar *p = lv_new(gocc_format("out%d", i + 1), ft->params[k]);
        body->params[k++] = p;
        p->flags = LV_PARAM;
        t.outs[i - 1] = p;
    }
    /* captured variables: the cells from the environment */
    if (!f->sym && f->ncaptures) {
        LType *env = closure_env(f);
        LExpr *e = temp("e", le_cast(lt_ptr(env), le_local(envp)));
        for (int i = 0; i < f->ncaptures; i++) {
            Sym *s = f->captures[i];
            VarLoc *vl = NEW(VarLoc);
            vl->owner = fn;
            vl->heap = true;
            vl->var = lv_new(s->name, lt_ptr(ctype(s->type)));
            emit_decl(vl->var, le_fieldi(le_deref(e), i + 1));
            s->aux = vl;
        }
    }
    if (f->sym && f->sym->recv && f->recv)
        bind_param(f->recv, body->params[0]);
    for (int i = 0; i < f->nparams; i++)
        bind_param(f->params[i], body->params[first_param + i]);
    /* results */
    t.nresults = f->nresults;
    t.results = NEWA(LVar *, f->nresults + 1);
    for (int i = 0; i < f->nresults; i++) {
        Sym *s = f->results[i];
        const char *rn = s->name && strcmp(s->name, "_") ? s->name : gocc_format("r%d", i + 1);
        if (!f->named_results && !f->hasdefer)
            continue;
        LType *rt_ = ctype(s->type);
        LVar *v = lv_new(rn, f->hasdefer ? lt_volatile(rt_) : rt_);
        t.results[i] = v;
        emit_decl(v, NULL);
        VarLoc *vl = NEW(VarLoc);
        vl->owner = fn;
        s->aux = vl;
        if (var_heap(s)) {
            vl->heap = true;
            vl->var = lv_new(gocc_format("%s_cell", rn), lt_ptr(rt_));
            emit_decl(vl->var, alloc_of(s->type));
        } else
            vl->var = v;
    }
    if (f->hasrecover) {
        /* first thing: whether a panic's deferred call called us (panic.c) */
        t.rtok = lv_new("recover_token", ct_voidp);
        emit_decl(t.rtok, le_call(rt("gort_recover_take", ct_voidp, 0), 0));
    }
    if (f->hasdefer) {
        t.frame = lv_new("frame", ct_frame);
        emit_decl(t.frame, NULL);
        t.out = label_new("out");
        emit_if(le_intrinsic(LIN_FRAME_ENTER, le_addr(le_local(t.frame)), lt(LT_I32)), ls_goto(t.out), NULL);
    }
    Node *bodyn = f->decl ? f->decl->body : NULL;
    if (bodyn)
        ls_list(bodyn->list);
    if (f->hasdefer) {
        emit_label(t.out);
        emit_expr(le_call(rt("gort_frame_leave", lt(LT_VOID), 1, lt_ptr(ct_frame)), 1, le_addr(le_local(t.frame))));
        for (int i = 0; i < f->nresults; i++) {
            VarLoc *vl = f->results[i]->aux;
            if (vl && vl->heap)
                emit_assign(le_local(t.results[i]), le_deref(le_local(vl->var)));
        }
        emit_return_results();
    } else if (f->nresults) {
        if (f->named_results) {
            emit(ls_new(LS_UNREACHABLE));
        } else
            emit(ls_new(LS_UNREACHABLE));
    }
    body->body = ls_block(&b);
    prune_labels(body);
    fn = NULL;
    make_stubs(stub, body, frame_estimate(body, f->hasdefer), file);
}

/* An ifn wrapper's start: lowering goes into w's body, in t and b; its
 * parameters are the data word, then a1, a2, ... */
static void ifn_begin(LFunc *w, LType *wt, Fn *t, LB *b)
{
    fn = t;
    t->lf = w;
    t->cur = b;
    w->nparams = wt->nparams;
    w->params = NEWA(LVar *, wt->nparams);
    for (int i = 0; i < wt->nparams; i++) {
        w->params[i] = lv_new(i == 0 ? "data" : gocc_format("a%d", i), wt->params[i]);
        w->params[i]->flags = LV_PARAM;
    }
}

/* An ifn wrapper's end: return the call's result (or make the call). */
static void ifn_end(LFunc *w, LExpr *call, LB *b)
{
    emit_tailcall(call);
    w->body = ls_block(b);
}

/* The method M of a concrete type as an interface calls it: the data
 * word first (a pointer to the value, or the pointer itself). */
static LFunc *method_ifn(Sym *m, Type *recvtype)
{
    typedef struct { Sym *m; Type *t; LFunc *f; } IFn;
    static Vec ifns;
    for (int i = 0; i < ifns.n; i++) {
        IFn *x = ifns.a[i];
        if (x->m == m && type_identical(x->t, recvtype))
            return x->f;
    }
    LFunc *target = sym_func(m);
    LType *wt = sig_ctype(m->type, ct_voidp);
    LFunc *w = lf_new(gname(gocc_format("%s%s_ifn", target->name, recvtype->kind == TY_NAMED ? "" : "_ptr")), wt, LF_STATIC);
    w->comment = gocc_format("%s.%s called through an interface", type_rtstr(recvtype), m->name);
    IFn *x = NEW(IFn);
    x->m = m;
    x->t = recvtype;
    x->f = w;
    vec_push(&ifns, x);
    Fn *saved = fn, t = {0};
    LB b = {0};
    ifn_begin(w, wt, &t, &b);
    LExpr **args = NEWA(LExpr *, wt->nparams);
    LExpr *data = le_local(w->params[0]);
    LType *rct = ctype(m->recv);
    bool valueshape = recvtype->kind == TY_NAMED;   /* the data word of a T, not *T */
    LExpr *recv;
    if (m->ptrrecv)
        recv = le_cast(lt_ptr(rct), data);
    else if (valueshape && type_direct(recvtype))
        recv = le_cast(rct, data);
    else
        recv = le_deref(le_cast(lt_ptr(rct), data));
    args[0] = recv;
    for (int i = 1; i < wt->nparams; i++)
        args[i] = le_local(w->params[i]);
    ifn_end(w, le_calln(le_func(target), args, wt->nparams), &b);
    fn = saved;
    return w;
}

/* The ifn of a method-set entry of recvtype (T or *T). */
static LFunc *mentry_ifn(MEntry *me, Type *recvtype)
{
    if (me->npath == 0 && me->method)
        return method_ifn(me->method, recvtype);
    LType *wt = sig_ctype(me->sig, ct_voidp);
    LFunc *w = lf_new(gname(gocc_format("go_%s_%s_ifn", type_mangle(recvtype), me->name)), wt, LF_STATIC);
    w->comment = gocc_format("%s.%s (promoted) called through an interface", type_rtstr(recvtype), me->name);
    Fn *saved = fn, t = {0};
    LB b = {0};
    ifn_begin(w, wt, &t, &b);
    Type *base = recvtype->kind == TY_NAMED ? recvtype : type_under(recvtype)->elem;
    LExpr *x = le_deref(le_cast(lt_ptr(ctype(base)), le_local(w->params[0])));
    Type *ft;
    x = follow_path(x, base, me->path, me->npath, &ft);
    LExpr **args = NEWA(LExpr *, wt->nparams);
    LExpr *callee;
    int k = 0;
    if (me->method) {
        callee = le_func(sym_func(me->method));
        bool isptr = type_under(ft)->kind == TY_POINTER;
        if (me->method->ptrrecv)
            args[k++] = isptr ? x : le_addr(x);
        else
            args[k++] = isptr ? le_deref(x) : x;
    } else {
        LExpr *iv = once(x);
        callee = le_cast(lt_ptr(wt), le_index(le_field(le_deref(le_field(iv, "tab")), "fun"), le_i64(me->index)));
        args[k++] = le_field(iv, "data");
    }
    for (int i = 1; i < wt->nparams; i++)
        args[k++] = le_local(w->params[i]);
    ifn_end(w, le_calln(callee, args, k), &b);
    fn = saved;
    return w;
}

/* ---- Struct equality and hashing -------------------------------------- */

static LFunc *struct_cmpfn(Type *t, bool hash)
{
    typedef struct { Type *t; LFunc *eq, *h; } SF;
    static Vec sfs;
    SF *sf = NULL;
    for (int i = 0; i < sfs.n; i++) {
        SF *x = sfs.a[i];
        if (type_identical(x->t, t))
            sf = x;
    }
    if (!sf) {
        sf = NEW(SF);
        sf->t = t;
        vec_push(&sfs, sf);
    }
    if (hash ? sf->h : sf->eq)
        return hash ? sf->h : sf->eq;
    const char *base = type_mangle(t);
    LFunc *f = hash ? lf_new(gname(gocc_format("go_%s_hash", base)), lt_funcv(lt(LT_U64), 2, ct_cvoidp, lt(LT_U64)), LF_STATIC)
                    : lf_new(gname(gocc_format("go_%s_eq", base)), lt_funcv(lt(LT_BOOL), 2, ct_cvoidp, ct_cvoidp), LF_STATIC);
    if (hash) sf->h = f; else sf->eq = f;
    f->comment = gocc_format("%s of %s", hash ? "hash" : "==", type_rtstr(t));
    Fn *saved = fn;
    Fn tf = {0};
    fn = &tf;
    tf.lf = f;
    LB b = {0};
    tf.cur = &b;
    f->nparams = 2;
    f->params = NEWA(LVar *, 2);
    f->params[0] = lv_new(hash ? "p" : "a", ct_cvoidp);
    f->params[1] = lv_new(hash ? "seed" : "b", hash ? lt(LT_U64) : ct_cvoidp);
    f->params[0]->flags = f->params[1]->flags = LV_PARAM;
    LType *ct = ctype(t);
    LExpr *pa = temp("x", le_cast(lt_ptr(lt_const(ct)), le_local(f->params[0])));
    LExpr *pb = hash ? NULL : temp("y", le_cast(lt_ptr(lt_const(ct)), le_local(f->params[1])));
    LExpr *seed = hash ? le_local(f->params[1]) : NULL;
    Type *u = type_under(t);
    LExpr *result = hash ? NULL : le_bool(true);
    int n = u->kind == TY_STRUCT ? u->nfields : (int)u->len;
    for (int i = 0; i < n; i++) {
        Type *et = u->kind == TY_STRUCT ? u->fields[i].type : u->elem;
        if (u->kind == TY_STRUCT && u->fields[i].name && !strcmp(u->fields[i].name, "_"))
            continue;
        LExpr *xa = u->kind == TY_STRUCT ? le_fieldi(le_deref(pa), i) : le_index(le_field(le_deref(pa), "a"), le_i64(i));
        LGlobal *d = type_desc(et);
        LExpr *fnp = le_field(le_global(d), hash ? "hashfn" : "equal");
        if (hash) {
            LExpr **args = NEWA(LExpr *, 2);
            args[0] = le_cast(ct_cvoidp, le_addr(xa));
            args[1] = seed;
            emit_assign(seed, le_calln(fnp, args, 2));
        } else {
            LExpr *xb = u->kind == TY_STRUCT ? le_fieldi(le_deref(pb), i) : le_index(le_field(le_deref(pb), "a"), le_i64(i));
            LExpr **args = NEWA(LExpr *, 2);
            args[0] = le_cast(ct_cvoidp, le_addr(xa));
            args[1] = le_cast(ct_cvoidp, le_addr(xb));
            LExpr *c = le_calln(fnp, args, 2);
            LStmt *r = ls_new(LS_RETURN);
            r->x = le_bool(false);
            emit_if(le_unary(LOP_NOT, c, lt(LT_BOOL)), r, NULL);
        }
    }
    LStmt *r = ls_new(LS_RETURN);
    r->x = hash ? seed : result;
    emit(r);
    f->body = ls_block(&b);
    fn = saved;
    return f;
}

static LFunc *struct_eqfn(Type *t) { return struct_cmpfn(t, false); }
static LFunc *struct_hashfn(Type *t) { return struct_cmpfn(t, true); }

/* ===================================================================== */
/* Package variables, initialisation, the program                        */
/* ===================================================================== */

static LGlobal *global_var(Sym *s)
{
    VarLoc *vl = s->aux;
    if (vl && vl->global)
        return vl->global;
    vl = NEW(VarLoc);
    vl->global = lg_new(gname(gocc_format("%s_%s", pkg_cname(s->pkg), strcmp(s->name, "_") ? s->name : "blank")),
                        ctype(s->type), LG_STATIC);
    vl->global->pos = s->pos;
    vl->global->comment = gocc_format("var %s.%s %s", s->pkg ? s->pkg : "", s->name, type_str(s->type));
    s->aux = vl;
    return vl->global;
}

/* References to locals, to mark the unreferenced ones unused. */
static void refs_expr(LExpr *e, Vec *v)
{
    if (!e)
        return;
    if (e->kind == LE_LOCAL)
        vec_push(v, e->var);
    refs_expr(e->x, v);
    refs_expr(e->y, v);
    refs_expr(e->z, v);
    for (int i = 0; i < e->nargs; i++)
        refs_expr(e->args[i], v);
}

static void refs_stmt(LStmt *s, Vec *v)
{
    for (; s; s = s->next) {
        refs_expr(s->cond, v);
        refs_expr(s->x, v);
        refs_expr(s->y, v);
        if (s->kind == LS_ASSIGN && s->x->kind == LE_LOCAL)
            v->n--;     /* a store alone is not a use */
        refs_stmt(s->body, v);
        refs_stmt(s->els, v);
        refs_stmt(s->post, v);
    }
}

static void mark_decls(LStmt *s, Vec *used)
{
    for (; s; s = s->next) {
        if (s->kind == LS_DECL) {
            bool u = false;
            for (int i = 0; i < used->n; i++)
                if (used->a[i] == s->var)
                    u = true;
            if (!u)
                s->var->flags |= LV_UNUSED;
        }
        mark_decls(s->body, used);
        mark_decls(s->els, used);
        mark_decls(s->post, used);
    }
}

static void mark_unused(LFunc *f)
{
    if (!f->body)
        return;
    Vec used = {0};
    refs_stmt(f->body, &used);
    for (int i = 0; i < f->nparams; i++) {
        bool u = false;
        for (int j = 0; j < used.n; j++)
            if (used.a[j] == f->params[i])
                u = true;
        if (!u)
            f->params[i]->flags |= LV_UNUSED;
    }
    for (LStmt *s = f->body; s; s = s->next)
        (void)s;
    Vec used2 = {0};
    /* for locals, a store counts as a set but not a use: GCC's
     * -Wunused-but-set-variable; keep it simple and count every mention */
    for (int i = 0; i < used.n; i++)
        vec_push(&used2, used.a[i]);
    LStmt tmp = {0};
    tmp.body = f->body;
    (void)tmp;
    mark_decls(f->body, &used2);
}

static void drain_queue(void)
{
    while (queue.n) {
        Func *f = queue.a[--queue.n];
        lower_func(f);
    }
}

/* Initialise the package variables of pkg that the program uses (all of
 * main's), in Go's order. */
static void init_package_vars(Package *pkg, bool all, Vec *done)
{
    for (int i = 0; i < pkg->ninits; i++) {
        Sym *s = pkg->inits[i];
        Node *spec = pkg->initexprs ? pkg->initexprs[i] : NULL;
        if (!all && !s->aux)
            continue;
        if (!spec)
            continue;
        bool seen = false;
        for (int j = 0; j < done->n; j++)
            if (done->a[j] == spec)
                seen = true;
        if (seen)
            continue;
        vec_push(done, spec);
        if (strcmp(s->name, "_"))
            global_var(s);      /* `var _ = f()`: f() runs, nothing is kept */
        cur_pos = spec->pos;
        if (spec->x) {
            LStmt *c = ls_new(LS_COMMENT);
            c->text = gocc_format("var %s (package %s)", s->name, pkg->path);
            emit(c);
            ls_vardecl(spec);
        }
    }
}

/*
 * The runtime's name tables, each a static constant array of
 * gort_funcname {code, "pkg.name"} handed over by the C main before
 * gort_start: the functions (gort_setfuncnames, for tracebacks: one entry
 * per lowered Go function, its body) and the `go` statements
 * (gort_setgostarts, for the goroutine timeline: one entry per thunk whose
 * callee the compiler knows).  `name` picks an LFunc's entry, NULL for none.
 */
static const char *lf_goname(LFunc *f) { return f->goname; }
static const char *lf_gostart(LFunc *f) { return f->gostart; }

static void emit_nametable(const char *table, const char *comment, const char *(*name)(LFunc *),
                           const char *setter)
{
    static LType *fnt, *codep;
    int n = 0;
    for (int i = 0; i < prog_funcs.n; i++)
        if (name(prog_funcs.a[i]))
            n++;
    if (n == 0)
        return;
    if (!fnt) {
        fnt = lt_struct("gort_funcname", LTY_GORT);
        codep = lt_ptr(lt_funcv(lt(LT_VOID), 0));
        lt_addfield(fnt, "fn", codep);
        lt_addfield(fnt, "name", lt_ptr(lt_const(lt(LT_CHAR))));
    }
    LGlobal *g = lg_new(gname(table), lt_const(lt_array(fnt, n)), LG_STATIC);
    g->comment = comment;
    g->init = li_list(n);
    int k = 0;
    for (int i = 0; i < prog_funcs.n; i++) {
        LFunc *f = prog_funcs.a[i];
        if (!name(f))
            continue;
        LInit *e = li_list(2);
        e->elems[0] = li_expr(le_cast(codep, le_addr(le_func(f))));
        e->elems[1] = li_expr(le_cstr(name(f)));
        g->init->elems[k++] = e;
    }
    LExpr *tab = le_addr(le_index(le_global(g), le_int(lt(LT_I64), 0)));
    emit_expr(le_call(rt(setter, lt(LT_VOID), 2, lt_ptr(lt_const(fnt)), lt(LT_I64)), 2,
                      tab, le_int(lt(LT_I64), n)));
}

LProgram *lower_program(Package *pkg)
{
    lower_init_ctypes();
    prog = NEW(LProgram);
    main_file = pkg->files && pkg->nfiles ? NULL : NULL;
    /* the user's file: the one main.main is declared in */
    for (int i = 0; i < pkg->nsyms; i++)
        if (pkg->syms[i]->file) {
            main_file = pkg->syms[i]->file;
            break;
        }
    prog->file = main_file;
    static const char *const taken[] = {"main", "go_main_entry", NULL};
    for (int i = 0; taken[i]; i++)
        vec_push(&global_names, (void *)taken[i]);

    /* the entry: package initialisation, then main.main */
    LFunc *entry = lf_new("go_main_entry", lt_funcv(lt(LT_VOID), 0), LF_STATIC);
    entry->comment = "package initialisation, then main.main";
    entry->file = main_file;
    Fn ef = {0};
    ef.lf = entry;
    ef.file = main_file;
    LB eb = {0};
    ef.cur = &eb;
    Sym *mainsym = NULL;
    for (int i = 0; i < pkg->nsyms; i++)
        if (pkg->syms[i]->kind == SYM_FUNC && !strcmp(pkg->syms[i]->name, "main") && !pkg->syms[i]->recv)
            mainsym = pkg->syms[i];
    /* main's package variables first (they reach the library's) */
    Vec done = {0};
    LB mainvars = {0};
    fn = &ef;
    ef.cur = &mainvars;
    init_package_vars(pkg, true, &done);
    LB mainrest = {0};
    ef.cur = &mainrest;
    for (int i = 0; i < pkg->ninitfuncs; i++) {
        fn = &ef;
        emit_expr(le_call(func_ref(pkg->initfuncs[i]), 0));
    }
    if (mainsym) {
        fn = &ef;
        emit_expr(le_call(sym_func(mainsym), 0));
    }
    fn = NULL;
    drain_queue();
    /* the library packages' variables that anything uses, until no new
     * one is reached */
    LB libinit = {0};
    for (int round = 0; round < 8; round++) {
        int before = done.n;
        for (int k = 0; k < pkg->nimports; k++) {
            Package *lp = pkg->imports[k];
            fn = &ef;
            ef.cur = &libinit;
            init_package_vars(lp, false, &done);
            fn = NULL;
            drain_queue();
        }
        if (done.n == before)
            break;
    }
    fn = &ef;
    ef.cur = &eb;
    lb_cat(&eb, &libinit);
    lb_cat(&eb, &mainvars);
    lb_cat(&eb, &mainrest);
    entry->body = ls_block(&eb);
    prune_labels(entry);
    fn = NULL;
    drain_queue();

    /* int main(int argc, char **argv) { return gort_start(argc, argv, go_main_entry); } */
    LType *argvt = lt_ptr(lt_ptr(lt(LT_CHAR)));
    LFunc *cm = lf_new("main", lt_funcv(lt(LT_I32), 2, lt(LT_I32), argvt), 0);
    cm->comment = "the C entry point: start the runtime with goroutine 1 running go_main_entry";
    Fn mf = {0};
    mf.lf = cm;
    fn = &mf;
    LB mb = {0};
    mf.cur = &mb;
    cm->nparams = 2;
    cm->params = NEWA(LVar *, 2);
    cm->params[0] = lv_new("argc", lt(LT_I32));
    cm->params[1] = lv_new("argv", argvt);
    cm->params[0]->flags = cm->params[1]->flags = LV_PARAM;
    /* gort_setfuncnames(go_funcnames, N); gort_setgostarts(go_startnames, M); */
    emit_nametable("go_funcnames", "Go's names of the functions, for tracebacks", lf_goname,
                   "gort_setfuncnames");
    emit_nametable("go_startnames", "the functions the go statements start, for the goroutine timeline",
                   lf_gostart, "gort_setgostarts");
    LStmt *r = ls_new(LS_RETURN);
    r->x = le_call(rt("gort_start", lt(LT_I32), 3, lt(LT_I32), argvt, lt_ptr(lt_funcv(lt(LT_VOID), 0))), 3,
                   le_local(cm->params[0]), le_local(cm->params[1]), le_addr(le_func(entry)));
    emit(r);
    cm->body = ls_block(&mb);
    fn = NULL;

    for (int i = 0; i < prog_funcs.n; i++)
        mark_unused(prog_funcs.a[i]);
    prog->structs = (LType **)prog_structs.a;
    prog->nstructs = prog_structs.n;
    prog->globals = (LGlobal **)prog_globals.a;
    prog->nglobals = prog_globals.n;
    prog->funcs = (LFunc **)prog_funcs.a;
    prog->nfuncs = prog_funcs.n;
    return prog;
}
