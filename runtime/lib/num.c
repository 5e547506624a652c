/* num.c - int and float: repr, parsing, conversion, rounding, arithmetic
 * and hashing with CPython 3.11's results and error messages.
 *
 * Float texts rely on glibc's printf and strtod being correctly rounded
 * (they are, for every precision, in the default rounding mode). */
#include "runtime/lib/rtlib-int.h"
#include <math.h>
#include <errno.h>
#include <stdlib.h>
#include <stdio.h>

/* ------------------------------------------------------------------ repr */

int rt_u64_to_dec(uint64_t v, char *buf)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (int i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = 0;
    return n;
}

stm_ref rt_int_repr(int64_t v)
{
    char buf[24];
    int n = 0;
    uint64_t u = (uint64_t)v;
    if (v < 0) {
        buf[n++] = '-';
        u = -u;
    }
    n += rt_u64_to_dec(u, buf + n);
    return rt_str_ascii(buf, (size_t)n);
}

stm_ref rt_bool_repr(uint8_t v)
{
    return v ? rt_str_ascii("True", 4) : rt_str_ascii("False", 5);
}

/* Digits of v (> 0) correctly rounded to p significant digits: digits
 * without the point in dig (p chars), decimal exponent such that
 * v ~ 0.d1d2... * 10**decpt. */
static void digits_at(double v, int p, char *dig, int *decpt)
{
    char buf[40];
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    int k = 0;
    for (const char *q = buf; *q && *q != 'e'; q++)
        if (*q != '.')
            dig[k++] = *q;
    dig[k] = 0;
    *decpt = atoi(strchr(buf, 'e') + 1) + 1;
}

static double digits_value(const char *dig, int decpt)
{
    char buf[48];
    snprintf(buf, sizeof buf, "0.%se%d", dig, decpt);
    return strtod(buf, NULL);
}

/* The p-digit decimal next to dig on the other side of v (dir +1: up). */
static void neighbour(char *dig, int *decpt, int p, int dir)
{
    if (dir > 0) {
        int i = p - 1;
        while (i >= 0 && dig[i] == '9')
            dig[i--] = '0';
        if (i < 0) {
            dig[0] = '1';           /* 99..9 -> 100..0, one decade up */
            (*decpt)++;
        } else {
            dig[i]++;
        }
        return;
    }
    int i = p - 1;
    while (i >= 0 && dig[i] == '0')
        dig[i--] = '9';
    dig[i]--;
    if (dig[0] == '0') {             /* 100..0 -> 99..9, one decade down */
        memmove(dig, dig + 1, (size_t)p);
        dig[p - 1] = '9';
        (*decpt)--;
    }
}

/* Removes trailing zeros (keeping one digit); returns the new length. */
static int strip_zeros(char *dig, int p)
{
    while (p > 1 && dig[p - 1] == '0')
        dig[--p] = 0;
    return p;
}

/* Shortest digit string that reads back as v (v finite, > 0), the one
 * closest to v among those of that length: what CPython's repr prints.
 *
 * Subnormals: rounding to p digits round-trips for every p from some P up,
 * so P is found by bisection; only at P-1 can the other neighbour of v (not
 * the nearest one) be in v's rounding interval.
 *
 * Normal doubles (the fast path): a double's rounding interval holds at
 * most one decimal of <= 15 significant digits (DBL_DIG), so if the
 * 15-digit rounding reads back, it is the answer once its trailing zeros
 * are stripped.  Otherwise the answer has 15 (the far neighbour, at a
 * power-of-two boundary), 16 or 17 digits: nearest first, then the other
 * neighbour, at each length. */
static int shortest_digits(double v, char *dig, int *decpt)
{
    if (v >= 2.2250738585072014e-308) {
        for (int p = 15; p <= 17; p++) {
            digits_at(v, p, dig, decpt);
            double r = digits_value(dig, *decpt);
            if (r == v)
                return strip_zeros(dig, p);
            char tmp[24];
            int d = *decpt;
            strcpy(tmp, dig);
            neighbour(tmp, &d, p, r < v ? 1 : -1);
            if (digits_value(tmp, d) == v) {
                strcpy(dig, tmp);
                *decpt = d;
                return strip_zeros(dig, p);
            }
        }
        RT_UNREACHABLE();       /* 17 digits always read back */
    }
    int lo = 1, hi = 17;
    while (lo < hi) {
        int mid = (lo + hi) / 2, d;
        char tmp[24];
        digits_at(v, mid, tmp, &d);
        if (digits_value(tmp, d) == v)
            hi = mid;
        else
            lo = mid + 1;
    }
    int p = lo;
    if (p > 1) {
        char tmp[24];
        int d;
        digits_at(v, p - 1, tmp, &d);
        double r = digits_value(tmp, d);
        neighbour(tmp, &d, p - 1, r < v ? 1 : -1);
        if (digits_value(tmp, d) == v) {
            strcpy(dig, tmp);
            *decpt = d;
            return strip_zeros(dig, p - 1);
        }
    }
    digits_at(v, p, dig, decpt);
    return strip_zeros(dig, p);
}

