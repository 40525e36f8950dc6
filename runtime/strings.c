/*
 * strings.c — strings: the language's operations on them (concatenation,
 * comparison, conversions, UTF-8 decoding for `range`), a little of
 * unicode and unicode/utf8, and the strings package with its Builder.
 *
 * Representation.  A string is a gort_string {ptr, len}: immutable bytes
 * that nobody frees (the collector does).  Every function that can return
 * a part of its argument does (TrimSpace, Split, Fields, a concatenation
 * with one non-empty part, ToUpper of a string with nothing to change):
 * Go does the same, and sharing is invisible because strings never change.
 * New strings are allocated pointer-free (gort_alloc_noscan); a []string
 * result holds pointers and is allocated scanned.
 *
 * UTF-8.  Decoding follows Go's rules exactly: a sequence is accepted only
 * in its shortest form, surrogates (U+D800-U+DFFF) and values above
 * U+10FFFF are invalid, and an invalid or truncated sequence decodes as
 * U+FFFD with width 1, so the next decode starts at the following byte.
 * `range`, []rune(s), RuneCount and the Unicode paths of the strings
 * functions all go through decode() below.  Encoding turns every invalid
 * rune into U+FFFD.
 *
 * Case.  unicode.ToUpper/ToLower need Unicode's case tables.  Rather than
 * call towupper (locale-dependent, and libc must not run on a goroutine's
 * segment), a compact table of ranges covers the alphabets that appear in
 * practice: Latin-1, Latin Extended-A/B pairs and the DŽ/LJ/NJ/DZ
 * digraphs, Latin Extended Additional, Greek (with final sigma and the
 * accented vowels), Cyrillic, Armenian, Roman numerals, circled letters,
 * fullwidth Latin, Deseret, and the Kelvin, Ohm and Angstrom signs.  Each
 * entry is either a constant offset to the upper/lower case or an
 * "alternating" range where upper and lower case letters come in adjacent
 * pairs.  Anything not in the table maps to itself.  ToUpper/ToLower of
 * an all-ASCII string take a byte-at-a-time fast path; otherwise they
 * behave as Go's Map.  unicode.IsSpace is exact (it is a short list).
 *
 * Searching is plain: Index scans for the first byte, then compares
 * (memcmp), which is O(n*m) in the worst case but fast on real text;
 * there is no Rabin-Karp or two-way step as in Go's internal/bytealg.
 *
 * Builder.  The zero value is ready; the struct is Go's (a copy-check
 * address and the []byte).  Growth reproduces Go 1.19 step for step so
 * b.Cap() prints the same: WriteString and WriteByte are append (and
 * therefore gort_growslice), a multi-byte WriteRune first makes room for 4
 * bytes with Grow's rule (new cap = 2*cap + n, no size-class rounding —
 * Go uses make there), and String() returns the bytes without copying.
 *
 * Stack.  This code runs on the goroutine's segment in its 768-byte
 * reserve: no recursion, small frames, memcmp/memcpy/memmove/memchr only
 * (leaf functions), allocation through gort_alloc*.
 */
#include "internal.h"

#include <string.h>

#define RUNE_ERROR 0xFFFD
#define RUNE_SELF 0x80
#define MAX_RUNE 0x10FFFF

static inline gort_string mkstr(const uint8_t *p, int64_t n) {
    gort_string s = {p, n};
    return s;
}

static inline gort_string substr(gort_string s, int64_t a, int64_t b) {
    return mkstr(s.ptr + a, b - a);
}

static uint8_t *allocbytes(int64_t n) { return gort_alloc_noscan((size_t)(n > 0 ? n : 1)); }

/* memcmp/memcpy/memmove that accept (NULL, 0): empty strings may have a
 * NULL pointer, which the C functions do not allow even for n == 0. */
static inline int cmp0(const void *a, const void *b, size_t n) { return n ? memcmp(a, b, n) : 0; }
static inline void cpy0(void *d, const void *s, size_t n) {
    if (n) memcpy(d, s, n);
}
static inline void move0(void *d, const void *s, size_t n) {
    if (n) memmove(d, s, n);
}

/* ===================================================================== */
/* UTF-8                                                                 */
/* ===================================================================== */

