/*
 * gocc.y — the lemon grammar of G (the Go subset of ../shared/spec/language.md).
 *
 * The Makefile runs lemon on this file into build/gen/ (gocc_parse.c and
 * gocc_parse.h); nothing generated is committed.  Actions stay one line
 * and call builder functions of compiler/ast.c (SQLite's parse.y habit);
 * each builder carries the rules that call it as a comment.
 *
 * The token list below fixes the token codes (lemon numbers tokens in
 * order of first appearance): grammar/lex.re returns them, prefixed TK_.
 * They are Go's tokens, named as go/token names them.
 *
 * How the grammar is LALR(1) with zero conflicts
 * ----------------------------------------------
 * Go is written for a recursive-descent parser; four places need care.
 *
 * 1. Composite literals in statement headers.  In `if x {`, `for k := range
 *    m {` and `switch v {` the `{` opens the body, so Go forbids a
 *    composite literal whose type is a bare (possibly qualified) type name
 *    at the top level of a header: `if x == (T{}) {` must be parenthesized.
 *    gc's yacc-era grammar got this from a lexer hack (LBODY); here the
 *    grammar says it directly: the headers use a second copy of the
 *    expression levels, expr_nb ... pexpr_nb ("no brace"), in which a
 *    composite literal must be typed by a type literal (`[]int{1}`,
 *    `map[K]V{}`, `struct{...}{}`), and a name is never followed by `{`.
 *    Inside parentheses, brackets and braces the normal grammar is back.
 *    A whole header is "no brace", the init statement too, as in gc
 *    (`if x := T{}; ...` is a syntax error in Go as well).
 *
 * 2. Types inside expressions.  Conversions, composite literals, make and
 *    new, and type-switch cases put types where expressions go.  Type
 *    literals that cannot be mistaken for expressions (`[]T`, `[N]T`,
 *    `map[K]V`, `chan T`, `struct{}`, `interface{}`, `func(...)`) are
 *    operands; `*T` is parsed as a dereference and `<-chan T` as a
 *    receive from `chan T`; the checker reinterprets them.  A bare
 *    function type is a uexpr, not a pexpr: `func()(x)` would otherwise
 *    be ambiguous (Go reads `(x)` as the result list, and so do we).
 *
 * 3. Where a type may end early.  After `func(...)`, a result type may
 *    follow or not; after `chan T` or `[]T` in an expression a `.` may
 *    qualify the element type's name or select from the value.  Go's parser
 *    always takes the longer type: `func() *T`, `func() []int`, `func()
 *    <-chan int`, `func() (int)`, `[]pkg.T{}`.  Exactly these five shift/
 *    reduce choices are settled by precedence: the empty result and the
 *    rule `typename ::= IDENT` carry the low precedence NORESULT, and the
 *    five tokens that continue a type (LPAREN MUL ARROW LBRACK PERIOD) a
 *    higher one.  Nothing else has a precedence, so any other conflict
 *    would still be reported (lemon prints "N parsing conflicts"; N is 0).
 *    Binary operators need no precedence declarations: Go's five levels
 *    are five nonterminals (expr, andexpr, cmpexpr, addexpr, mulexpr).
 *
 * 4. Type parameters.  `func f[T any]` is unambiguous.  In `type T[P C]`
 *    versus the array type `type T [N]E`, the first parameter's
 *    constraint must start with a name, `~` or `interface` (cterm_t): an
 *    array length is never followed by those.  Generics are parsed only
 *    so that the checker can say "generics are not supported" (NF_GENERIC).
 *
 * Statement lists, import/const/var/type groups, struct fields and
 * interface elements are separated by semicolons, explicit or inserted
 * by the lexer at newlines; a trailing one before `)` or `}` is optional
 * (`osemi`), as are trailing commas (`ocomma`).  A statement may be
 * empty, which gives Go's `{ ; ; }` and `L: }`.
 *
 * Syntax errors: before pushing a token, the driver asks
 * goccParseAccepts (below) whether the parser can shift it, replaying on
 * a copy of the state stack the reductions lemon would perform.  If not,
 * it computes from lemon's own tables the exact set of tokens the state
 * accepts and hands it, with the names of the symbols on the stack, to
 * parse_report (compiler/parse.c), which words the message as gc does.
 * Checking first matters: lemon's default reductions would otherwise have
 * reduced the stack past the point of the error before %syntax_error
 * runs.  The driver stops after the first syntax error.
 */
