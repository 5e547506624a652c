/* sysmod.c - the time, os, math and rtrans modules. */
#include "runtime/lib/rtlib-int.h"
#include <errno.h>
#include <pthread.h>
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/stat.h>
#include <unistd.h>

stm_ref rt_str_from_os(const char *s);

/* ------------------------------------------------------------------ time */

static double clock_seconds(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

double rt_time_time(void) { return clock_seconds(CLOCK_REALTIME); }
double rt_time_perf_counter(void) { return clock_seconds(CLOCK_MONOTONIC); }
double rt_time_monotonic(void) { return clock_seconds(CLOCK_MONOTONIC); }

void rt_time_sleep(double seconds)
{
    if (isnan(seconds)) {
        rt_raise(RT_EXC_VALUE_ERROR, "Invalid value NaN (not a number)");
        return;
    }
    if (seconds < 0) {
        rt_raise(RT_EXC_VALUE_ERROR, "sleep length must be non-negative");
        return;
    }
    if (seconds > 9.2e9) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "sleep length is too large");
        return;
    }
    /* other threads run meanwhile; the caller starts the next transaction */
    stm_leave_transactional_zone();
    if (rt_async_sleep(seconds))
        rt_async_raise_after_blocking();    /* KeyboardInterrupt */
}

/* Broken-down times: the fields travel in an int array in struct_time's
 * order (RT_TM_*: month 1-12, Monday = weekday 0, day of the year from 1),
 * converted here to and from C's struct tm the way CPython's gettmarg does,
 * so that localtime, mktime and strftime are libc's own (the zone rules of
 * $TZ or /etc/localtime, POSIX TZ strings, leap seconds if the zone has
 * them) and agree with CPython byte for byte. */
static void tm_to_fields(const struct tm *tm, int64_t *f)
{
    f[RT_TM_YEAR] = (int64_t)tm->tm_year + 1900;
    f[RT_TM_MON] = tm->tm_mon + 1;
    f[RT_TM_MDAY] = tm->tm_mday;
    f[RT_TM_HOUR] = tm->tm_hour;
    f[RT_TM_MIN] = tm->tm_min;
    f[RT_TM_SEC] = tm->tm_sec;
    f[RT_TM_WDAY] = (tm->tm_wday + 6) % 7;
    f[RT_TM_YDAY] = tm->tm_yday + 1;
    f[RT_TM_ISDST] = tm->tm_isdst;
    f[RT_TM_GMTOFF] = tm->tm_gmtoff;
}

/* Returns 0 and raises OverflowError if a field does not fit C's int. */
static int fields_to_tm(const int64_t *f, struct tm *tm)
{
    memset(tm, 0, sizeof *tm);
    for (int i = 0; i < RT_TM_GMTOFF; i++)
        if (f[i] < INT32_MIN || f[i] > INT32_MAX) {
            rt_raise(RT_EXC_OVERFLOW_ERROR, "signed integer is %s",
                     f[i] < 0 ? "less than minimum" : "greater than maximum");
            return 0;
        }
    if (f[RT_TM_YEAR] < (int64_t)INT32_MIN + 1900) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "year out of range");
        return 0;
    }
    tm->tm_year = (int)(f[RT_TM_YEAR] - 1900);
    tm->tm_mon = (int)f[RT_TM_MON] - 1;
    tm->tm_mday = (int)f[RT_TM_MDAY];
    tm->tm_hour = (int)f[RT_TM_HOUR];
    tm->tm_min = (int)f[RT_TM_MIN];
    tm->tm_sec = (int)f[RT_TM_SEC];
    tm->tm_wday = (int)((f[RT_TM_WDAY] + 1) % 7);
    tm->tm_yday = (int)f[RT_TM_YDAY] - 1;
    tm->tm_isdst = (int)f[RT_TM_ISDST];
    tm->tm_gmtoff = (long)f[RT_TM_GMTOFF];
    return 1;
}

/* The fields live in the GC heap (a %gs-relative address under --stm):
 * copied element by element; 0 if the array is too short. */
