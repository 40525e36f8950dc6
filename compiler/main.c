/*
 * main.c — the `gocc` command: options, the pipeline, and the C compiler.
 *
 * The command line follows `go build` and gcc:
 *
 *   gocc FILE.g [-o PROG]   compile and link.  Without -o the program is
 *                           named after the file, without its directory and
 *                           without `.g`, in the current directory (as `go
 *                           build prog.go` writes ./prog).
 *   gocc -S FILE.g [-o F.c] write the generated C instead: to FILE.c (in
 *                           the current directory, as gcc -S does), to F.c,
 *                           or to standard output with `-o -`.
 *   gocc run FILE.g [ARGS]  compile FILE.g in memory with libgccjit and run
 *                           it at once, in gocc's own process; os.Args is
 *                           FILE.g ARGS, gocc exits with the program's status.
 *                           --trace=T.json: record its goroutine timeline
 *                           (GOCCTRACE); --timeline=T.html: and make the page
 *                           (the program runs in a child process, so that
 *                           gocc is there to write it when it ends);
 *                           --stats: its scheduler counters (GOCCDEBUG=stats=1).
 *   gocc trace T.json [-o T.html]  the timeline page of a trace (timeline.c).
 *   --backend=c|jit         how `gocc FILE.g` makes the program: C through
 *                           $CC (default), or libgccjit (emit_jit.c), which
 *                           needs no C compiler, only as and ld.
 *   -O0 -O1 -O2             the C compiler's optimisation level (default -O2)
 *   -g                      debug information; the C carries `#line N
 *                           "FILE.g"` directives, so gdb and perf show .g lines
 *   -v                      print the C compiler's command line on stderr
 *   --help, --version
 *
 * Developer options: -fsyntax-only (lex and parse), -fcheck-only (and
 * type-check), -dump-tokens, -dump-ast, -eval-const EXPR, and -fcc-werror
 * (compile the generated C with -Wall -Wextra -Werror: the tests use it;
 * the C is meant to be clean, but a warning must never stop a user).
 *
 * The pipeline.  The file is read whole and NUL-terminated (the lexer's
 * sentinel; NUL bytes inside are the lexer's to report), then
 *
 *     parse_file -> check_program -> lower_program -> emit_c
 *
 * and emit_c writes the C text straight into a pipe to `$CC -x c -`
 * (CC from the environment, default `cc`; it may carry words, as in
 * CC="ccache gcc"), which links it with the runtime:
 *
 *     $CC -std=gnu11 -O2 -g1 -fno-optimize-sibling-calls -fwrapv
 *         -fno-strict-aliasing -I<include dir>
 *         -x c - -x none <libgort.a> -Wl,-z,now -lgc -lpthread -lm -o <tmp>
 *
 * The C always carries `#line N "FILE.g"` directives, and -g1
 * (line tables only; -g: full debug information) with no sibling calls
 * (every Go call keeps its caller's frame, as in Go) lets
 * the runtime print Go's traceback for an unrecovered panic: the frames,
 * each with its .g file and line (runtime/traceback.c).
 *
 * -fwrapv and -fno-strict-aliasing state Go's semantics (integers wrap;
 * memory is untyped to unsafe-free Go code's eyes) even where the lowering
 * already avoids the undefined cases.  -z now is required: a lazily bound
 * first call into a shared library would run the dynamic linker's resolver
 * on a goroutine's small stack segment (1.5 KB at first).
 *
 * Nothing is left behind on failure.  The program (or the -S file) is
 * written to a temporary name in the output's own directory (mkstemp:
 * `.PROG.XXXXXX`) and renamed over PROG only when everything succeeded;
 * on any error, and on SIGINT/SIGTERM/SIGHUP, the temporary is removed.
 * No other file is ever created: the C goes through the pipe.  An output
 * that exists and is not a regular file (-o /dev/null) is written in place.
 *
 * The JIT back end.  `gocc run` runs the program inside gocc: gocc is
 * linked with the whole runtime and exports it (-rdynamic, see the
 * Makefile), libgccjit compiles the lowered tree into a shared object and
 * loads it, and its `main` is called with FILE.g and ARGS as argv, so
 * gort_start takes the process over and ends it with the program's exit
 * status.  libgccjit's temporary directory is removed as soon as the code
 * is loaded (emit_jit.c); nothing else touches the disk.  --backend=jit
 * links an executable instead, against libgort.a found as below.
 *
 * Where the runtime is.  gocc finds gort.h and libgort.a relative to its
 * own executable (/proc/self/exe), in one of two layouts:
 *
 *     installed:   PREFIX/bin/gocc
 *                  PREFIX/lib/gocc/libgort.a
 *                  PREFIX/lib/gocc/include/gort.h
 *     build tree:  build/gocc, build/libgort.a, runtime/gort.h
 *
 * The environment variable GOCC_RUNTIME=DIR overrides both: DIR holds
 * libgort.a and include/gort.h (the installed layout's lib/gocc).
 *
 * Exit status: 0 on success; 1 on a compile error (reported as Go does,
 * `FILE.g:LINE:COL: message`), an unreadable file, or a failure of the C
 * compiler (an internal error: gocc's C must always compile); 2 on a
 * usage error, like gcc.
 */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gocc.h"

