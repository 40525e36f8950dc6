/*
 * diag.c — diagnostics, in gc's format and with gc's limits, and the
 * memory helpers every phase uses (gocc_alloc, gocc_format).
 *
 * Every error is one line on stderr, `name:line:col: message`, where name
 * is the file name as given on the command line (gc prints the path it was
 * given) and line:col are 1-based, the column in bytes.  Like gc, the
 * compiler gives up after 10 errors: the 10th is followed by
 * `name:line:col: too many errors` (at the 10th error's position, as gc
 * does) and the process exits with status 1.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "gocc.h"

enum { MAX_ERRORS = 10 };

static int nerrors;

/* Errors held back by diag_hold, in the order reported. */
typedef struct Held {
    const File *file;
    Pos pos;
    char *msg;
} Held;
static Held held[MAX_ERRORS];
static int nheld, firstheld;

static void flush_held(void);

void diag_error(const File *f, Pos p, const char *fmt, ...)
{
    va_list ap;
    flush_held();       /* they come from earlier in the file */
    fflush(stdout);     /* keep -dump-tokens output and errors in order */
    fprintf(stderr, "%s:%d:%d: ", f->name, p.line, p.col);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    if (++nerrors >= MAX_ERRORS) {
        fprintf(stderr, "%s:%d:%d: too many errors\n", f->name, p.line, p.col);
        exit(1);
    }
}

int diag_count(void)
{
    return nerrors;
}

/* The parser's soft errors (ast.c, go/defer of a non-call): gc sorts them with the type
 * checker's, so they wait here until the checker takes them
 * (diag_take_held) or anything else is reported or diag_flush_held runs.
 * Fewer than MAX_ERRORS can be held: the parser stops before. */
void diag_hold(const File *f, Pos p, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = malloc((size_t)n + 1);
    if (!msg) {
        fprintf(stderr, "gocc: out of memory\n");
        exit(1);
    }
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)n + 1, fmt, ap);
    va_end(ap);
    if (nheld == MAX_ERRORS)
        flush_held();
    held[nheld++] = (Held){f, p, msg};
}

bool diag_take_held(const File **f, Pos *p, const char **msg)
{
    if (firstheld == nheld) {
        firstheld = nheld = 0;
        return false;
    }
    Held *h = &held[firstheld++];
    *f = h->file;
    *p = h->pos;
    *msg = h->msg;
    return true;
}

static void flush_held(void)
{
    const File *f;
    Pos p;
    const char *msg;
    while (diag_take_held(&f, &p, &msg)) {
        fflush(stdout);
        fprintf(stderr, "%s:%d:%d: %s\n", f->name, p.line, p.col, msg);
        if (++nerrors >= MAX_ERRORS) {
            fprintf(stderr, "%s:%d:%d: too many errors\n", f->name, p.line, p.col);
            exit(1);
        }
    }
}

void diag_flush_held(void)
{
    flush_held();
}

/* ---------------------------------------------------------------------
 * Memory: what every phase allocates goes through these two.
 */

void *gocc_alloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) {
        fprintf(stderr, "gocc: out of memory\n");
        exit(1);
    }
    return p;
}

char *gocc_vformat(const char *fmt, va_list ap)
{
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0) {
        fprintf(stderr, "gocc: out of memory\n");
        exit(1);
    }
    return s;
}

char *gocc_format(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = gocc_vformat(fmt, ap);
    va_end(ap);
    return s;
}
