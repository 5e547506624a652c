/* check_effects.c - which calls may assign a field of a given name: the
 * test of a field (`if self.parent is not None:`) narrows it until a call
 * that could assign it (check_stmt.c, Flow.fnarrow).
 *
 * Assumes: every module is declared (functions, classes, methods), and
 * chk_effects_snapshot ran before any body was checked: the summaries are
 * made from the source as written, so they do not depend on which bodies
 * the checker has rewritten yet (it turns a generator expression into a
 * call through a function value, which once made a function that has
 * one "may assign anything" only when it was checked first).
 * Guarantees: chk_forget_assigned(c, call, NULL) keeps the narrowing of
 * a field f only when no code the call may run assigns a field named f.  A callee is looked up by
 * name (a function, a method of any class with that name, a class's
 * __init__), then what those call, by name, to a fixpoint.  A call of the
 * library may run the program's special methods (__str__ by print,
 * __eq__ by a list's index...) and generators: it reaches those.  Code
 * that runs through a value is followed where the value is known:
 *   - a function's lambdas, nested defs and generator expressions are
 *     part of its own summary (they run in it, or through a value later);
 *   - a function or method named without a call (`key=self.rank`), or a
 *     property read or assigned, counts as called by that name;
 *   - a call through a variable, a field or a parameter holding a
 *     function, and a function or iterator value of unknown origin handed
 *     to a call, "may assign" anything.
 * The runtime check of a narrowed field read (lower_expr.c) catches what
 * this cannot see: an operator running a special method.
 * In a program that starts threads, code that may switch threads (end a
 * transaction under --stm) lets another thread assign any field: a call
 * of the library that blocks or breaks (by name, see switch_names), a
 * `with` statement (a lock's acquire, an atomic block's start) and any
 * function that may run one count as assigning every field.
 */
#include <string.h>

#include "frontend/check.h"

typedef struct Effects {
    NameSet assigns;    /* attribute names stored to */
    NameSet calls;      /* names called: f(...) */
    NameSet mcalls;     /* attribute names called: x.f(...) */
    NameSet supers;     /* methods called as super().f(...) */
    NameSet refs;       /* attribute names read as values (x.f, not x.f.g
                           nor x.f(...)): maybe a method value */
    NameSet props;      /* attribute names read or stored (stores as
                           "f.setter"): a property runs its accessor */
    NameSet nrefs;      /* names read: a function value, or a parameter
                           or global that may hold one */
    NameSet bound;      /* names bound here or in nested functions */
    NameSet defs;       /* nested defs: their bodies are in this summary */
    bool unknown;       /* a nested class */
    bool switches;      /* may let another thread run (see switch_names) */
    bool threads;       /* starts a thread: threading.Thread(...) */
} Effects;

typedef struct Walk {
    Checker *c;
    Effects *e;
} Walk;

static const Loc noloc;

static void add(Walk *w, NameSet *s, const char *name)
{
    chk_nameset_add(w->c->arena, s, name, noloc);
}

static void walk(Ast *n, void *data);
static void walk_receiver(Walk *w, Ast *x);

/* The library's calls that may let another thread run: they block (and
 * end the transaction under --stm) or mark a break point.  By name, as
 * the summaries are made from the source as written: `d.get(k)` counts as
 * `queue.get()`, which only ends narrowings earlier than needed. */
static const char *const switch_names[] = {
    "sleep", "acquire", "join", "wait", "wait_for", "get", "put", "input", "readline",
    "readlines", "read", "transaction_break_point", "enter_atomic",
};

static bool is_switch_name(const char *name)
{
    for (size_t i = 0; i < sizeof switch_names / sizeof *switch_names; i++)
        if (strcmp(switch_names[i], name) == 0)
            return true;
    return false;
}

/* A called name: what it may run is looked up later; whether it may
 * switch threads or start one is known now. */
static void note_callee(Walk *w, const char *name)
{
    w->e->switches |= is_switch_name(name);
    w->e->threads |= strcmp(name, "Thread") == 0;
}

