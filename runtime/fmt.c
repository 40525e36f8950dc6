/*
 * fmt.c — Go's fmt printing (Printf, Sprint, Println, Errorf...) and
 * errors.New.
 *
 * What it does.  The operands arrive as Go passes them to a variadic
 * ...any: a slice of gort_eface, each a type descriptor and a data word.
 * Everything fmt needs to know about a value is in its descriptor (kind,
 * string for %T, fields, element and key types, method set), so printing
 * is one recursive walk over (descriptor, pointer to the value), which
 * follows Go's fmt/print.go structure closely: printArg for an operand,
 * handleMethods for the error / String() string / GoString() string
 * methods, printValue for the reflective walk, and the fmt/format.go
 * primitives (pad, fmtInteger, fmtFloat, fmtQ...) under them, with Go's
 * flag rules (zero padding only to the left, `-` beats `0`, %+v and %#v
 * change meaning...).  Go's texts for mistakes are reproduced:
 * `%!d(string=hi)`, `%!(EXTRA int=1)`, `%!v(MISSING)`, `%!(NOVERB)`,
 * `%!(BADWIDTH)`, `%!(BADPREC)`, `%!v(BADINDEX)`, and a method that panics
 * prints `%!v(PANIC=String method: ...)` (or `<nil>` for a nil pointer
 * receiver), exactly as Go's catchPanic.
 *
 * Methods.  An operand whose method set (t->methods, sorted by name) has
 * Error() string or String() string (checked by name and func type) is
 * printed through it for %v %s %q %x %X, or GoString() string for %#v.
 * The method is called through its `ifn` with the interface data word,
 * as an interface call would; a nested value (struct field, element, map
 * entry) is passed by address in place (a value receiver's ifn copies it
 * first).  As in Go, values reached through unexported struct fields are
 * printed raw, without methods (reflect's CanInterface), and an operand
 * already being printed in an error form (`%!d(...)`) is too.
 *
 * Maps print sorted by key, as internal/fmtsort: numbers by value (NaN
 * first), strings bytewise, false before true, pointers and channels by
 * address, structs and arrays field by field, interfaces nil first, then
 * by dynamic type (descriptor address: Go compares type addresses too, so
 * that order is arbitrary but stable), then by value.
 *
 * Floats.  %v, %g with no precision print the shortest decimal that reads
 * back as the same float64 (float32 for float32 operands), as Go's
 * strconv 'g' with precision -1: exponent form when the decimal exponent
 * is below -4 or at least 6 (the shortest form's rule: 1e+06,
 * 1.23456789e+08, 100000, 0.0001, 1e-05).  The shortest
 * digits are found by asking snprintf for %.{0..16}e and keeping the first
 * that strtod (strtof) reads back exactly (or whose neighbour in the last
 * digit does, at powers of two: see float_sys); with an explicit precision, or
 * for %e and %f, snprintf's correctly rounded output is Go's.  Inf and NaN
 * print as Go's +Inf, -Inf, NaN.  Those libc calls are the only ones here
 * and run on the system stack (gort_systemstack) in one hop per number.
 *
 * Stacks.  These functions are called from generated code on a goroutine
 * stack segment, typically inside its small reserve, and they call user
 * methods (String, Error), which are generated code and must run on the
 * goroutine's stack, never inside gort_systemstack.  So each entry point
 * first makes sure FMT_FRAME bytes are free above the guard, and if not
 * hops to a fresh segment with gort_morestack, exactly as a generated
 * function's entry stub does; printValue repeats the check at each level
 * of nesting (PV_FRAME), so arbitrarily deep values grow the stack by
 * segments instead of overflowing.  Output is built in a 256-byte buffer
 * in the entry frame that spills to the GC heap (gort_alloc_noscan) when
 * it fills; Sprint* copy it into a fresh string, Fprint* end with exactly
 * one gort_write of the whole text (nothing is buffered across calls, so
 * output interleaves with os.Exit and other writers as Go's does).
 *
 * Cost: a String/Error call goes through a gort_frame and a deferred
 * recover (one small allocation) so that a panicking method is reported,
 * not fatal; floats cost one system-stack hop each.
 *
 * Not done: Formatter and GoStringer beyond GoString() (not in G);
 * unicode.IsPrint is approximated outside ASCII (controls, spaces, format
 * characters, private use and noncharacters are escaped by %q, every other
 * valid rune is printed as is); map keys of different dynamic types in one
 * interface-keyed map sort by descriptor address, as Go sorts them by type
 * address: stable but not Go's order.
 */
#include "internal.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FMT_FRAME 4096  /* free stack wanted at each entry point */
#define PV_FRAME 1024   /* ... and at each level of printValue */

/* ===================================================================== */
/* Output buffer                                                         */
/* ===================================================================== */

typedef struct Buf {
    uint8_t *p;
    int64_t n, cap;
    bool heap;
} Buf;

static void __attribute__((noinline)) bgrow(Buf *b, int64_t need) {
    int64_t cap = b->cap * 2;
    if (cap < b->n + need) cap = b->n + need;
    if (cap < 64) cap = 64;
    uint8_t *p = gort_alloc_noscan((size_t)cap);
    if (b->n) memcpy(p, b->p, (size_t)b->n);
    b->p = p;
    b->cap = cap;
    b->heap = true;
}

static inline void bput(Buf *b, const void *s, int64_t n) {
    if (n <= 0) return;
    if (GORT_UNLIKELY(b->n + n > b->cap)) bgrow(b, n);
    memcpy(b->p + b->n, s, (size_t)n);
    b->n += n;
}

static inline void bbyte(Buf *b, uint8_t c) {
    if (GORT_UNLIKELY(b->n + 1 > b->cap)) bgrow(b, 1);
    b->p[b->n++] = c;
}

static inline void bstr(Buf *b, gort_string s) { bput(b, s.ptr, s.len); }
static inline void bcstr(Buf *b, const char *s) { bput(b, s, (int64_t)strlen(s)); }

static void bfill(Buf *b, uint8_t c, int64_t n) {
    if (n <= 0) return;
    if (b->n + n > b->cap) bgrow(b, n);
    memset(b->p + b->n, c, (size_t)n);
    b->n += n;
}

/* ===================================================================== */
/* UTF-8                                                                 */
/* ===================================================================== */

#define RUNE_ERROR 0xFFFD
#define MAX_RUNE 0x10FFFF

/* Decode one rune of s[0..n); *size gets its length (1 for an error). */
static int32_t decoderune(const uint8_t *s, int64_t n, int *size) {
    uint8_t c = s[0];
    *size = 1;
    if (c < 0x80) return c;
    int need;
    int32_t r, min;
    if (c >= 0xC2 && c <= 0xDF) need = 1, r = c & 0x1F, min = 0x80;
    else if (c >= 0xE0 && c <= 0xEF) need = 2, r = c & 0x0F, min = 0x800;
    else if (c >= 0xF0 && c <= 0xF4) need = 3, r = c & 0x07, min = 0x10000;
    else return RUNE_ERROR;
    if (n < need + 1) return RUNE_ERROR;
    for (int i = 1; i <= need; i++) {
        if ((s[i] & 0xC0) != 0x80) return RUNE_ERROR;
        r = (r << 6) | (s[i] & 0x3F);
    }
    if (r < min || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) return RUNE_ERROR;
    *size = need + 1;
    return r;
}

