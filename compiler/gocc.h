/*
 * gocc.h — the one header shared by every phase of the compiler, divided
 * by banners, one per phase (chibicc's habit).  Names carry their home's
 * prefix (Lua's habit): diag_ (diagnostics), lex_ (lexer), ast_ (syntax
 * tree builders), parse_ (parser driver).
 *
 *     .g source --lex_next--> tokens --goccParse--> AST --> checker
 *         --> lowering --> C-level tree --> emit_c / emit_jit
 *
 * Only the front end exists so far: `gocc -fsyntax-only FILE.g` lexes and
 * parses a file and reports the first errors as Go does.
 */
#ifndef GOCC_H
#define GOCC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* ===================================================================== */
/* Positions and diagnostics (diag.c)                                    */
/* ===================================================================== */

/* A position as Go reports it: 1-based line, 1-based column counted in
 * bytes (Go's columns are byte offsets + 1, tabs count as one). */
typedef struct Pos {
    int32_t line, col;
} Pos;

typedef struct File {
    const char *name;   /* as given on the command line */
    const char *src;    /* contents, NUL-terminated (NULs inside are errors) */
    size_t len;
} File;

/* `name:line:col: message` on stderr, Go's format; counts errors.  Go
 * stops after 10 errors; so do we (diag_error exits then). */
