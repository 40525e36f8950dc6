/*
 * fmt_badverb: Go's error texts: wrong verbs (%!d(string=hi)), MISSING,
 * EXTRA, NOVERB, BADWIDTH, BADPREC, BADINDEX, argument indexes [n], *
 * widths (negative: left-justify), nil operands, %w outside Errorf, %%
 * with flags, non-ASCII verbs.
 * fmt_badverb.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     func main() {
 *     	fmt.Printf("%d|%s|%t|%z\n", "hi", 5, 1, 2.5)
 *     	fmt.Printf("%d %d\n", 1)
 *     	fmt.Printf("%d\n", 1, "x", nil, 2.5)
 *     	fmt.Printf("%!|%")
 *     	fmt.Println()
 *     	fmt.Printf("%5d|%-5s\n", "ab", 3)
 *     	fmt.Printf("%*d|%.*d|%*d\n", "x", 5, "y", 6, 2000000, 7)
 *     	fmt.Printf("%-*d|%[2]d %[1]d|%[3]d|%[0]d|%[x]d\n", -4, 9, 8)
 *     	fmt.Printf("%[2]*[1]d|%[1]*d|%d %d %[1]d %d\n", 3, 4, 5)
 *     	fmt.Printf("%d %v %s\n", nil, nil, nil)
 *     	fmt.Printf("%T %5T|%-8T|\n", nil, 3, "s")
 *     	fmt.Printf("%w %v\n", fmt.Errorf("e"), 1)
 *     	fmt.Printf("%t %q %c\n", "str", 2.5, true)
 *     	fmt.Printf("%e %f\n", 1, "s")
 *     	fmt.Printf("%x %X %o\n", true, 2.5i, "s")
 *     	fmt.Printf("%!d(string=fake)%%%d\n", 3)
 *     	fmt.Printf("%.3d|%08.3f|%+q|% x|%#v\n", -5, -1.5, "é", -255, -255)
 *     	fmt.Printf("%5%|%-5%|%d\n", 1)
 *     	fmt.Printf("%p %p\n", 5, nil)
 *     	fmt.Printf("%.2147483648d|%10000000d\n", 1, 2)
 *     	fmt.Printf("%[3]v %v", 1, 2)
 *     	fmt.Println()
 *     	fmt.Printf("%ä|%☺\n", 1, 2)
 *     }
 */
#include "fmt_common.h"

static gort_eface C128(double re, double im) {
    static const gort_type t = {.size = 16, .kind = GORT_COMPLEX128, .align = 8,
                                .flags = GORT_TF_NAMED, .str = GORT_STR("complex128")};
    return gort_convE(&t, (double[]){re, im});
}

static void entry(void) {
    PRINTF("%d|%s|%t|%z\n", S("hi"), I(5), I(1), F(2.5));
    PRINTF("%d %d\n", I(1));
    PRINTF("%d\n", I(1), S("x"), NIL, F(2.5));
    PRINTF0("%!|%");
    PRINTLN();
    PRINTF("%5d|%-5s\n", S("ab"), I(3));
    PRINTF("%*d|%.*d|%*d\n", S("x"), I(5), S("y"), I(6), I(2000000), I(7));
    PRINTF("%-*d|%[2]d %[1]d|%[3]d|%[0]d|%[x]d\n", I(-4), I(9), I(8));
    PRINTF("%[2]*[1]d|%[1]*d|%d %d %[1]d %d\n", I(3), I(4), I(5));
    PRINTF("%d %v %s\n", NIL, NIL, NIL);
    PRINTF("%T %5T|%-8T|\n", NIL, I(3), S("s"));
    gort_eface e = gort_convI2E(gort_fmt_errorf(GORT_STR("e"), NOARGS));
    PRINTF("%w %v\n", e, I(1));
    PRINTF("%t %q %c\n", S("str"), F(2.5), B(true));
    PRINTF("%e %f\n", I(1), S("s"));
    PRINTF("%x %X %o\n", B(true), C128(0, 2.5), S("s"));
    PRINTF("%!d(string=fake)%%%d\n", I(3));
    PRINTF("%.3d|%08.3f|%+q|% x|%#v\n", I(-5), F(-1.5), S("é"), I(-255), I(-255));
    PRINTF("%5%|%-5%|%d\n", I(1));
    PRINTF("%p %p\n", I(5), NIL);
    PRINTF("%.2147483648d|%10000000d\n", I(1), I(2));
    PRINTF("%[3]v %v", I(1), I(2));
    PRINTLN();
    PRINTF("%ä|%☺\n", I(1), I(2));
}

TEST_MAIN(entry)