%name goccParse
%token_prefix TK_
%token_type { Token }
%extra_argument { Parser *ps }
%stack_size 0
%include {
#include <stdlib.h>
#include <string.h>
#include "gocc.h"
struct yyParser;
static void report_syntax_error(struct yyParser *p, int major, Token tok, Parser *ps);
}
%syntax_error { report_syntax_error(yypParser, yymajor, yyminor, ps); }
%parse_failure { ps->failed = true; }
%code {
/* The parser's view of a token before it is pushed: lemon performs the
 * reductions a lookahead calls for before it finds out that the token is
 * wrong, and its default reductions would by then have thrown away the
 * state a good message needs (after `f(a` a newline would already have
 * closed the argument list).  So the driver asks first: accepts() replays,
 * on a copy of the state stack, what lemon would do with the token, until
 * it is shifted (accepted) or meets an error. */
static bool accepts(struct yyParser *p, int t, YYACTIONTYPE *st, int depth)
{
    int sp = depth;
    for (int i = 0; i < depth; i++)
        st[i] = p->yystack[i].stateno;
    for (int steps = 0; steps < 200 && sp > 0 && sp < depth + 200; steps++) {
        YYACTIONTYPE act = yy_find_shift_action((YYCODETYPE)t, st[sp - 1]);
        if (act >= YY_MIN_REDUCE) {
            int rule = act - YY_MIN_REDUCE;
            sp += yyRuleInfoNRhs[rule];
            st[sp] = yy_find_reduce_action(st[sp - 1], yyRuleInfoLhs[rule]);
            sp++;
        } else {
            return act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION;
        }
    }
    return false;
}

/* Whether tok can be pushed; if not, the set of tokens that could (the
 * exact expected set of the state) and the stack's symbols go to
 * parse_report for gc's wording. */
bool goccParseAccepts(void *pp, Token tok, Parser *ps)
{
    struct yyParser *p = pp;
    int depth = (int)(p->yytos - p->yystack) + 1;
    YYACTIONTYPE *st = malloc((size_t)(depth + 256) * sizeof *st);
    bool ok = accepts(p, tok.kind, st, depth);
    if (!ok) {
        bool expected[YYNTOKEN];
        const char **names = malloc((size_t)depth * sizeof *names);
        for (int i = 0; i < depth; i++)
            names[i] = yyTokenName[p->yystack[i].major];
        for (int t = 0; t < YYNTOKEN; t++)
            expected[t] = accepts(p, t, st, depth);
        parse_report(ps, tok, expected, YYNTOKEN, names, depth);
        free(names);
    }
    free(st);
    return ok;
}

/* Not reached when the driver checks each token first; kept so that a
 * disagreement between accepts() and lemon still yields an error. */
static void report_syntax_error(struct yyParser *p, int major, Token tok, Parser *ps)
{
    (void)p;
    (void)major;
    if (!ps->failed) {
        char buf[128];
        diag_error(ps->file, tok.pos, "syntax error: unexpected %s", lex_describe(tok, buf, sizeof buf));
        ps->failed = true;
    }
}
}

/* Literals */
%token IDENT INT FLOAT IMAG CHAR STRING.
/* Keywords */
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR
       FUNC GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT
       STRUCT SWITCH TYPE VAR.
/* Operators and punctuation */
%token ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT
       ADD_ASSIGN SUB_ASSIGN MUL_ASSIGN QUO_ASSIGN REM_ASSIGN AND_ASSIGN
       OR_ASSIGN XOR_ASSIGN SHL_ASSIGN SHR_ASSIGN AND_NOT_ASSIGN
       LAND LOR ARROW INC DEC EQL LSS GTR ASSIGN NOT NEQ LEQ GEQ DEFINE
       ELLIPSIS LPAREN LBRACK LBRACE COMMA PERIOD RPAREN RBRACK RBRACE
       SEMICOLON COLON TILDE.

/* Precedence: only to settle two shift/reduce choices that Go's own
 * parser settles the same way (see the essay above).  Nothing else has a
 * precedence, so every other conflict would be reported. */
%nonassoc NORESULT.
%nonassoc LPAREN MUL ARROW LBRACK PERIOD.

%type file {Node *}
%type package {Node *}
%type topdecl {NodeList}
%type imports {NodeList}
%type importdecl {NodeList}
%type importspecs {NodeList}
%type importspecs1 {NodeList}
%type importspec {Node *}
%type topdecls {NodeList}
%type decl {Node *}
%type constspecs {NodeList}
%type constspecs1 {NodeList}
%type constspec {Node *}
%type varspecs {NodeList}
%type varspecs1 {NodeList}
%type varspec {Node *}
%type typespecs {NodeList}
%type typespecs1 {NodeList}
%type typespec {Node *}
%type tparams {NodeList}
%type tparamlist {NodeList}
%type tparam {Node *}
%type tparams_t {NodeList}
%type tparamlist_t {NodeList}
%type constraint_t {Node *}
%type cterm_t {Node *}
%type constraint {Node *}
%type cterm {Node *}
%type funcdecl {Node *}
%type fbody {Node *}
%type recv {Node *}
%type recvtype {Node *}
%type signature {Node *}
%type params {NodeList}
%type paramlist {NodeList}
%type param {Node *}
%type result {NodeList}
%type type {Node *}
%type type_nr {Node *}
%type typename {Node *}
%type targs {NodeList}
%type arraytype {Node *}
%type slicetype {Node *}
%type maptype {Node *}
%type chantype {Node *}
%type functype {Node *}
%type structtype {Node *}
%type ifacetype {Node *}
%type littype {Node *}
%type fields {NodeList}
%type fields1 {NodeList}
%type field {Node *}
%type otag {Node *}
%type ifelems {NodeList}
%type ifelems1 {NodeList}
%type ifelem {Node *}
%type identlist {NodeList}
%type name {Node *}
%type exprlist {NodeList}
%type expr {Node *}
%type andexpr {Node *}
%type cmpexpr {Node *}
%type addexpr {Node *}
%type mulexpr {Node *}
%type uexpr {Node *}
%type pexpr {Node *}
%type exprlist_nb {NodeList}
%type expr_nb {Node *}
%type andexpr_nb {Node *}
%type cmpexpr_nb {Node *}
%type addexpr_nb {Node *}
%type mulexpr_nb {Node *}
%type uexpr_nb {Node *}
%type pexpr_nb {Node *}
%type cmpop {Token}
%type addop {Token}
%type mulop {Token}
%type unop {Token}
%type assignop {Token}
%type literal {Node *}
%type funclit {Node *}
%type oexpr {Node *}
%type args {Node *}
%type elist {NodeList}
%type elems {NodeList}
%type elem {Node *}
%type eval {Node *}
%type block {Node *}
%type stmtlist {NodeList}
%type stmt {Node *}
%type simple {Node *}
%type simple_nb {Node *}
%type osimple_nb {Node *}
%type oexpr_nb {Node *}
%type ifstmt {Node *}
%type else {Node *}
%type forstmt {Node *}
%type switchstmt {Node *}
%type cases {NodeList}
%type caseclause {Node *}
%type selectstmt {Node *}
%type commclauses {NodeList}
%type commclause {Node *}
%type commcase {Node *}
%type olabel {Node *}