static int copy_fields_in(stm_ref a, int64_t *f)
{
    rt_int_array RT_GC *arr = (rt_int_array RT_GC *)a;
    if (arr->length < RT_TM_NFIELDS)
        return 0;
    for (int i = 0; i < RT_TM_NFIELDS; i++)
        f[i] = arr->items[i];
    return 1;
}

static void copy_fields_out(const int64_t *f, stm_ref a)
{
    rt_int_array RT_GC *arr = (rt_int_array RT_GC *)a;
    for (int i = 0; i < RT_TM_NFIELDS && i < arr->length; i++)
        arr->items[i] = f[i];
}

stm_ref rt_time_fields(int64_t secs, int64_t local, stm_ref out)
{
    time_t t = (time_t)secs;
    struct tm tm;
    if (!(local ? localtime_r(&t, &tm) : gmtime_r(&t, &tm))) {
        rt_raise_errno(errno ? errno : EOVERFLOW, 0);
        return 0;
    }
    int64_t f[RT_TM_NFIELDS];
    tm_to_fields(&tm, f);
    stm_write(out);
    copy_fields_out(f, out);
    return rt_str_from_os(tm.tm_zone ? tm.tm_zone : "");
}

double rt_time_mktime(stm_ref fields)
{
    stm_read(fields);
    int64_t f[RT_TM_NFIELDS];
    struct tm tm;
    if (!copy_fields_in(fields, f) || !fields_to_tm(f, &tm))
        return -1.0;
    tm.tm_wday = -1;    /* mktime leaves it alone only when it fails */
    time_t t = mktime(&tm);
    if (t == (time_t)-1 && tm.tm_wday == -1) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "mktime argument out of range");
        return -1.0;
    }
    return (double)t;
}

/* CPython's checktm: a zero month, day or day of the year means the first. */
static int check_tm(struct tm *tm)
{
    static const struct { int off, lo, hi; const char *what; } rules[] = {
        { offsetof(struct tm, tm_mon), 0, 11, "month out of range" },
        { offsetof(struct tm, tm_mday), 1, 31, "day of month out of range" },
        { offsetof(struct tm, tm_hour), 0, 23, "hour out of range" },
        { offsetof(struct tm, tm_min), 0, 59, "minute out of range" },
        { offsetof(struct tm, tm_sec), 0, 61, "seconds out of range" },
        { offsetof(struct tm, tm_wday), 0, 6, "day of week out of range" },
        { offsetof(struct tm, tm_yday), 0, 365, "day of year out of range" },
    };
    if (tm->tm_mon == -1)
        tm->tm_mon = 0;
    if (tm->tm_mday == 0)
        tm->tm_mday = 1;
    if (tm->tm_yday == -1)
        tm->tm_yday = 0;
    for (size_t i = 0; i < sizeof rules / sizeof rules[0]; i++) {
        int v = *(int *)((char *)tm + rules[i].off);
        if (v < rules[i].lo || v > rules[i].hi) {
            rt_raise(RT_EXC_VALUE_ERROR, "%s", rules[i].what);
            return 0;
        }
    }
    if (tm->tm_isdst < -1)
        tm->tm_isdst = -1;
    else if (tm->tm_isdst > 1)
        tm->tm_isdst = 1;
    return 1;
}

static stm_ref format_tm(const char *fmt, size_t fmtlen, const struct tm *tm)
{
    /* CPython's loop: a zero length may be an empty result or a short
     * buffer, so grow up to 256 bytes per format byte before believing it */
    for (size_t cap = 1024;; cap += cap) {
        char *buf = rt_xmalloc(cap);
        size_t n = strftime(buf, cap, fmt, tm);
        if (n > 0 || cap >= 256 * fmtlen) {
            buf[n] = '\0';
            size_t slot = rt_tmp_track(buf);
            stm_ref r = rt_str_from_os(buf);
            rt_tmp_free(slot, buf);
            return r;
        }
        free(buf);
    }
}

