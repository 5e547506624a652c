/* diag.c - source table and diagnostics.
 *
 * Locations carry only file, line and column, so printing a source line
 * goes through a per-file table of line starts, built on first use.
 * Columns are display columns (tabs to multiples of 8, one per UTF-8
 * character); the printed source line has its tabs expanded so that the
 * caret lands under the column.  A very long line is shown as a window
 * around the column. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/frontend.h"

typedef struct Source {
    char *path;
    char *text;
    size_t len;
    size_t *lines;          /* offsets of line starts, built lazily */
    int nlines;
} Source;

struct DiagCtx {
    Source *files;
    int nfiles, capfiles;
    Diagnostic *diags;
    int ndiags, capdiags;
    int errors, warnings;
    int soft;               /* errors that let later phases run (diag_soften) */
    bool capped;            /* DIAG_MAX_ERRORS reached: later ones dropped */
};

_Noreturn void diag_die(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fflush(stdout);
    fprintf(stderr, "rtrans: internal error at %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    diag_internal_exit();
}

/* Exit status 70 (EX_SOFTWARE), as documented for internal errors; a
 * debugger wants the abort() instead: RTRANS_ABORT=1. */
_Noreturn void diag_internal_exit(void)
{
    const char *a = getenv("RTRANS_ABORT");
    if (a && *a && strcmp(a, "0") != 0)
        abort();
    exit(70);
}

static void *xrealloc(void *p, size_t n)
{
    p = realloc(p, n);
    if (!p)
        FE_DIE("out of memory (%zu bytes)", n);
    return p;
}

DiagCtx *diag_new(void)
{
    DiagCtx *d = xrealloc(NULL, sizeof *d);
    memset(d, 0, sizeof *d);
    return d;
}

void diag_free(DiagCtx *d)
{
    if (!d)
        return;
    for (int i = 0; i < d->nfiles; i++) {
        free(d->files[i].path);
        free(d->files[i].text);
        free(d->files[i].lines);
    }
    for (int i = 0; i < d->ndiags; i++)
        free(d->diags[i].msg);
    free(d->files);
    free(d->diags);
    free(d);
}

/* ----------------------------------------------------------- source table */

/* Copies text, turning \r\n and lone \r into \n. */
static char *normalise_newlines(const char *text, size_t len, size_t *outlen)
{
    char *s = xrealloc(NULL, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (text[i] == '\r') {
            s[n++] = '\n';
            if (i + 1 < len && text[i + 1] == '\n')
                i++;
        } else {
            s[n++] = text[i];
        }
    }
    s[n] = '\0';
    *outlen = n;
    return s;
}

int diag_add_file(DiagCtx *d, const char *path, const char *text, size_t len)
{
    if (d->nfiles == d->capfiles) {
        d->capfiles = d->capfiles ? 2 * d->capfiles : 8;
        d->files = xrealloc(d->files, (size_t)d->capfiles * sizeof *d->files);
    }
    Source *s = &d->files[d->nfiles];
    memset(s, 0, sizeof *s);
    size_t plen = strlen(path);
    s->path = xrealloc(NULL, plen + 1);
    memcpy(s->path, path, plen + 1);
    s->text = normalise_newlines(text ? text : "", text ? len : 0, &s->len);
    return d->nfiles++;
}

int diag_file_count(const DiagCtx *d)
{
    return d->nfiles;
}

static const Source *source(const DiagCtx *d, int file)
{
    return file >= 0 && file < d->nfiles ? &d->files[file] : NULL;
}

const char *diag_file_path(const DiagCtx *d, int file)
{
    const Source *s = source(d, file);
    return s ? s->path : NULL;
}

const char *diag_file_text(const DiagCtx *d, int file, size_t *len)
{
    const Source *s = source(d, file);
    if (!s)
        return NULL;
    if (len)
        *len = s->len;
    return s->text;
}

static void build_lines(Source *s)
{
    int cap = 64;
    s->lines = xrealloc(NULL, (size_t)cap * sizeof *s->lines);
    s->nlines = 0;
    s->lines[s->nlines++] = 0;
    for (size_t i = 0; i < s->len; i++) {
        if (s->text[i] != '\n' || i + 1 == s->len)
            continue;
        if (s->nlines == cap) {
            cap *= 2;
            s->lines = xrealloc(s->lines, (size_t)cap * sizeof *s->lines);
        }
        s->lines[s->nlines++] = i + 1;
    }
}

const char *diag_line_text(const DiagCtx *d, int file, int line, size_t *len)
{
    Source *s = (Source *)source(d, file);
    if (!s)
        return NULL;
    if (!s->lines)
        build_lines(s);   /* a cache: logically const */
    if (line < 1 || line > s->nlines)
        return NULL;
    size_t start = s->lines[line - 1];
    const char *nl = memchr(s->text + start, '\n', s->len - start);
    *len = nl ? (size_t)(nl - (s->text + start)) : s->len - start;
    return s->text + start;
}

/* ------------------------------------------------------------ collecting */

int diag_errors(const DiagCtx *d)
{
    return d->errors;
}

void diag_rollback(DiagCtx *d, int count)
{
    if (count < 0 || count > d->ndiags)
        FE_DIE("diag_rollback past the diagnostics");
    for (int i = count; i < d->ndiags; i++)
        free(d->diags[i].msg);
    d->ndiags = count;
    d->errors = d->warnings = 0;
    for (int i = 0; i < count; i++) {
        d->errors += d->diags[i].kind == DIAG_ERROR;
        d->warnings += d->diags[i].kind == DIAG_WARNING;
    }
    if (d->soft > d->errors)
        d->soft = d->errors;
    d->capped = d->errors >= DIAG_MAX_ERRORS;
}

void diag_soften(DiagCtx *d)
{
    if (d->ndiags > 0 && d->soft < d->errors)
        d->soft++;
}

int diag_hard_errors(const DiagCtx *d)
{
    return d->errors - d->soft;
}

int diag_warnings(const DiagCtx *d)
{
    return d->warnings;
}

bool diag_too_many(const DiagCtx *d)
{
    return d->capped;
}

int diag_count(const DiagCtx *d)
{
    return d->ndiags;
}

const Diagnostic *diag_get(const DiagCtx *d, int i)
{
    return i >= 0 && i < d->ndiags ? &d->diags[i] : NULL;
}

static void push(DiagCtx *d, DiagKind kind, Loc loc, int len, char *msg)
{
    if (d->ndiags == d->capdiags) {
        d->capdiags = d->capdiags ? 2 * d->capdiags : 16;
        d->diags = xrealloc(d->diags, (size_t)d->capdiags * sizeof *d->diags);
    }
    d->diags[d->ndiags++] = (Diagnostic){kind, loc, len > 0 ? len : 1, msg};
}

static char *vformat(const char *fmt, va_list ap)
{
    char *msg;
    if (vasprintf(&msg, fmt, ap) < 0)
        FE_DIE("out of memory formatting '%s'", fmt);
    return msg;
}

/* A diagnostic and the notes after it move together; the cap's note (no
 * file) stays last. */
static int group_cmp(const Diagnostic *a, const Diagnostic *b)
{
    if ((a->loc.file < 0) != (b->loc.file < 0))
        return a->loc.file < 0 ? 1 : -1;
    if (a->loc.file != b->loc.file)
        return a->loc.file < b->loc.file ? -1 : 1;
    if (a->loc.line != b->loc.line)
        return a->loc.line < b->loc.line ? -1 : 1;
    return a->loc.col < b->loc.col ? -1 : a->loc.col > b->loc.col;
}

void diag_sort(DiagCtx *d)
{
    /* insertion sort of groups: stable, and there are at most a few dozen */
    if (d->ndiags < 2)
        return;     /* diags may be NULL: memcpy must not see it */
    Diagnostic *tmp = xrealloc(NULL, (size_t)(d->ndiags + 1) * sizeof *tmp);
    int n = 0;
    for (int i = 0; i < d->ndiags;) {
        int end = i + 1;
        while (end < d->ndiags && d->diags[end].kind == DIAG_NOTE && d->diags[end].loc.file >= 0)
            end++;
        int at = n;
        while (at > 0) {
            int start = at - 1;
            while (start > 0 && tmp[start].kind == DIAG_NOTE && tmp[start].loc.file >= 0)
                start--;
            if (group_cmp(&tmp[start], &d->diags[i]) <= 0)
                break;
            at = start;
        }
        memmove(&tmp[at + (end - i)], &tmp[at], (size_t)(n - at) * sizeof *tmp);
        memcpy(&tmp[at], &d->diags[i], (size_t)(end - i) * sizeof *tmp);
        n += end - i;
        i = end;
    }
    memcpy(d->diags, tmp, (size_t)n * sizeof *tmp);
    free(tmp);
}

void diag_report(DiagCtx *d, DiagKind kind, Loc loc, int len,
                 const char *fmt, va_list ap)
{
    /* Past the cap nothing is kept, notes included: a note belongs to the
     * error before it. */
    if (d->capped)
        return;
    push(d, kind, loc, len, vformat(fmt, ap));
    if (kind == DIAG_ERROR)
        d->errors++;
    else if (kind == DIAG_WARNING)
        d->warnings++;
    if (kind == DIAG_ERROR && d->errors >= DIAG_MAX_ERRORS) {
        d->capped = true;
        char *stop;
        if (asprintf(&stop, "too many errors emitted, stopping now") < 0)
            FE_DIE("out of memory");
        push(d, DIAG_NOTE, (Loc){-1, 0, 0}, 1, stop);
    }
}

void diag_error(DiagCtx *d, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_report(d, DIAG_ERROR, loc, 1, fmt, ap);
    va_end(ap);
}

void diag_error_len(DiagCtx *d, Loc loc, int len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_report(d, DIAG_ERROR, loc, len, fmt, ap);
    va_end(ap);
}

void diag_warning(DiagCtx *d, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_report(d, DIAG_WARNING, loc, 1, fmt, ap);
    va_end(ap);
}

void diag_note(DiagCtx *d, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    diag_report(d, DIAG_NOTE, loc, 1, fmt, ap);
    va_end(ap);
}

/* -------------------------------------------------------------- printing */

static const char *kind_name(DiagKind kind)
{
    switch (kind) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    case DIAG_NOTE: return "note";
    }
    FE_UNREACHABLE();
}

