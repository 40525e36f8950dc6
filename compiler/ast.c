/*
 * ast.c — the syntax tree: interning, the builders the grammar calls, and
 * the S-expression dump.
 *
 * Every action of grammar/gocc.y is one line that calls one builder here
 * (SQLite's parse.y habit), and each builder has the grammar rule(s) that
 * call it written above it (chibicc's habit), so the tree shape can be
 * read next to the syntax.  A builder allocates a Node (never freed: the
 * tree lives as long as the compilation), fills the slots documented in
 * gocc.h, and sets its position to the token gc would report for the
 * construct: an operator's position for a binary expression (gc reports
 * `x + y` errors at the `+`), the opening parenthesis... no: gc reports a
 * call at its `(` only for some messages; we keep the function's position
 * in pos and nothing else, so for calls pos is the `(` as in gc's
 * syntax.CallExpr, and the checker takes x->pos where it wants the callee.
 *
 * Lists are NodeList values while parsing (head and tail, so appending is
 * O(1) in left-recursive rules) and plain `next` chains in the tree.
 *
 * Builders also report the few syntax errors that gc's parser reports
 * after a construct has been read whole (they are not LR errors):
 * `go`/`defer` of a non-call, a 3-index slice without its middle or final
 * index, a switch header that is neither an expression nor a type-switch
 * guard (`cannot use x := 1 as value`), and `var`-less missing values.
 */
#include <stdlib.h>
#include <string.h>

#include "gocc.h"
#include "gocc_parse.h"

/* ===================================================================== */
/* Interning                                                             */
/* ===================================================================== */

static struct {
    const char **slots;
    size_t cap, n;
} strtab;

static uint32_t hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static void *xcalloc(size_t n, size_t size)
{
    void *p = calloc(n, size);
    if (!p) {
        fprintf(stderr, "gocc: out of memory\n");
        exit(2);
    }
    return p;
}

const char *ast_intern(const char *s, size_t len)
{
    if (strtab.n * 2 >= strtab.cap) {
        size_t ncap = strtab.cap ? strtab.cap * 2 : 1024;
        const char **ns = xcalloc(ncap, sizeof *ns);
        for (size_t i = 0; i < strtab.cap; i++) {
            const char *e = strtab.slots[i];
            if (!e)
                continue;
            size_t j = hash(e, strlen(e)) & (ncap - 1);
            while (ns[j])
                j = (j + 1) & (ncap - 1);
            ns[j] = e;
        }
        free(strtab.slots);
        strtab.slots = ns;
        strtab.cap = ncap;
    }
    size_t j = hash(s, len) & (strtab.cap - 1);
    for (; strtab.slots[j]; j = (j + 1) & (strtab.cap - 1)) {
        const char *e = strtab.slots[j];
        if (strncmp(e, s, len) == 0 && e[len] == '\0')
            return e;
    }
    char *copy = xcalloc(len + 1, 1);
    memcpy(copy, s, len);
    strtab.slots[j] = copy;
    strtab.n++;
    return copy;
}

/* ===================================================================== */
/* Lists                                                                 */
/* ===================================================================== */

NodeList ast_list_empty(void)
{
    return (NodeList){NULL, NULL};
}

NodeList ast_list1(Node *n)
{
    return n ? (NodeList){n, n} : ast_list_empty();
}

NodeList ast_list_append(NodeList l, Node *n)
{
    if (!n)
        return l;
    if (!l.head)
        return ast_list1(n);
    l.tail->next = n;
    l.tail = n;
    return l;
}

NodeList ast_list_concat(NodeList a, NodeList b)
{
    if (!a.head)
        return b;
    if (!b.head)
        return a;
    a.tail->next = b.head;
    a.tail = b.tail;
    return a;
}

static Node *new_node(NodeKind k, Pos pos)
{
    Node *n = xcalloc(1, sizeof *n);
    n->kind = k;
    n->pos = pos;
    return n;
}

static void error_at(Parser *ps, Pos p, const char *msg)
{
    if (ps->failed)
        return;
    diag_error(ps->file, p, "%s", msg);
}

/* ===================================================================== */
/* Source file and declarations                                          */
/* ===================================================================== */

/* file ::= package imports topdecls.
 * package ::= PACKAGE IDENT SEMICOLON. */
Node *ast_file(Parser *ps, Node *pkg, Node *imports, Node *decls)
{
    Node *n = new_node(N_FILE, pkg->pos);
    (void)ps;
    n->name = pkg->name;
    n->list = imports;
    n->body = decls;
    return n;
}

