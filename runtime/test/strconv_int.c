/*
 * strconv_int: Itoa, FormatInt/FormatUint in several bases (the extremes
 * included), Atoi (its quick path and the slow one), ParseInt (base 0
 * prefixes, underscores, bit sizes, bad bases and bit sizes), ParseUint,
 * ParseBool/FormatBool, with the values Go returns alongside errors and
 * the errors' texts.  An error is printed as the text gort_strconv_*
 * returns through its out-parameter (what Println(err) shows in Go).
 * For (Go 1.19):
 *
 *     func main() {
 *         for _, v := range []int64{0, 7, -7, 42, 1 << 62, -1 << 63, 1<<63 - 1} {
 *             fmt.Print(strconv.Itoa(int(v)), " ", strconv.FormatInt(v, 2), " ", strconv.FormatInt(v, 16), " ", strconv.FormatInt(v, 36), " ", strconv.FormatInt(v, 8), "\n")
 *         }
 *         fmt.Println(strconv.FormatUint(1<<64-1, 10), strconv.FormatUint(1<<64-1, 2), strconv.FormatBool(true), strconv.FormatBool(false))
 *         for _, s := range []string{"0", "42", "-42", "+42", "", "-", "+", "x", "4x2", " 42", "42 ", "1_000", "0x10",
 *             "999999999999999999", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
 *             "-9223372036854775809", "99999999999999999999", "99999999999999999999x", "\xff1", "12345678901234567890123"} {
 *             v, err := strconv.Atoi(s)
 *             fmt.Println(v, err)
 *         }
 *         type pc struct {
 *             s       string
 *             base, b int
 *         }
 *         for _, c := range []pc{{"ff", 16, 64}, {"-ff", 16, 64}, {"0xff", 0, 64}, {"0b1010", 0, 8}, {"0o17", 0, 64},
 *             {"017", 0, 64}, {"0", 0, 64}, {"1_000", 0, 64}, {"1__000", 0, 64}, {"_1000", 0, 64}, {"0x_ff", 0, 64},
 *             {"1000_", 0, 64}, {"1_000", 10, 64}, {"127", 10, 8}, {"128", 10, 8}, {"-128", 10, 8}, {"-129", 10, 8},
 *             {"zz", 36, 64}, {"ZZ", 36, 16}, {"1", 1, 64}, {"1", 37, 64}, {"1", 10, 65}, {"1", 10, -1},
 *             {"0x", 0, 64}, {"08", 0, 64}, {"-0", 10, 64}, {"+0x1F", 0, 32}, {"2147483648", 10, 32}} {
 *             v, err := strconv.ParseInt(c.s, c.base, c.b)
 *             fmt.Println(v, err)
 *         }
 *         for _, c := range []pc{{"18446744073709551615", 10, 64}, {"18446744073709551616", 10, 64}, {"-1", 10, 64},
 *             {"255", 10, 8}, {"256", 10, 8}, {"0xFFFF", 0, 16}, {"", 10, 64}} {
 *             v, err := strconv.ParseUint(c.s, c.base, c.b)
 *             fmt.Println(v, err)
 *         }
 *         for _, s := range []string{"1", "t", "TRUE", "True", "0", "f", "False", "yes", ""} {
 *             v, err := strconv.ParseBool(s)
 *             fmt.Println(v, err)
 *         }
 *         fmt.Println(strconv.Itoa(123) + strconv.Itoa(-45))
 *     }
 */
#include "rtest.h"

#define S(x) GORT_STR(x)
static void ps(gort_string s) { gort_printf("%.*s", (int)s.len, (const char *)s.ptr); }
static void perr(gort_string e) {
    if (e.ptr) ps(e); else gort_printf("<nil>");
    gort_printf("\n");
}

typedef struct pc { gort_string s; int64_t base, b; } pc;

