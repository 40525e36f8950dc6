/*
 * fmt_pointers: %T of many types; pointers, channels, funcs, slices and
 * maps with %v %p %#p %d %x %#v (addresses compared with the value's
 * own), nil ones, pointers nested in slices and structs print as 0x...
 * fmt_pointers.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import (
 *     	"errors"
 *     	"fmt"
 *     	"strconv"
 *     	"unsafe"
 *     )
 *
 *     type S struct{ P *int }
 *
 *     func hex(p unsafe.Pointer) string { return "0x" + strconv.FormatUint(uint64(uintptr(p)), 16) }
 *
 *     func main() {
 *     	var ip *int
 *     	x := 5
 *     	ip2 := &x
 *     	ch := make(chan int)
 *     	var nch chan int
 *     	var nf func()
 *     	sl := []int{1, 2}
 *     	m := map[string]int{"a": 1}
 *     	fmt.Printf("%T %T %T %T %T %T %T\n", ip, ch, nch, nf, []map[string]*int{}, [2][]string{}, struct{}{})
 *     	fmt.Printf("%T %T %T %T\n", errors.New("x"), func(int, ...string) (string, error) { return "", nil }, S{}, &S{})
 *     	fmt.Println(ip, nch, nf == nil)
 *     	fmt.Printf("%v %p %d %#v %#v %#v\n", ip, ip, ip, ip, nch, nf)
 *     	fmt.Println(fmt.Sprintf("%p", ip2) == hex(unsafe.Pointer(ip2)), fmt.Sprint(ip2) == hex(unsafe.Pointer(ip2)))
 *     	fmt.Println(fmt.Sprintf("%#p", ip2) == hex(unsafe.Pointer(ip2))[2:], fmt.Sprintf("%x", ip2) == hex(unsafe.Pointer(ip2))[2:])
 *     	fmt.Println(fmt.Sprintf("%d", ip2) == strconv.FormatUint(uint64(uintptr(unsafe.Pointer(ip2))), 10))
 *     	fmt.Println(fmt.Sprint([]*int{ip2}) == "["+hex(unsafe.Pointer(ip2))+"]", fmt.Sprint(S{ip2}) == "{"+hex(unsafe.Pointer(ip2))+"}")
 *     	fmt.Println(fmt.Sprintf("%p", sl) == hex(unsafe.Pointer(&sl[0])), fmt.Sprintf("%#v", ip2) == "(*int)("+hex(unsafe.Pointer(ip2))+")")
 *     	fmt.Println(fmt.Sprintf("%v", ch) == fmt.Sprintf("%p", ch), len(fmt.Sprintf("%p", m)) > 3, fmt.Sprintf("%s", ip2) == "%!s(*int="+hex(unsafe.Pointer(ip2))+")")
 *     	fmt.Printf("%v %+v\n", S{}, &S{})
 *     	fmt.Printf("%T|%10T|%-10T|\n", sl, m, ch)
 *     }
 */
#include "fmt_common.h"
#include <stdio.h>
#include <string.h>

PTR_T(type_pint, gort_type_int, "*int");
static const gort_type type_chan_int = {
    .size = 8, .kind = GORT_CHAN, .align = 8, .flags = GORT_TF_DIRECT | GORT_TF_POINTERS,
    .str = GORT_STR("chan int"), .elem = &gort_type_int, .len = 3,
    .equal = gort_memequal64, .hashfn = gort_memhash64,
};
static const gort_type type_func = {
    .size = 8, .kind = GORT_FUNC, .align = 8, .flags = GORT_TF_DIRECT | GORT_TF_POINTERS,
    .str = GORT_STR("func()"),
};
MAP_T(map_string_pint, gort_type_string, type_pint, "map[string]*int");
SLICE_T(slice_map, map_string_pint, "[]map[string]*int");
typedef struct { gort_slice a[2]; } arr2sl;
ARRAY_T(array2_slice, slice_string, 2, arr2sl, "[2][]string");
static const gort_type type_empty = {.kind = GORT_STRUCT, .align = 1, .str = GORT_STR("struct {}")};
static const gort_type type_fn2 = {
    .size = 8, .kind = GORT_FUNC, .align = 8, .flags = GORT_TF_DIRECT | GORT_TF_POINTERS,
    .str = GORT_STR("func(int, ...string) (string, error)"), .nin = 2, .nout = 2, .variadic = true,
};
typedef struct { int64_t *P; } S_;
static const gort_field S_fields[] = {{GORT_STR("P"), &type_pint, 0, false}};
static const gort_type type_S = {
    .size = 8, .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED | GORT_TF_POINTERS,
    .str = GORT_STR("main.S"), .fields = S_fields, .nfields = 1,
};
PTR_T(type_pS, type_S, "*main.S");
SLICE_T(slice_pint, type_pint, "[]*int");

