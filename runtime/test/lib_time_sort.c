/*
 * lib_time_sort: time.Duration.String, time.Time.String (UTC, no
 * monotonic reading), a Timer's channel of Time, Ticker and AfterFunc,
 * and sort.SliceStable / SliceIsSorted over a func value, called as gocc
 * calls the shims.  Golden: the equivalent Go program (times in UTC).
 */
#include "fmt_common.h"

typedef struct { int64_t wall, mono; bool hasMono; } Time;
typedef struct { gort_chan *C; void *r; } Timer;

gort_string gort_time_Duration_String(int64_t d);
gort_string gort_time_Time_String(Time t);
Timer *gort_time_NewTimer(int64_t d);
Timer *gort_time_NewTicker(int64_t d);
Timer *gort_time_AfterFunc(int64_t d, gort_func *f);
bool gort_time_Timer_Stop(Timer *t);
bool gort_time_Timer_Reset(Timer *t, int64_t d);
void gort_time_Ticker_Stop(Timer *t);
void gort_sort_SliceStable(gort_eface x, gort_func *less);
bool gort_sort_SliceIsSorted(gort_eface x, gort_func *less);
void gort_sort_Slice(gort_eface x, gort_func *less);

#define STRV(x) BOX(gort_type_string, gort_string, (x))

/* A closure: less(i, j) compares the keys of the pairs in *s. */
typedef struct { int64_t key, seq; } Pair;
typedef struct {
    void (*fn)(void);
    gort_slice *s;
} LessEnv;
static bool less_key(LessEnv *env, int64_t i, int64_t j) {
    Pair *p = env->s->ptr;
    return p[i].key < p[j].key;
}

static const gort_type main_pair = {
    .size = sizeof(Pair), .kind = GORT_STRUCT, .align = 8, .flags = GORT_TF_NAMED,
    .str = GORT_STR("main.pair"),
};
SLICE_T(slice_pair, main_pair, "[]main.pair");

typedef struct {
    void (*fn)(void);
    gort_chan *done;
} FuncEnv;
static void fired(FuncEnv *env) {
    gort_printf("AfterFunc ran\n");
    bool t = true;
    gort_chansend(env->done, &t);
}

static void entry(void) {
    int64_t ds[] = {0, 1, 999, 1000, 1500, 1000000, 2500000, 999999999, 1000000000,
                    1500000000, 60000000000, 90000000000, 3600000000000, 3723004005006,
                    -1500, -90000000000, INT64_MAX, INT64_MIN};
    for (size_t i = 0; i < sizeof ds / sizeof ds[0]; i++)
        PRINTLN(STRV(gort_time_Duration_String(ds[i])));
    int64_t walls[] = {0, 1257894000123456789, 1257894000500000000, -1, 951782400000000000,
                       4102444800000000000};
    for (size_t i = 0; i < sizeof walls / sizeof walls[0]; i++)
        PRINTLN(STRV(gort_time_Time_String((Time){walls[i], 0, false})));

    Timer *t = gort_time_NewTimer(5 * MS);
    Time got;
    gort_chanrecv(t->C, &got);
    PRINTLN(S("timer fired, hasMono:"), B(got.hasMono), S("stop after fire:"),
            B(gort_time_Timer_Stop(t)));
    Timer *t2 = gort_time_NewTimer(3600 * 1000 * MS);
    PRINTLN(S("stop before fire:"), B(gort_time_Timer_Stop(t2)));
    PRINTLN(S("reset stopped:"), B(gort_time_Timer_Reset(t2, 1 * MS)));
    gort_chanrecv(t2->C, &got);
    PRINTLN(S("reset timer fired"));
    Timer *tk = gort_time_NewTicker(2 * MS);
    for (int i = 0; i < 3; i++) gort_chanrecv(tk->C, &got);
    gort_time_Ticker_Stop(tk);
    PRINTLN(S("ticker ticked 3 times"));
    FuncEnv *fe = gort_alloc(sizeof *fe);
    fe->fn = (void (*)(void))fired;
    fe->done = gort_makechan(sizeof(bool), 0);
    Timer *af = gort_time_AfterFunc(1 * MS, (gort_func *)fe);
    PRINTLN(S("AfterFunc C is nil:"), B(af->C == NULL));
    bool b;
    gort_chanrecv(fe->done, &b);

    /* Stable sort of 100 pairs on key = seq*7 % 5: equal keys keep seq order. */
    enum { N = 100 };
    gort_slice s = {gort_alloc(N * sizeof(Pair)), N, N};
    Pair *p = s.ptr;
    for (int i = 0; i < N; i++) p[i] = (Pair){(i * 7) % 5, i};
    LessEnv *le = gort_alloc(sizeof *le);
    le->fn = (void (*)(void))less_key;
    le->s = gort_alloc(sizeof *le->s);
    *le->s = s;
    gort_eface x = {&slice_pair, le->s};
    PRINTLN(S("sorted before:"), B(gort_sort_SliceIsSorted(x, (gort_func *)le)));
    gort_sort_SliceStable(x, (gort_func *)le);
    PRINTLN(S("sorted after:"), B(gort_sort_SliceIsSorted(x, (gort_func *)le)));
    for (int i = 0; i < N; i += 9) PRINTF("%d:%d ", I(p[i].key), I(p[i].seq));
    PRINTLN();
    bool stable = true;
    for (int i = 1; i < N; i++)
        if (p[i].key == p[i - 1].key && p[i].seq < p[i - 1].seq) stable = false;
    PRINTLN(S("stable:"), B(stable));
    gort_sort_Slice((gort_eface){&gort_type_int, NULL}, (gort_func *)le);
}


int main(int argc, char **argv) { return gort_start(argc, argv, entry); }
