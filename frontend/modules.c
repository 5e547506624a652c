/* modules.c - finding and loading modules, the import graph, the prelude.
 *
 * A program's modules are the prelude (module "builtins"), the main module
 * and every module it imports, found as NAME.py in the main module's
 * folder.  They are loaded depth first; Program.modules lists them in
 * post-order, which is the initialisation order (a module after all the
 * modules it imports).  Library modules (sys, math, os.path, ...) are
 * ModuleInfos without a path or AST: their members come from builtins.def.
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

static void report_cycle(Checker *c, const char *name, Loc loc)
{
    size_t len = strlen(name) + 1;
    int from = c->nloading - 1;
    while (from > 0 && strcmp(c->loading[from]->name, name) != 0)
        from--;
    for (int i = from; i < c->nloading; i++)
        len += strlen(c->loading[i]->name) + 4;
    char *path = arena_alloc(c->arena, len + 1);
    for (int i = from; i < c->nloading; i++) {
        strcat(path, c->loading[i]->name);
        strcat(path, " -> ");
    }
    strcat(path, name);
    chk_error(c, loc, "import cycle: %s", path);
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

ModuleInfo *mod_load(Checker *c, const char *name, const char *path, Loc from)
{
    for (int i = 0; i < c->nloading; i++)
        if (strcmp(c->loading[i]->name, name) == 0) {
            report_cycle(c, name, from);
            return NULL;
        }
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
    Ast *ast = parse_file(c->diag, c->arena, path);
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