/* ---------------------------------------------------------------------
 * Source file, package clause, imports
 */
file ::= package(P) imports(I) topdecls(D).          { ps->root = ast_file(ps, P, I.head, D.head); }

package(A) ::= PACKAGE IDENT(N) SEMICOLON.            { A = ast_name(ps, N); }

imports(A) ::= .                                      { A = ast_list_empty(); }
imports(A) ::= imports(L) importdecl(D) SEMICOLON.    { A = ast_list_concat(L, D); }

importdecl(A) ::= IMPORT importspec(S).               { A = ast_list1(S); }
importdecl(A) ::= IMPORT LPAREN importspecs(L) RPAREN. { A = L; }

importspecs(A) ::= .                                  { A = ast_list_empty(); }
importspecs(A) ::= importspecs1(L) osemi.             { A = L; }
importspecs1(A) ::= importspec(S).                    { A = ast_list1(S); }
importspecs1(A) ::= importspecs1(L) SEMICOLON importspec(S). { A = ast_list_append(L, S); }

importspec(A) ::= STRING(P).                          { A = ast_import(ps, NULL, P); }
importspec(A) ::= IDENT(N) STRING(P).                 { A = ast_import(ps, &N, P); }
importspec(A) ::= PERIOD(N) STRING(P).                { A = ast_import(ps, &N, P); }

osemi ::= .
osemi ::= SEMICOLON.
ocomma ::= .
ocomma ::= COMMA.

/* ---------------------------------------------------------------------
 * Declarations
 */
topdecls(A) ::= .                                     { A = ast_list_empty(); }
topdecls(A) ::= topdecls(L) topdecl(D) SEMICOLON.     { A = ast_list_concat(L, D); }

topdecl(A) ::= decl(D).                               { A = ast_list1(D); }
topdecl(A) ::= funcdecl(D).                           { A = ast_list1(D); }

decl(A) ::= CONST(K) constspec(S).                    { A = ast_decl(ps, K, ast_list1(S), false); }
decl(A) ::= CONST(K) LPAREN constspecs(L) RPAREN.     { A = ast_decl(ps, K, L, true); }
decl(A) ::= VAR(K) varspec(S).                        { A = ast_decl(ps, K, ast_list1(S), false); }
decl(A) ::= VAR(K) LPAREN varspecs(L) RPAREN.         { A = ast_decl(ps, K, L, true); }
decl(A) ::= TYPE(K) typespec(S).                      { A = ast_decl(ps, K, ast_list1(S), false); }
decl(A) ::= TYPE(K) LPAREN typespecs(L) RPAREN.       { A = ast_decl(ps, K, L, true); }

constspecs(A) ::= .                                   { A = ast_list_empty(); }
constspecs(A) ::= constspecs1(L) osemi.               { A = L; }
constspecs1(A) ::= constspec(S).                      { A = ast_list1(S); }
constspecs1(A) ::= constspecs1(L) SEMICOLON constspec(S). { A = ast_list_append(L, S); }
constspec(A) ::= identlist(N).                        { A = ast_valspec(ps, N_CONST, N, NULL, NULL, false); }
constspec(A) ::= identlist(N) type(T).                { A = ast_valspec(ps, N_CONST, N, T, NULL, false); }
constspec(A) ::= identlist(N) ASSIGN exprlist(V).     { A = ast_valspec(ps, N_CONST, N, NULL, V.head, true); }
constspec(A) ::= identlist(N) type(T) ASSIGN exprlist(V). { A = ast_valspec(ps, N_CONST, N, T, V.head, true); }

varspecs(A) ::= .                                     { A = ast_list_empty(); }
varspecs(A) ::= varspecs1(L) osemi.                   { A = L; }
varspecs1(A) ::= varspec(S).                          { A = ast_list1(S); }
varspecs1(A) ::= varspecs1(L) SEMICOLON varspec(S).   { A = ast_list_append(L, S); }
varspec(A) ::= identlist(N) type(T).                  { A = ast_valspec(ps, N_VAR, N, T, NULL, false); }
varspec(A) ::= identlist(N) type(T) ASSIGN exprlist(V). { A = ast_valspec(ps, N_VAR, N, T, V.head, true); }
varspec(A) ::= identlist(N) ASSIGN exprlist(V).       { A = ast_valspec(ps, N_VAR, N, NULL, V.head, true); }

typespecs(A) ::= .                                    { A = ast_list_empty(); }
typespecs(A) ::= typespecs1(L) osemi.                 { A = L; }
typespecs1(A) ::= typespec(S).                        { A = ast_list1(S); }
typespecs1(A) ::= typespecs1(L) SEMICOLON typespec(S). { A = ast_list_append(L, S); }
typespec(A) ::= IDENT(N) type(T).                     { A = ast_typespec(ps, N, NULL, T, false); }
typespec(A) ::= IDENT(N) ASSIGN type(T).              { A = ast_typespec(ps, N, NULL, T, true); }
typespec(A) ::= IDENT(N) tparams_t(P) type(T).        { A = ast_typespec(ps, N, P.head, T, false); }

/* Type parameters: parsed only so that the checker can reject generics
 * by name.  In a type declaration `type T[P C] ...` is told from an array
 * type `type T [N]E` by the token after the first name: a constraint
 * starts with a name, ~ or interface, an array length never goes on so. */
