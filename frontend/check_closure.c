/* check_closure.c - nested functions, lambdas, and the variables they
 * share with the functions around them.
 *
 * Representation (docs/internals.md, "Closures").  A function whose
 * locals are used by a nested function (its cells, check_scope.c) keeps
 * them in an env record: a class of its own (is_env) with one field per
 * cell, allocated at the function's entry into the local "$env" (a
 * parameter that is a cell is copied there).  Every access of a cell, in
 * the function and in the functions inside it, is a field access of that
 * record, so they share one variable as CPython's cells do: a later
 * assignment is seen by the closure, loops bind late, `nonlocal` writes
 * the same field.  A nested function with free names is a method of the
 * env record it is created next to (its first parameter "$outer"); its
 * value is that method bound to the record (a bound method value), and a
 * free name two functions out is reached through the records' "$up"
 * fields.  A nested function without free names is a plain function.
 *
 * The checker rewrites the names: a NAME of a cell or free variable
 * becomes, in place, the ATTR $env.x (or $outer.$up.x), a field of the
 * record with RES_FIELD, so that the lowering and the STM passes see
 * ordinary field accesses and need nothing new.
 */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

/* ------------------------------------------------------------ records */

static ClassInfo *new_env_class(Checker *c, FuncInfo *fn)
{
    ClassInfo *cls = arena_alloc(c->arena, sizeof *cls);
    cls->name = chk_fmt(c, "%s.<locals>", fn->qualname);
    cls->module = fn->module;
    cls->is_env = 1;
    cls->is_final = 1;
    cls->type = ty_class(c->tt, cls);
    if (!c->discovering)
        chk_add_class(c, cls);    /* a copy checked to infer types: never lowered */
    return cls;
}

static int add_field(Checker *c, ClassInfo *cls, const char *name, Type *t, Loc loc)
{
    Field *nf = arena_alloc(c->arena, (size_t)(cls->nfields + 1) * sizeof *nf);
    if (cls->nfields)
        memcpy(nf, cls->fields, (size_t)cls->nfields * sizeof *nf);
    nf[cls->nfields] = (Field){ .name = name, .type = t, .owner = cls, .index = cls->nfields,
                                .loc = loc };
    cls->fields = nf;
    return cls->nfields++;
}

static Type *callable_of(Checker *c, FuncInfo *fn)
{
    int skip = fn->in_env ? 1 : 0;
    int n = fn->nparams - skip;
    Type **ps = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *ps);
    for (int i = 0; i < n; i++)
        ps[i] = fn->params[skip + i].type;
    return ty_callable(c->tt, ps, n, fn->ret ? fn->ret : TT(ERROR));
}

/* A NAME already resolved to local idx of the current function. */
static Ast *local_name(Checker *c, int idx, Loc loc)
{
    Local *l = &c->fn->locals[idx];
    Ast *n = chk_synth(c, AST_NAME, loc, l->type);
    n->u.name.id = l->name;
    Sym *s = arena_alloc(c->arena, sizeof *s);
    s->kind = SYM_LOCAL;
    s->name = l->name;
    s->index = idx;
    n->u.name.sym = s;
    return n;
}

/* obj.name, a field of env record cls (obj already typed). */
static Ast *field_of(Checker *c, Ast *obj, ClassInfo *cls, int index, Loc loc)
{
    Ast *a = chk_synth(c, AST_ATTR, loc, cls->fields[index].type);
    a->u.attr.obj = obj;
    a->u.attr.attr = cls->fields[index].name;
    a->u.attr.attr_loc = loc;
    a->u.attr.res = RES_FIELD;
    a->u.attr.index = index;
    return a;
}

/* The record of class `want` seen from the current function: its own
 * env, or its $outer and the $up fields above it. */
static Ast *env_expr(Checker *c, ClassInfo *want, Loc loc)
{
    FuncInfo *fn = c->fn;
    if (fn->env_cls == want)
        return local_name(c, fn->env_local, loc);
    if (!fn->in_env)
        chk_die(__FILE__, __LINE__, "closure: no env record to reach");
    Ast *e = local_name(c, 0, loc);
    ClassInfo *cls = fn->in_env;
    while (cls != want) {
        Field *up = chk_find_field(cls, "$up");
        if (!up)
            chk_die(__FILE__, __LINE__, "closure: env record without $up");
        e = field_of(c, e, cls, up->index, loc);
        cls = cls->env_up;
    }
    return e;
}

/* ----------------------------------------------------------- entering */

static void declare_nested(Checker *c, FuncInfo *outer, Ast *def);

/* Nested defs get their FuncInfo (and their name a Callable type) before
 * the body is checked, so that functions defined later can be named. */