/* importspec ::= STRING | IDENT STRING | PERIOD STRING. */
Node *ast_import(Parser *ps, const Token *alias, Token path)
{
    Node *n = new_node(N_IMPORT, alias ? alias->pos : path.pos);
    if (alias)
        n->name = ast_intern(alias->text, alias->len);
    n->x = ast_lit(ps, path);
    n->lit = path.text;
    n->litlen = path.len;
    return n;
}

/* decl ::= CONST constspec | CONST LPAREN constspecs RPAREN
 *        | VAR varspec | VAR LPAREN varspecs RPAREN
 *        | TYPE typespec | TYPE LPAREN typespecs RPAREN. */
Node *ast_decl(Parser *ps, Token kw, NodeList specs, bool group)
{
    Node *n = new_node(N_DECL, kw.pos);
    (void)ps;
    n->op = kw.kind;
    n->list = specs.head;
    int i = 0;
    for (Node *s = specs.head; s; s = s->next)
        s->op = i++;        /* iota */
    if (group)
        n->flags |= NF_GROUP;
    return n;
}

/* constspec ::= identlist [type] [ASSIGN exprlist].
 * varspec ::= identlist type [ASSIGN exprlist] | identlist ASSIGN exprlist. */
Node *ast_valspec(Parser *ps, NodeKind k, NodeList names, Node *type, Node *values, bool hasvalue)
{
    Node *n = new_node(k, names.head->pos);
    (void)ps;
    n->list = names.head;
    n->type = type;
    n->x = values;
    if (hasvalue)
        n->flags |= NF_HASVALUE;
    return n;
}

/* typespec ::= IDENT type | IDENT ASSIGN type | IDENT tparams_t type. */
Node *ast_typespec(Parser *ps, Token name, Node *tparams, Node *type, bool alias)
{
    Node *n = new_node(N_TYPESPEC, name.pos);
    (void)ps;
    n->name = ast_intern(name.text, name.len);
    n->tparams = tparams;
    n->type = type;
    if (alias)
        n->flags |= NF_ALIAS;
    if (tparams)
        n->flags |= NF_GENERIC;
    return n;
}

/* tparam ::= identlist constraint.
 * constraint ::= cterm | constraint OR cterm.   cterm ::= type | TILDE type. */
Node *ast_tparam(Parser *ps, Node *names, Node *constraint)
{
    Node *n = new_node(N_TPARAM, names->pos);
    (void)ps;
    n->list = names;
    n->type = constraint;
    return n;
}

/* funcdecl ::= FUNC IDENT [tparams] signature fbody
 *            | FUNC recv IDENT signature fbody.
 * fbody ::= | block.   (no body: the checker says "missing function body") */
Node *ast_funcdecl(Parser *ps, Token kw, Node *recv, Token name, Node *tparams, Node *sig, Node *body)
{
    Node *n = new_node(N_FUNC, kw.pos);
    (void)ps;
    n->name = ast_intern(name.text, name.len);
    n->recv = recv;
    n->tparams = tparams;
    n->type = ast_setpos(sig, kw.pos);
    n->body = body;
    if (body)
        n->endpos = body->endpos;
    if (tparams || (recv && recv->tparams))
        n->flags |= NF_GENERIC;
    return n;
}

/* recvtype ::= IDENT LBRACK identlist RBRACK.   (a generic receiver) */
Node *ast_generic_recv(Parser *ps, Node *type, Node *tparams)
{
    Node *n = new_node(N_INDEX, type->pos);
    (void)ps;
    n->x = type;
    n->y = tparams;
    n->flags |= NF_GENERIC;
    return n;
}

/* typename ::= IDENT targs | IDENT PERIOD IDENT targs.  An instantiated
 * generic type, Stack[int]: an N_INDEX whose y is the chain of type
 * arguments; the checker rejects it ("generics are not supported"). */
Node *ast_instance(Parser *ps, Node *type, Node *targs)
{
    Node *n = new_node(N_INDEX, type->pos);
    (void)ps;
    n->x = type;
    n->y = targs;
    return n;
}

static bool has_generic(const Node *t)
{
    while (t && t->kind == N_PTRTYPE)
        t = t->type;
    return t && t->kind == N_INDEX && (t->flags & NF_GENERIC);
}

/* recv ::= LPAREN recvtype ocomma RPAREN | LPAREN IDENT recvtype ocomma RPAREN.
 * field ::= identlist type otag. */
Node *ast_field(Parser *ps, Pos pos, Node *names, Node *type, Node *tag)
{
    Node *n = new_node(N_FIELD, pos);
    (void)ps;
    n->list = names;
    n->type = type;
    n->x = tag;
    if (has_generic(type))
        n->tparams = type;
    return n;
}

