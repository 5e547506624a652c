/* check_infer.c - the types a program leaves to inference, as mypy infers
 * them: fields declared by `self.f = value` in a method rather than in the
 * class body, and variables or fields first given an empty container
 * (`[]`, `{}`, `set()`, `list()`, `dict()`) or `None`, typed by what the
 * code later does with them.
 *
 * Assumes: classes and signatures are declared (check_decl.c calls
 * chk_scan_fields from declare_body); bodies are checked by chk_function.
 * Guarantees: before any body is checked for real, every field of a class
 * has its type (chk_field_type infers a class's fields on first need, and
 * chk_infer_all_fields the rest after module code), and every local that
 * inference typed is preset as if annotated.  The real check then checks
 * every assignment against those types and reports as usual.
 * Refuses: a field or local that nothing types (only None, or an empty
 * container nothing adds to or passes where a type is expected): the
 * error names it and shows the annotation to write.
 *
 * How: a *discovery* check (discover) checks a copy of a function body
 * with its diagnostics dropped afterwards.  There an empty container or
 * None leaves its variable or field *partial*; the first use that fixes
 * the type completes it (x.append(v), x.add(v), x.insert(i, v),
 * x.extend(xs), d[k] = v, d.setdefault(k, v), x += xs, a later assignment
 * of a value, or a read where a container type is expected: an argument,
 * a return value, an assignment to a typed target).  A local given a
 * lambda with parameters (`v = lambda i: args[i]`) is typed by its first
 * call (`v(0)`): the lambda is checked there with the arguments' types,
 * and its Callable type is preset for the real check, which checks the
 * lambda where it is made, as if the variable were annotated.  Until then reads are
 * poison (TY_ERROR) and say nothing.  A field takes the type of its first
 * assignment in its class's methods (__init__ first, then in order),
 * made `T | None` when it is also assigned None; assignments through any
 * object of the class count (`child.parent = self`).
 */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

enum { INFER_NONE, INFER_PENDING, INFER_RUNNING };

/* ------------------------------------------------------------- partials */

PartialKind chk_partial_kind(const Ast *v)
{
    if (!v)
        return PART_NO;
    switch (v->kind) {
    case AST_LIST: return v->u.seq.items.n == 0 ? PART_LIST : PART_NO;
    case AST_DICT: return v->u.dict.keys.n == 0 ? PART_DICT : PART_NO;
    case AST_NONE: return PART_NONE;
    case AST_CALL: {
        const Ast *f = v->u.call.func;
        if (v->u.call.args.n || !f || f->kind != AST_NAME)
            return PART_NO;
        if (strcmp(f->u.name.id, "list") == 0)
            return PART_LIST;
        if (strcmp(f->u.name.id, "dict") == 0)
            return PART_DICT;
        if (strcmp(f->u.name.id, "set") == 0)
            return PART_SET;
        return PART_NO;
    }
    default:
        return PART_NO;
    }
}

/* Whether a complete type t fits what a partial of kind k was given. */
static bool fits_kind(const Type *t, int k)
{
    switch (k) {
    case PART_LIST: return t->kind == TY_LIST;
    case PART_DICT: return t->kind == TY_DICT;
    case PART_SET: return t->kind == TY_SET;
    case PART_NONE: return t->kind != TY_NONE && t->kind != TY_ERROR;
    case PART_LAMBDA: return t->kind == TY_CALLABLE;
    default: return false;
    }
}

/* The type of a partial of kind k that is given a t (t fits the kind). */
static Type *completed(Checker *c, int k, Type *t)
{
    if (k == PART_NONE && t->kind != TY_OPTIONAL)
        return ty_optional(c->tt, t);
    return t;
}

/* ----------------------------------------------------------- discovery */

/* A discovery check of a copy of fn: its findings land in the copy's
 * locals and in the fields being inferred; its diagnostics are dropped. */
static FuncInfo *discover(Checker *c, FuncInfo *fn)
{
    FuncInfo *tmp = arena_alloc(c->arena, sizeof *tmp);
    *tmp = *fn;
    tmp->def = ast_clone(c->arena, fn->def);
    tmp->def->u.func.info = tmp;
    tmp->locals = NULL;
    tmp->nlocals = tmp->caplocals = 0;
    tmp->is_checked = 0;
    /* the copy's lambdas and nested defs are new nodes: a function of its
     * own analyses its scopes again (a nested one keeps its outer's), and
     * its env record is its own (the real one must not grow fields) */
    if (!fn->is_nested)
        tmp->scope = NULL;
    tmp->env_cls = NULL;
    tmp->env_local = -1;
    Type *hint = c->hint;
    bool callee = c->callee, sfa = c->self_field_access;
    int mark = diag_count(c->diag);
    c->discovering++;
    chk_function(c, tmp);
    c->discovering--;
    diag_rollback(c->diag, mark);
    c->hint = hint;
    c->callee = callee;
    c->self_field_access = sfa;
    return tmp;
}

