/* stmlog.c - rtrans-stmlog FILE: summarise an RTRANS_STM_LOG file.
 *
 * Prints the wall time, per thread the time spent in committed and in
 * aborted transactions, waiting and collecting, with commit and abort
 * counts; then the conflicts grouped by their two source locations,
 * sorted by the time they cost.  Code addresses become file:line through
 * addr2line (the emitted C carries #line directives for the .py source);
 * markers are printed as "label:line" when the program gave them a label
 * (STMLOG_MARKER_LABEL records), else as the numbers it pushed. */
#include "runtime/tools/stmlog_read.h"

#include <elf.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct tstats {
    uint32_t thread;
    uint64_t commits, aborts, inevitable;
    uint64_t committed_ns, aborted_ns, wait_ns, gc_ns;
    uint64_t tx_start, wait_start, gc_start;
    int wait_depth;
} tstats;

typedef struct conflict {
    uint64_t kind, wmarker, wcode, rmarker, rcode;
    const char *type;
    uint64_t lost_ns, count;
} conflict;

static void *xrealloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q) {
        fprintf(stderr, "rtrans-stmlog: out of memory\n");
        exit(1);
    }
    return q;
}

/* ---------------------------------------------------------- per thread */

static tstats *thread_of(tstats **ts, size_t *n, uint32_t id)
{
    for (size_t i = 0; i < *n; i++)
        if ((*ts)[i].thread == id)
            return &(*ts)[i];
    *ts = xrealloc(*ts, (*n + 1) * sizeof **ts);
    memset(&(*ts)[*n], 0, sizeof **ts);
    (*ts)[*n].thread = id;
    return &(*ts)[(*n)++];
}

static void account(tstats *s, const slog_event *e)
{
    switch (e->kind) {
    case STMLOG_TX_START: s->tx_start = e->time_ns; break;
    case STMLOG_TX_COMMIT:
        s->commits++;
        s->committed_ns += e->time_ns - s->tx_start;
        break;
    case STMLOG_TX_ABORT:
        s->aborts++;
        s->aborted_ns += e->time_ns - s->tx_start;
        break;
    case STMLOG_INEVITABLE: s->inevitable++; break;
    case STMLOG_WAIT_START:
        if (s->wait_depth++ == 0)
            s->wait_start = e->time_ns;
        break;
    case STMLOG_WAIT_END:
        if (s->wait_depth > 0 && --s->wait_depth == 0)
            s->wait_ns += e->time_ns - s->wait_start;
        break;
    case STMLOG_MINOR_START: case STMLOG_MAJOR_START: s->gc_start = e->time_ns; break;
    case STMLOG_MINOR_END: case STMLOG_MAJOR_END:
        s->gc_ns += e->time_ns - s->gc_start;
        break;
    default: break;
    }
}

static void print_row(const char *who, const tstats *s)
{
    printf("%-8s %9llu %8llu %5llu %12.2f %11.2f %10.2f %9.2f\n", who,
           (unsigned long long)s->commits, (unsigned long long)s->aborts,
           (unsigned long long)s->inevitable, s->committed_ns / 1e6,
           s->aborted_ns / 1e6, s->wait_ns / 1e6, s->gc_ns / 1e6);
}

static void report_threads(const slog *log)
{
    tstats *ts = NULL, total = {0};
    size_t n = 0;
    for (size_t i = 0; i < log->nevents; i++)
        account(thread_of(&ts, &n, log->events[i].thread), &log->events[i]);
    printf("%-8s %9s %8s %5s %12s %11s %10s %9s\n", "thread", "commits",
           "aborts", "inev", "committed ms", "aborted ms", "waiting ms", "gc ms");
    for (size_t i = 0; i < n; i++) {
        char who[16];
        snprintf(who, sizeof who, "#%u", ts[i].thread);
        print_row(who, &ts[i]);
        total.commits += ts[i].commits;
        total.aborts += ts[i].aborts;
        total.inevitable += ts[i].inevitable;
        total.committed_ns += ts[i].committed_ns;
        total.aborted_ns += ts[i].aborted_ns;
        total.wait_ns += ts[i].wait_ns;
        total.gc_ns += ts[i].gc_ns;
    }
    print_row("total", &total);
    free(ts);
}

/* ----------------------------------------------------------- conflicts */

static conflict *collect_conflicts(const slog *log, size_t *count)
{
    conflict *cs = NULL;
    size_t n = 0;
    for (size_t i = 0; i < log->nevents; i++) {
        const slog_event *e = &log->events[i];
        if (e->kind != STMLOG_CONTENTION)
            continue;
        const uint64_t *w = e->words;
        conflict key = {w[STMLOG_CW_KIND], w[STMLOG_CW_WRITER_MARKER],
                        w[STMLOG_CW_WRITER_CODE], w[STMLOG_CW_READER_MARKER],
                        w[STMLOG_CW_READER_CODE], e->text, 0, 0};
        size_t k = 0;
        while (k < n && !(cs[k].kind == key.kind && cs[k].wmarker == key.wmarker
                          && cs[k].wcode == key.wcode && cs[k].rmarker == key.rmarker
                          && cs[k].rcode == key.rcode && !strcmp(cs[k].type, key.type)))
            k++;
        if (k == n) {
            cs = xrealloc(cs, (n + 1) * sizeof *cs);
            cs[n++] = key;
        }
        cs[k].lost_ns += w[STMLOG_CW_LOST_NS];
        cs[k].count++;
    }
    *count = n;
    return cs;
}

