/* check_classattr.c - mutable class attributes.
 *
 * Assumes: the module's classes are declared (check_decl.c declare_body
 * calls chk_class_attr_kind for every class-body assignment).
 * Guarantees: a class-body name that the module assigns through its class
 * (`C.n = v`, `C.n += 1`, anywhere in the module: statements, functions,
 * methods) or whose value is a container display (`table: dict[str, int]
 * = {}`, one object shared by every instance, as in CPython) or that is
 * annotated ClassVar[T] gets a hidden module global ("C.n") holding its
 * value; reads of C.n and self.n then read that global, and the global is
 * set at module-init entry (its value is a constant or a display of
 * constants, so evaluating it before the class statement cannot be told
 * apart).  Every other class-body name stays a constant, read as its value.
 * Refuses: assigning a class attribute through a subclass that does not
 * define it (CPython would create a new attribute of the subclass) or
 * through an instance (CPython would create an instance attribute that
 * hides it): both are errors in check_target.c / check_infer.c. */
#include <string.h>

#include "frontend/check.h"


static void scan_stmts(Checker *c, AttrTargets *at, const AstList *body);

static void scan_target(Checker *c, AttrTargets *at, const Ast *t)
{
    if (!t)
        return;
    if (t->kind == AST_ATTR && t->u.attr.obj->kind == AST_NAME) {
        if (at->n == at->cap) {
            int ncap = at->cap ? 2 * at->cap : 16;
            const char **nc = arena_alloc(c->arena, (size_t)ncap * sizeof *nc);
            const char **na = arena_alloc(c->arena, (size_t)ncap * sizeof *na);
            if (at->n) {
                memcpy(nc, at->cls, (size_t)at->n * sizeof *nc);
                memcpy(na, at->attr, (size_t)at->n * sizeof *na);
            }
            at->cls = nc;
            at->attr = na;
            at->cap = ncap;
        }
        at->cls[at->n] = t->u.attr.obj->u.name.id;
        at->attr[at->n++] = t->u.attr.attr;
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->u.seq.items.n; i++)
            scan_target(c, at, t->u.seq.items.items[i]);
    } else if (t->kind == AST_STARRED) {
        scan_target(c, at, t->u.unary.operand);
    }
}

static void scan_stmt(Checker *c, AttrTargets *at, const Ast *s)
{
    switch (s->kind) {
    case AST_ASSIGN:
        for (int i = 0; i < s->u.assign.targets.n; i++)
            scan_target(c, at, s->u.assign.targets.items[i]);
        break;
    case AST_ANNASSIGN: scan_target(c, at, s->u.annassign.target); break;
    case AST_AUGASSIGN: scan_target(c, at, s->u.augassign.target); break;
    case AST_IF: scan_stmts(c, at, &s->u.if_.body); scan_stmts(c, at, &s->u.if_.orelse); break;
    case AST_FOR:
        scan_target(c, at, s->u.loop.target);
        /* fallthrough */
    case AST_WHILE:
        scan_stmts(c, at, &s->u.loop.body);
        scan_stmts(c, at, &s->u.loop.orelse);
        break;
    case AST_WITH: scan_stmts(c, at, &s->u.with.body); break;
    case AST_TRY:
        scan_stmts(c, at, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.n; i++)
            scan_stmts(c, at, &s->u.try_.handlers.items[i]->u.handler.body);
        scan_stmts(c, at, &s->u.try_.orelse);
        scan_stmts(c, at, &s->u.try_.finalbody);
        break;
    case AST_MATCH:
        for (int i = 0; i < s->u.match.cases.n; i++)
            scan_stmts(c, at, &s->u.match.cases.items[i]->u.mcase.body);
        break;
    case AST_FUNCDEF: scan_stmts(c, at, &s->u.func.body); break;
    case AST_CLASSDEF: scan_stmts(c, at, &s->u.cls.body); break;
    default:
        break;
    }
}

static void scan_stmts(Checker *c, AttrTargets *at, const AstList *body)
{
    for (int i = 0; i < body->n; i++)
        scan_stmt(c, at, body->items[i]);
}

static bool module_assigns(Checker *c, ModuleInfo *m, const char *cls, const char *attr)
{
    AttrTargets *at = &c->attr_targets;
    if (c->attr_targets_of != m) {   /* classes are declared module by module */
        memset(at, 0, sizeof *at);
        if (m->ast && m->ast->kind == AST_MODULE)
            scan_stmts(c, at, &m->ast->u.module.body);
        c->attr_targets_of = m;
    }
    for (int i = 0; i < at->n; i++)
        if (strcmp(at->cls[i], cls) == 0 && strcmp(at->attr[i], attr) == 0)
            return true;
    return false;
}

static bool is_display(const Ast *v)
{
    return v && (v->kind == AST_LIST || v->kind == AST_DICT || v->kind == AST_SET);
}

/* The hidden module global of class attribute k of cls. */
static void add_global(Checker *c, ClassInfo *cls, ClassConst *k)
{
    ModuleInfo *m = cls->module;
    GlobalVar g = { .name = chk_fmt(c, "%s.%s", cls->name, k->name), .loc = cls->def->loc };
    g.assigned_later = 1;
    g.class_attr = 1;
    if (m->nglobals == m->capglobals) {
        int ncap = m->capglobals ? 2 * m->capglobals : 8;
        GlobalVar *ng = arena_alloc(c->arena, (size_t)ncap * sizeof *ng);
        if (m->nglobals)
            memcpy(ng, m->globals, (size_t)m->nglobals * sizeof *ng);
        m->globals = ng;
        m->capglobals = ncap;
    }
    m->globals[m->nglobals] = g;
    k->global = ++m->nglobals;
}

