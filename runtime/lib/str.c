/* str.c - str objects: construction, UTF-8, indexing, slicing, operators,
 * hashing, repr.  Layout and STM rules: rtlib.h and rtlib-int.h. */
#include "runtime/lib/rtlib-int.h"
#include <stdlib.h>
#include <stdio.h>

/* ------------------------------------------------------------- helpers */

void rt_die_at(const char *file, int line, const char *msg)
{
    rt_flush_std();
    fprintf(stderr, "rtrans: internal error at %s:%d: %s\n", file, line, msg);
    abort();
}

void *rt_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        stm_out_of_memory("out of memory (malloc of %zu bytes)", n);
    return p;
}

void *rt_xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        stm_out_of_memory("out of memory (realloc of %zu bytes)", n);
    return p;
}

/* ------------------------------------------------ tracked temporaries */

#ifdef RTRANS_STM
typedef struct tmp_state {
    void **p;
    size_t n, cap;
    size_t mark;          /* first entry of the current transaction */
    int armed;            /* callbacks registered for it */
} tmp_state;

static __thread tmp_state tmps;

static void tmp_on_abort(void *arg)
{
    (void)arg;
    for (size_t i = tmps.mark; i < tmps.n; i++)
        free(tmps.p[i]);
    tmps.n = tmps.mark;
    tmps.armed = 0;
}

static void tmp_on_commit(void *arg)
{
    (void)arg;
    tmps.armed = 0;
}

size_t rt_tmp_track(void *p)
{
    if (!tmps.armed && stm_in_transaction()) {
        tmps.mark = tmps.n;
        tmps.armed = 1;
        stm_on_abort(tmp_on_abort, NULL);
        stm_on_commit(tmp_on_commit, NULL);
    }
    if (tmps.n == tmps.cap) {
        tmps.cap = tmps.cap ? 2 * tmps.cap : 16;
        tmps.p = rt_xrealloc(tmps.p, tmps.cap * sizeof *tmps.p);
    }
    tmps.p[tmps.n++] = p;
    return tmps.n;
}

void rt_tmp_retrack(size_t slot, void *p)
{
    if (slot)
        tmps.p[slot - 1] = p;
}

void rt_tmp_free(size_t slot, void *p)
{
    free(p);
    if (!slot)
        return;
    tmps.p[slot - 1] = NULL;
    while (tmps.n && !tmps.p[tmps.n - 1])
        tmps.n--;
    if (tmps.mark > tmps.n)
        tmps.mark = tmps.n;
}

size_t rt_tmp_pending(void) { return tmps.n; }

void rt_tmp_thread_exit(void)
{
    for (size_t i = 0; i < tmps.n; i++)
        free(tmps.p[i]);
    free(tmps.p);
    memset(&tmps, 0, sizeof tmps);
}
#else
void rt_tmp_thread_exit(void) {}
size_t rt_tmp_pending(void) { return 0; }
size_t rt_tmp_track(void *p) { (void)p; return 0; }
void rt_tmp_retrack(size_t slot, void *p) { (void)slot; (void)p; }
void rt_tmp_free(size_t slot, void *p) { (void)slot; free(p); }
#endif

/* ---------------------------------------------------------- C buffers */

void rt_ubuf_put(rt_ubuf *b, uint32_t c)
{
    if (b->n == b->cap) {
        b->cap = b->cap ? 2 * b->cap : 16;
        uint32_t *old = b->p;
        b->p = rt_xrealloc(b->p, b->cap * sizeof *b->p);
        if (!old)
            b->slot = rt_tmp_track(b->p);
        else
            rt_tmp_retrack(b->slot, b->p);
    }
    b->p[b->n++] = c;
    if (c > b->maxchar)
        b->maxchar = c;
}

void rt_ubuf_puts(rt_ubuf *b, const char *ascii)
{
    while (*ascii)
        rt_ubuf_put(b, (uint8_t)*ascii++);
}

