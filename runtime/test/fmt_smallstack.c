/*
 * fmt_smallstack: fmt called from goroutines at every depth of a split
 * recursion, so its entry often finds only the segment's reserve left: it
 * must hop to a new segment before formatting, calling String methods and
 * converting floats.
 * fmt_smallstack.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     type Temp float64
 *
 *     func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }
 *
 *     func rec(n int, out chan<- string) {
 *     	if n == 0 {
 *     		out <- fmt.Sprintf("%v|%5.2f|%s|%v|%e", Temp(n)+1.5, 3.14159, []Temp{1, 2}, map[string]int{"a": 1}, 1e300)
 *     		return
 *     	}
 *     	rec(n-1, out)
 *     }
 *
 *     func main() {
 *     	out := make(chan string, 300)
 *     	for i := 0; i < 300; i++ {
 *     		go rec(i, out)
 *     	}
 *     	counts := map[string]int{}
 *     	for i := 0; i < 300; i++ {
 *     		counts[<-out]++
 *     	}
 *     	fmt.Println(counts)
 *     	done := make(chan bool)
 *     	for i := 0; i < 5; i++ {
 *     		go func(i int) {
 *     			fmt.Println(fmt.Sprint(i, Temp(i), 1e-7, "x"))
 *     			done <- true
 *     		}(i)
 *     		<-done
 *     	}
 *     }
 */
#include "fmt_common.h"

/* type Temp float64 with String */
static gort_string Temp_String(void *d) {
    return gort_fmt_sprintf(GORT_STR("%.1f°"), ARGS(F(*(double *)d)));
}
static const gort_method Temp_methods[] = {
    {GORT_STR("String"), &fn_string, (void (*)(void))Temp_String},
};
static const gort_type type_Temp = {
    .size = 8, .kind = GORT_FLOAT64, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.Temp"), .equal = gort_f64equal, .hashfn = gort_f64hash,
    .methods = Temp_methods, .nmethods = 1,
};
SLICE_T(slice_Temp, type_Temp, "[]main.Temp");

static gort_chan *out, *done;
static const char *const ka[] = {"a"};
static const int64_t va[] = {1};

/* rec, split as the compiler splits every function: the stub checks for
 * REC_FRAME bytes, the body's own frame; the fmt call inside then runs in
 * whatever is left, often the segment's reserve. */
#define REC_FRAME 256
static void rec_body(int64_t n);
static void rec_thunk(void *p) { rec_body(*(int64_t *)p); }
static inline void rec(int64_t n) {
    if (GORT_LIKELY(GORT_STACK_OK(REC_FRAME)))
        rec_body(n);
    else
        gort_morestack(rec_thunk, &n, REC_FRAME);
}
static __attribute__((noinline)) void rec_body(int64_t n) {
    if (n == 0) {
        static double temps[] = {1, 2};
        gort_string s = gort_fmt_sprintf(
            GORT_STR("%v|%5.2f|%s|%v|%e"),
            ARGS(BOX(type_Temp, double, n + 1.5), F(3.14159),
                 BOX(slice_Temp, gort_slice, {temps, 2, 2}),
                 BOX(map_string_int, gort_map *, mkmap_si(ka, va, 1)), F(1e300)));
        gort_chansend(out, &s);
        return;
    }
    rec(n - 1);
}
static void rec_go(void *arg) { rec(*(int64_t *)arg); }

static void printer(void *arg) {
    int64_t i = *(int64_t *)arg;
    gort_string s = gort_fmt_sprint(ARGS(I(i), BOX(type_Temp, double, (double)i), F(1e-7), S("x")));
    PRINTLN(BOX(gort_type_string, gort_string, s));
    bool t = true;
    gort_chansend(done, &t);
}

static void entry(void) {
    out = gort_makechan(sizeof(gort_string), 300);
    for (int64_t i = 0; i < 300; i++) gort_go(rec_go, &i, sizeof i);
    gort_map *counts = gort_makemap(&map_string_int, 0);
    for (int i = 0; i < 300; i++) {
        gort_string s;
        gort_chanrecv(out, &s);
        (*(int64_t *)gort_mapassign(&map_string_int, counts, &s))++;
    }
    PRINTLN(BOX(map_string_int, gort_map *, counts));
    done = gort_makechan(1, 0);
    for (int64_t i = 0; i < 5; i++) {
        gort_go(printer, &i, sizeof i);
        gort_chanrecv(done, NULL);
    }
}

TEST_MAIN(entry)
