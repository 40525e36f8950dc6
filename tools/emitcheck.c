/*
 * emitcheck.c — a test of the C emitter alone (compiler/emit_c.c), without
 * the front end or the lowering: a lowered program is built here by hand,
 * node by node, with the cases that are easy to get wrong when printing C
 * (hostile strings with NULs, quotes, backslashes, trigraphs and comment
 * terminators; comments holding the same; precedence and parentheses;
 * literals whose C type matters; declarators of function pointers and
 * arrays; labels before declarations; static initialisers), and printed
 * with emit_c on stdout.  tools/drivertests.sh compiles that C with
 * -Wall -Wextra -Werror (with and without #line directives), links it with
 * the runtime, runs it, and compares its output with the values worked out
 * below, in the comments that say "prints".
 *
 *   emitcheck [-g]      (-g: emit_c's debug_lines)
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "gocc.h"

/* --- types ----------------------------------------------------------- */

static LType *ty(LTypeKind k)
{
    LType *t = calloc(1, sizeof *t);
    t->kind = k;
    return t;
}

static LType *ptr(LType *base)
{
    LType *t = ty(LT_PTR);
    t->base = base;
    return t;
}

static LType *array(LType *elem, int64_t len)
{
    LType *t = ty(LT_ARRAY);
    t->base = elem;
    t->len = len;
    return t;
}

static LType *cnst(LType *base)
{
    LType *t = ty(LT_CONST);
    t->base = base;
    return t;
}

static LType *functype(LType *ret, int n, LType **params)
{
    LType *t = ty(LT_FUNC);
    t->base = ret;
    t->nparams = n;
    t->params = params;
    return t;
}

static LType *structtype(const char *name, const char *gotype, int n, LField *fields, int flags)
{
    LType *t = ty(LT_STRUCT);
    t->name = name;
    t->gotype = gotype;
    t->nfields = n;
    t->fields = fields;
    t->flags = flags;
    return t;
}

static LType *t_void, *t_bool, *t_char, *t_i32, *t_i64, *t_u8, *t_u64, *t_f32, *t_f64, *t_string;

/* --- expressions ----------------------------------------------------- */

static LExpr *ex(LExprKind k, LType *t)
{
    LExpr *e = calloc(1, sizeof *e);
    e->kind = k;
    e->type = t;
    return e;
}

static LExpr *lint(LType *t, int64_t v)
{
    LExpr *e = ex(LE_INT, t);
    e->ival = (uint64_t)v;
    return e;
}

static LExpr *lfloat(LType *t, double v)
{
    LExpr *e = ex(LE_FLOAT, t);
    e->fval = v;
    return e;
}

static LExpr *lstr(const char *s, int64_t n)
{
    LExpr *e = ex(LE_STR, t_string);
    e->str = s;
    e->slen = n;
    return e;
}

static LExpr *cstr(const char *s)
{
    LExpr *e = ex(LE_CSTR, ptr(cnst(t_char)));
    e->str = s;
    return e;
}

static LExpr *local(LVar *v)
{
    LExpr *e = ex(LE_LOCAL, v->type);
    e->var = v;
    return e;
}

static LExpr *global(LGlobal *g)
{
    LExpr *e = ex(LE_GLOBAL, g->type);
    e->global = g;
    return e;
}

static LExpr *func(LFunc *f)
{
    LExpr *e = ex(LE_FUNC, f->type);
    e->func = f;
    return e;
}

static LExpr *unary(int op, LExpr *x)
{
    LExpr *e = ex(LE_UNARY, op == LOP_NOT ? t_bool : x->type);
    e->op = op;
    e->x = x;
    return e;
}

static LExpr *binary(int op, LExpr *x, LExpr *y)
{
    bool cmp = op >= LOP_EQ;
    LExpr *e = ex(LE_BINARY, cmp ? t_bool : x->type);
    e->op = op;
    e->x = x;
    e->y = y;
    return e;
}