static int encoderune(uint8_t *p, int32_t r) {
    if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) r = RUNE_ERROR;
    if (r < 0x80) {
        p[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        p[0] = (uint8_t)(0xC0 | (r >> 6));
        p[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        p[0] = (uint8_t)(0xE0 | (r >> 12));
        p[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        p[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | (r >> 18));
    p[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    p[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    p[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

static int64_t runecount(const uint8_t *s, int64_t n) {
    int64_t c = 0;
    for (int64_t i = 0; i < n; c++) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        int sz;
        decoderune(s + i, n - i, &sz);
        i += sz;
    }
    return c;
}

/* unicode.IsPrint, approximated outside ASCII (see the essay). */
static bool isprintrune(int32_t r) {
    if (r < 0x80) return r >= 0x20 && r < 0x7F;
    if (r < 0xA1) return false;  /* C1 controls, U+00A0 (a space) */
    if (r == 0xAD) return false; /* soft hyphen (Cf) */
    if (r == 0x1680 || (r >= 0x2000 && r <= 0x200F) || (r >= 0x2028 && r <= 0x202F) ||
        (r >= 0x205F && r <= 0x206F) || r == 0x3000 || r == 0xFEFF ||
        (r >= 0xFFF9 && r <= 0xFFFB) || r == 0xFFFE || r == 0xFFFF)
        return false;
    if (r >= 0xD800 && r <= 0xDFFF) return false;
    if (r >= 0xE000 && r <= 0xF8FF) return false; /* private use */
    if (r >= 0xF0000) return false;
    if ((r & 0xFFFE) == 0xFFFE) return false;     /* noncharacters */
    return true;
}

/* ===================================================================== */
/* The printer                                                           */
/* ===================================================================== */

typedef struct pp {
    Buf buf;
    int64_t wid, prec;
    bool widPresent, precPresent;
    bool minus, plus, sharp, space, zero;
    bool plusV, sharpV;
    bool erroring, panicking;
    bool wrapErrs, haswrapped;
    bool reordered, goodArgNum;
    bool ongoroutine;
    /* The operand being printed, for badVerb: argt NULL and argvalid
     * false: a nil interface. */
    const gort_type *argt;
    const void *argp;
    bool argvalid;
    gort_eface wrapped;
} pp;

static const char ldigits[] = "0123456789abcdefx";
static const char udigits[] = "0123456789ABCDEFX";

static void clearflags(pp *p) {
    p->wid = p->prec = 0;
    p->widPresent = p->precPresent = false;
    p->minus = p->plus = p->sharp = p->space = p->zero = false;
    p->plusV = p->sharpV = false;
}

static void printValue(pp *p, const gort_type *t, const void *v, int verb, int depth,
                       bool caniface);
static void printArg(pp *p, const gort_eface *arg, int verb);

static void writePadding(pp *p, int64_t n) {
    bfill(&p->buf, p->zero ? '0' : ' ', n);
}

/* Append b, padded to the width (counted in runes). */
static void pad(pp *p, const uint8_t *b, int64_t n) {
    if (!p->widPresent || p->wid == 0) {
        bput(&p->buf, b, n);
        return;
    }
    int64_t width = p->wid - runecount(b, n);
    if (!p->minus) {
        writePadding(p, width);
        bput(&p->buf, b, n);
    } else {
        bput(&p->buf, b, n);
        writePadding(p, width);
    }
}

static void padCstr(pp *p, const char *s) { pad(p, (const uint8_t *)s, (int64_t)strlen(s)); }

/* Truncate to the precision, in runes. */
static int64_t truncated(pp *p, const uint8_t *s, int64_t n) {
    if (!p->precPresent) return n;
    int64_t i = 0, runes = 0;
    while (i < n) {
        if (runes == p->prec) return i;
        int sz = 1;
        if (s[i] >= 0x80) decoderune(s + i, n - i, &sz);
        i += sz;
        runes++;
    }
    return n;
}

static void fmtS(pp *p, const uint8_t *s, int64_t n) { pad(p, s, truncated(p, s, n)); }

static void fmtBool(pp *p, bool v, int verb);
static void badVerb(pp *p, int verb);

/* ---- integers -------------------------------------------------------- */

static void fmtIntegerBase(pp *p, uint64_t u, int base, bool isSigned, int verb,
                           const char *digits) {
    bool negative = isSigned && (int64_t)u < 0;
    if (negative) u = -u;
    uint8_t small[68];
    uint8_t *buf = small;
    int64_t len = sizeof small;
    if (p->widPresent || p->precPresent) {
        int64_t width = 3 + p->wid + p->prec;
        if (width > len) {
            buf = gort_alloc_noscan((size_t)width);
            len = width;
        }
    }
    int64_t prec = 0;
    if (p->precPresent) {
        prec = p->prec;
        if (prec == 0 && u == 0) {
            bool oldZero = p->zero;
            p->zero = false;
            writePadding(p, p->wid);
            p->zero = oldZero;
            return;
        }
    } else if (p->zero && p->widPresent) {
        prec = p->wid;
        if (negative || p->plus || p->space) prec--;
    }
    int64_t i = len;
    switch (base) {
    case 10:
        while (u >= 10) {
            buf[--i] = (uint8_t)('0' + u % 10);
            u /= 10;
        }
        break;
    case 16:
        while (u >= 16) {
            buf[--i] = (uint8_t)digits[u & 0xF];
            u >>= 4;
        }
        break;
    case 8:
        while (u >= 8) {
            buf[--i] = (uint8_t)('0' + (u & 7));
            u >>= 3;
        }
        break;
    case 2:
        while (u >= 2) {
            buf[--i] = (uint8_t)('0' + (u & 1));
            u >>= 1;
        }
        break;
    }
    buf[--i] = (uint8_t)digits[u];
    while (i > 0 && prec > len - i) buf[--i] = '0';
    if (p->sharp) {
        switch (base) {
        case 2:
            buf[--i] = 'b';
            buf[--i] = '0';
            break;
        case 8:
            if (buf[i] != '0') buf[--i] = '0';
            break;
        case 16:
            buf[--i] = (uint8_t)digits[16];
            buf[--i] = '0';
            break;
        }
    }
    if (verb == 'O') {
        buf[--i] = 'o';
        buf[--i] = '0';
    }
    if (negative)
        buf[--i] = '-';
    else if (p->plus)
        buf[--i] = '+';
    else if (p->space)
        buf[--i] = ' ';
    bool oldZero = p->zero;
    p->zero = false;
    pad(p, buf + i, len - i);
    p->zero = oldZero;
}

static void fmt0x64(pp *p, uint64_t v, bool leading0x) {
    bool sharp = p->sharp;
    p->sharp = leading0x;
    fmtIntegerBase(p, v, 16, false, 'v', ldigits);
    p->sharp = sharp;
}

/* %c */
static void fmtC(pp *p, uint64_t c) {
    int32_t r = c > MAX_RUNE ? RUNE_ERROR : (int32_t)c;
    uint8_t b[4];
    int n = encoderune(b, r);
    pad(p, b, n);
}

/* Append r quoted for a Go rune or string literal, without the quotes. */
static void appendEscaped(Buf *b, int32_t r, int width, uint8_t quote, bool ascii,
                          const uint8_t *raw) {
    static const char hex[] = "0123456789abcdef";
    if (r == quote || r == '\\') {
        bbyte(b, '\\');
        bbyte(b, (uint8_t)r);
        return;
    }
    if (ascii ? (r < 0x80 && isprintrune(r)) : isprintrune(r)) {
        if (raw)
            bput(b, raw, width);
        else {
            uint8_t e[4];
            bput(b, e, encoderune(e, r));
        }
        return;
    }
    switch (r) {
    case '\a': bcstr(b, "\\a"); return;
    case '\b': bcstr(b, "\\b"); return;
    case '\f': bcstr(b, "\\f"); return;
    case '\n': bcstr(b, "\\n"); return;
    case '\r': bcstr(b, "\\r"); return;
    case '\t': bcstr(b, "\\t"); return;
    case '\v': bcstr(b, "\\v"); return;
    }
    if (r < ' ' || r == 0x7F) {
        bcstr(b, "\\x");
        bbyte(b, (uint8_t)hex[(r >> 4) & 0xF]);
        bbyte(b, (uint8_t)hex[r & 0xF]);
    } else if (r < 0x10000) {
        bcstr(b, "\\u");
        for (int s = 12; s >= 0; s -= 4) bbyte(b, (uint8_t)hex[(r >> s) & 0xF]);
    } else {
        bcstr(b, "\\U");
        for (int s = 28; s >= 0; s -= 4) bbyte(b, (uint8_t)hex[(r >> s) & 0xF]);
    }
}

/* strconv.Quote / QuoteToASCII into a fresh buffer region; returns it. */
static void appendQuote(Buf *b, const uint8_t *s, int64_t n, bool ascii) {
    static const char hex[] = "0123456789abcdef";
    bbyte(b, '"');
    for (int64_t i = 0; i < n;) {
        int sz = 1;
        int32_t r = s[i] < 0x80 ? s[i] : decoderune(s + i, n - i, &sz);
        if (r == RUNE_ERROR && sz == 1 && s[i] >= 0x80) {
            bcstr(b, "\\x");
            bbyte(b, (uint8_t)hex[s[i] >> 4]);
            bbyte(b, (uint8_t)hex[s[i] & 0xF]);
            i++;
            continue;
        }
        appendEscaped(b, r, sz, '"', ascii, s + i);
        i += sz;
    }
    bbyte(b, '"');
}

/* Format into a scratch buffer, then pad that: pad needs the whole text. */
static void padScratch(pp *p, Buf *scratch) { pad(p, scratch->p, scratch->n); }

static bool canBackquote(const uint8_t *s, int64_t n) {
    for (int64_t i = 0; i < n;) {
        int sz = 1;
        int32_t r = s[i] < 0x80 ? s[i] : decoderune(s + i, n - i, &sz);
        if (sz > 1) {
            if (r == 0xFEFF) return false;
            i += sz;
            continue;
        }
        if (r == RUNE_ERROR) return false;
        if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
        i++;
    }
    return true;
}

/* %q of a string */
static void fmtQ(pp *p, const uint8_t *s, int64_t n) {
    n = truncated(p, s, n);
    uint8_t tmp[128];
    Buf sb = {tmp, 0, sizeof tmp, false};
    if (p->sharp && canBackquote(s, n)) {
        bbyte(&sb, '`');
        bput(&sb, s, n);
        bbyte(&sb, '`');
    } else {
        appendQuote(&sb, s, n, p->plus);
    }
    padScratch(p, &sb);
}

/* %q of an integer: a quoted rune */
static void fmtQc(pp *p, uint64_t c) {
    int32_t r = c > MAX_RUNE ? RUNE_ERROR : (int32_t)c;
    uint8_t tmp[16];
    Buf sb = {tmp, 0, sizeof tmp, false};
    bbyte(&sb, '\'');
    appendEscaped(&sb, r, 0, '\'', p->plus, NULL);
    bbyte(&sb, '\'');
    padScratch(p, &sb);
}

/* %U */
static void fmtUnicode(pp *p, uint64_t u) {
    uint8_t tmp[32];
    Buf sb = {tmp, 0, sizeof tmp, false};
    int64_t prec = 4;
    if (p->precPresent && p->prec > 4) prec = p->prec;
    bcstr(&sb, "U+");
    int nd = 1;
    for (uint64_t x = u; x >= 16; x >>= 4) nd++;
    bfill(&sb, '0', prec - nd);
    for (int s = (nd - 1) * 4; s >= 0; s -= 4) bbyte(&sb, (uint8_t)udigits[(u >> s) & 0xF]);
    if (p->sharp && u <= MAX_RUNE && isprintrune((int32_t)u)) {
        uint8_t e[4];
        bcstr(&sb, " '");
        bput(&sb, e, encoderune(e, (int32_t)u));
        bbyte(&sb, '\'');
    }
    bool oldZero = p->zero;
    p->zero = false;
    padScratch(p, &sb);
    p->zero = oldZero;
}

static void fmtInteger(pp *p, uint64_t v, bool isSigned, int verb) {
    switch (verb) {
    case 'v':
        if (p->sharpV && !isSigned)
            fmt0x64(p, v, true);
        else
            fmtIntegerBase(p, v, 10, isSigned, verb, ldigits);
        break;
    case 'd': fmtIntegerBase(p, v, 10, isSigned, verb, ldigits); break;
    case 'b': fmtIntegerBase(p, v, 2, isSigned, verb, ldigits); break;
    case 'o':
    case 'O': fmtIntegerBase(p, v, 8, isSigned, verb, ldigits); break;
    case 'x': fmtIntegerBase(p, v, 16, isSigned, verb, ldigits); break;
    case 'X': fmtIntegerBase(p, v, 16, isSigned, verb, udigits); break;
    case 'c': fmtC(p, v); break;
    case 'q': fmtQc(p, v); break;
    case 'U': fmtUnicode(p, v); break;
    default: badVerb(p, verb);
    }
}

/* ---- floats ---------------------------------------------------------- */

/* Work done on the system stack: snprintf, strtod. */
struct floatjob {
    double v;
    int bits;       /* 32 or 64 */
    int mode;       /* 0: shortest digits; 1: snprintf with cfmt */
    const char *cfmt;
    int prec;
    char *out;      /* mode 1: destination, outcap bytes */
    int outcap;
    int outlen;
    char digits[24]; /* mode 0: the digits, no dot */
    int nd, dp;
};

static bool roundtrips(const char *t, const struct floatjob *j) {
    if (j->bits == 32) return strtof(t, NULL) == (float)j->v;
    return strtod(t, NULL) == j->v;
}

/* Add delta (+1 or -1) to the last of the p digits in d, with carry or
 * borrow, renormalising so d[0] is not 0; *exp is the decimal exponent. */
static void bumpdigits(char *d, int p, int *exp, int delta) {
    int i = p - 1;
    if (delta > 0) {
        while (i >= 0 && d[i] == '9') d[i--] = '0';
        if (i >= 0) {
            d[i]++;
        } else { /* 99..9 + 1 = 100..0 */
            d[0] = '1';
            (*exp)++;
        }
    } else {
        while (i >= 0 && d[i] == '0') d[i--] = '9';
        if (i >= 0) d[i]--;
        if (d[0] == '0') { /* 100..0 - 1 = 99..9, one decade down */
            memmove(d, d + 1, (size_t)(p - 1));
            d[p - 1] = '9';
            (*exp)--;
        }
    }
}

static void formatdigits(char *t, size_t n, const char *d, int p, int exp) {
    char m[24];
    int k = 0;
    m[k++] = d[0];
    if (p > 1) {
        m[k++] = '.';
        for (int i = 1; i < p; i++) m[k++] = d[i];
    }
    m[k] = 0;
    snprintf(t, n, "%se%d", m, exp);
}

/*
 * The shortest digits that read back as v.  For each length p, the
 * correctly rounded p-digit decimal is the nearest one to v, so it round-
 * trips whenever any p-digit decimal does, except where the interval of
 * decimals that read back as v is lopsided (v a power of two: the gap
 * below is half the gap above); there the p-digit neighbour above (or
 * below) may read back when the rounded one does not, which is the digit
 * string Go's algorithm picks.
 */
static void float_sys(void *arg) {
    struct floatjob *j = arg;
    if (j->mode == 1) {
        j->outlen = snprintf(j->out, (size_t)j->outcap, j->cfmt, j->prec, j->v);
        return;
    }
    char tmp[48], d[24];
    int maxp = j->bits == 32 ? 9 : 17;
    int p, exp = 0;
    for (p = 1; p <= maxp; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p - 1, j->v);
        int nd = 0, i = 0;
        for (; tmp[i] && tmp[i] != 'e'; i++)
            if (tmp[i] != '.') d[nd++] = tmp[i];
        exp = atoi(tmp + i + 1);
        if (roundtrips(tmp, j) || p == maxp) break;
        char u[24];
        int ue = exp;
        memcpy(u, d, (size_t)p);
        bumpdigits(u, p, &ue, +1);
        formatdigits(tmp, sizeof tmp, u, p, ue);
        if (roundtrips(tmp, j)) {
            memcpy(d, u, (size_t)p);
            exp = ue;
            break;
        }
        memcpy(u, d, (size_t)p);
        ue = exp;
        bumpdigits(u, p, &ue, -1);
        formatdigits(tmp, sizeof tmp, u, p, ue);
        if (roundtrips(tmp, j)) {
            memcpy(d, u, (size_t)p);
            exp = ue;
            break;
        }
    }
    int nd = p;
    while (nd > 1 && d[nd - 1] == '0') nd--;
    memcpy(j->digits, d, (size_t)nd);
    j->nd = nd;
    j->dp = exp + 1;
}

/* Go's %e of the digit string d[0..nd) with decimal point position dp. */
static void fmtE(Buf *b, const char *d, int nd, int dp, int prec, char fmtc) {
    bbyte(b, nd ? (uint8_t)d[0] : '0');
    if (prec > 0) {
        bbyte(b, '.');
        int i = 1;
        int m = nd < prec + 1 ? nd : prec + 1;
        if (i < m) {
            bput(b, d + i, m - i);
            i = m;
        }
        for (; i <= prec; i++) bbyte(b, '0');
    }
    bbyte(b, (uint8_t)fmtc);
    int exp = dp - 1;
    if (nd == 0) exp = 0;
    if (exp < 0) {
        bbyte(b, '-');
        exp = -exp;
    } else {
        bbyte(b, '+');
    }
    if (exp < 10) {
        bbyte(b, '0');
        bbyte(b, (uint8_t)('0' + exp));
    } else if (exp < 100) {
        bbyte(b, (uint8_t)('0' + exp / 10));
        bbyte(b, (uint8_t)('0' + exp % 10));
    } else {
        bbyte(b, (uint8_t)('0' + exp / 100));
        bbyte(b, (uint8_t)('0' + exp / 10 % 10));
        bbyte(b, (uint8_t)('0' + exp % 10));
    }
}

/* Go's %f of the digits. */
static void fmtF(Buf *b, const char *d, int nd, int dp, int prec) {
    if (dp > 0) {
        int m = nd < dp ? nd : dp;
        bput(b, d, m);
        for (; m < dp; m++) bbyte(b, '0');
    } else {
        bbyte(b, '0');
    }
    if (prec > 0) {
        bbyte(b, '.');
        for (int i = 1; i <= prec; i++) {
            int j = dp + i - 1;
            bbyte(b, (j >= 0 && j < nd) ? (uint8_t)d[j] : '0');
        }
    }
}

/* strconv.AppendFloat(v, verb, prec, bits) for finite v >= 0 (the sign is
 * the caller's), into sb. */
static void appendFloat(pp *p, Buf *sb, double v, int verb, int64_t prec, int bits) {
    (void)p;
    if (verb == 'b') {
        uint64_t mant;
        int exp;
        if (bits == 32) {
            float f = (float)v;
            uint32_t u;
            memcpy(&u, &f, 4);
            exp = (int)((u >> 23) & 0xFF);
            mant = u & ((1u << 23) - 1);
            if (exp == 0)
                exp++;
            else
                mant |= 1u << 23;
            exp += -127 - 23;
        } else {
            uint64_t u;
            memcpy(&u, &v, 8);
            exp = (int)((u >> 52) & 0x7FF);
            mant = u & ((1ull << 52) - 1);
            if (exp == 0)
                exp++;
            else
                mant |= 1ull << 52;
            exp += -1023 - 52;
        }
        char t[48];
        int n = 0;
        char r[24];
        int k = 0;
        do {
            r[k++] = (char)('0' + mant % 10);
            mant /= 10;
        } while (mant);
        while (k) t[n++] = r[--k];
        t[n++] = 'p';
        t[n++] = exp >= 0 ? '+' : '-';
        int e = exp < 0 ? -exp : exp;
        do {
            r[k++] = (char)('0' + e % 10);
            e /= 10;
        } while (e);
        while (k) t[n++] = r[--k];
        bput(sb, t, n);
        return;
    }
    struct floatjob j;
    j.v = v;
    j.bits = bits;
    if (prec < 0 && (verb == 'g' || verb == 'G')) {
        /* Shortest. */
        if (v == 0) {
            j.nd = 0;
            j.dp = 0;
        } else {
            j.mode = 0;
            gort_systemstack(float_sys, &j);
        }
        int exp = j.dp - 1;
        char e = verb == 'G' ? 'E' : 'e';
        if (j.nd == 0) exp = 0;
        if (exp < -4 || exp >= 6) {
            fmtE(sb, j.digits, j.nd, j.dp, j.nd - 1, e);
        } else {
            int fp = j.nd - j.dp;
            fmtF(sb, j.digits, j.nd, j.dp, fp > 0 ? fp : 0);
        }
        return;
    }
    /* %x, %X: C's %a, whose shortest form (precision -1) is Go's too;
     * the exponent gets Go's two digits below. */
    bool hex = verb == 'x' || verb == 'X';
    if (prec < 0 && !hex) prec = 6;
    char cf[8];
    int k = 0;
    cf[k++] = '%';
    cf[k++] = '.';
    cf[k++] = '*';
    cf[k++] = (char)(verb == 'x' ? 'a' : verb == 'X' ? 'A' : verb);
    cf[k] = 0;
    int64_t cap = 48 + prec + (verb == 'f' || verb == 'F' ? 320 : 0);
    if (sb->n + cap > sb->cap) bgrow(sb, cap);
    j.mode = 1;
    j.cfmt = cf;
    j.prec = (int)prec;
    j.out = (char *)sb->p + sb->n;
    j.outcap = (int)cap;
    gort_systemstack(float_sys, &j);
    if (j.outlen <= 0 || j.outlen >= cap) return;
    int64_t start = sb->n;
    sb->n += j.outlen;
    if (hex) {
        uint8_t *q = sb->p + start;
        int64_t n = j.outlen;
        for (int64_t i = 0; i < n; i++)
            if ((q[i] == 'p' || q[i] == 'P') && i + 3 == n) {
                bbyte(sb, q[n - 1]); /* one exponent digit: make it two */
                q = sb->p + start;
                q[n - 1] = '0';
                break;
            }
    }
}

static void fmtFloatPrec(pp *p, double v, int bits, int verb, int64_t prec) {
    if (p->precPresent) prec = p->prec;
    uint8_t tmp[72];
    Buf num = {tmp, 0, sizeof tmp, false};
    bool neg = signbit(v);
    bbyte(&num, neg ? '-' : '+');
    if (isinf(v)) {
        bcstr(&num, "Inf");
    } else if (isnan(v)) {
        num.p[0] = '+';
        bcstr(&num, "NaN");
    } else {
        appendFloat(p, &num, fabs(v), verb, prec, bits);
    }
    uint8_t *s = num.p;
    int64_t n = num.n;
    if (p->space && s[0] == '+' && !p->plus) s[0] = ' ';
    if (s[1] == 'I' || s[1] == 'N') {
        bool oldZero = p->zero;
        p->zero = false;
        if (s[1] == 'N' && !p->space && !p->plus) {
            s++;
            n--;
        }
        pad(p, s, n);
        p->zero = oldZero;
        return;
    }
    if (p->sharp && verb != 'b') {
        int64_t digits = 0;
        if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
            digits = prec;
            if (digits == -1) digits = 6;
        }
        uint8_t tail[8];
        int64_t ntail = 0;
        bool hasDot = false, sawNonzero = false;
        for (int64_t i = 1; i < n; i++) {
            uint8_t c = s[i];
            if (c == '.') {
                hasDot = true;
                continue;
            }
            if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                ntail = n - i;
                if (ntail > (int64_t)sizeof tail) ntail = sizeof tail;
                memcpy(tail, s + i, (size_t)ntail);
                n = i;
                break;
            }
            if (c != '0') sawNonzero = true;
            if (sawNonzero) digits--;
        }
        /* Rebuild in a buffer with room for the zeros. */
        Buf nb = {NULL, 0, 0, false};
        uint8_t tmp2[96];
        nb.p = tmp2;
        nb.cap = sizeof tmp2;
        bput(&nb, s, n);
        if (!hasDot) {
            if (n == 2 && s[1] == '0') digits--;
            bbyte(&nb, '.');
        }
        if (digits > 0) bfill(&nb, '0', digits);
        bput(&nb, tail, ntail);
        s = nb.p;
        n = nb.n;
        if (p->plus || s[0] != '+') {
            if (p->zero && p->widPresent && p->wid > n) {
                bbyte(&p->buf, s[0]);
                writePadding(p, p->wid - n);
                bput(&p->buf, s + 1, n - 1);
                return;
            }
            pad(p, s, n);
            return;
        }
        pad(p, s + 1, n - 1);
        return;
    }
    if (p->plus || s[0] != '+') {
        if (p->zero && p->widPresent && p->wid > n) {
            bbyte(&p->buf, s[0]);
            writePadding(p, p->wid - n);
            bput(&p->buf, s + 1, n - 1);
            return;
        }
        pad(p, s, n);
        return;
    }
    pad(p, s + 1, n - 1);
}

static void fmtFloat(pp *p, double v, int bits, int verb) {
    switch (verb) {
    case 'v': fmtFloatPrec(p, v, bits, 'g', -1); break;
    case 'b':
    case 'g':
    case 'G':
    case 'x':
    case 'X': fmtFloatPrec(p, v, bits, verb, -1); break;
    case 'f':
    case 'e':
    case 'E':
    case 'F': fmtFloatPrec(p, v, bits, verb, 6); break;
    default: badVerb(p, verb);
    }
}

static void fmtComplex(pp *p, double re, double im, int bits, int verb) {
    switch (verb) {
    case 'v': case 'b': case 'g': case 'G': case 'x': case 'X':
    case 'f': case 'F': case 'e': case 'E': {
        bool oldPlus = p->plus;
        bbyte(&p->buf, '(');
        fmtFloat(p, re, bits / 2, verb);
        p->plus = true;
        fmtFloat(p, im, bits / 2, verb);
        bcstr(&p->buf, "i)");
        p->plus = oldPlus;
        break;
    }
    default: badVerb(p, verb);
    }
}

/* ---- strings and bytes ------------------------------------------------ */

/* %x %X of a string or bytes (fmtSbx). */
static void fmtSbx(pp *p, const uint8_t *s, int64_t length, const char *digits) {
    if (p->precPresent && p->prec < length) length = p->prec;
    int64_t width = 2 * length;
    if (width > 0) {
        if (p->space) {
            if (p->sharp) width *= 2;
            width += length - 1;
        } else if (p->sharp) {
            width += 2;
        }
    } else {
        if (p->widPresent) writePadding(p, p->wid);
        return;
    }
    if (p->widPresent && p->wid > width && !p->minus) writePadding(p, p->wid - width);
    Buf *b = &p->buf;
    if (p->sharp) {
        bbyte(b, '0');
        bbyte(b, (uint8_t)digits[16]);
    }
    for (int64_t i = 0; i < length; i++) {
        if (p->space && i > 0) {
            bbyte(b, ' ');
            if (p->sharp) {
                bbyte(b, '0');
                bbyte(b, (uint8_t)digits[16]);
            }
        }
        bbyte(b, (uint8_t)digits[s[i] >> 4]);
        bbyte(b, (uint8_t)digits[s[i] & 0xF]);
    }
    if (p->widPresent && p->wid > width && p->minus) writePadding(p, p->wid - width);
}

static void fmtString(pp *p, const uint8_t *s, int64_t n, int verb) {
    switch (verb) {
    case 'v':
        if (p->sharpV)
            fmtQ(p, s, n);
        else
            fmtS(p, s, n);
        break;
    case 's': fmtS(p, s, n); break;
    case 'x': fmtSbx(p, s, n, ldigits); break;
    case 'X': fmtSbx(p, s, n, udigits); break;
    case 'q': fmtQ(p, s, n); break;
    default: badVerb(p, verb);
    }
}

static void fmtBool(pp *p, bool v, int verb) {
    switch (verb) {
    case 't':
    case 'v': padCstr(p, v ? "true" : "false"); break;
    default: badVerb(p, verb);
    }
}

/* Byte slices and arrays with %s %q %x %X (and []byte itself with any verb). */
static void fmtBytes(pp *p, const uint8_t *v, int64_t n, bool isnil, int verb,
                     gort_string typestr) {
    switch (verb) {
    case 'v':
    case 'd':
        if (p->sharpV) {
            bstr(&p->buf, typestr);
            if (isnil) {
                bcstr(&p->buf, "(nil)");
                return;
            }
            bbyte(&p->buf, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) bcstr(&p->buf, ", ");
                fmt0x64(p, v[i], true);
            }
            bbyte(&p->buf, '}');
        } else {
            bbyte(&p->buf, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) bbyte(&p->buf, ' ');
                fmtIntegerBase(p, v[i], 10, false, verb, ldigits);
            }
            bbyte(&p->buf, ']');
        }
        break;
    case 's': fmtS(p, v, n); break;
    case 'x': fmtSbx(p, v, n, ldigits); break;
    case 'X': fmtSbx(p, v, n, udigits); break;
    case 'q': fmtQ(p, v, n); break;
    }
}

/* ---- pointers ---------------------------------------------------------- */

/* The address a reference-kind value prints as; false if not one. */
static bool pointerOf(const gort_type *t, const void *v, uintptr_t *u) {
    switch (t->kind) {
    case GORT_CHAN:
    case GORT_MAP:
    case GORT_POINTER:
    case GORT_UNSAFEPOINTER: *u = (uintptr_t) * (void *const *)v; return true;
    case GORT_FUNC: {
        const gort_func *f = *(const gort_func *const *)v;
        *u = f ? (uintptr_t)f->fn : 0;
        return true;
    }
    case GORT_SLICE: *u = (uintptr_t)((const gort_slice *)v)->ptr; return true;
    default: return false;
    }
}

static void fmtPointer(pp *p, const gort_type *t, const void *v, int verb) {
    uintptr_t u;
    if (!pointerOf(t, v, &u)) {
        badVerb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->sharpV) {
            bbyte(&p->buf, '(');
            bstr(&p->buf, t->str);
            bcstr(&p->buf, ")(");
            if (u == 0)
                bcstr(&p->buf, "nil");
            else
                fmt0x64(p, u, true);
            bbyte(&p->buf, ')');
        } else {
            if (u == 0)
                padCstr(p, "<nil>");
            else
                fmt0x64(p, u, !p->sharp);
        }
        break;
    case 'p': fmt0x64(p, u, !p->sharp); break;
    case 'b':
    case 'o':
    case 'd':
    case 'x':
    case 'X': fmtInteger(p, u, false, verb); break;
    default: badVerb(p, verb);
    }
}

