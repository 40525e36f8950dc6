/*
 * map_iface_unhashable: a slice as an interface{} map key panics with
 * Go's `runtime error: hash of unhashable type []int`, exit status 2:
 *
 *     m := map[interface{}]int{1: 1}
 *     fmt.Println("before")
 *     m[[]int{1}] = 5
 *     fmt.Println("not reached")
 */
#include "map_common.h"

MAPTYPE(t_any_int, &gort_type_any, &gort_type_int, "map[interface {}]int");
static const gort_type t_intslice = {
    .size = sizeof(gort_slice), .hash = 0x3456, .kind = GORT_SLICE, .align = 8,
    .flags = GORT_TF_POINTERS, .str = GORT_STR("[]int"), .elem = &gort_type_int,
};

static void entry(void) {
    gort_map *m = gort_makemap(&t_any_int, 0);
    static const int64_t one = 1;
    gort_eface k1 = {&gort_type_int, (void *)&one};
    *(int64_t *)gort_mapassign(&t_any_int, m, &k1) = 1;
    gort_printf("before\n");
    gort_slice *s = gort_alloc(sizeof *s);
    s->ptr = gort_alloc(8);
    s->len = s->cap = 1;
    gort_eface k = {&t_intslice, s};
    *(int64_t *)gort_mapassign(&t_any_int, m, &k) = 5;
    gort_printf("not reached\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