/* ------------------------------------------------------------- locals */

static bool stmts_have_partial(const AstList *body);

/* `name = lambda a, b: ...`: a lambda that only a call can type. */
static bool untyped_lambda(const Ast *s)
{
    const Ast *v = s->u.assign.value;
    if (s->u.assign.targets.n != 1 || s->u.assign.targets.items[0]->kind != AST_NAME ||
        v->kind != AST_LAMBDA || v->u.func.params.n == 0)
        return false;
    for (int i = 0; i < v->u.func.params.n; i++) {
        const Ast *p = v->u.func.params.items[i];
        if (p->u.param.default_value || p->u.param.star)
            return false;
    }
    return true;
}

/* `a, b = [], {}`: names given displays item by item, one of them a
 * partial. */
bool chk_parallel_partial(const Ast *s)
{
    const Ast *t = s->u.assign.targets.n == 1 ? s->u.assign.targets.items[0] : NULL;
    const Ast *v = s->u.assign.value;
    if (!t || (t->kind != AST_TUPLE && t->kind != AST_LIST) || v->kind != AST_TUPLE ||
        t->u.seq.items.n != v->u.seq.items.n)
        return false;
    bool partial = false;
    for (int i = 0; i < t->u.seq.items.n; i++) {
        if (t->u.seq.items.items[i]->kind != AST_NAME)
            return false;
        partial |= chk_partial_kind(v->u.seq.items.items[i]) != PART_NO;
    }
    return partial;
}

static bool stmt_has_partial(const Ast *s)
{
    switch (s->kind) {
    case AST_ASSIGN:
        if (untyped_lambda(s) || chk_parallel_partial(s))
            return true;
        if (chk_partial_kind(s->u.assign.value) == PART_NO)
            return false;
        for (int i = 0; i < s->u.assign.targets.n; i++)
            if (s->u.assign.targets.items[i]->kind == AST_NAME)
                return true;
        return false;
    case AST_IF:
        return stmts_have_partial(&s->u.if_.body) || stmts_have_partial(&s->u.if_.orelse);
    case AST_WHILE: case AST_FOR:
        return stmts_have_partial(&s->u.loop.body) || stmts_have_partial(&s->u.loop.orelse);
    case AST_WITH:
        return stmts_have_partial(&s->u.with.body);
    case AST_TRY:
        if (stmts_have_partial(&s->u.try_.body) || stmts_have_partial(&s->u.try_.orelse) ||
            stmts_have_partial(&s->u.try_.finalbody))
            return true;
        for (int i = 0; i < s->u.try_.handlers.n; i++)
            if (stmts_have_partial(&s->u.try_.handlers.items[i]->u.handler.body))
                return true;
        return false;
    default:
        return false;
    }
}

static bool stmts_have_partial(const AstList *body)
{
    for (int i = 0; i < body->n; i++)
        if (stmt_has_partial(body->items[i]))
            return true;
    return false;
}

void chk_infer_locals(Checker *c, FuncInfo *fn)
{
    if (c->discovering || fn->extern_name || fn->is_module_init ||
        !stmts_have_partial(&fn->def->u.func.body))
        return;
    FuncInfo *tmp = discover(c, fn);
    for (int i = 0; i < tmp->nlocals; i++) {
        Local *d = &tmp->locals[i];
        if (!d->inferred || !d->type || d->type->kind == TY_ERROR)
            continue;
        Sym *s = symtab_get(c->locals, d->name);
        if (s && s->kind == SYM_LOCAL && !fn->locals[s->index].type)
            fn->locals[s->index].type = d->type;
    }
}

static void complete_local(Checker *c, Local *l, Type *t)
{
    if (!t || ty_has_error(t) || !fits_kind(t, l->partial))
        return;
    l->type = completed(c, l->partial, t);
    l->inferred = 1;
}

/* In a discovery check, `v = lambda i: ...` with v an untyped local:
 * the lambda waits for its first call (chk_partial_lambda_call). */
