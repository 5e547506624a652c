/* Growable strings, string vectors and whole-file I/O for the harness. */
#include "harness.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void hs_die(const char *where, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "harness internal error at %s: ", where);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    abort();
}

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        HS_DIE("out of memory (%zu bytes)", n);
    return q;
}

static void buf_reserve(hs_buf *b, size_t extra)
{
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    b->data = xrealloc(b->data, cap);
    b->cap = cap;
}

void hs_buf_add(hs_buf *b, const char *s, size_t n)
{
    buf_reserve(b, n);
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void hs_buf_puts(hs_buf *b, const char *s)
{
    hs_buf_add(b, s, strlen(s));
}

static void buf_vprintf(hs_buf *b, const char *fmt, va_list ap)
{
    va_list copy;
    va_copy(copy, ap);
    int n = vsnprintf(NULL, 0, fmt, copy);
    va_end(copy);
    if (n < 0)
        HS_DIE("bad format %s", fmt);
    buf_reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
}

void hs_buf_printf(hs_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void hs_buf_free(hs_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

char *hs_strndup(const char *s, size_t n)
{
    char *p = xrealloc(NULL, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *hs_strdup(const char *s)
{
    return hs_strndup(s, strlen(s));
}

char *hs_printf(const char *fmt, ...)
{
    hs_buf b = {0};
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (!b.data)
        return hs_strdup("");
    return b.data;
}

void hs_vec_push(hs_strvec *v, char *owned)
{
    if (v->len == v->cap) {
        v->cap = v->cap ? v->cap * 2 : 8;
        v->items = xrealloc(v->items, v->cap * sizeof *v->items);
    }
    v->items[v->len++] = owned;
}

void hs_vec_free(hs_strvec *v)
{
    for (size_t i = 0; i < v->len; i++)
        free(v->items[i]);
    free(v->items);
    v->items = NULL;
    v->len = v->cap = 0;
}

void hs_split_lines(const char *text, size_t len, hs_strvec *out)
{
    size_t start = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\n') {
            hs_vec_push(out, hs_strndup(text + start, i - start));
            start = i + 1;
        }
    }
    if (start < len)
        hs_vec_push(out, hs_strndup(text + start, len - start));
}

bool hs_read_file(const char *path, hs_buf *out)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    char chunk[8192];
    size_t n;
    hs_buf_add(out, "", 0); /* a read of an empty file still yields "" */
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        hs_buf_add(out, chunk, n);
    bool ok = !ferror(f);
    fclose(f);
    return ok;
}

bool hs_write_file(const char *path, const char *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    bool ok = fwrite(data, 1, len, f) == len;
    if (fclose(f) != 0)
        ok = false;
    return ok;
}