/* param ::= type | IDENT type | IDENT ELLIPSIS type | ELLIPSIS type.
 * Go's rule: in a list where some parameters are named, a lone type is a
 * name ("func(a, b int)"); fixed up in ast_functype. */
Node *ast_param(Parser *ps, const Token *name, const Token *ellipsis, Node *type)
{
    Node *n = new_node(N_FIELD, name ? name->pos : ellipsis ? ellipsis->pos : type->pos);
    if (name)
        n->list = ast_name(ps, *name);
    if (ellipsis)
        n->flags |= NF_VARIADIC;
    n->type = type;
    return n;
}

/* field ::= typename otag | MUL typename otag.   ifelem ::= constraint. */
Node *ast_embedded(Parser *ps, Node *type, Node *tag)
{
    Node *n = new_node(N_FIELD, type->pos);
    (void)ps;
    n->type = type;
    n->x = tag;
    n->flags |= NF_EMBEDDED;
    return n;
}

/* ifelem ::= IDENT signature. */
Node *ast_method(Parser *ps, Token name, Node *sig)
{
    Node *n = new_node(N_METHOD, name.pos);
    (void)ps;
    n->name = ast_intern(name.text, name.len);
    n->type = sig;
    return n;
}

/* Go's grouping of parameters: in `(a, b int, c string)` the lone types
 * `a` and `b` are names sharing the next type; if no parameter has a
 * name, all are types.  Afterwards each N_FIELD has one name or none. */
static Node *group_params(Parser *ps, Node *list)
{
    bool named = false;
    for (Node *p = list; p; p = p->next)
        if (p->list)
            named = true;
    if (!named)
        return list;
    Node *pending = NULL;           /* first of the lone names before p */
    for (Node *p = list; p; p = p->next) {
        if (p->list) {
            for (Node *q = pending; q && q != p; q = q->next)
                q->type = p->type;
            pending = NULL;
            continue;
        }
        if (p->type->kind != N_NAME || (p->flags & NF_VARIADIC)) {
            error_at(ps, p->type->pos, "syntax error: mixed named and unnamed parameters");
            ps->failed = true;
            return list;
        }
        p->list = p->type;          /* a lone name */
        p->type = NULL;
        if (!pending)
            pending = p;
    }
    if (pending) {
        error_at(ps, pending->pos, "syntax error: mixed named and unnamed parameters");
        ps->failed = true;
    }
    return list;
}

/* signature ::= params result.   functype ::= FUNC signature. */
Node *ast_functype(Parser *ps, NodeList params, Node *results)
{
    Node *n = new_node(N_FUNCTYPE, params.head ? params.head->pos : (Pos){0, 0});
    n->list = group_params(ps, params.head);
    n->y = group_params(ps, results);
    return n;
}

Node *ast_setpos(Node *n, Pos pos)
{
    n->pos = pos;
    return n;
}

/* ===================================================================== */
/* Types                                                                 */
/* ===================================================================== */

/* name ::= IDENT.   typename ::= IDENT. */
Node *ast_name(Parser *ps, Token t)
{
    Node *n = new_node(N_NAME, t.pos);
    (void)ps;
    n->name = ast_intern(t.text, t.len);
    return n;
}

/* literal ::= INT | FLOAT | IMAG | CHAR | STRING.   otag ::= STRING. */
Node *ast_lit(Parser *ps, Token t)
{
    Node *n = new_node(N_LIT, t.pos);
    (void)ps;
    n->op = t.kind;
    n->lit = t.text;
    n->litlen = t.len;
    return n;
}

/* arraytype ::= LBRACK ELLIPSIS RBRACK type. */
Node *ast_ellipsis(Parser *ps, Token t)
{
    (void)ps;
    return new_node(N_ELLIPSIS, t.pos);
}

/* arraytype ::= LBRACK expr RBRACK type. */
Node *ast_arraytype(Parser *ps, Token lbrack, Node *len, Node *elem)
{
    Node *n = new_node(N_ARRAYTYPE, lbrack.pos);
    (void)ps;
    n->x = len;
    n->type = elem;
    return n;
}

/* slicetype ::= LBRACK RBRACK type. */
Node *ast_slicetype(Parser *ps, Token lbrack, Node *elem)
{
    Node *n = new_node(N_SLICETYPE, lbrack.pos);
    (void)ps;
    n->type = elem;
    return n;
}

/* maptype ::= MAP LBRACK type RBRACK type. */
Node *ast_maptype(Parser *ps, Token kw, Node *key, Node *elem)
{
    Node *n = new_node(N_MAPTYPE, kw.pos);
    (void)ps;
    n->x = key;
    n->type = elem;
    return n;
}