void chk_class_attr_declare(Checker *c, ClassInfo *cls, ClassConst *k)
{
    if (cls->is_builtin || cls->is_template || cls->tmpl || !cls->def)
        return;
    if (k->annotation || is_display(k->value) || module_assigns(c, cls->module, cls->name, k->name))
        add_global(c, cls, k);
}

/* `C.n = v` / `C.n += v`: the class attribute's storage, or an error. */
bool chk_class_attr_target(Checker *c, Ast *t, ClassInfo *cls)
{
    ClassInfo *owner;
    int i = chk_find_const(cls, t->u.attr.attr, &owner);
    if (i < 0)
        return false;
    ClassConst *k = &owner->consts[i];
    if (owner != cls) {
        chk_error(c, t->loc, "assigning '%s.%s' would create a new class attribute of '%s' "
                  "hiding '%s.%s' (CPython); assign '%s.%s'", cls->name, t->u.attr.attr,
                  cls->name, owner->name, t->u.attr.attr, owner->name, t->u.attr.attr);
    } else if (!k->global) {
        chk_error(c, t->loc, "class attribute '%s.%s' is assigned only from another module: "
                  "assign it in the module of class '%s', or make it a module global",
                  owner->name, t->u.attr.attr, owner->name);
    }
    t->u.attr.res = RES_CLASS_CONST;
    t->u.attr.index = i;
    t->u.attr.func = NULL;
    t->u.attr.sym = NULL;
    t->ty = k->type ? k->type : ty_prim(c->tt, TY_ERROR);
    if (!k->type)
        chk_error(c, t->loc, "class attribute '%s' is used before its definition", t->u.attr.attr);
    return true;
}

/* An item of a class attribute's display that may be evaluated at
 * module-init entry instead of when the class statement runs, with no
 * difference a program can see: a constant, a module-level function, or a
 * lambda (a class body at module level has no locals to capture; the
 * names in its body are looked up when it is called) whose defaults, the
 * only part CPython evaluates at once, are constants.  A dispatch table of
 * operators is the usual case: `OPS = {"+": lambda a, b: a + b}`. */
static bool is_static_item(Checker *c, Ast *e)
{
    if (chk_is_constant(c, e))
        return true;
    if (e->kind == AST_NAME)
        return e->u.name.sym && e->u.name.sym->kind == SYM_FUNC;
    if (e->kind != AST_LAMBDA)
        return false;
    const AstList *ps = &e->u.func.params;
    for (int i = 0; i < ps->n; i++) {
        Ast *d = ps->items[i]->u.param.default_value;
        if (d && !chk_is_constant(c, d))
            return false;
    }
    return true;
}

/* The type and value of a class attribute (called by chk_class_consts in
 * module order, when the class statement is reached). */
void chk_class_attr_value(Checker *c, ClassInfo *cls, ClassConst *k)
{
    if (k->annotation) {
        Type *t = chk_annotation(c, k->annotation, false);
        k->value = chk_expr_expect(c, k->value, t);
        Ast *fit = k->value->ty->kind == TY_ERROR ? k->value : chk_fit(c, k->value, t);
        if (!fit)
            chk_error(c, k->value->loc, "incompatible types in assignment: expected '%s', got '%s'",
                      chk_tyname(c, t), chk_tyname(c, k->value->ty));
        else
            k->value = fit;
        k->type = t;
    } else {
        k->value = chk_expr(c, k->value);
        k->type = k->value->ty;
    }
    if (!chk_is_constant(c, k->value) && !is_display(k->value) && k->value->ty->kind != TY_ERROR)
        chk_error(c, k->value->loc, "class attribute '%s' must be a constant or a list, dict or "
                  "set display (CPython evaluates it once, when the class statement runs)",
                  k->name);
    const AstList *items[2] = { NULL, NULL };
    if (k->value->kind == AST_DICT) {
        items[0] = &k->value->u.dict.keys;
        items[1] = &k->value->u.dict.values;
    } else if (is_display(k->value)) {
        items[0] = &k->value->u.seq.items;
    }
    for (int j = 0; j < 2 && items[j]; j++)
        for (int i = 0; i < items[j]->n; i++)
            if (items[j]->items[i] && !is_static_item(c, items[j]->items[i])) {
                chk_error(c, items[j]->items[i]->loc, "the items of class attribute '%s' must "
                          "be constants, module functions or lambdas whose defaults are "
                          "constants", k->name);
                return;
            }
    cls->module->globals[k->global - 1].type = k->type;
}

ClassConst *chk_class_attr_of(Checker *c, const Ast *e)
{
    if (e->kind != AST_ATTR || e->u.attr.res != RES_CLASS_CONST || !e->u.attr.obj->ty)
        return NULL;
    Type *t = ty_strip_optional(e->u.attr.obj->ty);
    ClassInfo *cls = t->kind == TY_CLASSREF ? t->cls : chk_class_of(c, t), *owner;
    int i = cls ? chk_find_const(cls, e->u.attr.attr, &owner) : -1;
    return i >= 0 && owner->consts[i].global ? &owner->consts[i] : NULL;
}
