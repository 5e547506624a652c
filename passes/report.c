/* report.c - the barrier report of --stm (rtrans --barriers=FILE): for each
 * function, its source lines with the barriers the STM passes placed there
 * and the ones they found unnecessary, with the reason; then the totals,
 * placed against a naive placement (one barrier per access), per pass and
 * kind.  FILE.html gets the same as a page (report_html.c).
 *
 * Everything comes from IrModule.notes (see ir.h), which the passes fill;
 * the report never re-derives a decision.  Functions are listed program
 * files first, then the library (the prelude, any path with a "prelude"
 * directory), each by line.
 */
#include "passes/report.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* -------------------------------------------------------------- strings */

void rep_printf(RepStr *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        IR_DIE("rep_printf: bad format");
    if (b->len + (size_t)n + 1 > b->cap) {
        b->cap = (b->len + (size_t)n + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s)
            IR_DIE("out of memory");
    }
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void rep_free(RepStr *b)
{
    free(b->s);
    b->s = NULL;
    b->len = b->cap = 0;
}

/* -------------------------------------------------------------- sources */

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    RepStr b = { 0 };
    char chunk[4096];
    size_t n;
    rep_printf(&b, "%s", "");
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        rep_printf(&b, "%.*s", (int)n, chunk);
    fclose(f);
    return b.s;
}

static void load_source(RepSource *s, const char *path)
{
    s->path = path;
    s->library = strstr(path, "prelude/") != NULL;
    s->text = slurp(path);
    if (!s->text)
        return;
    int32_t cap = 64;
    s->lines = malloc(sizeof(char *) * (size_t)cap);
    for (char *p = s->text; *p;) {
        if (s->nlines == cap)
            s->lines = realloc(s->lines, sizeof(char *) * (size_t)(cap *= 2));
        s->lines[s->nlines++] = p;
        char *nl = strchr(p, '\n');
        if (!nl)
            break;
        *nl = 0;
        if (nl > p && nl[-1] == '\r')
            nl[-1] = 0;
        p = nl + 1;
    }
}

const char *rep_source_line(const Report *r, int32_t file, int32_t line)
{
    if (file < 0 || file >= r->m->nfiles)
        return NULL;
    const RepSource *s = &r->files[file];
    return line >= 1 && line <= s->nlines ? s->lines[line - 1] : NULL;
}

/* ---------------------------------------------------------------- model */

const char *rep_kind_name(IrBarrierKind k)
{
    return k < IRB__COUNT ? ir_barriers[k].word : "?";
}

int rep_kind_counted(IrBarrierKind k)
{
    return k < IRB__COUNT && ir_barriers[k].op != IR_NOP;
}

int32_t rep_placed_total(const RepCounts *c)
{
    int32_t n = 0;
    for (int k = 0; k < IRB__COUNT; k++)
        n += rep_kind_counted((IrBarrierKind)k) ? c->placed[k] : 0;
    return n;
}

int32_t rep_naive_total(const RepCounts *c)
{
    int32_t n = 0;
    for (int k = 0; k < IRB__COUNT; k++)
        n += rep_kind_counted((IrBarrierKind)k) ? c->naive[k] : 0;
    return n;
}

const char *rep_kind_counts(const RepCounts *c, RepStr *out)
{
    const char *sep = "";
    rep_printf(out, "%s", "");
    for (int k = 0; k < IRB__COUNT; k++)
        if (rep_kind_counted((IrBarrierKind)k)) {
            rep_printf(out, "%s%s %d/%d", sep, ir_barriers[k].word, c->placed[k], c->naive[k]);
            sep = ", ";
        }
    return out->s;
}

static void count(RepCounts *c, const IrNote *n)
{
    if (n->access)
        c->naive[n->kind]++;
    if (ir_whys[n->why].placed)
        c->placed[n->kind]++;
    c->why[n->kind][n->why]++;
}

static const Report *sort_report;

