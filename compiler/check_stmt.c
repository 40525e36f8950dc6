/*
 * check_stmt.c — the checker's statements: local var/const/type
 * declarations, assignments and :=, the control statements (if, for,
 * range, switch, type switch, select, labels, break/continue/fallthrough,
 * go/defer, return), Go's terminating-statement rule for "missing
 * return", and function bodies: parameters, results, locals, closures'
 * captures and the "declared but not used" report at each body's end.
 */
#include <stdlib.h>
#include <string.h>

#include "gocc.h"
#include "gocc_parse.h"
#include "check.h"

/* ===================================================================== */
/* Local declarations                                                    */
/* ===================================================================== */

void check_redeclared(Node *name, Sym *old)
{
    if (old->pos.line && old->file)
        check_errorf(name->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", name->name,
               old->file->name, old->pos.line, old->pos.col, name->name);
    else
        check_errorf(name->pos, "%s redeclared in this block", name->name);
}

/* Declare the object s, named by the N_NAME node name, in the current
 * scope (the blank identifier declares nothing). */
static void declare(Node *name, Sym *s)
{
    name->sym = s;
    name->cflags |= CF_DECL;
    s->decl = name;
    s->pos = name->pos;
    if (name->name == check_n_blank)
        return;
    Sym *old = check_scope_lookup_local(check_cur_scope, name->name);
    if (old) {
        check_redeclared(name, old);
        s->used = true;     /* reported once */
        return;
    }
    check_scope_insert(check_cur_scope, s);
}