/* An assignment target: what it stores, and what it evaluates
 * (x[i(k)] = v calls i). */
static void store_target(Walk *w, Ast *t)
{
    if (!t)
        return;
    if (t->kind == AST_ATTR) {
        add(w, &w->e->assigns, t->u.attr.attr);
        add(w, &w->e->props, chk_fmt(w->c, "%s.setter", t->u.attr.attr));
        walk_receiver(w, t->u.attr.obj);
    } else if (t->kind == AST_NAME) {
        add(w, &w->e->bound, t->u.name.id);
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->u.seq.items.n; i++)
            store_target(w, t->u.seq.items.items[i]);
    } else if (t->kind == AST_STARRED) {
        store_target(w, t->u.unary.operand);
    } else {
        walk(t, w);
    }
}

/* x in x.g or x.g(...): no value of its own (a bound method has no
 * attributes), but a property's getter runs. */
static void walk_receiver(Walk *w, Ast *x)
{
    if (x && x->kind == AST_ATTR) {
        add(w, &w->e->props, x->u.attr.attr);
        walk_receiver(w, x->u.attr.obj);
    } else {
        walk(x, w);
    }
}

static void params(Walk *w, AstList *ps)
{
    for (int i = 0; i < ps->n; i++) {
        Ast *p = ps->items[i];
        if (p->u.param.name)
            add(w, &w->e->bound, p->u.param.name);
        walk(p->u.param.default_value, w);
    }
}

static bool is_super(const Ast *x)
{
    return x->kind == AST_CALL && x->u.call.func && x->u.call.func->kind == AST_NAME &&
           strcmp(x->u.call.func->u.name.id, "super") == 0 && x->u.call.args.n == 0;
}

/* f(...) and x.f(...): the callee by name; the receiver and the
 * arguments as any expression. */
static void walk_call(Walk *w, Ast *n)
{
    Ast *f = n->u.call.func;
    if (f && f->kind == AST_NAME) {
        add(w, &w->e->calls, f->u.name.id);
        note_callee(w, f->u.name.id);
    } else if (f && f->kind == AST_ATTR && is_super(f->u.attr.obj)) {
        add(w, &w->e->supers, f->u.attr.attr);
    } else if (f && f->kind == AST_ATTR) {
        add(w, &w->e->mcalls, f->u.attr.attr);
        note_callee(w, f->u.attr.attr);
        walk_receiver(w, f->u.attr.obj);
    } else {
        w->e->unknown = true;   /* through a value: ops[k](x), f()(x) */
        walk(f, w);
    }
    for (int i = 0; i < n->u.call.args.n; i++)
        walk(n->u.call.args.items[i], w);
}

/* The names a match pattern binds (its captures). */
static void pattern_binds(Walk *w, Ast *p)
{
    if (!p)
        return;
    switch (p->kind) {
    case AST_NAME: add(w, &w->e->bound, p->u.name.id); break;
    case AST_CALL:
        for (int i = 0; i < p->u.call.args.n; i++)
            pattern_binds(w, p->u.call.args.items[i]);
        break;
    case AST_KEYWORD: pattern_binds(w, p->u.kw.value); break;
    case AST_STARRED: pattern_binds(w, p->u.unary.operand); break;
    case AST_LIST: case AST_TUPLE:
        for (int i = 0; i < p->u.seq.items.n; i++)
            pattern_binds(w, p->u.seq.items.items[i]);
        break;
    case AST_DICT:
        for (int i = 0; i < p->u.dict.values.n; i++)
            pattern_binds(w, p->u.dict.values.items[i]);
        break;
    case AST_BINARY: pattern_binds(w, p->u.binary.left); pattern_binds(w, p->u.binary.right); break;
    case AST_WITHITEM: pattern_binds(w, p->u.withitem.expr); pattern_binds(w, p->u.withitem.target); break;
    default: break;
    }
}