stm_ref rt_ubuf_finish(rt_ubuf *b)
{
    stm_ref r = rt_str_from_cps(b->p, (int64_t)b->n);
    rt_tmp_free(b->slot, b->p);
    b->p = NULL;
    b->n = b->cap = b->slot = 0;
    return r;
}

void rt_cbuf_reserve(rt_cbuf *b, size_t extra)
{
    if (b->n + extra <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->n + extra)
        cap *= 2;
    char *old = b->p;
    b->p = rt_xrealloc(b->p, cap);
    b->cap = cap;
    if (!old)
        b->slot = rt_tmp_track(b->p);
    else
        rt_tmp_retrack(b->slot, b->p);
}

void rt_cbuf_free(rt_cbuf *b)
{
    if (b->p)
        rt_tmp_free(b->slot, b->p);
    b->p = NULL;
    b->n = b->cap = b->slot = 0;
}

void rt_cbuf_put(rt_cbuf *b, char c)
{
    rt_cbuf_reserve(b, 1);
    b->p[b->n++] = c;
}

void rt_cbuf_append(rt_cbuf *b, const char *s, size_t n)
{
    rt_cbuf_reserve(b, n);
    memcpy(b->p + b->n, s, n);
    b->n += n;
}

/* ------------------------------------------------- shared constant strs */

/* [0..255]: the 1-character Latin-1 strings, [256]: the empty string. */
static stm_ref shared_strs[257];
static int shared_registered;

void rt_str_init(void);
void rt_str_init(void)
{
    if (!shared_registered) {
        stm_register_constant_roots(shared_strs, 257);
        shared_registered = 1;
    }
    for (uint32_t c = 0; c < 257; c++) {
        stm_ref s = stm_allocate_var(RT_TID_STR1, c < 256 ? 1 : 0);
        if (c < 256)
            RT_STR(s)->data[0] = (uint8_t)c;
        shared_strs[c] = s;
    }
}

stm_ref rt_str_latin1_char(uint32_t c) { return shared_strs[c]; }
stm_ref rt_str_empty(void) { return shared_strs[256]; }

/* --------------------------------------------------------- construction */

/* stm_allocate_var with the str layout inline (n > 0). */
static stm_ref str_allocate(int64_t n, int kind)
{
    if (kind == RT_STR_KIND4)
        return stm_allocate_items(RT_TID_STR4, n, offsetof(rt_strobj, data), 4,
                                  offsetof(rt_strobj, length));
    return stm_allocate_items(RT_TID_STR1, n, offsetof(rt_strobj, data), 1,
                              offsetof(rt_strobj, length));
}

stm_ref rt_str_new_raw(int64_t n, uint32_t maxchar)
{
    if (n == 0)
        return rt_str_empty();
    return str_allocate(n, maxchar < 256 ? RT_STR_KIND1 : RT_STR_KIND4);
}

stm_ref rt_str_alloc(int64_t n, int kind)
{
    if (n <= 0)
        return rt_str_empty();
    return str_allocate(n, kind);
}

int64_t rt_str_copy_into(stm_ref dst, int64_t pos, stm_ref src)
{
    int64_t n = str_len(src);
    RT_ASSERT(pos >= 0 && pos + n <= str_len(dst));
    if (n == 0)
        return pos;
    stm_write(dst);
    if (dst->tid == src->tid) {
        size_t w = dst->tid == RT_TID_STR1 ? 1 : 4;
        memcpy((char *)stm_addr(dst) + offsetof(rt_strobj, data) + (size_t)pos * w,
               (char *)stm_addr(src) + offsetof(rt_strobj, data), (size_t)n * w);
    } else {
        for (int64_t i = 0; i < n; i++)
            str_set(dst, pos + i, str_at(src, i));
    }
    return pos + n;
}

