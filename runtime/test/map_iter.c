/*
 * map_iter: range over a map, with Go's guarantees under mutation.
 *
 *  1. Every entry is produced exactly once (10,000 int keys; also a
 *     string map), and the values are the right ones.
 *  2. Deleting during the loop: each step deletes its own key and another
 *     not yet seen; a deleted entry is never produced afterwards, and
 *     every entry is either produced or deleted.
 *  3. Growing during the loop: each step inserts 10 new keys (the table
 *     doubles many times under the iterator); every pre-existing key is
 *     produced exactly once, new keys at most once.
 *  4. Growing and deleting: as 3, also deleting keys not yet produced;
 *     those never come out, and values updated after the growth come out
 *     updated (the iterator reads the live entry).
 *  5. NaN keys survive a growth under the iterator: produced once each;
 *     clear(m) during the loop stops everything that was there.
 *  6. Order is random: the first key of a 100-entry map and of a 3-entry
 *     map varies between loops; an empty or nil map's loop runs 0 times.
 *  7. gort_mapentries gives every entry once.
 * Output is deterministic: one "ok" line per part.
 */
#include "map_common.h"

#include <math.h>

MAPTYPE(t_int_int, &gort_type_int, &gort_type_int, "map[int]int");
MAPTYPE(t_str_int, &gort_type_string, &gort_type_int, "map[string]int");
MAPTYPE(t_f64_int, &gort_type_float64, &gort_type_int, "map[float64]int");

#define SET(m, k, v) (*(int64_t *)gort_mapassign(&t_int_int, (m), &(int64_t){k}) = (v))
#define HAS(m, k) has((m), (k))
static bool has(gort_map *m, int64_t k) {
    bool ok;
    gort_mapaccess2(&t_int_int, m, &k, &ok);
    return ok;
}
static void del(gort_map *m, int64_t k) { gort_mapdelete(&t_int_int, m, &k); }

static uint8_t *counts(int64_t n) { return gort_alloc_noscan((size_t)n); }

static void part1(void) {
    enum { N = 10000 };
    gort_map *m = gort_makemap(&t_int_int, 0);
    for (int64_t i = 0; i < N; i++) SET(m, i, i * 2 + 1);
    uint8_t *seen = counts(N);
    gort_mapiter it;
    int64_t n = 0;
    for (gort_mapiterinit(&t_int_int, m, &it); it.key; gort_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        CHECK(k >= 0 && k < N);
        CHECK(*(int64_t *)it.elem == k * 2 + 1);
        seen[k]++;
        n++;
    }
    CHECK(n == N);
    for (int64_t i = 0; i < N; i++) CHECK(seen[i] == 1);
    gort_map *s = gort_makemap(&t_str_int, 0);
    for (int64_t i = 0; i < 1000; i++) {
        gort_string k = mkstr("s", i);
        *(int64_t *)gort_mapassign(&t_str_int, s, &k) = i;
    }
    seen = counts(1000);
    for (gort_mapiterinit(&t_str_int, s, &it); it.key; gort_mapiternext(&it)) {
        gort_string k = *(gort_string *)it.key;
        int64_t v = *(int64_t *)it.elem;
        CHECK(streq(k, mkstr("s", v)));
        seen[v]++;
    }
    for (int64_t i = 0; i < 1000; i++) CHECK(seen[i] == 1);
    gort_printf("part1 ok\n");
}

