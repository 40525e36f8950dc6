/*
 * lib_sync.c — the bodyless methods of package sync (compiler/lib/sync.g).
 *
 * The prelude lays Mutex, RWMutex, WaitGroup and Once out as the
 * runtime's gort_mutex, gort_rwmutex, gort_waitgroup and gort_once
 * (checked below), so the receivers go to sync.c as they are.
 *
 * Cond is { L Locker; n notifyList; m Mutex }: n is a gort_cond whose
 * mutex is the Cond's private m, because the runtime's condition
 * variable needs a gort_mutex and L may be any Locker.  Wait takes m,
 * then unlocks L, and sleeps on n (which takes a ticket and releases m
 * atomically); Signal and Broadcast take m, so one cannot slip between
 * a waiter's L.Unlock and its ticket and be lost.
 */
#include "gort.h"

/* The prelude's layouts (G structs are laid out as C lays them out). */
typedef struct { uint32_t count, nwait, lock, pad; void *waitq; } lib_sema;
typedef struct { int32_t state; uint32_t pad; lib_sema sema; } lib_Mutex;
typedef struct { lib_Mutex w; int32_t readers, readWait; lib_sema wsem, rsem; } lib_RWMutex;
typedef struct { uint64_t state; lib_sema sema; } lib_WaitGroup;
typedef struct { uint32_t done, pad; lib_Mutex m; } lib_Once;
typedef struct { lib_Mutex *l; uint32_t wait, notify, lock, pad; void *waitq; } lib_notifyList;
typedef struct { gort_iface L; lib_notifyList n; lib_Mutex m; } lib_Cond;

#define SAME_LAYOUT(a, b) \
    _Static_assert(sizeof(a) == sizeof(b) && _Alignof(a) == _Alignof(b), #a " is not " #b)
SAME_LAYOUT(lib_sema, gort_sema);
SAME_LAYOUT(lib_Mutex, gort_mutex);
SAME_LAYOUT(lib_RWMutex, gort_rwmutex);
SAME_LAYOUT(lib_WaitGroup, gort_waitgroup);
SAME_LAYOUT(lib_Once, gort_once);
SAME_LAYOUT(lib_notifyList, gort_cond);

void gort_sync_Mutex_Lock(gort_mutex *m) { gort_mutex_lock(m); }
void gort_sync_Mutex_Unlock(gort_mutex *m) { gort_mutex_unlock(m); }
bool gort_sync_Mutex_TryLock(gort_mutex *m) { return gort_mutex_trylock(m); }

void gort_sync_RWMutex_Lock(gort_rwmutex *rw) { gort_rwmutex_lock(rw); }
void gort_sync_RWMutex_Unlock(gort_rwmutex *rw) { gort_rwmutex_unlock(rw); }
void gort_sync_RWMutex_RLock(gort_rwmutex *rw) { gort_rwmutex_rlock(rw); }
void gort_sync_RWMutex_RUnlock(gort_rwmutex *rw) { gort_rwmutex_runlock(rw); }

void gort_sync_WaitGroup_Add(gort_waitgroup *wg, int64_t delta) { gort_waitgroup_add(wg, delta); }
void gort_sync_WaitGroup_Done(gort_waitgroup *wg) { gort_waitgroup_done(wg); }
void gort_sync_WaitGroup_Wait(gort_waitgroup *wg) { gort_waitgroup_wait(wg); }

/* func (o *Once) Do(f func()): f is a func value, called as f->fn(f). */
void gort_sync_Once_Do(gort_once *o, gort_func *f) {
    if (!f) gort_panic_runtime("invalid memory address or nil pointer dereference");
    gort_once_do(o, (void (*)(void *))f->fn, f);
}

/* L.Lock() / L.Unlock() through the Locker's itab (methods sorted by
 * name: Lock, then Unlock). */
static void locker_call(gort_iface l, int i) {
    if (!l.tab) gort_panic_runtime("invalid memory address or nil pointer dereference");
    ((void (*)(void *))l.tab->fun[i])(l.data);
}

void gort_sync_Cond_Wait(lib_Cond *c) {
    gort_cond *n = (gort_cond *)&c->n;
    n->L = (gort_mutex *)&c->m;
    gort_mutex_lock(n->L);
    locker_call(c->L, 1);
    gort_cond_wait(n); /* ticket, unlock m, park, lock m */
    gort_mutex_unlock(n->L);
    locker_call(c->L, 0);
}

void gort_sync_Cond_Signal(lib_Cond *c) {
    gort_cond *n = (gort_cond *)&c->n;
    gort_mutex_lock((gort_mutex *)&c->m);
    gort_cond_signal(n);
    gort_mutex_unlock((gort_mutex *)&c->m);
}

void gort_sync_Cond_Broadcast(lib_Cond *c) {
    gort_cond *n = (gort_cond *)&c->n;
    gort_mutex_lock((gort_mutex *)&c->m);
    gort_cond_broadcast(n);
    gort_mutex_unlock((gort_mutex *)&c->m);
}