tparams(A) ::= LBRACK tparamlist(L) ocomma RBRACK.    { A = L; }
tparamlist(A) ::= tparam(P).                          { A = ast_list1(P); }
tparamlist(A) ::= tparamlist(L) COMMA tparam(P).      { A = ast_list_append(L, P); }
tparam(A) ::= identlist(N) constraint(C).             { A = ast_tparam(ps, N.head, C); }
tparams_t(A) ::= LBRACK tparamlist_t(L) ocomma RBRACK. { A = L; }
tparamlist_t(A) ::= identlist(N) constraint_t(C).     { A = ast_list1(ast_tparam(ps, N.head, C)); }
tparamlist_t(A) ::= tparamlist_t(L) COMMA tparam(P).  { A = ast_list_append(L, P); }
constraint_t(A) ::= cterm_t(T).                       { A = T; }
constraint_t(A) ::= constraint_t(L) OR(O) cterm(T).   { A = ast_binary(ps, O, L, T); }
cterm_t(A) ::= typename(T).                           { A = T; }
cterm_t(A) ::= ifacetype(T).                          { A = T; }
cterm_t(A) ::= TILDE(O) type(T).                      { A = ast_unary(ps, O, T); }
constraint(A) ::= cterm(T).                           { A = T; }
constraint(A) ::= constraint(L) OR(O) cterm(T).       { A = ast_binary(ps, O, L, T); }
cterm(A) ::= type(T).                                 { A = T; }
cterm(A) ::= TILDE(O) type(T).                        { A = ast_unary(ps, O, T); }

funcdecl(A) ::= FUNC(F) IDENT(N) signature(S) fbody(B).           { A = ast_funcdecl(ps, F, NULL, N, NULL, S, B); }
funcdecl(A) ::= FUNC(F) IDENT(N) tparams(P) signature(S) fbody(B). { A = ast_funcdecl(ps, F, NULL, N, P.head, S, B); }
funcdecl(A) ::= FUNC(F) recv(R) IDENT(N) signature(S) fbody(B).   { A = ast_funcdecl(ps, F, R, N, NULL, S, B); }
fbody(A) ::= .                                        { A = NULL; }
fbody(A) ::= block(B).                                { A = B; }

/* A receiver: (T), (*T), (r T), (r *T), and the generic (r *T[P]). */
recv(A) ::= LPAREN(L) recvtype(T) ocomma RPAREN.      { A = ast_field(ps, L.pos, NULL, T, NULL); }
recv(A) ::= LPAREN IDENT(N) recvtype(T) ocomma RPAREN. { A = ast_field(ps, N.pos, ast_list1(ast_name(ps, N)).head, T, NULL); }
recvtype(A) ::= IDENT(N).                             { A = ast_name(ps, N); }
recvtype(A) ::= IDENT(N) LBRACK identlist(L) RBRACK.  { A = ast_generic_recv(ps, ast_name(ps, N), L.head); }
recvtype(A) ::= MUL(S) recvtype(T).                   { A = ast_ptrtype(ps, S, T); }

/* ---------------------------------------------------------------------
 * Signatures and types
 */
signature(A) ::= params(P) result(R).                 { A = ast_functype(ps, P, R.head); }
params(A) ::= LPAREN RPAREN.                          { A = ast_list_empty(); }
params(A) ::= LPAREN paramlist(L) ocomma RPAREN.      { A = L; }
paramlist(A) ::= param(P).                            { A = ast_list1(P); }
paramlist(A) ::= paramlist(L) COMMA param(P).         { A = ast_list_append(L, P); }
param(A) ::= type(T).                                 { A = ast_param(ps, NULL, NULL, T); }
param(A) ::= IDENT(N) type(T).                        { A = ast_param(ps, &N, NULL, T); }
param(A) ::= IDENT(N) ELLIPSIS(E) type(T).            { A = ast_param(ps, &N, &E, T); }
param(A) ::= ELLIPSIS(E) type(T).                     { A = ast_param(ps, NULL, &E, T); }
result(A) ::= . [NORESULT]                            { A = ast_list_empty(); }
result(A) ::= type(T).                                { A = ast_list1(ast_param(ps, NULL, NULL, T)); }
result(A) ::= params(P).                              { A = P; }

type(A) ::= type_nr(T).                               { A = T; }
type(A) ::= ARROW(O) CHAN type(T).                    { A = ast_chantype(ps, O, CHAN_RECV, T); }
type_nr(A) ::= typename(T).                           { A = T; }
type_nr(A) ::= littype(T).                            { A = T; }
type_nr(A) ::= chantype(T).                           { A = T; }
type_nr(A) ::= functype(T).                           { A = T; }
type_nr(A) ::= ifacetype(T).                          { A = T; }
type_nr(A) ::= MUL(S) type(T).                        { A = ast_ptrtype(ps, S, T); }

typename(A) ::= IDENT(N). [NORESULT]                  { A = ast_name(ps, N); }
typename(A) ::= IDENT(P) PERIOD IDENT(N).             { A = ast_selector(ps, ast_name(ps, P), N); }
typename(A) ::= IDENT(N) targs(L).                    { A = ast_instance(ps, ast_name(ps, N), L.head); }
typename(A) ::= IDENT(P) PERIOD IDENT(N) targs(L).    { A = ast_instance(ps, ast_selector(ps, ast_name(ps, P), N), L.head); }

/* Type arguments T[int], pkg.T[K, V]: parsed only so that the checker
 * can reject generics by name.  Spelled with expr (a type argument
 * parses as an expression, as in `Sum[int](xs)`) and with the single
 * argument as its own rule, so that `a [N]E` (a field or parameter
 * named a of array type) and `A[N]` (an embedded or parameter type)
 * part only at the token after `]`: a type continues the array type. */
targs(A) ::= LBRACK expr(E) RBRACK.                   { A = ast_list1(E); }
targs(A) ::= LBRACK expr(E) COMMA RBRACK.             { A = ast_list1(E); }
targs(A) ::= LBRACK expr(E) COMMA exprlist(L) ocomma RBRACK. { A = ast_list_concat(ast_list1(E), L); }

