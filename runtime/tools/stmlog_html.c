/* stmlog_html.c - rtrans-stmlog --html OUT.html: the log drawn as a page.
 *
 * At the top, per thread, a timeline from the log's start to its last
 * event cut into COLUMNS columns.  A column takes the colour of the state
 * the thread spent most of that time in: a transaction that committed,
 * one that aborted (red), an inevitable one, waiting, collecting, or no
 * transaction at all (blank); runs of equal columns are one rectangle
 * whose tooltip sums them up (shares of time, commits, aborts with their
 * reasons).  A red tick above marks each column where a transaction
 * aborted, so that no abort disappears in a long run, and a tick below
 * each conflict among the costliest ones, linked to its row.
 *
 * Below, the costliest conflicts: for both sides the marker (the
 * interpreted program's place, when the program pushed one) and the code
 * location (the .py line, through addr2line), each with its source text
 * and linked to an excerpt of its file at the end of the page.
 *
 * The page is a single file with its style and a small script that checks
 * that every link resolves (body data-broken-links) and highlights a
 * conflict's source lines when the pointer is over its row.
 */
#include "runtime/tools/stmlog.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define COLUMNS 1000
#define MIN_TICK 3            /* columns: the narrowest abort or conflict tick */
#define EXCERPT_CONTEXT 2     /* lines shown around each referenced line */

enum { ST_IDLE, ST_COMMITTED, ST_ABORTED, ST_INEVITABLE, ST_WAIT, ST_GC, ST_COUNT };
static const char *const state_class[ST_COUNT] = {
    "idle", "committed", "aborted", "inevitable", "waiting", "gc"};
static const char *const state_title[ST_COUNT] = {
    "outside transactions", "committed", "aborted", "inevitable", "waiting", "collecting"};

/* A stretch of one thread's time in one state; tx numbers the thread's
 * transactions (0: outside any), so that an abort can recolour its own. */
typedef struct span {
    uint64_t t0, t1;
    uint32_t tx;
    uint8_t state;
} span;

typedef struct column {
    uint64_t ns[ST_COUNT];
    uint32_t commits, aborts;
    uint32_t reasons[STMLOG_NREASONS];
    long conflict;                /* best-ranked top conflict here, or -1 */
} column;

typedef struct lane {
    uint32_t thread;
    span *spans;
    size_t nspans, cap;
    column *cols;
    uint64_t commits, aborts;
    /* the sweep over the thread's events */
    uint64_t last;
    uint32_t tx, ntx;
    bool in_tx, inevitable;
    int waits, gcs;
} lane;

/* A source file that conflicts refer to, read once. */
typedef struct srcfile {
    char *path;
    char *text;                   /* the whole file, lines split in place */
    char **lines;
    long nlines;
    bool *wanted;                 /* per line (1-based) */
} srcfile;

typedef struct page {
    const slog *log;
    FILE *out;
    lane *lanes;
    size_t nlanes;
    uint64_t wall, col_ns;
    slog_conflict *cs;
    size_t ncs;
    int top;
    uint64_t bias;
    bool use_addr2line;
    srcfile *files;
    size_t nfiles;
} page;

static void esc(FILE *f, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default: fputc(*s, f);
        }
    }
}

/* ------------------------------------------------------------ the sweep */

static lane *lane_of(page *pg, uint32_t thread)
{
    for (size_t i = 0; i < pg->nlanes; i++)
        if (pg->lanes[i].thread == thread)
            return &pg->lanes[i];
    pg->lanes = slog_xrealloc(pg->lanes, (pg->nlanes + 1) * sizeof *pg->lanes);
    lane *l = &pg->lanes[pg->nlanes++];
    memset(l, 0, sizeof *l);
    l->thread = thread;
    l->cols = slog_xrealloc(NULL, COLUMNS * sizeof *l->cols);
    memset(l->cols, 0, COLUMNS * sizeof *l->cols);
    for (int c = 0; c < COLUMNS; c++)
        l->cols[c].conflict = -1;
    return l;
}

/* Until the transaction ends, its time counts as committed. */
static uint8_t current_state(const lane *l)
{
    if (l->gcs)
        return ST_GC;
    if (l->waits)
        return ST_WAIT;
    if (!l->in_tx)
        return ST_IDLE;
    return l->inevitable ? ST_INEVITABLE : ST_COMMITTED;
}

