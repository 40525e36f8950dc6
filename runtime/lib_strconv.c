/*
 * lib_strconv.c — the bodyless functions of package strconv
 * (compiler/lib/strconv.g).
 *
 * The parsers are strconv.c's; they report an error as its Error() text,
 * which parseInt & co. turn into the failure code the prelude builds its
 * *NumError from (1 syntax, 2 range, 3 base, 4 bit size).  FormatFloat
 * goes through fmt.c's float formatting, which is strconv's: %e/%f/%g with
 * a precision are FormatFloat with that precision, and %g/%x/%b without
 * one are the shortest forms; the shortest 'e' and 'f' forms take the
 * shortest form's digit count as their precision.  Unquote is here.
 */
#include "gort.h"

#include <math.h>
#include <string.h>

static bool hassuffix(gort_string s, const char *suf) {
    size_t n = strlen(suf);
    return (size_t)s.len >= n && memcmp(s.ptr + s.len - n, suf, n) == 0;
}

static bool contains(gort_string s, const char *sub) {
    size_t n = strlen(sub);
    for (int64_t i = 0; i + (int64_t)n <= s.len; i++)
        if (memcmp(s.ptr + i, sub, n) == 0) return true;
    return false;
}

/* The failure code of an error text ({NULL, 0}: none). */
static int64_t errcode(gort_string err) {
    if (!err.ptr && !err.len) return 0;
    if (hassuffix(err, "invalid syntax")) return 1;
    if (hassuffix(err, "value out of range")) return 2;
    if (contains(err, "invalid base")) return 3;
    return 4;
}

gort_string gort_strconv_Itoa(int64_t i) { return gort_strconv_itoa(i); }
gort_string gort_strconv_FormatInt(int64_t i, int64_t base) { return gort_strconv_formatint(i, base); }
gort_string gort_strconv_FormatUint(uint64_t i, int64_t base) { return gort_strconv_formatuint(i, base); }
gort_string gort_strconv_FormatBool(bool b) { return gort_strconv_formatbool(b); }
gort_string gort_strconv_Quote(gort_string s) { return gort_strconv_quote(s); }
gort_string gort_strconv_QuoteToASCII(gort_string s) { return gort_strconv_quotetoascii(s); }
gort_string gort_strconv_QuoteRune(int32_t r) { return gort_strconv_quoterune(r); }

/* func parseInt(s string, base int, bitSize int) (int64, int) */
int64_t gort_strconv_parseInt(gort_string s, int64_t base, int64_t bitsize, int64_t *code) {
    gort_string err = {NULL, 0};
    int64_t v = gort_strconv_parseint(s, base, bitsize, &err);
    *code = errcode(err);
    return v;
}

/* func parseUint(s string, base int, bitSize int) (uint64, int) */
uint64_t gort_strconv_parseUint(gort_string s, int64_t base, int64_t bitsize, int64_t *code) {
    gort_string err = {NULL, 0};
    uint64_t v = gort_strconv_parseuint(s, base, bitsize, &err);
    *code = errcode(err);
    return v;
}

/* func parseFloat(s string, bitSize int) (float64, int) */
double gort_strconv_parseFloat(gort_string s, int64_t bitsize, int64_t *code) {
    gort_string err = {NULL, 0};
    double v = gort_strconv_parsefloat(s, bitsize, &err);
    *code = errcode(err);
    return v;
}

/* fmt.Sprintf(format, prec, f) with f a float64 or (bitSize 32) float32. */
static gort_string fmtfloat(const char *format, int64_t prec, double f, int64_t bitsize,
                            bool withprec) {
    float f32 = (float)f;
    gort_eface args[2];
    int n = 0;
    if (withprec) args[n++] = (gort_eface){&gort_type_int, &prec};
    if (bitsize == 32)
        args[n++] = (gort_eface){&gort_type_float32, &f32};
    else
        args[n++] = (gort_eface){&gort_type_float64, &f};
    gort_string fs = {(const uint8_t *)format, (int64_t)strlen(format)};
    return gort_fmt_sprintf(fs, (gort_slice){args, n, n});
}

/* The number of significant digits of the shortest form s ("%g"). */
static int64_t shortestdigits(gort_string s) {
    int64_t i = 0, end = s.len, n = 0;
    bool dot = false, lead = true;
    if (i < end && (s.ptr[i] == '-' || s.ptr[i] == '+')) i++;
    for (int64_t k = i; k < end; k++)
        if (s.ptr[k] == 'e') end = k;
    int64_t zeros = 0; /* trailing zeros of an integer part */
    for (; i < end; i++) {
        uint8_t c = s.ptr[i];
        if (c == '.') {
            dot = true;
            continue;
        }
        if (c < '0' || c > '9') continue;
        if (lead && c == '0') continue;
        lead = false;
        n++;
        zeros = c == '0' ? zeros + 1 : 0;
    }
    if (!dot) n -= zeros;
    return n < 1 ? 1 : n;
}

