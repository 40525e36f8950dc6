/*
 * slice_bounds: every bounds-check and makeslice panic, recovered, with
 * Go 1.19's texts.  The checks are inline, in the order and with the
 * unsigned comparisons gocc generates (see gort.h, "Slices").  For:
 *
 *     func try(name string, f func()) {
 *         defer func() { fmt.Println(name, "->", recover()) }()
 *         f()
 *     }
 *     var n5, n1, n2, n7, m1 = 5, 1, 2, 7, -1
 *     var u uint = 1<<64 - 1
 *     func main() {
 *         s := []int{1, 2, 3}
 *         s5 := make([]int, 3, 5)
 *         a := [3]int{}
 *         str := "abc"
 *         try("idx", func() { _ = s[n5] })
 *         try("idxneg", func() { _ = s[m1] })
 *         try("idxu", func() { _ = s[u] })
 *         try("s[:5]", func() { _ = s[:n5] })
 *         try("s[5:]", func() { _ = s[n5:] })
 *         try("s[2:1]", func() { _ = s[n2:n1] })
 *         try("s[-1:]", func() { _ = s[m1:] })
 *         try("s[:-1]", func() { _ = s[:m1] })
 *         try("s5[:0:7]", func() { _ = s5[:0:n7] })
 *         try("s5[:7:5]", func() { _ = s5[:n7:5] })
 *         try("s5[2:1:5]", func() { _ = s5[n2:n1:5] })
 *         try("s5[:2:1]", func() { _ = s5[:n2:n1] })
 *         try("s5[0:0:-1]", func() { _ = s5[0:0:m1] })
 *         try("s5[-1:0:1]", func() { _ = s5[m1:0:1] })
 *         try("s5[0:-1:1]", func() { _ = s5[0:m1:1] })
 *         try("a[:5]", func() { _ = a[:n5] })
 *         try("a[5:]", func() { _ = a[n5:] })
 *         try("a[0:1:7]", func() { _ = a[0:1:n7] })
 *         try("str[:5]", func() { _ = str[:n5] })
 *         try("str[5:]", func() { _ = str[n5:] })
 *         try("str[2:1]", func() { _ = str[n2:n1] })
 *         try("str[5]", func() { _ = str[n5] })
 *         try("mk", func() { _ = make([]int, m1) })
 *         try("mkcap", func() { _ = make([]int, 1, n1-2) })
 *         try("mkcap2", func() { _ = make([]int, n5, n2) })
 *         try("mkbig", func() { _ = make([]int, 1<<62) })
 *         try("mkbigc", func() { _ = make([]int, 1, 1<<62) })
 *         try("ok", func() { _ = s5[1:2:5] })
 *         fmt.Println("done")
 *     }
 */
#include "rtest.h"

/* recover()'s value as fmt.Sprint prints it ("<nil>" for nil). */
static gort_string recovered_text(gort_eface v) {
    gort_slice a = {&v, 1, 1};
    return gort_fmt_sprint(a);
}

static volatile int64_t n5 = 5, n1 = 1, n2 = 2, n7 = 7, m1 = -1;
static volatile uint64_t u = UINT64_MAX;
static gort_slice s, s5;
static gort_string str;
static int64_t arr[3];
static volatile int64_t sink;

#define U(x) ((uint64_t)(x))

/* s[a:b] (slice: against cap; string/array: isarr, against len) */
static void slice2(int64_t len, int64_t cap, bool isarr, int64_t a, int64_t b) {
    if (U(b) > U(isarr ? len : cap)) {
        if (isarr) gort_panic_slice_alen(b, len);
        gort_panic_slice_acap(b, cap);
    }
    if (U(a) > U(b)) gort_panic_slice_b(a, b);
    sink = b - a;
}

static void slice3(int64_t len, int64_t cap, bool isarr, int64_t a, int64_t b, int64_t c) {
    if (U(c) > U(isarr ? len : cap)) {
        if (isarr) gort_panic_slice3_alen(c, len);
        gort_panic_slice3_acap(c, cap);
    }
    if (U(b) > U(c)) gort_panic_slice3_b(b, c);
    if (U(a) > U(b)) gort_panic_slice3_c(a, b);
    sink = c - a;
}