stm_ref rt_str_from_cps(const uint32_t *cps, int64_t n)
{
    uint32_t maxc = 0;
    for (int64_t i = 0; i < n; i++)
        if (cps[i] > maxc)
            maxc = cps[i];
    if (n == 1 && maxc < 256)
        return rt_str_latin1_char(maxc);
    stm_ref r = rt_str_new_raw(n, maxc);
    if (r->tid == RT_TID_STR1) {
        uint8_t *d = (uint8_t *)stm_addr(r) + offsetof(rt_strobj, data);
        for (int64_t i = 0; i < n; i++)
            d[i] = (uint8_t)cps[i];
    } else if (n > 0) {
        memcpy((char *)stm_addr(r) + offsetof(rt_strobj, data), cps, (size_t)n * 4);
    }
    return r;
}

stm_ref rt_str_from_ucs4(const uint32_t *s, size_t n)
{
    return rt_str_from_cps(s, (int64_t)n);
}

stm_ref rt_str_from_latin1(const uint8_t *s, size_t n)
{
    if (n == 1)
        return rt_str_latin1_char(s[0]);
    stm_ref r = rt_str_new_raw((int64_t)n, 0);
    if (n)
        memcpy((char *)stm_addr(r) + offsetof(rt_strobj, data), s, n);
    return r;
}

/* The program's constant table: written once, at start-up, before any
 * other thread exists; read-only afterwards. */
static const rt_str_const *const_table;
static size_t const_count;

static stm_ref str_of_const(const rt_str_const *c)
{
    size_t len = (size_t)c->length;
    if ((c->kind & ~RT_STR_LAZY) == RT_STR_KIND1)
        return rt_str_from_latin1(c->data, len);
    return rt_str_from_ucs4(c->data, len);
}

void rt_str_make_constants(stm_ref *out, const rt_str_const *tab, size_t n)
{
    const_table = tab;
    const_count = n;
    for (size_t i = 0; i < n; i++)
        if (!(tab[i].kind & RT_STR_LAZY))
            out[i] = str_of_const(&tab[i]);
}

stm_ref rt_str_const_lazy(int64_t k)
{
    RT_ASSERT(k >= 0 && (size_t)k < const_count && (const_table[k].kind & RT_STR_LAZY));
    return str_of_const(&const_table[k]);
}

stm_ref rt_str_ascii(const char *s, size_t n)
{
    return rt_str_from_latin1((const uint8_t *)s, n);
}

void rt_str_get_cps(stm_ref s, int64_t start, int64_t n, uint32_t *out)
{
    for (int64_t i = 0; i < n; i++)
        out[i] = str_at(s, start + i);
}

uint32_t rt_str_maxchar(stm_ref s)
{
    if (s->tid == RT_TID_STR1)
        return 255;
    uint32_t m = 0;
    for (int64_t i = 0, n = str_len(s); i < n; i++)
        if (str_at(s, i) > m)
            m = str_at(s, i);
    return m;
}

/* ----------------------------------------------------------------- UTF-8 */

/* Length of the sequence a start byte announces (0: invalid start). */
static int utf8_seq_len(uint8_t b)
{
    if (b < 0x80) return 1;
    if (b < 0xc2) return 0;
    if (b < 0xe0) return 2;
    if (b < 0xf0) return 3;
    if (b < 0xf5) return 4;
    return 0;
}

/* Valid range of the second byte after start byte b. */
static void utf8_second_range(uint8_t b, uint8_t *lo, uint8_t *hi)
{
    *lo = 0x80;
    *hi = 0xbf;
    if (b == 0xe0) *lo = 0xa0;
    else if (b == 0xed) *hi = 0x9f;
    else if (b == 0xf0) *lo = 0x90;
    else if (b == 0xf4) *hi = 0x8f;
}

/* Checks the sequence at s[0..avail); returns its length, or -k for an
 * error whose bad part is k bytes, with *why set. */