static void predeclare(Checker *c, FuncInfo *fn, AstList *body)
{
    for (int i = 0; i < body->n; i++) {
        Ast *s = body->items[i];
        switch (s->kind) {
        case AST_FUNCDEF: declare_nested(c, fn, s); break;
        case AST_IF:
            predeclare(c, fn, &s->u.if_.body);
            predeclare(c, fn, &s->u.if_.orelse);
            break;
        case AST_WHILE: case AST_FOR:
            predeclare(c, fn, &s->u.loop.body);
            predeclare(c, fn, &s->u.loop.orelse);
            break;
        case AST_WITH: predeclare(c, fn, &s->u.with.body); break;
        case AST_MATCH:
            for (int k = 0; k < s->u.match.cases.n; k++)
                predeclare(c, fn, &s->u.match.cases.items[k]->u.mcase.body);
            break;
        case AST_TRY:
            predeclare(c, fn, &s->u.try_.body);
            for (int k = 0; k < s->u.try_.handlers.n; k++)
                predeclare(c, fn, &s->u.try_.handlers.items[k]->u.handler.body);
            predeclare(c, fn, &s->u.try_.orelse);
            predeclare(c, fn, &s->u.try_.finalbody);
            break;
        default: break;
        }
    }
}

static int find_local(FuncInfo *fn, const char *name)
{
    for (int i = 0; i < fn->nlocals; i++)
        if (strcmp(fn->locals[i].name, name) == 0)
            return i;
    return -1;
}

/* The nested def a name seen from the current function always holds (the
 * only binding of a local, possibly captured), or NULL. */
FuncInfo *chk_def_func(Checker *c, const char *name)
{
    if (!c->fn)
        return NULL;
    Sym *s = chk_lookup_name(c, name);
    if (s && s->kind == SYM_LOCAL)
        return c->fn->locals[s->index].def_func;
    if (!chk_is_free(c, name))
        return NULL;
    for (FuncInfo *o = c->fn->outer; o; o = o->outer) {
        int i = find_local(o, name);
        if (i >= 0 && o->locals[i].cell >= 0)
            return o->locals[i].def_func;
    }
    return NULL;
}

Local *chk_free_local(Checker *c, const char *name)
{
    if (!chk_is_free(c, name))
        return NULL;
    for (FuncInfo *o = c->fn->outer; o; o = o->outer)
        for (int i = 0; i < o->nlocals; i++)
            if (o->locals[i].cell >= 0 && strcmp(o->locals[i].name, name) == 0)
                return &o->locals[i];
    return NULL;
}

bool chk_outer_local(FuncInfo *fn, const char *name)
{
    for (FuncInfo *o = fn->outer; o; o = o->outer)
        if (find_local(o, name) >= 0)
            return true;
    return false;
}

/* The cells of fn become fields of its env record. */
static void make_cells(Checker *c, FuncInfo *fn)
{
    Scope *sc = fn->scope;
    for (int i = 0; i < sc->cells.n; i++) {
        const char *name = sc->cells.names[i];
        Sym *s = symtab_get(c->locals, name);
        if (!s || s->kind != SYM_LOCAL) {
            chk_error(c, sc->cells.locs[i], "'%s' cannot be used by a nested function here",
                      name);
            continue;
        }
        if (!fn->env_cls)
            fn->env_cls = new_env_class(c, fn);
        Local *l = &fn->locals[s->index];
        l->cell = add_field(c, fn->env_cls, name, l->type, l->loc);
        l->no_narrow = chk_nameset_has(&sc->written, name);
    }
    if (!fn->env_cls)
        return;
    if (fn->in_env) {
        fn->env_cls->env_up = fn->in_env;
        add_field(c, fn->env_cls, "$up", fn->in_env->type, fn->def->loc);
    }
    fn->env_local = chk_new_local(c, "$env", fn->env_cls->type, fn->def->loc);
}

/* $env = <record>(); $env.p = p for parameters that are cells; $env.$up =
 * $outer.  Prepended to the body, already resolved (never re-checked). */
static void add_prologue(Checker *c, FuncInfo *fn)
{
    Loc loc = fn->def->loc;
    AstList pro = { 0 };
    ClassInfo *env = fn->env_cls;
    Ast *alloc = chk_synth(c, AST_CALL, loc, env->type);
    alloc->u.call.res = RES_CONSTRUCTOR;
    alloc->u.call.cls = env;
    ast_list_push(c->arena, &pro, ast_assign(c->arena, loc, ast_list1(c->arena,
                  local_name(c, fn->env_local, loc)), alloc));
    for (int i = 0; i < fn->nlocals; i++) {
        Local *l = &fn->locals[i];
        if (!l->is_param || l->cell < 0)
            continue;
        Ast *t = field_of(c, local_name(c, fn->env_local, loc), env, l->cell, loc);
        ast_list_push(c->arena, &pro, ast_assign(c->arena, loc, ast_list1(c->arena, t),
                                                 local_name(c, i, loc)));
    }
    Field *up = chk_find_field(env, "$up");
    if (up) {
        Ast *t = field_of(c, local_name(c, fn->env_local, loc), env, up->index, loc);
        ast_list_push(c->arena, &pro, ast_assign(c->arena, loc, ast_list1(c->arena, t),
                                                 local_name(c, 0, loc)));
    }
    for (int i = 0; i < pro.n; i++)
        pro.items[i]->u.assign.value->ty = pro.items[i]->u.assign.targets.items[0]->ty;
    AstList *body = fn->is_module_init ? &fn->def->u.module.body : &fn->def->u.func.body;
    ast_list_append(c->arena, &pro, body);
    *body = pro;
}

