/* check.c - the checker's entry points: chk_program runs the phases over
 * every module (see check_decl.c for the order), and the queries the
 * lowering uses afterwards. */
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "frontend/check.h"

#ifndef RTRANS_SOURCE_DIR
#define RTRANS_SOURCE_DIR "."
#endif

const char *chk_default_prelude_path(void)
{
    static char buf[4096];
    const char *env = getenv("RTRANS_PRELUDE");
    if (env && *env)
        return env;
    ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 64);
    if (n > 0) {
        buf[n] = 0;
        char *slash = strrchr(buf, '/');
        if (slash) {
            strcpy(slash, "/../lib/rtrans/prelude/builtins.py");
            if (access(buf, R_OK) == 0)
                return buf;
        }
    }
    return RTRANS_SOURCE_DIR "/runtime/prelude/builtins.py";
}

static void check_bodies(Checker *c, ModuleInfo *m)
{
    for (int i = 0; i < m->nfuncs && !diag_too_many(c->diag); i++)
        if (!m->funcs[i]->is_template)
            chk_function(c, m->funcs[i]);
    for (int k = 0; k < m->nclasses && !diag_too_many(c->diag); k++) {
        ClassInfo *cls = m->classes[k];
        if (cls->is_template)
            continue;
        for (int i = 0; i < cls->nmethods; i++)
            chk_function(c, cls->methods[i]);
    }
}

static void drain_work(Checker *c)
{
    while (c->nwork > 0 && !diag_too_many(c->diag)) {
        FuncInfo *fn = c->work[--c->nwork];
        chk_function(c, fn);
    }
}

static void add_rt_module(Checker *c, ModuleInfo *prelude)
{
    Sym *s = arena_alloc(c->arena, sizeof *s);
    s->kind = SYM_MODULE;
    s->name = "__rt";
    c->mod = prelude;
    s->module = mod_import(c, "__rt", prelude->ast->loc);
    s->type = ty_module(c->tt, s->module);
    symtab_put(prelude->syms, s);
    c->rt = s->module;
}

/* What the support library's callbacks need even if the program never
 * names it: list[str] with its constructor and append. */
static void require_runtime_types(Checker *c)
{
    Type *ls = ty_list(c->tt, ty_prim(c->tt, TY_STR));
    ClassInfo *cls = chk_class_of(c, ls);
    if (!cls)
        return;
    chk_use_func(c, chk_find_method(cls, "__init__"));
    chk_use_func(c, chk_find_method(cls, "append"));
    Sym *s;
    if ((s = symtab_get(c->prelude->syms, "TextIO")) && s->kind == SYM_CLASS)
        c->c_file = s->cls;
    if ((s = symtab_get(c->prelude->syms, "Lock")) && s->kind == SYM_CLASS)
        c->c_lock = s->cls;
    if ((s = symtab_get(c->prelude->syms, "Thread")) && s->kind == SYM_CLASS)
        c->c_thread = s->cls;
}

/* Some module's text mentions bytes (check_bytes.c). */
static bool needs_bytes(Checker *c)
{
    for (int i = 0; i < c->prog->nmodules; i++) {
        ModuleInfo *m = c->prog->modules[i];
        size_t n = 0;
        const char *text = m->is_prelude ? NULL : diag_file_text(c->diag, m->ast->loc.file, &n);
        if (text && chk_text_uses_bytes(text, n))
            return true;
    }
    return false;
}

static bool load(Checker *c, const char *main_path, const char *prelude_path)
{
    static const Loc noloc;
    char *dup = arena_strdup(c->arena, main_path);
    c->main_dir = arena_strdup(c->arena, dirname(dup));
    ModuleInfo *m = mod_load(c, "__main__", main_path, noloc);
    if (!m)
        return false;
    m->is_main = 1;
    c->prog->main = m;
    /* last: the modules' imports decide which sections of it to load */
    ModuleInfo *prelude = mod_load_prelude(c, prelude_path);
    if (!prelude)
        return false;
    prelude->is_prelude = 1;
    c->prelude = c->prog->prelude = prelude;
    add_rt_module(c, prelude);
    if (needs_bytes(c))
        chk_load_bytes_section(c, prelude_path);
    /* constructs the parser rejected stand in for themselves: check the
     * rest, so that one run reports every error */
    return diag_hard_errors(c->diag) == 0;
}

