/*
 * map_basic: the map operations on int, string, int32, bool and struct{}
 * keys: 100,000 inserts, lookups, deleting half, len, comma-ok, `op=`,
 * range sums, clear, reinsertion, make with a hint (and a negative one).
 *
 * map_basic.out is what Go 1.19 prints for this program (with clear(m)
 * written as a delete loop, since 1.19 lacks it); the C below lowers it
 * the way the compiler will:
 *
 *     m := make(map[int]int)
 *     for i := 0; i < 100000; i++ { m[i] = i * 3 }
 *     fmt.Println("len", len(m))
 *     bad := 0
 *     for i := 0; i < 100000; i++ { if m[i] != i*3 { bad++ } }
 *     fmt.Println("bad", bad)
 *     for i := 0; i < 100000; i += 2 { delete(m, i) }
 *     delete(m, -5)
 *     fmt.Println("len", len(m))
 *     v, ok := m[4]; fmt.Println(v, ok)
 *     v, ok = m[5]; fmt.Println(v, ok)
 *     fmt.Println(m[-1], m[100000])
 *     m[7] += 10; m[8]++
 *     fmt.Println(m[7], m[8], len(m))
 *     sum, n := 0, 0
 *     for k, v := range m { sum += k + v; n++ }
 *     fmt.Println(n, sum)
 *     clear(m)
 *     fmt.Println("cleared", len(m), m[5])
 *     m[5] = 55; fmt.Println(len(m), m[5])
 *
 *     s := map[string]string{}
 *     for i := 0; i < 100000; i++ { s["key"+strconv.Itoa(i)] = "val" + strconv.Itoa(i*7) }
 *     ... the same checks (see map_basic.out), then
 *     h := make(map[int32]uint8, 1000)
 *     for i := int32(0); i < 1000; i++ { h[i*-7] = uint8(i) }
 *     fmt.Println(len(h), h[-6993], h[7])
 *     b := map[bool]int{}; b[true]++; b[true]++; b[false]--
 *     e := map[struct{}]int{}; e[struct{}{}] = 1; e[struct{}{}]++; delete(e, struct{}{})
 *     nh := -3; neg := make(map[int]int, nh); neg[1] = 1
 */
#include "map_common.h"

MAPTYPE(t_int_int, &gort_type_int, &gort_type_int, "map[int]int");
MAPTYPE(t_str_str, &gort_type_string, &gort_type_string, "map[string]string");
MAPTYPE(t_i32_u8, &gort_type_int32, &gort_type_uint8, "map[int32]uint8");
MAPTYPE(t_bool_int, &gort_type_bool, &gort_type_int, "map[bool]int");
static const gort_type t_empty = {
    .size = 0, .kind = GORT_STRUCT, .align = 1, .str = GORT_STR("struct {}"),
    .equal = gort_memequal0, .hashfn = gort_memhash0,
};
MAPTYPE(t_empty_int, &t_empty, &gort_type_int, "map[struct {}]int");

#define GET(mt, m, T, k) (*(T *)gort_mapaccess1(&(mt), (m), (k)))
#define SET(mt, m, T, k) (*(T *)gort_mapassign(&(mt), (m), (k)))

static const char *tf(bool b) { return b ? "true" : "false"; }

static void ints(void) {
    gort_map *m = gort_makemap(&t_int_int, 0);
    for (int64_t i = 0; i < 100000; i++) SET(t_int_int, m, int64_t, &i) = i * 3;
    gort_printf("len %ld\n", gort_maplen(m));
    int64_t bad = 0;
    for (int64_t i = 0; i < 100000; i++)
        if (GET(t_int_int, m, int64_t, &i) != i * 3) bad++;
    gort_printf("bad %ld\n", bad);
    for (int64_t i = 0; i < 100000; i += 2) gort_mapdelete(&t_int_int, m, &i);
    int64_t k = -5;
    gort_mapdelete(&t_int_int, m, &k);
    gort_printf("len %ld\n", gort_maplen(m));
    bool ok;
    k = 4;
    int64_t v = *(int64_t *)gort_mapaccess2(&t_int_int, m, &k, &ok);
    gort_printf("%ld %s\n", v, tf(ok));
    k = 5;
    v = *(int64_t *)gort_mapaccess2(&t_int_int, m, &k, &ok);
    gort_printf("%ld %s\n", v, tf(ok));
    int64_t k1 = -1, k2 = 100000;
    gort_printf("%ld %ld\n", GET(t_int_int, m, int64_t, &k1), GET(t_int_int, m, int64_t, &k2));
    k = 7;
    SET(t_int_int, m, int64_t, &k) += 10;
    k = 8;
    SET(t_int_int, m, int64_t, &k)++;
    k1 = 7, k2 = 8;
    gort_printf("%ld %ld %ld\n", GET(t_int_int, m, int64_t, &k1), GET(t_int_int, m, int64_t, &k2),
                gort_maplen(m));
    int64_t sum = 0, n = 0;
    gort_mapiter it;
    for (gort_mapiterinit(&t_int_int, m, &it); it.key; gort_mapiternext(&it)) {
        int64_t kk = *(int64_t *)it.key, vv = *(int64_t *)it.elem;
        sum += kk + vv;
        n++;
    }
    gort_printf("%ld %ld\n", n, sum);
    gort_mapclear(&t_int_int, m);
    k = 5;
    gort_printf("cleared %ld %ld\n", gort_maplen(m), GET(t_int_int, m, int64_t, &k));
    SET(t_int_int, m, int64_t, &k) = 55;
    gort_printf("%ld %ld\n", gort_maplen(m), GET(t_int_int, m, int64_t, &k));
}

