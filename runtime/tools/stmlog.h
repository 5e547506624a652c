/* stmlog.h - rtrans-stmlog, the reader of RTRANS_STM_LOG files: what its
 * text report and its page share.
 *
 *   stmlog.c        the command: options, the text report
 *   stmlog_where.c  conflicts grouped by location, code addresses to source
 *                   lines (addr2line), marker labels
 *   stmlog_html.c   --html: the timeline of transactions per thread and the
 *                   conflicts linked to excerpts of their source
 *   stmlog_read.c   loading the file (stmlog_read.h)
 */
#ifndef RTRANS_STMLOG_H
#define RTRANS_STMLOG_H

#include <stdbool.h>
#include <stdint.h>

#include "runtime/tools/stmlog_read.h"

void *slog_xrealloc(void *p, size_t n);   /* exits on failure */

/* Conflicts with the same kind, type and two locations, summed. */
typedef struct slog_conflict {
    uint64_t kind, wmarker, wcode, rmarker, rcode;
    const char *type;
    uint64_t lost_ns, count;
} slog_conflict;

/* Every conflict location of the log, costliest first (free() it). */
slog_conflict *slog_conflicts(const slog *log, size_t *count);
/* Index in cs[0..n) of the location of contention event e, or -1. */
long slog_conflict_of(const slog_conflict *cs, size_t n, const slog_event *e);

/* What a code address or a marker names.  file is NULL when unknown;
 * func is NULL for markers. */
typedef struct slog_where {
    char *file;
    long line;
    char *func;
} slog_where;

/* The load bias to subtract from the log's code addresses. */
uint64_t slog_code_bias(const slog *log);
/* Source line of a code address, through addr2line: the first frame, in
 * inlining order, that is not one of the runtime's inline barriers. */
slog_where slog_locate(const slog *log, uint64_t code, uint64_t bias);
/* A marker as a place: its label's text (a file name, by convention) and
 * line, or file NULL and line = the raw marker value. */
slog_where slog_marker_where(const slog *log, uint64_t marker);
void slog_where_free(slog_where *w);

const char *slog_reason_name(uint64_t reason);   /* STMLOG_ABORT_* */

/* --html: write the page of the log read from log_path to path; 0, or -1
 * with errno set. */
int slog_write_html(const slog *log, const char *log_path, const char *path, int top,
                    bool use_addr2line);

#endif /* RTRANS_STMLOG_H */