/* repr rules: positional for -4 < decpt <= 16, else d.ddde+XX. */
int rt_float_repr_buf(double v, char *buf)
{
    if (isnan(v))
        return sprintf(buf, "nan");
    if (isinf(v))
        return sprintf(buf, v > 0 ? "inf" : "-inf");
    int n = 0;
    if (signbit(v)) {
        buf[n++] = '-';
        v = -v;
    }
    if (v == 0)
        return n + sprintf(buf + n, "0.0");
    char dig[24];
    int decpt, nd = shortest_digits(v, dig, &decpt);
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            n += sprintf(buf + n, "0.");
            for (int i = 0; i < -decpt; i++)
                buf[n++] = '0';
            n += sprintf(buf + n, "%s", dig);
        } else if (decpt >= nd) {
            n += sprintf(buf + n, "%s", dig);
            for (int i = nd; i < decpt; i++)
                buf[n++] = '0';
            n += sprintf(buf + n, ".0");
        } else {
            n += sprintf(buf + n, "%.*s.%s", decpt, dig, dig + decpt);
        }
        return n;
    }
    buf[n++] = dig[0];
    if (nd > 1)
        n += sprintf(buf + n, ".%s", dig + 1);
    int e = decpt - 1;
    return n + sprintf(buf + n, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
}

int rt_format_float_repr(double v, char *buf) { return rt_float_repr_buf(v, buf); }

stm_ref rt_float_repr(double v)
{
    char buf[40];
    int n = rt_float_repr_buf(v, buf);
    return rt_str_ascii(buf, (size_t)n);
}

/* -------------------------------------------------------------- parsing */

/* The text CPython puts in parse errors: repr(s), cut to 200 chars. */
static char *repr_for_error(stm_ref s, int cut)
{
    RT_FRAME(f, 1);
    f[0] = rt_str_repr(s);
    if (cut && str_len(f[0]) > 200)
        f[0] = rt_str_sub(f[0], 0, 200);
    char *r = rt_str_to_utf8(f[0], NULL);
    RT_POP(f);
    return r;
}

/* Whitespace around a number: CPython turns non-ASCII whitespace into a
 * space and then strips the C locale's (" \t\n\v\f\r"), so the ASCII
 * separators \x1c-\x1f, which str.isspace() counts, make int("\x1c5")
 * fail. */
static int number_space(uint32_t c)
{
    return c < 128 ? c == ' ' || (c >= 9 && c <= 13) : rt_uc_isspace(c);
}

/* s with that whitespace stripped and Unicode decimal digits turned
 * into ASCII (CPython does the same before parsing numbers).  Any other
 * non-ASCII character becomes 0x7f, which no parser accepts. */
static char *number_text(stm_ref s)
{
    int64_t n = str_len(s), i = 0, j = n;
    while (i < j && number_space(str_at(s, i)))
        i++;
    while (j > i && number_space(str_at(s, j - 1)))
        j--;
    char *t = rt_xmalloc((size_t)(j - i) + 1);
    for (int64_t k = i; k < j; k++) {
        uint32_t c = str_at(s, k);
        int d = c < 128 ? -1 : rt_uc_decimal_value(c);
        t[k - i] = c < 128 ? (char)c : d >= 0 ? (char)('0' + d) : 0x7f;
    }
    t[j - i] = 0;
    return t;
}

