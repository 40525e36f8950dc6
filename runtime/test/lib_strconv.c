/*
 * lib_strconv: the strconv shims called as gocc calls them — FormatFloat
 * in every format (shortest and with a precision, 64 and 32 bits), the
 * parsers' failure codes (0 ok, 1 syntax, 2 range, 3 base, 4 bit size)
 * and unquote.  Golden: the equivalent Go program (FormatFloat; for the
 * codes, the NumError's Err; strconv.Unquote).
 */
#include "fmt_common.h"

gort_string gort_strconv_FormatFloat(double f, uint8_t fmtc, int64_t prec, int64_t bitsize);
int64_t gort_strconv_parseInt(gort_string s, int64_t base, int64_t bitsize, int64_t *code);
uint64_t gort_strconv_parseUint(gort_string s, int64_t base, int64_t bitsize, int64_t *code);
double gort_strconv_parseFloat(gort_string s, int64_t bitsize, int64_t *code);
gort_string gort_strconv_unquote(gort_string s, bool *ok);

#define STRV(x) BOX(gort_type_string, gort_string, (x))

static void ff(double f, char c, int64_t prec, int64_t bits) {
    PRINTLN(STRV(gort_strconv_FormatFloat(f, (uint8_t)c, prec, bits)));
}

static void pi(const char *s, int64_t base, int64_t bits) {
    int64_t code;
    int64_t v = gort_strconv_parseInt((gort_string){(const uint8_t *)s, (int64_t)__builtin_strlen(s)},
                                      base, bits, &code);
    PRINTLN(S("parseInt"), STRV(((gort_string){(const uint8_t *)s, (int64_t)__builtin_strlen(s)})),
            I(v), I(code));
}

static void uq(const char *s) {
    bool ok;
    gort_string in = {(const uint8_t *)s, (int64_t)__builtin_strlen(s)};
    gort_string v = gort_strconv_unquote(in, &ok);
    PRINTF("%q %q %v\n", STRV(in), STRV(v), B(ok));
}

static void entry(void) {
    double xs[] = {0, 1, -2.5, 3.14159, 1e21, 1e-7, 123456789, 0.1, 2.0 / 3, 1e100};
    for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        double x = xs[i];
        ff(x, 'g', -1, 64); ff(x, 'e', -1, 64); ff(x, 'f', -1, 64); ff(x, 'E', -1, 64);
        ff(x, 'f', 2, 64); ff(x, 'e', 3, 64); ff(x, 'g', 4, 64); ff(x, 'G', -1, 64);
        ff(x, 'g', -1, 32); ff(x, 'f', -1, 32); ff(x, 'x', -1, 64); ff(x, 'b', -1, 64);
    }
    ff(1.0 / 0.0, 'f', -1, 64);
    ff(-1.0 / 0.0, 'e', 2, 64);
    ff(0.0 / 0.0, 'g', -1, 64);
    ff(1.5, 'z', -1, 64);
    pi("123", 10, 0);
    pi("-9223372036854775808", 10, 64);
    pi("9223372036854775808", 10, 64);
    pi("0x1f", 0, 64);
    pi("12a", 10, 64);
    pi("", 10, 64);
    pi("300", 10, 8);
    pi("1", 1, 64);
    pi("1", 10, 65);
    int64_t code;
    uint64_t u = gort_strconv_parseUint(GORT_STR("-1"), 10, 64, &code);
    PRINTLN(S("parseUint -1"), BOX(gort_type_uint64, uint64_t, u), I(code));
    double f = gort_strconv_parseFloat(GORT_STR("1e400"), 64, &code);
    PRINTLN(S("parseFloat 1e400"), F(f), I(code));
    f = gort_strconv_parseFloat(GORT_STR("2.5"), 64, &code);
    PRINTLN(S("parseFloat 2.5"), F(f), I(code));
    f = gort_strconv_parseFloat(GORT_STR("x"), 64, &code);
    PRINTLN(S("parseFloat x"), F(f), I(code));
    uq("\"hello\\n\\tworld\"");
    uq("`raw\\n`");
    uq("'a'");
    uq("'\\u00e9'");
    uq("\"\\x41\\101\\u263a\\U0001F600\"");
    uq("\"bad");
    uq("'ab'");
    uq("\"\\'\"");
    uq("'\\''");
    uq("\"\\q\"");
    uq("\"h\xc3\xa9\"");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