/* The types that may head a composite literal without a name. */
littype(A) ::= arraytype(T).                          { A = T; }
littype(A) ::= slicetype(T).                          { A = T; }
littype(A) ::= maptype(T).                            { A = T; }
littype(A) ::= structtype(T).                         { A = T; }

arraytype(A) ::= LBRACK(B) expr(N) RBRACK type(T).    { A = ast_arraytype(ps, B, N, T); }
arraytype(A) ::= LBRACK(B) ELLIPSIS(E) RBRACK type(T). { A = ast_arraytype(ps, B, ast_ellipsis(ps, E), T); }
slicetype(A) ::= LBRACK(B) RBRACK type(T).            { A = ast_slicetype(ps, B, T); }
maptype(A) ::= MAP(M) LBRACK type(K) RBRACK type(V).  { A = ast_maptype(ps, M, K, V); }
chantype(A) ::= CHAN(C) type_nr(T).                   { A = ast_chantype(ps, C, CHAN_BOTH, T); }
chantype(A) ::= CHAN(C) ARROW type(T).                { A = ast_chantype(ps, C, CHAN_SEND, T); }
chantype(A) ::= CHAN(C) LPAREN type(T) RPAREN.        { A = ast_chantype(ps, C, CHAN_BOTH, T); }
functype(A) ::= FUNC(F) signature(S).                 { A = ast_setpos(S, F.pos); }

structtype(A) ::= STRUCT(S) LBRACE fields(L) RBRACE.  { A = ast_structtype(ps, S, L.head); }
fields(A) ::= .                                       { A = ast_list_empty(); }
fields(A) ::= fields1(L) osemi.                       { A = L; }
fields1(A) ::= field(F).                              { A = ast_list1(F); }
fields1(A) ::= fields1(L) SEMICOLON field(F).         { A = ast_list_append(L, F); }
field(A) ::= IDENT(N) type(T) otag(G).                { A = ast_field(ps, N.pos, ast_name(ps, N), T, G); }
field(A) ::= IDENT(N) COMMA identlist(L) type(T) otag(G). { A = ast_field(ps, N.pos, ast_list_concat(ast_list1(ast_name(ps, N)), L).head, T, G); }
field(A) ::= typename(T) otag(G).                     { A = ast_embedded(ps, T, G); }
field(A) ::= MUL(S) typename(T) otag(G).              { A = ast_embedded(ps, ast_ptrtype(ps, S, T), G); }
otag(A) ::= .                                         { A = NULL; }
otag(A) ::= STRING(S).                                { A = ast_lit(ps, S); }

ifacetype(A) ::= INTERFACE(I) LBRACE ifelems(L) RBRACE. { A = ast_ifacetype(ps, I, L.head); }
ifelems(A) ::= .                                      { A = ast_list_empty(); }
ifelems(A) ::= ifelems1(L) osemi.                     { A = L; }
ifelems1(A) ::= ifelem(E).                            { A = ast_list1(E); }
ifelems1(A) ::= ifelems1(L) SEMICOLON ifelem(E).      { A = ast_list_append(L, E); }
ifelem(A) ::= IDENT(N) signature(S).                  { A = ast_method(ps, N, S); }
ifelem(A) ::= constraint(C).                          { A = ast_embedded(ps, C, NULL); }

identlist(A) ::= IDENT(N).                            { A = ast_list1(ast_name(ps, N)); }
identlist(A) ::= identlist(L) COMMA IDENT(N).         { A = ast_list_append(L, ast_name(ps, N)); }

/* ---------------------------------------------------------------------
 * Expressions: Go's five binary levels as five nonterminals (no
 * precedence declarations needed), then unary and primary expressions.
 */
exprlist(A) ::= expr(E).                              { A = ast_list1(E); }
exprlist(A) ::= exprlist(L) COMMA expr(E).            { A = ast_list_append(L, E); }

expr(A) ::= andexpr(E).                               { A = E; }
expr(A) ::= expr(L) LOR(O) andexpr(R).                { A = ast_binary(ps, O, L, R); }
andexpr(A) ::= cmpexpr(E).                            { A = E; }
andexpr(A) ::= andexpr(L) LAND(O) cmpexpr(R).         { A = ast_binary(ps, O, L, R); }
cmpexpr(A) ::= addexpr(E).                            { A = E; }
cmpexpr(A) ::= cmpexpr(L) cmpop(O) addexpr(R).        { A = ast_binary(ps, O, L, R); }
addexpr(A) ::= mulexpr(E).                            { A = E; }
addexpr(A) ::= addexpr(L) addop(O) mulexpr(R).        { A = ast_binary(ps, O, L, R); }
mulexpr(A) ::= uexpr(E).                              { A = E; }
mulexpr(A) ::= mulexpr(L) mulop(O) uexpr(R).          { A = ast_binary(ps, O, L, R); }

cmpop(A) ::= EQL(T).  { A = T; }
cmpop(A) ::= NEQ(T).  { A = T; }
cmpop(A) ::= LSS(T).  { A = T; }
cmpop(A) ::= LEQ(T).  { A = T; }
cmpop(A) ::= GTR(T).  { A = T; }
cmpop(A) ::= GEQ(T).  { A = T; }
addop(A) ::= ADD(T).  { A = T; }
addop(A) ::= SUB(T).  { A = T; }
addop(A) ::= OR(T).   { A = T; }
addop(A) ::= XOR(T).  { A = T; }
mulop(A) ::= MUL(T).  { A = T; }
mulop(A) ::= QUO(T).  { A = T; }
mulop(A) ::= REM(T).  { A = T; }
mulop(A) ::= SHL(T).  { A = T; }
mulop(A) ::= SHR(T).  { A = T; }
mulop(A) ::= AND(T).  { A = T; }
mulop(A) ::= AND_NOT(T). { A = T; }
unop(A) ::= ADD(T).   { A = T; }
unop(A) ::= SUB(T).   { A = T; }
unop(A) ::= NOT(T).   { A = T; }
unop(A) ::= XOR(T).   { A = T; }
unop(A) ::= MUL(T).   { A = T; }
unop(A) ::= AND(T).   { A = T; }
unop(A) ::= ARROW(T). { A = T; }

