/*
 * iface_itab: itab cache under load: 40 types and their pointer types
 * against three interfaces (value and pointer method sets), asserted from
 * 8 goroutines at once, so the cache grows while it is read; boxing of
 * small and zero-sized values.
 * iface_itab.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     type IDer interface{ ID() int }
 *     type Namer interface{ Name() string }
 *     type Both interface {
 *     	ID() int
 *     	Name() string
 *     }
 *
 *     type A0 struct{ pad [0]int }
 *     func (A0) ID() int { return 0 }
 *     func (*A0) Name() string { return "a0" }
 *     type A1 struct{ pad [1]int }
 *     func (A1) ID() int { return 1 }
 *     type A2 struct{ pad [2]int }
 *     func (A2) ID() int { return 2 }
 *     func (*A2) Name() string { return "a2" }
 *     type A3 struct{ pad [0]int }
 *     func (A3) ID() int { return 3 }
 *     type A4 struct{ pad [1]int }
 *     func (A4) ID() int { return 4 }
 *     func (*A4) Name() string { return "a4" }
 *     type A5 struct{ pad [2]int }
 *     func (A5) ID() int { return 5 }
 *     type A6 struct{ pad [0]int }
 *     func (A6) ID() int { return 6 }
 *     func (*A6) Name() string { return "a6" }
 *     type A7 struct{ pad [1]int }
 *     func (A7) ID() int { return 7 }
 *     type A8 struct{ pad [2]int }
 *     func (A8) ID() int { return 8 }
 *     func (*A8) Name() string { return "a8" }
 *     type A9 struct{ pad [0]int }
 *     func (A9) ID() int { return 9 }
 *     type A10 struct{ pad [1]int }
 *     func (A10) ID() int { return 10 }
 *     func (*A10) Name() string { return "a10" }
 *     type A11 struct{ pad [2]int }
 *     func (A11) ID() int { return 11 }
 *     type A12 struct{ pad [0]int }
 *     func (A12) ID() int { return 12 }
 *     func (*A12) Name() string { return "a12" }
 *     type A13 struct{ pad [1]int }
 *     func (A13) ID() int { return 13 }
 *     type A14 struct{ pad [2]int }
 *     func (A14) ID() int { return 14 }
 *     func (*A14) Name() string { return "a14" }
 *     type A15 struct{ pad [0]int }
 *     func (A15) ID() int { return 15 }
 *     type A16 struct{ pad [1]int }
 *     func (A16) ID() int { return 16 }
 *     func (*A16) Name() string { return "a16" }
 *     type A17 struct{ pad [2]int }
 *     func (A17) ID() int { return 17 }
 *     type A18 struct{ pad [0]int }
 *     func (A18) ID() int { return 18 }
 *     func (*A18) Name() string { return "a18" }
 *     type A19 struct{ pad [1]int }
 *     func (A19) ID() int { return 19 }
 *     type A20 struct{ pad [2]int }
 *     func (A20) ID() int { return 20 }
 *     func (*A20) Name() string { return "a20" }
 *     type A21 struct{ pad [0]int }
 *     func (A21) ID() int { return 21 }
 *     type A22 struct{ pad [1]int }
 *     func (A22) ID() int { return 22 }
 *     func (*A22) Name() string { return "a22" }
 *     type A23 struct{ pad [2]int }
 *     func (A23) ID() int { return 23 }
 *     type A24 struct{ pad [0]int }
 *     func (A24) ID() int { return 24 }
 *     func (*A24) Name() string { return "a24" }
 *     type A25 struct{ pad [1]int }
 *     func (A25) ID() int { return 25 }
 *     type A26 struct{ pad [2]int }
 *     func (A26) ID() int { return 26 }
 *     func (*A26) Name() string { return "a26" }
 *     type A27 struct{ pad [0]int }
 *     func (A27) ID() int { return 27 }
 *     type A28 struct{ pad [1]int }
 *     func (A28) ID() int { return 28 }
 *     func (*A28) Name() string { return "a28" }
 *     type A29 struct{ pad [2]int }
 *     func (A29) ID() int { return 29 }
 *     type A30 struct{ pad [0]int }
 *     func (A30) ID() int { return 30 }
 *     func (*A30) Name() string { return "a30" }
 *     type A31 struct{ pad [1]int }
 *     func (A31) ID() int { return 31 }
 *     type A32 struct{ pad [2]int }
 *     func (A32) ID() int { return 32 }
 *     func (*A32) Name() string { return "a32" }
 *     type A33 struct{ pad [0]int }
 *     func (A33) ID() int { return 33 }
 *     type A34 struct{ pad [1]int }
 *     func (A34) ID() int { return 34 }
 *     func (*A34) Name() string { return "a34" }
 *     type A35 struct{ pad [2]int }
 *     func (A35) ID() int { return 35 }
 *     type A36 struct{ pad [0]int }
 *     func (A36) ID() int { return 36 }
 *     func (*A36) Name() string { return "a36" }
 *     type A37 struct{ pad [1]int }
 *     func (A37) ID() int { return 37 }
 *     type A38 struct{ pad [2]int }
 *     func (A38) ID() int { return 38 }
 *     func (*A38) Name() string { return "a38" }
 *     type A39 struct{ pad [0]int }
 *     func (A39) ID() int { return 39 }
 *
 *     func values() []interface{} {
 *     	return []interface{}{A0{}, &A0{}, A1{}, &A1{}, A2{}, &A2{}, A3{}, &A3{}, A4{}, &A4{}, A5{}, &A5{}, A6{}, &A6{}, A7{}, &A7{}, A8{}, &A8{}, A9{}, &A9{}, A10{}, &A10{}, A11{}, &A11{}, A12{}, &A12{}, A13{}, &A13{}, A14{}, &A14{}, A15{}, &A15{}, A16{}, &A16{}, A17{}, &A17{}, A18{}, &A18{}, A19{}, &A19{}, A20{}, &A20{}, A21{}, &A21{}, A22{}, &A22{}, A23{}, &A23{}, A24{}, &A24{}, A25{}, &A25{}, A26{}, &A26{}, A27{}, &A27{}, A28{}, &A28{}, A29{}, &A29{}, A30{}, &A30{}, A31{}, &A31{}, A32{}, &A32{}, A33{}, &A33{}, A34{}, &A34{}, A35{}, &A35{}, A36{}, &A36{}, A37{}, &A37{}, A38{}, &A38{}, A39{}, &A39{}}
 *     }
 *
 *     func work(vals []interface{}, out chan<- [3]int) {
 *     	var r [3]int
 *     	for round := 0; round < 200; round++ {
 *     		for _, v := range vals {
 *     			if x, ok := v.(IDer); ok {
 *     				r[0] += x.ID()
 *     			}
 *     			if x, ok := v.(Namer); ok {
 *     				r[1] += len(x.Name())
 *     			}
 *     			if x, ok := v.(Both); ok {
 *     				r[2] += x.ID() + len(x.Name())
 *     			}
 *     		}
 *     	}
 *     	out <- r
 *     }
 *
 *     func main() {
 *     	vals := values()
 *     	out := make(chan [3]int)
 *     	for g := 0; g < 8; g++ {
 *     		go work(vals, out)
 *     	}
 *     	for g := 0; g < 8; g++ {
 *     		fmt.Println(<-out)
 *     	}
 *     	var small []interface{}
 *     	for i := 0; i < 300; i += 37 {
 *     		small = append(small, i, uint8(i), int8(i), i > 100, struct{}{}, [0]int{})
 *     	}
 *     	fmt.Println(small)
 *     }
 */
