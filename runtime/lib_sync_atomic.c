/*
 * lib_sync_atomic.c — the bodyless functions of package sync/atomic
 * (compiler/lib/sync_atomic.g): the compiler's atomic builtins,
 * sequentially consistent as Go's, and Value's methods.
 *
 * A Value is { p *any }: the current value lives in a heap box that is
 * never written after it is published, and p is loaded and swapped
 * atomically, so Load sees a whole value.  Go's panics: a nil value, or
 * one of another dynamic type than the first stored.
 */
#include "gort.h"

#define SC __ATOMIC_SEQ_CST

#define ATOMICS(Name, T)                                                          \
    T gort_sync_atomic_Add##Name(T *addr, T delta) {                              \
        return __atomic_add_fetch(addr, delta, SC);                               \
    }                                                                             \
    T gort_sync_atomic_Load##Name(T *addr) { return __atomic_load_n(addr, SC); }  \
    void gort_sync_atomic_Store##Name(T *addr, T val) { __atomic_store_n(addr, val, SC); } \
    T gort_sync_atomic_Swap##Name(T *addr, T new_) {                              \
        return __atomic_exchange_n(addr, new_, SC);                               \
    }                                                                             \
    bool gort_sync_atomic_CompareAndSwap##Name(T *addr, T old, T new_) {          \
        return __atomic_compare_exchange_n(addr, &old, new_, false, SC, SC);      \
    }

ATOMICS(Int32, int32_t)
ATOMICS(Int64, int64_t)
ATOMICS(Uint32, uint32_t)
ATOMICS(Uint64, uint64_t)
ATOMICS(Uintptr, uintptr_t)

typedef struct {
    gort_eface *p;
} lib_Value;

static void nilderef(const void *p) {
    if (!p) gort_panic_runtime("invalid memory address or nil pointer dereference");
}

/* func (v *Value) Load() (val any) */
gort_eface gort_sync_atomic_Value_Load(lib_Value *v) {
    nilderef(v);
    gort_eface *b = __atomic_load_n(&v->p, SC);
    return b ? *b : (gort_eface){NULL, NULL};
}

static gort_eface *box(gort_eface val, const char *nilmsg) {
    if (!val.type) gort_panicstr((gort_string){(const uint8_t *)nilmsg,
                                               (int64_t)__builtin_strlen(nilmsg)});
    gort_eface *b = gort_alloc(sizeof *b);
    *b = val;
    return b;
}

static void checktype(gort_eface *old, gort_eface val, const char *msg) {
    if (old && !gort_typeeq(old->type, val.type))
        gort_panicstr((gort_string){(const uint8_t *)msg, (int64_t)__builtin_strlen(msg)});
}

/* func (v *Value) Store(val any) */
void gort_sync_atomic_Value_Store(lib_Value *v, gort_eface val) {
    nilderef(v);
    gort_eface *b = box(val, "sync/atomic: store of nil value into Value");
    checktype(__atomic_load_n(&v->p, SC), val,
              "sync/atomic: store of inconsistently typed value into Value");
    __atomic_store_n(&v->p, b, SC);
}

/* func (v *Value) Swap(new any) (old any) */
gort_eface gort_sync_atomic_Value_Swap(lib_Value *v, gort_eface new_) {
    nilderef(v);
    gort_eface *b = box(new_, "sync/atomic: swap of nil value into Value");
    checktype(__atomic_load_n(&v->p, SC), new_,
              "sync/atomic: swap of inconsistently typed value into Value");
    gort_eface *old = __atomic_exchange_n(&v->p, b, SC);
    return old ? *old : (gort_eface){NULL, NULL};
}

/* func (v *Value) CompareAndSwap(old, new any) (swapped bool) */
bool gort_sync_atomic_Value_CompareAndSwap(lib_Value *v, gort_eface old, gort_eface new_) {
    nilderef(v);
    gort_eface *b = box(new_, "sync/atomic: compare and swap of nil value into Value");
    if (old.type && !gort_typeeq(old.type, new_.type))
        gort_panicstr(GORT_STR("sync/atomic: compare and swap of inconsistently typed values"));
    for (;;) {
        gort_eface *cur = __atomic_load_n(&v->p, SC);
        if (!cur) {
            if (old.type) return false;
        } else {
            checktype(cur, new_,
                      "sync/atomic: compare and swap of inconsistently typed value into Value");
            if (!gort_efaceeq(*cur, old)) return false;
        }
        if (__atomic_compare_exchange_n(&v->p, &cur, b, false, SC, SC)) return true;
    }
}