/* A function type standing alone is an operand (make(chan func()),
 * case func():) but cannot be called or indexed: it is a uexpr. */
uexpr(A) ::= pexpr(E).                                { A = E; }
uexpr(A) ::= unop(O) uexpr(E).                        { A = ast_unary(ps, O, E); }
uexpr(A) ::= functype(T).                             { A = T; }

literal(A) ::= INT(T).                                { A = ast_lit(ps, T); }
literal(A) ::= FLOAT(T).                              { A = ast_lit(ps, T); }
literal(A) ::= IMAG(T).                               { A = ast_lit(ps, T); }
literal(A) ::= CHAR(T).                               { A = ast_lit(ps, T); }
literal(A) ::= STRING(T).                             { A = ast_lit(ps, T); }

name(A) ::= IDENT(N).                                 { A = ast_name(ps, N); }

funclit(A) ::= functype(T) block(B).                  { A = ast_funclit(ps, T, B); }

pexpr(A) ::= literal(E).                              { A = E; }
pexpr(A) ::= name(E).                                 { A = E; }
pexpr(A) ::= LPAREN(P) expr(E) RPAREN.                { A = ast_paren(ps, P, E); }
pexpr(A) ::= funclit(E).                              { A = E; }
pexpr(A) ::= littype(T).                              { A = T; }
pexpr(A) ::= chantype(T).                             { A = T; }
pexpr(A) ::= ifacetype(T).                            { A = T; }
pexpr(A) ::= pexpr(T) LBRACE(B) elist(L) RBRACE.      { A = ast_complit(ps, T, B, L.head); }
pexpr(A) ::= pexpr(X) PERIOD IDENT(N).                { A = ast_selector(ps, X, N); }
pexpr(A) ::= pexpr(X) PERIOD(D) LPAREN type(T) RPAREN. { A = ast_assert(ps, X, D, T); }
pexpr(A) ::= pexpr(X) PERIOD(D) LPAREN TYPE RPAREN.   { A = ast_assert(ps, X, D, NULL); }
pexpr(A) ::= pexpr(X) LBRACK(B) expr(I) RBRACK.       { A = ast_index(ps, X, B, I); }
pexpr(A) ::= pexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) RBRACK. { A = ast_slice(ps, X, B, L, H, NULL, false); }
pexpr(A) ::= pexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) COLON(C) oexpr(M) RBRACK. { A = ast_slice(ps, X, B, L, H, ast_slice3(ps, C, H, M), true); }
pexpr(A) ::= pexpr(F) LPAREN(P) args(G) RPAREN.       { A = ast_call(ps, F, P, G); }

oexpr(A) ::= .                                        { A = NULL; }
oexpr(A) ::= expr(E).                                 { A = E; }

/* Call arguments: an N_CALL shell holding the list and the spread flag. */
args(A) ::= .                                         { A = ast_args(ps, NULL, NULL); }
args(A) ::= exprlist(L) ocomma.                       { A = ast_args(ps, L.head, NULL); }
args(A) ::= exprlist(L) ELLIPSIS(E) ocomma.           { A = ast_args(ps, L.head, &E); }

elist(A) ::= .                                        { A = ast_list_empty(); }
elist(A) ::= elems(L) ocomma.                         { A = L; }
elems(A) ::= elem(E).                                 { A = ast_list1(E); }
elems(A) ::= elems(L) COMMA elem(E).                  { A = ast_list_append(L, E); }
elem(A) ::= eval(V).                                  { A = V; }
elem(A) ::= eval(K) COLON(C) eval(V).                 { A = ast_keyval(ps, C, K, V); }
eval(A) ::= expr(E).                                  { A = E; }
eval(A) ::= LBRACE(B) elist(L) RBRACE.                { A = ast_complit(ps, NULL, B, L.head); }

/* ---------------------------------------------------------------------
 * The same expressions in the header of if, for and switch, where a `{`
 * at the top level opens the body: a composite literal must not start
 * with a bare type name there (Go's rule: parenthesize it), and a type
 * literal may head one only as `[]T{...}`, `map[K]V{...}`, ...  Inside
 * parentheses, brackets and braces the full grammar is back.
 */
exprlist_nb(A) ::= expr_nb(E).                        { A = ast_list1(E); }
exprlist_nb(A) ::= exprlist_nb(L) COMMA expr_nb(E).   { A = ast_list_append(L, E); }

expr_nb(A) ::= andexpr_nb(E).                         { A = E; }
expr_nb(A) ::= expr_nb(L) LOR(O) andexpr_nb(R).       { A = ast_binary(ps, O, L, R); }
andexpr_nb(A) ::= cmpexpr_nb(E).                      { A = E; }
andexpr_nb(A) ::= andexpr_nb(L) LAND(O) cmpexpr_nb(R). { A = ast_binary(ps, O, L, R); }
cmpexpr_nb(A) ::= addexpr_nb(E).                      { A = E; }
cmpexpr_nb(A) ::= cmpexpr_nb(L) cmpop(O) addexpr_nb(R). { A = ast_binary(ps, O, L, R); }
addexpr_nb(A) ::= mulexpr_nb(E).                      { A = E; }
addexpr_nb(A) ::= addexpr_nb(L) addop(O) mulexpr_nb(R). { A = ast_binary(ps, O, L, R); }
mulexpr_nb(A) ::= uexpr_nb(E).                        { A = E; }
mulexpr_nb(A) ::= mulexpr_nb(L) mulop(O) uexpr_nb(R). { A = ast_binary(ps, O, L, R); }
uexpr_nb(A) ::= pexpr_nb(E).                          { A = E; }
uexpr_nb(A) ::= unop(O) uexpr_nb(E).                  { A = ast_unary(ps, O, E); }

