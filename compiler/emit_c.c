/*
 * emit_c.c — the lowered tree (gocc.h, "Lowered tree") printed as C.
 *
 * The lowering has already made every decision: names, types, the order
 * of evaluation, every runtime call.  This file only spells the tree in C
 * syntax, and is a pure function of it: it knows nothing of Go.  The C it
 * prints is read by two audiences, $CC (through a pipe, see main.c) and a
 * student reading `gocc -S`, so it aims to be what a person would write:
 *
 *     banner: the source file and gocc's version
 *     #include "gort.h"
 *     typedefs of the generated structs, then their definitions
 *         (in the lowering's order: a struct after those it contains)
 *     declarations of the globals, prototypes of the functions
 *     definitions of the globals that have initialisers
 *     definitions of the functions
 *
 * with the Go statement each piece of C comes from as a comment above it
 * (LS_COMMENT), four-space indentation, and no more parentheses than C's
 * precedence and gcc's -Wparentheses ask for.  The output compiles with
 * -Wall -Wextra -Werror (gocc -fcc-werror checks it).
 *
 * Three things need care, because Go text reaches the C verbatim:
 *
 *   - Comments.  Go source in a comment may contain "*" "/" (which would
 *     end it), "/" "*" (which -Wcomment reports), backslashes, trigraph-like
 *     "??" sequences and control characters.  emit_comment_text breaks the
 *     first two with a space, writes "??" as "?\?", and control bytes as
 *     \n, \t, \xHH, so a comment is always one line that cannot end early
 *     nor splice the next line.
 *   - String literals.  Any byte may be in a Go string.  emit_cstring
 *     writes printable ASCII as itself, \" \\ \n \t by name, a "?" that
 *     follows a "?" as \? (no trigraph can form), and every other byte as
 *     a three-digit octal escape (which no following digit can extend).
 *     NULs inside are fine: the length is given separately (GORT_STR takes
 *     sizeof the literal, which counts them).
 *   - Integer constants.  C gives an unsuffixed literal the type int, which
 *     matters where the operand's own type decides the operation: the left
 *     operand of a shift, a unary operator, an operation between two
 *     literals, an argument to a C variadic function.  There the literal
 *     is printed with its exact type (5L, 5ul, (uint8_t)5); elsewhere C's
 *     conversions give the same value and the plain number is easier to read.
 *
 * With debug_lines (gocc -g), `#line N "FILE.g"` directives map the C back
 * to the .g source: before each statement whose position differs from the
 * line the C compiler would otherwise assume.  A statement without a
 * position keeps the previous one, as the lowering asks.  All output goes
 * through emit_out, which counts the lines written for that purpose.
 */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "gocc.h"

typedef struct Emit {
    FILE *out;
    bool debug;             /* print #line directives */
    int indent;             /* current depth, four spaces each */
    bool counting;          /* cline is known */
    long cline;             /* the line number $CC assumes for the next
                             * output line (after a #line) */
    const File *file;       /* the file positions refer to */
    int line;               /* the last .g line mapped */
    const char *linefile;   /* the file named by the last #line */
    long real;              /* output lines written so far */
    const char *cname;      /* the C file's own name, for generated code
                             * without a .g position (FILE.c) */
    const LLabel **gotos;   /* the current function's goto targets */
    int ngotos, capgotos;
} Emit;

/* ---------------------------------------------------------------------
 * Output: everything passes here, so lines can be counted for #line.
 */

static void emit_out(Emit *e, const char *s)
{
    fputs(s, e->out);
    for (; *s; s++) {
        if (*s == '\n') {
            e->cline++;
            e->real++;
        }
    }
}

static void emit_printf(Emit *e, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void emit_printf(Emit *e, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = gocc_vformat(fmt, ap);
    va_end(ap);
    emit_out(e, s);
    free(s);
}

static void emit_indent(Emit *e)
{
    for (int i = 0; i < e->indent; i++)
        emit_out(e, "    ");
}

/* A growing string, for declarators and expressions built inside out. */
typedef struct Buf {
    char *s;
    size_t len, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s) {
            fprintf(stderr, "gocc: out of memory\n");
            exit(1);
        }
    }
    memcpy(b->s + b->len, s, n);
    b->len += n;
    b->s[b->len] = '\0';
}

static void buf_puts(Buf *b, const char *s)
{
    buf_add(b, s, strlen(s));
}

static void buf_printf(Buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) {
        fprintf(stderr, "gocc: out of memory\n");
        exit(1);
    }
    va_end(ap);
    buf_puts(b, s);
    free(s);
}

static char *buf_take(Buf *b)
{
    char *s = b->s ? b->s : strdup("");
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}

/* ---------------------------------------------------------------------
 * Escaping Go text for C comments and C string literals.
 */

static bool emit_is_trigraph_char(int c)
{
    return c && strchr("=/'()!<>-", c) != NULL;
}

/* Text inside a comment: one line, never closing or opening a comment,
 * never splicing lines, never forming a trigraph. */
static void emit_comment_text(Buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        unsigned char next = i + 1 < n ? (unsigned char)s[i + 1] : 0;
        if (c == '*' && next == '/')
            buf_puts(b, "* ");
        else if (c == '/' && next == '*')
            buf_puts(b, "/ ");
        else if (c == '?' && next == '?' && i + 2 < n && emit_is_trigraph_char(s[i + 2]))
            buf_puts(b, "?\\");
        else if (c == '\n')
            buf_puts(b, "\\n");
        else if (c == '\t')
            buf_puts(b, "\\t");
        else if (c == '\\' && i + 1 == n)
            buf_puts(b, "\\ ");   /* never last: nothing to splice anyway */
        else if (c < 0x20 || c == 0x7f)
            buf_printf(b, "\\x%02x", c);
        else
            buf_add(b, (const char *)&c, 1);
    }
}