/* ---- errors in the format ---------------------------------------------- */

static void writeRune(Buf *b, int verb) {
    uint8_t e[4];
    bput(b, e, encoderune(e, verb));
}

static void badVerb(pp *p, int verb) {
    p->erroring = true;
    bcstr(&p->buf, "%!");
    writeRune(&p->buf, verb);
    bbyte(&p->buf, '(');
    if (p->argvalid && p->argt) {
        bstr(&p->buf, p->argt->str);
        bbyte(&p->buf, '=');
        printValue(p, p->argt, p->argp, 'v', 0, true);
    } else {
        bcstr(&p->buf, "<nil>");
    }
    bbyte(&p->buf, ')');
    p->erroring = false;
}

/* ===================================================================== */
/* Methods: Error() string, String() string, GoString() string           */
/* ===================================================================== */

static bool isFuncReturningString(const gort_type *ft) {
    return ft && ft->kind == GORT_FUNC && ft->nin == 0 && ft->nout == 1 && !ft->variadic &&
           ft->out && gort_typeeq(ft->out[0], &gort_type_string);
}

static const gort_method *findmethod(const gort_type *t, const char *name) {
    size_t len = strlen(name);
    for (int32_t i = 0; i < t->nmethods; i++) {
        const gort_method *m = &t->methods[i];
        if (m->name.len == (int64_t)len && memcmp(m->name.ptr, name, len) == 0)
            return isFuncReturningString(m->type) ? m : NULL;
    }
    return NULL;
}

