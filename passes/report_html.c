/* report_html.c - the barrier report as one self-contained HTML page.
 *
 * Layout: the totals table (placed against naive, per pass and kind, with
 * the reasons for elisions), a legend that doubles as a filter, a list of
 * functions, then each source file (program files open, the library
 * collapsed) as a listing: line number, a margin of marks, the code.  A
 * mark is a letter for the barrier kind (R read, W write, C card, I
 * inevitable, B break); solid when placed, outlined when elided; hovering
 * shows what and why.  Lines holding a placed barrier are tinted.  The
 * script only filters and counts (#shown), so the page reads the same
 * without it.
 */
#include "passes/report.h"

#include <stdlib.h>
#include <string.h>

static void esc(const char *s, FILE *out)
{
    for (; s && *s; s++) {
        switch (*s) {
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '&': fputs("&amp;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\t': fputs("    ", out); break;
        default: fputc(*s, out);
        }
    }
}

static const char style[] =
    "body{font:14px/1.45 system-ui,sans-serif;margin:0;color:#1a202c;background:#f7fafc}\n"
    "header,section,nav{padding:12px 24px}\n"
    "h1{font-size:20px;margin:0 0 4px}h2{font-size:16px;margin:16px 0 8px}\n"
    "table.totals{border-collapse:collapse;background:#fff}\n"
    "table.totals td,table.totals th{border:1px solid #cbd5e0;padding:3px 8px;text-align:right}\n"
    "table.totals td.l,table.totals th.l{text-align:left}\n"
    ".legend label{margin-right:14px;cursor:pointer;white-space:nowrap}\n"
    ".mark{display:inline-block;width:15px;height:15px;line-height:15px;margin:0 1px;"
    "border-radius:3px;font:bold 10px/15px monospace;text-align:center;color:#fff;"
    "position:relative;cursor:help;vertical-align:middle}\n"
    ".mark.elided{background:#fff!important;border:1px solid;width:13px;height:13px;"
    "line-height:13px;opacity:.55}\n";

/* After the kinds' colours (style_kinds). */
static const char style_rest[] =
    ".mark.placed{color:#fff}\n"
    ".mark:hover::after{content:attr(data-tip);position:absolute;left:18px;top:-4px;"
    "z-index:9;white-space:pre;background:#1a202c;color:#fff;font:12px/1.4 system-ui;"
    "padding:4px 8px;border-radius:4px;text-align:left;opacity:1}\n"
    "details.file{margin:10px 24px;background:#fff;border:1px solid #cbd5e0;border-radius:4px}\n"
    "details.file>summary{padding:6px 10px;font-weight:bold;cursor:pointer;background:#edf2f7}\n"
    "table.src{border-collapse:collapse;width:100%;font:13px/1.35 ui-monospace,monospace}\n"
    "table.src td{padding:0 6px;vertical-align:top}\n"
    "td.ln{color:#a0aec0;text-align:right;user-select:none;width:40px}\n"
    "td.marks{width:150px;white-space:nowrap;border-right:1px solid #e2e8f0}\n"
    "td.code{white-space:pre}\n"
    "tr.hot td.code{background:#fefcbf}\n"
    "tr.fn td{background:#ebf8ff;font:bold 13px system-ui;padding:4px 8px;"
    "border-top:1px solid #bee3f8}\n"
    "tr.fn .sum{font-weight:normal;color:#4a5568;margin-left:12px}\n"
    "nav ul{columns:3;margin:0;padding-left:18px}nav a{color:#2c5282}"
    "nav details summary{cursor:pointer;margin:8px 0;color:#4a5568}\n";

/* The style sheet: each kind's colour, and a rule that hides its marks
 * when its legend box is unchecked. */
static void write_style(FILE *out)
{
    fputs(style, out);
    for (int k = 0; k < IRB__COUNT; k++)
        fprintf(out, ".%s{background:%s;border-color:%s;color:%s}", ir_barriers[k].word,
                ir_barriers[k].colour, ir_barriers[k].colour, ir_barriers[k].colour);
    fputc('\n', out);
    fputs(style_rest, out);
    for (int k = 0; k < IRB__COUNT; k++)
        fprintf(out, "body.hide-%s .mark.%s,", ir_barriers[k].word, ir_barriers[k].word);
    fputs("body.hide-elided .mark.elided{display:none}\n", out);
}

static const char script[] =
    "(function(){\n"
    "  var body=document.body;\n"
    "  function recount(){\n"
    "    var all=document.querySelectorAll('td.marks .mark'),shown=0,placed=0;\n"
    "    for(var i=0;i<all.length;i++){\n"
    "      if(getComputedStyle(all[i]).display==='none')continue;\n"
    "      shown++; if(all[i].classList.contains('placed'))placed++;\n"
    "    }\n"
    "    var s=document.getElementById('shown');\n"
    "    s.textContent=shown+' marks shown, '+placed+' of them placed barriers';\n"
    "    s.setAttribute('data-shown',shown); s.setAttribute('data-placed',placed);\n"
    "  }\n"
    "  var boxes=document.querySelectorAll('.legend input');\n"
    "  for(var i=0;i<boxes.length;i++){\n"
    "    boxes[i].addEventListener('change',function(){\n"
    "      body.classList.toggle('hide-'+this.value,!this.checked); recount();\n"
    "    });\n"
    "  }\n"
    "  recount();\n"
    "})();\n";

/* ----------------------------------------------------------------- marks */

static void mark(const Report *r, const IrNote *n, FILE *out)
{
    RepStr what = { 0 }, why = { 0 };
    rep_printf(&what, "%s", "");
    rep_printf(&why, "%s", "");
    rep_describe(r, n, &what);
    rep_reason(r, n, &why);
    int placed = ir_whys[n->why].placed;
    const char *kind = rep_kind_name((IrBarrierKind)n->kind);
    fprintf(out, "<span class=\"mark %s %s\" data-why=\"%s\" data-tip=\"", kind,
            placed ? "placed" : "elided", ir_whys[n->why].name);
    fprintf(out, "%s %s: ", kind, n->kind == IRB_BREAK ? "point" : placed ? "barrier" : "elided");
    esc(what.s, out);
    fputs("&#10;", out);
    esc(why.s, out);
    fprintf(out, "\">%s</span>", ir_barriers[n->kind].letter);
    rep_free(&what);
    rep_free(&why);
}

/* Notes of one file, all functions, sorted by line (a view for listing). */
typedef struct FileNotes {
    const IrNote **v;
    int32_t n;
} FileNotes;

static int cmp_line(const void *a, const void *b)
{
    const IrNote *x = *(const IrNote *const *)a, *y = *(const IrNote *const *)b;
    if (x->loc.line != y->loc.line)
        return x->loc.line < y->loc.line ? -1 : 1;
    if (x->loc.col != y->loc.col)
        return x->loc.col < y->loc.col ? -1 : 1;
    return x < y ? -1 : x > y;
}

static FileNotes file_notes(const Report *r, int32_t file)
{
    FileNotes fn = { 0 };
    fn.v = malloc(sizeof(IrNote *) * (size_t)(r->m->nnotes + 1));
    for (int32_t i = 0; i < r->nfuncs; i++)
        for (int32_t k = 0; k < r->funcs[i].nnotes; k++) {
            const IrNote *n = &r->m->notes[r->funcs[i].notes[k]];
            if (n->loc.file == file)
                fn.v[fn.n++] = n;
        }
    qsort(fn.v, (size_t)fn.n, sizeof(IrNote *), cmp_line);
    return fn;
}

/* ---------------------------------------------------------------- parts */

static void totals_row(const RepCounts *c, const char *pass, IrBarrierKind k, FILE *out)
{
    int32_t at_access = rep_at_access(c, k);
    int32_t elided = c->naive[k] - at_access;
    fprintf(out, "<tr><td class=\"l\">%s</td><td class=\"l\"><span class=\"mark %s placed\" "
                 "data-tip=\"%s\">%s</span> %s</td><td>%d</td><td>%d</td><td>%d</td><td>%s",
            pass, rep_kind_name(k), rep_kind_name(k), ir_barriers[k].letter, rep_kind_name(k),
            c->naive[k], c->placed[k], elided, "");
    if (c->naive[k])
        fprintf(out, "%d%%", (int)(100.0 * elided / c->naive[k] + 0.5));
    fputs("</td><td class=\"l\">", out);
    const char *sep = "";
    for (int w = 1; w < IRW__COUNT; w++)
        if (c->why[k][w] && !ir_whys[w].placed) {
            fprintf(out, "%s%s: %d", sep, ir_whys[w].text, c->why[k][w]);
            sep = "; ";
        }
    fputs("</td></tr>\n", out);
}

static void totals(const RepCounts *c, const char *title, const char *id, FILE *out)
{
    fprintf(out, "<h2>%s</h2>\n<table class=\"totals\" id=\"%s\">\n", title, id);
    fputs("<tr><th class=\"l\">pass</th><th class=\"l\">kind</th><th>naive</th><th>placed</th>"
          "<th>elided</th><th>elided %</th><th class=\"l\">elided because</th></tr>\n", out);
    for (int k = 0; k < IRB__COUNT; k++)
        if (rep_kind_counted((IrBarrierKind)k))
            totals_row(c, ir_barriers[k].pass, (IrBarrierKind)k, out);
    fprintf(out, "<tr><td class=\"l\">(lowering)</td><td class=\"l\"><span class=\"mark break "
                 "placed\" data-tip=\"break\">B</span> break</td><td></td><td>%d</td>"
                 "<td></td><td></td><td class=\"l\">points where the transaction may end</td>"
                 "</tr>\n</table>\n", c->placed[IRB_BREAK]);
}

static void legend(FILE *out)
{
    fputs("<section class=\"legend\"><h2>Legend</h2>\n", out);
    for (int k = 0; k < IRB__COUNT; k++)
        fprintf(out, "<label title=\"%s\"><input type=\"checkbox\" checked value=\"%s\"> "
                     "<span class=\"mark %s placed\" data-tip=\"%s\">%s</span> %s</label>\n",
                ir_barriers[k].legend, rep_kind_name(k), rep_kind_name(k),
                ir_barriers[k].legend, ir_barriers[k].letter, rep_kind_name(k));
    fputs("<label title=\"outlined marks: accesses that need no barrier\"><input "
          "type=\"checkbox\" checked value=\"elided\"> <span class=\"mark read elided\" "
          "data-tip=\"an elided barrier (outlined)\">R</span> elided</label>\n"
          "<p>Solid marks are barriers the passes placed; outlined ones are accesses that "
          "need none, with the reason on hover. Tinted lines hold a placed barrier. "
          "<span id=\"shown\"></span></p></section>\n", out);
}

static void func_item(const Report *r, const RepFunc *f, FILE *out);

static int library_func(const Report *r, const RepFunc *f)
{
    return f->file >= 0 && f->file < r->m->nfiles && r->files[f->file].library;
}

/* Functions, program first; the library's in a collapsed list. */
static void func_list(const Report *r, FILE *out)
{
    fputs("<nav><h2>Functions</h2><ul>\n", out);
    for (int lib = 0; lib < 2; lib++)
        for (int32_t i = 0; i < r->nfuncs; i++)
            if (library_func(r, &r->funcs[i]) == lib) {
                if (lib && !(i && library_func(r, &r->funcs[i - 1])))
                    fputs("</ul><details><summary>library (prelude)</summary><ul>\n", out);
                func_item(r, &r->funcs[i], out);
            }
    int any_lib = 0;
    for (int32_t i = 0; i < r->nfuncs; i++)
        any_lib |= library_func(r, &r->funcs[i]);
    fputs(any_lib ? "</ul></details></nav>\n" : "</ul></nav>\n", out);
}

static void func_item(const Report *r, const RepFunc *f, FILE *out)
{
    fprintf(out, "<li><a href=\"#fn%d\">", f->fid);
    esc(rep_func_name(r, f), out);
    fprintf(out, "</a> %d/%d</li>\n", rep_placed_total(&f->counts), rep_naive_total(&f->counts));
}

/* ------------------------------------------------------------- listings */

static void func_header(const Report *r, const RepFunc *f, FILE *out)
{
    int32_t placed = rep_placed_total(&f->counts), naive = rep_naive_total(&f->counts);
    RepStr kinds = { 0 };
    fprintf(out, "<tr class=\"fn\" id=\"fn%d\"><td colspan=\"3\">", f->fid);
    esc(rep_func_name(r, f), out);
    fprintf(out, "<span class=\"sum\">%d barrier%s placed for %d access%s (%s)</span></td></tr>\n",
            placed, placed == 1 ? "" : "s", naive, naive == 1 ? "" : "es",
            rep_kind_counts(&f->counts, &kinds));
    rep_free(&kinds);
}

static void line_row(const Report *r, int32_t file, int32_t line, const FileNotes *fn,
                     int32_t *k, FILE *out)
{
    int32_t first = *k, hot = 0;
    for (; *k < fn->n && fn->v[*k]->loc.line == line; (*k)++)
        hot |= ir_whys[fn->v[*k]->why].placed && fn->v[*k]->kind != IRB_BREAK;
    fprintf(out, "<tr class=\"line%s\" id=\"f%dL%d\"><td class=\"ln\">%d</td><td class=\"marks\">",
            hot ? " hot" : "", file, line, line);
    for (int32_t i = first; i < *k; i++)
        mark(r, fn->v[i], out);
    fputs("</td><td class=\"code\">", out);
    const char *src = rep_source_line(r, file, line);
    esc(src ? src : "", out);
    fputs("</td></tr>\n", out);
}

static void listing(const Report *r, int32_t file, FILE *out)
{
    FileNotes fn = file_notes(r, file);
    const RepSource *s = &r->files[file];
    int32_t last = s->nlines;
    if (fn.n && fn.v[fn.n - 1]->loc.line > last)
        last = fn.v[fn.n - 1]->loc.line;
    fprintf(out, "<details class=\"file\"%s><summary>", s->library ? "" : " open");
    esc(r->m->files[file], out);
    fprintf(out, "%s</summary>\n<table class=\"src\">\n", s->library ? " (library)" : "");
    int32_t k = 0, nextf = 0;
    for (int32_t line = 1; line <= last; line++) {
        for (; nextf < r->nfuncs; nextf++) {
            const RepFunc *f = &r->funcs[nextf];
            if (f->file == file && f->line <= line)
                func_header(r, f, out);
            else if (f->file == file)
                break;
        }
        line_row(r, file, line, &fn, &k, out);
    }
    fputs("</table></details>\n", out);
    free(fn.v);
}

static int has_source(const Report *r, const IrNote *n)
{
    return n->loc.file >= 0 && n->loc.file < r->m->nfiles;
}

/* Functions the lowering generated (no source file): one row each. */
static void generated_listing(const Report *r, FILE *out)
{
    int any = 0;
    for (int32_t i = 0; i < r->nfuncs; i++) {
        const RepFunc *f = &r->funcs[i];
        int32_t k = 0;
        while (k < f->nnotes && has_source(r, &r->m->notes[f->notes[k]]))
            k++;
        if (k == f->nnotes)
            continue;
        if (!any)
            fputs("<details class=\"file\"><summary>generated code (no source line)</summary>\n"
                  "<table class=\"src\">\n", out);
        any = 1;
        func_header(r, f, out);
        fprintf(out, "<tr class=\"line\" id=\"gen%d\"><td class=\"ln\"></td><td class=\"marks\">",
                f->fid);
        for (; k < f->nnotes; k++)
            if (!has_source(r, &r->m->notes[f->notes[k]]))
                mark(r, &r->m->notes[f->notes[k]], out);
        fputs("</td><td class=\"code\">(generated by the lowering)</td></tr>\n", out);
    }
    if (any)
        fputs("</table></details>\n", out);
}

void rep_write_html(const Report *r, FILE *out)
{
    fputs("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
          "<title>rtrans barrier report</title>\n<style>\n", out);
    write_style(out);
    fputs("</style></head>\n<body>\n<header><h1>Barrier report</h1><p>rtrans --stm: "
          "where the STM passes placed read, write, card and inevitable barriers, "
          "which accesses need none and why, and where the transaction may break.</p>"
          "</header>\n<section>\n", out);
    totals(&r->program, "Program totals (placed against naive: a barrier on every access)",
           "totals-program", out);
    totals(&r->total, "With the library (prelude)", "totals-all", out);
    fputs("</section>\n", out);
    legend(out);
    func_list(r, out);
    for (int32_t i = 0; i < r->m->nfiles; i++)
        listing(r, r->file_order[i], out);
    generated_listing(r, out);
    fputs("<script>\n", out);
    fputs(script, out);
    fputs("</script>\n</body></html>\n", out);
}