/* chantype ::= CHAN type_nr | CHAN ARROW type.   type ::= ARROW CHAN type. */
Node *ast_chantype(Parser *ps, Token kw, int dir, Node *elem)
{
    Node *n = new_node(N_CHANTYPE, kw.pos);
    (void)ps;
    n->op = dir;
    n->type = elem;
    return n;
}

/* type_nr ::= MUL type.   recvtype ::= MUL recvtype.   field ::= MUL typename otag. */
Node *ast_ptrtype(Parser *ps, Token star, Node *base)
{
    Node *n = new_node(N_PTRTYPE, star.pos);
    (void)ps;
    n->type = base;
    return n;
}

/* structtype ::= STRUCT LBRACE fields RBRACE. */
Node *ast_structtype(Parser *ps, Token kw, Node *fields)
{
    Node *n = new_node(N_STRUCTTYPE, kw.pos);
    (void)ps;
    n->list = fields;
    return n;
}

/* ifacetype ::= INTERFACE LBRACE ifelems RBRACE. */
Node *ast_ifacetype(Parser *ps, Token kw, Node *elems)
{
    Node *n = new_node(N_IFACETYPE, kw.pos);
    (void)ps;
    n->list = elems;
    return n;
}

/* ===================================================================== */
/* Expressions                                                           */
/* ===================================================================== */

/* expr ::= expr LOR andexpr.  andexpr ::= andexpr LAND cmpexpr.
 * cmpexpr ::= cmpexpr cmpop addexpr.  addexpr ::= addexpr addop mulexpr.
 * mulexpr ::= mulexpr mulop uexpr.  (and the _nb copies; constraint OR) */
Node *ast_binary(Parser *ps, Token op, Node *x, Node *y)
{
    Node *n = new_node(N_BINARY, op.pos);
    (void)ps;
    n->op = op.kind;
    n->x = x;
    n->y = y;
    return n;
}

/* uexpr ::= unop uexpr.   cterm ::= TILDE type. */
Node *ast_unary(Parser *ps, Token op, Node *x)
{
    Node *n = new_node(N_UNARY, op.pos);
    (void)ps;
    n->op = op.kind;
    n->x = x;
    return n;
}

/* pexpr ::= LPAREN expr RPAREN. */
Node *ast_paren(Parser *ps, Token lparen, Node *x)
{
    Node *n = new_node(N_PAREN, lparen.pos);
    (void)ps;
    n->x = x;
    return n;
}

/* funclit ::= functype block. */
Node *ast_funclit(Parser *ps, Node *type, Node *body)
{
    Node *n = new_node(N_FUNCLIT, type->pos);
    (void)ps;
    n->type = type;
    n->body = body;
    n->endpos = body->endpos;
    return n;
}

/* pexpr ::= pexpr LBRACE elist RBRACE.   pexpr_nb ::= littype LBRACE elist RBRACE.
 * eval ::= LBRACE elist RBRACE.   (type elided) */
Node *ast_complit(Parser *ps, Node *type, Token lbrace, Node *elems)
{
    Node *n = new_node(N_COMPLIT, type ? type->pos : lbrace.pos);
    (void)ps;
    n->type = type;
    n->list = elems;
    return n;
}

/* elem ::= eval COLON eval. */
Node *ast_keyval(Parser *ps, Token colon, Node *key, Node *val)
{
    Node *n = new_node(N_KEYVAL, colon.pos);
    (void)ps;
    n->x = key;
    n->y = val;
    return n;
}

/* pexpr ::= pexpr PERIOD IDENT.   typename ::= IDENT PERIOD IDENT. */
Node *ast_selector(Parser *ps, Node *x, Token name)
{
    Node *n = new_node(N_SELECTOR, x->pos);
    (void)ps;
    n->x = x;
    n->name = ast_intern(name.text, name.len);
    n->y = new_node(N_NAME, name.pos);
    n->y->name = n->name;
    return n;
}

/* pexpr ::= pexpr PERIOD LPAREN type RPAREN | pexpr PERIOD LPAREN TYPE RPAREN. */
Node *ast_assert(Parser *ps, Node *x, Token dot, Node *type)
{
    Node *n = new_node(N_ASSERT, x->pos);
    (void)ps;
    (void)dot;
    n->x = x;
    n->type = type;
    return n;
}

/* pexpr ::= pexpr LBRACK expr RBRACK. */
Node *ast_index(Parser *ps, Node *x, Token lbrack, Node *index)
{
    Node *n = new_node(N_INDEX, x->pos);
    (void)ps;
    (void)lbrack;
    n->x = x;
    n->y = index;
    return n;
}

