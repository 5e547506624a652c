/* strmeth.c - the methods of str, with CPython 3.11's semantics (the
 * algorithms mirror Objects/unicodeobject.c and stringlib's observable
 * behaviour: edge cases of empty separators, start > len, maxsplit). */
#include "runtime/lib/rtlib-int.h"
#include <stdlib.h>

/* ------------------------------------------------------------ searching */

static const uint8_t *bytes1(stm_ref s)
{
    return (const uint8_t *)stm_addr(s) + offsetof(rt_strobj, data);
}

static int match_at(stm_ref s, int64_t i, stm_ref sub, int64_t m)
{
    for (int64_t k = 0; k < m; k++)
        if (str_at(s, i + k) != str_at(sub, k))
            return 0;
    return 1;
}

/* First index >= start where sub occurs ending <= end, or -1.  Assumes
 * 0 <= start, end <= len, and m >= 1. */
static int64_t search_fwd(stm_ref s, stm_ref sub, int64_t start, int64_t end)
{
    int64_t m = str_len(sub);
    if (end - start < m)
        return -1;
    if (s->tid == RT_TID_STR1 && sub->tid == RT_TID_STR1) {
        const uint8_t *h = bytes1(s);
        const void *p = memmem(h + start, (size_t)(end - start), bytes1(sub), (size_t)m);
        return p ? (const uint8_t *)p - h : -1;
    }
    uint32_t first = str_at(sub, 0);
    if (first > 255 && s->tid == RT_TID_STR1)
        return -1;
    for (int64_t i = start; i + m <= end; i++)
        if (str_at(s, i) == first && match_at(s, i, sub, m))
            return i;
    return -1;
}

static int64_t search_back(stm_ref s, stm_ref sub, int64_t start, int64_t end)
{
    int64_t m = str_len(sub);
    if (end - start < m)
        return -1;
    uint32_t first = str_at(sub, 0);
    if (first > 255 && s->tid == RT_TID_STR1)
        return -1;
    for (int64_t i = end - m; i >= start; i--)
        if (str_at(s, i) == first && match_at(s, i, sub, m))
            return i;
    return -1;
}

int64_t rt_str_find(stm_ref s, stm_ref sub, int64_t start, int64_t end)
{
    rt_adjust_range(str_len(s), &start, &end);
    if (end - start < str_len(sub))
        return -1;
    if (str_len(sub) == 0)
        return start;
    return search_fwd(s, sub, start, end);
}

int64_t rt_str_rfind(stm_ref s, stm_ref sub, int64_t start, int64_t end)
{
    rt_adjust_range(str_len(s), &start, &end);
    if (end - start < str_len(sub))
        return -1;
    if (str_len(sub) == 0)
        return end;
    return search_back(s, sub, start, end);
}

int64_t rt_str_index(stm_ref s, stm_ref sub, int64_t start, int64_t end)
{
    int64_t i = rt_str_find(s, sub, start, end);
    if (i < 0)
        rt_raise(RT_EXC_VALUE_ERROR, "substring not found");
    return i;
}

int64_t rt_str_rindex(stm_ref s, stm_ref sub, int64_t start, int64_t end)
{
    int64_t i = rt_str_rfind(s, sub, start, end);
    if (i < 0)
        rt_raise(RT_EXC_VALUE_ERROR, "substring not found");
    return i;
}

int64_t rt_str_count(stm_ref s, stm_ref sub, int64_t start, int64_t end)
{
    rt_adjust_range(str_len(s), &start, &end);
    int64_t m = str_len(sub);
    if (end - start < m)
        return 0;
    if (m == 0)
        return end - start + 1;
    int64_t n = 0;
    for (int64_t i = search_fwd(s, sub, start, end); i >= 0;
         i = search_fwd(s, sub, i + m, end))
        n++;
    return n;
}

uint8_t rt_str_contains(stm_ref s, stm_ref sub)
{
    return rt_str_find(s, sub, 0, INT64_MAX) >= 0;
}