void diag_error(const File *f, Pos p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int diag_count(void);

/* ===================================================================== */
/* Tokens (token codes: TK_* from grammar/gocc.y via gocc_parse.h)       */
/* ===================================================================== */

typedef struct Token {
    int kind;           /* TK_IDENT, TK_ADD, ... ; 0 at end of file */
    Pos pos;
    const char *text;   /* points into the source (literal spelling) */
    int32_t len;
    bool implicit;      /* a semicolon inserted at a newline or EOF */
} Token;

/* ===================================================================== */
/* Lexer (grammar/lex.re)                                                */
/* ===================================================================== */

typedef struct Lexer Lexer;

Lexer *lex_new(const File *f);
/* The next token, with Go's automatic semicolons inserted (implicit; text
 * "\n" at a newline or multi-line comment, "" with len 0 at EOF).  Lexical
 * errors are reported through diag_error and lexing goes on.  After the
 * end, kind 0 (EOF) again and again. */
Token lex_next(Lexer *lx);
/* gc's word for a token kind in "expecting X" (Go 1.19's tokstring):
 * "name", "literal", "EOF", "func", "+", "comma", "semicolon or newline". */
const char *lex_kindname(int kind);
/* gc's word for the token t itself in "syntax error: unexpected X": the
 * name ("foo"), "literal 42", "semicolon"/"newline"/"EOF", "func", "{",
 * "comma", "+=", "++", ...  Written into buf (n bytes); returns buf. */
const char *lex_describe(Token t, char *buf, size_t n);
/* `gocc -dump-tokens FILE.g`: every token on stdout, one per line, as
 * "LINE:COL KIND TEXT" (KIND as in gocc.y; implicit semicolons have TEXT
 * newline or EOF; control bytes of raw strings escaped), ending with
 * "LINE:COL EOF".  Returns the number of errors reported. */
int lex_dump(const File *f);

/* ===================================================================== */
/* Syntax tree (ast.c)                                                   */
/* ===================================================================== */

/* One Node struct for every construct (chibicc's habit): a kind, a
 * position, a `next` link (every list in the tree is a singly linked
 * chain through `next`), and a few child slots whose meaning depends on
 * the kind (listed below).  Types are nodes too, and the same node kinds
 * serve a type written in a type position (`var x []int`) and in an
 * expression position (`[]int{1}`, `make([]int, n)`): the parser cannot
 * tell `*T` (pointer type) from `*p` (dereference) or `f(x)` from a
 * conversion `T(x)`; the checker decides.  Identifiers are interned
 * (ast_intern: equal names are the same pointer); literals keep their
 * source text, converted with exact precision by the checker.
 *
 * Field use by kind (unlisted slots are NULL/0):
 *   N_FILE       name: package; list: imports (N_IMPORT); body: decls
 *   N_IMPORT     name: alias ("_", ".", a name or NULL); lit: path literal
 *   N_DECL       op: TK_CONST/TK_VAR/TK_TYPE; list: specs; flags: NF_GROUP
 *   N_CONST,N_VAR  list: names (N_NAME); type; x: values (chain);
 *                op: index in its group (iota for N_CONST); flags: NF_HASVALUE
 *   N_TYPESPEC   name; type; tparams (N_TPARAM chain); flags: NF_ALIAS
 *   N_TPARAM     list: names (N_NAME); type: constraint
 *   N_FUNC       name; recv (N_FIELD); tparams; type (N_FUNCTYPE); body (NULL: none)
 *   N_FUNCTYPE   list: params; y: results (N_FIELD chains)
 *   N_FIELD      list: names (NULL for anonymous); type; lit: tag (N_LIT);
 *                flags: NF_VARIADIC (...T), NF_EMBEDDED; tparams: receiver's
 *                type parameters (func (s *S[T]) ...)
 *   N_METHOD     name; type (N_FUNCTYPE)   (in an interface)
 *   N_NAME       name
 *   N_LIT        op: TK_INT/FLOAT/IMAG/CHAR/STRING; lit, litlen: source text
 *   N_ELLIPSIS   the `...` length of [...]T
 *   N_ARRAYTYPE  x: length; type: element
 *   N_SLICETYPE  type: element
 *   N_MAPTYPE    x: key type; type: element
 *   N_CHANTYPE   op: CHAN_BOTH/CHAN_SEND/CHAN_RECV; type: element
 *   N_PTRTYPE    type: base (a `*T` in a type position; in an expression
 *                position it is N_UNARY op TK_MUL)
 *   N_STRUCTTYPE list: fields (N_FIELD)
 *   N_IFACETYPE  list: N_METHOD and N_FIELD (NF_EMBEDDED; type may be a
 *                union `A | B` (N_BINARY TK_OR) or `~T` (N_UNARY TK_TILDE))
 *   N_COMPLIT    type (NULL when elided inside another literal); list: elements,
 *                each an expression, N_COMPLIT or N_KEYVAL
 *   N_KEYVAL     x: key; y: value
 *   N_FUNCLIT    type (N_FUNCTYPE); body
 *   N_PAREN      x
 *   N_SELECTOR   x; name
 *   N_INDEX      x; y: index
 *   N_SLICE      x; y: low; z: high; post: max; flags: NF_SLICE3
 *   N_ASSERT     x; type (NULL for x.(type))
 *   N_CALL       x: function (or type); list: arguments; flags: NF_SPREAD (f(xs...))
 *   N_UNARY      op: TK_ADD/SUB/NOT/XOR/MUL/AND/ARROW (and TK_TILDE in constraints); x
 *   N_BINARY     op: TK_LOR ... TK_AND_NOT; x; y
 *   N_BLOCK      list: statements; post: the closing brace's position
 *                holder (pos of the N_BLOCK is `{`, endpos is `}`)
 *   N_EMPTY      (an empty statement where one is needed: `L: }`)
 *   N_EXPRSTMT   x
 *   N_SEND       x: channel; y: value
 *   N_INCDEC     op: TK_INC/TK_DEC; x
 *   N_ASSIGN     op: TK_ASSIGN, TK_DEFINE or TK_ADD_ASSIGN...; list: lhs; y: rhs chain
 *   N_DECLSTMT   x: N_DECL
 *   N_LABELED    name; body: the statement
 *   N_GO,N_DEFER x: the call
 *   N_RETURN     list: results
 *   N_BRANCH     op: TK_BREAK/CONTINUE/GOTO/FALLTHROUGH; x: label (N_NAME) or NULL
 *   N_IF         init; cond; body; els (N_IF or N_BLOCK)
 *   N_FOR        init; cond; post; body
 *   N_RANGE      op: TK_DEFINE/TK_ASSIGN/0; list: key [, value]; x: ranged; body
 *   N_SWITCH     init; x: tag (NULL if none); list: N_CASE; endpos
 *   N_TYPESWITCH init; name: the bound name (x := y.(type)) or NULL, with
 *                its position in y->pos... see ast_switch; x: the operand y;
 *                list: N_CASE (list: types, N_NAME "nil" for nil)
 *   N_CASE       list: expressions (NULL and NF_DEFAULT for default); body: statements
 *   N_SELECT     list: N_COMMCLAUSE; endpos
 *   N_COMMCLAUSE x: N_SEND, N_EXPRSTMT (<-c) or N_ASSIGN (v[, ok] = / := <-c),
 *                NULL for default (NF_DEFAULT); body: statements
 */
typedef enum NodeKind {
    N_FILE, N_IMPORT, N_DECL, N_CONST, N_VAR, N_TYPESPEC, N_TPARAM, N_FUNC,
    N_FUNCTYPE, N_FIELD, N_METHOD,
    N_NAME, N_LIT, N_ELLIPSIS, N_ARRAYTYPE, N_SLICETYPE, N_MAPTYPE, N_CHANTYPE,
    N_PTRTYPE, N_STRUCTTYPE, N_IFACETYPE,
    N_COMPLIT, N_KEYVAL, N_FUNCLIT, N_PAREN, N_SELECTOR, N_INDEX, N_SLICE,
    N_ASSERT, N_CALL, N_UNARY, N_BINARY,
    N_BLOCK, N_EMPTY, N_EXPRSTMT, N_SEND, N_INCDEC, N_ASSIGN, N_DECLSTMT,
    N_LABELED, N_GO, N_DEFER, N_RETURN, N_BRANCH, N_IF, N_FOR, N_RANGE,
    N_SWITCH, N_TYPESWITCH, N_CASE, N_SELECT, N_COMMCLAUSE,
    N_NKINDS
} NodeKind;

enum { CHAN_BOTH, CHAN_SEND, CHAN_RECV };       /* N_CHANTYPE op */

enum {                                          /* Node flags */
    NF_GROUP = 1 << 0,      /* N_DECL: parenthesized group */
    NF_HASVALUE = 1 << 1,   /* N_CONST/N_VAR: has `= values` */
    NF_ALIAS = 1 << 2,      /* N_TYPESPEC: type A = B */
    NF_VARIADIC = 1 << 3,   /* N_FIELD: ...T parameter */
    NF_EMBEDDED = 1 << 4,   /* N_FIELD: embedded field / interface element */
    NF_SPREAD = 1 << 5,     /* N_CALL: f(xs...) */
    NF_SLICE3 = 1 << 6,     /* N_SLICE: a[l:h:m] */
    NF_DEFAULT = 1 << 7,    /* N_CASE, N_COMMCLAUSE: default */
    NF_GENERIC = 1 << 8,    /* N_FUNC/N_TYPESPEC with type parameters, or a
                             * generic receiver: the checker rejects it */
};

typedef struct Node Node;
struct Node {
    NodeKind kind;
    Pos pos;                /* the construct's first token, as gc reports it */
    Pos endpos;             /* N_BLOCK/N_SWITCH/N_SELECT/N_FUNC: closing `}` */
    Node *next;             /* the next element of the list this node is in */
    int op;                 /* operator / literal / decl token kind, chan dir */
    int flags;              /* NF_* */
    const char *name;       /* interned identifier */
    const char *lit;        /* N_LIT: source text (not NUL-terminated) */
    int32_t litlen;
    Node *x, *y, *z;        /* operands */
    Node *type;
    Node *list;
    Node *init, *cond, *post, *body, *els;
    Node *recv, *tparams;
};

/* A list under construction (lemon semantic value): head and tail. */
typedef struct NodeList {
    Node *head, *tail;
} NodeList;

typedef struct Parser Parser;

const char *ast_intern(const char *s, size_t len);
const char *ast_kindname(NodeKind k);
/* `gocc -dump-ast`: the tree as S-expressions, one node per line. */
void ast_dump(FILE *out, const Node *n);

/* The builders called by the grammar's actions; each one's rule is
 * written above it in ast.c. */
NodeList ast_list_empty(void);
NodeList ast_list1(Node *n);
NodeList ast_list_append(NodeList l, Node *n);
NodeList ast_list_concat(NodeList a, NodeList b);
Node *ast_file(Parser *ps, Node *pkg, Node *imports, Node *decls);
Node *ast_import(Parser *ps, const Token *alias, Token path);
Node *ast_decl(Parser *ps, Token kw, NodeList specs, bool group);
Node *ast_valspec(Parser *ps, NodeKind k, NodeList names, Node *type, Node *values, bool hasvalue);
Node *ast_typespec(Parser *ps, Token name, Node *tparams, Node *type, bool alias);
Node *ast_tparam(Parser *ps, Node *names, Node *constraint);
Node *ast_funcdecl(Parser *ps, Token kw, Node *recv, Token name, Node *tparams, Node *sig, Node *body);
Node *ast_generic_recv(Parser *ps, Node *type, Node *tparams);
Node *ast_field(Parser *ps, Pos pos, Node *names, Node *type, Node *tag);
Node *ast_param(Parser *ps, const Token *name, const Token *ellipsis, Node *type);
Node *ast_embedded(Parser *ps, Node *type, Node *tag);
Node *ast_method(Parser *ps, Token name, Node *sig);
Node *ast_functype(Parser *ps, NodeList params, Node *results);
Node *ast_setpos(Node *n, Pos pos);
Node *ast_name(Parser *ps, Token t);
Node *ast_lit(Parser *ps, Token t);
Node *ast_ellipsis(Parser *ps, Token t);
Node *ast_arraytype(Parser *ps, Token lbrack, Node *len, Node *elem);
Node *ast_slicetype(Parser *ps, Token lbrack, Node *elem);
Node *ast_maptype(Parser *ps, Token kw, Node *key, Node *elem);
Node *ast_chantype(Parser *ps, Token kw, int dir, Node *elem);
Node *ast_ptrtype(Parser *ps, Token star, Node *base);
Node *ast_structtype(Parser *ps, Token kw, Node *fields);
Node *ast_ifacetype(Parser *ps, Token kw, Node *elems);
Node *ast_binary(Parser *ps, Token op, Node *x, Node *y);
Node *ast_unary(Parser *ps, Token op, Node *x);
Node *ast_paren(Parser *ps, Token lparen, Node *x);
Node *ast_funclit(Parser *ps, Node *type, Node *body);
Node *ast_complit(Parser *ps, Node *type, Token lbrace, Node *elems);
Node *ast_keyval(Parser *ps, Token colon, Node *key, Node *val);
Node *ast_selector(Parser *ps, Node *x, Token name);
Node *ast_assert(Parser *ps, Node *x, Token dot, Node *type);
Node *ast_index(Parser *ps, Node *x, Token lbrack, Node *index);
Node *ast_slice3(Parser *ps, Token colon2, Node *high, Node *max);
Node *ast_slice(Parser *ps, Node *x, Token lbrack, Node *lo, Node *hi, Node *max, bool three);
Node *ast_args(Parser *ps, Node *args, const Token *ellipsis);
Node *ast_call(Parser *ps, Node *fn, Token lparen, Node *args);
Node *ast_block(Parser *ps, Token lbrace, Node *stmts, Token rbrace);
Node *ast_declstmt(Parser *ps, Node *decl);
Node *ast_labeled(Parser *ps, Token label, Node *stmt);
Node *ast_go(Parser *ps, Token kw, Node *call);
Node *ast_defer(Parser *ps, Token kw, Node *call);
Node *ast_return(Parser *ps, Token kw, Node *results);
Node *ast_branch(Parser *ps, Token kw, Node *label);
Node *ast_exprstmt(Parser *ps, Node *x);
Node *ast_incdec(Parser *ps, Node *x, Token op);
Node *ast_send(Parser *ps, Node *ch, Token arrow, Node *val);
Node *ast_assign(Parser *ps, Node *lhs, Token op, Node *rhs);
Node *ast_if(Parser *ps, Token kw, Node *init, Node *cond, Node *body, Node *els);
Node *ast_for(Parser *ps, Token kw, Node *init, Node *cond, Node *post, Node *body);
Node *ast_range(Parser *ps, Token kw, Node *lhs, const Token *op, Node *x, Node *body);
Node *ast_switch(Parser *ps, Token kw, Node *init, Node *tag, Token lbrace, Node *cases, Token rbrace);
Node *ast_case(Parser *ps, Token kw, Node *exprs, Token colon, Node *body);
Node *ast_select(Parser *ps, Token kw, Token lbrace, Node *clauses, Token rbrace);
Node *ast_commclause(Parser *ps, Token kw, Node *comm, Token colon, Node *body);

/* ===================================================================== */
/* Parser (grammar/gocc.y, parse.c)                                      */
/* ===================================================================== */

struct Parser {
    const File *file;
    Node *root;             /* set by the start rule */
    Token last;             /* the token being fed to goccParse */
    bool failed;            /* a syntax error was reported: stop */
};

/* Parse a whole file; NULL (after reporting) if it has syntax errors. */
Node *parse_file(const File *f);

/* The lemon parser (build/gen/gocc_parse.c). */
void *goccParseAlloc(void *(*malloc_fn)(size_t));
void goccParse(void *p, int kind, Token tok, Parser *ps);
void goccParseFree(void *p, void (*free_fn)(void *));
/* Whether the parser can take tok now; if not, reports the syntax error
 * (through parse_report) and returns false. */
bool goccParseAccepts(void *p, Token tok, Parser *ps);
/* Called by the %syntax_error handler: reports gc's message for the
 * parser's state (given as the stack of state numbers and symbols). */
void parse_report(Parser *ps, Token tok, const bool *expected, int ntokens,
                  const char *const *stack, int depth);

/* ===================================================================== */
/* Constants (const.c)                                                   */
/* ===================================================================== */

/* Exact constant values (Go spec "Constants", "Constant expressions").
 * Integers are arbitrary precision; floats are exact rationals num/den
 * (den > 0, gcd 1); ints and runes keep den == 1.  Values are immutable
 * and share limbs freely; storage comes from malloc and is never freed. */
typedef enum ConstKind {
    CONST_INVALID,          /* a literal const.c cannot convert (imaginary) */
    CONST_BOOL, CONST_STRING,
    CONST_INT, CONST_RUNE, CONST_FLOAT  /* promotion order: int < rune < float */
} ConstKind;

typedef struct BigInt {
    bool neg;               /* sign (never set for zero) */
    int32_t n;              /* limbs in use; 0 for zero */
    uint32_t *d;            /* magnitude, little-endian 32-bit limbs */
} BigInt;

typedef struct Const {
    ConstKind kind;
    bool b;                 /* CONST_BOOL */
    const char *s;          /* CONST_STRING: bytes (may hold NULs), slen */
    size_t slen;
    BigInt num, den;        /* CONST_INT/RUNE/FLOAT: value num/den */
} Const;

/* A literal's exact value from its spelling: kind TK_INT, TK_FLOAT,
 * TK_CHAR or TK_STRING (as the lexer accepted it); TK_IMAG and anything
 * malformed give CONST_INVALID. */
Const const_from_literal(int kind, const char *text, size_t len);
Const const_make_bool(bool b);
Const const_make_int64(int64_t v);
/* x op y for untyped constants; op: TK_ADD ... TK_AND_NOT, TK_SHL/SHR,
 * TK_EQL ... TK_GEQ, TK_LAND/LOR.  Mixed numeric kinds promote to the
 * later of int < rune < float.  On error returns false and sets *err to
 * gc's wording without "invalid operation: " ("division by zero",
 * "invalid shift count", ...). */
bool const_binary(int op, Const x, Const y, Const *out, const char **err);
/* op x; op: TK_ADD, TK_SUB, TK_XOR (untyped: -x-1), TK_NOT. */
bool const_unary(int op, Const x, Const *out, const char **err);
int const_sign(Const c);                /* -1, 0, +1 (0 for bool/string) */
bool const_is_integer(Const c);         /* numeric with den == 1 */
int32_t const_bitlen(Const c);          /* bits of |num| */
bool const_fits_int64(Const c);         /* an integer value within int64 */
bool const_fits_uint64(Const c);
int64_t const_to_int64(Const c);        /* requires const_fits_int64 */
uint64_t const_to_uint64(Const c);      /* requires const_fits_uint64 */
double const_to_float64(Const c);       /* correctly rounded (±Inf if too big) */
/* Printed into buf: integers exactly in decimal, floats as Go's
 * strconv.FormatFloat(float64, 'g', -1, 64), bools true/false, strings
 * double-quoted with C-style escapes.  Returns buf. */
const char *const_repr(Const c, char *buf, size_t size);
/* "untyped int", "untyped rune", ... */
const char *const_kindname(ConstKind k);

#endif /* GOCC_H */
