/*
 * check.c — the type checker: Go's static semantics on the syntax tree.
 *
 * The checker walks the tree the parser built and decides what every name
 * denotes, what type every expression has, what value every constant
 * expression has, and whether the program is legal Go.  It reports
 * errors as gc 1.19 (types2) words them, collects them, and prints them
 * sorted by position at the end, as gc does.  Its results stay on the
 * tree (Node.mode/tv/cv/sym/sel/fn/cflags) and in Package/Func/Sym
 * records; the contract is the "Checker" banner of gocc.h.
 *
 * A package is checked in phases, the way go/types does it:
 *
 *   1. collect: every package-level declaration gets a Sym in the
 *      package scope (imports go to the file scope); a type declaration
 *      gets its TY_NAMED at once, so types can refer to each other in
 *      any order;
 *   2. methods are attached to their receiver's base type (signatures
 *      are resolved later, on demand);
 *   3. every package-level object is resolved, in source order; resolving
 *      one may resolve others first (a constant's value needs the
 *      constants it names), with a colour per object to catch cycles;
 *   4. function bodies are checked, each function literal inside its
 *      enclosing body (it sees the enclosing scopes);
 *   5. package-level variables are ordered for initialisation by their
 *      dependencies (spec "Package initialization"): references made by
 *      each initialiser, and transitively by the functions it calls, are
 *      recorded while checking.
 *
 * Untyped constants.  An expression whose operands are untyped constants
 * is itself untyped and exact (const.c); when it meets a context that
 * gives it a type (an assignment, a typed operand, a call argument) the
 * checker converts it: it checks that the value is representable and
 * rewrites the tv (and cv) of the expression and of its untyped
 * operands, as go/types' updateExprType does.  Expressions left untyped
 * at the end of a statement take their default type.
 *
 * Library packages (fmt, time, ...) are preludes written in G (the
 * Library packages banner): the checker parses and checks a prelude like
 * any package the first time it is imported; bodyless functions are
 * runtime entry points (Sym.lib, Sym.cname).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "gocc.h"
#include "gocc_parse.h"

/* ===================================================================== */
/* Memory, errors                                                        */
/* ===================================================================== */

static void *xcalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fprintf(stderr, "gocc: out of memory\n");
        exit(1);
    }
    return p;
}

static char *xprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static char *xprintf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = xcalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
}

/* A growable array of pointers. */
typedef struct Vec {
    void **a;
    int n, cap;
} Vec;

static void vec_push(Vec *v, void *p)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->a = realloc(v->a, sizeof *v->a * (size_t)v->cap);
    }
    v->a[v->n++] = p;
}

/* Errors are collected and printed sorted by position (gc sorts). */
typedef struct Err {
    const File *file;
    Pos pos;
    char *msg;
    int seq;
} Err;

static Vec errs;
static const File *cur_file;

