/*
 * str_stack: the string, strconv, sort and Builder entry points called at
 * every depth of a recursion in 16 goroutines, so that they run with the
 * stack pointer at every position of small segments, down to the guard
 * (they run in the 768-byte reserve without a check of their own; the
 * deepest chains are the error paths, which format and quote).  A wrong
 * frame budget shows up as a crash or corrupted results.  For:
 *
 *     func work(d int) int {
 *         if d == 0 {
 *             return 0
 *         }
 *         t := 0
 *         _, err := strconv.Atoi("x" + strconv.Itoa(d))
 *         t += len(err.Error())
 *         _, err = strconv.ParseInt("99999999999999999999", 0, 64)
 *         t += len(err.Error())
 *         f, _ := strconv.ParseFloat("1.5e3", 64)
 *         t += int(f)
 *         t += len(strings.Fields(" a b  c "))
 *         t += len(strconv.Quote("h\xffé\n"))
 *         t += len(strings.ToUpper("héllo wörld"))
 *         x := []int{5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 15, 13, 12, 14, 10}
 *         sort.Slice(x, func(i, j int) bool { return x[i] < x[j] })
 *         t += x[3]
 *         var b strings.Builder
 *         b.WriteString("ab")
 *         b.WriteRune('世')
 *         t += b.Len()
 *         return t + work(d-1)
 *     }
 *     
 *     func main() {
 *         var wg sync.WaitGroup
 *         res := make([]int, 16)
 *         for g := 0; g < 16; g++ {
 *             wg.Add(1)
 *             go func(g int) {
 *                 defer wg.Done()
 *                 for d := 1; d < 120; d++ {
 *                     res[g] += work(d)
 *                 }
 *             }(g)
 *         }
 *         wg.Wait()
 *         fmt.Println(res[0], res[15])
 *     }
 */
#include "rtest.h"

#define S(x) GORT_STR(x)

typedef struct lessclo { void (*fn)(void); gort_slice *s; } lessclo;
static bool less_int(lessclo *c, int64_t i, int64_t j) {
    int64_t *p = c->s->ptr;
    return p[i] < p[j];
}

RTEST_SPLIT_FN1(work, 160)

static int64_t work_body(int64_t d) {
    if (d == 0) return 0;
    int64_t t = 0;
    gort_string err;
    gort_strconv_atoi(gort_concatstring2(S("x"), gort_strconv_itoa(d)), &err);
    t += err.len;
    gort_strconv_parseint(S("99999999999999999999"), 0, 64, &err);
    t += err.len;
    t += (int64_t)gort_strconv_parsefloat(S("1.5e3"), 64, &err);
    t += gort_strings_fields(S(" a b  c ")).len;
    t += gort_strconv_quote(S("h\xff\xc3\xa9\n")).len;
    t += gort_strings_toupper(S("h\xc3\xa9llo w\xc3\xb6rld")).len;
    static const int64_t xv[] = {5, 3, 9, 1, 7, 2, 8, 6, 4, 0, 11, 15, 13, 12, 14, 10};
    gort_slice x = gort_makeslice(&gort_type_int, 16, 16);
    for (int i = 0; i < 16; i++) ((int64_t *)x.ptr)[i] = xv[i];
    lessclo c = {(void (*)(void))less_int, &x};
    gort_sort_slice(x, 8, (gort_func *)&c);
    t += ((int64_t *)x.ptr)[3];
    gort_strings_builder b = {0};
    gort_builder_writestring(&b, S("ab"));
    gort_builder_writerune(&b, 0x4E16);
    t += gort_builder_len(&b);
    return t + work(d - 1);
}

static gort_waitgroup wg;
static int64_t res[16];

static void worker(void *arg) {
    int64_t g = *(int64_t *)arg;
    for (int64_t d = 1; d < 120; d++) res[g] += work(d);
    gort_waitgroup_done(&wg);
}

static void entry(void) {
    for (int64_t g = 0; g < 16; g++) {
        gort_waitgroup_add(&wg, 1);
        gort_go(worker, &g, sizeof g);
    }
    gort_waitgroup_wait(&wg);
    gort_printf("%ld %ld\n", (long)res[0], (long)res[15]);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
