/*
 * slice_copy: copy with overlap both ways, copy from a string, copy into
 * nil, make's zeroing and non-nil empty slices, and append aliasing on a
 * []string.  For:
 *
 *     func main() {
 *         s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
 *         n := copy(s[2:], s)
 *         fmt.Println(n, s)
 *         s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
 *         n = copy(s, s[3:])
 *         fmt.Println(n, s)
 *         b := make([]byte, 3)
 *         n = copy(b, "héllo")
 *         fmt.Println(n, b)
 *         n = copy(b, "")
 *         fmt.Println(n, b)
 *         var nilb []byte
 *         n = copy(nilb, "abc")
 *         fmt.Println(n, nilb == nil)
 *         m := make([]string, 2, 10)
 *         fmt.Println(len(m), cap(m), m[0] == "", len(m[:10]))
 *         z := make([]int, 0)
 *         fmt.Println(z == nil, len(z), cap(z))
 *         var st []string
 *         st = append(st, "a", "b", "c")
 *         st2 := append(st[:1], "x")
 *         fmt.Println(st, st2, len(st2), cap(st2))
 *     }
 */
#include "rtest.h"

static void printints(gort_slice s) {
    gort_printf("[");
    for (int64_t i = 0; i < s.len; i++)
        gort_printf(i ? " %ld" : "%ld", (long)((int64_t *)s.ptr)[i]);
    gort_printf("]");
}
static void printbytes(gort_slice s) {
    gort_printf("[");
    for (int64_t i = 0; i < s.len; i++) gort_printf(i ? " %d" : "%d", ((uint8_t *)s.ptr)[i]);
    gort_printf("]");
}
static void printstrs(gort_slice s) {
    gort_printf("[");
    for (int64_t i = 0; i < s.len; i++) {
        gort_string e = ((gort_string *)s.ptr)[i];
        gort_printf(i ? " %.*s" : "%.*s", (int)e.len, (const char *)e.ptr);
    }
    gort_printf("]");
}

static gort_slice tens(void) {
    gort_slice s = gort_makeslice(&gort_type_int, 10, 10);
    for (int i = 0; i < 10; i++) ((int64_t *)s.ptr)[i] = i;
    return s;
}

static void entry(void) {
    gort_slice s = tens();
    int64_t n = gort_slicecopy((int64_t *)s.ptr + 2, s.len - 2, s.ptr, s.len, 8);
    gort_printf("%ld ", (long)n); printints(s); gort_printf("\n");
    s = tens();
    n = gort_slicecopy(s.ptr, s.len, (int64_t *)s.ptr + 3, s.len - 3, 8);
    gort_printf("%ld ", (long)n); printints(s); gort_printf("\n");
    gort_slice b = gort_makeslice(&gort_type_uint8, 3, 3);
    gort_string h = GORT_STR("h\xc3\xa9llo");
    n = gort_slicecopy(b.ptr, b.len, h.ptr, h.len, 1);
    gort_printf("%ld ", (long)n); printbytes(b); gort_printf("\n");
    n = gort_slicecopy(b.ptr, b.len, NULL, 0, 1);
    gort_printf("%ld ", (long)n); printbytes(b); gort_printf("\n");
    gort_slice nilb = {0};
    n = gort_slicecopy(nilb.ptr, nilb.len, "abc", 3, 1);
    gort_printf("%ld %s\n", (long)n, nilb.ptr == NULL ? "true" : "false");
    gort_slice m = gort_makeslice(&gort_type_string, 2, 10);
    gort_string m0 = ((gort_string *)m.ptr)[0];
    gort_printf("%ld %ld %s %ld\n", (long)m.len, (long)m.cap,
                gort_eqstring(m0, GORT_STR("")) ? "true" : "false", (long)10);
    gort_slice z = gort_makeslice(&gort_type_int, 0, 0);
    gort_printf("%s %ld %ld\n", z.ptr == NULL ? "true" : "false", (long)z.len, (long)z.cap);
    gort_slice st = {0};
    {   /* st = append(st, "a", "b", "c") */
        int64_t k = st.len + 3;
        if (k > st.cap) st = gort_growslice(&gort_type_string, st, k); else st.len = k;
        gort_string *e = st.ptr;
        e[k - 3] = GORT_STR("a"), e[k - 2] = GORT_STR("b"), e[k - 1] = GORT_STR("c");
    }
    gort_slice st2 = st;
    st2.len = 1;    /* st[:1] */
    {
        int64_t k = st2.len + 1;
        if (k > st2.cap) st2 = gort_growslice(&gort_type_string, st2, k); else st2.len = k;
        ((gort_string *)st2.ptr)[k - 1] = GORT_STR("x");
    }
    printstrs(st); gort_printf(" "); printstrs(st2);
    gort_printf(" %ld %ld\n", (long)st2.len, (long)st2.cap);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