static void walk(Ast *n, void *data)
{
    Walk *w = data;
    if (!n)
        return;
    switch (n->kind) {
    case AST_CALL: walk_call(w, n); return;
    case AST_NAME: add(w, &w->e->nrefs, n->u.name.id); return;
    case AST_ATTR:
        add(w, &w->e->refs, n->u.attr.attr);
        add(w, &w->e->props, n->u.attr.attr);
        walk_receiver(w, n->u.attr.obj);
        return;
    case AST_ASSIGN:
        for (int i = 0; i < n->u.assign.targets.n; i++)
            store_target(w, n->u.assign.targets.items[i]);
        walk(n->u.assign.value, w);
        return;
    case AST_ANNASSIGN: store_target(w, n->u.annassign.target); walk(n->u.annassign.value, w); return;
    case AST_AUGASSIGN: store_target(w, n->u.augassign.target); break;
    case AST_FOR: store_target(w, n->u.loop.target); break;
    case AST_COMPFOR: store_target(w, n->u.compfor.target); break;
    case AST_NAMEDEXPR: store_target(w, n->u.named.target); break;
    case AST_WITHITEM:
        w->e->switches = true;  /* __enter__ may acquire a lock */
        store_target(w, n->u.withitem.target);
        break;
    case AST_HANDLER:
        if (n->u.handler.name)
            add(w, &w->e->bound, n->u.handler.name);
        break;
    case AST_FUNCDEF:
        add(w, &w->e->defs, n->u.func.name);
        params(w, &n->u.func.params);
        for (int i = 0; i < n->u.func.body.n; i++)
            walk(n->u.func.body.items[i], w);
        return;
    case AST_LAMBDA:
        params(w, &n->u.func.params);
        for (int i = 0; i < n->u.func.body.n; i++)
            walk(n->u.func.body.items[i], w);
        return;
    case AST_CLASSDEF:
        w->e->unknown = true;
        return;
    case AST_MATCHCASE:         /* a class pattern is no constructor call */
        pattern_binds(w, n->u.mcase.pattern);
        walk(n->u.mcase.guard, w);
        for (int i = 0; i < n->u.mcase.body.n; i++)
            walk(n->u.mcase.body.items[i], w);
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
        params(&w, &fn->def->u.func.params);
        AstList *body = &fn->def->u.func.body;
        for (int i = 0; i < body->n; i++)
            walk(body->items[i], &w);
    }
    return fn->effects;
}

static void snapshot_module(Checker *c, ModuleInfo *mod)
{
    for (int i = 0; i < mod->nfuncs; i++)
        if (mod->funcs[i]->def)
            effects_of(c, mod->funcs[i]);
    for (int k = 0; k < mod->nclasses; k++)
        for (int i = 0; i < mod->classes[k]->nmethods; i++)
            if (mod->classes[k]->methods[i]->def)
                effects_of(c, mod->classes[k]->methods[i]);
}

/* Whether a module starts a thread anywhere (its top level included). */
static bool starts_threads(Checker *c, ModuleInfo *mod)
{
    Effects e = { 0 };
    Walk w = { c, &e };
    walk(mod->ast, &w);
    return e.threads;
}

void chk_effects_snapshot(Checker *c)
{
    Program *p = c->prog;
    for (int m = 0; m < p->nmodules; m++)
        if (!p->modules[m]->is_prelude) {
            snapshot_module(c, p->modules[m]);
            c->threaded |= starts_threads(c, p->modules[m]);
        }
}

void chk_effects_nested(Checker *c, FuncInfo *g, FuncInfo *before)
{
    if (before && before->effects)
        g->effects = before->effects;   /* the body may be rewritten already */
    else
        effects_of(c, g);
}

/* ------------------------------------------------------------ queries */

typedef struct Query {
    Checker *c;
    const char *field;
    FuncInfo **seen;
    int nseen, capseen;
} Query;

static bool reaches(Query *q, const char *name, bool library);
static bool func_assigns(Query *q, FuncInfo *fn);
static bool super_call_assigns(Query *q, FuncInfo *fn, Effects *e, const char *name);
static bool prop_assigns(Query *q, FuncInfo *fn, Effects *e, const char *name);

/* A value of type t may be code: a function, or an iterator whose items
 * a generator makes. */