/* `/ * text * /` on its own line at the current indentation. */
static void emit_comment(Emit *e, const char *text)
{
    Buf b = {0};
    emit_comment_text(&b, text, strlen(text));
    emit_indent(e);
    emit_printf(e, "/* %s */\n", b.s ? b.s : "");
    free(b.s);
}

/* The bytes s[0..n) as the inside of a C string literal. */
static void emit_cstring(Buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"':
            buf_puts(b, "\\\"");
            break;
        case '\\':
            buf_puts(b, "\\\\");
            break;
        case '\n':
            buf_puts(b, "\\n");
            break;
        case '\t':
            buf_puts(b, "\\t");
            break;
        case '?':
            buf_puts(b, i > 0 && s[i - 1] == '?' ? "\\?" : "?");
            break;
        default:
            if (c >= 0x20 && c < 0x7f)
                buf_add(b, (const char *)&c, 1);
            else
                buf_printf(b, "\\%03o", c);
        }
    }
}

/* ---------------------------------------------------------------------
 * Types and declarators.  C's declarators grow inside out: the type of
 * `p` in `int64_t (*p)(void *, int64_t)` is printed by wrapping the
 * declarator "p" in "*", then in "(...)(params)", then prefixing the
 * base type.
 */

static const char *emit_scalar_name(const LType *t)
{
    switch (t->kind) {
    case LT_VOID: return "void";
    case LT_BOOL: return "bool";
    case LT_CHAR: return "char";
    case LT_I8: return "int8_t";
    case LT_I16: return "int16_t";
    case LT_I32: return "int32_t";
    case LT_I64: return "int64_t";
    case LT_U8: return "uint8_t";
    case LT_U16: return "uint16_t";
    case LT_U32: return "uint32_t";
    case LT_U64: return "uint64_t";
    case LT_UINTPTR: return "uintptr_t";
    case LT_F32: return "float";
    case LT_F64: return "double";
    case LT_STRUCT: return t->name;
    default: return NULL;
    }
}

static const LType *emit_unqual(const LType *t)
{
    while (t && (t->kind == LT_CONST || t->kind == LT_VOLATILE))
        t = t->base;
    return t;
}

static char *emit_decl(const LType *t, const char *d);

/* "(T1, T2, ...)" for a function type: names[i] (may be NULL) after each
 * type, attrs[i] after each name. */
static char *emit_params(const LType *f, const char *const *names, const char *const *attrs)
{
    Buf b = {0};
    buf_puts(&b, "(");
    for (int i = 0; i < f->nparams; i++) {
        char *p = emit_decl(f->params[i], names ? names[i] : "");
        buf_printf(&b, "%s%s%s", i ? ", " : "", p, attrs && attrs[i] ? attrs[i] : "");
        free(p);
    }
    if (f->variadic)
        buf_puts(&b, f->nparams ? ", ..." : "...");
    else if (f->nparams == 0)
        buf_puts(&b, "void");
    buf_puts(&b, ")");
    return buf_take(&b);
}

/* The declaration of d (a declarator, "" for an abstract one) as type t. */
static char *emit_decl(const LType *t, const char *d)
{
    char *s = NULL;
    const char *sep = *d ? " " : "";
    switch (t->kind) {
    case LT_PTR: {
        const LType *base = emit_unqual(t->base);
        char *inner = NULL;
        if (base && (base->kind == LT_ARRAY || base->kind == LT_FUNC))
            inner = gocc_format("(*%s)", d);
        else
            inner = gocc_format("*%s", d);
        s = emit_decl(t->base, inner);
        free(inner);
        return s;
    }
    case LT_ARRAY: {
        char *inner = NULL;
        inner = gocc_format("%s[%lld]", d, (long long)t->len);
        s = emit_decl(t->base, inner);
        free(inner);
        return s;
    }
    case LT_FUNC: {
        char *params = emit_params(t, NULL, NULL);
        char *inner = NULL;
        inner = gocc_format("%s%s", d, params);
        s = emit_decl(t->base, inner);
        free(params);
        free(inner);
        return s;
    }
    case LT_CONST:
    case LT_VOLATILE: {
        const char *q = t->kind == LT_CONST ? "const" : "volatile";
        const LType *base = t->base;
        if (base->kind == LT_PTR) {
            /* a qualified pointer: T *const p */
            const LType *pointee = emit_unqual(base->base);
            char *inner = NULL;
            if (pointee && (pointee->kind == LT_ARRAY || pointee->kind == LT_FUNC))
                inner = gocc_format("(*%s%s%s)", q, sep, d);
            else
                inner = gocc_format("*%s%s%s", q, sep, d);
            s = emit_decl(base->base, inner);
            free(inner);
            return s;
        }
        char *inner = emit_decl(base, d);
        s = gocc_format("%s %s", q, inner);
        free(inner);
        return s;
    }
    default:
        s = gocc_format("%s%s%s", emit_scalar_name(t), sep, d);
        return s;
    }
}

/* A type name alone, as in a cast or sizeof. */
static char *emit_typename(const LType *t)
{
    return emit_decl(t, "");
}

static bool emit_is_aggregate(const LType *t)
{
    t = emit_unqual(t);
    return t->kind == LT_STRUCT || t->kind == LT_ARRAY;
}

/* The zero initialiser of an aggregate: {0} when its first scalar can take
 * the 0, {} (GNU C) when the first member is an empty struct. */
static const char *emit_zero_braces(const LType *t)
{
    for (;;) {
        t = emit_unqual(t);
        if (t->kind == LT_ARRAY)
            t = t->base;
        else if (t->kind == LT_STRUCT && !(t->flags & LTY_OPAQUE) && t->nfields > 0)
            t = t->fields[0].type;
        else if (t->kind == LT_STRUCT)
            return "{}";
        else
            return "{0}";
    }
}