stm_ref rt_time_strftime(stm_ref format, stm_ref fields, stm_ref zone)
{
    stm_read(fields);
    int64_t f[RT_TM_NFIELDS];
    struct tm tm;
    if (!copy_fields_in(fields, f) || !fields_to_tm(f, &tm) || !check_tm(&tm))
        return 0;
    size_t len, zlen;
    char *fmt = rt_str_to_utf8(format, &len);
    char *z = rt_str_to_utf8(zone, &zlen);
    stm_ref r = 0;
    if (fmt && z && strlen(fmt) == len) {
        tm.tm_zone = z;
        size_t s1 = rt_tmp_track(fmt), s2 = rt_tmp_track(z);
        r = format_tm(fmt, len, &tm);
        rt_tmp_free(s2, z);
        rt_tmp_free(s1, fmt);
        return r;
    }
    if (fmt && strlen(fmt) != len)
        rt_raise(RT_EXC_VALUE_ERROR, "embedded null character");
    free(fmt);
    free(z);
    return r;
}

/* ------------------------------------------------------------------- sys */

/* sys.setrecursionlimit: generated code raises RecursionError when a call
 * would make stm_tl.depth, its frames of recursive functions (those on a
 * cycle of the call graph), exceed it.  One limit for every thread, as in
 * CPython; the default is CPython's. */
int64_t rt_recursion_limit = 1000;

void rt_sys_setrecursionlimit(int64_t n)
{
    if (n < 1) {
        rt_raise(RT_EXC_VALUE_ERROR, "recursion limit must be greater or equal than 1");
        return;
    }
    if (n > INT32_MAX) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "Python int too large to convert to C int");
        return;
    }
    if (stm_tl.depth >= n) {
        rt_raise(RT_EXC_RECURSION_ERROR, "cannot set the recursion limit to %lld at the "
                 "recursion depth %lld: the limit is too low",
                 (long long)n, (long long)stm_tl.depth);
        return;
    }
    __atomic_store_n(&rt_recursion_limit, n, __ATOMIC_RELAXED);
}

int64_t rt_sys_getrecursionlimit(void)
{
    return __atomic_load_n(&rt_recursion_limit, __ATOMIC_RELAXED);
}

/* -------------------------------------------------------------------- os */

stm_ref rt_os_environ_get(stm_ref name, stm_ref dflt)
{
    size_t len;
    char *n = rt_str_to_utf8(name, &len);
    if (!n)
        return 0;
    if (strlen(n) != len) {         /* no such variable can exist */
        free(n);
        return dflt;
    }
    const char *v = getenv(n);
    free(n);
    if (!v)
        return dflt;
    return rt_str_from_os(v);
}

/* os.environ[name] = value and del os.environ[name] (putenv/unsetenv
 * under CPython): C strings without NUL, a name without '='. */
static char *env_name(stm_ref name)
{
    size_t len;
    char *n = rt_str_to_utf8(name, &len);
    if (!n)
        return NULL;
    if (strlen(n) != len) {
        free(n);
        rt_raise(RT_EXC_VALUE_ERROR, "embedded null byte");
        return NULL;
    }
    if (len == 0 || strchr(n, '=')) {
        free(n);
        rt_raise(RT_EXC_VALUE_ERROR, "illegal environment variable name");
        return NULL;
    }
    return n;
}

void rt_os_setenv(stm_ref name, stm_ref value)
{
    char *n = env_name(name);
    if (!n)
        return;
    size_t len;
    char *v = rt_str_to_utf8(value, &len);
    if (v && strlen(v) != len)
        rt_raise(RT_EXC_VALUE_ERROR, "embedded null byte");
    else if (v && setenv(n, v, 1) != 0)
        rt_raise_errno(errno, 0);
    free(v);
    free(n);
}

void rt_os_unsetenv(stm_ref name)
{
    char *n = env_name(name);
    if (n && unsetenv(n) != 0)
        rt_raise_errno(errno, 0);
    free(n);
}

void rt_time_tzset(void) { tzset(); }

int64_t rt_os_getpid(void) { return (int64_t)getpid(); }

/* A seed for random's shared generator when none is given (CPython reads
 * os.urandom): the clock and the process id, mixed. */
int64_t rt_random_seed_entropy(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t x = (uint64_t)ts.tv_sec * 1000000007u ^ (uint64_t)ts.tv_nsec ^ ((uint64_t)getpid() << 40);
    x ^= x >> 31;
    x *= 0x9e3779b97f4a7c15u;
    return (int64_t)(x >> 1);
}

