/*
 * str_search: the strings package's searching, case and folding
 * functions over ASCII, multi-byte and invalid UTF-8, with empty strings
 * and empty patterns.  For:
 *
 *     func main() {
 *         ss := []string{"", "a", "chicken", "héllo wörld", "ababab", "a\xffb\uFFFDc", "世界世界"}
 *         subs := []string{"", "a", "ab", "ken", "wö", "世", "\xff", "\uFFFD", "xyz", "bab"}
 *         for _, s := range ss {
 *             for _, t := range subs {
 *                 fmt.Println(strings.Contains(s, t), strings.Index(s, t), strings.LastIndex(s, t),
 *                     strings.HasPrefix(s, t), strings.HasSuffix(s, t), strings.Count(s, t),
 *                     strings.ContainsAny(s, t), strings.IndexAny(s, t))
 *             }
 *             fmt.Println(strings.IndexByte(s, 'b'), strings.LastIndexByte(s, 'b'),
 *                 strings.IndexRune(s, 'ö'), strings.IndexRune(s, 0xFFFD),
 *                 strings.ContainsRune(s, '界'), strings.IndexRune(s, -1))
 *         }
 *         pairs := [][2]string{{"Go", "GO"}, {"héllo", "HÉLLO"}, {"abc", "abd"}, {"ab", "abc"},
 *             {"σ", "Σ"}, {"ς", "Σ"}, {"k", "\u212A"}, {"ß", "ẞ"}, {"ſ", "S"}, {"Ǆ", "ǆ"},
 *             {"", ""}, {"a\xff", "A\xff"}}
 *         for _, p := range pairs { fmt.Print(strings.EqualFold(p[0], p[1]), " ") }
 *         fmt.Println()
 *         for _, s := range []string{"", "hello", "HeLLo wOrld 123", "héllo wörld ß ǆ ſ ÿ",
 *             "ÀÉÎ ΣΑΣ \u212A \u2126 İ ı", "Привет Мир", "ǅ ǈ", "a\xffb", "ＡＢｃ Ⅻ ⓐ", "ǎ ȣ ӂ ḁ ẞ"} {
 *             fmt.Printf("%q %q\n", strings.ToUpper(s), strings.ToLower(s))
 *         }
 *     }
 */
#include "rtest.h"

static void ps(gort_string s) { gort_printf("%.*s", (int)s.len, (const char *)s.ptr); }
static const char *tf(bool b) { return b ? "true" : "false"; }
#define S(x) GORT_STR(x)

static void entry(void) {
    static const gort_string ss[] = {
        S(""), S("a"), S("chicken"), S("h\xc3\xa9llo w\xc3\xb6rld"), S("ababab"),
        S("a\xff" "b\xef\xbf\xbd" "c"), S("\xe4\xb8\x96\xe7\x95\x8c\xe4\xb8\x96\xe7\x95\x8c"),
    };
    static const gort_string subs[] = {
        S(""), S("a"), S("ab"), S("ken"), S("w\xc3\xb6"), S("\xe4\xb8\x96"), S("\xff"),
        S("\xef\xbf\xbd"), S("xyz"), S("bab"),
    };
    for (int i = 0; i < 7; i++) {
        gort_string s = ss[i];
        for (int j = 0; j < 10; j++) {
            gort_string t = subs[j];
            gort_printf("%s %ld %ld %s %s %ld %s %ld\n", tf(gort_strings_contains(s, t)),
                        (long)gort_strings_index(s, t), (long)gort_strings_lastindex(s, t),
                        tf(gort_strings_hasprefix(s, t)), tf(gort_strings_hassuffix(s, t)),
                        (long)gort_strings_count(s, t), tf(gort_strings_containsany(s, t)),
                        (long)gort_strings_indexany(s, t));
        }
        gort_printf("%ld %ld %ld %ld %s %ld\n", (long)gort_strings_indexbyte(s, 'b'),
                    (long)gort_strings_lastindexbyte(s, 'b'), (long)gort_strings_indexrune(s, 0xF6),
                    (long)gort_strings_indexrune(s, 0xFFFD),
                    tf(gort_strings_containsrune(s, 0x754C)), (long)gort_strings_indexrune(s, -1));
    }
    static const gort_string pairs[][2] = {
        {S("Go"), S("GO")}, {S("h\xc3\xa9llo"), S("H\xc3\x89LLO")}, {S("abc"), S("abd")},
        {S("ab"), S("abc")}, {S("\xcf\x83"), S("\xce\xa3")}, {S("\xcf\x82"), S("\xce\xa3")},
        {S("k"), S("\xe2\x84\xaa")}, {S("\xc3\x9f"), S("\xe1\xba\x9e")}, {S("\xc5\xbf"), S("S")},
        {S("\xc7\x84"), S("\xc7\x86")}, {S(""), S("")}, {S("a\xff"), S("A\xff")},
    };
    for (int i = 0; i < 12; i++)
        gort_printf("%s ", tf(gort_strings_equalfold(pairs[i][0], pairs[i][1])));
    gort_printf("\n");
    static const gort_string cs[] = {
        S(""), S("hello"), S("HeLLo wOrld 123"),
        S("h\xc3\xa9llo w\xc3\xb6rld \xc3\x9f \xc7\x86 \xc5\xbf \xc3\xbf"),
        S("\xc3\x80\xc3\x89\xc3\x8e \xce\xa3\xce\x91\xce\xa3 \xe2\x84\xaa \xe2\x84\xa6 \xc4\xb0 \xc4\xb1"),
        S("\xd0\x9f\xd1\x80\xd0\xb8\xd0\xb2\xd0\xb5\xd1\x82 \xd0\x9c\xd0\xb8\xd1\x80"),
        S("\xc7\x85 \xc7\x88"), S("a\xff" "b"),
        S("\xef\xbc\xa1\xef\xbc\xa2\xef\xbd\x83 \xe2\x85\xab \xe2\x93\x90"),
        S("\xc7\x8e \xc8\xa3 \xd3\x82 \xe1\xb8\x81 \xe1\xba\x9e"),
    };
    for (int i = 0; i < 10; i++) {
        ps(gort_strconv_quote(gort_strings_toupper(cs[i])));
        gort_printf(" ");
        ps(gort_strconv_quote(gort_strings_tolower(cs[i])));
        gort_printf("\n");
    }
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
