/*
 * parse.c — the parser driver: feeds the lexer's tokens to lemon's
 * goccParse and words syntax errors as gc (Go 1.19) does.
 *
 * Driving.  lemon generates a push parser: parse_file pulls each token
 * from lex_next (automatic semicolons already inserted) and pushes it
 * with goccParse; the end of the file is token 0, which makes lemon
 * reduce to the start symbol, whose action stores the tree in
 * Parser.root.  Lexical errors are reported by the lexer and parsing goes
 * on, as in gc.  After the first syntax error the driver stops (gc goes
 * on and reports up to 10, but its later messages depend on its
 * recursive-descent recovery, which an LR parser cannot imitate
 * faithfully; one right message beats three dubious ones).
 *
 * Error messages.  gc's parser is recursive descent: each parsing
 * function knows what it wanted ("expecting {", "expecting expression")
 * and some know where they are ("in argument list; possibly missing comma
 * or )").  An LR parser knows two things at the error: the set of tokens
 * it could have accepted, computed exactly from lemon's tables by
 * report_syntax_error in gocc.y, and the symbols on its stack.  parse_report
 * maps those onto gc's messages, most specific first:
 *
 *   nothing parsed yet                    package statement must be first
 *   at the top level, between decls       non-declaration statement outside
 *                                         function body (or: unexpected
 *                                         semicolon or newline before {)
 *   a top-level decl could end here       unexpected X after top level declaration
 *   just after `else`                     else must be followed by if or
 *                                         statement block
 *   innermost open `(` of a call, after   unexpected X in argument list;
 *   an argument                           possibly missing comma or )
 *   same in a parameter list              ... in parameter list; ...
 *   innermost `{` of a composite literal  ... in composite literal;
 *                                         possibly missing comma or }
 *   innermost `{` of a struct/interface   ... in struct type; possibly
 *                                         missing semicolon or newline or }
 *   an if/for/switch header that could    unexpected X, expecting { after
 *   end here                              if clause (for, switch)
 *   a statement could end here            unexpected X at end of statement
 *   a statement could start here          unexpected X, expecting } (or
 *                                         case or default or })
 *   an expression must start here         unexpected X, expecting expression
 *   a type must start here                unexpected X, expecting type
 *   a name must come                      unexpected X, expecting name
 *   after `a, b` at statement start       expecting := or = or comma
 *   otherwise                             expecting the one non-operator
 *                                         token left, else just unexpected X
 *
 * X is gc's description of the token (lex_describe): the name itself,
 * "literal 42", "newline" for an automatic semicolon, "EOF", "comma", ...
 */
#include <stdlib.h>
#include <string.h>

#include "gocc.h"
#include "gocc_parse.h"

static bool is(const char *sym, const char *name)
{
    return sym && strcmp(sym, name) == 0;
}

static bool is_opener(const char *s)
{
    return is(s, "LPAREN") || is(s, "LBRACK") || is(s, "LBRACE");
}

static bool is_closer(const char *s)
{
    return is(s, "RPAREN") || is(s, "RBRACK") || is(s, "RBRACE");
}

/* The index of the innermost unclosed bracket at or below i, or 0.  Pairs
 * are mostly reduced into nonterminals already, but a closer just shifted
 * still sits above its opener. */
static int opener_below(const char *const *stack, int i)
{
    int nest = 0;
    for (; i > 0; i--) {
        if (is_closer(stack[i]))
            nest++;
        else if (is_opener(stack[i]) && nest-- == 0)
            return i;
    }
    return 0;
}

/* Is the `{` at stack[i] a composite literal's? */
static bool complit_brace(const char *const *stack, int i)
{
    const char *below = stack[i - 1];
    if (is(below, "pexpr") || is(below, "pexpr_nb") || is(below, "littype"))
        return true;
    if (is(below, "COMMA") || is(below, "COLON") || is(below, "LBRACE")) {
        int j = opener_below(stack, i - 1);
        return j > 0 && is(stack[j], "LBRACE") && complit_brace(stack, j);
    }
    return false;
}

enum { CALL = 1, PARAMS, COMPLIT, STRUCT, IFACE, INDEX, BLOCK, GROUP, PAREN };

static int context(const char *const *stack, int op)
{
    const char *below = stack[op - 1];
    if (is(stack[op], "LPAREN")) {
        if (is(below, "pexpr") || is(below, "pexpr_nb") || is(below, "littype") ||
            is(below, "chantype") || is(below, "ifacetype"))
            return CALL;
        if (is(below, "FUNC") || is(below, "IDENT") || is(below, "tparams") || is(below, "params"))
            return PARAMS;
        if (is(below, "CONST") || is(below, "VAR") || is(below, "TYPE") || is(below, "IMPORT"))
            return GROUP;
        return PAREN;
    }
    if (is(stack[op], "LBRACK"))
        return INDEX;
    if (complit_brace(stack, op))
        return COMPLIT;
    if (is(below, "STRUCT"))
        return STRUCT;
    if (is(below, "INTERFACE"))
        return IFACE;
    return BLOCK;
}