/* What path names, following links: 0 nothing (or an error, as
 * os.path.exists treats it), 1 a regular file, 2 a directory, 3 other. */
int64_t rt_os_stat_kind(stm_ref path)
{
    size_t len;
    char *p = rt_str_to_utf8(path, &len);
    if (!p) {
        stm_tl.exc = 0;         /* unencodable: no such file */
        return 0;
    }
    struct stat st;
    int r = strlen(p) != len ? -1 : stat(p, &st);
    free(p);
    if (r != 0)
        return 0;
    return S_ISREG(st.st_mode) ? 1 : S_ISDIR(st.st_mode) ? 2 : 3;
}

stm_ref rt_os_getcwd(void)
{
    char *buf = getcwd(NULL, 0);
    if (!buf) {
        rt_raise_errno(errno, 0);
        return 0;
    }
    stm_ref r = rt_str_from_os(buf);
    free(buf);
    return r;
}

int64_t rt_os_cpu_count(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? n : 1;
}

void rt_os_exit(int64_t code)
{
    /* no flush, as CPython's; committed output still reaches the layers,
     * so what stderr's line buffering wrote in CPython is written */
    rt_out_at_exit();
    _exit((int)code);
}

/* ------------------------------------------------------------------ math */

static double domain_error(void)
{
    rt_raise(RT_EXC_VALUE_ERROR, "math domain error");
    return 0;
}

static double range_error(void)
{
    rt_raise(RT_EXC_OVERFLOW_ERROR, "math range error");
    return 0;
}

/* CPython's math_1: a NaN from a non-NaN argument is a domain error; an
 * infinity from a finite argument is a range error for functions that can
 * overflow, a domain error (a pole: log(0)) for the others. */
static double math_1(double x, double (*fn)(double), int can_overflow)
{
    double r = fn(x);
    if (isnan(r) && !isnan(x))
        return domain_error();
    if (isinf(r) && isfinite(x))
        return can_overflow ? range_error() : domain_error();
    return r;
}

double rt_math_sqrt(double x) { return math_1(x, sqrt, 0); }
double rt_math_exp(double x) { return math_1(x, exp, 1); }
double rt_math_log(double x) { return math_1(x, log, 0); }
double rt_math_log2(double x) { return math_1(x, log2, 0); }
double rt_math_log10(double x) { return math_1(x, log10, 0); }
double rt_math_sin(double x) { return math_1(x, sin, 0); }
double rt_math_cos(double x) { return math_1(x, cos, 0); }
double rt_math_tan(double x) { return math_1(x, tan, 0); }
double rt_math_atan(double x) { return math_1(x, atan, 0); }
double rt_math_asin(double x) { return math_1(x, asin, 0); }
double rt_math_acos(double x) { return math_1(x, acos, 0); }
double rt_math_sinh(double x) { return math_1(x, sinh, 1); }
double rt_math_cosh(double x) { return math_1(x, cosh, 1); }
double rt_math_tanh(double x) { return math_1(x, tanh, 0); }
double rt_math_log1p(double x) { return math_1(x, log1p, 0); }
double rt_math_expm1(double x) { return math_1(x, expm1, 1); }
double rt_math_exp2(double x) { return math_1(x, exp2, 1); }
double rt_math_cbrt(double x) { return math_1(x, cbrt, 0); }
double rt_math_asinh(double x) { return math_1(x, asinh, 0); }
double rt_math_acosh(double x) { return math_1(x, acosh, 0); }
double rt_math_atanh(double x) { return math_1(x, atanh, 0); }
double rt_math_erf(double x) { return math_1(x, erf, 0); }
double rt_math_erfc(double x) { return math_1(x, erfc, 0); }
double rt_math_fabs(double x) { return fabs(x); }
double rt_math_atan2(double y, double x) { return atan2(y, x); }
double rt_math_copysign(double x, double y) { return copysign(x, y); }
uint8_t rt_math_isnan(double x) { return isnan(x) != 0; }
uint8_t rt_math_isinf(double x) { return isinf(x) != 0; }
uint8_t rt_math_isfinite(double x) { return isfinite(x) != 0; }