/* The thread's time from its previous event up to t, in its state. */
static void extend(lane *l, uint64_t t)
{
    if (t <= l->last)
        return;
    uint8_t st = current_state(l);
    uint32_t tx = l->in_tx ? l->tx : 0;
    span *prev = l->nspans ? &l->spans[l->nspans - 1] : NULL;
    if (prev && prev->state == st && prev->tx == tx && prev->t1 == l->last) {
        prev->t1 = t;
    } else {
        if (l->nspans == l->cap) {
            l->cap = l->cap ? 2 * l->cap : 256;
            l->spans = slog_xrealloc(l->spans, l->cap * sizeof *l->spans);
        }
        l->spans[l->nspans++] = (span){l->last, t, tx, st};
    }
    l->last = t;
}

/* The transaction that just ended aborted: its stretches turn red (an
 * inevitable stretch cannot be part of an aborted transaction). */
static void mark_aborted(lane *l)
{
    for (size_t i = l->nspans; i-- > 0 && l->spans[i].tx == l->tx;)
        if (l->spans[i].state == ST_COMMITTED)
            l->spans[i].state = ST_ABORTED;
}

static column *column_at(const page *pg, lane *l, uint64_t t)
{
    uint64_t c = t / pg->col_ns;
    return &l->cols[c < COLUMNS ? c : COLUMNS - 1];
}

static void end_transaction(const page *pg, lane *l, const slog_event *e)
{
    column *col = column_at(pg, l, e->time_ns);
    if (e->kind == STMLOG_TX_ABORT) {
        mark_aborted(l);
        l->aborts++;
        col->aborts++;
        col->reasons[e->words[0] < STMLOG_NREASONS ? e->words[0] : STMLOG_ABORT_OTHER]++;
    } else {
        l->commits++;
        col->commits++;
    }
    l->in_tx = l->inevitable = false;
}

static void sweep(page *pg, const slog_event *e)
{
    lane *l = lane_of(pg, e->thread);
    extend(l, e->time_ns);
    switch (e->kind) {
    case STMLOG_TX_START:
        l->in_tx = true;
        l->inevitable = false;
        l->tx = ++l->ntx;
        break;
    case STMLOG_TX_COMMIT: case STMLOG_TX_ABORT:
        if (l->in_tx)
            end_transaction(pg, l, e);
        break;
    case STMLOG_INEVITABLE: l->inevitable = true; break;
    case STMLOG_WAIT_START: l->waits++; break;
    case STMLOG_WAIT_END: l->waits -= l->waits > 0; break;
    case STMLOG_MINOR_START: case STMLOG_MAJOR_START: l->gcs++; break;
    case STMLOG_MINOR_END: case STMLOG_MAJOR_END: l->gcs -= l->gcs > 0; break;
    case STMLOG_CONTENTION: {
        long k = slog_conflict_of(pg->cs, pg->ncs, e);
        column *col = column_at(pg, l, e->time_ns);
        if (k >= 0 && k < pg->top && (col->conflict < 0 || k < col->conflict))
            col->conflict = k;
        break;
    }
    default: break;
    }
}

/* Each stretch's time goes to the columns it covers; what no stretch
 * covers (before the thread's first event, after its last) is idle. */
static void bin_spans(const page *pg, lane *l)
{
    for (size_t i = 0; i < l->nspans; i++) {
        const span *s = &l->spans[i];
        for (uint64_t c = s->t0 / pg->col_ns; c < COLUMNS && c * pg->col_ns < s->t1; c++) {
            uint64_t lo = c * pg->col_ns, hi = lo + pg->col_ns;
            lo = s->t0 > lo ? s->t0 : lo;
            hi = s->t1 < hi ? s->t1 : hi;
            l->cols[c].ns[s->state] += hi - lo;
        }
    }
    for (int c = 0; c < COLUMNS; c++) {
        uint64_t busy = 0;
        for (int st = ST_IDLE + 1; st < ST_COUNT; st++)
            busy += l->cols[c].ns[st];
        l->cols[c].ns[ST_IDLE] = busy < pg->col_ns ? pg->col_ns - busy : 0;
    }
}

static int dominant(const column *col)
{
    int best = ST_IDLE;
    for (int st = ST_IDLE + 1; st < ST_COUNT; st++)
        if (col->ns[st] > col->ns[best])
            best = st;
    return best;
}

/* ------------------------------------------------------------ timeline */