bool chk_partial_lambda_assign(Checker *c, Ast *s)
{
    if (!c->discovering || !untyped_lambda(s))
        return false;
    Ast *t = s->u.assign.targets.items[0];
    Sym *sym = c->locals ? symtab_get(c->locals, t->u.name.id) : NULL;
    if (!sym || sym->kind != SYM_LOCAL)
        return false;
    Local *l = &c->fn->locals[sym->index];
    if (l->type || l->is_param || (l->partial != PART_NO && l->partial != PART_LAMBDA))
        return false;
    l->partial = PART_LAMBDA;
    l->lambda = s->u.assign.value;
    t->u.name.sym = sym;
    t->ty = TT(ERROR);
    flow_assign_local(c, sym->index);
    return true;
}

/* In a discovery check, a call v(a, b) of a local still waiting for its
 * lambda's type: the lambda is checked with the arguments' types. */
void chk_partial_lambda_call(Checker *c, Ast *call)
{
    Ast *f = call->u.call.func;
    Sym *sym = c->discovering && f->kind == AST_NAME && c->locals
               ? symtab_get(c->locals, f->u.name.id) : NULL;
    if (!sym || sym->kind != SYM_LOCAL)
        return;
    Local *l = &c->fn->locals[sym->index];
    AstList *args = &call->u.call.args;
    if (l->type || l->partial != PART_LAMBDA || args->n != l->lambda->u.func.params.n)
        return;
    Type **types = arena_alloc(c->arena, (size_t)args->n * sizeof *types);
    for (int i = 0; i < args->n; i++) {
        if (args->items[i]->kind == AST_KEYWORD || args->items[i]->kind == AST_STARRED)
            return;
        args->items[i] = chk_expr(c, args->items[i]);
        types[i] = args->items[i]->ty;
        if (ty_has_error(types[i]) || types[i]->kind == TY_NONE)
            return;
    }
    Ast *v = chk_lambda_typed(c, l->lambda, types, args->n, NULL);
    complete_local(c, l, v->ty);
}

bool chk_partial_assign_name(Checker *c, Ast *t, Local *l, Type *got, Ast **value)
{
    if (!c->discovering || l->type || l->is_param)
        return false;
    int k = value ? chk_partial_kind(*value) : PART_NO;
    if (l->partial == PART_NO) {
        if (k == PART_NO)
            return false;
        l->partial = k;      /* typed by a later use */
    } else if (k == PART_NO || (k == PART_NONE) != (l->partial == PART_NONE)) {
        complete_local(c, l, got);
        if (!l->type)
            l->type = TT(ERROR);
        return false;        /* now an ordinary assignment */
    }
    t->ty = TT(ERROR);
    return true;
}

Type *chk_partial_read_local(Checker *c, Local *l)
{
    if (!c->discovering || l->type || l->partial == PART_NO)
        return NULL;
    if (c->hint)
        complete_local(c, l, c->hint);
    return l->type ? l->type : TT(ERROR);
}

/* Module code (chk_module_code): its discovery check types the globals as
 * the real check will, so they are saved before and put back after; what
 * it learnt of the partial ones stays as their `inferred` type. */
GlobalVar *chk_globals_save(Checker *c, ModuleInfo *m)
{
    if (!stmts_have_partial(&m->ast->u.module.body))
        return NULL;
    size_t size = (size_t)m->nglobals * sizeof *m->globals;
    GlobalVar *saved = arena_alloc(c->arena, size + 1);
    memcpy(saved, m->globals, size);
    return saved;
}

void chk_globals_learn(Checker *c, ModuleInfo *m, const GlobalVar *saved, int n)
{
    (void)c;
    for (int i = 0; i < n; i++) {
        GlobalVar *g = &m->globals[i];
        Type *t = g->partial != PART_NO && !saved[i].type ? g->type : NULL;
        m->globals[i] = saved[i];
        if (t && !ty_has_error(t))
            m->globals[i].inferred = t;
    }
}

/* A global of the module whose code is being discovered, first given an
 * empty container or None (as chk_partial_assign_name for locals). */
static bool discovering_module(Checker *c, const Sym *s)
{
    return c->discovering && c->fn && c->fn->is_module_init && s->module == c->fn->module;
}

static void complete_global(Checker *c, GlobalVar *g, Type *t)
{
    if (t && !ty_has_error(t) && fits_kind(t, g->partial))
        g->type = completed(c, g->partial, t);
}

bool chk_partial_assign_global(Checker *c, Ast *t, Sym *s, Type *got, Ast **value)
{
    GlobalVar *g = &s->module->globals[s->index];
    if (!discovering_module(c, s) || g->type)
        return false;
    int k = value ? chk_partial_kind(*value) : PART_NO;
    if (g->partial == PART_NO) {
        if (k == PART_NO)
            return false;
        g->partial = k;
    } else if (k == PART_NO || (k == PART_NONE) != (g->partial == PART_NONE)) {
        complete_global(c, g, got);
        if (!g->type)
            g->type = TT(ERROR);
        return false;
    }
    t->ty = TT(ERROR);
    return true;
}

