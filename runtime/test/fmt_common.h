/*
 * fmt_common.h — shared by the fmt_* and iface_* tests: building ...any
 * operand slices the way generated code does (each operand boxed with
 * gort_convT), and descriptors for a few composite types the tests share.
 */
#ifndef FMT_COMMON_H
#define FMT_COMMON_H
#include "rtest.h"

#define U_ __attribute__((unused))

/* The operands of a variadic ...any call: a slice of boxed values. */
#define ARGS(...)                                                            \
    ((gort_slice){(gort_eface[]){__VA_ARGS__},                               \
                  sizeof((gort_eface[]){__VA_ARGS__}) / sizeof(gort_eface),  \
                  sizeof((gort_eface[]){__VA_ARGS__}) / sizeof(gort_eface)})
#define NOARGS ((gort_slice){NULL, 0, 0})

/* Box a C value of type ctype as Go type t. */
#define BOX(t, ctype, ...) gort_convE(&(t), (ctype[]){__VA_ARGS__})
#define I(x) BOX(gort_type_int, int64_t, (x))
#define S(x) BOX(gort_type_string, gort_string, GORT_STR(x))
#define F(x) BOX(gort_type_float64, double, (x))
#define F32(x) BOX(gort_type_float32, float, (x))
#define B(x) BOX(gort_type_bool, bool, (x))
#define NIL ((gort_eface){NULL, NULL})

#define PRINTF(f, ...) gort_fmt_printf(GORT_STR(f), ARGS(__VA_ARGS__))
#define PRINTF0(f) gort_fmt_printf(GORT_STR(f), NOARGS)
#define PRINTLN(...) gort_fmt_println(ARGS(__VA_ARGS__))
#define PRINT(...) gort_fmt_print(ARGS(__VA_ARGS__))

/* A descriptor for an unnamed composite type. */
#define SLICE_T(name, el, s)                                                   \
    static const gort_type name U_ = {.size = sizeof(gort_slice), .kind = GORT_SLICE, \
                                      .align = 8, .flags = GORT_TF_POINTERS,       \
                                      .str = GORT_STR(s), .elem = &(el)}
#define PTR_T(name, el, s)                                                    \
    static const gort_type name U_ = {.size = 8, .kind = GORT_POINTER, .align = 8, \
                                      .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, \
                                      .str = GORT_STR(s), .elem = &(el),          \
                                      .equal = gort_memequal64, .hashfn = gort_memhash64}
#define MAP_T(name, k, el, s)                                                 \
    static const gort_type name U_ = {.size = 8, .kind = GORT_MAP, .align = 8,    \
                                      .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, \
                                      .str = GORT_STR(s), .key = &(k), .elem = &(el)}
#define ARRAY_T(name, el, n, ctype, s)                                         \
    static const gort_type name U_ = {.size = sizeof(ctype), .kind = GORT_ARRAY,  \
                                      .align = _Alignof(ctype), .str = GORT_STR(s), \
                                      .elem = &(el), .len = (n)}

SLICE_T(slice_int, gort_type_int, "[]int");
SLICE_T(slice_string, gort_type_string, "[]string");
SLICE_T(slice_byte, gort_type_uint8, "[]uint8");
SLICE_T(slice_any, gort_type_any, "[]interface {}");
SLICE_T(slice_float64, gort_type_float64, "[]float64");
MAP_T(map_string_int, gort_type_string, gort_type_int, "map[string]int");

/* func() string: the type of String and Error methods. */
static const gort_type *const fn_string_out[] = {&gort_type_string};
static const gort_type fn_string U_ = {
    .size = 8, .hash = 0x319077b5u, .kind = GORT_FUNC, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func() string"),
    .nout = 1, .out = fn_string_out,
};
/* func(): the type of a method M() */
static const gort_type fn_void U_ = {
    .size = 8, .hash = 0x1234abcdu, .kind = GORT_FUNC, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func()"),
};

/* fmt.Stringer */
static const gort_imethod stringer_imethods[] = {{GORT_STR("String"), &fn_string}};
static const gort_type type_Stringer U_ = {
    .size = sizeof(gort_iface), .kind = GORT_INTERFACE, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_NAMED, .str = GORT_STR("fmt.Stringer"),
    .equal = gort_ifaceequal, .hashfn = gort_ifacehash,
    .nimethods = 1, .imethods = stringer_imethods,
};

/* A slice of n values of Go type t stored in a C array. */
static inline gort_slice cslice(void *p, int64_t n) { return (gort_slice){p, n, n}; }

/* A map[string]int from parallel arrays. */
static inline gort_map *mkmap_si(const char *const *k, const int64_t *v, int n) {
    gort_map *m = gort_makemap(&map_string_int, 0);
    for (int i = 0; i < n; i++) {
        gort_string key = {(const uint8_t *)k[i], (int64_t)__builtin_strlen(k[i])};
        *(int64_t *)gort_mapassign(&map_string_int, m, &key) = v[i];
    }
    return m;
}

/* The tests' bodies are long C functions with big frames (every operand
 * is a compound literal): like a generated function's entry stub would,
 * run them on a segment with room for their frame. */
#define TEST_MAIN(body)                                                      \
    static void body##_thunk(void *a) { (void)a; body(); }                  \
    static void entry_(void) { gort_morestack(body##_thunk, NULL, 64 * 1024); } \
    int main(int argc, char **argv) { return gort_start(argc, argv, entry_); }

#endif
