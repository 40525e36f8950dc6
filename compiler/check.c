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
 * Three files: this one (errors, scopes, printing expressions as gc
 * does, package-level objects, packages, check_program),
 * check_expr.c (constants, types, expressions) and check_stmt.c
 * (statements and function bodies); check.h holds what they share.
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
 * Errors.  gc stops at 10 errors: those its parser finds (labels, break,
 * continue) come first, then the type checker's in the order it finds
 * them; the ones kept are printed sorted by position.  flush_errors
 * does the same with the collected errors.  Two developer aids:
 * GOCC_VERIFY=1 checks that every expression carries its annotations,
 * GOCC_DUMP_TYPES=1 prints them (one line per expression).
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
#include "check.h"

/* ===================================================================== */
/* Vectors, errors                                                       */
/* ===================================================================== */

void check_vec_push(Vec *v, void *p)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->a = realloc(v->a, sizeof *v->a * (size_t)v->cap);
    }
    v->a[v->n++] = p;
}

/* Errors are collected and printed sorted by position (gc sorts). */
enum { MAX_HELD = 16 };     /* more than diag.c can hold */
typedef struct Err {
    const File *file;
    Pos pos;
    char *msg;
    int seq;
    bool early;             /* found by gc's parser (labels, break, continue): printed first */
} Err;

static Vec errs;
const File *check_cur_file;

void check_errorf(Pos p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = gocc_alloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    /* gc drops an error identical to one on the same line */
    for (int i = 0; i < errs.n; i++) {
        Err *e = errs.a[i];
        if (e->file == check_cur_file && e->pos.line == p.line && !strcmp(e->msg, s))
            return;
    }
    Err *e = gocc_alloc(sizeof *e);
    e->file = check_cur_file;
    e->pos = p;
    e->msg = s;
    e->seq = errs.n;
    e->early = !strncmp(s, "label ", 6) || !strncmp(s, "break ", 6) || !strncmp(s, "continue ", 9) ||
               !strncmp(s, "invalid break label", 19) || !strncmp(s, "invalid continue label", 22);
    check_vec_push(&errs, e);
}

static int err_cmp(const void *a, const void *b)
{
    const Err *x = *(Err *const *)a, *y = *(Err *const *)b;
    if (x->early != y->early)
        return x->early ? -1 : 1;
    return x->seq - y->seq;
}

static int err_pos_cmp(const void *a, const void *b)
{
    const Err *x = *(Err *const *)a, *y = *(Err *const *)b;
    if (x->file != y->file)
        return x->seq - y->seq;
    if (x->pos.line != y->pos.line)
        return x->pos.line - y->pos.line;
    return x->pos.col != y->pos.col ? x->pos.col - y->pos.col : x->seq - y->seq;
}

static void flush_errors(void)
{
    qsort(errs.a, (size_t)errs.n, sizeof *errs.a, err_cmp);
    if (errs.n + diag_count() >= 10) {
        /* gc stops at its 10th error: the parser's (early) ones, then the
         * type checker's in order; it prints those sorted by position,
         * then "too many errors" at the 10th one found */
        int k = 10 - diag_count();
        Err *last = errs.a[k - 1];
        qsort(errs.a, (size_t)k, sizeof *errs.a, err_pos_cmp);
        fflush(stdout);
        for (int i = 0; i < k; i++) {
            Err *e = errs.a[i];
            fprintf(stderr, "%s:%d:%d: %s\n", e->file->name, e->pos.line, e->pos.col, e->msg);
        }
        fprintf(stderr, "%s:%d:%d: too many errors\n", last->file->name, last->pos.line, last->pos.col);
        exit(1);
    }
    qsort(errs.a, (size_t)errs.n, sizeof *errs.a, err_pos_cmp);
    for (int i = 0; i < errs.n; i++) {
        Err *e = errs.a[i];
        diag_error(e->file, e->pos, "%s", e->msg);
    }
    errs.n = 0;
}

/* ===================================================================== */
/* Scopes and symbols                                                    */
/* ===================================================================== */


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
Scope *check_cur_scope;

Sym *check_new_sym(SymKind k, const char *name, Pos pos)
{
    Sym *s = gocc_alloc(sizeof *s);
    s->kind = k;
    s->name = name;
    s->pos = pos;
    s->file = check_cur_file;
    return s;
}

Sym *check_scope_lookup_local(Scope *sc, const char *name)
{
    for (Entry *e = sc->entries; e; e = e->next)
        if (e->name == name)
            return e->sym;
    return NULL;
}

Sym *check_lookup(const char *name)
{
    for (Scope *sc = check_cur_scope; sc; sc = sc->parent) {
        Sym *s = check_scope_lookup_local(sc, name);
        if (s)
            return s;
    }
    return NULL;
}

