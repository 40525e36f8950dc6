/*
 * emit_jit.c — the lowered tree (gocc.h, "Lowered tree") built with
 * libgccjit, the second back end.
 *
 * emit_c.c spells the lowered tree as C text for $CC; this file hands the
 * same tree to GCC directly, through libgccjit's API, so that no C is
 * printed, parsed or compiled by another process.  The result is either
 * machine code in gocc's own address space (`gocc run`: jit_run) or an
 * executable on disk (`gocc --backend=jit -o PROG`: jit_build).  Like
 * emit_c it knows nothing of Go: every decision was made by the lowering.
 *
 * The walk, in the order libgccjit needs things to exist:
 *
 *     types       on demand, one gcc_jit_type per C type: structs by name
 *                 (created opaque, then given their fields), pointers
 *                 through libgccjit's own cache, arrays and function
 *                 pointer types through ours, so that two LTypes that are
 *                 the same C type are the same gcc_jit_type (libgccjit
 *                 compares many types by identity)
 *     globals     every one created first (initialisers take addresses of
 *                 each other), then
 *     functions   every one declared (with its parameters), then
 *     initialisers of the globals, then
 *     bodies      statement by statement into gcc_jit_blocks.
 *
 * C's qualifiers are dropped: `const T` is built as T (it only ever
 * decided rodata placement and the C compiler's checks, and keeping it
 * would make libgccjit's strict type matching ask for casts everywhere).
 *
 * Statements become blocks.  A C statement that does not end a block
 * (an assignment, a call) is added to the current block; if, loops,
 * gotos, return and break end it and open others.  A statement after a
 * block ended (code after `return`, which the lowering may leave for the
 * C compiler to drop) goes into a fresh block nothing jumps to;
 * libgccjit accepts these once allow_unreachable_blocks is set.
 *
 * Expressions are trees, as in C, with three exceptions that need
 * statements of their own: LE_COND (x ? y : z, which libgccjit lacks; a
 * temporary assigned in two blocks), the stack check (an asm statement
 * reads %rsp) and gort_frame_enter (a call, then __builtin_setjmp).
 * Because a statement added while an expression is being built runs
 * before that expression, an operand with side effects that comes
 * before such an operand is first computed into a temporary (jit_ops),
 * and `a && b` with such a b becomes branches: C's order of evaluation is
 * kept where C defines it.
 *
 * The inline parts of gort.h, built exactly as the C macros expand:
 *
 *     GORT_STACK_OK(n)   asm volatile("leaq -%c1(%%rsp), %0" : "=r"(lim) : "i"(n));
 *                        lim >= gort_tls.stackguard
 *     GORT_BACKEDGE()    if (__builtin_expect(gort_tls.preempt, 0))
 *                            gort_preempt_park();
 *     GORT_LIKELY(x)     __builtin_expect(x, 1)  (UNLIKELY: 0)
 *     gort_frame_enter(f)  gort_frame_push(f), __builtin_setjmp(f->jb)
 *     GORT_STR("s")      (gort_string){(const uint8_t *)"s", 1}
 *
 * gort_tls is the runtime's initial-exec thread-local (gort.h), imported
 * with libgccjit's tls_model: the checks read %fs directly, as in the C
 * back end.  Function attributes cannot be given in libgccjit 12; the
 * stack-check stubs are GCC_JIT_FUNCTION_ALWAYS_INLINE, and -fno-inline
 * keeps every other function out of line, which is what LF_NOINLINE
 * asks of the bodies (a body inlined into its stub would run its frame
 * before the check that made room for it).
 *
 * With -g every expression and statement gets a gcc_jit_location from
 * its .g position (LFunc.file), so gdb steps through .g lines and names
 * the Go functions in a backtrace.
 */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <libgccjit.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "gocc.h"

/* runtime/gort.h: gocc run hands the compiled object to the traceback */
void gort_traceback_image(int fd, void *anchor);

/* A struct type: its gcc_jit_struct and fields, found by C name. */
typedef struct JStruct {
    const char *name;
    gcc_jit_struct *st;
    gcc_jit_type *type;
    gcc_jit_field **fields;
    int nfields;
    bool empty;             /* no fields: libgccjit builds no constructor */
    struct JStruct *next;   /* hash chain */
} JStruct;

/* A derived type made by us (arrays, function pointers, volatile), found
 * by the identities of its parts. */
typedef struct JDerived {
    char *key;
    gcc_jit_type *type;
    struct JDerived *next;
} JDerived;

enum { JIT_HASH = 1024 };

typedef struct Jit {
    gcc_jit_context *ctx;
    bool debug;
    const File *file;       /* the file positions refer to */
    Pos last;               /* the last position used (zero Pos keeps it) */

    gcc_jit_type *t_void, *t_bool, *t_char, *t_i8, *t_i16, *t_i32, *t_i64;
    gcc_jit_type *t_u8, *t_u16, *t_u32, *t_u64, *t_f32, *t_f64, *t_voidp, *t_long;
    JStruct *structs[JIT_HASH];
    JDerived *derived[JIT_HASH];

    /* gort.h's inline ABI */
    gcc_jit_lvalue *tls;
    gcc_jit_field *tls_guard, *tls_preempt;
    gcc_jit_function *preempt_park, *frame_push;
    gcc_jit_type *frame_ptr;    /* gort_frame * */
    gcc_jit_function *b_expect, *b_setjmp, *b_unreachable;

    /* the function being built */
    const LFunc *fn;
    gcc_jit_function *gfn;
    gcc_jit_block *b;       /* current block; NULL after a terminator */
    int ntemps;
    gcc_jit_block **brk, **cont;
    int nloops, caploops;
} Jit;

static unsigned jit_hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h % JIT_HASH;
}

static _Noreturn void jit_bug(const char *what)
{
    fprintf(stderr, "gocc: internal error: JIT back end: %s\n", what);
    exit(1);
}

/* ---------------------------------------------------------------------
 * Positions.
 */

/* The location of pos (or of the last position seen), only under -g. */
static gcc_jit_location *jit_loc(Jit *J, Pos pos)
{
    if (!J->debug || !J->file)
        return NULL;
    if (pos.line > 0)
        J->last = pos;
    if (J->last.line <= 0)
        return NULL;
    return gcc_jit_context_new_location(J->ctx, J->file->name, J->last.line,
                                        J->last.col > 0 ? J->last.col : 1);
}

/* ---------------------------------------------------------------------
 * Types.
 */

static const LType *jit_unqual(const LType *t)
{
    while (t && (t->kind == LT_CONST || t->kind == LT_VOLATILE))
        t = t->base;
    return t;
}

static gcc_jit_type *jit_type(Jit *J, LType *t);

/* A derived type by key: made once. */
static gcc_jit_type **jit_derived_slot(Jit *J, char *key)
{
    unsigned h = jit_hash(key);
    for (JDerived *d = J->derived[h]; d; d = d->next)
        if (!strcmp(d->key, key)) {
            free(key);
            return &d->type;
        }
    JDerived *d = gocc_alloc(sizeof *d);
    d->key = key;
    d->next = J->derived[h];
    J->derived[h] = d;
    return &d->type;
}

/* The struct named t->name: created opaque on first sight, then (unless
 * opaque) given its fields; pointers to it may be made in between, so a
 * struct may point to itself. */
static JStruct *jit_struct(Jit *J, const LType *t)
{
    unsigned h = jit_hash(t->name);
    for (JStruct *s = J->structs[h]; s; s = s->next)
        if (!strcmp(s->name, t->name))
            return s;
    JStruct *s = gocc_alloc(sizeof *s);
    s->name = t->name;
    s->st = gcc_jit_context_new_opaque_struct(J->ctx, NULL, t->name);
    s->type = gcc_jit_struct_as_type(s->st);
    s->next = J->structs[h];
    J->structs[h] = s;
    if (t->flags & LTY_OPAQUE)
        return s;
    s->nfields = t->nfields;
    s->empty = t->nfields == 0;
    s->fields = gocc_alloc((size_t)t->nfields * sizeof *s->fields);
    for (int i = 0; i < t->nfields; i++)
        s->fields[i] = gcc_jit_context_new_field(J->ctx, NULL, jit_type(J, t->fields[i].type),
                                                 t->fields[i].name);
    gcc_jit_struct_set_fields(s->st, NULL, t->nfields, s->fields);
    return s;
}