/* ---------------------------------------------------------------------
 * Expressions.  C's precedence levels, highest first; an operand printed
 * at a lower level than its place needs gets parentheses.
 */

enum {
    P_COMMA = 1, P_ASSIGN, P_COND, P_LOGOR, P_LOGAND, P_BITOR, P_BITXOR, P_BITAND,
    P_EQ, P_REL, P_SHIFT, P_ADD, P_MUL, P_UNARY, P_POSTFIX,
};

typedef struct BinOp {
    const char *s;
    int prec;
} BinOp;

static const BinOp emit_binops[] = {
    [LOP_ADD] = {"+", P_ADD},     [LOP_SUB] = {"-", P_ADD},      [LOP_MUL] = {"*", P_MUL},
    [LOP_DIV] = {"/", P_MUL},     [LOP_MOD] = {"%", P_MUL},      [LOP_SHL] = {"<<", P_SHIFT},
    [LOP_SHR] = {">>", P_SHIFT},  [LOP_AND] = {"&", P_BITAND},   [LOP_OR] = {"|", P_BITOR},
    [LOP_XOR] = {"^", P_BITXOR},  [LOP_EQ] = {"==", P_EQ},       [LOP_NE] = {"!=", P_EQ},
    [LOP_LT] = {"<", P_REL},      [LOP_LE] = {"<=", P_REL},      [LOP_GT] = {">", P_REL},
    [LOP_GE] = {">=", P_REL},     [LOP_LOGAND] = {"&&", P_LOGAND}, [LOP_LOGOR] = {"||", P_LOGOR},
};

/* Where an expression is printed. */
enum {
    X_PLAIN = 0,
    X_EXACT = 1 << 0,   /* a literal here must have its exact C type */
    X_STATIC = 1 << 1,  /* inside a static initialiser: constants only */
};

static void emit_expr_to(Buf *b, const LExpr *x, int prec, int ctx);

/* Narrower than int: C computes in int, the result is cast back. */
static bool emit_is_narrow(const LType *t)
{
    t = emit_unqual(t);
    switch (t->kind) {
    case LT_I8: case LT_I16: case LT_U8: case LT_U16: case LT_CHAR:
        return true;
    default:
        return false;
    }
}

static bool emit_is_signed(const LType *t)
{
    t = emit_unqual(t);
    switch (t->kind) {
    case LT_I8: case LT_I16: case LT_I32: case LT_I64: case LT_CHAR:
        return true;
    default:
        return false;
    }
}

/* The precedence an expression prints at (for its parent's decision). */
static int emit_prec(const LExpr *x, int ctx)
{
    const LType *t = emit_unqual(x->type);
    switch (x->kind) {
    case LE_INT: {
        int64_t v = (int64_t)x->ival;
        if (t->kind == LT_BOOL)
            return P_POSTFIX;
        if (t->kind == LT_PTR || ((ctx & X_EXACT) && (emit_is_narrow(t) || t->kind == LT_UINTPTR)))
            return P_UNARY;                 /* (uint8_t)5 */
        if ((t->kind == LT_I64 && v == INT64_MIN) || (t->kind == LT_I32 && v == INT32_MIN))
            return P_POSTFIX;               /* parenthesised already */
        return emit_is_signed(t) && v < 0 ? P_UNARY : P_POSTFIX;
    }
    case LE_FLOAT:
        if (t->kind == LT_F32 && (isinf(x->fval) || isnan(x->fval)))
            return P_UNARY;                 /* (float)__builtin_inf() */
        return signbit(x->fval) ? P_UNARY : P_POSTFIX;
    case LE_ZERO:
        if (emit_is_aggregate(t))
            return P_POSTFIX;               /* (T){0} */
        return (ctx & X_EXACT) && t->kind != LT_BOOL && t->kind != LT_PTR ? P_UNARY : P_POSTFIX;
    case LE_UNARY:
    case LE_CAST:
    case LE_ADDR:
    case LE_DEREF:
    case LE_SIZEOF:
        return P_UNARY;
    case LE_BINARY:
        if (emit_is_narrow(t))
            return P_UNARY;                 /* (uint8_t)(a + b) */
        return emit_binops[x->op].prec;
    case LE_COND:
        return P_COND;
    default:
        return P_POSTFIX;
    }
}

/* An integer constant (LE_INT). */
static void emit_int(Buf *b, const LExpr *x, int ctx)
{
    const LType *t = emit_unqual(x->type);
    bool exact = ctx & X_EXACT;
    int64_t v = (int64_t)x->ival;
    switch (t->kind) {
    case LT_BOOL:
        buf_puts(b, x->ival ? "true" : "false");
        return;
    case LT_I64:
        if (v == INT64_MIN)
            buf_puts(b, "(-9223372036854775807L - 1)");
        else
            buf_printf(b, "%lld%s", (long long)v, exact ? "L" : "");
        return;
    case LT_I32:
        if (v == INT32_MIN)
            buf_puts(b, "(-2147483647 - 1)");
        else
            buf_printf(b, "%d", (int)v);
        return;
    case LT_U64:
        buf_printf(b, "%llu%s", (unsigned long long)x->ival,
                   exact || x->ival > INT64_MAX ? "ul" : "");
        return;
    case LT_U32:
        buf_printf(b, "%u%s", (unsigned)x->ival, exact ? "u" : "");
        return;
    case LT_I8: case LT_I16: case LT_CHAR:
        if (exact)
            buf_printf(b, "(%s)%lld", emit_scalar_name(t), (long long)v);
        else
            buf_printf(b, "%lld", (long long)v);
        return;
    case LT_U8: case LT_U16:
        if (exact)
            buf_printf(b, "(%s)%llu", emit_scalar_name(t), (unsigned long long)x->ival);
        else
            buf_printf(b, "%llu", (unsigned long long)x->ival);
        return;
    case LT_UINTPTR:
        if (exact)
            buf_printf(b, "(uintptr_t)%lluu", (unsigned long long)x->ival);
        else
            buf_printf(b, "%lluu", (unsigned long long)x->ival);
        return;
    default: {   /* a pointer-sized constant of pointer type */
        char *tn = emit_typename(x->type);
        buf_printf(b, "(%s)%lluu", tn, (unsigned long long)x->ival);
        free(tn);
        return;
    }
    }
}

