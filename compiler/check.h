/*
 * check.h — what the three files of the checker share: check.c (the
 * driver: errors, scopes, printing, package-level objects), check_expr.c
 * (constants, types, expressions, calls, composite literals) and
 * check_stmt.c (declarations and statements in function bodies).  Not
 * part of the contract between phases (that is gocc.h's "Checker"
 * banner): every name here is the checker's own, prefixed check_.
 */
#ifndef CHECK_H
#define CHECK_H

#include "gocc.h"

/* A growable array of pointers. */
typedef struct Vec {
    void **a;
    int n, cap;
} Vec;
/* A scope: its entries, newest first, and its parent. */
typedef struct Entry {
    const char *name;
    Sym *sym;
    struct Entry *next;
} Entry;

typedef struct Scope {
    struct Scope *parent;
    Entry *entries;
    bool funcscope;         /* the outermost scope of a function body */
} Scope;

/* The function whose body is being checked. */
typedef struct FuncCtx {
    Func *fn;
    Vec locals, captures;
    Vec labels;             /* SYM_LABEL of this body */
    Vec gotos;              /* label names of (rejected) goto statements */
    struct FuncCtx *outer;
    int nlits;              /* function literals numbered for names */
    Scope *scope;           /* the function's outermost scope */
} FuncCtx;

/* A growing string. */
typedef struct Buf {
    char *s;
    size_t len, cap;
} Buf;

extern const File *check_cur_file;
extern Scope *check_cur_scope;
extern const char *check_n_blank, *check_n_init, *check_n_main, *check_n_iota, *check_n_nil, *check_n_true, *check_n_false, *check_n_error, *check_n_any;
extern Package *check_cur_pkg;
extern FuncCtx *check_cur_fc;
extern Vec check_pkg_funcs;
extern int check_glob_lits;
extern Node *check_cur_iota;
extern int check_cur_iota_val;
extern const char *check_builtin_names[];

/* check.c */
void check_vec_push(Vec *v, void *p);
void check_errorf(Pos p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
Sym *check_new_sym(SymKind k, const char *name, Pos pos);
Sym *check_scope_lookup_local(Scope *sc, const char *name);
Sym *check_lookup(const char *name);
void check_scope_insert(Scope *sc, Sym *s);
Scope *check_open_scope(void);
void check_close_scope(void);
const char *check_intern(const char *s);
void check_record_dep(Sym *s);
void check_bputs(Buf *b, const char *s, size_t n);
void check_bstr(Buf *b, const char *s);
const char *check_op_str(int op);
const char *check_expr_str(Node *n);
const char *check_const_str(Const c);
const char *check_operand_str(Node *e);
Const *check_box(Const c);
Pos check_start_pos(Node *e);
bool check_invalid(Node *e);
void check_set_invalid(Node *e);

void check_resolve(Sym *s);

/* check_expr.c */
bool check_is_basic_const_type(Type *t);
void check_use_default(Node *e);
bool check_default_value(Node *e, const char *ctx);
bool check_convert_untyped(Node *e, Type *t, const char *ctx);
bool check_implements(Type *t, Type *it, const char **why);
bool check_assignable(Type *v, Type *t, const char **why);
bool check_assign_to(Node *e, Type *t, const char *ctx);
Type *check_sig_type(Node *ft);
Type *check_type(Node *n);
void check_note_capture(Sym *s);
Pos check_find_after(Pos p, const char *tok);
void check_binary_op(Node *e);
void check_expr0(Node *e, bool allow_type);
void check_rvalue(Node *e);
void check_post_value(Node *e);
void check_value_default(Node *e);
int check_count_list(Node *l);
const char *check_have_list(Node *args);

/* check_stmt.c */
void check_redeclared(Node *name, Sym *old);
void check_var_spec(Node *spec, Sym **syms, int nnames);
void check_const_value(Sym *s, Node *typeexpr, Node *valexpr, int index, int iota, Node *spec);
void check_body(Func *fn, Node *ftype, Node *recv, Node *body);
void check_funclit(Node *e);

#endif /* CHECK_H */