/* Tokens that only continue an expression or a statement already begun:
 * left out when naming what was expected. */
static bool continues(int t)
{
    switch (t) {
    case TK_ADD: case TK_SUB: case TK_MUL: case TK_QUO: case TK_REM: case TK_AND:
    case TK_OR: case TK_XOR: case TK_SHL: case TK_SHR: case TK_AND_NOT:
    case TK_ADD_ASSIGN: case TK_SUB_ASSIGN: case TK_MUL_ASSIGN: case TK_QUO_ASSIGN:
    case TK_REM_ASSIGN: case TK_AND_ASSIGN: case TK_OR_ASSIGN: case TK_XOR_ASSIGN:
    case TK_SHL_ASSIGN: case TK_SHR_ASSIGN: case TK_AND_NOT_ASSIGN:
    case TK_LAND: case TK_LOR: case TK_ARROW: case TK_INC: case TK_DEC: case TK_EQL:
    case TK_LSS: case TK_GTR: case TK_NEQ: case TK_LEQ: case TK_GEQ: case TK_PERIOD:
    case TK_LPAREN: case TK_LBRACK: case TK_LBRACE: case TK_COMMA: case TK_ELLIPSIS:
        return true;
    default:
        return false;
    }
}

static Token prev_token;
static Token header_first;      /* the token after the last if/for/switch */
static Token header_op;         /* its first assignment operator */

/* The source from token a up to token b, white space runs made single
 * spaces (gc prints the statement through its printer; for gofmt-style
 * sources the result is the same). */
static const char *source_text(Token a, Token b, char *buf, size_t n)
{
    size_t k = 0;
    bool space = false;
    for (const char *s = a.text; s < b.text && k + 4 < n; s++) {
        if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
            space = true;
            continue;
        }
        if (space && k)
            buf[k++] = ' ';
        space = false;
        buf[k++] = *s;
    }
    buf[k] = '\0';
    return buf;
}

