/*
 * iface_assert: type assertions to concrete and interface types, comma-ok
 * forms, I2I conversion, method calls through itabs, a type switch, and
 * the texts recover() gets from failed assertions (value and pointer
 * receivers, a method with the wrong signature, nil interfaces).
 * iface_assert.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     type I interface{ M() string }
 *     type J interface {
 *     	M() string
 *     	N() int
 *     }
 *     type T struct{ v int }
 *
 *     func (t T) M() string { return fmt.Sprint("T.M ", t.v) }
 *
 *     type P struct{ s string }
 *
 *     func (p *P) M() string { return "P.M " + p.s }
 *     func (p *P) N() int    { return len(p.s) }
 *
 *     type W struct{}
 *
 *     func (W) M() int { return 0 }
 *
 *     func try(name string, f func()) {
 *     	defer func() { fmt.Println(name, "->", recover()) }()
 *     	f()
 *     }
 *
 *     func main() {
 *     	var e interface{} = 42
 *     	n := e.(int)
 *     	fmt.Println(n)
 *     	s, ok := e.(string)
 *     	fmt.Printf("%q %v\n", s, ok)
 *     	var i I = T{3}
 *     	fmt.Println(i.M())
 *     	t, ok := i.(T)
 *     	fmt.Println(t, ok)
 *     	p, ok := i.(*P)
 *     	fmt.Println(p, ok)
 *     	var e2 interface{} = &P{"hey"}
 *     	j, ok := e2.(J)
 *     	fmt.Println(j.N(), j.M(), ok)
 *     	i2, ok := e2.(I)
 *     	fmt.Println(i2.M(), ok)
 *     	_, ok = interface{}(T{1}).(J)
 *     	fmt.Println(ok)
 *     	_, ok = interface{}(W{}).(I)
 *     	fmt.Println(ok)
 *     	var ni I
 *     	_, ok = ni.(J)
 *     	fmt.Println(ok)
 *     	var je J = &P{"x"}
 *     	var ii I = je
 *     	fmt.Println(ii.M())
 *     	k, ok := ii.(J)
 *     	fmt.Println(k.N(), ok)
 *     	e3 := interface{}(ii)
 *     	fmt.Printf("%T\n", e3)
 *     	for _, x := range []interface{}{1, "s", T{2}, &P{"q"}, nil, 2.5} {
 *     		switch v := x.(type) {
 *     		case int:
 *     			fmt.Println("int", v)
 *     		case string:
 *     			fmt.Println("string", v)
 *     		case J:
 *     			fmt.Println("J", v.N())
 *     		case I:
 *     			fmt.Println("I", v.M())
 *     		case nil:
 *     			fmt.Println("nil")
 *     		default:
 *     			fmt.Printf("default %T\n", v)
 *     		}
 *     	}
 *     	try("e2t", func() { _ = e.(string) })
 *     	try("nil e2t", func() { var z interface{}; _ = z.(int) })
 *     	try("i2t", func() { _ = i.(*P) })
 *     	try("nil i2t", func() { _ = ni.(T) })
 *     	try("e2i", func() { _ = interface{}(T{1}).(J) })
 *     	try("wrong sig", func() { _ = interface{}(W{}).(I) })
 *     	try("nil e2i", func() { var z interface{}; _ = z.(I) })
 *     	try("nil i2i", func() { _ = ni.(J) })
 *     	try("i2i", func() { _ = i.(J) })
 *     	try("nil any", func() { _ = ni.(interface{}) })
 *     	try("ok", func() {})
 *     }
 */
#include "fmt_common.h"

static const gort_type *const int_out[] = {&gort_type_int};
static const gort_type fn_int = {
    .size = 8, .hash = 0x77aa0011u, .kind = GORT_FUNC, .align = 8,
    .flags = GORT_TF_POINTERS | GORT_TF_DIRECT, .str = GORT_STR("func() int"),
    .nout = 1, .out = int_out,
};