/* Decode the rune at s[k] (k < len); returns its width, *r the rune. */
static int decode(const uint8_t *p, int64_t n, int32_t *r) {
    uint8_t b0 = p[0];
    if (b0 < 0x80) {
        *r = b0;
        return 1;
    }
    int need;
    uint32_t c;
    uint8_t lo = 0x80, hi = 0xBF; /* allowed range for the second byte */
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        need = 2, c = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        need = 3, c = b0 & 0x0F;
        if (b0 == 0xE0) lo = 0xA0;      /* no overlong forms */
        if (b0 == 0xED) hi = 0x9F;      /* no surrogates */
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        need = 4, c = b0 & 0x07;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;      /* <= U+10FFFF */
    } else {
        goto bad;
    }
    if (n < need) goto bad;
    if (p[1] < lo || p[1] > hi) goto bad;
    c = c << 6 | (p[1] & 0x3F);
    for (int i = 2; i < need; i++) {
        if ((p[i] & 0xC0) != 0x80) goto bad;
        c = c << 6 | (p[i] & 0x3F);
    }
    *r = (int32_t)c;
    return need;
bad:
    *r = RUNE_ERROR;
    return 1;
}

/* The last rune of p[0:n] (n > 0), as utf8.DecodeLastRuneInString. */
static int decodelast(const uint8_t *p, int64_t n, int32_t *r) {
    if (p[n - 1] < RUNE_SELF) {
        *r = p[n - 1];
        return 1;
    }
    int64_t start = n - 1, lim = n - 4 < 0 ? 0 : n - 4;
    for (start--; start >= lim; start--)
        if ((p[start] & 0xC0) != 0x80) break;
    if (start < 0) start = 0;
    int w = decode(p + start, n - start, r);
    if (start + w != n) {
        *r = RUNE_ERROR;
        return 1;
    }
    return w;
}

static bool validrune(int32_t r) {
    return (r >= 0 && r < 0xD800) || (r > 0xDFFF && r <= MAX_RUNE);
}

int gort_encoderune(uint8_t *p, int32_t r) {
    uint32_t c = (uint32_t)r;
    if (c < 0x80) {
        p[0] = (uint8_t)c;
        return 1;
    }
    if (!validrune(r)) c = RUNE_ERROR;
    if (c < 0x800) {
        p[0] = (uint8_t)(0xC0 | c >> 6);
        p[1] = (uint8_t)(0x80 | (c & 0x3F));
        return 2;
    }
    if (c < 0x10000) {
        p[0] = (uint8_t)(0xE0 | c >> 12);
        p[1] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
        p[2] = (uint8_t)(0x80 | (c & 0x3F));
        return 3;
    }
    p[0] = (uint8_t)(0xF0 | c >> 18);
    p[1] = (uint8_t)(0x80 | ((c >> 12) & 0x3F));
    p[2] = (uint8_t)(0x80 | ((c >> 6) & 0x3F));
    p[3] = (uint8_t)(0x80 | (c & 0x3F));
    return 4;
}

static int runelen_enc(int32_t r) { /* bytes gort_encoderune writes */
    uint32_t c = (uint32_t)r;
    if (c < 0x80) return 1;
    if (!validrune(r)) return 3;
    return c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
}

int64_t gort_decoderune(gort_string s, int64_t k, int32_t *r) {
    return k + decode(s.ptr + k, s.len - k, r);
}

int64_t gort_countrunes(gort_string s) {
    int64_t n = 0;
    int32_t r;
    for (int64_t k = 0; k < s.len; n++)
        k += s.ptr[k] < RUNE_SELF ? 1 : decode(s.ptr + k, s.len - k, &r);
    return n;
}

bool gort_utf8_validstring(gort_string s) {
    int32_t r;
    for (int64_t k = 0; k < s.len;) {
        if (s.ptr[k] < RUNE_SELF) {
            k++;
            continue;
        }
        int w = decode(s.ptr + k, s.len - k, &r);
        if (w == 1) return false; /* only an error decodes as 1 byte here */
        k += w;
    }
    return true;
}

int64_t gort_utf8_runelen(int32_t r) {
    if (r < 0) return -1;
    if (r < 0x80) return 1;
    if (r < 0x800) return 2;
    if (r >= 0xD800 && r <= 0xDFFF) return -1;
    if (r < 0x10000) return 3;
    if (r <= MAX_RUNE) return 4;
    return -1;
}

/* ===================================================================== */
/* unicode                                                               */
/* ===================================================================== */

/* A case range: runes lo..hi map to rune + up / rune + low; ALT marks a
 * range of Upper,lower pairs starting with an upper case letter at lo. */
#define ALT 0x7FFFFFFF
typedef struct CaseRange {
    int32_t lo, hi;
    int32_t up, low;
} CaseRange;