void check_scope_insert(Scope *sc, Sym *s)
{
    Entry *e = gocc_alloc(sizeof *e);
    e->name = s->name;
    e->sym = s;
    e->next = sc->entries;
    sc->entries = e;
}

Scope *check_open_scope(void)
{
    Scope *sc = gocc_alloc(sizeof *sc);
    sc->parent = check_cur_scope;
    check_cur_scope = sc;
    return sc;
}

void check_close_scope(void)
{
    check_cur_scope = check_cur_scope->parent;
}

const char *check_intern(const char *s)
{
    return ast_intern(s, strlen(s));
}

/* The names of the blank identifier and a few others, interned once. */
const char *check_n_blank, *check_n_init, *check_n_main, *check_n_iota, *check_n_nil, *check_n_true, *check_n_false, *check_n_error, *check_n_any;

/* ===================================================================== */
/* The checker's state                                                   */
/* ===================================================================== */


Package *check_cur_pkg;
FuncCtx *check_cur_fc;
static ObjInfo *cur_decl;   /* the package-level declaration being checked */
static Vec all_packages;
Vec check_pkg_funcs;       /* Package.funcs under construction */
int check_glob_lits;       /* function literals in package-level initialisers */
Node *check_cur_iota;      /* the N_CONST spec whose iota is in effect */
int check_cur_iota_val;

void check_record_dep(Sym *s)
{
    if (!cur_decl || !s || !s->chk)
        return;
    if (s->kind != SYM_VAR && s->kind != SYM_FUNC)
        return;
    for (int i = 0; i < cur_decl->deps.n; i++)
        if (cur_decl->deps.a[i] == s)
            return;
    check_vec_push(&cur_decl->deps, s);
}

/* ===================================================================== */
/* Printing expressions (go/types' ExprString) and operands              */
/* ===================================================================== */


void check_bputs(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2 + 32;
        b->s = realloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = 0;
}

void check_bstr(Buf *b, const char *s)
{
    check_bputs(b, s, strlen(s));
}

const char *check_op_str(int op)
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
            check_bstr(b, ", ");
        write_expr(b, a);
    }
}

static void write_fields(Buf *b, Node *l, const char *sep)
{
    for (Node *f = l; f; f = f->next) {
        if (f != l)
            check_bstr(b, sep);
        for (Node *nm = f->list; nm; nm = nm->next) {
            if (nm != f->list)
                check_bstr(b, ", ");
            check_bstr(b, nm->name);
        }
        if (f->list)
            check_bstr(b, " ");
        if (f->flags & NF_VARIADIC)
            check_bstr(b, "...");
        write_expr(b, f->type);
    }
}

