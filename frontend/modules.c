/* modules.c - finding and loading modules, the import graph, the prelude.
 *
 * A program's modules are the prelude (module "builtins"), the main module
 * and every module it imports, found as NAME.py in the main module's
 * folder.  They are loaded depth first; Program.modules lists them in
 * post-order, which is the initialisation order (a module after all the
 * modules it imports, except one that imports it back: modules may import
 * each other, see mod_check_cycles).  Library modules (sys, math, os.path,
 * ...) are ModuleInfos without a path or AST: their members come from
 * builtins.def.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "frontend/check.h"

/* A library module is any owner of a builtins.def entry (the one table of
 * library names), except the prelude's own pseudo-module. */
bool mod_is_library(const char *name)
{
    if (strcmp(name, "__prelude") == 0)
        return false;
    for (int i = 0; i < BI__COUNT; i++)
        if (strcmp(chk_builtins[i].owner, name) == 0)
            return true;
    return false;
}

static ModuleInfo *new_module(Checker *c, const char *name, const char *path)
{
    ModuleInfo *m = arena_alloc(c->arena, sizeof *m);
    m->name = arena_strdup(c->arena, name);
    m->path = path ? arena_strdup(c->arena, path) : NULL;
    m->syms = symtab_new(c->arena);
    return m;
}

static ModuleInfo *library_module(Checker *c, const char *name)
{
    for (int i = 0; i < c->nlibmods; i++)
        if (strcmp(c->libmods[i]->name, name) == 0)
            return c->libmods[i];
    ModuleInfo *m = new_module(c, name, NULL);
    VEC_PUSH(c->arena, c->libmods, c->nlibmods, c->caplibmods, m);
    return m;
}

static ModuleInfo *loaded_module(Checker *c, const char *name)
{
    for (int i = 0; i < c->prog->nmodules; i++)
        if (strcmp(c->prog->modules[i]->name, name) == 0)
            return c->prog->modules[i];
    return NULL;
}

static void load_imports(Checker *c, ModuleInfo *m)
{
    AstList *body = &m->ast->u.module.body;
    for (int i = 0; i < body->n; i++) {
        Ast *s = body->items[i];
        if (s->kind == AST_IMPORT) {
            for (int j = 0; j < s->u.import.names.n; j++) {
                Ast *alias = s->u.import.names.items[j];
                ModuleInfo *dep = mod_import(c, alias->u.alias.name, alias->loc);
                if (dep && dep->path)
                    VEC_PUSH(c->arena, m->imports, m->nimports, m->capimports, dep);
            }
        } else if (s->kind == AST_IMPORTFROM && s->u.import.level == 0) {
            ModuleInfo *dep = mod_import(c, s->u.import.module, s->loc);
            if (dep && dep->path)
                VEC_PUSH(c->arena, m->imports, m->nimports, m->capimports, dep);
        }
    }
}

/* 0 if path is a readable file, else why not (an errno value). */
static int unreadable(const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return errno;
    if (S_ISDIR(st.st_mode))
        return EISDIR;
    return access(path, R_OK) != 0 ? errno : 0;
}

static ModuleInfo *load_file(Checker *c, const char *name, const char *path, Loc from,
                             ParseEdit edit)
{
    for (int i = 0; i < c->nloading; i++)   /* an import cycle: CPython hands */
        if (strcmp(c->loading[i]->name, name) == 0)   /* out the partial module */
            return c->loading[i];
    ModuleInfo *done = loaded_module(c, name);
    if (done)
        return done;
    int err = unreadable(path);
    if (err) {
        if (from.line && err == ENOENT)
            chk_error(c, from, "no module named '%s' (looked for %s)", name, path);
        else if (from.line)
            chk_error(c, from, "cannot read %s: %s", path, strerror(err));
        else        /* the main module or the prelude: the file is the place */
            chk_error(c, (Loc){ diag_add_file(c->diag, path, NULL, 0), 0, 0 },
                      "cannot read: %s", strerror(err));
        return NULL;
    }
    Ast *ast = parse_file_edited(c->diag, c->arena, path, edit, c);
    if (!ast)
        return NULL;
    ModuleInfo *m = new_module(c, name, path);
    m->ast = ast;
    ast->u.module.info = m;
    VEC_PUSH(c->arena, c->loading, c->nloading, c->caploading, m);
    load_imports(c, m);
    c->nloading--;
    VEC_PUSH(c->arena, c->prog->modules, c->prog->nmodules, c->prog->capmodules, m);
    return m;
}

ModuleInfo *mod_load(Checker *c, const char *name, const char *path, Loc from)
{
    return load_file(c, name, path, from, NULL);
}

/* ---------------------------------------------------- prelude sections */

