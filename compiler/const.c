/*
 * const.c — exact constant values, as Go's type checker needs them.
 *
 * Go's untyped constants are exact (spec "Constants"): an integer
 * constant has as many bits as it needs, and `0.1 + 0.2 == 0.3` is true
 * because constant arithmetic is done on mathematical values, not on
 * float64s.  A typed variable only ever sees the constant's value once
 * it is converted (and checked to be representable), which is the
 * checker's business; this file is the arithmetic below it.
 *
 * Representation.  Every numeric constant is a rational num/den of big
 * integers, den > 0 and gcd(num, den) = 1; integer and rune constants
 * simply have den = 1.  A float literal is therefore exact as well:
 * 0.1 is 1/10, 0x1p-2 is 1/4, 1e100 is 10^100/1.  (go/constant switches to
 * a 512-bit big.Float when a rational grows too large; we stay rational,
 * which is exact and fast enough for the sizes a program writes; a
 * float literal whose scaled exponent passes ±100000 is refused as
 * CONST_INVALID rather than computed for seconds.)
 *
 * Big integers are sign + magnitude, the magnitude an array of 32-bit
 * limbs, little-endian, without leading zero limbs (n == 0 is zero).
 * 32-bit limbs keep every intermediate product inside uint64_t.  Values
 * are immutable once built: every operation allocates its result with
 * malloc and never writes into its operands, so Consts can be copied
 * and shared like ints.  Nothing is freed: constants are few and small,
 * and the compiler is a short-lived process.
 *
 * Division is Knuth's algorithm D (TAOCP 4.3.1) on normalised 32-bit
 * digits; printing in decimal divides by 10^9 repeatedly.  Bitwise
 * operators on negative integers work on infinite two's complement, as
 * Go's spec defines them: the operands are widened to one limb more than
 * the longer one, combined, and converted back.
 *
 * Operator rules (spec "Constant expressions", "Operators"):
 *   - mixed untyped numeric operands take the later kind of
 *     int < rune < float;
 *   - `/` truncates toward zero when both operands are integer kinds,
 *     `%` takes the dividend's sign; dividing by zero is an error;
 *   - % & | ^ &^ need integer kinds; << >> need an integer (or an
 *     integral float) left operand, which becomes int, and a
 *     non-negative integral count ("negative shift count") no larger
 *     than go/types' bound 1074 (1023 - 1 + 52; beyond it: "invalid
 *     shift count"); >> of a
 *     negative number rounds toward minus infinity;
 *   - + on strings concatenates; == != < <= > >= compare numbers and
 *     strings (== != also bools) and give an untyped bool; && || take
 *     bools.
 * go/types also rejects integer constants wider than 512 bits ("constant
 * overflow"); that limit is the checker's to apply (const_bitlen).
 *
 * Conversion to float64 is correctly rounded (round half to even,
 * subnormals included): num/den is scaled by a power of two so that the
 * integer quotient has 55-56 bits, the remainder becomes a sticky bit,
 * and the quotient is rounded to the precision the exponent allows.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gocc.h"
#include "gocc_parse.h"

/* ------------------------------------------------------------------ */
/* Big integers                                                        */
/* ------------------------------------------------------------------ */

static uint32_t one_limb = 1;
static const BigInt BI_ZERO = {false, 0, NULL};
#define BI_ONE ((BigInt){false, 1, &one_limb})

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p) {
        fprintf(stderr, "gocc: out of memory\n");
        exit(1);
    }
    return p;
}

static BigInt bi_alloc(int32_t n)
{
    BigInt r = {false, n, xmalloc((size_t)n * sizeof(uint32_t))};
    memset(r.d, 0, (size_t)n * sizeof(uint32_t));
    return r;
}

static BigInt bi_trim(BigInt r)
{
    while (r.n > 0 && r.d[r.n - 1] == 0)
        r.n--;
    if (r.n == 0)
        r.neg = false;
    return r;
}

static BigInt bi_from_u64(uint64_t v)
{
    BigInt r = bi_alloc(2);
    r.d[0] = (uint32_t)v;
    r.d[1] = (uint32_t)(v >> 32);
    return bi_trim(r);
}

static BigInt bi_neg(BigInt a)
{
    if (a.n)
        a.neg = !a.neg;
    return a;
}

static int32_t bi_bitlen(BigInt a)
{
    if (a.n == 0)
        return 0;
    return (a.n - 1) * 32 + (32 - __builtin_clz(a.d[a.n - 1]));
}

static int cmp_mag(BigInt a, BigInt b)
{
    if (a.n != b.n)
        return a.n < b.n ? -1 : 1;
    for (int32_t i = a.n - 1; i >= 0; i--)
        if (a.d[i] != b.d[i])
            return a.d[i] < b.d[i] ? -1 : 1;
    return 0;
}

