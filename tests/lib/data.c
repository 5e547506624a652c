/* data.c - the table-driven tests: every line of data/cases.txt (made by
 * gen_data.py from CPython 3.11) is one call whose result must be exactly
 * CPython's (same text, same float bits, same exception and message). */
#include "tests/lib/harness.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#ifndef TH_DATA_DIR
#define TH_DATA_DIR "tests/lib/data"
#endif

#define MAXF 8

/* One parsed call: arguments in C values, reference arguments in slots
 * frame[0..MAXF) (reloaded after any allocation), the result in frame[MAXF]. */
typedef struct tcall {
    char *field[MAXF + 2];
    int nfields;
    int64_t ival[MAXF];
    double fval[MAXF];
    int isnone[MAXF];
    stm_ref *frame;
    char kind;          /* result kind: s i f b n l */
    int64_t ri;
    double rf;
} tcall;

static int hexval(char c)
{
    return c <= '9' ? c - '0' : (c | 32) - 'a' + 10;
}

/* UTF-8 (surrogates allowed, as Python's surrogatepass wrote them) from
 * hex, to code points. */
static stm_ref str_from_hex(const char *h)
{
    size_t nb = strlen(h) / 2;
    uint8_t *b = malloc(nb + 1);
    for (size_t i = 0; i < nb; i++)
        b[i] = (uint8_t)(hexval(h[2 * i]) * 16 + hexval(h[2 * i + 1]));
    uint32_t *cps = malloc((nb + 1) * sizeof *cps);
    size_t n = 0;
    for (size_t i = 0; i < nb;) {
        uint32_t c = b[i];
        int len = c < 0xc0 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
        if (i + (size_t)len > nb)
            len = 1;        /* not UTF-8 (utf8_decode cases): keep the byte */
        uint32_t cp = len == 1 ? c : c & (0xffu >> (len + 1));
        for (int k = 1; k < len; k++)
            cp = (cp << 6) | (b[i + (size_t)k] & 0x3f);
        cps[n++] = cp;
        i += (size_t)len;
    }
    stm_ref s = rt_str_from_ucs4(cps, n);
    free(b);
    free(cps);
    return s;
}

static void put_hex_utf8(char **out, size_t *len, size_t *cap, stm_ref s)
{
    for (int64_t i = 0, n = rt_str_len(s); i < n; i++) {
        uint32_t c = rt_str_get(s, i);
        char u[4];
        int k;
        if (c < 0x80) { u[0] = (char)c; k = 1; }
        else if (c < 0x800) { u[0] = (char)(0xc0 | (c >> 6)); u[1] = (char)(0x80 | (c & 0x3f)); k = 2; }
        else if (c < 0x10000) { u[0] = (char)(0xe0 | (c >> 12)); u[1] = (char)(0x80 | ((c >> 6) & 0x3f));
                                u[2] = (char)(0x80 | (c & 0x3f)); k = 3; }
        else { u[0] = (char)(0xf0 | (c >> 18)); u[1] = (char)(0x80 | ((c >> 12) & 0x3f));
               u[2] = (char)(0x80 | ((c >> 6) & 0x3f)); u[3] = (char)(0x80 | (c & 0x3f)); k = 4; }
        for (int j = 0; j < k; j++) {
            if (*len + 3 > *cap) {
                *cap = *cap * 2 + 64;
                *out = realloc(*out, *cap);
            }
            *len += (size_t)sprintf(*out + *len, "%02x", (uint8_t)u[j]);
        }
    }
}

static char *text_of_str(char prefix, stm_ref s)
{
    size_t cap = 64, len = 1;
    char *out = malloc(cap);
    out[0] = prefix;
    out[1] = 0;
    put_hex_utf8(&out, &len, &cap, s);
    return out;
}