static const CaseRange casetab[] = {
    {0x41, 0x5A, 0, 32},         {0x61, 0x7A, -32, 0},        {0xB5, 0xB5, 743, 0},
    {0xC0, 0xD6, 0, 32},         {0xD8, 0xDE, 0, 32},         {0xE0, 0xF6, -32, 0},
    {0xF8, 0xFE, -32, 0},        {0xFF, 0xFF, 121, 0},        {0x100, 0x12F, ALT, ALT},
    {0x130, 0x130, 0, -199},     {0x131, 0x131, -232, 0},     {0x132, 0x137, ALT, ALT},
    {0x139, 0x148, ALT, ALT},    {0x14A, 0x177, ALT, ALT},    {0x178, 0x178, 0, -121},
    {0x179, 0x17E, ALT, ALT},    {0x17F, 0x17F, -300, 0},     {0x1C4, 0x1C4, 0, 2},
    {0x1C5, 0x1C5, -1, 1},       {0x1C6, 0x1C6, -2, 0},       {0x1C7, 0x1C7, 0, 2},
    {0x1C8, 0x1C8, -1, 1},       {0x1C9, 0x1C9, -2, 0},       {0x1CA, 0x1CA, 0, 2},
    {0x1CB, 0x1CB, -1, 1},       {0x1CC, 0x1CC, -2, 0},       {0x1CD, 0x1DC, ALT, ALT},
    {0x1DE, 0x1EF, ALT, ALT},    {0x1F1, 0x1F1, 0, 2},        {0x1F2, 0x1F2, -1, 1},
    {0x1F3, 0x1F3, -2, 0},       {0x1F4, 0x1F5, ALT, ALT},    {0x1F8, 0x21F, ALT, ALT},
    {0x222, 0x233, ALT, ALT},    {0x246, 0x24F, ALT, ALT},    {0x386, 0x386, 0, 38},
    {0x388, 0x38A, 0, 37},       {0x38C, 0x38C, 0, 64},       {0x38E, 0x38F, 0, 63},
    {0x391, 0x3A1, 0, 32},       {0x3A3, 0x3AB, 0, 32},       {0x3AC, 0x3AC, -38, 0},
    {0x3AD, 0x3AF, -37, 0},      {0x3B1, 0x3C1, -32, 0},      {0x3C2, 0x3C2, -31, 0},
    {0x3C3, 0x3CB, -32, 0},      {0x3CC, 0x3CC, -64, 0},      {0x3CD, 0x3CE, -63, 0},
    {0x3D8, 0x3EF, ALT, ALT},    {0x400, 0x40F, 0, 80},       {0x410, 0x42F, 0, 32},
    {0x430, 0x44F, -32, 0},      {0x450, 0x45F, -80, 0},      {0x460, 0x481, ALT, ALT},
    {0x48A, 0x4BF, ALT, ALT},    {0x4C0, 0x4C0, 0, 15},       {0x4C1, 0x4CE, ALT, ALT},
    {0x4CF, 0x4CF, -15, 0},      {0x4D0, 0x52F, ALT, ALT},    {0x531, 0x556, 0, 48},
    {0x561, 0x586, -48, 0},      {0x1E00, 0x1E95, ALT, ALT},  {0x1E9E, 0x1E9E, 0, -7615},
    {0x1EA0, 0x1EFF, ALT, ALT},  {0x2126, 0x2126, 0, -7517},  {0x212A, 0x212A, 0, -8383},
    {0x212B, 0x212B, 0, -8262},  {0x2160, 0x216F, 0, 16},     {0x2170, 0x217F, -16, 0},
    {0x24B6, 0x24CF, 0, 26},     {0x24D0, 0x24E9, -26, 0},    {0xFF21, 0xFF3A, 0, 32},
    {0xFF41, 0xFF5A, -32, 0},    {0x10400, 0x10427, 0, 40},   {0x10428, 0x1044F, -40, 0},
};

static const CaseRange *caselookup(int32_t r) {
    int lo = 0, hi = (int)(sizeof casetab / sizeof casetab[0]);
    while (lo < hi) {
        int m = (lo + hi) / 2;
        if (r < casetab[m].lo)
            hi = m;
        else if (r > casetab[m].hi)
            lo = m + 1;
        else
            return &casetab[m];
    }
    return NULL;
}

int32_t gort_unicode_toupper(int32_t r) {
    if (r < RUNE_SELF) return (r >= 'a' && r <= 'z') ? r - 32 : r;
    const CaseRange *c = caselookup(r);
    if (!c) return r;
    if (c->up == ALT) return ((r - c->lo) & 1) ? r - 1 : r;
    return r + c->up;
}