/* The third part of `a[l:h:m]`: gc requires h and m ("middle index
 * required in 3-index slice", "final index required in 3-index slice"),
 * reported at the second colon and the closing bracket... gc reports both
 * at the colon that lacks its operand; we report at the second colon. */
Node *ast_slice3(Parser *ps, Token colon2, Node *high, Node *max)
{
    if (!high)
        error_at(ps, colon2.pos, "syntax error: middle index required in 3-index slice");
    else if (!max)
        error_at(ps, colon2.pos, "syntax error: final index required in 3-index slice");
    if (!high || !max)
        ps->failed = true;
    return max;
}

/* pexpr ::= pexpr LBRACK oexpr COLON oexpr RBRACK
 *         | pexpr LBRACK oexpr COLON oexpr COLON oexpr RBRACK. */
Node *ast_slice(Parser *ps, Node *x, Token lbrack, Node *lo, Node *hi, Node *max, bool three)
{
    Node *n = new_node(N_SLICE, x->pos);
    (void)ps;
    (void)lbrack;
    n->x = x;
    n->y = lo;
    n->z = hi;
    n->post = max;
    if (three)
        n->flags |= NF_SLICE3;
    return n;
}

/* args ::= | exprlist ocomma | exprlist ELLIPSIS ocomma.  (a shell node) */
Node *ast_args(Parser *ps, Node *args, const Token *ellipsis)
{
    Node *n = new_node(N_CALL, (Pos){0, 0});
    (void)ps;
    n->list = args;
    if (ellipsis)
        n->flags |= NF_SPREAD;
    return n;
}

/* pexpr ::= pexpr LPAREN args RPAREN.  (also conversions T(x)) */
Node *ast_call(Parser *ps, Node *fn, Token lparen, Node *args)
{
    (void)ps;
    args->pos = fn->pos;
    args->endpos = lparen.pos;  /* the `(`, where gc reports some call errors */
    args->x = fn;
    return args;
}

/* ===================================================================== */
/* Statements                                                            */
/* ===================================================================== */

/* block ::= LBRACE stmtlist RBRACE. */
Node *ast_block(Parser *ps, Token lbrace, Node *stmts, Token rbrace)
{
    Node *n = new_node(N_BLOCK, lbrace.pos);
    (void)ps;
    n->list = stmts;
    n->endpos = rbrace.pos;
    return n;
}

/* stmt ::= decl. */
Node *ast_declstmt(Parser *ps, Node *decl)
{
    Node *n = new_node(N_DECLSTMT, decl->pos);
    (void)ps;
    n->x = decl;
    return n;
}

/* stmt ::= IDENT COLON stmt. */
Node *ast_labeled(Parser *ps, Token label, Node *stmt)
{
    Node *n = new_node(N_LABELED, label.pos);
    (void)ps;
    n->name = ast_intern(label.text, label.len);
    n->body = stmt ? stmt : new_node(N_EMPTY, label.pos);
    return n;
}

/* gc's parser reports "expression in go must be function call" and
 * "expression in defer must not be parenthesized" (at the expression),
 * yet goes on as if the call were there: `defer f` is checked as
 * `defer f()`, `defer (f())` as `defer f()`, so that the type checker
 * still reports the errors of the whole file.  These two are the only
 * syntax errors that do not stop the parse ("soft" errors); they are
 * held (diag_hold) to come out sorted with the checker's, as gc's. */
static Node *call_stmt(Parser *ps, NodeKind k, Token kw, Node *x)
{
    Node *n = new_node(k, kw.pos);
    const char *what = k == N_GO ? "go" : "defer";
    Node *c = x;
    while (c->kind == N_PAREN)
        c = c->x;
    if (c != x && !ps->failed)
        diag_hold(ps->file, x->pos, "expression in %s must not be parenthesized", what);
    if (c->kind != N_CALL) {
        if (!ps->failed)
            diag_hold(ps->file, x->pos, "expression in %s must be function call", what);
        Node *call = new_node(N_CALL, c->pos);
        call->x = c;
        c = call;
    }
    n->x = c;
    return n;
}

/* stmt ::= GO expr. */
Node *ast_go(Parser *ps, Token kw, Node *call)
{
    return call_stmt(ps, N_GO, kw, call);
}

/* stmt ::= DEFER expr. */
Node *ast_defer(Parser *ps, Token kw, Node *call)
{
    return call_stmt(ps, N_DEFER, kw, call);
}

/* stmt ::= RETURN | RETURN exprlist. */
Node *ast_return(Parser *ps, Token kw, Node *results)
{
    Node *n = new_node(N_RETURN, kw.pos);
    (void)ps;
    n->list = results;
    return n;
}