/* The result (or pending exception) in the format of the data file. */
static char *result_text(tcall *c)
{
    char *out = NULL;
    stm_ref e = stm_tl.exc;
    if (e) {
        stm_tl.exc = 0;
        char *m = text_of_str(':', th_exc_msg(e) ? th_exc_msg(e) : rt_str_empty());
        if (asprintf(&out, "e%s%s", rt_exc_kind_name(th_exc_kind(e)), m) < 0)
            abort();
        free(m);
        return out;
    }
    stm_ref r = c->frame[MAXF];
    switch (c->kind) {
    case 's':
        return r ? text_of_str('s', r) : strdup("n");
    case 'n':
        return strdup("n");
    case 'i':
        if (asprintf(&out, "i%lld", (long long)c->ri) < 0) abort();
        return out;
    case 'b':
        return strdup(c->ri ? "b1" : "b0");
    case 'f': {
        uint64_t bits;
        memcpy(&bits, &c->rf, 8);
        if (asprintf(&out, "f%016llx", (unsigned long long)bits) < 0) abort();
        return out;
    }
    case 'l': {
        size_t cap = 64, len = 1;
        out = malloc(cap);
        out[0] = 'l';
        out[1] = 0;
        for (int64_t i = 0, n = th_list_len(r); i < n; i++) {
            if (i) {
                if (len + 2 > cap) { cap *= 2; out = realloc(out, cap); }
                out[len++] = ',';
                out[len] = 0;
            }
            put_hex_utf8(&out, &len, &cap, th_list_get(r, i));
        }
        return out;
    }
    default:
        abort();
    }
}

static int same_result(const char *got, const char *want)
{
    if (strcmp(got, want) == 0)
        return 1;
    if (got[0] == 'f' && want[0] == 'f') {      /* any NaN equals any NaN */
        uint64_t a = strtoull(got + 1, NULL, 16), b = strtoull(want + 1, NULL, 16);
        double x, y;
        memcpy(&x, &a, 8);
        memcpy(&y, &b, 8);
        return isnan(x) && isnan(y);
    }
    return 0;
}

/* ------------------------------------------------------------ dispatch */

#define S(k) (c->frame[k])
#define O(k) (c->isnone[k] ? 0 : c->frame[k])
#define I(k) (c->ival[k])
#define F(k) (c->fval[k])
#define RS(e) (c->kind = 's', c->frame[MAXF] = (e))
#define RL(e) (c->kind = 'l', c->frame[MAXF] = (e))
#define RI(e) (c->kind = 'i', c->ri = (e))
#define RB(e) (c->kind = 'b', c->ri = (e))
#define RF(e) (c->kind = 'f', c->rf = (e))

static void t_utf8_decode(tcall *c)
{
    const char *h = c->field[1] + 1;
    size_t nb = strlen(h) / 2;
    char *b = malloc(nb + 1);
    for (size_t i = 0; i < nb; i++)
        b[i] = (char)(hexval(h[2 * i]) * 16 + hexval(h[2 * i + 1]));
    RS(rt_str_from_utf8(b, nb));
    free(b);
}

static void t_slice_step(tcall *c)
{
    int64_t step = c->isnone[4] ? 1 : I(4);
    RS(rt_str_slice_step(S(1), I(2), I(3), step, !c->isnone[2], !c->isnone[3]));
}

static void t_fill(tcall *c, stm_ref (*fn)(stm_ref, int64_t, stm_ref))
{
    RS(fn(S(1), I(2), O(3)));
}

static void t_ljust(tcall *c) { t_fill(c, rt_str_ljust); }
static void t_rjust(tcall *c) { t_fill(c, rt_str_rjust); }
static void t_center(tcall *c) { t_fill(c, rt_str_center); }