static int utf8_one(const uint8_t *s, size_t avail, uint32_t *cp, const char **why)
{
    int len = utf8_seq_len(s[0]);
    if (len == 0) {
        *why = "invalid start byte";
        return -1;
    }
    if (len == 1) {
        *cp = s[0];
        return 1;
    }
    uint32_t c = s[0] & (0xff >> (len + 1));
    for (int i = 1; i < len; i++) {
        if ((size_t)i >= avail) {
            *why = "unexpected end of data";
            return -i;
        }
        uint8_t lo = 0x80, hi = 0xbf;
        if (i == 1)
            utf8_second_range(s[0], &lo, &hi);
        if (s[i] < lo || s[i] > hi) {
            *why = "invalid continuation byte";
            return -i;
        }
        c = (c << 6) | (s[i] & 0x3f);
    }
    *cp = c;
    return len;
}

int64_t rt_utf8_check(const char *s, size_t n, int64_t *ncp, uint32_t *maxchar,
                      const char **why, size_t *badlen)
{
    const uint8_t *u = (const uint8_t *)s;
    int64_t count = 0;
    uint32_t maxc = 0;
    size_t i = 0;
    while (i < n) {
        if (u[i] < 0x80) {
            i++;
            count++;
            continue;
        }
        uint32_t c = 0;
        int k = utf8_one(u + i, n - i, &c, why);
        if (k < 0) {
            *badlen = (size_t)-k;
            return (int64_t)i;
        }
        if (c > maxc)
            maxc = c;
        i += (size_t)k;
        count++;
    }
    *ncp = count;
    *maxchar = maxc;
    return -1;
}

