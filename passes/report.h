/* report.h - private to the barrier report (passes/report*.c): the notes
 * of a module grouped by file, function and line, with their counts.
 *
 *   report.c       the model below, the text format, pass_barrier_report
 *   report_html.c  the HTML page
 */
#ifndef RTRANS_REPORT_H
#define RTRANS_REPORT_H

#include "passes/passes.h"

/* A growable string. */
typedef struct RepStr {
    char *s;
    size_t len, cap;
} RepStr;

void rep_printf(RepStr *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rep_free(RepStr *b);

/* Placed / naive counts, per barrier kind, and elisions per reason. */
typedef struct RepCounts {
    int32_t naive[IRB__COUNT];          /* accesses: a barrier on each */
    int32_t placed[IRB__COUNT];         /* barriers in the IR */
    int32_t why[IRB__COUNT][IRW__COUNT];
} RepCounts;

typedef struct RepSource {
    const char *path;
    char *text;          /* whole file, or NULL if unreadable */
    char **lines;        /* lines[i] is line i+1, NUL-terminated */
    int32_t nlines;
    int library;         /* the prelude: shown after the program */
} RepSource;

typedef struct RepFunc {
    int32_t fid;
    int32_t file, line;  /* where it starts (its first note if unknown) */
    int32_t *notes;      /* indices in m->notes, by line then column */
    int32_t nnotes;
    RepCounts counts;
} RepFunc;

typedef struct Report {
    const IrModule *m;
    RepSource *files;    /* per m->files */
    int32_t *file_order; /* program files first, then library ones */
    RepFunc *funcs;      /* functions with notes, by file order then line */
    int32_t nfuncs;
    RepCounts total, program;  /* all files / program files only */
} Report;

/* Barriers of kind k placed at an access (not moved off it: hoisted out
 * of a loop or re-read after a loop's breaks). */
static inline int32_t rep_at_access(const RepCounts *c, int k)
{
    return c->placed[k] - c->why[k][IRW_HOISTED] - c->why[k][IRW_REJOIN];
}

void rep_build(Report *r, const IrModule *m);
void rep_free_report(Report *r);

const char *rep_kind_name(IrBarrierKind k);   /* "read", "write", ... */
/* Kinds a pass places (counted against the naive placement; not BREAK). */
int rep_kind_counted(IrBarrierKind k);
int32_t rep_placed_total(const RepCounts *c);
int32_t rep_naive_total(const RepCounts *c);
/* "read 3/5, write 1/2, ..." (placed/naive per counted kind) into out;
 * returns out->s. */
const char *rep_kind_counts(const RepCounts *c, RepStr *out);
/* What the note is about: "n.value", "items of xs", "rt_print(...)". */
void rep_describe(const Report *r, const IrNote *n, RepStr *out);
/* The reason, with the line a hoisting note links to. */
void rep_reason(const Report *r, const IrNote *n, RepStr *out);
const char *rep_source_line(const Report *r, int32_t file, int32_t line);
const char *rep_func_name(const Report *r, const RepFunc *f);

void rep_write_html(const Report *r, FILE *out);

#endif
