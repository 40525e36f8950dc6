/*
 * main.c — the `gocc` command.
 *
 * The command line follows `go build` and gcc (issue 4): `gocc FILE.g -o
 * PROG` will compile and link, `-S` write C.  Only the front end exists
 * so far, so this driver does what the front end can do and says so
 * plainly for the rest:
 *
 *   gocc -fsyntax-only FILE.g   lex and parse; exit 0 if the file is valid,
 *                               1 with gc-style diagnostics on stderr
 *   gocc -dump-tokens FILE.g    the tokens, one per line (lex_dump)
 *   gocc -dump-ast FILE.g       the syntax tree as S-expressions (ast_dump)
 *   gocc -eval-const 'EXPR'     (developer) EXPR's exact value and kind, when
 *                               it is made of literals and operators only
 *   gocc --help | --version
 *
 * Anything else that names a file (`gocc FILE.g -o prog`, `-S`, ...) is
 * a compilation request: "gocc: code generation is not implemented yet;
 * use -fsyntax-only", exit 1.  Usage errors exit 2, like gcc.
 *
 * The file is read whole into memory and NUL-terminated (the lexer's
 * sentinel); NUL bytes inside it are left for the lexer, which reports
 * "invalid NUL character" where Go does.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gocc.h"

#define GOCC_VERSION "0.1"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: gocc [options] FILE.g\n"
            "\n"
            "gocc compiles G, a subset of Go, to C linked with the gort runtime.\n"
            "Only the front end is implemented so far: code generation is not,\n"
            "so every compiling command (gocc FILE.g [-o PROG], -S) fails with\n"
            "\"code generation is not implemented yet\".\n"
            "\n"
            "options:\n"
            "  -fsyntax-only   check the syntax of FILE.g; exit 0 if valid, 1 on errors\n"
            "  -fcheck-only    (developer) parse and type-check FILE.g; exit 0 if valid\n"
            "  -dump-tokens    print FILE.g's tokens, one per line\n"
            "  -dump-ast       print FILE.g's syntax tree\n"
            "  -eval-const EXPR  print the constant EXPR's exact value and kind\n"
            "  -o PROG         output name (not implemented yet)\n"
            "  -S              write the generated C (not implemented yet)\n"
            "  --help          print this help\n"
            "  --version       print the version\n"
            "\n"
            "Errors are reported as Go reports them: FILE.g:LINE:COL: message.\n");
}

static bool read_file(const char *name, File *f)
{
    FILE *fp = fopen(name, "rb");
    if (!fp) {
        fprintf(stderr, "gocc: cannot read %s: %s\n", name, strerror(errno));
        return false;
    }
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap + 1);
    for (;;) {
        if (!buf) {
            fprintf(stderr, "gocc: cannot read %s: out of memory\n", name);
            fclose(fp);
            return false;
        }
        size_t n = fread(buf + len, 1, cap - len, fp);
        len += n;
        if (len < cap)
            break;
        cap *= 2;
        buf = realloc(buf, cap + 1);
    }
    if (ferror(fp)) {
        fprintf(stderr, "gocc: cannot read %s: %s\n", name, strerror(errno));
        fclose(fp);
        free(buf);
        return false;
    }
    fclose(fp);
    buf[len] = '\0';
    f->name = name;
    f->src = buf;
    f->len = len;
    return true;
}

/* -eval-const: a literal-and-operator expression's value, or false with
 * *err set (NULL: not a constant expression). */
static bool eval_const(const Node *n, Const *out, const char **err)
{
    Const x, y;
    switch (n->kind) {
    case N_LIT:
        *out = const_from_literal(n->op, n->lit, (size_t)n->litlen);
        *err = NULL;
        return out->kind != CONST_INVALID;
    case N_PAREN:
        return eval_const(n->x, out, err);
    case N_UNARY:
        return eval_const(n->x, &x, err) && const_unary(n->op, x, out, err);
    case N_BINARY:
        return eval_const(n->x, &x, err) && eval_const(n->y, &y, err) &&
               const_binary(n->op, x, y, out, err);
    default:
        *err = NULL;
        return false;
    }
}

static int eval_const_main(const char *expr)
{
    static const char pre[] = "package p; const _ = ";
    size_t len = sizeof pre - 1 + strlen(expr) + 1;
    char *src = malloc(len + 1);
    snprintf(src, len + 1, "%s%s\n", pre, expr);
    File f = {"<expr>", src, len};
    Node *root = parse_file(&f);
    if (!root)
        return 1;
    Node *decl = root->body, *spec = decl ? decl->list : NULL;
    if (!decl || decl->next || decl->kind != N_DECL || !spec || spec->next || !spec->x || spec->x->next) {
        fprintf(stderr, "gocc: not a constant expression\n");
        return 1;
    }
    Const c;
    const char *err = NULL;
    if (!eval_const(spec->x, &c, &err)) {
        if (err)
            fprintf(stderr, "gocc: invalid operation: %s\n", err);
        else
            fprintf(stderr, "gocc: not a constant expression\n");
        return 1;
    }
    size_t size = 1 << 16;
    char *buf = malloc(size);
    printf("%s (%s)\n", const_repr(c, buf, size), const_kindname(c.kind));
    return 0;
}

int main(int argc, char **argv)
{
    enum { COMPILE, SYNTAX, TOKENS, AST, CHECK } mode = COMPILE;
    const char *file = NULL;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("gocc %s (front end only: lexer and parser)\n", GOCC_VERSION);
            return 0;
        } else if (!strcmp(a, "-fsyntax-only")) {
            mode = SYNTAX;
        } else if (!strcmp(a, "-fcheck-only")) {
            mode = CHECK;
        } else if (!strcmp(a, "-dump-tokens")) {
            mode = TOKENS;
        } else if (!strcmp(a, "-dump-ast")) {
            mode = AST;
        } else if (!strcmp(a, "-eval-const")) {
            if (++i == argc) {
                fprintf(stderr, "gocc: missing argument to -eval-const\n");
                return 2;
            }
            return eval_const_main(argv[i]);
        } else if (!strcmp(a, "-o")) {
            if (++i == argc) {
                fprintf(stderr, "gocc: missing argument to -o\n");
                return 2;
            }
        } else if (!strcmp(a, "-S") || !strcmp(a, "-g") || !strcmp(a, "-v") || !strcmp(a, "-O0") ||
                   !strcmp(a, "-O1") || !strcmp(a, "-O2")) {
            /* compilation options: accepted, code generation is missing */
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "gocc: unknown option %s (see gocc --help)\n", a);
            return 2;
        } else if (file) {
            fprintf(stderr, "gocc: only one source file is supported (%s, %s)\n", file, a);
            return 2;
        } else {
            file = a;
        }
    }
    if (!file) {
        usage(stderr);
        return 2;
    }
    File f;
    if (!read_file(file, &f))
        return 1;
    switch (mode) {
    case TOKENS:
        return lex_dump(&f) ? 1 : 0;
    case SYNTAX:
        return parse_file(&f) ? 0 : 1;
    case CHECK: {   /* (developer) lex, parse and type-check */
        Node *root = parse_file(&f);
        return root && check_program(&f, root) ? 0 : 1;
    }
    case AST: {
        Node *root = parse_file(&f);
        if (!root)
            return 1;
        ast_dump(stdout, root);
        return 0;
    }
    case COMPILE:
        break;
    }
    fprintf(stderr, "gocc: code generation is not implemented yet; use -fsyntax-only\n");
    return 1;
}