Type *chk_partial_read_global(Checker *c, Sym *s)
{
    GlobalVar *g = &s->module->globals[s->index];
    if (!discovering_module(c, s) || g->type || g->partial == PART_NO)
        return NULL;
    if (c->hint)
        complete_global(c, g, c->hint);
    return g->type ? g->type : TT(ERROR);
}

/* A nested function's or lambda's uses count for its enclosing function's
 * variables: `seen = []` then `def add(x: int) -> None: seen.append(x)`. */
static Local *free_partial(Checker *c, const char *name)
{
    Local *l = c->discovering ? chk_free_local(c, name) : NULL;
    return l && !l->type && l->partial != PART_NO ? l : NULL;
}

Type *chk_partial_read_free(Checker *c, const char *name)
{
    Local *l = free_partial(c, name);
    if (!l)
        return NULL;
    if (c->hint)
        complete_local(c, l, c->hint);
    return l->type ? l->type : TT(ERROR);
}

/* ------------------------------------------------------------- fields */

static Field *canonical(Field *f)
{
    return &f->owner->fields[f->index];
}

/* The type reads see while f's class is inferred: the first type
 * assigned so far, or NULL. */
static Type *provisional(Checker *c, Field *f)
{
    if (!f->cand)
        return NULL;
    return f->saw_none ? completed(c, PART_NONE, f->cand) : f->cand;
}

static void complete_field(Checker *c, Field *f, Type *t)
{
    (void)c;
    if (f->cand || !t || ty_has_error(t) || t->kind == TY_NONE)
        return;
    if (f->partial != PART_NO && f->partial != PART_NONE && !fits_kind(t, f->partial))
        return;
    f->cand = t;
}

bool chk_partial_assign_field(Checker *c, Ast *t, Field *f, Type *got, Ast **value)
{
    f = canonical(f);
    if (!f->pending)
        return false;
    int k = value ? chk_partial_kind(*value) : PART_NO;
    if (k == PART_NONE)
        f->saw_none = 1;
    else if (k != PART_NO) {
        if (f->partial == PART_NO)
            f->partial = k;
    } else {
        complete_field(c, f, got);
        f->saw_error |= got && ty_has_error(got);
    }
    Type *p = provisional(c, f);
    t->ty = p ? p : TT(ERROR);
    return true;
}

Type *chk_partial_read_field(Checker *c, Field *f)
{
    f = canonical(f);
    if (!f->pending)
        return f->type;
    if (!f->cand && c->hint && f->partial != PART_NO && f->partial != PART_NONE)
        complete_field(c, f, c->hint);
    Type *p = provisional(c, f);
    return p ? p : TT(ERROR);
}

/* ------------------------------------------------- completing by a use */

/* The partial local or pending field an unchecked receiver names (a
 * variable, or NAME.f), or neither. */
typedef struct Slot {
    Local *local;
    Field *field;
    GlobalVar *global;
    int kind;
} Slot;

static Slot slot_of(Checker *c, Ast *e)
{
    Slot s = { 0 };
    if (e->kind == AST_NAME) {
        Sym *sym = chk_lookup_name(c, e->u.name.id);
        Local *free = (!sym || sym->kind != SYM_LOCAL) ? free_partial(c, e->u.name.id) : NULL;
        if (free) {
            s.local = free;
            s.kind = free->partial;
        } else if (sym && sym->kind == SYM_LOCAL && c->fn) {
            Local *l = &c->fn->locals[sym->index];
            if (!l->type && l->partial != PART_NO) {
                s.local = l;
                s.kind = l->partial;
            }
        } else if (sym && sym->kind == SYM_GLOBAL && discovering_module(c, sym)) {
            GlobalVar *g = &sym->module->globals[sym->index];
            if (!g->type && g->partial != PART_NO) {
                s.global = g;
                s.kind = g->partial;
            }
        }
        return s;
    }
    if (e->kind == AST_ATTR && e->u.attr.obj->kind == AST_NAME) {
        Sym *sym = chk_lookup_name(c, e->u.attr.obj->u.name.id);
        Type *ot = sym && sym->kind == SYM_LOCAL && c->fn ? c->fn->locals[sym->index].type : NULL;
        ClassInfo *cls = ot && ot->kind == TY_CLASS ? ot->cls : NULL;
        Field *f = cls ? chk_find_field(cls, e->u.attr.attr) : NULL;
        if (f && canonical(f)->pending && !canonical(f)->cand) {
            s.field = canonical(f);
            s.kind = s.field->partial;
        }
    }
    return s;
}