void chk_closure_begin(Checker *c, FuncInfo *fn)
{
    if (!fn->scope && !fn->is_nested && fn->def && !fn->extern_name)
        fn->scope = chk_scope_analyze(c, fn);
    if (!fn->scope)
        return;
    make_cells(c, fn);
    if (!fn->is_module_init)
        predeclare(c, fn, &fn->def->u.func.body);
}

void chk_closure_prologue(Checker *c, FuncInfo *fn)
{
    if (!fn->env_cls)
        return;
    add_prologue(c, fn);
    if (fn->env_local < c->flow->nlocals)
        c->flow->assigned[fn->env_local] = 1;
}

/* Field types follow the locals' types, known once assigned; a parameter
 * cell never assigned again is immutable (written only by the prologue,
 * into the fresh record). */
void chk_closure_end(Checker *c, FuncInfo *fn)
{
    ClassInfo *env = fn->env_cls;
    if (!env)
        return;
    for (int i = 0; i < fn->nlocals; i++) {
        Local *l = &fn->locals[i];
        if (l->cell < 0)
            continue;
        Field *f = &env->fields[l->cell];
        f->type = l->type ? l->type : TT(ERROR);
        f->immutable = l->is_param && !chk_nameset_has(&fn->scope->assigned, l->name) &&
                       !chk_nameset_has(&fn->scope->defs, l->name) &&
                       !chk_nameset_has(&fn->scope->written, l->name);
    }
    Field *up = chk_find_field(env, "$up");
    if (up)
        up->immutable = 1;
}

/* -------------------------------------------------------------- names */

static void sync_cell(Checker *c, int idx)
{
    Local *l = &c->fn->locals[idx];
    if (l->cell >= 0 && l->type)
        c->fn->env_cls->fields[l->cell].type = l->type;
}

/* e (a NAME of cell local idx, already typed and flow-checked) becomes
 * $env.name. */
void chk_cell_access(Checker *c, Ast *e, int idx)
{
    sync_cell(c, idx);
    Local *l = &c->fn->locals[idx];
    Type *ty = e->ty;
    Ast *obj = local_name(c, c->fn->env_local, e->loc);
    Ast *f = field_of(c, obj, c->fn->env_cls, l->cell, e->loc);
    *e = *f;
    if (ty)
        e->ty = ty;
}

bool chk_is_free(Checker *c, const char *name)
{
    return c->fn && c->fn->scope && c->fn->in_env &&
           chk_nameset_has(&c->fn->scope->frees, name);
}

/* The record class holding free variable `name` of the current function. */
static ClassInfo *holder(Checker *c, const char *name, int *index)
{
    for (ClassInfo *cls = c->fn->in_env; cls; cls = cls->env_up) {
        Field *f = chk_find_field(cls, name);
        if (f && strcmp(name, "$up") != 0) {
            *index = f->index;
            return cls;
        }
    }
    chk_die(__FILE__, __LINE__, "closure: free variable without a record");
}

static Type *free_narrowed(const Scope *sc, const char *name);

/* A read (or, with store, the target) of a free variable: in place, the
 * field of the record that holds it (a read narrowed where the function
 * was made: that type, note_free_narrowed). */
Ast *chk_free_access(Checker *c, Ast *e, bool store)
{
    const char *name = e->u.name.id;
    int index;
    ClassInfo *cls = holder(c, name, &index);
    Ast *f = field_of(c, env_expr(c, cls, e->loc), cls, index, e->loc);
    *e = *f;
    if (!e->ty)
        e->ty = chk_partial_read_free(c, name);   /* discovery: a partial outer variable */
    if (!e->ty) {
        chk_error(c, e->loc, "the type of '%s' is not known here: assign it before the nested "
                  "function is defined, or annotate it", name);
        e->ty = TT(ERROR);
    }
    if (!store && chk_nameset_has(&c->fn->scope->unbound, name))
        e->u.attr.check_bound = 1;
    Type *nt = store ? NULL : free_narrowed(c->fn->scope, name);
    if (!nt || e->ty->kind == TY_ERROR)
        return e;
    if (!ty_boxes(nt, e->ty)) {
        e->ty = nt;
        return e;
    }
    Ast *cv = chk_synth(c, AST_CONVERT, e->loc, nt);   /* read out of the box */
    cv->u.convert.operand = e;
    return cv;
}

/* ------------------------------------------------------ nested functions */

