/*
 * stress_map: 8 goroutines, each owning its maps (Go's maps are not
 * shared without locks), run 60,000 random operations each on a
 * map[int]int and a map[string]int — insert, update, delete, lookup,
 * comma-ok, occasional full range checks and clears — against a shadow
 * array, yielding and collecting now and then so goroutines move between
 * threads and the collector runs under them.  Every result is checked;
 * the output is one line.  Run by `make test`, `make test-tsan` and
 * `make test-asan`, so the sizes are modest.
 */
#include "map_common.h"

MAPTYPE(t_int_int, &gort_type_int, &gort_type_int, "map[int]int");
MAPTYPE(t_str_int, &gort_type_string, &gort_type_int, "map[string]int");

#define NG 8
#define OPS 60000
#define KEYS 1500

static gort_waitgroup wg;
static int64_t total_ops;

static uint64_t rnd(uint64_t *s) {
    *s ^= *s << 13;
    *s ^= *s >> 7;
    *s ^= *s << 17;
    return *s;
}

typedef struct Shadow {
    int64_t val[KEYS];
    bool has[KEYS];
    gort_string names[KEYS];
} Shadow;

static void verify(gort_map *mi, gort_map *ms, Shadow *sh) {
    int64_t n = 0;
    for (int64_t k = 0; k < KEYS; k++) n += sh->has[k];
    CHECK(gort_maplen(mi) == n && gort_maplen(ms) == n);
    gort_mapiter it;
    int64_t seen = 0;
    for (gort_mapiterinit(&t_int_int, mi, &it); it.key; gort_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        CHECK(k >= 0 && k < KEYS && sh->has[k] && *(int64_t *)it.elem == sh->val[k]);
        seen++;
    }
    CHECK(seen == n);
    seen = 0;
    for (gort_mapiterinit(&t_str_int, ms, &it); it.key; gort_mapiternext(&it)) {
        int64_t v = *(int64_t *)it.elem;
        CHECK(v >= 0 && v < KEYS && sh->has[v] && streq(*(gort_string *)it.key, sh->names[v]));
        seen++;
    }
    CHECK(seen == n);
}

static void worker(void *p) {
    int64_t id = *(int64_t *)p;
    uint64_t s = 0x9e3779b97f4a7c15ULL * (uint64_t)(id + 1);
    Shadow *sh = gort_alloc(sizeof *sh);
    for (int64_t k = 0; k < KEYS; k++) sh->names[k] = mkstr("name/", k);
    gort_map *mi = gort_makemap(&t_int_int, id % 2 ? 100 : 0);
    gort_map *ms = gort_makemap(&t_str_int, 0);
    for (int64_t op = 0; op < OPS; op++) {
        uint64_t r = rnd(&s);
        int64_t k = (int64_t)((r >> 8) % KEYS);
        switch (r % 16) {
        case 0: case 1: case 2: case 3: case 4: { /* insert or update */
            int64_t v = (int64_t)(r >> 20) & 0xffffff;
            *(int64_t *)gort_mapassign(&t_int_int, mi, &k) = v;
            *(int64_t *)gort_mapassign(&t_str_int, ms, &sh->names[k]) = k;
            sh->val[k] = v;
            sh->has[k] = true;
            break;
        }
        case 5: case 6: case 7: /* delete */
            gort_mapdelete(&t_int_int, mi, &k);
            gort_mapdelete(&t_str_int, ms, &sh->names[k]);
            sh->has[k] = false;
            break;
        case 8: case 9: case 10: case 11: { /* lookups */
            bool ok;
            int64_t v = *(int64_t *)gort_mapaccess2(&t_int_int, mi, &k, &ok);
            CHECK(ok == sh->has[k] && v == (ok ? sh->val[k] : 0));
            gort_string name = mkstr("name/", k); /* a fresh copy of the key */
            v = *(int64_t *)gort_mapaccess1(&t_str_int, ms, &name);
            CHECK(v == (sh->has[k] ? k : 0));
            break;
        }
        case 12: /* m[k]++ */
            if (sh->has[k]) {
                (*(int64_t *)gort_mapassign(&t_int_int, mi, &k))++;
                sh->val[k]++;
            }
            break;
        case 13:
            if (op % 64 == 13) gort_gosched();
            break;
        case 14:
            if (op % 4096 == 14) verify(mi, ms, sh);
            break;
        case 15:
            if (op % 20000 == 15) {
                gort_mapclear(&t_int_int, mi);
                gort_mapclear(&t_str_int, ms);
                for (int64_t j = 0; j < KEYS; j++) sh->has[j] = false;
            }
            if (id == 0 && op % 15000 == 15) gort_gc();
            break;
        }
        GORT_BACKEDGE();
    }
    verify(mi, ms, sh);
    __atomic_add_fetch(&total_ops, OPS, __ATOMIC_SEQ_CST);
    gort_waitgroup_done(&wg);
}

static void entry(void) {
    gort_waitgroup_add(&wg, NG);
    for (int64_t i = 0; i < NG; i++) gort_go(worker, &i, sizeof i);
    gort_waitgroup_wait(&wg);
    gort_printf("%d goroutines, %ld operations ok\n", NG,
                __atomic_load_n(&total_ops, __ATOMIC_SEQ_CST));
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