static void errorf(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void errorf(Pos p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = xcalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    /* one error per line, like gc (the first one reported wins) */
    for (int i = 0; i < errs.n; i++) {
        Err *e = errs.a[i];
        if (e->file == cur_file && e->pos.line == p.line)
            return;
    }
    Err *e = xcalloc(sizeof *e);
    e->file = cur_file;
    e->pos = p;
    e->msg = s;
    e->seq = errs.n;
    vec_push(&errs, e);
}

static int err_cmp(const void *a, const void *b)
{
    const Err *x = *(Err *const *)a, *y = *(Err *const *)b;
    if (x->file != y->file)
        return x->seq - y->seq;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    if (x->pos.col != y->pos.col)
        return x->pos.col - y->pos.col;
    return x->seq - y->seq;
}

static void flush_errors(void)
{
    qsort(errs.a, (size_t)errs.n, sizeof *errs.a, err_cmp);
    for (int i = 0; i < errs.n; i++) {
        Err *e = errs.a[i];
        diag_error(e->file, e->pos, "%s", e->msg);
    }
    errs.n = 0;
}

/* ===================================================================== */
/* Scopes and symbols                                                    */
/* ===================================================================== */

typedef struct Entry {
    const char *name;
    Sym *sym;
    struct Entry *next;
} Entry;

typedef struct Scope {
    struct Scope *parent;
    Entry *entries;
    bool funcscope;         /* the outermost scope of a function body */
} Scope;

/* The checker's private data on a package-level object. */
typedef struct ObjInfo {
    int state;              /* 0 unresolved, 1 resolving, 2 done */
    Node *spec;             /* N_CONST / N_VAR / N_TYPESPEC / N_FUNC */
    Node *name;             /* the declaring N_NAME (const/var) */
    int index;              /* position among the spec's names */
    int iota;
    Node *typeexpr, *valexpr;   /* const: the (inherited) type and value */
    Package *pkg;
    const File *file;
    Scope *filescope;
    Vec deps;               /* package-level vars and funcs referenced */
} ObjInfo;

static Scope *universe;
static Scope *cur_scope;

static Sym *new_sym(SymKind k, const char *name, Pos pos)
{
    Sym *s = xcalloc(sizeof *s);
    s->kind = k;
    s->name = name;
    s->pos = pos;
    s->file = cur_file;
    return s;
}

static Sym *scope_lookup_local(Scope *sc, const char *name)
{
    for (Entry *e = sc->entries; e; e = e->next)
        if (e->name == name)
            return e->sym;
    return NULL;
}

static Sym *lookup(const char *name)
{
    for (Scope *sc = cur_scope; sc; sc = sc->parent) {
        Sym *s = scope_lookup_local(sc, name);
        if (s)
            return s;
    }
    return NULL;
}

static void scope_insert(Scope *sc, Sym *s)
{
    Entry *e = xcalloc(sizeof *e);
    e->name = s->name;
    e->sym = s;
    e->next = sc->entries;
    sc->entries = e;
}

static Scope *open_scope(void)
{
    Scope *sc = xcalloc(sizeof *sc);
    sc->parent = cur_scope;
    cur_scope = sc;
    return sc;
}

static void close_scope(void)
{
    cur_scope = cur_scope->parent;
}

static const char *intern(const char *s)
{
    return ast_intern(s, strlen(s));
}

/* The names of the blank identifier and a few others, interned once. */
static const char *n_blank, *n_init, *n_main, *n_iota, *n_nil, *n_true, *n_false, *n_error, *n_any;

/* ===================================================================== */
/* The checker's state                                                   */
/* ===================================================================== */

typedef struct FuncCtx {
    Func *fn;
    Vec locals, captures;
    Vec labels;             /* SYM_LABEL of this body */
    Vec gotos;              /* label names of (rejected) goto statements */
    struct FuncCtx *outer;
    int nlits;              /* function literals numbered for names */
    Scope *scope;           /* the function's outermost scope */
} FuncCtx;

static Package *cur_pkg;
static FuncCtx *cur_fc;
static ObjInfo *cur_decl;   /* the package-level declaration being checked */
static Vec all_packages;
static Vec pkg_funcs;       /* Package.funcs under construction */
static int glob_lits;       /* function literals in package-level initialisers */
static Node *cur_iota;      /* the N_CONST spec whose iota is in effect */
static int cur_iota_val;

static void record_dep(Sym *s)
{
    if (!cur_decl || !s || !s->chk)
        return;
    if (s->kind != SYM_VAR && s->kind != SYM_FUNC)
        return;
    for (int i = 0; i < cur_decl->deps.n; i++)
        if (cur_decl->deps.a[i] == s)
            return;
    vec_push(&cur_decl->deps, s);
}

/* ===================================================================== */
/* Printing expressions (go/types' ExprString) and operands              */
/* ===================================================================== */

typedef struct Buf {
    char *s;
    size_t len, cap;
} Buf;

static void bputs(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2 + 32;
        b->s = realloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

static void bstr(Buf *b, const char *s)
{
    bputs(b, s, strlen(s));
}

static const char *op_str(int op)
{
    switch (op) {
    case TK_ADD: return "+";
    case TK_SUB: return "-";
    case TK_MUL: return "*";
    case TK_QUO: return "/";
    case TK_REM: return "%";
    case TK_AND: return "&";
    case TK_OR: return "|";
    case TK_XOR: return "^";
    case TK_SHL: return "<<";
    case TK_SHR: return ">>";
    case TK_AND_NOT: return "&^";
    case TK_LAND: return "&&";
    case TK_LOR: return "||";
    case TK_ARROW: return "<-";
    case TK_EQL: return "==";
    case TK_NEQ: return "!=";
    case TK_LSS: return "<";
    case TK_LEQ: return "<=";
    case TK_GTR: return ">";
    case TK_GEQ: return ">=";
    case TK_NOT: return "!";
    case TK_TILDE: return "~";
    default: return "?";
    }
}

static void write_expr(Buf *b, Node *n);

static void write_list(Buf *b, Node *l)
{
    for (Node *a = l; a; a = a->next) {
        if (a != l)
            bstr(b, ", ");
        write_expr(b, a);
    }
}

static void write_fields(Buf *b, Node *l, const char *sep)
{
    for (Node *f = l; f; f = f->next) {
        if (f != l)
            bstr(b, sep);
        for (Node *nm = f->list; nm; nm = nm->next) {
            if (nm != f->list)
                bstr(b, ", ");
            bstr(b, nm->name);
        }
        if (f->list)
            bstr(b, " ");
        if (f->flags & NF_VARIADIC)
            bstr(b, "...");
        write_expr(b, f->type);
    }
}

static void write_sig(Buf *b, Node *ft)
{
    bstr(b, "(");
    write_fields(b, ft->list, ", ");
    bstr(b, ")");
    if (ft->y) {
        bstr(b, " ");
        if (ft->y->next || ft->y->list) {
            bstr(b, "(");
            write_fields(b, ft->y, ", ");
            bstr(b, ")");
        } else {
            write_expr(b, ft->y->type);
        }
    }
}

static void write_expr(Buf *b, Node *n)
{
    if (!n)
        return;
    switch (n->kind) {
    case N_NAME:
        bstr(b, n->name);
        break;
    case N_LIT:
        bputs(b, n->lit, (size_t)n->litlen);
        break;
    case N_PAREN:
        bstr(b, "(");
        write_expr(b, n->x);
        bstr(b, ")");
        break;
    case N_SELECTOR:
        write_expr(b, n->x);
        bstr(b, ".");
        bstr(b, n->name);
        break;
    case N_INDEX:
        write_expr(b, n->x);
        bstr(b, "[");
        write_expr(b, n->y);
        bstr(b, "]");
        break;
    case N_SLICE:
        write_expr(b, n->x);
        bstr(b, "[");
        write_expr(b, n->y);
        bstr(b, ":");
        write_expr(b, n->z);
        if (n->flags & NF_SLICE3) {
            bstr(b, ":");
            write_expr(b, n->post);
        }
        bstr(b, "]");
        break;
    case N_ASSERT:
        write_expr(b, n->x);
        bstr(b, ".(");
        if (n->type)
            write_expr(b, n->type);
        else
            bstr(b, "type");
        bstr(b, ")");
        break;
    case N_CALL:
        write_expr(b, n->x);
        bstr(b, "(");
        write_list(b, n->list);
        if (n->flags & NF_SPREAD)
            bstr(b, "...");
        bstr(b, ")");
        break;
    case N_UNARY:
        if (n->op == TK_MUL) {
            bstr(b, "*");
        } else {
            bstr(b, op_str(n->op));
        }
        write_expr(b, n->x);
        break;
    case N_BINARY:
        write_expr(b, n->x);
        bstr(b, " ");
        bstr(b, op_str(n->op));
        bstr(b, " ");
        write_expr(b, n->y);
        break;
    case N_KEYVAL:
        write_expr(b, n->x);
        bstr(b, ": ");
        write_expr(b, n->y);
        break;
    case N_COMPLIT:
        write_expr(b, n->type);
        bstr(b, n->list ? "{…}" : "{}");
        break;
    case N_FUNCLIT:
        bstr(b, "(func");
        write_sig(b, n->type);
        bstr(b, " literal)");
        break;
    case N_ELLIPSIS:
        bstr(b, "...");
        break;
    case N_ARRAYTYPE:
        bstr(b, "[");
        write_expr(b, n->x);
        bstr(b, "]");
        write_expr(b, n->type);
        break;
    case N_SLICETYPE:
        bstr(b, "[]");
        write_expr(b, n->type);
        break;
    case N_PTRTYPE:
        bstr(b, "*");
        write_expr(b, n->type);
        break;
    case N_MAPTYPE:
        bstr(b, "map[");
        write_expr(b, n->x);
        bstr(b, "]");
        write_expr(b, n->type);
        break;
    case N_CHANTYPE:
        bstr(b, n->op == CHAN_RECV ? "<-chan " : n->op == CHAN_SEND ? "chan<- " : "chan ");
        write_expr(b, n->type);
        break;
    case N_FUNCTYPE:
        bstr(b, "func");
        write_sig(b, n);
        break;
    case N_STRUCTTYPE:
        bstr(b, "struct{");
        write_fields(b, n->list, "; ");
        bstr(b, "}");
        break;
    case N_IFACETYPE:
        bstr(b, "interface{");
        for (Node *m = n->list; m; m = m->next) {
            if (m != n->list)
                bstr(b, "; ");
            if (m->kind == N_METHOD) {
                bstr(b, m->name);
                write_sig(b, m->type);
            } else {
                write_expr(b, m->type);
            }
        }
        bstr(b, "}");
        break;
    default:
        bstr(b, "?");
        break;
    }
}

static const char *expr_str(Node *n)
{
    Buf b = {0};
    bputs(&b, "", 0);
    write_expr(&b, n);
    return b.s;
}

static const char *const_str(Const c)
{
    static char buf[256];
    const_repr(c, buf, sizeof buf);
    if (c.kind == CONST_RUNE || c.kind == CONST_FLOAT || c.kind == CONST_INT) {
        /* go/constant prints big floats in %.6g form */
        if (c.kind == CONST_FLOAT && strlen(buf) > 20) {
            double d = const_to_float64(c);
            snprintf(buf, sizeof buf, "%.6g", d);
        }
    }
    return xprintf("%s", buf);
}

/* types2's operand.String: `x (variable of type int)`, `300 (untyped int
 * constant)`, `1 << 70 (untyped int constant 1180591620717411303424)`. */
static const char *operand_str(Node *e)
{
    const char *x = expr_str(e);
    if (e->mode == MODE_NIL || (e->tv && e->tv->kind == TY_UNTYPED_NIL))
        return "nil";
    Buf b = {0};
    bstr(&b, x);
    bstr(&b, " (");
    bool hastype = false;
    switch (e->mode) {
    case MODE_INVALID: case MODE_NOVALUE: case MODE_BUILTIN: case MODE_TYPE:
        break;
    default:
        if (e->tv) {
            if (type_is_untyped(e->tv)) {
                bstr(&b, e->tv->name);
                bstr(&b, " ");
            } else {
                hastype = true;
            }
        }
    }
    static const char *modes[] = {
        [MODE_INVALID] = "invalid operand", [MODE_NOVALUE] = "no value", [MODE_VALUE] = "value",
        [MODE_VAR] = "variable", [MODE_MAPINDEX] = "map index expression",
        [MODE_CONST] = "constant", [MODE_TYPE] = "type", [MODE_BUILTIN] = "built-in",
        [MODE_PKG] = "package", [MODE_NIL] = "nil",
    };
    bstr(&b, (e->cflags & CF_COMMAOK) && e->mode == MODE_VALUE ? "comma, ok expression" : modes[e->mode]);
    if (e->mode == MODE_CONST && e->cv) {
        const char *v = const_str(*e->cv);
        if (strcmp(v, x)) {
            bstr(&b, " ");
            bstr(&b, v);
        }
    }
    if (hastype) {
        bstr(&b, " of type ");
        bstr(&b, type_str(e->tv));
    }
    bstr(&b, ")");
    return b.s;
}

static Const *box(Const c)
{
    Const *p = xcalloc(sizeof *p);
    *p = c;
    return p;
}


/* Where gc reports an error about expression e: its first token. */
static Pos start_pos(Node *e)
{
    for (;;) {
        switch (e->kind) {
        case N_BINARY:
        case N_INDEX:
        case N_SLICE:
        case N_ASSERT:
        case N_SELECTOR:
        case N_CALL:
            if (!e->x)
                return e->pos;
            e = e->x;
            continue;
        case N_KEYVAL:
            e = e->x;
            continue;
        case N_COMPLIT:
            if (e->type) {
                e = e->type;
                continue;
            }
            return e->pos;
        default:
            return e->pos;
        }
    }
}

static bool invalid(Node *e)
{
    return e->mode == MODE_INVALID;
}

static void set_invalid(Node *e)
{
    e->mode = MODE_INVALID;
    e->tv = type_invalid;
    e->cv = NULL;
}

/* ===================================================================== */
/* Constants and representability (spec "Representability")             */
/* ===================================================================== */

enum { REP_OK, REP_TRUNCATED, REP_OVERFLOWS, REP_MISMATCH };

/* A Const rounded to a double's (or a float's) precision, exactly. */
static Const const_from_double(double d)
{
    char buf[64];
    bool neg = d < 0;
    if (neg)
        d = -d;
    snprintf(buf, sizeof buf, "%a", d);
    Const c = const_from_literal(TK_FLOAT, buf, strlen(buf));
    if (neg) {
        const char *err;
        Const r;
        if (const_unary(TK_SUB, c, &r, &err))
            c = r;
    }
    c.kind = CONST_FLOAT;
    return c;
}

/* Whether c is representable as a value of basic type t; *out is c as
 * a value of t (integers: CONST_INT, floats: CONST_FLOAT rounded). */
static int representable(Const c, Type *t, Const *out)
{
    Type *u = type_under(t);
    *out = c;
    switch (u->kind) {
    case TY_BOOL: case TY_UNTYPED_BOOL:
        return c.kind == CONST_BOOL ? REP_OK : REP_MISMATCH;
    case TY_STRING: case TY_UNTYPED_STRING:
        return c.kind == CONST_STRING ? REP_OK : REP_MISMATCH;
    case TY_UNTYPED_INT: case TY_UNTYPED_RUNE:
        if (c.kind == CONST_BOOL || c.kind == CONST_STRING)
            return REP_MISMATCH;
        if (!const_is_integer(c))
            return REP_TRUNCATED;
        out->kind = u->kind == TY_UNTYPED_INT ? CONST_INT : CONST_RUNE;
        return REP_OK;
    case TY_UNTYPED_FLOAT:
        if (c.kind == CONST_BOOL || c.kind == CONST_STRING)
            return REP_MISMATCH;
        out->kind = CONST_FLOAT;
        return REP_OK;
    case TY_FLOAT32: case TY_FLOAT64: {
        if (c.kind == CONST_BOOL || c.kind == CONST_STRING)
            return REP_MISMATCH;
        double d = const_to_float64(c);
        if (u->kind == TY_FLOAT32) {
            float f = (float)d;
            if (__builtin_isinf(f))
                return REP_OVERFLOWS;
            d = f;
        }
        if (__builtin_isinf(d))
            return REP_OVERFLOWS;
        *out = const_from_double(d);
        return REP_OK;
    }
    default:
        break;
    }
    if (!type_is_integer(u))
        return REP_MISMATCH;
    if (c.kind == CONST_BOOL || c.kind == CONST_STRING)
        return REP_MISMATCH;
    if (!const_is_integer(c))
        return REP_TRUNCATED;
    out->kind = CONST_INT;
    int bits = 64;
    switch (u->kind) {
    case TY_INT8: case TY_UINT8: bits = 8; break;
    case TY_INT16: case TY_UINT16: bits = 16; break;
    case TY_INT32: case TY_UINT32: bits = 32; break;
    default: break;
    }
    if (type_is_unsigned(u)) {
        if (const_sign(c) < 0 || !const_fits_uint64(c))
            return REP_OVERFLOWS;
        if (bits < 64 && const_to_uint64(c) >> bits)
            return REP_OVERFLOWS;
    } else {
        if (!const_fits_int64(c))
            return REP_OVERFLOWS;
        int64_t v = const_to_int64(c);
        if (bits < 64 && (v < -((int64_t)1 << (bits - 1)) || v >= ((int64_t)1 << (bits - 1))))
            return REP_OVERFLOWS;
    }
    return REP_OK;
}

static bool is_basic_const_type(Type *t)
{
    Type *u = type_under(t);
    return u && u->kind >= TY_BOOL && u->kind <= TY_UNTYPED_STRING && u->kind != TY_UNSAFEPTR;
}

/* Rewrite the type of an untyped expression and of its untyped operands
 * (go/types' updateExprType) once its context has decided it. */
static void set_type_rec(Node *e, Type *t)
{
    if (!e || !e->tv || !type_is_untyped(e->tv))
        return;
    e->tv = t;
    if (e->cv && is_basic_const_type(t)) {
        Const out;
        if (representable(*e->cv, t, &out) == REP_OK)
            e->cv = box(out);
    }
    switch (e->kind) {
    case N_PAREN:
        set_type_rec(e->x, t);
        break;
    case N_UNARY:
        set_type_rec(e->x, t);
        break;
    case N_BINARY:
        switch (e->op) {
        case TK_EQL: case TK_NEQ: case TK_LSS: case TK_LEQ: case TK_GTR: case TK_GEQ:
            break;
        case TK_SHL: case TK_SHR:
            set_type_rec(e->x, t);
            break;
        default:
            set_type_rec(e->x, t);
            set_type_rec(e->y, t);
        }
        break;
    default:
        break;
    }
}

/* An untyped operand without context takes its default type. */
static void use_default(Node *e)
{
    if (e->tv && type_is_untyped(e->tv) && e->tv->kind != TY_UNTYPED_NIL)
        set_type_rec(e, type_default(e->tv));
}

static const char *context_in(const char *ctx)
{
    return ctx ? xprintf(" in %s", ctx) : "";
}

/* Convert the untyped operand e to type t (t typed, or an interface).
 * Reports like types2's implicitTypeAndValue/assignment. */
static bool convert_untyped(Node *e, Type *t, const char *ctx)
{
    if (!type_is_untyped(e->tv) || invalid(e))
        return true;
    Type *u = type_under(t);
    if (!u || u->kind == TY_INVALID)
        return false;
    if (e->tv->kind == TY_UNTYPED_NIL) {
        switch (u->kind) {
        case TY_POINTER: case TY_SLICE: case TY_MAP: case TY_CHAN: case TY_FUNC:
        case TY_INTERFACE: case TY_UNSAFEPTR:
            e->tv = t;
            return true;
        default:
            errorf(start_pos(e), "cannot use nil as %s value%s", type_str(t), context_in(ctx));
            return false;
        }
    }
    if (u->kind == TY_INTERFACE) {
        /* the default type must implement t; only empty or satisfied
         * interfaces accept basic values */
        use_default(e);
        return true;
    }
    if (!is_basic_const_type(u) || type_is_untyped(u)) {
        errorf(start_pos(e), "cannot use %s as %s value%s", operand_str(e), type_str(t), context_in(ctx));
        return false;
    }
    /* kinds must match: numeric to numeric, string to string, bool to bool */
    Type *et = e->tv;
    bool ok = (type_is_numeric(et) && type_is_numeric(u)) ||
              (type_is_string(et) && type_is_string(u)) ||
              (type_is_boolean(et) && type_is_boolean(u));
    if (!ok) {
        errorf(start_pos(e), "cannot use %s as %s value%s", operand_str(e), type_str(t), context_in(ctx));
        return false;
    }
    if (e->mode == MODE_CONST && e->cv) {
        Const out;
        int r = representable(*e->cv, u, &out);
        if (r != REP_OK) {
            if (ctx)
                errorf(start_pos(e), "cannot use %s as %s value%s%s", operand_str(e), type_str(t),
                       context_in(ctx), r == REP_TRUNCATED ? " (truncated)" :
                       r == REP_OVERFLOWS ? " (overflows)" : "");
            else if (r == REP_TRUNCATED)
                errorf(start_pos(e), "%s truncated to %s", operand_str(e), type_str(t));
            else
                errorf(start_pos(e), "%s overflows %s", operand_str(e), type_str(t));
            return false;
        }
    } else if (e->tv->kind != TY_UNTYPED_BOOL && !type_is_numeric(u) && !type_is_string(u)) {
        return false;
    }
    set_type_rec(e, t);
    return true;
}

/* ===================================================================== */
/* Method sets, field lookup, interfaces                                 */
/* ===================================================================== */

static void resolve(Sym *s);

/* A method's signature without its receiver (resolving it if needed). */
static Type *method_type(Sym *m)
{
    resolve(m);
    return m->type;
}

typedef struct Lookup {
    SelKind kind;
    int path[16];
    int npath;
    Sym *method;            /* concrete method */
    int index;              /* interface method */
    Field *field;
    Type *recvtype;         /* the type holding the field/method, at the end of the path */
    bool indirect;          /* a pointer was dereferenced on the way */
    bool ambiguous;
    bool found;
} Lookup;

typedef struct Cand {
    Type *t;                /* the type at this point (maybe a pointer) */
    int path[16];
    int npath;
    bool indirect;
} Cand;

/* Whether a field or method name of package pkg can be named here. */
static bool visible(const char *name, const char *pkg)
{
    if (!pkg || !cur_pkg || (name[0] >= 'A' && name[0] <= 'Z'))
        return true;
    return !strcmp(pkg, cur_pkg->path);
}

/* Look name up in type t's fields and methods, with promotion through
 * embedded fields, shallowest depth first (spec "Selectors"). */
static bool lookup_field_or_method(Type *t, const char *name, Lookup *r)
{
    memset(r, 0, sizeof *r);
    Cand cur[64], next[64];
    int ncur = 1, nnext;
    Type *seen[64];
    int nseen = 0;
    cur[0].t = t;
    cur[0].npath = 0;
    cur[0].indirect = false;
    if (t->kind == TY_POINTER && t->elem->kind == TY_NAMED && !type_is_interface(t->elem)) {
        cur[0].t = t->elem;
        cur[0].indirect = true;
    }
    for (int depth = 0; ncur > 0 && depth < 16; depth++) {
        nnext = 0;
        int found = 0;
        Lookup hit = {0};
        for (int i = 0; i < ncur; i++) {
            Type *ct = cur[i].t;
            bool ind = cur[i].indirect;
            if (ct->kind == TY_POINTER) {
                ct = ct->elem;
                ind = true;
            }
            if (ct->kind == TY_NAMED) {
                bool dup = false;
                for (int k = 0; k < nseen; k++)
                    if (seen[k] == ct)
                        dup = true;
                if (dup)
                    continue;
                if (nseen < 64)
                    seen[nseen++] = ct;
                for (int k = 0; k < ct->nmethods; k++) {
                    if (ct->methods[k]->name == name && visible(name, ct->methods[k]->pkg)) {
                        found++;
                        hit.kind = SEL_METHOD;
                        hit.method = ct->methods[k];
                        memcpy(hit.path, cur[i].path, sizeof hit.path);
                        hit.npath = cur[i].npath;
                        hit.recvtype = ct;
                        hit.indirect = ind;
                    }
                }
            }
            Type *u = type_under(ct);
            if (!u)
                continue;
            if (u->kind == TY_STRUCT) {
                for (int k = 0; k < u->nfields; k++) {
                    Field *f = &u->fields[k];
                    if (f->name == name && visible(name, f->pkg)) {
                        found++;
                        hit.kind = SEL_FIELD;
                        hit.field = f;
                        memcpy(hit.path, cur[i].path, sizeof hit.path);
                        hit.npath = cur[i].npath;
                        if (hit.npath < 16)
                            hit.path[hit.npath++] = k;
                        hit.recvtype = ct;
                        hit.indirect = ind;
                    }
                    if (f->embedded && nnext < 64 && cur[i].npath < 15) {
                        Cand *c = &next[nnext++];
                        c->t = f->type;
                        memcpy(c->path, cur[i].path, sizeof c->path);
                        c->npath = cur[i].npath;
                        c->path[c->npath++] = k;
                        c->indirect = ind;
                    }
                }
            } else if (u->kind == TY_INTERFACE) {
                for (int k = 0; k < u->nfields; k++) {
                    if (u->fields[k].name == name) {
                        found++;
                        hit.kind = SEL_IFACEMETHOD;
                        hit.index = k;
                        hit.field = &u->fields[k];
                        memcpy(hit.path, cur[i].path, sizeof hit.path);
                        hit.npath = cur[i].npath;
                        hit.recvtype = ct;
                        hit.indirect = ind;
                    }
                }
            }
        }
        if (found == 1) {
            *r = hit;
            r->found = true;
            return true;
        }
        if (found > 1) {
            r->ambiguous = true;
            return false;
        }
        memcpy(cur, next, sizeof next[0] * (size_t)nnext);
        ncur = nnext;
    }
    return false;
}

/* Whether type t has method m (name, sig) in its method set; *why gets
 * the types2 explanation when not. */
static bool has_method(Type *t, Field *m, const char **why)
{
    Lookup r;
    if (!lookup_field_or_method(t, m->name, &r) || r.kind == SEL_FIELD) {
        *why = xprintf("(missing %s method)", m->name);
        return false;
    }
    Type *sig = r.kind == SEL_METHOD ? method_type(r.method) : r.field->type;
    if (!type_identical(sig, m->type)) {
        *why = xprintf("(wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s", m->name, m->name,
                       type_str(sig) + 4, m->name, type_str(m->type) + 4);
        return false;
    }
    if (r.kind == SEL_METHOD && r.method->ptrrecv && !r.indirect) {
        *why = xprintf("(%s method has pointer receiver)", m->name);
        return false;
    }
    return true;
}

/* Whether t implements interface it; *why: types2's reason. */
static bool implements(Type *t, Type *it, const char **why)
{
    Type *iu = type_under(it);
    if (type_is_interface(t)) {
        Type *tu = type_under(t);
        for (int i = 0; i < iu->nfields; i++) {
            bool ok = false;
            for (int k = 0; k < tu->nfields; k++)
                if (tu->fields[k].name == iu->fields[i].name) {
                    if (!type_identical(tu->fields[k].type, iu->fields[i].type)) {
                        *why = xprintf("(wrong type for method %s)", iu->fields[i].name);
                        return false;
                    }
                    ok = true;
                }
            if (!ok) {
                *why = xprintf("(missing %s method)", iu->fields[i].name);
                return false;
            }
        }
        return true;
    }
    for (int i = 0; i < iu->nfields; i++)
        if (!has_method(t, &iu->fields[i], why))
            return false;
    return true;
}

/* Spec "Assignability": whether a value of type v may be assigned to t
 * (v typed); *why explains an interface failure. */
static bool assignable(Type *v, Type *t, const char **why)
{
    *why = NULL;
    if (!v || !t || v->kind == TY_INVALID || t->kind == TY_INVALID)
        return true;
    if (type_identical(v, t))
        return true;
    Type *vu = type_under(v), *tu = type_under(t);
    if (type_identical(vu, tu) && (v->kind != TY_NAMED || t->kind != TY_NAMED) &&
        vu->kind != TY_INTERFACE && !is_basic_const_type(vu))
        return true;
    if (tu->kind == TY_INTERFACE) {
        if (implements(v, t, why))
            return true;
        return false;
    }
    if (vu->kind == TY_CHAN && vu->dir == CHAN_BOTH && tu->kind == TY_CHAN &&
        type_identical(vu->elem, tu->elem) && (v->kind != TY_NAMED || t->kind != TY_NAMED))
        return true;
    return false;
}

/* Check that e can be assigned to a variable of type t; convert it.
 * ctx: "assignment", "argument to f", "return statement", ... */
static bool assign_to(Node *e, Type *t, const char *ctx)
{
    if (invalid(e) || !t || t->kind == TY_INVALID)
        return false;
    if (e->mode == MODE_TYPE) {
        errorf(start_pos(e), "%s (type) is not an expression", expr_str(e));
        set_invalid(e);
        return false;
    }
    if (e->mode == MODE_NOVALUE) {
        errorf(start_pos(e), "%s (no value) used as value", expr_str(e));
        set_invalid(e);
        return false;
    }
    if (e->tv && e->tv->kind == TY_TUPLE) {
        errorf(start_pos(e), "multiple-value %s (value of type %s) in single-value context", expr_str(e),
               type_str(e->tv));
        set_invalid(e);
        return false;
    }
    if (type_is_untyped(e->tv)) {
        if (type_is_interface(t) && e->tv->kind != TY_UNTYPED_NIL) {
            Type *d = type_default(e->tv);
            const char *why;
            if (!assignable(d, t, &why)) {
                errorf(start_pos(e), "cannot use %s as type %s%s:\n\t%s does not implement %s %s", operand_str(e),
                       type_str(t), context_in(ctx), type_str(d), type_str(t), why ? why : "");
                return false;
            }
        }
        return convert_untyped(e, t, ctx);
    }
    const char *why;
    if (assignable(e->tv, t, &why))
        return true;
    if (why)
        errorf(start_pos(e), "cannot use %s as type %s%s:\n\t%s does not implement %s %s", operand_str(e),
               type_str(t), context_in(ctx), type_str(e->tv), type_str(t), why);
    else if (type_is_interface(e->tv) && !type_is_interface(t) && implements(t, e->tv, &why))
        errorf(start_pos(e), "cannot use %s as type %s%s: need type assertion", operand_str(e), type_str(t),
               context_in(ctx));
    else
        errorf(start_pos(e), "cannot use %s as type %s%s", operand_str(e), type_str(t), context_in(ctx));
    return false;
}

/* ===================================================================== */
/* Type expressions                                                      */
/* ===================================================================== */

static void check_expr0(Node *e, bool allow_type);
static void rvalue(Node *e);
static Type *check_type(Node *n);

static int64_t const_length(Node *n)
{
    rvalue(n);
    if (invalid(n))
        return -1;
    if (n->mode != MODE_CONST) {
        errorf(start_pos(n), "array length %s (%s) must be constant", expr_str(n), operand_str(n) + strlen(expr_str(n)) + 2);
        return -1;
    }
    if (!const_is_integer(*n->cv) || (!type_is_integer(n->tv) && !type_is_untyped(n->tv))) {
        errorf(start_pos(n), "array length %s must be integer", operand_str(n));
        return -1;
    }
    if (const_sign(*n->cv) < 0 || !const_fits_int64(*n->cv)) {
        errorf(start_pos(n), "invalid array length %s", operand_str(n));
        return -1;
    }
    use_default(n);
    return const_to_int64(*n->cv);
}

static Type *fields_type(Node *list, bool results, bool *variadic)
{
    int n = 0;
    for (Node *f = list; f; f = f->next)
        n += f->list ? 0 : 1;
    for (Node *f = list; f; f = f->next)
        for (Node *nm = f->list; nm; nm = nm->next)
            n++;
    Field *fs = xcalloc(sizeof *fs * (size_t)(n + 1));
    int k = 0;
    for (Node *f = list; f; f = f->next) {
        Type *t = check_type(f->type);
        if (f->flags & NF_VARIADIC) {
            if (results || f->next || (f->list && f->list->next)) {
                errorf(start_pos(f), "can only use ... with final parameter in list");
            } else if (variadic) {
                *variadic = true;
            }
            t = type_slice(t);
        }
        if (!f->list) {
            fs[k].type = t;
            fs[k].pos = f->pos;
            k++;
        }
        for (Node *nm = f->list; nm; nm = nm->next) {
            fs[k].name = nm->name;
            fs[k].type = t;
            fs[k].pos = nm->pos;
            k++;
        }
    }
    Type *tt = type_tuple(fs, k);
    return tt;
}

/* func(params) results */
static Type *sig_type(Node *ft)
{
    bool variadic = false;
    Type *p = fields_type(ft->list, false, &variadic);
    Type *r = fields_type(ft->y, true, NULL);
    Type *t = type_func(p->fields, p->nfields, r->fields, r->nfields, variadic);
    ft->mode = MODE_TYPE;
    ft->tv = t;
    return t;
}

static const char *embedded_name(Type *t)
{
    if (t->kind == TY_POINTER)
        t = t->elem;
    return t->kind == TY_NAMED ? t->name : t->name ? t->name : "?";
}

static Type *struct_type(Node *n)
{
    int cnt = 0;
    for (Node *f = n->list; f; f = f->next)
        cnt += f->list ? 0 : 1;
    for (Node *f = n->list; f; f = f->next)
        for (Node *nm = f->list; nm; nm = nm->next)
            cnt++;
    Field *fs = xcalloc(sizeof *fs * (size_t)(cnt + 1));
    int k = 0;
    for (Node *f = n->list; f; f = f->next) {
        Type *t = check_type(f->type);
        if (f->flags & NF_EMBEDDED) {
            fs[k].name = intern(embedded_name(t));
            fs[k].type = t;
            fs[k].embedded = true;
            fs[k].pos = f->pos;
            fs[k].pkg = cur_pkg->path;
            k++;
            continue;
        }
        for (Node *nm = f->list; nm; nm = nm->next) {
            for (int i = 0; i < k; i++)
                if (fs[i].name == nm->name && nm->name != n_blank)
                    errorf(nm->pos, "%s redeclared", nm->name);
            fs[k].name = nm->name;
            fs[k].type = t;
            fs[k].pos = nm->pos;
            fs[k].pkg = cur_pkg->path;
            k++;
        }
    }
    return type_struct(fs, k);
}

static Type *iface_type(Node *n)
{
    int cnt = 0;
    for (Node *m = n->list; m; m = m->next)
        cnt++;
    Field *fs = xcalloc(sizeof *fs * (size_t)(cnt + 1));
    int k = 0;
    for (Node *m = n->list; m; m = m->next) {
        if (m->kind == N_METHOD) {
            fs[k].name = m->name;
            fs[k].type = sig_type(m->type);
            fs[k].pos = m->pos;
            fs[k].pkg = cur_pkg->path;
            k++;
        } else {
            if (m->type->kind == N_BINARY || m->type->kind == N_UNARY) {
                errorf(m->pos, "generics are not supported");
                continue;
            }
            Type *t = check_type(m->type);
            if (t->kind == TY_INVALID)
                continue;
            if (!type_under(t)) {
                errorf(m->pos, "invalid recursive type %s", type_str(t));
                continue;
            }
            if (!type_is_interface(t)) {
                errorf(m->pos, "generics are not supported");
                continue;
            }
            fs[k].type = t;
            fs[k].embedded = true;
            k++;
        }
    }
    return type_interface(fs, k);
}

/* A type expression: its Type (type_invalid after an error). */
static Type *check_type(Node *n)
{
    Type *t = type_invalid;
    if (!n)
        return t;
    switch (n->kind) {
    case N_NAME:
    case N_SELECTOR:
    case N_PAREN:
    case N_UNARY:
    case N_INDEX:
        check_expr0(n, true);
        if (invalid(n))
            return type_invalid;
        if (n->mode != MODE_TYPE) {
            errorf(start_pos(n), "%s is not a type", expr_str(n));
            set_invalid(n);
            return type_invalid;
        }
        return n->tv;
    case N_ARRAYTYPE: {
        Type *elem = check_type(n->type);
        if (n->x->kind == N_ELLIPSIS) {
            errorf(n->x->pos, "invalid use of [...] array (outside a composite literal)");
            t = type_invalid;
            break;
        }
        int64_t len = const_length(n->x);
        t = len < 0 ? type_invalid : type_array(elem, len);
        break;
    }
    case N_SLICETYPE:
        t = type_slice(check_type(n->type));
        break;
    case N_PTRTYPE:
        t = type_pointer(check_type(n->type));
        break;
    case N_MAPTYPE: {
        Type *k = check_type(n->x);
        Type *v = check_type(n->type);
        if (k->kind != TY_INVALID && type_under(k) && !type_comparable(k)) {
            errorf(n->x->pos, "invalid map key type %s", type_str(k));
        }
        t = type_map(k, v);
        break;
    }
    case N_CHANTYPE:
        t = type_chan(check_type(n->type), n->op);
        break;
    case N_FUNCTYPE:
        return sig_type(n);
    case N_STRUCTTYPE:
        t = struct_type(n);
        break;
    case N_IFACETYPE:
        t = iface_type(n);
        break;
    default:
        check_expr0(n, true);
        if (!invalid(n) && n->mode != MODE_TYPE) {
            errorf(start_pos(n), "%s is not a type", expr_str(n));
            set_invalid(n);
        }
        return n->mode == MODE_TYPE ? n->tv : type_invalid;
    }
    n->mode = MODE_TYPE;
    n->tv = t;
    return t;
}

/* ===================================================================== */
/* Expressions                                                           */
/* ===================================================================== */

static void check_funclit(Node *e);
static void check_call(Node *e);
static void check_complit(Node *e, Type *t);

/* A local variable used in a function literal nested in its owner:
 * recorded as captured by every literal between the use and the owner. */
static void note_capture(Sym *s)
{
    if (s->kind != SYM_VAR || s->global || !cur_fc || !s->owner || s->owner == cur_fc->fn)
        return;
    for (FuncCtx *fc = cur_fc; fc && fc->fn != s->owner; fc = fc->outer) {
        bool dup = false;
        for (int i = 0; i < fc->captures.n; i++)
            if (fc->captures.a[i] == s)
                dup = true;
        if (!dup)
            vec_push(&fc->captures, s);
    }
    s->captured = true;
}

/* identifier */
static void check_name(Node *e)
{
    if (e->name == n_blank) {
        errorf(start_pos(e), "cannot use _ as value");
        set_invalid(e);
        return;
    }
    Sym *s = lookup(e->name);
    if (!s && (!strcmp(e->name, "complex64") || !strcmp(e->name, "complex128") || !strcmp(e->name, "complex") ||
               !strcmp(e->name, "real") || !strcmp(e->name, "imag"))) {
        errorf(start_pos(e), "complex numbers are not supported");
        set_invalid(e);
        return;
    }
    if (!s) {
        errorf(start_pos(e), "undefined: %s", e->name);
        set_invalid(e);
        return;
    }
    e->sym = s;
    if (s->chk)
        resolve(s);
    s->used = true;
    record_dep(s);
    if (s->type == type_invalid && s->kind != SYM_PKG) {
        set_invalid(e);     /* reported at its declaration */
        return;
    }
    switch (s->kind) {
    case SYM_VAR:
        note_capture(s);
        e->mode = MODE_VAR;
        e->tv = s->type ? s->type : type_invalid;
        if (!s->type)
            set_invalid(e);
        break;
    case SYM_CONST:
        if (s->name == n_iota && !s->pkg && !s->decl) {
            if (!cur_iota) {
                errorf(start_pos(e), "cannot use iota outside constant declaration");
                set_invalid(e);
                return;
            }
            e->mode = MODE_CONST;
            e->tv = type_untyped_int;
            e->cv = box(const_make_int64(cur_iota_val));
            return;
        }
        if (!s->val) {
            set_invalid(e);
            return;
        }
        e->mode = MODE_CONST;
        e->tv = s->type;
        e->cv = s->val;
        break;
    case SYM_TYPE:
        e->mode = MODE_TYPE;
        e->tv = s->type ? s->type : type_invalid;
        break;
    case SYM_FUNC:
        e->mode = MODE_VALUE;
        e->tv = s->type ? s->type : type_invalid;
        break;
    case SYM_PKG:
        e->mode = MODE_PKG;
        e->tv = NULL;
        break;
    case SYM_BUILTIN:
        e->mode = MODE_BUILTIN;
        e->tv = NULL;
        break;
    case SYM_NIL:
        e->mode = MODE_NIL;
        e->tv = type_untyped_nil;
        break;
    default:
        set_invalid(e);
        break;
    }
}

static void check_lit(Node *e)
{
    if (e->op == TK_IMAG) {
        errorf(start_pos(e), "complex numbers are not supported");
        set_invalid(e);
        return;
    }
    Const c = const_from_literal(e->op, e->lit, (size_t)e->litlen);
    if (c.kind == CONST_INVALID) {
        errorf(start_pos(e), "malformed constant: %.*s", e->litlen, e->lit);
        set_invalid(e);
        return;
    }
    e->mode = MODE_CONST;
    e->cv = box(c);
    e->tv = e->op == TK_INT ? type_untyped_int : e->op == TK_FLOAT ? type_untyped_float :
            e->op == TK_CHAR ? type_untyped_rune : type_untyped_string;
}

static bool is_exported(const char *name)
{
    return name[0] >= 'A' && name[0] <= 'Z';
}

static void mark_addrtaken(Node *e);

/* x.name */
static void check_selector(Node *e)
{
    Node *x = e->x;
    if (x->kind == N_NAME) {
        Sym *ps = lookup(x->name);
        if (ps && ps->kind == SYM_PKG) {
            ps->used = true;
            x->sym = ps;
            x->mode = MODE_PKG;
            Package *p = ps->import;
            if (!p) {
                /* a rejected import (unsafe, net/http...): already reported */
                set_invalid(e);
                return;
            }
            Sym *m = NULL;
            for (int i = 0; p && i < p->nsyms; i++)
                if (p->syms[i]->name == e->name)
                    m = p->syms[i];
            if (!m || !is_exported(e->name)) {
                errorf(e->y ? e->y->pos : e->pos, "undefined: %s.%s", x->name, e->name);
                set_invalid(e);
                return;
            }
            e->sym = m;
            if (m->chk)
                resolve(m);
            switch (m->kind) {
            case SYM_VAR: e->mode = MODE_VAR; e->tv = m->type; break;
            case SYM_CONST: e->mode = MODE_CONST; e->tv = m->type; e->cv = m->val; break;
            case SYM_TYPE: e->mode = MODE_TYPE; e->tv = m->type; break;
            case SYM_FUNC: e->mode = MODE_VALUE; e->tv = m->type; break;
            default: set_invalid(e); return;
            }
            if (!e->tv || (m->kind == SYM_CONST && !e->cv))
                set_invalid(e);
            return;
        }
    }
    check_expr0(x, true);
    if (invalid(x)) {
        set_invalid(e);
        return;
    }
    if (x->mode == MODE_PKG || x->mode == MODE_BUILTIN || x->mode == MODE_NIL || x->mode == MODE_NOVALUE) {
        errorf(start_pos(x), "%s is not an expression", expr_str(x));
        set_invalid(e);
        return;
    }
    Type *t = x->tv;
    if (x->mode != MODE_TYPE)
        use_default(x);
    t = x->tv;
    Lookup r;
    if (!lookup_field_or_method(t, e->name, &r)) {
        if (r.ambiguous)
            errorf(e->y ? e->y->pos : e->pos, "ambiguous selector %s.%s", expr_str(x), e->name);
        else if (x->mode == MODE_TYPE)
            errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s has no method %s)", expr_str(x), e->name,
                   type_str(t), e->name);
        else if (t->kind == TY_POINTER && type_is_interface(t->elem))
            errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s is pointer to interface, not interface)",
                   expr_str(x), e->name, type_str(t));
        else {
            /* types2 suggests the same name with the other capitalisation */
            char *alt = xprintf("%s", e->name);
            alt[0] = (char)(alt[0] >= 'a' && alt[0] <= 'z' ? alt[0] - 32 : alt[0] >= 'A' && alt[0] <= 'Z' ? alt[0] + 32 : alt[0]);
            Lookup r2;
            if (strcmp(alt, e->name) && lookup_field_or_method(t, intern(alt), &r2))
                errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s has no field or method %s, but does have %s)",
                       expr_str(x), e->name, type_str(t), e->name, alt);
            else
                errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s has no field or method %s)", expr_str(x),
                       e->name, type_str(t), e->name);
        }
        set_invalid(e);
        return;
    }
    Selection *sel = xcalloc(sizeof *sel);
    sel->path = xcalloc(sizeof(int) * 16);
    memcpy(sel->path, r.path, sizeof r.path);
    sel->npath = r.npath;
    e->sel = sel;
    if (x->mode == MODE_TYPE) {
        /* method expression T.M / (*T).M */
        if (r.kind == SEL_FIELD) {
            errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s has no method %s)", expr_str(x), e->name,
                   type_str(t), e->name);
            set_invalid(e);
            return;
        }
        Type *sig;
        if (r.kind == SEL_METHOD) {
            sig = method_type(r.method);
            if (r.method->ptrrecv && !r.indirect) {
                errorf(e->y ? e->y->pos : e->pos, "cannot call pointer method %s on %s", e->name, type_str(t));
                set_invalid(e);
                return;
            }
            sel->method = r.method;
            record_dep(r.method);
        } else {
            sig = r.field->type;
            sel->index = r.index;
        }
        sel->kind = SEL_METHODEXPR;
        if (!sig) {
            set_invalid(e);
            return;
        }
        Field *ps = xcalloc(sizeof *ps * (size_t)(sig->nfields + 1));
        ps[0].type = t;
        for (int i = 0; i < sig->nfields; i++)
            ps[i + 1] = sig->fields[i];
        e->mode = MODE_VALUE;
        e->tv = type_func(ps, sig->nfields + 1, sig->results, sig->nresults, sig->variadic);
        return;
    }
    switch (r.kind) {
    case SEL_FIELD:
        sel->kind = SEL_FIELD;
        e->tv = r.field->type;
        e->mode = (x->mode == MODE_VAR || r.indirect) ? MODE_VAR : MODE_VALUE;
        break;
    case SEL_IFACEMETHOD:
        sel->kind = SEL_IFACEMETHOD;
        sel->index = r.index;
        e->tv = r.field->type;
        e->mode = MODE_VALUE;
        break;
    case SEL_METHOD: {
        sel->kind = SEL_METHOD;
        sel->method = r.method;
        record_dep(r.method);
        Type *sig = method_type(r.method);
        /* the receiver after the path: a pointer or not? */
        Type *rt = t;
        if (r.npath > 0) {
            Type *cur = t;
            for (int i = 0; i < r.npath; i++) {
                Type *u = type_under(cur);
                if (u->kind == TY_POINTER)
                    u = type_under(u->elem);
                cur = u->fields[r.path[i]].type;
            }
            rt = cur;
        }
        bool isptr = type_under(rt)->kind == TY_POINTER;
        if (r.method->ptrrecv && !isptr) {
            bool addressable = x->mode == MODE_VAR || r.indirect;
            if (!addressable) {
                errorf(e->y ? e->y->pos : e->pos, "cannot call pointer method %s on %s", e->name, type_str(t));
                set_invalid(e);
                return;
            }
            sel->addr = true;
            if (!r.indirect && type_under(t)->kind != TY_POINTER)
                mark_addrtaken(x);
        } else if (!r.method->ptrrecv && isptr) {
            sel->deref = true;
        }
        e->tv = sig ? sig : type_invalid;
        e->mode = sig ? MODE_VALUE : MODE_INVALID;
        break;
    }
    default:
        break;
    }
}

