/*
 * map_gc: a map is the only reference to its keys and values, and they
 * survive collections.  map[*Node]*Node (pointer keys and values),
 * map[string][]int-like values (a string key and a pointer in a 64-byte
 * value) and an interface{}-keyed map are built in functions that return
 * only the map, then gort_gc() runs 20 times while other allocations
 * churn the heap (reused memory would be overwritten with a pattern);
 * every key and value is checked afterwards, and again after deleting
 * half and growing the maps further.
 */
#include "map_common.h"


typedef struct Node {
    int64_t id;
    int64_t check;
    struct Node *next;
} Node;

/* Pointer keys: the compiler gives *Node memequal64/memhash64, and the
 * POINTERS flag so the table is scanned. */
static const gort_type t_nodeptr = {
    .size = 8, .kind = GORT_POINTER, .align = 8, .flags = GORT_TF_POINTERS | GORT_TF_DIRECT,
    .str = GORT_STR("*main.Node"), .equal = gort_memequal64, .hashfn = gort_memhash64,
};
MAPTYPE(t_pp, &t_nodeptr, &t_nodeptr, "map[*main.Node]*main.Node");

typedef struct Val {
    int64_t *data;   /* points to n int64s */
    int64_t n;
    int64_t pad[6];
} Val;
static bool Val_equal(const void *a, const void *b) { return memcmp(a, b, sizeof(Val)) == 0; }
static uint64_t Val_hash(const void *p, uint64_t s) { return gort_memhash(p, sizeof(Val), s); }
static const gort_type t_Val = {
    .size = sizeof(Val), .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_POINTERS,
    .str = GORT_STR("main.Val"), .equal = Val_equal, .hashfn = Val_hash,
};
MAPTYPE(t_sv, &gort_type_string, &t_Val, "map[string]main.Val");
MAPTYPE(t_any_ptr, &gort_type_any, &t_nodeptr, "map[interface {}]*main.Node");

#define N 3000

static Node *mknode(int64_t id) {
    Node *n = gort_alloc(sizeof *n);
    n->id = id;
    n->check = id * 31 + 7;
    n->next = gort_alloc(sizeof *n);
    n->next->id = -id;
    n->next->check = -id * 31 + 7;
    return n;
}
static bool nodeok(const Node *n, int64_t id) {
    return n->id == id && n->check == id * 31 + 7 && n->next->id == -id &&
           n->next->check == -id * 31 + 7;
}

static __attribute__((noinline)) gort_map *build_pp(void) {
    gort_map *m = gort_makemap(&t_pp, 0);
    for (int64_t i = 0; i < N; i++) {
        Node *k = mknode(i);
        *(Node **)gort_mapassign(&t_pp, m, &k) = mknode(i + N);
    }
    return m;
}
static __attribute__((noinline)) gort_map *build_sv(void) {
    gort_map *m = gort_makemap(&t_sv, 0);
    for (int64_t i = 0; i < N; i++) {
        gort_string k = mkstr("key-", i);
        Val *v = gort_mapassign(&t_sv, m, &k);
        v->n = i % 17 + 1;
        v->data = gort_alloc_noscan((size_t)v->n * 8);
        for (int64_t j = 0; j < v->n; j++) v->data[j] = i * 100 + j;
    }
    return m;
}
static __attribute__((noinline)) gort_map *build_any(void) {
    gort_map *m = gort_makemap(&t_any_ptr, 0);
    for (int64_t i = 0; i < N; i++) {
        gort_eface k;
        if (i % 2) {
            gort_string *s = gort_alloc(sizeof *s);
            *s = mkstr("ik", i);
            k = (gort_eface){&gort_type_string, s};
        } else {
            int64_t *p = gort_alloc(8);
            *p = i;
            k = (gort_eface){&gort_type_int, p};
        }
        *(Node **)gort_mapassign(&t_any_ptr, m, &k) = mknode(i);
    }
    return m;
}

static __attribute__((noinline)) void churn(void) {
    for (int i = 0; i < 2000; i++) {
        int64_t *g = gort_alloc(24 + (size_t)(i % 5) * 8);
        g[0] = g[1] = g[2] = (int64_t)0xdeadbeefdeadbeefULL;
        int64_t *h = gort_alloc_noscan(64);
        h[0] = h[7] = -1;
    }
}

static void check_pp(gort_map *m, int64_t want, bool halved) {
    CHECK(gort_maplen(m) == want);
    int64_t n = 0;
    gort_mapiter it;
    for (gort_mapiterinit(&t_pp, m, &it); it.key; gort_mapiternext(&it)) {
        Node *k = *(Node **)it.key, *v = *(Node **)it.elem;
        CHECK(nodeok(k, k->id) && k->id >= 0 && k->id < N);
        CHECK(!halved || k->id % 2 == 1);
        CHECK(nodeok(v, k->id + N));
        CHECK(*(Node **)gort_mapaccess1(&t_pp, m, &k) == v);
        n++;
    }
    CHECK(n == want);
}
static void check_sv(gort_map *m, int64_t want) {
    CHECK(gort_maplen(m) == want);
    for (int64_t i = 0; i < N; i++) {
        gort_string k = mkstr("key-", i);
        bool ok;
        Val *v = gort_mapaccess2(&t_sv, m, &k, &ok);
        if (!ok) continue;
        CHECK(v->n == i % 17 + 1);
        for (int64_t j = 0; j < v->n; j++) CHECK(v->data[j] == i * 100 + j);
    }
}
static void check_any(gort_map *m) {
    int64_t n = 0;
    gort_mapiter it;
    for (gort_mapiterinit(&t_any_ptr, m, &it); it.key; gort_mapiternext(&it)) {
        gort_eface k = *(gort_eface *)it.key;
        Node *v = *(Node **)it.elem;
        if (k.type == &gort_type_int) {
            CHECK(nodeok(v, *(int64_t *)k.data));
        } else {
            CHECK(k.type == &gort_type_string);
            CHECK(streq(*(gort_string *)k.data, mkstr("ik", v->id)));
            CHECK(nodeok(v, v->id));
        }
        n++;
    }
    CHECK(n == gort_maplen(m));
}

static void entry(void) {
    gort_map *pp = build_pp(), *sv = build_sv(), *any = build_any();
    for (int i = 0; i < 20; i++) {
        churn();
        gort_gc();
    }
    check_pp(pp, N, false);
    check_sv(sv, N);
    check_any(any);
    /* delete half, grow with more, collect again */
    gort_mapiter it;
    for (gort_mapiterinit(&t_pp, pp, &it); it.key; gort_mapiternext(&it)) {
        Node *k = *(Node **)it.key;
        if (k->id % 2 == 0) gort_mapdelete(&t_pp, pp, &k);
    }
    for (int64_t i = 0; i < N; i += 2) {
        gort_string k = mkstr("key-", i);
        gort_mapdelete(&t_sv, sv, &k);
    }
    for (int i = 0; i < 10; i++) {
        churn();
        gort_gc();
    }
    check_pp(pp, N / 2, true);
    check_sv(sv, N / 2);
    check_any(any);
    gort_printf("ok\n");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