int rt_utf8_put(uint32_t c, char *out)
{
    if (c < 0x80) {
        out[0] = (char)c;
        return 1;
    }
    if (c < 0x800) {
        out[0] = (char)(0xc0 | (c >> 6));
        out[1] = (char)(0x80 | (c & 0x3f));
        return 2;
    }
    if (c < 0x10000) {
        out[0] = (char)(0xe0 | (c >> 12));
        out[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        out[2] = (char)(0x80 | (c & 0x3f));
        return 3;
    }
    out[0] = (char)(0xf0 | (c >> 18));
    out[1] = (char)(0x80 | ((c >> 12) & 0x3f));
    out[2] = (char)(0x80 | ((c >> 6) & 0x3f));
    out[3] = (char)(0x80 | (c & 0x3f));
    return 4;
}

static void raise_decode_error(const char *s, int64_t pos, size_t badlen, const char *why)
{
    if (badlen == 1)
        rt_raise(RT_EXC_UNICODE_DECODE_ERROR,
                 "'utf-8' codec can't decode byte 0x%02x in position %lld: %s",
                 (uint8_t)s[pos], (long long)pos, why);
    else
        rt_raise(RT_EXC_UNICODE_DECODE_ERROR,
                 "'utf-8' codec can't decode bytes in position %lld-%lld: %s",
                 (long long)pos, (long long)(pos + (int64_t)badlen - 1), why);
}

stm_ref rt_str_from_utf8(const char *s, size_t n)
{
    int64_t ncp = 0;
    uint32_t maxc = 0;
    const char *why = NULL;
    size_t badlen = 0;
    int64_t bad = rt_utf8_check(s, n, &ncp, &maxc, &why, &badlen);
    if (bad >= 0) {
        raise_decode_error(s, bad, badlen, why);
        return 0;
    }
    if (ncp == 1 && maxc < 256) {
        uint32_t c = 0;
        utf8_one((const uint8_t *)s, n, &c, &why);
        return rt_str_latin1_char(c);
    }
    stm_ref r = rt_str_new_raw(ncp, maxc);
    const uint8_t *u = (const uint8_t *)s;
    size_t i = 0;
    for (int64_t k = 0; k < ncp; k++) {
        uint32_t c = 0;
        i += (size_t)utf8_one(u + i, n - i, &c, &why);
        str_set(r, k, c);
    }
    return r;
}

/* ----------------------------------------------- bytes (prelude _bytes.py)
 * A bytes is a str of characters below 256, one per byte. */

void rt_str_set_byte(stm_ref s, int64_t i, int64_t v)
{
    RT_ASSERT(s->tid == RT_TID_STR1 && i >= 0 && i < str_len(s) && v >= 0 && v < 256);
    stm_write(s);
    str_set(s, i, (uint32_t)v);
}

/* The bytes of s as UTF-8 text.  errors: 0 strict (UnicodeDecodeError as
 * CPython words it), 1 replace (U+FFFD for each maximal bad part, as
 * CPython), 2 ignore. */
stm_ref rt_bytes_decode_utf8(stm_ref s, int64_t errors)
{
    size_t n = (size_t)str_len(s);
    uint8_t *buf = rt_xmalloc(n + 1);
    size_t slot = rt_tmp_track(buf);
    for (size_t i = 0; i < n; i++)
        buf[i] = (uint8_t)str_at(s, (int64_t)i);
    stm_ref r;
    if (errors == 0) {
        r = rt_str_from_utf8((const char *)buf, n);
    } else {
        rt_ubuf b = {0};
        for (size_t i = 0; i < n;) {
            uint32_t c = 0;
            const char *why = NULL;
            int k = utf8_one(buf + i, n - i, &c, &why);
            if (k < 0 && errors == 1)
                rt_ubuf_put(&b, 0xfffd);
            else if (k > 0)
                rt_ubuf_put(&b, c);
            i += (size_t)(k < 0 ? -k : k);
        }
        r = rt_ubuf_finish(&b);
    }
    rt_tmp_free(slot, buf);
    return r;
}

/* s.encode(): its UTF-8 bytes as a bytes' str (raises for a surrogate). */
stm_ref rt_str_encode_utf8(stm_ref s)
{
    size_t n = 0;
    char *u = rt_str_to_utf8(s, &n);
    if (!u)
        return 0;
    size_t slot = rt_tmp_track(u);
    stm_ref r = rt_str_from_latin1((const uint8_t *)u, n);
    rt_tmp_free(slot, u);
    return r;
}

stm_ref rt_str_from_cstr(const char *s)
{
    return rt_str_from_utf8(s, strlen(s));
}

char *rt_str_to_utf8(stm_ref s, size_t *np)
{
    int64_t n = str_len(s);
    if (s->tid == RT_TID_STR1) {
        /* fast path: pure ASCII copies as is */
        const uint8_t *d = (const uint8_t *)stm_addr(s) + offsetof(rt_strobj, data);
        char *out = rt_xmalloc((size_t)n * 2 + 1);
        size_t k = 0;
        for (int64_t i = 0; i < n; i++)
            k += (size_t)rt_utf8_put(d[i], out + k);
        out[k] = 0;
        if (np)
            *np = k;
        return out;
    }
    char *out = rt_xmalloc((size_t)n * 4 + 1);
    size_t k = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i);
        if (c >= 0xd800 && c <= 0xdfff) {
            free(out);
            rt_raise(RT_EXC_UNICODE_ENCODE_ERROR,
                     "'utf-8' codec can't encode character '\\u%04x' in position %lld: "
                     "surrogates not allowed", c, (long long)i);
            return NULL;
        }
        k += (size_t)rt_utf8_put(c, out + k);
    }
    out[k] = 0;
    if (np)
        *np = k;
    return out;
}

/* ------------------------------------------------------------ accessors */

int64_t rt_str_len(stm_ref s) { return str_len(s); }
int rt_str_kind(stm_ref s) { return str_kind(s); }

uint32_t rt_str_get(stm_ref s, int64_t i)
{
    RT_ASSERT(i >= 0 && i < str_len(s));
    return str_at(s, i);
}

int64_t rt_str_ord_at(stm_ref s, int64_t i) { return rt_str_get(s, i); }