static void write_sig(Buf *b, Node *ft)
{
    check_bstr(b, "(");
    write_fields(b, ft->list, ", ");
    check_bstr(b, ")");
    if (ft->y) {
        check_bstr(b, " ");
        if (ft->y->next || ft->y->list) {
            check_bstr(b, "(");
            write_fields(b, ft->y, ", ");
            check_bstr(b, ")");
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
        check_bstr(b, n->name);
        break;
    case N_LIT:
        check_bputs(b, n->lit, (size_t)n->litlen);
        break;
    case N_PAREN:
        check_bstr(b, "(");
        write_expr(b, n->x);
        check_bstr(b, ")");
        break;
    case N_SELECTOR:
        write_expr(b, n->x);
        check_bstr(b, ".");
        check_bstr(b, n->name);
        break;
    case N_INDEX:
        write_expr(b, n->x);
        check_bstr(b, "[");
        write_expr(b, n->y);
        check_bstr(b, "]");
        break;
    case N_SLICE:
        write_expr(b, n->x);
        check_bstr(b, "[");
        write_expr(b, n->y);
        check_bstr(b, ":");
        write_expr(b, n->z);
        if (n->flags & NF_SLICE3) {
            check_bstr(b, ":");
            write_expr(b, n->post);
        }
        check_bstr(b, "]");
        break;
    case N_ASSERT:
        write_expr(b, n->x);
        check_bstr(b, ".(");
        if (n->type)
            write_expr(b, n->type);
        else
            check_bstr(b, "type");
        check_bstr(b, ")");
        break;
    case N_CALL:
        write_expr(b, n->x);
        check_bstr(b, "(");
        write_list(b, n->list);
        if (n->flags & NF_SPREAD)
            check_bstr(b, "...");
        check_bstr(b, ")");
        break;
    case N_UNARY:
        if (n->op == TK_MUL) {
            check_bstr(b, "*");
        } else {
            check_bstr(b, check_op_str(n->op));
        }
        write_expr(b, n->x);
        break;
    case N_BINARY:
        write_expr(b, n->x);
        check_bstr(b, " ");
        check_bstr(b, check_op_str(n->op));
        check_bstr(b, " ");
        write_expr(b, n->y);
        break;
    case N_KEYVAL:
        write_expr(b, n->x);
        check_bstr(b, ": ");
        write_expr(b, n->y);
        break;
    case N_COMPLIT:
        write_expr(b, n->type);
        check_bstr(b, n->list ? "{…}" : "{}");
        break;
    case N_FUNCLIT:
        check_bstr(b, "(func");
        write_sig(b, n->type);
        check_bstr(b, " literal)");
        break;
    case N_ELLIPSIS:
        check_bstr(b, "...");
        break;
    case N_ARRAYTYPE:
        check_bstr(b, "[");
        write_expr(b, n->x);
        check_bstr(b, "]");
        write_expr(b, n->type);
        break;
    case N_SLICETYPE:
        check_bstr(b, "[]");
        write_expr(b, n->type);
        break;
    case N_PTRTYPE:
        check_bstr(b, "*");
        write_expr(b, n->type);
        break;
    case N_MAPTYPE:
        check_bstr(b, "map[");
        write_expr(b, n->x);
        check_bstr(b, "]");
        write_expr(b, n->type);
        break;
    case N_CHANTYPE:
        check_bstr(b, n->op == CHAN_RECV ? "<-chan " : n->op == CHAN_SEND ? "chan<- " : "chan ");
        write_expr(b, n->type);
        break;
    case N_FUNCTYPE:
        check_bstr(b, "func");
        write_sig(b, n);
        break;
    case N_STRUCTTYPE:
        check_bstr(b, "struct{");
        write_fields(b, n->list, "; ");
        check_bstr(b, "}");
        break;
    case N_IFACETYPE:
        check_bstr(b, "interface{");
        for (Node *m = n->list; m; m = m->next) {
            if (m != n->list)
                check_bstr(b, "; ");
            if (m->kind == N_METHOD) {
                check_bstr(b, m->name);
                write_sig(b, m->type);
            } else {
                write_expr(b, m->type);
            }
        }
        check_bstr(b, "}");
        break;
    default:
        check_bstr(b, "?");
        break;
    }
}

const char *check_expr_str(Node *n)
{
    Buf b = {0};
    check_bputs(&b, "", 0);
    write_expr(&b, n);
    return b.s;
}

const char *check_const_str(Const c)
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
    return gocc_format("%s", buf);
}

/* types2's operand.String: `x (variable of type int)`, `300 (untyped int
 * constant)`, `1 << 70 (untyped int constant 1180591620717411303424)`. */