static inline void *dataword(const gort_type *t, const void *v) {
    return (t->flags & GORT_TF_DIRECT) ? *(void *const *)v : (void *)v;
}

struct methodcall {
    gort_string (*fn)(void *);
    void *data;
    gort_string result;
    gort_eface panicval;
    bool panicked;
};

static void catchpanic(void *arg) {
    struct methodcall *c = arg;
    gort_eface r = gort_recover();
    if (r.type) {
        c->panicked = true;
        c->panicval = r;
    }
}

/* Call a String-like method on this goroutine's stack, recovering a
 * panic from it (Go's catchPanic). */
static void __attribute__((noinline)) callmethod(struct methodcall *c) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, catchpanic, c);
    c->result = c->fn(c->data);
out:
    gort_frame_leave(&fr);
}

/* Print through m; false if the call panicked and was reported. */
static void printmethod(pp *p, const gort_type *t, const void *v, const gort_method *m,
                        int verb, const char *name, bool gostring) {
    struct methodcall c;
    memset(&c, 0, sizeof c);
    c.fn = (gort_string(*)(void *))m->ifn;
    c.data = dataword(t, v);
    callmethod(&c);
    if (!c.panicked) {
        if (gostring)
            fmtS(p, c.result.ptr, c.result.len);
        else
            fmtString(p, c.result.ptr, c.result.len, verb);
        return;
    }
    if (t->kind == GORT_POINTER && c.data == NULL) {
        bcstr(&p->buf, "<nil>");
        return;
    }
    if (p->panicking) gort_panic(c.panicval);
    pp saved = *p;
    clearflags(p);
    bcstr(&p->buf, "%!");
    writeRune(&p->buf, verb);
    bcstr(&p->buf, "(PANIC=");
    bcstr(&p->buf, name);
    bcstr(&p->buf, " method: ");
    p->panicking = true;
    printArg(p, &c.panicval, 'v');
    p->panicking = false;
    bbyte(&p->buf, ')');
    p->wid = saved.wid;
    p->prec = saved.prec;
    p->widPresent = saved.widPresent;
    p->precPresent = saved.precPresent;
    p->minus = saved.minus;
    p->plus = saved.plus;
    p->sharp = saved.sharp;
    p->space = saved.space;
    p->zero = saved.zero;
    p->plusV = saved.plusV;
    p->sharpV = saved.sharpV;
}

