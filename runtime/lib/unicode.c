/* unicode.c - character classes and case mappings of single code points,
 * from the tables generated out of CPython 3.11 (unicode_db.c), so every
 * code point behaves as in CPython, not only ASCII and Latin-1. */
#include "runtime/lib/rtlib-int.h"
#include "runtime/lib/unicode_db.h"

static int in_ranges(const rt_range_tab *t, uint32_t c)
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < t->r[mid][0])
            hi = mid;
        else if (c > t->r[mid][1])
            lo = mid + 1;
        else
            return 1;
    }
    return 0;
}

/* ASCII answers without a search: the common case of every method. */
int rt_uc_isspace(uint32_t c)
{
    if (c < 128)
        return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
    return in_ranges(&rt_uc_db.space, c);
}

int rt_uc_isalpha(uint32_t c)
{
    if (c < 128)
        return (c | 32) >= 'a' && (c | 32) <= 'z';
    return in_ranges(&rt_uc_db.alpha, c);
}

int rt_uc_isdecimal(uint32_t c)
{
    if (c < 128)
        return c >= '0' && c <= '9';
    return in_ranges(&rt_uc_db.decimal, c);
}

int rt_uc_isdigit(uint32_t c)
{
    if (c < 128)
        return c >= '0' && c <= '9';
    return in_ranges(&rt_uc_db.digit, c);
}

int rt_uc_isnumeric(uint32_t c)
{
    if (c < 128)
        return c >= '0' && c <= '9';
    return in_ranges(&rt_uc_db.numeric, c);
}

int rt_uc_isupper(uint32_t c)
{
    if (c < 128)
        return c >= 'A' && c <= 'Z';
    return in_ranges(&rt_uc_db.upper, c);
}

int rt_uc_islower(uint32_t c)
{
    if (c < 128)
        return c >= 'a' && c <= 'z';
    return in_ranges(&rt_uc_db.lower, c);
}

int rt_uc_istitle(uint32_t c) { return in_ranges(&rt_uc_db.title, c); }
int rt_uc_iscased(uint32_t c) { return in_ranges(&rt_uc_db.cased, c); }
int rt_uc_iscaseignorable(uint32_t c) { return in_ranges(&rt_uc_db.case_ignorable, c); }

int rt_uc_isprintable(uint32_t c)
{
    if (c < 128)
        return c >= 32 && c < 127;
    return in_ranges(&rt_uc_db.printable, c);
}

int rt_uc_isxid_start(uint32_t c) { return in_ranges(&rt_uc_db.xid_start, c); }
int rt_uc_isxid_continue(uint32_t c) { return in_ranges(&rt_uc_db.xid_continue, c); }

/* The characters str.splitlines splits on. */
int rt_uc_islinebreak(uint32_t c)
{
    switch (c) {
    case 0x0a: case 0x0b: case 0x0c: case 0x0d: case 0x1c: case 0x1d:
    case 0x1e: case 0x85: case 0x2028: case 0x2029:
        return 1;
    default:
        return 0;
    }
}

static int map_case(const rt_case_tab *t, uint32_t c, uint32_t out[3])
{
    size_t lo = 0, hi = t->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const rt_case_row *row = &t->rows[mid];
        if (c < row->cp) {
            hi = mid;
        } else if (c > row->cp) {
            lo = mid + 1;
        } else {
            for (uint32_t i = 0; i < row->n; i++)
                out[i] = row->map[i];
            return (int)row->n;
        }
    }
    out[0] = c;
    return 1;
}

int rt_uc_upper(uint32_t c, uint32_t out[3])
{
    if (c < 128) {
        out[0] = (c >= 'a' && c <= 'z') ? c - 32 : c;
        return 1;
    }
    return map_case(&rt_uc_db.case_upper, c, out);
}

int rt_uc_lower(uint32_t c, uint32_t out[3])
{
    if (c < 128) {
        out[0] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
        return 1;
    }
    return map_case(&rt_uc_db.case_lower, c, out);
}

int rt_uc_title(uint32_t c, uint32_t out[3])
{
    if (c < 128)
        return rt_uc_upper(c, out);
    return map_case(&rt_uc_db.case_title, c, out);
}

int rt_uc_fold(uint32_t c, uint32_t out[3])
{
    if (c < 128)
        return rt_uc_lower(c, out);
    return map_case(&rt_uc_db.case_fold, c, out);
}

int rt_uc_decimal_value(uint32_t c)
{
    if (c < 128)
        return (c >= '0' && c <= '9') ? (int)(c - '0') : -1;
    const uint32_t *z = rt_uc_db.decimal_zero;
    size_t lo = 0, hi = rt_uc_db.ndecimal_zero;
    /* the last zero <= c */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (z[mid] <= c)
            lo = mid + 1;
        else
            hi = mid;
    }
    if (lo == 0 || c - z[lo - 1] > 9)
        return -1;
    return (int)(c - z[lo - 1]);
}