#define T1S(name, fn) static void t_##name(tcall *c) { RS(fn(S(1))); }
#define T1B(name, fn) static void t_##name(tcall *c) { RB(fn(S(1))); }
#define TFIND(name, fn, R) static void t_##name(tcall *c) { R(fn(S(1), S(2), I(3), I(4))); }
T1S(upper, rt_str_upper) T1S(lower, rt_str_lower) T1S(capitalize, rt_str_capitalize)
T1S(title, rt_str_title) T1S(swapcase, rt_str_swapcase) T1S(casefold, rt_str_casefold)
T1S(repr, rt_str_repr)
T1B(isdigit, rt_str_isdigit) T1B(isdecimal, rt_str_isdecimal) T1B(isnumeric, rt_str_isnumeric)
T1B(isalpha, rt_str_isalpha) T1B(isalnum, rt_str_isalnum) T1B(isspace, rt_str_isspace)
T1B(isupper, rt_str_isupper) T1B(islower, rt_str_islower) T1B(istitle, rt_str_istitle)
T1B(isidentifier, rt_str_isidentifier) T1B(isascii, rt_str_isascii)
TFIND(find, rt_str_find, RI) TFIND(rfind, rt_str_rfind, RI) TFIND(index, rt_str_index, RI)
TFIND(rindex, rt_str_rindex, RI) TFIND(count, rt_str_count, RI)
TFIND(startswith, rt_str_startswith, RB) TFIND(endswith, rt_str_endswith, RB)

static void t_contains(tcall *c) { RB(rt_str_contains(S(1), S(2))); }
static void t_partition_index(tcall *c) { RI(rt_str_partition_index(S(1), S(2))); }
static void t_rpartition_index(tcall *c) { RI(rt_str_rpartition_index(S(1), S(2))); }
static void t_replace(tcall *c) { RS(rt_str_replace(S(1), S(2), S(3), I(4))); }
static void t_split(tcall *c) { RL(rt_str_split(S(1), O(2), I(3))); }
static void t_rsplit(tcall *c) { RL(rt_str_rsplit(S(1), O(2), I(3))); }
static void t_splitlines(tcall *c) { RL(rt_str_splitlines(S(1), (uint8_t)I(2))); }
static void t_strip(tcall *c) { RS(rt_str_strip(S(1), O(2))); }
static void t_lstrip(tcall *c) { RS(rt_str_lstrip(S(1), O(2))); }
static void t_rstrip(tcall *c) { RS(rt_str_rstrip(S(1), O(2))); }
static void t_zfill(tcall *c) { RS(rt_str_zfill(S(1), I(2))); }
static void t_len(tcall *c) { RI(rt_str_len(S(1))); }
static void t_getitem(tcall *c) { RS(rt_str_getitem(S(1), I(2))); }
static void t_repeat(tcall *c) { RS(rt_str_repeat(S(1), I(2))); }
static void t_concat(tcall *c) { RS(rt_str_concat(S(1), S(2))); }
static void t_cmp(tcall *c) { RI(rt_str_cmp(S(1), S(2))); }
static void t_eq(tcall *c) { RB(rt_str_eq(S(1), S(2))); }
static void t_ord(tcall *c) { RI(rt_ord(S(1))); }
static void t_chr(tcall *c) { RS(rt_chr(I(1))); }

static void t_float_repr(tcall *c) { RS(rt_float_repr(F(1))); }
static void t_float_round(tcall *c) { RI(rt_float_round(F(1))); }
static void t_float_to_int(tcall *c) { RI(rt_float_to_int(F(1))); }
static void t_float_hash(tcall *c) { RI(rt_float_hash(F(1))); }
static void t_float_round_n(tcall *c) { RF(rt_float_round_n(F(1), I(2))); }
static void t_float_floordiv(tcall *c) { RF(rt_float_floordiv(F(1), F(2))); }
static void t_float_mod(tcall *c) { RF(rt_float_mod(F(1), F(2))); }
static void t_float_div(tcall *c) { RF(rt_float_div(F(1), F(2))); }
static void t_float_pow(tcall *c) { RF(rt_float_pow(F(1), F(2))); }
static void t_int_repr(tcall *c) { RS(rt_int_repr(I(1))); }
static void t_int_hash(tcall *c) { RI(rt_int_hash(I(1))); }
static void t_int_round_n(tcall *c) { RI(rt_int_round_n(I(1), I(2))); }
static void t_int_floordiv(tcall *c) { RI(rt_int_floordiv(I(1), I(2))); }
static void t_int_mod(tcall *c) { RI(rt_int_mod(I(1), I(2))); }
static void t_int_truediv(tcall *c) { RF(rt_int_truediv(I(1), I(2))); }
static void t_int_pow(tcall *c) { RI(rt_int_pow(I(1), I(2))); }
static void t_int_add(tcall *c) { RI(rt_int_add(I(1), I(2))); }
static void t_int_mul(tcall *c) { RI(rt_int_mul(I(1), I(2))); }
static void t_int_lshift(tcall *c) { RI(rt_int_lshift(I(1), I(2))); }
static void t_int_rshift(tcall *c) { RI(rt_int_rshift(I(1), I(2))); }
static void t_int_from_str(tcall *c) { RI(rt_int_from_str(S(1), I(2))); }
static void t_float_from_str(tcall *c) { RF(rt_float_from_str(S(1))); }
static void t_format_float(tcall *c) { RS(rt_format_float(F(1), S(2))); }
static void t_format_int(tcall *c) { RS(rt_format_int(I(1), S(2))); }
static void t_format_bool(tcall *c) { RS(rt_format_bool((uint8_t)I(1), S(2))); }
static void t_format_str(tcall *c) { RS(rt_format_str(S(1), S(2))); }

