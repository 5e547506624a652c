/* format.c - the format-spec mini-language of f-strings and format():
 *   [[fill]align][sign][z][#][0][width][,|_][.precision][type]
 * parsed and validated as CPython 3.11 does (same checks, same order, same
 * messages), then rendered: sign, prefix, grouped digits, remainder, with
 * fill and alignment. */
#include "runtime/lib/rtlib-int.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct fspec {
    uint32_t fill;
    char align;          /* '<' '>' '^' '=' */
    int align_given;
    char sign;           /* '+' '-' ' ' or 0 */
    int no_neg_0;        /* 'z' */
    int alt;             /* '#' */
    int64_t width;       /* -1: none */
    char grouping;       /* ',' '_' or 0 */
    int group4;          /* '_' with b/o/x/X: groups of four */
    int64_t precision;   /* -1: none */
    uint32_t type;       /* 0: none */
} fspec;

static int is_align(uint32_t c) { return c == '<' || c == '>' || c == '^' || c == '='; }

static void raise_type_char(const char *pre, uint32_t type, const char *post)
{
    if (type > 32 && type < 128)
        rt_raise(RT_EXC_VALUE_ERROR, "%s'%c'%s", pre, (char)type, post);
    else
        rt_raise(RT_EXC_VALUE_ERROR, "%s'\\x%x'%s", pre, type, post);
}

static void unknown_type(uint32_t type, const char *tname)
{
    char post[64];
    snprintf(post, sizeof post, " for object of type '%s'", tname);
    raise_type_char("Unknown format code ", type, post);
}

/* Reads digits at *pos into *out; -1 with a raise on overflow. */
static int read_int(stm_ref spec, int64_t *pos, int64_t *out)
{
    int64_t n = str_len(spec), v = 0, k = 0;
    while (*pos < n && str_at(spec, *pos) >= '0' && str_at(spec, *pos) <= '9') {
        if (v > (INT64_MAX - 9) / 10) {
            rt_raise(RT_EXC_VALUE_ERROR, "Too many decimal digits in format string");
            return -1;
        }
        v = v * 10 + (str_at(spec, *pos) - '0');
        (*pos)++;
        k++;
    }
    *out = v;
    return (int)(k > 0);
}

static int parse_grouping(stm_ref spec, int64_t *pos, fspec *f)
{
    int64_t n = str_len(spec);
    if (*pos < n && str_at(spec, *pos) == ',') {
        f->grouping = ',';
        (*pos)++;
    }
    if (*pos < n && str_at(spec, *pos) == '_') {
        if (f->grouping) {
            rt_raise(RT_EXC_VALUE_ERROR, "Cannot specify both ',' and '_'.");
            return 0;
        }
        f->grouping = '_';
        (*pos)++;
    }
    if (*pos < n && str_at(spec, *pos) == ',' && f->grouping == '_') {
        rt_raise(RT_EXC_VALUE_ERROR, "Cannot specify both ',' and '_'.");
        return 0;
    }
    return 1;
}

static int check_grouping_type(fspec *f)
{
    if (!f->grouping)
        return 1;
    switch (f->type) {
    case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        return 1;
    case 'b': case 'o': case 'x': case 'X':
        if (f->grouping == '_') {
            f->group4 = 1;
            return 1;
        }
        break;
    default:
        break;
    }
    char pre[32];
    snprintf(pre, sizeof pre, "Cannot specify '%c' with ", f->grouping);
    raise_type_char(pre, f->type, ".");
    return 0;
}

static int parse_fill_align(stm_ref spec, int64_t *pos, fspec *f)
{
    int64_t n = str_len(spec);
    if (n >= 2 && is_align(str_at(spec, 1))) {
        f->fill = str_at(spec, 0);
        f->align = (char)str_at(spec, 1);
        *pos = 2;
        return 1;
    }
    if (n >= 1 && is_align(str_at(spec, 0))) {
        f->align = (char)str_at(spec, 0);
        *pos = 1;
    }
    return 0;
}

