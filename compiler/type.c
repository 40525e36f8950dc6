/*
 * type.c — Go's types, as the checker builds them and the lowering reads
 * them.
 *
 * A Type is a node of one of the kinds of the spec's "Types" section.
 * The basic types are static objects (type_int, type_string, ...).  byte
 * and rune are aliases of uint8 and int32 (spec "Numeric types"), yet gc
 * prints the spelling the program used ("cannot use 256 (untyped int
 * constant) as byte value", "[]byte"), so, as in go/types, they are
 * objects of their own (type_byte, type_rune) with the kind of uint8 and
 * int32: type_identical says a basic type is identical to every basic
 * type of its kind, and only type_str tells them apart; type_rtstr (%T)
 * prints "uint8" and "int32", as Go's runtime does.  The untyped kinds (untyped int,
 * untyped rune, ..., untyped nil) are types too, as in go/types: the
 * checker gives them to constant expressions until the context decides.
 *
 * Identity.  Pointer, slice, array, map and channel types are
 * hash-consed: asking twice for []int gives the same pointer, so the
 * lowering can key tables on it.  Struct, func, interface and tuple types
 * are built fresh each time and compared structurally by type_identical
 * (spec "Type identity").  A defined type (TY_NAMED) is identical only to
 * itself.
 *
 * Sizes and alignments are those of Go on x86-64 (unsafe.Sizeof): the
 * runtime's value layout in gort.h follows them (a string is two words,
 * a slice three, an interface two, a map, chan, func or pointer one).
 *
 * Two spellings: type_str is what gc 1.19 prints in package main's error
 * messages (unqualified for main, "time.Duration" for others, "any" for
 * the empty interface spelled any); type_rtstr is what %T prints
 * ("main.T", "interface {}").
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "gocc.h"

static int next_id = 1;

static Type *new_type(TypeKind k)
{
    Type *t = gocc_alloc(sizeof *t);
    t->kind = k;
    t->under = t;
    t->id = next_id++;
    return t;
}

#define BASIC(var, k, nm) \
    static Type var##_obj = {.kind = k, .name = nm, .under = &var##_obj}; \
    Type *type_##var = &var##_obj;

BASIC(invalid, TY_INVALID, "invalid type")
BASIC(bool, TY_BOOL, "bool")
BASIC(int, TY_INT, "int")
BASIC(int8, TY_INT8, "int8")
BASIC(int16, TY_INT16, "int16")
BASIC(int32, TY_INT32, "int32")
BASIC(rune, TY_INT32, "rune")
BASIC(int64, TY_INT64, "int64")
BASIC(uint, TY_UINT, "uint")
BASIC(uint8, TY_UINT8, "uint8")
BASIC(byte, TY_UINT8, "byte")
BASIC(uint16, TY_UINT16, "uint16")
BASIC(uint32, TY_UINT32, "uint32")
BASIC(uint64, TY_UINT64, "uint64")
BASIC(uintptr, TY_UINTPTR, "uintptr")
BASIC(float32, TY_FLOAT32, "float32")
BASIC(float64, TY_FLOAT64, "float64")
BASIC(string, TY_STRING, "string")
BASIC(unsafeptr, TY_UNSAFEPTR, "unsafe.Pointer")
BASIC(untyped_bool, TY_UNTYPED_BOOL, "untyped bool")
BASIC(untyped_int, TY_UNTYPED_INT, "untyped int")
BASIC(untyped_rune, TY_UNTYPED_RUNE, "untyped rune")
BASIC(untyped_float, TY_UNTYPED_FLOAT, "untyped float")
BASIC(untyped_string, TY_UNTYPED_STRING, "untyped string")
BASIC(untyped_nil, TY_UNTYPED_NIL, "untyped nil")

/* error and any: built on first use (type_init, called by the checker
 * before anything else through type_under's users). */
static Type any_obj = {.kind = TY_INTERFACE, .under = &any_obj};
Type *type_any = &any_obj;
static Field error_method;
static Type error_sig = {.kind = TY_FUNC, .under = &error_sig};
static Field error_result;
static Type error_iface = {.kind = TY_INTERFACE, .under = &error_iface, .fields = &error_method, .nfields = 1};
static Type error_obj = {.kind = TY_NAMED, .name = "error", .under = &error_iface};
Type *type_error = &error_obj;