pexpr_nb(A) ::= literal(E).                           { A = E; }
pexpr_nb(A) ::= name(E).                              { A = E; }
pexpr_nb(A) ::= LPAREN(P) expr(E) RPAREN.             { A = ast_paren(ps, P, E); }
pexpr_nb(A) ::= funclit(E).                           { A = E; }
pexpr_nb(A) ::= littype(T) LBRACE(B) elist(L) RBRACE. { A = ast_complit(ps, T, B, L.head); }
pexpr_nb(A) ::= littype(F) LPAREN(P) args(G) RPAREN.  { A = ast_call(ps, F, P, G); }
pexpr_nb(A) ::= chantype(F) LPAREN(P) args(G) RPAREN. { A = ast_call(ps, F, P, G); }
pexpr_nb(A) ::= ifacetype(F) LPAREN(P) args(G) RPAREN. { A = ast_call(ps, F, P, G); }
pexpr_nb(A) ::= pexpr_nb(X) PERIOD IDENT(N).          { A = ast_selector(ps, X, N); }
pexpr_nb(A) ::= pexpr_nb(X) PERIOD(D) LPAREN type(T) RPAREN. { A = ast_assert(ps, X, D, T); }
pexpr_nb(A) ::= pexpr_nb(X) PERIOD(D) LPAREN TYPE RPAREN. { A = ast_assert(ps, X, D, NULL); }
pexpr_nb(A) ::= pexpr_nb(X) LBRACK(B) expr(I) RBRACK. { A = ast_index(ps, X, B, I); }
pexpr_nb(A) ::= pexpr_nb(X) LBRACK(B) oexpr(L) COLON oexpr(H) RBRACK. { A = ast_slice(ps, X, B, L, H, NULL, false); }
pexpr_nb(A) ::= pexpr_nb(X) LBRACK(B) oexpr(L) COLON oexpr(H) COLON(C) oexpr(M) RBRACK. { A = ast_slice(ps, X, B, L, H, ast_slice3(ps, C, H, M), true); }
pexpr_nb(A) ::= pexpr_nb(F) LPAREN(P) args(G) RPAREN. { A = ast_call(ps, F, P, G); }

/* ---------------------------------------------------------------------
 * Statements
 */
block(A) ::= LBRACE(B) stmtlist(L) RBRACE(E).         { A = ast_block(ps, B, L.head, E); }

stmtlist(A) ::= stmt(S).                              { A = ast_list1(S); }
stmtlist(A) ::= stmtlist(L) SEMICOLON stmt(S).        { A = ast_list_append(L, S); }

stmt(A) ::= .                                         { A = NULL; }
stmt(A) ::= simple(S).                                { A = S; }
stmt(A) ::= decl(D).                                  { A = ast_declstmt(ps, D); }
stmt(A) ::= IDENT(L) COLON stmt(S).                   { A = ast_labeled(ps, L, S); }
stmt(A) ::= GO(K) expr(E).                            { A = ast_go(ps, K, E); }
stmt(A) ::= DEFER(K) expr(E).                         { A = ast_defer(ps, K, E); }
stmt(A) ::= RETURN(K).                                { A = ast_return(ps, K, NULL); }
stmt(A) ::= RETURN(K) exprlist(L).                    { A = ast_return(ps, K, L.head); }
stmt(A) ::= BREAK(K) olabel(L).                       { A = ast_branch(ps, K, L); }
stmt(A) ::= CONTINUE(K) olabel(L).                    { A = ast_branch(ps, K, L); }
stmt(A) ::= GOTO(K) IDENT(L).                         { A = ast_branch(ps, K, ast_name(ps, L)); }
stmt(A) ::= FALLTHROUGH(K).                           { A = ast_branch(ps, K, NULL); }
stmt(A) ::= block(B).                                 { A = B; }
stmt(A) ::= ifstmt(S).                                { A = S; }
stmt(A) ::= forstmt(S).                               { A = S; }
stmt(A) ::= switchstmt(S).                            { A = S; }
stmt(A) ::= selectstmt(S).                            { A = S; }

olabel(A) ::= .                                       { A = NULL; }
olabel(A) ::= IDENT(L).                               { A = ast_name(ps, L); }

simple(A) ::= expr(E).                                { A = ast_exprstmt(ps, E); }
simple(A) ::= expr(X) INC(O).                         { A = ast_incdec(ps, X, O); }
simple(A) ::= expr(X) DEC(O).                         { A = ast_incdec(ps, X, O); }
simple(A) ::= expr(C) ARROW(O) expr(V).               { A = ast_send(ps, C, O, V); }
simple(A) ::= exprlist(L) ASSIGN(O) exprlist(R).      { A = ast_assign(ps, L.head, O, R.head); }
simple(A) ::= exprlist(L) DEFINE(O) exprlist(R).      { A = ast_assign(ps, L.head, O, R.head); }
simple(A) ::= expr(L) assignop(O) expr(R).            { A = ast_assign(ps, L, O, R); }