#define TM1(name) static void t_math_##name(tcall *c) { RF(rt_math_##name(F(1))); }
#define TM1I(name) static void t_math_##name(tcall *c) { RI(rt_math_##name(F(1))); }
TM1(sqrt) TM1(exp) TM1(log) TM1(log2) TM1(log10) TM1(sin) TM1(cos) TM1(tan) TM1(atan)
TM1(asin) TM1(acos) TM1(sinh) TM1(cosh) TM1(tanh) TM1I(floor) TM1I(ceil) TM1I(trunc)
static void t_math_pow(tcall *c) { RF(rt_math_pow(F(1), F(2))); }
static void t_math_atan2(tcall *c) { RF(rt_math_atan2(F(1), F(2))); }
static void t_math_log_base(tcall *c) { RF(rt_math_log_base(F(1), F(2))); }

typedef struct tfn {
    const char *name;
    void (*fn)(tcall *);
} tfn;

#define E(n) { #n, t_##n }
#define ES(n) { "str_" #n, t_##n }
static const tfn table[] = {
    { "utf8_decode", t_utf8_decode }, { "str_slice_step", t_slice_step },
    ES(ljust), ES(rjust), ES(center), ES(upper), ES(lower), ES(capitalize), ES(title),
    ES(swapcase), ES(casefold), ES(repr), ES(isdigit), ES(isdecimal), ES(isnumeric),
    ES(isalpha), ES(isalnum), ES(isspace), ES(isupper), ES(islower), ES(istitle),
    ES(isidentifier), ES(isascii), ES(find), ES(rfind), ES(index), ES(rindex), ES(count),
    ES(startswith), ES(endswith), ES(contains), ES(partition_index), ES(rpartition_index),
    ES(replace), ES(split), ES(rsplit), ES(splitlines), ES(strip), ES(lstrip), ES(rstrip),
    ES(zfill), ES(len), ES(getitem), ES(repeat), ES(concat), ES(cmp), ES(eq), ES(ord),
    E(chr), E(float_repr), E(float_round), E(float_to_int), E(float_hash), E(float_round_n),
    E(float_floordiv), E(float_mod), E(float_div), E(float_pow), E(int_repr), E(int_hash),
    E(int_round_n), E(int_floordiv), E(int_mod), E(int_truediv), E(int_pow), E(int_add),
    E(int_mul), E(int_lshift), E(int_rshift), E(int_from_str), E(float_from_str),
    E(format_float), E(format_int), E(format_bool), E(format_str),
    E(math_sqrt), E(math_exp), E(math_log), E(math_log2), E(math_log10), E(math_sin),
    E(math_cos), E(math_tan), E(math_atan), E(math_asin), E(math_acos), E(math_sinh),
    E(math_cosh), E(math_tanh), E(math_floor), E(math_ceil), E(math_trunc), E(math_pow),
    E(math_atan2), E(math_log_base),
};