static void part2(void) {
    enum { N = 5000 };
    gort_map *m = gort_makemap(&t_int_int, 0);
    for (int64_t i = 0; i < N; i++) SET(m, i, i);
    uint8_t *seen = counts(N), *deleted = counts(N);
    gort_mapiter it;
    for (gort_mapiterinit(&t_int_int, m, &it); it.key; gort_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        CHECK(!deleted[k]);
        seen[k]++;
        del(m, k); /* deleting the current entry is fine */
        deleted[k] = 1;
        int64_t other = (k * 7 + 3) % N;
        if (!seen[other] && !deleted[other]) {
            CHECK(HAS(m, other));
            del(m, other);
            deleted[other] = 1;
        }
    }
    int64_t nseen = 0;
    for (int64_t i = 0; i < N; i++) {
        CHECK(seen[i] <= 1);
        CHECK(deleted[i]);
        nseen += seen[i];
    }
    CHECK(gort_maplen(m) == 0);
    CHECK(nseen < N);
    gort_printf("part2 ok\n");
}

static void part3(void) {
    enum { N = 1000, NEW = 1000000 };
    gort_map *m = gort_makemap(&t_int_int, 0);
    for (int64_t i = 0; i < N; i++) SET(m, i, i);
    uint8_t *seen = counts(N), *seennew = counts(N * 10 + 10);
    int64_t next = NEW;
    gort_mapiter it;
    for (gort_mapiterinit(&t_int_int, m, &it); it.key; gort_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key;
        if (k >= NEW) {
            CHECK(k < next);
            seennew[k - NEW]++;
            CHECK(seennew[k - NEW] == 1);
            continue;
        }
        CHECK(k >= 0 && k < N);
        CHECK(*(int64_t *)it.elem == k);
        seen[k]++;
        for (int j = 0; j < 10 && next < NEW + N * 10; j++, next++) SET(m, next, next);
    }
    for (int64_t i = 0; i < N; i++) CHECK(seen[i] == 1);
    CHECK(gort_maplen(m) == N + N * 10);
    gort_printf("part3 ok\n");
}

static void part4(void) {
    enum { N = 4000, NEW = 1000000 };
    gort_map *m = gort_makemap(&t_int_int, 0);
    for (int64_t i = 0; i < N; i++) SET(m, i, i);
    uint8_t *seen = counts(N), *deleted = counts(N), *updated = counts(N);
    int64_t next = NEW, steps = 0;
    gort_mapiter it;
    for (gort_mapiterinit(&t_int_int, m, &it); it.key; gort_mapiternext(&it)) {
        int64_t k = *(int64_t *)it.key, v = *(int64_t *)it.elem;
        if (k >= NEW) continue;
        CHECK(!deleted[k]);
        CHECK(v == (updated[k] ? -k : k));
        seen[k]++;
        steps++;
        for (int j = 0; j < 3; j++, next++) SET(m, next, 0);
        /* delete one unseen key, update another */
        int64_t d = (k * 13 + steps) % N, u = (k * 17 + 5) % N;
        if (!seen[d] && !deleted[d]) {
            del(m, d);
            deleted[d] = 1;
        }
        if (!deleted[u] && !seen[u]) {
            SET(m, u, -u);
            updated[u] = 1;
        }
    }
    for (int64_t i = 0; i < N; i++) CHECK(seen[i] + deleted[i] == 1);
    gort_printf("part4 ok\n");
}

