/*
 * lib_runtime.c — the bodyless functions of package runtime
 * (compiler/lib/runtime.g): the scheduler's own entry points under
 * gocc's names for them.
 */
#include "gort.h"

/* func GOMAXPROCS(n int) int */
int64_t gort_runtime_GOMAXPROCS(int64_t n) { return gort_gomaxprocs(n); }

/* func NumGoroutine() int */
int64_t gort_runtime_NumGoroutine(void) { return gort_numgoroutine(); }

/* func NumCPU() int */
int64_t gort_runtime_NumCPU(void) { return gort_numcpu(); }

/* func Gosched() */
void gort_runtime_Gosched(void) { gort_gosched(); }

/* func Goexit() */
void gort_runtime_Goexit(void) { gort_goexit(); }

/* func GC() */
void gort_runtime_GC(void) { gort_gc(); }