static void type_init(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    Type *basics[] = {type_invalid, type_bool, type_int, type_int8, type_int16, type_int32,
                      type_int64, type_uint, type_uint8, type_uint16, type_uint32, type_uint64,
                      type_uintptr, type_float32, type_float64, type_string, type_unsafeptr,
                      type_byte, type_rune, type_untyped_bool, type_untyped_int, type_untyped_rune, type_untyped_float,
                      type_untyped_string, type_untyped_nil, type_any, &error_sig, &error_iface,
                      type_error};
    for (size_t i = 0; i < sizeof basics / sizeof *basics; i++)
        basics[i]->id = next_id++;
    error_result.type = type_string;
    error_sig.results = &error_result;
    error_sig.nresults = 1;
    error_method.name = ast_intern("Error", 5);
    error_method.type = &error_sig;
}

Type *type_under(Type *t)
{
    type_init();
    return t ? t->under : NULL;
}

/* ---- hash-consed composite types (a list per kind: programs are small) */

typedef struct Cons {
    Type *t;
    struct Cons *next;
} Cons;

static Cons *cons_list[TY_TUPLE + 1];

static Type *cons_find(TypeKind k, Type *elem, Type *key, int64_t len, int dir)
{
    for (Cons *c = cons_list[k]; c; c = c->next)
        if (c->t->elem == elem && c->t->key == key && c->t->len == len && c->t->dir == dir)
            return c->t;
    Type *t = new_type(k);
    t->elem = elem;
    t->key = key;
    t->len = len;
    t->dir = dir;
    Cons *c = gocc_alloc(sizeof *c);
    c->t = t;
    c->next = cons_list[k];
    cons_list[k] = c;
    return t;
}

Type *type_pointer(Type *elem) { type_init(); return cons_find(TY_POINTER, elem, NULL, 0, 0); }
Type *type_slice(Type *elem) { type_init(); return cons_find(TY_SLICE, elem, NULL, 0, 0); }
Type *type_array(Type *elem, int64_t len) { type_init(); return cons_find(TY_ARRAY, elem, NULL, len, 0); }
Type *type_map(Type *key, Type *elem) { type_init(); return cons_find(TY_MAP, elem, key, 0, 0); }
Type *type_chan(Type *elem, int dir) { type_init(); return cons_find(TY_CHAN, elem, NULL, 0, dir); }

static Field *copy_fields(Field *f, int n)
{
    if (n == 0)
        return NULL;
    Field *c = gocc_alloc(sizeof *c * (size_t)n);
    memcpy(c, f, sizeof *c * (size_t)n);
    return c;
}

Type *type_tuple(Field *elems, int n)
{
    type_init();
    Type *t = new_type(TY_TUPLE);
    t->fields = copy_fields(elems, n);
    t->nfields = n;
    return t;
}

Type *type_func(Field *params, int np, Field *results, int nr, bool variadic)
{
    type_init();
    Type *t = new_type(TY_FUNC);
    t->fields = copy_fields(params, np);
    t->nfields = np;
    t->results = copy_fields(results, nr);
    t->nresults = nr;
    t->variadic = variadic;
    return t;
}

Type *type_struct(Field *fields, int n)
{
    type_init();
    Type *t = new_type(TY_STRUCT);
    t->fields = copy_fields(fields, n);
    t->nfields = n;
    return t;
}

static int field_cmp(const void *a, const void *b)
{
    const Field *x = a, *y = b;
    return strcmp(x->name, y->name);
}

/* interface { M(); E } : `methods` holds the explicit methods and, with
 * embedded = true and type an interface, the embedded interfaces, whose
 * methods are flattened in; duplicates of identical methods merge. */