double rt_math_log_base(double x, double base)
{
    double num = rt_math_log(x);
    if (stm_tl.exc)
        return 0;
    double den = rt_math_log(base);
    if (stm_tl.exc)
        return 0;
    return rt_float_div(num, den);
}

double rt_math_hypot(double x, double y)
{
    if (isinf(x) || isinf(y))
        return INFINITY;
    double r = hypot(x, y);
    if (isinf(r))
        return range_error();
    return r;
}

double rt_math_fmod(double x, double y)
{
    if (isinf(y) && isfinite(x))
        return x;
    double r = fmod(x, y);
    if (isnan(r) && !isnan(x) && !isnan(y))
        return domain_error();
    return r;
}

int64_t rt_math_gcd(int64_t a, int64_t b)
{
    uint64_t x = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
    uint64_t y = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    if (x > INT64_MAX) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "integer overflow");
        return 0;
    }
    return (int64_t)x;
}

/* math.pow: CPython handles IEEE specials itself, then asks libm. */
static int math_pow_special(double x, double y, double *r)
{
    if (isfinite(x) && isfinite(y))
        return 0;
    if (isnan(x))
        *r = y == 0 ? 1.0 : x;
    else if (isnan(y))
        *r = x == 1.0 ? 1.0 : y;
    else if (isinf(x)) {
        int odd_y = isfinite(y) && fmod(fabs(y), 2.0) == 1.0;
        if (y > 0)
            *r = odd_y ? x : fabs(x);
        else if (y == 0)
            *r = 1.0;
        else
            *r = odd_y ? copysign(0.0, x) : 0.0;
    } else if (fabs(x) == 1.0)
        *r = 1.0;
    else if (y > 0 && fabs(x) > 1.0)
        *r = y;
    else if (y < 0 && fabs(x) < 1.0)
        *r = -y;
    else
        *r = 0.0;
    return 1;
}

double rt_math_pow(double x, double y)
{
    double r;
    if (math_pow_special(x, y, &r))
        return r;
    r = pow(x, y);
    if (isnan(r))
        return domain_error();
    if (isinf(r))
        return x == 0 ? domain_error() : range_error();
    return r;
}

int64_t rt_math_floor(double x) { return rt_float_to_int(floor(x)); }
int64_t rt_math_ceil(double x) { return rt_float_to_int(ceil(x)); }
int64_t rt_math_trunc(double x) { return rt_float_to_int(trunc(x)); }

/* ---------------------------------------------------------------- rtrans */

void rt_rtrans_transaction_break_point(void)
{
    if (stm_should_break_transaction())
        stm_commit_transaction();
}

void rt_rtrans_become_inevitable(void)
{
    stm_become_inevitable("rtrans.become_inevitable()");
}

void rt_rtrans_hint_commit_soon(void) { stm_hint_commit_soon_if_others(); }
uint8_t rt_rtrans_is_atomic(void) { return stm_is_atomic() != 0; }

/* The two halves of `with rtrans.atomic:` for an interpreter whose
 * program opens and closes sections at run time (its own `with atomic:`);
 * the depth is thread state that an abort restores. */
void rt_rtrans_enter_atomic(void) { stm_enter_atomic(); }

void rt_rtrans_leave_atomic(void)
{
    if (!stm_is_atomic()) {
        rt_raise(RT_EXC_RUNTIME_ERROR, "leave_atomic() outside an atomic section");
        return;
    }
    stm_leave_atomic();
}

/* How many threads can run transactions at the same time: 1 with a GIL. */
int64_t rt_rtrans_segment_limit(void)
{
#ifdef RTRANS_STM
    return stm_segments();
#else
    return 1;
#endif
}

/* Marker labels (RTRANS_STM_LOG only): each distinct label text gets an
 * id, recorded in the log once, and travels in the marker's upper bits so
 * that conflict reports print "label:line". */
static pthread_mutex_t labels_lock = PTHREAD_MUTEX_INITIALIZER;
static char **label_texts;
static uint32_t nlabels;