stm_ref rt_str_char_at(stm_ref s, int64_t i)
{
    uint32_t c = rt_str_get(s, i);
    if (c < 256)
        return rt_str_latin1_char(c);
    stm_ref r = stm_allocate_var(RT_TID_STR4, 1);
    str_set(r, 0, c);
    return r;
}

stm_ref rt_str_getitem(stm_ref s, int64_t i)
{
    int64_t n = str_len(s);
    if (i < 0)
        i += n;
    if (i < 0 || i >= n) {
        rt_raise(RT_EXC_INDEX_ERROR, "string index out of range");
        return 0;
    }
    return rt_str_char_at(s, i);
}

uint8_t rt_str_truth(stm_ref s) { return str_len(s) != 0; }

/* ---------------------------------------------------------------- slices */

stm_ref rt_str_sub(stm_ref s, int64_t start, int64_t n)
{
    RT_ASSERT(start >= 0 && n >= 0 && start + n <= str_len(s));
    if (n == str_len(s))
        return s;
    if (n == 0)
        return rt_str_empty();
    if (n == 1)
        return rt_str_char_at(s, start);
    uint32_t maxc = 0;
    if (s->tid == RT_TID_STR4)
        for (int64_t i = 0; i < n; i++)
            if (str_at(s, start + i) > maxc)
                maxc = str_at(s, start + i);
    RT_FRAME(f, 1);
    f[0] = s;
    stm_ref r = rt_str_new_raw(n, maxc);
    s = f[0];
    RT_POP(f);
    if (r->tid == s->tid) {
        size_t w = s->tid == RT_TID_STR1 ? 1 : 4;
        memcpy((char *)stm_addr(r) + offsetof(rt_strobj, data),
               (char *)stm_addr(s) + offsetof(rt_strobj, data) + (size_t)start * w,
               (size_t)n * w);
    } else {
        for (int64_t i = 0; i < n; i++)
            str_set(r, i, str_at(s, start + i));
    }
    return r;
}

void rt_adjust_range(int64_t len, int64_t *start, int64_t *end)
{
    if (*end > len)
        *end = len;
    else if (*end < 0) {
        *end += len;
        if (*end < 0)
            *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0)
            *start = 0;
    }
}

stm_ref rt_str_slice(stm_ref s, int64_t start, int64_t stop)
{
    int64_t n = str_len(s);
    rt_adjust_range(n, &start, &stop);
    if (start > n)
        start = n;
    if (stop <= start)
        return rt_str_empty();
    return rt_str_sub(s, start, stop - start);
}

/* CPython's PySlice_AdjustIndices for one bound. */
static int64_t adjust_bound(int64_t v, int64_t len, int64_t step)
{
    if (v < 0) {
        v += len;
        if (v < 0)
            v = step < 0 ? -1 : 0;
    } else if (v >= len) {
        v = step < 0 ? len - 1 : len;
    }
    return v;
}

stm_ref rt_str_slice_step(stm_ref s, int64_t start, int64_t stop, int64_t step,
                          uint8_t has_start, uint8_t has_stop)
{
    if (step == 0) {
        rt_raise(RT_EXC_VALUE_ERROR, "slice step cannot be zero");
        return 0;
    }
    if (step < -INT64_MAX)
        step = -INT64_MAX;      /* as CPython: -step must not overflow */
    int64_t len = str_len(s);
    start = has_start ? adjust_bound(start, len, step) : (step < 0 ? len - 1 : 0);
    stop = has_stop ? adjust_bound(stop, len, step) : (step < 0 ? -1 : len);
    if (step == 1)
        return stop > start ? rt_str_sub(s, start, stop - start) : rt_str_empty();
    int64_t count = 0;
    if (step > 0 && stop > start)
        count = (stop - start - 1) / step + 1;
    else if (step < 0 && start > stop)
        count = (start - stop - 1) / (-step) + 1;
    if (count == 0)
        return rt_str_empty();
    uint32_t maxc = 0;
    for (int64_t k = 0; k < count; k++)
        if (str_at(s, start + k * step) > maxc)
            maxc = str_at(s, start + k * step);
    if (count == 1)
        return rt_str_char_at(s, start);
    RT_FRAME(f, 1);
    f[0] = s;
    stm_ref r = rt_str_new_raw(count, maxc);
    s = f[0];
    RT_POP(f);
    for (int64_t k = 0; k < count; k++)
        str_set(r, k, str_at(s, start + k * step));
    return r;
}