static uint8_t tailmatch(stm_ref s, stm_ref sub, int64_t start, int64_t end, int at_end)
{
    rt_adjust_range(str_len(s), &start, &end);
    int64_t m = str_len(sub);
    if (end - m < start)
        return 0;
    if (m == 0)
        return 1;
    return (uint8_t)match_at(s, at_end ? end - m : start, sub, m);
}

uint8_t rt_str_startswith(stm_ref s, stm_ref prefix, int64_t start, int64_t end)
{
    return tailmatch(s, prefix, start, end, 0);
}

uint8_t rt_str_endswith(stm_ref s, stm_ref suffix, int64_t start, int64_t end)
{
    return tailmatch(s, suffix, start, end, 1);
}

/* ------------------------------------------------------------- splitting */

/* Piece boundaries, computed without allocating; then turned into a list. */
typedef struct spans {
    int64_t (*p)[2];
    size_t n, cap;
    size_t slot;        /* tracked: lives across the list's allocations */
} spans;

static void spans_add(spans *sp, int64_t a, int64_t b)
{
    if (sp->n == sp->cap) {
        sp->cap = sp->cap ? 2 * sp->cap : 16;
        void *old = sp->p;
        sp->p = rt_xrealloc(sp->p, sp->cap * sizeof *sp->p);
        if (!old)
            sp->slot = rt_tmp_track(sp->p);
        else
            rt_tmp_retrack(sp->slot, sp->p);
    }
    sp->p[sp->n][0] = a;
    sp->p[sp->n][1] = b;
    sp->n++;
}

/* The list of s[a:b] for each span, in order (reverse: last span first). */
static stm_ref spans_to_list(stm_ref s, spans *sp, int reverse)
{
    RT_FRAME(f, 3);
    f[0] = s;
    f[1] = rt_list_new();
    for (size_t k = 0; k < sp->n && !stm_tl.exc; k++) {
        size_t i = reverse ? sp->n - 1 - k : k;
        f[2] = rt_str_sub(f[0], sp->p[i][0], sp->p[i][1] - sp->p[i][0]);
        rt_list_append(f[1], f[2]);
    }
    stm_ref r = f[1];
    RT_POP(f);
    rt_tmp_free(sp->slot, sp->p);
    return stm_tl.exc ? 0 : r;
}

static int is_ws(stm_ref s, int64_t i) { return rt_uc_isspace(str_at(s, i)); }

static void split_ws(stm_ref s, int64_t maxcount, spans *sp)
{
    int64_t len = str_len(s), i = 0, j;
    while (maxcount-- > 0) {
        while (i < len && is_ws(s, i))
            i++;
        if (i == len)
            break;
        j = i++;
        while (i < len && !is_ws(s, i))
            i++;
        spans_add(sp, j, i);
    }
    if (i < len) {
        while (i < len && is_ws(s, i))
            i++;
        if (i != len)
            spans_add(sp, i, len);
    }
}

static void rsplit_ws(stm_ref s, int64_t maxcount, spans *sp)
{
    int64_t i = str_len(s) - 1, j;
    while (maxcount-- > 0) {
        while (i >= 0 && is_ws(s, i))
            i--;
        if (i < 0)
            break;
        j = i--;
        while (i >= 0 && !is_ws(s, i))
            i--;
        spans_add(sp, i + 1, j + 1);
    }
    if (i >= 0) {
        while (i >= 0 && is_ws(s, i))
            i--;
        if (i >= 0)
            spans_add(sp, 0, i + 1);
    }
}

static int check_sep(stm_ref sep)
{
    if (str_len(sep) == 0) {
        rt_raise(RT_EXC_VALUE_ERROR, "empty separator");
        return 0;
    }
    return 1;
}