const char *check_operand_str(Node *e)
{
    const char *x = check_expr_str(e);
    if (e->mode == MODE_NIL || (e->tv && e->tv->kind == TY_UNTYPED_NIL))
        return "nil";
    Buf b = {0};
    check_bstr(&b, x);
    check_bstr(&b, " (");
    bool hastype = false;
    switch (e->mode) {
    case MODE_INVALID: case MODE_NOVALUE: case MODE_BUILTIN: case MODE_TYPE:
        break;
    default:
        if (e->tv) {
            if (type_is_untyped(e->tv)) {
                check_bstr(&b, e->tv->name);
                check_bstr(&b, " ");
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
    check_bstr(&b, (e->cflags & CF_COMMAOK) && e->mode == MODE_VALUE ? "comma, ok expression" : modes[e->mode]);
    if (e->mode == MODE_CONST && e->cv) {
        const char *v = check_const_str(*e->cv);
        if (strcmp(v, x)) {
            check_bstr(&b, " ");
            check_bstr(&b, v);
        }
    }
    if (hastype) {
        check_bstr(&b, " of type ");
        check_bstr(&b, type_str(e->tv));
    }
    check_bstr(&b, ")");
    return b.s;
}

Const *check_box(Const c)
{
    Const *p = gocc_alloc(sizeof *p);
    *p = c;
    return p;
}


/* Where gc reports an error about expression e: its first token. */
Pos check_start_pos(Node *e)
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

bool check_invalid(Node *e)
{
    return e->mode == MODE_INVALID;
}

void check_set_invalid(Node *e)
{
    e->mode = MODE_INVALID;
    e->tv = type_invalid;
    e->cv = NULL;
}

/* ===================================================================== */
/* Package-level objects                                                 */
/* ===================================================================== */

static void check_package_files(Package *pkg, Node **files, const File **srcs, int nfiles, bool lib);

/* Resolve a package-level object: a type's underlying type, a
 * constant's value, a variable's type (checking its initialiser), a
 * function's signature. */
void check_resolve(Sym *s)
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
        const File *saved = check_cur_file;
        check_cur_file = info->file;
        check_errorf(s->pos, "initialization cycle or invalid recursive reference to %s", s->name);
        check_cur_file = saved;
        if (!s->type)
            s->type = type_invalid;
        return;
    }
    info->state = 1;
    /* resolve in the object's own file and package context */
    const File *saved_file = check_cur_file;
    Scope *saved_scope = check_cur_scope;
    Package *saved_pkg = check_cur_pkg;
    ObjInfo *saved_decl = cur_decl;
    FuncCtx *saved_fc = check_cur_fc;
    Node *saved_iota = check_cur_iota;
    int saved_iota_val = check_cur_iota_val;
    check_cur_file = info->file;
    check_cur_scope = info->filescope;
    check_cur_pkg = info->pkg;
    check_cur_fc = NULL;
    check_cur_iota = NULL;
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
                check_errorf(spec->pos, "invalid recursive type %s", s->name);
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
        int n = check_count_list(spec->list);
        Sym **syms = gocc_alloc(sizeof *syms * (size_t)n);
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
                    check_vec_push(&o->deps, info->deps.a[k]);
            }
        }
        break;
    }
    case SYM_FUNC: {
        Node *fd = info->spec;
        if (fd->recv && fd->recv->type && !fd->recv->type->tv)
            check_type(fd->recv->type);     /* annotate the receiver's type */
        s->type = check_sig_type(fd->type);
        break;
    }
    default:
        break;
    }
    check_cur_file = saved_file;
    check_cur_scope = saved_scope;
    check_cur_pkg = saved_pkg;
    cur_decl = saved_decl;
    check_cur_fc = saved_fc;
    check_cur_iota = saved_iota;
    check_cur_iota_val = saved_iota_val;
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
    ObjInfo *o = gocc_alloc(sizeof *o);
    o->spec = spec;
    o->pkg = pkg;
    o->file = check_cur_file;
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
    char *s = gocc_format("%s", path);
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
    char *path = gocc_alloc(c.slen + 1);
    memcpy(path, c.s, c.slen);
    Package *p = NULL;
    if (!strcmp(path, "C")) {
        check_errorf(imp->x->pos, "cgo is not supported");
    } else if (!check_prelude(path) && is_std(path)) {
        check_errorf(imp->x->pos, "package %s is not supported", path);
    } else {
        p = load_package(path, imp);
        if (!p)
            return;
    }
    if (!p) {
        /* bind the name anyway, so that its uses say nothing more */
        const char *slash = strrchr(path, '/');
        Sym *s = check_new_sym(SYM_PKG, check_intern(imp->name ? imp->name : slash ? slash + 1 : path), imp->x->pos);
        s->used = true;
        s->decl = imp;
        if (s->name != check_n_blank && !check_scope_lookup_local(fs, s->name))
            check_scope_insert(fs, s);
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
    if (imp->name && imp->name == check_n_blank)
        return;
    if (imp->name && !strcmp(imp->name, ".")) {
        /* Rejected, but its exported names still enter the file scope,
         * so that their uses are not follow-on "undefined" errors. */
        check_errorf(imp->pos, "dot imports are not supported");
        for (int i = 0; i < p->nsyms; i++) {
            Sym *x = p->syms[i];
            if (x->name && x->name[0] >= 'A' && x->name[0] <= 'Z' && !check_scope_lookup_local(fs, x->name))
                check_scope_insert(fs, x);
        }
        return;
    }
    Sym *s = check_new_sym(SYM_PKG, check_intern(name), imp->x->pos);
    s->import = p;
    s->decl = imp;
    s->pkg = pkg->path;
    imp->sym = s;
    Sym *old = check_scope_lookup_local(fs, s->name);
    if (old) {
        check_errorf(imp->x->pos, "%s redeclared in this block", s->name);
        return;
    }
    check_scope_insert(fs, s);
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
    check_vec_push(syms, s);
    if (name->name == check_n_blank)
        return;
    if (name->name == check_n_init && s->kind != SYM_FUNC) {
        check_errorf(name->pos, "cannot declare init - must be func");
        return;
    }
    if (name->name == check_n_main && s->kind != SYM_FUNC && !strcmp(pkg->path, "main")) {
        check_errorf(name->pos, "cannot declare main - must be func");
        return;
    }
    Sym *old = check_scope_lookup_local(ps, name->name);
    if (old) {
        check_redeclared(name, old);
        return;
    }
    check_scope_insert(ps, s);
}

