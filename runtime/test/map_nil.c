/*
 * map_nil: a nil map reads as empty (index, comma-ok, len, delete, range,
 * also with an interface key), and assigning to it panics with Go's plain
 * error `assignment to entry in nil map` (no "runtime error: " prefix),
 * exit status 2.  map_nil.out and the first lines of stderr are Go 1.19's
 * for:
 *
 *     var m map[string]int
 *     fmt.Println(len(m), m["a"])
 *     v, ok := m["a"]; fmt.Println(v, ok)
 *     delete(m, "a")
 *     for k, v := range m { fmt.Println(k, v) }
 *     var e map[interface{}]int
 *     fmt.Println(e[1], len(e))
 *     fmt.Println("assigning")
 *     m["a"] = 1
 *     fmt.Println("not reached")
 */
#include "map_common.h"

MAPTYPE(t_str_int, &gort_type_string, &gort_type_int, "map[string]int");
MAPTYPE(t_any_int, &gort_type_any, &gort_type_int, "map[interface {}]int");

static void entry(void) {
    gort_map *volatile m = NULL;
    gort_string a = GORT_STR("a");
    gort_printf("%ld %ld\n", gort_maplen(m), *(int64_t *)gort_mapaccess1(&t_str_int, m, &a));
    bool ok = true;
    int64_t v = *(int64_t *)gort_mapaccess2(&t_str_int, m, &a, &ok);
    gort_printf("%ld %s\n", v, ok ? "true" : "false");
    gort_mapdelete(&t_str_int, m, &a);
    gort_mapiter it;
    for (gort_mapiterinit(&t_str_int, m, &it); it.key; gort_mapiternext(&it))
        gort_printf("%.*s %ld\n", PS(*(gort_string *)it.key), *(int64_t *)it.elem);
    gort_map *volatile e = NULL;
    static const int64_t one = 1;
    gort_eface k = {&gort_type_int, (void *)&one};
    gort_printf("%ld %ld\n", *(int64_t *)gort_mapaccess1(&t_any_int, e, &k), gort_maplen(e));
    gort_mapclear(&t_str_int, m); /* clear(nil map): nothing */
    gort_printf("assigning\n");
    *(int64_t *)gort_mapassign(&t_str_int, m, &a) = 1;
    gort_printf("not reached\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