stm_ref rt_str_split(stm_ref s, stm_ref sep, int64_t maxsplit)
{
    spans sp = {0};
    int64_t maxcount = maxsplit < 0 ? INT64_MAX : maxsplit;
    if (!sep) {
        split_ws(s, maxcount, &sp);
    } else {
        if (!check_sep(sep))
            return 0;
        int64_t i = 0, len = str_len(s), m = str_len(sep);
        while (maxcount-- > 0) {
            int64_t j = search_fwd(s, sep, i, len);
            if (j < 0)
                break;
            spans_add(&sp, i, j);
            i = j + m;
        }
        spans_add(&sp, i, len);
    }
    return spans_to_list(s, &sp, 0);
}

stm_ref rt_str_rsplit(stm_ref s, stm_ref sep, int64_t maxsplit)
{
    spans sp = {0};
    int64_t maxcount = maxsplit < 0 ? INT64_MAX : maxsplit;
    if (!sep) {
        rsplit_ws(s, maxcount, &sp);
    } else {
        if (!check_sep(sep))
            return 0;
        int64_t j = str_len(s), m = str_len(sep);
        while (maxcount-- > 0) {
            int64_t pos = search_back(s, sep, 0, j);
            if (pos < 0)
                break;
            spans_add(&sp, pos + m, j);
            j = pos;
        }
        spans_add(&sp, 0, j);
    }
    return spans_to_list(s, &sp, 1);
}

stm_ref rt_str_splitlines(stm_ref s, uint8_t keepends)
{
    spans sp = {0};
    int64_t len = str_len(s), i = 0, j = 0;
    while (i < len) {
        while (i < len && !rt_uc_islinebreak(str_at(s, i)))
            i++;
        int64_t eol = i;
        if (i < len) {
            if (str_at(s, i) == '\r' && i + 1 < len && str_at(s, i + 1) == '\n')
                i += 2;
            else
                i++;
            if (keepends)
                eol = i;
        }
        spans_add(&sp, j, eol);
        j = i;
    }
    return spans_to_list(s, &sp, 0);
}

int64_t rt_str_partition_index(stm_ref s, stm_ref sep)
{
    if (!check_sep(sep))
        return -1;
    return search_fwd(s, sep, 0, str_len(s));
}

int64_t rt_str_rpartition_index(stm_ref s, stm_ref sep)
{
    if (!check_sep(sep))
        return -1;
    return search_back(s, sep, 0, str_len(s));
}

/* ------------------------------------------------------------- stripping */

static int in_chars(stm_ref chars, uint32_t c)
{
    if (!chars)
        return rt_uc_isspace(c);
    for (int64_t k = 0, n = str_len(chars); k < n; k++)
        if (str_at(chars, k) == c)
            return 1;
    return 0;
}

static stm_ref do_strip(stm_ref s, stm_ref chars, int left, int right)
{
    int64_t i = 0, j = str_len(s);
    if (left)
        while (i < j && in_chars(chars, str_at(s, i)))
            i++;
    if (right)
        while (j > i && in_chars(chars, str_at(s, j - 1)))
            j--;
    return rt_str_sub(s, i, j - i);
}

stm_ref rt_str_strip(stm_ref s, stm_ref chars) { return do_strip(s, chars, 1, 1); }
stm_ref rt_str_lstrip(stm_ref s, stm_ref chars) { return do_strip(s, chars, 1, 0); }
stm_ref rt_str_rstrip(stm_ref s, stm_ref chars) { return do_strip(s, chars, 0, 1); }

/* ------------------------------------------------------------- replacing */

static void put_str(rt_ubuf *b, stm_ref s, int64_t from, int64_t to)
{
    for (int64_t i = from; i < to; i++)
        rt_ubuf_put(b, str_at(s, i));
}