int32_t gort_unicode_tolower(int32_t r) {
    if (r < RUNE_SELF) return (r >= 'A' && r <= 'Z') ? r + 32 : r;
    const CaseRange *c = caselookup(r);
    if (!c) return r;
    if (c->low == ALT) return ((r - c->lo) & 1) ? r : r + 1;
    return r + c->low;
}

bool gort_unicode_isupper(int32_t r) {
    return gort_unicode_tolower(r) != r;
}
bool gort_unicode_islower(int32_t r) {
    return gort_unicode_toupper(r) != r;
}

bool gort_unicode_isspace(int32_t r) {
    if (r <= 0xFF) return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200A) || r == 0x2028 || r == 0x2029 ||
           r == 0x202F || r == 0x205F || r == 0x3000;
}

/* ===================================================================== */
/* Language operations                                                   */
/* ===================================================================== */

gort_string gort_concatstrings(const gort_string *parts, int n) {
    int64_t total = 0;
    int nonempty = 0, last = 0;
    for (int i = 0; i < n; i++) {
        if (parts[i].len == 0) continue;
        if (total + parts[i].len < total) gort_throw("string concatenation too long");
        total += parts[i].len;
        nonempty++;
        last = i;
    }
    if (nonempty == 0) return mkstr(NULL, 0);
    if (nonempty == 1) return parts[last];
    uint8_t *b = allocbytes(total), *p = b;
    for (int i = 0; i < n; i++) {
        cpy0(p, parts[i].ptr, (size_t)parts[i].len);
        p += parts[i].len;
    }
    return mkstr(b, total);
}

gort_string gort_concatstring2(gort_string a, gort_string b) {
    if (a.len == 0) return b;
    if (b.len == 0) return a;
    uint8_t *p = allocbytes(a.len + b.len);
    cpy0(p, a.ptr, (size_t)a.len);
    cpy0(p + a.len, b.ptr, (size_t)b.len);
    return mkstr(p, a.len + b.len);
}

