/*
 * strconv_float: ParseFloat's syntax (decimal, hex with mandatory p
 * exponent, underscores only between digits, inf/infinity/nan spellings,
 * everything Go rejects) and values, bit for bit, at bitSize 64 and 32:
 * rounding, denormals, underflow to 0 without error, overflow to ±Inf
 * with `value out of range`.  Values are printed as their IEEE bits (the
 * float formatting belongs to fmt).  For (Go 1.19):
 *
 *     func main() {
 *         for _, x := range []string{"0", "-0", "1", "3.14159", "1e10", "1E-5", "123456789012345678901234567890",
 *             "0.1", "2.5e-324", "1e-400", "1e400", "-1e400", "1.7976931348623157e308", "1.7976931348623159e308",
 *             "4.9e-324", "1_000", "1_000.5", "1e+3_0", "1__0", "1_", "_1", "1_e5", "0x1p-2", "0x1.8p1", "0X_1FFFP-16",
 *             "0x1.8", "0x.p1", "0x", "0xp1", ".5", "5.", ".", "1e", "1e+", "+.5e-3", "1.5.2", "inf", "+Inf",
 *             "-infinity", "INFINITY", "infin", "infx", "nan", "NaN", "+nan", "-nan", "  1", "1 ", "", "+", "0b101",
 *             "0o17", "1.5e+308", "3.4028235e38", "3.4028236e38", "1e39", "1e-46", "16777217", "0.1e-10_0"} {
 *             f, err := strconv.ParseFloat(x, 64)
 *             g, err32 := strconv.ParseFloat(x, 32)
 *             fmt.Printf("%q %016x %v | %016x %v\n", x, math.Float64bits(f), err, math.Float64bits(g), err32)
 *         }
 *     }
 */
#include "rtest.h"

#define S(x) GORT_STR(x)
static void ps(gort_string s) { gort_printf("%.*s", (int)s.len, (const char *)s.ptr); }
static void perr(gort_string e) {
    if (e.ptr) ps(e); else gort_printf("<nil>");
}
static unsigned long bits(double d) {
    union { double d; uint64_t u; } x = {d};
    return (unsigned long)x.u;
}

static void entry(void) {
    static const gort_string xs[] = {
        S("0"), S("-0"), S("1"), S("3.14159"), S("1e10"), S("1E-5"),
        S("123456789012345678901234567890"), S("0.1"), S("2.5e-324"), S("1e-400"), S("1e400"),
        S("-1e400"), S("1.7976931348623157e308"), S("1.7976931348623159e308"), S("4.9e-324"),
        S("1_000"), S("1_000.5"), S("1e+3_0"), S("1__0"), S("1_"), S("_1"), S("1_e5"),
        S("0x1p-2"), S("0x1.8p1"), S("0X_1FFFP-16"), S("0x1.8"), S("0x.p1"), S("0x"), S("0xp1"),
        S(".5"), S("5."), S("."), S("1e"), S("1e+"), S("+.5e-3"), S("1.5.2"), S("inf"), S("+Inf"),
        S("-infinity"), S("INFINITY"), S("infin"), S("infx"), S("nan"), S("NaN"), S("+nan"),
        S("-nan"), S("  1"), S("1 "), S(""), S("+"), S("0b101"), S("0o17"), S("1.5e+308"),
        S("3.4028235e38"), S("3.4028236e38"), S("1e39"), S("1e-46"), S("16777217"),
        S("0.1e-10_0"),
    };
    for (int i = 0; i < (int)(sizeof xs / sizeof xs[0]); i++) {
        gort_string e64, e32;
        double f = gort_strconv_parsefloat(xs[i], 64, &e64);
        double g = gort_strconv_parsefloat(xs[i], 32, &e32);
        ps(gort_strconv_quote(xs[i]));
        gort_printf(" %016lx ", bits(f));
        perr(e64);
        gort_printf(" | %016lx ", bits(g));
        perr(e32);
        gort_printf("\n");
    }
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