/* A floating constant: the shortest decimal that reads back exactly. */
static void emit_float(Buf *b, const LExpr *x)
{
    bool f32 = emit_unqual(x->type)->kind == LT_F32;
    double v = x->fval;
    if (isnan(v)) {
        buf_puts(b, f32 ? "(float)__builtin_nan(\"\")" : "__builtin_nan(\"\")");
        return;
    }
    if (isinf(v)) {
        buf_printf(b, "%s%s__builtin_inf()", f32 ? "(float)" : "", v < 0 ? "-" : "");
        return;
    }
    char s[64];
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(s, sizeof s, "%.*g", prec, v);
        if (f32 ? strtof(s, NULL) == (float)v : strtod(s, NULL) == v)
            break;
    }
    buf_puts(b, s);
    if (!strpbrk(s, ".en"))
        buf_puts(b, ".0");
    if (f32)
        buf_puts(b, "f");
}

/* A binary operand: parenthesised when C's precedence needs it, and
 * wherever gcc's -Wparentheses would like to see it (mixing bitwise,
 * shift, comparison and logical operators). */
typedef enum OpClass { OC_ARITH, OC_SHIFT, OC_BIT, OC_CMP, OC_LOGIC } OpClass;

static OpClass emit_opclass(int op)
{
    switch (op) {
    case LOP_ADD: case LOP_SUB: case LOP_MUL: case LOP_DIV: case LOP_MOD:
        return OC_ARITH;
    case LOP_SHL: case LOP_SHR:
        return OC_SHIFT;
    case LOP_AND: case LOP_OR: case LOP_XOR:
        return OC_BIT;
    case LOP_LOGAND: case LOP_LOGOR:
        return OC_LOGIC;
    default:
        return OC_CMP;
    }
}

static void emit_operand(Buf *b, const LExpr *parent, const LExpr *x, bool right, int ctx)
{
    int pp = emit_binops[parent->op].prec, xp = emit_prec(x, ctx);
    bool paren = xp < pp || (xp == pp && right);
    if (!paren && x->kind == LE_BINARY && xp != P_UNARY) {
        OpClass pc = emit_opclass(parent->op), xc = emit_opclass(x->op);
        bool plain = (x->op == parent->op && pc != OC_CMP && pc != OC_SHIFT) ||
                     (xc == OC_ARITH && (pc == OC_ARITH || pc == OC_CMP));
        paren = !plain;
    }
    /* !a == b reads as (!a) == b to C, but gcc asks for the parentheses */
    if (x->kind == LE_UNARY && x->op == LOP_NOT && emit_opclass(parent->op) == OC_CMP)
        paren = true;
    if (paren)
        buf_puts(b, "(");
    emit_expr_to(b, x, paren ? 0 : pp, ctx);
    if (paren)
        buf_puts(b, ")");
}

/* The comment-free text of x, parenthesised if its precedence is below
 * prec. */