static FuncInfo *new_nested(Checker *c, FuncInfo *outer, Ast *def, Scope *sc, const char *name)
{
    FuncInfo *g = arena_alloc(c->arena, sizeof *g);
    g->name = name;
    g->qualname = name;
    g->module = outer->module;
    g->def = def;
    g->vslot = -1;
    g->env_local = -1;
    g->is_nested = 1;
    g->outer = outer;
    g->scope = sc;
    FuncInfo *before = def->u.func.info;
    def->u.func.info = g;
    chk_effects_nested(c, g, before);
    if (sc && sc->frees.n) {
        g->in_env = outer->env_cls ? outer->env_cls : outer->in_env;
        if (!g->in_env)
            chk_die(__FILE__, __LINE__, "closure: free names without an env record");
        g->cls = g->in_env;
        g->is_method = 1;
    }
    return g;
}

/* Parameters: "$outer" first when bound to a record, then the written
 * ones, typed by `types` (lambdas) or their annotations (defs). */
static void set_params(Checker *c, FuncInfo *g, Type **types)
{
    AstList *ps = &g->def->u.func.params;
    int skip = g->in_env ? 1 : 0;
    g->params = arena_alloc(c->arena, (size_t)(ps->n + skip + 1) * sizeof *g->params);
    g->nparams = 0;
    if (skip)
        g->params[g->nparams++] = (Param){ .name = "$outer", .type = g->in_env->type,
                                           .loc = g->def->loc };
    bool kwonly = false;
    for (int i = 0; i < ps->n; i++) {
        Ast *p = ps->items[i];
        Param *pp = &g->params[g->nparams++];
        *pp = (Param){ .name = p->u.param.name, .loc = p->loc,
                       .default_value = p->u.param.default_value, .kwonly = kwonly };
        if (p->u.param.star) {
            if (!chk_star_param(c, p, pp, &kwonly))
                g->nparams--;
        } else if (types) {
            pp->type = types[i];
        } else if (!p->u.param.annotation) {
            pp->type = chk_param_default_type(c, p->u.param.default_value);
            if (!pp->type) {
                chk_error(c, p->loc, "parameter '%s' needs a type annotation (or a default "
                          "that is a literal number, string or bool)", pp->name);
                pp->type = TT(ERROR);
            }
        } else {
            pp->type = chk_annotation(c, p->u.param.annotation, false);
        }
    }
}

static void declare_nested(Checker *c, FuncInfo *outer, Ast *def)
{
    FuncInfo *g = new_nested(c, outer, def, def->u.func.scope, def->u.func.name);
    for (int i = 0; i < def->u.func.decorators.n; i++)
        chk_error(c, def->u.func.decorators.items[i]->loc,
                  "decorators are not supported on nested functions");
    set_params(c, g, NULL);
    if (def->u.func.returns)
        g->ret = chk_annotation(c, def->u.func.returns, true);
    else {
        chk_error(c, def->loc, "function '%s' needs a return type annotation", g->name);
        g->ret = TT(ERROR);
    }
    Sym *s = symtab_get(c->locals, g->name);
    if (!s || s->kind != SYM_LOCAL)
        return;                 /* declared global: reported at the def */
    Local *l = &outer->locals[s->index];
    if (!l->type)
        l->type = callable_of(c, g);
    bool once = !chk_nameset_has(&outer->scope->assigned, g->name) && !l->is_param;
    if (once && !l->def_func)
        l->def_func = g;
    else
        l->def_func = NULL;     /* bound twice: calls go through the value */
}

static Type *free_narrowed(const Scope *sc, const char *name)
{
    for (int i = 0; sc && i < sc->nnarrow; i++)
        if (!sc->narrow[i].field && strcmp(sc->narrow[i].name, name) == 0)
            return sc->narrow[i].type;
    return NULL;
}

Type *chk_free_field_narrowed(Checker *c, const Ast *obj, const char *field)
{
    const Scope *sc = c->fn ? c->fn->scope : NULL;
    const Type *ot = obj->kind == AST_ATTR ? obj->u.attr.obj->ty : NULL;
    if (!sc || !ot || ot->kind != TY_CLASS || !ot->cls->is_env || obj->u.attr.res != RES_FIELD)
        return NULL;
    for (int i = 0; i < sc->nnarrow; i++)
        if (sc->narrow[i].field && strcmp(sc->narrow[i].name, obj->u.attr.attr) == 0 &&
            strcmp(sc->narrow[i].field, field) == 0)
            return sc->narrow[i].type;
    return NULL;
}

/* The key lambda g made now reads x.f of a free x that keeps its value:
 * the narrowings of x's fields hold in it when g cannot assign them, since
 * sorted/min/max run nothing else but the items' special methods (whose
 * effect the narrowed read tests when it runs). */
static void note_key_fields(Checker *c, FuncInfo *g, const char *name, int idx)
{
    for (int i = 0; i < c->flow->nfnarrow; i++) {
        FieldNarrow *n = &c->flow->fnarrow[i];
        if (n->local != idx || chk_func_may_assign(c, g, n->field))
            continue;
        struct FreeNarrow fr = { name, n->type, n->field };
        VEC_PUSH(c->arena, g->scope->narrow, g->scope->nnarrow, g->scope->capnarrow, fr);
    }
}