/* RET (*)(PARAMS) */
static gcc_jit_type *jit_fnptr_type(Jit *J, const LType *f)
{
    gcc_jit_type *ret = jit_type(J, f->base);
    gcc_jit_type **ps = gocc_alloc((size_t)f->nparams * sizeof *ps);
    size_t cap = 64 + 20 * (size_t)f->nparams, len = 0;
    char *key = gocc_alloc(cap);
    len += (size_t)snprintf(key + len, cap - len, "F%p%s(", (void *)ret, f->variadic ? "v" : "");
    for (int i = 0; i < f->nparams; i++) {
        ps[i] = jit_type(J, f->params[i]);
        len += (size_t)snprintf(key + len, cap - len, "%p,", (void *)ps[i]);
    }
    gcc_jit_type **slot = jit_derived_slot(J, key);
    if (!*slot)
        *slot = gcc_jit_context_new_function_ptr_type(J->ctx, NULL, ret, f->nparams, ps, f->variadic);
    free(ps);
    return *slot;
}

static gcc_jit_type *jit_type_uncached(Jit *J, LType *t)
{
    switch (t->kind) {
    case LT_VOID: return J->t_void;
    case LT_BOOL: return J->t_bool;
    case LT_CHAR: return J->t_char;
    case LT_I8: return J->t_i8;
    case LT_I16: return J->t_i16;
    case LT_I32: return J->t_i32;
    case LT_I64: return J->t_i64;
    case LT_U8: return J->t_u8;
    case LT_U16: return J->t_u16;
    case LT_U32: return J->t_u32;
    case LT_U64: case LT_UINTPTR: return J->t_u64;
    case LT_F32: return J->t_f32;
    case LT_F64: return J->t_f64;
    case LT_PTR: {
        const LType *base = jit_unqual(t->base);
        if (base->kind == LT_FUNC)
            return jit_fnptr_type(J, base);
        if (base->kind == LT_VOID)
            return J->t_voidp;
        return gcc_jit_type_get_pointer(jit_type(J, t->base));
    }
    case LT_ARRAY: {
        gcc_jit_type *el = jit_type(J, t->base);
        gcc_jit_type **slot = jit_derived_slot(J, gocc_format("A%p[%lld]", (void *)el, (long long)t->len));
        if (!*slot)
            *slot = gcc_jit_context_new_array_type(J->ctx, NULL, el, (int)t->len);
        return *slot;
    }
    case LT_STRUCT:
        return jit_struct(J, t)->type;
    case LT_CONST:
        return jit_type(J, t->base);
    case LT_VOLATILE: {
        gcc_jit_type *b = jit_type(J, t->base);
        gcc_jit_type **slot = jit_derived_slot(J, gocc_format("V%p", (void *)b));
        if (!*slot)
            *slot = gcc_jit_type_get_volatile(b);
        return *slot;
    }
    case LT_FUNC:
        return NULL;    /* only designators have it: they are gcc_jit_functions */
    }
    return NULL;
}

static gcc_jit_type *jit_type(Jit *J, LType *t)
{
    if (!t->aux)
        t->aux = jit_type_uncached(J, t);
    return t->aux;
}

/* sizeof and alignof of a C type on x86-64 (LE_SIZEOF: libgccjit 12
 * gives sizes of integer types only). */
static void jit_layout(const LType *t, int64_t *size, int64_t *align)
{
    t = jit_unqual(t);
    switch (t->kind) {
    case LT_VOID: case LT_BOOL: case LT_CHAR: case LT_I8: case LT_U8:
        *size = *align = 1;
        return;
    case LT_I16: case LT_U16:
        *size = *align = 2;
        return;
    case LT_I32: case LT_U32: case LT_F32:
        *size = *align = 4;
        return;
    case LT_ARRAY: {
        int64_t s, a;
        jit_layout(t->base, &s, &a);
        *size = s * t->len;
        *align = a;
        return;
    }
    case LT_STRUCT: {
        int64_t off = 0, maxa = 1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t s, a;
            jit_layout(t->fields[i].type, &s, &a);
            off = (off + a - 1) / a * a + s;
            if (a > maxa)
                maxa = a;
        }
        *size = (off + maxa - 1) / maxa * maxa;
        *align = maxa;
        return;
    }
    default:    /* 64-bit integers, double, pointers */
        *size = *align = 8;
        return;
    }
}

static bool jit_is_ptr(gcc_jit_type *t)
{
    return gcc_jit_type_is_pointer(t) != NULL || gcc_jit_type_dyncast_function_ptr_type(t) != NULL;
}

/* ---------------------------------------------------------------------
 * Constants.
 */

static gcc_jit_rvalue *jit_int(Jit *J, gcc_jit_type *t, uint64_t v)
{
    if (t == J->t_bool)
        return gcc_jit_context_new_rvalue_from_int(J->ctx, t, v != 0);
    if (jit_is_ptr(t))
        return v ? gcc_jit_context_new_rvalue_from_ptr(J->ctx, t, (void *)(uintptr_t)v)
                 : gcc_jit_context_null(J->ctx, t);
    return gcc_jit_context_new_rvalue_from_long(J->ctx, t, (long)v);
}

/* The zero value of t (a scalar or a struct). */
static gcc_jit_rvalue *jit_zero(Jit *J, LType *t, gcc_jit_location *loc);

/* A value of type t nobody reads: an empty struct. */
static gcc_jit_rvalue *jit_empty_value(Jit *J, gcc_jit_type *t)
{
    char name[32];
    snprintf(name, sizeof name, "empty%d", J->ntemps++);
    return gcc_jit_lvalue_as_rvalue(gcc_jit_function_new_local(J->gfn, NULL, t, name));
}

static gcc_jit_rvalue *jit_zero(Jit *J, LType *t, gcc_jit_location *loc)
{
    const LType *u = jit_unqual(t);
    gcc_jit_type *gt = jit_type(J, (LType *)u);   /* constructors of volatile types crash */
    if (u->kind == LT_STRUCT) {
        if (jit_struct(J, u)->empty)
            return jit_empty_value(J, gt);
        return gcc_jit_context_new_struct_constructor(J->ctx, loc, gt, 0, NULL, NULL);
    }
    if (u->kind == LT_ARRAY)
        return gcc_jit_context_new_array_constructor(J->ctx, loc, gt, 0, NULL);
    if (u->kind == LT_F32 || u->kind == LT_F64)
        return gcc_jit_context_new_rvalue_from_double(J->ctx, gt, 0.0);
    return jit_int(J, gt, 0);
}

/* A string literal's bytes as a `uint8_t *`: a C string literal when the
 * bytes hold no NUL, otherwise a static array initialised from them. */
static gcc_jit_rvalue *jit_bytes(Jit *J, const char *s, int64_t n, gcc_jit_location *loc)
{
    gcc_jit_type *u8p = gcc_jit_type_get_pointer(J->t_u8);
    if (memchr(s, 0, (size_t)n) == NULL) {
        char *z = gocc_alloc((size_t)n + 1);
        memcpy(z, s, (size_t)n);
        gcc_jit_rvalue *lit = gcc_jit_context_new_string_literal(J->ctx, z);
        free(z);
        return gcc_jit_context_new_cast(J->ctx, loc, lit, u8p);
    }
    static int nblobs;
    char name[32];
    snprintf(name, sizeof name, "go_bytes_%d", nblobs++);
    gcc_jit_type *at = gcc_jit_context_new_array_type(J->ctx, NULL, J->t_u8, (int)n);
    gcc_jit_lvalue *g = gcc_jit_context_new_global(J->ctx, NULL, GCC_JIT_GLOBAL_INTERNAL, at, name);
    gcc_jit_global_set_initializer(g, s, (size_t)n);
    return gcc_jit_context_new_cast(J->ctx, loc, gcc_jit_lvalue_get_address(g, loc), u8p);
}