static bool isError(const gort_type *t) { return t && findmethod(t, "Error") != NULL; }

static bool handleMethods(pp *p, const gort_type *t, const void *v, int *verbp) {
    int verb = *verbp;
    if (p->erroring) return false;
    if (verb == 'w') {
        if (!isError(t) || !p->wrapErrs || p->haswrapped) {
            p->haswrapped = false;
            p->wrapErrs = false;
            badVerb(p, verb);
            return true;
        }
        p->haswrapped = true;
        p->wrapped = (gort_eface){t, dataword(t, v)};
        verb = *verbp = 'v';
    }
    if (t->nmethods == 0) return false;
    if (p->sharpV) {
        const gort_method *m = findmethod(t, "GoString");
        if (m) {
            printmethod(p, t, v, m, verb, "GoString", true);
            return true;
        }
        return false;
    }
    switch (verb) {
    case 'v':
    case 's':
    case 'x':
    case 'X':
    case 'q': {
        const gort_method *m = findmethod(t, "Error");
        const char *name = "Error";
        if (!m) {
            m = findmethod(t, "String");
            name = "String";
        }
        if (!m) return false;
        printmethod(p, t, v, m, verb, name, false);
        return true;
    }
    }
    return false;
}

/* ===================================================================== */
/* Sorting map keys (internal/fmtsort)                                   */
/* ===================================================================== */

static int cmpvalue(const gort_type *t, const void *a, const void *b);

static int cmpfloat(double a, double b) {
    if (a < b) return -1;
    if (a > b) return 1;
    if (a == b) return 0;
    if (isnan(a) && !isnan(b)) return -1;
    if (!isnan(a) && isnan(b)) return 1;
    return 0;
}

#define CMP(x, y) ((x) < (y) ? -1 : (x) > (y) ? 1 : 0)

static int cmpvalue(const gort_type *t, const void *a, const void *b) {
    switch (t->kind) {
    case GORT_INT: case GORT_INT64: return CMP(*(const int64_t *)a, *(const int64_t *)b);
    case GORT_INT32: return CMP(*(const int32_t *)a, *(const int32_t *)b);
    case GORT_INT16: return CMP(*(const int16_t *)a, *(const int16_t *)b);
    case GORT_INT8: return CMP(*(const int8_t *)a, *(const int8_t *)b);
    case GORT_UINT: case GORT_UINT64: case GORT_UINTPTR:
        return CMP(*(const uint64_t *)a, *(const uint64_t *)b);
    case GORT_UINT32: return CMP(*(const uint32_t *)a, *(const uint32_t *)b);
    case GORT_UINT16: return CMP(*(const uint16_t *)a, *(const uint16_t *)b);
    case GORT_UINT8: case GORT_BOOL: return CMP(*(const uint8_t *)a, *(const uint8_t *)b);
    case GORT_FLOAT32: return cmpfloat(*(const float *)a, *(const float *)b);
    case GORT_FLOAT64: return cmpfloat(*(const double *)a, *(const double *)b);
    case GORT_COMPLEX64: {
        const float *x = a, *y = b;
        int c = cmpfloat(x[0], y[0]);
        return c ? c : cmpfloat(x[1], y[1]);
    }
    case GORT_COMPLEX128: {
        const double *x = a, *y = b;
        int c = cmpfloat(x[0], y[0]);
        return c ? c : cmpfloat(x[1], y[1]);
    }
    case GORT_STRING: {
        const gort_string *x = a, *y = b;
        int64_t n = x->len < y->len ? x->len : y->len;
        int c = n ? memcmp(x->ptr, y->ptr, (size_t)n) : 0;
        if (c) return c < 0 ? -1 : 1;
        return CMP(x->len, y->len);
    }
    case GORT_POINTER: case GORT_UNSAFEPOINTER: case GORT_CHAN:
        return CMP((uintptr_t) * (void *const *)a, (uintptr_t) * (void *const *)b);
    case GORT_STRUCT:
        for (int32_t i = 0; i < t->nfields; i++) {
            const gort_field *f = &t->fields[i];
            int c = cmpvalue(f->type, (const char *)a + f->offset, (const char *)b + f->offset);
            if (c) return c;
        }
        return 0;
    case GORT_ARRAY:
        for (int64_t i = 0; i < t->len; i++) {
            size_t off = (size_t)i * t->elem->size;
            int c = cmpvalue(t->elem, (const char *)a + off, (const char *)b + off);
            if (c) return c;
        }
        return 0;
    case GORT_INTERFACE: {
        const gort_type *ta, *tb;
        void *da, *db;
        if (t->nimethods == 0) {
            ta = ((const gort_eface *)a)->type, da = ((const gort_eface *)a)->data;
            tb = ((const gort_eface *)b)->type, db = ((const gort_eface *)b)->data;
        } else {
            const gort_itab *x = ((const gort_iface *)a)->tab, *y = ((const gort_iface *)b)->tab;
            ta = x ? x->type : NULL, da = ((const gort_iface *)a)->data;
            tb = y ? y->type : NULL, db = ((const gort_iface *)b)->data;
        }
        if (!ta || !tb) return ta ? 1 : tb ? -1 : 0;
        if (ta != tb) return CMP((uintptr_t)ta, (uintptr_t)tb);
        const void *va = (ta->flags & GORT_TF_DIRECT) ? (const void *)&da : da;
        const void *vb = (tb->flags & GORT_TF_DIRECT) ? (const void *)&db : db;
        return cmpvalue(ta, va, vb);
    }
    default: return 0;
    }
}

