/*
 * iface_panic_missing: an assertion to an interface the dynamic type does
 * not implement: missing method, exit 2.
 * iface_panic_missing.out is what Go 1.19 prints for:
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
 *     	var x interface{} = T{}
 *     	fmt.Println("before")
 *     	s := x.(fmt.Stringer)
 *     	fmt.Println("not reached", s)
 *     }
 */
#include "fmt_common.h"

static const gort_type type_T = {
    .kind = GORT_STRUCT, .align = 1, .flags = GORT_TF_NAMED, .str = GORT_STR("main.T"),
};

static void entry(void) {
    gort_eface x = gort_convE(&type_T, NULL);
    PRINTLN(S("before"));
    gort_iface s = gort_assertE2I(&type_Stringer, x);
    PRINTLN(S("not reached"), gort_convI2E(s));
}

TEST_MAIN(entry)