static bool holds_code(const Type *t)
{
    if (!t)
        return true;    /* not known yet */
    if (t->kind == TY_CALLABLE || t->kind == TY_ITER || t->kind == TY_ERROR)
        return true;
    if (t->kind == TY_CLASS || t->kind == TY_CLASSREF)
        return false;   /* its methods are reached by name */
    if ((t->elem && holds_code(t->elem)) || (t->key && holds_code(t->key)) ||
        (t->val && holds_code(t->val)))
        return true;
    for (int i = 0; i < t->nitems; i++)
        if (holds_code(t->items[i]))
            return true;
    return false;
}

/* Whether a class of the program has a field named `name` whose value
 * may be code (x.name(...) may call through it). */
static bool is_field(Query *q, const char *name)
{
    Program *p = q->c->prog;
    for (int m = 0; m < p->nmodules; m++) {
        ModuleInfo *mod = p->modules[m];
        for (int k = 0; k < mod->nclasses; k++) {
            Field *f = mod->is_prelude ? NULL : chk_find_field(mod->classes[k], name);
            if (f && holds_code(f->type))
                return true;
        }
    }
    return false;
}

/* name, free in nested function fn: the local of a function around it
 * that it names, or NULL. */
static Local *outer_local(FuncInfo *fn, const char *name)
{
    for (FuncInfo *o = fn->is_nested ? fn->outer : NULL; o; o = o->is_nested ? o->outer : NULL)
        for (int i = 0; i < o->nlocals; i++)
            if (strcmp(o->locals[i].name, name) == 0)
                return &o->locals[i];
    return NULL;
}

/* f(...) in fn: a nested def (in fn's summary, or a sibling's), a module
 * function or class by name, else a value. */
static bool name_call_assigns(Query *q, FuncInfo *fn, Effects *e, const char *name)
{
    if (chk_nameset_has(&e->defs, name) && !chk_nameset_has(&e->bound, name))
        return false;
    if (chk_nameset_has(&e->bound, name))
        return true;
    Local *l = outer_local(fn, name);
    if (l)
        return !l->def_func || func_assigns(q, l->def_func);
    Sym *s = chk_lookup_global(q->c, fn->module, name);
    if (!s || s->kind == SYM_GLOBAL)
        return true;
    return reaches(q, name, true);
}

/* A name read in fn: a function value by name; a parameter or global
 * that may hold code. */
static bool name_ref_assigns(Query *q, FuncInfo *fn, Effects *e, const char *name)
{
    if (chk_nameset_has(&e->bound, name)) {
        for (int i = 0; i < fn->nparams; i++)
            if (strcmp(fn->params[i].name, name) == 0)
                return holds_code(fn->params[i].type);
        return false;   /* a local: its value came from code summarised here */
    }
    Local *l = outer_local(fn, name);
    if (l)
        return l->def_func ? func_assigns(q, l->def_func) : holds_code(l->type);
    Sym *s = symtab_get(fn->module->syms, name);
    if (!s)
        return false;
    if (s->kind == SYM_GLOBAL)
        return holds_code(s->type);
    return s->kind == SYM_FUNC && reaches(q, name, false);
}

static bool any_in(Query *q, FuncInfo *fn, Effects *e, NameSet *s,
                   bool (*each)(Query *, FuncInfo *, Effects *, const char *))
{
    for (int i = 0; i < s->n; i++)
        if (each(q, fn, e, s->names[i]))
            return true;
    return false;
}

static bool method_call_assigns(Query *q, FuncInfo *fn, Effects *e, const char *name)
{
    (void)fn, (void)e;
    return is_field(q, name) || reaches(q, name, true);
}

static bool attr_ref_assigns(Query *q, FuncInfo *fn, Effects *e, const char *name)
{
    (void)fn, (void)e;
    return is_field(q, name) || reaches(q, name, false);
}

