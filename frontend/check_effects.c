/* check_effects.c - which calls may assign a field of a given name: the
 * test of a field (`if self.parent is not None:`) narrows it until a call
 * that could assign it (check_stmt.c, Flow.fnarrow).
 *
 * Assumes: every module is declared (functions, classes, methods).
 * Guarantees: chk_call_may_assign(c, call, f) is false only when no user
 * function the call may reach assigns a field named f: the call's callee
 * is looked up by name (a function, a method of any class with that name,
 * a class's __init__), then what those call, by name, to a fixpoint.  A
 * call of the library may run the program's special methods (__str__ by
 * print, __eq__ by a list's index...): it reaches every special method.
 * Refuses (says "may assign"): a call through a function value, and any
 * function that contains a lambda or a nested function.
 * The runtime check of a narrowed field read (lower_expr.c) catches what
 * this cannot see: an operator running a special method.
 */
#include <string.h>

#include "frontend/check.h"

typedef struct Effects {
    const char **assigns;   /* attribute names stored to */
    int nassigns, capassigns;
    const char **calls;     /* names called: f(...), x.f(...) */
    int ncalls, capcalls;
    bool unknown;           /* a call through a value, a lambda, a nested def */
} Effects;

typedef struct Walk {
    Checker *c;
    Effects *e;
} Walk;

static void add_name(Checker *c, const char ***arr, int *n, int *cap, const char *name)
{
    for (int i = 0; i < *n; i++)
        if (strcmp((*arr)[i], name) == 0)
            return;
    VEC_PUSH(c->arena, *arr, *n, *cap, name);
}

static void store_target(Walk *w, Ast *t)
{
    if (!t)
        return;
    if (t->kind == AST_ATTR)
        add_name(w->c, &w->e->assigns, &w->e->nassigns, &w->e->capassigns, t->u.attr.attr);
    else if (t->kind == AST_TUPLE || t->kind == AST_LIST)
        for (int i = 0; i < t->u.seq.items.n; i++)
            store_target(w, t->u.seq.items.items[i]);
    else if (t->kind == AST_STARRED)
        store_target(w, t->u.unary.operand);
}

static void walk(Ast *n, void *data)
{
    Walk *w = data;
    if (!n)
        return;
    switch (n->kind) {
    case AST_CALL: {
        Ast *f = n->u.call.func;
        const char *name = f && f->kind == AST_NAME ? f->u.name.id
                           : f && f->kind == AST_ATTR ? f->u.attr.attr : NULL;
        if (name)
            add_name(w->c, &w->e->calls, &w->e->ncalls, &w->e->capcalls, name);
        else
            w->e->unknown = true;
        break;
    }
    case AST_ASSIGN:
        for (int i = 0; i < n->u.assign.targets.n; i++)
            store_target(w, n->u.assign.targets.items[i]);
        break;
    case AST_ANNASSIGN: store_target(w, n->u.annassign.target); break;
    case AST_AUGASSIGN: store_target(w, n->u.augassign.target); break;
    case AST_FOR: store_target(w, n->u.loop.target); break;
    case AST_LAMBDA: case AST_FUNCDEF: case AST_CLASSDEF:
        w->e->unknown = true;
        return;
    default:
        break;
    }
    ast_visit_children(n, walk, w);
}

static Effects *effects_of(Checker *c, FuncInfo *fn)
{
    if (!fn->effects) {
        Effects *e = arena_alloc(c->arena, sizeof *e);
        fn->effects = e;
        Walk w = { c, e };
        AstList *body = &fn->def->u.func.body;
        for (int i = 0; i < body->n; i++)
            walk(body->items[i], &w);
    }
    return fn->effects;
}

/* ------------------------------------------------------------ queries */

typedef struct Query {
    Checker *c;
    const char *field;
    FuncInfo **seen;
    int nseen, capseen;
} Query;

static bool reaches(Query *q, const char *name);

static bool func_assigns(Query *q, FuncInfo *fn)
{
    for (int i = 0; i < q->nseen; i++)
        if (q->seen[i] == fn)
            return false;
    VEC_PUSH(q->c->arena, q->seen, q->nseen, q->capseen, fn);
    Effects *e = effects_of(q->c, fn);
    if (e->unknown)
        return true;
    for (int i = 0; i < e->nassigns; i++)
        if (strcmp(e->assigns[i], q->field) == 0)
            return true;
    for (int i = 0; i < e->ncalls; i++)
        if (reaches(q, e->calls[i]))
            return true;
    return false;
}

static bool is_dunder(const char *n)
{
    size_t len = strlen(n);
    return len > 4 && n[0] == '_' && n[1] == '_' && n[len - 1] == '_' && n[len - 2] == '_';
}

/* Visits every user function named `name` (any = every special method). */
static bool each_named(Query *q, const char *name, bool specials, bool *found)
{
    Program *p = q->c->prog;
    for (int m = 0; m < p->nmodules; m++) {
        ModuleInfo *mod = p->modules[m];
        if (mod->is_prelude)
            continue;
        for (int i = 0; i < mod->nfuncs; i++)
            if (!specials && strcmp(mod->funcs[i]->name, name) == 0) {
                *found = true;
                if (func_assigns(q, mod->funcs[i]))
                    return true;
            }
        for (int k = 0; k < mod->nclasses; k++) {
            ClassInfo *cls = mod->classes[k];
            bool ctor = !specials && strcmp(cls->name, name) == 0;
            for (int i = 0; i < cls->nmethods; i++) {
                FuncInfo *fn = cls->methods[i];
                bool hit = specials ? is_dunder(fn->name) && !fn->is_init
                                    : strcmp(fn->name, name) == 0 || (ctor && fn->is_init);
                if (!hit)
                    continue;
                *found = true;
                if (func_assigns(q, fn))
                    return true;
            }
            if (ctor && cls->base) {    /* an inherited __init__ */
                FuncInfo *init = chk_find_method(cls, "__init__");
                if (init && !init->cls->is_builtin && func_assigns(q, init))
                    return true;
            }
        }
    }
    return false;
}

static bool reaches(Query *q, const char *name)
{
    bool found = false;
    if (each_named(q, name, false, &found))
        return true;
    /* the library (print, sorted, str...) may call the special methods */
    return !found && each_named(q, name, true, &found);
}

bool chk_specials_may_assign(Checker *c, const char *field)
{
    Query q = { .c = c, .field = field };
    bool found = false;
    return each_named(&q, "", true, &found);
}

bool chk_call_may_assign(Checker *c, Ast *call, const char *field)
{
    Ast *f = call->u.call.func;
    const char *name = f && f->kind == AST_NAME ? f->u.name.id
                       : f && f->kind == AST_ATTR ? f->u.attr.attr : NULL;
    if (!name)
        return true;
    Query q = { .c = c, .field = field };
    return reaches(&q, name);
}