static LExpr *cast(LType *t, LExpr *x)
{
    LExpr *e = ex(LE_CAST, t);
    e->x = x;
    return e;
}

static LExpr *field(LExpr *x, int i)
{
    const LType *st = x->type->kind == LT_CONST ? x->type->base : x->type;
    LExpr *e = ex(LE_FIELD, st->fields[i].type);
    e->x = x;
    e->field = i;
    return e;
}

static LExpr *deref(LExpr *x)
{
    LExpr *e = ex(LE_DEREF, x->type->base);
    e->x = x;
    return e;
}

static LExpr *addr(LExpr *x)
{
    LExpr *e = ex(LE_ADDR, ptr(x->type));
    e->x = x;
    return e;
}

static LExpr *index_(LExpr *x, LExpr *i)
{
    LExpr *e = ex(LE_INDEX, x->type->base);
    e->x = x;
    e->y = i;
    return e;
}

static LExpr *call(LExpr *fn, LType *ret, int n, ...)
{
    LExpr *e = ex(LE_CALL, ret);
    e->x = fn;
    e->nargs = n;
    e->args = calloc((size_t)n + 1, sizeof *e->args);
    va_list ap;
    va_start(ap, n);
    for (int i = 0; i < n; i++)
        e->args[i] = va_arg(ap, LExpr *);
    va_end(ap);
    return e;
}

static LExpr *cond(LExpr *c, LExpr *y, LExpr *z)
{
    LExpr *e = ex(LE_COND, y->type);
    e->x = c;
    e->y = y;
    e->z = z;
    return e;
}

/* --- statements ------------------------------------------------------ */

static LStmt *st(LStmtKind k)
{
    LStmt *s = calloc(1, sizeof *s);
    s->kind = k;
    return s;
}

/* Positions: one .g line per statement, in the order they print. */
static int lineno = 10;
static void number(LStmt *s)
{
    for (; s; s = s->next) {
        s->pos = (Pos){lineno++, 2};
        number(s->body);
        number(s->els);
    }
}

/* A block from a NULL-terminated list of statements (each may be a
 * chain already). */
static LStmt *block(LStmt *first, ...)
{
    LStmt *b = st(LS_BLOCK), **tail = &b->body;
    va_list ap;
    va_start(ap, first);
    for (LStmt *s = first; s; s = va_arg(ap, LStmt *)) {
        *tail = s;
        while (*tail)
            tail = &(*tail)->next;
    }
    va_end(ap);
    return b;
}

static LStmt *comment(const char *text)
{
    LStmt *s = st(LS_COMMENT);
    s->text = text;
    return s;
}

static LStmt *decl(LVar *v, LExpr *init)
{
    LStmt *s = st(LS_DECL);
    s->var = v;
    s->x = init;
    return s;
}

static LStmt *exprstmt(LExpr *x)
{
    LStmt *s = st(LS_EXPR);
    s->x = x;
    return s;
}

static LStmt *assign(LExpr *x, LExpr *y)
{
    LStmt *s = st(LS_ASSIGN);
    s->x = x;
    s->y = y;
    return s;
}

static LStmt *ifstmt(LExpr *c, LStmt *then, LStmt *els)
{
    LStmt *s = st(LS_IF);
    s->cond = c;
    s->body = then;
    s->els = els;
    return s;
}

static LStmt *loop(LExpr *c, LStmt *post, LStmt *body)
{
    LStmt *s = st(LS_LOOP);
    s->cond = c;
    s->post = post;
    s->body = body;
    return s;
}

static LStmt *labelstmt(LStmtKind k, LLabel *l)
{
    LStmt *s = st(k);
    s->label = l;
    return s;
}

static LStmt *ret(LExpr *x)
{
    LStmt *s = st(LS_RETURN);
    s->x = x;
    return s;
}

static LVar *var(const char *name, LType *t, int flags)
{
    LVar *v = calloc(1, sizeof *v);
    v->name = name;
    v->type = t;
    v->flags = flags;
    return v;
}

