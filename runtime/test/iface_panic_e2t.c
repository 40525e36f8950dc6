/*
 * iface_panic_e2t: an unrecovered failed assertion to a concrete type:
 * panic: interface conversion: ..., exit 2.
 * iface_panic_e2t.out is what Go 1.19 prints for:
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
 *     	x := interface{}("hi")
 *     	fmt.Println("before")
 *     	n := x.(int)
 *     	fmt.Println("not reached", n)
 *     }
 */
#include "fmt_common.h"

static void entry(void) {
    gort_eface x = S("hi");
    PRINTLN(S("before"));
    int64_t n;
    gort_assertE2T(x, &gort_type_int, &n);
    PRINTLN(S("not reached"), I(n));
}

TEST_MAIN(entry)
