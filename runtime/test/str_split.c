/*
 * str_split: Split (empty separator: one string per UTF-8 sequence),
 * SplitN, SplitAfter, Fields (Unicode spaces), Join, Cut, the Trim family
 * (cutsets with multi-byte and invalid runes), Replace (incl. an empty
 * old string, n limits, no-op cases), ReplaceAll and Repeat; []string
 * results print with len, cap and nil-ness, which must be Go's.  The Go
 * program (printing with %q, which is strconv.Quote):
 *
 *     func show(x []string) { fmt.Printf("%q %d %d %v\n", x, len(x), cap(x), x == nil) }
 *     
 *     func main() {
 *         show(strings.Split("a,b,c", ","))
 *         show(strings.Split("a,b,c,", ","))
 *         show(strings.Split("", ","))
 *         show(strings.Split("", ""))
 *         show(strings.Split("héllo\xff", ""))
 *         show(strings.Split("abc", "abc"))
 *         show(strings.Split("a--b----c", "--"))
 *         show(strings.Split("no sep here", "|"))
 *         show(strings.SplitN("a,b,c,d", ",", 2))
 *         show(strings.SplitN("a,b,c,d", ",", 0))
 *         show(strings.SplitN("a,b,c,d", ",", -1))
 *         show(strings.SplitN("abcd", "", 2))
 *         show(strings.SplitAfter("a,b,c", ","))
 *         show(strings.Fields("  foo bar  baz   "))
 *         show(strings.Fields(""))
 *         show(strings.Fields(" \t\n "))
 *         show(strings.Fields("a\u00a0b\u2003c\u3000d\x85e\xffx y"))
 *         fmt.Printf("%q\n", strings.Join([]string{"a", "b", "c"}, ", "))
 *         fmt.Printf("%q\n", strings.Join(nil, ","))
 *         fmt.Printf("%q\n", strings.Join([]string{"solo"}, ","))
 *         fmt.Printf("%q\n", strings.Join([]string{"", ""}, ""))
 *         fmt.Printf("%q\n", strings.Join(strings.Split("1 2 3", " "), "+"))
 *         for _, s := range []string{"  \t hi there \n", "", "   ", "\u00a0\u2000x\u3000", "\xffx\xff", "x"} {
 *             fmt.Printf("%q ", strings.TrimSpace(s))
 *         }
 *         fmt.Println()
 *         fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
 *         fmt.Printf("%q %q %q\n", strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), strings.TrimLeft("abcba", "ab"), strings.TrimRight("abcba", "ab"))
 *         fmt.Printf("%q %q %q\n", strings.Trim("", "x"), strings.Trim("abc", ""), strings.Trim("aaa", "a"))
 *         fmt.Printf("%q %q\n", strings.Trim("\xff\xfeok\xff", "\xff"), strings.Trim("世界世", "世"))
 *         fmt.Printf("%q %q %q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimPrefix("body", "x"), strings.TrimSuffix("a.go", ".go"), strings.TrimSuffix("a.go", ".c"))
 *         fmt.Printf("%q\n", strings.Replace("oink oink oink", "k", "ky", 2))
 *         fmt.Printf("%q\n", strings.Replace("oink oink oink", "oink", "moo", -1))
 *         fmt.Printf("%q\n", strings.ReplaceAll("aaaa", "aa", "b"))
 *         fmt.Printf("%q\n", strings.Replace("héllo", "", "-", -1))
 *         fmt.Printf("%q\n", strings.Replace("héllo", "", "-", 3))
 *         fmt.Printf("%q\n", strings.Replace("abc", "x", "y", -1))
 *         fmt.Printf("%q\n", strings.Replace("abc", "b", "b", -1))
 *         fmt.Printf("%q\n", strings.Replace("abc", "b", "", 0))
 *         fmt.Printf("%q\n", strings.ReplaceAll("", "", "x"))
 *         fmt.Printf("%q %q %q %q\n", strings.Repeat("ab", 3), strings.Repeat("", 100), strings.Repeat("x", 0), strings.Repeat("héllo ", 2))
 *         fmt.Println(len(strings.Repeat("abc", 1000)))
 *         before, after, found := strings.Cut("key=value=x", "=")
 *         fmt.Printf("%q %q %v\n", before, after, found)
 *         before, after, found = strings.Cut("novalue", "=")
 *         fmt.Printf("%q %q %v\n", before, after, found)
 *     }
 */
#include "rtest.h"

#define S(x) GORT_STR(x)
static void ps(gort_string s) { gort_printf("%.*s", (int)s.len, (const char *)s.ptr); }
static void pq(gort_string s) { ps(gort_strconv_quote(s)); }

static void show(gort_slice x) {
    gort_printf("[");
    for (int64_t i = 0; i < x.len; i++) {
        if (i) gort_printf(" ");
        pq(((gort_string *)x.ptr)[i]);
    }
    gort_printf("] %ld %ld %s\n", (long)x.len, (long)x.cap, x.ptr == NULL ? "true" : "false");
}

static gort_slice strs(int n, const gort_string *v) {
    gort_slice s = gort_makeslice(&gort_type_string, n, n);
    for (int i = 0; i < n; i++) ((gort_string *)s.ptr)[i] = v[i];
    return s;
}