/* The sums of columns [from, to) of a lane. */
static column sum_columns(const lane *l, int from, int to)
{
    column sum;
    memset(&sum, 0, sizeof sum);
    for (int c = from; c < to; c++) {
        for (int st = 0; st < ST_COUNT; st++)
            sum.ns[st] += l->cols[c].ns[st];
        sum.commits += l->cols[c].commits;
        sum.aborts += l->cols[c].aborts;
        for (int r = 0; r < STMLOG_NREASONS; r++)
            sum.reasons[r] += l->cols[c].reasons[r];
    }
    return sum;
}

static void print_reasons(FILE *f, const column *sum)
{
    const char *sep = " (";
    for (int r = 0; r < STMLOG_NREASONS; r++)
        if (sum->reasons[r]) {
            fprintf(f, "%s%s %u", sep, slog_reason_name((uint64_t)r), sum->reasons[r]);
            sep = ", ";
        }
    if (*sep == ',')
        fputc(')', f);
}

/* The tooltip of columns [from, to): when, the shares, the counts. */
static void print_title(const page *pg, const lane *l, int from, int to)
{
    FILE *f = pg->out;
    column sum = sum_columns(l, from, to);
    uint64_t all = 0;
    for (int st = 0; st < ST_COUNT; st++)
        all += sum.ns[st];
    fprintf(f, "<title>%.3f\xe2\x80\x93%.3f ms:", (double)from * pg->col_ns / 1e6,
            (double)to * pg->col_ns / 1e6);
    for (int st = ST_COMMITTED; st < ST_COUNT; st++)
        if (sum.ns[st] && all)
            fprintf(f, " %s %.0f%%", state_title[st], 100.0 * (double)sum.ns[st] / (double)all);
    fprintf(f, "; %u commit%s, %u abort%s", sum.commits, sum.commits == 1 ? "" : "s",
            sum.aborts, sum.aborts == 1 ? "" : "s");
    print_reasons(f, &sum);
    fputs("</title>", f);
}

static void emit_runs(const page *pg, const lane *l)
{
    for (int c = 0; c < COLUMNS;) {
        int st = dominant(&l->cols[c]), e = c + 1;
        while (e < COLUMNS && dominant(&l->cols[e]) == st)
            e++;
        if (st != ST_IDLE) {
            fprintf(pg->out, "<rect class=\"st-%s\" x=\"%d\" y=\"7\" width=\"%d\" height=\"14\">",
                    state_class[st], c, e - c);
            print_title(pg, l, c, e);
            fputs("</rect>", pg->out);
        }
        c = e;
    }
}

/* Red ticks above the bar where transactions aborted. */
static void emit_abort_ticks(const page *pg, const lane *l)
{
    for (int c = 0; c < COLUMNS;) {
        if (!l->cols[c].aborts) {
            c++;
            continue;
        }
        int e = c + 1;
        while (e < COLUMNS && l->cols[e].aborts)
            e++;
        /* at least MIN_TICK wide, or a lone abort would not show */
        fprintf(pg->out, "<rect class=\"abort-tick\" x=\"%d\" y=\"0\" width=\"%d\" height=\"5\">",
                c, e - c > MIN_TICK ? e - c : MIN_TICK);
        print_title(pg, l, c, e);
        fputs("</rect>", pg->out);
        c = e;
    }
}

/* Ticks below the bar where one of the listed conflicts happened. */
static void emit_conflict_ticks(const page *pg, const lane *l)
{
    for (int c = 0; c < COLUMNS;) {
        long k = l->cols[c].conflict;
        int e = c + 1;
        while (e < COLUMNS && l->cols[e].conflict == k)
            e++;
        if (k >= 0)
            fprintf(pg->out, "<a href=\"#conflict-%ld\"><rect class=\"conflict-tick\" x=\"%d\" "
                    "y=\"23\" width=\"%d\" height=\"5\"><title>conflict %ld: %s on %s</title>"
                    "</rect></a>", k + 1, c, e - c > MIN_TICK ? e - c : MIN_TICK, k + 1,
                    slog_reason_name(pg->cs[k].kind),
                    *pg->cs[k].type ? pg->cs[k].type : "an object");
        c = e;
    }
}

