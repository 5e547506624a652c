/* check_walrus.c - assignment expressions, `(name := value)` (PEP 572).
 *
 * Assumes: the parser made a NAMEDEXPR (target: a NAME) only where
 * CPython's grammar allows one (grammar.y `named`); check_scope.c bound
 * the target in the nearest enclosing function (a comprehension's walrus
 * binds there, as in CPython) and reported the walruses CPython refuses
 * in a comprehension's iterable.
 * Guarantees: the node is checked as an assignment of its value to the
 * target (chk_assign_target: declaration, conversion, cells, globals);
 * its type is the value's after that conversion, so the lowering stores
 * the value and yields it.  A name bound by a walrus in an operand that
 * may not run (the right of and/or, a branch of if-else, a comprehension)
 * is not definitely assigned after the expression (the callers restore
 * the flow from before it) and loses any narrowing (chk_walrus_kill).
 * Refuses: rebinding a comprehension's iteration variable (CPython's
 * SyntaxError).
 */
#include <string.h>

#include "frontend/check.h"

/* Every NAMEDEXPR inside e, outermost first; a lambda's own are its own. */
void chk_walrus_each(Ast *e, WalrusFn *fn, void *data)
{
    if (!e || e->kind == AST_LAMBDA || e->kind == AST_FUNCDEF || e->kind == AST_CLASSDEF)
        return;
    if (e->kind == AST_NAMEDEXPR)
        fn(e, data);
    WalrusVisit v = { fn, data };
    ast_visit_children(e, chk_walrus_child, &v);
}

void chk_walrus_child(Ast *child, void *data)
{
    WalrusVisit *v = data;
    chk_walrus_each(child, v->fn, v->data);
}

/* The expressions a statement evaluates itself (not its nested bodies). */
void chk_walrus_stmt(Ast *s, WalrusFn *fn, void *data)
{
    switch (s->kind) {
    case AST_EXPR_STMT: chk_walrus_each(s->u.expr_stmt.value, fn, data); return;
    case AST_ASSIGN:
        chk_walrus_each(s->u.assign.value, fn, data);
        for (int i = 0; i < s->u.assign.targets.n; i++)
            chk_walrus_each(s->u.assign.targets.items[i], fn, data);
        return;
    case AST_ANNASSIGN: chk_walrus_each(s->u.annassign.value, fn, data); return;
    case AST_AUGASSIGN:
        chk_walrus_each(s->u.augassign.target, fn, data);
        chk_walrus_each(s->u.augassign.value, fn, data);
        return;
    case AST_RETURN: chk_walrus_each(s->u.ret.value, fn, data); return;
    case AST_RAISE:
        chk_walrus_each(s->u.raise.exc, fn, data);
        chk_walrus_each(s->u.raise.cause, fn, data);
        return;
    case AST_ASSERT:
        chk_walrus_each(s->u.assert_.test, fn, data);
        chk_walrus_each(s->u.assert_.msg, fn, data);
        return;
    case AST_IF: chk_walrus_each(s->u.if_.test, fn, data); return;
    case AST_WHILE: chk_walrus_each(s->u.loop.test, fn, data); return;
    case AST_FOR: chk_walrus_each(s->u.loop.iter, fn, data); return;
    case AST_WITH:
        for (int i = 0; i < s->u.with.items.n; i++)
            chk_walrus_each(s->u.with.items.items[i]->u.withitem.expr, fn, data);
        return;
    case AST_MATCH:
        chk_walrus_each(s->u.match.subject, fn, data);
        for (int i = 0; i < s->u.match.cases.n; i++)
            chk_walrus_each(s->u.match.cases.items[i]->u.mcase.guard, fn, data);
        return;
    default:
        return;
    }
}

static void kill_one(Ast *named, void *data)
{
    struct { Checker *c; Flow *f; } *k = data;
    Ast *t = named->u.named.target;
    Sym *s = t->kind == AST_NAME && k->c->locals ? symtab_get(k->c->locals, t->u.name.id) : NULL;
    if (s && s->kind == SYM_LOCAL && s->index < k->f->nlocals) {
        k->f->narrow[s->index] = NULL;
        flow_kill_fields(k->f, s->index, NULL);
    }
}