/* A new local variable. */
static Sym *new_local(Node *name, Type *t)
{
    Sym *s = check_new_sym(SYM_VAR, name->name, name->pos);
    s->type = t;
    s->owner = check_cur_fc ? check_cur_fc->fn : NULL;
    if (check_cur_fc)
        check_vec_push(&check_cur_fc->locals, s);
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
static bool rhs_values(Node *rhs, int nlhs, Type **out, Node **vals, Pos pos)
{
    int n = check_count_list(rhs);
    Node *r0 = rhs;
    while (r0 && r0->kind == N_PAREN)
        r0 = r0->x;
    pos = check_start_pos(rhs);
    if (n == 1 && nlhs == 1) {
        check_expr0(rhs, false);
        if (rhs->tv && rhs->tv->kind == TY_TUPLE && r0->kind == N_CALL) {
            check_errorf(pos, "assignment mismatch: 1 variable but %s returns %d values", check_expr_str(r0->x),
                   rhs->tv->nfields);
            return false;
        }
        check_post_value(rhs);
        out[0] = rhs->tv;
        vals[0] = rhs;
        return !check_invalid(rhs);
    }
    if (n == nlhs) {
        int i = 0;
        bool ok = true;
        for (Node *v = rhs; v; v = v->next, i++) {
            check_rvalue(v);
            if (check_invalid(v))
                ok = false;
            out[i] = v->tv;
            vals[i] = v;
        }
        return ok;
    }
    if (n == 1) {
        Node *v = rhs;
        check_expr0(v, false);
        if (check_invalid(v))
            return false;
        if (v->mode == MODE_NOVALUE) {
            check_errorf(check_start_pos(v), "%s (no value) used as value", check_expr_str(v));
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
            check_errorf(pos, "assignment mismatch: %d variable%s but %s returns %d value%s", nlhs, nlhs > 1 ? "s" : "",
                   check_expr_str(r0->kind == N_CALL ? r0->x : v), v->tv->nfields, v->tv->nfields > 1 ? "s" : "");
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
        check_errorf(pos, "assignment mismatch: %d variable%s but %s returns 1 value", nlhs, nlhs > 1 ? "s" : "",
               check_expr_str(r0->x));
    else
        check_errorf(pos, "assignment mismatch: %d variable%s but %d value%s", nlhs, nlhs > 1 ? "s" : "", n,
               n > 1 ? "s" : "");
    return false;
}

/* var names [T] [= values] (local or package level): gives each
 * variable its type.  syms[i] are the variables (already made). */
void check_var_spec(Node *spec, Sym **syms, int nnames)
{
    Type *declared = spec->type ? check_type(spec->type) : NULL;
    Node *names = spec->list;
    if (!spec->x) {
        for (int i = 0; i < nnames; i++)
            syms[i]->type = declared ? declared : type_invalid;
        return;
    }
    Type **types = gocc_alloc(sizeof *types * (size_t)nnames);
    Node **vals = gocc_alloc(sizeof *vals * (size_t)nnames);
    bool ok = rhs_values(spec->x, nnames, types, vals, names->pos);
    int nvals = check_count_list(spec->x);
    Node *val = spec->x;
    int i = 0;
    for (Node *nm = names; nm; nm = nm->next, i++, val = val ? val->next : NULL) {
        Type *t = declared;
        if (!ok) {
            /* no "declared but not used" after this: as types2, for
             * every name after a count mismatch (initVars), else for
             * the names whose own value failed (initVar) */
            syms[i]->type = declared ? declared : type_invalid;
            if (nvals != nnames || (val && check_invalid(val)))
                syms[i]->used = true;
            continue;
        }
        if (vals[i]) {
            if (declared) {
                /* types2's initVar: a failed initialization counts as a use */
                if (!check_assign_to(vals[i], declared, "variable declaration"))
                    syms[i]->used = true;
            } else {
                if (vals[i]->tv->kind == TY_UNTYPED_NIL) {
                    check_errorf(check_start_pos(vals[i]), "use of untyped nil in variable declaration");
                    t = type_invalid;
                } else {
                    check_default_value(vals[i], "variable declaration");
                    t = vals[i]->tv;
                }
            }
        } else {
            Type *vt = type_is_untyped(types[i]) ? type_default(types[i]) : types[i];
            if (declared) {
                const char *why;
                if (!check_assignable(vt, declared, &why))
                    check_errorf(nm->pos, "cannot use %s value as %s value in assignment", type_str(vt),
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
void check_const_value(Sym *s, Node *typeexpr, Node *valexpr, int index, int iota, Node *spec)
{
    Node *saved = check_cur_iota;
    int saved_val = check_cur_iota_val;
    check_cur_iota = spec;
    check_cur_iota_val = iota;
    Type *t = typeexpr ? check_type(typeexpr) : NULL;
    Node *v = valexpr;
    for (int i = 0; v && i < index; i++)
        v = v->next;
    s->type = type_invalid;
    if (!v) {
        if (valexpr || !typeexpr)
            check_errorf(s->pos, valexpr ? "missing init expr for const declaration" : "missing init expr for const declaration");
        else
            check_errorf(s->pos, "missing init expr for const declaration");
        goto out;
    }
    check_rvalue(v);
    if (check_invalid(v))
        goto out;
    if (v->mode != MODE_CONST) {
        check_errorf(check_start_pos(v), "%s is not constant", check_operand_str(v));
        goto out;
    }
    if (t && t->kind != TY_INVALID) {
        if (!check_is_basic_const_type(t)) {
            check_errorf(typeexpr->pos, "invalid constant type %s", type_str(t));
            goto out;
        }
        if (!check_assign_to(v, t, "constant declaration"))
            goto out;
    }
    s->type = v->tv;
    s->val = v->cv;
    if (index == 0 && valexpr && valexpr->next == NULL && check_count_list(spec->list) > 1) {
        /* extra names without values are reported by the caller */
    }
out:
    check_cur_iota = saved;
    check_cur_iota_val = saved_val;
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
    check_open_scope();
    check_stmts(b->list, ctx & ~SC_FALLTHROUGH);
    check_close_scope();
}

/* The left side of `=`: addressable, a map index, or _. */
static void check_lhs(Node *l)
{
    if (l->kind == N_NAME && l->name == check_n_blank) {
        l->mode = MODE_VAR;
        l->tv = NULL;
        l->sym = check_new_sym(SYM_VAR, check_n_blank, l->pos);
        return;
    }
    /* assigning to a variable does not use it */
    Sym *s = l->kind == N_NAME ? check_lookup(l->name) : NULL;
    bool used = s ? s->used : false;
    check_expr0(l, false);
    if (s && s->kind == SYM_VAR)
        s->used = used;
    if (check_invalid(l))
        return;
    if (l->mode == MODE_VAR || l->mode == MODE_MAPINDEX)
        return;
    Node *b = l;
    while (b->kind == N_PAREN)
        b = b->x;
    if (b->kind == N_SELECTOR && b->sel && b->sel->kind == SEL_FIELD && b->x->mode == MODE_MAPINDEX) {
        check_errorf(check_start_pos(l), "cannot assign to struct field %s in map", check_expr_str(l));
    } else {
        check_errorf(check_start_pos(l), "cannot assign to %s", check_operand_str(l));
    }
    check_set_invalid(l);
}

/* Assign a value of type vt (vals[i] the value node, or NULL for a
 * tuple element) to the left side l. */
static bool assign_value(Node *l, Node *v, Type *vt, const char *ctx)
{
    if (check_invalid(l))
        return false;
    if (l->kind == N_NAME && l->name == check_n_blank) {
        if (v) {
            if (v->tv && v->tv->kind == TY_UNTYPED_NIL)
                check_errorf(check_start_pos(v), "use of untyped nil in %s", ctx);
            check_default_value(v, ctx);
            l->tv = v->tv;
        } else {
            l->tv = type_default(vt);
        }
        if (l->sym)
            l->sym->type = l->tv;
        return true;
    }
    if (v)
        return check_assign_to(v, l->tv, ctx);
    Type *t = type_is_untyped(vt) ? type_default(vt) : vt;
    const char *why;
    if (!check_assignable(t, l->tv, &why)) {
        check_errorf(check_start_pos(l), "cannot use %s value as %s value in %s", type_str(t), type_str(l->tv), ctx);
        return false;
    }
    return true;
}

/* lhs = rhs, lhs op= rhs */
static void check_assign(Node *s)
{
    int nl = check_count_list(s->list);
    if (s->op != TK_ASSIGN) {
        /* x op= y: x op y assigned to x */
        Node *l = s->list, *r = s->y;
        int op = s->op - TK_ADD_ASSIGN + TK_ADD;
        check_expr0(l, false);
        if (check_invalid(l)) {
            check_expr0(r, true);
            return;
        }
        if (l->mode != MODE_VAR && l->mode != MODE_MAPINDEX) {
            check_errorf(check_start_pos(l), "cannot assign to %s", check_operand_str(l));
            check_expr0(r, true);
            return;
        }
        check_post_value(l);
        check_rvalue(r);
        Node bin = {.kind = N_BINARY, .pos = l->pos, .op = op, .x = l, .y = r};
        check_binary_op(&bin);
        if (!check_invalid(&bin) && !type_is_untyped(bin.tv) && !type_identical(bin.tv, l->tv))
            check_errorf(r->pos, "cannot use %s as %s value in assignment", check_operand_str(r), type_str(l->tv));
        if (!check_invalid(&bin) && r->tv && type_is_untyped(r->tv))
            check_use_default(r);
        if (check_invalid(&bin))
            return;
        if (op == TK_SHL || op == TK_SHR)
            check_use_default(r);
        return;
    }
    /* as types2: the right side first, then the left */
    Type **types = gocc_alloc(sizeof *types * (size_t)nl);
    Node **vals = gocc_alloc(sizeof *vals * (size_t)nl);
    bool ok = rhs_values(s->y, nl, types, vals, s->list->pos);
    for (Node *l = s->list; l; l = l->next)
        check_lhs(l);
    if (!ok) {
        /* as types2's useLHS: a failed assignment counts as a use */
        for (Node *l = s->list; l; l = l->next)
            if (l->kind == N_NAME && l->sym && l->sym->kind == SYM_VAR)
                l->sym->used = true;
        return;
    }
    int i = 0;
    bool all = true;
    for (Node *l = s->list; l; l = l->next, i++)
        all &= assign_value(l, vals[i], types[i], "assignment");
    /* types2's assignVars: after a failed assignment, every named
     * variable on the left counts as used */
    if (!all)
        for (Node *l = s->list; l; l = l->next)
            if (l->kind == N_NAME && l->sym && l->sym->kind == SYM_VAR)
                l->sym->used = true;
}

/* lhs := rhs */
static void check_define(Node *s)
{
    int nl = check_count_list(s->list);
    bool anynew = false;
    Sym **syms = gocc_alloc(sizeof *syms * (size_t)nl);
    int i = 0;
    for (Node *l = s->list; l; l = l->next, i++) {
        if (l->kind != N_NAME) {
            check_errorf(check_start_pos(l), "non-name %s on left side of :=", check_expr_str(l));
            check_expr0(l, true);
            syms[i] = NULL;
            continue;
        }
        Sym *old = l->name == check_n_blank ? NULL : check_scope_lookup_local(check_cur_scope, l->name);
        for (Node *p = s->list; p != l; p = p->next)
            if (p->kind == N_NAME && p->name == l->name && l->name != check_n_blank) {
                check_errorf(check_start_pos(l), "%s repeated on left side of :=", l->name);
            }
        if (old && old->kind == SYM_VAR) {
            syms[i] = old;
            l->sym = old;
            l->mode = MODE_VAR;
            l->tv = old->type;
            check_note_capture(old);
        } else {
            if (l->name != check_n_blank)
                anynew = true;
            syms[i] = NULL;
        }
    }
    if (!anynew)
        check_errorf(check_find_after(s->pos, ":="), "no new variables on left side of :=");
    Type **types = gocc_alloc(sizeof *types * (size_t)nl);
    Node **vals = gocc_alloc(sizeof *vals * (size_t)nl);
    bool ok = rhs_values(s->y, nl, types, vals, s->list->pos);
    i = 0;
    Sym **news = gocc_alloc(sizeof *news * (size_t)nl);
    bool all = true;
    for (Node *l = s->list; l; l = l->next, i++) {
        if (l->kind != N_NAME)
            continue;
        if (syms[i]) {
            if (ok)
                all &= assign_value(l, vals[i], types[i], "assignment");
            continue;
        }
        Type *t = type_invalid;
        if (ok) {
            if (vals[i]) {
                if (vals[i]->tv->kind == TY_UNTYPED_NIL) {
                    check_errorf(check_start_pos(vals[i]), "use of untyped nil in assignment");
                } else {
                    check_default_value(vals[i], "assignment");
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
    /* the new variables come into scope after the whole statement;
     * as types2's initVars, a failed assignment makes them all used */
    i = 0;
    for (Node *l = s->list; l; l = l->next, i++) {
        if (news[i])
            declare(l, news[i]);
        if (!all && (news[i] || syms[i]))
            (news[i] ? news[i] : syms[i])->used = true;
    }
}

/* A declaration statement: var, const or type inside a function. */
static void check_local_decl(Node *d)
{
    if (d->op == TK_VAR) {
        for (Node *spec = d->list; spec; spec = spec->next) {
            int n = check_count_list(spec->list);
            Sym **syms = gocc_alloc(sizeof *syms * (size_t)n);
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
        for (Node *spec = d->list; spec; spec = spec->next) {
            if (spec->x || spec->type) {
                typeexpr = spec->type;
                valexpr = spec->x;
            }
            int i = 0;
            Sym **syms = gocc_alloc(sizeof *syms * (size_t)check_count_list(spec->list));
            for (Node *nm = spec->list; nm; nm = nm->next, i++) {
                Sym *s = check_new_sym(SYM_CONST, nm->name, nm->pos);
                s->owner = check_cur_fc ? check_cur_fc->fn : NULL;
                s->used = true;
                check_const_value(s, typeexpr, valexpr, i, spec->op, spec);
                nm->mode = MODE_CONST;
                nm->tv = s->type;
                nm->cv = s->val;
                syms[i] = s;
            }
            if (valexpr && check_count_list(valexpr) > i)
                check_errorf(valexpr->pos, "extra init expr");
            i = 0;
            for (Node *nm = spec->list; nm; nm = nm->next, i++)
                declare(nm, syms[i]);
        }
    } else if (d->op == TK_TYPE) {
        for (Node *spec = d->list; spec; spec = spec->next) {
            if (spec->flags & NF_GENERIC) {
                check_errorf(spec->pos, "generics are not supported");
                continue;
            }
            Node nm = {.kind = N_NAME, .pos = spec->pos, .name = spec->name};
            Sym *s = check_new_sym(SYM_TYPE, spec->name, spec->pos);
            s->owner = check_cur_fc ? check_cur_fc->fn : NULL;
            s->used = true;
            if (spec->flags & NF_ALIAS) {
                s->type = check_type(spec->type);
                declare(&nm, s);
            } else {
                Type *t = type_named(check_cur_pkg->path, spec->name, s);
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
        check_errorf(s->pos, "goto is not supported");
        if (check_cur_fc && s->x)
            check_vec_push(&check_cur_fc->gotos, (void *)s->x->name);
        return;
    case TK_FALLTHROUGH:
        if (!(ctx & SC_FALLTHROUGH))
            check_errorf(s->pos, "fallthrough statement out of place");
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
            if (check_cur_fc)
                for (int i = 0; i < check_cur_fc->labels.n; i++)
                    if (((Sym *)check_cur_fc->labels.a[i])->name == s->x->name) {
                        exists = true;
                        ((Sym *)check_cur_fc->labels.a[i])->used = true;
                    }
            if (exists)
                check_errorf(check_start_pos(s->x), "invalid %s label %s", kw, s->x->name);
            else
                check_errorf(check_start_pos(s->x), "%s label not defined: %s", kw, s->x->name);
            return;
        }
        lc->label->used = true;
        s->x->sym = lc->label;
        if (s->op == TK_CONTINUE && lc->stmt->kind != N_FOR && lc->stmt->kind != N_RANGE)
            check_errorf(check_start_pos(s->x), "invalid continue label %s", s->x->name);
        return;
    }
    if (s->op == TK_BREAK && !(ctx & (SC_LOOP | SC_BREAK)))
        check_errorf(s->pos, "break is not in a loop, switch, or select");
    if (s->op == TK_CONTINUE && !(ctx & SC_LOOP))
        check_errorf(s->pos, "continue is not in a loop");
}

static void check_return(Node *s)
{
    Func *fn = check_cur_fc->fn;
    Type *sig = fn->sig;
    int n = check_count_list(s->list);
    if (n == 0) {
        if (sig->nresults > 0 && !fn->named_results) {
            check_errorf(s->pos, "not enough return values\n\thave ()\n\twant %s",
                   type_str(type_tuple(sig->results, sig->nresults)));
        }
        if (fn->named_results) {
            /* a named result shadowed at the return is an error in Go */
            for (int i = 0; i < fn->nresults; i++) {
                Sym *r = fn->results[i];
                Sym *seen = check_lookup(r->name);
                if (r->name != check_n_blank && seen && seen != r)
                    check_errorf(s->pos, "result parameter %s not in scope at return\n\tinner declaration of %s",
                           r->name, r->name);
            }
        }
        return;
    }
    if (sig->nresults == 0) {
        for (Node *v = s->list; v; v = v->next)
            check_expr0(v, true);
        check_errorf(check_start_pos(s->list), "too many return values\n\thave %s\n\twant ()", check_have_list(s->list));
        return;
    }
    if (n == 1 && sig->nresults > 1) {
        check_expr0(s->list, false);
        if (check_invalid(s->list))
            return;
        Type *t = s->list->tv;
        if (t && t->kind == TY_TUPLE) {
            if (t->nfields != sig->nresults) {
                check_errorf(check_start_pos(s->list), "%s return values\n\thave %s\n\twant %s",
                       t->nfields < sig->nresults ? "not enough" : "too many", type_str(t),
                       type_str(type_tuple(sig->results, sig->nresults)));
                return;
            }
            for (int i = 0; i < t->nfields; i++) {
                const char *why;
                if (!check_assignable(t->fields[i].type, sig->results[i].type, &why))
                    check_errorf(check_start_pos(s->list), "cannot use %s (value of type %s) as %s value in return statement",
                           check_expr_str(s->list), type_str(t), type_str(sig->results[i].type));
            }
            return;
        }
        check_errorf(check_start_pos(s->list), "not enough return values\n\thave %s\n\twant %s", check_have_list(s->list),
               type_str(type_tuple(sig->results, sig->nresults)));
        return;
    }
    for (Node *v = s->list; v; v = v->next)
        check_rvalue(v);
    for (Node *v = s->list; v; v = v->next)
        if (check_invalid(v))
            return;
    if (n != sig->nresults) {
        Node *at = s->list;
        for (int k = 0; at->next && k < (n < sig->nresults ? n - 1 : sig->nresults); k++)
            at = at->next;
        check_errorf(check_start_pos(at), "%s return values\n\thave %s\n\twant %s", n < sig->nresults ? "not enough" : "too many",
               check_have_list(s->list), type_str(type_tuple(sig->results, sig->nresults)));
        return;
    }
    int i = 0;
    for (Node *v = s->list; v; v = v->next, i++)
        check_assign_to(v, sig->results[i].type, "return statement");
}

/* go f(x), defer f(x) */
static void check_go_defer(Node *s)
{
    const char *kw = s->kind == N_GO ? "go" : "defer";
    Node *c = s->x;     /* a call: the parser made one of anything else (ast.c) */
    check_expr0(c, false);
    if (s->kind == N_DEFER && check_cur_fc)
        check_cur_fc->fn->hasdefer = true;
    if (check_invalid(c))
        return;
    if (c->cflags & CF_CONVERSION) {
        check_errorf(check_start_pos(s->x), "%s requires function call, not conversion %s", kw, check_operand_str(c));
        return;
    }
    if (c->x->mode == MODE_BUILTIN) {
        switch (c->x->sym->builtin) {
        case BI_APPEND: case BI_CAP: case BI_LEN: case BI_MAKE: case BI_NEW: case BI_MIN: case BI_MAX:
            check_errorf(check_start_pos(s->x), "%s discards result of %s", kw, check_expr_str(c));
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
    if (check_invalid(x))
        return;
    Node *c = x;
    while (c->kind == N_PAREN)
        c = c->x;
    if (c->kind == N_CALL && !(c->cflags & CF_CONVERSION)) {
        if (c->x->mode == MODE_BUILTIN) {
            switch (c->x->sym->builtin) {
            case BI_APPEND: case BI_CAP: case BI_LEN: case BI_MAKE: case BI_NEW: case BI_MIN: case BI_MAX:
                check_errorf(check_start_pos(x), "%s (value of type %s) is not used", check_expr_str(x), type_str(x->tv));
                return;
            default:
                break;
            }
        }
        if (x->tv && type_is_untyped(x->tv))
            check_use_default(x);
        return;
    }
    if (c->kind == N_UNARY && c->op == TK_ARROW)
        return;
    if (x->mode == MODE_TYPE)
        check_errorf(check_start_pos(x), "%s (type) is not an expression", check_expr_str(x));
    else
        check_errorf(check_start_pos(x), "%s is not used", check_operand_str(x));
}

static void check_if(Node *s, int ctx)
{
    check_open_scope();
    if (s->init)
        check_stmt(s->init, 0);
    check_rvalue(s->cond);
    if (!check_invalid(s->cond)) {
        if (!type_is_boolean(s->cond->tv))
            check_errorf(check_start_pos(s->cond), "non-boolean condition in if statement");
        check_use_default(s->cond);
    }
    check_block(s->body, ctx);
    if (s->els) {
        if (s->els->kind == N_IF)
            check_if(s->els, ctx);
        else
            check_block(s->els, ctx);
    }
    check_close_scope();
}

static void check_for(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    check_open_scope();
    if (s->init)
        check_stmt(s->init, 0);
    if (s->cond) {
        check_rvalue(s->cond);
        if (!check_invalid(s->cond)) {
            if (!type_is_boolean(s->cond->tv))
                check_errorf(check_start_pos(s->cond), "non-boolean condition in for statement");
            check_use_default(s->cond);
        }
    }
    if (s->post) {
        if (s->post->kind == N_ASSIGN && s->post->op == TK_DEFINE)
            check_errorf(s->post->pos, "cannot declare in post statement of for loop");
        else
            check_stmt(s->post, 0);
    }
    check_block(s->body, (ctx | SC_LOOP) & ~SC_FALLTHROUGH);
    check_close_scope();
    cur_labels = lc.outer;
}

static void check_range(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    check_open_scope();
    Node *x = s->x;
    check_rvalue(x);
    Type *kt = NULL, *vt = NULL;
    int maxvars = 2;
    if (!check_invalid(x)) {
        Type *u = type_under(x->tv);
        if (u->kind == TY_POINTER && type_under(u->elem)->kind == TY_ARRAY)
            u = type_under(u->elem);
        if (type_is_string(u)) {
            kt = type_int;
            vt = type_rune;
            check_use_default(x);
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
                check_errorf(check_start_pos(x), "invalid operation: range %s receive from send-only channel", check_expr_str(x));
                kt = NULL;
            }
        } else if (type_is_integer(u)) {
            check_use_default(x);
            kt = x->tv;
            maxvars = 1;
        } else {
            check_errorf(check_start_pos(x), "cannot range over %s", check_operand_str(x));
        }
    }
    int n = check_count_list(s->list);
    if (n > maxvars && kt) {
        Node *extra = s->list;
        for (int i = 0; i < maxvars; i++)
            extra = extra->next;
        check_errorf(extra->pos, "range over %s permits only one iteration variable", check_operand_str(x));
    }
    Type *ts[2] = {kt ? kt : type_invalid, vt ? vt : type_invalid};
    if (s->op == TK_DEFINE) {
        int i = 0;
        Sym *news[2] = {0};
        for (Node *l = s->list; l && i < 2; l = l->next, i++) {
            if (l->kind != N_NAME) {
                check_errorf(check_start_pos(l), "non-name %s on left side of :=", check_expr_str(l));
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
            if (!check_invalid(l) && kt)
                assign_value(l, NULL, ts[i], "range");
        }
    }
    check_block(s->body, (ctx | SC_LOOP) & ~SC_FALLTHROUGH);
    check_close_scope();
    cur_labels = lc.outer;
}

static void check_switch(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    check_open_scope();
    if (s->init)
        check_stmt(s->init, 0);
    Node *tag = s->x;
    if (tag) {
        check_value_default(tag);
        if (!check_invalid(tag) && !type_comparable(tag->tv) && tag->tv->kind != TY_UNTYPED_NIL) {
            check_errorf(check_start_pos(tag), "cannot switch on %s", check_operand_str(tag));
            check_set_invalid(tag);
        }
    }
    bool seen_default = false;
    Vec seen = {0};
    for (Node *c = s->list; c; c = c->next) {
        if (c->flags & NF_DEFAULT) {
            if (seen_default)
                check_errorf(check_start_pos(c), "multiple defaults in switch");
            seen_default = true;
        }
        for (Node *v = c->list; v; v = v->next) {
            check_rvalue(v);
            if (check_invalid(v))
                continue;
            if (v->mode == MODE_CONST && tag && !check_invalid(tag) && type_is_untyped(v->tv) &&
                !check_convert_untyped(v, tag->tv, NULL))
                continue;
            if (v->mode == MODE_CONST) {
                for (int k = 0; k < seen.n; k++) {
                    Node *o = seen.a[k];
                    Const r;
                    const char *err;
                    if (type_identical(o->tv, v->tv) && const_binary(TK_EQL, *o->cv, *v->cv, &r, &err) && r.b) {
                        check_errorf(check_start_pos(v), "duplicate case %s in expression switch", check_operand_str(v));
                        break;
                    }
                }
                check_vec_push(&seen, v);
            }
            if (!tag) {
                if (!type_is_boolean(v->tv))
                    check_errorf(check_start_pos(v), "invalid case %s in switch (mismatched types %s and bool)", check_expr_str(v),
                           type_str(type_default(v->tv)));
                check_use_default(v);
                continue;
            }
            if (check_invalid(tag))
                continue;
            /* v == tag must be a valid comparison */
            if (type_is_untyped(v->tv)) {
                if (!check_convert_untyped(v, tag->tv, NULL))
                    continue;
            }
            const char *why;
            if (!check_assignable(v->tv, tag->tv, &why) && !check_assignable(tag->tv, v->tv, &why)) {
                check_errorf(check_start_pos(v), "invalid case %s in switch on %s (mismatched types %s and %s)", check_expr_str(v),
                       check_expr_str(tag), type_str(v->tv), type_str(tag->tv));
            }
        }
        check_open_scope();
        int cc = ctx | SC_BREAK;
        cc &= ~SC_FALLTHROUGH;
        for (Node *st = c->body; st; st = st->next) {
            int sc = cc;
            if (!st->next && c->next)
                sc |= SC_FALLTHROUGH;
            if (!st->next && !c->next && st->kind == N_BRANCH && st->op == TK_FALLTHROUGH) {
                check_errorf(st->pos, "cannot fallthrough final case in switch");
                continue;
            }
            check_stmt(st, sc);
        }
        check_close_scope();
    }
    check_close_scope();
    cur_labels = lc.outer;
}

static void check_typeswitch(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    check_open_scope();
    if (s->init)
        check_stmt(s->init, 0);
    Node *x = s->x;
    check_rvalue(x);
    bool ok = !check_invalid(x);
    if (ok && !type_is_interface(x->tv)) {
        check_errorf(check_start_pos(x), "%s is not an interface", check_operand_str(x));
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
                check_errorf(check_start_pos(c), "multiple defaults in switch");
            seen_default = true;
        }
        for (Node *v = c->list; v; v = v->next) {
            ntypes++;
            if (v->kind == N_NAME && v->name == check_n_nil && check_lookup(check_n_nil) && check_lookup(check_n_nil)->kind == SYM_NIL) {
                v->mode = MODE_NIL;
                v->tv = ok ? x->tv : type_untyped_nil;   /* nil of the operand's type */
                v->sym = check_lookup(check_n_nil);
                single = NULL;
                continue;
            }
            Type *t = check_type(v);
            single = t;
            for (int k = 0; k < seentypes.n; k++)
                if (t->kind != TY_INVALID && type_identical(seentypes.a[k], t)) {
                    check_errorf(check_start_pos(v), "duplicate case %s in type switch", type_str(t));
                    break;
                }
            check_vec_push(&seentypes, t);
            if (ok && t->kind != TY_INVALID && !type_is_interface(t)) {
                const char *why;
                if (!check_implements(t, x->tv, &why))
                    check_errorf(check_start_pos(v), "impossible type switch case: %s cannot have dynamic type %s %s",
                           check_operand_str(x), type_str(t), why);
            }
        }
        check_open_scope();
        if (bound) {
            Type *vt = ntypes == 1 && single ? single : (ok ? x->tv : type_invalid);
            Sym *cv = new_local(bound, vt);
            cv->pos = bound->pos;
            c->sym = cv;
            if (bound->name != check_n_blank)
                check_scope_insert(check_cur_scope, cv);
            check_vec_push(&clausevars, cv);
        }
        for (Node *st = c->body; st; st = st->next) {
            if (!st->next && st->kind == N_BRANCH && st->op == TK_FALLTHROUGH) {
                check_errorf(st->pos, "cannot fallthrough in type switch");
                continue;
            }
            check_stmt(st, (ctx | SC_BREAK) & ~SC_FALLTHROUGH);
        }
        check_close_scope();
    }
    if (bound) {
        Sym *root = check_new_sym(SYM_VAR, bound->name, bound->pos);
        root->type = ok ? x->tv : type_invalid;
        root->owner = check_cur_fc ? check_cur_fc->fn : NULL;
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
        if (!anyused && bound->name != check_n_blank)
            check_errorf(bound->pos, "%s declared but not used", bound->name);
    }
    check_close_scope();
    cur_labels = lc.outer;
}

static void check_select(Node *s, int ctx)
{
    LabelCtx lc;
    push_label_ctx(&lc, s);
    bool seen_default = false;
    for (Node *c = s->list; c; c = c->next) {
        check_open_scope();
        Node *comm = c->x;
        if (c->flags & NF_DEFAULT) {
            if (seen_default)
                check_errorf(check_start_pos(c), "multiple defaults in select");
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
                ok = r->kind == N_UNARY && r->op == TK_ARROW && check_count_list(comm->list) <= 2;
            }
            if (!ok)
                check_errorf(check_start_pos(comm), "select case must be receive, send or assign recv");
            check_stmt(comm, 0);
        }
        check_stmts(c->body, (ctx | SC_BREAK) & ~SC_FALLTHROUGH);
        check_close_scope();
    }
    cur_labels = lc.outer;
}

static void check_send(Node *s)
{
    check_rvalue(s->x);
    check_rvalue(s->y);
    if (check_invalid(s->x) || check_invalid(s->y))
        return;
    Type *u = type_under(s->x->tv);
    if (u->kind != TY_CHAN) {
        check_errorf(s->pos, "invalid operation: cannot send to non-channel %s", check_operand_str(s->x));
        return;
    }
    if (u->dir == CHAN_RECV) {
        check_errorf(s->pos, "invalid operation: cannot send to receive-only channel %s", check_operand_str(s->x));
        return;
    }
    check_assign_to(s->y, u->elem, "send");
}

static void check_incdec(Node *s)
{
    Node *x = s->x;
    check_expr0(x, false);
    if (check_invalid(x))
        return;
    if (!type_is_numeric(x->tv)) {
        check_errorf(check_start_pos(x), "invalid operation: %s%s (non-numeric type %s)", check_expr_str(x), s->op == TK_INC ? "++" : "--",
               type_str(x->tv));
        return;
    }
    if (x->mode != MODE_VAR && x->mode != MODE_MAPINDEX)
        check_errorf(check_start_pos(x), "cannot assign to %s", check_operand_str(x));
}

static void check_labeled(Node *s, int ctx)
{
    Sym *l = check_new_sym(SYM_LABEL, s->name, s->pos);
    l->decl = s;
    l->owner = check_cur_fc ? check_cur_fc->fn : NULL;
    s->sym = l;
    if (check_cur_fc) {
        for (int i = 0; i < check_cur_fc->labels.n; i++) {
            Sym *o = check_cur_fc->labels.a[i];
            if (o->name == s->name)
                check_errorf(s->pos, "label %s already defined at %s:%d:%d", s->name, check_cur_file->name, o->pos.line,
                       o->pos.col);
        }
        check_vec_push(&check_cur_fc->labels, l);
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
        check_errorf(s->pos, "unexpected %s statement", ast_kindname(s->kind));
        break;
    }
}

/* ===================================================================== */
/* Function bodies                                                       */
/* ===================================================================== */

static Sym *param_sym(Node *name, Type *t, Pos pos, bool result, int index)
{
    Node tmp = {.kind = N_NAME, .pos = pos, .name = check_n_blank};
    if (!name)
        name = &tmp;
    Sym *s = check_new_sym(SYM_VAR, name->name, pos);
    s->type = t;
    s->owner = check_cur_fc->fn;
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
    Sym **syms = gocc_alloc(sizeof *syms * (size_t)(n + 1));
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
        if (!s->used && s->name != check_n_blank && !s->param && !s->result && s->type != type_invalid)
            check_errorf(s->pos, "%s declared but not used", s->name);
    }
    for (int i = 0; i < fc->labels.n; i++) {
        Sym *l = fc->labels.a[i];
        for (int k = 0; k < fc->gotos.n; k++)
            if (fc->gotos.a[k] == l->name)
                l->used = true;
        if (!l->used)
            check_errorf(l->pos, "label %s defined and not used", l->name);
    }
}

/* The body of a declared function, a method or a literal. */
void check_body(Func *fn, Node *ftype, Node *recv, Node *body)
{
    FuncCtx fc = {0};
    fc.fn = fn;
    fc.outer = check_cur_fc;
    FuncCtx *saved_fc = check_cur_fc;
    LabelCtx *saved_labels = cur_labels;
    Sym *saved_pending = pending_label;
    Scope *saved_scope = check_cur_scope;
    cur_labels = NULL;
    pending_label = NULL;
    check_cur_fc = &fc;
    check_open_scope()->funcscope = true;
    if (recv) {
        Type *rt = recv->type->tv;
        Node *nm = recv->list;
        fn->recv = param_sym(nm, rt ? rt : type_invalid, recv->pos, false, -1);
        fn->recv->param = true;
    }
    fn->params = declare_fields(ftype->list, fn->sig, false, &fn->nparams, NULL);
    fn->results = declare_fields(ftype->y, fn->sig, true, &fn->nresults, &fn->named_results);
    check_vec_push(&check_pkg_funcs, fn);
    check_stmts(body->list, 0);
    if (fn->sig->nresults > 0) {
        Node *last = body->list;
        while (last && last->next)
            last = last->next;
        if (!is_terminating(last))
            check_errorf(body->endpos, "missing return");
    }
    finish_func(&fc);
    check_cur_scope = saved_scope;
    check_cur_fc = saved_fc;
    cur_labels = saved_labels;
    pending_label = saved_pending;
}

/* func(params) results { body } */
void check_funclit(Node *e)
{
    Type *sig = check_sig_type(e->type);
    Func *fn = gocc_alloc(sizeof *fn);
    fn->decl = e;
    fn->sig = sig;
    fn->outer = check_cur_fc ? check_cur_fc->fn : NULL;
    e->fn = fn;
    if (check_cur_fc) {
        /* Go's names: main.func1, and main.func1.1 inside it */
        check_cur_fc->nlits++;
        if (check_cur_fc->fn->outer || check_cur_fc->fn->decl->kind == N_FUNCLIT)
            fn->name = gocc_format("%s.%d", check_cur_fc->fn->name, check_cur_fc->nlits);
        else
            fn->name = gocc_format("%s.func%d", check_cur_fc->fn->name, check_cur_fc->nlits);
    } else {
        fn->name = gocc_format("glob..func%d", ++check_glob_lits);
    }
    Node *saved_iota = check_cur_iota;
    check_cur_iota = NULL;
    check_body(fn, e->type, NULL, e->body);
    check_cur_iota = saved_iota;
    e->mode = MODE_VALUE;
    e->tv = sig;
}