/* Sort in place, by key: a bottom-up merge sort (stable, no recursion,
 * so no stack), entries of keys[] and elems[] moving together. */
static void sortmap(const gort_type *kt, const void **keys, const void **elems, int64_t n) {
    if (n < 2) return;
    const void **k = keys, **e = elems;
    const void **k2 = gort_alloc((size_t)n * sizeof(void *));
    const void **e2 = gort_alloc((size_t)n * sizeof(void *));
    for (int64_t w = 1; w < n; w *= 2) {
        for (int64_t lo = 0; lo < n; lo += 2 * w) {
            int64_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            int64_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi) {
                if (cmpvalue(kt, k[j], k[i]) < 0)
                    k2[o] = k[j], e2[o++] = e[j++];
                else
                    k2[o] = k[i], e2[o++] = e[i++];
            }
            while (i < mid) k2[o] = k[i], e2[o++] = e[i++];
            while (j < hi) k2[o] = k[j], e2[o++] = e[j++];
        }
        const void **t = k;
        k = k2, k2 = t;
        t = e, e = e2, e2 = t;
    }
    if (k != keys) {
        memcpy(keys, k, (size_t)n * sizeof(void *));
        memcpy(elems, e, (size_t)n * sizeof(void *));
    }
}

/* ===================================================================== */
/* printValue: the reflective walk                                       */
/* ===================================================================== */

static bool exportedName(gort_string name) {
    return name.len > 0 && name.ptr[0] >= 'A' && name.ptr[0] <= 'Z';
}

struct pvargs {
    pp *p;
    const gort_type *t;
    const void *v;
    int verb, depth;
    bool caniface;
};

static void printValueBody(pp *p, const gort_type *t, const void *v, int verb, int depth,
                           bool caniface);

static void pv_thunk(void *arg) {
    struct pvargs *a = arg;
    printValueBody(a->p, a->t, a->v, a->verb, a->depth, a->caniface);
}

static void printValue(pp *p, const gort_type *t, const void *v, int verb, int depth,
                       bool caniface) {
    if (p->ongoroutine && GORT_UNLIKELY(!GORT_STACK_OK(PV_FRAME))) {
        struct pvargs a = {p, t, v, verb, depth, caniface};
        gort_morestack(pv_thunk, &a, PV_FRAME * 4);
        return;
    }
    printValueBody(p, t, v, verb, depth, caniface);
}

/* The element of an interface value at v: its dynamic type (NULL: nil)
 * and a pointer to the value. */
static const gort_type *ifaceelem(const gort_type *t, const void *v, const void **ev) {
    const gort_type *dt;
    void *const *data;
    if (t->nimethods == 0) {
        const gort_eface *e = v;
        dt = e->type;
        data = &e->data;
    } else {
        const gort_iface *i = v;
        dt = i->tab ? i->tab->type : NULL;
        data = &i->data;
    }
    if (dt) *ev = (dt->flags & GORT_TF_DIRECT) ? (const void *)data : *data;
    return dt;
}

static void printValueBody(pp *p, const gort_type *t, const void *v, int verb, int depth,
                           bool caniface) {
    if (depth > 0 && caniface && t->kind != GORT_INTERFACE && t->nmethods > 0) {
        const gort_type *st = p->argt;
        const void *sv = p->argp;
        bool sa = p->argvalid;
        p->argt = t, p->argp = v, p->argvalid = true;
        bool handled = handleMethods(p, t, v, &verb);
        p->argt = st, p->argp = sv, p->argvalid = sa;
        if (handled) return;
    }
    /* badVerb inside describes this value */
    const gort_type *st = p->argt;
    const void *sv = p->argp;
    bool sa = p->argvalid;
    p->argt = t, p->argp = v, p->argvalid = true;
    Buf *b = &p->buf;

    switch (t->kind) {
    case GORT_BOOL: fmtBool(p, *(const bool *)v, verb); break;
    case GORT_INT: case GORT_INT64: fmtInteger(p, (uint64_t) * (const int64_t *)v, true, verb); break;
    case GORT_INT32: fmtInteger(p, (uint64_t)(int64_t) * (const int32_t *)v, true, verb); break;
    case GORT_INT16: fmtInteger(p, (uint64_t)(int64_t) * (const int16_t *)v, true, verb); break;
    case GORT_INT8: fmtInteger(p, (uint64_t)(int64_t) * (const int8_t *)v, true, verb); break;
    case GORT_UINT: case GORT_UINT64: case GORT_UINTPTR:
        fmtInteger(p, *(const uint64_t *)v, false, verb); break;
    case GORT_UINT32: fmtInteger(p, *(const uint32_t *)v, false, verb); break;
    case GORT_UINT16: fmtInteger(p, *(const uint16_t *)v, false, verb); break;
    case GORT_UINT8: fmtInteger(p, *(const uint8_t *)v, false, verb); break;
    case GORT_FLOAT32: fmtFloat(p, *(const float *)v, 32, verb); break;
    case GORT_FLOAT64: fmtFloat(p, *(const double *)v, 64, verb); break;
    case GORT_COMPLEX64: fmtComplex(p, ((const float *)v)[0], ((const float *)v)[1], 64, verb); break;
    case GORT_COMPLEX128:
        fmtComplex(p, ((const double *)v)[0], ((const double *)v)[1], 128, verb);
        break;
    case GORT_STRING: {
        const gort_string *s = v;
        fmtString(p, s->ptr, s->len, verb);
        break;
    }
    case GORT_MAP: {
        gort_map *m = *(gort_map *const *)v;
        if (p->sharpV) {
            bstr(b, t->str);
            if (!m) {
                bcstr(b, "(nil)");
                break;
            }
            bbyte(b, '{');
        } else {
            bcstr(b, "map[");
        }
        int64_t n = m ? gort_mapentries(t, m, NULL, NULL, 0) : 0;
        if (n > 0) {
            const void **keys = gort_alloc((size_t)n * sizeof(void *));
            const void **elems = gort_alloc((size_t)n * sizeof(void *));
            int64_t got = gort_mapentries(t, m, keys, elems, n);
            if (got < n) n = got;
            sortmap(t->key, keys, elems, n);
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) {
                    if (p->sharpV)
                        bcstr(b, ", ");
                    else
                        bbyte(b, ' ');
                }
                printValue(p, t->key, keys[i], verb, depth + 1, caniface);
                bbyte(b, ':');
                printValue(p, t->elem, elems[i], verb, depth + 1, caniface);
            }
        }
        bbyte(b, p->sharpV ? '}' : ']');
        break;
    }
    case GORT_STRUCT:
        if (p->sharpV) bstr(b, t->str);
        bbyte(b, '{');
        for (int32_t i = 0; i < t->nfields; i++) {
            const gort_field *f = &t->fields[i];
            if (i > 0) {
                if (p->sharpV)
                    bcstr(b, ", ");
                else
                    bbyte(b, ' ');
            }
            if ((p->plusV || p->sharpV) && f->name.len > 0) {
                bstr(b, f->name);
                bbyte(b, ':');
            }
            printValue(p, f->type, (const char *)v + f->offset, verb, depth + 1,
                       caniface && exportedName(f->name));
        }
        bbyte(b, '}');
        break;
    case GORT_INTERFACE: {
        const void *ev = NULL;
        const gort_type *dt = ifaceelem(t, v, &ev);
        if (!dt) {
            if (p->sharpV) {
                bstr(b, t->str);
                bcstr(b, "(nil)");
            } else {
                bcstr(b, "<nil>");
            }
        } else {
            /* depth+1 > 0: honours the dynamic value's methods */
            printValue(p, dt, ev, verb, depth + 1, caniface);
        }
        break;
    }
    case GORT_ARRAY:
    case GORT_SLICE: {
        const char *base;
        int64_t n;
        bool isnil = false;
        if (t->kind == GORT_ARRAY) {
            base = v;
            n = t->len;
        } else {
            const gort_slice *s = v;
            base = s->ptr;
            n = s->len;
            isnil = s->ptr == NULL;
        }
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') &&
            t->elem->kind == GORT_UINT8) {
            fmtBytes(p, (const uint8_t *)base, n, isnil, verb, t->str);
            break;
        }
        if (p->sharpV) {
            bstr(b, t->str);
            if (t->kind == GORT_SLICE && isnil) {
                bcstr(b, "(nil)");
                break;
            }
            bbyte(b, '{');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) bcstr(b, ", ");
                printValue(p, t->elem, base + (size_t)i * t->elem->size, verb, depth + 1,
                           caniface);
            }
            bbyte(b, '}');
        } else {
            bbyte(b, '[');
            for (int64_t i = 0; i < n; i++) {
                if (i > 0) bbyte(b, ' ');
                printValue(p, t->elem, base + (size_t)i * t->elem->size, verb, depth + 1,
                           caniface);
            }
            bbyte(b, ']');
        }
        break;
    }
    case GORT_POINTER: {
        const void *target = *(void *const *)v;
        if (depth == 0 && target && t->elem) {
            uint8_t k = t->elem->kind;
            if (k == GORT_ARRAY || k == GORT_SLICE || k == GORT_STRUCT || k == GORT_MAP) {
                bbyte(b, '&');
                printValue(p, t->elem, target, verb, depth + 1, caniface);
                break;
            }
        }
        fmtPointer(p, t, v, verb);
        break;
    }
    case GORT_CHAN:
    case GORT_FUNC:
    case GORT_UNSAFEPOINTER: fmtPointer(p, t, v, verb); break;
    default:
        bbyte(b, '?');
        bstr(b, t->str);
        bbyte(b, '?');
    }
    p->argt = st, p->argp = sv, p->argvalid = sa;
}