static int bi_cmp(BigInt a, BigInt b)
{
    if (a.neg != b.neg)
        return a.neg ? -1 : 1;
    int c = cmp_mag(a, b);
    return a.neg ? -c : c;
}

static BigInt add_mag(BigInt a, BigInt b)
{
    if (a.n < b.n) {
        BigInt t = a;
        a = b;
        b = t;
    }
    BigInt r = bi_alloc(a.n + 1);
    uint64_t carry = 0;
    for (int32_t i = 0; i < a.n; i++) {
        carry += (uint64_t)a.d[i] + (i < b.n ? b.d[i] : 0);
        r.d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r.d[a.n] = (uint32_t)carry;
    return bi_trim(r);
}

/* |a| - |b|, requires |a| >= |b| */
static BigInt sub_mag(BigInt a, BigInt b)
{
    BigInt r = bi_alloc(a.n);
    int64_t borrow = 0;
    for (int32_t i = 0; i < a.n; i++) {
        int64_t t = (int64_t)a.d[i] - (i < b.n ? b.d[i] : 0) - borrow;
        borrow = t < 0;
        r.d[i] = (uint32_t)(t + (borrow ? ((int64_t)1 << 32) : 0));
    }
    return bi_trim(r);
}

static BigInt bi_add(BigInt a, BigInt b)
{
    BigInt r;
    if (a.neg == b.neg) {
        r = add_mag(a, b);
        r.neg = a.neg;
    } else if (cmp_mag(a, b) >= 0) {
        r = sub_mag(a, b);
        r.neg = a.neg;
    } else {
        r = sub_mag(b, a);
        r.neg = b.neg;
    }
    return bi_trim(r);
}

static BigInt bi_sub(BigInt a, BigInt b)
{
    return bi_add(a, bi_neg(b));
}

static BigInt bi_mul(BigInt a, BigInt b)
{
    if (a.n == 0 || b.n == 0)
        return BI_ZERO;
    BigInt r = bi_alloc(a.n + b.n);
    for (int32_t i = 0; i < a.n; i++) {
        uint64_t carry = 0;
        for (int32_t j = 0; j < b.n; j++) {
            carry += (uint64_t)a.d[i] * b.d[j] + r.d[i + j];
            r.d[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        r.d[i + b.n] = (uint32_t)carry;
    }
    r.neg = a.neg != b.neg;
    return bi_trim(r);
}

/* a * m + c, on magnitudes (a >= 0) */
static BigInt bi_muladd_small(BigInt a, uint32_t m, uint32_t c)
{
    BigInt r = bi_alloc(a.n + 1);
    uint64_t carry = c;
    for (int32_t i = 0; i < a.n; i++) {
        carry += (uint64_t)a.d[i] * m;
        r.d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r.d[a.n] = (uint32_t)carry;
    return bi_trim(r);
}

/* |a| << s */
static BigInt shl_mag(BigInt a, int32_t s)
{
    if (a.n == 0)
        return BI_ZERO;
    int32_t w = s / 32, b = s % 32;
    BigInt r = bi_alloc(a.n + w + 1);
    for (int32_t i = 0; i < a.n; i++) {
        uint64_t v = (uint64_t)a.d[i] << b;
        r.d[i + w] |= (uint32_t)v;
        r.d[i + w + 1] |= (uint32_t)(v >> 32);
    }
    return bi_trim(r);
}

/* |a| >> s (truncating) */
static BigInt shr_mag(BigInt a, int32_t s)
{
    int32_t w = s / 32, b = s % 32;
    if (w >= a.n)
        return BI_ZERO;
    BigInt r = bi_alloc(a.n - w);
    for (int32_t i = 0; i < r.n; i++) {
        uint64_t v = a.d[i + w];
        if (i + w + 1 < a.n)
            v |= (uint64_t)a.d[i + w + 1] << 32;
        r.d[i] = (uint32_t)(v >> b);
    }
    return bi_trim(r);
}

/* Magnitude division: |a| = q*|b| + r, b != 0 (Knuth D). */
static void divmod_mag(BigInt a, BigInt b, BigInt *qp, BigInt *rp)
{
    if (cmp_mag(a, b) < 0) {
        *qp = BI_ZERO;
        *rp = a;
        rp->neg = false;
        return;
    }
    if (b.n == 1) {
        BigInt q = bi_alloc(a.n);
        uint64_t rem = 0;
        for (int32_t i = a.n - 1; i >= 0; i--) {
            uint64_t cur = (rem << 32) | a.d[i];
            q.d[i] = (uint32_t)(cur / b.d[0]);
            rem = cur % b.d[0];
        }
        *qp = bi_trim(q);
        *rp = bi_from_u64(rem);
        return;
    }
    int32_t m = a.n, n = b.n;
    int s = __builtin_clz(b.d[n - 1]);
    uint32_t *vn = xmalloc((size_t)n * 4), *un = xmalloc((size_t)(m + 1) * 4);
    for (int32_t i = n - 1; i > 0; i--)
        vn[i] = (b.d[i] << s) | (s ? (uint32_t)((uint64_t)b.d[i - 1] >> (32 - s)) : 0);
    vn[0] = b.d[0] << s;
    un[m] = s ? (uint32_t)((uint64_t)a.d[m - 1] >> (32 - s)) : 0;
    for (int32_t i = m - 1; i > 0; i--)
        un[i] = (a.d[i] << s) | (s ? (uint32_t)((uint64_t)a.d[i - 1] >> (32 - s)) : 0);
    un[0] = a.d[0] << s;
    BigInt q = bi_alloc(m - n + 1);
    const uint64_t B = (uint64_t)1 << 32;
    for (int32_t j = m - n; j >= 0; j--) {
        uint64_t num = ((uint64_t)un[j + n] << 32) | un[j + n - 1];
        uint64_t qhat = num / vn[n - 1], rhat = num % vn[n - 1];
        while (qhat >= B || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
            qhat--;
            rhat += vn[n - 1];
            if (rhat >= B)
                break;
        }
        int64_t k = 0, t;
        for (int32_t i = 0; i < n; i++) {
            uint64_t p = qhat * vn[i];
            t = (int64_t)un[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
            un[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)un[j + n] - k;
        un[j + n] = (uint32_t)t;
        q.d[j] = (uint32_t)qhat;
        if (t < 0) {
            q.d[j]--;
            uint64_t c = 0;
            for (int32_t i = 0; i < n; i++) {
                c += (uint64_t)un[i + j] + vn[i];
                un[i + j] = (uint32_t)c;
                c >>= 32;
            }
            un[j + n] += (uint32_t)c;
        }
    }
    BigInt r = bi_alloc(n);
    for (int32_t i = 0; i < n; i++)
        r.d[i] = (un[i] >> s) | (s ? (uint32_t)((uint64_t)un[i + 1] << (32 - s)) : 0);
    free(vn);
    free(un);
    *qp = bi_trim(q);
    *rp = bi_trim(r);
}

/* Truncated division: q toward zero, r with a's sign. */
static void bi_divmod(BigInt a, BigInt b, BigInt *q, BigInt *r)
{
    divmod_mag(a, b, q, r);
    if (q->n)
        q->neg = a.neg != b.neg;
    if (r->n)
        r->neg = a.neg;
}

static BigInt bi_gcd(BigInt a, BigInt b)
{
    a.neg = b.neg = false;
    while (b.n) {
        BigInt q, r;
        divmod_mag(a, b, &q, &r);
        a = b;
        b = r;
    }
    return a;
}

/* Infinite two's complement in n limbs (n > a.n). */
static uint32_t *twos(BigInt a, int32_t n)
{
    uint32_t *t = xmalloc((size_t)n * 4);
    for (int32_t i = 0; i < n; i++)
        t[i] = i < a.n ? a.d[i] : 0;
    if (a.neg) {
        uint64_t c = 1;
        for (int32_t i = 0; i < n; i++) {
            c += (uint32_t)~t[i];
            t[i] = (uint32_t)c;
            c >>= 32;
        }
    }
    return t;
}

static BigInt bi_bitop(int op, BigInt a, BigInt b)
{
    int32_t n = (a.n > b.n ? a.n : b.n) + 1;
    uint32_t *x = twos(a, n), *y = twos(b, n);
    BigInt r = bi_alloc(n);
    for (int32_t i = 0; i < n; i++) {
        switch (op) {
        case TK_AND: r.d[i] = x[i] & y[i]; break;
        case TK_OR: r.d[i] = x[i] | y[i]; break;
        case TK_XOR: r.d[i] = x[i] ^ y[i]; break;
        default: r.d[i] = x[i] & ~y[i]; break;    /* TK_AND_NOT */
        }
    }
    free(x);
    free(y);
    if (r.d[n - 1] >> 31) {     /* negative: magnitude = ~r + 1 */
        uint64_t c = 1;
        for (int32_t i = 0; i < n; i++) {
            c += (uint32_t)~r.d[i];
            r.d[i] = (uint32_t)c;
            c >>= 32;
        }
        r.neg = true;
    }
    return bi_trim(r);
}

static BigInt bi_pow10(int32_t e)
{
    BigInt r = BI_ONE;
    while (e >= 9) {
        r = bi_muladd_small(r, 1000000000u, 0);
        e -= 9;
    }
    static const uint32_t p10[] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    return e ? bi_muladd_small(r, p10[e], 0) : r;
}

/* Decimal digits of |a| into a malloc'd string. */
static char *bi_decimal(BigInt a)
{
    size_t cap = (size_t)a.n * 10 + 2, len = 0;
    char *s = xmalloc(cap), *out;
    a.neg = false;
    if (a.n == 0)
        s[len++] = '0';
    BigInt ten9 = bi_from_u64(1000000000u);
    while (a.n) {
        BigInt q, r;
        divmod_mag(a, ten9, &q, &r);
        uint32_t chunk = r.n ? r.d[0] : 0;
        for (int i = 0; i < 9 && (q.n || chunk); i++) {
            s[len++] = (char)('0' + chunk % 10);
            chunk /= 10;
        }
        a = q;
    }
    out = xmalloc(len + 1);
    for (size_t i = 0; i < len; i++)
        out[i] = s[len - 1 - i];
    out[len] = 0;
    free(s);
    return out;
}

/* ------------------------------------------------------------------ */
/* Constructors                                                        */
/* ------------------------------------------------------------------ */

static const Const INVALID = {.kind = CONST_INVALID};

static Const make_num(ConstKind k, BigInt num)
{
    return (Const){.kind = k, .num = num, .den = BI_ONE};
}

/* num/den normalised, as a float constant (den != 0) */
static Const make_rat(BigInt num, BigInt den)
{
    bool neg = num.neg != den.neg;
    num.neg = den.neg = false;
    if (num.n == 0)
        return make_num(CONST_FLOAT, BI_ZERO);
    BigInt g = bi_gcd(num, den), r;
    if (!(g.n == 1 && g.d[0] == 1)) {
        divmod_mag(num, g, &num, &r);
        divmod_mag(den, g, &den, &r);
    }
    num.neg = neg;
    return (Const){.kind = CONST_FLOAT, .num = num, .den = den};
}

Const const_make_bool(bool b)
{
    return (Const){.kind = CONST_BOOL, .b = b};
}

Const const_make_int64(int64_t v)
{
    BigInt r = bi_from_u64(v < 0 ? -(uint64_t)v : (uint64_t)v);
    if (v < 0)
        r.neg = true;
    return make_num(CONST_INT, r);
}

static Const make_string(char *s, size_t n)
{
    return (Const){.kind = CONST_STRING, .s = s, .slen = n};
}

/* ------------------------------------------------------------------ */
/* Literals                                                            */
/* ------------------------------------------------------------------ */

static int digit_val(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return 99;
}

/* An integer literal: 0x 0o 0b prefixes, a leading 0 for octal, `_`. */
static Const int_literal(const char *s, size_t n)
{
    unsigned base = 10;
    size_t i = 0;
    if (n >= 2 && s[0] == '0') {
        char c = s[1] | 0x20;
        if (c == 'x')
            base = 16, i = 2;
        else if (c == 'o')
            base = 8, i = 2;
        else if (c == 'b')
            base = 2, i = 2;
        else
            base = 8, i = 1;
    }
    BigInt v = BI_ZERO;
    for (; i < n; i++) {
        if (s[i] == '_')
            continue;
        int d = digit_val(s[i]);
        if (d >= (int)base)
            return INVALID;
        v = bi_muladd_small(v, base, (uint32_t)d);
    }
    return make_num(CONST_INT, v);
}

/* A float literal: decimal (digits, '.', e exponent) or hexadecimal
 * (0x mantissa, p binary exponent), to the exact rational. */
static Const float_literal(const char *s, size_t n)
{
    bool hex = n >= 2 && s[0] == '0' && (s[1] | 0x20) == 'x';
    unsigned base = hex ? 16 : 10;
    char expch = hex ? 'p' : 'e';
    size_t i = hex ? 2 : 0;
    BigInt m = BI_ZERO;
    int64_t frac = 0, exp = 0;
    bool seen_dot = false;
    for (; i < n && (s[i] | 0x20) != expch; i++) {
        if (s[i] == '_')
            continue;
        if (s[i] == '.') {
            seen_dot = true;
            continue;
        }
        int d = digit_val(s[i]);
        if (d >= (int)base)
            return INVALID;
        m = bi_muladd_small(m, base, (uint32_t)d);
        if (seen_dot)
            frac++;
    }
    if (i < n) {    /* exponent */
        bool neg = false;
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            neg = s[i++] == '-';
        for (; i < n; i++) {
            if (s[i] == '_')
                continue;
            if (s[i] < '0' || s[i] > '9')
                return INVALID;
            if (exp < 100000000)
                exp = exp * 10 + (s[i] - '0');
        }
        if (neg)
            exp = -exp;
    }
    /* value = m * base^-frac * (hex ? 2 : 10)^exp */
    int64_t e = hex ? exp - 4 * frac : exp - frac;
    if (m.n == 0)
        return make_num(CONST_FLOAT, BI_ZERO);
    if (e > 100000 || e < -100000)
        return INVALID;     /* beyond anything a program means (10^100000 takes 0.4s) */
    BigInt scale = hex ? shl_mag(BI_ONE, (int32_t)(e < 0 ? -e : e)) : bi_pow10((int32_t)(e < 0 ? -e : e));
    return e < 0 ? make_rat(m, scale) : make_rat(bi_mul(m, scale), BI_ONE);
}

static size_t utf8_encode(char *out, uint32_t r)
{
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x80) {
        out[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        out[0] = (char)(0xC0 | r >> 6);
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = (char)(0xE0 | r >> 12);
        out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | r >> 18);
    out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

/* Decodes one UTF-8 sequence at s (n bytes left); invalid bytes give
 * U+FFFD, one byte consumed. */
static uint32_t utf8_decode(const unsigned char *s, size_t n, size_t *used)
{
    unsigned c = s[0];
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
    *used = 1;
    if (len == 1)
        return c;
    if (len == 0 || (size_t)len > n)
        return 0xFFFD;
    uint32_t r = c & (0x7F >> len);
    for (int i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0xFFFD;
        r = r << 6 | (s[i] & 0x3F);
    }
    static const uint32_t min[] = {0, 0, 0x80, 0x800, 0x10000};
    if (r < min[len] || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        return 0xFFFD;
    *used = (size_t)len;
    return r;
}

/* One character or escape of an interpreted literal at s[*i]: its value;
 * *isbyte says \x or octal (a byte, not a code point). */
static uint32_t unquote_char(const char *s, size_t n, size_t *i, bool *isbyte)
{
    *isbyte = false;
    if (s[*i] != '\\') {
        size_t used;
        uint32_t r = utf8_decode((const unsigned char *)s + *i, n - *i, &used);
        *i += used;
        return r;
    }
    char c = *i + 1 < n ? s[*i + 1] : 0;
    *i += 2;
    int digits = 0;
    unsigned base = 16;
    switch (c) {
    case 'a': return 7;
    case 'b': return 8;
    case 'f': return 12;
    case 'n': return 10;
    case 'r': return 13;
    case 't': return 9;
    case 'v': return 11;
    case '\\': case '\'': case '"': return (unsigned char)c;
    case 'x': digits = 2, *isbyte = true; break;
    case 'u': digits = 4; break;
    case 'U': digits = 8; break;
    default:
        if (c >= '0' && c <= '7') {
            digits = 3, base = 8, *isbyte = true;
            (*i)--;
        }
        break;
    }
    uint32_t v = 0;
    for (int k = 0; k < digits && *i < n; k++, (*i)++) {
        int d = digit_val(s[*i]);
        if (d >= (int)base)
            break;
        v = v * base + (uint32_t)d;
    }
    return v;
}

Const const_from_literal(int kind, const char *text, size_t len)
{
    switch (kind) {
    case TK_INT:
        return int_literal(text, len);
    case TK_FLOAT:
        return float_literal(text, len);
    case TK_CHAR: {
        if (len < 3)
            return INVALID;
        size_t i = 1;
        bool isbyte;
        uint32_t r = unquote_char(text, len - 1, &i, &isbyte);
        return make_num(CONST_RUNE, bi_from_u64(r));
    }
    case TK_STRING: {
        if (len < 2)
            return INVALID;
        char *out = xmalloc(len), *p = out;
        if (text[0] == '`') {
            for (size_t i = 1; i + 1 < len; i++)
                if (text[i] != '\r')
                    *p++ = text[i];
        } else {
            size_t i = 1;
            while (i < len - 1) {
                if (text[i] != '\\') {    /* source bytes as they are */
                    *p++ = text[i++];
                    continue;
                }
                bool isbyte;
                uint32_t r = unquote_char(text, len - 1, &i, &isbyte);
                if (isbyte)
                    *p++ = (char)r;
                else
                    p += utf8_encode(p, r);
            }
        }
        return make_string(out, (size_t)(p - out));
    }
    default:
        return INVALID;
    }
}

/* ------------------------------------------------------------------ */
/* Operators                                                           */
/* ------------------------------------------------------------------ */

static bool is_num(Const c)
{
    return c.kind >= CONST_INT && c.kind <= CONST_FLOAT;
}

bool const_is_integer(Const c)
{
    return is_num(c) && c.den.n == 1 && c.den.d[0] == 1;
}

const char *const_kindname(ConstKind k)
{
    switch (k) {
    case CONST_BOOL: return "untyped bool";
    case CONST_STRING: return "untyped string";
    case CONST_INT: return "untyped int";
    case CONST_RUNE: return "untyped rune";
    case CONST_FLOAT: return "untyped float";
    default: return "invalid constant";
    }
}

static const char *opname(int op)
{
    switch (op) {
    case TK_ADD: return "+";
    case TK_SUB: return "-";
    case TK_MUL: return "*";
    case TK_QUO: return "/";
    case TK_REM: return "%";
    case TK_AND: return "&";
    case TK_OR: return "|";
    case TK_XOR: return "^";
    case TK_SHL: return "<<";
    case TK_SHR: return ">>";
    case TK_AND_NOT: return "&^";
    case TK_LAND: return "&&";
    case TK_LOR: return "||";
    case TK_EQL: return "==";
    case TK_NEQ: return "!=";
    case TK_LSS: return "<";
    case TK_LEQ: return "<=";
    case TK_GTR: return ">";
    case TK_GEQ: return ">=";
    case TK_NOT: return "!";
    default: return "?";
    }
}

static char errbuf[128];

static bool fail(const char **err, const char *msg)
{
    if (err)
        *err = msg;
    return false;
}

static bool not_defined(const char **err, int op, ConstKind k)
{
    snprintf(errbuf, sizeof errbuf, "operator %s not defined on %s", opname(op), const_kindname(k));
    return fail(err, errbuf);
}

static Const with_kind(Const c, ConstKind k)
{
    c.kind = k;
    return c;
}

/* sign of x - y for numeric constants */
static int num_cmp(Const x, Const y)
{
    return bi_cmp(bi_mul(x.num, y.den), bi_mul(y.num, x.den));
}

static bool compare(int op, int c)
{
    switch (op) {
    case TK_EQL: return c == 0;
    case TK_NEQ: return c != 0;
    case TK_LSS: return c < 0;
    case TK_LEQ: return c <= 0;
    case TK_GTR: return c > 0;
    default: return c >= 0;     /* TK_GEQ */
    }
}

static bool is_comparison(int op)
{
    return op == TK_EQL || op == TK_NEQ || op == TK_LSS || op == TK_LEQ || op == TK_GTR || op == TK_GEQ;
}

/* go/types' bound on constant shift counts: 1023 - 1 + 52 */
#define SHIFT_BOUND 1074

static bool shift(int op, Const x, Const y, Const *out, const char **err)
{
    if (!is_num(x) || !is_num(y))
        return not_defined(err, op, is_num(x) ? y.kind : x.kind);
    if (!const_is_integer(x)) {
        snprintf(errbuf, sizeof errbuf, "shifted operand (%s constant) must be integer", const_kindname(x.kind));
        return fail(err, errbuf);
    }
    if (!const_is_integer(y)) {
        snprintf(errbuf, sizeof errbuf, "shift count (%s constant) must be integer", const_kindname(y.kind));
        return fail(err, errbuf);
    }
    if (y.num.neg)
        return fail(err, "negative shift count");
    if (bi_cmp(y.num, bi_from_u64(SHIFT_BOUND)) > 0)
        return fail(err, "invalid shift count");
    int32_t s = y.num.n ? (int32_t)y.num.d[0] : 0;
    ConstKind k = x.kind == CONST_FLOAT ? CONST_INT : x.kind;
    BigInt r;
    if (op == TK_SHL) {
        r = shl_mag(x.num, s);
        r.neg = x.num.neg && r.n;
    } else if (!x.num.neg) {
        r = shr_mag(x.num, s);
    } else {    /* floor: -((|x| - 1) >> s) - 1 */
        BigInt m = x.num;
        m.neg = false;
        r = bi_neg(bi_add(shr_mag(bi_sub(m, BI_ONE), s), BI_ONE));
    }
    *out = make_num(k, r);
    return true;
}

bool const_binary(int op, Const x, Const y, Const *out, const char **err)
{
    if (x.kind == CONST_INVALID || y.kind == CONST_INVALID)
        return fail(err, "invalid constant");
    if (op == TK_SHL || op == TK_SHR)
        return shift(op, x, y, out, err);
    bool xn = is_num(x), yn = is_num(y);
    if (x.kind != y.kind && !(xn && yn)) {
        snprintf(errbuf, sizeof errbuf, "mismatched types %s and %s", const_kindname(x.kind),
                 const_kindname(y.kind));
        return fail(err, errbuf);
    }
    if (x.kind == CONST_BOOL) {
        switch (op) {
        case TK_LAND: *out = const_make_bool(x.b && y.b); return true;
        case TK_LOR: *out = const_make_bool(x.b || y.b); return true;
        case TK_EQL: *out = const_make_bool(x.b == y.b); return true;
        case TK_NEQ: *out = const_make_bool(x.b != y.b); return true;
        default: return not_defined(err, op, x.kind);
        }
    }
    if (x.kind == CONST_STRING) {
        if (op == TK_ADD) {
            char *s = xmalloc(x.slen + y.slen);
            memcpy(s, x.s, x.slen);
            memcpy(s + x.slen, y.s, y.slen);
            *out = make_string(s, x.slen + y.slen);
            return true;
        }
        if (!is_comparison(op))
            return not_defined(err, op, x.kind);
        size_t n = x.slen < y.slen ? x.slen : y.slen;
        int c = memcmp(x.s, y.s, n);
        if (c == 0)
            c = x.slen < y.slen ? -1 : x.slen > y.slen;
        *out = const_make_bool(compare(op, c));
        return true;
    }
    ConstKind k = x.kind > y.kind ? x.kind : y.kind;
    if (is_comparison(op)) {
        *out = const_make_bool(compare(op, num_cmp(x, y)));
        return true;
    }
    BigInt q, r;
    switch (op) {
    case TK_ADD:
    case TK_SUB: {
        BigInt a = bi_mul(x.num, y.den), b = bi_mul(y.num, x.den);
        *out = with_kind(make_rat(op == TK_ADD ? bi_add(a, b) : bi_sub(a, b), bi_mul(x.den, y.den)), k);
        return true;
    }
    case TK_MUL:
        *out = with_kind(make_rat(bi_mul(x.num, y.num), bi_mul(x.den, y.den)), k);
        return true;
    case TK_QUO:
        if (y.num.n == 0)
            return fail(err, "division by zero");
        if (k == CONST_FLOAT) {
            *out = make_rat(bi_mul(x.num, y.den), bi_mul(x.den, y.num));
        } else {
            bi_divmod(x.num, y.num, &q, &r);
            *out = make_num(k, q);
        }
        return true;
    case TK_REM:
    case TK_AND:
    case TK_OR:
    case TK_XOR:
    case TK_AND_NOT:
        if (k == CONST_FLOAT)
            return not_defined(err, op, k);
        if (op == TK_REM) {
            if (y.num.n == 0)
                return fail(err, "division by zero");
            bi_divmod(x.num, y.num, &q, &r);
            *out = make_num(k, r);
        } else {
            *out = make_num(k, bi_bitop(op, x.num, y.num));
        }
        return true;
    default:
        return not_defined(err, op, k);
    }
}

bool const_unary(int op, Const x, Const *out, const char **err)
{
    if (x.kind == CONST_INVALID)
        return fail(err, "invalid constant");
    switch (op) {
    case TK_NOT:
        if (x.kind != CONST_BOOL)
            return not_defined(err, op, x.kind);
        *out = const_make_bool(!x.b);
        return true;
    case TK_ADD:
    case TK_SUB:
        if (!is_num(x))
            return not_defined(err, op, x.kind);
        *out = x;
        if (op == TK_SUB)
            out->num = bi_neg(x.num);
        return true;
    case TK_XOR:
        if (x.kind != CONST_INT && x.kind != CONST_RUNE)
            return not_defined(err, op, x.kind);
        *out = make_num(x.kind, bi_sub(bi_neg(x.num), BI_ONE));
        return true;
    default:
        return not_defined(err, op, x.kind);
    }
}

/* ------------------------------------------------------------------ */
/* Queries and conversions                                             */
/* ------------------------------------------------------------------ */

int const_sign(Const c)
{
    if (!is_num(c) || c.num.n == 0)
        return 0;
    return c.num.neg ? -1 : 1;
}

int32_t const_bitlen(Const c)
{
    return is_num(c) ? bi_bitlen(c.num) : 0;
}

bool const_fits_uint64(Const c)
{
    return const_is_integer(c) && !c.num.neg && c.num.n <= 2;
}

bool const_fits_int64(Const c)
{
    if (!const_is_integer(c) || c.num.n > 2)
        return false;
    uint64_t m = const_to_uint64((Const){.kind = CONST_INT, .num = {false, c.num.n, c.num.d}, .den = BI_ONE});
    return c.num.neg ? m <= (uint64_t)1 << 63 : m < (uint64_t)1 << 63;
}

uint64_t const_to_uint64(Const c)
{
    uint64_t m = 0;
    for (int32_t i = c.num.n - 1; i >= 0 && i < 2; i--)
        m = m << 32 | c.num.d[i];
    return m;
}

int64_t const_to_int64(Const c)
{
    uint64_t m = 0;
    for (int32_t i = c.num.n - 1; i >= 0 && i < 2; i--)
        m = m << 32 | c.num.d[i];
    return c.num.neg ? (int64_t)(0 - m) : (int64_t)m;
}

double const_to_float64(Const c)
{
    if (!is_num(c) || c.num.n == 0)
        return 0;
    BigInt a = c.num, b = c.den, q, r;
    a.neg = false;
    int32_t k = 55 - (bi_bitlen(a) - bi_bitlen(b));
    if (k > 0)
        a = shl_mag(a, k);
    else if (k < 0)
        b = shl_mag(b, -k);
    divmod_mag(a, b, &q, &r);
    bool sticky = r.n != 0;
    uint64_t qv = const_to_uint64((Const){.num = q});
    int32_t qbits = bi_bitlen(q);           /* 55 or 56 */
    int64_t e = (int64_t)qbits - 1 - k;     /* exponent of the leading bit */
    int64_t p = 53;
    if (e < -1022)
        p = 53 - (-1022 - e);
    double v;
    if (p < 0) {
        v = 0;
    } else {
        int drop = qbits - (int)p;
        uint64_t mant = qv >> drop, rest = qv & (((uint64_t)1 << drop) - 1), half = (uint64_t)1 << (drop - 1);
        if (rest > half || (rest == half && (sticky || (mant & 1))))
            mant++;
        v = ldexp((double)mant, (int)(drop - k > 100000 ? 100000 : drop - k));
    }
    return c.num.neg ? -v : v;
}

/* strconv.FormatFloat(f, 'g', -1, 64): the shortest digits that read
 * back as f; %e form when the decimal exponent is < -4 or >= 6. */
static void format_float(double f, char *buf, size_t size)
{
    if (isinf(f)) {
        snprintf(buf, size, f > 0 ? "+Inf" : "-Inf");
        return;
    }
    char tmp[64];
    int prec = 1;
    for (; prec < 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*e", prec - 1, f);
        if (strtod(tmp, NULL) == f)
            break;
    }
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, f);
    int exp = atoi(strchr(tmp, 'e') + 1);
    if (f == 0)
        exp = 0;
    if (exp < -4 || exp >= 6)
        snprintf(buf, size, "%s", tmp);
    else
        snprintf(buf, size, "%.*f", prec - 1 - exp > 0 ? prec - 1 - exp : 0, f);
}

const char *const_repr(Const c, char *buf, size_t size)
{
    if (size == 0)
        return buf;
    switch (c.kind) {
    case CONST_BOOL:
        snprintf(buf, size, "%s", c.b ? "true" : "false");
        break;
    case CONST_STRING: {
        size_t o = 0;
#define PUT(ch) do { if (o + 1 < size) buf[o++] = (ch); } while (0)
        PUT('"');
        for (size_t i = 0; i < c.slen;) {
            unsigned char ch = (unsigned char)c.s[i];
            const char *esc = NULL;
            switch (ch) {
            case 7: esc = "\\a"; break;
            case 8: esc = "\\b"; break;
            case 12: esc = "\\f"; break;
            case 10: esc = "\\n"; break;
            case 13: esc = "\\r"; break;
            case 9: esc = "\\t"; break;
            case 11: esc = "\\v"; break;
            case '\\': esc = "\\\\"; break;
            case '"': esc = "\\\""; break;
            }
            char hex[8];
            size_t used = 1;
            if (!esc && (ch < 0x20 || ch == 0x7F)) {
                snprintf(hex, sizeof hex, "\\x%02x", ch);
                esc = hex;
            } else if (!esc && ch >= 0x80) {
                uint32_t r = utf8_decode((const unsigned char *)c.s + i, c.slen - i, &used);
                if (r == 0xFFFD && used == 1) {
                    snprintf(hex, sizeof hex, "\\x%02x", ch);
                    esc = hex;
                }
            }
            if (esc) {
                for (const char *e = esc; *e; e++)
                    PUT(*e);
            } else {
                for (size_t j = 0; j < used; j++)
                    PUT(c.s[i + j]);
            }
            i += used;
        }
        PUT('"');
#undef PUT
        buf[o] = 0;
        break;
    }
    case CONST_INT:
    case CONST_RUNE: {
        char *d = bi_decimal(c.num);
        snprintf(buf, size, "%s%s", c.num.neg ? "-" : "", d);
        free(d);
        break;
    }
    case CONST_FLOAT:
        format_float(const_to_float64(c), buf, size);
        break;
    default:
        snprintf(buf, size, "invalid");
        break;
    }
    return buf;
}