static void strings(void) {
    gort_map *s = gort_makemap(&t_str_str, 0);
    for (int64_t i = 0; i < 100000; i++) {
        gort_string k = mkstr("key", i);
        SET(t_str_str, s, gort_string, &k) = mkstr("val", i * 7);
    }
    gort_printf("len %ld\n", gort_maplen(s));
    int64_t bad = 0;
    for (int64_t i = 0; i < 100000; i++) {
        gort_string k = mkstr("key", i);
        if (!streq(GET(t_str_str, s, gort_string, &k), mkstr("val", i * 7))) bad++;
    }
    gort_printf("bad %ld\n", bad);
    for (int64_t i = 1; i < 100000; i += 2) {
        gort_string k = mkstr("key", i);
        gort_mapdelete(&t_str_str, s, &k);
    }
    gort_printf("len %ld\n", gort_maplen(s));
    bool ok;
    gort_string k = GORT_STR("key10"), x;
    x = *(gort_string *)gort_mapaccess2(&t_str_str, s, &k, &ok);
    gort_printf("\"%.*s\" %s\n", PS(x), tf(ok));
    k = GORT_STR("key11");
    x = *(gort_string *)gort_mapaccess2(&t_str_str, s, &k, &ok);
    gort_printf("\"%.*s\" %s\n", PS(x), tf(ok));
    k = GORT_STR("");
    x = *(gort_string *)gort_mapaccess2(&t_str_str, s, &k, &ok);
    gort_printf("\"%.*s\" %s\n", PS(x), tf(ok));
    SET(t_str_str, s, gort_string, &k) = GORT_STR("empty");
    x = GET(t_str_str, s, gort_string, &k);
    gort_printf("%.*s %ld\n", PS(x), gort_maplen(s));
    int64_t total = 0;
    gort_mapiter it;
    for (gort_mapiterinit(&t_str_str, s, &it); it.key; gort_mapiternext(&it))
        total += ((gort_string *)it.key)->len + ((gort_string *)it.elem)->len;
    gort_printf("total %ld\n", total);
    for (int64_t i = 1; i < 100000; i += 2) {
        gort_string kk = mkstr("key", i);
        SET(t_str_str, s, gort_string, &kk) = GORT_STR("again");
    }
    gort_string a = GORT_STR("key99999"), b = GORT_STR("key99998");
    gort_string va = GET(t_str_str, s, gort_string, &a), vb = GET(t_str_str, s, gort_string, &b);
    gort_printf("len %ld %.*s %.*s\n", gort_maplen(s), PS(va), PS(vb));
}

static void small(void) {
    gort_map *h = gort_makemap(&t_i32_u8, 1000);
    for (int32_t i = 0; i < 1000; i++) {
        int32_t k = i * -7;
        SET(t_i32_u8, h, uint8_t, &k) = (uint8_t)i;
    }
    int32_t k1 = -6993, k2 = 7;
    gort_printf("%ld %d %d\n", gort_maplen(h), GET(t_i32_u8, h, uint8_t, &k1),
                GET(t_i32_u8, h, uint8_t, &k2));

    gort_map *b = gort_makemap(&t_bool_int, 0);
    bool t = true, f = false;
    SET(t_bool_int, b, int64_t, &t)++;
    SET(t_bool_int, b, int64_t, &t)++;
    SET(t_bool_int, b, int64_t, &f)--;
    gort_printf("%ld %ld %ld\n", gort_maplen(b), GET(t_bool_int, b, int64_t, &t),
                GET(t_bool_int, b, int64_t, &f));

    gort_map *e = gort_makemap(&t_empty_int, 0);
    char z = 0;
    SET(t_empty_int, e, int64_t, &z) = 1;
    SET(t_empty_int, e, int64_t, &z)++;
    gort_printf("%ld %ld\n", gort_maplen(e), GET(t_empty_int, e, int64_t, &z));
    gort_mapdelete(&t_empty_int, e, &z);
    gort_printf("%ld %ld\n", gort_maplen(e), GET(t_empty_int, e, int64_t, &z));

    gort_map *neg = gort_makemap(&t_int_int, -3);
    int64_t one = 1;
    SET(t_int_int, neg, int64_t, &one) = 1;
    gort_printf("%ld\n", gort_maplen(neg));
}

static void entry(void) {
    ints();
    strings();
    small();
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