static void part5(void) {
    gort_map *m = gort_makemap(&t_f64_int, 0);
    double nan = NAN;
    for (int64_t i = 0; i < 5; i++) *(int64_t *)gort_mapassign(&t_f64_int, m, &nan) = 100 + i;
    for (int64_t i = 0; i < 20; i++) *(int64_t *)gort_mapassign(&t_f64_int, m, &(double){i}) = i;
    int64_t nans = 0, nums = 0, added = 0;
    gort_mapiter it;
    for (gort_mapiterinit(&t_f64_int, m, &it); it.key; gort_mapiternext(&it)) {
        double k = *(double *)it.key;
        if (k != k) {
            nans++;
            CHECK(*(int64_t *)it.elem >= 100);
        } else if (k < 20) {
            nums++;
        }
        /* grow the table several times under the iterator */
        for (int j = 0; j < 50; j++, added++)
            *(int64_t *)gort_mapassign(&t_f64_int, m, &(double){1000 + added}) = 0;
    }
    CHECK(nans == 5 && nums == 20);
    /* clear during the loop: nothing that was there comes out after it */
    int64_t after = 0;
    bool cleared = false;
    for (gort_mapiterinit(&t_f64_int, m, &it); it.key; gort_mapiternext(&it)) {
        if (cleared) after++;
        if (!cleared) {
            gort_mapclear(&t_f64_int, m);
            cleared = true;
        }
    }
    CHECK(after == 0 && gort_maplen(m) == 0);
    /* and with the iterator on an old table (grown, then cleared) */
    for (int64_t i = 0; i < 5; i++) *(int64_t *)gort_mapassign(&t_f64_int, m, &nan) = i;
    for (int64_t i = 0; i < 5; i++) *(int64_t *)gort_mapassign(&t_f64_int, m, &(double){i}) = i;
    after = 0;
    cleared = false;
    for (gort_mapiterinit(&t_f64_int, m, &it); it.key; gort_mapiternext(&it)) {
        if (cleared) after++;
        if (!cleared) {
            for (int j = 0; j < 200; j++)
                *(int64_t *)gort_mapassign(&t_f64_int, m, &(double){5000 + j}) = 0;
            gort_mapclear(&t_f64_int, m);
            cleared = true;
        }
    }
    CHECK(after == 0);
    gort_printf("part5 ok\n");
}

static int64_t firstkey(gort_map *m) {
    gort_mapiter it;
    gort_mapiterinit(&t_int_int, m, &it);
    return *(int64_t *)it.key;
}

static void part6(void) {
    gort_map *m = gort_makemap(&t_int_int, 0);
    for (int64_t i = 0; i < 100; i++) SET(m, i, i);
    int64_t f0 = firstkey(m);
    bool differs = false;
    for (int i = 0; i < 50 && !differs; i++) differs = firstkey(m) != f0;
    CHECK(differs);
    gort_map *s = gort_makemap(&t_int_int, 0);
    for (int64_t i = 0; i < 3; i++) SET(s, i, i);
    f0 = firstkey(s);
    differs = false;
    for (int i = 0; i < 100 && !differs; i++) differs = firstkey(s) != f0;
    CHECK(differs);
    gort_mapiter it;
    int64_t n = 0;
    gort_map *e = gort_makemap(&t_int_int, 10);
    for (gort_mapiterinit(&t_int_int, e, &it); it.key; gort_mapiternext(&it)) n++;
    for (gort_mapiterinit(&t_int_int, NULL, &it); it.key; gort_mapiternext(&it)) n++;
    SET(e, 1, 1);
    del(e, 1);
    for (gort_mapiterinit(&t_int_int, e, &it); it.key; gort_mapiternext(&it)) n++;
    CHECK(n == 0);
    gort_printf("part6 ok\n");
}

static void part7(void) {
    enum { N = 777 };
    gort_map *m = gort_makemap(&t_int_int, 0);
    for (int64_t i = 0; i < N; i++) SET(m, i, -i);
    CHECK(gort_mapentries(&t_int_int, m, NULL, NULL, 0) == N);
    const void **keys = gort_alloc(N * sizeof(void *)), **elems = gort_alloc(N * sizeof(void *));
    CHECK(gort_mapentries(&t_int_int, m, keys, elems, N) == N);
    uint8_t *seen = counts(N);
    for (int64_t i = 0; i < N; i++) {
        int64_t k = *(const int64_t *)keys[i];
        CHECK(k >= 0 && k < N && *(const int64_t *)elems[i] == -k);
        seen[k]++;
    }
    for (int64_t i = 0; i < N; i++) CHECK(seen[i] == 1);
    CHECK(gort_mapentries(&t_int_int, NULL, keys, elems, N) == 0);
    gort_printf("part7 ok\n");
}

static void entry(void) {
    part1();
    part2();
    part3();
    part4();
    part5();
    part6();
    part7();
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