void parse_report(Parser *ps, Token tok, const bool *E, int ntokens, const char *const *stack,
                  int depth)
{
    char buf[256], xbuf[128];
    const char *x = lex_describe(tok, xbuf, sizeof xbuf);
    const File *f = ps->file;
    Pos pos = tok.pos;
    int top = depth - 1;
    const char *topsym = stack[top];
    int op = opener_below(stack, top);
    int ctx = op ? context(stack, op) : 0;

    ps->failed = true;
    if (depth == 1) {
        diag_error(f, pos, "syntax error: package statement must be first");
        return;
    }
    if (!op && E[TK_FUNC] && E[TK_VAR]) {
        if (tok.kind == TK_LBRACE && prev_token.kind == TK_SEMICOLON && prev_token.implicit)
            diag_error(f, pos, "syntax error: unexpected semicolon or newline before {");
        else
            diag_error(f, pos, "syntax error: non-declaration statement outside function body");
        return;
    }
    if (!op && E[TK_SEMICOLON] && !E[TK_INT]) {
        diag_error(f, pos, "syntax error: unexpected %s after top level declaration", x);
        return;
    }
    if (is(topsym, "ELSE")) {
        diag_error(f, pos, "syntax error: else must be followed by if or statement block");
        return;
    }
    bool atlistend = E[TK_COMMA] && !E[TK_INT];
    if (ctx == CALL && atlistend && E[TK_RPAREN]) {
        diag_error(f, pos, "syntax error: unexpected %s in argument list; possibly missing comma or )", x);
        return;
    }
    if (ctx == PARAMS && atlistend && E[TK_RPAREN]) {
        diag_error(f, pos, "syntax error: unexpected %s in parameter list; possibly missing comma or )", x);
        return;
    }
    if (ctx == COMPLIT && atlistend && E[TK_RBRACE]) {
        diag_error(f, pos, "syntax error: unexpected %s in composite literal; possibly missing comma or }", x);
        return;
    }
    if ((ctx == STRUCT || ctx == IFACE) && E[TK_SEMICOLON] && E[TK_RBRACE]) {
        diag_error(f, pos, "syntax error: unexpected %s in %s type; possibly missing semicolon or newline or }",
                   x, ctx == STRUCT ? "struct" : "interface");
        return;
    }
    if (ctx == INDEX && E[TK_COLON] && E[TK_RBRACK] && !E[TK_INT]) {
        diag_error(f, pos, "syntax error: unexpected %s, expecting comma, : or ]", x);
        return;
    }
    if (ctx == BLOCK) {
        /* In an if/for/switch header? (the keyword is above the block's `{`) */
        const char *hdr = NULL;
        for (int i = top; i > op && !is(stack[i], "block") && !is(stack[i], "stmtlist"); i--)
            if (is(stack[i], "IF") || is(stack[i], "FOR") || is(stack[i], "SWITCH")) {
                hdr = stack[i];
                break;
            }
        if (hdr) {
            const char *clause = is(hdr, "IF") ? "if" : is(hdr, "FOR") ? "for" : "switch";
            if (E[TK_LBRACE] && !E[TK_INT]) {
                diag_error(f, pos, "syntax error: unexpected %s, expecting { after %s clause", x, clause);
                return;
            }
            if (tok.kind == TK_LBRACE && E[TK_SEMICOLON] && !is(hdr, "FOR") && header_first.text) {
                /* `if x := 1 {`: gc prints the statement it found */
                diag_error(f, header_op.text ? header_op.pos : header_first.pos,
                           "syntax error: cannot use %s as value",
                           source_text(header_first, tok, buf, sizeof buf));
                return;
            }
            if (tok.kind == TK_LBRACE && is(topsym, "SEMICOLON") && prev_token.implicit) {
                diag_error(f, prev_token.pos, "syntax error: unexpected newline, expecting { after %s clause",
                           clause);
                return;
            }
        } else {
            if (E[TK_SEMICOLON] && !E[TK_IDENT] && !E[TK_INT]) {
                diag_error(f, pos, "syntax error: unexpected %s at end of statement", x);
                return;
            }
            if (E[TK_IF] && E[TK_RBRACE]) {
                diag_error(f, pos, "syntax error: unexpected %s, expecting %s", x,
                           E[TK_CASE] ? "case or default or }" : "}");
                return;
            }
        }
    }
    if (E[TK_INT] && E[TK_IDENT]) {
        diag_error(f, pos, "syntax error: unexpected %s, expecting expression", x);
        return;
    }
    if (E[TK_MAP] && E[TK_CHAN] && E[TK_IDENT]) {
        diag_error(f, pos, "syntax error: unexpected %s, expecting type", x);
        return;
    }
    if (E[TK_IDENT]) {
        diag_error(f, pos, "syntax error: unexpected %s, expecting name", x);
        return;
    }
    if (E[TK_COMMA] && E[TK_ASSIGN] && E[TK_DEFINE]) {
        diag_error(f, pos, "syntax error: unexpected %s, expecting := or = or comma", x);
        return;
    }
    /* The tokens left once expression continuations are set aside. */
    int want[4], n = 0;
    for (int t = 0; t < ntokens && t <= TK_TILDE; t++)
        if (E[t] && !continues(t) && n < 4)
            want[n++] = t;
    if (n == 0)
        for (int t = 0; t < ntokens && t <= TK_TILDE; t++)
            if (E[t] && n < 4)
                want[n++] = t;
    if (n == 1 || (n == 2 && want[1] == TK_SEMICOLON))
        diag_error(f, pos, "syntax error: unexpected %s, expecting %s", x, lex_kindname(want[0]));
    else if (n == 2)
        diag_error(f, pos, "syntax error: unexpected %s, expecting %s or %s", x, lex_kindname(want[0]),
                   lex_kindname(want[1]));
    else
        diag_error(f, pos, "syntax error: unexpected %s", x);
}

Node *parse_file(const File *f)
{
    Parser ps = {.file = f};
    int errs = diag_count();
    Lexer *lx = lex_new(f);
    void *p = goccParseAlloc(malloc);
    prev_token = header_first = header_op = (Token){0};
    for (;;) {
        Token t = lex_next(lx);
        ps.last = t;
        if (!goccParseAccepts(p, t, &ps))
            break;
        goccParse(p, t.kind, t, &ps);
        if (ps.failed || t.kind == 0)
            break;
        if (prev_token.kind == TK_IF || prev_token.kind == TK_FOR || prev_token.kind == TK_SWITCH) {
            header_first = t;
            header_op = (Token){0};
        }
        if (!header_op.text && ((t.kind >= TK_ADD_ASSIGN && t.kind <= TK_AND_NOT_ASSIGN) ||
                                t.kind == TK_ASSIGN || t.kind == TK_DEFINE))
            header_op = t;
        prev_token = t;
    }
    goccParseFree(p, free);
    free(lx);
    if (ps.failed || diag_count() > errs)     /* soft errors are held, not counted */
        return NULL;
    return ps.root;
}