static void emit_expr_to(Buf *b, const LExpr *x, int prec, int ctx)
{
    bool paren = emit_prec(x, ctx) < prec;
    if (paren)
        buf_puts(b, "(");
    switch (x->kind) {
    case LE_INT:
        emit_int(b, x, ctx);
        break;
    case LE_FLOAT:
        emit_float(b, x);
        break;
    case LE_NULL:
        buf_puts(b, "NULL");
        break;
    case LE_ZERO:
        if (emit_is_aggregate(x->type)) {
            if (ctx & X_STATIC) {
                buf_puts(b, emit_zero_braces(x->type));
            } else {
                char *tn = emit_typename(x->type);
                buf_printf(b, "(%s)%s", tn, emit_zero_braces(x->type));
                free(tn);
            }
        } else if (emit_unqual(x->type)->kind == LT_BOOL) {
            buf_puts(b, "false");
        } else if (emit_unqual(x->type)->kind == LT_PTR) {
            buf_puts(b, "NULL");
        } else if (ctx & X_EXACT) {
            char *tn = emit_typename(x->type);
            buf_printf(b, "(%s)0", tn);
            free(tn);
        } else {
            buf_puts(b, "0");
        }
        break;
    case LE_STRUCT: {
        const LType *t = emit_unqual(x->type);
        if (!(ctx & X_STATIC)) {
            char *tn = emit_typename(x->type);
            buf_printf(b, "(%s)", tn);
            free(tn);
        }
        /* A zero aggregate member cannot be written positionally without
         * a -Wmissing-braces or -Wmissing-field-initializers warning ({0}
         * is exempt only as a whole initialiser): then the members that
         * are given are named (.deadline = d) and the others left zero. */
        bool named = false;
        for (int i = 0; i < x->nargs; i++)
            if (!x->args[i] && i < t->nfields && emit_is_aggregate(t->fields[i].type))
                named = true;
        buf_puts(b, "{");
        int k = 0;
        for (int i = 0; i < x->nargs; i++) {
            if (named && !x->args[i])
                continue;
            buf_puts(b, k++ ? ", " : "");
            if (named)
                buf_printf(b, ".%s = ", t->fields[i].name);
            if (x->args[i])
                emit_expr_to(b, x->args[i], P_ASSIGN, ctx & X_STATIC);
            else
                buf_puts(b, "0");
        }
        if (named && !k)
            buf_puts(b, "0");
        buf_puts(b, "}");
        break;
    }
    case LE_STR:
        if (ctx & X_STATIC) {
            buf_puts(b, "{(const uint8_t *)\"");
            emit_cstring(b, x->str, (size_t)x->slen);
            buf_printf(b, "\", %lld}", (long long)x->slen);
        } else {
            buf_puts(b, "GORT_STR(\"");
            emit_cstring(b, x->str, (size_t)x->slen);
            buf_puts(b, "\")");
        }
        break;
    case LE_CSTR:
        buf_puts(b, "\"");
        emit_cstring(b, x->str, strlen(x->str));
        buf_puts(b, "\"");
        break;
    case LE_SIZEOF: {
        char *tn = emit_typename(x->totype);
        buf_printf(b, "sizeof(%s)", tn);
        free(tn);
        break;
    }
    case LE_LOCAL:
        buf_puts(b, x->var->name);
        break;
    case LE_GLOBAL:
        buf_puts(b, x->global->name);
        break;
    case LE_FUNC:
        buf_puts(b, x->func->name);
        break;
    case LE_UNARY: {
        bool narrow = emit_is_narrow(x->type) && x->op != LOP_NOT;
        if (narrow) {
            char *tn = emit_typename(x->type);
            buf_printf(b, "(%s)", tn);
            free(tn);
        }
        buf_puts(b, x->op == LOP_NEG ? "-" : x->op == LOP_BITNOT ? "~" : "!");
        /* "- -x" must not become "--x": unary operands of unary
         * operators, and negative constants, get parentheses. */
        int xp = emit_prec(x->x, X_EXACT);
        bool p = xp < P_POSTFIX;
        if (p)
            buf_puts(b, "(");
        emit_expr_to(b, x->x, p ? 0 : P_UNARY, X_EXACT | (ctx & X_STATIC));
        if (p)
            buf_puts(b, ")");
        break;
    }
    case LE_BINARY: {
        bool narrow = emit_is_narrow(x->type);
        if (narrow) {
            char *tn = emit_typename(x->type);
            buf_printf(b, "(%s)(", tn);
            free(tn);
        }
        /* The left operand of a shift, and two constants together, keep
         * their exact types. */
        bool both = x->x->kind == LE_INT && x->y->kind == LE_INT;
        int lctx = (x->op == LOP_SHL || x->op == LOP_SHR || both) ? X_EXACT : 0;
        int rctx = both ? X_EXACT : 0;
        emit_operand(b, x, x->x, false, lctx | (ctx & X_STATIC));
        buf_printf(b, " %s ", emit_binops[x->op].s);
        emit_operand(b, x, x->y, true, rctx | (ctx & X_STATIC));
        if (narrow)
            buf_puts(b, ")");
        break;
    }
    case LE_COND:
        emit_expr_to(b, x->x, P_LOGOR, ctx & X_STATIC);
        buf_puts(b, " ? ");
        emit_expr_to(b, x->y, P_ASSIGN, ctx);
        buf_puts(b, " : ");
        emit_expr_to(b, x->z, P_COND, ctx);
        break;
    case LE_CAST: {
        char *tn = emit_typename(x->type);
        buf_printf(b, "(%s)", tn);
        free(tn);
        emit_expr_to(b, x->x, P_UNARY, ctx & X_STATIC);
        break;
    }
    case LE_FIELD: {
        const LType *st = emit_unqual(x->x->type);
        const char *name = st->fields[x->field].name;
        if (x->x->kind == LE_DEREF && x->x->x->kind == LE_ADDR) {   /* (*&v).f is v.f */
            emit_expr_to(b, x->x->x->x, P_POSTFIX, ctx & X_STATIC);
            buf_printf(b, ".%s", name);
        } else if (x->x->kind == LE_DEREF) {
            emit_expr_to(b, x->x->x, P_POSTFIX, ctx & X_STATIC);
            buf_printf(b, "->%s", name);
        } else {
            emit_expr_to(b, x->x, P_POSTFIX, ctx & X_STATIC);
            buf_printf(b, ".%s", name);
        }
        break;
    }
    case LE_DEREF:
        if (x->x->kind == LE_ADDR) {        /* *&v is v */
            emit_expr_to(b, x->x->x, P_UNARY, ctx & X_STATIC);
            break;
        }
        buf_puts(b, "*");
        emit_expr_to(b, x->x, P_UNARY, ctx & X_STATIC);
        break;
    case LE_ADDR:
        if (x->x->kind == LE_FUNC) {        /* a function designator */
            buf_puts(b, x->x->func->name);
            break;
        }
        if (x->x->kind == LE_DEREF) {       /* &*p is p */
            emit_expr_to(b, x->x->x, P_UNARY, ctx & X_STATIC);
            break;
        }
        buf_puts(b, "&");
        emit_expr_to(b, x->x, P_UNARY, ctx & X_STATIC);
        break;
    case LE_INDEX:
        emit_expr_to(b, x->x, P_POSTFIX, ctx & X_STATIC);
        buf_puts(b, "[");
        emit_expr_to(b, x->y, 0, 0);
        buf_puts(b, "]");
        break;
    case LE_CALL: {
        const LType *ft = NULL;
        if (x->x->kind == LE_FUNC) {
            buf_puts(b, x->x->func->name);
            ft = x->x->func->type;
        } else {
            emit_expr_to(b, x->x, P_POSTFIX, 0);
            const LType *pt = emit_unqual(x->x->type);
            ft = pt->kind == LT_PTR ? emit_unqual(pt->base) : pt;
        }
        buf_puts(b, "(");
        for (int i = 0; i < x->nargs; i++) {
            buf_puts(b, i ? ", " : "");
            /* arguments in a C `...` have no parameter type to convert to */
            bool vararg = ft && ft->kind == LT_FUNC && i >= ft->nparams;
            emit_expr_to(b, x->args[i], P_ASSIGN, vararg ? X_EXACT : 0);
        }
        buf_puts(b, ")");
        break;
    }
    case LE_INTRINSIC: {
        static const char *const names[] = {
            [LIN_STACK_OK] = "GORT_STACK_OK", [LIN_LIKELY] = "GORT_LIKELY",
            [LIN_UNLIKELY] = "GORT_UNLIKELY", [LIN_FRAME_ENTER] = "gort_frame_enter",
        };
        buf_printf(b, "%s(", names[x->op]);
        emit_expr_to(b, x->x, 0, 0);
        buf_puts(b, ")");
        break;
    }
    }
    if (paren)
        buf_puts(b, ")");
}