static void body(int k) {
    switch (k) {
    case 0: if (U(n5) >= U(s.len)) gort_panic_index(n5, s.len); break;
    case 1: if (U(m1) >= U(s.len)) gort_panic_index(m1, s.len); break;
    case 2: if (u >= U(s.len)) gort_panic_indexu(u, s.len); break;
    case 3: slice2(s.len, s.cap, false, 0, n5); break;
    case 4: slice2(s.len, s.cap, false, n5, s.len); break;
    case 5: slice2(s.len, s.cap, false, n2, n1); break;
    case 6: slice2(s.len, s.cap, false, m1, s.len); break;
    case 7: slice2(s.len, s.cap, false, 0, m1); break;
    case 8: slice3(s5.len, s5.cap, false, 0, 0, n7); break;
    case 9: slice3(s5.len, s5.cap, false, 0, n7, 5); break;
    case 10: slice3(s5.len, s5.cap, false, n2, n1, 5); break;
    case 11: slice3(s5.len, s5.cap, false, 0, n2, n1); break;
    case 12: slice3(s5.len, s5.cap, false, 0, 0, m1); break;
    case 13: slice3(s5.len, s5.cap, false, m1, 0, 1); break;
    case 14: slice3(s5.len, s5.cap, false, 0, m1, 1); break;
    case 15: slice2(3, 3, true, 0, n5); break;
    case 16: slice2(3, 3, true, n5, 3); break;
    case 17: slice3(3, 3, true, 0, 1, n7); break;
    case 18: slice2(str.len, str.len, true, 0, n5); break;
    case 19: slice2(str.len, str.len, true, n5, str.len); break;
    case 20: slice2(str.len, str.len, true, n2, n1); break;
    case 21: if (U(n5) >= U(str.len)) gort_panic_index(n5, str.len); break;
    case 22: gort_makeslice(&gort_type_int, m1, m1); break;
    case 23: gort_makeslice(&gort_type_int, 1, n1 - 2); break;
    case 24: gort_makeslice(&gort_type_int, n5, n2); break;
    case 25: gort_makeslice(&gort_type_int, (int64_t)1 << 62, (int64_t)1 << 62); break;
    case 26: gort_makeslice(&gort_type_int, 1, (int64_t)1 << 62); break;
    case 27: slice3(s5.len, s5.cap, false, 1, 2, 5); break;
    }
    (void)arr;
}

static void report(void *arg) {
    const char *name = arg;
    gort_eface r_e = gort_recover();
    gort_string r_t = recovered_text(r_e);
    const gort_string *r = r_e.type ? &r_t : NULL;
    if (r)
        gort_printf("%s -> %.*s\n", name, (int)r->len, (const char *)r->ptr);
    else
        gort_printf("%s -> <nil>\n", name);
}

static void try_(const char *name, int k) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, report, (void *)name);
    body(k);
out:
    gort_frame_leave(&fr);
}

static void entry(void) {
    static const char *const names[] = {
        "idx", "idxneg", "idxu", "s[:5]", "s[5:]", "s[2:1]", "s[-1:]", "s[:-1]",
        "s5[:0:7]", "s5[:7:5]", "s5[2:1:5]", "s5[:2:1]", "s5[0:0:-1]", "s5[-1:0:1]",
        "s5[0:-1:1]", "a[:5]", "a[5:]", "a[0:1:7]", "str[:5]", "str[5:]", "str[2:1]",
        "str[5]", "mk", "mkcap", "mkcap2", "mkbig", "mkbigc", "ok",
    };
    s = gort_makeslice(&gort_type_int, 3, 3);
    s5 = gort_makeslice(&gort_type_int, 3, 5);
    str = GORT_STR("abc");
    for (int k = 0; k < 28; k++) try_(names[k], k);
    gort_printf("done\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