/* ---------------------------------------------------------------------
 * Expressions.
 */

static gcc_jit_rvalue *jit_rv(Jit *J, const LExpr *x);
static gcc_jit_lvalue *jit_lv(Jit *J, const LExpr *x);

/* The current block, opening an unreachable one after a terminator. */
static gcc_jit_block *jit_block(Jit *J)
{
    if (!J->b)
        J->b = gcc_jit_function_new_block(J->gfn, NULL);
    return J->b;
}

static gcc_jit_lvalue *jit_temp(Jit *J, gcc_jit_type *t, gcc_jit_location *loc, const char *what)
{
    char name[48];
    snprintf(name, sizeof name, "jit_%s%d", what, J->ntemps++);
    return gcc_jit_function_new_local(J->gfn, loc, t, name);
}

/* v converted to t where libgccjit would refuse it: pointer types that
 * are the same C type up to qualifiers, function designators' addresses
 * (libgccjit makes a new function pointer type for each). */
static gcc_jit_rvalue *jit_coerce(Jit *J, gcc_jit_rvalue *v, gcc_jit_type *t, gcc_jit_location *loc)
{
    gcc_jit_type *have = gcc_jit_rvalue_get_type(v);
    if (have == t)
        return v;
    /* constructors want the very same type object, even where
     * gcc_jit_compatible_types would say yes */
    if ((jit_is_ptr(have) && jit_is_ptr(t)) ||
        (gcc_jit_type_is_integral(have) && gcc_jit_type_is_integral(t)))
        return gcc_jit_context_new_cast(J->ctx, loc, v, t);
    return v;
}

/* Does computing x add statements (so it must come after its siblings'
 * side effects)? */
static bool jit_needs_stmts(const LExpr *x)
{
    if (!x)
        return false;
    switch (x->kind) {
    case LE_COND:
        return true;
    case LE_INTRINSIC:
        return x->op == LIN_STACK_OK || x->op == LIN_FRAME_ENTER || jit_needs_stmts(x->x);
    case LE_CALL: case LE_STRUCT:
        for (int i = 0; i < x->nargs; i++)
            if (jit_needs_stmts(x->args[i]))
                return true;
        return jit_needs_stmts(x->x);
    default:
        return jit_needs_stmts(x->x) || jit_needs_stmts(x->y) || jit_needs_stmts(x->z);
    }
}

/* Does x call anything (or otherwise have an effect)? */
static bool jit_has_effects(const LExpr *x)
{
    if (!x)
        return false;
    switch (x->kind) {
    case LE_CALL: case LE_INTRINSIC:
        return true;
    case LE_STRUCT:
        for (int i = 0; i < x->nargs; i++)
            if (jit_has_effects(x->args[i]))
                return true;
        return false;
    default:
        return jit_has_effects(x->x) || jit_has_effects(x->y) || jit_has_effects(x->z);
    }
}

/* The operands xs[0..n), in order: an operand with effects followed by
 * one that adds statements is computed into a temporary first.  NULL
 * operands give NULL. */
static void jit_ops(Jit *J, LExpr *const *xs, int n, gcc_jit_rvalue **out)
{
    int last = -1;  /* the last operand that adds statements */
    for (int i = 0; i < n; i++)
        if (jit_needs_stmts(xs[i]))
            last = i;
    for (int i = 0; i < n; i++) {
        if (!xs[i]) {
            out[i] = NULL;
            continue;
        }
        out[i] = jit_rv(J, xs[i]);
        if (i < last && jit_has_effects(xs[i])) {
            gcc_jit_location *loc = jit_loc(J, xs[i]->pos);
            gcc_jit_lvalue *t = jit_temp(J, gcc_jit_rvalue_get_type(out[i]), loc, "op");
            gcc_jit_block_add_assignment(jit_block(J), loc, t, out[i]);
            out[i] = gcc_jit_lvalue_as_rvalue(t);
        }
    }
}

static bool jit_is_lvalue(const LExpr *x)
{
    switch (x->kind) {
    case LE_LOCAL: case LE_GLOBAL: case LE_DEREF: case LE_INDEX:
        return true;
    case LE_FIELD:
        return jit_is_lvalue(x->x);
    default:
        return false;
    }
}

static gcc_jit_lvalue *jit_local(Jit *J, LVar *v)
{
    if (!v->aux)    /* reached before its LS_DECL (never read then) */
        v->aux = gcc_jit_function_new_local(J->gfn, jit_loc(J, v->pos), jit_type(J, v->type), v->name);
    return v->aux;
}

/* x[y]: x a pointer, or an array-typed lvalue. */
static gcc_jit_lvalue *jit_index(Jit *J, const LExpr *x)
{
    gcc_jit_location *loc = jit_loc(J, x->pos);
    gcc_jit_rvalue *base;
    if (jit_unqual(x->x->type)->kind == LT_ARRAY)
        base = gcc_jit_lvalue_as_rvalue(jit_lv(J, x->x));
    else
        base = jit_rv(J, x->x);
    gcc_jit_rvalue *idx = jit_rv(J, x->y);
    return gcc_jit_context_new_array_access(J->ctx, loc, base, idx);
}

static gcc_jit_field *jit_field_of(Jit *J, const LExpr *x)
{
    JStruct *s = jit_struct(J, jit_unqual(x->x->type));
    if (x->field < 0 || x->field >= s->nfields)
        jit_bug("field index out of range");
    return s->fields[x->field];
}

static gcc_jit_lvalue *jit_lv(Jit *J, const LExpr *x)
{
    gcc_jit_location *loc = jit_loc(J, x->pos);
    switch (x->kind) {
    case LE_LOCAL:
        return jit_local(J, x->var);
    case LE_GLOBAL:
        return x->global->aux;
    case LE_DEREF:
        if (x->x->kind == LE_ADDR)      /* *&v is v */
            return jit_lv(J, x->x->x);
        return gcc_jit_rvalue_dereference(jit_rv(J, x->x), loc);
    case LE_FIELD:
        if (x->x->kind == LE_DEREF && x->x->x->kind != LE_ADDR)
            return gcc_jit_rvalue_dereference_field(jit_rv(J, x->x->x), loc, jit_field_of(J, x));
        return gcc_jit_lvalue_access_field(jit_lv(J, x->x), loc, jit_field_of(J, x));
    case LE_INDEX:
        return jit_index(J, x);
    default:
        jit_bug("not an lvalue");
    }
}

static enum gcc_jit_binary_op jit_binop(int op)
{
    switch (op) {
    case LOP_ADD: return GCC_JIT_BINARY_OP_PLUS;
    case LOP_SUB: return GCC_JIT_BINARY_OP_MINUS;
    case LOP_MUL: return GCC_JIT_BINARY_OP_MULT;
    case LOP_DIV: return GCC_JIT_BINARY_OP_DIVIDE;
    case LOP_MOD: return GCC_JIT_BINARY_OP_MODULO;
    case LOP_SHL: return GCC_JIT_BINARY_OP_LSHIFT;
    case LOP_SHR: return GCC_JIT_BINARY_OP_RSHIFT;
    case LOP_AND: return GCC_JIT_BINARY_OP_BITWISE_AND;
    case LOP_OR: return GCC_JIT_BINARY_OP_BITWISE_OR;
    case LOP_XOR: return GCC_JIT_BINARY_OP_BITWISE_XOR;
    case LOP_LOGAND: return GCC_JIT_BINARY_OP_LOGICAL_AND;
    default: return GCC_JIT_BINARY_OP_LOGICAL_OR;
    }
}

static enum gcc_jit_comparison jit_cmpop(int op)
{
    switch (op) {
    case LOP_EQ: return GCC_JIT_COMPARISON_EQ;
    case LOP_NE: return GCC_JIT_COMPARISON_NE;
    case LOP_LT: return GCC_JIT_COMPARISON_LT;
    case LOP_LE: return GCC_JIT_COMPARISON_LE;
    case LOP_GT: return GCC_JIT_COMPARISON_GT;
    default: return GCC_JIT_COMPARISON_GE;
    }
}