/* type I interface{ M() string }; type J interface{ M() string; N() int } */
static const gort_imethod I_im[] = {{GORT_STR("M"), &fn_string}};
static const gort_type type_I = {
    .size = 16, .kind = GORT_INTERFACE, .align = 8, .flags = GORT_TF_NAMED | GORT_TF_POINTERS,
    .str = GORT_STR("main.I"), .nimethods = 1, .imethods = I_im,
};
static const gort_imethod J_im[] = {{GORT_STR("M"), &fn_string}, {GORT_STR("N"), &fn_int}};
static const gort_type type_J = {
    .size = 16, .kind = GORT_INTERFACE, .align = 8, .flags = GORT_TF_NAMED | GORT_TF_POINTERS,
    .str = GORT_STR("main.J"), .nimethods = 2, .imethods = J_im,
};

/* type T struct{ v int }: T.M */
typedef struct { int64_t v; } T;
static gort_string T_M(void *d) { return gort_fmt_sprint(ARGS(S("T.M "), I(((T *)d)->v))); }
static const gort_field T_fields[] = {{GORT_STR("v"), &gort_type_int, 0, false}};
static const gort_method T_methods[] = {{GORT_STR("M"), &fn_string, (void (*)(void))T_M}};
static const gort_type type_T = {
    .size = 8, .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.T"), .fields = T_fields, .nfields = 1,
    .methods = T_methods, .nmethods = 1,
};

/* type P struct{ s string }: (*P).M, (*P).N */
typedef struct { gort_string s; } P;
static gort_string P_M(void *d) {
    return gort_fmt_sprint(ARGS(S("P.M "), BOX(gort_type_string, gort_string, ((P *)d)->s)));
}
static int64_t P_N(void *d) { return ((P *)d)->s.len; }
static const gort_field P_fields[] = {{GORT_STR("s"), &gort_type_string, 0, false}};
static const gort_type type_P = {
    .size = 16, .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED | GORT_TF_POINTERS,
    .str = GORT_STR("main.P"), .fields = P_fields, .nfields = 1,
};
static const gort_method pP_methods[] = {
    {GORT_STR("M"), &fn_string, (void (*)(void))P_M},
    {GORT_STR("N"), &fn_int, (void (*)(void))P_N},
};
static const gort_type type_pP = {
    .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_DIRECT | GORT_TF_POINTERS,
    .str = GORT_STR("*main.P"), .elem = &type_P, .methods = pP_methods, .nmethods = 2,
    .equal = gort_memequal64, .hashfn = gort_memhash64,
};

/* type W struct{}: W.M() int, the wrong signature for I */
static int64_t W_M(void *d) { (void)d; return 0; }
static const gort_method W_methods[] = {{GORT_STR("M"), &fn_int, (void (*)(void))W_M}};
static const gort_type type_W = {
    .kind = GORT_STRUCT, .align = 1, .flags = GORT_TF_NAMED, .str = GORT_STR("main.W"),
    .methods = W_methods, .nmethods = 1,
};

/* Method calls through an itab, as the compiler emits them. */
#define CALL_M(i) ((gort_string(*)(void *))(i).tab->fun[0])((i).data)
#define CALL_N(j) ((int64_t(*)(void *))(j).tab->fun[1])((j).data)
#define STR(s) BOX(gort_type_string, gort_string, (s))

static P *newP(const char *s) {
    P *p = gort_alloc(sizeof *p);
    p->s = (gort_string){(const uint8_t *)s, (int64_t)__builtin_strlen(s)};
    return p;
}

/* try(name, f): defer func() { fmt.Println(name, "->", recover()) }() */
static void try_defer(void *arg) {
    gort_eface r = gort_recover();
    const char *name = arg;
    gort_string n = {(const uint8_t *)name, (int64_t)__builtin_strlen(name)};
    PRINTLN(STR(n), S("->"), r);
}
static void try(const char *name, void (*f)(void)) {
    gort_frame fr;
    if (gort_frame_enter(&fr)) goto out;
    gort_defer_push(&fr, try_defer, (void *)name);
    f();
out:
    gort_frame_leave(&fr);
}

static gort_eface e;
static gort_iface i, ni;

