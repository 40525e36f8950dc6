/*
 * strconv.c — package strconv: integers to and from text, ParseFloat,
 * ParseBool/FormatBool, and Go-syntax quoting.
 *
 * Integers.  FormatInt and friends divide by hand into a small buffer on
 * the goroutine's stack (65 bytes: 64 binary digits and a sign) and copy
 * the result to the heap.  Parsing follows Go's rules, which are stricter
 * than C's: no leading space, an optional sign only for signed types,
 * base 0 means "as a Go literal" (0b, 0o, 0x prefixes, a leading 0 means
 * octal, underscores allowed only between digits or right after a
 * prefix), and every other base accepts digits only.  Overflow is
 * detected before it happens (a cutoff per base), and a range error is
 * reported at the first digit that overflows, as Go does, even if the rest
 * of the input is not a number.  Atoi has Go's own quick path (plain
 * decimal digits up to 18 of them) and otherwise is ParseInt(s, 10, 0)
 * with the function name in the error changed to Atoi.
 *
 * Errors.  Go returns *NumError{Func, Num, Err}, whose Error() is
 * `strconv.` + Func + `: parsing ` + Quote(Num) + `: ` + Err.  The error
 * value belongs to the interface machinery (iface.c, fmt.c); here every
 * parser writes that text to a `gort_string *err` out-parameter (nil
 * error: {NULL, 0}) and the compiler wraps it (see gort.h, "strconv").
 *
 * Floats.  ParseFloat checks Go's syntax itself — optional sign; decimal
 * digits with an optional point and `e` exponent, or 0x hex digits with
 * an optional point and a mandatory `p` exponent; underscores only
 * between digits; `inf`, `infinity` (signed or not) and `nan` (unsigned)
 * in any case — and then hands the digits, underscores removed, to glibc's
 * strtod/strtof on the system stack (libc needs more stack than a
 * goroutine segment guarantees).  glibc rounds correctly, decimal and hex
 * alike, and strtof rounds straight to float32 as Go's bitSize 32 does, so
 * results agree with Go bit for bit.  Overflow gives ±Inf and `value out
 * of range`; underflow gives 0 (or a denormal) with no error, as in Go.
 * FormatFloat is fmt.c's (shortest formatting is shared with %v).
 *
 * Quoting.  Quote escapes as Go: `\"` and `\\`, \a \b \f \n \r \t \v, \xNN
 * for each byte of invalid UTF-8 and for other ASCII controls, \uNNNN and
 * \UNNNNNNNN for runes that are not printable, everything else as is
 * (QuoteToASCII escapes every non-ASCII rune).  Go decides printability
 * with Unicode's tables (letters, marks, numbers, punctuation, symbols and
 * U+0020); isprint() below approximates them with the categories that
 * matter in practice — controls, non-ASCII spaces, line/paragraph
 * separators, format characters, private use, noncharacters, unassigned
 * planes — and treats other unassigned code points as printable.
 */
#include "internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static inline gort_string mkstr(const uint8_t *p, int64_t n) {
    gort_string s = {p, n};
    return s;
}

static gort_string copystr(const char *p, int64_t n) {
    uint8_t *b = gort_alloc_noscan((size_t)(n > 0 ? n : 1));
    memcpy(b, p, (size_t)n);
    return mkstr(b, n);
}

static const char digits36[] = "0123456789abcdefghijklmnopqrstuvwxyz";

/* ===================================================================== */
/* Formatting integers                                                   */
/* ===================================================================== */