Type *type_interface(Field *methods, int n)
{
    type_init();
    int cap = 0;
    for (int i = 0; i < n; i++)
        cap += methods[i].embedded ? type_under(methods[i].type)->nfields : 1;
    Field *all = cap ? gocc_alloc(sizeof *all * (size_t)cap) : NULL;
    int k = 0;
    for (int i = 0; i < n; i++) {
        Field *src = &methods[i];
        int cnt = 1;
        if (src->embedded) {
            Type *u = type_under(src->type);
            src = u->fields;
            cnt = u->nfields;
        }
        for (int j = 0; j < cnt; j++) {
            bool dup = false;
            for (int m = 0; m < k; m++)
                if (all[m].name == src[j].name)
                    dup = true;
            if (!dup)
                all[k++] = src[j];
        }
    }
    qsort(all, (size_t)k, sizeof *all, field_cmp);
    if (k == 0)
        return type_any;
    Type *t = new_type(TY_INTERFACE);
    t->fields = all;
    t->nfields = k;
    return t;
}

Type *type_named(const char *pkg, const char *name, Sym *obj)
{
    type_init();
    Type *t = new_type(TY_NAMED);
    t->pkg = pkg;
    t->name = name;
    t->obj = obj;
    t->under = NULL;    /* set by the checker once the declaration is resolved */
    return t;
}

/* Spec "Type identity". */
bool type_identical(Type *a, Type *b)
{
    if (a == b)
        return true;
    if (!a || !b || a->kind != b->kind)
        return false;
    switch (a->kind) {
    case TY_ARRAY:
        return a->len == b->len && type_identical(a->elem, b->elem);
    case TY_SLICE:
    case TY_POINTER:
        return type_identical(a->elem, b->elem);
    case TY_MAP:
        return type_identical(a->key, b->key) && type_identical(a->elem, b->elem);
    case TY_CHAN:
        return a->dir == b->dir && type_identical(a->elem, b->elem);
    case TY_STRUCT:
        if (a->nfields != b->nfields)
            return false;
        for (int i = 0; i < a->nfields; i++) {
            Field *x = &a->fields[i], *y = &b->fields[i];
            if (x->name != y->name || x->embedded != y->embedded || !type_identical(x->type, y->type))
                return false;
            if (x->pkg != y->pkg && (x->pkg && y->pkg && strcmp(x->pkg, y->pkg)))
                return false;
        }
        return true;
    case TY_TUPLE:
        if (a->nfields != b->nfields)
            return false;
        for (int i = 0; i < a->nfields; i++)
            if (!type_identical(a->fields[i].type, b->fields[i].type))
                return false;
        return true;
    case TY_FUNC:
        if (a->nfields != b->nfields || a->nresults != b->nresults || a->variadic != b->variadic)
            return false;
        for (int i = 0; i < a->nfields; i++)
            if (!type_identical(a->fields[i].type, b->fields[i].type))
                return false;
        for (int i = 0; i < a->nresults; i++)
            if (!type_identical(a->results[i].type, b->results[i].type))
                return false;
        return true;
    case TY_INTERFACE:
        if (a->nfields != b->nfields)
            return false;
        for (int i = 0; i < a->nfields; i++)
            if (a->fields[i].name != b->fields[i].name ||
                !type_identical(a->fields[i].type, b->fields[i].type))
                return false;
        return true;
    case TY_NAMED:
        return false;   /* a defined type is identical only to itself */
    default:
        return true;    /* basic types of one kind: uint8 and byte, int32 and rune */
    }
}

bool type_is_untyped(Type *t)
{
    return t && t->kind >= TY_UNTYPED_BOOL && t->kind <= TY_UNTYPED_NIL;
}

bool type_is_integer(Type *t)
{
    t = type_under(t);
    return t && ((t->kind >= TY_INT && t->kind <= TY_UINTPTR) || t->kind == TY_UNTYPED_INT ||
                 t->kind == TY_UNTYPED_RUNE);
}

bool type_is_unsigned(Type *t)
{
    t = type_under(t);
    return t && t->kind >= TY_UINT && t->kind <= TY_UINTPTR;
}

bool type_is_float(Type *t)
{
    t = type_under(t);
    return t && (t->kind == TY_FLOAT32 || t->kind == TY_FLOAT64 || t->kind == TY_UNTYPED_FLOAT);
}

bool type_is_numeric(Type *t)
{
    return type_is_integer(t) || type_is_float(t);
}

bool type_is_string(Type *t)
{
    t = type_under(t);
    return t && (t->kind == TY_STRING || t->kind == TY_UNTYPED_STRING);
}

bool type_is_boolean(Type *t)
{
    t = type_under(t);
    return t && (t->kind == TY_BOOL || t->kind == TY_UNTYPED_BOOL);
}

