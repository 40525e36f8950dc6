/*
 * sort_basic: sort.Ints on 100,000 random ints, on reversed and constant
 * input (no quadratic blow-up), SearchInts, IntsAreSorted, sort.Strings
 * (bytewise), sort.Float64s (NaN first), and sort.Slice with a compiled
 * closure as `less` — on 7 elements with ties (len <= 12: insertion sort,
 * so the order of equal elements is Go's) and on 50,000 (order checked).
 * The closure record follows the func-value convention: code pointer
 * first, called with the record, then i and j.  For (Go 1.19):
 *
 *     type P struct {
 *         name string
 *         age  int
 *     }
 *     
 *     var seed uint64 = 42
 *     
 *     func rnd() int {
 *         seed = seed*6364136223846793005 + 1442695040888963407
 *         return int(seed >> 33)
 *     }
 *     
 *     func main() {
 *         a := make([]int, 100000)
 *         for i := range a {
 *             a[i] = rnd()%1000 - 500
 *         }
 *         sort.Ints(a)
 *         fmt.Println(sort.IntsAreSorted(a), a[0], a[50000], a[99999], sort.SearchInts(a, 0), sort.SearchInts(a, 10000))
 *         b := []int{5, 2, 8, 1, 9, 3}
 *         sort.Ints(b)
 *         fmt.Println(b)
 *         s := []string{"pear", "apple", "", "fig", "Banana", "apple", "äpfel", "zoo"}
 *         sort.Strings(s)
 *         fmt.Printf("%q %v\n", s, sort.StringsAreSorted(s))
 *         f := []float64{3.5, math.NaN(), -1, math.Inf(1), 0, math.Inf(-1), 2}
 *         sort.Float64s(f)
 *         fmt.Println(f)
 *         people := []P{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dave", 25}, {"Eve", 35}, {"Frank", 30}, {"Gina", 25}}
 *         sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
 *         fmt.Println(people)
 *         big := make([]P, 50000)
 *         for i := range big {
 *             big[i] = P{fmt.Sprint(i), rnd()}
 *         }
 *         sort.Slice(big, func(i, j int) bool { return big[i].age > big[j].age })
 *         ok := true
 *         for i := 1; i < len(big); i++ {
 *             if big[i-1].age < big[i].age {
 *                 ok = false
 *             }
 *         }
 *         fmt.Println(ok, len(big))
 *         asc := make([]int, 20000)
 *         for i := range asc {
 *             asc[i] = 20000 - i
 *         }
 *         sort.Ints(asc)
 *         same := make([]int, 20000)
 *         sort.Ints(same)
 *         fmt.Println(asc[0], asc[19999], sort.IntsAreSorted(asc), sort.IntsAreSorted(same))
 *         var empty []int
 *         sort.Ints(empty)
 *         sort.Slice(empty, func(i, j int) bool { return false })
 *         fmt.Println(len(empty))
 *     }
 */
#include "rtest.h"

typedef struct P { gort_string name; int64_t age; } P;
static const gort_type type_P = {.size = 24, .kind = GORT_STRUCT, .align = 8,
                                 .flags = GORT_TF_POINTERS, .str = GORT_STR("main.P")};

static uint64_t seed = 42;
static int64_t rnd(void) {
    seed = seed * 6364136223846793005ull + 1442695040888963407ull;
    return (int64_t)(seed >> 33);
}

/* func(i, j int) bool { return people[i].age < people[j].age }: the
 * closure captures `people` by reference. */
typedef struct lessclo { void (*fn)(void); gort_slice *s; } lessclo;
static bool less_age_asc(lessclo *c, int64_t i, int64_t j) {
    P *p = c->s->ptr;
    return p[i].age < p[j].age;
}
static bool less_age_desc(lessclo *c, int64_t i, int64_t j) {
    P *p = c->s->ptr;
    return p[i].age > p[j].age;
}
static bool less_false(lessclo *c, int64_t i, int64_t j) {
    (void)c, (void)i, (void)j;
    return false;
}

static void pfloat(double d) {
    if (d != d) gort_printf("NaN");
    else if (d == __builtin_inf()) gort_printf("+Inf");
    else if (d == -__builtin_inf()) gort_printf("-Inf");
    else gort_printf("%g", d);
}