assignop(A) ::= ADD_ASSIGN(T).     { A = T; }
assignop(A) ::= SUB_ASSIGN(T).     { A = T; }
assignop(A) ::= MUL_ASSIGN(T).     { A = T; }
assignop(A) ::= QUO_ASSIGN(T).     { A = T; }
assignop(A) ::= REM_ASSIGN(T).     { A = T; }
assignop(A) ::= AND_ASSIGN(T).     { A = T; }
assignop(A) ::= OR_ASSIGN(T).      { A = T; }
assignop(A) ::= XOR_ASSIGN(T).     { A = T; }
assignop(A) ::= SHL_ASSIGN(T).     { A = T; }
assignop(A) ::= SHR_ASSIGN(T).     { A = T; }
assignop(A) ::= AND_NOT_ASSIGN(T). { A = T; }

simple_nb(A) ::= expr_nb(E).                          { A = ast_exprstmt(ps, E); }
simple_nb(A) ::= expr_nb(X) INC(O).                   { A = ast_incdec(ps, X, O); }
simple_nb(A) ::= expr_nb(X) DEC(O).                   { A = ast_incdec(ps, X, O); }
simple_nb(A) ::= expr_nb(C) ARROW(O) expr_nb(V).      { A = ast_send(ps, C, O, V); }
simple_nb(A) ::= exprlist_nb(L) ASSIGN(O) exprlist_nb(R). { A = ast_assign(ps, L.head, O, R.head); }
simple_nb(A) ::= exprlist_nb(L) DEFINE(O) exprlist_nb(R). { A = ast_assign(ps, L.head, O, R.head); }
simple_nb(A) ::= expr_nb(L) assignop(O) expr_nb(R).   { A = ast_assign(ps, L, O, R); }

osimple_nb(A) ::= .                                   { A = NULL; }
osimple_nb(A) ::= simple_nb(S).                       { A = S; }
oexpr_nb(A) ::= .                                     { A = NULL; }
oexpr_nb(A) ::= expr_nb(E).                           { A = E; }

ifstmt(A) ::= IF(K) expr_nb(C) block(B) else(E).      { A = ast_if(ps, K, NULL, C, B, E); }
ifstmt(A) ::= IF(K) simple_nb(I) SEMICOLON expr_nb(C) block(B) else(E). { A = ast_if(ps, K, I, C, B, E); }
else(A) ::= .                                         { A = NULL; }
else(A) ::= ELSE ifstmt(S).                           { A = S; }
else(A) ::= ELSE block(B).                            { A = B; }

forstmt(A) ::= FOR(K) block(B).                       { A = ast_for(ps, K, NULL, NULL, NULL, B); }
forstmt(A) ::= FOR(K) expr_nb(C) block(B).            { A = ast_for(ps, K, NULL, C, NULL, B); }
forstmt(A) ::= FOR(K) osimple_nb(I) SEMICOLON oexpr_nb(C) SEMICOLON osimple_nb(P) block(B). { A = ast_for(ps, K, I, C, P, B); }
forstmt(A) ::= FOR(K) exprlist_nb(L) ASSIGN(O) RANGE expr_nb(X) block(B). { A = ast_range(ps, K, L.head, &O, X, B); }
forstmt(A) ::= FOR(K) exprlist_nb(L) DEFINE(O) RANGE expr_nb(X) block(B). { A = ast_range(ps, K, L.head, &O, X, B); }
forstmt(A) ::= FOR(K) RANGE expr_nb(X) block(B).      { A = ast_range(ps, K, NULL, NULL, X, B); }

/* switch [init;] [tag] { ... }; the tag is a simple statement so that
 * `x := y.(type)` parses; ast_switch tells type switches apart. */
switchstmt(A) ::= SWITCH(K) LBRACE(B) cases(L) RBRACE(E). { A = ast_switch(ps, K, NULL, NULL, B, L.head, E); }
switchstmt(A) ::= SWITCH(K) simple_nb(T) LBRACE(B) cases(L) RBRACE(E). { A = ast_switch(ps, K, NULL, T, B, L.head, E); }
switchstmt(A) ::= SWITCH(K) osimple_nb(I) SEMICOLON LBRACE(B) cases(L) RBRACE(E). { A = ast_switch(ps, K, I, NULL, B, L.head, E); }
switchstmt(A) ::= SWITCH(K) osimple_nb(I) SEMICOLON simple_nb(T) LBRACE(B) cases(L) RBRACE(E). { A = ast_switch(ps, K, I, T, B, L.head, E); }

cases(A) ::= .                                        { A = ast_list_empty(); }
cases(A) ::= cases(L) caseclause(C).                  { A = ast_list_append(L, C); }
caseclause(A) ::= CASE(K) exprlist(E) COLON(C) stmtlist(S). { A = ast_case(ps, K, E.head, C, S.head); }
caseclause(A) ::= DEFAULT(K) COLON(C) stmtlist(S).    { A = ast_case(ps, K, NULL, C, S.head); }

selectstmt(A) ::= SELECT(K) LBRACE(B) commclauses(L) RBRACE(E). { A = ast_select(ps, K, B, L.head, E); }
commclauses(A) ::= .                                  { A = ast_list_empty(); }
commclauses(A) ::= commclauses(L) commclause(C).      { A = ast_list_append(L, C); }
commclause(A) ::= CASE(K) commcase(S) COLON(C) stmtlist(B). { A = ast_commclause(ps, K, S, C, B.head); }
commclause(A) ::= DEFAULT(K) COLON(C) stmtlist(B).    { A = ast_commclause(ps, K, NULL, C, B.head); }
commcase(A) ::= expr(E).                              { A = ast_exprstmt(ps, E); }
commcase(A) ::= expr(C) ARROW(O) expr(V).             { A = ast_send(ps, C, O, V); }
commcase(A) ::= exprlist(L) ASSIGN(O) expr(R).        { A = ast_assign(ps, L.head, O, R); }
commcase(A) ::= exprlist(L) DEFINE(O) expr(R).        { A = ast_assign(ps, L.head, O, R); }
