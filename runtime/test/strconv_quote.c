/*
 * strconv_quote: Quote, QuoteToASCII and QuoteRune — Go's escapes for
 * quotes and backslashes, the seven single-letter escapes, \x for ASCII
 * controls and for each byte of invalid UTF-8 (an encoded surrogate is
 * three bad bytes), \u / \U for non-printable runes (C1 controls, spaces
 * other than ' ', separators, format characters, private use,
 * noncharacters, unassigned Greek), printable runes as they are, and
 * QuoteRune of invalid runes.  For (Go 1.19):
 *
 *     func main() {
 *         for _, s := range []string{"", "hello", "a\x00\a\b\f\n\r\t\v\"\\'z", "\x7f\x80\xff\xc3", "héllo 世界 😀",
 *             "\u00a0\u00ad\u2028\u2029\ufeff\u200b\u202e\u3000\u1680", "\u0080\u009f", "\U000E0001\U000F0000\U0010FFFD",
 *             "\ufdd0\uffff\ufffe", "\uFFFD", "\xed\xa0\x80", "\x1b[0m", "tab\there", "\u0378\u03a2"} {
 *             fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s))
 *         }
 *         for _, r := range []rune{'a', '\'', '"', '\n', 'é', 0x1F600, 0xFEFF, -1, 0x110000, 0xD800, 0, 0x7f} {
 *             fmt.Print(strconv.QuoteRune(r), " ")
 *         }
 *         fmt.Println()
 *     }
 */
#include "rtest.h"

#define S(x) GORT_STR(x)
static void ps(gort_string s) { gort_printf("%.*s", (int)s.len, (const char *)s.ptr); }

static void entry(void) {
    static const gort_string ss[] = {
        S(""), S("hello"), S("a\0\a\b\f\n\r\t\v\"\\'z"), S("\x7f\x80\xff\xc3"),
        S("h\xc3\xa9llo \xe4\xb8\x96\xe7\x95\x8c \xf0\x9f\x98\x80"),
        S("\xc2\xa0\xc2\xad\xe2\x80\xa8\xe2\x80\xa9\xef\xbb\xbf\xe2\x80\x8b\xe2\x80\xae\xe3\x80\x80\xe1\x9a\x80"),
        S("\xc2\x80\xc2\x9f"), S("\xf3\xa0\x80\x81\xf3\xb0\x80\x80\xf4\x8f\xbf\xbd"),
        S("\xef\xb7\x90\xef\xbf\xbf\xef\xbf\xbe"), S("\xef\xbf\xbd"), S("\xed\xa0\x80"),
        S("\x1b[0m"), S("tab\there"), S("\xcd\xb8\xce\xa2"),
    };
    for (int i = 0; i < (int)(sizeof ss / sizeof ss[0]); i++) {
        ps(gort_strconv_quote(ss[i]));
        gort_printf(" ");
        ps(gort_strconv_quotetoascii(ss[i]));
        gort_printf("\n");
    }
    static const int32_t rs[] = {'a', '\'', '"', '\n', 0xE9, 0x1F600, 0xFEFF, -1, 0x110000,
                                 0xD800, 0, 0x7f};
    for (int i = 0; i < 12; i++) {
        ps(gort_strconv_quoterune(rs[i]));
        gort_printf(" ");
    }
    gort_printf("\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