/* ===================================================================== */
/* printArg, doPrintf, doPrint, doPrintln                                */
/* ===================================================================== */

static inline const void *efacevalue(const gort_eface *e) {
    return (e->type->flags & GORT_TF_DIRECT) ? (const void *)&e->data : e->data;
}

static void printArg(pp *p, const gort_eface *arg, int verb) {
    const gort_type *t = arg->type;
    p->argt = t;
    p->argvalid = t != NULL;
    if (!t) {
        p->argp = NULL;
        if (verb == 'T' || verb == 'v')
            padCstr(p, "<nil>");
        else
            badVerb(p, verb);
        return;
    }
    const void *v = efacevalue(arg);
    p->argp = v;
    if (verb == 'T') {
        fmtS(p, t->str.ptr, t->str.len);
        return;
    }
    if (verb == 'p') {
        fmtPointer(p, t, v, 'p');
        return;
    }
    /* []byte itself: fmtBytes for every verb it knows */
    if (t->kind == GORT_SLICE && !(t->flags & GORT_TF_NAMED) &&
        gort_typeeq(t->elem, &gort_type_uint8)) {
        if (verb == 'v' || verb == 'd' || verb == 's' || verb == 'q' || verb == 'x' ||
            verb == 'X') {
            const gort_slice *s = v;
            fmtBytes(p, s->ptr, s->len, s->ptr == NULL, verb, GORT_STR("[]byte"));
            return;
        }
    }
    if (handleMethods(p, t, v, &verb)) return;
    printValue(p, t, v, verb, 0, true);
}

/* Go's tooLarge: widths and precisions are capped at 1e6. */
static inline bool tooLarge(int64_t x) { return x > 1000000 || x < -1000000; }

static int64_t parsenum(const uint8_t *s, int64_t start, int64_t end, int64_t *num, bool *isnum) {
    *num = 0;
    *isnum = false;
    if (start >= end) return end;
    int64_t i = start;
    for (; i < end && s[i] >= '0' && s[i] <= '9'; i++) {
        if (tooLarge(*num)) {
            *num = 0;
            *isnum = false;
            return end;
        }
        *num = *num * 10 + (s[i] - '0');
        *isnum = true;
    }
    return i;
}

/* intFromArg: the operand for a `*`. */
static int64_t intFromArg(const gort_eface *a, int64_t n, int64_t argNum, int64_t *num,
                          bool *isInt) {
    *num = 0;
    *isInt = false;
    if (argNum < n) {
        const gort_type *t = a[argNum].type;
        if (t) {
            const void *v = efacevalue(&a[argNum]);
            int64_t x = 0;
            switch (t->kind) {
            case GORT_INT: case GORT_INT64: x = *(const int64_t *)v; *isInt = true; break;
            case GORT_INT32: x = *(const int32_t *)v; *isInt = true; break;
            case GORT_INT16: x = *(const int16_t *)v; *isInt = true; break;
            case GORT_INT8: x = *(const int8_t *)v; *isInt = true; break;
            case GORT_UINT: case GORT_UINT64: case GORT_UINTPTR: {
                uint64_t u = *(const uint64_t *)v;
                if ((int64_t)u >= 0) x = (int64_t)u, *isInt = true;
                break;
            }
            case GORT_UINT32: x = *(const uint32_t *)v; *isInt = true; break;
            case GORT_UINT16: x = *(const uint16_t *)v; *isInt = true; break;
            case GORT_UINT8: x = *(const uint8_t *)v; *isInt = true; break;
            }
            *num = x;
        }
        argNum++;
        if (tooLarge(*num)) {
            *num = 0;
            *isInt = false;
        }
    }
    return argNum;
}

/* argNumber: an explicit [n] index.  Returns the new i. */
static int64_t argNumber(pp *p, int64_t *argNum, const uint8_t *f, int64_t i, int64_t end,
                         int64_t numArgs, bool *found) {
    *found = false;
    if (end <= i || f[i] != '[') return i;
    p->reordered = true;
    /* parseArgNumber */
    int64_t index = 0, wid = 1;
    bool ok = false;
    if (end - i >= 3) {
        for (int64_t k = i + 1; k < end; k++) {
            if (f[k] == ']') {
                int64_t w;
                bool isnum;
                int64_t newi = parsenum(f, i + 1, k, &w, &isnum);
                if (!isnum || newi != k) {
                    wid = k - i + 1;
                    ok = false;
                } else {
                    index = w - 1;
                    wid = k - i + 1;
                    ok = true;
                }
                break;
            }
        }
    }
    if (ok && index >= 0 && index < numArgs) {
        *argNum = index;
        *found = true;
        return i + wid;
    }
    p->goodArgNum = false;
    *found = ok;
    return i + wid;
}

static void doPrintf(pp *p, gort_string format, gort_slice args) {
    const uint8_t *f = format.ptr;
    int64_t end = format.len;
    const gort_eface *a = args.ptr;
    int64_t na = args.len;
    int64_t argNum = 0;
    bool afterIndex = false;
    p->reordered = false;
    for (int64_t i = 0; i < end;) {
        p->goodArgNum = true;
        int64_t lasti = i;
        while (i < end && f[i] != '%') i++;
        if (i > lasti) bput(&p->buf, f + lasti, i - lasti);
        if (i >= end) break;
        i++;
        clearflags(p);
        bool simple = false;
        for (; i < end; i++) {
            uint8_t c = f[i];
            if (c == '#') p->sharp = true;
            else if (c == '0') p->zero = !p->minus;
            else if (c == '+') p->plus = true;
            else if (c == '-') p->minus = true, p->zero = false;
            else if (c == ' ') p->space = true;
            else {
                if (c >= 'a' && c <= 'z' && argNum < na) {
                    if (c == 'v') {
                        p->sharpV = p->sharp;
                        p->sharp = false;
                        p->plusV = p->plus;
                        p->plus = false;
                    }
                    printArg(p, &a[argNum], c);
                    argNum++;
                    i++;
                    simple = true;
                }
                break;
            }
        }
        if (simple) continue;

        i = argNumber(p, &argNum, f, i, end, na, &afterIndex);

        if (i < end && f[i] == '*') {
            i++;
            argNum = intFromArg(a, na, argNum, &p->wid, &p->widPresent);
            if (!p->widPresent) bcstr(&p->buf, "%!(BADWIDTH)");
            if (p->wid < 0) {
                p->wid = -p->wid;
                p->minus = true;
                p->zero = false;
            }
            afterIndex = false;
        } else {
            i = parsenum(f, i, end, &p->wid, &p->widPresent);
            if (afterIndex && p->widPresent) p->goodArgNum = false;
        }

        if (i + 1 < end && f[i] == '.') {
            i++;
            if (afterIndex) p->goodArgNum = false;
            i = argNumber(p, &argNum, f, i, end, na, &afterIndex);
            if (i < end && f[i] == '*') {
                i++;
                argNum = intFromArg(a, na, argNum, &p->prec, &p->precPresent);
                if (p->prec < 0) {
                    p->prec = 0;
                    p->precPresent = false;
                }
                if (!p->precPresent) bcstr(&p->buf, "%!(BADPREC)");
                afterIndex = false;
            } else {
                i = parsenum(f, i, end, &p->prec, &p->precPresent);
                if (!p->precPresent) {
                    p->prec = 0;
                    p->precPresent = true;
                }
            }
        }

        if (!afterIndex) i = argNumber(p, &argNum, f, i, end, na, &afterIndex);

        if (i >= end) {
            bcstr(&p->buf, "%!(NOVERB)");
            break;
        }

        int verb = f[i];
        int size = 1;
        if (verb >= 0x80) verb = decoderune(f + i, end - i, &size);
        i += size;

        if (verb == '%') {
            bbyte(&p->buf, '%');
        } else if (!p->goodArgNum) {
            bcstr(&p->buf, "%!");
            writeRune(&p->buf, verb);
            bcstr(&p->buf, "(BADINDEX)");
        } else if (argNum >= na) {
            bcstr(&p->buf, "%!");
            writeRune(&p->buf, verb);
            bcstr(&p->buf, "(MISSING)");
        } else {
            if (verb == 'v') {
                p->sharpV = p->sharp;
                p->sharp = false;
                p->plusV = p->plus;
                p->plus = false;
            }
            printArg(p, &a[argNum], verb);
            argNum++;
        }
    }
    if (!p->reordered && argNum < na) {
        clearflags(p);
        bcstr(&p->buf, "%!(EXTRA ");
        for (int64_t k = argNum; k < na; k++) {
            if (k > argNum) bcstr(&p->buf, ", ");
            if (!a[k].type) {
                bcstr(&p->buf, "<nil>");
            } else {
                bstr(&p->buf, a[k].type->str);
                bbyte(&p->buf, '=');
                printArg(p, &a[k], 'v');
            }
        }
        bbyte(&p->buf, ')');
    }
}

static void doPrint(pp *p, gort_slice args) {
    const gort_eface *a = args.ptr;
    bool prevString = false;
    for (int64_t i = 0; i < args.len; i++) {
        bool isString = a[i].type && a[i].type->kind == GORT_STRING;
        if (i > 0 && !isString && !prevString) bbyte(&p->buf, ' ');
        clearflags(p);
        printArg(p, &a[i], 'v');
        prevString = isString;
    }
}