static int cmp_notes(const void *a, const void *b)
{
    const IrNote *x = &sort_report->m->notes[*(const int32_t *)a];
    const IrNote *y = &sort_report->m->notes[*(const int32_t *)b];
    if (x->loc.file != y->loc.file)
        return x->loc.file < y->loc.file ? -1 : 1;
    if (x->loc.line != y->loc.line)
        return x->loc.line < y->loc.line ? -1 : 1;
    if (x->loc.col != y->loc.col)
        return x->loc.col < y->loc.col ? -1 : 1;
    if (x->kind != y->kind)
        return x->kind < y->kind ? -1 : 1;
    return *(const int32_t *)a < *(const int32_t *)b ? -1 : 1;
}

static int32_t file_rank(const Report *r, int32_t file)
{
    for (int32_t i = 0; i < r->m->nfiles; i++)
        if (r->file_order[i] == file)
            return i;
    return r->m->nfiles;
}

static int cmp_funcs(const void *a, const void *b)
{
    const RepFunc *x = a, *y = b;
    int32_t fx = file_rank(sort_report, x->file), fy = file_rank(sort_report, y->file);
    if (fx != fy)
        return fx < fy ? -1 : 1;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->fid < y->fid ? -1 : x->fid > y->fid;
}

static void order_files(Report *r)
{
    const IrModule *m = r->m;
    r->file_order = malloc(sizeof(int32_t) * (size_t)(m->nfiles + 1));
    int32_t n = 0;
    for (int lib = 0; lib < 2; lib++)
        for (int32_t i = 0; i < m->nfiles; i++)
            if (r->files[i].library == lib)
                r->file_order[n++] = i;
}

static void add_note(Report *r, RepFunc *funcs, int32_t i)
{
    const IrNote *n = &r->m->notes[i];
    RepFunc *f = &funcs[n->func];
    if (f->nnotes % 16 == 0)
        f->notes = realloc(f->notes, sizeof(int32_t) * (size_t)(f->nnotes + 16));
    f->notes[f->nnotes++] = i;
    count(&f->counts, n);
    count(&r->total, n);
    if (n->loc.file < 0 || !r->files[n->loc.file].library)
        count(&r->program, n);
}

/* Keep the functions that have notes, with their start. */
static void collect_funcs(Report *r, RepFunc *funcs)
{
    const IrModule *m = r->m;
    r->funcs = calloc((size_t)m->nfuncs + 1, sizeof(RepFunc));
    for (int32_t fid = 0; fid < m->nfuncs; fid++) {
        RepFunc *f = &funcs[fid];
        if (!f->nnotes) {
            free(f->notes);
            continue;
        }
        qsort(f->notes, (size_t)f->nnotes, sizeof(int32_t), cmp_notes);
        const IrNote *first = &m->notes[f->notes[0]];
        f->fid = fid;
        f->file = m->funcs[fid].loc.line > 0 ? m->funcs[fid].loc.file : first->loc.file;
        f->line = m->funcs[fid].loc.line > 0 ? m->funcs[fid].loc.line : first->loc.line;
        r->funcs[r->nfuncs++] = *f;
    }
    qsort(r->funcs, (size_t)r->nfuncs, sizeof(RepFunc), cmp_funcs);
}

void rep_build(Report *r, const IrModule *m)
{
    memset(r, 0, sizeof *r);
    r->m = m;
    r->files = calloc((size_t)m->nfiles + 1, sizeof(RepSource));
    for (int32_t i = 0; i < m->nfiles; i++)
        load_source(&r->files[i], m->files[i]);
    order_files(r);
    sort_report = r;
    RepFunc *funcs = calloc((size_t)m->nfuncs + 1, sizeof(RepFunc));
    for (int32_t i = 0; i < m->nnotes; i++)
        if (m->notes[i].why != IRW_NONE && m->notes[i].func >= 0 && m->notes[i].func < m->nfuncs)
            add_note(r, funcs, i);
    collect_funcs(r, funcs);
    free(funcs);
}

void rep_free_report(Report *r)
{
    for (int32_t i = 0; i < r->m->nfiles; i++) {
        free(r->files[i].text);
        free(r->files[i].lines);
    }
    for (int32_t i = 0; i < r->nfuncs; i++)
        free(r->funcs[i].notes);
    free(r->files);
    free(r->file_order);
    free(r->funcs);
}