static void usage(FILE *out)
{
    fprintf(out,
            "usage: gocc [options] FILE.g\n"
            "       gocc run [options] [--trace=T.json] [--timeline=T.html] [--stats] FILE.g [ARGS...]\n"
            "       gocc trace T.json [-o T.html]\n"
            "\n"
            "gocc compiles FILE.g, a program in G (a subset of Go), to C and links it\n"
            "with the gort goroutine runtime.  Without -o, the program is named after\n"
            "FILE.g without its directory and its .g, as `go build` does.  `gocc run`\n"
            "compiles FILE.g in memory (libgccjit) and runs it with ARGS at once.\n"
            "`gocc trace` turns the trace a program wrote (GOCCTRACE=T.json ./prog)\n"
            "into one self-contained page: its goroutine timeline.\n"
            "\n"
            "options:\n"
            "  -o PROG         write the program (or, with -S, the C) to PROG\n"
            "  -S              write the generated C to FILE.c (-o -: standard output)\n"
            "  --backend=c     build through C and $CC (the default)\n"
            "  --backend=jit   build with libgccjit (no C compiler needed)\n"
            "  -O0, -O1, -O2   optimisation level (default -O2)\n"
            "  -g              debug information, with lines of FILE.g (#line)\n"
            "  -v              print the C compiler's command line\n"
            "  --help          print this help\n"
            "  --version       print the version\n"
            "\n"
            "developer options:\n"
            "  -fsyntax-only   check FILE.g's syntax only\n"
            "  -fcheck-only    check FILE.g's syntax and types only\n"
            "  -dump-tokens    print FILE.g's tokens, one per line\n"
            "  -dump-ast       print FILE.g's syntax tree\n"
            "  -eval-const EXPR  print the constant EXPR's exact value and kind\n"
            "  -fcc-werror     compile the generated C with -Wall -Wextra -Werror\n"
            "\n"
            "environment: CC (the C compiler, default cc), GOCC_RUNTIME (the directory\n"
            "holding libgort.a and include/gort.h), TMPDIR.  Programs gocc builds read\n"
            "GOCCTRACE=T.json (record a timeline), GOCCDEBUG=stats=1 (scheduler counters\n"
            "at exit), GODEBUG=schedtrace=MS[,scheddetail=1] and GOMAXPROCS.\n"
            "\n"
            "Errors are reported as Go reports them: FILE.g:LINE:COL: message.\n"
            "Exit status: 0 on success, 1 on errors, 2 on a usage error.\n");
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

/* ---------------------------------------------------------------------
 * Strings and argument vectors.
 */

/* A growing NULL-terminated argument vector for execvp. */
typedef struct Argv {
    char **v;
    int n, cap;
} Argv;

static void argv_push(Argv *a, const char *s)
{
    if (a->n + 2 > a->cap) {
        a->cap = a->cap ? 2 * a->cap : 32;
        a->v = realloc(a->v, (size_t)a->cap * sizeof *a->v);
        if (!a->v) {
            fprintf(stderr, "gocc: out of memory\n");
            exit(1);
        }
    }
    a->v[a->n++] = (char *)s;
    a->v[a->n] = NULL;
}

/* $CC's words: CC="ccache gcc -m64" is three arguments (split on blanks,
 * no quoting, as make passes it to a shell in the common cases). */
static void argv_push_words(Argv *a, const char *words)
{
    char *copy = strdup(words);
    for (char *w = strtok(copy, " \t\n"); w; w = strtok(NULL, " \t\n"))
        argv_push(a, w);
}

/* -v: the command, each word quoted for a shell when it needs it. */
static void main_print_command(const Argv *a)
{
    for (int i = 0; i < a->n; i++) {
        const char *w = a->v[i];
        bool plain = *w != '\0';
        for (const char *p = w; *p; p++)
            if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_=+,./:@%", *p))
                plain = false;
        fputs(i ? " " : "", stderr);
        if (plain) {
            fputs(w, stderr);
            continue;
        }
        fputc('\'', stderr);
        for (const char *p = w; *p; p++)
            fputs(*p == '\'' ? "'\\''" : (char[]){*p, 0}, stderr);
        fputc('\'', stderr);
    }
    fputc('\n', stderr);
}

/* ---------------------------------------------------------------------
 * The temporary output file: one at a time, removed on failure and on
 * the usual terminating signals.
 */

static char main_tmpname[PATH_MAX + 32];
static volatile sig_atomic_t main_have_tmp;

static void main_remove_tmp(void)
{
    if (main_have_tmp) {
        unlink(main_tmpname);
        main_have_tmp = 0;
    }
}

static void main_on_signal(int sig)
{
    if (main_have_tmp)
        unlink(main_tmpname);
    signal(sig, SIG_DFL);
    raise(sig);
}

/* A new empty temporary file beside `out` (same directory, so rename is
 * atomic): ".NAME.XXXXXX".  Returns its descriptor, or -1 with a message. */
static int main_make_tmp(const char *out)
{
    char *copy1 = strdup(out), *copy2 = strdup(out);
    const char *dir = dirname(copy1), *base = basename(copy2);
    int len = snprintf(main_tmpname, sizeof main_tmpname, "%s/.%s.XXXXXX", dir, base);
    free(copy1);
    free(copy2);
    if (len < 0 || (size_t)len >= sizeof main_tmpname) {
        fprintf(stderr, "gocc: %s: file name too long\n", out);
        return -1;
    }
    static bool handlers;
    if (!handlers) {
        handlers = true;
        signal(SIGINT, main_on_signal);
        signal(SIGTERM, main_on_signal);
        signal(SIGHUP, main_on_signal);
    }
    int fd = mkstemp(main_tmpname);
    if (fd < 0) {
        fprintf(stderr, "gocc: cannot create %s: %s\n", out, strerror(errno));
        return -1;
    }
    main_have_tmp = 1;
    return fd;
}

/* Give the temporary the mode `mode` less the umask, as open(2) would. */
static void main_chmod_tmp(mode_t mode)
{
    mode_t mask = umask(0);
    umask(mask);
    chmod(main_tmpname, mode & ~mask);
}

/* An existing output that is not a regular file (/dev/null, a FIFO, a
 * terminal) is written in place, as gcc does: renaming a temporary over it
 * would replace the device with a file. */
static bool main_special_output(const char *out)
{
    struct stat st;
    return stat(out, &st) == 0 && !S_ISREG(st.st_mode);
}

/* The temporary becomes `out`. */
static bool main_commit_tmp(const char *out)
{
    if (rename(main_tmpname, out) != 0) {
        fprintf(stderr, "gocc: cannot write %s: %s\n", out, strerror(errno));
        main_remove_tmp();
        return false;
    }
    main_have_tmp = 0;
    return true;
}

/* ---------------------------------------------------------------------
 * Output names and the runtime's location.
 */

/* `go build dir/prog.g` writes ./prog; `gocc -S dir/prog.g` writes ./prog.c.
 * A file not named *.g gives a.out (and a.c), never the source's own name. */
static char *main_default_output(const char *file, bool asm_only)
{
    char *copy = strdup(file);
    char *base = basename(copy);
    size_t n = strlen(base);
    char *out;
    if (n > 2 && !strcmp(base + n - 2, ".g"))
        out = gocc_format("%.*s%s", (int)(n - 2), base, asm_only ? ".c" : "");
    else
        out = strdup(asm_only ? "a.c" : "a.out");
    free(copy);
    return out;
}

static bool main_exists(const char *path)
{
    return access(path, R_OK) == 0;
}

/* Find libgort.a and the directory of gort.h (see the essay above). */
static bool main_find_runtime(char **lib, char **incdir)
{
    const char *env = getenv("GOCC_RUNTIME");
    if (env && *env) {
        *lib = gocc_format("%s/libgort.a", env);
        *incdir = gocc_format("%s/include", env);
        char *hdr = gocc_format("%s/gort.h", *incdir);
        bool ok = main_exists(*lib) && main_exists(hdr);
        if (!ok)
            fprintf(stderr, "gocc: GOCC_RUNTIME=%s: no libgort.a and include/gort.h there\n", env);
        free(hdr);
        return ok;
    }
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0) {
        fprintf(stderr, "gocc: cannot find my own executable: %s\n", strerror(errno));
        return false;
    }
    exe[n] = '\0';
    const char *bindir = dirname(exe);
    struct {
        const char *lib, *inc;
    } layouts[] = {
        {"%s/../lib/gocc/libgort.a", "%s/../lib/gocc/include"},  /* installed */
        {"%s/libgort.a", "%s/../runtime"},                       /* build tree */
    };
    for (size_t i = 0; i < sizeof layouts / sizeof *layouts; i++) {
        char *l = gocc_format(layouts[i].lib, bindir);
        char *d = gocc_format(layouts[i].inc, bindir);
        char *h = gocc_format("%s/gort.h", d);
        bool ok = main_exists(l) && main_exists(h);
        free(h);
        if (ok) {
            /* PREFIX/bin/../lib/gocc reads better as PREFIX/lib/gocc (-v) */
            char *rl = realpath(l, NULL), *rd = realpath(d, NULL);
            *lib = rl ? rl : l;
            *incdir = rd ? rd : d;
            return true;
        }
        free(l);
        free(d);
    }
    fprintf(stderr,
            "gocc: cannot find the runtime (libgort.a and gort.h) near %s;\n"
            "      expected %s/../lib/gocc/ (installed) or %s/libgort.a (build tree),\n"
            "      or set GOCC_RUNTIME\n",
            bindir, bindir, bindir);
    return false;
}