/* stmt ::= BREAK olabel | CONTINUE olabel | GOTO IDENT | FALLTHROUGH. */
Node *ast_branch(Parser *ps, Token kw, Node *label)
{
    Node *n = new_node(N_BRANCH, kw.pos);
    (void)ps;
    n->op = kw.kind;
    n->x = label;
    return n;
}

/* simple ::= expr.   commcase ::= expr. */
Node *ast_exprstmt(Parser *ps, Node *x)
{
    Node *n = new_node(N_EXPRSTMT, x->pos);
    (void)ps;
    n->x = x;
    return n;
}

/* simple ::= expr INC | expr DEC. */
Node *ast_incdec(Parser *ps, Node *x, Token op)
{
    Node *n = new_node(N_INCDEC, x->pos);
    (void)ps;
    n->op = op.kind;
    n->x = x;
    return n;
}

/* simple ::= expr ARROW expr.   commcase ::= expr ARROW expr. */
Node *ast_send(Parser *ps, Node *ch, Token arrow, Node *val)
{
    Node *n = new_node(N_SEND, ch->pos);
    (void)ps;
    (void)arrow;
    n->x = ch;
    n->y = val;
    return n;
}

/* simple ::= exprlist ASSIGN exprlist | exprlist DEFINE exprlist
 *          | expr assignop expr.   commcase ::= exprlist ASSIGN|DEFINE expr. */
Node *ast_assign(Parser *ps, Node *lhs, Token op, Node *rhs)
{
    Node *n = new_node(N_ASSIGN, lhs->pos);
    (void)ps;
    n->op = op.kind;
    n->list = lhs;
    n->y = rhs;
    return n;
}

/* gc's wording for a simple statement used where a value is needed:
 * "cannot use x := 1 as value" (it prints the statement). */
static void not_a_value(Parser *ps, Node *s)
{
    if (ps->failed)
        return;
    const char *what = s->kind == N_INCDEC ? "x++"
                       : s->kind == N_SEND ? "send statement"
                       : "assignment";
    if (s->kind == N_ASSIGN && s->list && s->list->kind == N_NAME && !s->list->next)
        diag_error(ps->file, s->pos, "syntax error: cannot use %s %s ... as value", s->list->name,
                   s->op == TK_DEFINE ? ":=" : "=");
    else
        diag_error(ps->file, s->pos, "syntax error: cannot use %s as value", what);
    ps->failed = true;
}

/* ifstmt ::= IF expr_nb block else | IF simple_nb SEMICOLON expr_nb block else.
 * else ::= | ELSE ifstmt | ELSE block. */
Node *ast_if(Parser *ps, Token kw, Node *init, Node *cond, Node *body, Node *els)
{
    Node *n = new_node(N_IF, kw.pos);
    (void)ps;
    n->init = init;
    n->cond = cond;
    n->body = body;
    n->els = els;
    return n;
}

/* forstmt ::= FOR block | FOR expr_nb block
 *           | FOR osimple_nb SEMICOLON oexpr_nb SEMICOLON osimple_nb block. */
Node *ast_for(Parser *ps, Token kw, Node *init, Node *cond, Node *post, Node *body)
{
    Node *n = new_node(N_FOR, kw.pos);
    n->init = init;
    n->cond = cond;
    n->post = post;
    n->body = body;
    if (post && post->kind == N_ASSIGN && post->op == TK_DEFINE && !ps->failed) {
        diag_error(ps->file, post->pos, "syntax error: cannot declare in post statement of for loop");
        ps->failed = true;
    }
    return n;
}

/* forstmt ::= FOR exprlist_nb ASSIGN RANGE expr_nb block
 *           | FOR exprlist_nb DEFINE RANGE expr_nb block | FOR RANGE expr_nb block. */
Node *ast_range(Parser *ps, Token kw, Node *lhs, const Token *op, Node *x, Node *body)
{
    Node *n = new_node(N_RANGE, kw.pos);
    (void)ps;
    n->op = op ? op->kind : 0;
    n->list = lhs;
    n->x = x;
    n->body = body;
    return n;
}

/* switchstmt ::= SWITCH [[osimple_nb SEMICOLON] simple_nb] LBRACE cases RBRACE.
 * The tag is a simple statement: an expression (expression switch),
 * `x.(type)` or `v := x.(type)` (type switch), anything else is gc's
 * "cannot use ... as value". */