static void complete_slot(Checker *c, Slot s, Type *t)
{
    if (ty_has_error(t))
        return;           /* poison inside: nothing learnt */
    if (s.local)
        complete_local(c, s.local, t);
    else if (s.field)
        complete_field(c, s.field, t);
    else if (s.global)
        complete_global(c, s.global, t);
}

/* The checked type of argument i of call (positional), or NULL. */
static Type *arg_type(Checker *c, Ast *call, int i)
{
    if (i >= chk_npositional(call))
        return NULL;
    Ast **a = &call->u.call.args.items[i];
    *a = chk_expr(c, *a);
    return (*a)->ty->kind == TY_ERROR ? NULL : (*a)->ty;
}

void chk_partial_call(Checker *c, Ast *call)
{
    Ast *f = call->u.call.func;
    if (!c->discovering || f->kind != AST_ATTR)
        return;
    Slot s = slot_of(c, f->u.attr.obj);
    if (s.kind == PART_NO || s.kind == PART_NONE)
        return;
    const char *m = f->u.attr.attr;
    Type *t = NULL, *a;
    if (s.kind == PART_LIST && strcmp(m, "append") == 0 && (a = arg_type(c, call, 0)))
        t = ty_list(c->tt, a);
    else if (s.kind == PART_LIST && strcmp(m, "insert") == 0 && (a = arg_type(c, call, 1)))
        t = ty_list(c->tt, a);
    else if (s.kind == PART_SET && strcmp(m, "add") == 0 && (a = arg_type(c, call, 0)))
        t = ty_set(c->tt, a);
    else if ((strcmp(m, "extend") == 0 || strcmp(m, "update") == 0) && (a = arg_type(c, call, 0)))
        t = a;
    else if (s.kind == PART_DICT && strcmp(m, "setdefault") == 0 && (a = arg_type(c, call, 0))) {
        Type *v = arg_type(c, call, 1);
        t = v ? ty_dict(c->tt, a, v) : NULL;
    }
    if (t && (t->kind != TY_DICT || chk_key_type_ok(t->key)) &&
        ((t->kind != TY_SET) || chk_key_type_ok(t->elem)))
        complete_slot(c, s, t);
}

void chk_partial_store(Checker *c, Ast *sub, Type *value)
{
    if (!c->discovering || !value || value->kind == TY_ERROR || value->kind == TY_NONE ||
        sub->u.sub.index->kind == AST_SLICE)
        return;
    Slot s = slot_of(c, sub->u.sub.obj);
    if (s.kind != PART_DICT)
        return;
    Ast *k = sub->u.sub.index = chk_expr(c, sub->u.sub.index);
    if (k->ty->kind != TY_ERROR && k->ty->kind != TY_NONE && chk_key_type_ok(k->ty))
        complete_slot(c, s, ty_dict(c->tt, k->ty, value));
}

void chk_partial_augassign(Checker *c, Ast *s)
{
    if (!c->discovering || (s->u.augassign.op != OP_ADD && s->u.augassign.op != OP_BITOR))
        return;
    Slot sl = slot_of(c, s->u.augassign.target);
    if (sl.kind != PART_LIST && sl.kind != PART_SET)
        return;
    Ast *v = s->u.augassign.value = chk_expr(c, s->u.augassign.value);
    complete_slot(c, sl, v->ty);
}

/* ------------------------------------------------------ declaring fields */

typedef struct Scan {
    Checker *c;
    ClassInfo *cls;
    const char *self;
    bool in_init;           /* scanning __init__ */
} Scan;

static void push_field(Checker *c, ClassInfo *cls, Field f)
{
    Field *nf = arena_alloc(c->arena, (size_t)(cls->nfields + 1) * sizeof *nf);
    if (cls->nfields)
        memcpy(nf, cls->fields, (size_t)cls->nfields * sizeof *nf);
    f.index = cls->nfields;
    nf[cls->nfields++] = f;
    cls->fields = nf;
}

/* A field first assigned outside __init__ may be read before any method
 * assigned it: CPython raises AttributeError then.  A hidden bool field
 * ("$set_f", no Python name can reach it) records the assignment. */