/* Would writing `out` overwrite the source file itself? */
static bool main_same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* ---------------------------------------------------------------------
 * The back half of the pipeline.
 */

typedef struct Options {
    const char *file;       /* FILE.g */
    const char *out;        /* -o, or NULL */
    bool asm_only;          /* -S */
    bool debug;             /* -g */
    bool verbose;           /* -v */
    bool werror;            /* -fcc-werror */
    const char *opt;        /* "-O2" */
} Options;

/* Write the C to fp, with #line directives if `lines`; false if writing
 * failed. */
static bool main_emit(FILE *fp, const LProgram *prog, bool lines)
{
    emit_c(fp, prog, lines);
    fflush(fp);
    return !ferror(fp);
}

/* gocc -S: the C to a file (through a temporary) or to stdout. */
static int main_write_c(const LProgram *prog, const Options *o)
{
    if (!strcmp(o->out, "-"))
        return main_emit(stdout, prog, o->debug) ? 0 : 1;
    if (main_special_output(o->out)) {
        FILE *fp = fopen(o->out, "w");
        bool ok = fp && main_emit(fp, prog, o->debug);
        if (!fp || fclose(fp) != 0 || !ok) {
            fprintf(stderr, "gocc: cannot write %s: %s\n", o->out, strerror(errno));
            return 1;
        }
        return 0;
    }
    int fd = main_make_tmp(o->out);
    if (fd < 0)
        return 1;
    FILE *fp = fdopen(fd, "w");
    bool ok = fp && main_emit(fp, prog, o->debug);
    if (fp && fclose(fp) != 0)
        ok = false;
    if (!ok) {
        fprintf(stderr, "gocc: cannot write %s: %s\n", o->out, strerror(errno));
        main_remove_tmp();
        return 1;
    }
    main_chmod_tmp(0666);   /* mkstemp made it 0600 */
    return main_commit_tmp(o->out) ? 0 : 1;
}