bool type_is_interface(Type *t)
{
    t = type_under(t);
    return t && t->kind == TY_INTERFACE;
}

bool type_is_empty_interface(Type *t)
{
    t = type_under(t);
    return t && t->kind == TY_INTERFACE && t->nfields == 0;
}

/* Spec "Comparison operators": comparable types. */
bool type_comparable(Type *t)
{
    t = type_under(t);
    if (!t)
        return false;
    switch (t->kind) {
    case TY_SLICE:
    case TY_MAP:
    case TY_FUNC:
    case TY_INVALID:
        return false;
    case TY_ARRAY:
        return type_comparable(t->elem);
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!type_comparable(t->fields[i].type))
                return false;
        return true;
    default:
        return true;
    }
}

bool type_has_pointers(Type *t)
{
    t = type_under(t);
    switch (t->kind) {
    case TY_BOOL: case TY_INT: case TY_INT8: case TY_INT16: case TY_INT32: case TY_INT64:
    case TY_UINT: case TY_UINT8: case TY_UINT16: case TY_UINT32: case TY_UINT64:
    case TY_UINTPTR: case TY_FLOAT32: case TY_FLOAT64:
        return false;
    case TY_ARRAY:
        return t->len > 0 && type_has_pointers(t->elem);
    case TY_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (type_has_pointers(t->fields[i].type))
                return true;
        return false;
    default:
        return true;
    }
}

int64_t type_align(Type *t)
{
    t = type_under(t);
    switch (t->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8:
        return 1;
    case TY_INT16: case TY_UINT16:
        return 2;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32:
        return 4;
    case TY_ARRAY:
        return type_align(t->elem);
    case TY_STRUCT: {
        int64_t a = 1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t fa = type_align(t->fields[i].type);
            if (fa > a)
                a = fa;
        }
        return a;
    }
    default:
        return 8;
    }
}

int64_t type_size(Type *t)
{
    t = type_under(t);
    switch (t->kind) {
    case TY_BOOL: case TY_INT8: case TY_UINT8:
        return 1;
    case TY_INT16: case TY_UINT16:
        return 2;
    case TY_INT32: case TY_UINT32: case TY_FLOAT32:
        return 4;
    case TY_STRING: case TY_INTERFACE:
        return 16;
    case TY_SLICE:
        return 24;
    case TY_ARRAY:
        return t->len * type_size(t->elem);
    case TY_STRUCT: {
        int64_t off = 0;
        for (int i = 0; i < t->nfields; i++) {
            int64_t fa = type_align(t->fields[i].type);
            off = (off + fa - 1) / fa * fa;
            off += type_size(t->fields[i].type);
        }
        /* Go pads a struct whose last field is zero-sized and follows others */
        if (t->nfields > 0 && off > 0 && type_size(t->fields[t->nfields - 1].type) == 0)
            off++;
        int64_t a = type_align(t);
        return (off + a - 1) / a * a;
    }
    default:
        return 8;
    }
}

/* Go's Default: the type an untyped constant takes without context. */
Type *type_default(Type *t)
{
    if (!t)
        return t;
    switch (t->kind) {
    case TY_UNTYPED_BOOL: return type_bool;
    case TY_UNTYPED_INT: return type_int;
    case TY_UNTYPED_RUNE: return type_rune;     /* gc prints "rune" */
    case TY_UNTYPED_FLOAT: return type_float64;
    case TY_UNTYPED_STRING: return type_string;
    default: return t;
    }
}

/* ---- spelling ---------------------------------------------------------- */

typedef struct Buf {
    char *s;
    size_t len, cap;
} Buf;

static void buf_puts(Buf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        b->cap = (b->len + n + 1) * 2;
        b->s = realloc(b->s, b->cap);
    }
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

static void write_type(Buf *b, Type *t, bool rt);