/* (t)v, as C converts: libgccjit's cast knows numbers and pointers; a
 * pointer and an integer are reinterpreted (bitcast) at 64 bits. */
static gcc_jit_rvalue *jit_cast(Jit *J, gcc_jit_rvalue *v, gcc_jit_type *t, gcc_jit_location *loc)
{
    gcc_jit_type *from = gcc_jit_rvalue_get_type(v);
    if (from == t)
        return v;
    bool fp = jit_is_ptr(from), tp = jit_is_ptr(t);
    if (fp && tp)
        return gcc_jit_context_new_cast(J->ctx, loc, v, t);
    if (fp) {   /* pointer -> integer */
        gcc_jit_rvalue *u = gcc_jit_context_new_bitcast(J->ctx, loc, v, J->t_u64);
        return t == J->t_u64 ? u : gcc_jit_context_new_cast(J->ctx, loc, u, t);
    }
    if (tp) {   /* integer -> pointer */
        if (from != J->t_u64)
            v = gcc_jit_context_new_cast(J->ctx, loc, v, J->t_u64);
        return gcc_jit_context_new_bitcast(J->ctx, loc, v, t);
    }
    bool ffl = from == J->t_f32 || from == J->t_f64, tfl = t == J->t_f32 || t == J->t_f64;
    if (from == J->t_bool && tfl)
        v = gcc_jit_context_new_cast(J->ctx, loc, v, J->t_i32);
    if (t == J->t_bool && ffl)
        return gcc_jit_context_new_comparison(J->ctx, loc, GCC_JIT_COMPARISON_NE, v,
                                              gcc_jit_context_zero(J->ctx, from));
    return gcc_jit_context_new_cast(J->ctx, loc, v, t);
}

/* __builtin_expect(x, v) on a bool. */
static gcc_jit_rvalue *jit_expect(Jit *J, gcc_jit_rvalue *x, int v, gcc_jit_location *loc)
{
    gcc_jit_rvalue *args[2] = {
        gcc_jit_context_new_cast(J->ctx, loc, x, J->t_long),
        gcc_jit_context_new_rvalue_from_int(J->ctx, J->t_long, v),
    };
    gcc_jit_rvalue *e = gcc_jit_context_new_call(J->ctx, loc, J->b_expect, 2, args);
    return gcc_jit_context_new_comparison(J->ctx, loc, GCC_JIT_COMPARISON_NE, e,
                                          gcc_jit_context_zero(J->ctx, J->t_long));
}

/* GORT_STACK_OK(frame): gort_sp_minus(frame) >= gort_tls.stackguard,
 * with the frame (a constant) as an "i" operand of the lea. */
static gcc_jit_rvalue *jit_stack_ok(Jit *J, gcc_jit_rvalue *frame, gcc_jit_location *loc)
{
    gcc_jit_lvalue *lim = jit_temp(J, J->t_u64, loc, "sp");
    gcc_jit_extended_asm *a = gcc_jit_block_add_extended_asm(jit_block(J), loc, "leaq -%c1(%%rsp), %0");
    gcc_jit_extended_asm_set_volatile_flag(a, 1);
    gcc_jit_extended_asm_add_output_operand(a, NULL, "=r", lim);
    gcc_jit_extended_asm_add_input_operand(a, NULL, "i", jit_cast(J, frame, J->t_u64, loc));
    gcc_jit_rvalue *guard = gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(J->tls, loc, J->tls_guard));
    return gcc_jit_context_new_comparison(J->ctx, loc, GCC_JIT_COMPARISON_GE, gcc_jit_lvalue_as_rvalue(lim), guard);
}

/* gort_frame_enter(f): gort_frame_push(f), __builtin_setjmp(f->jb) */
static gcc_jit_rvalue *jit_frame_enter(Jit *J, const LExpr *x, gcc_jit_location *loc)
{
    gcc_jit_rvalue *f = jit_rv(J, x->x);
    gcc_jit_lvalue *fv = jit_temp(J, gcc_jit_rvalue_get_type(f), loc, "frame");
    gcc_jit_block_add_assignment(jit_block(J), loc, fv, f);
    gcc_jit_rvalue *fr = gcc_jit_lvalue_as_rvalue(fv);
    gcc_jit_rvalue *arg = jit_coerce(J, fr, J->frame_ptr, loc);
    gcc_jit_block_add_eval(jit_block(J), loc, gcc_jit_context_new_call(J->ctx, loc, J->frame_push, 1, &arg));
    const LType *ft = jit_unqual(jit_unqual(x->x->type)->base);
    JStruct *s = jit_struct(J, ft);
    int jb = -1;
    for (int i = 0; i < ft->nfields; i++)
        if (!strcmp(ft->fields[i].name, "jb"))
            jb = i;
    if (jb < 0)
        jit_bug("gort_frame has no jb");
    gcc_jit_lvalue *el = gcc_jit_context_new_array_access(
        J->ctx, loc, gcc_jit_lvalue_as_rvalue(gcc_jit_rvalue_dereference_field(fr, loc, s->fields[jb])),
        gcc_jit_context_zero(J->ctx, J->t_i32));
    gcc_jit_rvalue *buf = gcc_jit_context_new_cast(J->ctx, loc, gcc_jit_lvalue_get_address(el, loc), J->t_voidp);
    gcc_jit_rvalue *r = gcc_jit_context_new_call(J->ctx, loc, J->b_setjmp, 1, &buf);
    return jit_cast(J, r, jit_type(J, x->type), loc);
}

/* x as a C condition: a bool, or compared with zero. */
static gcc_jit_rvalue *jit_truth(Jit *J, const LExpr *x)
{
    gcc_jit_rvalue *v = jit_rv(J, x);
    gcc_jit_type *t = gcc_jit_rvalue_get_type(v);
    if (t == J->t_bool)
        return v;
    gcc_jit_location *loc = jit_loc(J, x->pos);
    gcc_jit_rvalue *zero = jit_is_ptr(t) ? gcc_jit_context_null(J->ctx, t) : gcc_jit_context_zero(J->ctx, t);
    return gcc_jit_context_new_comparison(J->ctx, loc, GCC_JIT_COMPARISON_NE, v, zero);
}

/* x ? y : z through a temporary and two blocks. */
static gcc_jit_rvalue *jit_cond_expr(Jit *J, const LExpr *x, gcc_jit_location *loc)
{
    gcc_jit_type *t = jit_type(J, x->type);
    gcc_jit_lvalue *tmp = jit_temp(J, t, loc, "cond");
    gcc_jit_rvalue *c = jit_truth(J, x->x);
    gcc_jit_block *yb = gcc_jit_function_new_block(J->gfn, NULL);
    gcc_jit_block *zb = gcc_jit_function_new_block(J->gfn, NULL);
    gcc_jit_block *join = gcc_jit_function_new_block(J->gfn, NULL);
    gcc_jit_block_end_with_conditional(jit_block(J), loc, c, yb, zb);
    J->b = yb;
    gcc_jit_rvalue *y = jit_coerce(J, jit_rv(J, x->y), t, loc);
    gcc_jit_block_add_assignment(jit_block(J), loc, tmp, y);
    gcc_jit_block_end_with_jump(jit_block(J), loc, join);
    J->b = zb;
    gcc_jit_rvalue *z = jit_coerce(J, jit_rv(J, x->z), t, loc);
    gcc_jit_block_add_assignment(jit_block(J), loc, tmp, z);
    gcc_jit_block_end_with_jump(jit_block(J), loc, join);
    J->b = join;
    return gcc_jit_lvalue_as_rvalue(tmp);
}

