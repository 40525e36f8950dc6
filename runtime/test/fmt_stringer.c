/*
 * fmt_stringer: String and Error methods: value and pointer receivers
 * (the method set of *T), Error before String, only for %v %s %q %x %X,
 * not through unexported fields, inside slices, maps and interfaces; a
 * panicking String (PANIC=...) and a nil receiver that faults (<nil>).
 * fmt_stringer.out is what Go 1.19 prints for:
 *
 *     package main
 *
 *     import "fmt"
 *
 *     type Celsius float64
 *
 *     func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
 *
 *     type PT struct{ N int }
 *
 *     func (p *PT) String() string { return fmt.Sprintf("PT(%d)", p.N) }
 *
 *     type Both struct{}
 *
 *     func (Both) Error() string  { return "both-error" }
 *     func (Both) String() string { return "both-string" }
 *
 *     type Holder struct {
 *     	Pub  Celsius
 *     	priv Celsius
 *     	P    *PT
 *     }
 *
 *     type Bad struct{}
 *
 *     func (Bad) String() string { panic("boom") }
 *
 *     type NilOK struct{ v int }
 *
 *     func (n *NilOK) String() string { return fmt.Sprint("val ", n.v) }
 *
 *     type Name string
 *
 *     func (n Name) String() string { return "Name<" + string(n) + ">" }
 *
 *     func main() {
 *     	c := Celsius(21.5)
 *     	fmt.Println(c, []Celsius{1, 2})
 *     	fmt.Printf("%v %s %q %x %d %5.2f|%10v|\n", c, c, c, c, c, c, c)
 *     	pt := PT{7}
 *     	fmt.Println(pt, &pt)
 *     	fmt.Printf("%v %+v %s\n", pt, &pt, []*PT{&pt})
 *     	fmt.Println(Both{}, error(Both{}))
 *     	h := Holder{1.5, 2.5, &pt}
 *     	fmt.Printf("%v %+v\n", h, h)
 *     	fmt.Println(Bad{})
 *     	fmt.Printf("%s|%d\n", Bad{}, Bad{})
 *     	var np *NilOK
 *     	fmt.Println(np)
 *     	fmt.Println(map[Name]Celsius{"b": 2, "a": 1})
 *     	fmt.Printf("%#v %T\n", c, c)
 *     	fmt.Println([]fmt.Stringer{c, &pt, nil})
 *     	var s fmt.Stringer = Name("x")
 *     	fmt.Printf("%v %s %q %x\n", s, s, s, s)
 *     }
 */
#include "fmt_common.h"

/* type Celsius float64 with a value-receiver String */
static gort_string Celsius_String(void *data) {
    return gort_fmt_sprintf(GORT_STR("%.1f°C"), ARGS(F(*(double *)data)));
}
static const gort_method Celsius_methods[] = {
    {GORT_STR("String"), &fn_string, (void (*)(void))Celsius_String},
};
static const gort_type type_Celsius = {
    .size = 8, .kind = GORT_FLOAT64, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.Celsius"), .equal = gort_f64equal, .hashfn = gort_f64hash,
    .methods = Celsius_methods, .nmethods = 1,
};
SLICE_T(slice_Celsius, type_Celsius, "[]main.Celsius");

/* type PT struct{N int} with a pointer-receiver String: only *PT has it */
typedef struct { int64_t N; } PT;
static gort_string PT_String(void *data) {
    PT *p = data;
    return gort_fmt_sprintf(GORT_STR("PT(%d)"), ARGS(I(p->N)));
}
static const gort_field PT_fields[] = {{GORT_STR("N"), &gort_type_int, 0, false}};
static const gort_type type_PT = {
    .size = 8, .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.PT"), .fields = PT_fields, .nfields = 1,
};
static const gort_method pPT_methods[] = {
    {GORT_STR("String"), &fn_string, (void (*)(void))PT_String},
};
static const gort_type type_pPT = {
    .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_DIRECT | GORT_TF_POINTERS,
    .str = GORT_STR("*main.PT"), .elem = &type_PT, .methods = pPT_methods, .nmethods = 1,
};
SLICE_T(slice_pPT, type_pPT, "[]*main.PT");

/* type Both struct{} with Error and String */
static gort_string Both_Error(void *d) { (void)d; return GORT_STR("both-error"); }
static gort_string Both_String(void *d) { (void)d; return GORT_STR("both-string"); }
static const gort_method Both_methods[] = {
    {GORT_STR("Error"), &fn_string, (void (*)(void))Both_Error},
    {GORT_STR("String"), &fn_string, (void (*)(void))Both_String},
};
static const gort_type type_Both = {
    .kind = GORT_STRUCT, .align = 1, .flags = GORT_TF_NAMED, .str = GORT_STR("main.Both"),
    .methods = Both_methods, .nmethods = 2,
};

typedef struct { double Pub, priv; PT *P; } Holder;
static const gort_field Holder_fields[] = {
    {GORT_STR("Pub"), &type_Celsius, 0, false},
    {GORT_STR("priv"), &type_Celsius, 8, false},
    {GORT_STR("P"), &type_pPT, 16, false},
};
static const gort_type type_Holder = {
    .size = sizeof(Holder), .kind = GORT_STRUCT, .align = 8,
    .flags = GORT_TF_NAMED | GORT_TF_POINTERS, .str = GORT_STR("main.Holder"),
    .fields = Holder_fields, .nfields = 3,
};