static void write_sig(Buf *b, Type *t, bool rt)
{
    buf_puts(b, "(");
    for (int i = 0; i < t->nfields; i++) {
        if (i)
            buf_puts(b, ", ");
        if (!rt && t->fields[i].name) {
            buf_puts(b, t->fields[i].name);
            buf_puts(b, " ");
        }
        if (t->variadic && i == t->nfields - 1) {
            buf_puts(b, "...");
            write_type(b, t->fields[i].type->elem, rt);
        } else {
            write_type(b, t->fields[i].type, rt);
        }
    }
    buf_puts(b, ")");
    if (t->nresults == 0)
        return;
    buf_puts(b, " ");
    bool paren = t->nresults > 1 || (!rt && t->results[0].name);
    if (paren)
        buf_puts(b, "(");
    for (int i = 0; i < t->nresults; i++) {
        if (i)
            buf_puts(b, ", ");
        if (!rt && t->results[i].name) {
            buf_puts(b, t->results[i].name);
            buf_puts(b, " ");
        }
        write_type(b, t->results[i].type, rt);
    }
    if (paren)
        buf_puts(b, ")");
}

static void write_type(Buf *b, Type *t, bool rt)
{
    char tmp[32];
    if (!t) {
        buf_puts(b, "<nil>");
        return;
    }
    switch (t->kind) {
    case TY_NAMED:
        if (t->pkg && (rt || strcmp(t->pkg, "main"))) {
            const char *slash = strrchr(t->pkg, '/');
            buf_puts(b, slash ? slash + 1 : t->pkg);
            buf_puts(b, ".");
        }
        buf_puts(b, t->name);
        return;
    case TY_ARRAY:
        snprintf(tmp, sizeof tmp, "[%lld]", (long long)t->len);
        buf_puts(b, tmp);
        write_type(b, t->elem, rt);
        return;
    case TY_SLICE:
        buf_puts(b, "[]");
        write_type(b, t->elem, rt);
        return;
    case TY_POINTER:
        buf_puts(b, "*");
        write_type(b, t->elem, rt);
        return;
    case TY_MAP:
        buf_puts(b, "map[");
        write_type(b, t->key, rt);
        buf_puts(b, "]");
        write_type(b, t->elem, rt);
        return;
    case TY_CHAN:
        buf_puts(b, t->dir == CHAN_RECV ? "<-chan " : t->dir == CHAN_SEND ? "chan<- " : "chan ");
        if (t->dir != CHAN_SEND && t->elem->kind == TY_CHAN && t->elem->dir == CHAN_RECV) {
            buf_puts(b, "(");
            write_type(b, t->elem, rt);
            buf_puts(b, ")");
        } else {
            write_type(b, t->elem, rt);
        }
        return;
    case TY_FUNC:
        buf_puts(b, "func");
        write_sig(b, t, rt);
        return;
    case TY_TUPLE:
        buf_puts(b, "(");
        for (int i = 0; i < t->nfields; i++) {
            if (i)
                buf_puts(b, ", ");
            write_type(b, t->fields[i].type, rt);
        }
        buf_puts(b, ")");
        return;
    case TY_STRUCT:
        buf_puts(b, rt ? "struct {" : "struct{");
        for (int i = 0; i < t->nfields; i++) {
            buf_puts(b, i ? "; " : rt ? " " : "");
            if (!t->fields[i].embedded) {
                buf_puts(b, t->fields[i].name);
                buf_puts(b, " ");
            }
            write_type(b, t->fields[i].type, rt);
        }
        buf_puts(b, rt && t->nfields ? " }" : "}");
        return;
    case TY_INTERFACE:
        if (t == type_any) {
            buf_puts(b, rt ? "interface {}" : "any");
            return;
        }
        buf_puts(b, rt ? "interface {" : "interface{");
        for (int i = 0; i < t->nfields; i++) {
            buf_puts(b, i ? "; " : rt ? " " : "");
            buf_puts(b, t->fields[i].name);
            write_sig(b, t->fields[i].type, rt);
        }
        buf_puts(b, rt && t->nfields ? " }" : "}");
        return;
    default:
        if (rt && (t == type_byte || t == type_rune))
            t = t == type_byte ? type_uint8 : type_int32;
        buf_puts(b, t->name ? t->name : "?");
        return;
    }
}

const char *type_str(Type *t)
{
    Buf b = {0};
    buf_puts(&b, "");
    write_type(&b, t, false);
    return b.s;
}

const char *type_rtstr(Type *t)
{
    Buf b = {0};
    buf_puts(&b, "");
    write_type(&b, t, true);
    return b.s;
}