/* Code summarised in e, in function fn. */
static bool code_assigns(Query *q, FuncInfo *fn, Effects *e)
{
    return e->unknown || (e->switches && q->c->threaded) || chk_nameset_has(&e->assigns, q->field) ||
           any_in(q, fn, e, &e->calls, name_call_assigns) ||
           any_in(q, fn, e, &e->mcalls, method_call_assigns) ||
           any_in(q, fn, e, &e->supers, super_call_assigns) ||
           any_in(q, fn, e, &e->refs, attr_ref_assigns) ||
           any_in(q, fn, e, &e->props, prop_assigns) ||
           any_in(q, fn, e, &e->nrefs, name_ref_assigns);
}

/* super().name(...) in method fn: the base's method only (a method of
 * the library does what CPython's object and Exception do: nothing to
 * the program's fields). */
static bool super_call_assigns(Query *q, FuncInfo *fn, Effects *e, const char *name)
{
    (void)e;
    if (!fn->cls)
        return reaches(q, name, true);
    FuncInfo *m = fn->cls->base ? chk_find_method(fn->cls->base, name) : NULL;
    return m && !m->cls->is_builtin && func_assigns(q, m);
}

/* x.name read or assigned ("name.setter"): a property's accessor runs. */
static bool prop_assigns(Query *q, FuncInfo *fn, Effects *e, const char *name)
{
    (void)fn, (void)e;
    Program *p = q->c->prog;
    for (int m = 0; m < p->nmodules; m++)
        for (int k = 0; !p->modules[m]->is_prelude && k < p->modules[m]->nclasses; k++) {
            ClassInfo *cls = p->modules[m]->classes[k];
            for (int i = 0; i < cls->nmethods; i++) {
                FuncInfo *a = cls->methods[i];
                if ((a->is_property || a->is_setter) && strcmp(a->name, name) == 0 &&
                    func_assigns(q, a))
                    return true;
            }
        }
    return false;
}

static bool func_assigns(Query *q, FuncInfo *fn)
{
    for (int i = 0; i < q->nseen; i++)
        if (q->seen[i] == fn)
            return false;
    VEC_PUSH(q->c->arena, q->seen, q->nseen, q->capseen, fn);
    return code_assigns(q, fn, effects_of(q->c, fn));
}

static bool is_dunder(const char *n)
{
    size_t len = strlen(n);
    return len > 4 && n[0] == '_' && n[1] == '_' && n[len - 1] == '_' && n[len - 2] == '_';
}

/* Code the library may run without being handed it: special methods and
 * the bodies of generators it iterates. */
static bool run_by_library(const FuncInfo *fn)
{
    return (is_dunder(fn->name) && !fn->is_init) || fn->is_generator;
}

/* Visits every user function named `name` (specials: every function the
 * library may run). */