static void f_e2t(void) { gort_string s; gort_assertE2T(e, &gort_type_string, &s); }
static void f_nil_e2t(void) { int64_t n; gort_assertE2T(NIL, &gort_type_int, &n); }
static void f_i2t(void) { P *p; gort_assertI2T(&type_I, i, &type_pP, &p); }
static void f_nil_i2t(void) { T t; gort_assertI2T(&type_I, ni, &type_T, &t); }
static void f_e2i(void) { gort_assertE2I(&type_J, BOX(type_T, T, {1})); }
static void f_wrong(void) { gort_assertE2I(&type_I, gort_convE(&type_W, NULL)); }
static void f_nil_e2i(void) { gort_assertE2I(&type_I, NIL); }
static void f_nil_i2i(void) { gort_assertI2I(&type_J, ni); }
static void f_i2i(void) { gort_assertI2I(&type_J, i); }
static void f_nil_any(void) { gort_assertE2E(&gort_type_any, gort_convI2E(ni)); }
static void f_ok(void) {}

static void entry(void) {
    e = I(42);
    int64_t n;
    gort_assertE2T(e, &gort_type_int, &n);
    PRINTLN(I(n));
    gort_string s;
    bool ok = gort_assertE2T2(e, &gort_type_string, &s);
    PRINTF("%q %v\n", STR(s), B(ok));
    i = gort_convI(&type_I, &type_T, &(T){3});
    PRINTLN(STR(CALL_M(i)));
    T t;
    ok = gort_assertI2T2(i, &type_T, &t);
    PRINTLN(BOX(type_T, T, t), B(ok));
    P *p;
    ok = gort_assertI2T2(i, &type_pP, &p);
    PRINTLN(BOX(type_pP, P *, p), B(ok));
    P *hey = newP("hey");
    gort_eface e2 = BOX(type_pP, P *, hey);
    gort_iface j;
    ok = gort_assertE2I2(&type_J, e2, &j);
    PRINTLN(I(CALL_N(j)), STR(CALL_M(j)), B(ok));
    gort_iface i2;
    ok = gort_assertE2I2(&type_I, e2, &i2);
    PRINTLN(STR(CALL_M(i2)), B(ok));
    ok = gort_assertE2I2(&type_J, BOX(type_T, T, {1}), NULL);
    PRINTLN(B(ok));
    ok = gort_assertE2I2(&type_I, gort_convE(&type_W, NULL), NULL);
    PRINTLN(B(ok));
    ni = (gort_iface){NULL, NULL};
    ok = gort_assertI2I2(&type_J, ni, NULL);
    PRINTLN(B(ok));
    P *px = newP("x");
    gort_iface je = gort_convI(&type_J, &type_pP, &px);
    gort_iface ii = gort_convI2I(&type_I, je);
    PRINTLN(STR(CALL_M(ii)));
    gort_iface k;
    ok = gort_assertI2I2(&type_J, ii, &k);
    PRINTLN(I(CALL_N(k)), B(ok));
    PRINTF("%T\n", gort_convI2E(ii));

    gort_eface xs[] = {I(1), S("s"), BOX(type_T, T, {2}), BOX(type_pP, P *, newP("q")), NIL, F(2.5)};
    for (int x = 0; x < 6; x++) {
        gort_eface v = xs[x];
        int64_t vi;
        gort_string vs;
        gort_iface vj;
        if (gort_assertE2T2(v, &gort_type_int, &vi))
            PRINTLN(S("int"), I(vi));
        else if (gort_assertE2T2(v, &gort_type_string, &vs))
            PRINTLN(S("string"), STR(vs));
        else if (gort_assertE2I2(&type_J, v, &vj))
            PRINTLN(S("J"), I(CALL_N(vj)));
        else if (gort_assertE2I2(&type_I, v, &vj))
            PRINTLN(S("I"), STR(CALL_M(vj)));
        else if (v.type == NULL)
            PRINTLN(S("nil"));
        else
            PRINTF("default %T\n", v);
    }
    try("e2t", f_e2t);
    try("nil e2t", f_nil_e2t);
    try("i2t", f_i2t);
    try("nil i2t", f_nil_i2t);
    try("e2i", f_e2i);
    try("wrong sig", f_wrong);
    try("nil e2i", f_nil_e2i);
    try("nil i2i", f_nil_i2i);
    try("i2i", f_i2i);
    try("nil any", f_nil_any);
    try("ok", f_ok);
}

TEST_MAIN(entry)