static void collect_decls(Package *pkg, Node *file, Scope *ps, Scope *fs, Vec *syms, Vec *funcdecls)
{
    for (Node *d = file->body; d; d = d->next) {
        if (d->kind == N_FUNC) {
            check_vec_push(funcdecls, d);
            Sym *s = check_new_sym(SYM_FUNC, d->name, d->pos);
            s->decl = d;
            s->pkg = pkg->path;
            ObjInfo *o = new_info(pkg, d, fs);
            s->chk = o;
            d->sym = s;
            d->cflags |= CF_DECL;
            if (d->flags & NF_GENERIC) {
                check_errorf(d->recv ? d->recv->pos : (Pos){d->pos.line, d->pos.col + 5}, "generics are not supported");
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
            if (d->name == check_n_init) {
                if (d->type->list || d->type->y)
                    check_errorf((Pos){d->pos.line, d->pos.col + 5}, "func init must have no arguments and no return values");
                continue;
            }
            if (d->name == check_n_main && !strcmp(pkg->path, "main") && (d->type->list || d->type->y))
                check_errorf((Pos){d->pos.line, d->pos.col + 5}, "func main must have no arguments and no return values");
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
                Sym *s = check_new_sym(SYM_TYPE, spec->name, spec->pos);
                s->decl = spec;
                ObjInfo *o = new_info(pkg, spec, fs);
                s->chk = o;
                spec->sym = s;
                spec->cflags |= CF_DECL;
                if (spec->flags & NF_GENERIC) {
                    check_errorf(spec->pos, "generics are not supported");
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
                    Sym *s = check_new_sym(SYM_CONST, nm->name, nm->pos);
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
                if (valexpr && check_count_list(valexpr) > i && (spec->x == valexpr))
                    check_errorf(valexpr->pos, "extra init expr");
            }
        } else if (d->op == TK_VAR) {
            for (Node *spec = d->list; spec; spec = spec->next) {
                int i = 0;
                for (Node *nm = spec->list; nm; nm = nm->next, i++) {
                    Sym *s = check_new_sym(SYM_VAR, nm->name, nm->pos);
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
static void attach_method(Node *fd, Scope *ps)
{
    Sym *m = fd->sym;
    bool ptr;
    Node *base = recv_base(fd->recv->type, &ptr);
    m->ptrrecv = ptr;
    m->pos = check_find_after(check_find_after(fd->recv->type->pos, ")"), fd->name);
    if (!base || base->kind != N_NAME) {
        check_errorf(fd->recv->pos, "invalid receiver type %s", check_expr_str(fd->recv->type));
        m->chk = NULL;
        return;
    }
    Sym *ts = check_scope_lookup_local(ps, base->name);
    if (!ts) {
        Sym *u = check_lookup(base->name);
        if (u && u->kind == SYM_TYPE && !u->pkg)
            check_errorf(fd->recv->pos, "cannot define new methods on non-local type %s", base->name);
        else
            check_errorf(base->pos, "undefined: %s", base->name);
        m->chk = NULL;
        return;
    }
    if (ts->kind != SYM_TYPE) {
        check_errorf(base->pos, "%s is not a type", base->name);
        m->chk = NULL;
        return;
    }
    check_resolve(ts);
    Type *t = ts->type;
    if (!t || t->kind != TY_NAMED) {
        check_errorf(fd->recv->pos, "invalid receiver type %s", base->name);
        m->chk = NULL;
        return;
    }
    Type *u = type_under(t);
    if (u && (u->kind == TY_POINTER || u->kind == TY_INTERFACE)) {
        check_errorf(fd->recv->pos, "invalid receiver type %s (pointer or interface type)", base->name);
        m->chk = NULL;
        return;
    }
    if (fd->name != check_n_blank) {
        for (int i = 0; i < t->nmethods; i++) {
            if (t->methods[i]->name == fd->name) {
                check_errorf(m->pos, "%s.%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", t->name,
                       fd->name, check_cur_file->name, t->methods[i]->pos.line, t->methods[i]->pos.col, fd->name);
                m->chk = NULL;
                return;
            }
        }
        if (u && u->kind == TY_STRUCT)
            for (int i = 0; i < u->nfields; i++)
                if (u->fields[i].name == fd->name) {
                    check_errorf(fd->pos, "field and method with the same name %s", fd->name);
                    m->chk = NULL;
                    return;
                }
    }
    m->recv = t;
    m->index = t->nmethods;
    t->methods = realloc(t->methods, sizeof *t->methods * (size_t)(t->nmethods + 1));
    t->methods[t->nmethods++] = m;
}

static const char *func_name(Sym *m, Node *fd)
{
    if (!fd->recv)
        return fd->name;
    if (!m->recv)
        return fd->name;
    if (m->ptrrecv)
        return gocc_format("(*%s).%s", m->recv->name, fd->name);
    return gocc_format("%s.%s", m->recv->name, fd->name);
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
        check_vec_push(visited, d);
        if (d->kind == SYM_VAR)
            check_vec_push(out, d);
        else if (d->kind == SYM_FUNC)
            var_deps(d, out, visited);
    }
}

static void init_order(Package *pkg)
{
    Vec vars = {0};
    for (int i = 0; i < pkg->nsyms; i++)
        if (pkg->syms[i]->kind == SYM_VAR && pkg->syms[i]->chk)
            check_vec_push(&vars, pkg->syms[i]);
    int n = vars.n;
    Vec *deps = gocc_alloc(sizeof *deps * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Vec visited = {0};
        var_deps(vars.a[i], &deps[i], &visited);
    }
    bool *done = gocc_alloc((size_t)n + 1);
    pkg->inits = gocc_alloc(sizeof *pkg->inits * (size_t)(n + 1));
    pkg->initexprs = gocc_alloc(sizeof *pkg->initexprs * (size_t)(n + 1));
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
                    check_cur_file = s->file;
                    check_errorf(s->pos, "initialization loop for %s", s->name);
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
    Scope *u = gocc_alloc(sizeof *u);
    struct {
        const char *name;
        Type *t;
    } types[] = {
        {"bool", type_bool}, {"int", type_int}, {"int8", type_int8}, {"int16", type_int16},
        {"int32", type_int32}, {"int64", type_int64}, {"uint", type_uint}, {"uint8", type_uint8},
        {"uint16", type_uint16}, {"uint32", type_uint32}, {"uint64", type_uint64},
        {"uintptr", type_uintptr}, {"float32", type_float32}, {"float64", type_float64},
        {"string", type_string}, {"byte", type_byte}, {"rune", type_rune}, {"error", type_error},
        {"any", type_any},
    };
    for (size_t i = 0; i < sizeof types / sizeof *types; i++) {
        Sym *s = gocc_alloc(sizeof *s);
        s->kind = SYM_TYPE;
        s->name = check_intern(types[i].name);
        s->type = types[i].t;
        s->used = true;
        check_scope_insert(u, s);
    }
    type_error->obj = NULL;
    for (int b = BI_APPEND; b <= BI_RECOVER; b++) {
        Sym *s = gocc_alloc(sizeof *s);
        s->kind = SYM_BUILTIN;
        s->name = check_intern(check_builtin_names[b]);
        s->builtin = (Builtin)b;
        s->used = true;
        check_scope_insert(u, s);
    }
    const char *cnames[] = {"true", "false"};
    for (int i = 0; i < 2; i++) {
        Sym *s = gocc_alloc(sizeof *s);
        s->kind = SYM_CONST;
        s->name = check_intern(cnames[i]);
        s->type = type_untyped_bool;
        s->val = check_box(const_make_bool(i == 0));
        s->used = true;
        check_scope_insert(u, s);
    }
    Sym *iota = gocc_alloc(sizeof *iota);
    iota->kind = SYM_CONST;
    iota->name = check_n_iota;
    iota->type = type_untyped_int;
    iota->used = true;
    check_scope_insert(u, iota);
    Sym *nil = gocc_alloc(sizeof *nil);
    nil->kind = SYM_NIL;
    nil->name = check_n_nil;
    nil->type = type_untyped_nil;
    nil->used = true;
    check_scope_insert(u, nil);
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
        check_errorf(imp->x->pos, "package %s is not in GOROOT (/usr/lib/go-1.19/src/%s)", path, path);
        return NULL;
    }
    File *f = gocc_alloc(sizeof *f);
    const char *slash = strrchr(path, '/');
    f->name = gocc_format("%s.g", path);
    f->src = src;
    f->len = strlen(src);
    Node *root = parse_file(f);
    if (!root)
        return NULL;
    Package *p = gocc_alloc(sizeof *p);
    p->path = check_intern(path);
    p->name = root->name ? root->name : check_intern(slash ? slash + 1 : path);
    check_vec_push(&all_packages, p);
    Node **files = gocc_alloc(sizeof *files);
    files[0] = root;
    const File **srcs = gocc_alloc(sizeof *srcs);
    srcs[0] = f;
    /* check it in a clean context */
    const File *saved_file = check_cur_file;
    Scope *saved_scope = check_cur_scope;
    Package *saved_pkg = check_cur_pkg;
    ObjInfo *saved_decl = cur_decl;
    FuncCtx *saved_fc = check_cur_fc;
    Vec saved_funcs = check_pkg_funcs;
    int saved_glob = check_glob_lits;
    memset(&check_pkg_funcs, 0, sizeof check_pkg_funcs);
    check_glob_lits = 0;
    cur_decl = NULL;
    check_cur_fc = NULL;
    check_package_files(p, files, srcs, 1, true);
    check_pkg_funcs = saved_funcs;
    check_glob_lits = saved_glob;
    check_cur_file = saved_file;
    check_cur_scope = saved_scope;
    check_cur_pkg = saved_pkg;
    cur_decl = saved_decl;
    check_cur_fc = saved_fc;
    return p;
}

static void check_package_files(Package *pkg, Node **files, const File **srcs, int nfiles, bool lib)
{
    Scope *ps = gocc_alloc(sizeof *ps);
    ps->parent = universe;
    pkg->files = files;
    pkg->nfiles = nfiles;
    check_cur_pkg = pkg;
    Vec syms = {0}, funcdecls = {0};
    Scope **fscopes = gocc_alloc(sizeof *fscopes * (size_t)nfiles);
    int nerr_before = errs.n;
    for (int i = 0; i < nfiles; i++) {
        check_cur_file = srcs[i];
        Scope *fs = gocc_alloc(sizeof *fs);
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
        check_cur_file = srcs[i];
        check_cur_scope = fscopes[i];
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
        check_cur_file = o->file;
        check_cur_scope = o->filescope;
        attach_method(fd, ps);
    }
    /* resolve every object */
    for (int i = 0; i < syms.n; i++)
        check_resolve(syms.a[i]);
    for (int i = 0; i < syms.n; i++) {
        Sym *t = syms.a[i];
        if (t->kind == SYM_TYPE && t->type && t->type->kind == TY_NAMED && t->type->obj == t &&
            contains_by_value(t->type->under, t->type, 0)) {
            check_cur_file = t->file;
            check_errorf(t->pos, "invalid recursive type %s", t->name);
            t->type->under = type_invalid;
        }
    }
    for (int i = 0; i < funcdecls.n; i++) {
        Node *fd = funcdecls.a[i];
        Sym *m = fd->sym;
        if (m->chk)
            check_resolve(m);
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
        check_cur_file = o->file;
        check_cur_scope = o->filescope;
        if (!fd->body) {
            if (lib) {
                m->cname = m->recv ? gocc_format("gort_%s_%s_%s", pkg_cname(pkg->path), m->recv->name, fd->name)
                                   : gocc_format("gort_%s_%s", pkg_cname(pkg->path), fd->name);
            } else {
                check_errorf((Pos){fd->pos.line, fd->pos.col + 5}, "missing function body");
            }
            continue;
        }
        Func *fn = gocc_alloc(sizeof *fn);
        fn->decl = fd;
        fn->sym = m;
        fn->sig = m->type;
        fn->name = func_name(m, fd);
        fd->fn = fn;
        m->fn = fn;
        cur_decl = o;
        check_body(fn, fd->type, fd->recv, fd->body);
        cur_decl = NULL;
        if (fd->name == check_n_init && !fd->recv) {
            pkg->initfuncs = realloc(pkg->initfuncs, sizeof *pkg->initfuncs * (size_t)(pkg->ninitfuncs + 1));
            pkg->initfuncs[pkg->ninitfuncs++] = fn;
        }
    }
    pkg->funcs = (Func **)check_pkg_funcs.a;
    pkg->nfuncs = check_pkg_funcs.n;
    init_order(pkg);
    /* unused imports */
    for (int i = 0; i < nfiles; i++) {
        check_cur_file = srcs[i];
        for (Node *imp = files[i]->list; imp; imp = imp->next) {
            Sym *s = imp->sym;
            if (!s || s->used)
                continue;
            Const c = const_from_literal(TK_STRING, imp->lit, (size_t)imp->litlen);
            if (imp->name && strcmp(imp->name, s->import->name))
                check_errorf(imp->x->pos, "imported and not used: \"%.*s\" as %s", (int)c.slen, c.s, imp->name);
            else
                check_errorf(imp->x->pos, "imported and not used: \"%.*s\"", (int)c.slen, c.s);
        }
    }
    if (!lib && !strcmp(pkg->path, "main")) {
        Sym *m = check_scope_lookup_local(ps, check_n_main);
        if (!m || m->kind != SYM_FUNC) {
            check_cur_file = srcs[0];
            check_errorf((Pos){0, 0}, "function main is undeclared in the main package");
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
                     !(n->kind == N_NAME && n->name == check_n_blank))
                bad = "no type";
            else if (n->tv && type_is_untyped(n->tv))
                bad = "untyped";
            else if ((n->mode == MODE_CONST) != (n->cv != NULL) && n->mode != MODE_TYPE)
                bad = "cv and mode disagree";
            if (bad) {
                fprintf(stderr, "verify: %s:%d:%d: %s %s: %s\n", f->name, n->pos.line, n->pos.col,
                        ast_kindname(n->kind), check_expr_str(n), bad);
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

/* Developer aid (GOCC_DUMP_TYPES=1): one line per expression of the
 * main file, "LINE:COL EXPR : MODE TYPE [= VALUE] [flags]". */
static void dump_types(Node *n)
{
    static const char *modes[] = {"invalid", "novalue", "value", "var", "mapindex", "const", "type",
                                  "builtin", "pkg", "nil"};
    for (; n; n = n->next) {
        switch (n->kind) {
        case N_NAME: case N_LIT: case N_BINARY: case N_UNARY: case N_CALL: case N_SELECTOR:
        case N_INDEX: case N_SLICE: case N_ASSERT: case N_COMPLIT: case N_FUNCLIT: case N_PAREN:
            if (n->mode != MODE_INVALID || n->tv) {
                printf("%d:%d %s : %s %s", n->pos.line, n->pos.col, check_expr_str(n), modes[n->mode],
                       n->tv ? type_str(n->tv) : "-");
                if (n->cv)
                    printf(" = %s", check_const_str(*n->cv));
                if (n->cflags & CF_DECL)
                    printf(" decl");
                if (n->cflags & CF_COMMAOK)
                    printf(" commaok");
                if (n->cflags & CF_CONVERSION)
                    printf(" conversion");
                if (n->cflags & CF_MULTIARG)
                    printf(" multiarg");
                if (n->sel)
                    printf(" sel=%d/%d%s%s", n->sel->kind, n->sel->npath, n->sel->addr ? " addr" : "",
                           n->sel->deref ? " deref" : "");
                if (n->sym && n->sym->kind == SYM_VAR)
                    printf("%s%s%s", n->sym->captured ? " captured" : "", n->sym->addrtaken ? " addrtaken" : "",
                           n->sym->global ? " global" : "");
                printf("\n");
            }
            break;
        default:
            break;
        }
        if (n->kind != N_IMPORT && !(n->kind == N_DECL && n->op == TK_CONST)) {
            dump_types(n->x);
            dump_types(n->y);
            dump_types(n->z);
            dump_types(n->type);
            dump_types(n->list);
            dump_types(n->init);
            dump_types(n->cond);
            dump_types(n->post);
            dump_types(n->body);
            dump_types(n->els);
            dump_types(n->recv);
        }
    }
}

Package *check_program(const File *f, Node *root)
{
    type_under(type_int);   /* the predeclared types' ids */
    check_n_blank = check_intern("_");
    check_n_init = check_intern("init");
    check_n_main = check_intern("main");
    check_n_iota = check_intern("iota");
    check_n_nil = check_intern("nil");
    check_n_true = check_intern("true");
    check_n_false = check_intern("false");
    check_n_error = check_intern("error");
    check_n_any = check_intern("any");
    if (!universe)
        universe = make_universe();
    check_cur_file = f;
    if (!root->name || strcmp(root->name, "main")) {
        /* gc builds any package; a program must be package main */
        check_errorf(root->pos, "package %s is not a main package", root->name ? root->name : "?");
    }
    Package *pkg = gocc_alloc(sizeof *pkg);
    pkg->path = check_intern("main");
    pkg->name = root->name ? root->name : check_n_main;
    Node **files = gocc_alloc(sizeof *files);
    files[0] = root;
    const File **srcs = gocc_alloc(sizeof *srcs);
    srcs[0] = f;
    memset(&check_pkg_funcs, 0, sizeof check_pkg_funcs);
    check_package_files(pkg, files, srcs, 1, false);
    /* every library package loaded, in dependency order: all_packages
     * lists a package before the ones its prelude imports (it is recorded
     * before it is checked), so sort them: each after its imports */
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
                check_vec_push(&order, p);
        }
    }
    pkg->imports = (Package **)order.a;
    pkg->nimports = order.n;
    /* the parser's soft errors, to be sorted with ours (gc sorts them all) */
    const File *hf;
    Pos hp;
    const char *hmsg;
    for (int k = -MAX_HELD; diag_take_held(&hf, &hp, &hmsg); k++) {
        /* reported before ours: first among errors at one position */
        Err *e = gocc_alloc(sizeof *e);
        *e = (Err){.file = hf, .pos = hp, .msg = (char *)hmsg, .seq = k};
        check_vec_push(&errs, e);
    }
    int n = errs.n;
    flush_errors();
    if (!n && getenv("GOCC_DUMP_TYPES")) {
        dump_types(root);
        printf("init order:");
        for (int i = 0; i < pkg->ninits; i++)
            printf(" %s", pkg->inits[i]->name);
        printf("\n");
    }
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
    char *name = gocc_format("%s/%s.g", dir, pkg_cname(path));
    FILE *fp = fopen(name, "rb");
    if (!fp)
        return NULL;
    size_t cap = 4096, len = 0;
    char *buf = gocc_alloc(cap + 1);
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
