/*
 * map_float: float keys follow IEEE equality.  NaN != NaN, so every
 * m[NaN] = v adds an entry that can never be read, updated or deleted
 * (only counted, ranged over and cleared); +0 and -0 are one key, and
 * assigning through -0 makes the stored key -0 (Go's needkeyupdate).
 * map_float.out is Go 1.19's output for the program below, plus the last
 * line, which is Go 1.21's clear(m) (1.19 has no way to remove NaN keys):
 *
 *     nan, negz := math.NaN(), math.Copysign(0, -1)
 *     m := map[float64]int{}
 *     m[nan] = 1; m[nan] = 2; m[nan]++
 *     fmt.Println("len", len(m))
 *     v, ok := m[nan]; fmt.Println(v, ok)
 *     delete(m, nan); fmt.Println("len", len(m))
 *     m[0] = 10; m[negz] = 20
 *     fmt.Println("len", len(m), m[0], m[negz])
 *     for k, v := range m { if k == 0 { fmt.Println("zero key", k, math.Signbit(k), v) } }
 *     m[1.5] = 15; m[math.Inf(1)] = 100; m[math.Inf(-1)] = -100
 *     m[math.SmallestNonzeroFloat64] = 5
 *     fmt.Println(len(m), m[1.5], m[math.Inf(1)], m[math.Inf(-1)], m[math.SmallestNonzeroFloat64], m[2])
 *     sum, nans := 0, 0
 *     for k, v := range m { sum += v; if k != k { nans++ } }
 *     fmt.Println("sum", sum, "nans", nans)
 *     delete(m, 0); fmt.Println("len", len(m))
 *     for i := 0; i < 1000; i++ { m[nan] = i }
 *     fmt.Println("len", len(m))
 *     f := map[float32]string{}
 *     f[float32(negz)] = "negz"; f[0] = "posz"; f[float32(nan)] = "nan"
 *     f[float32(nan)] = "nan2"; f[3.25] = "x"
 *     fmt.Println(len(f), f[0], f[3.25], f[float32(nan)] == "")
 *     for k, v := range f { if k == 0 { fmt.Println(math.Signbit(float64(k)), v) } }
 *     clear(m); fmt.Println("cleared", len(m))
 */
#include "map_common.h"

#include <math.h>

MAPTYPE(t_f64_int, &gort_type_float64, &gort_type_int, "map[float64]int");
MAPTYPE(t_f32_str, &gort_type_float32, &gort_type_string, "map[float32]string");

#define M(k) (*(int64_t *)gort_mapaccess1(&t_f64_int, m, &(double){k}))
#define SETM(k) (*(int64_t *)gort_mapassign(&t_f64_int, m, &(double){k}))
#define F(k) (*(gort_string *)gort_mapaccess1(&t_f32_str, f, &(float){k}))
#define SETF(k) (*(gort_string *)gort_mapassign(&t_f32_str, f, &(float){k}))

static const char *tf(bool b) { return b ? "true" : "false"; }

static void entry(void) {
    double nan = NAN, negz = -0.0;
    gort_map *m = gort_makemap(&t_f64_int, 0);
    SETM(nan) = 1;
    SETM(nan) = 2;
    SETM(nan)++;
    gort_printf("len %ld\n", gort_maplen(m));
    bool ok;
    int64_t v = *(int64_t *)gort_mapaccess2(&t_f64_int, m, &nan, &ok);
    gort_printf("%ld %s\n", v, tf(ok));
    gort_mapdelete(&t_f64_int, m, &nan);
    gort_printf("len %ld\n", gort_maplen(m));
    SETM(0.0) = 10;
    SETM(negz) = 20;
    gort_printf("len %ld %ld %ld\n", gort_maplen(m), M(0.0), M(negz));
    gort_mapiter it;
    for (gort_mapiterinit(&t_f64_int, m, &it); it.key; gort_mapiternext(&it)) {
        double k = *(double *)it.key;
        if (k == 0)
            gort_printf("zero key %g %s %ld\n", k, tf(signbit(k)), *(int64_t *)it.elem);
    }
    SETM(1.5) = 15;
    SETM(INFINITY) = 100;
    SETM(-INFINITY) = -100;
    SETM(4.9406564584124654e-324) = 5;
    gort_printf("%ld %ld %ld %ld %ld %ld\n", gort_maplen(m), M(1.5), M(INFINITY), M(-INFINITY),
                M(4.9406564584124654e-324), M(2.0));
    int64_t sum = 0, nans = 0;
    for (gort_mapiterinit(&t_f64_int, m, &it); it.key; gort_mapiternext(&it)) {
        double k = *(double *)it.key;
        sum += *(int64_t *)it.elem;
        if (k != k) nans++;
    }
    gort_printf("sum %ld nans %ld\n", sum, nans);
    gort_mapdelete(&t_f64_int, m, &(double){0.0});
    gort_printf("len %ld\n", gort_maplen(m));
    for (int64_t i = 0; i < 1000; i++) SETM(nan) = i;
    gort_printf("len %ld\n", gort_maplen(m));

    gort_map *f = gort_makemap(&t_f32_str, 0);
    SETF(-0.0f) = GORT_STR("negz");
    SETF(0.0f) = GORT_STR("posz");
    SETF(NAN) = GORT_STR("nan");
    SETF(NAN) = GORT_STR("nan2");
    SETF(3.25f) = GORT_STR("x");
    gort_string a = F(0.0f), b = F(3.25f);
    gort_printf("%ld %.*s %.*s %s\n", gort_maplen(f), PS(a), PS(b), tf(F(NAN).len == 0));
    for (gort_mapiterinit(&t_f32_str, f, &it); it.key; gort_mapiternext(&it)) {
        float k = *(float *)it.key;
        if (k == 0) gort_printf("%s %.*s\n", tf(signbit(k)), PS(*(gort_string *)it.elem));
    }
    gort_mapclear(&t_f64_int, m);
    int64_t n = 0;
    for (gort_mapiterinit(&t_f64_int, m, &it); it.key; gort_mapiternext(&it)) n++;
    gort_printf("cleared %ld\n", gort_maplen(m) + n);
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
