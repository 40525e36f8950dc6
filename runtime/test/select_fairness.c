/*
 * select_fairness: among ready cases select chooses uniformly at random.
 *
 * Four buffered channels (capacity 1) are kept full; 100,000 selects
 * receive from all four, and the chosen channel is refilled.  Then the
 * same with four send cases on empty channels, the chosen one drained.
 * A nil-channel case is mixed in each time and must never be chosen.
 * Each real case must be chosen 25% +- 2% of the time (the binomial
 * standard deviation is 0.14%, so a fair select never fails this and a
 * biased one, e.g. always the first ready case, always does).
 */
#include "rtest.h"

#define ROUNDS 100000
#define LO (ROUNDS / 4 - ROUNDS / 50)
#define HI (ROUNDS / 4 + ROUNDS / 50)

static int64_t cnt[5];

static bool fair(void) {
    bool ok = cnt[4] == 0;
    for (int i = 0; i < 4; i++) ok = ok && cnt[i] >= LO && cnt[i] <= HI;
    return ok;
}

static void report(const char *what) {
    if (fair()) {
        gort_printf("%s: ok\n", what);
        return;
    }
    gort_printf("%s: %lld %lld %lld %lld nil:%lld\n", what, (long long)cnt[0], (long long)cnt[1],
                (long long)cnt[2], (long long)cnt[3], (long long)cnt[4]);
    gort_exit(1);
}

static void entry(void) {
    gort_chan *c[4];
    int64_t vals[5] = {0};
    gort_scase cs[5];
    for (int i = 0; i < 4; i++) {
        c[i] = gort_makechan(8, 1);
        int64_t v = i;
        gort_chansend(c[i], &v);
    }
    /* The nil case sits in the middle of the array. */
    for (int i = 0, j = 0; i < 5; i++) {
        if (i == 2) {
            cs[i] = (gort_scase){NULL, &vals[4], false};
            continue;
        }
        cs[i] = (gort_scase){c[j], &vals[j], false};
        j++;
    }
    static const int chanof[5] = {0, 1, 4, 2, 3};
    for (int r = 0; r < ROUNDS; r++) {
        bool ok = false;
        int k = gort_select(cs, 5, false, &ok);
        CHECK(k >= 0 && k < 5 && ok);
        int ch = chanof[k];
        CHECK(ch != 4 && vals[ch] == ch);
        cnt[ch]++;
        gort_chansend(c[ch], &vals[ch]);
    }
    report("receive");

    for (int i = 0; i < 5; i++) cnt[i] = 0;
    for (int i = 0; i < 4; i++) gort_chanrecv(c[i], NULL); /* now empty */
    for (int i = 0; i < 5; i++) cs[i].send = true;
    for (int i = 0; i < 4; i++) vals[i] = 100 + i;
    for (int r = 0; r < ROUNDS; r++) {
        int k = gort_select(cs, 5, true, NULL);
        CHECK(k >= 0 && k < 5);
        int ch = chanof[k];
        CHECK(ch != 4);
        cnt[ch]++;
        int64_t v = -1;
        gort_chanrecv(c[ch], &v);
        CHECK(v == 100 + ch);
        for (int i = 0; i < 4; i++) CHECK(gort_chanlen(c[i]) == 0);
    }
    report("send");
}

int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