static void run_phases(Checker *c)
{
    Program *p = c->prog;
    for (int i = 0; i < p->nmodules; i++)
        chk_declare_module(c, p->modules[i]);
    for (int i = 0; i < p->nmodules; i++)
        chk_bind_imports(c, p->modules[i]);
    mod_check_cycles(c);
    for (int i = 0; i < p->nmodules; i++) {
        chk_declare_members(c, p->modules[i]);
        if (p->modules[i]->is_prelude)
            require_runtime_types(c);
    }
    chk_effects_snapshot(c);
    chk_check_credits(c);
    chk_late_keys(c);
    for (int i = 0; i < p->nmodules && !diag_too_many(c->diag); i++)
        chk_module_code(c, p->modules[i]);
    chk_infer_all_fields(c);
    for (int i = 0; i < p->nmodules && !diag_too_many(c->diag); i++)
        check_bodies(c, p->modules[i]);
    drain_work(c);
    while (diag_errors(c->diag) == 0 && chk_use_lowering_needs(c))
        drain_work(c);
    chk_check_global_defaults(c);
    chk_finish_fields(c);
    chk_finish_dispatch(c);
}

int chk_program_opts(DiagCtx *diag, Arena *arena, const char *main_path,
                     const ChkOptions *opts, Program **out)
{
    Checker *c = arena_alloc(arena, sizeof *c);
    c->diag = diag;
    c->arena = arena;
    c->tt = ty_tab_new(arena);
    c->prog = arena_alloc(arena, sizeof *c->prog);
    c->prog->types = c->tt;
    const char *prelude = opts && opts->prelude_path ? opts->prelude_path : chk_default_prelude_path();
    if (load(c, main_path, prelude))
        run_phases(c);
    int errors = diag_errors(diag);
    diag_sort(diag);
    if (out)
        *out = errors ? NULL : c->prog;
    return errors;
}

int chk_program(DiagCtx *diag, Arena *arena, const char *main_path, Program **out)
{
    return chk_program_opts(diag, arena, main_path, NULL, out);
}

/* ------------------------------------------------------------- queries */

static ClassInfo *find_instance(ClassInfo *tmpl, Type **targs, int n)
{
    for (int i = 0; tmpl && i < tmpl->ninstances; i++) {
        bool same = true;
        for (int k = 0; k < n; k++)
            same = same && tmpl->instances[i]->targs[k] == targs[k];
        if (same)
            return tmpl->instances[i];
    }
    return NULL;
}

static ClassInfo *prelude_class(Program *prog, const char *name)
{
    for (int i = 0; i < prog->prelude->nclasses; i++)
        if (strcmp(prog->prelude->classes[i]->name, name) == 0)
            return prog->prelude->classes[i];
    return NULL;
}

FuncInfo *chk_method_of(Program *prog, Type *t, const char *name)
{
    ClassInfo *cls = NULL;
    switch (t->kind) {
    case TY_STR: cls = prelude_class(prog, "str"); break;
    case TY_INT: cls = prelude_class(prog, "int"); break;
    case TY_FLOAT: cls = prelude_class(prog, "float"); break;
    case TY_BOOL: cls = prelude_class(prog, "bool"); break;
    case TY_CLASS: cls = t->cls; break;
    case TY_LIST: cls = find_instance(prelude_class(prog, "list"), &t->elem, 1); break;
    case TY_SET: cls = find_instance(prelude_class(prog, "set"), &t->elem, 1); break;
    case TY_DICT: {
        Type *kv[2] = { t->key, t->val };
        cls = find_instance(prelude_class(prog, "dict"), kv, 2);
        break;
    }
    case TY_ITER: cls = find_instance(prelude_class(prog, "Iterator"), &t->elem, 1); break;
    default: break;
    }
    FuncInfo *m = cls ? chk_find_method(cls, name) : NULL;
    return m && m->is_checked ? m : NULL;
}

/* ------------------------------------------------------------- dumping */

static void dump(const Ast *n, int depth, FILE *out);

static void dump_list(const AstList *l, int depth, FILE *out)
{
    for (int i = 0; i < l->n; i++)
        dump(l->items[i], depth, out);
}