/* Most of the prelude is the code of library modules, and a program that
 * never imports re should not parse and check its 1500 lines.  A line
 * `#: section MOD... [needs SECTION...]` starts a section that is kept only
 * when a module of the program imports one of the MODs (the first names
 * the section) or a kept section needs it; a line `#: always` starts code
 * every program keeps.  A dropped section leaves its newlines behind, so
 * that line numbers (diagnostics, #line) stay those of the file. */

#define SECTION_MARK "#: section "
#define ALWAYS_MARK "#: always"

typedef struct Section {
    size_t start, end;      /* [start, end): the marker line to the next */
    const char *words;      /* the marker after SECTION_MARK, to its '\n' */
    const char *words_end;
    bool keep;
} Section;

/* The next space-separated word of [p, end) as [*w, result), or NULL. */
static const char *next_word(const char *p, const char *end, const char **w)
{
    while (p < end && *p == ' ')
        p++;
    *w = p;
    while (p < end && *p != ' ')
        p++;
    return p > *w ? p : NULL;
}

static bool word_is(const char *w, const char *after, const char *s)
{
    return (size_t)(after - w) == strlen(s) && memcmp(w, s, (size_t)(after - w)) == 0;
}

static bool library_imported(Checker *c, const char *w, const char *after)
{
    for (int i = 0; i < c->nlibmods; i++)
        if (word_is(w, after, c->libmods[i]->name))
            return true;
    return false;
}

/* Whether a module of the program imports one of the section's MODs. */
static bool section_imported(Checker *c, const Section *s)
{
    const char *w, *p = s->words;
    while ((p = next_word(p, s->words_end, &w)) && !word_is(w, p, "needs"))
        if (library_imported(c, w, p))
            return true;
    return false;
}

static Section *section_named(Section *secs, int n, const char *w, const char *after)
{
    for (int i = 0; i < n; i++) {
        const char *name, *end = next_word(secs[i].words, secs[i].words_end, &name);
        if (end && end - name == after - w && memcmp(name, w, (size_t)(after - w)) == 0)
            return &secs[i];
    }
    FE_DIE("prelude: no section '%.*s'", (int)(after - w), w);
}

/* Keeps what s needs; true if that kept a section more. */
static bool keep_needs(Section *secs, int n, const Section *s)
{
    const char *w, *p = s->words;
    while ((p = next_word(p, s->words_end, &w)) && !word_is(w, p, "needs"))
        ;
    bool more = false;
    while (p && (p = next_word(p, s->words_end, &w))) {
        Section *t = section_named(secs, n, w, p);
        more |= !t->keep;
        t->keep = true;
    }
    return more;
}

static bool starts_with(const char *p, const char *end, const char *s)
{
    size_t n = strlen(s);
    return (size_t)(end - p) >= n && memcmp(p, s, n) == 0;
}

/* The sections of text, in order. */
static int find_sections(Checker *c, const char *text, size_t len, Section **out)
{
    Section *secs = NULL;
    int n = 0, cap = 0;
    const char *end = text + len;
    for (const char *line = text; line < end;) {
        const char *eol = memchr(line, '\n', (size_t)(end - line));
        eol = eol ? eol : end;
        bool mark = starts_with(line, eol, SECTION_MARK);
        if ((mark || starts_with(line, eol, ALWAYS_MARK)) && n > 0 && !secs[n - 1].end)
            secs[n - 1].end = (size_t)(line - text);
        if (mark) {
            Section s = { (size_t)(line - text), 0, line + strlen(SECTION_MARK), eol, false };
            VEC_PUSH(c->arena, secs, n, cap, s);
        }
        line = eol < end ? eol + 1 : end;
    }
    if (n > 0 && !secs[n - 1].end)
        secs[n - 1].end = len;
    *out = secs;
    return n;
}

/* Drops (ParseEdit) the sections no module of the program needs. */
static size_t drop_sections(void *ctx, char *text, size_t len)
{
    Checker *c = ctx;
    Section *secs;
    int n = find_sections(c, text, len, &secs);
    for (int i = 0; i < n; i++)
        secs[i].keep = section_imported(c, &secs[i]);
    for (bool more = true; more;) {
        more = false;
        for (int i = 0; i < n; i++)
            more |= secs[i].keep && keep_needs(secs, n, &secs[i]);
    }
    size_t to = 0, from = 0;
    for (int i = 0; i <= n; i++) {
        size_t stop = i < n ? secs[i].start : len;
        memmove(text + to, text + from, stop - from);
        to += stop - from;
        if (i == n)
            break;
        from = secs[i].keep ? secs[i].start : secs[i].end;
        for (size_t k = secs[i].start; k < from; k++)
            if (text[k] == '\n')
                text[to++] = '\n';
    }
    return to;
}

/* The prelude, after the program's modules (whose imports decide which of
 * its sections it keeps), initialised first. */