stm_ref rt_str_replace(stm_ref s, stm_ref old, stm_ref new_, int64_t count)
{
    int64_t len = str_len(s), m = str_len(old);
    if (count < 0)
        count = INT64_MAX;
    if (count == 0 || (m > 0 && search_fwd(s, old, 0, len) < 0))
        return s;
    rt_ubuf b = {0};
    if (m == 0) {
        /* insert before every character and at the end, count times */
        int64_t i = 0;
        for (; i <= len && count > 0; i++, count--) {
            put_str(&b, new_, 0, str_len(new_));
            if (i < len)
                rt_ubuf_put(&b, str_at(s, i));
        }
        put_str(&b, s, i, len);
        return rt_ubuf_finish(&b);
    }
    int64_t i = 0;
    while (count-- > 0) {
        int64_t j = search_fwd(s, old, i, len);
        if (j < 0)
            break;
        put_str(&b, s, i, j);
        put_str(&b, new_, 0, str_len(new_));
        i = j + m;
    }
    put_str(&b, s, i, len);
    return rt_ubuf_finish(&b);
}

/* --------------------------------------------------------- case mapping */

/* CPython's handle_capital_sigma: final form when preceded by a cased
 * letter and not followed by one (case-ignorable letters skipped). */
static uint32_t lower_sigma(stm_ref s, int64_t i)
{
    int64_t len = str_len(s), j = i - 1;
    uint32_t c = 0;
    while (j >= 0 && rt_uc_iscaseignorable(c = str_at(s, j)))
        j--;
    int final = j >= 0 && rt_uc_iscased(c);
    if (final) {
        j = i + 1;
        while (j < len && rt_uc_iscaseignorable(c = str_at(s, j)))
            j++;
        final = j == len || !rt_uc_iscased(c);
    }
    return final ? 0x3c2 : 0x3c3;
}

static void put_lower(rt_ubuf *b, stm_ref s, int64_t i)
{
    uint32_t c = str_at(s, i), out[3];
    if (c == 0x3a3) {
        rt_ubuf_put(b, lower_sigma(s, i));
        return;
    }
    int n = rt_uc_lower(c, out);
    for (int k = 0; k < n; k++)
        rt_ubuf_put(b, out[k]);
}

static void put_mapped(rt_ubuf *b, uint32_t c, int (*map)(uint32_t, uint32_t[3]))
{
    uint32_t out[3];
    int n = map(c, out);
    for (int k = 0; k < n; k++)
        rt_ubuf_put(b, out[k]);
}

/* The case of a 1-byte str where every char maps to one Latin-1 char
 * (lower() always; upper() unless the str holds one of 'µ', 'ß', 'ÿ'):
 * a 1-byte result of the same length, filled directly.  ASCII letters,
 * most of what is seen, are done inline; the rest asks the table. */
static stm_ref case_latin1(stm_ref s, int (*map)(uint32_t, uint32_t[3]),
                           uint8_t first, int delta)
{
    uint32_t out[3];
    int64_t n = str_len(s);
    RT_FRAME(f, 1);
    f[0] = s;
    stm_ref r = rt_str_alloc(n, RT_STR_KIND1);
    s = f[0];
    RT_POP(f);
    uint8_t *d = (uint8_t *)stm_addr(r) + offsetof(rt_strobj, data);
    const uint8_t *src = bytes1(s);
    for (int64_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        if (c < 128) {
            d[i] = (uint8_t)((unsigned)(c - first) < 26 ? c + delta : c);
        } else {
            map(c, out);
            d[i] = (uint8_t)out[0];
        }
    }
    return r;
}

static int upper_stays_latin1(stm_ref s)
{
    const uint8_t *p = bytes1(s);
    for (int64_t i = 0, n = str_len(s); i < n; i++)
        if (p[i] == 0xb5 || p[i] == 0xdf || p[i] == 0xff)
            return 0;
    return 1;
}

stm_ref rt_str_upper(stm_ref s)
{
    if (s->tid == RT_TID_STR1 && upper_stays_latin1(s))
        return case_latin1(s, rt_uc_upper, 'a', 'A' - 'a');
    rt_ubuf b = {0};
    for (int64_t i = 0, n = str_len(s); i < n; i++)
        put_mapped(&b, str_at(s, i), rt_uc_upper);
    return rt_ubuf_finish(&b);
}