static int digit_value(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

/* Parses t in base (2..36, or 0); 1 if the syntax is valid.  *ovf is set
 * when the value does not fit in int64. */
static int parse_int(const char *t, int base, int64_t *out, int *ovf)
{
    int neg = 0;
    if (*t == '+' || *t == '-')
        neg = *t++ == '-';
    int prefixed = 0;
    if (t[0] == '0' && t[1]) {
        char p = (char)(t[1] | 32);
        int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
        if (pb && (base == 0 || base == pb)) {
            base = pb;
            t += 2;
            prefixed = 1;
        }
    }
    int leading_zero_rule = base == 0;   /* base 0 decimal: no "012" */
    if (base == 0)
        base = 10;
    uint64_t limit = neg ? (uint64_t)1 << 63 : ((uint64_t)1 << 63) - 1;
    uint64_t v = 0;
    int ndig = 0, nonzero = 0, prev_us = !prefixed;
    *ovf = 0;
    for (; *t; t++) {
        if (*t == '_') {
            if (prev_us)
                return 0;
            prev_us = 1;
            continue;
        }
        int d = digit_value(*t);
        if (d >= base)
            return 0;
        prev_us = 0;
        ndig++;
        nonzero |= d != 0;
        if (v > (limit - (uint64_t)d) / (uint64_t)base)
            *ovf = 1;
        else
            v = v * (uint64_t)base + (uint64_t)d;
    }
    if (ndig == 0 || prev_us)
        return 0;
    if (leading_zero_rule && !prefixed && nonzero && ndig > 1 && t[-ndig] == '0')
        return 0;
    *out = neg ? (int64_t)(0 - v) : (int64_t)v;
    return 1;
}

int64_t rt_int_from_str(stm_ref s, int64_t base)
{
    if (base != 0 && (base < 2 || base > 36)) {
        rt_raise(RT_EXC_VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0");
        return 0;
    }
    char *t = number_text(s);
    int64_t v = 0;
    int ovf = 0, ok = parse_int(t, (int)base, &v, &ovf);
    free(t);
    if (!ok) {
        char *r = repr_for_error(s, 1);
        size_t slot = rt_tmp_track(r);
        rt_raise(RT_EXC_VALUE_ERROR, "invalid literal for int() with base %d: %s",
                 (int)base, r);
        rt_tmp_free(slot, r);
        return 0;
    }
    if (ovf) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "integer overflow");
        return 0;
    }
    return v;
}

/* Digits with single underscores between them; appends the digits to out.
 * Returns the number of characters consumed (0: no digit). */
static size_t scan_digits(const char *t, rt_cbuf *out)
{
    size_t i = 0;
    if (!(t[0] >= '0' && t[0] <= '9'))
        return 0;
    while ((t[i] >= '0' && t[i] <= '9') ||
           (t[i] == '_' && t[i + 1] >= '0' && t[i + 1] <= '9')) {
        if (t[i] != '_')
            rt_cbuf_put(out, t[i]);
        i++;
    }
    return i;
}

static int ieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if ((*a | 32) != *b)
            return 0;
    return *a == 0 && *b == 0;
}

/* float syntax: [sign] (digits [. [digits]] | . digits) [e [sign] digits],
 * or [sign] inf|infinity|nan; underscores only between digits. */
static int parse_float(const char *t, double *out)
{
    int neg = 0;
    if (*t == '+' || *t == '-')
        neg = *t++ == '-';
    if (ieq(t, "inf") || ieq(t, "infinity")) {
        *out = neg ? -INFINITY : INFINITY;
        return 1;
    }
    if (ieq(t, "nan")) {
        *out = neg ? -NAN : NAN;
        return 1;
    }
    rt_cbuf b = {0};
    size_t k = scan_digits(t, &b), mant = k;
    t += k;
    if (*t == '.') {
        rt_cbuf_put(&b, '.');
        t++;
        k = scan_digits(t, &b);
        mant += k;
        t += k;
    }
    int ok = mant > 0;
    if (ok && (*t == 'e' || *t == 'E')) {
        rt_cbuf_put(&b, 'e');
        t++;
        if (*t == '+' || *t == '-')
            rt_cbuf_put(&b, *t++);
        k = scan_digits(t, &b);
        ok = k > 0;
        t += k;
    }
    ok = ok && *t == 0;
    if (ok) {
        rt_cbuf_put(&b, 0);
        double v = strtod(b.p, NULL);
        *out = neg ? -v : v;
    }
    rt_cbuf_free(&b);
    return ok;
}

double rt_float_from_str(stm_ref s)
{
    char *t = number_text(s);
    double v = 0;
    int ok = parse_float(t, &v);
    free(t);
    if (!ok) {
        char *r = repr_for_error(s, 0);
        size_t slot = rt_tmp_track(r);
        rt_raise(RT_EXC_VALUE_ERROR, "could not convert string to float: %s", r);
        rt_tmp_free(slot, r);
    }
    return v;
}

/* ----------------------------------------------------------- conversion */

