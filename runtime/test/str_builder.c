/*
 * str_builder: strings.Builder — the zero value, growth (b.Cap() must be
 * Go 1.19's: append's growth for WriteString/WriteByte, Grow's 2*cap+n
 * before a multi-byte WriteRune), WriteRune of invalid runes, Grow,
 * Write, Reset (a String taken before stays valid), and Go's two panics
 * (negative Grow, using a copy of a non-zero Builder), recovered.
 * For (Go 1.19):
 *
 *     func try(name string, f func()) {
 *         defer func() { fmt.Println(name, "->", recover()) }()
 *         f()
 *     }
 *     
 *     func main() {
 *         var b strings.Builder
 *         fmt.Println(b.Len(), b.Cap(), b.String() == "")
 *         for i := 0; i < 20; i++ {
 *             b.WriteString("ab")
 *             b.WriteByte('c')
 *             fmt.Print(b.Len(), "/", b.Cap(), " ")
 *         }
 *         fmt.Println()
 *         fmt.Println(b.String())
 *         var r strings.Builder
 *         r.WriteRune('é')
 *         fmt.Println(r.Len(), r.Cap())
 *         n, _ := r.WriteRune('世')
 *         m, _ := r.WriteRune('x')
 *         k, _ := r.WriteRune(0x1F600)
 *         j, _ := r.WriteRune(-1)
 *         fmt.Println(n, m, k, j, r.Len(), r.Cap(), r.String())
 *         var g strings.Builder
 *         g.Grow(10)
 *         fmt.Println(g.Len(), g.Cap())
 *         g.WriteString("héllo")
 *         g.Grow(3)
 *         fmt.Println(g.Len(), g.Cap())
 *         g.Grow(100)
 *         fmt.Println(g.Len(), g.Cap())
 *         w, _ := g.Write([]byte(" world"))
 *         fmt.Println(w, g.String())
 *         s := g.String()
 *         g.Reset()
 *         fmt.Println(g.Len(), g.Cap(), s)
 *         g.WriteString("again")
 *         fmt.Println(g.String(), s)
 *         try("grow", func() { g.Grow(-1) })
 *         c := g
 *         try("copy", func() { c.WriteString("x") })
 *         var z strings.Builder
 *         z2 := z
 *         z2.WriteString("fine")
 *         fmt.Println(z2.String())
 *     }
 */
#include "rtest.h"

/* recover()'s value as fmt.Sprint prints it ("<nil>" for nil). */
static gort_string recovered_text(gort_eface v) {
    gort_slice a = {&v, 1, 1};
    return gort_fmt_sprint(a);
}

#define S(x) GORT_STR(x)
static void ps(gort_string s) { gort_printf("%.*s", (int)s.len, (const char *)s.ptr); }

static gort_strings_builder g, c;

static void report(void *arg) {
    gort_eface r_e = gort_recover();
    gort_string r_t = recovered_text(r_e);
    const gort_string *r = r_e.type ? &r_t : NULL;
    gort_printf("%s -> %.*s\n", (const char *)arg, r ? (int)r->len : 5,
                r ? (const char *)r->ptr : "<nil>");
}

static void try_(const char *name, int k) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, report, (void *)name);
    if (k == 0) gort_builder_grow(&g, -1);
    else gort_builder_writestring(&c, S("x"));
out:
    gort_frame_leave(&fr);
}

static void entry(void) {
    gort_strings_builder b = {0};
    gort_printf("%ld %ld %s\n", (long)gort_builder_len(&b), (long)gort_builder_cap(&b),
                gort_eqstring(gort_builder_string(&b), S("")) ? "true" : "false");
    for (int i = 0; i < 20; i++) {
        gort_builder_writestring(&b, S("ab"));
        gort_builder_writebyte(&b, 'c');
        gort_printf("%ld/%ld ", (long)gort_builder_len(&b), (long)gort_builder_cap(&b));
    }
    gort_printf("\n");
    ps(gort_builder_string(&b));
    gort_printf("\n");
    gort_strings_builder r = {0};
    gort_builder_writerune(&r, 0xE9);
    gort_printf("%ld %ld\n", (long)gort_builder_len(&r), (long)gort_builder_cap(&r));
    int64_t n = gort_builder_writerune(&r, 0x4E16);
    int64_t m = gort_builder_writerune(&r, 'x');
    int64_t k = gort_builder_writerune(&r, 0x1F600);
    int64_t j = gort_builder_writerune(&r, -1);
    gort_printf("%ld %ld %ld %ld %ld %ld ", (long)n, (long)m, (long)k, (long)j,
                (long)gort_builder_len(&r), (long)gort_builder_cap(&r));
    ps(gort_builder_string(&r));
    gort_printf("\n");
    gort_builder_grow(&g, 10);
    gort_printf("%ld %ld\n", (long)gort_builder_len(&g), (long)gort_builder_cap(&g));
    gort_builder_writestring(&g, S("h\xc3\xa9llo"));
    gort_builder_grow(&g, 3);
    gort_printf("%ld %ld\n", (long)gort_builder_len(&g), (long)gort_builder_cap(&g));
    gort_builder_grow(&g, 100);
    gort_printf("%ld %ld\n", (long)gort_builder_len(&g), (long)gort_builder_cap(&g));
    int64_t w = gort_builder_write(&g, gort_stringtoslicebyte(S(" world")));
    gort_printf("%ld ", (long)w);
    ps(gort_builder_string(&g));
    gort_printf("\n");
    gort_string s = gort_builder_string(&g);
    gort_builder_reset(&g);
    gort_printf("%ld %ld ", (long)gort_builder_len(&g), (long)gort_builder_cap(&g));
    ps(s);
    gort_printf("\n");
    gort_builder_writestring(&g, S("again"));
    ps(gort_builder_string(&g));
    gort_printf(" ");
    ps(s);
    gort_printf("\n");
    try_("grow", 0);
    c = g;    /* c := g */
    try_("copy", 1);
    gort_strings_builder z = {0}, z2 = z;
    gort_builder_writestring(&z2, S("fine"));
    ps(gort_builder_string(&z2));
    gort_printf("\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