static void add_set_flag(Checker *c, ClassInfo *cls, Field *f)
{
    Field g = { .name = chk_fmt(c, "$set_%s", f->name), .type = ty_prim(c->tt, TY_BOOL),
                .owner = cls, .loc = f->loc };
    f->set_flag = cls->nfields + 1;
    push_field(c, cls, g);
}

static void add_inferred(Scan *sc, Ast *attr, Ast *annotation)
{
    Checker *c = sc->c;
    ClassInfo *cls = sc->cls;
    const char *name = attr->u.attr.attr;
    if (chk_find_field(cls, name))
        return;             /* declared in the body, a base, or earlier */
    FuncInfo *prop = chk_find_method(cls, name);
    if (prop && prop->is_property)
        return;             /* self.p = v calls the property's setter */
    ClassInfo *owner;
    if (chk_find_const(cls, name, &owner) >= 0)
        return;             /* a class attribute: check_target.c says it */
    if (chk_find_method(cls, name)) {
        chk_error(c, attr->u.attr.attr_loc, "'%s' is already a method of '%s'; a field cannot "
                  "have the same name", name, cls->name);
        return;
    }
    Field f = { .name = name, .owner = cls, .loc = attr->u.attr.attr_loc };
    f.inferred = 1;
    f.immutable = 1;
    if (annotation)
        f.type = chk_annotation(c, annotation, false);
    else {
        f.pending = 1;
        cls->infer_state = INFER_PENDING;
    }
    int at = cls->nfields;
    push_field(c, cls, f);
    if (!sc->in_init)
        add_set_flag(c, cls, &cls->fields[at]);
}

static void scan_target(Scan *sc, Ast *t, Ast *annotation)
{
    if (!t)
        return;
    if (t->kind == AST_ATTR && t->u.attr.obj->kind == AST_NAME &&
        strcmp(t->u.attr.obj->u.name.id, sc->self) == 0)
        add_inferred(sc, t, annotation);
    else if (t->kind == AST_TUPLE || t->kind == AST_LIST)
        for (int i = 0; i < t->u.seq.items.n; i++)
            scan_target(sc, t->u.seq.items.items[i], NULL);
    else if (t->kind == AST_STARRED)
        scan_target(sc, t->u.unary.operand, NULL);
}

static void scan_body(Scan *sc, AstList *body);

static void scan_stmt(Scan *sc, Ast *s)
{
    switch (s->kind) {
    case AST_ASSIGN:
        for (int i = 0; i < s->u.assign.targets.n; i++)
            scan_target(sc, s->u.assign.targets.items[i], NULL);
        break;
    case AST_ANNASSIGN: scan_target(sc, s->u.annassign.target, s->u.annassign.annotation); break;
    case AST_IF: scan_body(sc, &s->u.if_.body); scan_body(sc, &s->u.if_.orelse); break;
    case AST_FOR:
        scan_target(sc, s->u.loop.target, NULL);
        /* fallthrough */
    case AST_WHILE: scan_body(sc, &s->u.loop.body); scan_body(sc, &s->u.loop.orelse); break;
    case AST_WITH: scan_body(sc, &s->u.with.body); break;
    case AST_TRY:
        scan_body(sc, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.n; i++)
            scan_body(sc, &s->u.try_.handlers.items[i]->u.handler.body);
        scan_body(sc, &s->u.try_.orelse);
        scan_body(sc, &s->u.try_.finalbody);
        break;
    default:
        break;
    }
}

static void scan_body(Scan *sc, AstList *body)
{
    for (int i = 0; i < body->n; i++)
        scan_stmt(sc, body->items[i]);
}

/* m's first statement is super().m(...). */
static bool calls_super_first(FuncInfo *m)
{
    AstList *body = &m->def->u.func.body;
    Ast *s = body->n ? body->items[0] : NULL;
    if (!s || s->kind != AST_EXPR_STMT || s->u.expr_stmt.value->kind != AST_CALL)
        return false;
    Ast *f = s->u.expr_stmt.value->u.call.func;
    return f->kind == AST_ATTR && f->u.attr.obj->kind == AST_CALL &&
           f->u.attr.obj->u.call.func->kind == AST_NAME &&
           strcmp(f->u.attr.obj->u.call.func->u.name.id, "super") == 0 &&
           strcmp(f->u.attr.attr, m->name) == 0;
}

static const char *self_name(FuncInfo *m)
{
    AstList *ps = &m->def->u.func.params;
    if (m->is_static || ps->n == 0)
        return NULL;
    return ps->items[0]->u.param.name;
}

static void scan_method(Checker *c, ClassInfo *cls, FuncInfo *m)
{
    const char *self = self_name(m);
    if (!self)
        return;
    Scan sc = { c, cls, self, m->is_init };
    scan_body(&sc, &m->def->u.func.body);
}