stm_ref rt_str_lower(stm_ref s)
{
    if (s->tid == RT_TID_STR1)
        return case_latin1(s, rt_uc_lower, 'A', 'a' - 'A');
    rt_ubuf b = {0};
    for (int64_t i = 0, n = str_len(s); i < n; i++)
        put_lower(&b, s, i);
    return rt_ubuf_finish(&b);
}

stm_ref rt_str_casefold(stm_ref s)
{
    rt_ubuf b = {0};
    for (int64_t i = 0, n = str_len(s); i < n; i++)
        put_mapped(&b, str_at(s, i), rt_uc_fold);
    return rt_ubuf_finish(&b);
}

stm_ref rt_str_capitalize(stm_ref s)
{
    rt_ubuf b = {0};
    int64_t n = str_len(s);
    if (n > 0)
        put_mapped(&b, str_at(s, 0), rt_uc_title);
    for (int64_t i = 1; i < n; i++)
        put_lower(&b, s, i);
    return rt_ubuf_finish(&b);
}

stm_ref rt_str_title(stm_ref s)
{
    rt_ubuf b = {0};
    int prev_cased = 0;
    for (int64_t i = 0, n = str_len(s); i < n; i++) {
        uint32_t c = str_at(s, i);
        if (prev_cased)
            put_lower(&b, s, i);
        else
            put_mapped(&b, c, rt_uc_title);
        prev_cased = rt_uc_iscased(c);
    }
    return rt_ubuf_finish(&b);
}

stm_ref rt_str_swapcase(stm_ref s)
{
    rt_ubuf b = {0};
    for (int64_t i = 0, n = str_len(s); i < n; i++) {
        uint32_t c = str_at(s, i);
        if (rt_uc_isupper(c))
            put_lower(&b, s, i);
        else if (rt_uc_islower(c))
            put_mapped(&b, c, rt_uc_upper);
        else
            rt_ubuf_put(&b, c);
    }
    return rt_ubuf_finish(&b);
}

/* -------------------------------------------------------- predicates */

static uint8_t all_chars(stm_ref s, int (*pred)(uint32_t))
{
    int64_t n = str_len(s);
    if (n == 0)
        return 0;
    for (int64_t i = 0; i < n; i++)
        if (!pred(str_at(s, i)))
            return 0;
    return 1;
}

static int isalnum_char(uint32_t c)
{
    return rt_uc_isalpha(c) || rt_uc_isdecimal(c) || rt_uc_isdigit(c) || rt_uc_isnumeric(c);
}

uint8_t rt_str_isdigit(stm_ref s) { return all_chars(s, rt_uc_isdigit); }
uint8_t rt_str_isdecimal(stm_ref s) { return all_chars(s, rt_uc_isdecimal); }
uint8_t rt_str_isnumeric(stm_ref s) { return all_chars(s, rt_uc_isnumeric); }
uint8_t rt_str_isalpha(stm_ref s) { return all_chars(s, rt_uc_isalpha); }
uint8_t rt_str_isalnum(stm_ref s) { return all_chars(s, isalnum_char); }
uint8_t rt_str_isspace(stm_ref s) { return all_chars(s, rt_uc_isspace); }

uint8_t rt_str_isascii(stm_ref s)
{
    for (int64_t i = 0, n = str_len(s); i < n; i++)
        if (str_at(s, i) >= 128)
            return 0;
    return 1;
}

/* True for the empty string, unlike the predicates above. */
uint8_t rt_str_isprintable(stm_ref s)
{
    for (int64_t i = 0, n = str_len(s); i < n; i++)
        if (!rt_uc_isprintable(str_at(s, i)))
            return 0;
    return 1;
}

uint8_t rt_str_isupper(stm_ref s)
{
    int cased = 0;
    for (int64_t i = 0, n = str_len(s); i < n; i++) {
        uint32_t c = str_at(s, i);
        if (rt_uc_islower(c) || rt_uc_istitle(c))
            return 0;
        cased |= rt_uc_isupper(c);
    }
    return (uint8_t)cased;
}

