/*
 * diag.c — diagnostics, in gc's format and with gc's limits.
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

void diag_error(const File *f, Pos p, const char *fmt, ...)
{
    va_list ap;
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