static void emit_lane(const page *pg, const lane *l)
{
    FILE *f = pg->out;
    fprintf(f, "<div class=\"lane\" data-thread=\"%u\" data-commits=\"%llu\" "
            "data-aborts=\"%llu\"><div class=\"who\">thread #%u<small>%llu commit%s, "
            "%llu abort%s", l->thread, (unsigned long long)l->commits,
            (unsigned long long)l->aborts, l->thread, (unsigned long long)l->commits,
            l->commits == 1 ? "" : "s", (unsigned long long)l->aborts,
            l->aborts == 1 ? "" : "s");
    /* the reasons in words, not only in the tooltips */
    column sum = sum_columns(l, 0, COLUMNS);
    print_reasons(f, &sum);
    fputs("</small></div>", f);
    fprintf(f, "<svg viewBox=\"0 0 %d 28\" preserveAspectRatio=\"none\">", COLUMNS);
    emit_runs(pg, l);
    emit_abort_ticks(pg, l);
    emit_conflict_ticks(pg, l);
    fputs("</svg></div>\n", f);
}

/* About eight labelled ticks at round times (1, 2 or 5 times a power of
 * ten milliseconds). */
static double tick_step(double wall_ms)
{
    for (double power = 1e-6; power < 1e12; power *= 10)
        for (int k = 0; k < 3; k++) {
            double step = power * (k == 0 ? 1 : k == 1 ? 2 : 5);
            if (step * 8 >= wall_ms)
                return step;
        }
    return wall_ms;
}

static void emit_axis(const page *pg)
{
    double wall_ms = (double)pg->col_ns * COLUMNS / 1e6, step = tick_step(wall_ms);
    fputs("<div class=\"axis\"><div class=\"who\">ms</div><div class=\"ticks\">", pg->out);
    for (int i = 0; i * step <= wall_ms; i++)
        fprintf(pg->out, "<span style=\"left:%.3f%%\">%g</span>", 100 * i * step / wall_ms,
                i * step);
    fputs("</div></div>\n", pg->out);
}

static void emit_legend(FILE *f)
{
    fputs("<div class=\"legend\">", f);
    for (int st = ST_COMMITTED; st < ST_COUNT; st++)
        fprintf(f, "<span><svg width=\"14\" height=\"12\"><rect class=\"st-%s\" width=\"14\" "
                "height=\"12\"/></svg>%s</span>", state_class[st], state_title[st]);
    fputs("<span><svg width=\"14\" height=\"12\"><rect class=\"abort-tick\" width=\"14\" "
          "height=\"5\"/></svg>aborts</span><span><svg width=\"14\" height=\"12\"><rect "
          "class=\"conflict-tick\" y=\"7\" width=\"14\" height=\"5\"/></svg>a conflict below"
          "</span></div>\n", f);
}

/* ------------------------------------------------------------- sources */

static void load_source(srcfile *sf)
{
    sf->nlines = -1;                       /* unreadable, until read */
    FILE *f = fopen(sf->path, "r");
    if (!f)
        return;
    size_t len = 0, cap = 4096, got;
    sf->text = slog_xrealloc(NULL, cap);
    while ((got = fread(sf->text + len, 1, cap - len - 1, f)) > 0)
        if ((len += got) + 1 == cap)
            sf->text = slog_xrealloc(sf->text, cap *= 2);
    fclose(f);
    sf->text[len] = 0;
    sf->nlines = 0;
    for (char *p = sf->text; *p;) {
        sf->lines = slog_xrealloc(sf->lines, (size_t)(sf->nlines + 1) * sizeof *sf->lines);
        sf->lines[sf->nlines++] = p;
        char *nl = strchr(p, '\n');
        if (!nl)
            break;
        *nl = 0;
        p = nl + 1;
    }
    sf->wanted = slog_xrealloc(NULL, (size_t)sf->nlines + 2);
    memset(sf->wanted, 0, (size_t)sf->nlines + 2);
}

/* The index of path among the page's excerpts, with line marked as
 * wanted and its text in *text; -1 when the file or the line cannot be
 * read (the place is then shown without a link). */
static long source_ref(page *pg, const char *path, long line, const char **text)
{
    size_t k = 0;
    while (k < pg->nfiles && strcmp(pg->files[k].path, path) != 0)
        k++;
    if (k == pg->nfiles) {
        pg->files = slog_xrealloc(pg->files, (pg->nfiles + 1) * sizeof *pg->files);
        memset(&pg->files[k], 0, sizeof *pg->files);
        pg->files[k].path = strdup(path);
        load_source(&pg->files[pg->nfiles++]);
    }
    srcfile *sf = &pg->files[k];
    if (line < 1 || line > sf->nlines)
        return -1;
    sf->wanted[line] = true;
    *text = sf->lines[line - 1];
    return (long)k;
}