/* Both back ends' last step: the linker rewrote mkstemp's 0600 file in
 * place; give the program the mode a new executable gets and rename it to
 * its name (nothing to do when the output is special, e.g. /dev/null). */
static int main_finish_output(const Options *o, bool special)
{
    if (special)
        return 0;
    main_chmod_tmp(0777);
    return main_commit_tmp(o->out) ? 0 : 1;
}

/* Both back ends' first steps: find the runtime, and reserve the
 * temporary the program is linked into (unless PROG is special, like
 * /dev/null, and written in place). */
static bool main_prepare_output(const Options *o, char **lib, char **incdir, bool *special)
{
    if (!main_find_runtime(lib, incdir))
        return false;
    *special = main_special_output(o->out);
    if (!*special) {
        int fd = main_make_tmp(o->out);
        if (fd < 0)
            return false;
        close(fd);
    }
    return true;
}

/* gocc FILE.g: $CC reads the C from a pipe and links the program into a
 * temporary, renamed to the program's name on success. */
static int main_build(const LProgram *prog, const Options *o)
{
    char *lib, *incdir;
    bool special;
    if (!main_prepare_output(o, &lib, &incdir, &special))
        return 1;

    Argv a = {0};
    const char *cc = getenv("CC");
    argv_push_words(&a, cc && *cc ? cc : "cc");
    argv_push(&a, "-std=gnu11");
    argv_push(&a, o->opt);
    /* Line tables (-g1) even without -g, and no sibling calls: the
     * runtime's traceback of an unrecovered panic unwinds every Go frame
     * and maps each return address to a .g line (the #line directives). */
    argv_push(&a, o->debug ? "-g" : "-g1");
    argv_push(&a, "-fno-optimize-sibling-calls");
    argv_push(&a, "-fwrapv");
    argv_push(&a, "-fno-strict-aliasing");
    if (o->werror) {
        argv_push(&a, "-Wall");
        argv_push(&a, "-Wextra");
        argv_push(&a, "-Werror");
    }
    argv_push(&a, gocc_format("-I%s", incdir));
    argv_push(&a, "-x");
    argv_push(&a, "c");
    argv_push(&a, "-");
    argv_push(&a, "-x");
    argv_push(&a, "none");
    argv_push(&a, lib);
    argv_push(&a, "-Wl,-z,now");
    argv_push(&a, "-lgc");
    argv_push(&a, "-lpthread");
    argv_push(&a, "-lm");
    argv_push(&a, "-o");
    argv_push(&a, special ? o->out : main_tmpname);
    if (o->verbose)
        main_print_command(&a);

    int pfd[2];
    if (pipe(pfd) != 0) {
        fprintf(stderr, "gocc: pipe: %s\n", strerror(errno));
        main_remove_tmp();
        return 1;
    }
    fflush(stdout);
    fflush(stderr);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "gocc: fork: %s\n", strerror(errno));
        main_remove_tmp();
        return 1;
    }
    if (pid == 0) {
        dup2(pfd[0], 0);
        close(pfd[0]);
        close(pfd[1]);
        signal(SIGINT, SIG_DFL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        execvp(a.v[0], a.v);
        fprintf(stderr, "gocc: cannot run the C compiler %s: %s\n", a.v[0], strerror(errno));
        _exit(127);
    }
    close(pfd[0]);
    /* If the C compiler dies early, writes fail with EPIPE, not a signal. */
    signal(SIGPIPE, SIG_IGN);
    FILE *fp = fdopen(pfd[1], "w");
    bool wrote = fp && main_emit(fp, prog, true);
    if (fp)
        fclose(fp);
    else
        close(pfd[1]);
    int status;
    while (waitpid(pid, &status, 0) < 0) {
        if (errno != EINTR) {
            fprintf(stderr, "gocc: waitpid: %s\n", strerror(errno));
            main_remove_tmp();
            return 1;
        }
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        if (!(WIFEXITED(status) && WEXITSTATUS(status) == 127))
            fprintf(stderr,
                    "gocc: internal error: the C compiler failed (%s %d) on the C generated for %s;\n"
                    "      please report it with the output of: gocc -S %s -o -\n",
                    WIFEXITED(status) ? "exit status" : "signal",
                    WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status), o->file, o->file);
        main_remove_tmp();
        return 1;
    }
    if (!wrote) {
        fprintf(stderr, "gocc: internal error: writing the C to the C compiler failed\n");
        main_remove_tmp();
        return 1;
    }
    return main_finish_output(o, special);
}