static int is_continuation_byte(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

/* A line wider than this many columns is shown as a window around the
 * column, as clang does: a diagnostic on a generated one-line expression
 * of a megabyte stays a few lines long. */
enum { DIAG_WINDOW = 120 };

/* A source line with its tabs expanded, and where each column starts. */
typedef struct Expanded {
    char *text;
    size_t *colstart;       /* byte offset of column c (1-based) at [c - 1] */
    int width;              /* columns; colstart[width] is the end */
} Expanded;

static void put_col(Expanded *e, size_t *cap, size_t at)
{
    if ((size_t)e->width + 1 >= *cap) {
        *cap = *cap ? *cap * 2 : 64;
        e->colstart = realloc(e->colstart, *cap * sizeof *e->colstart);
        if (!e->colstart)
            FE_DIE("out of memory");
    }
    e->colstart[e->width++] = at;
}

static Expanded expand(const char *s, size_t len)
{
    Expanded e = {malloc(len * 8 + 1), NULL, 0};
    size_t cap = 0, n = 0;
    if (!e.text)
        FE_DIE("out of memory");
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\t') {
            do {
                put_col(&e, &cap, n);
                e.text[n++] = ' ';
            } while (e.width % 8);
            continue;
        }
        if (!is_continuation_byte(c))
            put_col(&e, &cap, n);
        e.text[n++] = (char)c;
    }
    put_col(&e, &cap, n);   /* the end, not a column */
    e.width--;
    return e;
}