static bool shown(const srcfile *sf, long line)
{
    for (long l = line - EXCERPT_CONTEXT; l <= line + EXCERPT_CONTEXT; l++)
        if (l >= 1 && l <= sf->nlines && sf->wanted[l])
            return true;
    return false;
}

static void emit_excerpt(const page *pg, size_t k)
{
    FILE *f = pg->out;
    const srcfile *sf = &pg->files[k];
    char *abs = realpath(sf->path, NULL);
    fputs("<div class=\"src\"><h3><a href=\"file://", f);
    esc(f, abs ? abs : sf->path);
    fputs("\">", f);
    esc(f, sf->path);
    fputs("</a></h3><pre>", f);
    free(abs);
    long last = 0;
    for (long line = 1; line <= sf->nlines; line++) {
        if (!shown(sf, line))
            continue;
        if (line > last + 1)
            fputs("<span class=\"gap\">\xe2\x80\xa6</span>\n", f);
        fprintf(f, "<span id=\"src-%zu-%ld\" class=\"ln%s\"><i>%ld</i>", k, line,
                sf->wanted[line] ? " ref" : "", line);
        esc(f, sf->lines[line - 1]);
        fputs("</span>\n", f);
        last = line;
    }
    fputs("</pre></div>\n", f);
}

static void emit_sources(const page *pg)
{
    bool any = false;
    for (size_t k = 0; k < pg->nfiles; k++)
        any |= pg->files[k].nlines > 0;
    if (!any)
        return;
    fputs("<h2>Sources</h2>\n", pg->out);
    for (size_t k = 0; k < pg->nfiles; k++)
        if (pg->files[k].nlines > 0)
            emit_excerpt(pg, k);
}

/* ----------------------------------------------------------- conflicts */

/* One side of a conflict: where the program was (marker) and which code
 * made the access, each with its excerpt index (-1: none) and text. */
typedef struct side {
    uint64_t marker, code;
    slog_where mplace, cplace;
    long mfile, cfile;
    const char *mtext, *ctext;
} side;

static side resolve_side(page *pg, uint64_t marker, uint64_t code)
{
    side sd = {marker, code, {NULL, 0, NULL}, {NULL, 0, NULL}, -1, -1, NULL, NULL};
    if (marker) {
        sd.mplace = slog_marker_where(pg->log, marker);
        if (sd.mplace.file)
            sd.mfile = source_ref(pg, sd.mplace.file, sd.mplace.line, &sd.mtext);
    }
    if (code && pg->use_addr2line) {
        sd.cplace = slog_locate(pg->log, code, pg->bias);
        if (sd.cplace.file)
            sd.cfile = source_ref(pg, sd.cplace.file, sd.cplace.line, &sd.ctext);
    }
    return sd;
}

static void emit_link(FILE *f, long file, const slog_where *w)
{
    const char *slash = strrchr(w->file, '/');
    if (file >= 0) {
        fprintf(f, "<a href=\"#src-%ld-%ld\" title=\"", file, w->line);
        esc(f, w->file);
        fputs("\">", f);
    }
    esc(f, slash ? slash + 1 : w->file);
    fprintf(f, ":%ld", w->line);
    if (file >= 0)
        fputs("</a>", f);
}

static void emit_text(FILE *f, const char *text)
{
    if (!text)
        return;
    fputs("<pre>", f);
    esc(f, text + strspn(text, " \t"));
    fputs("</pre>", f);
}

static void emit_side(const page *pg, const side *sd, const char *role)
{
    FILE *f = pg->out;
    fprintf(f, "<td class=\"side\"><div class=\"role\">%s</div>", role);
    if (sd->marker) {
        fputs("<div class=\"place\">program at ", f);
        if (sd->mplace.file)
            emit_link(f, sd->mfile, &sd->mplace);
        else
            fprintf(f, "marker %llu", (unsigned long long)sd->marker);
        emit_text(f, sd->mtext);
        fputs("</div>", f);
    }
    if (sd->code) {
        fputs("<div class=\"place\">code at ", f);
        if (sd->cplace.file) {
            emit_link(f, sd->cfile, &sd->cplace);
            if (sd->cplace.func) {
                fputs(" in <code>", f);
                esc(f, sd->cplace.func);
                fputs("</code>", f);
            }
        } else {
            fprintf(f, "+0x%llx", (unsigned long long)(sd->code - pg->bias));
        }
        emit_text(f, sd->ctext);
        fputs("</div>", f);
    }
    if (!sd->marker && !sd->code)
        fputs("<div class=\"place\">unknown</div>", f);
    fputs("</td>", f);
}