static bool eq(gort_string a, const char *b) {
    return a.len == (int64_t)strlen(b) && memcmp(a.ptr, b, (size_t)a.len) == 0;
}
#define SP(f, ...) gort_fmt_sprintf(GORT_STR(f), ARGS(__VA_ARGS__))

static void entry(void) {
    int64_t *ip = NULL;
    int64_t *ip2 = gort_alloc(8);
    *ip2 = 5;
    gort_chan *ch = gort_makechan(8, 0), *nch = NULL;
    gort_func *nf = NULL;
    int64_t *sl = gort_alloc(16);
    sl[0] = 1, sl[1] = 2;
    gort_slice sls = {sl, 2, 2};
    gort_map *m = gort_makemap(&map_string_int, 0);
    gort_eface eip = BOX(type_pint, int64_t *, ip), eip2 = BOX(type_pint, int64_t *, ip2);
    gort_eface ech = BOX(type_chan_int, gort_chan *, ch), enc = BOX(type_chan_int, gort_chan *, nch);
    gort_eface enf = BOX(type_func, gort_func *, nf);
    static int64_t z[1];
    PRINTF("%T %T %T %T %T %T %T\n", eip, ech, enc, enf, BOX(slice_map, gort_slice, {z, 0, 0}),
           BOX(array2_slice, arr2sl, {{{0}}}), gort_convE(&type_empty, NULL));
    static const gort_func fnrec = {NULL};
    PRINTF("%T %T %T %T\n", gort_convI2E(gort_errors_new(GORT_STR("x"))),
           BOX(type_fn2, const gort_func *, &fnrec), BOX(type_S, S_, {NULL}),
           BOX(type_pS, S_ *, gort_alloc(8)));
    PRINTLN(eip, enc, B(nf == NULL));
    PRINTF("%v %p %d %#v %#v %#v\n", eip, eip, eip, eip, enc, enf);
    char hex[32], dec[32], buf[128];
    snprintf(hex, sizeof hex, "0x%lx", (unsigned long)(uintptr_t)ip2);
    snprintf(dec, sizeof dec, "%lu", (unsigned long)(uintptr_t)ip2);
    PRINTLN(B(eq(SP("%p", eip2), hex)), B(eq(gort_fmt_sprint(ARGS(eip2)), hex)));
    PRINTLN(B(eq(SP("%#p", eip2), hex + 2)), B(eq(SP("%x", eip2), hex + 2)));
    PRINTLN(B(eq(SP("%d", eip2), dec)));
    int64_t *ps[] = {ip2};
    snprintf(buf, sizeof buf, "[%s]", hex);
    bool b1 = eq(gort_fmt_sprint(ARGS(BOX(slice_pint, gort_slice, cslice(ps, 1)))), buf);
    snprintf(buf, sizeof buf, "{%s}", hex);
    PRINTLN(B(b1), B(eq(gort_fmt_sprint(ARGS(BOX(type_S, S_, {ip2}))), buf)));
    char slhex[32];
    snprintf(slhex, sizeof slhex, "0x%lx", (unsigned long)(uintptr_t)sl);
    snprintf(buf, sizeof buf, "(*int)(%s)", hex);
    PRINTLN(B(eq(SP("%p", BOX(slice_int, gort_slice, sls)), slhex)), B(eq(SP("%#v", eip2), buf)));
    gort_string chv = SP("%v", ech), chp = SP("%p", ech);
    snprintf(buf, sizeof buf, "%%!s(*int=%s)", hex);
    PRINTLN(B(chv.len == chp.len && memcmp(chv.ptr, chp.ptr, (size_t)chv.len) == 0),
            B(SP("%p", BOX(map_string_int, gort_map *, m)).len > 3), B(eq(SP("%s", eip2), buf)));
    PRINTF("%v %+v\n", BOX(type_S, S_, {NULL}), BOX(type_pS, S_ *, gort_alloc(8)));
    PRINTF("%T|%10T|%-10T|\n", BOX(slice_int, gort_slice, sls), BOX(map_string_int, gort_map *, m), ech);
}

TEST_MAIN(entry)