static void dump(const Ast *n, int depth, FILE *out)
{
    if (!n)
        return;
    if (n->ty && n->kind < AST_EXPR_STMT) {
        Arena *a = arena_new();
        bool test = n->kind == AST_BOOLOP && n->u.binary.truth_only;
        fprintf(out, "%*s%d:%d %s %s%s\n", 2 * depth, "", n->loc.line, n->loc.col,
                ast_kind_names[n->kind], ty_name(a, n->ty), test ? " (test)" : "");
        arena_free(a);
    }
    switch (n->kind) {
    case AST_CALL:
        if (n->u.call.recv)
            dump(n->u.call.recv, depth + 1, out);
        dump_list(n->u.call.bound.n ? &n->u.call.bound : &n->u.call.args, depth + 1, out);
        break;
    case AST_ATTR: dump(n->u.attr.obj, depth + 1, out); break;
    case AST_SUBSCRIPT: dump(n->u.sub.obj, depth + 1, out); dump(n->u.sub.index, depth + 1, out); break;
    case AST_UNARY: dump(n->u.unary.operand, depth + 1, out); break;
    case AST_CONVERT: dump(n->u.convert.operand, depth + 1, out); break;
    case AST_BINARY: case AST_BOOLOP:
        dump(n->u.binary.left, depth + 1, out);
        dump(n->u.binary.right, depth + 1, out);
        break;
    case AST_COMPARE: dump_list(&n->u.compare.operands, depth + 1, out); break;
    case AST_IFEXP:
        dump(n->u.ifexp.test, depth + 1, out);
        dump(n->u.ifexp.body, depth + 1, out);
        dump(n->u.ifexp.orelse, depth + 1, out);
        break;
    case AST_LIST: case AST_TUPLE: case AST_SET: dump_list(&n->u.seq.items, depth + 1, out); break;
    case AST_FSTRING: dump_list(&n->u.fstr.parts, depth + 1, out); break;
    case AST_EXPR_STMT: dump(n->u.expr_stmt.value, depth, out); break;
    case AST_ASSIGN: dump(n->u.assign.value, depth, out); break;
    case AST_ANNASSIGN: dump(n->u.annassign.value, depth, out); break;
    case AST_RETURN: dump(n->u.ret.value, depth, out); break;
    case AST_IF: dump(n->u.if_.test, depth, out); dump_list(&n->u.if_.body, depth, out);
        dump_list(&n->u.if_.orelse, depth, out); break;
    case AST_WHILE: case AST_FOR:
        dump(n->u.loop.test, depth, out);
        dump(n->u.loop.iter, depth, out);
        dump_list(&n->u.loop.body, depth, out);
        dump_list(&n->u.loop.orelse, depth, out);
        break;
    case AST_FUNCDEF: dump_list(&n->u.func.body, depth, out); break;
    case AST_CLASSDEF: dump_list(&n->u.cls.body, depth, out); break;
    case AST_DICT:
        dump_list(&n->u.dict.keys, depth + 1, out);
        dump_list(&n->u.dict.values, depth + 1, out);
        break;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        for (int i = 0; i < n->u.comp.fors.n; i++) {
            const Ast *f = n->u.comp.fors.items[i];
            dump(f->u.compfor.iter, depth + 1, out);
            dump_list(&f->u.compfor.ifs, depth + 1, out);
        }
        dump(n->u.comp.elt, depth + 1, out);
        dump(n->u.comp.value, depth + 1, out);
        break;
    case AST_AUGASSIGN: dump(n->u.augassign.value, depth, out); break;
    case AST_ASSERT: dump(n->u.assert_.test, depth, out); dump(n->u.assert_.msg, depth, out); break;
    case AST_RAISE: dump(n->u.raise.exc, depth, out); break;
    case AST_TRY:
        dump_list(&n->u.try_.body, depth, out);
        for (int i = 0; i < n->u.try_.handlers.n; i++)
            dump_list(&n->u.try_.handlers.items[i]->u.handler.body, depth, out);
        dump_list(&n->u.try_.orelse, depth, out);
        dump_list(&n->u.try_.finalbody, depth, out);
        break;
    case AST_WITH:
        for (int i = 0; i < n->u.with.items.n; i++)
            dump(n->u.with.items.items[i]->u.withitem.expr, depth, out);
        dump_list(&n->u.with.body, depth, out);
        break;
    default: break;
    }
}

void chk_dump_types(Program *prog, ModuleInfo *mod, FILE *out)
{
    (void)prog;
    dump_list(&mod->ast->u.module.body, 0, out);
}