static LFunc *function(const char *name, LType *ret, int n, LVar **params, int flags, const char *comment)
{
    LFunc *f = calloc(1, sizeof *f);
    LType **pt = calloc((size_t)n + 1, sizeof *pt);
    for (int i = 0; i < n; i++)
        pt[i] = params[i]->type;
    f->name = name;
    f->type = functype(ret, n, pt);
    f->params = params;
    f->nparams = n;
    f->flags = flags;
    f->comment = comment;
    return f;
}

/* gort_printf(fmt, args...): the C variadic runtime function. */
static LFunc *f_printf;
static LExpr *printf_(int n, const char *fmt, LExpr *a, LExpr *b)
{
    LExpr *f = func(f_printf);
    return n == 0 ? call(f, t_i32, 1, cstr(fmt))
         : n == 1 ? call(f, t_i32, 2, cstr(fmt), a)
                  : call(f, t_i32, 3, cstr(fmt), a, b);
}

/* A string with every kind of byte that could break out of a literal. */
static const char hostile[] = "a\0b*/ /* // ?\?/ ?\?= ?? \"q\" \\ \\\n\t\x01\x7f\xff\xc3\xa9 ?\?? 007";
#define HOSTILE_LEN ((int64_t)sizeof hostile - 1)

int main(int argc, char **argv)
{
    t_void = ty(LT_VOID), t_bool = ty(LT_BOOL), t_char = ty(LT_CHAR), t_i32 = ty(LT_I32);
    t_i64 = ty(LT_I64), t_u8 = ty(LT_U8), t_u64 = ty(LT_U64), t_f32 = ty(LT_F32), t_f64 = ty(LT_F64);
    LField sf[] = {{"ptr", ptr(cnst(t_u8))}, {"len", t_i64}};
    t_string = structtype("gort_string", NULL, 2, sf, LTY_GORT);

    static File file = {"emit \"unit\" ?\?/ */ test.g", "", 0};

    /* struct go_array_3_int32 { int32_t a[3]; }, and a struct holding it,
     * a function pointer and a string. */
    LField af[] = {{"a", array(t_i32, 3)}};
    LType *arr3 = structtype("go_array_3_int32", "[3]int32 */ ?\?/", 1, af, 0);
    LType *fnty = functype(t_i64, 2, (LType *[]){ptr(t_void), t_i64});
    LField tf[] = {{"count", t_i64}, {"small", t_u8}, {"nums", arr3}, {"fn", ptr(fnty)}, {"name", t_string}};
    LType *tt = structtype("main_T", "main.T", 5, tf, 0);
    LType *empty = structtype("go_struct_empty", "struct{}", 0, NULL, 0);

    /* int64_t twice(void *env, int64_t x) { return x * 2; } */
    LVar *env = var("env", ptr(t_void), LV_PARAM | LV_UNUSED), *x = var("x", t_i64, LV_PARAM);
    LFunc *twice = function("main_twice", t_i64, 2, (LVar *[]){env, x}, LF_STATIC | LF_NOINLINE,
                            "func twice(x int) int  // */ and ?\?/");
    twice->file = &file;
    twice->pos = (Pos){5, 1};
    twice->body = block(comment("return x * 2 /* */"), ret(binary(LOP_MUL, local(x), lint(t_i64, 2))), NULL);

    f_printf = function("gort_printf", t_i32, 1, (LVar *[]){var("fmt", ptr(cnst(t_char)), 0)}, LF_GORT, NULL);
    f_printf->type->variadic = true;
    f_printf->params = NULL;

    /* Globals: a string with NULs and worse; a constant struct whose
     * initialiser lists fewer elements than fields; a function pointer. */
    LGlobal *gs = calloc(1, sizeof *gs);
    gs->name = "main_hostile";
    gs->type = t_string;
    gs->flags = LG_STATIC;
    gs->init = &(LInit){.expr = lstr(hostile, HOSTILE_LEN)};
    gs->comment = "var hostile = \"a\\x00b*/ ...\"";
    LGlobal *gt = calloc(1, sizeof *gt);
    gt->name = "main_t0";
    gt->type = cnst(tt);
    gt->flags = LG_STATIC;
    LInit *nums[] = {&(LInit){.expr = lint(t_i32, 7)}, NULL, &(LInit){.expr = lint(t_i32, -9)}};
    LInit *arrinit = &(LInit){.elems = (LInit *[]){&(LInit){.elems = nums, .nelems = 3}}, .nelems = 1};
    gt->init = &(LInit){.elems = (LInit *[]){&(LInit){.expr = lint(t_i64, 40)}, NULL, arrinit,
                                             &(LInit){.expr = addr(func(twice))}},
                        .nelems = 4};
    gt->comment = "var t0 = T{count: 40, nums: [3]int32{7, 0, -9}, fn: twice}";
    LGlobal *gz = calloc(1, sizeof *gz);
    gz->name = "main_empty";
    gz->type = empty;
    gz->flags = LG_STATIC;

    /* void print_bytes(gort_string s): prints its bytes as numbers. */
    LVar *s = var("s", t_string, LV_PARAM), *i = var("i", t_i64, 0);
    LFunc *pb = function("main_print_bytes", t_void, 1, (LVar *[]){s}, LF_STATIC, "func printBytes(s string)");
    pb->file = &file;
    pb->pos = (Pos){7, 1};
    LExpr *byte = index_(field(local(s), 0), local(i));
    pb->body = block(
        decl(i, NULL),
        loop(binary(LOP_LT, local(i), field(local(s), 1)),
             assign(local(i), binary(LOP_ADD, local(i), lint(t_i64, 1))),
             block(st(LS_BACKEDGE), exprstmt(printf_(1, "%d ", cast(t_i32, byte), NULL)), NULL)),
        exprstmt(printf_(0, "\n", NULL, NULL)), NULL);

    /* main_main: the checks, each printing one line (see "prints"). */
    LVar *n = var("n", t_i64, 0), *y = var("y", t_i64, 0), *u = var("u", t_u8, 0);
    LVar *a = var("a", t_i64, 0), *b = var("b", t_i64, 0), *c = var("c", t_i64, 0);
    LVar *t = var("t", tt, 0), *p = var("p", ptr(tt), 0), *k = var("k", t_i64, 0);
    LVar *fp = var("fp", ptr(fnty), 0), *d = var("d", t_f64, 0), *f = var("f", t_f32, 0);
    LVar *late = var("late", t_i64, LV_UNUSED), *z = var("z", empty, LV_UNUSED);
    LVar *cases = var("cases", array(tt, 2), 0);
    LLabel *again = &(LLabel){"again", NULL}, *out = &(LLabel){"out", NULL};
    LFunc *mm = function("main_main", t_void, 0, NULL, LF_STATIC, "func main()");
    mm->file = &file;
    mm->pos = (Pos){9, 1};
    LExpr *ld = printf_(1, "%ld\n", NULL, NULL);
#define PRINT_I64(e) exprstmt((ld = printf_(1, "%ld\n", (e), NULL)))
    mm->body = block(
        comment("hostile := \"*/ /* ?\?/ \\\\\" + `raw\\"),
        exprstmt(call(func(pb), t_void, 1, global(gs))),
        /* prints: the bytes of a literal in an expression */
        exprstmt(call(func(pb), t_void, 1, lstr("*/\"\\?\?/\0\n", 9))),
        /* 1 << n with n = 40: the 1 must be 64 bits (1L); prints 1099511627776 */
        decl(n, lint(t_i64, 40)),
        decl(y, binary(LOP_SHL, lint(t_i64, 1), local(n))),
        PRINT_I64(local(y)),
        /* uint8 arithmetic wraps: 250 + 10 = 4; ~u = 251; prints 4 251 */
        decl(u, lint(t_u8, 250)),
        assign(local(u), binary(LOP_ADD, local(u), lint(t_u8, 10))),
        exprstmt(printf_(2, "%d %d\n", cast(t_i32, local(u)), cast(t_i32, unary(LOP_BITNOT, local(u))))),
        /* precedence: a=3 b=5 c=7: (a + b) * c = 56, a - (b - c) = 5,
         * (a & b) == 1, a << (b - 4) = 6, -(-a) = 3; prints 56 5 1 6 3 */
        decl(a, lint(t_i64, 3)), decl(b, lint(t_i64, 5)), decl(c, lint(t_i64, 7)),
        exprstmt(printf_(2, "%ld %ld ", binary(LOP_MUL, binary(LOP_ADD, local(a), local(b)), local(c)),
                         binary(LOP_SUB, local(a), binary(LOP_SUB, local(b), local(c))))),
        exprstmt(printf_(2, "%d %ld ", cast(t_i32, binary(LOP_EQ, binary(LOP_AND, local(a), local(b)), lint(t_i64, 1))),
                         binary(LOP_SHL, local(a), binary(LOP_SUB, local(b), lint(t_i64, 4))))),
        PRINT_I64(unary(LOP_NEG, unary(LOP_NEG, local(a)))),
        /* constants at the edges: INT64_MIN, -5 - 3 (two literals), max
         * uint64; prints -9223372036854775808 -8 18446744073709551615 */
        exprstmt(printf_(2, "%ld %ld ", lint(t_i64, INT64_MIN), binary(LOP_SUB, lint(t_i64, -5), lint(t_i64, 3)))),
        exprstmt(printf_(1, "%lu\n", lint(t_u64, -1), NULL)),
        /* floats read back exactly: 0.1 + 0.2 == 0.30000000000000004, a
         * float32 0.1 == (float)0.1, -0.0 has its sign; prints 1 1 1 */
        decl(d, lfloat(t_f64, 0.1)),
        assign(local(d), binary(LOP_ADD, local(d), lfloat(t_f64, 0.2))),
        decl(f, lfloat(t_f32, 0.1f)),
        exprstmt(printf_(2, "%d %d ", cast(t_i32, binary(LOP_EQ, local(d), lfloat(t_f64, 0.30000000000000004))),
                         cast(t_i32, binary(LOP_EQ, cast(t_f64, local(f)), cast(t_f64, lfloat(t_f32, (float)0.1)))))),
        exprstmt(printf_(1, "%d\n", cast(t_i32, call(func(function("__builtin_signbit", t_i32, 1,
                                                                             (LVar *[]){var("v", t_f64, 0)}, LF_GORT, NULL)),
                                                       t_i32, 1, lfloat(t_f64, -0.0))), NULL)),
        /* structs: a copy of the constant global, through a pointer, the
         * array inside, the function pointer; prints 42 7 0 -9 84 */
        decl(t, global(gt)),
        decl(p, addr(local(t))),
        assign(field(deref(local(p)), 0), binary(LOP_ADD, field(deref(local(p)), 0), lint(t_i64, 2))),
        exprstmt(printf_(2, "%ld %d ", field(local(t), 0), index_(field(field(deref(addr(local(t))), 2), 0), lint(t_i64, 0)))),
        exprstmt(printf_(2, "%d %d ", index_(field(field(local(t), 2), 0), lint(t_i64, 1)),
                         index_(field(field(deref(local(p)), 2), 0), lint(t_i64, 2)))),
        decl(fp, field(deref(local(p)), 3)),
        PRINT_I64(call(local(fp), t_i64, 2, ex(LE_NULL, ptr(t_void)), field(local(t), 0))),
        /* an array local, zeroed; a struct literal; sizeof; prints 0 5 16 */
        decl(cases, NULL),
        assign(index_(local(cases), lint(t_i64, 1)),
               ({ LExpr *sl = ex(LE_STRUCT, tt); sl->nargs = 5;
                  sl->args = (LExpr *[]){lint(t_i64, 5), NULL, NULL, NULL, lstr("", 0)}; sl; })),
        exprstmt(printf_(2, "%ld %ld ", field(index_(local(cases), lint(t_i64, 0)), 0),
                         field(index_(local(cases), lint(t_i64, 1)), 0))),
        exprstmt(printf_(1, "%lu\n", ({ LExpr *so = ex(LE_SIZEOF, t_u64); so->totype = t_string; so; }), NULL)),
        /* goto backwards past a label followed by a declaration, a loop
         * with break and continue, an if / else if / else chain:
         * prints 0:even 1:odd 2:even 3:three 4:even 5:odd then done */
        decl(k, lint(t_i64, 0)),
        labelstmt(LS_LABEL, again),
        decl(late, binary(LOP_MUL, local(k), lint(t_i64, 2))),
        loop(NULL, NULL,
             block(st(LS_BACKEDGE),
                   ifstmt(binary(LOP_EQ, local(k), lint(t_i64, 3)),
                          block(exprstmt(printf_(0, "3:three ", NULL, NULL)), st(LS_BREAK), NULL),
                          ifstmt(binary(LOP_EQ, binary(LOP_MOD, local(k), lint(t_i64, 2)), lint(t_i64, 0)),
                                 exprstmt(printf_(1, "%ld:even ", local(k), NULL)),
                                 block(exprstmt(printf_(1, "%ld:odd ", local(k), NULL)), NULL))),
                   st(LS_BREAK), NULL)),
        assign(local(k), binary(LOP_ADD, local(k), lint(t_i64, 1))),
        ifstmt(binary(LOP_LT, local(k), lint(t_i64, 6)), labelstmt(LS_GOTO, again), NULL),
        labelstmt(LS_GOTO, out),
        exprstmt(printf_(0, "not reached\n", NULL, NULL)),
        labelstmt(LS_LABEL, out),
        /* a label no goto names (not printed: -Wunused-label), a value
         * computed for nothing ((void)a), !x compared; prints 1 */
        labelstmt(LS_LABEL, &(LLabel){"unused_label", NULL}),
        exprstmt(local(a)),
        exprstmt(printf_(1, "%d\n", cast(t_i32, binary(LOP_EQ, unary(LOP_NOT, binary(LOP_EQ, local(a), lint(t_i64, 4))),
                                                         lint(t_bool, 1))), NULL)),
        decl(z, global(gz)),
        assign(local(z), ex(LE_ZERO, empty)),
        exprstmt(printf_(1, "%s\n", cond(binary(LOP_LOGAND, binary(LOP_EQ, local(k), lint(t_i64, 6)),
                                                unary(LOP_NOT, binary(LOP_NE, local(a), lint(t_i64, 3)))),
                                         cstr("done"), cstr("wrong")), NULL)),
        NULL);
    (void)ld;

    /* int main(int argc, char **argv) { return gort_start(argc, argv, main_main); } */
    LVar *vargc = var("argc", t_i32, LV_PARAM), *vargv = var("argv", ptr(ptr(t_char)), LV_PARAM);
    LFunc *cmain = function("main", t_i32, 2, (LVar *[]){vargc, vargv}, 0, "the program's entry");
    LType *entry = ptr(functype(t_void, 0, NULL));
    LFunc *start = function("gort_start", t_i32, 3,
                            (LVar *[]){var("argc", t_i32, 0), var("argv", ptr(ptr(t_char)), 0), var("e", entry, 0)},
                            LF_GORT, NULL);
    cmain->body = block(ret(call(func(start), t_i32, 3, local(vargc), local(vargv), addr(func(mm)))), NULL);

    number(twice->body);
    number(pb->body);
    number(mm->body);
    number(cmain->body);
    LProgram prog = {
        .file = &file,
        .structs = (LType *[]){arr3, tt, empty},
        .nstructs = 3,
        .globals = (LGlobal *[]){gs, gt, gz},
        .nglobals = 3,
        .funcs = (LFunc *[]){f_printf, twice, pb, mm, cmain, start},
        .nfuncs = 6,
    };
    emit_c(stdout, &prog, argc > 1 && !strcmp(argv[1], "-g"));
    return 0;
}
