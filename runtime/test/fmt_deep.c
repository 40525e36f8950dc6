/*
 * fmt_deep: deeply nested values (20000 levels of []interface{}, 3000
 * nested structs) print by growing the goroutine's stack segment by
 * segment; goroutines formatting concurrently; a long slice spilling the
 * buffer to the heap.
 * fmt_deep.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     type Node struct {
 *     	Val  int
 *     	Next interface{}
 *     }
 *
 *     func main() {
 *     	var v interface{} = 0
 *     	for i := 0; i < 20000; i++ {
 *     		v = []interface{}{v}
 *     	}
 *     	s := fmt.Sprint(v)
 *     	fmt.Println(len(s), s[:25], s[len(s)-5:])
 *     	var n interface{} = nil
 *     	for i := 0; i < 3000; i++ {
 *     		n = Node{i, n}
 *     	}
 *     	s = fmt.Sprintf("%+v", n)
 *     	fmt.Println(len(s), s[:40])
 *     	done := make(chan string)
 *     	for g := 0; g < 8; g++ {
 *     		go func(g int) {
 *     			var v interface{} = g
 *     			for i := 0; i < 1000; i++ {
 *     				v = []interface{}{v}
 *     			}
 *     			done <- fmt.Sprintf("%v", v)
 *     		}(g)
 *     	}
 *     	total := 0
 *     	for g := 0; g < 8; g++ {
 *     		total += len(<-done)
 *     	}
 *     	fmt.Println(total)
 *     	big := make([]int, 10000)
 *     	for i := range big {
 *     		big[i] = i
 *     	}
 *     	s = fmt.Sprint(big)
 *     	fmt.Println(len(s), s[len(s)-10:])
 *     }
 */
#include "fmt_common.h"

typedef struct { int64_t Val; gort_eface Next; } Node;
static const gort_field Node_fields[] = {
    {GORT_STR("Val"), &gort_type_int, 0, false},
    {GORT_STR("Next"), &gort_type_any, 8, false},
};
static const gort_type type_Node = {
    .size = sizeof(Node), .kind = GORT_STRUCT, .align = 8,
    .flags = GORT_TF_NAMED | GORT_TF_POINTERS, .str = GORT_STR("main.Node"),
    .fields = Node_fields, .nfields = 2,
};

static gort_eface wrap(gort_eface v) {
    gort_eface *cell = gort_alloc(sizeof *cell);
    *cell = v;
    return BOX(slice_any, gort_slice, {cell, 1, 1});
}

static gort_string sub(gort_string s, int64_t from, int64_t to) {
    return (gort_string){s.ptr + from, to - from};
}
#define STR(s) BOX(gort_type_string, gort_string, (s))

static gort_chan *done;

static void worker(void *arg) {
    int64_t g = *(int64_t *)arg;
    gort_eface v = I(g);
    for (int i = 0; i < 1000; i++) v = wrap(v);
    gort_string s = gort_fmt_sprintf(GORT_STR("%v"), ARGS(v));
    gort_chansend(done, &s);
}

static void entry(void) {
    gort_eface v = I(0);
    for (int i = 0; i < 20000; i++) v = wrap(v);
    gort_string s = gort_fmt_sprint(ARGS(v));
    PRINTLN(I(s.len), STR(sub(s, 0, 25)), STR(sub(s, s.len - 5, s.len)));
    gort_eface n = NIL;
    for (int64_t i = 0; i < 3000; i++) n = BOX(type_Node, Node, {i, n});
    s = gort_fmt_sprintf(GORT_STR("%+v"), ARGS(n));
    PRINTLN(I(s.len), STR(sub(s, 0, 40)));
    done = gort_makechan(sizeof(gort_string), 0);
    for (int64_t g = 0; g < 8; g++) gort_go(worker, &g, sizeof g);
    int64_t total = 0;
    for (int g = 0; g < 8; g++) {
        gort_string r;
        gort_chanrecv(done, &r);
        total += r.len;
    }
    PRINTLN(I(total));
    int64_t *big = gort_alloc_noscan(10000 * 8);
    for (int i = 0; i < 10000; i++) big[i] = i;
    s = gort_fmt_sprint(ARGS(BOX(slice_int, gort_slice, {big, 10000, 10000})));
    PRINTLN(I(s.len), STR(sub(s, s.len - 10, s.len)));
}

TEST_MAIN(entry)