static void emit_anchors(FILE *f, const side *sd)
{
    if (sd->mfile >= 0)
        fprintf(f, "src-%ld-%ld ", sd->mfile, sd->mplace.line);
    if (sd->cfile >= 0)
        fprintf(f, "src-%ld-%ld ", sd->cfile, sd->cplace.line);
}

static void emit_conflict(page *pg, size_t k)
{
    FILE *f = pg->out;
    const slog_conflict *c = &pg->cs[k];
    side w = resolve_side(pg, c->wmarker, c->wcode);
    side r = resolve_side(pg, c->rmarker, c->rcode);
    fprintf(f, "<tr class=\"conflict\" id=\"conflict-%zu\" data-lines=\"", k + 1);
    emit_anchors(f, &w);
    emit_anchors(f, &r);
    fprintf(f, "\"><td>%zu</td><td class=\"lost\">%.3f ms</td><td>%llu %s conflict%s on <code>",
            k + 1, (double)c->lost_ns / 1e6, (unsigned long long)c->count,
            slog_reason_name(c->kind), c->count == 1 ? "" : "s");
    esc(f, *c->type ? c->type : "an object");
    fputs("</code></td>", f);
    emit_side(pg, &w, "writer");
    emit_side(pg, &r, c->kind == STMLOG_ABORT_WRITE_READ ? "reader" : "other writer");
    fputs("</tr>\n", f);
    slog_where_free(&w.mplace);
    slog_where_free(&w.cplace);
    slog_where_free(&r.mplace);
    slog_where_free(&r.cplace);
}

static void emit_conflicts(page *pg)
{
    FILE *f = pg->out;
    fputs("<h2>Conflicts, by time lost</h2>\n", f);
    if (pg->ncs == 0) {
        fputs("<p>No conflict was recorded.</p>\n", f);
        return;
    }
    fputs("<table class=\"conflicts\"><tr><th>#</th><th>lost</th><th>what</th>"
          "<th>writer</th><th>reader, or other writer</th></tr>\n", f);
    for (size_t k = 0; k < pg->ncs && (long)k < pg->top; k++)
        emit_conflict(pg, k);
    fputs("</table>\n", f);
    if ((long)pg->ncs > pg->top)
        fprintf(f, "<p>%zu more conflict locations (see <code>--top</code>).</p>\n",
                pg->ncs - (size_t)pg->top);
}

/* ---------------------------------------------------------------- page */

static const char page_style[] =
    "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}"
    "h1{font-size:1.3em;margin:0 0 .3em}h2{font-size:1.1em;margin-top:1.6em}"
    "h3{font-size:1em;margin:1em 0 .2em}.summary{color:#555;margin:0 0 .8em}"
    ".legend{margin:.6em 0}.legend span{margin-right:1.2em;white-space:nowrap}"
    ".legend svg{vertical-align:middle;margin-right:.3em}"
    ".lane,.axis{display:flex;align-items:center;margin:3px 0}"
    ".who{width:13em;flex:none;font-weight:600;padding-right:.5em}"
    ".who small{display:block;font-weight:normal;color:#666}"
    ".lane svg{flex:1;height:28px;background:#f3f3f3}"
    ".ticks{flex:1;position:relative;height:1.3em;border-top:1px solid #999;"
    "font-size:11px;color:#555}.ticks span{position:absolute;padding-left:2px;"
    "border-left:1px solid #999}"
    ".st-committed{fill:#43a047}.st-aborted{fill:#e53935}.st-inevitable{fill:#8e24aa}"
    ".st-waiting{fill:#b0b0b0}.st-gc{fill:#1e88e5}.abort-tick{fill:#b71c1c}"
    ".conflict-tick{fill:#ff8f00}"
    "table.conflicts{border-collapse:collapse;width:100%}"
    ".conflicts td,.conflicts th{border:1px solid #ddd;padding:4px 8px;"
    "vertical-align:top;text-align:left}.conflicts tr:target{background:#fff8e1}"
    ".lost{white-space:nowrap}.role{font-weight:600}"
    ".place pre{margin:2px 0 4px;background:#f6f8fa;padding:2px 6px;white-space:pre-wrap}"
    ".src pre{background:#f6f8fa;padding:6px;overflow-x:auto;margin:0}"
    ".ln i{display:inline-block;width:4em;color:#999;font-style:normal}"
    ".ln.ref{background:#fff3cd}.ln.hl,.ln:target{background:#ffcc80}.gap{color:#999}";