/* Local idx (`name`) of the current function cannot change once a
 * function made at loc captures it: a parameter never rebound, or a
 * local whose assignments are all over there (none later, none in a loop
 * around it): mypy's rule. */
static bool keeps_value(Checker *c, int idx, const char *name, Loc loc)
{
    FuncInfo *fn = c->fn;
    Local *l = &fn->locals[idx];
    if (l->no_narrow || !fn->scope || chk_nameset_has(&fn->scope->handler_names, name))
        return false;
    if (l->is_param)
        return !chk_nameset_has(&fn->scope->assigned, name);
    return !chk_nameset_has(&fn->scope->defs, name) &&
           chk_scope_settled_before(fn->scope, name, loc);
}

/* Free name `name` of g (local idx of the creator, or -1: free there too)
 * is narrowed (isinstance, `is not None`) where g is created: a value that
 * can never change afterwards (a parameter never rebound, or a free name
 * narrowed for the creator itself) has that type in g too, as mypy
 * allows. */
static void note_free_narrowed(Checker *c, FuncInfo *g, const char *name, int idx, Loc loc)
{
    FuncInfo *fn = c->fn;
    Type *t = NULL;
    if (idx < 0) {
        t = free_narrowed(fn->scope, name);
    } else if (idx < c->flow->nlocals && !c->flow->dead && keeps_value(c, idx, name, loc)) {
        t = c->flow->narrow[idx];
        if (c->making_key)
            note_key_fields(c, g, name, idx);
    }
    if (t) {
        struct FreeNarrow fr = { name, t, NULL };
        VEC_PUSH(c->arena, g->scope->narrow, g->scope->nnarrow, g->scope->capnarrow, fr);
    }
}

/* Checks made where the nested function g is created in the current
 * function: its free names must hold a value by then (nested defs defined
 * later excepted: reading them raises NameError until they are), and
 * capturing self in __init__ lets self escape. */
static void check_creation(Checker *c, FuncInfo *g, Loc loc)
{
    if (!g->scope)
        return;
    FuncInfo *fn = c->fn;
    g->scope->nnarrow = 0;        /* a scope checked again starts afresh */
    for (int i = 0; i < g->scope->frees.n; i++) {
        const char *name = g->scope->frees.names[i];
        Sym *s = symtab_get(c->locals, name);
        if (!s || s->kind != SYM_LOCAL) {
            if (fn->scope && chk_nameset_has(&fn->scope->unbound, name))
                chk_nameset_add(c->arena, &g->scope->unbound, name, loc);
            note_free_narrowed(c, g, name, -1, loc);
            continue;
        }
        note_free_narrowed(c, g, name, s->index, loc);
        sync_cell(c, s->index);
        Local *l = &fn->locals[s->index];
        bool assigned = s->index >= c->flow->nlocals || c->flow->assigned[s->index] ||
                        c->flow->dead;
        if (!assigned && chk_nameset_has(&fn->scope->defs, name) && l->type &&
            ty_is_ref(l->type))
            chk_nameset_add(c->arena, &g->scope->unbound, name, loc);
        else if (!assigned) {
            chk_error(c, loc, "'%s' is used by the nested function '%s' before it is assigned "
                      "(assign it before the function is defined)", name, g->name);
            if (!l->type && l->cell >= 0)
                fn->env_cls->fields[l->cell].type = TT(ERROR);   /* reported */
        }
        if (l->is_param && s->index == 0 && fn->is_init && !c->init_field_value) {
            Ast *self = local_name(c, 0, loc);
            chk_self_use(c, self);
        }
    }
}

/* The value of nested function g where it is created. */
Ast *chk_closure_value(Checker *c, FuncInfo *g, Loc loc)
{
    Type *t = callable_of(c, g);
    if (!g->in_env) {
        Ast *n = chk_synth(c, AST_NAME, loc, t);
        n->u.name.id = g->name;
        Sym *s = arena_alloc(c->arena, sizeof *s);
        s->kind = SYM_FUNC;
        s->name = g->name;
        s->func = g;
        s->type = t;
        n->u.name.sym = s;
        return n;
    }
    Ast *a = chk_synth(c, AST_ATTR, loc, t);
    a->u.attr.obj = env_expr(c, g->in_env, loc);
    a->u.attr.attr = g->name;
    a->u.attr.attr_loc = loc;
    a->u.attr.res = RES_METHOD;
    a->u.attr.func = g;
    return a;
}

/* `def g(...)` inside a function: check g's body here (the types of the
 * names it shares are known), then bind g's value to its name. */
