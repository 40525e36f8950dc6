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

#include <stdarg.h>
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
/* Errors the parser goes on after ("soft": go/defer of a non-call), held
 * so that they are printed sorted with the checker's: it takes them;
 * anything else reported first, or diag_flush_held, prints them. */
void diag_hold(const File *f, Pos p, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
bool diag_take_held(const File **f, Pos *p, const char **msg);
void diag_flush_held(void);

/* Memory for every phase (diag.c): zeroed, never NULL (out of memory ends
 * gocc with a message), and a formatted string on the heap. */
void *gocc_alloc(size_t n);
char *gocc_format(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
char *gocc_vformat(const char *fmt, va_list ap);

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

    /* Filled in by the checker (check.c); the contract is in the banner
     * "Checker" below.  NULL/0 before checking. */
    struct Type *tv;        /* expressions: final type; type expressions: the type */
    struct Sym *sym;        /* the object a name/selector denotes, or declares */
    struct Const *cv;       /* constant expressions: the value, converted to tv */
    struct Selection *sel;  /* N_SELECTOR on a value or type: what it selects */
    struct Func *fn;        /* N_FUNC, N_FUNCLIT: the function's record */
    uint8_t mode;           /* MODE_* */
    uint8_t cflags;         /* CF_* */
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
Node *ast_instance(Parser *ps, Node *type, Node *targs);
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

/* Parse a whole file; NULL (after reporting) if it has syntax errors,
 * except the soft ones: then the tree is returned, and the errors wait in
 * diag_hold's list for the checker (or diag_flush_held). */
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


/* ===================================================================== */
/* Types (type.c)                                                        */
/* ===================================================================== */

/*
 * Go's types, as the checker builds them and the lowering reads them.
 * Composite types are hash-consed where Go says two types are identical
 * (type_slice(int) twice is the same pointer), except struct, func and
 * interface types, which are compared with type_identical.  A defined
 * type (`type T struct{...}`, `time.Duration`, `error`) is a TY_NAMED
 * with its own identity; `under` gives its underlying type (for every
 * other type, the type itself), as in the Go spec.
 */
typedef enum TypeKind {
    TY_INVALID,
    TY_BOOL, TY_INT, TY_INT8, TY_INT16, TY_INT32, TY_INT64,
    TY_UINT, TY_UINT8, TY_UINT16, TY_UINT32, TY_UINT64, TY_UINTPTR,
    TY_FLOAT32, TY_FLOAT64, TY_STRING, TY_UNSAFEPTR,
    TY_UNTYPED_BOOL, TY_UNTYPED_INT, TY_UNTYPED_RUNE, TY_UNTYPED_FLOAT,
    TY_UNTYPED_STRING, TY_UNTYPED_NIL,
    TY_ARRAY, TY_SLICE, TY_STRUCT, TY_POINTER, TY_FUNC, TY_INTERFACE,
    TY_MAP, TY_CHAN,
    TY_NAMED,               /* a defined type: name, pkg, under, methods */
    TY_TUPLE,               /* the results of a multi-value call */
} TypeKind;

typedef struct Type Type;
typedef struct Sym Sym;

/* A struct field, a parameter or result, a tuple element, or an
 * interface method (then `type` is its TY_FUNC signature, no receiver). */
typedef struct Field {
    const char *name;       /* NULL: anonymous parameter/result; embedded
                             * field: the type's name ("Mutex" for sync.Mutex) */
    Type *type;
    bool embedded;
    Pos pos;
    const char *pkg;        /* package of a lower-case field/method name */
} Field;

struct Type {
    TypeKind kind;
    Type *elem;             /* array, slice, pointer, map value, chan element */
    Type *key;              /* map key */
    int64_t len;            /* array length */
    int dir;                /* chan: CHAN_BOTH, CHAN_SEND, CHAN_RECV */
    Field *fields;          /* struct: fields in order; func: parameters;
                             * tuple: elements; interface: every method of its
                             * method set (embedded interfaces flattened),
                             * sorted by name */
    int nfields;
    Field *results;         /* func */
    int nresults;
    bool variadic;          /* func: the last parameter is ...T (its type is []T) */
    /* TY_NAMED */
    const char *name;       /* "T", "Duration", "error" */
    const char *pkg;        /* "main", "time", NULL for predeclared (error) */
    Type *under;            /* underlying type; for non-named types, itself */
    Sym *obj;               /* the SYM_TYPE that declares it */
    Sym **methods;          /* declared methods (SYM_FUNC, value and pointer
                             * receivers), in declaration order */
    int nmethods;
    int id;                 /* unique, dense: for the back end's tables */
    void *aux;              /* the lowering's data for this type */
};

extern Type *type_invalid, *type_bool, *type_int, *type_int8, *type_int16,
    *type_int32, *type_int64, *type_uint, *type_uint8, *type_uint16,
    *type_uint32, *type_uint64, *type_uintptr, *type_float32, *type_float64,
    *type_string, *type_unsafeptr, *type_untyped_bool, *type_untyped_int,
    *type_untyped_rune, *type_untyped_float, *type_untyped_string,
    *type_untyped_nil, *type_error, *type_any,
    *type_byte, *type_rune;     /* identical to uint8 and int32, printed as spelled */

Type *type_under(Type *t);              /* Go's under(t) */
Type *type_pointer(Type *elem);
Type *type_slice(Type *elem);
Type *type_array(Type *elem, int64_t len);
Type *type_map(Type *key, Type *elem);
Type *type_chan(Type *elem, int dir);
Type *type_tuple(Field *elems, int n);
Type *type_func(Field *params, int np, Field *results, int nr, bool variadic);
Type *type_struct(Field *fields, int n);
Type *type_interface(Field *methods, int n);    /* sorts and flattens */
Type *type_named(const char *pkg, const char *name, Sym *obj);
bool type_identical(Type *a, Type *b);
bool type_is_untyped(Type *t);
bool type_is_integer(Type *t);          /* on under(t); untyped int/rune too */
bool type_is_unsigned(Type *t);
bool type_is_float(Type *t);
bool type_is_numeric(Type *t);
bool type_is_string(Type *t);
bool type_is_boolean(Type *t);
bool type_is_interface(Type *t);        /* under(t) is an interface */
bool type_is_empty_interface(Type *t);
bool type_comparable(Type *t);          /* ==, map keys */
bool type_has_pointers(Type *t);        /* GC must scan values of this type */
int64_t type_size(Type *t);             /* bytes on x86-64 (as Go's unsafe.Sizeof) */
int64_t type_align(Type *t);
Type *type_default(Type *t);            /* untyped int -> int, ... (Go's Default) */
/* Go's spelling in error messages, qualified as gc 1.19 qualifies types
 * in package main's messages ("T", "time.Duration", "[]int",
 * "func(x int) string", "untyped int"): */
const char *type_str(Type *t);
/* As %T and the runtime descriptors print it: package-qualified
 * ("main.T", "[]main.T", "func(int) string", "interface {}"). */
const char *type_rtstr(Type *t);

/* ===================================================================== */
/* Checker (check.c)                                                     */
/* ===================================================================== */

/*
 * The checker resolves every name, computes every expression's type and
 * every constant's value, and reports Go's compile errors with gc 1.19's
 * wording and positions.  It leaves its results on the AST; the lowering
 * reads nothing else.  THE CONTRACT, per node:
 *
 * Every expression node e (N_NAME, N_LIT, N_BINARY, N_CALL, ...):
 *   e->mode  MODE_* below.
 *   e->tv    its type after Go's implicit conversion of untyped operands
 *            to their context: in `var x float64 = 1 << 3` the literal's
 *            tv is float64; an untyped constant passed to `any` (fmt.Println
 *            args) has its default type; untyped nil assigned to T has tv T;
 *            a comparison's tv is the bool type it is used as (untyped bool
 *            when it stays untyped: then type_bool).  Never untyped after
 *            checking, except nil compared with nil (not valid Go anyway).
 *            A multi-value call has a TY_TUPLE tv; a call with no result
 *            has tv NULL and MODE_NOVALUE.
 *   e->cv    non-NULL iff e is a constant expression (MODE_CONST): its
 *            exact value, already converted to e->tv (so an int8 constant
 *            is within range, a float64 constant is representable).  The
 *            lowering emits cv and does not look inside e.
 *   e->sym   N_NAME: the Sym it denotes (vars, consts, funcs, types,
 *            packages, builtins, nil).  N_SELECTOR `pkg.Name`: the
 *            package member's Sym.  N_SELECTOR on a value: NULL (see sel).
 * Implicit conversions to interface types (assigning a concrete value to
 * an interface, passing it as an `any` argument, returning it, sending
 * it, storing it in a composite literal) are NOT marked on the tree: the
 * lowering compares the source's tv with the destination type, which it
 * knows from the assignment, the callee's signature, the function's
 * results, the channel's element type or the literal's type.
 *
 * Type expressions (in type positions, and the T of T(x), []T{...},
 * make(T), new(T)): mode MODE_TYPE, tv the type denoted.
 *
 * Declarations:
 *   N_NAME nodes that declare something (var/const/type/func names,
 *   parameters, results, := names that are new, range variables, the
 *   x of `switch x := y.(type)`) have sym = the new Sym and the flag
 *   CF_DECL.  A := name that re-assigns an existing variable has sym =
 *   that variable and no CF_DECL.  The blank identifier `_` gets a fresh
 *   Sym named "_" each time (SYM_VAR, never read).
 *   N_FUNC, N_FUNCLIT: fn = the Func record (below).
 *   N_CASE of a type switch with a bound name: sym = the clause's own
 *   variable (its type: the case's type if the case lists exactly one
 *   type, else the switch operand's type).
 *   N_LABELED: sym = the SYM_LABEL; N_BRANCH with a label: x->sym = it.
 *
 * Calls (N_CALL), told apart by the callee's mode:
 *   MODE_TYPE      a conversion T(x): e->tv = T, cflags CF_CONVERSION
 *   MODE_BUILTIN   len, cap, append, copy, delete, make, new, close,
 *                  panic, recover, print, println, min, max, clear:
 *                  x->sym->builtin = BI_*
 *   otherwise      a call of a function value, a declared function, a
 *                  method (x is an N_SELECTOR with sel->kind SEL_METHOD
 *                  or SEL_IFACEMETHOD) or a package function (x->sym->lib)
 *   `f(g())` where g returns several values: cflags CF_MULTIARG.
 *   `f(xs...)`: NF_SPREAD (parser flag).
 *
 * Comma-ok forms (`v, ok := m[k]`, `v, ok := <-c`, `v, ok := x.(T)`,
 * and the same in `=` assignments, var declarations and select cases):
 *   the right-hand expression has cflags CF_COMMAOK, and its tv is the
 *   value's type (ok is bool).
 *
 * Selectors (N_SELECTOR x.name), sel != NULL unless it is pkg.Name:
 *   SEL_FIELD        x.f, possibly through embedded fields: path[] are the
 *                    field indices from x's struct type down (a pointer
 *                    on the way is dereferenced implicitly: look at each
 *                    step's type).  mode MODE_VAR if addressable.
 *   SEL_METHOD       x.M for a concrete method: path[] leads through
 *                    embedded fields to the receiver, `method` is the
 *                    method's SYM_FUNC; `addr`: the method has a pointer
 *                    receiver and the receiver (after the path) is an
 *                    addressable value (take its address); `deref`: value
 *                    receiver reached through a pointer (load it).  Used as
 *                    a call's callee, or as a method value (tv the func
 *                    type without receiver: the lowering binds the
 *                    receiver, evaluated now, into a closure).
 *   SEL_IFACEMETHOD  x.M for x of interface type (after the path):
 *                    `index` = M's index in the interface's sorted fields.
 *   SEL_METHODEXPR   T.M or (*T).M: tv is the func type whose first
 *                    parameter is the receiver; `method` is M.
 *
 * Variables (Sym of SYM_VAR) carry what the lowering needs to place them:
 * `captured` (used from a closure: lives in the heap, shared with it),
 * `addrtaken` (&x, x.M() with a pointer method, x[:] of an array:
 * lives in the heap unless the lowering proves otherwise), `global`.
 *
 * Every function body that checks without error is one Func; the Funcs
 * of a package, in source order with literals after their enclosing
 * function, are listed in Package.funcs.
 */
enum {                      /* Node.mode */
    MODE_INVALID, MODE_NOVALUE, MODE_VALUE, MODE_VAR /* addressable */,
    MODE_MAPINDEX /* m[k]: assignable, not addressable */,
    MODE_CONST, MODE_TYPE, MODE_BUILTIN, MODE_PKG, MODE_NIL,
};

enum {                      /* Node.cflags */
    CF_DECL = 1 << 0,       /* N_NAME declares its sym */
    CF_CONVERSION = 1 << 1, /* N_CALL is T(x) */
    CF_COMMAOK = 1 << 2,    /* expression used in a two-value form */
    CF_MULTIARG = 1 << 3,   /* f(g()) with multi-value g */
    CF_USED = 1 << 4,       /* (checker-internal) */
};

typedef enum SymKind {
    SYM_VAR, SYM_CONST, SYM_TYPE, SYM_FUNC, SYM_PKG, SYM_BUILTIN, SYM_NIL,
    SYM_LABEL,
} SymKind;

typedef enum Builtin {
    BI_NONE, BI_APPEND, BI_CAP, BI_CLEAR, BI_CLOSE, BI_COPY, BI_DELETE,
    BI_LEN, BI_MAKE, BI_MAX, BI_MIN, BI_NEW, BI_PANIC, BI_PRINT, BI_PRINTLN,
    BI_RECOVER,
} Builtin;

typedef struct Func Func;
typedef struct Package Package;

struct Sym {
    SymKind kind;
    const char *name;       /* interned */
    const char *pkg;        /* "main", "fmt", ...; NULL: universe */
    Pos pos;                /* where declared (zero for universe/library) */
    const File *file;       /* the file it was declared in */
    Type *type;             /* var, const, func (its TY_FUNC), type (the type) */
    Const *val;             /* SYM_CONST */
    Builtin builtin;        /* SYM_BUILTIN */
    Package *import;        /* SYM_PKG: the imported package */
    Node *decl;             /* declaring node: N_FUNC, N_NAME, N_TYPESPEC... */
    Func *owner;            /* local var/const/type: the function it is in;
                             * NULL for package-level objects */
    Func *fn;               /* SYM_FUNC with a body: its Func */
    /* SYM_FUNC methods */
    Type *recv;             /* the receiver's TY_NAMED (T for both T and *T) */
    bool ptrrecv;           /* func (p *T) M() */
    /* library members (declared in a package prelude, compiler/lib/) */
    bool lib;               /* declared in a prelude */
    const char *cname;      /* bodyless prelude function: its C name, e.g.
                             * "gort_fmt_Println", "gort_time_Duration_String" */
    /* variables */
    bool global;            /* package-level */
    bool param, result;     /* a parameter / named or unnamed result */
    bool captured;          /* referenced by a closure nested in owner */
    bool addrtaken;         /* its address is taken (explicitly or not) */
    bool used;              /* (checker) for "declared but not used" */
    int index;              /* param/result: position; method: in recv's methods */
    void *aux;              /* the lowering's data (its C name, its slot...) */
    void *chk;              /* the checker's private data */
};

typedef enum SelKind { SEL_FIELD, SEL_METHOD, SEL_IFACEMETHOD, SEL_METHODEXPR } SelKind;

typedef struct Selection {
    SelKind kind;
    int *path;              /* embedded-field indices, then (SEL_FIELD) the field */
    int npath;
    Sym *method;            /* SEL_METHOD, SEL_METHODEXPR */
    int index;              /* SEL_IFACEMETHOD: the method's index */
    bool addr, deref;       /* SEL_METHOD: implicit &x / *x of the receiver */
} Selection;

/* A function with a body: a declared function or method, a function
 * literal, or (Package.init) the package initialiser. */
struct Func {
    Node *decl;             /* N_FUNC or N_FUNCLIT */
    Sym *sym;               /* N_FUNC: its SYM_FUNC; literal: NULL */
    Type *sig;              /* TY_FUNC (without the receiver) */
    Sym *recv;              /* method: the receiver variable (maybe "_") */
    Sym **params;           /* one Sym per parameter (named "_" if unnamed) */
    int nparams;
    Sym **results;          /* one Sym per result (named or not) */
    int nresults;
    bool named_results;
    Func *outer;            /* function literal: the enclosing Func */
    Sym **captures;         /* literal: the outer variables it uses, whether
                             * directly or through its own nested literals */
    int ncaptures;
    Sym **locals;           /* every local variable declared in the body
                             * (not params/results), in order of declaration */
    int nlocals;
    bool hasdefer, hasrecover;
    const char *name;       /* "main", "T.M", "(*T).M", "main.func1" (Go's
                             * names for literals: enclosing function + ".funcN") */
    void *aux;              /* the lowering's data */
};

struct Package {
    const char *path;       /* "main", "fmt", "sync/atomic" */
    const char *name;       /* "main", "fmt", "atomic" */
    Node **files;           /* N_FILE roots (for a library: its prelude) */
    int nfiles;
    Sym **syms;             /* package-level objects, in source order */
    int nsyms;
    Sym **inits;            /* package-level variables in initialisation
                             * order (Go's dependency order) */
    int ninits;
    Node **initexprs;       /* for each inits[i]: the N_VAR spec initialising it */
    Func **funcs;           /* every Func, declared and literal */
    int nfuncs;
    Func **initfuncs;       /* the init() functions, in source order */
    int ninitfuncs;
    Package **imports;      /* library packages used, in dependency order */
    int nimports;
};

/* Check the program (one file, package main, and the library packages
 * it imports, loaded from their preludes).  Reports every error found (gc
 * stops after 10) and returns NULL if there were any. */
Package *check_program(const File *f, Node *root);
/* The prelude of a library package ("fmt", "sync/atomic"): G source,
 * embedded in the compiler from compiler/lib/PATH.g; NULL if there is
 * none (the import is then "package X is not in std"). */
const char *check_prelude(const char *path);


/* ===================================================================== */
/* Library packages (compiler/lib/, runtime/lib_*.c)                    */
/* ===================================================================== */

/*
 * Each importable package (fmt, time, sync, sync/atomic, runtime, os,
 * errors, strings, strconv, sort, math, math/rand, context, bufio) is a
 * prelude written in G: compiler/lib/PATH.g (sync/atomic: lib/sync_atomic.g),
 * `package NAME` followed by ordinary declarations.  The Makefile embeds
 * the preludes into gocc (check_prelude).  A prelude may declare:
 *
 *   - constants, types (their fields, lower-case ones unexported), and
 *     functions and methods with bodies, written in G: compiled with the
 *     user's program (only those the program reaches);
 *   - functions and methods without a body: implemented in C in the
 *     runtime under the name gort_PKG_NAME, or gort_PKG_TYPE_METHOD for
 *     methods (PKG with '/' as '_': gort_sync_atomic_AddInt64,
 *     gort_time_Duration_String, gort_sync_WaitGroup_Add).
 *
 * THE CALLING CONVENTION of generated code, which those C functions
 * follow exactly (they are called as if gocc had compiled them):
 *
 *   func F(p1 T1, ..., pn Tn) (r1 R1, r2 R2, ..., rm Rm)
 *     => R1 F(T1 p1, ..., Tn pn, R2 *r2, ..., Rm *rm)
 *   The first result is the C return value (void if none); the others
 *   are stored through pointers appended after the parameters, which
 *   the caller always supplies (never NULL).  A method's receiver is the
 *   first parameter (T or T* as declared).  A variadic ...T parameter is
 *   a gort_slice.  C types of Go types are those of gort.h's "Values"
 *   banner: int -> int64_t, string -> gort_string, error -> gort_iface,
 *   any -> gort_eface, map -> gort_map *, chan -> gort_chan *, func ->
 *   gort_func *, struct -> a C struct of the same layout.
 *
 *   A func value is a gort_func * (closure record); calling it calls
 *   record->fn with the record as an extra FIRST argument:
 *     R1 (*)(void *env, T1 p1, ..., Tn pn, R2 *r2, ...).
 *   Interface method tables (gort_method.ifn, gort_itab.fun) take the
 *   interface's data word first: R1 (*)(void *data, T1 p1, ...).
 */

/* ===================================================================== */
/* Lowered tree (lower.c)                                                */
/* ===================================================================== */

/*
 * The lowering turns the checked program into a C-level tree: C types,
 * globals with static initialisers, functions, statements and expressions
 * with C's meaning.  No Go construct is left in it: every channel
 * operation, map access, interface conversion, bounds check, defer,
 * closure and goroutine is already spelled out as runtime calls
 * (runtime/gort.h), locals, gotos and plain C arithmetic.  Two back ends
 * read it: emit_c (C text for $CC, and for `gocc -S`) and a libgccjit
 * emitter, so the tree holds nothing libgccjit cannot build directly:
 * no statement-expressions, no switch, no array or nested compound
 * literals in expressions (LE_STRUCT is a flat struct constructor), no
 * pointer arithmetic (write &p[i]), no implicit array
 * decay, no implicit conversions (operands of a binary operator have the
 * same type, an assignment's sides the same type, a call's arguments the
 * parameter types: the lowering writes every LE_CAST), no initialised
 * declarations of arrays except to zero.
 *
 * Every LExpr and LStmt carries the Pos of the .g construct it comes
 * from (zero Pos: none; the emitter then keeps the previous one), in the
 * file of its LFunc (LFunc.file: the user's file or a library prelude).
 * emit_c prints `#line N "file"` from them when asked (debug_lines), the
 * JIT emitter makes gcc_jit_locations.
 *
 * How each node prints as C is written next to it below, "=>".
 *
 * NAMES.  Every C name in the tree is final; the emitter prints it as it
 * is.  The lowering's scheme (lower.c keeps a table so that no two
 * global names clash, and no name is a C keyword, a gort_ / GORT_ name, a
 * libc name gort.h pulls in, or `main` (except the C entry point)):
 *   package-level func F of package P     P_F          main_fib, strings_Repeat
 *       (P's path with '/' as '_')                      sync_atomic_AddInt64
 *   method M of type T (T or *T receiver) P_T_M        main_T_String
 *   function literal                      P_F_funcN    main_main_func1 (Go's main.func1)
 *   its stack-check pieces                NAME_body, NAME_grow, NAME_thunk, NAME_args
 *   method called through an interface    NAME_ifn     (takes the data word first)
 *   `go`/`defer` thunk and its arguments  NAME_goN, NAME_goN_args; NAME_deferN...
 *   package-level variable V              P_V          main_counter
 *   struct of a named Go type T           P_T          main_Point
 *   struct of an unnamed Go type          go_array_3_int64, go_struct_N, go_args_N ...
 *   type descriptor of a Go type          NAME_type    main_T_type, go_ptr_main_T_type
 *       (predeclared types: gort.h's own gort_type_int ...)
 *   itab for (interface I, type T)        go_itab_I_T  go_itab_main_Shape_main_Circle
 *   func value record of a top-level F    P_F_fv
 *   locals and parameters                 the Go name  x, count, wg
 *   compiler temporaries                  tmpN, okN, itN ...
 *   struct fields                         the Go name; `_` fields: _blankN
 * On a clash (a C keyword such as `int` or `char` used as a Go name, two Go
 * scopes flattened into one C function, a generated name meeting a Go one)
 * a suffix `_N` is added: `char_1`, `x_2`.  Local names are unique within
 * their function.  Go identifiers may be Unicode: they are kept as UTF-8
 * (GCC accepts UTF-8 identifiers).
 */

typedef struct LType LType;
typedef struct LField LField;
typedef struct LVar LVar;
typedef struct LLabel LLabel;
typedef struct LExpr LExpr;
typedef struct LStmt LStmt;
typedef struct LInit LInit;
typedef struct LGlobal LGlobal;
typedef struct LFunc LFunc;
typedef struct LProgram LProgram;

/* --- Types ----------------------------------------------------------- */

typedef enum LTypeKind {
    LT_VOID,        /* => void */
    LT_BOOL,        /* => bool */
    LT_CHAR,        /* => char  (only in char * of C strings and argv) */
    LT_I8, LT_I16, LT_I32, LT_I64,      /* => int8_t ... int64_t */
    LT_U8, LT_U16, LT_U32, LT_U64,      /* => uint8_t ... uint64_t */
    LT_UINTPTR,     /* => uintptr_t */
    LT_F32,         /* => float */
    LT_F64,         /* => double */
    LT_PTR,         /* => BASE *          (BASE may be LT_VOID, LT_FUNC...) */
    LT_ARRAY,       /* => BASE NAME[len]  (see below where arrays may appear) */
    LT_STRUCT,      /* => NAME            (a typedef of struct NAME) */
    LT_FUNC,        /* => RET (PARAMS)    (a function type; values of it are
                     * only designators (LE_FUNC); use LT_PTR to LT_FUNC
                     * for function pointers: RET (*NAME)(PARAMS)) */
    LT_CONST,       /* => const BASE      (qualified BASE) */
    LT_VOLATILE,    /* => volatile BASE */
} LTypeKind;

enum {                      /* LType.flags (LT_STRUCT) */
    LTY_GORT = 1 << 0,      /* declared in gort.h (gort_string, gort_slice,
                             * gort_eface, gort_iface, gort_func, gort_type,
                             * gort_itab, gort_mapiter, gort_frame, gort_scase...):
                             * emit_c does not define it, and prints its
                             * name alone (gort.h typedefs it); its fields
                             * are still listed, exactly as in gort.h, for
                             * field access and for the JIT */
    LTY_OPAQUE = 1 << 1,    /* no fields known (gort_map, gort_chan): only
                             * pointers to it exist (JIT: an opaque struct) */
};

struct LField {
    const char *name;       /* C member name */
    LType *type;            /* any complete type, LT_ARRAY included */
};

/*
 * Arrays (LT_ARRAY) appear only as struct members (a Go array [n]T is a
 * struct go_array_n_T { T a[n]; }, so it copies by value), as the type
 * of a global (type descriptor field tables, static backing arrays) and
 * as the type of a local (the gort_scase table of a select).  An array-
 * typed expression is only ever the first operand of LE_INDEX; its
 * address is &a[0].
 *
 * Types are built by the lowering; it makes each scalar type once, but an
 * emitter must not rely on pointer identity for compound types: compare
 * with lower_type_same().  `aux` is free for the emitter's own use
 * (e.g. its gcc_jit_type *).
 */
struct LType {
    LTypeKind kind;
    LType *base;            /* PTR: pointee; ARRAY: element; CONST/VOLATILE:
                             * the qualified type; FUNC: return type */
    int64_t len;            /* ARRAY: number of elements (> 0) */
    /* LT_STRUCT */
    const char *name;       /* its C name, e.g. "main_Point", "gort_string" */
    LField *fields;
    int nfields;            /* 0 with LTY_OPAQUE; a Go struct{} has 0 fields
                             * too (a GNU C empty struct, size 0) */
    int flags;              /* LTY_* */
    const char *gotype;     /* the Go type it represents ("main.Point",
                             * "[3]int", "func(int) string" for an args
                             * struct...) or NULL: for a comment */
    /* LT_FUNC */
    LType **params;
    int nparams;
    bool variadic;          /* C's `...` (only runtime functions declared in
                             * gort.h, never generated ones) */
    void *aux;
};

/* Same C type (structurally; structs: by name). */
bool lower_type_same(const LType *a, const LType *b);

/* --- Variables and labels -------------------------------------------- */

enum {                      /* LVar.flags */
    LV_PARAM = 1 << 0,      /* a parameter of its LFunc */
    LV_UNUSED = 1 << 1,     /* may be unused: => __attribute__((unused))
                             * after the name (keeps -Wextra quiet about
                             * `_` parameters, closure environments...) */
};

/* A C local variable or parameter.  Locals are declared by LS_DECL. */
struct LVar {
    const char *name;       /* unique within its function */
    LType *type;            /* complete; LT_ARRAY allowed for locals */
    int flags;              /* LV_* */
    Pos pos;
    void *aux;              /* emitter's (gcc_jit_lvalue *, gcc_jit_param *) */
};

/* A goto target, unique name within its function. */
struct LLabel {
    const char *name;       /* e.g. "L_outer_break", "case_3", "out" */
    void *aux;
};

/* --- Expressions ----------------------------------------------------- */

typedef enum LExprKind {
    LE_INT,         /* integer, bool or pointer-sized constant `ival` (the
                     * value's bits, zero- or sign-extended from type):
                     *   bool => true / false
                     *   signed => 42, -5, INT64_MIN as (-9223372036854775807L - 1),
                     *     narrower than int64 with a cast: (int8_t)-3
                     *   unsigned => 42u, 18446744073709551615ul, (uint8_t)255u */
    LE_FLOAT,       /* `fval`: double => a %a hex literal (exact), commented
                     * with %g; float => (float)0x1.99999ap-4; infinities and
                     * NaN => __builtin_inf(), -__builtin_inf(), __builtin_nan("") */
    LE_NULL,        /* null pointer of `type` => ((T *)0), or 0 where the
                     * type is obvious, or NULL */
    LE_ZERO,        /* zero value of `type` (any complete non-array type):
                     * struct => (T){0}, scalar => 0 (JIT: a zeroed temporary) */
    LE_STRUCT,      /* a struct value of `type` from one value per field,
                     * `args` (nargs == nfields; a NULL arg is that field's
                     * zero) => ((T){a, b, c})  (JIT: a struct constructor,
                     * LIBGCCJIT_ABI_19) */
    LE_STR,         /* string constant: `str`, `slen` bytes (may hold NULs
                     * and any byte), type gort_string =>
                     * ((gort_string){(const uint8_t *)"h\303\251llo", 6})
                     * (in a static initialiser: without the cast) */
    LE_CSTR,        /* C string constant `str` (NUL-terminated, no NUL
                     * inside), type const char * => "index out of range" */
    LE_SIZEOF,      /* sizeof(`totype`), type uint64 => sizeof(T) */
    LE_LOCAL,       /* `var` => its name */
    LE_GLOBAL,      /* `global` => its name */
    LE_FUNC,        /* `func` as a designator, type its LT_FUNC => its name.
                     * As a callee: a direct call.  As a value: always
                     * under LE_ADDR (type pointer to the function) => name */
    LE_UNARY,       /* op x: LOP_NEG => -x, LOP_BITNOT => ~x, LOP_NOT => !x */
    LE_BINARY,      /* x op y => (x op y) with C's semantics on operands of
                     * one type (shifts: the count may be any integer type;
                     * the lowering ensures 0 <= count < width; division:
                     * the lowering has checked y != 0 and MinInt/-1).
                     * Result type: `type` (bool for comparisons and
                     * &&/||).  Arithmetic on types narrower than int is
                     * printed with a cast back: (uint8_t)(x + y), since
                     * C would compute in int.  && and || short-circuit. */
    LE_COND,        /* x ? y : z, y and z of `type`.  The lowering only
                     * uses it with y and z free of side effects and traps
                     * (a JIT emitter may compute it with a temporary and
                     * a branch, or evaluate both). */
    LE_CAST,        /* (type)x: between arithmetic types, pointers,
                     * pointers and uintptr, function pointer types; never
                     * to or from a struct */
    LE_FIELD,       /* x.f, x of struct type, f = x's fields[field] =>
                     * x.name; when x is LE_DEREF(p) => p->name */
    LE_DEREF,       /* *x => (*x) */
    LE_ADDR,        /* &x, x an lvalue (LE_LOCAL, LE_GLOBAL, LE_FIELD of an
                     * lvalue, LE_DEREF, LE_INDEX) or LE_FUNC => (&x) */
    LE_INDEX,       /* x[y], x a pointer or an array-typed lvalue, y any
                     * integer type; an lvalue => x[y] */
    LE_CALL,        /* x(args...): x is LE_FUNC (direct call) or of type
                     * pointer to LT_FUNC (indirect) => f(a, b),
                     * (*fp)(a, b) or fp(a, b); type: the return type
                     * (LT_VOID: only as an LS_EXPR) */
    LE_INTRINSIC,   /* `op` (LIN_*) on x: the inline parts of gort.h's ABI
                     * that are C macros there */
} LExprKind;

typedef enum LOp {
    LOP_NEG, LOP_BITNOT, LOP_NOT,                   /* unary */
    LOP_ADD, LOP_SUB, LOP_MUL, LOP_DIV, LOP_MOD,    /* binary: + - * / % */
    LOP_SHL, LOP_SHR, LOP_AND, LOP_OR, LOP_XOR,     /* << >> & | ^ */
    LOP_EQ, LOP_NE, LOP_LT, LOP_LE, LOP_GT, LOP_GE, /* == != < <= > >= */
    LOP_LOGAND, LOP_LOGOR,                          /* && || */
} LOp;

typedef enum LIntrinsic {
    LIN_STACK_OK,   /* x: frame bytes (LE_INT) => GORT_STACK_OK(x), bool */
    LIN_LIKELY,     /* x: bool => GORT_LIKELY(x), bool */
    LIN_UNLIKELY,   /* x: bool => GORT_UNLIKELY(x), bool */
    LIN_FRAME_ENTER,/* x: &frame (gort_frame *) => gort_frame_enter(x), type
                     * int32: 0 on entry, 1 when a deferred call recovered
                     * (push the frame, then __builtin_setjmp) */
} LIntrinsic;

struct LExpr {
    LExprKind kind;
    Pos pos;
    LType *type;            /* the C type of the value (LE_FUNC: LT_FUNC) */
    int op;                 /* LE_UNARY/LE_BINARY: LOP_*; LE_INTRINSIC: LIN_* */
    uint64_t ival;          /* LE_INT */
    double fval;            /* LE_FLOAT */
    const char *str;        /* LE_STR, LE_CSTR */
    int64_t slen;           /* LE_STR: its length in bytes */
    LType *totype;          /* LE_SIZEOF */
    LVar *var;              /* LE_LOCAL */
    LGlobal *global;        /* LE_GLOBAL */
    LFunc *func;            /* LE_FUNC */
    LExpr *x, *y, *z;       /* operands */
    int field;              /* LE_FIELD: index in x->type's fields */
    LExpr **args;           /* LE_CALL, LE_STRUCT */
    int nargs;
};

/* --- Statements ------------------------------------------------------ */

typedef enum LStmtKind {
    LS_BLOCK,       /* { body... } (a C scope; statements chained by next) */
    LS_DECL,        /* a local: `var` initialised to x, or to zero if x is
                     * NULL => T name = x;  /  T name = {0};  /  T name = 0; */
    LS_EXPR,        /* x; (a call, usually) */
    LS_ASSIGN,      /* x = y; (x an lvalue; struct assignment allowed) */
    LS_IF,          /* if (cond) body else els  (els NULL, an LS_IF, or
                     * any statement); body and els are LS_BLOCKs or
                     * single statements */
    LS_LOOP,        /* for (; cond; post) body: cond NULL = forever; post
                     * NULL or one LS_ASSIGN / LS_EXPR (printed as a C
                     * expression), run after body and on continue */
    LS_BREAK,       /* break;    out of the innermost LS_LOOP */
    LS_CONTINUE,    /* continue; to the innermost LS_LOOP's post */
    LS_LABEL,       /* label: ;  (statement labelled: the next one) */
    LS_GOTO,        /* goto label; (anywhere within the function; a jump
                     * past an LS_DECL leaves that local unset, as in C:
                     * the lowering never reads it then) */
    LS_RETURN,      /* return x; / return; (x NULL) */
    LS_COMMENT,     /* the Go source of the statement that follows, `text`
                     * (one line, trimmed) => / * text * / with any "* /"
                     * inside broken up (JIT: ignored) */
    LS_BACKEDGE,    /* => GORT_BACKEDGE(); (first statement of every loop
                     * body, so that every back edge passes it) */
    LS_UNREACHABLE, /* => __builtin_unreachable(); (after a Go function's
                     * terminating statement when C cannot see it is one) */
} LStmtKind;

struct LStmt {
    LStmtKind kind;
    Pos pos;
    LStmt *next;            /* the next statement of the enclosing block */
    LStmt *body;            /* LS_BLOCK: first statement (NULL: empty);
                             * LS_IF: then; LS_LOOP: body */
    LStmt *els;             /* LS_IF */
    LStmt *post;            /* LS_LOOP */
    LExpr *cond;            /* LS_IF, LS_LOOP */
    LExpr *x, *y;           /* LS_EXPR x; LS_ASSIGN x = y; LS_RETURN x; LS_DECL init */
    LVar *var;              /* LS_DECL */
    LLabel *label;          /* LS_LABEL, LS_GOTO */
    const char *text;       /* LS_COMMENT */
};

/* --- Globals --------------------------------------------------------- */

/*
 * A static initialiser: either a constant expression `expr` (LE_INT,
 * LE_FLOAT, LE_NULL, LE_STR, LE_CSTR, LE_SIZEOF, LE_ADDR of a global or
 * of a field/element of one, LE_ADDR of LE_FUNC, and LE_CAST of those
 * between pointer types) => the expression, or a brace list `elems` =>
 * { e0, e1, ... } for a struct (one per field, in order) or an array
 * (one per element); a list shorter than the fields/elements leaves the
 * rest zero, and a NULL element is zero => {0} / 0.
 */
struct LInit {
    LExpr *expr;
    LInit **elems;
    int nelems;
};

enum {                      /* LGlobal.flags */
    LG_STATIC = 1 << 0,     /* => static (every generated global is) */
    LG_GORT = 1 << 1,       /* declared in gort.h (gort_type_int, gort_type_any...):
                             * never declared nor defined by the emitter */
};

struct LGlobal {
    const char *name;
    LType *type;            /* LT_CONST for type descriptors, itabs,
                             * func value records of top-level functions */
    int flags;              /* LG_* */
    LInit *init;            /* NULL: zero (not for LG_GORT) */
    Pos pos;
    const char *comment;    /* what it is, for readers: "type main.T" */
    void *aux;
};

/* --- Functions ------------------------------------------------------- */

enum {                      /* LFunc.flags */
    LF_STATIC = 1 << 0,     /* => static (every generated function but main) */
    LF_INLINE = 1 << 1,     /* => inline (the stack-check entry stubs) */
    LF_ALWAYS_INLINE = 1 << 2, /* => __attribute__((always_inline)) */
    LF_NOINLINE = 1 << 3,   /* => __attribute__((noinline)) (bodies) */
    LF_COLD = 1 << 4,       /* => __attribute__((cold, noinline)) (the
                             * stack-growth path) */
    LF_NORETURN = 1 << 5,   /* => __attribute__((noreturn)) */
    LF_GORT = 1 << 6,       /* a runtime function declared in gort.h
                             * (gort_chansend, gort_fmt_Println...): the
                             * emitter neither declares nor defines it; its
                             * type is still given exactly (for the JIT) */
};

struct LFunc {
    const char *name;
    LType *type;            /* LT_FUNC: return type and parameter types */
    LVar **params;          /* nparams == type->nparams (NULL for LF_GORT) */
    int nparams;
    LStmt *body;            /* an LS_BLOCK; NULL: declared only (extern,
                             * defined in the runtime) */
    int flags;              /* LF_* */
    const File *file;       /* the .g file its Pos refer to */
    Pos pos;
    const char *comment;    /* the Go function it implements, for readers:
                             * "func fib(n int) int", "stack growth of main.fib" */
    const char *goname;     /* the body of a Go function: Go's name for it
                             * ("main.fib", "main.(*T).M", "main.main.func1"),
                             * listed in the program's gort_funcname table
                             * for tracebacks; NULL for everything else */
    const char *gostart;    /* a `go` statement's thunk: Go's name of the
                             * function the statement starts ("main.say"),
                             * listed in the gort_setgostarts table for the
                             * goroutine timeline; NULL if unknown (a
                             * function value) and for everything else */
    void *aux;
};

/*
 * The whole program.  emit_c prints, in order: #include "gort.h"; a
 * typedef for every struct in `structs`, then their definitions in this
 * order (a struct comes after every struct it holds by value); a
 * declaration of every global, then of every function (prototypes: calls
 * and initialisers may refer to anything); the definitions of the
 * globals, then of the functions with bodies.  Among the functions is
 * the C `int main(int argc, char **argv)` (not static), which calls
 * gort_start.  Function-pointer types may be printed through typedefs of
 * the emitter's choosing.
 */
struct LProgram {
    const File *file;       /* the user's .g file */
    LType **structs;        /* generated struct types (not LTY_GORT ones) */
    int nstructs;
    LGlobal **globals;      /* every global referred to (LG_GORT ones too) */
    int nglobals;
    LFunc **funcs;          /* every function referred to (LF_GORT ones too) */
    int nfuncs;
};

/* Lower a checked program (main and, before it, the library packages it
 * imports: only what main reaches).  Never fails on a checked program. */
LProgram *lower_program(Package *pkg);

/* emit_c.c: the program as C text on out; debug_lines: #line directives
 * pointing at the .g source (gocc -g). */
void emit_c(FILE *out, const LProgram *p, bool debug_lines);

/* ===================================================================== */
/* Driver (main.c)                                                       */
/* ===================================================================== */

/* `gocc --version`, and the banner of every generated C file. */
#define GOCC_VERSION "0.2"

/* emit_jit.c: the program built with libgccjit at optimisation level
 * opt (0..2), with .g locations under debug.
 *   jit_run: compiled in memory and run in this process: main(argc,
 *     argv) of the program, so gort_start; returns only if compiling
 *     failed (1).  The runtime is gocc's own (linked in, exported).
 *   jit_build: an executable `out` linked with the runtime archive `lib`
 *     (-lgc -lpthread -lm -z now); 0 on success. */
int jit_run(const LProgram *p, int opt, bool debug, int argc, char **argv);

/* timeline.c: `gocc trace` (argv[0] is "trace"), and the page for one
 * trace file (0 on success; errors reported). */
int timeline_main(int argc, char **argv);
int timeline_write(const char *json, const char *html);
int jit_build(const LProgram *p, int opt, bool debug, const char *lib, const char *out);

#endif /* GOCC_H */