static const tfn *lookup(const char *name)
{
    for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
        if (strcmp(table[i].name, name) == 0)
            return &table[i];
    return NULL;
}

/* Arguments: fields 1 .. nfields-2; frame slots reloaded by S(). */
static void load_args(tcall *c)
{
    for (int k = 1; k < c->nfields - 1; k++) {
        const char *v = c->field[k];
        c->isnone[k] = v[0] == 'n';
        switch (v[0]) {
        case 's': c->frame[k] = str_from_hex(v + 1); break;
        case 'i': c->ival[k] = strtoll(v + 1, NULL, 10); break;
        case 'b': c->ival[k] = v[1] == '1'; break;
        case 'f': {
            uint64_t bits = strtoull(v + 1, NULL, 16);
            memcpy(&c->fval[k], &bits, 8);
            break;
        }
        default: break;
        }
    }
}

/* Runs every line whose function name starts with prefix; returns the
 * number of lines run and the number that differ, the first few described
 * in report.  It never fails a check itself: a check's failure inside a
 * transaction would leave the transaction open for the next test. */
static int run_cases(const char *prefix, int *failedp, char *report, size_t rcap)
{
    FILE *fp = fopen(TH_DATA_DIR "/cases.txt", "r");
    ck_assert_msg(fp != NULL, "cannot open %s/cases.txt", TH_DATA_DIR);
    char *line = NULL;
    size_t cap = 0;
    int run = 0, failed = 0;
    report[0] = 0;
    size_t plen = strlen(prefix);
    while (getline(&line, &cap, fp) > 0) {
        if (strncmp(line, prefix, plen) != 0)
            continue;
        line[strcspn(line, "\n")] = 0;
        char *orig = strdup(line);
        tcall c;
        memset(&c, 0, sizeof c);
        for (char *p = line, *tok; (tok = strsep(&p, "\t")) && c.nfields < MAXF + 2;)
            c.field[c.nfields++] = tok;
        const tfn *f = lookup(c.field[0]);
        ck_assert_msg(f != NULL, "unknown function %s in cases.txt", c.field[0]);
        c.frame = stm_push_frame(MAXF + 1);
        load_args(&c);
        f->fn(&c);
        char *got = result_text(&c);
        const char *want = c.field[c.nfields - 1];
        if (!same_result(got, want)) {
            if (failed < 8) {
                size_t n = strlen(report);
                snprintf(report + n, rcap - n, "\n  %.300s -> got %.200s", orig, got);
            }
            failed++;
        }
        free(got);
        free(orig);
        stm_pop_frame(c.frame);
        run++;
    }
    free(line);
    fclose(fp);
    *failedp = failed;
    return run;
}

#define DATA_TEST(name, prefix)              \
    START_TEST(name)                         \
    {                                        \
        static char report[4096];            \
        volatile int failed = 0, run = 0;    \
        TH_TX_BEGIN(1);                      \
        { int f = 0; run = run_cases(prefix, &f, report, sizeof report); failed = f; } \
        TH_TX_END();                         \
        ck_assert_msg(failed == 0, "%d of %d '%s' cases differ from CPython:%s", \
                      failed, run, prefix, report); \
        ck_assert_msg(run > 0, "no '%s' cases in cases.txt", prefix); \
    }                                        \
    END_TEST

DATA_TEST(data_str_search, "str_")
DATA_TEST(data_utf8, "utf8_")
DATA_TEST(data_chr, "chr")
DATA_TEST(data_float, "float_")
DATA_TEST(data_int, "int_")
DATA_TEST(data_format, "format_")
DATA_TEST(data_math, "math_")

Suite *th_suite_data(void)
{
    Suite *s = suite_create("cpython-cases");
    TCase *tc = tcase_create("cases");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, data_str_search);
    tcase_add_test(tc, data_utf8);
    tcase_add_test(tc, data_chr);
    tcase_add_test(tc, data_float);
    tcase_add_test(tc, data_int);
    tcase_add_test(tc, data_format);
    tcase_add_test(tc, data_math);
    suite_add_tcase(s, tc);
    return s;
}