/* `self.m(...)` as a statement: the method m of cls it calls, or NULL. */
static FuncInfo *self_call(ClassInfo *cls, const char *self, Ast *s)
{
    if (s->kind != AST_EXPR_STMT || s->u.expr_stmt.value->kind != AST_CALL)
        return NULL;
    Ast *f = s->u.expr_stmt.value->u.call.func;
    if (f->kind != AST_ATTR || f->u.attr.obj->kind != AST_NAME ||
        strcmp(f->u.attr.obj->u.name.id, self) != 0)
        return NULL;
    for (int i = 0; i < cls->nmethods; i++)
        if (strcmp(cls->methods[i]->name, f->u.attr.attr) == 0 && !cls->methods[i]->is_static &&
            !cls->methods[i]->is_init)
            return cls->methods[i];
    return NULL;
}

/* The fields m's top level assigns through self before anything can
 * leave it early: what a call of m from __init__ surely assigns. */
static void credit(Checker *c, ClassInfo *cls, FuncInfo *m)
{
    const char *self = self_name(m);
    AstList *body = &m->def->u.func.body;
    if (m->credits || !self)
        return;
    m->credits = arena_alloc(c->arena, sizeof *m->credits);   /* marks it done */
    int cap = 0;
    for (int i = 0; i < body->n; i++) {
        Ast *s = body->items[i];
        if (s->kind == AST_RETURN || s->kind == AST_RAISE)
            break;
        if (s->kind != AST_ASSIGN && s->kind != AST_ANNASSIGN)
            continue;
        Ast **ts = s->kind == AST_ASSIGN ? s->u.assign.targets.items : &s->u.annassign.target;
        int n = s->kind == AST_ASSIGN ? s->u.assign.targets.n : 1;
        for (int k = 0; k < n; k++)
            if (ts[k]->kind == AST_ATTR && ts[k]->u.attr.obj->kind == AST_NAME &&
                strcmp(ts[k]->u.attr.obj->u.name.id, self) == 0)
                VEC_PUSH(c->arena, m->credits, m->ncredits, cap, ts[k]->u.attr.attr);
    }
    (void)cls;
}

/* __init__ calling self.reset() at its top level assigns what reset's
 * top level assigns: those fields are declared as if __init__ assigned
 * them (no set flag), and the check of __init__ counts them assigned at
 * the call (chk_init_credit). */
static void scan_init_calls(Checker *c, ClassInfo *cls, FuncInfo *init)
{
    const char *self = self_name(init);
    AstList *body = &init->def->u.func.body;
    for (int i = 0; self && i < body->n; i++) {
        FuncInfo *m = self_call(cls, self, body->items[i]);
        if (!m)
            continue;
        credit(c, cls, m);
        Scan sc = { c, cls, self_name(m), true };
        AstList *mb = &m->def->u.func.body;
        for (int k = 0; k < mb->n; k++) {
            Ast *s = mb->items[k];
            if (s->kind == AST_RETURN || s->kind == AST_RAISE)
                break;
            if (s->kind == AST_ASSIGN || s->kind == AST_ANNASSIGN)
                scan_stmt(&sc, s);
        }
    }
}

void chk_scan_fields(Checker *c, ClassInfo *cls)
{
    if (cls->is_builtin)
        return;             /* the prelude declares its fields */
    FuncInfo *init = NULL;
    for (int i = 0; i < cls->nmethods; i++)
        if (cls->methods[i]->is_init)
            init = cls->methods[i];
    if (init) {
        scan_method(c, cls, init);
        scan_init_calls(c, cls, init);
    }
    for (int i = 0; i < cls->nmethods; i++)
        if (cls->methods[i] != init)
            scan_method(c, cls, cls->methods[i]);
}

/* A method whose top level assigns fields for __init__ (FuncInfo.credits)
 * must keep assigning them when a subclass overrides it, or those fields
 * could be read before any assignment. */
static void check_override_credits(Checker *c, ClassInfo *cls)
{
    for (int i = 0; i < cls->nmethods; i++) {
        FuncInfo *m = cls->methods[i];
        FuncInfo *base = m->overrides;
        while (base && !base->ncredits)
            base = base->overrides;
        if (!base)
            continue;
        credit(c, cls, m);
        for (int k = 0; k < base->ncredits; k++) {
            bool found = false;
            for (int j = 0; j < m->ncredits && !found; j++)
                found = strcmp(m->credits[j], base->credits[k]) == 0;
            if (!found && !calls_super_first(m)) {
                chk_error(c, m->def->loc, "'%s' overrides '%s', which '__init__' calls to "
                          "assign field '%s': assign it at the top of '%s' too, or call "
                          "super().%s(...) first", m->qualname, base->qualname, base->credits[k],
                          m->name, m->name);
                break;
            }
        }
    }
}