void chk_walrus_kill(Checker *c, Flow *f, Ast *e)
{
    struct { Checker *c; Flow *f; } k = { c, f };
    chk_walrus_each(e, kill_one, &k);
}

void chk_walrus_kill_stmt(Checker *c, Flow *f, Ast *s)
{
    struct { Checker *c; Flow *f; } k = { c, f };
    chk_walrus_stmt(s, kill_one, &k);
}

/* The walruses of e that run whenever e does: not in the right operand
 * of and/or, a branch of if-else, a comprehension or a lambda. */
static void each_evaluated(Ast *e, WalrusFn *fn, void *data);

static void evaluated_child(Ast *child, void *data)
{
    WalrusVisit *v = data;
    each_evaluated(child, v->fn, v->data);
}

static void each_evaluated(Ast *e, WalrusFn *fn, void *data)
{
    if (!e)
        return;
    switch (e->kind) {
    case AST_BOOLOP: each_evaluated(e->u.binary.left, fn, data); return;
    case AST_IFEXP: each_evaluated(e->u.ifexp.test, fn, data); return;
    case AST_LAMBDA: case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        return;
    case AST_NAMEDEXPR:
        each_evaluated(e->u.named.value, fn, data);
        fn(e, data);
        return;
    default: {
        WalrusVisit v = { fn, data };
        ast_visit_children(e, evaluated_child, &v);
        return;
    }
    }
}

static void assign_one(Ast *named, void *data)
{
    struct { Checker *c; Flow *f; } *k = data;
    Ast *t = named->u.named.target;
    if (t->kind != AST_NAME || !t->u.name.sym || !named->ty || named->ty->kind == TY_ERROR)
        return;       /* a cell (ATTR of the env record) is always assigned */
    Sym *s = t->u.name.sym;
    if (s->kind == SYM_LOCAL && s->index < k->f->nlocals)
        k->f->assigned[s->index] = 1;
    else if (s->kind == SYM_GLOBAL && s->module == k->c->mod && k->c->fn->is_module_init &&
             s->index < k->f->nglobals)
        k->f->globals[s->index] = 1;
}

void chk_walrus_assigned(Checker *c, Flow *f, Ast *e)
{
    struct { Checker *c; Flow *f; } k = { c, f };
    each_evaluated(e, assign_one, &k);
}

/* any(g) true or all(g) false: g's element ran at least once (its `if`
 * clauses first). */
void chk_walrus_assigned_comp(Checker *c, Flow *f, Ast *comp)
{
    if (comp->kind != AST_GENEXP && comp->kind != AST_LISTCOMP)
        return;
    for (int i = 0; i < comp->u.comp.fors.n; i++) {
        AstList *ifs = &comp->u.comp.fors.items[i]->u.compfor.ifs;
        for (int j = 0; j < ifs->n; j++)
            chk_walrus_assigned(c, f, ifs->items[j]);
    }
    chk_walrus_assigned(c, f, comp->u.comp.elt);
}

/* A comprehension variable of an enclosing comprehension. */
static bool comp_variable(Checker *c, const char *name)
{
    for (CompScope *s = c->comp; s; s = s->outer)
        for (int i = 0; i < s->n; i++)
            if (strcmp(s->names[i], name) == 0)
                return true;
    return false;
}

Ast *chk_namedexpr(Checker *c, Ast *e)
{
    Ast *t = e->u.named.target;
    if (comp_variable(c, t->u.name.id)) {
        chk_error(c, t->loc, "assignment expression cannot rebind comprehension iteration "
                  "variable '%s'", t->u.name.id);
        e->u.named.value = chk_expr(c, e->u.named.value);
        e->ty = ty_prim(c->tt, TY_ERROR);
        return e;
    }
    e->u.named.value = chk_expr_expect(c, e->u.named.value, chk_target_hint(c, t));
    c->walrus_count++;
    chk_assign_target(c, t, e->u.named.value->ty, &e->u.named.value);
    e->ty = e->u.named.value->ty;
    return e;
}