/* Prints the source line (or its window [first, last] of columns) and the
 * caret line under column col, with ~ under the len - 1 columns after it
 * that are on the line (a token spanning lines is marked on its first
 * line only). */
static void print_source(const char *line, size_t len, int col, int toklen, FILE *out)
{
    Expanded e = expand(line, len);
    int first = 1, last = e.width;
    if (e.width > DIAG_WINDOW) {
        first = col - DIAG_WINDOW / 2 > 1 ? col - DIAG_WINDOW / 2 : 1;
        if (first > e.width - DIAG_WINDOW + 1)
            first = e.width - DIAG_WINDOW + 1;
        last = first + DIAG_WINDOW - 1;
    }
    const char *before = first > 1 ? "..." : "";
    fprintf(out, "%s%.*s%s\n", before,
            (int)(e.colstart[last] - e.colstart[first - 1]), e.text + e.colstart[first - 1],
            last < e.width ? "..." : "");
    for (int i = -(int)strlen(before); i < col - first; i++)
        fputc(' ', out);
    fputc('^', out);
    for (int i = 1; i < toklen && col + i <= last; i++)
        fputc('~', out);
    fputc('\n', out);
    free(e.text);
    free(e.colstart);
}

void diag_print_one(const DiagCtx *d, const Diagnostic *g, FILE *out)
{
    const char *path = diag_file_path(d, g->loc.file);
    if (!path)
        fprintf(out, "rtrans: %s: %s\n", kind_name(g->kind), g->msg);
    else if (g->loc.line <= 0)
        fprintf(out, "%s: %s: %s\n", path, kind_name(g->kind), g->msg);
    else
        fprintf(out, "%s:%d:%d: %s: %s\n", path, g->loc.line, g->loc.col,
                kind_name(g->kind), g->msg);
    size_t len;
    const char *line = path && g->loc.line > 0
                           ? diag_line_text(d, g->loc.file, g->loc.line, &len)
                           : NULL;
    if (!line)
        return;
    print_source(line, len, g->loc.col, g->len, out);
}

void diag_print(const DiagCtx *d, FILE *out)
{
    for (int i = 0; i < d->ndiags; i++)
        diag_print_one(d, &d->diags[i], out);
    int w = d->warnings, e = d->errors;
    if (w && e)
        fprintf(out, "%d warning%s and %d error%s generated.\n",
                w, w == 1 ? "" : "s", e, e == 1 ? "" : "s");
    else if (e)
        fprintf(out, "%d error%s generated.\n", e, e == 1 ? "" : "s");
    else if (w)
        fprintf(out, "%d warning%s generated.\n", w, w == 1 ? "" : "s");
}