/* Whether e is addressable (spec "Address operators"). */
static bool addressable(Node *e)
{
    return e->mode == MODE_VAR;
}

static void mark_addrtaken(Node *e)
{
    while (e->kind == N_PAREN)
        e = e->x;
    if (e->kind == N_NAME && e->sym && e->sym->kind == SYM_VAR)
        e->sym->addrtaken = true;
    else if (e->kind == N_SELECTOR && e->sel && e->sel->kind == SEL_FIELD) {
        /* a field of a struct variable: the variable itself */
        Type *t = e->x->tv;
        if (t && type_under(t)->kind != TY_POINTER)
            mark_addrtaken(e->x);
    } else if (e->kind == N_INDEX && e->x->tv && type_under(e->x->tv)->kind == TY_ARRAY)
        mark_addrtaken(e->x);
}

/* types2's incomparableCause: "struct containing []int". */
static const char *incomparable_cause(Type *t)
{
    Type *u = type_under(t);
    if (u->kind == TY_STRUCT) {
        for (int i = 0; i < u->nfields; i++)
            if (!type_comparable(u->fields[i].type)) {
                Type *fu = type_under(u->fields[i].type);
                if (fu->kind == TY_STRUCT || fu->kind == TY_ARRAY)
                    return incomparable_cause(u->fields[i].type);
                return xprintf("struct containing %s", type_str(u->fields[i].type));
            }
    }
    if (u->kind == TY_ARRAY && !type_comparable(u->elem))
        return incomparable_cause(u->elem);
    return type_str(t);
}

/* The position of the first `tok` at or after p in the current file
 * (for tokens the tree does not keep: `:=`, a method's name). */
static Pos find_after(Pos p, const char *tok)
{
    const char *src = cur_file->src;
    size_t i = 0;
    int line = 1;
    while (src[i] && line < p.line) {
        if (src[i] == '\n')
            line++;
        i++;
    }
    i += (size_t)(p.col - 1);
    size_t n = strlen(tok);
    size_t linestart = i - (size_t)(p.col - 1);
    for (; src[i]; i++) {
        if (src[i] == '\n') {
            line++;
            linestart = i + 1;
        }
        if (!strncmp(src + i, tok, n))
            return (Pos){line, (int32_t)(i - linestart + 1)};
    }
    return p;
}

static bool is_comparison(int op)
{
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

/* Typed constant: check the value fits its type after an operation. */
static bool typed_const_ok(Node *e, Const c, Type *t)
{
    if (type_is_untyped(t) || !is_basic_const_type(t))
        return true;
    Const out;
    int r = representable(c, t, &out);
    if (r == REP_OK) {
        e->cv = box(out);
        return true;
    }
    if (type_is_integer(t) || r == REP_OVERFLOWS)
        errorf(start_pos(e), "%s (constant %s of type %s) overflows %s", expr_str(e), const_str(c), type_str(t),
               type_str(t));
    else
        errorf(start_pos(e), "constant %s truncated to %s", const_str(c), type_str(t));
    return false;
}

/* Wrap a typed unsigned constant result into its type's range (for ^x). */
static Const unsigned_complement(Const x, Type *t)
{
    int bits = (int)type_size(t) * 8;
    Const mask, r;
    const char *err;
    Const one = const_make_int64(1), sh = const_make_int64(bits);
    const_binary(TK_SHL, one, sh, &mask, &err);
    const_binary(TK_SUB, mask, one, &mask, &err);
    const_binary(TK_XOR, x, mask, &r, &err);
    return r;
}

/* op x */
static void check_unary(Node *e)
{
    Node *x = e->x;
    if (e->op == TK_AND) {
        Node *inner = x;
        while (inner->kind == N_PAREN)
            inner = inner->x;
        if (inner->kind == N_COMPLIT) {
            check_expr0(x, false);
            if (invalid(x)) {
                set_invalid(e);
                return;
            }
            x->mode = inner->mode = MODE_VALUE;
        } else {
            check_expr0(x, false);
            if (invalid(x)) {
                set_invalid(e);
                return;
            }
            if (!addressable(x)) {
                errorf(start_pos(x), "invalid operation: cannot take address of %s", operand_str(x));
                set_invalid(e);
                return;
            }
            mark_addrtaken(x);
        }
        e->mode = MODE_VALUE;
        e->tv = type_pointer(x->tv);
        return;
    }
    if (e->op == TK_MUL) {
        check_expr0(x, true);
        if (invalid(x)) {
            set_invalid(e);
            return;
        }
        if (x->mode == MODE_TYPE) {
            e->mode = MODE_TYPE;
            e->tv = type_pointer(x->tv);
            return;
        }
        if (x->mode == MODE_NIL) {
            errorf(start_pos(e), "invalid operation: cannot indirect nil");
            set_invalid(e);
            return;
        }
        Type *u = type_under(x->tv);
        if (!u || u->kind != TY_POINTER) {
            errorf(start_pos(x), "invalid operation: cannot indirect %s", operand_str(x));
            set_invalid(e);
            return;
        }
        e->mode = MODE_VAR;
        e->tv = u->elem;
        return;
    }
    if (e->op == TK_ARROW) {
        check_expr0(x, true);
        if (!invalid(x) && x->mode == MODE_TYPE) {
            /* <-chan T, parsed as <-(chan T) */
            Type *ct = x->tv;
            if (ct->kind == TY_CHAN && ct->dir == CHAN_BOTH && x->kind == N_CHANTYPE) {
                e->mode = MODE_TYPE;
                e->tv = type_chan(ct->elem, CHAN_RECV);
                return;
            }
            errorf(start_pos(e), "%s (type) is not an expression", expr_str(x));
            set_invalid(e);
            return;
        }
        if (!invalid(x))
            rvalue(x);
        if (invalid(x)) {
            set_invalid(e);
            return;
        }
        Type *u = type_under(x->tv);
        if (!u || u->kind != TY_CHAN) {
            errorf(start_pos(x), "invalid operation: cannot receive from non-channel %s", operand_str(x));
            set_invalid(e);
            return;
        }
        if (u->dir == CHAN_SEND) {
            errorf(start_pos(x), "invalid operation: cannot receive from send-only channel %s", operand_str(x));
            set_invalid(e);
            return;
        }
        e->mode = MODE_VALUE;
        e->tv = u->elem;
        return;
    }
    rvalue(x);
    if (invalid(x)) {
        set_invalid(e);
        return;
    }
    Type *t = x->tv;
    bool ok;
    switch (e->op) {
    case TK_ADD: case TK_SUB: ok = type_is_numeric(t); break;
    case TK_XOR: ok = type_is_integer(t); break;
    case TK_NOT: ok = type_is_boolean(t); break;
    default: ok = false;
    }
    if (!ok) {
        errorf(start_pos(x), "invalid operation: operator %s not defined on %s", op_str(e->op), operand_str(x));
        set_invalid(e);
        return;
    }
    e->tv = t;
    if (x->mode == MODE_CONST) {
        Const r;
        const char *err;
        if (e->op == TK_XOR && type_is_unsigned(t)) {
            r = unsigned_complement(*x->cv, t);
        } else if (!const_unary(e->op, *x->cv, &r, &err)) {
            errorf(start_pos(e), "invalid operation: %s", err);
            set_invalid(e);
            return;
        }
        e->mode = MODE_CONST;
        e->cv = box(r);
        if (!typed_const_ok(e, r, t)) {
            set_invalid(e);
            return;
        }
        return;
    }
    e->mode = MODE_VALUE;
}

/* The kind order of untyped numeric types: int < rune < float. */
static int untyped_rank(Type *t)
{
    switch (t->kind) {
    case TY_UNTYPED_INT: return 1;
    case TY_UNTYPED_RUNE: return 2;
    case TY_UNTYPED_FLOAT: return 3;
    default: return 0;
    }
}

/* Bring two operands to a common type (types2's matchTypes). */
static bool match_types(Node *e, Node *x, Node *y)
{
    bool ux = type_is_untyped(x->tv), uy = type_is_untyped(y->tv);
    if (ux && !uy) {
        if (x->tv->kind == TY_UNTYPED_NIL || type_is_interface(y->tv) || is_basic_const_type(y->tv) ||
            type_under(y->tv)->kind == TY_POINTER || type_under(y->tv)->kind == TY_SLICE ||
            type_under(y->tv)->kind == TY_MAP || type_under(y->tv)->kind == TY_CHAN ||
            type_under(y->tv)->kind == TY_FUNC) {
            if (type_is_interface(y->tv) && x->tv->kind != TY_UNTYPED_NIL) {
                use_default(x);
                return true;
            }
            if (x->tv->kind == TY_UNTYPED_NIL && is_basic_const_type(y->tv))
                goto mismatch;
            if (x->tv->kind != TY_UNTYPED_NIL && !is_basic_const_type(y->tv))
                goto mismatch;
            if (!(x->tv->kind == TY_UNTYPED_NIL) &&
                !((type_is_numeric(x->tv) && type_is_numeric(y->tv)) ||
                  (type_is_string(x->tv) && type_is_string(y->tv)) ||
                  (type_is_boolean(x->tv) && type_is_boolean(y->tv))))
                goto mismatch;
            return convert_untyped(x, y->tv, NULL);
        }
        goto mismatch;
    }
    if (uy && !ux)
        return match_types(e, y, x);
    if (ux && uy) {
        int rx = untyped_rank(x->tv), ry = untyped_rank(y->tv);
        if (rx && ry) {
            Type *t = rx >= ry ? x->tv : y->tv;
            set_type_rec(x, t);
            set_type_rec(y, t);
            return true;
        }
        if (x->tv == y->tv)
            return true;
        goto mismatch;
    }
    return true;
mismatch:
    return false;
}

/* x op y */
static void check_binary(Node *e)
{
    Node *x = e->x, *y = e->y;
    rvalue(x);
    rvalue(y);
    if (invalid(x) || invalid(y)) {
        set_invalid(e);
        return;
    }
    int op = e->op;
    if (op == TK_SHL || op == TK_SHR) {
        /* y: an integer (untyped constant: non-negative, representable as uint) */
        if (type_is_untyped(y->tv)) {
            if (y->mode == MODE_CONST && !const_is_integer(*y->cv)) {
                errorf(start_pos(y), "invalid operation: shift count %s must be integer", operand_str(y));
                set_invalid(e);
                return;
            }
            if (y->mode == MODE_CONST && const_sign(*y->cv) < 0) {
                errorf(start_pos(y), "invalid operation: negative shift count %s", operand_str(y));
                set_invalid(e);
                return;
            }
            if (y->mode == MODE_CONST)
                convert_untyped(y, type_uint, NULL);
            else
                use_default(y);
        } else if (!type_is_integer(y->tv)) {
            errorf(start_pos(y), "invalid operation: shift count %s must be integer", operand_str(y));
            set_invalid(e);
            return;
        }
        if (x->mode == MODE_CONST && type_is_untyped(x->tv)) {
            if (!const_is_integer(*x->cv)) {
                errorf(start_pos(x), "invalid operation: shifted operand %s must be integer", operand_str(x));
                set_invalid(e);
                return;
            }
            if (y->mode == MODE_CONST) {
                Const r;
                const char *err;
                if (!const_binary(op, *x->cv, *y->cv, &r, &err)) {
                    errorf(start_pos(e), "invalid operation: %s", err);
                    set_invalid(e);
                    return;
                }
                e->mode = MODE_CONST;
                e->cv = box(r);
                e->tv = x->tv->kind == TY_UNTYPED_FLOAT ? type_untyped_int : x->tv;
                return;
            }
            /* a non-constant shift of an untyped constant: the shift is
             * untyped (not constant), and the constant takes the type the
             * context gives the whole shift (set_type_rec), int by default */
            if (x->tv->kind == TY_UNTYPED_FLOAT)
                x->tv = type_untyped_int;
            e->mode = MODE_VALUE;
            e->tv = x->tv;
            return;
        }
        if (!type_is_integer(x->tv)) {
            errorf(start_pos(x), "invalid operation: shifted operand %s must be integer", operand_str(x));
            set_invalid(e);
            return;
        }
        e->tv = x->tv;
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            Const r;
            const char *err;
            if (!const_binary(op, *x->cv, *y->cv, &r, &err)) {
                errorf(start_pos(e), "invalid operation: %s", err);
                set_invalid(e);
                return;
            }
            e->mode = MODE_CONST;
            e->cv = box(r);
            if (!typed_const_ok(e, r, e->tv))
                set_invalid(e);
            return;
        }
        e->mode = MODE_VALUE;
        return;
    }
    bool xnil = x->tv && x->tv->kind == TY_UNTYPED_NIL, ynil = y->tv && y->tv->kind == TY_UNTYPED_NIL;
    if (!match_types(e, x, y)) {
        if (invalid(x) || invalid(y)) {
            set_invalid(e);
            return;
        }
        errorf(start_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_str(e),
               type_str(x->tv), type_str(y->tv));
        set_invalid(e);
        return;
    }
    if (invalid(x) || invalid(y)) {
        set_invalid(e);
        return;
    }
    if (is_comparison(op)) {
        const char *why = NULL;
        bool ok;
        const char *xv, *yv;
        ok = true;
        if (!(assignable(x->tv, y->tv, &xv) || assignable(y->tv, x->tv, &yv) ||
              xnil || ynil)) {
            errorf(start_pos(y), "invalid operation: %s (mismatched types %s and %s)", expr_str(e),
                   type_str(x->tv), type_str(y->tv));
            set_invalid(e);
            return;
        }
        if (op == TK_EQL || op == TK_NEQ) {
            Node *bad = NULL;
            if (xnil || ynil) {
                Node *o = xnil ? y : x;
                Type *u = type_under(o->tv);
                if (!(u->kind == TY_POINTER || u->kind == TY_SLICE || u->kind == TY_MAP ||
                      u->kind == TY_CHAN || u->kind == TY_FUNC || u->kind == TY_INTERFACE ||
                      u->kind == TY_UNTYPED_NIL)) {
                    errorf(start_pos(x), "invalid operation: %s (mismatched types %s and untyped nil)",
                           expr_str(e), type_str(o->tv));
                    set_invalid(e);
                    return;
                }
                convert_untyped(xnil ? x : y, o->tv, NULL);
            } else if (!type_comparable(x->tv)) {
                bad = x;
            } else if (!type_comparable(y->tv)) {
                bad = y;
            }
            if (bad) {
                Type *u = type_under(bad->tv);
                why = u->kind == TY_SLICE ? "slice can only be compared to nil" :
                      u->kind == TY_MAP ? "map can only be compared to nil" :
                      u->kind == TY_FUNC ? "func can only be compared to nil" : NULL;
                if (why)
                    errorf(start_pos(x), "invalid operation: %s (%s)", expr_str(e), why);
                else
                    errorf(start_pos(x), "invalid operation: %s (%s cannot be compared)", expr_str(e),
                           incomparable_cause(bad->tv));
                set_invalid(e);
                return;
            }
        } else {
            Type *t = x->tv;
            ok = type_is_numeric(t) || type_is_string(t);
            if (!ok) {
                errorf(start_pos(x), "invalid operation: %s (operator %s not defined on %s)", expr_str(e),
                       op_str(op), operand_str(x) + strlen(expr_str(x)) + 2);
                /* types2: "operator < not defined on x (variable of type T)" */
                set_invalid(e);
                return;
            }
        }
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            Const r;
            const char *err;
            if (!const_binary(op, *x->cv, *y->cv, &r, &err)) {
                errorf(start_pos(e), "invalid operation: %s", err);
                set_invalid(e);
                return;
            }
            e->mode = MODE_CONST;
            e->cv = box(r);
        } else {
            e->mode = MODE_VALUE;
        }
        /* the operands keep their types; untyped ones get defaults */
        use_default(x);
        use_default(y);
        e->tv = type_untyped_bool;
        return;
    }
    Type *t = x->tv;
    bool ok;
    switch (op) {
    case TK_ADD: ok = type_is_numeric(t) || type_is_string(t); break;
    case TK_SUB: case TK_MUL: case TK_QUO: ok = type_is_numeric(t); break;
    case TK_REM: case TK_AND: case TK_OR: case TK_XOR: case TK_AND_NOT: ok = type_is_integer(t); break;
    case TK_LAND: case TK_LOR: ok = type_is_boolean(t); break;
    default: ok = false;
    }
    if (!type_identical(x->tv, y->tv) && !(type_is_untyped(x->tv) && type_is_untyped(y->tv))) {
        errorf(start_pos(x), "invalid operation: %s (mismatched types %s and %s)", expr_str(e),
               type_str(x->tv), type_str(y->tv));
        set_invalid(e);
        return;
    }
    if (!ok) {
        errorf(start_pos(x), "invalid operation: operator %s not defined on %s", op_str(op), operand_str(x));
        set_invalid(e);
        return;
    }
    if ((op == TK_QUO || op == TK_REM) && y->mode == MODE_CONST && const_sign(*y->cv) == 0 &&
        type_is_numeric(y->tv) && (type_is_integer(x->tv) || x->mode == MODE_CONST)) {
        errorf(start_pos(y), "invalid operation: division by zero");
        set_invalid(e);
        return;
    }
    e->tv = t;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        Const a = *x->cv, b = *y->cv, r;
        const char *err;
        if (!const_binary(op, a, b, &r, &err)) {
            errorf(start_pos(e), "invalid operation: %s", err);
            set_invalid(e);
            return;
        }
        /* typed integer division truncates (both are CONST_INT already) */
        e->mode = MODE_CONST;
        e->cv = box(r);
        if (!typed_const_ok(e, r, t))
            set_invalid(e);
        else if (!type_is_untyped(t) && type_is_float(t) && r.kind != CONST_FLOAT) {
            Const c = r;
            c.kind = CONST_FLOAT;
            e->cv = box(c);
        }
        return;
    }
    e->mode = MODE_VALUE;
}

/* x[i] */
static void check_index(Node *e)
{
    Node *x = e->x;
    check_expr0(x, true);
    if (invalid(x)) {
        set_invalid(e);
        return;
    }
    if (x->mode == MODE_TYPE || (x->sym && x->sym->kind == SYM_FUNC && x->kind == N_NAME &&
                                 x->sym->decl && (x->sym->decl->flags & NF_GENERIC))) {
        errorf(start_pos(e), "generics are not supported");
        set_invalid(e);
        return;
    }
    use_default(x);
    Type *u = type_under(x->tv);
    Node *i = e->y;
    if (u->kind == TY_MAP) {
        rvalue(i);
        if (!invalid(i))
            assign_to(i, u->key, "map index");
        e->mode = MODE_MAPINDEX;
        e->tv = u->elem;
        return;
    }
    int64_t length = -1;
    Type *elem;
    int mode;
    if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING) {
        elem = type_uint8;
        mode = MODE_VALUE;
        if (x->mode == MODE_CONST)
            length = (int64_t)x->cv->slen;
    } else if (u->kind == TY_SLICE) {
        elem = u->elem;
        mode = MODE_VAR;
    } else if (u->kind == TY_ARRAY) {
        elem = u->elem;
        mode = x->mode == MODE_VAR ? MODE_VAR : MODE_VALUE;
        length = u->len;
    } else if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY) {
        elem = type_under(u->elem)->elem;
        mode = MODE_VAR;
        length = type_under(u->elem)->len;
    } else {
        errorf(start_pos(x), "invalid operation: cannot index %s", operand_str(x));
        set_invalid(e);
        return;
    }
    rvalue(i);
    if (!invalid(i)) {
        if (!type_is_integer(i->tv) && !(i->mode == MODE_CONST && type_is_untyped(i->tv) &&
                                          i->tv->kind != TY_UNTYPED_STRING && i->tv->kind != TY_UNTYPED_BOOL &&
                                          const_is_integer(*i->cv))) {
            errorf(start_pos(i), "invalid argument: index %s must be integer", operand_str(i));
        } else if (i->mode == MODE_CONST) {
            if (type_is_untyped(i->tv) && const_fits_int64(*i->cv))
                convert_untyped(i, type_int, NULL);
            if (const_sign(*i->cv) < 0)
                errorf(start_pos(i), "invalid argument: index %s must not be negative", operand_str(i));
            else if (length >= 0 && (!const_fits_int64(*i->cv) || const_to_int64(*i->cv) >= length))
                errorf(start_pos(i), "invalid argument: index %s out of bounds [0:%lld]", expr_str(i),
                       (long long)length);
            else if (type_is_untyped(i->tv))
                convert_untyped(i, type_int, NULL);
        }
    }
    e->mode = mode;
    e->tv = elem;
    if (x->mode == MODE_CONST && i->mode == MODE_CONST && length >= 0 && const_fits_int64(*i->cv) &&
        const_to_int64(*i->cv) < length && const_sign(*i->cv) >= 0) {
        /* indexing a constant string is not a constant, but a byte value */
    }
}