void chk_nested_def(Checker *c, Ast *s)
{
    FuncInfo *g = s->u.func.info;
    if (!g || g->is_checked)
        return;
    check_creation(c, g, s->loc);
    chk_function(c, g);
    Ast *target = ast_name(c->arena, s->loc, g->name);
    Ast *value = chk_closure_value(c, g, s->loc);
    Ast *bind = ast_assign(c->arena, s->loc, ast_list1(c->arena, target), value);
    chk_assign_target(c, target, value->ty, &bind->u.assign.value);
    s->u.func.bind = bind;
}

/* A lambda with known parameter types; ret NULL: the body's type. */
Ast *chk_lambda_typed(Checker *c, Ast *e, Type **types, int n, Type *ret)
{
    if (e->u.func.params.n != n)
        chk_die(__FILE__, __LINE__, "lambda arity");
    for (int i = 0; i < n; i++)
        if (e->u.func.params.items[i]->u.param.default_value) {
            chk_error(c, e->u.func.params.items[i]->loc, "default values of lambda parameters "
                      "are only supported where the expected Callable type leaves them out");
            return chk_synth(c, AST_NONE, e->loc, TT(ERROR));
        }
    Ast *body = e->u.func.body.items[0];
    Ast *def = ast_funcdef(c->arena, e->loc, "<lambda>", e->u.func.params, NULL,
                           ast_list1(c->arena, ret && ret->kind == TY_NONE
                                                   ? ast_expr_stmt(c->arena, body->loc, body)
                                                   : ast_return(c->arena, body->loc, body)));
    FuncInfo *g = new_nested(c, c->fn, def, e->u.func.scope, "<lambda>");
    g->is_lambda = 1;
    if (c->eta_name) {
        g->name = c->eta_name;          /* a builtin or class as a value */
        c->eta_name = NULL;
    }
    set_params(c, g, types);
    g->ret = ret;
    if (e->u.func.scope && e->u.func.scope->has_yield) {
        chk_error(c, e->u.func.scope->yield_loc, "'yield' inside a lambda is not supported");
        return chk_synth(c, AST_NONE, e->loc, TT(ERROR));
    }
    c->making_key = c->key_arg == e;
    check_creation(c, g, e->loc);
    c->making_key = false;
    chk_function(c, g);
    if (!g->ret)
        g->ret = TT(ERROR);
    return chk_closure_value(c, g, e->loc);
}

static Scope *copy_scope(Checker *c, const Scope *from, Ast *node)
{
    Scope *s = arena_alloc(c->arena, sizeof *s);
    *s = (Scope){ .kind = SC_LAMBDA, .node = node, .parent = from->parent };
    node->u.func.scope = s;
    return s;
}

/* `lambda a, k=v: body` where a Callable of a alone is expected: the
 * defaults are evaluated now, once per lambda made, as in CPython.  It is
 * `(lambda k: (lambda a: body))(v)`: the outer lambda's parameters are the
 * made lambda's own variables. */
static Ast *lambda_with_defaults(Checker *c, Ast *e, Type *hint, int nd)
{
    AstList *ps = &e->u.func.params;
    int k = ps->n - nd;
    Type **types = arena_alloc(c->arena, (size_t)(nd + 1) * sizeof *types);
    AstList inner_ps = { 0 }, outer_ps = { 0 }, args = { 0 };
    for (int i = 0; i < ps->n; i++) {
        Ast *p = ps->items[i];
        Ast *q = ast_param(c->arena, p->loc, p->u.param.name, NULL, NULL, 0);
        if (i < k) {
            ast_list_push(c->arena, &inner_ps, q);
            continue;
        }
        Ast *v = chk_expr(c, p->u.param.default_value);
        if (v->ty->kind == TY_NONE) {
            chk_error(c, v->loc, "cannot infer the type of '%s' from None", p->u.param.name);
            return chk_synth(c, AST_NONE, e->loc, TT(ERROR));
        }
        if (v->ty->kind == TY_ERROR)
            return v;
        types[i - k] = v->ty;
        ast_list_push(c->arena, &outer_ps, q);
        ast_list_push(c->arena, &args, v);
    }
    Ast *inner = ast_lambda(c->arena, e->loc, inner_ps, e->u.func.body.items[0]);
    Ast *outer = ast_lambda(c->arena, e->loc, outer_ps, inner);
    const Scope *orig = e->u.func.scope;
    Scope *so = copy_scope(c, orig, outer), *si = copy_scope(c, orig, inner);
    si->parent = so;
    for (int i = 0; i < orig->frees.n; i++) {
        chk_nameset_add(c->arena, &so->frees, orig->frees.names[i], orig->frees.locs[i]);
        chk_nameset_add(c->arena, &si->frees, orig->frees.names[i], orig->frees.locs[i]);
    }
    for (int i = k; i < ps->n; i++) {
        const char *name = ps->items[i]->u.param.name;
        chk_nameset_add(c->arena, &so->cells, name, ps->items[i]->loc);
        chk_nameset_add(c->arena, &si->frees, name, ps->items[i]->loc);
    }
    for (int i = 0; i < orig->cells.n; i++)
        chk_nameset_add(c->arena, &si->cells, orig->cells.names[i], orig->cells.locs[i]);
    si->written = orig->written;
    Ast *fv = chk_lambda_typed(c, outer, types, nd, hint);
    if (fv->ty->kind == TY_ERROR)
        return fv;
    Ast *call = chk_synth(c, AST_CALL, e->loc, NULL);
    call->ty = NULL;
    call->u.call.func = fv;
    call->u.call.args = args;
    return chk_call_indirect(c, call, fv->ty);
}