static void doPrintln(pp *p, gort_slice args) {
    const gort_eface *a = args.ptr;
    for (int64_t i = 0; i < args.len; i++) {
        if (i > 0) bbyte(&p->buf, ' ');
        clearflags(p);
        printArg(p, &a[i], 'v');
    }
    bbyte(&p->buf, '\n');
}

/* ===================================================================== */
/* Entry points                                                          */
/* ===================================================================== */

enum { MODE_PRINTF, MODE_PRINT, MODE_PRINTLN };

struct fmtjob {
    int mode;
    int fd;            /* < 0: return the string */
    bool wrapErrs;
    gort_string format;
    gort_slice args;
    gort_string out;
    int64_t ret;
    bool haswrapped;
    gort_eface wrapped;
};

static void fmtjob_run(void *arg) {
    struct fmtjob *j = arg;
    uint8_t stackbuf[256];
    pp p;
    memset(&p, 0, sizeof p);
    p.buf.p = stackbuf;
    p.buf.cap = sizeof stackbuf;
    p.wrapErrs = j->wrapErrs;
    M *mp = curm;
    p.ongoroutine = mp && mp->curg && mp->curg != mp->g0 && !mp->onsystemstack;
    switch (j->mode) {
    case MODE_PRINTF: doPrintf(&p, j->format, j->args); break;
    case MODE_PRINT: doPrint(&p, j->args); break;
    default: doPrintln(&p, j->args); break;
    }
    j->haswrapped = p.haswrapped;
    j->wrapped = p.wrapped;
    if (j->fd >= 0) {
        j->ret = p.buf.n > 0 ? gort_write(j->fd, p.buf.p, (size_t)p.buf.n) : 0;
        return;
    }
    if (p.buf.heap) {
        j->out = (gort_string){p.buf.p, p.buf.n};
    } else if (p.buf.n == 0) {
        j->out = (gort_string){NULL, 0};
    } else {
        uint8_t *s = gort_alloc_noscan((size_t)p.buf.n);
        memcpy(s, p.buf.p, (size_t)p.buf.n);
        j->out = (gort_string){s, p.buf.n};
    }
}

static void fmtrun(struct fmtjob *j) {
    M *mp = curm;
    bool ongoroutine = mp && mp->curg && mp->curg != mp->g0 && !mp->onsystemstack;
    if (ongoroutine && !GORT_STACK_OK(FMT_FRAME))
        gort_morestack(fmtjob_run, j, FMT_FRAME);
    else
        fmtjob_run(j);
}

gort_string gort_fmt_sprintf(gort_string format, gort_slice args) {
    struct fmtjob j = {.mode = MODE_PRINTF, .fd = -1, .format = format, .args = args};
    fmtrun(&j);
    return j.out;
}

gort_string gort_fmt_sprint(gort_slice args) {
    struct fmtjob j = {.mode = MODE_PRINT, .fd = -1, .args = args};
    fmtrun(&j);
    return j.out;
}

gort_string gort_fmt_sprintln(gort_slice args) {
    struct fmtjob j = {.mode = MODE_PRINTLN, .fd = -1, .args = args};
    fmtrun(&j);
    return j.out;
}

int64_t gort_fmt_fprintf(int fd, gort_string format, gort_slice args) {
    struct fmtjob j = {.mode = MODE_PRINTF, .fd = fd, .format = format, .args = args};
    fmtrun(&j);
    return j.ret;
}

int64_t gort_fmt_fprint(int fd, gort_slice args) {
    struct fmtjob j = {.mode = MODE_PRINT, .fd = fd, .args = args};
    fmtrun(&j);
    return j.ret;
}

int64_t gort_fmt_fprintln(int fd, gort_slice args) {
    struct fmtjob j = {.mode = MODE_PRINTLN, .fd = fd, .args = args};
    fmtrun(&j);
    return j.ret;
}

int64_t gort_fmt_printf(gort_string format, gort_slice args) {
    return gort_fmt_fprintf(1, format, args);
}
int64_t gort_fmt_print(gort_slice args) { return gort_fmt_fprint(1, args); }
int64_t gort_fmt_println(gort_slice args) { return gort_fmt_fprintln(1, args); }

/* ===================================================================== */
/* errors.New and fmt.Errorf                                             */
/* ===================================================================== */

/* func() string, as types.c builds it for error's Error method: the same
 * hash, kind and string, so gort_typeeq finds them identical. */
static const gort_type *const strout[] = {&gort_type_string};
static const gort_type fn_string = {
    .size = sizeof(void *), .hash = 0x319077b5u, .kind = GORT_FUNC, .align = _Alignof(void *),
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func() string"),
    .nout = 1, .out = strout,
};
static const gort_type *const errout[] = {&gort_type_error};
static const gort_type fn_error = {
    .size = sizeof(void *), .hash = 0x143b0862u, .kind = GORT_FUNC, .align = _Alignof(void *),
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func() error"),
    .nout = 1, .out = errout,
};

/* errors.errorString { s string } and *errors.errorString's Error(). */
typedef struct errorString {
    gort_string s;
} errorString;

static gort_string errorString_Error(void *recv) { return ((errorString *)recv)->s; }

static const gort_field errorString_fields[] = {
    {.name = GORT_STR("s"), .type = &gort_type_string, .offset = 0},
};
static const gort_type errorString_type = {
    .size = sizeof(errorString), .hash = 0x6c0c7b21u, .kind = GORT_STRUCT,
    .align = _Alignof(errorString), .flags = GORT_TF_POINTERS | GORT_TF_NAMED,
    .str = GORT_STR("errors.errorString"), .fields = errorString_fields, .nfields = 1,
};
static const gort_method errorString_methods[] = {
    {.name = GORT_STR("Error"), .type = &fn_string, .ifn = (void (*)(void))errorString_Error},
};
static const gort_type errorString_ptr = {
    .size = sizeof(void *), .hash = 0x0d3b5c5au, .kind = GORT_POINTER,
    .align = _Alignof(void *), .flags = GORT_TF_POINTERS | GORT_TF_DIRECT,
    .str = GORT_STR("*errors.errorString"), .elem = &errorString_type,
    .equal = gort_memequal64, .hashfn = gort_memhash64,
    .methods = errorString_methods, .nmethods = 1,
};

/* fmt.wrapError { msg string; err error } with Error() and Unwrap(). */
typedef struct wrapError {
    gort_string msg;
    gort_iface err;
} wrapError;

static gort_string wrapError_Error(void *recv) { return ((wrapError *)recv)->msg; }
static gort_iface wrapError_Unwrap(void *recv) { return ((wrapError *)recv)->err; }

static const gort_field wrapError_fields[] = {
    {.name = GORT_STR("msg"), .type = &gort_type_string, .offset = offsetof(wrapError, msg)},
    {.name = GORT_STR("err"), .type = &gort_type_error, .offset = offsetof(wrapError, err)},
};
static const gort_type wrapError_type = {
    .size = sizeof(wrapError), .hash = 0x2f6e3a8du, .kind = GORT_STRUCT,
    .align = _Alignof(wrapError), .flags = GORT_TF_POINTERS | GORT_TF_NAMED,
    .str = GORT_STR("fmt.wrapError"), .fields = wrapError_fields, .nfields = 2,
};
static const gort_method wrapError_methods[] = {
    {.name = GORT_STR("Error"), .type = &fn_string, .ifn = (void (*)(void))wrapError_Error},
    {.name = GORT_STR("Unwrap"), .type = &fn_error, .ifn = (void (*)(void))wrapError_Unwrap},
};
static const gort_type wrapError_ptr = {
    .size = sizeof(void *), .hash = 0x7e1c44b3u, .kind = GORT_POINTER,
    .align = _Alignof(void *), .flags = GORT_TF_POINTERS | GORT_TF_DIRECT,
    .str = GORT_STR("*fmt.wrapError"), .elem = &wrapError_type,
    .equal = gort_memequal64, .hashfn = gort_memhash64,
    .methods = wrapError_methods, .nmethods = 2,
};

gort_iface gort_errors_new(gort_string text) {
    errorString *e = gort_alloc(sizeof *e);
    e->s = text;
    return (gort_iface){gort_getitab(&gort_type_error, &errorString_ptr, false), e};
}

gort_iface gort_fmt_errorf(gort_string format, gort_slice args) {
    struct fmtjob j = {.mode = MODE_PRINTF, .fd = -1, .format = format, .args = args,
                       .wrapErrs = true};
    fmtrun(&j);
    if (!j.haswrapped) return gort_errors_new(j.out);
    wrapError *w = gort_alloc(sizeof *w);
    w->msg = j.out;
    w->err = (gort_iface){gort_getitab(&gort_type_error, j.wrapped.type, false), j.wrapped.data};
    return (gort_iface){gort_getitab(&gort_type_error, &wrapError_ptr, false), w};
}

/* errors.Unwrap(err): the result of err's Unwrap() error method, or nil. */
gort_iface gort_errors_unwrap(gort_iface err) {
    if (!err.tab) return (gort_iface){NULL, NULL};
    const gort_type *t = err.tab->type;
    for (int32_t i = 0; i < t->nmethods; i++) {
        const gort_method *m = &t->methods[i];
        if (m->name.len == 6 && memcmp(m->name.ptr, "Unwrap", 6) == 0 && m->type &&
            m->type->kind == GORT_FUNC && m->type->nin == 0 && m->type->nout == 1 &&
            gort_typeeq(m->type->out[0], &gort_type_error))
            return ((gort_iface(*)(void *))m->ifn)(err.data);
    }
    return (gort_iface){NULL, NULL};
}