ModuleInfo *mod_load_prelude(Checker *c, const char *path)
{
    static const Loc noloc;
    ModuleInfo *m = load_file(c, "builtins", path, noloc, drop_sections);
    if (!m)
        return NULL;
    ModuleInfo **mods = c->prog->modules;
    memmove(mods + 1, mods, (size_t)(c->prog->nmodules - 1) * sizeof *mods);
    mods[0] = m;
    return m;
}

ModuleInfo *mod_import(Checker *c, const char *name, Loc loc)
{
    if (mod_is_library(name)) {
        if (strcmp(name, "__rt") == 0 && !(c->mod && c->mod->is_prelude)) {
            chk_error(c, loc, "module '__rt' is internal to the prelude");
            return NULL;
        }
        return library_module(c, name);
    }
    if (strchr(name, '.')) {
        chk_error(c, loc, "package imports are not supported: '%s'", name);
        return NULL;
    }
    if (strcmp(name, "builtins") == 0) {
        chk_error(c, loc, "module 'builtins' cannot be imported");
        return NULL;
    }
    const char *path = chk_fmt(c, "%s/%s.py", c->main_dir, name);
    return mod_load(c, name, path, loc);
}

/* ------------------------------------------------------- import cycles */

/* Modules may import each other.  CPython runs a module's statements in
 * order, and an import of a module that is still running hands out that
 * module as it is (partially initialised); rtrans runs each module's
 * top-level code whole, after the modules it imports.  The two agree when
 * a module that an import cycle finds running has only definitions
 * (imports, def, class) before the import it is running, and the code that
 * runs meanwhile takes from it only what those defined.  This replays
 * CPython's order over the top-level statements and reports the rest.
 * (Function bodies run later; what top-level code calls is not followed.) */

typedef struct CycleRun {
    Checker *c;
    unsigned char *state;  /* per module: 0 not run, 1 running, 2 done */
    int *pos;              /* running: the statement it is executing */
    unsigned char *told;   /* a module's early statement was reported */
    ModuleInfo *cur;       /* the module whose statement is scanned */
} CycleRun;

static int module_index(Checker *c, ModuleInfo *m)
{
    for (int i = 0; i < c->prog->nmodules; i++)
        if (c->prog->modules[i] == m)
            return i;
    return -1;
}

static bool is_definition(const Ast *s)
{
    switch (s->kind) {
    case AST_IMPORT: case AST_IMPORTFROM: case AST_FUNCDEF: case AST_CLASSDEF: case AST_PASS:
        return true;
    case AST_EXPR_STMT:     /* a docstring */
        return s->u.expr_stmt.value && s->u.expr_stmt.value->kind == AST_STR;
    default:
        return false;
    }
}

static bool alias_binds(const Ast *al, const char *name)
{
    return strcmp(al->u.alias.asname ? al->u.alias.asname : al->u.alias.name, name) == 0;
}

static bool binds(const Ast *s, const char *name)
{
    switch (s->kind) {
    case AST_FUNCDEF: return strcmp(s->u.func.name, name) == 0;
    case AST_CLASSDEF: return strcmp(s->u.cls.name, name) == 0;
    case AST_IMPORT: case AST_IMPORTFROM:
        for (int i = 0; i < s->u.import.names.n; i++)
            if (alias_binds(s->u.import.names.items[i], name))
                return true;
        return false;
    default:
        return false;
    }
}

static bool bound_before(const ModuleInfo *m, int pos, const char *name)
{
    for (int i = 0; i < pos; i++)
        if (binds(m->ast->u.module.body.items[i], name))
            return true;
    return false;
}

static int line_of(const CycleRun *r, int mi)
{
    return r->c->prog->modules[mi]->ast->u.module.body.items[r->pos[mi]]->loc.line;
}

/* mod.name read while mod runs (AttributeError in CPython if not yet
 * defined there). */
static void scan_member(CycleRun *r, Ast *e)
{
    Ast *obj = e->u.attr.obj;
    Sym *s = obj->kind == AST_NAME ? symtab_get(r->cur->syms, obj->u.name.id) : NULL;
    int mi = s && s->kind == SYM_MODULE && s->module->path ? module_index(r->c, s->module) : -1;
    if (mi < 0 || r->state[mi] != 1 || bound_before(s->module, r->pos[mi], e->u.attr.attr))
        return;
    Sym *member = symtab_get(s->module->syms, e->u.attr.attr);
    if (member && member->kind == SYM_GLOBAL)
        return;     /* the check of module code reports a read before the assignment */
    chk_error(r->c, e->loc,
              "'%s.%s' is used before module '%s' defines it: an import cycle runs this "
              "while '%s' runs its import on line %d (CPython raises AttributeError); "
              "use it inside a function", obj->u.name.id, e->u.attr.attr, s->module->name,
              s->module->name, line_of(r, mi));
}

