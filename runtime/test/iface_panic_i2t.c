/*
 * iface_panic_i2t: a failed assertion from a non-empty interface names
 * that interface, exit 2.
 * iface_panic_i2t.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     type I interface{ M() }
 *     type T struct{}
 *     type U struct{}
 *
 *     func (*T) M() {}
 *     func (*U) M() {}
 *
 *     func main() {
 *     	var i I = &T{}
 *     	fmt.Println("before")
 *     	u := i.(*U)
 *     	fmt.Println("not reached", u)
 *     }
 */
#include "fmt_common.h"

static const gort_imethod I_im[] = {{GORT_STR("M"), &fn_void}};
static const gort_type type_I = {
    .size = 16, .kind = GORT_INTERFACE, .align = 8, .flags = GORT_TF_NAMED | GORT_TF_POINTERS,
    .str = GORT_STR("main.I"), .nimethods = 1, .imethods = I_im,
};
static void M(void *d) { (void)d; }
static const gort_type type_T = {
    .kind = GORT_STRUCT, .align = 1, .flags = GORT_TF_NAMED, .str = GORT_STR("main.T"),
};
static const gort_type type_U = {
    .kind = GORT_STRUCT, .align = 1, .flags = GORT_TF_NAMED, .str = GORT_STR("main.U"),
};
static const gort_method pM[] = {{GORT_STR("M"), &fn_void, (void (*)(void))M}};
static const gort_type type_pT = {
    .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_DIRECT | GORT_TF_POINTERS,
    .str = GORT_STR("*main.T"), .elem = &type_T, .methods = pM, .nmethods = 1,
};
static const gort_type type_pU = {
    .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_DIRECT | GORT_TF_POINTERS,
    .str = GORT_STR("*main.U"), .elem = &type_U, .methods = pM, .nmethods = 1,
};

static void entry(void) {
    void *t = gort_alloc(1);
    gort_iface i = gort_convI(&type_I, &type_pT, &t);
    PRINTLN(S("before"));
    void *u;
    gort_assertI2T(&type_I, i, &type_pU, &u);
    PRINTLN(S("not reached"), BOX(type_pU, void *, u));
}

TEST_MAIN(entry)