static void entry(void) {
    show(gort_strings_split(S("a,b,c"), S(",")));
    show(gort_strings_split(S("a,b,c,"), S(",")));
    show(gort_strings_split(S(""), S(",")));
    show(gort_strings_split(S(""), S("")));
    show(gort_strings_split(S("h\xc3\xa9llo\xff"), S("")));
    show(gort_strings_split(S("abc"), S("abc")));
    show(gort_strings_split(S("a--b----c"), S("--")));
    show(gort_strings_split(S("no sep here"), S("|")));
    show(gort_strings_splitn(S("a,b,c,d"), S(","), 2));
    show(gort_strings_splitn(S("a,b,c,d"), S(","), 0));
    show(gort_strings_splitn(S("a,b,c,d"), S(","), -1));
    show(gort_strings_splitn(S("abcd"), S(""), 2));
    show(gort_strings_splitafter(S("a,b,c"), S(",")));
    show(gort_strings_fields(S("  foo bar  baz   ")));
    show(gort_strings_fields(S("")));
    show(gort_strings_fields(S(" \t\n ")));
    show(gort_strings_fields(S("a\xc2\xa0" "b\xe2\x80\x83" "c\xe3\x80\x80" "d\x85" "e\xffx y")));
    gort_string abc[] = {S("a"), S("b"), S("c")};
    pq(gort_strings_join(strs(3, abc), S(", "))); gort_printf("\n");
    gort_slice nil = {0};
    pq(gort_strings_join(nil, S(","))); gort_printf("\n");
    gort_string solo[] = {S("solo")};
    pq(gort_strings_join(strs(1, solo), S(","))); gort_printf("\n");
    gort_string ee[] = {S(""), S("")};
    pq(gort_strings_join(strs(2, ee), S(""))); gort_printf("\n");
    pq(gort_strings_join(gort_strings_split(S("1 2 3"), S(" ")), S("+"))); gort_printf("\n");
    static const gort_string sp[] = {S("  \t hi there \n"), S(""), S("   "),
                                     S("\xc2\xa0\xe2\x80\x80x\xe3\x80\x80"), S("\xffx\xff"), S("x")};
    for (int i = 0; i < 6; i++) { pq(gort_strings_trimspace(sp[i])); gort_printf(" "); }
    gort_printf("\n");
    pq(gort_strings_trim(S("xxhixx"), S("x"))); gort_printf(" ");
    pq(gort_strings_trimleft(S("xxhixx"), S("x"))); gort_printf(" ");
    pq(gort_strings_trimright(S("xxhixx"), S("x"))); gort_printf("\n");
    pq(gort_strings_trim(S("\xc2\xa1\xc2\xa1\xc2\xa1Hello, Gophers!!!"), S("!\xc2\xa1"))); gort_printf(" ");
    pq(gort_strings_trimleft(S("abcba"), S("ab"))); gort_printf(" ");
    pq(gort_strings_trimright(S("abcba"), S("ab"))); gort_printf("\n");
    pq(gort_strings_trim(S(""), S("x"))); gort_printf(" ");
    pq(gort_strings_trim(S("abc"), S(""))); gort_printf(" ");
    pq(gort_strings_trim(S("aaa"), S("a"))); gort_printf("\n");
    pq(gort_strings_trim(S("\xff\xfeok\xff"), S("\xff"))); gort_printf(" ");
    pq(gort_strings_trim(S("\xe4\xb8\x96\xe7\x95\x8c\xe4\xb8\x96"), S("\xe4\xb8\x96"))); gort_printf("\n");
    pq(gort_strings_trimprefix(S("prefix-body"), S("prefix-"))); gort_printf(" ");
    pq(gort_strings_trimprefix(S("body"), S("x"))); gort_printf(" ");
    pq(gort_strings_trimsuffix(S("a.go"), S(".go"))); gort_printf(" ");
    pq(gort_strings_trimsuffix(S("a.go"), S(".c"))); gort_printf("\n");
    pq(gort_strings_replace(S("oink oink oink"), S("k"), S("ky"), 2)); gort_printf("\n");
    pq(gort_strings_replace(S("oink oink oink"), S("oink"), S("moo"), -1)); gort_printf("\n");
    pq(gort_strings_replaceall(S("aaaa"), S("aa"), S("b"))); gort_printf("\n");
    pq(gort_strings_replace(S("h\xc3\xa9llo"), S(""), S("-"), -1)); gort_printf("\n");
    pq(gort_strings_replace(S("h\xc3\xa9llo"), S(""), S("-"), 3)); gort_printf("\n");
    pq(gort_strings_replace(S("abc"), S("x"), S("y"), -1)); gort_printf("\n");
    pq(gort_strings_replace(S("abc"), S("b"), S("b"), -1)); gort_printf("\n");
    pq(gort_strings_replace(S("abc"), S("b"), S(""), 0)); gort_printf("\n");
    pq(gort_strings_replaceall(S(""), S(""), S("x"))); gort_printf("\n");
    pq(gort_strings_repeat(S("ab"), 3)); gort_printf(" ");
    pq(gort_strings_repeat(S(""), 100)); gort_printf(" ");
    pq(gort_strings_repeat(S("x"), 0)); gort_printf(" ");
    pq(gort_strings_repeat(S("h\xc3\xa9llo "), 2)); gort_printf("\n");
    gort_printf("%ld\n", (long)gort_strings_repeat(S("abc"), 1000).len);
    gort_strings_cutresult c = gort_strings_cut(S("key=value=x"), S("="));
    pq(c.before); gort_printf(" "); pq(c.after); gort_printf(" %s\n", c.found ? "true" : "false");
    c = gort_strings_cut(S("novalue"), S("="));
    pq(c.before); gort_printf(" "); pq(c.after); gort_printf(" %s\n", c.found ? "true" : "false");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