static int parse_spec(stm_ref spec, uint32_t default_type, char default_align,
                      const char *tname, fspec *f)
{
    memset(f, 0, sizeof *f);
    f->fill = ' ';
    f->align = default_align;
    f->width = f->precision = -1;
    f->type = default_type;
    int64_t pos = 0, n = str_len(spec);
    int fill_given = parse_fill_align(spec, &pos, f);
    f->align_given = pos > 0;
    uint32_t c = pos < n ? str_at(spec, pos) : 0;
    if (c == '+' || c == '-' || c == ' ') {
        f->sign = (char)c;
        pos++;
    }
    if (pos < n && str_at(spec, pos) == 'z') {
        f->no_neg_0 = 1;
        pos++;
    }
    if (pos < n && str_at(spec, pos) == '#') {
        f->alt = 1;
        pos++;
    }
    if (!fill_given && pos < n && str_at(spec, pos) == '0') {
        f->fill = '0';
        if (!f->align_given && default_align == '>')
            f->align = '=';
        pos++;
    }
    int64_t v;
    int r = read_int(spec, &pos, &v);
    if (r < 0)
        return 0;
    if (r > 0)
        f->width = v;
    if (!parse_grouping(spec, &pos, f))
        return 0;
    if (pos < n && str_at(spec, pos) == '.') {
        pos++;
        r = read_int(spec, &pos, &v);
        if (r < 0)
            return 0;
        if (r == 0) {
            rt_raise(RT_EXC_VALUE_ERROR, "Format specifier missing precision");
            return 0;
        }
        f->precision = v;
    }
    if (n - pos > 1) {
        char *t = rt_str_to_utf8(spec, NULL);
        size_t slot = rt_tmp_track(t);
        rt_raise(RT_EXC_VALUE_ERROR, "Invalid format specifier '%s' for object of type '%s'",
                 t ? t : "", tname);
        rt_tmp_free(slot, t);
        return 0;
    }
    if (n - pos == 1)
        f->type = str_at(spec, pos);
    return check_grouping_type(f);
}

/* ------------------------------------------------------------ rendering */

/* The parts of a formatted number. */
typedef struct numparts {
    char sign;           /* 0 if none */
    const char *prefix;  /* "0x", ... */
    const char *digits;  /* integer digits, grouped on output */
    size_t ndigits;
    const char *rest;    /* fraction, exponent, '%' ... */
    int no_group;        /* inf/nan: never grouped */
} numparts;

static void put_fill(rt_ubuf *b, uint32_t fill, int64_t n)
{
    for (int64_t i = 0; i < n; i++)
        rt_ubuf_put(b, fill);
}

/* CPython's grouping with a minimum width (zero padding goes inside the
 * groups): appends the grouped digits to out, most significant first. */
static void group_digits(rt_cbuf *out, const char *d, int64_t nd, char sep,
                         int64_t glen, int64_t min_width)
{
    rt_cbuf rev = {0};      /* built right to left */
    int64_t remaining = nd;
    int use_sep = 0;
    for (;;) {
        int64_t want = remaining > min_width ? remaining : min_width;
        if (want < 1)
            want = 1;
        int64_t l = glen < want ? glen : want;
        int64_t zeros = l - remaining > 0 ? l - remaining : 0;
        int64_t chars = remaining < l ? remaining : l;
        if (chars < 0)
            chars = 0;
        if (use_sep)
            rt_cbuf_put(&rev, sep);
        for (int64_t i = 0; i < chars; i++)
            rt_cbuf_put(&rev, d[remaining - 1 - i]);
        for (int64_t i = 0; i < zeros; i++)
            rt_cbuf_put(&rev, '0');
        use_sep = 1;
        remaining -= chars;
        min_width -= glen;
        if (remaining <= 0 && min_width <= 0)
            break;
        min_width -= 1;
    }
    for (size_t i = 0; i < rev.n; i++)
        rt_cbuf_put(out, rev.p[rev.n - 1 - i]);
    rt_cbuf_free(&rev);
}

