/*
 * lib_math.c — the bodyless functions of package math
 * (compiler/lib/math.g): the C library's, which agree with Go's to the
 * last bit for the correctly rounded operations (Sqrt, Floor, Ceil,
 * Trunc, Round, RoundToEven, Mod, Remainder, Ldexp, Frexp, Modf) and to
 * within an ulp for the others.  They are leaf functions with small
 * frames, called directly on the goroutine's stack.  RoundToEven uses the
 * default rounding mode, which Go programs cannot change.
 */
#include "gort.h"

#include <math.h>
#include <string.h>

uint64_t gort_math_Float64bits(double f) {
    uint64_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

double gort_math_Float64frombits(uint64_t b) {
    double f;
    memcpy(&f, &b, sizeof f);
    return f;
}

uint32_t gort_math_Float32bits(float f) {
    uint32_t b;
    memcpy(&b, &f, sizeof b);
    return b;
}

float gort_math_Float32frombits(uint32_t b) {
    float f;
    memcpy(&f, &b, sizeof f);
    return f;
}

double gort_math_Sqrt(double x) { return sqrt(x); }
double gort_math_Cbrt(double x) { return cbrt(x); }
double gort_math_Exp(double x) { return exp(x); }
double gort_math_Exp2(double x) { return exp2(x); }
double gort_math_Expm1(double x) { return expm1(x); }
double gort_math_Log(double x) { return log(x); }
double gort_math_Log2(double x) { return log2(x); }
double gort_math_Log10(double x) { return log10(x); }
double gort_math_Log1p(double x) { return log1p(x); }
double gort_math_Floor(double x) { return floor(x); }
double gort_math_Ceil(double x) { return ceil(x); }
double gort_math_Trunc(double x) { return trunc(x); }
double gort_math_Round(double x) { return round(x); }
double gort_math_RoundToEven(double x) { return nearbyint(x); }
double gort_math_Sin(double x) { return sin(x); }
double gort_math_Cos(double x) { return cos(x); }
double gort_math_Tan(double x) { return tan(x); }
double gort_math_Asin(double x) { return asin(x); }
double gort_math_Acos(double x) { return acos(x); }
double gort_math_Atan(double x) { return atan(x); }
double gort_math_Sinh(double x) { return sinh(x); }
double gort_math_Cosh(double x) { return cosh(x); }
double gort_math_Tanh(double x) { return tanh(x); }
double gort_math_Asinh(double x) { return asinh(x); }
double gort_math_Acosh(double x) { return acosh(x); }
double gort_math_Atanh(double x) { return atanh(x); }
double gort_math_Gamma(double x) { return tgamma(x); }
double gort_math_Erf(double x) { return erf(x); }
double gort_math_Erfc(double x) { return erfc(x); }
double gort_math_Pow(double x, double y) { return pow(x, y); }
double gort_math_Mod(double x, double y) { return fmod(x, y); }
double gort_math_Remainder(double x, double y) { return remainder(x, y); }
double gort_math_Hypot(double p, double q) { return hypot(p, q); }
double gort_math_Atan2(double y, double x) { return atan2(y, x); }

/* func Pow10(n int) float64: 10**n, 0 below 1e-323, +Inf above 1e308. */
double gort_math_Pow10(int64_t n) {
    if (n < -323) return 0;
    if (n > 308) return HUGE_VAL;
    return pow(10, (double)n);
}

/* func Modf(f float64) (int float64, frac float64) */
double gort_math_Modf(double f, double *frac) {
    double i;
    *frac = modf(f, &i);
    return i;
}

/* func Frexp(f float64) (frac float64, exp int) */
double gort_math_Frexp(double f, int64_t *exp) {
    int e = 0;
    double fr = frexp(f, &e);
    *exp = isfinite(f) ? e : 0;
    return fr;
}

/* func Ldexp(frac float64, exp int) float64 */
double gort_math_Ldexp(double frac, int64_t exp) {
    if (exp > 100000) exp = 100000;
    if (exp < -100000) exp = -100000;
    return ldexp(frac, (int)exp);
}