void chk_check_credits(Checker *c)
{
    for (int i = 0; i < c->prog->nclasses; i++)
        if (!c->prog->classes[i]->is_builtin)
            check_override_credits(c, c->prog->classes[i]);
}

/* ------------------------------------------------------ inferring fields */

/* The type of f, now final, reaches every subclass's copy of it. */
static void publish(ClassInfo *cls, const Field *f)
{
    for (int i = 0; i < cls->nsubclasses; i++) {
        ClassInfo *sub = cls->subclasses[i];
        if (f->index < sub->nfields) {
            Field *g = &sub->fields[f->index];
            g->type = f->type;
            g->pending = 0;
        }
        publish(sub, f);
    }
}

static const char *annotation_hint(Checker *c, Field *f)
{
    switch (f->partial) {
    case PART_LIST: return chk_fmt(c, "self.%s: list[T] = []", f->name);
    case PART_DICT: return chk_fmt(c, "self.%s: dict[K, V] = {}", f->name);
    case PART_SET: return chk_fmt(c, "self.%s: set[T] = set()", f->name);
    default:
        return f->saw_none ? chk_fmt(c, "self.%s: T | None = None", f->name)
                           : chk_fmt(c, "self.%s: T = ...", f->name);
    }
}

static void finish_field(Checker *c, Field *f)
{
    Type *t = provisional(c, f);
    if (!t && f->saw_error) {
        t = TT(ERROR);              /* its value's error was reported */
    } else if (!t) {
        const char *from = f->partial == PART_LIST ? "an empty list"
                           : f->partial == PART_DICT ? "an empty dict"
                           : f->partial == PART_SET ? "an empty set"
                           : f->saw_none ? "None" : NULL;
        if (from)
            chk_error(c, f->loc, "cannot infer the type of field '%s' from %s (nothing in the "
                      "methods of '%s' gives it a value of a known type); annotate it where it "
                      "is first assigned: %s", f->name, from, f->owner->name,
                      annotation_hint(c, f));
        else
            chk_error(c, f->loc, "cannot infer the type of field '%s'; annotate it where it is "
                      "first assigned: %s", f->name, annotation_hint(c, f));
        t = TT(ERROR);
    } else if (t->kind == TY_OPTIONAL && !ty_is_ref(t->elem)) {
        t = chk_make_optional(c, t->elem, f->loc);    /* reports value types for now */
    }
    f->type = t;
    f->pending = 0;
    f->cand = NULL;
    publish(f->owner, f);
}

static void infer_class(Checker *c, ClassInfo *cls)
{
    cls->infer_state = INFER_RUNNING;
    FuncInfo *init = chk_find_method(cls, "__init__");
    if (init && init->cls != cls)
        init = NULL;
    if (init)
        discover(c, init);
    for (int i = 0; i < cls->nmethods; i++)
        if (cls->methods[i] != init && !cls->methods[i]->is_static)
            discover(c, cls->methods[i]);
    ModuleInfo *saved = c->mod;
    c->mod = cls->module;
    for (int i = 0; i < cls->nfields; i++)
        if (cls->fields[i].owner == cls && cls->fields[i].pending)
            finish_field(c, &cls->fields[i]);
    c->mod = saved;
    cls->infer_state = INFER_NONE;
}

Type *chk_field_type(Checker *c, Field *f)
{
    Field *o = canonical(f);
    if (!o->pending)
        return o->type ? o->type : f->type;
    if (o->owner->infer_state == INFER_PENDING)
        infer_class(c, o->owner);
    return o->pending ? provisional(c, o) : o->type;
}

void chk_infer_all_fields(Checker *c)
{
    c->fields_inferred = true;
    for (int i = 0; i < c->prog->nclasses && !diag_too_many(c->diag); i++)
        if (c->prog->classes[i]->infer_state == INFER_PENDING)
            infer_class(c, c->prog->classes[i]);
}

/* An instance of a user generic class made while bodies are checked:
 * its fields are inferred now, before any of its methods is checked (a
 * discovery check copies a method's unchecked body). */
void chk_infer_instance_fields(Checker *c, ClassInfo *cls)
{
    if (c->fields_inferred && cls->infer_state == INFER_PENDING)
        infer_class(c, cls);
}