/* gocc --backend=jit FILE.g: libgccjit links the executable into the
 * temporary, renamed to the program's name on success. */
static int main_build_jit(const LProgram *prog, const Options *o)
{
    char *lib, *incdir;
    bool special;
    if (!main_prepare_output(o, &lib, &incdir, &special))
        return 1;
    if (o->verbose)
        fprintf(stderr, "gocc: libgccjit %s%s -> %s, linked with %s -Wl,-z,now -lgc -lpthread -lm\n",
                o->opt, o->debug ? " -g" : "", o->out, lib);
    if (jit_build(prog, o->opt[2] - '0', o->debug, lib, special ? o->out : main_tmpname) != 0) {
        main_remove_tmp();
        return 1;
    }
    return main_finish_output(o, special);
}

/* Append key=value to the comma-separated list in the environment
 * variable var (GOCCDEBUG). */
static void main_addenv(const char *var, const char *kv)
{
    const char *old = getenv(var);
    setenv(var, old && *old ? gocc_format("%s,%s", old, kv) : kv, 1);
}

/*
 * `gocc run --timeline=PAGE.html`: the program ends the process it runs
 * in (gort_start never returns), so it runs in a child, recording into a
 * temporary trace (or the --trace file), and gocc writes the page when the
 * child is done.  gocc's exit status is the program's; a program killed
 * by a signal kills gocc with the same signal, after the page is written
 * (there is no trace: the runtime writes it on every exit but a kill).
 */
