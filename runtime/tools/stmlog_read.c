/* stmlog_read.c - loading an RTRANS_STM_LOG file. */
#include "runtime/tools/stmlog_read.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct reader {
    const unsigned char *p, *end;
} reader;

static int take(reader *r, void *out, size_t n)
{
    if ((size_t)(r->end - r->p) < n)
        return -1;
    memcpy(out, r->p, n);
    r->p += n;
    return 0;
}

static unsigned char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    unsigned char *buf = malloc(cap);
    size_t got;
    while (buf && (got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            unsigned char *bigger = realloc(buf, cap *= 2);
            if (!bigger) {
                free(buf);
                buf = NULL;
            }
            buf = bigger;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static int cmp_time(const void *a, const void *b)
{
    const slog_event *x = a, *y = b;
    if (x->time_ns != y->time_ns)
        return x->time_ns < y->time_ns ? -1 : 1;
    return x < y ? -1 : x > y;        /* keep the file order for ties */
}

static int read_events(reader *r, slog *log, const char **err)
{
    size_t cap = 1024;
    log->events = malloc(cap * sizeof *log->events);
    size_t textcap = 4096, textlen = 0;
    log->texts = malloc(textcap);
    size_t *text_at = malloc(cap * sizeof *text_at);
    while (r->p < r->end) {
        stmlog_record rec;
        if (take(r, &rec, sizeof rec) != 0 || rec.kind >= STMLOG_NKINDS
            || rec.nwords > STMLOG_CW_COUNT) {
            *err = "truncated or corrupt record";
            free(text_at);
            return -1;
        }
        if (log->nevents == cap) {
            cap *= 2;
            log->events = realloc(log->events, cap * sizeof *log->events);
            text_at = realloc(text_at, cap * sizeof *text_at);
        }
        slog_event *e = &log->events[log->nevents];
        memset(e, 0, sizeof *e);
        e->time_ns = rec.time_ns;
        e->thread = rec.thread;
        e->kind = rec.kind;
        e->nwords = rec.nwords;
        if (take(r, e->words, rec.nwords * sizeof(uint64_t)) != 0
            || (size_t)(r->end - r->p) < rec.textlen) {
            *err = "truncated record";
            free(text_at);
            return -1;
        }
        while (textlen + rec.textlen + 1 > textcap)
            log->texts = realloc(log->texts, textcap *= 2);
        memcpy(log->texts + textlen, r->p, rec.textlen);
        log->texts[textlen + rec.textlen] = 0;
        r->p += rec.textlen;
        text_at[log->nevents++] = textlen;
        textlen += rec.textlen + 1;
    }
    for (size_t i = 0; i < log->nevents; i++)
        log->events[i].text = log->texts + text_at[i];
    free(text_at);
    qsort(log->events, log->nevents, sizeof *log->events, cmp_time);
    return 0;
}

int slog_load(const char *path, slog *log, const char **err)
{
    memset(log, 0, sizeof *log);
    size_t len;
    unsigned char *buf = read_file(path, &len);
    if (!buf) {
        *err = "cannot read the file";
        return -1;
    }
    reader r = {buf, buf + len};
    int rc = -1;
    if (take(&r, &log->header, sizeof log->header) != 0
        || memcmp(log->header.magic, STMLOG_MAGIC, 8) != 0) {
        *err = "not an RTRANS_STM_LOG file";
    } else if ((size_t)(r.end - r.p) < log->header.exe_len) {
        *err = "truncated header";
    } else {
        log->exe = malloc(log->header.exe_len + 1);
        memcpy(log->exe, r.p, log->header.exe_len);
        log->exe[log->header.exe_len] = 0;
        r.p += log->header.exe_len;
        rc = read_events(&r, log, err);
    }
    free(buf);
    if (rc != 0)
        slog_free(log);
    return rc;
}

void slog_free(slog *log)
{
    free(log->exe);
    free(log->events);
    free(log->texts);
    memset(log, 0, sizeof *log);
}