#include "fmt_common.h"

static const gort_type *const int_out[] = {&gort_type_int};
static const gort_type fn_int = {.size = 8, .hash = 0x77aa0011u, .kind = GORT_FUNC, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func() int"), .nout = 1, .out = int_out};
static const gort_imethod IDer_im[] = {{GORT_STR("ID"), &fn_int}};
static const gort_imethod Namer_im[] = {{GORT_STR("Name"), &fn_string}};
static const gort_imethod Both_im[] = {{GORT_STR("ID"), &fn_int}, {GORT_STR("Name"), &fn_string}};
#define ITYPE(n, s, k) static const gort_type type_##n = {.size = 16, .kind = GORT_INTERFACE, .align = 8, \
    .flags = GORT_TF_NAMED | GORT_TF_POINTERS, .str = GORT_STR(s), .nimethods = k, .imethods = n##_im}
ITYPE(IDer, "main.IDer", 1);
ITYPE(Namer, "main.Namer", 1);
ITYPE(Both, "main.Both", 2);

/* A{k}: struct{ pad [k%3]int }, A{k}.ID() returns k; for even k, (*A{k}).Name() returns "a{k}".
 * The method set of *A{k} holds ID too (through a wrapper that takes the pointer). */
#define A(k, padn, nm) \
    typedef struct { int64_t pad[padn + 1]; } A##k; \
    static int64_t A##k##_ID(void *d) { (void)d; return k; } \
    static gort_string A##k##_Name(void *d) { (void)d; return GORT_STR(nm); } \
    static const gort_method A##k##_m[] = {{GORT_STR("ID"), &fn_int, (void (*)(void))A##k##_ID}}; \
    static const gort_method pA##k##_m[] = {{GORT_STR("ID"), &fn_int, (void (*)(void))A##k##_ID}, \
                                            {GORT_STR("Name"), &fn_string, (void (*)(void))A##k##_Name}}; \
    static const gort_type type_A##k = {.size = padn * 8, .kind = GORT_STRUCT, .align = 8, \
        .flags = GORT_TF_NAMED, .str = GORT_STR("main.A" #k), .methods = A##k##_m, .nmethods = 1}; \
    static const gort_type type_pA##k = {.size = 8, .kind = GORT_POINTER, .align = 8, \
        .flags = GORT_TF_DIRECT | GORT_TF_POINTERS, .str = GORT_STR("*main.A" #k), \
        .elem = &type_A##k, .methods = pA##k##_m, .nmethods = (k % 2 == 0) ? 2 : 1};
A(0, 0, "a0")
A(1, 1, "a1")
A(2, 2, "a2")
A(3, 0, "a3")
A(4, 1, "a4")
A(5, 2, "a5")
A(6, 0, "a6")
A(7, 1, "a7")
A(8, 2, "a8")
A(9, 0, "a9")
A(10, 1, "a10")
A(11, 2, "a11")
A(12, 0, "a12")
A(13, 1, "a13")
A(14, 2, "a14")
A(15, 0, "a15")
A(16, 1, "a16")
A(17, 2, "a17")
A(18, 0, "a18")
A(19, 1, "a19")
A(20, 2, "a20")
A(21, 0, "a21")
A(22, 1, "a22")
A(23, 2, "a23")
A(24, 0, "a24")
A(25, 1, "a25")
A(26, 2, "a26")
A(27, 0, "a27")
A(28, 1, "a28")
A(29, 2, "a29")
A(30, 0, "a30")
A(31, 1, "a31")
A(32, 2, "a32")
A(33, 0, "a33")
A(34, 1, "a34")
A(35, 2, "a35")
A(36, 0, "a36")
A(37, 1, "a37")
A(38, 2, "a38")
A(39, 0, "a39")

static gort_eface vals[80];
static void values(void) {
    int n = 0;
    vals[n++] = gort_convE(&type_A0, (A0[]){{{0}}});
    vals[n++] = BOX(type_pA0, void *, gort_alloc(sizeof(A0)));
    vals[n++] = gort_convE(&type_A1, (A1[]){{{0}}});
    vals[n++] = BOX(type_pA1, void *, gort_alloc(sizeof(A1)));
    vals[n++] = gort_convE(&type_A2, (A2[]){{{0}}});
    vals[n++] = BOX(type_pA2, void *, gort_alloc(sizeof(A2)));
    vals[n++] = gort_convE(&type_A3, (A3[]){{{0}}});
    vals[n++] = BOX(type_pA3, void *, gort_alloc(sizeof(A3)));
    vals[n++] = gort_convE(&type_A4, (A4[]){{{0}}});
    vals[n++] = BOX(type_pA4, void *, gort_alloc(sizeof(A4)));
    vals[n++] = gort_convE(&type_A5, (A5[]){{{0}}});
    vals[n++] = BOX(type_pA5, void *, gort_alloc(sizeof(A5)));
    vals[n++] = gort_convE(&type_A6, (A6[]){{{0}}});
    vals[n++] = BOX(type_pA6, void *, gort_alloc(sizeof(A6)));
    vals[n++] = gort_convE(&type_A7, (A7[]){{{0}}});
    vals[n++] = BOX(type_pA7, void *, gort_alloc(sizeof(A7)));
    vals[n++] = gort_convE(&type_A8, (A8[]){{{0}}});
    vals[n++] = BOX(type_pA8, void *, gort_alloc(sizeof(A8)));
    vals[n++] = gort_convE(&type_A9, (A9[]){{{0}}});
    vals[n++] = BOX(type_pA9, void *, gort_alloc(sizeof(A9)));
    vals[n++] = gort_convE(&type_A10, (A10[]){{{0}}});
    vals[n++] = BOX(type_pA10, void *, gort_alloc(sizeof(A10)));
    vals[n++] = gort_convE(&type_A11, (A11[]){{{0}}});
    vals[n++] = BOX(type_pA11, void *, gort_alloc(sizeof(A11)));
    vals[n++] = gort_convE(&type_A12, (A12[]){{{0}}});
    vals[n++] = BOX(type_pA12, void *, gort_alloc(sizeof(A12)));
    vals[n++] = gort_convE(&type_A13, (A13[]){{{0}}});
    vals[n++] = BOX(type_pA13, void *, gort_alloc(sizeof(A13)));
    vals[n++] = gort_convE(&type_A14, (A14[]){{{0}}});
    vals[n++] = BOX(type_pA14, void *, gort_alloc(sizeof(A14)));
    vals[n++] = gort_convE(&type_A15, (A15[]){{{0}}});
    vals[n++] = BOX(type_pA15, void *, gort_alloc(sizeof(A15)));
    vals[n++] = gort_convE(&type_A16, (A16[]){{{0}}});
    vals[n++] = BOX(type_pA16, void *, gort_alloc(sizeof(A16)));
    vals[n++] = gort_convE(&type_A17, (A17[]){{{0}}});
    vals[n++] = BOX(type_pA17, void *, gort_alloc(sizeof(A17)));
    vals[n++] = gort_convE(&type_A18, (A18[]){{{0}}});
    vals[n++] = BOX(type_pA18, void *, gort_alloc(sizeof(A18)));
    vals[n++] = gort_convE(&type_A19, (A19[]){{{0}}});
    vals[n++] = BOX(type_pA19, void *, gort_alloc(sizeof(A19)));
    vals[n++] = gort_convE(&type_A20, (A20[]){{{0}}});
    vals[n++] = BOX(type_pA20, void *, gort_alloc(sizeof(A20)));
    vals[n++] = gort_convE(&type_A21, (A21[]){{{0}}});
    vals[n++] = BOX(type_pA21, void *, gort_alloc(sizeof(A21)));
    vals[n++] = gort_convE(&type_A22, (A22[]){{{0}}});
    vals[n++] = BOX(type_pA22, void *, gort_alloc(sizeof(A22)));
    vals[n++] = gort_convE(&type_A23, (A23[]){{{0}}});
    vals[n++] = BOX(type_pA23, void *, gort_alloc(sizeof(A23)));
    vals[n++] = gort_convE(&type_A24, (A24[]){{{0}}});
    vals[n++] = BOX(type_pA24, void *, gort_alloc(sizeof(A24)));
    vals[n++] = gort_convE(&type_A25, (A25[]){{{0}}});
    vals[n++] = BOX(type_pA25, void *, gort_alloc(sizeof(A25)));
    vals[n++] = gort_convE(&type_A26, (A26[]){{{0}}});
    vals[n++] = BOX(type_pA26, void *, gort_alloc(sizeof(A26)));
    vals[n++] = gort_convE(&type_A27, (A27[]){{{0}}});
    vals[n++] = BOX(type_pA27, void *, gort_alloc(sizeof(A27)));
    vals[n++] = gort_convE(&type_A28, (A28[]){{{0}}});
    vals[n++] = BOX(type_pA28, void *, gort_alloc(sizeof(A28)));
    vals[n++] = gort_convE(&type_A29, (A29[]){{{0}}});
    vals[n++] = BOX(type_pA29, void *, gort_alloc(sizeof(A29)));
    vals[n++] = gort_convE(&type_A30, (A30[]){{{0}}});
    vals[n++] = BOX(type_pA30, void *, gort_alloc(sizeof(A30)));
    vals[n++] = gort_convE(&type_A31, (A31[]){{{0}}});
    vals[n++] = BOX(type_pA31, void *, gort_alloc(sizeof(A31)));
    vals[n++] = gort_convE(&type_A32, (A32[]){{{0}}});
    vals[n++] = BOX(type_pA32, void *, gort_alloc(sizeof(A32)));
    vals[n++] = gort_convE(&type_A33, (A33[]){{{0}}});
    vals[n++] = BOX(type_pA33, void *, gort_alloc(sizeof(A33)));
    vals[n++] = gort_convE(&type_A34, (A34[]){{{0}}});
    vals[n++] = BOX(type_pA34, void *, gort_alloc(sizeof(A34)));
    vals[n++] = gort_convE(&type_A35, (A35[]){{{0}}});
    vals[n++] = BOX(type_pA35, void *, gort_alloc(sizeof(A35)));
    vals[n++] = gort_convE(&type_A36, (A36[]){{{0}}});
    vals[n++] = BOX(type_pA36, void *, gort_alloc(sizeof(A36)));
    vals[n++] = gort_convE(&type_A37, (A37[]){{{0}}});
    vals[n++] = BOX(type_pA37, void *, gort_alloc(sizeof(A37)));
    vals[n++] = gort_convE(&type_A38, (A38[]){{{0}}});
    vals[n++] = BOX(type_pA38, void *, gort_alloc(sizeof(A38)));
    vals[n++] = gort_convE(&type_A39, (A39[]){{{0}}});
    vals[n++] = BOX(type_pA39, void *, gort_alloc(sizeof(A39)));
}

typedef struct { int64_t r[3]; } R3;
static const gort_type array3_int = {.size = 24, .kind = GORT_ARRAY, .align = 8,
                                     .str = GORT_STR("[3]int"), .elem = &gort_type_int, .len = 3};
static gort_chan *out;

#define CALL_ID(i) ((int64_t(*)(void *))(i).tab->fun[0])((i).data)
#define CALL_NAME(i, k) ((gort_string(*)(void *))(i).tab->fun[k])((i).data)

static void work(void *arg) {
    (void)arg;
    R3 r = {{0, 0, 0}};
    for (int round = 0; round < 200; round++) {
        for (int k = 0; k < (int)(sizeof vals / sizeof vals[0]); k++) {
            gort_eface v = vals[k];
            gort_iface x;
            if (gort_assertE2I2(&type_IDer, v, &x)) r.r[0] += CALL_ID(x);
            if (gort_assertE2I2(&type_Namer, v, &x)) r.r[1] += CALL_NAME(x, 0).len;
            if (gort_assertE2I2(&type_Both, v, &x)) r.r[2] += CALL_ID(x) + CALL_NAME(x, 1).len;
        }
        GORT_BACKEDGE();
    }
    gort_chansend(out, &r);
}

static void entry(void) {
    values();
    out = gort_makechan(sizeof(R3), 0);
    for (int g = 0; g < 8; g++) gort_go(work, NULL, 0);
    for (int g = 0; g < 8; g++) {
        R3 r;
        gort_chanrecv(out, &r);
        PRINTLN(BOX(array3_int, R3, r));
    }
    static const gort_type type_empty = {.kind = GORT_STRUCT, .align = 1, .str = GORT_STR("struct {}")};
    static const gort_type array0_int = {.kind = GORT_ARRAY, .align = 8, .str = GORT_STR("[0]int"),
                                         .elem = &gort_type_int, .len = 0};
    gort_eface small[64];
    int n = 0;
    for (int64_t i = 0; i < 300; i += 37) {
        small[n++] = I(i);
        small[n++] = BOX(gort_type_uint8, uint8_t, (uint8_t)i);
        small[n++] = BOX(gort_type_int8, int8_t, (int8_t)i);
        small[n++] = B(i > 100);
        small[n++] = gort_convE(&type_empty, NULL);
        small[n++] = gort_convE(&array0_int, NULL);
    }
    /* boxing small values allocates nothing: they share static storage */
    CHECK(I(5).data == I(5).data && B(true).data == BOX(gort_type_uint8, uint8_t, 1).data);
    PRINTLN(BOX(slice_any, gort_slice, cslice(small, n)));
}

TEST_MAIN(entry)