static stm_ref render_number(const fspec *f, const numparts *p)
{
    size_t nprefix = strlen(p->prefix), nrest = strlen(p->rest);
    int64_t lead = (p->sign ? 1 : 0) + (int64_t)nprefix;
    int zero_pad = f->fill == '0' && f->align == '=';
    rt_cbuf digits = {0};
    if (f->grouping && !p->no_group) {
        int64_t min_width = zero_pad ? f->width - lead - (int64_t)nrest : 0;
        group_digits(&digits, p->digits, (int64_t)p->ndigits,
                     f->grouping, f->group4 ? 4 : 3, min_width);
    } else {
        rt_cbuf_append(&digits, p->digits, p->ndigits);
    }
    int64_t len = lead + (int64_t)digits.n + (int64_t)nrest;
    int64_t pad = f->width > len ? f->width - len : 0;
    int64_t left = f->align == '>' ? pad : f->align == '^' ? pad / 2 : 0;
    int64_t right = f->align == '<' || f->align == '^' ? pad - left : 0;
    rt_ubuf b = {0};
    put_fill(&b, f->fill, left);
    if (p->sign)
        rt_ubuf_put(&b, (uint8_t)p->sign);
    for (size_t i = 0; i < nprefix; i++)
        rt_ubuf_put(&b, (uint8_t)p->prefix[i]);
    if (f->align == '=')
        put_fill(&b, f->fill, pad);
    for (size_t i = 0; i < digits.n; i++)
        rt_ubuf_put(&b, (uint8_t)digits.p[i]);
    for (size_t i = 0; i < nrest; i++)
        rt_ubuf_put(&b, (uint8_t)p->rest[i]);
    put_fill(&b, f->fill, right);
    rt_cbuf_free(&digits);
    return rt_ubuf_finish(&b);
}

static char sign_char(const fspec *f, int negative)
{
    if (negative)
        return '-';
    return f->sign == '+' ? '+' : f->sign == ' ' ? ' ' : 0;
}

/* Text (fill, align, width, precision as truncation) of s. */
static stm_ref pad_text(const fspec *f, stm_ref s)
{
    int64_t n = str_len(s);
    if (f->precision >= 0 && f->precision < n)
        n = f->precision;
    int64_t pad = f->width > n ? f->width - n : 0;
    int64_t left = f->align == '>' ? pad : f->align == '^' ? pad / 2 : 0;
    rt_ubuf b = {0};
    put_fill(&b, f->fill, left);
    for (int64_t i = 0; i < n; i++)
        rt_ubuf_put(&b, str_at(s, i));
    put_fill(&b, f->fill, pad - left);
    return rt_ubuf_finish(&b);
}

/* --------------------------------------------------------------- str */

stm_ref rt_format_str(stm_ref s, stm_ref spec)
{
    if (str_len(spec) == 0)
        return s;
    fspec f;
    RT_FRAME(fr, 1);
    fr[0] = s;
    int ok = parse_spec(spec, 's', '<', "str", &f);
    s = fr[0];
    RT_POP(fr);
    if (!ok)
        return 0;
    const char *err = NULL;
    if (f.type != 's')
        unknown_type(f.type, "str");
    else if (f.sign)
        err = "Sign not allowed in string format specifier";
    else if (f.no_neg_0)
        err = "Negative zero coercion (z) not allowed in string format specifier";
    else if (f.alt)
        err = "Alternate form (#) not allowed in string format specifier";
    else if (f.align == '=')
        err = "'=' alignment not allowed in string format specifier";
    if (err)
        rt_raise(RT_EXC_VALUE_ERROR, "%s", err);
    if (stm_tl.exc)
        return 0;
    return pad_text(&f, s);
}

/* --------------------------------------------------------------- int */

static const char *int_digits(uint64_t u, uint32_t type, char *buf)
{
    static const char lower[] = "0123456789abcdef", upper[] = "0123456789ABCDEF";
    int base = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
    const char *dig = type == 'X' ? upper : lower;
    char tmp[72];
    int n = 0;
    do {
        tmp[n++] = dig[u % (uint64_t)base];
        u /= (uint64_t)base;
    } while (u);
    for (int i = 0; i < n; i++)
        buf[i] = tmp[n - 1 - i];
    buf[n] = 0;
    return buf;
}

static stm_ref format_char(const fspec *f, int64_t v)
{
    if (f->sign) {
        rt_raise(RT_EXC_VALUE_ERROR, "Sign not allowed with integer format specifier 'c'");
        return 0;
    }
    if (f->alt) {
        rt_raise(RT_EXC_VALUE_ERROR,
                 "Alternate form (#) not allowed with integer format specifier 'c'");
        return 0;
    }
    if (v < 0 || v > 0x10ffff) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "%%c arg not in range(0x110000)");
        return 0;
    }
    stm_ref s = rt_chr(v);
    fspec g = *f;
    g.precision = -1;
    return pad_text(&g, s);
}