/* A lambda where a value of type hint is expected. */
Ast *chk_lambda(Checker *c, Ast *e)
{
    Type *h = c->hint ? ty_strip_optional(c->hint) : NULL;
    int n = e->u.func.params.n;
    for (int i = 0; i < n; i++)
        if (e->u.func.params.items[i]->u.param.star) {
            chk_error(c, e->u.func.params.items[i]->loc, "*args and **kwargs are not supported");
            return chk_synth(c, AST_NONE, e->loc, TT(ERROR));
        }
    int nd = 0;
    while (nd < n && e->u.func.params.items[n - 1 - nd]->u.param.default_value)
        nd++;
    if (h && h->kind == TY_CALLABLE && nd > 0 && h->nitems == n - nd && e->u.func.scope)
        return lambda_with_defaults(c, e, h, nd);
    /* `lambda i=i: ...` with nothing expected (the late-binding idiom in
     * a comprehension): every parameter's type is its default's, and the
     * value is the Callable that leaves them all out. */
    if (!h && nd > 0 && nd == n && e->u.func.scope)
        return lambda_with_defaults(c, e, NULL, nd);
    if (h && h->kind == TY_CALLABLE) {
        if (h->nitems != n) {
            chk_error(c, e->loc, "this lambda takes %d parameter%s but '%s' is expected", n,
                      n == 1 ? "" : "s", chk_tyname(c, h));
            return chk_synth(c, AST_NONE, e->loc, TT(ERROR));
        }
        return chk_lambda_typed(c, e, h->items, n, h->ret);
    }
    if (n == 0)
        return chk_lambda_typed(c, e, NULL, 0, NULL);
    if (h && h->kind != TY_ERROR)
        chk_error(c, e->loc, "a lambda cannot be used where '%s' is expected", chk_tyname(c, h));
    else if (!h)
        chk_error(c, e->loc, "cannot infer the types of this lambda's parameters: use it where "
                  "a Callable is expected, e.g. annotate the variable "
                  "(f: Callable[[int], int] = lambda x: ...)");
    return chk_synth(c, AST_NONE, e->loc, TT(ERROR));
}

/* ------------------------------------------------- functions as values */

/* A callable the language defines (a builtin, a class, a function or an
 * unbound method of the prelude) used as a function value: it has no
 * function of its own to point at (builtins are checked by hand, prelude
 * functions may be C externs or templates), so the value is a lambda that
 * calls it, `lambda $a0, ...: f($a0, ...)` (CPython's builtins behave the
 * same way as values).  Its parameter types come from the expected
 * Callable type, else from the callee's own signature. */
static FuncInfo *prelude_func_of(Checker *c, Ast *e)
{
    Sym *s = e->kind == AST_NAME ? e->u.name.sym
             : e->kind == AST_ATTR && e->u.attr.res == RES_MODULE_MEMBER ? e->u.attr.sym : NULL;
    if (s && s->kind == SYM_FUNC && s->func->module == c->prelude)
        return s->func;
    return NULL;
}

/* An unbound method `C.m` (not static): its FuncInfo. */
static FuncInfo *unbound_method(Ast *e)
{
    if (e->kind == AST_ATTR && e->u.attr.res == RES_STATIC && e->u.attr.func &&
        !e->u.attr.func->is_static)
        return e->u.attr.func;
    return NULL;
}

/* A module-level function of the program named where a Callable taking
 * fewer parameters is expected, the ones left out having defaults
 * (`key=f` for `def f(x: int, base: int = 10)`): its FuncInfo, else NULL. */
FuncInfo *chk_defaulted_func(Checker *c, Ast *e, int n)
{
    Sym *s = e->kind == AST_NAME ? e->u.name.sym
             : e->kind == AST_ATTR && e->u.attr.res == RES_MODULE_MEMBER ? e->u.attr.sym : NULL;
    if (!s || s->kind != SYM_FUNC || s->func->module == c->prelude || s->func->is_template ||
        e->ty->kind != TY_CALLABLE || n >= e->ty->nitems || e->ty->nitems != s->func->nparams)
        return NULL;
    for (int i = n; i < s->func->nparams; i++)
        if (!s->func->params[i].default_value)
            return NULL;
    return s->func;
}