/* a && b / a || b where b adds statements: tmp = a; if (tmp) tmp = b. */
static gcc_jit_rvalue *jit_logic_branches(Jit *J, const LExpr *x, gcc_jit_location *loc)
{
    gcc_jit_lvalue *tmp = jit_temp(J, J->t_bool, loc, "logic");
    gcc_jit_block_add_assignment(jit_block(J), loc, tmp, jit_truth(J, x->x));
    gcc_jit_block *rb = gcc_jit_function_new_block(J->gfn, NULL);
    gcc_jit_block *join = gcc_jit_function_new_block(J->gfn, NULL);
    if (x->op == LOP_LOGAND)
        gcc_jit_block_end_with_conditional(jit_block(J), loc, gcc_jit_lvalue_as_rvalue(tmp), rb, join);
    else
        gcc_jit_block_end_with_conditional(jit_block(J), loc, gcc_jit_lvalue_as_rvalue(tmp), join, rb);
    J->b = rb;
    gcc_jit_block_add_assignment(jit_block(J), loc, tmp, jit_truth(J, x->y));
    gcc_jit_block_end_with_jump(jit_block(J), loc, join);
    J->b = join;
    return gcc_jit_lvalue_as_rvalue(tmp);
}

static gcc_jit_rvalue *jit_call(Jit *J, const LExpr *x, gcc_jit_location *loc)
{
    LExpr **ops = gocc_alloc(((size_t)x->nargs + 1) * sizeof *ops);
    gcc_jit_rvalue **vals = gocc_alloc(((size_t)x->nargs + 1) * sizeof *vals);
    bool direct = x->x->kind == LE_FUNC;
    const LType *ft;
    if (direct) {
        ft = x->x->func->type;
        memcpy(ops, x->args, (size_t)x->nargs * sizeof *ops);
        jit_ops(J, ops, x->nargs, vals);
    } else {
        const LType *pt = jit_unqual(x->x->type);
        ft = pt->kind == LT_PTR ? jit_unqual(pt->base) : pt;
        ops[0] = x->x;
        memcpy(ops + 1, x->args, (size_t)x->nargs * sizeof *ops);
        jit_ops(J, ops, x->nargs + 1, vals);
    }
    gcc_jit_rvalue **args = direct ? vals : vals + 1;
    for (int i = 0; i < x->nargs && i < ft->nparams; i++)
        args[i] = jit_coerce(J, args[i], jit_type(J, ft->params[i]), loc);
    gcc_jit_rvalue *r;
    if (direct)
        r = gcc_jit_context_new_call(J->ctx, loc, x->x->func->aux, x->nargs, args);
    else
        r = gcc_jit_context_new_call_through_ptr(J->ctx, loc, vals[0], x->nargs, args);
    free(ops);
    free(vals);
    return r;
}

static gcc_jit_rvalue *jit_struct_value(Jit *J, const LExpr *x, gcc_jit_location *loc)
{
    const LType *t = jit_unqual(x->type);
    JStruct *s = jit_struct(J, t);
    gcc_jit_type *gt = s->type;
    if (s->empty) {
        for (int i = 0; i < x->nargs; i++)
            if (x->args[i] && jit_has_effects(x->args[i]))
                gcc_jit_block_add_eval(jit_block(J), loc, jit_rv(J, x->args[i]));
        return jit_empty_value(J, gt);
    }
    gcc_jit_rvalue **vals = gocc_alloc((size_t)s->nfields * sizeof *vals);
    jit_ops(J, x->args, x->nargs < s->nfields ? x->nargs : s->nfields, vals);
    /* NULL values are zero to libgccjit, but it crashes on some: each
     * missing value is an explicit zero, except an empty struct's */
    for (int i = 0; i < s->nfields; i++) {
        const LType *ftype = jit_unqual(t->fields[i].type);
        if (ftype->kind == LT_STRUCT && jit_struct(J, ftype)->empty)
            vals[i] = NULL;
        else if (!vals[i] || i >= x->nargs)
            vals[i] = jit_zero(J, t->fields[i].type, loc);
        else
            vals[i] = jit_coerce(J, vals[i], jit_type(J, t->fields[i].type), loc);
    }
    gcc_jit_rvalue *r = gcc_jit_context_new_struct_constructor(J->ctx, loc, gt, (size_t)s->nfields,
                                                               NULL, vals);
    free(vals);
    return r;
}

static gcc_jit_rvalue *jit_rv(Jit *J, const LExpr *x)
{
    gcc_jit_location *loc = jit_loc(J, x->pos);
    switch (x->kind) {
    case LE_INT:
        return jit_int(J, jit_type(J, x->type), x->ival);
    case LE_FLOAT:
        return gcc_jit_context_new_rvalue_from_double(J->ctx, jit_type(J, x->type), x->fval);
    case LE_NULL:
        return gcc_jit_context_null(J->ctx, jit_type(J, x->type));
    case LE_ZERO:
        return jit_zero(J, x->type, loc);
    case LE_STRUCT:
        return jit_struct_value(J, x, loc);
    case LE_STR: {
        const LType *st = jit_unqual(x->type);
        JStruct *s = jit_struct(J, st);
        gcc_jit_rvalue *vals[2] = {
            jit_coerce(J, jit_bytes(J, x->str, x->slen, loc), jit_type(J, st->fields[0].type), loc),
            gcc_jit_context_new_rvalue_from_long(J->ctx, jit_type(J, st->fields[1].type), (long)x->slen),
        };
        return gcc_jit_context_new_struct_constructor(J->ctx, loc, s->type, 2, NULL, vals);
    }
    case LE_CSTR:
        return jit_coerce(J, gcc_jit_context_new_string_literal(J->ctx, x->str), jit_type(J, x->type), loc);
    case LE_SIZEOF: {
        int64_t size, align;
        jit_layout(x->totype, &size, &align);
        return jit_int(J, jit_type(J, x->type), (uint64_t)size);
    }
    case LE_LOCAL: case LE_GLOBAL: case LE_DEREF: case LE_INDEX:
        return gcc_jit_lvalue_as_rvalue(jit_lv(J, x));
    case LE_FIELD:
        if (jit_is_lvalue(x))
            return gcc_jit_lvalue_as_rvalue(jit_lv(J, x));
        return gcc_jit_rvalue_access_field(jit_rv(J, x->x), loc, jit_field_of(J, x));
    case LE_FUNC:
        jit_bug("function designator outside a call or &");
    case LE_ADDR:
        if (x->x->kind == LE_FUNC)
            return jit_coerce(J, gcc_jit_function_get_address(x->x->func->aux, loc), jit_type(J, x->type), loc);
        if (x->x->kind == LE_DEREF)     /* &*p is p */
            return jit_coerce(J, jit_rv(J, x->x->x), jit_type(J, x->type), loc);
        return jit_coerce(J, gcc_jit_lvalue_get_address(jit_lv(J, x->x), loc), jit_type(J, x->type), loc);
    case LE_UNARY: {
        gcc_jit_type *t = jit_type(J, x->type);
        enum gcc_jit_unary_op op = x->op == LOP_NEG      ? GCC_JIT_UNARY_OP_MINUS
                                 : x->op == LOP_BITNOT ? GCC_JIT_UNARY_OP_BITWISE_NEGATE
                                                        : GCC_JIT_UNARY_OP_LOGICAL_NEGATE;
        return gcc_jit_context_new_unary_op(J->ctx, loc, op, t, jit_rv(J, x->x));
    }
    case LE_BINARY: {
        if ((x->op == LOP_LOGAND || x->op == LOP_LOGOR) && jit_needs_stmts(x->y))
            return jit_logic_branches(J, x, loc);
        LExpr *ops[2] = {x->x, x->y};
        gcc_jit_rvalue *v[2];
        jit_ops(J, ops, 2, v);
        if (x->op >= LOP_EQ && x->op <= LOP_GE) {
            gcc_jit_type *lt = gcc_jit_rvalue_get_type(v[0]);
            return gcc_jit_context_new_comparison(J->ctx, loc, jit_cmpop(x->op), v[0],
                                                  jit_coerce(J, v[1], lt, loc));
        }
        gcc_jit_type *t = jit_type(J, x->type);
        if (x->op == LOP_SHL || x->op == LOP_SHR)   /* the count may be of any integer type */
            v[1] = jit_cast(J, v[1], gcc_jit_rvalue_get_type(v[0]), loc);
        return gcc_jit_context_new_binary_op(J->ctx, loc, jit_binop(x->op), t, v[0], v[1]);
    }
    case LE_COND:
        return jit_cond_expr(J, x, loc);
    case LE_CAST:
        return jit_cast(J, jit_rv(J, x->x), jit_type(J, x->type), loc);
    case LE_CALL:
        return jit_call(J, x, loc);
    case LE_INTRINSIC:
        switch (x->op) {
        case LIN_STACK_OK:
            return jit_stack_ok(J, jit_rv(J, x->x), loc);
        case LIN_LIKELY:
            return jit_expect(J, jit_rv(J, x->x), 1, loc);
        case LIN_UNLIKELY:
            return jit_expect(J, jit_rv(J, x->x), 0, loc);
        case LIN_FRAME_ENTER:
            return jit_frame_enter(J, x, loc);
        }
        jit_bug("unknown intrinsic");
    }
    jit_bug("unknown expression");
}

