/*
 * fmt_strings: strings and bytes: %s %q %x %X with flags, width in runes,
 * precision, escapes, []byte and [N]byte, bools, Print vs Println spacing.
 * fmt_strings.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     func main() {
 *     	fmt.Printf("%s|%10s|%-10s|%.2s|%5.1s|%q\n", "hello", "hi", "hi", "hello", "hello", "hello")
 *     	fmt.Printf("%q %+q %#q %#q %q\n", "tab\there \"quoted\" \\", "héllo世", "back`tick", "raw", "\x00\x7f\xff")
 *     	fmt.Printf("%x %X % x %#x %# X %.2x\n", "hi!", "hi!", "abc", "abc", "abc", "abcdef")
 *     	fmt.Printf("%5s|%-5s|%05s|%.1s|%3s|\n", "世界", "世界", "ab", "世界", "")
 *     	fmt.Printf("%v %s %d %x %X %q\n", []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"), []byte("hi"))
 *     	fmt.Printf("%#v %#v %#v\n", "s\n", []byte{1, 2}, []byte(nil))
 *     	fmt.Printf("%s %v %q\n", []string{"a", "b c"}, []string{"x", ""}, []string{"q", "r\n"})
 *     	fmt.Printf("%x %X\n", [3]byte{1, 171, 255}, []byte{})
 *     	fmt.Printf("%10x|%-10x|%010x\n", "ab", "ab", "ab")
 *     	fmt.Printf("%t %v %5t|%-6t|\n", true, false, true, false)
 *     	fmt.Printf("%q %q %+q\n", "\u00a0\u200b", "日本\u2028", "☺")
 *     	fmt.Println("a", "b", 1, "c")
 *     	fmt.Print("a", "b", 1, 2, "c", 3.5, "\n")
 *     	fmt.Print(1, 2, "\n")
 *     	fmt.Printf("%s\n", "")
 *     	fmt.Printf("%c|%c|%c\n", 'é', 0x10FFFF+1, 0xD800)
 *     }
 */
#include "fmt_common.h"

#define R(x) BOX(gort_type_int32, int32_t, (x))
#define BS(x) BOX(slice_byte, gort_slice, {(void *)(x), sizeof(x) - 1, sizeof(x) - 1})
typedef struct { uint8_t a[3]; } arr3;
ARRAY_T(array3_byte, gort_type_uint8, 3, arr3, "[3]uint8");

static void entry(void) {
    PRINTF("%s|%10s|%-10s|%.2s|%5.1s|%q\n", S("hello"), S("hi"), S("hi"), S("hello"), S("hello"),
           S("hello"));
    PRINTF("%q %+q %#q %#q %q\n", S("tab\there \"quoted\" \\"), S("h\xc3\xa9llo\xe4\xb8\x96"),
           S("back`tick"), S("raw"), S("\x00\x7f\xff"));
    PRINTF("%x %X % x %#x %# X %.2x\n", S("hi!"), S("hi!"), S("abc"), S("abc"), S("abc"),
           S("abcdef"));
    PRINTF("%5s|%-5s|%05s|%.1s|%3s|\n", S("世界"), S("世界"), S("ab"), S("世界"), S(""));
    PRINTF("%v %s %d %x %X %q\n", BS("hi"), BS("hi"), BS("hi"), BS("hi"), BS("hi"), BS("hi"));
    uint8_t b12[] = {1, 2};
    PRINTF("%#v %#v %#v\n", S("s\n"), BOX(slice_byte, gort_slice, {b12, 2, 2}),
           BOX(slice_byte, gort_slice, {NULL, 0, 0}));
    gort_string ab[] = {GORT_STR("a"), GORT_STR("b c")}, xe[] = {GORT_STR("x"), GORT_STR("")},
                qr[] = {GORT_STR("q"), GORT_STR("r\n")};
    PRINTF("%s %v %q\n", BOX(slice_string, gort_slice, cslice(ab, 2)),
           BOX(slice_string, gort_slice, cslice(xe, 2)), BOX(slice_string, gort_slice, cslice(qr, 2)));
    uint8_t empty[1];
    PRINTF("%x %X\n", BOX(array3_byte, arr3, {{1, 171, 255}}),
           BOX(slice_byte, gort_slice, {empty, 0, 0}));
    PRINTF("%10x|%-10x|%010x\n", S("ab"), S("ab"), S("ab"));
    PRINTF("%t %v %5t|%-6t|\n", B(true), B(false), B(true), B(false));
    PRINTF("%q %q %+q\n", S("\u00a0\u200b"), S("日本\u2028"), S("☺"));
    PRINTLN(S("a"), S("b"), I(1), S("c"));
    PRINT(S("a"), S("b"), I(1), I(2), S("c"), F(3.5), S("\n"));
    PRINT(I(1), I(2), S("\n"));
    PRINTF("%s\n", S(""));
    PRINTF("%c|%c|%c\n", R(0xe9), I(0x10FFFF + 1), I(0xD800));
}

TEST_MAIN(entry)