static stm_ref format_float_spec(double v, fspec *f);

static stm_ref format_int_spec(int64_t v, fspec *f, const char *tname)
{
    switch (f->type) {
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
        return format_float_spec((double)v, f);
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
        break;
    default:
        unknown_type(f->type, tname);
        return 0;
    }
    if (f->precision >= 0) {
        rt_raise(RT_EXC_VALUE_ERROR, "Precision not allowed in integer format specifier");
        return 0;
    }
    if (f->no_neg_0) {
        rt_raise(RT_EXC_VALUE_ERROR,
                 "Negative zero coercion (z) not allowed in integer format specifier");
        return 0;
    }
    if (f->type == 'c')
        return format_char(f, v);
    char buf[72];
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    numparts p = {0};
    p.sign = sign_char(f, v < 0);
    p.prefix = !f->alt ? "" : f->type == 'b' ? "0b" : f->type == 'o' ? "0o"
             : f->type == 'x' ? "0x" : f->type == 'X' ? "0X" : "";
    p.digits = int_digits(u, f->type, buf);
    p.ndigits = strlen(buf);
    p.rest = "";
    return render_number(f, &p);
}

stm_ref rt_format_int(int64_t v, stm_ref spec)
{
    if (str_len(spec) == 0)
        return rt_int_repr(v);
    fspec f;
    if (!parse_spec(spec, 'd', '>', "int", &f))
        return 0;
    return format_int_spec(v, &f, "int");
}

stm_ref rt_format_bool(uint8_t v, stm_ref spec)
{
    if (str_len(spec) == 0)
        return rt_bool_repr(v);
    fspec f;
    if (!parse_spec(spec, 'd', '>', "bool", &f))
        return 0;
    return format_int_spec(v, &f, "bool");
}

/* ------------------------------------------------------------- float */

/* CPython's 'g': p significant digits, exponent when decpt <= -4 or
 * decpt > p (p - 1 for the no-type format, which adds ".0" to integers),
 * trailing zeros removed unless '#'. */
static void format_g(double a, int64_t p, int alt, int add_dot_0, int upper, rt_cbuf *out)
{
    if (p == 0)
        p = 1;
    char *buf = rt_xmalloc((size_t)p + 32);
    sprintf(buf, "%.*e", (int)(p - 1), a);
    char *e = strchr(buf, 'e');
    int decpt = atoi(e + 1) + 1;
    char *dig = rt_xmalloc((size_t)p + 1);
    int nd = 0;
    for (char *q = buf; q < e; q++)
        if (*q != '.')
            dig[nd++] = *q;
    if (!alt)
        while (nd > 1 && dig[nd - 1] == '0')
            nd--;
    dig[nd] = 0;
    int use_exp = decpt <= -4 || decpt > (add_dot_0 ? p - 1 : p);
    char tmp[16];
    if (use_exp) {
        rt_cbuf_put(out, dig[0]);
        if (nd > 1 || alt)
            rt_cbuf_put(out, '.');
        rt_cbuf_append(out, dig + 1, (size_t)nd - 1);
        int x = decpt - 1;
        int n = snprintf(tmp, sizeof tmp, "%c%c%02d", upper ? 'E' : 'e', x < 0 ? '-' : '+',
                         x < 0 ? -x : x);
        rt_cbuf_append(out, tmp, (size_t)n);
    } else if (decpt <= 0) {
        rt_cbuf_append(out, "0.", 2);
        for (int i = 0; i < -decpt; i++)
            rt_cbuf_put(out, '0');
        rt_cbuf_append(out, dig, (size_t)nd);
    } else {
        for (int i = 0; i < decpt; i++)
            rt_cbuf_put(out, i < nd ? dig[i] : '0');
        if (nd > decpt || alt)
            rt_cbuf_put(out, '.');
        if (nd > decpt)
            rt_cbuf_append(out, dig + decpt, (size_t)(nd - decpt));
        else if (add_dot_0 && !alt)
            rt_cbuf_append(out, ".0", 2);
    }
    free(buf);
    free(dig);
}

