/*
 * check_expr.c — the checker's expressions: exact constants and Go's
 * representability rules, untyped operands meeting their context,
 * method sets and field lookup (promotion through embedded fields),
 * interfaces and assignability, type expressions, and every expression
 * form (names, selectors, operators, index and slice, assertions, calls,
 * conversions, the builtins, composite literals).
 *
 * An expression is checked bottom-up by check_expr0, which leaves its
 * mode, type (tv) and constant value (cv) on the node; an untyped result
 * stays untyped until a context decides (check_assign_to,
 * check_convert_untyped, check_use_default), which rewrites the types of
 * the untyped operands below it as go/types' updateExprType does.  Errors
 * are worded as gc 1.19 (types2 with CompilerErrorMessages) words them,
 * at the positions it reports them (usually the expression's start).
 */
#include <stdlib.h>
#include <string.h>

#include "gocc.h"
#include "gocc_parse.h"
#include "check.h"

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

bool check_is_basic_const_type(Type *t)
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
    if (e->cv && check_is_basic_const_type(t)) {
        Const out;
        if (representable(*e->cv, t, &out) == REP_OK)
            e->cv = check_box(out);
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
void check_use_default(Node *e)
{
    if (e->tv && type_is_untyped(e->tv) && e->tv->kind != TY_UNTYPED_NIL)
        set_type_rec(e, type_default(e->tv));
}

static const char *context_in(const char *ctx)
{
    return ctx ? gocc_format(" in %s", ctx) : "";
}


/* An untyped value takes its default type; a constant must fit it
 * (`x := 1 << 70` overflows int). */
bool check_default_value(Node *e, const char *ctx)
{
    if (e->tv && type_is_untyped(e->tv) && e->tv->kind != TY_UNTYPED_NIL && e->mode == MODE_CONST)
        return check_convert_untyped(e, type_default(e->tv), ctx);
    check_use_default(e);
    return true;
}

/* Convert the untyped operand e to type t (t typed, or an interface).
 * Reports like types2's implicitTypeAndValue/assignment. */
bool check_convert_untyped(Node *e, Type *t, const char *ctx)
{
    if (!type_is_untyped(e->tv) || check_invalid(e))
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
            check_errorf(check_start_pos(e), "cannot use nil as %s value%s", type_str(t), context_in(ctx));
            return false;
        }
    }
    if (u->kind == TY_INTERFACE) {
        /* the default type must implement t; only empty or satisfied
         * interfaces accept basic values */
        check_use_default(e);
        return true;
    }
    if (!check_is_basic_const_type(u) || type_is_untyped(u)) {
        check_errorf(check_start_pos(e), "cannot use %s as %s value%s", check_operand_str(e), type_str(t), context_in(ctx));
        return false;
    }
    /* kinds must match: numeric to numeric, string to string, bool to bool */
    Type *et = e->tv;
    bool ok = (type_is_numeric(et) && type_is_numeric(u)) ||
              (type_is_string(et) && type_is_string(u)) ||
              (type_is_boolean(et) && type_is_boolean(u));
    if (!ok) {
        check_errorf(check_start_pos(e), "cannot use %s as %s value%s", check_operand_str(e), type_str(t), context_in(ctx));
        return false;
    }
    if (e->mode == MODE_CONST && e->cv) {
        Const out;
        int r = representable(*e->cv, u, &out);
        if (r != REP_OK) {
            if (ctx)
                check_errorf(check_start_pos(e), "cannot use %s as %s value%s%s", check_operand_str(e), type_str(t),
                       context_in(ctx), r == REP_TRUNCATED ? " (truncated)" :
                       r == REP_OVERFLOWS ? " (overflows)" : "");
            else if (r == REP_TRUNCATED)
                check_errorf(check_start_pos(e), "%s truncated to %s", check_operand_str(e), type_str(t));
            else
                check_errorf(check_start_pos(e), "%s overflows %s", check_operand_str(e), type_str(t));
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


/* A method's signature without its receiver (resolving it if needed). */
static Type *method_type(Sym *m)
{
    check_resolve(m);
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
    if (!pkg || !check_cur_pkg || (name[0] >= 'A' && name[0] <= 'Z'))
        return true;
    return !strcmp(pkg, check_cur_pkg->path);
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
        *why = gocc_format("(missing %s method)", m->name);
        return false;
    }
    Type *sig = r.kind == SEL_METHOD ? method_type(r.method) : r.field->type;
    if (!type_identical(sig, m->type)) {
        *why = gocc_format("(wrong type for method %s)\n\t\thave %s%s\n\t\twant %s%s", m->name, m->name,
                       type_str(sig) + 4, m->name, type_str(m->type) + 4);
        return false;
    }
    if (r.kind == SEL_METHOD && r.method->ptrrecv && !r.indirect) {
        *why = gocc_format("(%s method has pointer receiver)", m->name);
        return false;
    }
    return true;
}

/* Whether t implements interface it; *why: types2's reason. */
bool check_implements(Type *t, Type *it, const char **why)
{
    Type *iu = type_under(it);
    if (type_is_interface(t)) {
        Type *tu = type_under(t);
        for (int i = 0; i < iu->nfields; i++) {
            bool ok = false;
            for (int k = 0; k < tu->nfields; k++)
                if (tu->fields[k].name == iu->fields[i].name) {
                    if (!type_identical(tu->fields[k].type, iu->fields[i].type)) {
                        *why = gocc_format("(wrong type for method %s)", iu->fields[i].name);
                        return false;
                    }
                    ok = true;
                }
            if (!ok) {
                *why = gocc_format("(missing %s method)", iu->fields[i].name);
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
bool check_assignable(Type *v, Type *t, const char **why)
{
    *why = NULL;
    if (!v || !t || v->kind == TY_INVALID || t->kind == TY_INVALID)
        return true;
    if (type_identical(v, t))
        return true;
    Type *vu = type_under(v), *tu = type_under(t);
    if (type_identical(vu, tu) && (v->kind != TY_NAMED || t->kind != TY_NAMED) &&
        vu->kind != TY_INTERFACE && !check_is_basic_const_type(vu))
        return true;
    if (tu->kind == TY_INTERFACE) {
        if (check_implements(v, t, why))
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
bool check_assign_to(Node *e, Type *t, const char *ctx)
{
    if (check_invalid(e) || !t || t->kind == TY_INVALID)
        return false;
    if (e->mode == MODE_TYPE) {
        check_errorf(check_start_pos(e), "%s (type) is not an expression", check_expr_str(e));
        check_set_invalid(e);
        return false;
    }
    if (e->mode == MODE_NOVALUE) {
        check_errorf(check_start_pos(e), "%s (no value) used as value", check_expr_str(e));
        check_set_invalid(e);
        return false;
    }
    if (e->tv && e->tv->kind == TY_TUPLE) {
        check_errorf(check_start_pos(e), "multiple-value %s (value of type %s) in single-value context", check_expr_str(e),
               type_str(e->tv));
        check_set_invalid(e);
        return false;
    }
    if (type_is_untyped(e->tv)) {
        if (type_is_interface(t) && e->tv->kind != TY_UNTYPED_NIL) {
            Type *d = type_default(e->tv);
            const char *why;
            if (!check_assignable(d, t, &why)) {
                check_use_default(e);
                check_errorf(check_start_pos(e), "cannot use %s as type %s%s:\n\t%s does not implement %s %s", check_operand_str(e),
                       type_str(t), context_in(ctx), type_str(d), type_str(t), why ? why : "");
                return false;
            }
            return check_default_value(e, ctx);
        }
        return check_convert_untyped(e, t, ctx);
    }
    const char *why;
    if (check_assignable(e->tv, t, &why))
        return true;
    if (why)
        check_errorf(check_start_pos(e), "cannot use %s as type %s%s:\n\t%s does not implement %s %s", check_operand_str(e),
               type_str(t), context_in(ctx), type_str(e->tv), type_str(t), why);
    else if (type_is_interface(e->tv) && !type_is_interface(t) && check_implements(t, e->tv, &why))
        check_errorf(check_start_pos(e), "cannot use %s as type %s%s: need type assertion", check_operand_str(e), type_str(t),
               context_in(ctx));
    else
        check_errorf(check_start_pos(e), "cannot use %s as type %s%s", check_operand_str(e), type_str(t), context_in(ctx));
    return false;
}

/* ===================================================================== */
/* Type expressions                                                      */
/* ===================================================================== */


static int64_t const_length(Node *n)
{
    check_rvalue(n);
    if (check_invalid(n))
        return -1;
    if (n->mode != MODE_CONST) {
        check_errorf(check_start_pos(n), "array length %s (%s) must be constant", check_expr_str(n), check_operand_str(n) + strlen(check_expr_str(n)) + 2);
        return -1;
    }
    if (!const_is_integer(*n->cv) || (!type_is_integer(n->tv) && !type_is_untyped(n->tv))) {
        check_errorf(check_start_pos(n), "array length %s must be integer", check_operand_str(n));
        return -1;
    }
    if (const_sign(*n->cv) < 0 || !const_fits_int64(*n->cv)) {
        check_errorf(check_start_pos(n), "invalid array length %s", check_operand_str(n));
        return -1;
    }
    check_use_default(n);
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
    Field *fs = gocc_alloc(sizeof *fs * (size_t)(n + 1));
    int k = 0;
    for (Node *f = list; f; f = f->next) {
        Type *t = check_type(f->type);
        if (f->flags & NF_VARIADIC) {
            if (results || f->next || (f->list && f->list->next)) {
                check_errorf(check_start_pos(f), "can only use ... with final parameter in list");
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
Type *check_sig_type(Node *ft)
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
    Field *fs = gocc_alloc(sizeof *fs * (size_t)(cnt + 1));
    int k = 0;
    for (Node *f = n->list; f; f = f->next) {
        Type *t = check_type(f->type);
        if (f->flags & NF_EMBEDDED) {
            fs[k].name = check_intern(embedded_name(t));
            fs[k].type = t;
            fs[k].embedded = true;
            fs[k].pos = f->pos;
            fs[k].pkg = check_cur_pkg->path;
            k++;
            continue;
        }
        for (Node *nm = f->list; nm; nm = nm->next) {
            for (int i = 0; i < k; i++)
                if (fs[i].name == nm->name && nm->name != check_n_blank)
                    check_errorf(nm->pos, "%s redeclared", nm->name);
            fs[k].name = nm->name;
            fs[k].type = t;
            fs[k].pos = nm->pos;
            fs[k].pkg = check_cur_pkg->path;
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
    Field *fs = gocc_alloc(sizeof *fs * (size_t)(cnt + 1));
    int k = 0;
    for (Node *m = n->list; m; m = m->next) {
        if (m->kind == N_METHOD) {
            fs[k].name = m->name;
            fs[k].type = check_sig_type(m->type);
            fs[k].pos = m->pos;
            fs[k].pkg = check_cur_pkg->path;
            k++;
        } else {
            if (m->type->kind == N_BINARY || m->type->kind == N_UNARY) {
                check_errorf(m->pos, "generics are not supported");
                continue;
            }
            Type *t = check_type(m->type);
            if (t->kind == TY_INVALID)
                continue;
            if (!type_under(t)) {
                check_errorf(m->pos, "invalid recursive type %s", type_str(t));
                continue;
            }
            if (!type_is_interface(t)) {
                check_errorf(m->pos, "generics are not supported");
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
Type *check_type(Node *n)
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
        if (check_invalid(n))
            return type_invalid;
        if (n->mode != MODE_TYPE) {
            check_errorf(check_start_pos(n), "%s is not a type", check_expr_str(n));
            check_set_invalid(n);
            return type_invalid;
        }
        return n->tv;
    case N_ARRAYTYPE: {
        Type *elem = check_type(n->type);
        if (n->x->kind == N_ELLIPSIS) {
            check_errorf(n->x->pos, "invalid use of [...] array (outside a composite literal)");
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
            check_errorf(n->x->pos, "invalid map key type %s", type_str(k));
        }
        t = type_map(k, v);
        break;
    }
    case N_CHANTYPE:
        t = type_chan(check_type(n->type), n->op);
        break;
    case N_FUNCTYPE:
        return check_sig_type(n);
    case N_STRUCTTYPE:
        t = struct_type(n);
        break;
    case N_IFACETYPE:
        t = iface_type(n);
        break;
    default:
        check_expr0(n, true);
        if (!check_invalid(n) && n->mode != MODE_TYPE) {
            check_errorf(check_start_pos(n), "%s is not a type", check_expr_str(n));
            check_set_invalid(n);
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

static void check_call(Node *e);
static void check_complit(Node *e, Type *t);

/* A local variable used in a function literal nested in its owner:
 * recorded as captured by every literal between the use and the owner. */
void check_note_capture(Sym *s)
{
    if (s->kind != SYM_VAR || s->global || !check_cur_fc || !s->owner || s->owner == check_cur_fc->fn)
        return;
    for (FuncCtx *fc = check_cur_fc; fc && fc->fn != s->owner; fc = fc->outer) {
        bool dup = false;
        for (int i = 0; i < fc->captures.n; i++)
            if (fc->captures.a[i] == s)
                dup = true;
        if (!dup)
            check_vec_push(&fc->captures, s);
    }
    s->captured = true;
}

/* identifier */
static void check_name(Node *e)
{
    if (e->name == check_n_blank) {
        check_errorf(check_start_pos(e), "cannot use _ as value");
        check_set_invalid(e);
        return;
    }
    Sym *s = check_lookup(e->name);
    if (!s && (!strcmp(e->name, "complex64") || !strcmp(e->name, "complex128") || !strcmp(e->name, "complex") ||
               !strcmp(e->name, "real") || !strcmp(e->name, "imag"))) {
        check_errorf(check_start_pos(e), "complex numbers are not supported");
        check_set_invalid(e);
        return;
    }
    if (!s) {
        check_errorf(check_start_pos(e), "undefined: %s", e->name);
        check_set_invalid(e);
        return;
    }
    e->sym = s;
    if (s->chk)
        check_resolve(s);
    s->used = true;
    check_record_dep(s);
    if (s->type == type_invalid && s->kind != SYM_PKG) {
        check_set_invalid(e);     /* reported at its declaration */
        return;
    }
    switch (s->kind) {
    case SYM_VAR:
        check_note_capture(s);
        e->mode = MODE_VAR;
        e->tv = s->type ? s->type : type_invalid;
        if (!s->type)
            check_set_invalid(e);
        break;
    case SYM_CONST:
        if (s->name == check_n_iota && !s->pkg && !s->decl) {
            if (!check_cur_iota) {
                check_errorf(check_start_pos(e), "cannot use iota outside constant declaration");
                check_set_invalid(e);
                return;
            }
            e->mode = MODE_CONST;
            e->tv = type_untyped_int;
            e->cv = check_box(const_make_int64(check_cur_iota_val));
            return;
        }
        if (!s->val) {
            check_set_invalid(e);
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
        check_set_invalid(e);
        break;
    }
}

static void check_lit(Node *e)
{
    if (e->op == TK_IMAG) {
        check_errorf(check_start_pos(e), "complex numbers are not supported");
        check_set_invalid(e);
        return;
    }
    Const c = const_from_literal(e->op, e->lit, (size_t)e->litlen);
    if (c.kind == CONST_INVALID) {
        check_errorf(check_start_pos(e), "malformed constant: %.*s", e->litlen, e->lit);
        check_set_invalid(e);
        return;
    }
    e->mode = MODE_CONST;
    e->cv = check_box(c);
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
        Sym *ps = check_lookup(x->name);
        if (ps && ps->kind == SYM_PKG) {
            ps->used = true;
            x->sym = ps;
            x->mode = MODE_PKG;
            Package *p = ps->import;
            if (!p) {
                /* a rejected import (unsafe, net/http...): already reported */
                check_set_invalid(e);
                return;
            }
            Sym *m = NULL;
            for (int i = 0; p && i < p->nsyms; i++)
                if (p->syms[i]->name == e->name)
                    m = p->syms[i];
            if (!m || !is_exported(e->name)) {
                check_errorf(e->y ? e->y->pos : e->pos, "undefined: %s.%s", x->name, e->name);
                check_set_invalid(e);
                return;
            }
            e->sym = m;
            if (m->chk)
                check_resolve(m);
            switch (m->kind) {
            case SYM_VAR: e->mode = MODE_VAR; e->tv = m->type; break;
            case SYM_CONST: e->mode = MODE_CONST; e->tv = m->type; e->cv = m->val; break;
            case SYM_TYPE: e->mode = MODE_TYPE; e->tv = m->type; break;
            case SYM_FUNC: e->mode = MODE_VALUE; e->tv = m->type; break;
            default: check_set_invalid(e); return;
            }
            if (!e->tv || (m->kind == SYM_CONST && !e->cv))
                check_set_invalid(e);
            return;
        }
    }
    check_expr0(x, true);
    if (check_invalid(x)) {
        check_set_invalid(e);
        return;
    }
    if (x->mode == MODE_PKG || x->mode == MODE_BUILTIN || x->mode == MODE_NIL || x->mode == MODE_NOVALUE) {
        check_errorf(check_start_pos(x), "%s is not an expression", check_expr_str(x));
        check_set_invalid(e);
        return;
    }
    Type *t = x->tv;
    if (x->mode != MODE_TYPE)
        check_use_default(x);
    t = x->tv;
    Lookup r;
    if (!lookup_field_or_method(t, e->name, &r)) {
        if (r.ambiguous)
            check_errorf(e->y ? e->y->pos : e->pos, "ambiguous selector %s.%s", check_expr_str(x), e->name);
        else if (x->mode == MODE_TYPE)
            check_errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s has no method %s)", check_expr_str(x), e->name,
                   type_str(t), e->name);
        else if (t->kind == TY_POINTER && type_is_interface(t->elem))
            check_errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s is pointer to interface, not interface)",
                   check_expr_str(x), e->name, type_str(t));
        else {
            /* types2 suggests the same name with the other capitalisation */
            char *alt = gocc_format("%s", e->name);
            alt[0] = (char)(alt[0] >= 'a' && alt[0] <= 'z' ? alt[0] - 32 : alt[0] >= 'A' && alt[0] <= 'Z' ? alt[0] + 32 : alt[0]);
            Lookup r2;
            if (strcmp(alt, e->name) && lookup_field_or_method(t, check_intern(alt), &r2))
                check_errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s has no field or method %s, but does have %s)",
                       check_expr_str(x), e->name, type_str(t), e->name, alt);
            else
                check_errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s has no field or method %s)", check_expr_str(x),
                       e->name, type_str(t), e->name);
        }
        check_set_invalid(e);
        return;
    }
    Selection *sel = gocc_alloc(sizeof *sel);
    sel->path = gocc_alloc(sizeof(int) * 16);
    memcpy(sel->path, r.path, sizeof r.path);
    sel->npath = r.npath;
    e->sel = sel;
    if (x->mode == MODE_TYPE) {
        /* method expression T.M / (*T).M */
        if (r.kind == SEL_FIELD) {
            check_errorf(e->y ? e->y->pos : e->pos, "%s.%s undefined (type %s has no method %s)", check_expr_str(x), e->name,
                   type_str(t), e->name);
            check_set_invalid(e);
            return;
        }
        Type *sig;
        if (r.kind == SEL_METHOD) {
            sig = method_type(r.method);
            if (r.method->ptrrecv && !r.indirect) {
                check_errorf(e->y ? e->y->pos : e->pos, "cannot call pointer method %s on %s", e->name, type_str(t));
                check_set_invalid(e);
                return;
            }
            sel->method = r.method;
            check_record_dep(r.method);
        } else {
            sig = r.field->type;
            sel->index = r.index;
        }
        sel->kind = SEL_METHODEXPR;
        if (!sig) {
            check_set_invalid(e);
            return;
        }
        Field *ps = gocc_alloc(sizeof *ps * (size_t)(sig->nfields + 1));
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
        check_record_dep(r.method);
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
                check_errorf(e->y ? e->y->pos : e->pos, "cannot call pointer method %s on %s", e->name, type_str(t));
                check_set_invalid(e);
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
                return gocc_format("struct containing %s", type_str(u->fields[i].type));
            }
    }
    if (u->kind == TY_ARRAY && !type_comparable(u->elem))
        return incomparable_cause(u->elem);
    return type_str(t);
}

/* The position of the first `tok` at or after p in the current file
 * (for tokens the tree does not keep: `:=`, a method's name). */
Pos check_find_after(Pos p, const char *tok)
{
    const char *src = check_cur_file->src;
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
    if (type_is_untyped(t) || !check_is_basic_const_type(t))
        return true;
    Const out;
    int r = representable(c, t, &out);
    if (r == REP_OK) {
        e->cv = check_box(out);
        return true;
    }
    if (type_is_integer(t) || r == REP_OVERFLOWS)
        check_errorf(check_start_pos(e), "%s (constant %s of type %s) overflows %s", check_expr_str(e), check_const_str(c), type_str(t),
               type_str(t));
    else
        check_errorf(check_start_pos(e), "constant %s truncated to %s", check_const_str(c), type_str(t));
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
            if (check_invalid(x)) {
                check_set_invalid(e);
                return;
            }
            x->mode = inner->mode = MODE_VALUE;
        } else {
            check_expr0(x, false);
            if (check_invalid(x)) {
                check_set_invalid(e);
                return;
            }
            if (!addressable(x)) {
                check_errorf(check_start_pos(x), "invalid operation: cannot take address of %s", check_operand_str(x));
                check_set_invalid(e);
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
        if (check_invalid(x)) {
            check_set_invalid(e);
            return;
        }
        if (x->mode == MODE_TYPE) {
            e->mode = MODE_TYPE;
            e->tv = type_pointer(x->tv);
            return;
        }
        if (x->mode == MODE_NIL) {
            check_errorf(check_start_pos(e), "invalid operation: cannot indirect nil");
            check_set_invalid(e);
            return;
        }
        Type *u = type_under(x->tv);
        if (!u || u->kind != TY_POINTER) {
            check_errorf(check_start_pos(x), "invalid operation: cannot indirect %s", check_operand_str(x));
            check_set_invalid(e);
            return;
        }
        e->mode = MODE_VAR;
        e->tv = u->elem;
        return;
    }
    if (e->op == TK_ARROW) {
        check_expr0(x, true);
        if (!check_invalid(x) && x->mode == MODE_TYPE) {
            /* <-chan T, parsed as <-(chan T) */
            Type *ct = x->tv;
            if (ct->kind == TY_CHAN && ct->dir == CHAN_BOTH && x->kind == N_CHANTYPE) {
                e->mode = MODE_TYPE;
                e->tv = type_chan(ct->elem, CHAN_RECV);
                return;
            }
            check_errorf(check_start_pos(e), "%s (type) is not an expression", check_expr_str(x));
            check_set_invalid(e);
            return;
        }
        if (!check_invalid(x))
            check_rvalue(x);
        if (check_invalid(x)) {
            check_set_invalid(e);
            return;
        }
        Type *u = type_under(x->tv);
        if (!u || u->kind != TY_CHAN) {
            check_errorf(check_start_pos(x), "invalid operation: cannot receive from non-channel %s", check_operand_str(x));
            check_set_invalid(e);
            return;
        }
        if (u->dir == CHAN_SEND) {
            check_errorf(check_start_pos(x), "invalid operation: cannot receive from send-only channel %s", check_operand_str(x));
            check_set_invalid(e);
            return;
        }
        e->mode = MODE_VALUE;
        e->tv = u->elem;
        return;
    }
    check_rvalue(x);
    if (check_invalid(x)) {
        check_set_invalid(e);
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
        check_errorf(check_start_pos(x), "invalid operation: operator %s not defined on %s", check_op_str(e->op), check_operand_str(x));
        check_set_invalid(e);
        return;
    }
    e->tv = t;
    if (x->mode == MODE_CONST) {
        Const r;
        const char *err;
        if (e->op == TK_XOR && type_is_unsigned(t)) {
            r = unsigned_complement(*x->cv, t);
        } else if (!const_unary(e->op, *x->cv, &r, &err)) {
            check_errorf(check_start_pos(e), "invalid operation: %s", err);
            check_set_invalid(e);
            return;
        }
        e->mode = MODE_CONST;
        e->cv = check_box(r);
        if (!typed_const_ok(e, r, t)) {
            check_set_invalid(e);
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
        if (x->tv->kind == TY_UNTYPED_NIL || type_is_interface(y->tv) || check_is_basic_const_type(y->tv) ||
            type_under(y->tv)->kind == TY_POINTER || type_under(y->tv)->kind == TY_SLICE ||
            type_under(y->tv)->kind == TY_MAP || type_under(y->tv)->kind == TY_CHAN ||
            type_under(y->tv)->kind == TY_FUNC) {
            if (type_is_interface(y->tv) && x->tv->kind != TY_UNTYPED_NIL) {
                check_use_default(x);
                return true;
            }
            if (x->tv->kind == TY_UNTYPED_NIL && check_is_basic_const_type(y->tv))
                goto mismatch;
            if (x->tv->kind != TY_UNTYPED_NIL && !check_is_basic_const_type(y->tv))
                goto mismatch;
            if (!(x->tv->kind == TY_UNTYPED_NIL) &&
                !((type_is_numeric(x->tv) && type_is_numeric(y->tv)) ||
                  (type_is_string(x->tv) && type_is_string(y->tv)) ||
                  (type_is_boolean(x->tv) && type_is_boolean(y->tv))))
                goto mismatch;
            return check_convert_untyped(x, y->tv, NULL);
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
    check_rvalue(e->x);
    check_rvalue(e->y);
    check_binary_op(e);
}

/* x op y on checked operands */
void check_binary_op(Node *e)
{
    Node *x = e->x, *y = e->y;
    if (check_invalid(x) || check_invalid(y)) {
        check_set_invalid(e);
        return;
    }
    int op = e->op;
    if (op == TK_SHL || op == TK_SHR) {
        /* y: an integer (untyped constant: non-negative, representable as uint) */
        if (type_is_untyped(y->tv)) {
            if (y->mode == MODE_CONST && !const_is_integer(*y->cv)) {
                check_errorf(check_start_pos(y), "%s truncated to uint", check_operand_str(y));
                check_set_invalid(e);
                return;
            }
            if (y->mode == MODE_CONST && const_sign(*y->cv) < 0) {
                check_errorf(check_start_pos(y), "invalid operation: negative shift count %s", check_operand_str(y));
                check_set_invalid(e);
                return;
            }
            if (y->mode == MODE_CONST)
                check_convert_untyped(y, type_uint, NULL);
            else
                check_use_default(y);
        } else if (!type_is_integer(y->tv)) {
            check_errorf(check_start_pos(y), "invalid operation: shift count %s must be integer", check_operand_str(y));
            check_set_invalid(e);
            return;
        }
        if (x->mode == MODE_CONST && type_is_untyped(x->tv)) {
            if (!const_is_integer(*x->cv)) {
                check_errorf(check_start_pos(x), "invalid operation: shifted operand %s must be integer", check_operand_str(x));
                check_set_invalid(e);
                return;
            }
            if (y->mode == MODE_CONST) {
                Const r;
                const char *err;
                if (!const_binary(op, *x->cv, *y->cv, &r, &err)) {
                    check_errorf(check_start_pos(e), "invalid operation: %s", err);
                    check_set_invalid(e);
                    return;
                }
                e->mode = MODE_CONST;
                e->cv = check_box(r);
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
            check_errorf(check_start_pos(x), "invalid operation: shifted operand %s must be integer", check_operand_str(x));
            check_set_invalid(e);
            return;
        }
        e->tv = x->tv;
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            Const r;
            const char *err;
            if (!const_binary(op, *x->cv, *y->cv, &r, &err)) {
                check_errorf(check_start_pos(e), "invalid operation: %s", err);
                check_set_invalid(e);
                return;
            }
            e->mode = MODE_CONST;
            e->cv = check_box(r);
            if (!typed_const_ok(e, r, e->tv))
                check_set_invalid(e);
            return;
        }
        e->mode = MODE_VALUE;
        return;
    }
    bool xnil = x->tv && x->tv->kind == TY_UNTYPED_NIL, ynil = y->tv && y->tv->kind == TY_UNTYPED_NIL;
    if (!match_types(e, x, y)) {
        if (check_invalid(x) || check_invalid(y)) {
            check_set_invalid(e);
            return;
        }
        check_errorf(check_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", check_expr_str(e),
               type_str(x->tv), type_str(y->tv));
        check_set_invalid(e);
        return;
    }
    if (check_invalid(x) || check_invalid(y)) {
        check_set_invalid(e);
        return;
    }
    if (is_comparison(op)) {
        const char *why = NULL;
        bool ok;
        const char *xv, *yv;
        ok = true;
        if (!(check_assignable(x->tv, y->tv, &xv) || check_assignable(y->tv, x->tv, &yv) ||
              xnil || ynil)) {
            check_errorf(check_start_pos(y), "invalid operation: %s (mismatched types %s and %s)", check_expr_str(e),
                   type_str(x->tv), type_str(y->tv));
            check_set_invalid(e);
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
                    check_errorf(check_start_pos(x), "invalid operation: %s (mismatched types %s and untyped nil)",
                           check_expr_str(e), type_str(o->tv));
                    check_set_invalid(e);
                    return;
                }
                check_convert_untyped(xnil ? x : y, o->tv, NULL);
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
                    check_errorf(check_start_pos(x), "invalid operation: %s (%s)", check_expr_str(e), why);
                else
                    check_errorf(check_start_pos(x), "invalid operation: %s (%s cannot be compared)", check_expr_str(e),
                           incomparable_cause(bad->tv));
                check_set_invalid(e);
                return;
            }
        } else {
            Type *t = x->tv;
            ok = type_is_numeric(t) || type_is_string(t);
            if (!ok) {
                check_errorf(check_start_pos(x), "invalid operation: %s (operator %s not defined on %s)", check_expr_str(e),
                       check_op_str(op), check_operand_str(x) + strlen(check_expr_str(x)) + 2);
                /* types2: "operator < not defined on x (variable of type T)" */
                check_set_invalid(e);
                return;
            }
        }
        if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
            Const r;
            const char *err;
            if (!const_binary(op, *x->cv, *y->cv, &r, &err)) {
                check_errorf(check_start_pos(e), "invalid operation: %s", err);
                check_set_invalid(e);
                return;
            }
            e->mode = MODE_CONST;
            e->cv = check_box(r);
        } else {
            e->mode = MODE_VALUE;
        }
        /* the operands keep their types; untyped ones get defaults */
        check_use_default(x);
        check_use_default(y);
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
        check_errorf(check_start_pos(x), "invalid operation: %s (mismatched types %s and %s)", check_expr_str(e),
               type_str(x->tv), type_str(y->tv));
        check_set_invalid(e);
        return;
    }
    if (!ok) {
        check_errorf(check_start_pos(x), "invalid operation: operator %s not defined on %s", check_op_str(op), check_operand_str(x));
        check_set_invalid(e);
        return;
    }
    if ((op == TK_QUO || op == TK_REM) && y->mode == MODE_CONST && const_sign(*y->cv) == 0 &&
        type_is_numeric(y->tv) && (type_is_integer(x->tv) || x->mode == MODE_CONST)) {
        check_errorf(check_start_pos(y), "invalid operation: division by zero");
        check_set_invalid(e);
        return;
    }
    e->tv = t;
    if (x->mode == MODE_CONST && y->mode == MODE_CONST) {
        Const a = *x->cv, b = *y->cv, r;
        const char *err;
        if (!const_binary(op, a, b, &r, &err)) {
            check_errorf(check_start_pos(e), "invalid operation: %s", err);
            check_set_invalid(e);
            return;
        }
        /* typed integer division truncates (both are CONST_INT already) */
        e->mode = MODE_CONST;
        e->cv = check_box(r);
        if (!typed_const_ok(e, r, t))
            check_set_invalid(e);
        else if (!type_is_untyped(t) && type_is_float(t) && r.kind != CONST_FLOAT) {
            Const c = r;
            c.kind = CONST_FLOAT;
            e->cv = check_box(c);
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
    if (check_invalid(x)) {
        check_set_invalid(e);
        return;
    }
    if (x->mode == MODE_TYPE || (x->sym && x->sym->kind == SYM_FUNC && x->kind == N_NAME &&
                                 x->sym->decl && (x->sym->decl->flags & NF_GENERIC))) {
        check_errorf(check_start_pos(e), "generics are not supported");
        check_set_invalid(e);
        return;
    }
    check_use_default(x);
    Type *u = type_under(x->tv);
    Node *i = e->y;
    if (u->kind == TY_MAP) {
        check_rvalue(i);
        if (!check_invalid(i))
            check_assign_to(i, u->key, "map index");
        e->mode = MODE_MAPINDEX;
        e->tv = u->elem;
        return;
    }
    int64_t length = -1;
    Type *elem;
    int mode;
    if (u->kind == TY_STRING || u->kind == TY_UNTYPED_STRING) {
        elem = type_byte;      /* gc: "value of type byte" */
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
        Pos at = check_start_pos(i);
        at.col--;   /* the `[` (usually right before the index) */
        check_errorf(at, "invalid operation: cannot index %s", check_operand_str(x));
        check_set_invalid(e);
        return;
    }
    check_rvalue(i);
    if (!check_invalid(i)) {
        if (!type_is_integer(i->tv) && !(i->mode == MODE_CONST && type_is_untyped(i->tv) &&
                                          i->tv->kind != TY_UNTYPED_STRING && i->tv->kind != TY_UNTYPED_BOOL &&
                                          const_is_integer(*i->cv))) {
            if (i->mode == MODE_CONST && type_is_untyped(i->tv) && type_is_numeric(i->tv))
                check_errorf(check_start_pos(i), "%s truncated to int", check_operand_str(i));
            else
                check_errorf(check_start_pos(i), "invalid argument: index %s must be integer", check_operand_str(i));
        } else if (i->mode == MODE_CONST) {
            if (type_is_untyped(i->tv) && const_fits_int64(*i->cv))
                check_convert_untyped(i, type_int, NULL);
            if (const_sign(*i->cv) < 0)
                check_errorf(check_start_pos(i), "invalid argument: index %s must not be negative", check_operand_str(i));
            else if (length >= 0 && (!const_fits_int64(*i->cv) || const_to_int64(*i->cv) >= length))
                check_errorf(check_start_pos(i), "invalid argument: index %s out of bounds [0:%lld]", check_expr_str(i),
                       (long long)length);
            else if (type_is_untyped(i->tv))
                check_convert_untyped(i, type_int, NULL);
        }
    }
    e->mode = mode;     /* "abc"[1] is a byte value, not a constant */
    e->tv = elem;
}

/* x[lo:hi:max] */
static void check_slice(Node *e)
{
    Node *x = e->x;
    check_rvalue(x);
    if (check_invalid(x)) {
        check_set_invalid(e);
        return;
    }
    Type *u = type_under(x->tv);
    int64_t length = -1;
    if (type_is_string(u)) {
        if (e->flags & NF_SLICE3) {
            check_errorf(check_start_pos(e), "invalid operation: 3-index slice of string");
            check_set_invalid(e);
            return;
        }
        e->tv = type_is_untyped(x->tv) ? type_string : x->tv;
        if (type_is_untyped(x->tv))
            check_use_default(x);
    } else if (u->kind == TY_SLICE) {
        e->tv = x->tv;
    } else if (u->kind == TY_ARRAY) {
        if (x->mode != MODE_VAR) {
            check_errorf(check_start_pos(e), "invalid operation: %s (slice of unaddressable value)", check_expr_str(e));
            check_set_invalid(e);
            return;
        }
        mark_addrtaken(x);
        length = u->len;
        e->tv = type_slice(u->elem);
    } else if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY) {
        length = type_under(u->elem)->len;
        e->tv = type_slice(type_under(u->elem)->elem);
    } else {
        check_errorf(check_start_pos(x), "cannot slice %s", check_operand_str(x));
        check_set_invalid(e);
        return;
    }
    Node *idx[3] = {e->y, e->z, e->post};
    for (int k = 0; k < 3; k++) {
        Node *i = idx[k];
        if (!i)
            continue;
        check_rvalue(i);
        if (check_invalid(i))
            continue;
        if (!type_is_integer(i->tv) && !(i->mode == MODE_CONST && type_is_numeric(i->tv) &&
                                          const_is_integer(*i->cv))) {
            if (i->mode == MODE_CONST && type_is_untyped(i->tv) && type_is_numeric(i->tv))
                check_errorf(check_start_pos(i), "%s truncated to int", check_operand_str(i));
            else
                check_errorf(check_start_pos(i), "invalid argument: index %s must be integer", check_operand_str(i));
            continue;
        }
        if (i->mode == MODE_CONST) {
            if (const_sign(*i->cv) < 0)
                check_errorf(check_start_pos(i), "invalid argument: index %s must not be negative", check_operand_str(i));
            else if (length >= 0 && (!const_fits_int64(*i->cv) || const_to_int64(*i->cv) > length))
                check_errorf(check_start_pos(i), "invalid argument: index %s out of bounds [0:%lld]", check_expr_str(i),
                       (long long)length + 1);
        }
        check_use_default(i);
    }
    e->mode = MODE_VALUE;
}

/* x.(T) */
static void check_assert(Node *e)
{
    Node *x = e->x;
    check_rvalue(x);
    if (!e->type) {
        check_errorf(check_start_pos(e), "invalid syntax tree: use of .(type) outside type switch");
        check_set_invalid(e);
        return;
    }
    Type *t = check_type(e->type);
    if (check_invalid(x) || t->kind == TY_INVALID) {
        check_set_invalid(e);
        return;
    }
    if (!type_is_interface(x->tv)) {
        check_errorf(check_start_pos(x), "invalid operation: %s is not an interface", check_operand_str(x));
        check_set_invalid(e);
        return;
    }
    if (!type_is_interface(t)) {
        const char *why;
        if (!check_implements(t, x->tv, &why)) {
            check_errorf(check_start_pos(e), "impossible type assertion: %s\n\t%s does not implement %s %s",
                   check_expr_str(e), type_str(t), type_str(x->tv), why);
            check_set_invalid(e);
            return;
        }
    }
    e->mode = MODE_VALUE;
    e->tv = t;
}

void check_expr0(Node *e, bool allow_type)
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
        check_errorf(check_start_pos(e), "unexpected key:value expression");
        check_set_invalid(e);
        break;
    case N_ARRAYTYPE: case N_SLICETYPE: case N_MAPTYPE: case N_CHANTYPE: case N_PTRTYPE:
    case N_FUNCTYPE: case N_STRUCTTYPE: case N_IFACETYPE:
        check_type(e);
        break;
    case N_ELLIPSIS:
        check_errorf(check_start_pos(e), "invalid use of [...] array (outside a composite literal)");
        check_set_invalid(e);
        break;
    default:
        check_errorf(check_start_pos(e), "unexpected %s in expression", ast_kindname(e->kind));
        check_set_invalid(e);
        break;
    }
    if (e->mode == MODE_TYPE && !allow_type) {
        check_errorf(check_start_pos(e), "%s (type) is not an expression", check_expr_str(e));
        check_set_invalid(e);
    }
}

/* An expression used for its single value (untyped stays untyped). */

void check_rvalue(Node *e)
{
    check_expr0(e, false);
    check_post_value(e);
}

/* The checks of rvalue on an already checked expression. */
void check_post_value(Node *e)
{
    if (check_invalid(e))
        return;
    switch (e->mode) {
    case MODE_NOVALUE:
        check_errorf(check_start_pos(e), "%s (no value) used as value", check_expr_str(e));
        check_set_invalid(e);
        return;
    case MODE_BUILTIN:
        check_errorf(check_start_pos(e), "%s (built-in) must be called", check_expr_str(e));
        check_set_invalid(e);
        return;
    case MODE_PKG:
        check_errorf(check_start_pos(e), "use of package %s without selector", check_expr_str(e));
        check_set_invalid(e);
        return;
    default:
        break;
    }
    if (e->tv && e->tv->kind == TY_TUPLE) {
        check_errorf(check_start_pos(e), "multiple-value %s (value of type %s) in single-value context", check_expr_str(e),
               type_str(e->tv));
        check_set_invalid(e);
    }
}

/* An expression whose value is used without a typed context. */
void check_value_default(Node *e)
{
    check_rvalue(e);
    if (!check_invalid(e))
        check_use_default(e);
}

/* ===================================================================== */
/* Calls, conversions, builtins                                          */
/* ===================================================================== */

int check_count_list(Node *l)
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
    if (check_assignable(v, t, &why))
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
    char *s = gocc_alloc(5);
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
    int n = check_count_list(e->list);
    if (n != 1 || (e->flags & NF_SPREAD)) {
        if (n == 0)
            check_errorf(check_start_pos(e), "missing argument in conversion to %s", type_str(t));
        else if (n > 1)
            check_errorf(e->list->next->pos, "too many arguments in conversion to %s", type_str(t));
        else
            check_errorf(check_start_pos(e), "invalid use of ... in conversion to %s", type_str(t));
        for (Node *a = e->list; a; a = a->next)
            check_expr0(a, true);
        check_set_invalid(e);
        return;
    }
    Node *x = e->list;
    check_rvalue(x);
    if (check_invalid(x) || t->kind == TY_INVALID) {
        check_set_invalid(e);
        return;
    }
    e->tv = t;
    const char *desc = NULL;
    if (x->mode == MODE_CONST && check_is_basic_const_type(t)) {
        Const c = *x->cv, out;
        if (type_is_string(t) && type_is_integer(x->tv)) {
            check_use_default(x);
            e->mode = MODE_CONST;
            e->cv = check_box(rune_string(c));
            return;
        }
        int r = same_family(x->tv, t) ? representable(c, t, &out) : REP_MISMATCH;
        if (r != REP_OK) {
            if (r == REP_TRUNCATED)
                check_errorf(check_start_pos(x), "cannot convert %s to type %s (truncated)", check_operand_str(x), type_str(t));
            else
                check_errorf(check_start_pos(x), "cannot convert %s to type %s", check_operand_str(x), type_str(t));
            check_set_invalid(e);
            return;
        }
        if (type_is_untyped(x->tv))
            set_type_rec(x, t);
        e->mode = MODE_CONST;
        e->cv = check_box(out);
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
            check_errorf(check_start_pos(x), "cannot convert nil to type %s", type_str(t));
            check_set_invalid(e);
            return;
        }
        desc = check_operand_str(x);
        if (x->mode != MODE_CONST && check_is_basic_const_type(t) && same_family(x->tv, t))
            set_type_rec(x, t);
        else
            check_use_default(x);
    }
    if (!convertible(x, t)) {
        check_errorf(check_start_pos(x), "cannot convert %s to type %s", desc ? desc : check_operand_str(x), type_str(t));
        check_set_invalid(e);
        return;
    }
    e->mode = MODE_VALUE;
}

const char *check_builtin_names[] = {
    [BI_NONE] = "?", [BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLEAR] = "clear",
    [BI_CLOSE] = "close", [BI_COPY] = "copy", [BI_DELETE] = "delete", [BI_LEN] = "len",
    [BI_MAKE] = "make", [BI_MAX] = "max", [BI_MIN] = "min", [BI_NEW] = "new",
    [BI_PANIC] = "panic", [BI_PRINT] = "print", [BI_PRINTLN] = "println", [BI_RECOVER] = "recover",
};

static bool arg_count(Node *e, int n, int min, int max)
{
    if (n < min) {
        check_errorf(e->endpos.line ? e->endpos : e->pos, "not enough arguments for %s (expected %d, found %d)",
               check_expr_str(e), min, n);
        return false;
    }
    if (max >= 0 && n > max) {
        Node *a = e->list;
        for (int i = 0; i < max && a; i++)
            a = a->next;
        check_errorf(check_start_pos(e), "too many arguments for %s (expected %d, found %d)", check_expr_str(e), max, n);
        return false;
    }
    return true;
}

/* A make size argument: a non-negative integer. */
static bool size_arg(Node *a)
{
    check_rvalue(a);
    if (check_invalid(a))
        return false;
    if (a->mode == MODE_CONST && type_is_untyped(a->tv)) {
        if (!type_is_numeric(a->tv) || !const_is_integer(*a->cv)) {
            check_errorf(check_start_pos(a), "%s truncated to int", check_operand_str(a));
            return false;
        }
        if (const_sign(*a->cv) < 0) {
            check_errorf(check_start_pos(a), "invalid argument: index %s must not be negative", check_operand_str(a));
            return false;
        }
        check_convert_untyped(a, type_int, NULL);
        return true;
    }
    if (!type_is_integer(a->tv)) {
        check_errorf(check_start_pos(a), "cannot convert %s to type int", check_operand_str(a));
        return false;
    }
    if (a->mode == MODE_CONST && const_sign(*a->cv) < 0) {
        check_errorf(check_start_pos(a), "invalid argument: index %s must not be negative", check_operand_str(a));
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
        check_set_invalid(e);
        return NULL;
    }
    check_rvalue(e->list);
    if (check_invalid(e->list)) {
        check_set_invalid(e);
        return NULL;
    }
    return e->list;
}

static void check_minmax(Node *e, Builtin bi, int n)
{
    Node *args = e->list;
    if (n == 0) {
        check_errorf(e->endpos.line ? e->endpos : e->pos, "not enough arguments for %s() (expected 1, found 0)",
               check_builtin_names[bi]);
        check_set_invalid(e);
        return;
    }
    bool allconst = true;
    for (Node *a = args; a; a = a->next) {
        check_rvalue(a);
        if (check_invalid(a)) {
            check_set_invalid(e);
            return;
        }
        if (!(type_is_numeric(a->tv) || type_is_string(a->tv))) {
            check_errorf(check_start_pos(a), "invalid argument: %s cannot be ordered", check_operand_str(a));
            check_set_invalid(e);
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
                if (!check_convert_untyped(a, t, NULL)) {
                    check_set_invalid(e);
                    return;
                }
            } else if (!type_identical(a->tv, t)) {
                check_errorf(check_start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                       type_str(t), type_str(a->tv), check_expr_str(a));
                check_set_invalid(e);
                return;
            }
        }
    } else {
        t = args->tv;
        for (Node *a = args->next; a; a = a->next) {
            if (untyped_rank(a->tv) > untyped_rank(t))
                t = a->tv;
            if (!same_family(a->tv, t)) {
                check_errorf(check_start_pos(a), "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                       type_str(t), type_str(a->tv), check_expr_str(a));
                check_set_invalid(e);
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
        e->cv = representable(*acc->cv, t, &out) == REP_OK ? check_box(out) : acc->cv;
        return;
    }
    if (type_is_untyped(t)) {
        t = type_default(t);
        for (Node *a = args; a; a = a->next)
            check_convert_untyped(a, t, NULL);
    }
    e->tv = t;
    e->mode = MODE_VALUE;
}

static void check_builtin(Node *e, Builtin bi)
{
    Node *args = e->list, *a;
    int n = check_count_list(args);
    e->mode = MODE_VALUE;
    if ((e->flags & NF_SPREAD) && bi != BI_APPEND) {
        check_errorf(check_start_pos(e), "invalid operation: invalid use of ... with built-in %s", check_builtin_names[bi]);
        for (a = args; a; a = a->next)
            check_expr0(a, true);
        check_set_invalid(e);
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
            check_errorf(check_start_pos(a), "invalid argument: %s for %s", check_operand_str(a), check_builtin_names[bi]);
            check_set_invalid(e);
            return;
        }
        e->tv = type_int;
        if (a->mode == MODE_CONST && type_is_string(u)) {
            e->mode = MODE_CONST;
            e->cv = check_box(const_make_int64((int64_t)a->cv->slen));
        } else if (u->kind == TY_ARRAY && a->kind != N_CALL && a->kind != N_UNARY) {
            /* len of an array without calls or receives is constant */
            e->mode = MODE_CONST;
            e->cv = check_box(const_make_int64(u->len));
        }
        check_use_default(a);
        return;
    }
    case BI_APPEND: {
        if (n == 0) {
            check_errorf(e->endpos.line ? e->endpos : e->pos, "not enough arguments for append() (expected 1, found 0)");
            check_set_invalid(e);
            return;
        }
        check_rvalue(args);
        if (check_invalid(args)) {
            for (a = args->next; a; a = a->next)
                check_expr0(a, true);
            check_set_invalid(e);
            return;
        }
        if (args->tv->kind == TY_UNTYPED_NIL) {
            check_errorf(check_start_pos(args), "first argument to append must be a typed slice; found untyped nil");
            check_set_invalid(e);
            return;
        }
        Type *s = args->tv;
        Type *u = type_under(s);
        if (u->kind != TY_SLICE) {
            check_errorf(check_start_pos(args), "first argument to append must be a slice; have %s", check_operand_str(args));
            check_set_invalid(e);
            return;
        }
        e->tv = s;
        if (e->flags & NF_SPREAD) {
            if (n != 2) {
                check_errorf(check_start_pos(e), "can only use ... with final argument in list");
                check_set_invalid(e);
                return;
            }
            a = args->next;
            check_rvalue(a);
            if (check_invalid(a))
                return;
            if (type_is_string(a->tv) && type_under(u->elem)->kind == TY_UINT8) {
                check_use_default(a);
                return;
            }
            check_assign_to(a, type_slice(u->elem), "argument to append");
            return;
        }
        for (a = args->next; a; a = a->next) {
            check_rvalue(a);
            if (!check_invalid(a))
                check_assign_to(a, u->elem, "argument to append");
        }
        return;
    }
    case BI_COPY: {
        if (!arg_count(e, n, 2, 2)) {
            check_set_invalid(e);
            return;
        }
        check_rvalue(args);
        check_rvalue(args->next);
        if (check_invalid(args) || check_invalid(args->next)) {
            check_set_invalid(e);
            return;
        }
        check_use_default(args->next);
        Type *d = type_under(args->tv), *s = type_under(args->next->tv);
        if (d->kind != TY_SLICE || !(s->kind == TY_SLICE || type_is_string(s))) {
            check_errorf(check_start_pos(e), "invalid argument: copy expects slice arguments; found %s and %s",
                   check_operand_str(args), check_operand_str(args->next));
            check_set_invalid(e);
            return;
        }
        e->tv = type_int;
        return;
    }
    case BI_DELETE: {
        if (!arg_count(e, n, 2, 2)) {
            check_set_invalid(e);
            return;
        }
        check_rvalue(args);
        check_rvalue(args->next);
        if (check_invalid(args) || check_invalid(args->next)) {
            check_set_invalid(e);
            return;
        }
        Type *m = type_under(args->tv);
        if (m->kind != TY_MAP) {
            check_errorf(check_start_pos(args), "invalid argument: %s is not a map", check_operand_str(args));
            check_set_invalid(e);
            return;
        }
        check_assign_to(args->next, m->key, "argument to delete");
        novalue(e);
        return;
    }
    case BI_CLEAR: {
        if (!(a = one_arg(e, n)))
            return;
        Type *u = type_under(a->tv);
        if (u->kind != TY_MAP && u->kind != TY_SLICE) {
            check_errorf(check_start_pos(a), "invalid argument: %s must be a map or slice", check_operand_str(a));
            check_set_invalid(e);
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
            check_errorf(check_start_pos(a), "invalid operation: non-chan argument %s", check_operand_str(a));
            check_set_invalid(e);
            return;
        }
        if (u->dir == CHAN_RECV) {
            check_errorf(check_start_pos(a), "invalid operation: cannot close receive-only channel %s", check_operand_str(a));
            check_set_invalid(e);
            return;
        }
        novalue(e);
        return;
    }
    case BI_MAKE: {
        if (n == 0) {
            check_errorf(e->endpos.line ? e->endpos : e->pos, "not enough arguments for make() (expected 1, found 0)");
            check_set_invalid(e);
            return;
        }
        Type *t = check_type(args);
        if (t->kind == TY_INVALID) {
            check_set_invalid(e);
            return;
        }
        Type *u = type_under(t);
        int min = 1, max = 2;
        if (u->kind == TY_SLICE) {
            min = 2;
            max = 3;
        } else if (u->kind != TY_MAP && u->kind != TY_CHAN) {
            check_errorf(check_start_pos(args), "invalid argument: cannot make %s; type must be slice, map, or channel",
                   check_expr_str(args));
            check_set_invalid(e);
            return;
        }
        if (n < min || n > max) {
            check_errorf(check_start_pos(e), "invalid operation: %s expects %d or %d arguments; found %d", check_expr_str(e), min,
                   max, n);
            check_set_invalid(e);
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
            check_errorf(sizes[0]->pos, "invalid argument: length and capacity swapped");
        e->tv = t;
        return;
    }
    case BI_NEW: {
        if (!arg_count(e, n, 1, 1)) {
            check_set_invalid(e);
            return;
        }
        Type *t = check_type(args);
        if (t->kind == TY_INVALID) {
            check_set_invalid(e);
            return;
        }
        e->tv = type_pointer(t);
        return;
    }
    case BI_PANIC:
        if (!(a = one_arg(e, n)))
            return;
        check_assign_to(a, type_any, "argument to panic");
        novalue(e);
        return;
    case BI_PRINT:
    case BI_PRINTLN:
        for (a = args; a; a = a->next) {
            check_rvalue(a);
            if (!check_invalid(a)) {
                if (a->tv->kind == TY_UNTYPED_NIL)
                    check_errorf(check_start_pos(a), "use of untyped nil in argument to built-in %s", check_builtin_names[bi]);
                check_use_default(a);
            }
        }
        novalue(e);
        return;
    case BI_RECOVER:
        if (!arg_count(e, n, 0, 0)) {
            check_set_invalid(e);
            return;
        }
        if (check_cur_fc)
            check_cur_fc->fn->hasrecover = true;
        e->tv = type_any;
        return;
    case BI_MIN:
    case BI_MAX:
        check_minmax(e, bi, n);
        return;
    default:
        check_set_invalid(e);
        return;
    }
}

/* "(number, string)" as types2 prints the argument types of a bad call. */
const char *check_have_list(Node *args)
{
    Buf b = {0};
    check_bputs(&b, "(", 1);
    for (Node *a = args; a; a = a->next) {
        if (a != args)
            check_bstr(&b, ", ");
        if (a->tv && type_is_untyped(a->tv) && type_is_numeric(a->tv))
            check_bstr(&b, "number");
        else if (a->tv && type_is_untyped(a->tv))
            check_bstr(&b, a->tv->name + 8);  /* "untyped string" -> "string" */
        else if (a->tv && a->tv->kind == TY_TUPLE)
            check_bstr(&b, type_str(a->tv) + 1), b.len--, b.s[b.len] = 0;
        else
            check_bstr(&b, a->tv ? type_str(a->tv) : "invalid type");
    }
    check_bstr(&b, ")");
    return b.s;
}

static const char *want_list(Type *sig)
{
    Buf b = {0};
    check_bputs(&b, "(", 1);
    for (int k = 0; k < sig->nfields; k++) {
        if (k)
            check_bstr(&b, ", ");
        if (sig->variadic && k == sig->nfields - 1) {
            check_bstr(&b, "...");
            check_bstr(&b, type_str(sig->fields[k].type->elem));
        } else {
            check_bstr(&b, type_str(sig->fields[k].type));
        }
    }
    check_bstr(&b, ")");
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
    int n = check_count_list(args);
    const char *ctx = gocc_format("argument to %s", fname);
    int np = sig->nfields;
    bool spread = (e->flags & NF_SPREAD) != 0;
    /* f(g()) with multi-value g */
    if (n == 1 && args->kind == N_CALL) {
        check_expr0(args, false);
        if (check_invalid(args))
            return;
        if (args->tv && args->tv->kind == TY_TUPLE) {
            Type *tup = args->tv;
            e->cflags |= CF_MULTIARG;
            if (sig->variadic ? tup->nfields >= np - 1 : tup->nfields == np) {
                for (int i = 0; i < tup->nfields; i++) {
                    Type *pt = sig->variadic && i >= np - 1 ? sig->fields[np - 1].type->elem : sig->fields[i].type;
                    const char *why;
                    if (!check_assignable(tup->fields[i].type, pt, &why)) {
                        check_errorf(check_start_pos(args), "cannot use %s (value of type %s) as %s value in %s", check_expr_str(args),
                               type_str(tup->fields[i].type), type_str(pt), ctx);
                        return;
                    }
                }
                return;
            }
            check_errorf(tup->nfields < np && e->endpos.line ? e->endpos : args->pos,
                   "%s arguments in call to %s\n\thave %s\n\twant %s",
                   tup->nfields < np ? "not enough" : "too many", fname, type_str(tup), want_list(sig));
            return;
        }
        if (args->mode == MODE_NOVALUE) {
            check_errorf(check_start_pos(args), "%s (no value) used as value", check_expr_str(args));
            return;
        }
    } else {
        for (Node *a = args; a; a = a->next)
            check_rvalue(a);
    }
    for (Node *a = args; a; a = a->next)
        if (check_invalid(a))
            return;
    if (spread && !sig->variadic) {
        check_errorf(check_start_pos(e), "have (...) but function is not variadic: %s", fname);
        return;
    }
    bool count_ok = sig->variadic && !spread ? n >= np - 1 : n == np;
    if (!count_ok) {
        Node *at = args;
        for (int k = 0; at && k < np; k++)
            at = at->next;
        if (n < np)
            check_errorf(n > 0 ? check_start_pos(at_last(args)) : check_start_pos(e),
                   "not enough arguments in call to %s\n\thave %s\n\twant %s",
                   fname, check_have_list(args), want_list(sig));
        else
            check_errorf(at ? at->pos : e->pos, "too many arguments in call to %s\n\thave %s\n\twant %s", fname,
                   check_have_list(args), want_list(sig));
        return;
    }
    int i = 0;
    for (Node *a = args; a; a = a->next, i++) {
        Type *pt;
        if (sig->variadic && i >= np - 1)
            pt = spread ? sig->fields[np - 1].type : sig->fields[np - 1].type->elem;
        else
            pt = sig->fields[i].type;
        check_assign_to(a, pt, ctx);
    }
}

/* f(args), T(x), builtin(args) */
static void check_call(Node *e)
{
    Node *f = e->x;
    check_expr0(f, true);
    if (check_invalid(f)) {
        for (Node *a = e->list; a; a = a->next)
            check_expr0(a, true);
        check_set_invalid(e);
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
        check_errorf(check_start_pos(f), "use of package %s without selector", check_expr_str(f));
        check_set_invalid(e);
        return;
    }
    Type *u = f->tv ? type_under(f->tv) : NULL;
    if (!u || u->kind != TY_FUNC) {
        check_errorf(check_start_pos(e), "invalid operation: cannot call non-function %s", check_operand_str(f));
        for (Node *a = e->list; a; a = a->next)
            check_expr0(a, true);
        check_set_invalid(e);
        return;
    }
    check_args(e, u, check_expr_str(f));
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
        if (ptr && !check_invalid(v))
            v->tv = t;  /* &T{...} elided: the element's tv is *T */
        return;
    }
    check_rvalue(v);
    if (!check_invalid(v))
        check_assign_to(v, t, ctx);
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
                    check_rvalue(el->x);
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
        check_errorf(check_start_pos(e), "invalid composite literal type: missing type");
        check_set_invalid(e);
        return;
    }
    if (t->kind == TY_INVALID) {
        for (Node *el = e->list; el; el = el->next)
            if (el->kind != N_KEYVAL && el->kind != N_COMPLIT)
                check_expr0(el, true);
        check_set_invalid(e);
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
                    check_errorf(check_start_pos(el), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                int fi = -1;
                for (int i = 0; i < u->nfields; i++)
                    if (u->fields[i].name == el->x->name)
                        fi = i;
                if (fi < 0 || (u->fields[fi].pkg && strcmp(u->fields[fi].pkg, check_cur_pkg->path) &&
                               !is_exported(u->fields[fi].name))) {
                    check_errorf(check_start_pos(el->x), "unknown field '%s' in struct literal of type %s", el->x->name,
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
                    check_errorf(check_start_pos(el), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                if (i >= u->nfields) {
                    check_errorf(check_start_pos(el), "too many values in struct literal of type %s", type_str(t));
                    break;
                }
                complit_elem(el, u->fields[i].type, "struct literal");
            }
            if (i < u->nfields) {
                Node *last = e->list;
                while (last && last->next)
                    last = last->next;
                check_errorf(last ? check_find_after(check_start_pos(last), "}") : e->pos, "too few values in %s", check_expr_str(e));
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
                check_rvalue(el->x);
                if (!check_invalid(el->x)) {
                    if (el->x->mode != MODE_CONST || !type_is_integer(el->x->tv) ||
                        !const_is_integer(*el->x->cv) || !const_fits_int64(*el->x->cv)) {
                        check_errorf(check_start_pos(el->x), "index %s must be integer constant", check_expr_str(el->x));
                    } else {
                        idx = const_to_int64(*el->x->cv);
                        check_convert_untyped(el->x, type_int, NULL);
                    }
                }
                v = el->y;
            }
            for (int k = 0; k < used.n; k++)
                if ((int64_t)(intptr_t)used.a[k] == idx) {
                    check_errorf(el->kind == N_KEYVAL ? el->pos : check_start_pos(el), "duplicate index %lld in array or slice literal",
                           (long long)idx);
                    break;
                }
            check_vec_push(&used, (void *)(intptr_t)idx);
            if (u->kind == TY_ARRAY && idx >= u->len)
                check_errorf(check_start_pos(v), "index %lld out of bounds [0:%lld]", (long long)idx, (long long)u->len);
            complit_elem(v, u->elem, "array or slice literal");
            idx++;
        }
        return;
    }
    case TY_MAP:
        for (Node *el = e->list; el; el = el->next) {
            if (el->kind != N_KEYVAL) {
                check_errorf(check_start_pos(el), "missing key in map literal");
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
                        check_errorf(check_start_pos(el->x), "duplicate key %s in map literal", check_expr_str(el->x));
                        break;
                    }
                }
            }
        }
        return;
    default:
        check_errorf(check_start_pos(e), "invalid composite literal type %s", type_str(t));
        check_set_invalid(e);
        return;
    }
}