/* ---------------------------------------------------------------------
 * Statements.
 */

/* End a block nothing falls out of: return (zero) from the function. */
static void jit_end_dead(Jit *J)
{
    gcc_jit_block *b = jit_block(J);
    const LType *rt = jit_unqual(J->fn->type->base);
    if (rt->kind == LT_VOID)
        gcc_jit_block_end_with_void_return(b, NULL);
    else
        gcc_jit_block_end_with_return(b, NULL, jit_zero(J, J->fn->type->base, NULL));
    J->b = NULL;
}

static void jit_jump(Jit *J, gcc_jit_block *to, gcc_jit_location *loc)
{
    gcc_jit_block_end_with_jump(jit_block(J), loc, to);
    J->b = NULL;
}

static gcc_jit_block *jit_label_block(Jit *J, LLabel *l)
{
    if (!l->aux)
        l->aux = gcc_jit_function_new_block(J->gfn, l->name);
    return l->aux;
}

static void jit_stmt(Jit *J, const LStmt *s);

/* A block's statements, or one statement. */
static void jit_body(Jit *J, const LStmt *s)
{
    if (s && s->kind == LS_BLOCK) {
        for (const LStmt *t = s->body; t; t = t->next)
            jit_stmt(J, t);
    } else if (s) {
        jit_stmt(J, s);
    }
}

static void jit_push_loop(Jit *J, gcc_jit_block *brk, gcc_jit_block *cont)
{
    if (J->nloops == J->caploops) {
        J->caploops = J->caploops ? 2 * J->caploops : 16;
        J->brk = realloc(J->brk, (size_t)J->caploops * sizeof *J->brk);
        J->cont = realloc(J->cont, (size_t)J->caploops * sizeof *J->cont);
        if (!J->brk || !J->cont)
            jit_bug("out of memory");
    }
    J->brk[J->nloops] = brk;
    J->cont[J->nloops] = cont;
    J->nloops++;
}

/* GORT_BACKEDGE(): if (GORT_UNLIKELY(gort_tls.preempt)) gort_preempt_park(); */
static void jit_backedge(Jit *J, gcc_jit_location *loc)
{
    gcc_jit_rvalue *flag = gcc_jit_lvalue_as_rvalue(gcc_jit_lvalue_access_field(J->tls, loc, J->tls_preempt));
    gcc_jit_rvalue *set = gcc_jit_context_new_comparison(J->ctx, loc, GCC_JIT_COMPARISON_NE, flag,
                                                         gcc_jit_context_zero(J->ctx, J->t_u32));
    gcc_jit_block *park = gcc_jit_function_new_block(J->gfn, NULL);
    gcc_jit_block *go = gcc_jit_function_new_block(J->gfn, NULL);
    gcc_jit_block_end_with_conditional(jit_block(J), loc, jit_expect(J, set, 0, loc), park, go);
    gcc_jit_block_add_eval(park, loc, gcc_jit_context_new_call(J->ctx, loc, J->preempt_park, 0, NULL));
    gcc_jit_block_end_with_jump(park, loc, go);
    J->b = go;
}

static void jit_stmt(Jit *J, const LStmt *s)
{
    if (s->kind == LS_COMMENT)
        return;
    gcc_jit_location *loc = jit_loc(J, s->pos);
    switch (s->kind) {
    case LS_BLOCK:
        jit_body(J, s);
        return;
    case LS_DECL: {
        LVar *v = s->var;
        gcc_jit_type *t = jit_type(J, v->type);
        if (!v->aux)
            v->aux = gcc_jit_function_new_local(J->gfn, jit_loc(J, v->pos), t, v->name);
        const LType *u = jit_unqual(v->type);
        if (u->kind == LT_STRUCT && jit_struct(J, u)->empty) {
            if (s->x && jit_has_effects(s->x))
                gcc_jit_block_add_eval(jit_block(J), loc, jit_rv(J, s->x));
            return;     /* nothing to store */
        }
        gcc_jit_rvalue *init = s->x ? jit_coerce(J, jit_rv(J, s->x), t, loc) : jit_zero(J, v->type, loc);
        gcc_jit_block_add_assignment(jit_block(J), loc, v->aux, init);
        return;
    }
    case LS_EXPR:
        gcc_jit_block_add_eval(jit_block(J), loc, jit_rv(J, s->x));
        return;
    case LS_ASSIGN: {
        const LType *u = jit_unqual(s->x->type);
        if (u->kind == LT_STRUCT && jit_struct(J, u)->empty) {
            if (jit_has_effects(s->y))
                gcc_jit_block_add_eval(jit_block(J), loc, jit_rv(J, s->y));
            if (jit_has_effects(s->x))
                gcc_jit_block_add_eval(jit_block(J), loc, gcc_jit_lvalue_get_address(jit_lv(J, s->x), loc));
            return;
        }
        gcc_jit_rvalue *y;
        gcc_jit_lvalue *x;
        if (jit_needs_stmts(s->y) || !jit_needs_stmts(s->x)) {
            y = jit_rv(J, s->y);
            x = jit_lv(J, s->x);
        } else {
            x = jit_lv(J, s->x);
            y = jit_rv(J, s->y);
        }
        gcc_jit_block_add_assignment(jit_block(J), loc, x,
                                     jit_coerce(J, y, gcc_jit_rvalue_get_type(gcc_jit_lvalue_as_rvalue(x)), loc));
        return;
    }
    case LS_IF: {
        gcc_jit_rvalue *c = jit_truth(J, s->cond);
        gcc_jit_block *tb = gcc_jit_function_new_block(J->gfn, NULL);
        gcc_jit_block *join = gcc_jit_function_new_block(J->gfn, NULL);
        gcc_jit_block *eb = s->els ? gcc_jit_function_new_block(J->gfn, NULL) : join;
        gcc_jit_block_end_with_conditional(jit_block(J), loc, c, tb, eb);
        J->b = tb;
        jit_body(J, s->body);
        if (J->b)
            jit_jump(J, join, NULL);
        if (s->els) {
            J->b = eb;
            jit_body(J, s->els);
            if (J->b)
                jit_jump(J, join, NULL);
        }
        J->b = join;
        return;
    }
    case LS_LOOP: {
        gcc_jit_block *head = gcc_jit_function_new_block(J->gfn, NULL);
        gcc_jit_block *body = gcc_jit_function_new_block(J->gfn, NULL);
        gcc_jit_block *post = s->post ? gcc_jit_function_new_block(J->gfn, NULL) : head;
        gcc_jit_block *exit = gcc_jit_function_new_block(J->gfn, NULL);
        jit_jump(J, head, loc);
        J->b = head;
        if (s->cond) {
            /* the condition may open blocks of its own (x ? y : z) */
            gcc_jit_rvalue *c = jit_truth(J, s->cond);
            gcc_jit_block_end_with_conditional(jit_block(J), loc, c, body, exit);
        } else {
            gcc_jit_block_end_with_jump(head, loc, body);
        }
        J->b = body;
        jit_push_loop(J, exit, post);
        jit_body(J, s->body);
        J->nloops--;
        if (J->b)
            jit_jump(J, post, NULL);
        if (s->post) {
            J->b = post;
            jit_stmt(J, s->post);
            jit_jump(J, head, NULL);
        }
        J->b = exit;
        return;
    }
    case LS_BREAK:
        if (!J->nloops)
            jit_bug("break outside a loop");
        jit_jump(J, J->brk[J->nloops - 1], loc);
        return;
    case LS_CONTINUE:
        if (!J->nloops)
            jit_bug("continue outside a loop");
        jit_jump(J, J->cont[J->nloops - 1], loc);
        return;
    case LS_LABEL: {
        gcc_jit_block *l = jit_label_block(J, s->label);
        if (J->b)
            jit_jump(J, l, loc);
        J->b = l;
        return;
    }
    case LS_GOTO:
        jit_jump(J, jit_label_block(J, s->label), loc);
        return;
    case LS_RETURN:
        if (s->x) {
            gcc_jit_rvalue *v = jit_rv(J, s->x);
            v = jit_coerce(J, v, jit_type(J, J->fn->type->base), loc);
            if (jit_unqual(J->fn->type->base)->kind == LT_STRUCT &&
                jit_struct(J, jit_unqual(J->fn->type->base))->empty)
                gcc_jit_block_add_eval(jit_block(J), loc, v);
            gcc_jit_block_end_with_return(jit_block(J), loc, v);
        } else {
            gcc_jit_block_end_with_void_return(jit_block(J), loc);
        }
        J->b = NULL;
        return;
    case LS_BACKEDGE:
        jit_backedge(J, loc);
        return;
    case LS_UNREACHABLE:
        gcc_jit_block_add_eval(jit_block(J), loc, gcc_jit_context_new_call(J->ctx, loc, J->b_unreachable, 0, NULL));
        jit_end_dead(J);
        return;
    case LS_COMMENT:
        return;
    }
}