static char *label_utf8(stm_ref label)
{
    int64_t n = str_len(label);
    char *text = malloc((size_t)n * 4 + 1);
    if (!text)
        return NULL;
    size_t len = 0;
    for (int64_t i = 0; i < n; i++)
        len += (size_t)rt_utf8_put(str_at(label, i), text + len);
    text[len] = 0;
    return text;
}

static uint32_t label_id(stm_ref label)
{
    char *text = label_utf8(label);
    if (!text)
        return 0;
    pthread_mutex_lock(&labels_lock);
    uint32_t id = 0;
    for (uint32_t i = 0; i < nlabels && !id; i++)
        if (strcmp(label_texts[i], text) == 0)
            id = i + 1;
    char **grown = id ? NULL : realloc(label_texts, sizeof(char *) * (nlabels + 1));
    if (grown) {
        label_texts = grown;
        label_texts[nlabels++] = text;
        id = nlabels;
        stm_log_marker_label(id, text);
        text = NULL;
    }
    pthread_mutex_unlock(&labels_lock);
    free(text);
    return id;
}

void rt_rtrans_push_marker(int64_t line, stm_ref label)
{
    uint64_t id = label && stm_log_enabled() ? label_id(label) : 0;
    stm_push_marker((uintptr_t)((id << STM_MARKER_LABEL_SHIFT) | (uint32_t)line), label);
}

/* The two slots on top of the shadow stack are a marker pushed by
 * push_marker; anything else (an unbalanced pop, an update after the
 * marker was dropped with its frame) would overwrite or drop GC roots. */
static int marker_on_top(const char *what)
{
    if (stm_tl.ss_top - 2 >= stm_tl.ss_base && STM_IS_MARKER(stm_tl.ss_top[-2]))
        return 1;
    rt_raise(RT_EXC_RUNTIME_ERROR, "rtrans.%s() without a matching rtrans.push_marker()"
             " in the same function", what);
    return 0;
}

void rt_rtrans_update_marker(int64_t line)
{
    if (!marker_on_top("update_marker"))
        return;
    uint64_t label = STM_MARKER_VALUE(stm_tl.ss_top[-2]) >> STM_MARKER_LABEL_SHIFT;
    stm_update_marker((uintptr_t)((label << STM_MARKER_LABEL_SHIFT) | (uint32_t)line));
}

void rt_rtrans_pop_marker(void)
{
    if (marker_on_top("pop_marker"))
        stm_pop_marker();
}

/* ldexp: specials pass through; an exponent beyond int is clamped, as
 * CPython does (the result then overflows or underflows anyway). */
double rt_math_ldexp(double x, int64_t e)
{
    if (x == 0 || !isfinite(x))
        return x;
    int ie = e > INT32_MAX ? INT32_MAX : e < INT32_MIN ? INT32_MIN : (int)e;
    double r = ldexp(x, ie);
    if (isinf(r))
        return range_error();
    return r;
}

/* frexp split in two calls (the prelude builds the tuple). */
double rt_math_frexp_mant(double x)
{
    if (x == 0 || !isfinite(x))
        return x;
    int e;
    return frexp(x, &e);
}

int64_t rt_math_frexp_exp(double x)
{
    if (x == 0 || !isfinite(x))
        return 0;
    int e;
    frexp(x, &e);
    return e;
}

/* modf as CPython: an infinity has fraction +-0.0. */
double rt_math_modf_frac(double x)
{
    if (isinf(x))
        return copysign(0.0, x);
    double ip;
    return modf(x, &ip);
}

double rt_math_modf_int(double x)
{
    if (!isfinite(x))
        return x;
    double ip;
    modf(x, &ip);
    return ip;
}

/* The floor of the square root of n >= 0, exact for every int64. */
int64_t rt_math_isqrt(int64_t n)
{
    if (n < 0) {
        rt_raise(RT_EXC_VALUE_ERROR, "isqrt() argument must be nonnegative");
        return 0;
    }
    uint64_t r = (uint64_t)sqrt((double)n);
    while (r * r > (uint64_t)n)
        r--;
    while ((r + 1) * (r + 1) <= (uint64_t)n)
        r++;
    return (int64_t)r;
}