Node *ast_switch(Parser *ps, Token kw, Node *init, Node *tag, Token lbrace, Node *cases, Token rbrace)
{
    Node *n = new_node(N_SWITCH, kw.pos);
    (void)lbrace;
    n->init = init;
    n->list = cases;
    n->endpos = rbrace.pos;
    if (!tag)
        return n;
    if (tag->kind == N_EXPRSTMT && tag->x->kind == N_ASSERT && !tag->x->type) {
        n->kind = N_TYPESWITCH;
        n->x = tag->x->x;
    } else if (tag->kind == N_ASSIGN && tag->op == TK_DEFINE && tag->list->kind == N_NAME &&
               !tag->list->next && tag->y && !tag->y->next && tag->y->kind == N_ASSERT &&
               !tag->y->type) {
        n->kind = N_TYPESWITCH;
        n->name = tag->list->name;
        n->z = tag->list;           /* the bound name with its position */
        n->x = tag->y->x;
    } else if (tag->kind == N_EXPRSTMT) {
        n->x = tag->x;
    } else {
        not_a_value(ps, tag);
    }
    return n;
}

/* caseclause ::= CASE exprlist COLON stmtlist | DEFAULT COLON stmtlist. */
Node *ast_case(Parser *ps, Token kw, Node *exprs, Token colon, Node *body)
{
    Node *n = new_node(N_CASE, kw.pos);
    (void)ps;
    (void)colon;
    n->list = exprs;
    n->body = body;
    if (kw.kind == TK_DEFAULT)
        n->flags |= NF_DEFAULT;
    return n;
}

/* selectstmt ::= SELECT LBRACE commclauses RBRACE. */
Node *ast_select(Parser *ps, Token kw, Token lbrace, Node *clauses, Token rbrace)
{
    Node *n = new_node(N_SELECT, kw.pos);
    (void)ps;
    (void)lbrace;
    n->list = clauses;
    n->endpos = rbrace.pos;
    return n;
}

/* commclause ::= CASE commcase COLON stmtlist | DEFAULT COLON stmtlist. */
Node *ast_commclause(Parser *ps, Token kw, Node *comm, Token colon, Node *body)
{
    Node *n = new_node(N_COMMCLAUSE, kw.pos);
    (void)colon;
    n->x = comm;
    n->body = body;
    if (kw.kind == TK_DEFAULT)
        n->flags |= NF_DEFAULT;
    return n;
    (void)ps;
}

/* ===================================================================== */
/* Dump                                                                  */
/* ===================================================================== */

static const char *const kindnames[N_NKINDS] = {
    [N_FILE] = "file", [N_IMPORT] = "import", [N_DECL] = "decl", [N_CONST] = "const",
    [N_VAR] = "var", [N_TYPESPEC] = "typespec", [N_TPARAM] = "tparam", [N_FUNC] = "func",
    [N_FUNCTYPE] = "functype", [N_FIELD] = "field", [N_METHOD] = "method",
    [N_NAME] = "name", [N_LIT] = "lit", [N_ELLIPSIS] = "ellipsis",
    [N_ARRAYTYPE] = "arraytype", [N_SLICETYPE] = "slicetype", [N_MAPTYPE] = "maptype",
    [N_CHANTYPE] = "chantype", [N_PTRTYPE] = "ptrtype", [N_STRUCTTYPE] = "structtype",
    [N_IFACETYPE] = "ifacetype", [N_COMPLIT] = "complit", [N_KEYVAL] = "keyval",
    [N_FUNCLIT] = "funclit", [N_PAREN] = "paren", [N_SELECTOR] = "selector",
    [N_INDEX] = "index", [N_SLICE] = "slice", [N_ASSERT] = "assert", [N_CALL] = "call",
    [N_UNARY] = "unary", [N_BINARY] = "binary", [N_BLOCK] = "block", [N_EMPTY] = "empty",
    [N_EXPRSTMT] = "exprstmt", [N_SEND] = "send", [N_INCDEC] = "incdec",
    [N_ASSIGN] = "assign", [N_DECLSTMT] = "declstmt", [N_LABELED] = "labeled",
    [N_GO] = "go", [N_DEFER] = "defer", [N_RETURN] = "return", [N_BRANCH] = "branch",
    [N_IF] = "if", [N_FOR] = "for", [N_RANGE] = "range", [N_SWITCH] = "switch",
    [N_TYPESWITCH] = "typeswitch", [N_CASE] = "case", [N_SELECT] = "select",
    [N_COMMCLAUSE] = "commclause",
};

const char *ast_kindname(NodeKind k)
{
    return k < N_NKINDS && kindnames[k] ? kindnames[k] : "?";
}

static void dump(FILE *out, const Node *n, int depth, const char *role);