/* x[lo:hi:max] */
static void check_slice(Node *e)
{
    Node *x = e->x;
    rvalue(x);
    if (invalid(x)) {
        set_invalid(e);
        return;
    }
    Type *u = type_under(x->tv);
    int64_t length = -1;
    if (type_is_string(u)) {
        if (e->flags & NF_SLICE3) {
            errorf(start_pos(e), "invalid operation: 3-index slice of string");
            set_invalid(e);
            return;
        }
        e->tv = type_is_untyped(x->tv) ? type_string : x->tv;
        if (type_is_untyped(x->tv))
            use_default(x);
    } else if (u->kind == TY_SLICE) {
        e->tv = x->tv;
    } else if (u->kind == TY_ARRAY) {
        if (x->mode != MODE_VAR) {
            errorf(start_pos(e), "invalid operation: %s (slice of unaddressable value)", expr_str(e));
            set_invalid(e);
            return;
        }
        mark_addrtaken(x);
        length = u->len;
        e->tv = type_slice(u->elem);
    } else if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY) {
        length = type_under(u->elem)->len;
        e->tv = type_slice(type_under(u->elem)->elem);
    } else {
        errorf(start_pos(x), "cannot slice %s", operand_str(x));
        set_invalid(e);
        return;
    }
    Node *idx[3] = {e->y, e->z, e->post};
    for (int k = 0; k < 3; k++) {
        Node *i = idx[k];
        if (!i)
            continue;
        rvalue(i);
        if (invalid(i))
            continue;
        if (!type_is_integer(i->tv) && !(i->mode == MODE_CONST && type_is_numeric(i->tv) &&
                                          const_is_integer(*i->cv))) {
            errorf(start_pos(i), "invalid argument: index %s must be integer", operand_str(i));
            continue;
        }
        if (i->mode == MODE_CONST) {
            if (const_sign(*i->cv) < 0)
                errorf(start_pos(i), "invalid argument: index %s must not be negative", operand_str(i));
            else if (length >= 0 && (!const_fits_int64(*i->cv) || const_to_int64(*i->cv) > length))
                errorf(start_pos(i), "invalid argument: index %s out of bounds [0:%lld]", expr_str(i),
                       (long long)length + 1);
        }
        use_default(i);
    }
    e->mode = MODE_VALUE;
}

/* x.(T) */
static void check_assert(Node *e)
{
    Node *x = e->x;
    rvalue(x);
    if (!e->type) {
        errorf(start_pos(e), "invalid syntax tree: use of .(type) outside type switch");
        set_invalid(e);
        return;
    }
    Type *t = check_type(e->type);
    if (invalid(x) || t->kind == TY_INVALID) {
        set_invalid(e);
        return;
    }
    if (!type_is_interface(x->tv)) {
        errorf(start_pos(x), "invalid operation: %s is not an interface", operand_str(x));
        set_invalid(e);
        return;
    }
    if (!type_is_interface(t)) {
        const char *why;
        if (!implements(t, x->tv, &why)) {
            errorf(start_pos(e), "impossible type assertion: %s\n\t%s does not implement %s %s",
                   expr_str(e), type_str(t), type_str(x->tv), why);
            set_invalid(e);
            return;
        }
    }
    e->mode = MODE_VALUE;
    e->tv = t;
}

static void check_expr0(Node *e, bool allow_type)
{
    switch (e->kind) {
    case N_NAME:
        check_name(e);
        break;
    case N_LIT:
        check_lit(e);
        break;
    case N_PAREN:
        check_expr0(e->x, allow_type);
        e->mode = e->x->mode;
        e->tv = e->x->tv;
        e->cv = e->x->cv;
        e->sym = e->x->sym;
        break;
    case N_FUNCLIT:
        check_funclit(e);
        break;
    case N_COMPLIT:
        check_complit(e, NULL);
        break;
    case N_SELECTOR:
        check_selector(e);
        break;
    case N_INDEX:
        check_index(e);
        break;
    case N_SLICE:
        check_slice(e);
        break;
    case N_ASSERT:
        check_assert(e);
        break;
    case N_CALL:
        check_call(e);
        break;
    case N_UNARY:
        check_unary(e);
        break;
    case N_BINARY:
        check_binary(e);
        break;
    case N_KEYVAL:
        errorf(start_pos(e), "unexpected key:value expression");
        set_invalid(e);
        break;
    case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE: case N_PTRTYPE:
    case N_FUNCTYPE: case N_STRUCTTYPE: case N_IFACETYPE:
        check_type(e);
        break;
    case N_ELLIPSIS:
        errorf(start_pos(e), "invalid use of [...] array (outside a composite literal)");
        set_invalid(e);
        break;
    default:
        errorf(start_pos(e), "unexpected %s in expression", ast_kindname(e->kind));
        set_invalid(e);
        break;
    }
    if (e->mode == MODE_TYPE && !allow_type) {
        errorf(start_pos(e), "%s (type) is not an expression", expr_str(e));
        set_invalid(e);
    }
}

/* An expression used for its single value (untyped stays untyped). */
static void post_value(Node *e);

static void rvalue(Node *e)
{
    check_expr0(e, false);
    post_value(e);
}

/* The checks of rvalue on an already checked expression. */
static void post_value(Node *e)
{
    if (invalid(e))
        return;
    switch (e->mode) {
    case MODE_NOVALUE:
        errorf(start_pos(e), "%s (no value) used as value", expr_str(e));
        set_invalid(e);
        return;
    case MODE_BUILTIN:
        errorf(start_pos(e), "%s (built-in) must be called", expr_str(e));
        set_invalid(e);
        return;
    case MODE_PKG:
        errorf(start_pos(e), "use of package %s without selector", expr_str(e));
        set_invalid(e);
        return;
    default:
        break;
    }
    if (e->tv && e->tv->kind == TY_TUPLE) {
        errorf(start_pos(e), "multiple-value %s (value of type %s) in single-value context", expr_str(e),
               type_str(e->tv));
        set_invalid(e);
    }
}

/* An expression whose value is used without a typed context. */
static void value_default(Node *e)
{
    rvalue(e);
    if (!invalid(e))
        use_default(e);
}

/* ===================================================================== */
/* Calls, conversions, builtins                                          */
/* ===================================================================== */

static int count_list(Node *l)
{
    int n = 0;
    for (; l; l = l->next)
        n++;
    return n;
}

/* Spec "Conversions": whether a value x (typed) can be converted to t. */
static bool convertible(Node *x, Type *t)
{
    Type *v = x->tv;
    const char *why;
    if (assignable(v, t, &why))
        return true;
    Type *vu = type_under(v), *tu = type_under(t);
    if (type_identical(vu, tu))
        return true;
    if (vu->kind == TY_POINTER && tu->kind == TY_POINTER &&
        type_identical(type_under(vu->elem), type_under(tu->elem)))
        return true;
    if (type_is_numeric(vu) && type_is_numeric(tu))
        return true;
    if (type_is_string(tu) && type_is_integer(vu))
        return true;
    if (type_is_string(tu) && vu->kind == TY_SLICE &&
        (type_under(vu->elem)->kind == TY_UINT8 || type_under(vu->elem)->kind == TY_INT32))
        return true;
    if (type_is_string(vu) && tu->kind == TY_SLICE &&
        (type_under(tu->elem)->kind == TY_UINT8 || type_under(tu->elem)->kind == TY_INT32))
        return true;
    if (vu->kind == TY_SLICE && tu->kind == TY_POINTER && type_under(tu->elem)->kind == TY_ARRAY &&
        type_identical(vu->elem, type_under(tu->elem)->elem))
        return true;
    return false;
}