static gort_string formatbits(uint64_t u, int base, bool neg) {
    if (base < 2 || base > 36) gort_panicstr(GORT_STR("strconv: illegal AppendInt/FormatInt base"));
    char buf[65];
    int i = (int)sizeof buf;
    if (base == 10) {
        do {
            buf[--i] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
    } else {
        do {
            buf[--i] = digits36[u % (unsigned)base];
            u /= (unsigned)base;
        } while (u);
    }
    if (neg) buf[--i] = '-';
    return copystr(buf + i, (int64_t)sizeof buf - i);
}

gort_string gort_strconv_formatint(int64_t v, int64_t base) {
    bool neg = v < 0;
    uint64_t u = neg ? -(uint64_t)v : (uint64_t)v;
    return formatbits(u, (int)(base < 0 || base > 99 ? 0 : base), neg);
}

gort_string gort_strconv_formatuint(uint64_t u, int64_t base) {
    return formatbits(u, (int)(base < 0 || base > 99 ? 0 : base), false);
}

gort_string gort_strconv_itoa(int64_t v) { return gort_strconv_formatint(v, 10); }

gort_string gort_strconv_formatbool(bool b) {
    return b ? GORT_STR("true") : GORT_STR("false");
}

/* ===================================================================== */
/* Quoting                                                               */
/* ===================================================================== */

/* Approximation of unicode.IsPrint for r >= 0x80 (see the essay). */
static bool isprint_(int32_t r) {
    if (r < 0x20) return false;
    if (r < 0x7F) return true;
    if (r <= 0xA0 || r == 0xAD) return false;           /* DEL, C1, NBSP, SHY */
    if (r < 0x370) return true;
    if (r == 0x378 || r == 0x379 || (r >= 0x380 && r <= 0x383) || r == 0x38B || r == 0x38D ||
        r == 0x3A2)
        return false;                                  /* unassigned Greek */
    if (r < 0x600) return true;
    if ((r >= 0x600 && r <= 0x605) || r == 0x61C || r == 0x6DD || r == 0x70F || r == 0x8E2 ||
        r == 0x180E || r == 0x1680)
        return false;
    if (r < 0x2000) return true;
    if (r <= 0x200F || (r >= 0x2028 && r <= 0x202F) || r == 0x205F ||
        (r >= 0x2060 && r <= 0x206F))
        return false;                                  /* spaces, format, separators */
    if (r == 0x3000) return false;
    if (r >= 0xD800 && r <= 0xF8FF) return false;      /* surrogates, private use */
    if (r >= 0xFDD0 && r <= 0xFDEF) return false;      /* noncharacters */
    if (r == 0xFEFF || (r >= 0xFFF9 && r <= 0xFFFB)) return false;
    if ((r & 0xFFFE) == 0xFFFE) return false;          /* U+xFFFE, U+xFFFF */
    if (r == 0x110BD || r == 0x110CD || (r >= 0x13430 && r <= 0x13438) ||
        (r >= 0x1BCA0 && r <= 0x1BCA3) || (r >= 0x1D173 && r <= 0x1D17A))
        return false;
    if (r >= 0x40000 && r <= 0xDFFFF) return false;    /* unassigned planes */
    if (r >= 0xE0000 && r <= 0xE00FF) return false;    /* tags (and gaps) */
    if (r >= 0xE01F0) return false;                    /* beyond variation selectors: PUA */
    return true;
}

static int quote_rune(char *p, int32_t r, char quote, bool ascii) {
    static const char hex[] = "0123456789abcdef";
    char *q = p;
    if (r == quote || r == '\\') {
        *q++ = '\\';
        *q++ = (char)r;
        return 2;
    }
    if (ascii ? (r < 0x7F && r >= 0x20) : isprint_(r)) {
        return gort_encoderune((uint8_t *)p, r);
    }
    *q++ = '\\';
    switch (r) {
    case '\a': *q++ = 'a'; return 2;
    case '\b': *q++ = 'b'; return 2;
    case '\f': *q++ = 'f'; return 2;
    case '\n': *q++ = 'n'; return 2;
    case '\r': *q++ = 'r'; return 2;
    case '\t': *q++ = 't'; return 2;
    case '\v': *q++ = 'v'; return 2;
    default: break;
    }
    int nd;
    if (r < ' ' || r == 0x7F) {
        *q++ = 'x';
        nd = 2;
    } else if (r < 0x10000) {
        *q++ = 'u';
        nd = 4;
    } else {
        *q++ = 'U';
        nd = 8;
    }
    for (int s = (nd - 1) * 4; s >= 0; s -= 4) *q++ = hex[(r >> s) & 0xF];
    return (int)(q - p);
}

static gort_string quotewith(gort_string s, char quote, bool ascii) {
    /* Worst case: 4 output bytes per input byte (\xNN), plus the quotes. */
    char *buf = gort_alloc_noscan((size_t)(4 * s.len + 2)), *p = buf;
    *p++ = quote;
    for (int64_t k = 0; k < s.len;) {
        int32_t r;
        int64_t next = gort_decoderune(s, k, &r);
        if (r == 0xFFFD && next - k == 1) {
            static const char hex[] = "0123456789abcdef";
            p[0] = '\\', p[1] = 'x', p[2] = hex[s.ptr[k] >> 4], p[3] = hex[s.ptr[k] & 15];
            p += 4;
        } else {
            p += quote_rune(p, r, quote, ascii);
        }
        k = next;
    }
    *p++ = quote;
    return mkstr((const uint8_t *)buf, p - buf);
}

gort_string gort_strconv_quote(gort_string s) { return quotewith(s, '"', false); }
gort_string gort_strconv_quotetoascii(gort_string s) { return quotewith(s, '"', true); }

gort_string gort_strconv_quoterune(int32_t r) {
    if (gort_utf8_runelen(r) < 0) r = 0xFFFD;
    char *buf = gort_alloc_noscan(12);
    int n = 0;
    buf[n++] = '\'';
    n += quote_rune(buf + n, r, '\'', false);
    buf[n++] = '\'';
    return mkstr((const uint8_t *)buf, n);
}

/* ===================================================================== */
/* Errors                                                                */
/* ===================================================================== */

static void seterr(gort_string *err, const char *fn, gort_string num, const char *msg) {
    gort_string parts[5] = {
        GORT_STR("strconv."),
        {(const uint8_t *)fn, (int64_t)strlen(fn)},
        GORT_STR(": parsing "),
        gort_strconv_quote(num),
        {(const uint8_t *)msg, (int64_t)strlen(msg)},
    };
    if (err) *err = gort_concatstrings(parts, 5);
}

/* ": invalid base 1" and the like: formatted on the heap. */
static const char *msgnum(const char *what, int64_t v) {
    gort_string n = gort_strconv_itoa(v);
    size_t wl = strlen(what);
    char *m = gort_alloc_noscan(wl + (size_t)n.len + 1);
    memcpy(m, what, wl);
    memcpy(m + wl, n.ptr, (size_t)n.len);
    m[wl + (size_t)n.len] = 0;
    return m;
}

#define ESYNTAX ": invalid syntax"
#define ERANGE_ ": value out of range"

static inline void clearerr_(gort_string *err) {
    if (err) err->ptr = NULL, err->len = 0;
}

/* ===================================================================== */
/* Parsing integers                                                      */
/* ===================================================================== */

static inline uint8_t lower(uint8_t c) { return c | 0x20; }

/* Go's underscore rule: each '_' between two digits, or between a base
 * prefix and a digit. */
static bool underscoreok(const uint8_t *s, int64_t n) {
    enum { START, DIGIT, UNDER, OTHER } prev = START;
    int64_t i = 0;
    bool hex = false;
    if (n >= 1 && (s[0] == '+' || s[0] == '-')) i++;
    if (n - i >= 2 && s[i] == '0' &&
        (lower(s[i + 1]) == 'b' || lower(s[i + 1]) == 'o' || lower(s[i + 1]) == 'x')) {
        hex = lower(s[i + 1]) == 'x';
        i += 2;
        prev = DIGIT;
    }
    for (; i < n; i++) {
        uint8_t c = s[i];
        if ((c >= '0' && c <= '9') || (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            prev = DIGIT;
        } else if (c == '_') {
            if (prev != DIGIT) return false;
            prev = UNDER;
        } else {
            if (prev == UNDER) return false;
            prev = OTHER;
        }
    }
    return prev != UNDER;
}

/* ParseUint's work; fn names the function for errors, s0 the input
 * reported (ParseInt passes its own, with the sign). */
static uint64_t parseuint(gort_string s, int64_t base, int64_t bitsize, gort_string *err,
                          const char *fn, gort_string s0) {
    clearerr_(err);
    if (s.len == 0) {
        seterr(err, fn, s0, ESYNTAX);
        return 0;
    }
    bool base0 = base == 0;
    const uint8_t *p = s.ptr;
    int64_t n = s.len, i = 0;
    if (base >= 2 && base <= 36) {
        /* as given */
    } else if (base == 0) {
        base = 10;
        if (p[0] == '0') {
            if (n >= 3 && lower(p[1]) == 'b') base = 2, i = 2;
            else if (n >= 3 && lower(p[1]) == 'o') base = 8, i = 2;
            else if (n >= 3 && lower(p[1]) == 'x') base = 16, i = 2;
            else base = 8, i = 1;
        }
    } else {
        seterr(err, fn, s0, msgnum(": invalid base ", base));
        return 0;
    }
    if (bitsize == 0) bitsize = 64;
    else if (bitsize < 0 || bitsize > 64) {
        seterr(err, fn, s0, msgnum(": invalid bit size ", bitsize));
        return 0;
    }
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxval = bitsize == 64 ? UINT64_MAX : ((uint64_t)1 << bitsize) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (; i < n; i++) {
        uint8_t c = p[i], d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            seterr(err, fn, s0, ESYNTAX);
            return 0;
        }
        if (d >= base) {
            seterr(err, fn, s0, ESYNTAX);
            return 0;
        }
        if (v >= cutoff) {
            seterr(err, fn, s0, ERANGE_);
            return maxval;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + d;
        if (v1 < v || v1 > maxval) {
            seterr(err, fn, s0, ERANGE_);
            return maxval;
        }
        v = v1;
    }
    if (underscores && !underscoreok(s0.ptr, s0.len)) {
        seterr(err, fn, s0, ESYNTAX);
        return 0;
    }
    return v;
}

uint64_t gort_strconv_parseuint(gort_string s, int64_t base, int64_t bitsize, gort_string *err) {
    return parseuint(s, base, bitsize, err, "ParseUint", s);
}

static int64_t parseint(gort_string s, int64_t base, int64_t bitsize, gort_string *err,
                        const char *fn) {
    clearerr_(err);
    if (s.len == 0) {
        seterr(err, fn, s, ESYNTAX);
        return 0;
    }
    gort_string s0 = s;
    bool neg = false;
    if (s.ptr[0] == '+' || s.ptr[0] == '-') {
        neg = s.ptr[0] == '-';
        s.ptr++, s.len--;
    }
    gort_string e = {NULL, 0};
    uint64_t u = parseuint(s, base, bitsize, &e, fn, s0);
    if (e.ptr && !gort_strings_hassuffix(e, GORT_STR(ERANGE_))) {
        if (err) *err = e;
        return 0;
    }
    if (bitsize == 0) bitsize = 64;
    uint64_t cutoff = (uint64_t)1 << (bitsize - 1);
    if (!neg && u >= cutoff) {
        seterr(err, fn, s0, ERANGE_);
        return (int64_t)(cutoff - 1);
    }
    if (neg && u > cutoff) {
        seterr(err, fn, s0, ERANGE_);
        return -(int64_t)(cutoff - 1) - 1;
    }
    return neg ? (int64_t)(0 - u) : (int64_t)u;
}

int64_t gort_strconv_parseint(gort_string s, int64_t base, int64_t bitsize, gort_string *err) {
    return parseint(s, base, bitsize, err, "ParseInt");
}

int64_t gort_strconv_atoi(gort_string s, gort_string *err) {
    clearerr_(err);
    if (s.len > 0 && s.len < 19) { /* Go's fast path: no overflow possible */
        int64_t i = 0;
        bool neg = false;
        if (s.ptr[0] == '-' || s.ptr[0] == '+') {
            neg = s.ptr[0] == '-';
            i = 1;
            if (s.len == 1) {
                seterr(err, "Atoi", s, ESYNTAX);
                return 0;
            }
        }
        int64_t v = 0;
        for (; i < s.len; i++) {
            uint8_t d = s.ptr[i] - '0';
            if (d > 9) {
                seterr(err, "Atoi", s, ESYNTAX);
                return 0;
            }
            v = v * 10 + d;
        }
        return neg ? -v : v;
    }
    return parseint(s, 10, 0, err, "Atoi");
}

bool gort_strconv_parsebool(gort_string s, gort_string *err) {
    static const char *const t[] = {"1", "t", "T", "TRUE", "true", "True"};
    static const char *const f[] = {"0", "f", "F", "FALSE", "false", "False"};
    clearerr_(err);
    for (int i = 0; i < 6; i++) {
        if (s.len == (int64_t)strlen(t[i]) && memcmp(s.ptr, t[i], (size_t)s.len) == 0) return true;
        if (s.len == (int64_t)strlen(f[i]) && memcmp(s.ptr, f[i], (size_t)s.len) == 0) return false;
    }
    seterr(err, "ParseBool", s, ESYNTAX);
    return false;
}

/* ===================================================================== */
/* ParseFloat                                                            */
/* ===================================================================== */

/* s without sign equals word, ignoring ASCII case? */
static bool eqfold(const uint8_t *p, int64_t n, const char *word) {
    int64_t i = 0;
    for (; word[i]; i++)
        if (i >= n || lower(p[i]) != (uint8_t)word[i]) return false;
    return i == n;
}

static inline bool isdec(uint8_t c) { return c >= '0' && c <= '9'; }
static inline bool ishexd(uint8_t c) { return isdec(c) || (lower(c) >= 'a' && lower(c) <= 'f'); }

/* Go's float syntax (after the special words are ruled out). */
static bool floatsyntax(const uint8_t *p, int64_t n) {
    int64_t i = 0;
    bool hex = false, under = false, dot = false;
    int64_t nd = 0;
    if (i < n && (p[i] == '+' || p[i] == '-')) i++;
    if (i + 2 < n && p[i] == '0' && lower(p[i + 1]) == 'x') {
        hex = true;
        i += 2;
    }
    for (; i < n; i++) {
        uint8_t c = p[i];
        if (c == '_') under = true;
        else if (c == '.') {
            if (dot) break;
            dot = true;
        } else if (hex ? ishexd(c) : isdec(c)) nd++;
        else break;
    }
    if (nd == 0) return false;
    if (i < n && lower(p[i]) == (hex ? 'p' : 'e')) {
        i++;
        if (i < n && (p[i] == '+' || p[i] == '-')) i++;
        int64_t ne = 0;
        for (; i < n; i++) {
            if (p[i] == '_') under = true;
            else if (isdec(p[i])) ne++;
            else break;
        }
        if (ne == 0) return false;
    } else if (hex) {
        return false; /* a hex mantissa needs a 'p' exponent */
    }
    if (i != n) return false;
    return !under || underscoreok(p, n);
}

typedef struct StrtodReq {
    const char *buf;
    bool f32;
    bool range;
    double v;
} StrtodReq;

static void strtod_sys(void *arg) {
    StrtodReq *q = arg;
    errno = 0;
    if (q->f32) {
        float f = strtof(q->buf, NULL);
        q->v = f;
        q->range = __builtin_isinf(f);
    } else {
        q->v = strtod(q->buf, NULL);
        q->range = __builtin_isinf(q->v);
    }
}

double gort_strconv_parsefloat(gort_string s, int64_t bitsize, gort_string *err) {
    clearerr_(err);
    const uint8_t *p = s.ptr;
    int64_t n = s.len, i = 0;
    if (n > 0 && (p[0] == '+' || p[0] == '-')) i = 1;
    if (eqfold(p + i, n - i, "inf") || eqfold(p + i, n - i, "infinity"))
        return (i && p[0] == '-') ? -__builtin_inf() : __builtin_inf();
    if (i == 0 && eqfold(p, n, "nan")) {
        /* Go's math.NaN() bits; through float32 for bitSize 32, as Go */
        union { uint64_t u; double d; } nan = {0x7FF8000000000001ull};
        return bitsize == 32 ? (double)(float)nan.d : nan.d;
    }
    if (!floatsyntax(p, n)) {
        seterr(err, "ParseFloat", s, ESYNTAX);
        return 0;
    }
    char *buf = gort_alloc_noscan((size_t)n + 1);
    int64_t m = 0;
    for (int64_t k = 0; k < n; k++)
        if (p[k] != '_') buf[m++] = (char)p[k];
    buf[m] = 0;
    StrtodReq q = {buf, bitsize == 32, false, 0};
    gort_systemstack(strtod_sys, &q);
    if (q.range) seterr(err, "ParseFloat", s, ERANGE_);
    return q.v;
}
