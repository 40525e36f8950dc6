/*
 * rtest.h — shared by the runtime's C tests.  The tests use the runtime
 * exactly as generated code will: gort.h entry points and macros only.
 *
 * A test is a program; tools/runtests.sh compares its stdout, stderr and
 * exit status with the golden files beside it (NAME.out, NAME.err,
 * NAME.exit).  CHECK failures print the condition and exit 1.
 */
#ifndef RTEST_H
#define RTEST_H
#include "gort.h"

#define CHECK(cond)                                                         \
    do {                                                                    \
        if (!(cond)) {                                                      \
            gort_dprintf(2, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, \
                         #cond);                                            \
            gort_exit(1);                                                   \
        }                                                                   \
    } while (0)

#define MS (1000000LL)

/* The entry stub generated for every function: check the stack, run the
 * body here or on a new segment.  RTEST_SPLIT_FN1 declares the stub for a
 * function of one int64 argument returning int64, whose body is NAME_body.
 * The growth path is a cold function of its own, so the stub (inlined into
 * callers) adds no frame: one load, a subtraction, a compare, a call. */
#define RTEST_SPLIT_FN1(name, frame)                                  \
    static int64_t name##_body(int64_t) __attribute__((noinline));    \
    struct name##_args { int64_t a0, r; };                            \
    static void name##_thunk(void *p) {                               \
        struct name##_args *a = p;                                    \
        a->r = name##_body(a->a0);                                    \
    }                                                                 \
    static __attribute__((noinline, cold)) int64_t name##_grow(int64_t a0) { \
        struct name##_args a = {a0, 0};                               \
        gort_morestack(name##_thunk, &a, frame);                      \
        return a.r;                                                   \
    }                                                                 \
    static inline int64_t name(int64_t a0) {                          \
        if (GORT_LIKELY(GORT_STACK_OK(frame))) return name##_body(a0); \
        return name##_grow(a0);                                       \
    }

/* A read the compiler cannot see through: keeps a frame's local alive. */
static __attribute__((noinline, unused)) int64_t rtest_use(volatile int64_t *p) { return *p; }

/* A split function that only has a frame: a call for tests of the entry
 * stub's stack check (preemption, deferred wake-ups). */
#define RTEST_SPLIT_LEAF(name, frame)        \
    RTEST_SPLIT_FN1(name, frame)             \
    static int64_t name##_body(int64_t n) {  \
        volatile int64_t x = n;              \
        return rtest_use(&x);                \
    }

#endif