/* The UTF-8 string of a rune constant, as string(r) gives it. */
static Const rune_string(Const c)
{
    int64_t r = const_fits_int64(c) ? const_to_int64(c) : 0xFFFD;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    char *s = xcalloc(5);
    int len;
    if (r < 0x80) {
        s[0] = (char)r;
        len = 1;
    } else if (r < 0x800) {
        s[0] = (char)(0xC0 | (r >> 6));
        s[1] = (char)(0x80 | (r & 0x3F));
        len = 2;
    } else if (r < 0x10000) {
        s[0] = (char)(0xE0 | (r >> 12));
        s[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        s[2] = (char)(0x80 | (r & 0x3F));
        len = 3;
    } else {
        s[0] = (char)(0xF0 | (r >> 18));
        s[1] = (char)(0x80 | ((r >> 12) & 0x3F));
        s[2] = (char)(0x80 | ((r >> 6) & 0x3F));
        s[3] = (char)(0x80 | (r & 0x3F));
        len = 4;
    }
    Const sc = {.kind = CONST_STRING, .s = s, .slen = (size_t)len};
    return sc;
}

static bool same_family(Type *a, Type *b)
{
    return (type_is_numeric(a) && type_is_numeric(b)) || (type_is_string(a) && type_is_string(b)) ||
           (type_is_boolean(a) && type_is_boolean(b));
}

/* T(x) */
static void check_conversion(Node *e, Type *t)
{
    e->cflags |= CF_CONVERSION;
    int n = count_list(e->list);
    if (n != 1 || (e->flags & NF_SPREAD)) {
        if (n == 0)
            errorf(start_pos(e), "missing argument in conversion to %s", type_str(t));
        else if (n > 1)
            errorf(e->list->next->pos, "too many arguments in conversion to %s", type_str(t));
        else
            errorf(start_pos(e), "invalid use of ... in conversion to %s", type_str(t));
        for (Node *a = e->list; a; a = a->next)
            check_expr0(a, true);
        set_invalid(e);
        return;
    }
    Node *x = e->list;
    rvalue(x);
    if (invalid(x) || t->kind == TY_INVALID) {
        set_invalid(e);
        return;
    }
    e->tv = t;
    if (x->mode == MODE_CONST && is_basic_const_type(t)) {
        Const c = *x->cv, out;
        if (type_is_string(t) && type_is_integer(x->tv)) {
            use_default(x);
            e->mode = MODE_CONST;
            e->cv = box(rune_string(c));
            return;
        }
        int r = same_family(x->tv, t) ? representable(c, t, &out) : REP_MISMATCH;
        if (r != REP_OK) {
            if (r == REP_TRUNCATED)
                errorf(start_pos(x), "cannot convert %s to type %s (truncated)", operand_str(x), type_str(t));
            else
                errorf(start_pos(x), "cannot convert %s to type %s", operand_str(x), type_str(t));
            set_invalid(e);
            return;
        }
        if (type_is_untyped(x->tv))
            set_type_rec(x, t);
        e->mode = MODE_CONST;
        e->cv = box(out);
        return;
    }
    if (type_is_untyped(x->tv)) {
        if (x->tv->kind == TY_UNTYPED_NIL) {
            Type *tu = type_under(t);
            if (tu->kind == TY_POINTER || tu->kind == TY_SLICE || tu->kind == TY_MAP ||
                tu->kind == TY_CHAN || tu->kind == TY_FUNC || tu->kind == TY_INTERFACE) {
                x->tv = t;
                e->mode = MODE_VALUE;
                return;
            }
            errorf(start_pos(x), "cannot convert nil to type %s", type_str(t));
            set_invalid(e);
            return;
        }
        if (x->mode != MODE_CONST && is_basic_const_type(t) && same_family(x->tv, t))
            set_type_rec(x, t);
        else
            use_default(x);
    }
    if (!convertible(x, t)) {
        errorf(start_pos(x), "cannot convert %s to type %s", operand_str(x), type_str(t));
        set_invalid(e);
        return;
    }
    e->mode = MODE_VALUE;
}

static const char *builtin_names[] = {
    [BI_NONE] = "?", [BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLEAR] = "clear",
    [BI_CLOSE] = "close", [BI_COPY] = "copy", [BI_DELETE] = "delete", [BI_LEN] = "len",
    [BI_MAKE] = "make", [BI_MAX] = "max", [BI_MIN] = "min", [BI_NEW] = "new",
    [BI_PANIC] = "panic", [BI_PRINT] = "print", [BI_PRINTLN] = "println", [BI_RECOVER] = "recover",
};

static bool arg_count(Node *e, int n, int min, int max)
{
    if (n < min) {
        errorf(e->endpos.line ? e->endpos : e->pos, "not enough arguments for %s (expected %d, found %d)",
               expr_str(e), min, n);
        return false;
    }
    if (max >= 0 && n > max) {
        Node *a = e->list;
        for (int i = 0; i < max && a; i++)
            a = a->next;
        errorf(start_pos(e), "too many arguments for %s (expected %d, found %d)", expr_str(e), max, n);
        return false;
    }
    return true;
}

/* A make size argument: a non-negative integer. */
static bool size_arg(Node *a)
{
    rvalue(a);
    if (invalid(a))
        return false;
    if (a->mode == MODE_CONST && type_is_untyped(a->tv)) {
        if (!type_is_numeric(a->tv) || !const_is_integer(*a->cv)) {
            errorf(start_pos(a), "%s truncated to int", operand_str(a));
            return false;
        }
        if (const_sign(*a->cv) < 0) {
            errorf(start_pos(a), "invalid argument: index %s must not be negative", operand_str(a));
            return false;
        }
        convert_untyped(a, type_int, NULL);
        return true;
    }
    if (!type_is_integer(a->tv)) {
        errorf(start_pos(a), "cannot convert %s to type int", operand_str(a));
        return false;
    }
    if (a->mode == MODE_CONST && const_sign(*a->cv) < 0) {
        errorf(start_pos(a), "invalid argument: index %s must not be negative", operand_str(a));
        return false;
    }
    return true;
}

static void novalue(Node *e)
{
    e->mode = MODE_NOVALUE;
    e->tv = NULL;
}

/* The argument of a one-argument builtin, checked as a value. */
static Node *one_arg(Node *e, int n)
{
    if (!arg_count(e, n, 1, 1)) {
        for (Node *a = e->list; a; a = a->next)
            check_expr0(a, true);
        set_invalid(e);
        return NULL;
    }
    rvalue(e->list);
    if (invalid(e->list)) {
        set_invalid(e);
        return NULL;
    }
    return e->list;
}

static void check_minmax(Node *e, Builtin bi, int n)
{
    Node *args = e->list;
    if (n == 0) {
        errorf(e->endpos.line ? e->endpos : e->pos, "not enough arguments for %s() (expected 1, found 0)",
               builtin_names[bi]);
        set_invalid(e);
        return;
    }
    bool allconst = true;
    for (Node *a = args; a; a = a->next) {
        rvalue(a);
        if (invalid(a)) {
            set_invalid(e);
            return;
        }
        if (!(type_is_numeric(a->tv) || type_is_string(a->tv))) {
            errorf(start_pos(a), "invalid argument: %s cannot be ordered", operand_str(a));
            set_invalid(e);
            return;
        }
        if (a->mode != MODE_CONST)
            allconst = false;
    }
    /* the common type: the typed operands', else the widest untyped kind */
    Type *t = NULL;
    for (Node *a = args; a; a = a->next)
        if (!type_is_untyped(a->tv)) {
            t = a->tv;
            break;
        }
    if (t) {
        for (Node *a = args; a; a = a->next) {
            if (type_is_untyped(a->tv)) {
                if (!convert_untyped(a, t, NULL)) {
                    set_invalid(e);
                    return;
                }
            } else if (!type_identical(a->tv, t)) {
                errorf(start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                       type_str(t), type_str(a->tv), expr_str(a));
                set_invalid(e);
                return;
            }
        }
    } else {
        t = args->tv;
        for (Node *a = args->next; a; a = a->next) {
            if (untyped_rank(a->tv) > untyped_rank(t))
                t = a->tv;
            if (!same_family(a->tv, t)) {
                errorf(start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                       type_str(t), type_str(a->tv), expr_str(a));
                set_invalid(e);
                return;
            }
        }
    }
    e->tv = t;
    if (allconst) {
        Node *acc = args;
        for (Node *a = args->next; a; a = a->next) {
            Const r;
            const char *err;
            if (const_binary(bi == BI_MIN ? TK_LSS : TK_GTR, *a->cv, *acc->cv, &r, &err) && r.b)
                acc = a;
        }
        e->mode = MODE_CONST;
        Const out;
        e->cv = representable(*acc->cv, t, &out) == REP_OK ? box(out) : acc->cv;
        return;
    }
    if (type_is_untyped(t)) {
        t = type_default(t);
        for (Node *a = args; a; a = a->next)
            convert_untyped(a, t, NULL);
    }
    e->tv = t;
    e->mode = MODE_VALUE;
}

static void check_builtin(Node *e, Builtin bi)
{
    Node *args = e->list, *a;
    int n = count_list(args);
    e->mode = MODE_VALUE;
    if ((e->flags & NF_SPREAD) && bi != BI_APPEND) {
        errorf(start_pos(e), "invalid operation: invalid use of ... with built-in %s", builtin_names[bi]);
        for (a = args; a; a = a->next)
            check_expr0(a, true);
        set_invalid(e);
        return;
    }
    switch (bi) {
    case BI_LEN:
    case BI_CAP: {
        if (!(a = one_arg(e, n)))
            return;
        Type *u = type_under(a->tv);
        if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
            u = type_under(u->elem);
        bool ok = u->kind == TY_SLICE || u->kind == TY_ARRAY || u->kind == TY_CHAN ||
                  (bi == BI_LEN && (type_is_string(u) || u->kind == TY_MAP));
        if (!ok) {
            errorf(start_pos(a), "invalid argument: %s for %s", operand_str(a), builtin_names[bi]);
            set_invalid(e);
            return;
        }
        e->tv = type_int;
        if (a->mode == MODE_CONST && type_is_string(u)) {
            e->mode = MODE_CONST;
            e->cv = box(const_make_int64((int64_t)a->cv->slen));
        } else if (u->kind == TY_ARRAY && a->kind != N_CALL && a->kind != N_UNARY) {
            /* len of an array without calls or receives is constant */
            e->mode = MODE_CONST;
            e->cv = box(const_make_int64(u->len));
        }
        use_default(a);
        return;
    }
    case BI_APPEND: {
        if (n == 0) {
            errorf(e->endpos.line ? e->endpos : e->pos, "not enough arguments for append() (expected 1, found 0)");
            set_invalid(e);
            return;
        }
        rvalue(args);
        if (invalid(args)) {
            for (a = args->next; a; a = a->next)
                check_expr0(a, true);
            set_invalid(e);
            return;
        }
        if (args->tv->kind == TY_UNTYPED_NIL) {
            errorf(start_pos(args), "first argument to append must be a typed slice; found untyped nil");
            set_invalid(e);
            return;
        }
        Type *s = args->tv;
        Type *u = type_under(s);
        if (u->kind != TY_SLICE) {
            errorf(start_pos(args), "first argument to append must be a slice; have %s", operand_str(args));
            set_invalid(e);
            return;
        }
        e->tv = s;
        if (e->flags & NF_SPREAD) {
            if (n != 2) {
                errorf(start_pos(e), "can only use ... with final argument in list");
                set_invalid(e);
                return;
            }
            a = args->next;
            rvalue(a);
            if (invalid(a))
                return;
            if (type_is_string(a->tv) && type_under(u->elem)->kind == TY_UINT8) {
                use_default(a);
                return;
            }
            assign_to(a, type_slice(u->elem), "argument to append");
            return;
        }
        for (a = args->next; a; a = a->next) {
            rvalue(a);
            if (!invalid(a))
                assign_to(a, u->elem, "argument to append");
        }
        return;
    }
    case BI_COPY: {
        if (!arg_count(e, n, 2, 2)) {
            set_invalid(e);
            return;
        }
        rvalue(args);
        rvalue(args->next);
        if (invalid(args) || invalid(args->next)) {
            set_invalid(e);
            return;
        }
        use_default(args->next);
        Type *d = type_under(args->tv), *s = type_under(args->next->tv);
        if (d->kind != TY_SLICE || !(s->kind == TY_SLICE || type_is_string(s))) {
            errorf(start_pos(e), "invalid argument: copy expects slice arguments; found %s and %s",
                   operand_str(args), operand_str(args->next));
            set_invalid(e);
            return;
        }
        e->tv = type_int;
        return;
    }
    case BI_DELETE: {
        if (!arg_count(e, n, 2, 2)) {
            set_invalid(e);
            return;
        }
        rvalue(args);
        rvalue(args->next);
        if (invalid(args) || invalid(args->next)) {
            set_invalid(e);
            return;
        }
        Type *m = type_under(args->tv);
        if (m->kind != TY_MAP) {
            errorf(start_pos(args), "invalid argument: %s is not a map", operand_str(args));
            set_invalid(e);
            return;
        }
        assign_to(args->next, m->key, "argument to delete");
        novalue(e);
        return;
    }
    case BI_CLEAR: {
        if (!(a = one_arg(e, n)))
            return;
        Type *u = type_under(a->tv);
        if (u->kind != TY_MAP && u->kind != TY_SLICE) {
            errorf(start_pos(a), "invalid argument: %s must be a map or slice", operand_str(a));
            set_invalid(e);
            return;
        }
        novalue(e);
        return;
    }
    case BI_CLOSE: {
        if (!(a = one_arg(e, n)))
            return;
        Type *u = type_under(a->tv);
        if (u->kind != TY_CHAN) {
            errorf(start_pos(a), "invalid operation: non-chan argument %s", operand_str(a));
            set_invalid(e);
            return;
        }
        if (u->dir == CHAN_RECV) {
            errorf(start_pos(a), "invalid operation: cannot close receive-only channel %s", operand_str(a));
            set_invalid(e);
            return;
        }
        novalue(e);
        return;
    }
    case BI_MAKE: {
        if (n == 0) {
            errorf(e->endpos.line ? e->endpos : e->pos, "not enough arguments for make() (expected 1, found 0)");
            set_invalid(e);
            return;
        }
        Type *t = check_type(args);
        if (t->kind == TY_INVALID) {
            set_invalid(e);
            return;
        }
        Type *u = type_under(t);
        int min = 1, max = 2;
        if (u->kind == TY_SLICE) {
            min = 2;
            max = 3;
        } else if (u->kind != TY_MAP && u->kind != TY_CHAN) {
            errorf(start_pos(args), "invalid argument: cannot make %s; type must be slice, map, or channel",
                   expr_str(args));
            set_invalid(e);
            return;
        }
        if (n < min || n > max) {
            errorf(start_pos(e), "invalid operation: %s expects %d or %d arguments; found %d", expr_str(e), min,
                   max, n);
            set_invalid(e);
            return;
        }
        Node *sizes[2] = {0};
        int k = 0;
        for (a = args->next; a; a = a->next) {
            sizes[k++] = a;
            size_arg(a);
        }
        if (k == 2 && sizes[0]->mode == MODE_CONST && sizes[1]->mode == MODE_CONST && sizes[0]->cv &&
            sizes[1]->cv && const_fits_int64(*sizes[0]->cv) && const_fits_int64(*sizes[1]->cv) &&
            const_to_int64(*sizes[0]->cv) > const_to_int64(*sizes[1]->cv))
            errorf(sizes[0]->pos, "invalid argument: length and capacity swapped");
        e->tv = t;
        return;
    }
    case BI_NEW: {
        if (!arg_count(e, n, 1, 1)) {
            set_invalid(e);
            return;
        }
        Type *t = check_type(args);
        if (t->kind == TY_INVALID) {
            set_invalid(e);
            return;
        }
        e->tv = type_pointer(t);
        return;
    }
    case BI_PANIC:
        if (!(a = one_arg(e, n)))
            return;
        assign_to(a, type_any, "argument to panic");
        novalue(e);
        return;
    case BI_PRINT:
    case BI_PRINTLN:
        for (a = args; a; a = a->next) {
            rvalue(a);
            if (!invalid(a)) {
                if (a->tv->kind == TY_UNTYPED_NIL)
                    errorf(start_pos(a), "use of untyped nil in argument to built-in %s", builtin_names[bi]);
                use_default(a);
            }
        }
        novalue(e);
        return;
    case BI_RECOVER:
        if (!arg_count(e, n, 0, 0)) {
            set_invalid(e);
            return;
        }
        if (cur_fc)
            cur_fc->fn->hasrecover = true;
        e->tv = type_any;
        return;
    case BI_MIN:
    case BI_MAX:
        check_minmax(e, bi, n);
        return;
    default:
        set_invalid(e);
        return;
    }
}

/* "(number, string)" as types2 prints the argument types of a bad call. */
static const char *have_list(Node *args)
{
    Buf b = {0};
    bputs(&b, "(", 1);
    for (Node *a = args; a; a = a->next) {
        if (a != args)
            bstr(&b, ", ");
        if (a->tv && type_is_untyped(a->tv) && type_is_numeric(a->tv))
            bstr(&b, "number");
        else if (a->tv && a->tv->kind == TY_TUPLE)
            bstr(&b, type_str(a->tv) + 1), b.len--, b.s[b.len] = 0;
        else
            bstr(&b, a->tv ? type_str(a->tv) : "invalid type");
    }
    bstr(&b, ")");
    return b.s;
}

static const char *want_list(Type *sig)
{
    Buf b = {0};
    bputs(&b, "(", 1);
    for (int k = 0; k < sig->nfields; k++) {
        if (k)
            bstr(&b, ", ");
        if (sig->variadic && k == sig->nfields - 1) {
            bstr(&b, "...");
            bstr(&b, type_str(sig->fields[k].type->elem));
        } else {
            bstr(&b, type_str(sig->fields[k].type));
        }
    }
    bstr(&b, ")");
    return b.s;
}

static Node *at_last(Node *l)
{
    while (l->next)
        l = l->next;
    return l;
}

/* The arguments of a call to a function of type sig. */
static void check_args(Node *e, Type *sig, const char *fname)
{
    Node *args = e->list;
    int n = count_list(args);
    const char *ctx = xprintf("argument to %s", fname);
    int np = sig->nfields;
    bool spread = (e->flags & NF_SPREAD) != 0;
    /* f(g()) with multi-value g */
    if (n == 1 && args->kind == N_CALL) {
        check_expr0(args, false);
        if (invalid(args))
            return;
        if (args->tv && args->tv->kind == TY_TUPLE) {
            Type *tup = args->tv;
            e->cflags |= CF_MULTIARG;
            if (sig->variadic ? tup->nfields >= np - 1 : tup->nfields == np) {
                for (int i = 0; i < tup->nfields; i++) {
                    Type *pt = sig->variadic && i >= np - 1 ? sig->fields[np - 1].type->elem : sig->fields[i].type;
                    const char *why;
                    if (!assignable(tup->fields[i].type, pt, &why)) {
                        errorf(start_pos(args), "cannot use %s (value of type %s) as %s value in %s", expr_str(args),
                               type_str(tup->fields[i].type), type_str(pt), ctx);
                        return;
                    }
                }
                return;
            }
            errorf(tup->nfields < np && e->endpos.line ? e->endpos : args->pos,
                   "%s arguments in call to %s\n\thave %s\n\twant %s",
                   tup->nfields < np ? "not enough" : "too many", fname, type_str(tup), want_list(sig));
            return;
        }
        if (args->mode == MODE_NOVALUE) {
            errorf(start_pos(args), "%s (no value) used as value", expr_str(args));
            return;
        }
    } else {
        for (Node *a = args; a; a = a->next)
            rvalue(a);
    }
    for (Node *a = args; a; a = a->next)
        if (invalid(a))
            return;
    if (spread && !sig->variadic) {
        errorf(start_pos(e), "have (...) but function is not variadic: %s", fname);
        return;
    }
    bool count_ok = sig->variadic && !spread ? n >= np - 1 : n == np;
    if (!count_ok) {
        Node *at = args;
        for (int k = 0; at && k < np; k++)
            at = at->next;
        if (n < np)
            errorf(n > 0 ? start_pos(at_last(args)) : e->endpos.line ? e->endpos : e->pos,
                   "not enough arguments in call to %s\n\thave %s\n\twant %s",
                   fname, have_list(args), want_list(sig));
        else
            errorf(at ? at->pos : e->pos, "too many arguments in call to %s\n\thave %s\n\twant %s", fname,
                   have_list(args), want_list(sig));
        return;
    }
    int i = 0;
    for (Node *a = args; a; a = a->next, i++) {
        Type *pt;
        if (sig->variadic && i >= np - 1)
            pt = spread ? sig->fields[np - 1].type : sig->fields[np - 1].type->elem;
        else
            pt = sig->fields[i].type;
        assign_to(a, pt, ctx);
    }
}

/* f(args), T(x), builtin(args) */
static void check_call(Node *e)
{
    Node *f = e->x;
    check_expr0(f, true);
    if (invalid(f)) {
        for (Node *a = e->list; a; a = a->next)
            check_expr0(a, true);
        set_invalid(e);
        return;
    }
    if (f->mode == MODE_TYPE) {
        check_conversion(e, f->tv);
        return;
    }
    if (f->mode == MODE_BUILTIN) {
        check_builtin(e, f->sym->builtin);
        return;
    }
    if (f->mode == MODE_PKG) {
        errorf(start_pos(f), "use of package %s without selector", expr_str(f));
        set_invalid(e);
        return;
    }
    Type *u = f->tv ? type_under(f->tv) : NULL;
    if (!u || u->kind != TY_FUNC) {
        errorf(start_pos(e), "invalid operation: cannot call non-function %s", operand_str(f));
        for (Node *a = e->list; a; a = a->next)
            check_expr0(a, true);
        set_invalid(e);
        return;
    }
    check_args(e, u, expr_str(f));
    if (u->nresults == 0) {
        novalue(e);
    } else if (u->nresults == 1) {
        e->mode = MODE_VALUE;
        e->tv = u->results[0].type;
    } else {
        e->mode = MODE_VALUE;
        e->tv = type_tuple(u->results, u->nresults);
    }
}

/* ===================================================================== */
/* Composite literals                                                    */
/* ===================================================================== */

/* An element of a composite literal of element type t; an elided
 * literal `{...}` takes t (or, for *T, &T{...}). */
static void complit_elem(Node *v, Type *t, const char *ctx)
{
    if (v->kind == N_COMPLIT && !v->type) {
        Type *et = t;
        bool ptr = false;
        if (type_under(et)->kind == TY_POINTER) {
            et = type_under(et)->elem;
            ptr = true;
        }
        check_complit(v, et);
        if (ptr && !invalid(v))
            v->tv = t;  /* &T{...} elided: the element's tv is *T */
        return;
    }
    rvalue(v);
    if (!invalid(v))
        assign_to(v, t, ctx);
}

/* T{...} */
static void check_complit(Node *e, Type *t)
{
    if (e->type) {
        if (e->type->kind == N_ARRAYTYPE && e->type->x->kind == N_ELLIPSIS) {
            /* [...]T{...}: the length is the largest index + 1 */
            Type *elem = check_type(e->type->type);
            int64_t len = 0, idx = 0;
            for (Node *el = e->list; el; el = el->next) {
                if (el->kind == N_KEYVAL) {
                    rvalue(el->x);
                    if (el->x->mode == MODE_CONST && const_fits_int64(*el->x->cv))
                        idx = const_to_int64(*el->x->cv);
                }
                idx++;
                if (idx > len)
                    len = idx;
            }
            t = elem->kind == TY_INVALID ? type_invalid : type_array(elem, len);
            e->type->mode = MODE_TYPE;
            e->type->tv = t;
            e->type->x->mode = MODE_CONST;
        } else {
            t = check_type(e->type);
        }
    }
    if (!t) {
        errorf(start_pos(e), "invalid composite literal type: missing type");
        set_invalid(e);
        return;
    }
    if (t->kind == TY_INVALID) {
        for (Node *el = e->list; el; el = el->next)
            if (el->kind != N_KEYVAL && el->kind != N_COMPLIT)
                check_expr0(el, true);
        set_invalid(e);
        return;
    }
    Type *u = type_under(t);
    e->mode = MODE_VALUE;
    e->tv = t;
    switch (u->kind) {
    case TY_STRUCT:
        if (!e->list)
            return;
        if (e->list->kind == N_KEYVAL) {
            for (Node *el = e->list; el; el = el->next) {
                if (el->kind != N_KEYVAL || el->x->kind != N_NAME) {
                    errorf(start_pos(el), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                int fi = -1;
                for (int i = 0; i < u->nfields; i++)
                    if (u->fields[i].name == el->x->name)
                        fi = i;
                if (fi < 0 || (u->fields[fi].pkg && strcmp(u->fields[fi].pkg, cur_pkg->path) &&
                               !is_exported(u->fields[fi].name))) {
                    errorf(start_pos(el->x), "unknown field '%s' in struct literal of type %s", el->x->name,
                           type_str(t));
                    check_expr0(el->y, true);
                    continue;
                }
                el->x->mode = MODE_VALUE;
                el->x->tv = u->fields[fi].type;
                el->op = fi;    /* the field index, for the lowering */
                complit_elem(el->y, u->fields[fi].type, "struct literal");
            }
        } else {
            int i = 0;
            for (Node *el = e->list; el; el = el->next, i++) {
                if (el->kind == N_KEYVAL) {
                    errorf(start_pos(el), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (i >= u->nfields) {
                    errorf(start_pos(el), "too many values in struct literal of type %s", type_str(t));
                    break;
                }
                complit_elem(el, u->fields[i].type, "struct literal");
            }
            if (i < u->nfields) {
                Node *last = e->list;
                while (last && last->next)
                    last = last->next;
                errorf(last ? find_after(start_pos(last), "}") : e->pos, "too few values in %s", expr_str(e));
            }
        }
        return;
    case TY_ARRAY:
    case TY_SLICE: {
        int64_t idx = 0;
        Vec used = {0};
        for (Node *el = e->list; el; el = el->next) {
            Node *v = el;
            if (el->kind == N_KEYVAL) {
                rvalue(el->x);
                if (!invalid(el->x)) {
                    if (el->x->mode != MODE_CONST || !type_is_integer(el->x->tv) ||
                        !const_is_integer(*el->x->cv) || !const_fits_int64(*el->x->cv)) {
                        errorf(start_pos(el->x), "index %s must be integer constant", expr_str(el->x));
                    } else {
                        idx = const_to_int64(*el->x->cv);
                        convert_untyped(el->x, type_int, NULL);
                    }
                }
                v = el->y;
            }
            for (int k = 0; k < used.n; k++)
                if ((int64_t)(intptr_t)used.a[k] == idx) {
                    errorf(el->kind == N_KEYVAL ? el->pos : start_pos(el), "duplicate index %lld in array or slice literal",
                           (long long)idx);
                    break;
                }
            vec_push(&used, (void *)(intptr_t)idx);
            if (u->kind == TY_ARRAY && idx >= u->len)
                errorf(start_pos(v), "index %lld out of bounds [0:%lld]", (long long)idx, (long long)u->len);
            complit_elem(v, u->elem, "array or slice literal");
            idx++;
        }
        return;
    }
    case TY_MAP:
        for (Node *el = e->list; el; el = el->next) {
            if (el->kind != N_KEYVAL) {
                errorf(start_pos(el), "missing key in map literal");
                check_expr0(el, true);
                continue;
            }
            complit_elem(el->x, u->key, "map literal");
            complit_elem(el->y, u->elem, "map literal");
            if (el->x->mode == MODE_CONST && el->x->cv) {
                for (Node *p = e->list; p != el; p = p->next) {
                    Const r;
                    const char *err;
                    if (p->kind == N_KEYVAL && p->x->mode == MODE_CONST && p->x->cv &&
                        type_identical(p->x->tv, el->x->tv) &&
                        const_binary(TK_EQL, *p->x->cv, *el->x->cv, &r, &err) && r.b) {
                        errorf(start_pos(el->x), "duplicate key %s in map literal", expr_str(el->x));
                        break;
                    }
                }
            }
        }
        return;
    default:
        errorf(start_pos(e), "invalid composite literal type %s", type_str(t));
        set_invalid(e);
        return;
    }
}

/* ===================================================================== */
/* Local declarations                                                    */
/* ===================================================================== */

static Sym *decl_sym_at(Sym *s)
{
    return s;
}

static void redeclared(Node *name, Sym *old)
{
    if (old->pos.line && old->file)
        errorf(name->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", name->name,
               old->file->name, old->pos.line, old->pos.col, name->name);
    else
        errorf(name->pos, "%s redeclared in this block", name->name);
}

/* Declare the object s, named by the N_NAME node name, in the current
 * scope (the blank identifier declares nothing). */
static void declare(Node *name, Sym *s)
{
    name->sym = s;
    name->cflags |= CF_DECL;
    s->decl = name;
    s->pos = name->pos;
    if (name->name == n_blank)
        return;
    Sym *old = scope_lookup_local(cur_scope, name->name);
    if (old) {
        redeclared(name, decl_sym_at(old));
        return;
    }
    scope_insert(cur_scope, s);
}

/* A new local variable. */
static Sym *new_local(Node *name, Type *t)
{
    Sym *s = new_sym(SYM_VAR, name->name, name->pos);
    s->type = t;
    s->owner = cur_fc ? cur_fc->fn : NULL;
    if (cur_fc)
        vec_push(&cur_fc->locals, s);
    return s;
}

/* Whether e can give a comma-ok second value: m[k], <-c, x.(T). */
static bool commaok_capable(Node *e)
{
    while (e->kind == N_PAREN)
        e = e->x;
    return (e->kind == N_INDEX && e->mode == MODE_MAPINDEX) || (e->kind == N_UNARY && e->op == TK_ARROW) ||
           (e->kind == N_ASSERT && e->type);
}

static void mark_commaok(Node *e)
{
    for (; e; e = e->kind == N_PAREN ? e->x : NULL)
        e->cflags |= CF_COMMAOK;
}

/* The types of the values on the right of an assignment or
 * declaration of nlhs variables: the values themselves (n == nlhs),
 * a multi-value call, or a comma-ok form.  Values are checked here;
 * out[i] gets the i-th value's type (after defaults when untyped is
 * not wanted); ok is false after an error.  vals[i] is the value node,
 * or NULL for tuple elements. */
static bool rhs_values(Node *rhs, int nlhs, Type **out, Node **vals, Pos pos, const char *what)
{
    int n = count_list(rhs);
    Node *r0 = rhs;
    while (r0 && r0->kind == N_PAREN)
        r0 = r0->x;
    pos = start_pos(rhs);
    if (n == 1 && nlhs == 1) {
        check_expr0(rhs, false);
        if (rhs->tv && rhs->tv->kind == TY_TUPLE && r0->kind == N_CALL) {
            errorf(pos, "assignment mismatch: 1 variable but %s returns %d values", expr_str(r0->x),
                   rhs->tv->nfields);
            return false;
        }
        post_value(rhs);
        out[0] = rhs->tv;
        vals[0] = rhs;
        return !invalid(rhs);
    }
    if (n == nlhs) {
        int i = 0;
        bool ok = true;
        for (Node *v = rhs; v; v = v->next, i++) {
            rvalue(v);
            if (invalid(v))
                ok = false;
            out[i] = v->tv;
            vals[i] = v;
        }
        return ok;
    }
    if (n == 1) {
        Node *v = rhs;
        check_expr0(v, false);
        if (invalid(v))
            return false;
        if (v->mode == MODE_NOVALUE) {
            errorf(start_pos(v), "%s (no value) used as value", expr_str(v));
            return false;
        }
        if (v->tv && v->tv->kind == TY_TUPLE) {
            if (v->tv->nfields == nlhs) {
                for (int i = 0; i < nlhs; i++) {
                    out[i] = v->tv->fields[i].type;
                    vals[i] = NULL;
                }
                return true;
            }
            errorf(pos, "assignment mismatch: %d variable%s but %s returns %d value%s", nlhs, nlhs > 1 ? "s" : "",
                   expr_str(r0->kind == N_CALL ? r0->x : v), v->tv->nfields, v->tv->nfields > 1 ? "s" : "");
            return false;
        }
        if (nlhs == 2 && commaok_capable(v)) {
            mark_commaok(v);
            out[0] = v->tv;
            out[1] = type_untyped_bool;
            vals[0] = v;
            vals[1] = NULL;
            return true;
        }
    } else {
        for (Node *v = rhs; v; v = v->next)
            check_expr0(v, true);
    }
    if (n == 1 && r0->kind == N_CALL)
        errorf(pos, "assignment mismatch: %d variable%s but %s returns 1 value", nlhs, nlhs > 1 ? "s" : "",
               expr_str(r0->x));
    else
        errorf(pos, "assignment mismatch: %d variable%s but %d value%s", nlhs, nlhs > 1 ? "s" : "", n,
               n > 1 ? "s" : "");
    (void)what;
    return false;
}

/* var names [T] [= values] (local or package level): gives each
 * variable its type.  syms[i] are the variables (already made). */
static void check_var_spec(Node *spec, Sym **syms, int nnames)
{
    Type *declared = spec->type ? check_type(spec->type) : NULL;
    Node *names = spec->list;
    if (!spec->x) {
        for (int i = 0; i < nnames; i++)
            syms[i]->type = declared ? declared : type_invalid;
        return;
    }
    Type **types = xcalloc(sizeof *types * (size_t)nnames);
    Node **vals = xcalloc(sizeof *vals * (size_t)nnames);
    bool ok = rhs_values(spec->x, nnames, types, vals, names->pos, "variable declaration");
    int i = 0;
    for (Node *nm = names; nm; nm = nm->next, i++) {
        Type *t = declared;
        if (!ok) {
            syms[i]->type = declared ? declared : type_invalid;
            continue;
        }
        if (vals[i]) {
            if (declared) {
                assign_to(vals[i], declared, "variable declaration");
            } else {
                if (vals[i]->tv->kind == TY_UNTYPED_NIL) {
                    errorf(start_pos(vals[i]), "use of untyped nil in variable declaration");
                    t = type_invalid;
                } else {
                    use_default(vals[i]);
                    t = vals[i]->tv;
                }
            }
        } else {
            Type *vt = type_is_untyped(types[i]) ? type_default(types[i]) : types[i];
            if (declared) {
                const char *why;
                if (!assignable(vt, declared, &why))
                    errorf(nm->pos, "cannot use %s value as %s value in assignment", type_str(vt),
                           type_str(declared));
            } else {
                t = vt;
            }
        }
        syms[i]->type = t;
    }
}

/* const names [T] = values, with the group's implicit repetition and
 * iota (info->typeexpr/valexpr hold the inherited ones). */
static void check_const_value(Sym *s, Node *typeexpr, Node *valexpr, int index, int iota, Node *spec)
{
    Node *saved = cur_iota;
    int saved_val = cur_iota_val;
    cur_iota = spec;
    cur_iota_val = iota;
    Type *t = typeexpr ? check_type(typeexpr) : NULL;
    Node *v = valexpr;
    for (int i = 0; v && i < index; i++)
        v = v->next;
    s->type = type_invalid;
    if (!v) {
        if (valexpr || !typeexpr)
            errorf(s->pos, valexpr ? "missing init expr for const declaration" : "missing init expr for const declaration");
        else
            errorf(s->pos, "missing init expr for const declaration");
        goto out;
    }
    rvalue(v);
    if (invalid(v))
        goto out;
    if (v->mode != MODE_CONST) {
        errorf(start_pos(v), "%s is not constant", operand_str(v));
        goto out;
    }
    if (t && t->kind != TY_INVALID) {
        if (!is_basic_const_type(t)) {
            errorf(typeexpr->pos, "invalid constant type %s", type_str(t));
            goto out;
        }
        if (!assign_to(v, t, "constant declaration"))
            goto out;
    }
    s->type = v->tv;
    s->val = v->cv;
    if (index == 0 && valexpr && valexpr->next == NULL && count_list(spec->list) > 1) {
        /* extra names without values are reported by the caller */
    }
out:
    cur_iota = saved;
    cur_iota_val = saved_val;
}

/* ===================================================================== */
/* Statements                                                            */
/* ===================================================================== */

enum {
    SC_LOOP = 1,            /* break and continue allowed */
    SC_BREAK = 2,           /* break allowed (switch, select) */
    SC_FALLTHROUGH = 4,     /* fallthrough allowed here (last statement of a non-final case) */
};

typedef struct LabelCtx {
    Sym *label;
    Node *stmt;             /* the labeled loop/switch/select */
    struct LabelCtx *outer;
} LabelCtx;

static LabelCtx *cur_labels;

static void check_stmt(Node *s, int ctx);

static void check_stmts(Node *list, int ctx)
{
    for (Node *s = list; s; s = s->next) {
        int c = ctx & ~SC_FALLTHROUGH;
        if (!s->next)
            c = ctx;
        check_stmt(s, c);
    }
}

static void check_block(Node *b, int ctx)
{
    open_scope();
    check_stmts(b->list, ctx & ~SC_FALLTHROUGH);
    close_scope();
}

/* The left side of `=`: addressable, a map index, or _. */
static void check_lhs(Node *l)
{
    if (l->kind == N_NAME && l->name == n_blank) {
        l->mode = MODE_VAR;
        l->tv = NULL;
        l->sym = new_sym(SYM_VAR, n_blank, l->pos);
        return;
    }
    /* assigning to a variable does not use it */
    Sym *s = l->kind == N_NAME ? lookup(l->name) : NULL;
    bool used = s ? s->used : false;
    check_expr0(l, false);
    if (s && s->kind == SYM_VAR)
        s->used = used;
    if (invalid(l))
        return;
    if (l->mode == MODE_VAR || l->mode == MODE_MAPINDEX)
        return;
    Node *b = l;
    while (b->kind == N_PAREN)
        b = b->x;
    if (b->kind == N_SELECTOR && b->sel && b->sel->kind == SEL_FIELD && b->x->mode == MODE_MAPINDEX) {
        errorf(start_pos(l), "cannot assign to struct field %s in map", expr_str(l));
    } else {
        errorf(start_pos(l), "cannot assign to %s", operand_str(l));
    }
    set_invalid(l);
}

/* Assign a value of type vt (vals[i] the value node, or NULL for a
 * tuple element) to the left side l. */
static void assign_value(Node *l, Node *v, Type *vt, const char *ctx)
{
    if (invalid(l))
        return;
    if (l->kind == N_NAME && l->name == n_blank) {
        if (v) {
            if (v->tv && v->tv->kind == TY_UNTYPED_NIL)
                errorf(start_pos(v), "use of untyped nil in %s", ctx);
            use_default(v);
            l->tv = v->tv;
        } else {
            l->tv = type_default(vt);
        }
        if (l->sym)
            l->sym->type = l->tv;
        return;
    }
    if (v) {
        assign_to(v, l->tv, ctx);
        return;
    }
    Type *t = type_is_untyped(vt) ? type_default(vt) : vt;
    const char *why;
    if (!assignable(t, l->tv, &why))
        errorf(start_pos(l), "cannot use %s value as %s value in %s", type_str(t), type_str(l->tv), ctx);
}

/* lhs = rhs, lhs op= rhs */
static void check_assign(Node *s)
{
    int nl = count_list(s->list);
    if (s->op != TK_ASSIGN) {
        /* x op= y: x op y assigned to x */
        Node *l = s->list, *r = s->y;
        int op = s->op - TK_ADD_ASSIGN + TK_ADD;
        check_expr0(l, false);
        if (invalid(l)) {
            check_expr0(r, true);
            return;
        }
        if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX) {
            errorf(start_pos(l), "cannot assign to %s", operand_str(l));
            check_expr0(r, true);
            return;
        }
        Node bin = {.kind = N_BINARY, .pos = l->pos, .op = op, .x = l, .y = r};
        Node lcopy = *l;
        bin.x = &lcopy;
        check_binary(&bin);
        if (!invalid(&bin) && !type_is_untyped(bin.tv) && !type_identical(bin.tv, l->tv))
            errorf(r->pos, "cannot use %s as %s value in assignment", operand_str(r), type_str(l->tv));
        if (!invalid(&bin) && r->tv && type_is_untyped(r->tv))
            use_default(r);
        if (invalid(&bin))
            return;
        if (op == TK_SHL || op == TK_SHR)
            use_default(r);
        return;
    }
    for (Node *l = s->list; l; l = l->next)
        check_lhs(l);
    Type **types = xcalloc(sizeof *types * (size_t)nl);
    Node **vals = xcalloc(sizeof *vals * (size_t)nl);
    if (!rhs_values(s->y, nl, types, vals, s->list->pos, "assignment")) {
        /* as types2's useLHS: a failed assignment counts as a use */
        for (Node *l = s->list; l; l = l->next)
            if (l->kind == N_NAME && l->sym && l->sym->kind == SYM_VAR)
                l->sym->used = true;
        return;
    }
    int i = 0;
    for (Node *l = s->list; l; l = l->next, i++)
        assign_value(l, vals[i], types[i], "assignment");
}

/* lhs := rhs */
static void check_define(Node *s)
{
    int nl = count_list(s->list);
    bool anynew = false;
    Sym **syms = xcalloc(sizeof *syms * (size_t)nl);
    int i = 0;
    for (Node *l = s->list; l; l = l->next, i++) {
        if (l->kind != N_NAME) {
            errorf(start_pos(l), "non-name %s on left side of :=", expr_str(l));
            check_expr0(l, true);
            syms[i] = NULL;
            continue;
        }
        Sym *old = l->name == n_blank ? NULL : scope_lookup_local(cur_scope, l->name);
        for (Node *p = s->list; p != l; p = p->next)
            if (p->kind == N_NAME && p->name == l->name && l->name != n_blank) {
                errorf(start_pos(l), "%s repeated on left side of :=", l->name);
            }
        if (old && old->kind == SYM_VAR) {
            syms[i] = old;
            l->sym = old;
            l->mode = MODE_VAR;
            l->tv = old->type;
            note_capture(old);
        } else {
            if (l->name != n_blank)
                anynew = true;
            syms[i] = NULL;
        }
    }
    if (!anynew)
        errorf(find_after(s->pos, ":="), "no new variables on left side of :=");
    Type **types = xcalloc(sizeof *types * (size_t)nl);
    Node **vals = xcalloc(sizeof *vals * (size_t)nl);
    bool ok = rhs_values(s->y, nl, types, vals, s->list->pos, "assignment");
    i = 0;
    Sym **news = xcalloc(sizeof *news * (size_t)nl);
    for (Node *l = s->list; l; l = l->next, i++) {
        if (l->kind != N_NAME)
            continue;
        if (syms[i]) {
            if (ok)
                assign_value(l, vals[i], types[i], "assignment");
            continue;
        }
        Type *t = type_invalid;
        if (ok) {
            if (vals[i]) {
                if (vals[i]->tv->kind == TY_UNTYPED_NIL) {
                    errorf(start_pos(vals[i]), "use of untyped nil in assignment");
                } else {
                    use_default(vals[i]);
                    t = vals[i]->tv;
                }
            } else {
                t = type_default(types[i]);
            }
        }
        news[i] = new_local(l, t);
        l->mode = MODE_VAR;
        l->tv = t;
    }
    /* the new variables come into scope after the whole statement */
    i = 0;
    for (Node *l = s->list; l; l = l->next, i++)
        if (news[i])
            declare(l, news[i]);
}

/* A declaration statement: var, const or type inside a function. */
static void check_local_decl(Node *d)
{
    if (d->op == TK_VAR) {
        for (Node *spec = d->list; spec; spec = spec->next) {
            int n = count_list(spec->list);
            Sym **syms = xcalloc(sizeof *syms * (size_t)n);
            int i = 0;
            for (Node *nm = spec->list; nm; nm = nm->next, i++)
                syms[i] = new_local(nm, NULL);
            check_var_spec(spec, syms, n);
            i = 0;
            for (Node *nm = spec->list; nm; nm = nm->next, i++) {
                declare(nm, syms[i]);
                nm->mode = MODE_VAR;
                nm->tv = syms[i]->type;
            }
        }
    } else if (d->op == TK_CONST) {
        Node *typeexpr = NULL, *valexpr = NULL;
        int iota = 0;
        for (Node *spec = d->list; spec; spec = spec->next, iota++) {
            if (spec->x || spec->type) {
                typeexpr = spec->type;
                valexpr = spec->x;
            }
            int i = 0;
            Sym **syms = xcalloc(sizeof *syms * (size_t)count_list(spec->list));
            for (Node *nm = spec->list; nm; nm = nm->next, i++) {
                Sym *s = new_sym(SYM_CONST, nm->name, nm->pos);
                s->owner = cur_fc ? cur_fc->fn : NULL;
                s->used = true;
                check_const_value(s, typeexpr, valexpr, i, spec->op, spec);
                nm->mode = MODE_CONST;
                nm->tv = s->type;
                nm->cv = s->val;
                syms[i] = s;
            }
            if (valexpr && count_list(valexpr) > i)
                errorf(valexpr->pos, "extra init expr");
            i = 0;
            for (Node *nm = spec->list; nm; nm = nm->next, i++)
                declare(nm, syms[i]);
        }
        (void)iota;
    } else if (d->op == TK_TYPE) {
        for (Node *spec = d->list; spec; spec = spec->next) {
            if (spec->flags & NF_GENERIC) {
                errorf(spec->pos, "generics are not supported");
                continue;
            }
            Node nm = {.kind = N_NAME, .pos = spec->pos, .name = spec->name};
            Sym *s = new_sym(SYM_TYPE, spec->name, spec->pos);
            s->owner = cur_fc ? cur_fc->fn : NULL;
            s->used = true;
            if (spec->flags & NF_ALIAS) {
                s->type = check_type(spec->type);
                declare(&nm, s);
            } else {
                Type *t = type_named(cur_pkg->path, spec->name, s);
                s->type = t;
                declare(&nm, s);    /* in scope in its own definition */
                Type *u = check_type(spec->type);
                t->under = type_under(u) ? type_under(u) : type_invalid;
            }
            s->decl = spec;
            spec->sym = s;
            spec->cflags |= CF_DECL;
        }
    }
}

/* Go's "terminating statement" (spec "Terminating statements"). */
static bool has_break(Node *s, Node *target, bool inner);

static bool is_terminating(Node *s)
{
    if (!s)
        return false;
    switch (s->kind) {
    case N_RETURN:
        return true;
    case N_BRANCH:
        return s->op == TK_GOTO;
    case N_EXPRSTMT: {
        Node *c = s->x;
        while (c->kind == N_PAREN)
            c = c->x;
        return c->kind == N_CALL && c->x->kind == N_NAME && c->x->sym && c->x->sym->kind == SYM_BUILTIN &&
               c->x->sym->builtin == BI_PANIC;
    }
    case N_BLOCK: {
        Node *last = s->list;
        while (last && last->next)
            last = last->next;
        return is_terminating(last);
    }
    case N_IF:
        return s->els && is_terminating(s->body) && is_terminating(s->els);
    case N_FOR:
        return !s->cond && !has_break(s->body, s, false);
    case N_LABELED:
        return is_terminating(s->body);
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT: {
        bool hasdefault = s->kind == N_SELECT;
        for (Node *c = s->list; c; c = c->next) {
            if (c->flags & NF_DEFAULT)
                hasdefault = true;
            Node *last = c->body;
            while (last && last->next)
                last = last->next;
            if (!last)
                return false;
            bool ft = last->kind == N_BRANCH && last->op == TK_FALLTHROUGH;
            if (!is_terminating(last) && !ft)
                return false;
            for (Node *st = c->body; st; st = st->next)
                if (has_break(st, s, false))
                    return false;
        }
        return hasdefault;
    }
    default:
        return false;
    }
}

/* Whether s contains a break that leaves target (unlabeled breaks
 * inside nested loops/switches/selects do not). */

static bool has_break(Node *s, Node *target, bool inner)
{
    if (!s)
        return false;
    switch (s->kind) {
    case N_BRANCH:
        if (s->op != TK_BREAK)
            return false;
        if (s->x)
            return s->x->sym && s->x->sym->decl && s->x->sym->decl->body == target;
        return !inner;
    case N_BLOCK:
        for (Node *t = s->list; t; t = t->next)
            if (has_break(t, target, inner))
                return true;
        return false;
    case N_IF:
        return has_break(s->body, target, inner) || has_break(s->els, target, inner);
    case N_LABELED:
        return has_break(s->body, target, inner);
    case N_FOR:
    case N_RANGE:
        return has_break(s->body, target, true);
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT:
        for (Node *c = s->list; c; c = c->next)
            for (Node *t = c->body; t; t = t->next)
                if (has_break(t, target, true))
                    return true;
        return false;
    default:
        return false;
    }
}


/* The label (if any) directly labelling statement s. */
static Sym *pending_label;

static void push_label_ctx(LabelCtx *lc, Node *s)
{
    lc->label = pending_label;
    lc->stmt = s;
    lc->outer = cur_labels;
    pending_label = NULL;
    cur_labels = lc;
}

static void check_branch(Node *s, int ctx)
{
    switch (s->op) {
    case TK_GOTO:
        errorf(s->pos, "goto is not supported");
        if (cur_fc && s->x)
            vec_push(&cur_fc->gotos, (void *)s->x->name);
        return;
    case TK_FALLTHROUGH:
        if (!(ctx & SC_FALLTHROUGH))
            errorf(s->pos, "fallthrough statement out of place");
        return;
    default:
        break;
    }
    const char *kw = s->op == TK_BREAK ? "break" : "continue";
    if (s->x) {
        LabelCtx *lc;
        for (lc = cur_labels; lc; lc = lc->outer)
            if (lc->label && lc->label->name == s->x->name)
                break;
        if (!lc) {
            bool exists = false;
            if (cur_fc)
                for (int i = 0; i < cur_fc->labels.n; i++)
                    if (((Sym *)cur_fc->labels.a[i])->name == s->x->name) {
                        exists = true;
                        ((Sym *)cur_fc->labels.a[i])->used = true;
                    }
            if (exists)
                errorf(start_pos(s->x), "invalid %s label %s", kw, s->x->name);
            else
                errorf(start_pos(s->x), "%s label not defined: %s", kw, s->x->name);
            return;
        }
        lc->label->used = true;
        s->x->sym = lc->label;
        if (s->op == TK_CONTINUE && lc->stmt->kind != N_FOR && lc->stmt->kind != N_RANGE)
            errorf(start_pos(s->x), "invalid continue label %s", s->x->name);
        return;
    }
    if (s->op == TK_BREAK && !(ctx & (SC_LOOP | SC_BREAK)))
        errorf(s->pos, "break is not in a loop, switch, or select");
    if (s->op == TK_CONTINUE && !(ctx & SC_LOOP))
        errorf(s->pos, "continue is not in a loop");
}

static void check_return(Node *s)
{
    Func *fn = cur_fc->fn;
    Type *sig = fn->sig;
    int n = count_list(s->list);
    if (n == 0) {
        if (sig->nresults > 0 && !fn->named_results) {
            errorf(s->pos, "not enough return values\n\thave ()\n\twant %s",
                   type_str(type_tuple(sig->results, sig->nresults)));
        }
        if (fn->named_results) {
            /* a named result shadowed at the return is an error in Go */
            for (int i = 0; i < fn->nresults; i++) {
                Sym *r = fn->results[i];
                Sym *seen = lookup(r->name);
                if (r->name != n_blank && seen && seen != r)
                    errorf(s->pos, "result parameter %s not in scope at return\n\tinner declaration of %s",
                           r->name, r->name);
            }
        }
        return;
    }
    if (sig->nresults == 0) {
        for (Node *v = s->list; v; v = v->next)
            check_expr0(v, true);
        errorf(start_pos(s->list), "too many return values\n\thave %s\n\twant ()", have_list(s->list));
        return;
    }
    if (n == 1 && sig->nresults > 1) {
        check_expr0(s->list, false);
        if (invalid(s->list))
            return;
        Type *t = s->list->tv;
        if (t && t->kind == TY_TUPLE) {
            if (t->nfields != sig->nresults) {
                errorf(start_pos(s->list), "%s return values\n\thave %s\n\twant %s",
                       t->nfields < sig->nresults ? "not enough" : "too many", type_str(t),
                       type_str(type_tuple(sig->results, sig->nresults)));
                return;
            }
            s->cflags |= CF_MULTIARG;
            s->list->cflags |= CF_MULTIARG;
            for (int i = 0; i < t->nfields; i++) {
                const char *why;
                if (!assignable(t->fields[i].type, sig->results[i].type, &why))
                    errorf(start_pos(s->list), "cannot use %s (value of type %s) as %s value in return statement",
                           expr_str(s->list), type_str(t), type_str(sig->results[i].type));
            }
            return;
        }
        errorf(start_pos(s->list), "not enough return values\n\thave %s\n\twant %s", have_list(s->list),
               type_str(type_tuple(sig->results, sig->nresults)));
        return;
    }
    for (Node *v = s->list; v; v = v->next)
        rvalue(v);
    for (Node *v = s->list; v; v = v->next)
        if (invalid(v))
            return;
    if (n != sig->nresults) {
        Node *at = s->list;
        for (int k = 0; at->next && k < (n < sig->nresults ? n - 1 : sig->nresults); k++)
            at = at->next;
        errorf(start_pos(at), "%s return values\n\thave %s\n\twant %s", n < sig->nresults ? "not enough" : "too many",
               have_list(s->list), type_str(type_tuple(sig->results, sig->nresults)));
        return;
    }
    int i = 0;
    for (Node *v = s->list; v; v = v->next, i++)
        assign_to(v, sig->results[i].type, "return statement");
}

/* go f(x), defer f(x) */
static void check_go_defer(Node *s)
{
    const char *kw = s->kind == N_GO ? "go" : "defer";
    Node *c = s->x;
    while (c->kind == N_PAREN)
        c = c->x;
    if (c->kind != N_CALL) {
        check_expr0(s->x, true);
        errorf(start_pos(s->x), "expression in %s must be function call", kw);
        return;
    }
    check_expr0(c, false);
    if (s->kind == N_DEFER && cur_fc)
        cur_fc->fn->hasdefer = true;
    if (invalid(c))
        return;
    if (c->cflags & CF_CONVERSION) {
        errorf(start_pos(s->x), "%s requires function call, not conversion", kw);
        return;
    }
    if (c->x->mode == MODE_BUILTIN) {
        switch (c->x->sym->builtin) {
        case BI_APPEND: case BI_CAP: case BI_LEN: case BI_MAKE: case BI_NEW: case BI_MIN: case BI_MAX:
            errorf(start_pos(s->x), "%s discards result of %s", kw, expr_str(c));
            return;
        default:
            break;
        }
    }
    if (c->tv && c->tv->kind == TY_TUPLE)
        return;
}

static void check_exprstmt(Node *s)
{
    Node *x = s->x;
    check_expr0(x, true);
    if (invalid(x))
        return;
    Node *c = x;
    while (c->kind == N_PAREN)
        c = c->x;
    if (c->kind == N_CALL && !(c->cflags & CF_CONVERSION)) {
        if (c->x->mode == MODE_BUILTIN) {
            switch (c->x->sym->builtin) {
            case BI_APPEND: case BI_CAP: case BI_LEN: case BI_MAKE: case BI_NEW: case BI_MIN: case BI_MAX:
                errorf(start_pos(x), "%s (value of type %s) is not used", expr_str(x), type_str(x->tv));
                return;
            default:
                break;
            }
        }
        if (x->tv && type_is_untyped(x->tv))
            use_default(x);
        return;
    }
    if (c->kind == N_UNARY && c->op == TK_ARROW)
        return;
    if (x->mode == MODE_TYPE)
        errorf(start_pos(x), "%s (type) is not an expression", expr_str(x));
    else
        errorf(start_pos(x), "%s is not used", operand_str(x));
}

static void check_if(Node *s, int ctx)
{
    open_scope();
    if (s->init)
        check_stmt(s->init, 0);
    rvalue(s->cond);
    if (!invalid(s->cond)) {
        if (!type_is_boolean(s->cond->tv))
            errorf(start_pos(s->cond), "non-boolean condition in if statement");
        use_default(s->cond);
    }
    check_block(s->body, ctx);
    if (s->els) {
        if (s->els->kind == N_IF)
            check_if(s->els, ctx);
        else
            check_block(s->els, ctx);
    }
    close_scope();
}

static void check_for(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    open_scope();
    if (s->init)
        check_stmt(s->init, 0);
    if (s->cond) {
        rvalue(s->cond);
        if (!invalid(s->cond)) {
            if (!type_is_boolean(s->cond->tv))
                errorf(start_pos(s->cond), "non-boolean condition in for statement");
            use_default(s->cond);
        }
    }
    if (s->post) {
        if (s->post->kind == N_ASSIGN && s->post->op == TK_DEFINE)
            errorf(s->post->pos, "cannot declare in post statement of for loop");
        else
            check_stmt(s->post, 0);
    }
    check_block(s->body, (ctx | SC_LOOP) & ~SC_FALLTHROUGH);
    close_scope();
    cur_labels = lc.outer;
}

static void check_range(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    open_scope();
    Node *x = s->x;
    rvalue(x);
    Type *kt = NULL, *vt = NULL;
    int maxvars = 2;
    if (!invalid(x)) {
        Type *u = type_under(x->tv);
        if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
            u = type_under(u->elem);
        if (type_is_string(u)) {
            kt = type_int;
            vt = type_int32;
            use_default(x);
        } else if (u->kind == TY_ARRAY || u->kind == TY_SLICE) {
            kt = type_int;
            vt = u->elem;
        } else if (u->kind == TY_MAP) {
            kt = u->key;
            vt = u->elem;
        } else if (u->kind == TY_CHAN) {
            kt = u->elem;
            maxvars = 1;
            if (u->dir == CHAN_SEND) {
                errorf(start_pos(x), "invalid operation: range %s receive from send-only channel", expr_str(x));
                kt = NULL;
            }
        } else if (type_is_integer(u)) {
            use_default(x);
            kt = x->tv;
            maxvars = 1;
        } else {
            errorf(start_pos(x), "cannot range over %s", operand_str(x));
        }
    }
    int n = count_list(s->list);
    if (n > maxvars && kt) {
        Node *extra = s->list;
        for (int i = 0; i < maxvars; i++)
            extra = extra->next;
        errorf(extra->pos, "range over %s permits only one iteration variable", operand_str(x));
    }
    Type *ts[2] = {kt ? kt : type_invalid, vt ? vt : type_invalid};
    if (s->op == TK_DEFINE) {
        int i = 0;
        Sym *news[2] = {0};
        for (Node *l = s->list; l && i < 2; l = l->next, i++) {
            if (l->kind != N_NAME) {
                errorf(start_pos(l), "non-name %s on left side of :=", expr_str(l));
                continue;
            }
            news[i] = new_local(l, ts[i]);
            l->mode = MODE_VAR;
            l->tv = ts[i];
        }
        i = 0;
        for (Node *l = s->list; l && i < 2; l = l->next, i++)
            if (news[i])
                declare(l, news[i]);
    } else if (s->op == TK_ASSIGN) {
        int i = 0;
        for (Node *l = s->list; l && i < 2; l = l->next, i++) {
            check_lhs(l);
            if (!invalid(l) && kt)
                assign_value(l, NULL, ts[i], "range");
        }
    }
    check_block(s->body, (ctx | SC_LOOP) & ~SC_FALLTHROUGH);
    close_scope();
    cur_labels = lc.outer;
}

static void check_switch(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    open_scope();
    if (s->init)
        check_stmt(s->init, 0);
    Node *tag = s->x;
    if (tag) {
        value_default(tag);
        if (!invalid(tag) && !type_comparable(tag->tv) && tag->tv->kind != TY_UNTYPED_NIL) {
            errorf(start_pos(tag), "cannot switch on %s", operand_str(tag));
            set_invalid(tag);
        }
    }
    bool seen_default = false;
    Vec seen = {0};
    for (Node *c = s->list; c; c = c->next) {
        if (c->flags & NF_DEFAULT) {
            if (seen_default)
                errorf(start_pos(c), "multiple defaults in switch");
            seen_default = true;
        }
        for (Node *v = c->list; v; v = v->next) {
            rvalue(v);
            if (invalid(v))
                continue;
            if (v->mode == MODE_CONST && tag && !invalid(tag) && type_is_untyped(v->tv) &&
                !convert_untyped(v, tag->tv, NULL))
                continue;
            if (v->mode == MODE_CONST) {
                for (int k = 0; k < seen.n; k++) {
                    Node *o = seen.a[k];
                    Const r;
                    const char *err;
                    if (type_identical(o->tv, v->tv) && const_binary(TK_EQL, *o->cv, *v->cv, &r, &err) && r.b) {
                        errorf(start_pos(v), "duplicate case %s in expression switch", operand_str(v));
                        break;
                    }
                }
                vec_push(&seen, v);
            }
            if (!tag) {
                if (!type_is_boolean(v->tv))
                    errorf(start_pos(v), "invalid case %s in switch (mismatched types %s and bool)", expr_str(v),
                           type_str(type_default(v->tv)));
                use_default(v);
                continue;
            }
            if (invalid(tag))
                continue;
            Node bin = {.kind = N_BINARY, .pos = v->pos, .op = TK_EQL, .x = v, .y = tag};
            Node tcopy = *tag;
            bin.y = &tcopy;
            /* compare v == tag without re-checking: emulate match + comparable */
            if (type_is_untyped(v->tv)) {
                if (!convert_untyped(v, tag->tv, NULL))
                    continue;
            }
            const char *why;
            if (!assignable(v->tv, tag->tv, &why) && !assignable(tag->tv, v->tv, &why)) {
                errorf(start_pos(v), "invalid case %s in switch on %s (mismatched types %s and %s)", expr_str(v),
                       expr_str(tag), type_str(v->tv), type_str(tag->tv));
            }
            (void)bin;
        }
        open_scope();
        int cc = ctx | SC_BREAK;
        cc &= ~SC_FALLTHROUGH;
        for (Node *st = c->body; st; st = st->next) {
            int sc = cc;
            if (!st->next && c->next)
                sc |= SC_FALLTHROUGH;
            if (!st->next && !c->next && st->kind == N_BRANCH && st->op == TK_FALLTHROUGH) {
                errorf(st->pos, "cannot fallthrough final case in switch");
                continue;
            }
            check_stmt(st, sc);
        }
        close_scope();
    }
    close_scope();
    cur_labels = lc.outer;
}

static void check_typeswitch(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    open_scope();
    if (s->init)
        check_stmt(s->init, 0);
    Node *x = s->x;
    rvalue(x);
    bool ok = !invalid(x);
    if (ok && !type_is_interface(x->tv)) {
        errorf(start_pos(x), "%s is not an interface", operand_str(x));
        ok = false;
    }
    Node *bound = s->z;
    bool anyused = false;
    Vec clausevars = {0}, seentypes = {0};
    bool seen_default = false;
    for (Node *c = s->list; c; c = c->next) {
        Type *single = NULL;
        int ntypes = 0;
        if (c->flags & NF_DEFAULT) {
            if (seen_default)
                errorf(start_pos(c), "multiple defaults in switch");
            seen_default = true;
        }
        for (Node *v = c->list; v; v = v->next) {
            ntypes++;
            if (v->kind == N_NAME && v->name == n_nil && lookup(n_nil) && lookup(n_nil)->kind == SYM_NIL) {
                v->mode = MODE_NIL;
                v->tv = ok ? x->tv : type_untyped_nil;   /* nil of the operand's type */
                v->sym = lookup(n_nil);
                single = NULL;
                continue;
            }
            Type *t = check_type(v);
            single = t;
            for (int k = 0; k < seentypes.n; k++)
                if (t->kind != TY_INVALID && type_identical(seentypes.a[k], t)) {
                    errorf(start_pos(v), "duplicate case %s in type switch", type_str(t));
                    break;
                }
            vec_push(&seentypes, t);
            if (ok && t->kind != TY_INVALID && !type_is_interface(t)) {
                const char *why;
                if (!implements(t, x->tv, &why))
                    errorf(start_pos(v), "impossible type switch case: %s cannot have dynamic type %s %s",
                           operand_str(x), type_str(t), why);
            }
        }
        open_scope();
        if (bound) {
            Type *vt = ntypes == 1 && single ? single : (ok ? x->tv : type_invalid);
            Sym *cv = new_local(bound, vt);
            cv->pos = bound->pos;
            c->sym = cv;
            if (bound->name != n_blank)
                scope_insert(cur_scope, cv);
            vec_push(&clausevars, cv);
        }
        for (Node *st = c->body; st; st = st->next) {
            if (!st->next && st->kind == N_BRANCH && st->op == TK_FALLTHROUGH) {
                errorf(st->pos, "cannot fallthrough in type switch");
                continue;
            }
            check_stmt(st, (ctx | SC_BREAK) & ~SC_FALLTHROUGH);
        }
        close_scope();
    }
    if (bound) {
        Sym *root = new_sym(SYM_VAR, bound->name, bound->pos);
        root->type = ok ? x->tv : type_invalid;
        root->owner = cur_fc ? cur_fc->fn : NULL;
        root->used = true;
        bound->sym = root;
        bound->cflags |= CF_DECL;
        bound->mode = MODE_VAR;
        bound->tv = root->type;
        for (int i = 0; i < clausevars.n; i++) {
            Sym *cv = clausevars.a[i];
            if (cv->used)
                anyused = true;
            cv->used = true;    /* reported once, below */
        }
        if (!anyused && bound->name != n_blank)
            errorf(bound->pos, "%s declared but not used", bound->name);
    }
    close_scope();
    cur_labels = lc.outer;
}

static void check_select(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    bool seen_default = false;
    for (Node *c = s->list; c; c = c->next) {
        open_scope();
        Node *comm = c->x;
        if (c->flags & NF_DEFAULT) {
            if (seen_default)
                errorf(start_pos(c), "multiple defaults in select");
            seen_default = true;
        } else if (comm) {
            bool ok = false;
            if (comm->kind == N_SEND) {
                ok = true;
            } else if (comm->kind == N_EXPRSTMT) {
                Node *r = comm->x;
                while (r->kind == N_PAREN)
                    r = r->x;
                ok = r->kind == N_UNARY && r->op == TK_ARROW;
            } else if (comm->kind == N_ASSIGN && (comm->op == TK_ASSIGN || comm->op == TK_DEFINE) && comm->y &&
                       !comm->y->next) {
                Node *r = comm->y;
                while (r->kind == N_PAREN)
                    r = r->x;
                ok = r->kind == N_UNARY && r->op == TK_ARROW && count_list(comm->list) <= 2;
            }
            if (!ok)
                errorf(start_pos(comm), "select case must be receive, send or assign recv");
            check_stmt(comm, 0);
        }
        check_stmts(c->body, (ctx | SC_BREAK) & ~SC_FALLTHROUGH);
        close_scope();
    }
    cur_labels = lc.outer;
}

static void check_send(Node *s)
{
    rvalue(s->x);
    rvalue(s->y);
    if (invalid(s->x) || invalid(s->y))
        return;
    Type *u = type_under(s->x->tv);
    if (u->kind != TY_CHAN) {
        errorf(s->pos, "invalid operation: cannot send to non-channel %s", operand_str(s->x));
        return;
    }
    if (u->dir == CHAN_RECV) {
        errorf(s->pos, "invalid operation: cannot send to receive-only channel %s", operand_str(s->x));
        return;
    }
    assign_to(s->y, u->elem, "send");
}

static void check_incdec(Node *s)
{
    Node *x = s->x;
    check_expr0(x, false);
    if (invalid(x))
        return;
    if (!type_is_numeric(x->tv)) {
        errorf(start_pos(x), "invalid operation: %s%s (non-numeric type %s)", expr_str(x), s->op == TK_INC ? "++" : "--",
               type_str(x->tv));
        return;
    }
    if (x->mode != MODE_VAR && x->mode != MODE_MAPINDEX)
        errorf(start_pos(x), "cannot assign to %s", operand_str(x));
}

static void check_labeled(Node *s, int ctx)
{
    Sym *l = new_sym(SYM_LABEL, s->name, s->pos);
    l->decl = s;
    l->owner = cur_fc ? cur_fc->fn : NULL;
    s->sym = l;
    if (cur_fc) {
        for (int i = 0; i < cur_fc->labels.n; i++) {
            Sym *o = cur_fc->labels.a[i];
            if (o->name == s->name)
                errorf(s->pos, "label %s already defined at %s:%d:%d", s->name, cur_file->name, o->pos.line,
                       o->pos.col);
        }
        vec_push(&cur_fc->labels, l);
    }
    Node *b = s->body;
    if (b && (b->kind == N_FOR || b->kind == N_RANGE || b->kind == N_SWITCH || b->kind == N_TYPESWITCH ||
              b->kind == N_SELECT))
        pending_label = l;
    if (b)
        check_stmt(b, ctx);
    pending_label = NULL;
}

static void check_stmt(Node *s, int ctx)
{
    if (s->kind != N_FOR && s->kind != N_RANGE && s->kind != N_SWITCH && s->kind != N_TYPESWITCH &&
        s->kind != N_SELECT && s->kind != N_LABELED)
        pending_label = NULL;
    switch (s->kind) {
    case N_EMPTY:
        break;
    case N_BLOCK:
        check_block(s, ctx);
        break;
    case N_EXPRSTMT:
        check_exprstmt(s);
        break;
    case N_SEND:
        check_send(s);
        break;
    case N_INCDEC:
        check_incdec(s);
        break;
    case N_ASSIGN:
        if (s->op == TK_DEFINE)
            check_define(s);
        else
            check_assign(s);
        break;
    case N_DECLSTMT:
        check_local_decl(s->x);
        break;
    case N_LABELED:
        check_labeled(s, ctx);
        break;
    case N_GO:
    case N_DEFER:
        check_go_defer(s);
        break;
    case N_RETURN:
        check_return(s);
        break;
    case N_BRANCH:
        check_branch(s, ctx);
        break;
    case N_IF:
        check_if(s, ctx);
        break;
    case N_FOR:
        check_for(s, ctx);
        break;
    case N_RANGE:
        check_range(s, ctx);
        break;
    case N_SWITCH:
        check_switch(s, ctx);
        break;
    case N_TYPESWITCH:
        check_typeswitch(s, ctx);
        break;
    case N_SELECT:
        check_select(s, ctx);
        break;
    default:
        errorf(s->pos, "unexpected %s statement", ast_kindname(s->kind));
        break;
    }
}

/* ===================================================================== */
/* Function bodies                                                       */
/* ===================================================================== */

static Sym *param_sym(Node *name, Type *t, Pos pos, bool result, int index)
{
    Node tmp = {.kind = N_NAME, .pos = pos, .name = n_blank};
    if (!name)
        name = &tmp;
    Sym *s = new_sym(SYM_VAR, name->name, pos);
    s->type = t;
    s->owner = cur_fc->fn;
    s->param = !result;
    s->result = result;
    s->index = index;
    s->used = true;
    if (name != &tmp) {
        declare(name, s);
        name->mode = MODE_VAR;
        name->tv = t;
    }
    return s;
}

/* Declare the parameters (and results) of a function type's fields. */
static Sym **declare_fields(Node *fields, Type *sig, bool results, int *count, bool *named)
{
    int n = results ? sig->nresults : sig->nfields;
    Sym **syms = xcalloc(sizeof *syms * (size_t)(n + 1));
    int k = 0;
    for (Node *f = fields; f; f = f->next) {
        if (!f->list) {
            Field *fl = results ? &sig->results[k] : &sig->fields[k];
            syms[k] = param_sym(NULL, fl->type, f->pos, results, k);
            k++;
            continue;
        }
        for (Node *nm = f->list; nm; nm = nm->next) {
            Field *fl = results ? &sig->results[k] : &sig->fields[k];
            syms[k] = param_sym(nm, fl->type, nm->pos, results, k);
            if (named)
                *named = true;
            k++;
        }
    }
    *count = k;
    return syms;
}

static void finish_func(FuncCtx *fc)
{
    Func *fn = fc->fn;
    fn->locals = (Sym **)fc->locals.a;
    fn->nlocals = fc->locals.n;
    fn->captures = (Sym **)fc->captures.a;
    fn->ncaptures = fc->captures.n;
    for (int i = 0; i < fc->locals.n; i++) {
        Sym *s = fc->locals.a[i];
        if (!s->used && s->name != n_blank && !s->param && !s->result && s->type != type_invalid)
            errorf(s->pos, "%s declared but not used", s->name);
    }
    for (int i = 0; i < fc->labels.n; i++) {
        Sym *l = fc->labels.a[i];
        for (int k = 0; k < fc->gotos.n; k++)
            if (fc->gotos.a[k] == l->name)
                l->used = true;
        if (!l->used)
            errorf(l->pos, "label %s defined and not used", l->name);
    }
}

/* The body of a declared function, a method or a literal. */
static void check_body(Func *fn, Node *ftype, Node *recv, Node *body)
{
    FuncCtx fc = {0};
    fc.fn = fn;
    fc.outer = cur_fc;
    FuncCtx *saved_fc = cur_fc;
    LabelCtx *saved_labels = cur_labels;
    Sym *saved_pending = pending_label;
    Scope *saved_scope = cur_scope;
    cur_labels = NULL;
    pending_label = NULL;
    cur_fc = &fc;
    open_scope()->funcscope = true;
    if (recv) {
        Type *rt = recv->type->tv;
        Node *nm = recv->list;
        fn->recv = param_sym(nm, rt ? rt : type_invalid, recv->pos, false, -1);
        fn->recv->param = true;
    }
    fn->params = declare_fields(ftype->list, fn->sig, false, &fn->nparams, NULL);
    fn->results = declare_fields(ftype->y, fn->sig, true, &fn->nresults, &fn->named_results);
    vec_push(&pkg_funcs, fn);
    check_stmts(body->list, 0);
    if (fn->sig->nresults > 0) {
        Node *last = body->list;
        while (last && last->next)
            last = last->next;
        if (!is_terminating(last))
            errorf(body->endpos, "missing return");
    }
    finish_func(&fc);
    cur_scope = saved_scope;
    cur_fc = saved_fc;
    cur_labels = saved_labels;
    pending_label = saved_pending;
}

/* func(params) results { body } */
static void check_funclit(Node *e)
{
    Type *sig = sig_type(e->type);
    Func *fn = xcalloc(sizeof *fn);
    fn->decl = e;
    fn->sig = sig;
    fn->outer = cur_fc ? cur_fc->fn : NULL;
    e->fn = fn;
    if (cur_fc) {
        FuncCtx *top = cur_fc;
        cur_fc->nlits++;
        fn->name = xprintf("%s.func%d", cur_fc->fn->name, cur_fc->nlits);
        (void)top;
    } else {
        fn->name = xprintf("glob..func%d", ++glob_lits);
    }
    Node *saved_iota = cur_iota;
    cur_iota = NULL;
    check_body(fn, e->type, NULL, e->body);
    cur_iota = saved_iota;
    e->mode = MODE_VALUE;
    e->tv = sig;
}

/* ===================================================================== */
/* Package-level objects                                                 */
/* ===================================================================== */

static void check_package_files(Package *pkg, Node **files, const File **srcs, int nfiles, bool lib);

/* Resolve a package-level object: a type's underlying type, a
 * constant's value, a variable's type (checking its initialiser), a
 * function's signature. */
static void resolve(Sym *s)
{
    ObjInfo *info = s->chk;
    if (!info || info->state == 2)
        return;
    if (info->state == 1) {
        if (s->kind == SYM_TYPE) {
            if (s->type && s->type->kind == TY_NAMED && !s->type->under)
                return;     /* a reference through the type being defined: fine */
        }
        if (s->kind == SYM_FUNC)
            return;         /* recursion through a body: not a cycle of initialisation */
        if (s->kind == SYM_VAR)
            return;         /* an initialisation loop: init_order reports it */
        const File *saved = cur_file;
        cur_file = info->file;
        errorf(s->pos, "initialization cycle or invalid recursive reference to %s", s->name);
        cur_file = saved;
        if (!s->type)
            s->type = type_invalid;
        return;
    }
    info->state = 1;
    /* resolve in the object's own file and package context */
    const File *saved_file = cur_file;
    Scope *saved_scope = cur_scope;
    Package *saved_pkg = cur_pkg;
    ObjInfo *saved_decl = cur_decl;
    FuncCtx *saved_fc = cur_fc;
    Node *saved_iota = cur_iota;
    int saved_iota_val = cur_iota_val;
    cur_file = info->file;
    cur_scope = info->filescope;
    cur_pkg = info->pkg;
    cur_fc = NULL;
    cur_iota = NULL;
    switch (s->kind) {
    case SYM_TYPE: {
        Node *spec = info->spec;
        if (spec->flags & NF_ALIAS) {
            s->type = check_type(spec->type);
        } else {
            Type *t = s->type;
            Type *u = check_type(spec->type);
            Type *uu = type_under(u);
            if (!uu) {
                errorf(spec->pos, "invalid recursive type %s", s->name);
                uu = type_invalid;
            }
            t->under = uu;
        }
        break;
    }
    case SYM_CONST:
        check_const_value(s, info->typeexpr, info->valexpr, info->index, info->iota, info->spec);
        info->name->mode = MODE_CONST;
        info->name->tv = s->type;
        info->name->cv = s->val;
        break;
    case SYM_VAR: {
        /* all the variables of the spec at once */
        Node *spec = info->spec;
        int n = count_list(spec->list);
        Sym **syms = xcalloc(sizeof *syms * (size_t)n);
        int i = 0;
        for (Node *nm = spec->list; nm; nm = nm->next, i++) {
            syms[i] = nm->sym;
            if (syms[i] && syms[i]->chk)
                ((ObjInfo *)syms[i]->chk)->state = 1;
        }
        cur_decl = info;
        check_var_spec(spec, syms, n);
        i = 0;
        for (Node *nm = spec->list; nm; nm = nm->next, i++) {
            nm->mode = MODE_VAR;
            nm->tv = syms[i]->type;
            if (syms[i]->chk && syms[i] != s) {
                ObjInfo *o = syms[i]->chk;
                o->state = 2;
                /* the other names share the initialiser's dependencies */
                for (int k = 0; k < info->deps.n; k++)
                    vec_push(&o->deps, info->deps.a[k]);
            }
        }
        break;
    }
    case SYM_FUNC: {
        Node *fd = info->spec;
        if (fd->recv && fd->recv->type && !fd->recv->type->tv) {
            Type *rt = check_type(fd->recv->type);
            (void)rt;
        }
        s->type = sig_type(fd->type);
        break;
    }
    default:
        break;
    }
    cur_file = saved_file;
    cur_scope = saved_scope;
    cur_pkg = saved_pkg;
    cur_decl = saved_decl;
    cur_fc = saved_fc;
    cur_iota = saved_iota;
    cur_iota_val = saved_iota_val;
    info->state = 2;
}

/* Whether a value of type t contains a value of the named type self
 * (spec "Struct types": a struct cannot contain itself). */
static bool contains_by_value(Type *t, Type *self, int depth)
{
    if (!t || depth > 64)
        return false;
    if (t == self)
        return true;
    if (t->kind == TY_NAMED)
        return contains_by_value(t->under, self, depth + 1);
    if (t->kind == TY_ARRAY)
        return contains_by_value(t->elem, self, depth + 1);
    if (t->kind == TY_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (contains_by_value(t->fields[i].type, self, depth + 1))
                return true;
    return false;
}

static ObjInfo *new_info(Package *pkg, Node *spec, Scope *fs)
{
    ObjInfo *o = xcalloc(sizeof *o);
    o->spec = spec;
    o->pkg = pkg;
    o->file = cur_file;
    o->filescope = fs;
    return o;
}

/* The base type name of a receiver type expression (T or *T). */
static Node *recv_base(Node *t, bool *ptr)
{
    *ptr = false;
    while (t && t->kind == N_PAREN)
        t = t->x;
    if (t && (t->kind == N_PTRTYPE || (t->kind == N_UNARY && t->op == TK_MUL))) {
        *ptr = true;
        t = t->kind == N_PTRTYPE ? t->type : t->x;
        while (t && t->kind == N_PAREN)
            t = t->x;
    }
    return t;
}

static const char *pkg_cname(const char *path)
{
    char *s = xprintf("%s", path);
    for (char *p = s; *p; p++)
        if (*p == '/' || *p == '.')
            *p = '_';
    return s;
}

static Package *load_package(const char *path, Node *imp);

/* Whether path is one of Go's standard packages (that G lacks). */
static bool is_std(const char *path)
{
    static const char *roots[] = {
        "archive", "bufio", "bytes", "compress", "container", "context", "crypto", "database",
        "debug", "embed", "encoding", "errors", "expvar", "flag", "fmt", "go", "hash", "html",
        "image", "index", "io", "log", "math", "mime", "net", "os", "path", "plugin", "reflect",
        "regexp", "runtime", "sort", "strconv", "strings", "sync", "syscall", "testing", "text",
        "time", "unicode", "unsafe",
    };
    size_t n = strcspn(path, "/");
    for (size_t i = 0; i < sizeof roots / sizeof *roots; i++)
        if (strlen(roots[i]) == n && !strncmp(roots[i], path, n))
            return true;
    return false;
}

/* import "path" / import name "path" */
static void check_import(Package *pkg, Node *imp, Scope *fs)
{
    Const c = const_from_literal(TK_STRING, imp->lit, (size_t)imp->litlen);
    char *path = xcalloc(c.slen + 1);
    memcpy(path, c.s, c.slen);
    Package *p = NULL;
    if (!strcmp(path, "C")) {
        errorf(imp->x->pos, "cgo is not supported");
    } else if (!check_prelude(path) && is_std(path)) {
        errorf(imp->x->pos, "package %s is not supported", path);
    } else {
        p = load_package(path, imp);
        if (!p)
            return;
    }
    if (!p) {
        /* bind the name anyway, so that its uses say nothing more */
        const char *slash = strrchr(path, '/');
        Sym *s = new_sym(SYM_PKG, intern(imp->name ? imp->name : slash ? slash + 1 : path), imp->x->pos);
        s->used = true;
        s->decl = imp;
        if (s->name != n_blank && !scope_lookup_local(fs, s->name))
            scope_insert(fs, s);
        return;
    }
    bool dup = false;
    for (int i = 0; i < pkg->nimports; i++)
        if (pkg->imports[i] == p)
            dup = true;
    if (!dup) {
        pkg->imports = realloc(pkg->imports, sizeof *pkg->imports * (size_t)(pkg->nimports + 1));
        pkg->imports[pkg->nimports++] = p;
    }
    const char *name = imp->name ? imp->name : p->name;
    if (imp->name && imp->name == n_blank)
        return;
    if (imp->name && !strcmp(imp->name, ".")) {
        errorf(imp->pos, "dot imports are not supported");
        return;
    }
    Sym *s = new_sym(SYM_PKG, intern(name), imp->x->pos);
    s->import = p;
    s->decl = imp;
    s->pkg = pkg->path;
    imp->sym = s;
    Sym *old = scope_lookup_local(fs, s->name);
    if (old) {
        errorf(imp->x->pos, "%s redeclared in this block", s->name);
        return;
    }
    scope_insert(fs, s);
}

/* Declare a package-level object. */
static void declare_global(Package *pkg, Scope *ps, Node *name, Sym *s, Vec *syms)
{
    s->pkg = pkg->path;
    s->global = s->kind == SYM_VAR;
    name->sym = s;
    name->cflags |= CF_DECL;
    if (!s->decl)
        s->decl = name;
    vec_push(syms, s);
    if (name->name == n_blank)
        return;
    if (name->name == n_init && s->kind != SYM_FUNC) {
        errorf(name->pos, "cannot declare init - must be func");
        return;
    }
    if (name->name == n_main && s->kind != SYM_FUNC && !strcmp(pkg->path, "main")) {
        errorf(name->pos, "cannot declare main - must be func");
        return;
    }
    Sym *old = scope_lookup_local(ps, name->name);
    if (old) {
        redeclared(name, old);
        return;
    }
    scope_insert(ps, s);
}

static void collect_decls(Package *pkg, Node *file, Scope *ps, Scope *fs, Vec *syms, Vec *funcdecls)
{
    for (Node *d = file->body; d; d = d->next) {
        if (d->kind == N_FUNC) {
            vec_push(funcdecls, d);
            Sym *s = new_sym(SYM_FUNC, d->name, d->pos);
            s->decl = d;
            s->pkg = pkg->path;
            ObjInfo *o = new_info(pkg, d, fs);
            s->chk = o;
            d->sym = s;
            d->cflags |= CF_DECL;
            if (d->flags & NF_GENERIC) {
                errorf(d->recv ? d->recv->pos : (Pos){d->pos.line, d->pos.col + 5}, "generics are not supported");
                o->state = 2;
                s->type = type_invalid;
                if (!d->recv) {
                    Node nm = {.kind = N_NAME, .pos = {d->pos.line, d->pos.col + 5}, .name = d->name};
                    declare_global(pkg, ps, &nm, s, syms);
                    s->decl = d;
                }
                continue;
            }
            if (d->recv)
                continue;   /* methods: attached below */
            if (d->name == n_init) {
                if (d->type->list || d->type->y)
                    errorf((Pos){d->pos.line, d->pos.col + 5}, "func init must have no arguments and no return values");
                continue;
            }
            if (d->name == n_main && !strcmp(pkg->path, "main") && (d->type->list || d->type->y))
                errorf((Pos){d->pos.line, d->pos.col + 5}, "func main must have no arguments and no return values");
            Node nm = {.kind = N_NAME, .pos = {d->pos.line, d->pos.col + 5}, .name = d->name};
            s->pos = nm.pos;
            declare_global(pkg, ps, &nm, s, syms);
            s->decl = d;
            continue;
        }
        if (d->kind != N_DECL)
            continue;
        if (d->op == TK_TYPE) {
            for (Node *spec = d->list; spec; spec = spec->next) {
                Sym *s = new_sym(SYM_TYPE, spec->name, spec->pos);
                s->decl = spec;
                ObjInfo *o = new_info(pkg, spec, fs);
                s->chk = o;
                spec->sym = s;
                spec->cflags |= CF_DECL;
                if (spec->flags & NF_GENERIC) {
                    errorf(spec->pos, "generics are not supported");
                    s->type = type_invalid;
                    o->state = 2;
                } else if (!(spec->flags & NF_ALIAS)) {
                    s->type = type_named(pkg->path, spec->name, s);
                }
                Node nm = {.kind = N_NAME, .pos = spec->pos, .name = spec->name};
                declare_global(pkg, ps, &nm, s, syms);
                spec->sym = s;
            }
        } else if (d->op == TK_CONST) {
            Node *typeexpr = NULL, *valexpr = NULL;
            for (Node *spec = d->list; spec; spec = spec->next) {
                if (spec->x || spec->type) {
                    typeexpr = spec->type;
                    valexpr = spec->x;
                }
                int i = 0;
                for (Node *nm = spec->list; nm; nm = nm->next, i++) {
                    Sym *s = new_sym(SYM_CONST, nm->name, nm->pos);
                    ObjInfo *o = new_info(pkg, spec, fs);
                    o->name = nm;
                    o->index = i;
                    o->iota = spec->op;
                    o->typeexpr = typeexpr;
                    o->valexpr = valexpr;
                    s->chk = o;
                    s->used = true;
                    declare_global(pkg, ps, nm, s, syms);
                }
                if (valexpr && count_list(valexpr) > i && (spec->x == valexpr))
                    errorf(valexpr->pos, "extra init expr");
            }
        } else if (d->op == TK_VAR) {
            for (Node *spec = d->list; spec; spec = spec->next) {
                int i = 0;
                for (Node *nm = spec->list; nm; nm = nm->next, i++) {
                    Sym *s = new_sym(SYM_VAR, nm->name, nm->pos);
                    ObjInfo *o = new_info(pkg, spec, fs);
                    o->name = nm;
                    o->index = i;
                    s->chk = o;
                    s->used = true;
                    declare_global(pkg, ps, nm, s, syms);
                }
            }
        }
    }
}

/* Attach the method declared by fd to its receiver's base type. */
static void attach_method(Package *pkg, Node *fd, Scope *ps)
{
    Sym *m = fd->sym;
    bool ptr;
    Node *base = recv_base(fd->recv->type, &ptr);
    m->ptrrecv = ptr;
    m->pos = find_after(find_after(fd->recv->type->pos, ")"), fd->name);
    if (!base || base->kind != N_NAME) {
        errorf(fd->recv->pos, "invalid receiver type %s", expr_str(fd->recv->type));
        m->chk = NULL;
        return;
    }
    Sym *ts = scope_lookup_local(ps, base->name);
    if (!ts) {
        Sym *u = lookup(base->name);
        if (u && u->kind == SYM_TYPE && !u->pkg)
            errorf(fd->recv->pos, "cannot define new methods on non-local type %s", base->name);
        else
            errorf(base->pos, "undefined: %s", base->name);
        m->chk = NULL;
        return;
    }
    if (ts->kind != SYM_TYPE) {
        errorf(base->pos, "%s is not a type", base->name);
        m->chk = NULL;
        return;
    }
    resolve(ts);
    Type *t = ts->type;
    if (!t || t->kind != TY_NAMED) {
        errorf(fd->recv->pos, "invalid receiver type %s", base->name);
        m->chk = NULL;
        return;
    }
    Type *u = type_under(t);
    if (u && (u->kind == TY_POINTER || u->kind == TY_INTERFACE)) {
        errorf(fd->recv->pos, "invalid receiver type %s (pointer or interface type)", base->name);
        m->chk = NULL;
        return;
    }
    if (fd->name != n_blank) {
        for (int i = 0; i < t->nmethods; i++) {
            if (t->methods[i]->name == fd->name) {
                errorf(m->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", t->name,
                       fd->name, cur_file->name, t->methods[i]->pos.line, t->methods[i]->pos.col, fd->name);
                m->chk = NULL;
                return;
            }
        }
        if (u && u->kind == TY_STRUCT)
            for (int i = 0; i < u->nfields; i++)
                if (u->fields[i].name == fd->name) {
                    errorf(fd->pos, "field and method with the same name %s", fd->name);
                    m->chk = NULL;
                    return;
                }
    }
    m->recv = t;
    m->index = t->nmethods;
    t->methods = realloc(t->methods, sizeof *t->methods * (size_t)(t->nmethods + 1));
    t->methods[t->nmethods++] = m;
    (void)pkg;
}

static const char *func_name(Sym *m, Node *fd)
{
    if (!fd->recv)
        return fd->name;
    if (!m->recv)
        return fd->name;
    if (m->ptrrecv)
        return xprintf("(*%s).%s", m->recv->name, fd->name);
    return xprintf("%s.%s", m->recv->name, fd->name);
}

/* ---- initialisation order (spec "Package initialization") ---------- */

/* Add to out the package-level variables v depends on, directly or
 * through the functions it references. */
static void var_deps(Sym *s, Vec *out, Vec *visited)
{
    ObjInfo *o = s->chk;
    if (!o)
        return;
    for (int i = 0; i < o->deps.n; i++) {
        Sym *d = o->deps.a[i];
        bool seen = false;
        for (int k = 0; k < visited->n; k++)
            if (visited->a[k] == d)
                seen = true;
        if (seen)
            continue;
        vec_push(visited, d);
        if (d->kind == SYM_VAR)
            vec_push(out, d);
        else if (d->kind == SYM_FUNC)
            var_deps(d, out, visited);
    }
}

static void init_order(Package *pkg)
{
    Vec vars = {0};
    for (int i = 0; i < pkg->nsyms; i++)
        if (pkg->syms[i]->kind == SYM_VAR && pkg->syms[i]->chk)
            vec_push(&vars, pkg->syms[i]);
    int n = vars.n;
    Vec *deps = xcalloc(sizeof *deps * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Vec visited = {0};
        var_deps(vars.a[i], &deps[i], &visited);
    }
    bool *done = xcalloc((size_t)n + 1);
    pkg->inits = xcalloc(sizeof *pkg->inits * (size_t)(n + 1));
    pkg->initexprs = xcalloc(sizeof *pkg->initexprs * (size_t)(n + 1));
    pkg->ninits = 0;
    for (int round = 0; round < n; round++) {
        int pick = -1;
        for (int i = 0; i < n && pick < 0; i++) {
            if (done[i])
                continue;
            bool ready = true;
            for (int k = 0; k < deps[i].n && ready; k++) {
                Sym *d = deps[i].a[k];
                for (int j = 0; j < n; j++)
                    if (vars.a[j] == d && !done[j])
                        ready = false;
            }
            if (ready)
                pick = i;
        }
        if (pick < 0) {
            /* a cycle: report it once, at the first variable left */
            for (int i = 0; i < n; i++)
                if (!done[i]) {
                    Sym *s = vars.a[i];
                    cur_file = s->file;
                    errorf(s->pos, "initialization loop for %s", s->name);
                    break;
                }
            return;
        }
        /* var a, b = f(): the variables of one multi-value
         * initialiser are initialised together, consecutively */
        Node *spec = ((ObjInfo *)((Sym *)vars.a[pick])->chk)->spec;
        bool multi = spec->x && !spec->x->next && spec->list->next;
        for (int i = 0; i < n; i++) {
            if (i != pick && (!multi || done[i] || ((ObjInfo *)((Sym *)vars.a[i])->chk)->spec != spec))
                continue;
            done[i] = true;
            pkg->inits[pkg->ninits] = vars.a[i];
            pkg->initexprs[pkg->ninits] = spec;
            pkg->ninits++;
            round += i != pick;
        }
    }
}

/* ---- packages ------------------------------------------------------- */

static Scope *make_universe(void)
{
    Scope *u = xcalloc(sizeof *u);
    struct {
        const char *name;
        Type *t;
    } types[] = {
        {"bool", type_bool}, {"int", type_int}, {"int8", type_int8}, {"int16", type_int16},
        {"int32", type_int32}, {"int64", type_int64}, {"uint", type_uint}, {"uint8", type_uint8},
        {"uint16", type_uint16}, {"uint32", type_uint32}, {"uint64", type_uint64},
        {"uintptr", type_uintptr}, {"float32", type_float32}, {"float64", type_float64},
        {"string", type_string}, {"byte", type_uint8}, {"rune", type_int32}, {"error", type_error},
        {"any", type_any},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        Sym *s = xcalloc(sizeof *s);
        s->kind = SYM_TYPE;
        s->name = intern(types[i].name);
        s->type = types[i].t;
        s->used = true;
        scope_insert(u, s);
    }
    type_error->obj = NULL;
    for (int b = BI_APPEND; b <= BI_RECOVER; b++) {
        Sym *s = xcalloc(sizeof *s);
        s->kind = SYM_BUILTIN;
        s->name = intern(builtin_names[b]);
        s->builtin = (Builtin)b;
        s->used = true;
        scope_insert(u, s);
    }
    const char *cnames[] = {"true", "false"};
    for (int i = 0; i < 2; i++) {
        Sym *s = xcalloc(sizeof *s);
        s->kind = SYM_CONST;
        s->name = intern(cnames[i]);
        s->type = type_untyped_bool;
        s->val = box(const_make_bool(i == 0));
        s->used = true;
        scope_insert(u, s);
    }
    Sym *iota = xcalloc(sizeof *iota);
    iota->kind = SYM_CONST;
    iota->name = n_iota;
    iota->type = type_untyped_int;
    iota->used = true;
    scope_insert(u, iota);
    Sym *nil = xcalloc(sizeof *nil);
    nil->kind = SYM_NIL;
    nil->name = n_nil;
    nil->type = type_untyped_nil;
    nil->used = true;
    scope_insert(u, nil);
    return u;
}

/* A library package, parsed from its prelude and checked, once. */
static Package *load_package(const char *path, Node *imp)
{
    for (int i = 0; i < all_packages.n; i++) {
        Package *p = all_packages.a[i];
        if (!strcmp(p->path, path))
            return p;
    }
    const char *src = check_prelude(path);
    if (!src) {
        errorf(imp->x->pos, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)", path, path);
        return NULL;
    }
    File *f = xcalloc(sizeof *f);
    const char *slash = strrchr(path, '/');
    f->name = xprintf("%s.g", path);
    f->src = src;
    f->len = strlen(src);
    Node *root = parse_file(f);
    if (!root)
        return NULL;
    Package *p = xcalloc(sizeof *p);
    p->path = intern(path);
    p->name = root->name ? root->name : intern(slash ? slash + 1 : path);
    vec_push(&all_packages, p);
    Node **files = xcalloc(sizeof *files);
    files[0] = root;
    const File **srcs = xcalloc(sizeof *srcs);
    srcs[0] = f;
    /* check it in a clean context */
    const File *saved_file = cur_file;
    Scope *saved_scope = cur_scope;
    Package *saved_pkg = cur_pkg;
    ObjInfo *saved_decl = cur_decl;
    FuncCtx *saved_fc = cur_fc;
    Vec saved_funcs = pkg_funcs;
    int saved_glob = glob_lits;
    memset(&pkg_funcs, 0, sizeof pkg_funcs);
    glob_lits = 0;
    cur_decl = NULL;
    cur_fc = NULL;
    check_package_files(p, files, srcs, 1, true);
    pkg_funcs = saved_funcs;
    glob_lits = saved_glob;
    cur_file = saved_file;
    cur_scope = saved_scope;
    cur_pkg = saved_pkg;
    cur_decl = saved_decl;
    cur_fc = saved_fc;
    return p;
}

static void check_package_files(Package *pkg, Node **files, const File **srcs, int nfiles, bool lib)
{
    Scope *ps = xcalloc(sizeof *ps);
    ps->parent = universe;
    pkg->files = files;
    pkg->nfiles = nfiles;
    cur_pkg = pkg;
    Vec syms = {0}, funcdecls = {0};
    Scope **fscopes = xcalloc(sizeof *fscopes * (size_t)nfiles);
    int nerr_before = errs.n;
    for (int i = 0; i < nfiles; i++) {
        cur_file = srcs[i];
        Scope *fs = xcalloc(sizeof *fs);
        fs->parent = ps;
        fscopes[i] = fs;
        for (Node *imp = files[i]->list; imp; imp = imp->next)
            check_import(pkg, imp, fs);
    }
    /* an unknown package stops the check (as gc does) */
    if (errs.n > nerr_before) {
        for (int i = nerr_before; i < errs.n; i++)
            if (strstr(((Err *)errs.a[i])->msg, "is not in GOROOT"))
                return;
    }
    for (int i = 0; i < nfiles; i++) {
        cur_file = srcs[i];
        cur_scope = fscopes[i];
        collect_decls(pkg, files[i], ps, fscopes[i], &syms, &funcdecls);
    }
    pkg->syms = (Sym **)syms.a;
    pkg->nsyms = syms.n;
    if (lib)
        for (int i = 0; i < syms.n; i++)
            ((Sym *)syms.a[i])->lib = true;
    /* methods */
    for (int i = 0; i < funcdecls.n; i++) {
        Node *fd = funcdecls.a[i];
        if (!fd->recv || (fd->flags & NF_GENERIC))
            continue;
        ObjInfo *o = fd->sym->chk;
        cur_file = o->file;
        cur_scope = o->filescope;
        attach_method(pkg, fd, ps);
    }
    /* resolve every object */
    for (int i = 0; i < syms.n; i++)
        resolve(syms.a[i]);
    for (int i = 0; i < syms.n; i++) {
        Sym *t = syms.a[i];
        if (t->kind == SYM_TYPE && t->type && t->type->kind == TY_NAMED && t->type->obj == t &&
            contains_by_value(t->type->under, t->type, 0)) {
            cur_file = t->file;
            errorf(t->pos, "invalid recursive type %s", t->name);
            t->type->under = type_invalid;
        }
    }
    for (int i = 0; i < funcdecls.n; i++) {
        Node *fd = funcdecls.a[i];
        Sym *m = fd->sym;
        if (m->chk)
            resolve(m);
        if (lib)
            m->lib = true;
    }
    /* bodies */
    for (int i = 0; i < funcdecls.n; i++) {
        Node *fd = funcdecls.a[i];
        Sym *m = fd->sym;
        ObjInfo *o = m->chk;
        if (!o || !m->type || m->type->kind != TY_FUNC)
            continue;
        cur_file = o->file;
        cur_scope = o->filescope;
        if (!fd->body) {
            if (lib) {
                m->cname = m->recv ? xprintf("gort_%s_%s_%s", pkg_cname(pkg->path), m->recv->name, fd->name)
                                   : xprintf("gort_%s_%s", pkg_cname(pkg->path), fd->name);
            } else {
                errorf((Pos){fd->pos.line, fd->pos.col + 5}, "missing function body");
            }
            continue;
        }
        Func *fn = xcalloc(sizeof *fn);
        fn->decl = fd;
        fn->sym = m;
        fn->sig = m->type;
        fn->name = func_name(m, fd);
        fd->fn = fn;
        m->fn = fn;
        cur_decl = o;
        check_body(fn, fd->type, fd->recv, fd->body);
        cur_decl = NULL;
        if (fd->name == n_init && !fd->recv) {
            pkg->initfuncs = realloc(pkg->initfuncs, sizeof *pkg->initfuncs * (size_t)(pkg->ninitfuncs + 1));
            pkg->initfuncs[pkg->ninitfuncs++] = fn;
        }
    }
    pkg->funcs = (Func **)pkg_funcs.a;
    pkg->nfuncs = pkg_funcs.n;
    init_order(pkg);
    /* unused imports */
    for (int i = 0; i < nfiles; i++) {
        cur_file = srcs[i];
        for (Node *imp = files[i]->list; imp; imp = imp->next) {
            Sym *s = imp->sym;
            if (!s || s->used)
                continue;
            Const c = const_from_literal(TK_STRING, imp->lit, (size_t)imp->litlen);
            if (imp->name && strcmp(imp->name, s->import->name))
                errorf(imp->x->pos, "imported and not used: \"%.*s\" as %s", (int)c.slen, c.s, imp->name);
            else
                errorf(imp->x->pos, "imported and not used: \"%.*s\"", (int)c.slen, c.s);
        }
    }
    if (!lib && !strcmp(pkg->path, "main")) {
        Sym *m = scope_lookup_local(ps, n_main);
        if (!m || m->kind != SYM_FUNC) {
            cur_file = srcs[0];
            errorf((Pos){0, 0}, "function main is undeclared in the main package");
        }
    }
}

/* Developer aid (GOCC_VERIFY=1): every expression of a program that
 * checked must carry the annotations the contract promises; a missing
 * one is printed as "verify: ..." on stderr. */
static int verify_errors;

static void verify(Node *n, const File *f)
{
    for (; n; n = n->next) {
        bool expr = false;
        switch (n->kind) {
        case N_NAME: case N_LIT: case N_BINARY: case N_UNARY: case N_CALL: case N_SELECTOR:
        case N_INDEX: case N_SLICE: case N_ASSERT: case N_COMPLIT: case N_FUNCLIT: case N_PAREN:
            expr = true;
            break;
        case N_DECL:
            if (n->op == TK_CONST)
                continue;   /* constant declarations stay untyped */
            break;
        case N_IMPORT: case N_BRANCH: case N_LABELED:
            if (n->kind == N_LABELED)
                verify(n->body, f);
            continue;
        case N_FIELD:
            verify(n->type, f);
            continue;
        case N_METHOD:
            verify(n->type, f);
            continue;
        case N_KEYVAL:
            if (n->x->kind != N_NAME)
                verify(n->x, f);
            verify(n->y, f);
            continue;
        default:
            break;
        }
        if (expr) {
            const char *bad = NULL;
            if (n->mode == MODE_INVALID)
                bad = "no mode";
            else if (n->mode != MODE_NOVALUE && n->mode != MODE_PKG && n->mode != MODE_BUILTIN && !n->tv &&
                     !(n->kind == N_NAME && n->name == n_blank))
                bad = "no type";
            else if (n->tv && type_is_untyped(n->tv))
                bad = "untyped";
            else if ((n->mode == MODE_CONST) != (n->cv != NULL) && n->mode != MODE_TYPE)
                bad = "cv and mode disagree";
            if (bad) {
                fprintf(stderr, "verify: %s:%d:%d: %s %s: %s\n", f->name, n->pos.line, n->pos.col,
                        ast_kindname(n->kind), expr_str(n), bad);
                verify_errors++;
            }
            if (n->kind == N_NAME || n->kind == N_LIT || n->mode == MODE_CONST)
                continue;
        }
        if (n->kind == N_SELECTOR) {
            verify(n->x, f);
            continue;
        }
        verify(n->x, f);
        verify(n->y, f);
        verify(n->z, f);
        verify(n->type, f);
        verify(n->list, f);
        verify(n->init, f);
        verify(n->cond, f);
        verify(n->post, f);
        verify(n->body, f);
        verify(n->els, f);
        verify(n->recv, f);
    }
}

Package *check_program(const File *f, Node *root)
{
    type_under(type_int);   /* the predeclared types' ids */
    n_blank = intern("_");
    n_init = intern("init");
    n_main = intern("main");
    n_iota = intern("iota");
    n_nil = intern("nil");
    n_true = intern("true");
    n_false = intern("false");
    n_error = intern("error");
    n_any = intern("any");
    if (!universe)
        universe = make_universe();
    cur_file = f;
    if (!root->name || strcmp(root->name, "main")) {
        /* gc builds any package; a program must be package main */
        errorf(root->pos, "package %s is not a main package", root->name ? root->name : "?");
    }
    Package *pkg = xcalloc(sizeof *pkg);
    pkg->path = intern("main");
    pkg->name = root->name ? root->name : n_main;
    Node **files = xcalloc(sizeof *files);
    files[0] = root;
    const File **srcs = xcalloc(sizeof *srcs);
    srcs[0] = f;
    memset(&pkg_funcs, 0, sizeof pkg_funcs);
    check_package_files(pkg, files, srcs, 1, false);
    /* every library package loaded, in dependency order (all_packages
     * lists a package after the ones it imported, since a prelude's
     * imports are loaded while it is checked... before it is appended?
     * no: it is appended first; so order them here) */
    Vec order = {0};
    for (int round = 0; round < all_packages.n; round++) {
        for (int i = 0; i < all_packages.n; i++) {
            Package *p = all_packages.a[i];
            bool placed = false, ready = true;
            for (int k = 0; k < order.n; k++)
                if (order.a[k] == p)
                    placed = true;
            if (placed)
                continue;
            for (int j = 0; j < p->nimports; j++) {
                bool in = false;
                for (int k = 0; k < order.n; k++)
                    if (order.a[k] == p->imports[j])
                        in = true;
                if (!in)
                    ready = false;
            }
            if (ready)
                vec_push(&order, p);
        }
    }
    pkg->imports = (Package **)order.a;
    pkg->nimports = order.n;
    int n = errs.n;
    flush_errors();
    if (!n && getenv("GOCC_VERIFY")) {
        verify(root, f);
        for (int i = 0; i < all_packages.n; i++) {
            Package *p = all_packages.a[i];
            verify(p->files[0], f);
        }
        if (verify_errors)
            return NULL;
    }
    return n ? NULL : pkg;
}

/* The prelude of a library package.  The library's embedding (branch
 * lib) provides the real one; this weak fallback reads
 * $GOCC_LIBDIR/PATH.g (PATH with '/' as '_') so the checker's tests can
 * supply their own small preludes. */
__attribute__((weak)) const char *check_prelude(const char *path)
{
    const char *dir = getenv("GOCC_LIBDIR");
    if (!dir)
        return NULL;
    char *name = xprintf("%s/%s.g", dir, pkg_cname(path));
    FILE *fp = fopen(name, "rb");
    if (!fp)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = xcalloc(cap + 1);
    size_t k;
    while ((k = fread(buf + len, 1, cap - len, fp)) > 0) {
        len += k;
        if (len == cap) {
            cap *= 2;
            buf = realloc(buf, cap + 1);
        }
    }
    fclose(fp);
    buf[len] = 0;
    return buf;
}
