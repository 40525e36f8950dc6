/*
 * str_convert: concatenation, comparison, the string/[]byte/[]rune/rune
 * conversions (invalid runes become U+FFFD), `for i, r := range s` over
 * valid and invalid UTF-8 (U+FFFD, width 1, for every bad byte: truncated
 * sequences, surrogates, overlong forms), rune counting and utf8 helpers.
 * For:
 *
 *     var big int64 = 1 << 40
 *     func main() {
 *         a, b, c := "héllo", ", ", "wörld"
 *         s := a + b + c
 *         fmt.Println(s, len(s), a+"" == a, ""+"" == "")
 *         fmt.Println(a < c, c < a, a < a+"x", "" < "a", "abc" < "abd", "ab" < "abc",
 *             "\xff" > "z", a == "h\u00e9llo", a != c)
 *         bs := []byte(s)
 *         bs[0] = 'H'
 *         fmt.Println(string(bs), s, len(bs))
 *         rs := []rune("aé世\U0001F600\xffz")
 *         fmt.Println(len(rs), rs, string(rs))
 *         fmt.Println(string([]rune{0x41, -1, 0xD800, 0x110000, 0x10FFFF, 0x4E16}) ==
 *             "A\uFFFD\uFFFD\uFFFD\U0010FFFF世")
 *         for _, v := range []int32{65, 0xE9, 0x4E16, 0x1F600, -1, 0xD800, 0x110000} {
 *             fmt.Printf("%q ", string(rune(v)))
 *         }
 *         fmt.Println()
 *         fmt.Printf("%q %q\n", string(big), string(byte(200)))
 *         for i, r := range "aé\xff世\xe4\xb8z\xf0\x9f\x98\x80\xed\xa0\x80\xc0\x80" {
 *             fmt.Print(i, ":", r, " ")
 *         }
 *         fmt.Println()
 *         fmt.Println(len([]rune("aé\xff世")), utf8.RuneCountInString("\xe4\xb8z"),
 *             utf8.ValidString("aé世"), utf8.ValidString("a\xffb"),
 *             utf8.ValidString("\xed\xa0\x80"), utf8.RuneLen('é'), utf8.RuneLen(-5),
 *             utf8.RuneLen(0x1F600))
 *         var parts []string
 *         for i := 0; i < 5; i++ { parts = append(parts, fmt.Sprint(i)) }
 *         t := ""
 *         for _, p := range parts { t += p + "-" }
 *         fmt.Println(t)
 *     }
 */
#include "rtest.h"

static void ps(gort_string s) { gort_printf("%.*s", (int)s.len, (const char *)s.ptr); }
static const char *tf(bool b) { return b ? "true" : "false"; }
static gort_string cat2(gort_string a, gort_string b) { return gort_concatstring2(a, b); }