uint8_t rt_str_islower(stm_ref s)
{
    int cased = 0;
    for (int64_t i = 0, n = str_len(s); i < n; i++) {
        uint32_t c = str_at(s, i);
        if (rt_uc_isupper(c) || rt_uc_istitle(c))
            return 0;
        cased |= rt_uc_islower(c);
    }
    return (uint8_t)cased;
}

uint8_t rt_str_istitle(stm_ref s)
{
    int cased = 0, prev_cased = 0;
    for (int64_t i = 0, n = str_len(s); i < n; i++) {
        uint32_t c = str_at(s, i);
        if (rt_uc_isupper(c) || rt_uc_istitle(c)) {
            if (prev_cased)
                return 0;
            prev_cased = cased = 1;
        } else if (rt_uc_islower(c)) {
            if (!prev_cased)
                return 0;
            prev_cased = cased = 1;
        } else {
            prev_cased = 0;
        }
    }
    return (uint8_t)cased;
}

uint8_t rt_str_isidentifier(stm_ref s)
{
    int64_t n = str_len(s);
    if (n == 0 || !rt_uc_isxid_start(str_at(s, 0)))
        return 0;
    for (int64_t i = 1; i < n; i++)
        if (!rt_uc_isxid_continue(str_at(s, i)))
            return 0;
    return 1;
}

/* ------------------------------------------------------------- padding */

static int fill_char(stm_ref fillchar, uint32_t *c)
{
    if (!fillchar) {
        *c = ' ';
        return 1;
    }
    if (str_len(fillchar) != 1) {
        rt_raise(RT_EXC_TYPE_ERROR, "The fill character must be exactly one character long");
        return 0;
    }
    *c = str_at(fillchar, 0);
    return 1;
}

/* left + s + right copies of fill. */
static stm_ref pad(stm_ref s, int64_t left, int64_t right, uint32_t fill)
{
    int64_t n = str_len(s);
    uint32_t maxc = rt_str_maxchar(s);
    if (fill > maxc)
        maxc = fill;
    RT_FRAME(f, 1);
    f[0] = s;
    stm_ref r = rt_str_new_raw(left + n + right, maxc);
    s = f[0];
    RT_POP(f);
    for (int64_t i = 0; i < left; i++)
        str_set(r, i, fill);
    for (int64_t i = 0; i < n; i++)
        str_set(r, left + i, str_at(s, i));
    for (int64_t i = 0; i < right; i++)
        str_set(r, left + n + i, fill);
    return r;
}

stm_ref rt_str_ljust(stm_ref s, int64_t width, stm_ref fillchar)
{
    uint32_t c;
    if (!fill_char(fillchar, &c))
        return 0;
    if (width <= str_len(s))
        return s;
    return pad(s, 0, width - str_len(s), c);
}

stm_ref rt_str_rjust(stm_ref s, int64_t width, stm_ref fillchar)
{
    uint32_t c;
    if (!fill_char(fillchar, &c))
        return 0;
    if (width <= str_len(s))
        return s;
    return pad(s, width - str_len(s), 0, c);
}

stm_ref rt_str_center(stm_ref s, int64_t width, stm_ref fillchar)
{
    uint32_t c;
    if (!fill_char(fillchar, &c))
        return 0;
    if (width <= str_len(s))
        return s;
    int64_t marg = width - str_len(s);
    int64_t left = marg / 2 + (marg & width & 1);
    return pad(s, left, marg - left, c);
}

stm_ref rt_str_zfill(stm_ref s, int64_t width)
{
    int64_t n = str_len(s);
    if (width <= n)
        return s;
    int64_t fill = width - n;
    stm_ref r = pad(s, fill, 0, '0');
    uint32_t c = str_at(r, fill);
    if (c == '+' || c == '-') {
        str_set(r, 0, c);
        str_set(r, fill, '0');
    }
    return r;
}