static void scan(Ast *e, void *data);

static void scan_list(CycleRun *r, AstList *l)
{
    for (int i = 0; i < l->n; i++)
        scan(l->items[i], r);
}

/* What a def runs: decorators, defaults, annotations CPython evaluates. */
static void scan_def(CycleRun *r, Ast *d)
{
    bool ann = !r->cur->future_annotations;
    scan_list(r, &d->u.func.decorators);
    for (int i = 0; i < d->u.func.params.n; i++) {
        Ast *p = d->u.func.params.items[i];
        scan(p->u.param.default_value, r);
        if (ann && d->kind == AST_FUNCDEF)
            scan(p->u.param.annotation, r);
    }
    if (ann && d->kind == AST_FUNCDEF)
        scan(d->u.func.returns, r);
}

static void scan(Ast *e, void *data)
{
    CycleRun *r = data;
    if (!e)
        return;
    switch (e->kind) {
    case AST_FUNCDEF: case AST_LAMBDA:
        scan_def(r, e);
        return;
    case AST_CLASSDEF:
        scan_list(r, &e->u.cls.decorators);     /* bases: chk_declare_members */
        scan_list(r, &e->u.cls.body);
        return;
    case AST_ANNASSIGN:
        if (!r->cur->future_annotations)
            scan(e->u.annassign.annotation, r);
        scan(e->u.annassign.target, r);
        scan(e->u.annassign.value, r);
        return;
    case AST_ATTR:
        scan_member(r, e);
        break;
    default:
        break;
    }
    ast_visit_children(e, scan, r);
}

static void run_module(CycleRun *r, int mi);

/* dep (index di) is running: its earlier statements must be definitions,
 * and what `from dep import` takes must be defined by them. */
static void import_running(CycleRun *r, Ast *s, int di)
{
    ModuleInfo *dep = r->c->prog->modules[di];
    AstList *body = &dep->ast->u.module.body;
    for (int i = 0; i < r->pos[di] && !r->told[di]; i++)
        if (!is_definition(body->items[i])) {
            r->told[di] = 1;
            chk_error(r->c, body->items[i]->loc,
                      "this statement runs before the import on line %d, which leads back to "
                      "module '%s' (an import cycle): rtrans runs a module's code after the "
                      "modules it imports, so only imports, 'def' and 'class' may come first",
                      line_of(r, di), dep->name);
        }
    for (int j = 0; s->kind == AST_IMPORTFROM && j < s->u.import.names.n; j++) {
        Ast *al = s->u.import.names.items[j];
        if (!bound_before(dep, r->pos[di], al->u.alias.name))
            chk_error(r->c, al->loc,
                      "cannot import name '%s' from partially initialized module '%s': an "
                      "import cycle runs this while '%s' runs its import on line %d (CPython "
                      "raises ImportError); write 'import %s' and use '%s.%s' inside functions",
                      al->u.alias.name, dep->name, dep->name, line_of(r, di), dep->name,
                      dep->name, al->u.alias.name);
    }
}

static void run_import(CycleRun *r, Ast *s)
{
    int n = s->kind == AST_IMPORT ? s->u.import.names.n : 1;
    for (int j = 0; j < n; j++) {
        const char *name = s->kind == AST_IMPORT ? s->u.import.names.items[j]->u.alias.name
                                                 : s->u.import.module;
        ModuleInfo *dep = name ? loaded_module(r->c, name) : NULL;
        int di = dep && dep->ast && !dep->is_prelude ? module_index(r->c, dep) : -1;
        if (di < 0)
            continue;
        if (r->state[di] == 0)
            run_module(r, di);
        if (r->state[di] == 1)
            import_running(r, s, di);
    }
}

static void run_module(CycleRun *r, int mi)
{
    ModuleInfo *m = r->c->prog->modules[mi];
    r->state[mi] = 1;
    AstList *body = &m->ast->u.module.body;
    for (int i = 0; i < body->n; i++) {
        Ast *s = body->items[i];
        r->pos[mi] = i;
        if (s->kind == AST_IMPORT || s->kind == AST_IMPORTFROM) {
            run_import(r, s);
            continue;
        }
        r->cur = m;
        scan(s, r);
    }
    r->state[mi] = 2;
}

void mod_check_cycles(Checker *c)
{
    int n = c->prog->nmodules, mi = c->prog->main ? module_index(c, c->prog->main) : -1;
    if (mi < 0)
        return;
    CycleRun r = { c, arena_alloc(c->arena, (size_t)n), arena_alloc(c->arena, sizeof(int) * (size_t)n),
                   arena_alloc(c->arena, (size_t)n), NULL };
    memset(r.state, 0, (size_t)n);
    memset(r.told, 0, (size_t)n);
    run_module(&r, mi);
}