/* "%.*<type>" text of |v| (finite), with CPython's rules for 'r' (repr) and
 * the no-type 'g' variant (at least one digit after the point). */
static void float_text(double a, uint32_t type, int64_t prec, const fspec *f,
                       int add_dot_0, rt_cbuf *out)
{
    char fmt[16];
    if (type == 'r') {
        char buf[48];
        int n = rt_float_repr_buf(a, buf);
        if (f->alt && !memchr(buf, '.', (size_t)n)) {
            char *e = memchr(buf, 'e', (size_t)n);
            size_t at = e ? (size_t)(e - buf) : (size_t)n;
            memmove(buf + at + 1, buf + at, (size_t)n - at + 1);
            buf[at] = '.';
            n++;
        }
        rt_cbuf_append(out, buf, (size_t)n);
        return;
    }
    if (type == 'g' || type == 'G') {
        format_g(a, prec, f->alt, add_dot_0, type == 'G', out);
        return;
    }
    snprintf(fmt, sizeof fmt, "%%%s.*%c", f->alt ? "#" : "", (char)type);
    int n = snprintf(NULL, 0, fmt, (int)prec, a);
    rt_cbuf_reserve(out, (size_t)n + 1);
    snprintf(out->p + out->n, (size_t)n + 1, fmt, (int)prec, a);
    out->n += (size_t)n;
    if (add_dot_0 && !memchr(out->p, '.', out->n) && !memchr(out->p, 'e', out->n)
        && !memchr(out->p, 'E', out->n))
        rt_cbuf_append(out, ".0", 2);
}

static stm_ref format_nonfinite(double v, fspec *f, uint32_t type, int pct)
{
    int upper = type == 'E' || type == 'F' || type == 'G';
    const char *t = isnan(v) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    numparts p = {0};
    p.sign = sign_char(f, isinf(v) && v < 0);
    p.prefix = "";
    p.digits = t;
    p.ndigits = 3;
    p.rest = pct ? "%" : "";
    p.no_group = 1;
    return render_number(f, &p);
}

static int all_zero_digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n && s[i] != 'e' && s[i] != 'E'; i++)
        if (s[i] >= '1' && s[i] <= '9')
            return 0;
    return 1;
}

static stm_ref format_float_spec(double v, fspec *f)
{
    uint32_t type = f->type;
    int add_dot_0 = 0, pct = 0;
    int64_t prec = f->precision, default_prec = 6;
    if (type == 0) {
        add_dot_0 = 1;
        type = 'r';
        default_prec = 0;
    }
    if (type == 'n')
        type = 'g';
    if (type == '%') {
        type = 'f';
        v *= 100;
        pct = 1;
    }
    if (prec < 0)
        prec = default_prec;
    else if (type == 'r')
        type = 'g';
    if (prec > 0x7fffffff) {
        rt_raise(RT_EXC_VALUE_ERROR, "precision too big");
        return 0;
    }
    if (!isfinite(v))
        return format_nonfinite(v, f, type, pct);
    rt_cbuf t = {0};
    float_text(fabs(v), type, prec, f, add_dot_0, &t);
    int negative = signbit(v) != 0;
    if (negative && f->no_neg_0 && all_zero_digits(t.p, t.n))
        negative = 0;
    if (pct)
        rt_cbuf_put(&t, '%');
    rt_cbuf_put(&t, 0);
    size_t nd = 0;
    while (t.p[nd] >= '0' && t.p[nd] <= '9')
        nd++;
    numparts p = {0};
    p.sign = sign_char(f, negative);
    p.prefix = "";
    p.digits = t.p;
    p.ndigits = nd;
    p.rest = t.p + nd;
    stm_ref r = render_number(f, &p);
    rt_cbuf_free(&t);
    return r;
}

stm_ref rt_format_float(double v, stm_ref spec)
{
    if (str_len(spec) == 0)
        return rt_float_repr(v);
    fspec f;
    if (!parse_spec(spec, 0, '>', "float", &f))
        return 0;
    switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
        return format_float_spec(v, &f);
    default:
        unknown_type(f.type, "float");
        return 0;
    }
}
