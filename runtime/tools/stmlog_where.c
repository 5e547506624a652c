/* stmlog_where.c - what rtrans-stmlog's reports say about a conflict: the
 * conflicts grouped by their two locations, code addresses turned into
 * source lines through addr2line (the emitted C carries #line directives
 * for the .py source), and markers named by their labels. */
#include "runtime/tools/stmlog.h"

#include <elf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *slog_xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "rtrans-stmlog: out of memory\n");
        exit(1);
    }
    return q;
}

/* ----------------------------------------------------------- conflicts */

static slog_conflict key_of(const slog_event *e)
{
    const uint64_t *w = e->words;
    slog_conflict key = {w[STMLOG_CW_KIND], w[STMLOG_CW_WRITER_MARKER],
                         w[STMLOG_CW_WRITER_CODE], w[STMLOG_CW_READER_MARKER],
                         w[STMLOG_CW_READER_CODE], e->text, 0, 0};
    return key;
}

static bool same_place(const slog_conflict *a, const slog_conflict *b)
{
    return a->kind == b->kind && a->wmarker == b->wmarker && a->wcode == b->wcode
        && a->rmarker == b->rmarker && a->rcode == b->rcode && !strcmp(a->type, b->type);
}

long slog_conflict_of(const slog_conflict *cs, size_t n, const slog_event *e)
{
    if (e->kind != STMLOG_CONTENTION)
        return -1;
    slog_conflict key = key_of(e);
    for (size_t k = 0; k < n; k++)
        if (same_place(&cs[k], &key))
            return (long)k;
    return -1;
}

static int cmp_lost(const void *a, const void *b)
{
    const slog_conflict *x = a, *y = b;
    return x->lost_ns < y->lost_ns ? 1 : x->lost_ns > y->lost_ns ? -1 : 0;
}

slog_conflict *slog_conflicts(const slog *log, size_t *count)
{
    slog_conflict *cs = NULL;
    size_t n = 0;
    for (size_t i = 0; i < log->nevents; i++) {
        const slog_event *e = &log->events[i];
        if (e->kind != STMLOG_CONTENTION)
            continue;
        long k = slog_conflict_of(cs, n, e);
        if (k < 0) {
            cs = slog_xrealloc(cs, (n + 1) * sizeof *cs);
            cs[n] = key_of(e);
            k = (long)n++;
        }
        cs[k].lost_ns += e->words[STMLOG_CW_LOST_NS];
        cs[k].count++;
    }
    qsort(cs, n, sizeof *cs, cmp_lost);
    *count = n;
    return cs;
}

const char *slog_reason_name(uint64_t reason)
{
    static const char *names[] = {"write-read", "write-write", "inevitable",
                                  "explicit", "other", "stress"};
    return reason < STMLOG_NREASONS ? names[reason] : "?";
}

/* ------------------------------------------------------------- places */

/* PIE executables are mapped at load_base; addr2line wants file offsets. */
uint64_t slog_code_bias(const slog *log)
{
    FILE *f = fopen(log->exe, "rb");
    Elf64_Ehdr eh;
    uint64_t bias = 0;
    if (f && fread(&eh, sizeof eh, 1, f) == 1 && eh.e_type == ET_DYN)
        bias = log->header.load_base;
    if (f)
        fclose(f);
    return bias;
}

/* Is this a frame of the runtime's inline functions (stm.h)? */
static bool runtime_frame(const char *where)
{
    const char *slash = strrchr(where, '/');
    const char *base = slash ? slash + 1 : where;
    return strncmp(base, "stm.h:", 6) == 0;
}

/* "FILE:LINE" or "FILE:LINE (discriminator N)" into w; "??:0" leaves it. */
static void parse_place(const char *fn, const char *where, slog_where *w)
{
    const char *colon = strrchr(where, ':');
    if (!colon || strncmp(where, "??", 2) == 0)
        return;
    char *end;
    long line = strtol(colon + 1, &end, 10);
    if (end == colon + 1 || line <= 0)
        return;
    w->file = strndup(where, (size_t)(colon - where));
    w->line = line;
    w->func = strcmp(fn, "??") ? strdup(fn) : NULL;
}

slog_where slog_locate(const slog *log, uint64_t code, uint64_t bias)
{
    slog_where w = {NULL, 0, NULL};
    char cmd[4608], fn[1024] = "??", where[2048] = "??";
    snprintf(cmd, sizeof cmd, "addr2line -i -f -C -e '%s' 0x%llx 2>/dev/null",
             log->exe, (unsigned long long)(code - bias));
    FILE *p = popen(cmd, "r");
    if (p) {
        char f2[1024], w2[2048];
        while (fgets(f2, sizeof f2, p) && fgets(w2, sizeof w2, p)) {
            strcpy(fn, f2);
            strcpy(where, w2);
            if (!runtime_frame(w2))
                break;
        }
        pclose(p);
    }
    fn[strcspn(fn, "\n")] = 0;
    where[strcspn(where, "\n")] = 0;
    parse_place(fn, where, &w);
    return w;
}

/* The text of marker label id, or NULL. */
static const char *marker_label(const slog *log, uint64_t id)
{
    for (size_t i = 0; i < log->nevents; i++)
        if (log->events[i].kind == STMLOG_MARKER_LABEL && log->events[i].words[0] == id)
            return log->events[i].text;
    return NULL;
}

slog_where slog_marker_where(const slog *log, uint64_t marker)
{
    slog_where w = {NULL, (long)marker, NULL};
    const char *label = marker_label(log, marker >> STM_MARKER_LABEL_BITS);
    if (label) {
        w.file = strdup(label);
        w.line = (long)(marker & 0xffffffffu);
    }
    return w;
}

void slog_where_free(slog_where *w)
{
    free(w->file);
    free(w->func);
    w->file = w->func = NULL;
}