static void dump_list(FILE *out, const char *role, const Node *l, int depth)
{
    if (!l)
        return;
    fprintf(out, "\n%*s(%s", depth * 2, "", role);
    for (; l; l = l->next)
        dump(out, l, depth + 1, NULL);
    fputc(')', out);
}

static void dump_one(FILE *out, const char *role, const Node *n, int depth)
{
    if (n)
        dump(out, n, depth, role);
}

/* One node per line: `(kind attributes` then its children, each on its
 * own line one level deeper, and the closing `)` on the last line.  A
 * child in a named slot is prefixed by the slot's name (`cond:`), a list
 * is a `(role ...)` group. */
static void dump(FILE *out, const Node *n, int depth, const char *role)
{
    if (depth > 0)
        fprintf(out, "\n%*s", depth * 2, "");
    if (role)
        fprintf(out, "%s:", role);
    fprintf(out, "(%s %d:%d", ast_kindname(n->kind), n->pos.line, n->pos.col);
    if (n->name)
        fprintf(out, " %s", n->name);
    switch (n->kind) {
    case N_LIT:
    case N_IMPORT:
        if (n->lit)
            fprintf(out, " %.*s", (int)n->litlen, n->lit);
        break;
    case N_DECL:
    case N_BINARY:
    case N_UNARY:
    case N_INCDEC:
    case N_ASSIGN:
    case N_BRANCH:
    case N_RANGE:
        if (n->op)
            fprintf(out, " %s", lex_kindname(n->op));
        break;
    case N_CONST:
        fprintf(out, " iota=%d", n->op);
        break;
    case N_CHANTYPE:
        fprintf(out, " %s", n->op == CHAN_SEND ? "send" : n->op == CHAN_RECV ? "recv" : "both");
        break;
    default:
        break;
    }
    static const char *const flagnames[] = {"group", "hasvalue", "alias", "variadic", "embedded",
                                            "spread", "slice3", "default", "generic"};
    for (int i = 0; i < 9; i++)
        if (n->flags & (1 << i))
            fprintf(out, " %s", flagnames[i]);
    if (n->kind == N_CALL) {
        dump_one(out, "fun", n->x, depth + 1);
        dump_list(out, "args", n->list, depth + 1);
    } else if (n->kind == N_IMPORT) {
        /* path printed inline */
    } else if (n->kind == N_SELECTOR) {
        dump_one(out, "x", n->x, depth + 1);
    } else if (n->kind == N_TYPESWITCH) {
        dump_one(out, "init", n->init, depth + 1);
        dump_one(out, "x", n->x, depth + 1);
        dump_list(out, "cases", n->list, depth + 1);
    } else {
        const char *lname = n->kind == N_FILE      ? "imports"
                            : n->kind == N_FUNCTYPE ? "params"
                            : n->kind == N_ASSIGN   ? "lhs"
                            : n->kind == N_CONST || n->kind == N_VAR || n->kind == N_FIELD ||
                                      n->kind == N_TPARAM
                                ? "names"
                                : "list";
        dump_one(out, "recv", n->recv, depth + 1);
        dump_list(out, "tparams", n->kind == N_FIELD ? NULL : n->tparams, depth + 1);
        dump_list(out, lname, n->list, depth + 1);
        dump_one(out, "type", n->type, depth + 1);
        dump_one(out, "init", n->init, depth + 1);
        dump_one(out, "cond", n->cond, depth + 1);
        if (n->kind == N_CONST || n->kind == N_VAR)
            dump_list(out, "values", n->x, depth + 1);
        else
            dump_one(out, "x", n->x, depth + 1);
        if (n->kind == N_FUNCTYPE)
            dump_list(out, "results", n->y, depth + 1);
        else if (n->kind == N_ASSIGN)
            dump_list(out, "rhs", n->y, depth + 1);
        else if (n->kind != N_INDEX || !(n->flags & NF_GENERIC))
            dump_one(out, "y", n->y, depth + 1);
        else
            dump_list(out, "tparams", n->y, depth + 1);
        if (n->kind != N_TYPESWITCH)
            dump_one(out, "z", n->z, depth + 1);
        dump_one(out, "post", n->post, depth + 1);
        if (n->kind == N_FILE || n->kind == N_CASE || n->kind == N_COMMCLAUSE)
            dump_list(out, n->kind == N_FILE ? "decls" : "body", n->body, depth + 1);
        else
            dump_one(out, "body", n->body, depth + 1);
        dump_one(out, "else", n->els, depth + 1);
    }
    fputc(')', out);
}

void ast_dump(FILE *out, const Node *n)
{
    if (n)
        dump(out, n, 0, NULL);
    fputc('\n', out);
}
