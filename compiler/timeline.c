/*
 * timeline.c — `gocc trace TRACE.json [-o PAGE.html]`: the goroutine
 * timeline as one self-contained web page.
 *
 * A program built by gocc and run with GOCCTRACE=TRACE.json writes its
 * trace there when it ends (runtime/trace.c): Chrome/Perfetto trace
 * events, and a "gocc" object with the goroutines, the channels, the
 * program's source and its statistics.  The page is
 * compiler/timeline.html, embedded into gocc at build time
 * (tools/embedfile.sh): inline CSS and JavaScript that read the trace
 * from a <script type="application/json"> element and draw it on a
 * canvas.  This file only puts the two together: it copies the page and
 * replaces its one marker line by the trace, with every `<` written
 * `\u003c`: `<` can only occur inside JSON strings, where the escape
 * means the same character, so JSON.parse reads the same trace, and no
 * `</script>` or `<!--` in a source file can end the element early.
 * So the page opens from file:// and needs no network and no server.
 *
 * `gocc run --timeline=PAGE.html FILE.g` runs the program with a
 * temporary trace and calls timeline_write when it has ended.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gocc.h"

extern const char timeline_html[];
extern const size_t timeline_html_len;

#define MARKER "/*@GOCC_TRACE_JSON@*/"

/* The whole file, NUL-terminated, or NULL (errno set). */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n - 1, f)) > 0) {
        n += r;
        if (n + 1 == cap) {
            cap *= 2;
            char *nb = realloc(buf, cap);
            if (!nb) {
                free(buf);
                buf = NULL;
            }
            buf = nb;
        }
    }
    int err = ferror(f) ? EIO : 0;
    fclose(f);
    if (!buf || err) {
        free(buf);
        errno = err ? err : ENOMEM;
        return NULL;
    }
    buf[n] = 0;
    *len = n;
    return buf;
}

/* Write the page for the trace in `json` to `html`; 0 on success, else
 * the error has been reported. */
int timeline_write(const char *json, const char *html)
{
    size_t n;
    char *t = slurp(json, &n);
    if (!t) {
        fprintf(stderr, "gocc: %s: %s\n", json, strerror(errno));
        return 1;
    }
    const char *p = t;
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    if (*p != '{' || !strstr(t, "\"traceEvents\"") || !strstr(t, "\"gocc\"")) {
        fprintf(stderr, "gocc: %s is not a trace written by a gocc program (GOCCTRACE)\n", json);
        free(t);
        return 1;
    }
    const char *mark = strstr(timeline_html, MARKER);
    if (!mark) {
        fprintf(stderr, "gocc: internal error: the timeline page has no data marker\n");
        free(t);
        return 1;
    }
    FILE *out = strcmp(html, "-") ? fopen(html, "wb") : stdout;
    if (!out) {
        fprintf(stderr, "gocc: %s: %s\n", html, strerror(errno));
        free(t);
        return 1;
    }
    fwrite(timeline_html, 1, (size_t)(mark - timeline_html), out);
    for (const char *s = t; *s; s++) {
        if (*s == '<')
            fputs("\\u003c", out);
        else
            fputc(*s, out);
    }
    const char *rest = mark + strlen(MARKER);
    fwrite(rest, 1, timeline_html_len - (size_t)(rest - timeline_html), out);
    free(t);
    int bad = ferror(out);
    if (out != stdout)
        bad |= fclose(out) != 0;
    else
        bad |= fflush(out) != 0;
    if (bad) {
        fprintf(stderr, "gocc: %s: write error\n", html);
        return 1;
    }
    return 0;
}

/* `gocc trace TRACE.json [-o PAGE.html]`: argv[0] is "trace".  Without
 * -o the page is TRACE.html beside the trace (TRACE without .json). */
int timeline_main(int argc, char **argv)
{
    const char *in = NULL, *out = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-o") && i + 1 < argc)
            out = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "gocc: usage: gocc trace TRACE.json [-o PAGE.html]\n");
            return 2;
        } else if (!in)
            in = argv[i];
        else {
            fprintf(stderr, "gocc: gocc trace takes one trace file (%s, %s)\n", in, argv[i]);
            return 2;
        }
    }
    if (!in) {
        fprintf(stderr, "gocc: usage: gocc trace TRACE.json [-o PAGE.html]\n");
        return 2;
    }
    if (!out) {
        size_t k = strlen(in);
        const char *base = k > 5 && !strcmp(in + k - 5, ".json") ? gocc_format("%.*s", (int)(k - 5), in) : in;
        out = gocc_format("%s.html", base);
    }
    return timeline_write(in, out);
}