static void entry(void) {
    gort_slice a = gort_makeslice(&gort_type_int, 100000, 100000);
    int64_t *ap = a.ptr;
    for (int64_t i = 0; i < a.len; i++) ap[i] = rnd() % 1000 - 500;
    gort_sort_ints(a);
    gort_printf("%s %ld %ld %ld %ld %ld\n", gort_sort_intsaresorted(a) ? "true" : "false",
                (long)ap[0], (long)ap[50000], (long)ap[99999], (long)gort_sort_searchints(a, 0),
                (long)gort_sort_searchints(a, 10000));
    gort_slice b = gort_makeslice(&gort_type_int, 6, 6);
    static const int64_t bv[] = {5, 2, 8, 1, 9, 3};
    for (int i = 0; i < 6; i++) ((int64_t *)b.ptr)[i] = bv[i];
    gort_sort_ints(b);
    gort_printf("[");
    for (int i = 0; i < 6; i++) gort_printf(i ? " %ld" : "%ld", (long)((int64_t *)b.ptr)[i]);
    gort_printf("]\n");
    static const gort_string sv[] = {GORT_STR("pear"), GORT_STR("apple"), GORT_STR(""),
                                     GORT_STR("fig"), GORT_STR("Banana"), GORT_STR("apple"),
                                     GORT_STR("\xc3\xa4pfel"), GORT_STR("zoo")};
    gort_slice s = gort_makeslice(&gort_type_string, 8, 8);
    for (int i = 0; i < 8; i++) ((gort_string *)s.ptr)[i] = sv[i];
    gort_sort_strings(s);
    gort_printf("[");
    for (int i = 0; i < 8; i++) {
        gort_string q = gort_strconv_quote(((gort_string *)s.ptr)[i]);
        gort_printf(i ? " %.*s" : "%.*s", (int)q.len, (const char *)q.ptr);
    }
    gort_printf("] %s\n", gort_sort_stringsaresorted(s) ? "true" : "false");
    static const double fv[] = {3.5, __builtin_nan(""), -1, __builtin_inf(), 0, -__builtin_inf(), 2};
    gort_slice f = gort_makeslice(&gort_type_float64, 7, 7);
    for (int i = 0; i < 7; i++) ((double *)f.ptr)[i] = fv[i];
    gort_sort_float64s(f);
    gort_printf("[");
    for (int i = 0; i < 7; i++) {
        if (i) gort_printf(" ");
        pfloat(((double *)f.ptr)[i]);
    }
    gort_printf("]\n");
    static const P pv[] = {{GORT_STR("Alice"), 30}, {GORT_STR("Bob"), 25}, {GORT_STR("Carol"), 30},
                           {GORT_STR("Dave"), 25},  {GORT_STR("Eve"), 35}, {GORT_STR("Frank"), 30},
                           {GORT_STR("Gina"), 25}};
    gort_slice people = gort_makeslice(&type_P, 7, 7);
    for (int i = 0; i < 7; i++) ((P *)people.ptr)[i] = pv[i];
    lessclo c1 = {(void (*)(void))less_age_asc, &people};
    gort_sort_slice(people, sizeof(P), (gort_func *)&c1);
    gort_printf("[");
    for (int i = 0; i < 7; i++) {
        P *p = &((P *)people.ptr)[i];
        gort_printf(i ? " {%.*s %ld}" : "{%.*s %ld}", (int)p->name.len, (const char *)p->name.ptr,
                    (long)p->age);
    }
    gort_printf("]\n");
    gort_slice big = gort_makeslice(&type_P, 50000, 50000);
    for (int64_t i = 0; i < big.len; i++)
        ((P *)big.ptr)[i] = (P){gort_strconv_itoa(i), rnd()};
    lessclo c2 = {(void (*)(void))less_age_desc, &big};
    gort_sort_slice(big, sizeof(P), (gort_func *)&c2);
    bool ok = true;
    for (int64_t i = 1; i < big.len; i++)
        if (((P *)big.ptr)[i - 1].age < ((P *)big.ptr)[i].age) ok = false;
    gort_printf("%s %ld\n", ok ? "true" : "false", (long)big.len);
    gort_slice asc = gort_makeslice(&gort_type_int, 20000, 20000);
    for (int64_t i = 0; i < asc.len; i++) ((int64_t *)asc.ptr)[i] = 20000 - i;
    gort_sort_ints(asc);
    gort_slice same = gort_makeslice(&gort_type_int, 20000, 20000);
    gort_sort_ints(same);
    gort_printf("%ld %ld %s %s\n", (long)((int64_t *)asc.ptr)[0], (long)((int64_t *)asc.ptr)[19999],
                gort_sort_intsaresorted(asc) ? "true" : "false",
                gort_sort_intsaresorted(same) ? "true" : "false");
    gort_slice empty = {0};
    gort_sort_ints(empty);
    lessclo c3 = {(void (*)(void))less_false, &empty};
    gort_sort_slice(empty, 8, (gort_func *)&c3);
    gort_printf("%ld\n", (long)empty.len);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