/* --------------------------------------------------------- descriptions */

const char *rep_func_name(const Report *r, const RepFunc *f)
{
    return r->m->funcs[f->fid].src_name;
}

static void vreg_name(const Report *r, const IrNote *n, RepStr *out)
{
    const IrFunc *f = &r->m->funcs[n->func];
    if (n->vreg >= 0 && n->vreg < f->nvregs && f->vregs[n->vreg].name)
        rep_printf(out, "%s", f->vregs[n->vreg].name);
    else
        rep_printf(out, "v%d", n->vreg);
}

static const char *callee_name(const Report *r, const IrNote *n)
{
    const IrModule *m = r->m;
    if (n->callee < 0)
        return n->op == IR_CALL_INDIRECT ? "a function value" : "?";
    if (n->op == IR_CALL_EXTERN)
        return n->callee < m->nexterns ? m->externs[n->callee].c_name : "?";
    return n->callee < m->nfuncs ? m->funcs[n->callee].src_name : "?";
}

static void describe_access(const Report *r, const IrNote *n, RepStr *out)
{
    const IrModule *m = r->m;
    const IrStruct *s = n->sid >= 0 && n->sid < m->nstructs ? &m->structs[n->sid] : NULL;
    switch ((IrOp)n->op) {
    case IR_GETFIELD:
    case IR_SETFIELD:
        vreg_name(r, n, out);
        rep_printf(out, ".%s", s && n->field >= 0 && n->field < s->nfields
                                   ? s->fields[n->field].name : "?");
        break;
    case IR_GETITEM:
    case IR_SETITEM:
        vreg_name(r, n, out);
        rep_printf(out, "[] (%s)", s ? s->name : "?");
        break;
    case IR_ARRAYCOPY:
        rep_printf(out, n->kind == IRB_READ ? "copy from " : "copy into ");
        vreg_name(r, n, out);
        break;
    case IR_STM_READ:      /* a barrier of its own (stm_rejoin.c) */
        vreg_name(r, n, out);
        break;
    case IR_ARRAYFILL:
        rep_printf(out, "fill of ");
        vreg_name(r, n, out);
        break;
    default:
        rep_printf(out, "%s(", callee_name(r, n));
        vreg_name(r, n, out);
        rep_printf(out, ")");
        break;
    }
}

void rep_describe(const Report *r, const IrNote *n, RepStr *out)
{
    switch ((IrBarrierKind)n->kind) {
    case IRB_INEV:
        rep_printf(out, "before %s()", callee_name(r, n));
        break;
    case IRB_BREAK:
        if (n->why == IRW_ATOMIC_ENTRY)
            rep_printf(out, "with rtrans.atomic");
        else if (n->op == IR_BREAKPOINT)
            rep_printf(out, "transaction_break_point()");
        else
            rep_printf(out, "%s()", callee_name(r, n));
        break;
    default:
        describe_access(r, n, out);
        break;
    }
}

void rep_reason(const Report *r, const IrNote *n, RepStr *out)
{
    if (n->kind == IRB_INEV && n->why == IRW_FIRST)
        rep_printf(out, "the transaction is not inevitable yet");
    else
        rep_printf(out, "%s", ir_whys[n->why].text);
    const IrNote *l = n->link >= 0 && n->link < r->m->nnotes ? &r->m->notes[n->link] : NULL;
    if (n->why == IRW_HOISTED_OUT && l)
        rep_printf(out, " (line %d)", l->loc.line);
    if (n->why == IRW_HOISTED && l)
        rep_printf(out, " (from line %d)", l->loc.line);
}

/* ------------------------------------------------------------------ text */

static void text_note(const Report *r, const IrNote *n, FILE *out)
{
    RepStr what = { 0 }, why = { 0 };
    rep_printf(&what, "%s", "");
    rep_printf(&why, "%s", "");
    rep_describe(r, n, &what);
    rep_reason(r, n, &why);
    const char *state = n->kind == IRB_BREAK ? "break" : ir_whys[n->why].placed ? "placed" : "elided";
    fprintf(out, "           %-10s %-6s %-28s %s\n", rep_kind_name((IrBarrierKind)n->kind),
            state, what.s, why.s);
    rep_free(&what);
    rep_free(&why);
}