/* ------------------------------------------------------------- operators */

stm_ref rt_str_concat(stm_ref a, stm_ref b)
{
    int64_t na = str_len(a), nb = str_len(b);
    if (na == 0)
        return b;
    if (nb == 0)
        return a;
    int kind = str_kind(a) > str_kind(b) ? str_kind(a) : str_kind(b);
    RT_FRAME(f, 2);
    f[0] = a;
    f[1] = b;
    stm_ref r = rt_str_alloc(na + nb, kind);
    rt_str_copy_into(r, rt_str_copy_into(r, 0, f[0]), f[1]);
    RT_POP(f);
    return r;
}

stm_ref rt_str_repeat(stm_ref s, int64_t n)
{
    int64_t len = str_len(s);
    if (n <= 0 || len == 0)
        return rt_str_empty();
    if (n == 1)
        return s;
    if (len > INT64_MAX / 4 / n) {
        rt_raise(RT_EXC_OVERFLOW_ERROR, "repeated string is too long");
        return 0;
    }
    RT_FRAME(f, 1);
    f[0] = s;
    stm_ref r = rt_str_alloc(len * n, str_kind(s));
    s = f[0];
    RT_POP(f);
    size_t w = s->tid == RT_TID_STR1 ? 1 : 4;
    char *dst = (char *)stm_addr(r) + offsetof(rt_strobj, data);
    memcpy(dst, (char *)stm_addr(s) + offsetof(rt_strobj, data), (size_t)len * w);
    /* doubling copies: O(log n) memcpy calls */
    size_t done = (size_t)len * w, total = (size_t)(len * n) * w;
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk);
        done += chunk;
    }
    return r;
}

uint8_t rt_str_eq(stm_ref a, stm_ref b)
{
    if (a == b)
        return 1;
    int64_t n = str_len(a);
    if (n != str_len(b))
        return 0;
    if (a->tid != b->tid) {
        /* only a builder's output can have a wider kind than it needs */
        for (int64_t i = 0; i < n; i++)
            if (str_at(a, i) != str_at(b, i))
                return 0;
        return 1;
    }
    size_t w = a->tid == RT_TID_STR1 ? 1 : 4;
    const uint8_t *da = (const uint8_t *)stm_addr(a) + offsetof(rt_strobj, data);
    const uint8_t *db = (const uint8_t *)stm_addr(b) + offsetof(rt_strobj, data);
    /* most unequal strings differ at once (a tokenizer comparing each
     * character with " ", "#", ...): no memcmp call for them */
    if (n == 0 || da[0] != db[0])
        return n == 0;
    return memcmp(da, db, (size_t)n * w) == 0;
}

int64_t rt_str_cmp(stm_ref a, stm_ref b)
{
    int64_t na = str_len(a), nb = str_len(b), n = na < nb ? na : nb;
    if (a->tid == RT_TID_STR1 && b->tid == RT_TID_STR1) {
        int c = n ? memcmp((char *)stm_addr(a) + offsetof(rt_strobj, data),
                           (char *)stm_addr(b) + offsetof(rt_strobj, data), (size_t)n) : 0;
        if (c != 0)
            return c < 0 ? -1 : 1;
    } else {
        for (int64_t i = 0; i < n; i++) {
            uint32_t x = str_at(a, i), y = str_at(b, i);
            if (x != y)
                return x < y ? -1 : 1;
        }
    }
    return na < nb ? -1 : na > nb ? 1 : 0;
}