static char *emit_expr_str(const LExpr *x, int prec, int ctx)
{
    Buf b = {0};
    emit_expr_to(&b, x, prec, ctx);
    return buf_take(&b);
}

/* ---------------------------------------------------------------------
 * Positions: #line directives under -g.
 */

/* `#line N "name"` (its own line does not count for $CC). */
static void emit_line_directive(Emit *e, long line, const char *name)
{
    Buf b = {0};
    emit_cstring(&b, name, strlen(name));
    fprintf(e->out, "#line %ld \"%s\"\n", line, b.s ? b.s : "");
    free(b.s);
    e->real++;
    e->counting = true;
    e->cline = line;
    e->linefile = name;
}

/* Make the next output line count as `pos` (or, without a position, as
 * the last one mapped). */
static void emit_line(Emit *e, Pos pos)
{
    if (!e->debug || !e->file)
        return;
    int line = pos.line > 0 ? pos.line : e->line;
    if (line <= 0)
        return;
    e->line = line;
    if (e->counting && e->cline == line && e->linefile == e->file->name)
        return;
    emit_line_directive(e, line, e->file->name);
}

/* Generated code with no .g position: back to the C file's own lines. */
static void emit_line_c(Emit *e)
{
    if (e->debug && e->counting && e->linefile != e->cname)
        emit_line_directive(e, e->real + 2, e->cname);
}

/* ---------------------------------------------------------------------
 * Statements.
 */

static void emit_stmt(Emit *e, const LStmt *s);

/* The labels some goto of the function refers to. */
static void emit_collect_gotos(Emit *e, const LStmt *s)
{
    for (; s; s = s->next) {
        if (s->kind == LS_GOTO) {
            if (e->ngotos == e->capgotos) {
                e->capgotos = e->capgotos ? 2 * e->capgotos : 16;
                e->gotos = realloc(e->gotos, (size_t)e->capgotos * sizeof *e->gotos);
                if (!e->gotos) {
                    fprintf(stderr, "gocc: out of memory\n");
                    exit(1);
                }
            }
            e->gotos[e->ngotos++] = s->label;
        }
        emit_collect_gotos(e, s->body);
        emit_collect_gotos(e, s->els);
        emit_collect_gotos(e, s->post);
    }
}

static bool emit_label_used(const Emit *e, const LLabel *l)
{
    for (int i = 0; i < e->ngotos; i++)
        if (e->gotos[i] == l || !strcmp(e->gotos[i]->name, l->name))
            return true;
    return false;
}

/* The statements of a block (or one statement) between braces already
 * printed. */
static void emit_body(Emit *e, const LStmt *s)
{
    e->indent++;
    if (s && s->kind == LS_BLOCK)
        for (const LStmt *t = s->body; t; t = t->next)
            emit_stmt(e, t);
    else if (s)
        emit_stmt(e, s);
    e->indent--;
}

static void emit_close(Emit *e, const char *text)
{
    emit_line(e, (Pos){0, 0});
    emit_indent(e);
    emit_out(e, text);
}

/* A simple statement as a C expression (a loop's post statement). */
static char *emit_simple(const LStmt *s)
{
    if (s->kind == LS_ASSIGN) {
        char *l = emit_expr_str(s->x, P_UNARY, 0), *r = emit_expr_str(s->y, P_ASSIGN, 0);
        char *out = NULL;
        out = gocc_format("%s = %s", l, r);
        free(l);
        free(r);
        return out;
    }
    return emit_expr_str(s->x, P_ASSIGN, 0);
}