int gort_cmpstring(gort_string a, gort_string b) {
    int64_t n = a.len < b.len ? a.len : b.len;
    if (n > 0 && a.ptr != b.ptr) {
        int c = cmp0(a.ptr, b.ptr, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
    }
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

bool gort_eqstring(gort_string a, gort_string b) {
    return a.len == b.len && (a.ptr == b.ptr || cmp0(a.ptr, b.ptr, (size_t)a.len) == 0);
}

gort_string gort_slicebytetostring(const uint8_t *p, int64_t n) {
    if (n <= 0) return mkstr(NULL, 0);
    uint8_t *b = allocbytes(n);
    cpy0(b, p, (size_t)n);
    return mkstr(b, n);
}

gort_slice gort_stringtoslicebyte(gort_string s) {
    int64_t cap = (int64_t)gort_roundupsize((uintptr_t)s.len);
    gort_slice r = {allocbytes(cap), s.len, cap};
    if (s.len) cpy0(r.ptr, s.ptr, (size_t)s.len);
    return r;
}

gort_slice gort_stringtoslicerune(gort_string s) {
    int64_t n = gort_countrunes(s);
    int64_t cap = (int64_t)(gort_roundupsize((uintptr_t)n * 4) / 4);
    int32_t *p = gort_alloc_noscan((size_t)(cap ? cap * 4 : 1));
    int64_t i = 0;
    for (int64_t k = 0; k < s.len; i++) k += decode(s.ptr + k, s.len - k, &p[i]);
    gort_slice r = {p, n, cap};
    return r;
}

gort_string gort_slicerunetostring(const int32_t *p, int64_t n) {
    int64_t size = 0;
    for (int64_t i = 0; i < n; i++) size += runelen_enc(p[i]);
    if (size == 0) return mkstr(NULL, 0);
    uint8_t *b = allocbytes(size), *q = b;
    for (int64_t i = 0; i < n; i++) q += gort_encoderune(q, p[i]);
    return mkstr(b, size);
}

gort_string gort_intstring(int64_t v) {
    int32_t r = (v < 0 || v > MAX_RUNE) ? RUNE_ERROR : (int32_t)v;
    int n = runelen_enc(r);
    uint8_t *b = allocbytes(n);
    gort_encoderune(b, r);
    return mkstr(b, n);
}

/* ===================================================================== */
/* Package strings: searching                                            */
/* ===================================================================== */

int64_t gort_strings_indexbyte(gort_string s, uint8_t c) {
    if (s.len <= 0) return -1;
    const uint8_t *q = memchr(s.ptr, c, (size_t)s.len);
    return q ? q - s.ptr : -1;
}

int64_t gort_strings_index(gort_string s, gort_string sub) {
    int64_t n = sub.len;
    if (n == 0) return 0;
    if (n == 1) return gort_strings_indexbyte(s, sub.ptr[0]);
    if (n > s.len) return -1;
    uint8_t c0 = sub.ptr[0];
    for (int64_t i = 0; i <= s.len - n;) {
        const uint8_t *q = memchr(s.ptr + i, c0, (size_t)(s.len - n - i + 1));
        if (!q) return -1;
        i = q - s.ptr;
        if (cmp0(q + 1, sub.ptr + 1, (size_t)(n - 1)) == 0) return i;
        i++;
    }
    return -1;
}

int64_t gort_strings_lastindexbyte(gort_string s, uint8_t c) {
    for (int64_t i = s.len - 1; i >= 0; i--)
        if (s.ptr[i] == c) return i;
    return -1;
}

int64_t gort_strings_lastindex(gort_string s, gort_string sub) {
    int64_t n = sub.len;
    if (n == 0) return s.len;
    if (n == 1) return gort_strings_lastindexbyte(s, sub.ptr[0]);
    for (int64_t i = s.len - n; i >= 0; i--)
        if (s.ptr[i] == sub.ptr[0] && cmp0(s.ptr + i, sub.ptr, (size_t)n) == 0) return i;
    return -1;
}

bool gort_strings_contains(gort_string s, gort_string sub) {
    return gort_strings_index(s, sub) >= 0;
}

/* Go's IndexRune: RuneError matches an invalid byte as well as a real
 * U+FFFD; an invalid rune never matches. */
int64_t gort_strings_indexrune(gort_string s, int32_t r) {
    if (r >= 0 && r < RUNE_SELF) return gort_strings_indexbyte(s, (uint8_t)r);
    if (r == RUNE_ERROR) {
        int32_t c;
        for (int64_t k = 0; k < s.len;) {
            int w = decode(s.ptr + k, s.len - k, &c);
            if (c == RUNE_ERROR) return k;
            k += w;
        }
        return -1;
    }
    if (!validrune(r)) return -1;
    uint8_t enc[4];
    int n = gort_encoderune(enc, r);
    return gort_strings_index(s, mkstr(enc, n));
}

bool gort_strings_containsrune(gort_string s, int32_t r) {
    return gort_strings_indexrune(s, r) >= 0;
}

int64_t gort_strings_indexany(gort_string s, gort_string chars) {
    if (chars.len == 0) return -1;
    int32_t r;
    for (int64_t k = 0; k < s.len;) {
        int w = decode(s.ptr + k, s.len - k, &r);
        if (gort_strings_indexrune(chars, r) >= 0) return k;
        k += w;
    }
    return -1;
}

bool gort_strings_containsany(gort_string s, gort_string chars) {
    return gort_strings_indexany(s, chars) >= 0;
}

bool gort_strings_hasprefix(gort_string s, gort_string p) {
    return s.len >= p.len && cmp0(s.ptr, p.ptr, (size_t)p.len) == 0;
}

bool gort_strings_hassuffix(gort_string s, gort_string p) {
    return s.len >= p.len && cmp0(s.ptr + s.len - p.len, p.ptr, (size_t)p.len) == 0;
}

int64_t gort_strings_count(gort_string s, gort_string sub) {
    if (sub.len == 0) return gort_countrunes(s) + 1;
    int64_t n = 0;
    for (;;) {
        int64_t i = gort_strings_index(s, sub);
        if (i < 0) return n;
        n++;
        s = substr(s, i + sub.len, s.len);
    }
}

/* ===================================================================== */
/* Splitting and joining                                                 */
/* ===================================================================== */

static gort_slice strslice(int64_t n) {
    gort_slice a = {gort_alloc((size_t)(n > 0 ? n : 1) * sizeof(gort_string)), n, n};
    return a;
}

/* Split into each UTF-8 sequence (an invalid byte alone), at most n. */
static gort_slice explode(gort_string s, int64_t n) {
    int64_t l = gort_countrunes(s);
    if (n < 0 || n > l) n = l;
    gort_slice a = strslice(n);
    gort_string *e = a.ptr;
    int32_t r;
    for (int64_t i = 0; i < n - 1; i++) {
        int w = decode(s.ptr, s.len, &r);
        e[i] = substr(s, 0, w);
        s = substr(s, w, s.len);
    }
    if (n > 0) e[n - 1] = s;
    return a;
}

/* Go's genSplit: cut after each sep, keeping sepsave bytes of it. */
static gort_slice gensplit(gort_string s, gort_string sep, int64_t sepsave, int64_t n) {
    if (n == 0) {
        gort_slice nil = {NULL, 0, 0};
        return nil;
    }
    if (sep.len == 0) return explode(s, n);
    if (n < 0) n = gort_strings_count(s, sep) + 1;
    if (n > s.len + 1) n = s.len + 1;
    gort_slice a = strslice(n);
    gort_string *e = a.ptr;
    int64_t i = 0;
    n--;
    while (i < n) {
        int64_t m = gort_strings_index(s, sep);
        if (m < 0) break;
        e[i++] = substr(s, 0, m + sepsave);
        s = substr(s, m + sep.len, s.len);
    }
    e[i] = s;
    a.len = i + 1;
    return a;
}

gort_slice gort_strings_split(gort_string s, gort_string sep) { return gensplit(s, sep, 0, -1); }
gort_slice gort_strings_splitn(gort_string s, gort_string sep, int64_t n) {
    return gensplit(s, sep, 0, n);
}
gort_slice gort_strings_splitafter(gort_string s, gort_string sep) {
    return gensplit(s, sep, sep.len, -1);
}

gort_strings_cutresult gort_strings_cut(gort_string s, gort_string sep) {
    gort_strings_cutresult r;
    int64_t i = gort_strings_index(s, sep);
    if (i >= 0) {
        r.before = substr(s, 0, i);
        r.after = substr(s, i + sep.len, s.len);
        r.found = true;
    } else {
        r.before = s;
        r.after = mkstr(NULL, 0);
        r.found = false;
    }
    return r;
}

gort_slice gort_strings_fields(gort_string s) {
    /* First pass counts fields, second fills them in (cap == len). */
    int64_t n = 0;
    bool inspace = true;
    int32_t r;
    for (int64_t k = 0; k < s.len;) {
        int w = decode(s.ptr + k, s.len - k, &r);
        bool sp = gort_unicode_isspace(r);
        if (inspace && !sp) n++;
        inspace = sp;
        k += w;
    }
    gort_slice a = strslice(n);
    if (n == 0) return a; /* empty, not nil: Go's make([]string, 0) */
    gort_string *e = a.ptr;
    int64_t i = 0, start = -1;
    for (int64_t k = 0; k < s.len;) {
        int w = decode(s.ptr + k, s.len - k, &r);
        bool sp = gort_unicode_isspace(r);
        if (!sp && start < 0) start = k;
        if (sp && start >= 0) {
            e[i++] = substr(s, start, k);
            start = -1;
        }
        k += w;
    }
    if (start >= 0) e[i++] = substr(s, start, s.len);
    return a;
}

gort_string gort_strings_join(gort_slice elems, gort_string sep) {
    const gort_string *e = elems.ptr;
    if (elems.len == 0) return mkstr(NULL, 0);
    if (elems.len == 1) return e[0];
    int64_t n = sep.len * (elems.len - 1);
    for (int64_t i = 0; i < elems.len; i++) n += e[i].len;
    if (n == 0) return mkstr(NULL, 0);
    uint8_t *b = allocbytes(n), *p = b;
    cpy0(p, e[0].ptr, (size_t)e[0].len);
    p += e[0].len;
    for (int64_t i = 1; i < elems.len; i++) {
        cpy0(p, sep.ptr, (size_t)sep.len);
        p += sep.len;
        cpy0(p, e[i].ptr, (size_t)e[i].len);
        p += e[i].len;
    }
    return mkstr(b, n);
}

gort_string gort_strings_repeat(gort_string s, int64_t count) {
    if (count == 0) return mkstr(NULL, 0);
    if (count < 0) gort_panicstr(GORT_STR("strings: negative Repeat count"));
    if (s.len && (s.len * count / count != s.len || s.len > INT64_MAX / count))
        gort_panicstr(GORT_STR("strings: Repeat count causes overflow"));
    int64_t n = s.len * count;
    if (n == 0) return mkstr(NULL, 0);
    uint8_t *b = allocbytes(n);
    cpy0(b, s.ptr, (size_t)s.len);
    for (int64_t have = s.len; have < n;) { /* doubling copies */
        int64_t c = have < n - have ? have : n - have;
        cpy0(b + have, b, (size_t)c);
        have += c;
    }
    return mkstr(b, n);
}

gort_string gort_strings_replace(gort_string s, gort_string old, gort_string new_, int64_t n) {
    if (gort_eqstring(old, new_) || n == 0) return s;
    int64_t m = gort_strings_count(s, old);
    if (m == 0) return s;
    if (n < 0 || m < n) n = m;
    int64_t size = s.len + n * (new_.len - old.len);
    uint8_t *b = allocbytes(size), *p = b;
    int64_t start = 0;
    int32_t r;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (old.len == 0) {
            if (i > 0 && start < s.len) j += decode(s.ptr + start, s.len - start, &r);
        } else {
            j += gort_strings_index(substr(s, start, s.len), old);
        }
        cpy0(p, s.ptr + start, (size_t)(j - start));
        p += j - start;
        cpy0(p, new_.ptr, (size_t)new_.len);
        p += new_.len;
        start = j + old.len;
    }
    cpy0(p, s.ptr + start, (size_t)(s.len - start));
    return mkstr(b, size);
}

gort_string gort_strings_replaceall(gort_string s, gort_string old, gort_string new_) {
    return gort_strings_replace(s, old, new_, -1);
}

/* ===================================================================== */
/* Case                                                                  */
/* ===================================================================== */

/* Go's Map(f, s) for f = ToUpper (upper) or ToLower: s itself when no
 * rune changes and s is valid UTF-8, else a new string in which invalid
 * bytes have become U+FFFD. */
static gort_string mapcase(gort_string s, bool upper) {
    int64_t size = 0, k;
    bool changed = false;
    int32_t r, m;
    /* ASCII fast path: one pass to see whether anything changes. */
    uint8_t lo = upper ? 'a' : 'A', any = 0;
    for (k = 0; k < s.len; k++) {
        uint8_t c = s.ptr[k];
        any |= c;
        changed |= (uint8_t)(c - lo) < 26;
    }
    if (any < RUNE_SELF) {
        if (!changed) return s;
        uint8_t *b = allocbytes(s.len);
        for (k = 0; k < s.len; k++) {
            uint8_t c = s.ptr[k];
            b[k] = (uint8_t)(c - lo) < 26 ? c ^ 0x20 : c;
        }
        return mkstr(b, s.len);
    }
    changed = false;
    for (k = 0; k < s.len;) {
        int w = decode(s.ptr + k, s.len - k, &r);
        m = upper ? gort_unicode_toupper(r) : gort_unicode_tolower(r);
        if (m != r || (r == RUNE_ERROR && w == 1)) changed = true;
        size += runelen_enc(m);
        k += w;
    }
    if (!changed) return s;
    uint8_t *b = allocbytes(size), *p = b;
    for (k = 0; k < s.len;) {
        k += decode(s.ptr + k, s.len - k, &r);
        m = upper ? gort_unicode_toupper(r) : gort_unicode_tolower(r);
        p += gort_encoderune(p, m);
    }
    return mkstr(b, size);
}

gort_string gort_strings_toupper(gort_string s) { return mapcase(s, true); }
gort_string gort_strings_tolower(gort_string s) { return mapcase(s, false); }

bool gort_strings_equalfold(gort_string s, gort_string t) {
    int64_t i = 0, j = 0;
    int32_t a, b;
    while (i < s.len && j < t.len) {
        i += decode(s.ptr + i, s.len - i, &a);
        j += decode(t.ptr + j, t.len - j, &b);
        if (a == b) continue;
        if (gort_unicode_tolower(a) == gort_unicode_tolower(b)) continue;
        if (gort_unicode_toupper(a) == gort_unicode_toupper(b)) continue;
        return false;
    }
    return i == s.len && j == t.len;
}

/* ===================================================================== */
/* Trimming                                                              */
/* ===================================================================== */

gort_string gort_strings_trimspace(gort_string s) {
    int64_t a = 0, b = s.len;
    int32_t r;
    while (a < b) {
        int w = decode(s.ptr + a, b - a, &r);
        if (!gort_unicode_isspace(r)) break;
        a += w;
    }
    while (b > a) {
        int w = decodelast(s.ptr + a, b - a, &r);
        if (!gort_unicode_isspace(r)) break;
        b -= w;
    }
    if (a == b) return mkstr(NULL, 0);
    return substr(s, a, b);
}

/* Is r in cutset?  Both decoded, so an invalid byte (RuneError) in the
 * cutset matches invalid bytes of s, as Go's ContainsRune does. */
static bool incutset(gort_string cutset, int32_t r) {
    int32_t c;
    for (int64_t k = 0; k < cutset.len;) {
        k += decode(cutset.ptr + k, cutset.len - k, &c);
        if (c == r) return true;
    }
    return false;
}

static int64_t trimleftidx(gort_string s, gort_string cutset) {
    int64_t a = 0;
    int32_t r;
    while (a < s.len) {
        int w = decode(s.ptr + a, s.len - a, &r);
        if (!incutset(cutset, r)) break;
        a += w;
    }
    return a;
}

static int64_t trimrightidx(gort_string s, int64_t a, gort_string cutset) {
    int64_t b = s.len;
    int32_t r;
    while (b > a) {
        int w = decodelast(s.ptr + a, b - a, &r);
        if (!incutset(cutset, r)) break;
        b -= w;
    }
    return b;
}

gort_string gort_strings_trim(gort_string s, gort_string cutset) {
    if (s.len == 0 || cutset.len == 0) return s;
    int64_t a = trimleftidx(s, cutset);
    int64_t b = trimrightidx(s, a, cutset);
    if (a == b) return mkstr(NULL, 0);
    return substr(s, a, b);
}

gort_string gort_strings_trimleft(gort_string s, gort_string cutset) {
    if (s.len == 0 || cutset.len == 0) return s;
    int64_t a = trimleftidx(s, cutset);
    if (a == s.len) return mkstr(NULL, 0);
    return substr(s, a, s.len);
}

gort_string gort_strings_trimright(gort_string s, gort_string cutset) {
    if (s.len == 0 || cutset.len == 0) return s;
    int64_t b = trimrightidx(s, 0, cutset);
    if (b == 0) return mkstr(NULL, 0);
    return substr(s, 0, b);
}

gort_string gort_strings_trimprefix(gort_string s, gort_string prefix) {
    return gort_strings_hasprefix(s, prefix) ? substr(s, prefix.len, s.len) : s;
}

gort_string gort_strings_trimsuffix(gort_string s, gort_string suffix) {
    return gort_strings_hassuffix(s, suffix) ? substr(s, 0, s.len - suffix.len) : s;
}

/* ===================================================================== */
/* strings.Builder                                                       */
/* ===================================================================== */

static const gort_type bytetype = {.size = 1, .kind = GORT_UINT8, .align = 1};

static void copycheck(gort_strings_builder *b) {
    if (b->addr == NULL)
        b->addr = b;
    else if (b->addr != b)
        gort_panicstr(GORT_STR("strings: illegal use of non-zero Builder copied by value"));
}

/* Go's Builder.grow: a new buffer of cap 2*cap + n (no rounding). */
static void bgrow(gort_strings_builder *b, int64_t n) {
    int64_t cap = 2 * b->buf.cap + n;
    uint8_t *p = allocbytes(cap);
    if (b->buf.len) cpy0(p, b->buf.ptr, (size_t)b->buf.len);
    b->buf.ptr = p;
    b->buf.cap = cap;
}

/* append(b.buf, p[:n]...) */
static void bappend(gort_strings_builder *b, const uint8_t *p, int64_t n) {
    if (n == 0) return;
    int64_t l = b->buf.len;
    if (l + n > b->buf.cap)
        b->buf = gort_growslice(&bytetype, b->buf, l + n);
    else
        b->buf.len = l + n;
    move0((uint8_t *)b->buf.ptr + l, p, (size_t)n);
}

int64_t gort_builder_writestring(gort_strings_builder *b, gort_string s) {
    copycheck(b);
    bappend(b, s.ptr, s.len);
    return s.len;
}

int64_t gort_builder_write(gort_strings_builder *b, gort_slice p) {
    copycheck(b);
    bappend(b, p.ptr, p.len);
    return p.len;
}

void gort_builder_writebyte(gort_strings_builder *b, uint8_t c) {
    copycheck(b);
    bappend(b, &c, 1);
}

int64_t gort_builder_writerune(gort_strings_builder *b, int32_t r) {
    copycheck(b);
    if ((uint32_t)r < RUNE_SELF) {
        uint8_t c = (uint8_t)r;
        bappend(b, &c, 1);
        return 1;
    }
    if (b->buf.cap - b->buf.len < 4) bgrow(b, 4);
    int n = gort_encoderune((uint8_t *)b->buf.ptr + b->buf.len, r);
    b->buf.len += n;
    return n;
}

gort_string gort_builder_string(const gort_strings_builder *b) {
    return mkstr(b->buf.ptr, b->buf.len);
}

int64_t gort_builder_len(const gort_strings_builder *b) { return b->buf.len; }
int64_t gort_builder_cap(const gort_strings_builder *b) { return b->buf.cap; }

void gort_builder_reset(gort_strings_builder *b) {
    b->addr = NULL;
    b->buf.ptr = NULL;
    b->buf.len = b->buf.cap = 0;
}

void gort_builder_grow(gort_strings_builder *b, int64_t n) {
    copycheck(b);
    if (n < 0) gort_panicstr(GORT_STR("strings.Builder.Grow: negative count"));
    if (b->buf.cap - b->buf.len < n) bgrow(b, n);
}