/* ---------------------------------------------------------------------
 * Top level.
 */

/* A static initialiser of type t. */
static gcc_jit_rvalue *jit_init(Jit *J, const LInit *in, LType *t)
{
    const LType *u = jit_unqual(t);
    gcc_jit_type *gt = jit_type(J, t);
    if (in && in->expr)
        return jit_coerce(J, jit_rv(J, in->expr), gt, NULL);
    if (u->kind == LT_STRUCT) {
        JStruct *s = jit_struct(J, u);
        if (s->empty)
            return NULL;
        if (!in || in->nelems == 0)
            return gcc_jit_context_new_struct_constructor(J->ctx, NULL, gt, 0, NULL, NULL);
        gcc_jit_rvalue **vals = gocc_alloc((size_t)s->nfields * sizeof *vals);
        for (int i = 0; i < s->nfields; i++) {
            const LType *ftype = jit_unqual(u->fields[i].type);
            if (ftype->kind == LT_STRUCT && jit_struct(J, ftype)->empty)
                continue;
            vals[i] = i < in->nelems ? jit_init(J, in->elems[i], u->fields[i].type) : NULL;
            if (!vals[i])
                vals[i] = jit_zero(J, u->fields[i].type, NULL);
        }
        gcc_jit_rvalue *r = gcc_jit_context_new_struct_constructor(J->ctx, NULL, gt, (size_t)s->nfields, NULL, vals);
        free(vals);
        return r;
    }
    if (u->kind == LT_ARRAY) {
        if (!in || in->nelems == 0)
            return gcc_jit_context_new_array_constructor(J->ctx, NULL, gt, 0, NULL);
        const LType *et = jit_unqual(u->base);
        gcc_jit_rvalue **vals = gocc_alloc((size_t)in->nelems * sizeof *vals);
        for (int i = 0; i < in->nelems; i++) {
            vals[i] = jit_init(J, in->elems[i], u->base);
            if (!vals[i] && !(et->kind == LT_STRUCT && jit_struct(J, et)->empty))
                vals[i] = jit_zero(J, u->base, NULL);
        }
        gcc_jit_rvalue *r = gcc_jit_context_new_array_constructor(J->ctx, NULL, gt, (size_t)in->nelems, vals);
        free(vals);
        return r;
    }
    return jit_zero(J, t, NULL);
}

static void jit_declare_func(Jit *J, LFunc *f)
{
    const LType *ft = f->type;
    gcc_jit_param **ps = gocc_alloc((size_t)ft->nparams * sizeof *ps);
    J->file = f->file;
    J->last = (Pos){0, 0};
    gcc_jit_location *loc = jit_loc(J, f->pos);
    for (int i = 0; i < ft->nparams; i++) {
        char buf[32];
        const char *name = buf;
        if (f->params && i < f->nparams)
            name = f->params[i]->name;
        else
            snprintf(buf, sizeof buf, "a%d", i);
        ps[i] = gcc_jit_context_new_param(J->ctx, loc, jit_type(J, ft->params[i]), name);
        if (f->params && i < f->nparams)
            f->params[i]->aux = gcc_jit_param_as_lvalue(ps[i]);
    }
    enum gcc_jit_function_kind kind;
    if ((f->flags & LF_GORT) || !f->body)
        kind = GCC_JIT_FUNCTION_IMPORTED;
    else if (f->flags & LF_ALWAYS_INLINE)
        kind = GCC_JIT_FUNCTION_ALWAYS_INLINE;
    else if (f->flags & LF_STATIC)
        kind = GCC_JIT_FUNCTION_INTERNAL;
    else
        kind = GCC_JIT_FUNCTION_EXPORTED;
    f->aux = gcc_jit_context_new_function(J->ctx, loc, kind, jit_type(J, ft->base), f->name, ft->nparams,
                                          ps, ft->variadic);
    free(ps);
}

static void jit_define_func(Jit *J, LFunc *f)
{
    J->fn = f;
    J->gfn = f->aux;
    J->file = f->file;
    J->last = (Pos){0, 0};
    J->nloops = 0;
    J->b = gcc_jit_function_new_block(J->gfn, "entry");
    jit_loc(J, f->pos);
    jit_body(J, f->body);
    if (J->b)
        jit_end_dead(J);
    J->fn = NULL;
    J->gfn = NULL;
}

/* gort.h's inline pieces: the thread-local block and the runtime and
 * builtin functions the intrinsics call. */
static void jit_abi(Jit *J)
{
    gcc_jit_field *f[3] = {
        gcc_jit_context_new_field(J->ctx, NULL, J->t_u64, "stackguard"),
        gcc_jit_context_new_field(J->ctx, NULL, gcc_jit_type_get_volatile(J->t_u32), "preempt"),
        gcc_jit_context_new_field(J->ctx, NULL, J->t_u32, "wake"),
    };
    J->tls_guard = f[0];
    J->tls_preempt = f[1];
    gcc_jit_struct *tt = gcc_jit_context_new_struct_type(J->ctx, NULL, "gort_tls_t", 3, f);
    J->tls = gcc_jit_context_new_global(J->ctx, NULL, GCC_JIT_GLOBAL_IMPORTED, gcc_jit_struct_as_type(tt), "gort_tls");
    gcc_jit_lvalue_set_tls_model(J->tls, GCC_JIT_TLS_MODEL_INITIAL_EXEC);
    J->preempt_park = gcc_jit_context_new_function(J->ctx, NULL, GCC_JIT_FUNCTION_IMPORTED, J->t_void,
                                                   "gort_preempt_park", 0, NULL, 0);
    J->b_expect = gcc_jit_context_get_builtin_function(J->ctx, "__builtin_expect");
    J->b_setjmp = gcc_jit_context_get_builtin_function(J->ctx, "__builtin_setjmp");
    J->b_unreachable = gcc_jit_context_get_builtin_function(J->ctx, "__builtin_unreachable");
}

/* gort_frame_push(gort_frame *), for gort_frame_enter.  The lowering
 * only names gort_frame in the functions' locals, so the parameter is a
 * void * unless the struct is known by now; jit_coerce converts. */