static void emit_stmt(Emit *e, const LStmt *s)
{
    if (s->kind == LS_BLOCK) {
        emit_line(e, s->pos);
        emit_indent(e);
        emit_out(e, "{\n");
        emit_body(e, s);
        emit_close(e, "}\n");
        return;
    }
    if (s->kind == LS_COMMENT) {
        emit_comment(e, s->text ? s->text : "");
        return;
    }
    emit_line(e, s->pos);
    if (s->kind == LS_LABEL) {
        if (!emit_label_used(e, s->label))
            return;     /* no goto: -Wunused-label would complain */
        /* labels stand out one level; `:;` lets a declaration follow */
        for (int i = 0; i + 1 < e->indent; i++)
            emit_out(e, "    ");
        emit_printf(e, "%s:;\n", s->label->name);
        return;
    }
    emit_indent(e);
    char *x = NULL, *y = NULL;
    switch (s->kind) {
    case LS_DECL: {
        const LVar *v = s->var;
        char *d = emit_decl(v->type, v->name);
        const char *attr = (v->flags & LV_UNUSED) ? " __attribute__((unused))" : "";
        if (s->x) {
            x = emit_expr_str(s->x, P_ASSIGN, 0);
            emit_printf(e, "%s%s = %s;\n", d, attr, x);
        } else if (emit_is_aggregate(v->type)) {
            emit_printf(e, "%s%s = %s;\n", d, attr, emit_zero_braces(v->type));
        } else {
            const LType *t = emit_unqual(v->type);
            emit_printf(e, "%s%s = %s;\n", d, attr,
                        t->kind == LT_PTR ? "NULL" : t->kind == LT_BOOL ? "false" : "0");
        }
        free(d);
        break;
    }
    case LS_EXPR:
        /* a value computed for nothing (Go's `_ = x`) is (void)x: C
         * would warn that the statement has no effect */
        if (s->x->kind == LE_CALL || s->x->kind == LE_INTRINSIC) {
            x = emit_expr_str(s->x, 0, 0);
            emit_printf(e, "%s;\n", x);
        } else {
            x = emit_expr_str(s->x, P_UNARY, 0);
            emit_printf(e, "(void)%s;\n", x);
        }
        break;
    case LS_ASSIGN:
        x = emit_expr_str(s->x, P_UNARY, 0);
        y = emit_expr_str(s->y, P_ASSIGN, 0);
        emit_printf(e, "%s = %s;\n", x, y);
        break;
    case LS_IF:
        for (;;) {
            x = emit_expr_str(s->cond, 0, 0);
            emit_printf(e, "if (%s) {\n", x);
            free(x);
            x = NULL;
            emit_body(e, s->body);
            if (!s->els) {
                emit_close(e, "}\n");
                break;
            }
            if (s->els->kind == LS_IF) {
                emit_close(e, "} else ");
                s = s->els;
                continue;
            }
            emit_close(e, "} else {\n");
            emit_body(e, s->els);
            emit_close(e, "}\n");
            break;
        }
        break;
    case LS_LOOP:
        if (s->cond)
            x = emit_expr_str(s->cond, 0, 0);
        if (s->post)
            y = emit_simple(s->post);
        if (y)
            emit_printf(e, "for (; %s; %s) {\n", x ? x : "", y);
        else if (x)
            emit_printf(e, "while (%s) {\n", x);
        else
            emit_out(e, "for (;;) {\n");
        emit_body(e, s->body);
        emit_close(e, "}\n");
        break;
    case LS_BREAK:
        emit_out(e, "break;\n");
        break;
    case LS_CONTINUE:
        emit_out(e, "continue;\n");
        break;
    case LS_GOTO:
        emit_printf(e, "goto %s;\n", s->label->name);
        break;
    case LS_RETURN:
        if (s->x) {
            x = emit_expr_str(s->x, 0, 0);
            emit_printf(e, "return %s;\n", x);
        } else {
            emit_out(e, "return;\n");
        }
        break;
    case LS_BACKEDGE:
        emit_out(e, "GORT_BACKEDGE();\n");
        break;
    case LS_UNREACHABLE:
        emit_out(e, "__builtin_unreachable();\n");
        break;
    case LS_BLOCK:
    case LS_COMMENT:
    case LS_LABEL:
        break;
    }
    free(x);
    free(y);
}

/* ---------------------------------------------------------------------
 * Top level: structs, globals, functions.
 */

/* struct NAME { fields }; */
static void emit_struct(Emit *e, const LType *t)
{
    if (t->gotype)
        emit_comment(e, t->gotype);
    emit_printf(e, "struct %s {\n", t->name);
    e->indent++;
    for (int i = 0; i < t->nfields; i++) {
        char *d = emit_decl(t->fields[i].type, t->fields[i].name);
        emit_indent(e);
        emit_printf(e, "%s;\n", d);
        free(d);
    }
    e->indent--;
    emit_out(e, "};\n");
}

/* A static initialiser. */
static void emit_init(Buf *b, const LInit *in, const LType *t)
{
    if (!in) {
        buf_puts(b, emit_is_aggregate(t) ? emit_zero_braces(t) : "0");
        return;
    }
    if (in->expr) {
        emit_expr_to(b, in->expr, P_ASSIGN, X_STATIC);
        return;
    }
    const LType *u = emit_unqual(t);
    if (in->nelems == 0) {
        buf_puts(b, emit_zero_braces(t));
        return;
    }
    /* every field of a struct, so -Wmissing-field-initializers is quiet */
    int n = u->kind == LT_STRUCT && u->nfields > in->nelems ? u->nfields : in->nelems;
    buf_puts(b, "{");
    for (int i = 0; i < n; i++) {
        const LType *et = u->kind == LT_ARRAY ? u->base
                        : (u->kind == LT_STRUCT && i < u->nfields) ? u->fields[i].type : NULL;
        const LInit *el = i < in->nelems ? in->elems[i] : NULL;
        buf_puts(b, i ? ", " : "");
        if (et)
            emit_init(b, el, et);
        else if (el && el->expr)
            emit_expr_to(b, el->expr, P_ASSIGN, X_STATIC);
        else
            buf_puts(b, "0");
    }
    buf_puts(b, "}");
}

static const char *emit_storage(int static_flag)
{
    return static_flag ? "static " : "";
}

/* The declaration of a global: `static T name;` (for a global without an
 * initialiser, also its definition), `extern T name;` for a global
 * defined elsewhere. */
static void emit_global_decl(Emit *e, const LGlobal *g)
{
    char *d = emit_decl(g->type, g->name);
    if (g->flags & LG_STATIC)
        emit_printf(e, "static %s;\n", d);
    else
        emit_printf(e, "extern %s;\n", d);
    free(d);
}

static void emit_global_def(Emit *e, const LGlobal *g)
{
    if (g->comment)
        emit_comment(e, g->comment);
    char *d = emit_decl(g->type, g->name);
    Buf b = {0};
    emit_init(&b, g->init, g->type);
    emit_printf(e, "%s%s = %s;\n", emit_storage(g->flags & LG_STATIC), d, b.s);
    free(b.s);
    free(d);
}