/* Checks that every in-page link resolves (for the test in headless
 * Chromium, and for a reader of the DOM), and lights a conflict's source
 * lines while the pointer is over its row. */
static const char page_script[] =
    "(function(){var b=document.body,links=document.querySelectorAll('a[href^=\"#\"]'),"
    "broken=0;for(var i=0;i<links.length;i++)"
    "if(!document.getElementById(links[i].getAttribute('href').slice(1)))broken++;"
    "b.setAttribute('data-links',links.length);b.setAttribute('data-broken-links',broken);"
    "b.setAttribute('data-lanes',document.querySelectorAll('.lane').length);"
    "var rows=document.querySelectorAll('tr.conflict');"
    "rows.forEach(function(row){var ids=row.getAttribute('data-lines').split(' ')"
    ".filter(Boolean);function mark(on){ids.forEach(function(id){"
    "var el=document.getElementById(id);if(el)el.classList.toggle('hl',on);});}"
    "row.addEventListener('mouseenter',function(){mark(true);});"
    "row.addEventListener('mouseleave',function(){mark(false);});});})();";

static void emit_head(const page *pg, const char *log_path)
{
    FILE *f = pg->out;
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
          "rtrans-stmlog: ", f);
    esc(f, log_path);
    fprintf(f, "</title><style>%s</style></head>\n<body>\n<h1>Where the transactions of "
            "<code>", page_style);
    esc(f, pg->log->exe);
    fputs("</code> went</h1>\n<p class=\"summary\">", f);
    esc(f, log_path);
    fprintf(f, ": %zu events, %u segment%s, wall time %.2f ms; each thread's time, "
            "%.3f ms per column, coloured by what it spent most of it on.</p>\n",
            pg->log->nevents, pg->log->header.nsegs, pg->log->header.nsegs == 1 ? "" : "s",
            (double)pg->wall / 1e6, (double)pg->col_ns / 1e6);
}

static int cmp_lane(const void *a, const void *b)
{
    const lane *x = a, *y = b;
    return x->thread < y->thread ? -1 : x->thread > y->thread;
}

static void free_page(page *pg)
{
    for (size_t i = 0; i < pg->nlanes; i++) {
        free(pg->lanes[i].spans);
        free(pg->lanes[i].cols);
    }
    for (size_t k = 0; k < pg->nfiles; k++) {
        free(pg->files[k].path);
        free(pg->files[k].text);
        free(pg->files[k].lines);
        free(pg->files[k].wanted);
    }
    free(pg->lanes);
    free(pg->files);
    free(pg->cs);
}

int slog_write_html(const slog *log, const char *log_path, const char *path, int top,
                    bool use_addr2line)
{
    page pg;
    memset(&pg, 0, sizeof pg);
    pg.log = log;
    pg.top = top;
    pg.use_addr2line = use_addr2line;
    pg.wall = log->nevents ? log->events[log->nevents - 1].time_ns : 0;
    pg.col_ns = pg.wall / COLUMNS + 1;
    pg.cs = slog_conflicts(log, &pg.ncs);
    pg.bias = slog_code_bias(log);
    for (size_t i = 0; i < log->nevents; i++)
        sweep(&pg, &log->events[i]);
    for (size_t i = 0; i < pg.nlanes; i++)
        bin_spans(&pg, &pg.lanes[i]);
    qsort(pg.lanes, pg.nlanes, sizeof *pg.lanes, cmp_lane);
    pg.out = fopen(path, "w");
    if (!pg.out) {
        free_page(&pg);
        return -1;
    }
    emit_head(&pg, log_path);
    emit_legend(pg.out);
    emit_axis(&pg);
    for (size_t i = 0; i < pg.nlanes; i++)
        emit_lane(&pg, &pg.lanes[i]);
    emit_conflicts(&pg);
    emit_sources(&pg);
    fprintf(pg.out, "<script>%s</script>\n</body></html>\n", page_script);
    int rc = ferror(pg.out) ? -1 : 0;
    rc |= fclose(pg.out) ? -1 : 0;
    free_page(&pg);
    return rc;
}