static void text_counts_line(const RepCounts *c, FILE *out)
{
    RepStr kinds = { 0 };
    fprintf(out, "    placed %d of %d (%s)\n", rep_placed_total(c), rep_naive_total(c),
            rep_kind_counts(c, &kinds));
    rep_free(&kinds);
}

static void text_func(const Report *r, const RepFunc *f, FILE *out)
{
    const IrModule *m = r->m;
    if (f->file >= 0 && f->file < m->nfiles)
        fprintf(out, "\nfunction %s  (%s:%d)\n", rep_func_name(r, f), m->files[f->file], f->line);
    else
        fprintf(out, "\nfunction %s  (generated by the lowering)\n", rep_func_name(r, f));
    int32_t file = -2, line = -1;
    for (int32_t i = 0; i < f->nnotes; i++) {
        const IrNote *n = &m->notes[f->notes[i]];
        if (n->loc.file != file || n->loc.line != line) {
            file = n->loc.file;
            line = n->loc.line;
            const char *src = rep_source_line(r, file, line);
            if (file < 0 || file >= m->nfiles)
                fprintf(out, "        | (no source line)\n");
            else
                fprintf(out, "  %5d | %s\n", line, src ? src : "(source not available)");
        }
        text_note(r, n, out);
    }
    text_counts_line(&f->counts, out);
}

static void text_reasons(const RepCounts *c, IrBarrierKind k, FILE *out)
{
    const char *sep = "";
    for (int w = 1; w < IRW__COUNT; w++)
        if (c->why[k][w] && !ir_whys[w].placed) {
            fprintf(out, "%s%s %d", sep, ir_whys[w].name, c->why[k][w]);
            sep = ", ";
        }
}

static void text_totals(const RepCounts *c, const char *title, FILE *out)
{
    fprintf(out, "\n%s: placed against naive (a barrier on every access)\n", title);
    fprintf(out, "  %-15s %-11s %7s %7s %7s  elided by reason\n", "pass", "kind", "naive",
            "placed", "elided");
    for (int k = 0; k < IRB__COUNT; k++) {
        if (!rep_kind_counted((IrBarrierKind)k))
            continue;
        int32_t elided = c->naive[k] - rep_at_access(c, k);
        fprintf(out, "  %-15s %-11s %7d %7d %7d  ", ir_barriers[k].pass,
                rep_kind_name((IrBarrierKind)k), c->naive[k], c->placed[k], elided);
        text_reasons(c, (IrBarrierKind)k, out);
        fputc('\n', out);
    }
    fprintf(out, "  points that may break the transaction: %d\n", c->placed[IRB_BREAK]);
}

static void write_text(const Report *r, FILE *out)
{
    fprintf(out, "rtrans --stm barrier report\n");
    for (int32_t i = 0; i < r->m->nfiles; i++)
        fprintf(out, "%s %s\n", r->files[r->file_order[i]].library ? "library:" : "program:",
                r->m->files[r->file_order[i]]);
    for (int32_t i = 0; i < r->nfuncs; i++)
        text_func(r, &r->funcs[i], out);
    text_totals(&r->program, "program totals", out);
    text_totals(&r->total, "totals with the library", out);
}

/* ------------------------------------------------------------------ API */

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

int pass_barrier_report(const IrModule *m, const char *path, FILE *err)
{
    FILE *out = strcmp(path, "-") == 0 ? stdout : fopen(path, "w");
    if (!out) {
        fprintf(err, "rtrans: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    Report r;
    rep_build(&r, m);
    if (ends_with(path, ".html") || ends_with(path, ".htm"))
        rep_write_html(&r, out);
    else
        write_text(&r, out);
    rep_free_report(&r);
    int bad = ferror(out);
    if (out != stdout)
        bad |= fclose(out) != 0;
    else
        bad |= fflush(out) != 0;
    if (bad) {
        fprintf(err, "rtrans: cannot write %s: %s\n", path, strerror(errno));
        return -1;
    }
    return 0;
}