bool chk_needs_eta(Checker *c, Ast *e, Type *hint)
{
    if (c->mod == c->prelude || e == c->callee_node || e->ty->kind == TY_ERROR)
        return false;
    bool want_fn = hint && ty_strip_optional(hint)->kind == TY_CALLABLE;
    if (want_fn && chk_defaulted_func(c, e, ty_strip_optional(hint)->nitems))
        return true;
    if (e->ty->kind == TY_BUILTIN || e->ty->kind == TY_CLASSREF)
        return want_fn;
    FuncInfo *pf = prelude_func_of(c, e);
    if (pf)
        return !pf->is_template || want_fn;
    FuncInfo *um = unbound_method(e);
    return um && um->module == c->prelude;
}

static Ast *param_node(Checker *c, int i, Loc loc)
{
    return ast_param(c->arena, loc, chk_fmt(c, "$a%d", i), NULL, NULL, 0);
}

Ast *chk_eta(Checker *c, Ast *e, Type **types, int n, Type *ret)
{
    Loc loc = e->loc;
    FuncInfo *sig = prelude_func_of(c, e);
    if (!sig)
        sig = unbound_method(e);
    if (!types && sig && !sig->is_template) {
        n = sig->nparams;
        types = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *types);
        for (int i = 0; i < n; i++)
            types[i] = sig->params[i].type;
        ret = sig->ret;
    }
    if (!types) {
        chk_error(c, loc, "'%s' can be used as a function value only where a Callable type "
                  "is expected (e.g. sorted(xs, key=%s))", chk_tyname(c, e->ty),
                  e->kind == AST_NAME ? e->u.name.id : "...");
        return chk_synth(c, AST_NONE, loc, TT(ERROR));
    }
    AstList params = { 0 }, args = { 0 };
    for (int i = 0; i < n; i++) {
        ast_list_push(c->arena, &params, param_node(c, i, loc));
        ast_list_push(c->arena, &args, ast_name(c->arena, loc, chk_fmt(c, "$a%d", i)));
    }
    Ast *callee = e;
    if (types && chk_defaulted_func(c, e, n))
        callee = e->kind == AST_NAME ? ast_name(c->arena, loc, e->u.name.id)
                                     : ast_attr(c->arena, e->u.attr.obj, e->u.attr.attr, loc);
    FuncInfo *um = unbound_method(e);
    if (um) {
        /* C.m as a function: $a0.m($a1, ...) */
        if (n == 0) {
            chk_error(c, loc, "an unbound method needs its object as the first argument");
            return chk_synth(c, AST_NONE, loc, TT(ERROR));
        }
        callee = ast_attr(c->arena, args.items[0], um->name, loc);
        AstList rest = { 0 };
        for (int i = 1; i < n; i++)
            ast_list_push(c->arena, &rest, args.items[i]);
        args = rest;
    }
    Ast *lam = ast_lambda(c->arena, loc, params, ast_call(c->arena, loc, callee, args));
    Ast *saved = c->callee_node;
    c->callee_node = callee;
    c->eta_name = e->kind == AST_NAME ? e->u.name.id
                  : e->kind == AST_ATTR ? chk_fmt(c, "%s", e->u.attr.attr) : "function";
    Ast *r = chk_lambda_typed(c, lam, types, n, ret);
    c->eta_name = NULL;
    c->callee_node = saved;
    return r;
}

/* ------------------------------------------- synthesized generators */

/* A call of a new nested generator function (a generator expression,
 * iter(), map(), filter()): its parameters names[i] take the checked
 * values vals[i] (evaluated here, at once, as CPython evaluates a
 * generator expression's first iterable); its body is checked in scope sc
 * (free names from the function around it; NULL: none). */
Ast *chk_synth_generator(Checker *c, const char *name, Scope *sc, const char **names,
                         Ast **vals, int n, AstList body, Type *elem, Loc loc)
{
    AstList params = { 0 };
    Type **types = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *types);
    for (int i = 0; i < n; i++) {
        ast_list_push(c->arena, &params, ast_param(c->arena, loc, names[i], NULL, NULL, 0));
        types[i] = vals[i]->ty;
    }
    if (!sc) {
        sc = arena_alloc(c->arena, sizeof *sc);
        sc->kind = SC_GENEXP;
    }
    sc->has_yield = true;
    Ast *def = ast_funcdef(c->arena, loc, name, params, NULL, body);
    FuncInfo *g = new_nested(c, c->fn, def, sc, name);
    set_params(c, g, types);
    if (elem)
        g->ret = ty_iter(c->tt, elem);     /* items typed as expected: lambdas */
    check_creation(c, g, loc);
    chk_function(c, g);
    Ast *call = chk_synth(c, AST_CALL, loc, g->ret ? g->ret : TT(ERROR));
    call->u.call.func = chk_closure_value(c, g, loc);
    call->u.call.target = g;
    if (g->in_env) {
        call->u.call.res = RES_METHOD;
        call->u.call.recv = env_expr(c, g->in_env, loc);
    } else {
        call->u.call.res = RES_FUNC;
    }
    for (int i = 0; i < n; i++)
        ast_list_push(c->arena, &call->u.call.bound, vals[i]);
    return call;
}