int64_t rt_float_to_int(double v)
{
    if (isnan(v)) {
        rt_raise(RT_EXC_VALUE_ERROR, "cannot convert float NaN to integer");
        return 0;
    }
    if (isinf(v)) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "cannot convert float infinity to integer");
        return 0;
    }
    if (!(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "integer overflow");
        return 0;
    }
    return (int64_t)v;
}

int64_t rt_float_round(double v)
{
    if (!isfinite(v))
        return rt_float_to_int(v);
    double r = round(v);
    if (fabs(v - r) == 0.5)
        r = 2.0 * round(v / 2.0);
    return rt_float_to_int(r);
}

/* Round the decimal integer text dig (no sign) to a multiple of 10**k
 * (k >= 1), half to even; sticky: the value had a nonzero fraction. */
static void round_digits(rt_cbuf *dig, int64_t k, int sticky)
{
    int64_t len = (int64_t)dig->n, keep = len - k;
    int up = 0;
    if (keep >= 0) {
        int cmp = 0;     /* dropped digits against 500...0 */
        for (int64_t i = keep; i < len && cmp == 0; i++) {
            int want = i == keep ? 5 : 0, have = dig->p[i] - '0';
            cmp = (have > want) - (have < want);
        }
        int last_odd = keep > 0 && ((dig->p[keep - 1] - '0') & 1);
        up = cmp > 0 || (cmp == 0 && (sticky || last_odd));
    }
    if (keep < 0)
        keep = 0;
    dig->n = (size_t)keep;
    int64_t i = keep - 1;
    while (up && i >= 0 && dig->p[i] == '9')
        dig->p[i--] = '0';
    if (up && i >= 0) {
        dig->p[i]++;
    } else if (up) {
        rt_cbuf_put(dig, '0');
        memmove(dig->p + 1, dig->p, dig->n - 1);
        dig->p[0] = '1';
    }
    if (dig->n == 0)
        rt_cbuf_put(dig, '0');
    for (int64_t z = 0; z < k; z++)
        rt_cbuf_put(dig, '0');
}

/* round(v, n) for n < 0: exact, from the integer part's digits. */
static double round_negative(double v, int64_t n)
{
    double ip = trunc(v);
    char *buf = rt_xmalloc(400);
    snprintf(buf, 400, "%.0f", fabs(ip));
    rt_cbuf dig = {0};
    rt_cbuf_append(&dig, buf, strlen(buf));
    free(buf);
    round_digits(&dig, -n, v != ip);
    rt_cbuf_put(&dig, 0);
    double r = strtod(dig.p, NULL);
    rt_cbuf_free(&dig);
    return signbit(v) ? -r : r;
}

double rt_float_round_n(double v, int64_t n)
{
    if (!isfinite(v) || n > 323)
        return v;
    if (n < -308)
        return 0.0 * v;
    double r;
    if (n >= 0) {
        char *buf = rt_xmalloc(700);
        snprintf(buf, 700, "%.*f", (int)n, v);
        r = strtod(buf, NULL);
        free(buf);
    } else {
        r = round_negative(v, n);
    }
    if (isinf(r)) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "rounded value too large to represent");
        return 0;
    }
    return r;
}

int64_t rt_int_round_n(int64_t v, int64_t n)
{
    if (n >= 0)
        return v;
    if (n < -19)
        return 0;
    __int128 p = 1;
    for (int64_t i = 0; i < -n; i++)
        p *= 10;
    __int128 x = v, q = x / p, r = x % p;
    if (r < 0) {
        r += p;
        q -= 1;
    }
    if (2 * r > p || (2 * r == p && (q & 1)))
        q += 1;
    __int128 res = q * p;
    if (res > INT64_MAX || res < INT64_MIN) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "integer overflow");
        return 0;
    }
    return (int64_t)res;
}

/* ----------------------------------------------------------- arithmetic */

static int64_t int_overflow(void)
{
    rt_raise(RT_EXC_OVERFLOW_ERROR, "integer overflow");
    return 0;
}

static int zero_div_int(int64_t b, const char *msg)
{
    if (b != 0)
        return 0;
    rt_raise(RT_EXC_ZERO_DIVISION_ERROR, "%s", msg);
    return 1;
}