/* func FormatFloat(f float64, fmt byte, prec, bitSize int) string */
gort_string gort_strconv_FormatFloat(double f, uint8_t fmtc, int64_t prec, int64_t bitsize) {
    char format[8] = "%.*?";
    if (bitsize == 32) f = (float)f;
    switch (fmtc) {
    case 'e': case 'E': case 'f': case 'g': case 'G': case 'b': case 'x': case 'X':
        break;
    default: {
        uint8_t *p = gort_alloc_noscan(2);
        p[0] = '%';
        p[1] = fmtc;
        return (gort_string){p, 2};
    }
    }
    if (prec >= 0 && fmtc != 'b') {
        format[3] = (char)fmtc;
        return fmtfloat(format, prec, f, bitsize, true);
    }
    if (fmtc == 'g' || fmtc == 'G' || fmtc == 'b' || fmtc == 'x' || fmtc == 'X') {
        char f2[3] = {'%', (char)fmtc, 0};
        return fmtfloat(f2, 0, f, bitsize, false);
    }
    if (isnan(f) || isinf(f))
        return fmtfloat("%e", 0, f, bitsize, false);
    int64_t n = shortestdigits(fmtfloat("%g", 0, f, bitsize, false));
    gort_string e = fmtfloat("%.*e", n - 1, f, bitsize, true);
    if (fmtc != 'f') {
        if (fmtc == 'E') {
            uint8_t *p = gort_alloc_noscan((size_t)e.len);
            memcpy(p, e.ptr, (size_t)e.len);
            for (int64_t i = 0; i < e.len; i++)
                if (p[i] == 'e') p[i] = 'E';
            e.ptr = p;
        }
        return e;
    }
    /* 'f': as many decimals as the shortest digits need. */
    int64_t exp = 0, i = e.len - 1;
    while (i > 0 && e.ptr[i] != 'e') i--;
    bool neg = e.ptr[i + 1] == '-';
    for (int64_t k = i + 2; k < e.len; k++) exp = exp * 10 + (e.ptr[k] - '0');
    if (neg) exp = -exp;
    int64_t decimals = n - 1 - exp;
    if (decimals >= 0) return fmtfloat("%.*f", decimals, f, bitsize, true);
    /* The shortest digits reach no further than the units: they are
     * followed by zeros (Go writes 1e21 as 1000000000000000000000). */
    uint8_t *p = gort_alloc_noscan((size_t)(exp + 3));
    int64_t m = 0;
    for (int64_t k = 0; k < i; k++)
        if (e.ptr[k] == '-' || (e.ptr[k] >= '0' && e.ptr[k] <= '9')) p[m++] = e.ptr[k];
    while (m < exp + 1 + (e.ptr[0] == '-')) p[m++] = '0';
    return (gort_string){p, m};
}

/* ---- Unquote ---------------------------------------------------------- */

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* func unquote(s string) (string, bool) */
gort_string gort_strconv_unquote(gort_string s, bool *ok) {
    gort_string none = {NULL, 0};
    *ok = false;
    int64_t n = s.len;
    if (n < 2) return none;
    uint8_t q = s.ptr[0];
    if (q != s.ptr[n - 1]) return none;
    const uint8_t *in = s.ptr + 1;
    n -= 2;
    uint8_t *out = gort_alloc_noscan((size_t)(n ? n : 1) * 1);
    int64_t m = 0;
    if (q == '`') {
        for (int64_t i = 0; i < n; i++) {
            if (in[i] == '`') return none;
            if (in[i] != '\r') out[m++] = in[i];
        }
        *ok = true;
        return (gort_string){out, m};
    }
    if (q != '"' && q != '\'') return none;
    int64_t runes = 0;
    for (int64_t i = 0; i < n;) {
        uint8_t c = in[i];
        if (c == q || c == '\n') return none;
        runes++;
        if (c != '\\') {
            if (c < 0x80) {
                out[m++] = c;
                i++;
            } else {
                int32_t r;
                gort_string rest = {in, n};
                int64_t next = gort_decoderune(rest, i, &r);
                if (r == 0xFFFD && next == i + 1 && q == '\'') return none;
                memcpy(out + m, in + i, (size_t)(next - i));
                m += next - i;
                i = next;
            }
            continue;
        }
        if (++i >= n) return none;
        c = in[i++];
        int32_t v;
        int digits = 0;
        bool isbyte = false;
        switch (c) {
        case 'a': v = 7; break;
        case 'b': v = 8; break;
        case 'f': v = 12; break;
        case 'n': v = 10; break;
        case 'r': v = 13; break;
        case 't': v = 9; break;
        case 'v': v = 11; break;
        case '\\': v = '\\'; break;
        case '\'': case '"':
            if (c != q) return none;
            v = c;
            break;
        case 'x': digits = 2; isbyte = true; break;
        case 'u': digits = 4; break;
        case 'U': digits = 8; break;
        case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7':
            if (i + 2 > n) return none;
            v = c - '0';
            for (int k = 0; k < 2; k++) {
                uint8_t d = in[i++];
                if (d < '0' || d > '7') return none;
                v = v * 8 + (d - '0');
            }
            if (v > 255) return none;
            isbyte = true;
            break;
        default: return none;
        }
        if (digits) {
            if (i + digits > n) return none;
            v = 0;
            for (int k = 0; k < digits; k++) {
                int h = hexval(in[i++]);
                if (h < 0) return none;
                v = v * 16 + h;
            }
            if (!isbyte && (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))) return none;
        }
        if (isbyte && q == '"') {
            out[m++] = (uint8_t)v;
        } else {
            uint8_t tmp[4];
            int k = gort_encoderune(tmp, v);
            if (m + k > n) { /* an escape never grows, but be safe */
                uint8_t *o2 = gort_alloc_noscan((size_t)(m + k + n));
                memcpy(o2, out, (size_t)m);
                out = o2;
            }
            memcpy(out + m, tmp, (size_t)k);
            m += k;
        }
    }
    if (q == '\'' && runes != 1) return none;
    *ok = true;
    return (gort_string){out, m};
}