static void entry(void) {
    gort_string a = GORT_STR("h\xc3\xa9llo"), b = GORT_STR(", "), c = GORT_STR("w\xc3\xb6rld");
    gort_string parts[3] = {a, b, c};
    gort_string s = gort_concatstrings(parts, 3);
    ps(s);
    gort_printf(" %ld %s %s\n", (long)s.len, tf(gort_eqstring(cat2(a, GORT_STR("")), a)),
                tf(gort_eqstring(cat2(GORT_STR(""), GORT_STR("")), GORT_STR(""))));
    gort_printf("%s %s %s %s %s %s %s %s %s\n", tf(gort_cmpstring(a, c) < 0),
                tf(gort_cmpstring(c, a) < 0), tf(gort_cmpstring(a, cat2(a, GORT_STR("x"))) < 0),
                tf(gort_cmpstring(GORT_STR(""), GORT_STR("a")) < 0),
                tf(gort_cmpstring(GORT_STR("abc"), GORT_STR("abd")) < 0),
                tf(gort_cmpstring(GORT_STR("ab"), GORT_STR("abc")) < 0),
                tf(gort_cmpstring(GORT_STR("\xff"), GORT_STR("z")) > 0),
                tf(gort_eqstring(a, GORT_STR("h\xc3\xa9llo"))), tf(!gort_eqstring(a, c)));
    gort_slice bs = gort_stringtoslicebyte(s);
    ((uint8_t *)bs.ptr)[0] = 'H';
    ps(gort_slicebytetostring(bs.ptr, bs.len));
    gort_printf(" ");
    ps(s);
    gort_printf(" %ld\n", (long)bs.len);
    gort_slice rs = gort_stringtoslicerune(GORT_STR("a\xc3\xa9\xe4\xb8\x96\xf0\x9f\x98\x80\xffz"));
    gort_printf("%ld [", (long)rs.len);
    for (int64_t i = 0; i < rs.len; i++) gort_printf(i ? " %d" : "%d", ((int32_t *)rs.ptr)[i]);
    gort_printf("] ");
    ps(gort_slicerunetostring(rs.ptr, rs.len));
    gort_printf("\n");
    static const int32_t r6[] = {0x41, -1, 0xD800, 0x110000, 0x10FFFF, 0x4E16};
    gort_printf("%s\n", tf(gort_eqstring(gort_slicerunetostring(r6, 6),
                 GORT_STR("A\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd\xf4\x8f\xbf\xbf\xe4\xb8\x96"))));
    static const int32_t vs[] = {65, 0xE9, 0x4E16, 0x1F600, -1, 0xD800, 0x110000};
    for (int i = 0; i < 7; i++) {
        ps(gort_strconv_quote(gort_intstring(vs[i])));
        gort_printf(" ");
    }
    gort_printf("\n");
    ps(gort_strconv_quote(gort_intstring((int64_t)1 << 40)));
    gort_printf(" ");
    ps(gort_strconv_quote(gort_intstring((uint8_t)200)));
    gort_printf("\n");
    gort_string rg = GORT_STR("a\xc3\xa9\xff\xe4\xb8\x96\xe4\xb8z\xf0\x9f\x98\x80\xed\xa0\x80\xc0\x80");
    for (int64_t k = 0, next; k < rg.len; k = next) {
        int32_t r;
        if (rg.ptr[k] < 0x80) { r = rg.ptr[k]; next = k + 1; }
        else next = gort_decoderune(rg, k, &r);
        gort_printf("%ld:%d ", (long)k, r);
    }
    gort_printf("\n");
    gort_printf("%ld %ld %s %s %s %ld %ld %ld\n",
                (long)gort_countrunes(GORT_STR("a\xc3\xa9\xff\xe4\xb8\x96")),
                (long)gort_countrunes(GORT_STR("\xe4\xb8z")),
                tf(gort_utf8_validstring(GORT_STR("a\xc3\xa9\xe4\xb8\x96"))),
                tf(gort_utf8_validstring(GORT_STR("a\xff" "b"))),
                tf(gort_utf8_validstring(GORT_STR("\xed\xa0\x80"))), (long)gort_utf8_runelen(0xE9),
                (long)gort_utf8_runelen(-5), (long)gort_utf8_runelen(0x1F600));
    gort_slice ps_ = {0};
    for (int64_t i = 0; i < 5; i++) {
        int64_t n = ps_.len + 1;
        if (n > ps_.cap) ps_ = gort_growslice(&gort_type_string, ps_, n); else ps_.len = n;
        ((gort_string *)ps_.ptr)[n - 1] = gort_strconv_itoa(i);   /* fmt.Sprint(i) */
    }
    gort_string t = GORT_STR("");
    for (int64_t i = 0; i < ps_.len; i++) {
        gort_string p3[3] = {t, ((gort_string *)ps_.ptr)[i], GORT_STR("-")};
        t = gort_concatstrings(p3, 3);
    }
    ps(t);
    gort_printf("\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
