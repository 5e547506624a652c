/* stmlog.c - rtrans-stmlog [--html OUT.html] FILE: summarise an
 * RTRANS_STM_LOG file.
 *
 * Prints the wall time, per thread the time spent in committed and in
 * aborted transactions, waiting and collecting, with commit and abort
 * counts; then the conflicts grouped by their two source locations,
 * sorted by the time they cost.  Code addresses become file:line through
 * addr2line; markers are printed as "label:line" when the program gave
 * them a label (STMLOG_MARKER_LABEL records), else as the numbers it
 * pushed (stmlog_where.c).  --html also draws it (stmlog_html.c). */
#include "runtime/tools/stmlog.h"

#include <errno.h>
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

/* ---------------------------------------------------------- per thread */

static tstats *thread_of(tstats **ts, size_t *n, uint32_t id)
{
    for (size_t i = 0; i < *n; i++)
        if ((*ts)[i].thread == id)
            return &(*ts)[i];
    *ts = slog_xrealloc(*ts, (*n + 1) * sizeof **ts);
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

static void print_side(const char *label, uint64_t marker, uint64_t code,
                       const slog *log, uint64_t bias, bool use_addr2line)
{
    printf("       %s:", label);
    if (marker) {
        slog_where m = slog_marker_where(log, marker);
        if (m.file)
            printf(" %s:%ld", m.file, m.line);
        else
            printf(" marker %llu", (unsigned long long)marker);
        slog_where_free(&m);
    }
    if (code) {
        slog_where w = {NULL, 0, NULL};
        if (use_addr2line)
            w = slog_locate(log, code, bias);
        if (w.file)
            printf(" at %s:%ld (%s)", w.file, w.line, w.func ? w.func : "?");
        else
            printf(" at code +0x%llx", (unsigned long long)(code - bias));
        slog_where_free(&w);
    }
    if (!marker && !code)
        printf(" unknown");
    putchar('\n');
}

static void report_conflicts(const slog *log, int top, bool use_addr2line)
{
    size_t n;
    slog_conflict *cs = slog_conflicts(log, &n);
    uint64_t bias = slog_code_bias(log);
    printf("\n%zu conflict location%s", n, n == 1 ? "" : "s");
    printf(n ? ", by time lost:\n" : ".\n");
    for (size_t i = 0; i < n && (int)i < top; i++) {
        printf("%3zu. %.3f ms lost in %llu %s conflict%s on %s\n", i + 1,
               cs[i].lost_ns / 1e6, (unsigned long long)cs[i].count,
               slog_reason_name(cs[i].kind), cs[i].count == 1 ? "" : "s",
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
    fprintf(f, "usage: rtrans-stmlog [--top N] [--no-addr2line] [--html OUT.html] FILE\n"
               "Summarise a log written by a program run with RTRANS_STM_LOG=FILE;\n"
               "--html also draws it: a timeline of each thread's transactions and\n"
               "the costliest conflicts linked to their source lines.\n");
}

int main(int argc, char **argv)
{
    int top = 20;
    bool use_addr2line = true;
    const char *path = NULL, *html = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--top") && i + 1 < argc) {
            top = atoi(argv[++i]);
        } else if (!strcmp(argv[i], "--html") && i + 1 < argc) {
            html = argv[++i];
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
    int rc = 0;
    if (html && slog_write_html(&log, path, html, top, use_addr2line) != 0) {
        fprintf(stderr, "rtrans-stmlog: cannot write %s: %s\n", html, strerror(errno));
        rc = 1;
    }
    slog_free(&log);
    return rc;
}