static bool each_named(Query *q, const char *name, bool specials, bool *found)
{
    Program *p = q->c->prog;
    for (int m = 0; m < p->nmodules; m++) {
        ModuleInfo *mod = p->modules[m];
        if (mod->is_prelude)
            continue;
        for (int i = 0; i < mod->nfuncs; i++)
            if (specials ? mod->funcs[i]->is_generator : strcmp(mod->funcs[i]->name, name) == 0) {
                *found = true;
                if (func_assigns(q, mod->funcs[i]))
                    return true;
            }
        for (int k = 0; k < mod->nclasses; k++) {
            ClassInfo *cls = mod->classes[k];
            bool ctor = !specials && strcmp(cls->name, name) == 0;
            for (int i = 0; i < cls->nmethods; i++) {
                FuncInfo *fn = cls->methods[i];
                bool hit = specials ? run_by_library(fn)
                                    : strcmp(fn->name, name) == 0 ||
                                      (ctor && (fn->is_init || strcmp(fn->name, "__post_init__") == 0));
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

/* library: a name no function of the program has is the library's. */
static bool reaches(Query *q, const char *name, bool library)
{
    bool found = false;
    if (each_named(q, name, false, &found))
        return true;
    return library && !found && each_named(q, name, true, &found);
}

bool chk_func_may_assign(Checker *c, FuncInfo *g, const char *field)
{
    Query q = { .c = c, .field = field };
    return func_assigns(&q, g);
}

bool chk_specials_may_assign(Checker *c, const char *field)
{
    Query q = { .c = c, .field = field };
    bool found = false;
    return each_named(&q, "", true, &found);
}

/* A code value handed to a call: what running it may assign. */
static bool value_assigns(Query *q, Ast *v)
{
    while (v->kind == AST_CONVERT)
        v = v->u.convert.operand;
    if (!holds_code(v->ty))
        return false;
    if (v->kind == AST_NAME && v->u.name.sym && v->u.name.sym->kind == SYM_FUNC)
        return v->u.name.sym->func ? func_assigns(q, v->u.name.sym->func)
                                   : reaches(q, v->u.name.id, false);
    if (v->kind == AST_ATTR && v->u.attr.res == RES_METHOD && v->u.attr.func)
        return v->u.attr.func->is_nested ? func_assigns(q, v->u.attr.func)
                                         : reaches(q, v->u.attr.attr, false);
    if (v->kind == AST_ATTR && v->u.attr.res == RES_MODULE_MEMBER && v->u.attr.sym &&
        v->u.attr.sym->kind == SYM_FUNC)
        return reaches(q, v->u.attr.attr, false);
    if (v->kind == AST_CALL && v->u.call.target && v->u.call.target->is_nested &&
        v->u.call.target->is_generator)
        return func_assigns(q, v->u.call.target);   /* (x for x in ...) */
    if (v->kind == AST_CALL && v->u.call.target && v->u.call.target->is_generator)
        return reaches(q, v->u.call.target->name, false);
    return true;
}

static bool args_assign(Query *q, Ast *call)
{
    AstList *args = call->u.call.bound.n ? &call->u.call.bound : &call->u.call.args;
    for (int i = 0; i < args->n; i++) {
        Ast *a = args->items[i];
        if (a && a->kind == AST_KEYWORD)
            a = a->u.kw.value;
        if (a && a->ty && value_assigns(q, a))
            return true;
    }
    return false;
}

/* A function of the library that may let another thread run: a C
 * function declared blocking, or a method named as one (Condition.wait,
 * Queue.get: written on Lock.acquire) of a class other than the
 * containers', or enter_atomic (an atomic block's start may end the
 * transaction). */
static bool library_switches(Checker *c, FuncInfo *t)
{
    if (t->extern_flags & EXT_BLOCKING)
        return true;
    if (!t->cls)
        return strcmp(t->name, "_rtrans_enter_atomic") == 0;
    ClassInfo *k = t->cls->tmpl ? t->cls->tmpl : t->cls;
    return is_switch_name(t->name) && k != c->c_str && k != c->c_dict && k != c->c_list &&
           k != c->c_set;
}

/* The end of a field's test the advice of an error names, besides a
 * call that may assign it. */
const char *chk_thread_switch_advice(Checker *c)
{
    return c->threaded ? " or let another thread run (a blocking call, a 'with' statement)" : "";
}

/* A checked call: its callee as resolved, and the code values it is
 * handed. */
static bool call_may_assign(Checker *c, Ast *call, const char *field)
{
    Query q = { .c = c, .field = field };
    while (call->kind == AST_CONVERT)
        call = call->u.convert.operand;
    if (call->kind != AST_CALL || call->u.call.res == RES_INDIRECT)
        return true;
    FuncInfo *t = call->u.call.target;
    if (t && t->is_nested && func_assigns(&q, t))
        return true;
    if (c->threaded && t && t->module && t->module->is_prelude && library_switches(c, t))
        return true;
    Ast *f = call->u.call.func;
    const char *name = t && !t->is_nested ? t->name
                       : call->u.call.res == RES_CONSTRUCTOR && call->u.call.cls
                           ? call->u.call.cls->name
                       : f && f->kind == AST_NAME ? f->u.name.id
                       : f && f->kind == AST_ATTR ? f->u.attr.attr : NULL;
    if (!t || !t->is_nested) {
        if (!name || (f && f->kind == AST_ATTR && f->u.attr.res == RES_FIELD) ||
            (f && f->kind == AST_NAME && f->u.name.sym &&
             (f->u.name.sym->kind == SYM_LOCAL || f->u.name.sym->kind == SYM_GLOBAL)))
            return true;        /* through a value */
        if (reaches(&q, name, true))
            return true;
    }
    return args_assign(&q, call);
}

/* A property's getter or setter runs (by name: a subclass may override
 * it): what it may assign. */
static bool accessor_may_assign(Checker *c, FuncInfo *accessor, const char *field)
{
    Query q = { .c = c, .field = field };
    return reaches(&q, accessor->name, false);
}

/* A narrowing of local.field that the call at loc ended: an error about
 * a later read names the call. */
typedef struct EndedNarrow {
    FuncInfo *fn;
    int local;
    const char *field;
    Loc loc;
} EndedNarrow;

static void note_ended(Checker *c, const FieldNarrow *n, Loc loc)
{
    EndedNarrow e = { c->fn, n->local, n->field, loc };
    if (!c->discovering && c->fn)
        VEC_PUSH(c->arena, c->ended, c->nended, c->capended, e);
}

void chk_forget_assigned(Checker *c, Ast *call, FuncInfo *accessor)
{
    for (int i = 0; c->flow && i < c->flow->nfnarrow;) {
        const char *field = c->flow->fnarrow[i].field;
        /* any call may change a list item or a global */
        if (field[0] == '[' || field[0] == '@' ||
            (accessor ? accessor_may_assign(c, accessor, field)
                      : call_may_assign(c, call, field))) {
            if (call)       /* (a property's accessor has no call to name) */
                note_ended(c, &c->flow->fnarrow[i], call->loc);
            flow_kill_fields(c->flow, -1, field);  /* entries after i move down */
        } else {
            i++;
        }
    }
}

/* e is `x.f` of an optional type, read after a call ended the narrowing
 * of x.f that a test made (the last such call before e). */
const char *chk_ended_narrow_advice(Checker *c, const Ast *e)
{
    const Ast *o = e->kind == AST_ATTR ? e->u.attr.obj : NULL;
    if (!o || o->kind != AST_NAME || !o->u.name.sym || o->u.name.sym->kind != SYM_LOCAL ||
        !e->ty || e->ty->kind != TY_OPTIONAL)
        return NULL;
    const EndedNarrow *last = NULL;
    for (int i = 0; i < c->nended; i++) {
        const EndedNarrow *n = &c->ended[i];
        if (n->fn == c->fn && n->local == o->u.name.sym->index &&
            strcmp(n->field, e->u.attr.attr) == 0 && n->loc.line <= e->loc.line)
            last = n;
    }
    if (!last)
        return NULL;
    return chk_fmt(c, " ('%s.%s' may have changed since it was tested: the call on line %d "
                   "may assign it%s; read it into a local and test that)", o->u.name.id,
                   e->u.attr.attr, last->loc.line,
                   c->threaded ? " or let another thread run" : "");
}

/* A comprehension runs its body many times at once: a call in it that may
 * assign a narrowed field ends the narrowing before it (the second run's
 * reads follow the first run's call) and after it. */
void chk_forget_assigned_in(Checker *c, Ast *comp)
{
    if (!c->flow || !c->flow->nfnarrow || !c->fn || !c->fn->def)
        return;
    Effects *e = arena_alloc(c->arena, sizeof *e);
    Walk w = { c, e };
    NameSet *outer = &effects_of(c, c->fn)->bound;
    for (int i = 0; i < outer->n; i++)
        add(&w, &e->bound, outer->names[i]);
    walk(comp, &w);
    bool calls = e->calls.n || e->mcalls.n;
    for (int i = 0; i < c->flow->nfnarrow;) {
        const char *field = c->flow->fnarrow[i].field;
        Query q = { .c = c, .field = field };
        if (field[0] == '[' || field[0] == '@' ? calls : code_assigns(&q, c->fn, e))
            flow_kill_fields(c->flow, -1, field);
        else
            i++;
    }
}