/* RET name(params) with storage class and attributes in front. */
static char *emit_func_head(const LFunc *f)
{
    Buf b = {0};
    if (!f->body && !(f->flags & LF_STATIC))
        buf_puts(&b, "extern ");
    if (f->flags & LF_STATIC)
        buf_puts(&b, "static ");
    if (f->flags & LF_INLINE)
        buf_puts(&b, "inline ");
    const char *attrs[5];
    int nattrs = 0;
    if (f->flags & LF_ALWAYS_INLINE)
        attrs[nattrs++] = "always_inline";
    if (f->flags & LF_COLD)
        attrs[nattrs++] = "cold, noinline";
    else if (f->flags & LF_NOINLINE)
        attrs[nattrs++] = "noinline";
    if (f->flags & LF_NORETURN)
        attrs[nattrs++] = "noreturn";
    if (nattrs) {
        buf_puts(&b, "__attribute__((");
        for (int i = 0; i < nattrs; i++)
            buf_printf(&b, "%s%s", i ? ", " : "", attrs[i]);
        buf_puts(&b, ")) ");
    }
    const LType *ft = f->type;
    const char **names = calloc((size_t)ft->nparams + 1, sizeof *names);
    const char **pattrs = calloc((size_t)ft->nparams + 1, sizeof *pattrs);
    for (int i = 0; i < ft->nparams && f->params && i < f->nparams; i++) {
        names[i] = f->params[i]->name;
        pattrs[i] = (f->params[i]->flags & LV_UNUSED) ? " __attribute__((unused))" : NULL;
    }
    char *params = emit_params(ft, names, pattrs);
    char *inner = NULL;
    inner = gocc_format("%s%s", f->name, params);
    char *d = emit_decl(ft->base, inner);
    buf_puts(&b, d);
    free(d);
    free(inner);
    free(params);
    free(names);
    free(pattrs);
    return buf_take(&b);
}

static void emit_func_def(Emit *e, const LFunc *f)
{
    e->file = f->file;
    e->line = 0;
    e->ngotos = 0;
    emit_collect_gotos(e, f->body);
    if (!f->file || f->pos.line <= 0) {
        e->file = NULL;
        emit_line_c(e);
    }
    if (f->comment)
        emit_comment(e, f->comment);
    char *head = emit_func_head(f);
    emit_line(e, f->pos);
    emit_printf(e, "%s\n", head);
    free(head);
    emit_out(e, "{\n");
    emit_body(e, f->body);
    emit_close(e, "}\n");
}

/* The banner: what this file is and where it comes from. */
static void emit_banner(Emit *e, const LProgram *p)
{
    Buf b = {0};
    const char *name = p->file && p->file->name ? p->file->name : "<stdin>";
    emit_comment_text(&b, name, strlen(name));
    emit_printf(e,
                "/*\n"
                " * %s, compiled to C by gocc %s.\n"
                " *\n"
                " * Each Go statement is the comment above the C it became.  Build:\n"
                " *     cc -std=gnu11 -I<gocc's include dir> FILE.c libgort.a \\\n"
                " *        -Wl,-z,now -lgc -lpthread -lm\n"
                " * (gocc FILE.g does all this: see gocc(1)).\n"
                " */\n",
                b.s, GOCC_VERSION);
    free(b.s);
}

void emit_c(FILE *out, const LProgram *p, bool debug_lines)
{
    Emit e = {.out = out, .debug = debug_lines};
    /* FILE.g's generated code is FILE.c (what gocc -S writes) */
    const char *gname = p->file && p->file->name ? p->file->name : "gocc";
    size_t glen = strlen(gname);
    e.cname = glen > 2 && !strcmp(gname + glen - 2, ".g") ? gocc_format("%.*s.c", (int)glen - 2, gname)
                                                           : gocc_format("%s.c", gname);
    emit_banner(&e, p);
    emit_out(&e, "#include \"gort.h\"\n");

    /* Structs: the names first, so pointers can refer to any of them. */
    bool any = false;
    for (int i = 0; i < p->nstructs; i++) {
        const LType *t = p->structs[i];
        if (t->flags & LTY_GORT)
            continue;
        if (!any)
            emit_out(&e, "\n/* Types */\n");
        any = true;
        emit_printf(&e, "typedef struct %s %s;\n", t->name, t->name);
    }
    for (int i = 0; i < p->nstructs; i++) {
        const LType *t = p->structs[i];
        if (t->flags & (LTY_GORT | LTY_OPAQUE))
            continue;
        emit_out(&e, "\n");
        emit_struct(&e, t);
    }

    /* Declarations of globals and functions: anything may refer to
     * anything. */
    any = false;
    for (int i = 0; i < p->nglobals; i++) {
        const LGlobal *g = p->globals[i];
        if (g->flags & LG_GORT)
            continue;
        if (!any)
            emit_out(&e, "\n/* Globals */\n");
        any = true;
        if (!g->init && g->comment)
            emit_comment(&e, g->comment);
        emit_global_decl(&e, g);
    }
    any = false;
    for (int i = 0; i < p->nfuncs; i++) {
        const LFunc *f = p->funcs[i];
        if (f->flags & LF_GORT)
            continue;
        if (!any)
            emit_out(&e, "\n/* Functions */\n");
        any = true;
        char *head = emit_func_head(f);
        emit_printf(&e, "%s;\n", head);
        free(head);
    }

    /* Definitions. */
    for (int i = 0; i < p->nglobals; i++) {
        const LGlobal *g = p->globals[i];
        if ((g->flags & LG_GORT) || !g->init)
            continue;
        emit_out(&e, "\n");
        emit_global_def(&e, g);
    }
    for (int i = 0; i < p->nfuncs; i++) {
        const LFunc *f = p->funcs[i];
        if ((f->flags & LF_GORT) || !f->body)
            continue;
        emit_out(&e, "\n");
        emit_func_def(&e, f);
    }
}