/* type Bad struct{}: String panics */
static gort_string Bad_String(void *d) {
    (void)d;
    gort_panicstr(GORT_STR("boom"));
}
static const gort_method Bad_methods[] = {
    {GORT_STR("String"), &fn_string, (void (*)(void))Bad_String},
};
static const gort_type type_Bad = {
    .kind = GORT_STRUCT, .align = 1, .flags = GORT_TF_NAMED, .str = GORT_STR("main.Bad"),
    .methods = Bad_methods, .nmethods = 1,
};

/* *NilOK's String dereferences its receiver (a nil one faults) */
typedef struct { int64_t v; } NilOK;
static gort_string NilOK_String(void *d) {
    NilOK *volatile n = d;
#ifdef __SANITIZE_ADDRESS__
    /* Sanitizer builds reject the faulting load: the compiler's explicit
     * nil check raises the same panic. */
    if (!n) gort_panic_runtime("invalid memory address or nil pointer dereference");
#endif
    return gort_fmt_sprint(ARGS(S("val "), I(n->v)));
}
static const gort_field NilOK_fields[] = {{GORT_STR("v"), &gort_type_int, 0, false}};
static const gort_type type_NilOK = {
    .size = 8, .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.NilOK"), .fields = NilOK_fields, .nfields = 1,
};
static const gort_method pNilOK_methods[] = {
    {GORT_STR("String"), &fn_string, (void (*)(void))NilOK_String},
};
static const gort_type type_pNilOK = {
    .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_DIRECT | GORT_TF_POINTERS,
    .str = GORT_STR("*main.NilOK"), .elem = &type_NilOK, .methods = pNilOK_methods,
    .nmethods = 1,
};

/* type Name string */
static gort_string Name_String(void *d) {
    gort_string s = *(gort_string *)d;
    gort_string parts[] = {GORT_STR("Name<"), s, GORT_STR(">")};
    return gort_fmt_sprint(ARGS(BOX(gort_type_string, gort_string, parts[0]),
                                BOX(gort_type_string, gort_string, parts[1]),
                                BOX(gort_type_string, gort_string, parts[2])));
}
static const gort_method Name_methods[] = {
    {GORT_STR("String"), &fn_string, (void (*)(void))Name_String},
};
static const gort_type type_Name = {
    .size = 16, .kind = GORT_STRING, .align = 8, .flags = GORT_TF_NAMED | GORT_TF_POINTERS,
    .str = GORT_STR("main.Name"), .equal = gort_strequal, .hashfn = gort_strhash,
    .methods = Name_methods, .nmethods = 1,
};
MAP_T(map_Name_Celsius, type_Name, type_Celsius, "map[main.Name]main.Celsius");
SLICE_T(slice_Stringer, type_Stringer, "[]fmt.Stringer");

static void entry(void) {
    gort_eface c = BOX(type_Celsius, double, 21.5);
    double cs[] = {1, 2};
    PRINTLN(c, BOX(slice_Celsius, gort_slice, cslice(cs, 2)));
    PRINTF("%v %s %q %x %d %5.2f|%10v|\n", c, c, c, c, c, c, c);
    PT *pt = gort_alloc(sizeof *pt);
    pt->N = 7;
    PRINTLN(BOX(type_PT, PT, *pt), BOX(type_pPT, PT *, pt));
    PT *pts[] = {pt};
    PRINTF("%v %+v %s\n", BOX(type_PT, PT, *pt), BOX(type_pPT, PT *, pt),
           BOX(slice_pPT, gort_slice, cslice(pts, 1)));
    /* error(Both{}) converted back to interface{} for Println */
    gort_iface be = gort_convI(&gort_type_error, &type_Both, NULL);
    PRINTLN(gort_convE(&type_Both, NULL), gort_convI2E(be));
    Holder h = {1.5, 2.5, pt};
    PRINTF("%v %+v\n", BOX(type_Holder, Holder, h), BOX(type_Holder, Holder, h));
    PRINTLN(gort_convE(&type_Bad, NULL));
    PRINTF("%s|%d\n", gort_convE(&type_Bad, NULL), gort_convE(&type_Bad, NULL));
    PRINTLN(BOX(type_pNilOK, NilOK *, NULL));
    gort_map *m = gort_makemap(&map_Name_Celsius, 0);
    *(double *)gort_mapassign(&map_Name_Celsius, m, (gort_string[]){GORT_STR("b")}) = 2;
    *(double *)gort_mapassign(&map_Name_Celsius, m, (gort_string[]){GORT_STR("a")}) = 1;
    PRINTLN(BOX(map_Name_Celsius, gort_map *, m));
    PRINTF("%#v %T\n", c, c);
    gort_iface ss[] = {gort_convI(&type_Stringer, &type_Celsius, (double[]){21.5}),
                       gort_convI(&type_Stringer, &type_pPT, &pt), {NULL, NULL}};
    PRINTLN(BOX(slice_Stringer, gort_slice, cslice(ss, 3)));
    gort_iface s = gort_convI(&type_Stringer, &type_Name, (gort_string[]){GORT_STR("x")});
    gort_eface se = gort_convI2E(s);
    PRINTF("%v %s %q %x\n", se, se, se, se);
}

TEST_MAIN(entry)