/* FNV-1a over the code points, then a finalising mix: the same for equal
 * texts whatever their storage kind. */
int64_t rt_str_hash(stm_ref s)
{
    uint64_t h = RT_STR(s)->hash;
    if (h != 0)
        return (int64_t)h;
    /* CPython's other string hashes are randomised per run, but the empty
     * string's is 0 in every run, so a program may print it. */
    if (str_len(s) == 0)
        return 0;
    h = 0xcbf29ce484222325ull;
    for (int64_t i = 0, n = str_len(s); i < n; i++) {
        h ^= str_at(s, i);
        h *= 0x100000001b3ull;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    if ((int64_t)h == -1)
        h = (uint64_t)-2;
    if (h == 0)
        h = 1;
    RT_STR(s)->hash = h;       /* benign race: see rtlib.h (STM) */
    return (int64_t)h;
}

/* --------------------------------------------------------- ord, chr, repr */

int64_t rt_ord(stm_ref s)
{
    if (str_len(s) != 1) {
        rt_raise(RT_EXC_TYPE_ERROR,
                 "ord() expected a character, but string of length %lld found",
                 (long long)str_len(s));
        return 0;
    }
    return str_at(s, 0);
}

stm_ref rt_chr(int64_t cp)
{
    if (cp < 0 || cp > 0x10ffff) {
        rt_raise(RT_EXC_VALUE_ERROR, "chr() arg not in range(0x110000)");
        return 0;
    }
    uint32_t c = (uint32_t)cp;
    return rt_str_from_cps(&c, 1);
}

static void repr_char(rt_ubuf *b, uint32_t c, uint32_t quote)
{
    static const char hex[] = "0123456789abcdef";
    if (c == quote || c == '\\') {
        rt_ubuf_put(b, '\\');
        rt_ubuf_put(b, c);
    } else if (c == '\t') {
        rt_ubuf_puts(b, "\\t");
    } else if (c == '\n') {
        rt_ubuf_puts(b, "\\n");
    } else if (c == '\r') {
        rt_ubuf_puts(b, "\\r");
    } else if (rt_uc_isprintable(c)) {
        rt_ubuf_put(b, c);
    } else {
        int digits = c < 0x100 ? 2 : c < 0x10000 ? 4 : 8;
        rt_ubuf_put(b, '\\');
        rt_ubuf_put(b, digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
        for (int i = digits - 1; i >= 0; i--)
            rt_ubuf_put(b, (uint8_t)hex[(c >> (4 * i)) & 15]);
    }
}

stm_ref rt_str_repr(stm_ref s)
{
    int64_t n = str_len(s);
    int has_single = 0, has_double = 0;
    for (int64_t i = 0; i < n; i++) {
        uint32_t c = str_at(s, i);
        has_single |= c == '\'';
        has_double |= c == '"';
    }
    uint32_t quote = has_single && !has_double ? '"' : '\'';
    rt_ubuf b = {0};
    rt_ubuf_put(&b, quote);
    for (int64_t i = 0; i < n; i++)
        repr_char(&b, str_at(s, i), quote);
    rt_ubuf_put(&b, quote);
    return rt_ubuf_finish(&b);
}

char *rt_repr_utf8(stm_ref s)
{
    stm_ref r = rt_str_repr(s);
    return rt_str_to_utf8(r, NULL);
}

uint8_t rt_str_lt(stm_ref a, stm_ref b) { return rt_str_cmp(a, b) < 0; }
uint8_t rt_str_le(stm_ref a, stm_ref b) { return rt_str_cmp(a, b) <= 0; }
uint8_t rt_str_gt(stm_ref a, stm_ref b) { return rt_str_cmp(a, b) > 0; }
uint8_t rt_str_ge(stm_ref a, stm_ref b) { return rt_str_cmp(a, b) >= 0; }