static void entry(void) {
    static const int64_t vs[] = {0, 7, -7, 42, (int64_t)1 << 62, INT64_MIN, INT64_MAX};
    for (int i = 0; i < 7; i++) {
        int64_t v = vs[i];
        ps(gort_strconv_itoa(v)); gort_printf(" ");
        ps(gort_strconv_formatint(v, 2)); gort_printf(" ");
        ps(gort_strconv_formatint(v, 16)); gort_printf(" ");
        ps(gort_strconv_formatint(v, 36)); gort_printf(" ");
        ps(gort_strconv_formatint(v, 8)); gort_printf("\n");
    }
    ps(gort_strconv_formatuint(UINT64_MAX, 10)); gort_printf(" ");
    ps(gort_strconv_formatuint(UINT64_MAX, 2)); gort_printf(" ");
    ps(gort_strconv_formatbool(true)); gort_printf(" ");
    ps(gort_strconv_formatbool(false)); gort_printf("\n");
    static const gort_string as[] = {
        S("0"), S("42"), S("-42"), S("+42"), S(""), S("-"), S("+"), S("x"), S("4x2"), S(" 42"),
        S("42 "), S("1_000"), S("0x10"), S("999999999999999999"), S("9223372036854775807"),
        S("9223372036854775808"), S("-9223372036854775808"), S("-9223372036854775809"),
        S("99999999999999999999"), S("99999999999999999999x"), S("\xff" "1"),
        S("12345678901234567890123"),
    };
    for (int i = 0; i < (int)(sizeof as / sizeof as[0]); i++) {
        gort_string err;
        int64_t v = gort_strconv_atoi(as[i], &err);
        gort_printf("%ld ", (long)v);
        perr(err);
    }
    static const pc ps_[] = {
        {S("ff"), 16, 64}, {S("-ff"), 16, 64}, {S("0xff"), 0, 64}, {S("0b1010"), 0, 8},
        {S("0o17"), 0, 64}, {S("017"), 0, 64}, {S("0"), 0, 64}, {S("1_000"), 0, 64},
        {S("1__000"), 0, 64}, {S("_1000"), 0, 64}, {S("0x_ff"), 0, 64}, {S("1000_"), 0, 64},
        {S("1_000"), 10, 64}, {S("127"), 10, 8}, {S("128"), 10, 8}, {S("-128"), 10, 8},
        {S("-129"), 10, 8}, {S("zz"), 36, 64}, {S("ZZ"), 36, 16}, {S("1"), 1, 64},
        {S("1"), 37, 64}, {S("1"), 10, 65}, {S("1"), 10, -1}, {S("0x"), 0, 64}, {S("08"), 0, 64},
        {S("-0"), 10, 64}, {S("+0x1F"), 0, 32}, {S("2147483648"), 10, 32},
    };
    for (int i = 0; i < (int)(sizeof ps_ / sizeof ps_[0]); i++) {
        gort_string err;
        int64_t v = gort_strconv_parseint(ps_[i].s, ps_[i].base, ps_[i].b, &err);
        gort_printf("%ld ", (long)v);
        perr(err);
    }
    static const pc pu[] = {
        {S("18446744073709551615"), 10, 64}, {S("18446744073709551616"), 10, 64},
        {S("-1"), 10, 64}, {S("255"), 10, 8}, {S("256"), 10, 8}, {S("0xFFFF"), 0, 16},
        {S(""), 10, 64},
    };
    for (int i = 0; i < 7; i++) {
        gort_string err;
        uint64_t v = gort_strconv_parseuint(pu[i].s, pu[i].base, pu[i].b, &err);
        gort_printf("%lu ", (unsigned long)v);
        perr(err);
    }
    static const gort_string bs[] = {S("1"), S("t"), S("TRUE"), S("True"), S("0"), S("f"),
                                     S("False"), S("yes"), S("")};
    for (int i = 0; i < 9; i++) {
        gort_string err;
        bool v = gort_strconv_parsebool(bs[i], &err);
        gort_printf("%s ", v ? "true" : "false");
        perr(err);
    }
    ps(gort_concatstring2(gort_strconv_itoa(123), gort_strconv_itoa(-45)));
    gort_printf("\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