static int cmp_lost(const void *a, const void *b)
{
    const conflict *x = a, *y = b;
    return x->lost_ns < y->lost_ns ? 1 : x->lost_ns > y->lost_ns ? -1 : 0;
}

/* PIE executables are mapped at load_base; addr2line wants file offsets. */
static uint64_t code_bias(const slog *log)
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

/* file:line (function) of a code address, through addr2line: the first
 * frame, in inlining order, that is not a barrier inlined from stm.h. */
static char *locate(const slog *log, uint64_t code, uint64_t bias)
{
    char cmd[4608], fn[1024] = "?", where[2048] = "?";
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
    size_t len = strlen(fn) + strlen(where) + 64;
    char *out = malloc(len);
    if (strcmp(where, "?") == 0 || strncmp(where, "??", 2) == 0)
        snprintf(out, len, "code +0x%llx", (unsigned long long)(code - bias));
    else
        snprintf(out, len, "%s (%s)", where, fn);
    return out;
}

/* The text of marker label id, or NULL. */
static const char *marker_label(const slog *log, uint64_t id)
{
    for (size_t i = 0; i < log->nevents; i++)
        if (log->events[i].kind == STMLOG_MARKER_LABEL && log->events[i].words[0] == id)
            return log->events[i].text;
    return NULL;
}

static void print_marker(const slog *log, uint64_t marker)
{
    const char *label = marker_label(log, marker >> STM_MARKER_LABEL_BITS);
    if (label)
        printf(" %s:%llu", label, (unsigned long long)(marker & 0xffffffffu));
    else
        printf(" marker %llu", (unsigned long long)marker);
}

static void print_side(const char *label, uint64_t marker, uint64_t code,
                       const slog *log, uint64_t bias, bool use_addr2line)
{
    printf("       %s:", label);
    if (marker)
        print_marker(log, marker);
    if (code) {
        char *where = use_addr2line ? locate(log, code, bias) : NULL;
        if (where)
            printf(" at %s", where);
        else
            printf(" at code +0x%llx", (unsigned long long)(code - bias));
        free(where);
    }
    if (!marker && !code)
        printf(" unknown");
    putchar('\n');
}

static const char *kind_name(uint64_t k)
{
    static const char *names[] = {"write-read", "write-write", "inevitable",
                                  "explicit", "other", "stress"};
    return k < STMLOG_NREASONS ? names[k] : "?";
}

static void report_conflicts(const slog *log, int top, bool use_addr2line)
{
    size_t n;
    conflict *cs = collect_conflicts(log, &n);
    qsort(cs, n, sizeof *cs, cmp_lost);
    uint64_t bias = code_bias(log);
    printf("\n%zu conflict location%s", n, n == 1 ? "" : "s");
    printf(n ? ", by time lost:\n" : ".\n");
    for (size_t i = 0; i < n && (int)i < top; i++) {
        printf("%3zu. %.3f ms lost in %llu %s conflict%s on %s\n", i + 1,
               cs[i].lost_ns / 1e6, (unsigned long long)cs[i].count,
               kind_name(cs[i].kind), cs[i].count == 1 ? "" : "s",
               *cs[i].type ? cs[i].type : "an object");
        print_side("writer", cs[i].wmarker, cs[i].wcode, log, bias, use_addr2line);
        print_side(cs[i].kind == STMLOG_ABORT_WRITE_READ ? "reader" : "other writer",
                   cs[i].rmarker, cs[i].rcode, log, bias, use_addr2line);
    }
    free(cs);
}

/* ----------------------------------------------------------------- main */

static void usage(FILE *f)
{
    fprintf(f, "usage: rtrans-stmlog [--top N] [--no-addr2line] FILE\n"
               "Summarise a log written by a program run with RTRANS_STM_LOG=FILE.\n");
}

int main(int argc, char **argv)
{
    int top = 20;
    bool use_addr2line = true;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--top") && i + 1 < argc) {
            top = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--no-addr2line")) {
            use_addr2line = false;
        } else if (argv[i][0] == '-' || path) {
            usage(stderr);
            return 64;
        } else {
            path = argv[i];
        }
    }
    if (!path) {
        usage(stderr);
        return 64;
    }
    slog log;
    const char *err;
    if (slog_load(path, &log, &err) != 0) {
        fprintf(stderr, "rtrans-stmlog: %s: %s\n", path, err);
        return 1;
    }
    uint64_t wall = log.nevents ? log.events[log.nevents - 1].time_ns : 0;
    printf("%s: %zu events, executable %s, %u segment%s\n", path, log.nevents,
           log.exe, log.header.nsegs, log.header.nsegs == 1 ? "" : "s");
    printf("wall time %.2f ms\n\n", wall / 1e6);
    report_threads(&log);
    report_conflicts(&log, top, use_addr2line);
    slog_free(&log);
    return 0;
}