static int main_run_timeline(const LProgram *prog, Options *o, int argc, char **argv, const char *trace,
                             const char *page)
{
    char tmp[PATH_MAX] = "";
    if (!trace) {
        const char *dir = getenv("TMPDIR");
        snprintf(tmp, sizeof tmp, "%s/gocc-trace-XXXXXX.json", dir && *dir ? dir : "/tmp");
        int fd = mkstemps(tmp, 5);
        if (fd < 0) {
            fprintf(stderr, "gocc: cannot create a temporary trace: %s\n", strerror(errno));
            return 1;
        }
        close(fd);
        trace = tmp;
    }
    setenv("GOCCTRACE", trace, 1);
    fflush(NULL);
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "gocc: fork: %s\n", strerror(errno));
        return 1;
    }
    if (pid == 0)
        _exit(jit_run(prog, o->opt[2] - '0', o->debug, argc, argv));
    int st;
    signal(SIGINT, SIG_IGN); /* ^C goes to the program; we write what it left */
    while (waitpid(pid, &st, 0) < 0 && errno == EINTR) {
    }
    struct stat tst;
    int rc = 1;
    if (stat(trace, &tst) == 0 && tst.st_size > 0)
        rc = timeline_write(trace, page);
    else
        fprintf(stderr, "gocc: the program left no trace; no timeline written\n");
    if (tmp[0])
        unlink(tmp);
    if (rc == 0)
        fprintf(stderr, "gocc: timeline written to %s\n", page);
    if (WIFSIGNALED(st)) {
        signal(WTERMSIG(st), SIG_DFL);
        raise(WTERMSIG(st));
    }
    return WIFEXITED(st) ? WEXITSTATUS(st) : 1;
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "trace"))
        return timeline_main(argc - 1, argv + 1);
    enum { COMPILE, SYNTAX, CHECK, TOKENS, AST } mode = COMPILE;
    Options o = {.opt = "-O2"};
    /* `gocc run [options] FILE.g [ARGS...]`: everything after FILE.g is
     * the program's; its os.Args are FILE.g ARGS... */
    bool run = argc > 1 && !strcmp(argv[1], "run");
    bool jit = run;
    int progarg = 0;
    const char *trace = NULL, *page = NULL; /* gocc run --trace=, --timeline= */

    for (int i = run ? 2 : 1; i < argc; i++) {
        const char *a = argv[i];
        if (run && o.file) {
            break;
        } else if (run && !strncmp(a, "--trace=", 8) && a[8]) {
            trace = a + 8;
        } else if (run && !strncmp(a, "--timeline=", 11) && a[11]) {
            page = a + 11;
        } else if (run && !strcmp(a, "--stats")) {
            main_addenv("GOCCDEBUG", "stats=1");
        } else if (!strcmp(a, "--backend=jit")) {
            jit = true;
        } else if (!strcmp(a, "--backend=c")) {
            if (run) {
                fprintf(stderr, "gocc: gocc run compiles in memory: it needs the JIT back end\n");
                return 2;
            }
            jit = false;
        } else if (!strncmp(a, "--backend=", 10)) {
            fprintf(stderr, "gocc: unknown back end %s (c or jit)\n", a + 10);
            return 2;
        } else if (!strcmp(a, "--help") || !strcmp(a, "-help") || !strcmp(a, "-h")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "--version")) {
            printf("gocc %s\n", GOCC_VERSION);
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
            o.out = argv[i];
        } else if (!strcmp(a, "-S")) {
            o.asm_only = true;
        } else if (!strcmp(a, "-g")) {
            o.debug = true;
        } else if (!strcmp(a, "-v")) {
            o.verbose = true;
        } else if (!strcmp(a, "-fcc-werror")) {
            o.werror = true;
        } else if (!strcmp(a, "-O0") || !strcmp(a, "-O1") || !strcmp(a, "-O2")) {
            o.opt = a;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "gocc: unknown option %s (see gocc --help)\n", a);
            return 2;
        } else if (o.file) {
            fprintf(stderr, "gocc: only one source file is supported (%s, %s)\n", o.file, a);
            return 2;
        } else {
            o.file = a;
            progarg = i;
        }
    }
    if (!o.file) {
        usage(stderr);
        return 2;
    }
    if (run && (mode != COMPILE || o.asm_only || o.out)) {
        fprintf(stderr, "gocc: gocc run takes no -o, -S or developer options\n");
        return 2;
    }
    if (jit && o.asm_only) {
        fprintf(stderr, "gocc: -S writes C: it needs the C back end\n");
        return 2;
    }
    if (run) {
        File rf;
        if (!read_file(o.file, &rf))
            return 1;
        Node *rroot = parse_file(&rf);
        if (!rroot)
            return 1;
        Package *rpkg = check_program(&rf, rroot);
        if (!rpkg)
            return 1;
        LProgram *rprog = lower_program(rpkg);
        if (!rprog)
            return 1;
        if (o.verbose)
            fprintf(stderr, "gocc: libgccjit %s%s, in memory; running %s\n", o.opt, o.debug ? " -g" : "", o.file);
        if (page)
            return main_run_timeline(rprog, &o, argc - progarg, argv + progarg, trace, page);
        if (trace)
            setenv("GOCCTRACE", trace, 1);
        return jit_run(rprog, o.opt[2] - '0', o.debug, argc - progarg, argv + progarg);
    }
    if (!o.out)
        o.out = main_default_output(o.file, o.asm_only);
    if (!strcmp(o.out, "-") && !o.asm_only) {
        fprintf(stderr, "gocc: -o - writes C: it needs -S\n");
        return 2;
    }
    struct stat ost;
    if (mode == COMPILE && stat(o.out, &ost) == 0 && S_ISDIR(ost.st_mode)) {
        fprintf(stderr, "gocc: output %s is a directory\n", o.out);
        return 2;
    }
    if (mode == COMPILE && main_same_file(o.file, o.out)) {
        fprintf(stderr, "gocc: output %s would overwrite the source file\n", o.out);
        return 2;
    }

    File f;
    if (!read_file(o.file, &f))
        return 1;
    if (mode == TOKENS)
        return lex_dump(&f) ? 1 : 0;
    Node *root = parse_file(&f);
    if (!root)
        return 1;
    switch (mode) {
    case SYNTAX:
        diag_flush_held();              /* the parser's soft errors */
        return diag_count() ? 1 : 0;
    case AST:
        ast_dump(stdout, root);
        diag_flush_held();
        return diag_count() ? 1 : 0;
    default:
        break;
    }
    Package *pkg = check_program(&f, root);
    if (!pkg)
        return 1;
    if (mode == CHECK)
        return 0;
    LProgram *prog = lower_program(pkg);
    if (!prog)
        return 1;
    if (o.asm_only)
        return main_write_c(prog, &o);
    return jit ? main_build_jit(prog, &o) : main_build(prog, &o);
}