int64_t rt_int_floordiv(int64_t a, int64_t b)
{
    if (zero_div_int(b, "integer division or modulo by zero"))
        return 0;
    if (a == INT64_MIN && b == -1)
        return int_overflow();
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

int64_t rt_int_mod(int64_t a, int64_t b)
{
    if (zero_div_int(b, "integer modulo by zero"))
        return 0;
    if (b == -1)
        return 0;
    int64_t r = a % b;
    if (r != 0 && ((r < 0) != (b < 0)))
        r += b;
    return r;
}

/* Correctly rounded a / b (CPython's int true division is exact). */
double rt_int_truediv(int64_t a, int64_t b)
{
    if (b == 0) {
        rt_raise(RT_EXC_ZERO_DIVISION_ERROR, "division by zero");
        return 0;
    }
    const int64_t lim = (int64_t)1 << 53;
    if (a > -lim && a < lim && b > -lim && b < lim)
        return (double)a / (double)b;
    int neg = (a < 0) != (b < 0);
    uint64_t ua = a < 0 ? 0 - (uint64_t)a : (uint64_t)a;
    uint64_t ub = b < 0 ? 0 - (uint64_t)b : (uint64_t)b;
    if (ua == 0)
        return neg ? -0.0 : 0.0;
    int la = 64 - __builtin_clzll(ua), lb = 64 - __builtin_clzll(ub);
    int shift = 64 + lb - la;                 /* quotient gets >= 64 bits */
    unsigned __int128 num = (unsigned __int128)ua << shift;
    unsigned __int128 q = num / ub, rem = num % ub;
    q |= rem != 0;                            /* sticky bit far below bit 53 */
    double r = ldexp((double)q, -shift);
    return neg ? -r : r;
}

int64_t rt_int_pow(int64_t a, int64_t b)
{
    if (b < 0) {
        rt_raise(RT_EXC_VALUE_ERROR,
                 "negative exponent in int ** int (rtrans: the result would be a float)");
        return 0;
    }
    int64_t r = 1;
    while (b > 0) {
        if (b & 1)
            if (__builtin_mul_overflow(r, a, &r))
                return int_overflow();
        b >>= 1;
        if (b && __builtin_mul_overflow(a, a, &a))
            return int_overflow();
    }
    return r;
}

int64_t rt_int_add(int64_t a, int64_t b)
{
    int64_t r;
    return __builtin_add_overflow(a, b, &r) ? int_overflow() : r;
}

int64_t rt_int_sub(int64_t a, int64_t b)
{
    int64_t r;
    return __builtin_sub_overflow(a, b, &r) ? int_overflow() : r;
}

int64_t rt_int_mul(int64_t a, int64_t b)
{
    int64_t r;
    return __builtin_mul_overflow(a, b, &r) ? int_overflow() : r;
}

int64_t rt_int_neg(int64_t a) { return a == INT64_MIN ? int_overflow() : -a; }
int64_t rt_int_abs(int64_t a) { return a == INT64_MIN ? int_overflow() : a < 0 ? -a : a; }

int64_t rt_int_lshift(int64_t a, int64_t b)
{
    if (b < 0) {
        rt_raise(RT_EXC_VALUE_ERROR, "negative shift count");
        return 0;
    }
    if (a == 0)
        return 0;
    if (b >= 64)
        return int_overflow();
    __int128 r = (__int128)a * ((__int128)1 << b);
    if (r > INT64_MAX || r < INT64_MIN)
        return int_overflow();
    return (int64_t)r;
}

int64_t rt_int_rshift(int64_t a, int64_t b)
{
    if (b < 0) {
        rt_raise(RT_EXC_VALUE_ERROR, "negative shift count");
        return 0;
    }
    if (b >= 63)
        return a < 0 ? -1 : 0;
    return a >> b;
}

double rt_float_div(double a, double b)
{
    if (b == 0.0) {
        rt_raise(RT_EXC_ZERO_DIVISION_ERROR, "float division by zero");
        return 0;
    }
    return a / b;
}

/* CPython's float_divmod. */
static void float_divmod(double vx, double wx, double *floordiv, double *mod)
{
    double m = fmod(vx, wx);
    double div = (vx - m) / wx;
    if (m != 0) {
        if ((wx < 0) != (m < 0)) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = copysign(0.0, wx);
    }
    double fd;
    if (div != 0) {
        fd = floor(div);
        if (div - fd > 0.5)
            fd += 1.0;
    } else {
        fd = copysign(0.0, vx / wx);
    }
    *floordiv = fd;
    *mod = m;
}

double rt_float_floordiv(double a, double b)
{
    if (b == 0.0) {
        rt_raise(RT_EXC_ZERO_DIVISION_ERROR, "float floor division by zero");
        return 0;
    }
    double q, m;
    float_divmod(a, b, &q, &m);
    return q;
}

double rt_float_divmod_floor(double a, double b)
{
    if (b == 0.0) {
        rt_raise(RT_EXC_ZERO_DIVISION_ERROR, "float divmod()");
        return 0;
    }
    double q, m;
    float_divmod(a, b, &q, &m);
    return q;
}

double rt_float_mod(double a, double b)
{
    if (b == 0.0) {
        rt_raise(RT_EXC_ZERO_DIVISION_ERROR, "float modulo");
        return 0;
    }
    double m = fmod(a, b);
    if (m != 0) {
        if ((b < 0) != (m < 0))
            m += b;
    } else {
        m = copysign(0.0, b);
    }
    return m;
}

static int is_odd_integer(double x)
{
    return fmod(fabs(x), 2.0) == 1.0;
}

/* float_pow's special cases, in CPython's order. */
static int pow_special(double iv, double iw, double *out)
{
    if (iw == 0) { *out = 1.0; return 1; }
    if (isnan(iv)) { *out = iv; return 1; }
    if (isnan(iw)) { *out = iv == 1.0 ? 1.0 : iw; return 1; }
    if (isinf(iw)) {
        double a = fabs(iv);
        *out = a == 1.0 ? 1.0 : ((iw > 0) == (a > 1.0)) ? fabs(iw) : 0.0;
        return 1;
    }
    if (isinf(iv)) {
        int odd = is_odd_integer(iw);
        if (iw > 0)
            *out = odd ? iv : fabs(iv);
        else
            *out = odd ? copysign(0.0, iv) : 0.0;
        return 1;
    }
    return 0;
}

double rt_float_pow(double iv, double iw)
{
    double r;
    if (pow_special(iv, iw, &r))
        return r;
    if (iv == 0.0) {
        if (iw < 0) {
            rt_raise(RT_EXC_ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power");
            return 0;
        }
        return is_odd_integer(iw) ? iv : 0.0;
    }
    int negate = 0;
    if (iv < 0.0) {
        if (iw != floor(iw)) {
            rt_raise(RT_EXC_VALUE_ERROR,
                     "negative number cannot be raised to a fractional power "
                     "(rtrans has no complex numbers)");
            return 0;
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0)
        return negate ? -1.0 : 1.0;
    errno = 0;
    r = pow(iv, iw);
    if (isinf(r)) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "(34, 'Numerical result out of range')");
        return 0;
    }
    return negate ? -r : r;
}

/* -------------------------------------------------------------- hashing */

#define HASH_BITS 61
#define HASH_MODULUS (((uint64_t)1 << HASH_BITS) - 1)

int64_t rt_int_hash(int64_t v)
{
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    int64_t x = (int64_t)(u % HASH_MODULUS);
    if (v < 0)
        x = -x;
    return x == -1 ? -2 : x;
}

/* CPython's tuplehash (Objects/tupleobject.c since 3.8), in unsigned
 * 64-bit arithmetic that wraps. */
#define XXPRIME_1 11400714785074694791ULL
#define XXPRIME_2 14029467366897019727ULL
#define XXPRIME_5 2870177450012600261ULL

int64_t rt_tuple_hash_add(int64_t acc, int64_t item_hash)
{
    uint64_t a = (uint64_t)acc + (uint64_t)item_hash * XXPRIME_2;
    a = (a << 31) | (a >> 33);
    return (int64_t)(a * XXPRIME_1);
}

int64_t rt_tuple_hash_end(int64_t acc, int64_t n)
{
    uint64_t a = (uint64_t)acc + ((uint64_t)n ^ (XXPRIME_5 ^ 3527539ULL));
    return a == UINT64_MAX ? 1546275796 : (int64_t)a;
}

int64_t rt_float_hash(double v)
{
    if (!isfinite(v))
        return isinf(v) ? (v > 0 ? 314159 : -314159) : 0;
    int e;
    double m = frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & HASH_MODULUS) | x >> (HASH_BITS - 28);
        m *= 268435456.0;
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= HASH_MODULUS)
            x -= HASH_MODULUS;
    }
    e = e >= 0 ? e % HASH_BITS : HASH_BITS - 1 - ((-1 - e) % HASH_BITS);
    x = ((x << e) & HASH_MODULUS) | x >> (HASH_BITS - e);
    x = x * (uint64_t)(int64_t)sign;
    if (x == (uint64_t)-1)
        x = (uint64_t)-2;
    return (int64_t)x;
}