static void jit_frame_push(Jit *J)
{
    JStruct *s = NULL;
    for (JStruct *c = J->structs[jit_hash("gort_frame")]; c; c = c->next)
        if (!strcmp(c->name, "gort_frame"))
            s = c;
    J->frame_ptr = s ? gcc_jit_type_get_pointer(s->type) : J->t_voidp;
    gcc_jit_param *pa = gcc_jit_context_new_param(J->ctx, NULL, J->frame_ptr, "f");
    J->frame_push = gcc_jit_context_new_function(J->ctx, NULL, GCC_JIT_FUNCTION_IMPORTED, J->t_void,
                                                 "gort_frame_push", 1, &pa, 0);
}

static void jit_set_options(gcc_jit_context *ctx, int opt, bool debug)
{
    gcc_jit_context_set_int_option(ctx, GCC_JIT_INT_OPTION_OPTIMIZATION_LEVEL, opt);
    gcc_jit_context_set_bool_option(ctx, GCC_JIT_BOOL_OPTION_DEBUGINFO, debug);
    gcc_jit_context_set_bool_allow_unreachable_blocks(ctx, 1);
    /* Go's semantics, as the C back end states them to $CC */
    gcc_jit_context_add_command_line_option(ctx, "-fwrapv");
    gcc_jit_context_add_command_line_option(ctx, "-fno-strict-aliasing");
    /* every Go call keeps its caller's frame, for tracebacks (as main.c) */
    gcc_jit_context_add_command_line_option(ctx, "-fno-optimize-sibling-calls");
    /* the bodies' noinline (see the top of the file) */
    gcc_jit_context_add_command_line_option(ctx, "-fno-inline");
    /* every call into the runtime bound at load time (gort.h: a lazily
     * bound first call would run the resolver on a goroutine segment) */
    gcc_jit_context_add_driver_option(ctx, "-Wl,-z,now");
}

/* Build the whole program into a new context. */
static gcc_jit_context *jit_program(const LProgram *p, int opt, bool debug)
{
    Jit *J = gocc_alloc(sizeof *J);
    J->ctx = gcc_jit_context_acquire();
    if (!J->ctx)
        jit_bug("cannot start libgccjit");
    J->debug = debug;
    jit_set_options(J->ctx, opt, debug);
    gcc_jit_context *c = J->ctx;
    J->t_void = gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID);
    J->t_bool = gcc_jit_context_get_type(c, GCC_JIT_TYPE_BOOL);
    J->t_char = gcc_jit_context_get_type(c, GCC_JIT_TYPE_CHAR);
    J->t_i8 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT8_T);
    J->t_i16 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT16_T);
    J->t_i32 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT32_T);
    J->t_i64 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_INT64_T);
    J->t_u8 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT8_T);
    J->t_u16 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT16_T);
    J->t_u32 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT32_T);
    J->t_u64 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_UINT64_T);
    J->t_f32 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_FLOAT);
    J->t_f64 = gcc_jit_context_get_type(c, GCC_JIT_TYPE_DOUBLE);
    J->t_voidp = gcc_jit_context_get_type(c, GCC_JIT_TYPE_VOID_PTR);
    J->t_long = gcc_jit_context_get_type(c, GCC_JIT_TYPE_LONG);
    jit_abi(J);

    for (int i = 0; i < p->nstructs; i++)
        jit_type(J, p->structs[i]);
    for (int i = 0; i < p->nglobals; i++) {
        LGlobal *g = p->globals[i];
        enum gcc_jit_global_kind kind = (g->flags & LG_GORT)     ? GCC_JIT_GLOBAL_IMPORTED
                                      : (g->flags & LG_STATIC) ? GCC_JIT_GLOBAL_INTERNAL
                                                               : GCC_JIT_GLOBAL_EXPORTED;
        J->file = p->file;
        g->aux = gcc_jit_context_new_global(c, jit_loc(J, g->pos), kind, jit_type(J, g->type), g->name);
    }
    for (int i = 0; i < p->nfuncs; i++)
        jit_declare_func(J, p->funcs[i]);
    jit_frame_push(J);
    for (int i = 0; i < p->nglobals; i++) {
        LGlobal *g = p->globals[i];
        if ((g->flags & LG_GORT) || !g->init)
            continue;
        gcc_jit_rvalue *v = jit_init(J, g->init, g->type);
        if (v)
            gcc_jit_global_set_initializer_rvalue(g->aux, v);
    }
    for (int i = 0; i < p->nfuncs; i++) {
        LFunc *f = p->funcs[i];
        if (!(f->flags & LF_GORT) && f->body)
            jit_define_func(J, f);
    }
    const char *err = gcc_jit_context_get_first_error(c);
    if (err) {
        fprintf(stderr, "gocc: internal error: libgccjit: %s\n", err);
        exit(1);
    }
    return c;
}

/* ---------------------------------------------------------------------
 * Entry points.
 */

/* libgccjit keeps the shared object it compiled in a directory of its
 * own under $TMPDIR until the result is released, and the program never
 * returns to release it (gort_start exits the process).  The code is
 * mapped by then: remove the files now, so that nothing is left behind
 * whatever way the program ends.  The directory is the one holding the
 * object that defines `code`, and is libgccjit's only if its name says so. */
static void jit_remove_tempdir(void *code)
{
    Dl_info info;
    if (!dladdr(code, &info) || !info.dli_fname)
        return;
    char *dir = strdup(info.dli_fname);
    char *slash = strrchr(dir, '/');
    if (!slash) {
        free(dir);
        return;
    }
    *slash = '\0';
    const char *base = strrchr(dir, '/');
    base = base ? base + 1 : dir;
    if (strncmp(base, "libgccjit-", 10) != 0) {
        free(dir);
        return;
    }
    DIR *d = opendir(dir);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d)) != NULL) {
            if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
                continue;
            char *path = gocc_format("%s/%s", dir, e->d_name);
            unlink(path);
            free(path);
        }
        closedir(d);
    }
    rmdir(dir);
    free(dir);
}

int jit_run(const LProgram *p, int opt, bool debug, int argc, char **argv)
{
    (void)debug;    /* always: .g locations and debug information, for tracebacks */
    gcc_jit_context *c = jit_program(p, opt, true);
    gcc_jit_result *r = gcc_jit_context_compile(c);
    if (!r) {
        const char *err = gcc_jit_context_get_first_error(c);
        fprintf(stderr, "gocc: internal error: libgccjit could not compile %s%s%s\n",
                p->file ? p->file->name : "the program", err ? ": " : "", err ? err : "");
        return 1;
    }
    int (*entry)(int, char **) = (int (*)(int, char **))gcc_jit_result_get_code(r, "main");
    if (!entry) {
        fprintf(stderr, "gocc: internal error: the JIT result has no main\n");
        return 1;
    }
    /* The runtime's traceback reads the object's symbols and DWARF (its
     * .g lines): keep the file open before its directory goes. */
    Dl_info info;
    if (dladdr((void *)entry, &info) && info.dli_fname) {
        int fd = open(info.dli_fname, O_RDONLY | O_CLOEXEC);
        if (fd >= 0)
            gort_traceback_image(fd, (void *)entry);
    }
    jit_remove_tempdir((void *)entry);
    gcc_jit_context_release(c);
    fflush(stdout);
    fflush(stderr);
    return entry(argc, argv);
}

int jit_build(const LProgram *p, int opt, bool debug, const char *lib, const char *out)
{
    (void)debug;    /* always, as the C back end always has line tables */
    gcc_jit_context *c = jit_program(p, opt, true);
    gcc_jit_context_add_driver_option(c, lib);
    gcc_jit_context_add_driver_option(c, "-lgc");
    gcc_jit_context_add_driver_option(c, "-lpthread");
    gcc_jit_context_add_driver_option(c, "-lm");
    gcc_jit_context_compile_to_file(c, GCC_JIT_OUTPUT_KIND_EXECUTABLE, out);
    const char *err = gcc_jit_context_get_first_error(c);
    if (err) {
        fprintf(stderr, "gocc: internal error: libgccjit could not build %s: %s\n", out, err);
        gcc_jit_context_release(c);
        return 1;
    }
    gcc_jit_context_release(c);
    return 0;
}
