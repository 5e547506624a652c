/* check_expr.c - expressions: names, attributes, subscripts, operators,
 * displays, comprehensions, f-strings; narrowing; assignment targets. */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

static Ast *set_err(Checker *c, Ast *e)
{
    e->ty = TT(ERROR);
    return e;
}

static bool is_err(const Type *t)
{
    return t->kind == TY_ERROR;
}

/* The expressions through which rtrans.intmask's wrapping reaches the
 * operands: the operations that commute with reducing modulo 2**64. */
static bool wraps_through(const Ast *e)
{
    switch (e->kind) {
    case AST_INT: case AST_CONVERT: case AST_NAME:
        return true;
    case AST_UNARY:
        return e->u.unary.op == OP_NEG || e->u.unary.op == OP_POS || e->u.unary.op == OP_INVERT;
    case AST_BINARY:
        switch (e->u.binary.op) {
        case OP_ADD: case OP_SUB: case OP_MUL: case OP_LSHIFT:
        case OP_BITAND: case OP_BITOR: case OP_BITXOR:
            return true;
        default:
            return false;
        }
    default:
        return false;
    }
}

/* ------------------------------------------------------------ helpers */

Ast *chk_method_call(Checker *c, Ast *recv, FuncInfo *m, Ast **args, int nargs, Loc loc)
{
    Ast *call = chk_synth(c, AST_CALL, loc, m->ret);
    call->u.call.res = RES_METHOD;
    call->u.call.target = m;
    call->u.call.recv = recv;
    for (int i = 0; i < nargs; i++) {
        Type *pt = i + 1 < m->nparams ? m->params[i + 1].type : NULL;
        Ast *a = pt ? chk_coerce(c, args[i], pt) : NULL;
        ast_list_push(c->arena, &call->u.call.bound, a ? a : args[i]);
    }
    for (int i = nargs + 1; i < m->nparams; i++)
        ast_list_push(c->arena, &call->u.call.bound, chk_default_arg(c, &m->params[i]));
    chk_use_func(c, m);
    return call;
}

static FuncInfo *method_of(Checker *c, Type *t, const char *name)
{
    ClassInfo *cls = chk_class_of(c, t);
    return cls ? chk_find_method(cls, name) : NULL;
}

static Ast *builtin_call(Checker *c, int id, Ast **args, int n, Type *ty, Loc loc)
{
    Ast *call = chk_synth(c, AST_CALL, loc, ty);
    call->u.call.res = RES_BUILTIN;
    call->u.call.builtin = id;
    for (int i = 0; i < n; i++)
        ast_list_push(c->arena, &call->u.call.bound, args[i]);
    return call;
}

/* Whether str(t) (repr(t) when repr) prints what CPython prints.  An
 * object's string comes from its class or a base: a subclass's method
 * does not help a base-typed value, which may be a plain base object.
 * Containers, tuples and dict keys show their items with repr, so an
 * item class needs __repr__; without it CPython shows an address. */
static bool printable_as(Checker *c, Type *t, bool repr, Loc loc, bool report)
{
    bool ok = true;
    switch (t->kind) {
    case TY_ERROR: case TY_NONE: case TY_BOOL: case TY_INT: case TY_FLOAT: case TY_STR:
        return true;
    case TY_OPTIONAL:
        return printable_as(c, t->elem, repr, loc, report);
    case TY_UNION:
        for (int i = 0; i < t->nitems && ok; i++)
            ok = printable_as(c, t->items[i], repr, loc, report);
        return ok;
    case TY_LIST: case TY_SET:
        return printable_as(c, t->elem, true, loc, report);
    case TY_DICT:
        return printable_as(c, t->key, true, loc, report) &&
               printable_as(c, t->val, true, loc, report);
    case TY_TUPLE:
        for (int i = 0; i < t->nitems && ok; i++)
            ok = printable_as(c, t->items[i], true, loc, report);
        return ok;
    case TY_CLASS:
        if (method_of(c, t, "__repr__") || (!repr && method_of(c, t, "__str__")))
            return true;
        if (!t->cls->is_builtin && chk_str_somewhere(t->cls, repr))
            return true;     /* a plain object of it shows object's repr */
        break;
    case TY_CALLABLE: case TY_ITER:
        if (report)
            chk_error(c, loc, "'%s' cannot be converted to a string: CPython would print the %s's "
                      "address", chk_tyname(c, t), t->kind == TY_ITER ? "iterator" : "function");
        return false;
    default:
        break;
    }
    if (report && t->kind == TY_CLASS && t->cls->dataclass && t->cls->dataclass->unshown)
        chk_error(c, loc, "'%s' cannot be converted to a string: its dataclass repr would show "
                  "field '%s' by its address in CPython; define __repr__ (or field(repr=False))",
                  chk_tyname(c, t), t->cls->dataclass->unshown);
    else if (report && t->kind == TY_CLASS && method_of(c, t, "__str__"))
        chk_error(c, loc, "'%s' cannot be shown with repr() (as containers show their items): "
                  "it has no __repr__, and CPython would print its address", chk_tyname(c, t));
    else if (report)
        chk_error(c, loc, "'%s' cannot be converted to a string: it has no __str__ or __repr__%s",
                  chk_tyname(c, t), t->kind == TY_CLASS && t->cls->nsubclasses
                  ? ", nor has any subclass" : "");
    return false;
}

bool chk_printable(Checker *c, Type *t, Loc loc, bool report)
{
    return printable_as(c, t, false, loc, report);
}

bool chk_reprable(Checker *c, Type *t, Loc loc, bool report)
{
    return printable_as(c, t, true, loc, report);
}

/* Instantiates what printing t needs (repr of elements). */
void chk_use_repr(Checker *c, Type *t)
{
    if (chk_is_instance_type(t) && (!chk_str_uniform(t->cls, false) ||
                                     !chk_str_uniform(t->cls, true)))
        chk_use_str_methods(c, t->cls);     /* the vtable slot may reach any */
    switch (t->kind) {
    case TY_LIST: case TY_SET: case TY_OPTIONAL: chk_use_repr(c, t->elem); break;
    case TY_DICT: chk_use_repr(c, t->key); chk_use_repr(c, t->val); break;
    case TY_TUPLE: case TY_UNION:
        for (int i = 0; i < t->nitems; i++)
            chk_use_repr(c, t->items[i]);
        return;
    default: break;
    }
    FuncInfo *m = method_of(c, t, "__repr__");
    if (!m)
        m = method_of(c, t, "__str__");
    chk_use_func(c, m);
}

/* Prelude code may show an object without __repr__/__str__ (a container
 * reports a missing key): _object_repr("mod.C", identity_hash(e)). */
Ast *chk_object_repr(Checker *c, Ast *e)
{
    ClassInfo *cls = e->ty->cls;
    Ast *name = chk_synth(c, AST_STR, e->loc, TT(STR));
    name->u.str.s = chk_fmt(c, "%s.%s", cls->module->is_main ? "__main__" : cls->module->name,
                            cls->name);
    name->u.str.len = strlen(name->u.str.s);
    Ast *args[2] = { name, builtin_call(c, BI_RT_IDENTITY_HASH, &e, 1, TT(INT), e->loc) };
    return chk_prelude_call(c, "_object_repr", args, 2, e->loc);
}

/* A dataclass field's repr of a union: a class member without a string
 * method shows object's repr (lower_union.c calls _object_repr). */
Ast *chk_union_field_repr(Checker *c, Ast *e)
{
    Type *u = ty_strip_optional(e->ty);
    for (int i = 0; i < u->nitems; i++)
        if (u->items[i]->kind == TY_CLASS && !chk_reprable(c, u->items[i], e->loc, false))
            chk_use_func(c, chk_prelude_sym(c, "_object_repr")->func);
    chk_use_repr(c, e->ty);
    return builtin_call(c, BI_REPR, &e, 1, TT(STR), e->loc);
}

Ast *chk_to_str(Checker *c, Ast *e, bool repr)
{
    Type *t = e->ty;
    if (t->kind == TY_CLASS && c->mod == c->prelude && !printable_as(c, t, repr, e->loc, false))
        return chk_object_repr(c, e);
    if (is_err(t))
        return e;
    if (!printable_as(c, t, repr, e->loc, true)) {
        e->ty = TT(ERROR);      /* reported: no second report by an outer conversion */
        return e;
    }
    if (t->kind == TY_STR && !repr)
        return e;
    if (t->kind == TY_CLASS) {
        /* The lowering picks the method on the dynamic class (lower_special.c). */
        chk_use_repr(c, t);
        return builtin_call(c, repr ? BI_REPR : BI_STR, &e, 1, TT(STR), e->loc);
    }
    FuncInfo *m = NULL;
    if (!repr)
        m = method_of(c, t, "__str__");
    if (!m)
        m = method_of(c, t, "__repr__");
    if (!m && t->kind == TY_CLASS)
        m = method_of(c, t, "__str__");
    chk_use_repr(c, t);
    if (m && t->kind != TY_OPTIONAL)
        return chk_method_call(c, e, m, NULL, 0, e->loc);
    return builtin_call(c, repr ? BI_REPR : BI_STR, &e, 1, TT(STR), e->loc);
}

bool chk_hashable(Checker *c, Type *t, Loc loc)
{
    (void)loc;
    if (chk_is_instance_type(t) && !chk_hash_uniform(t->cls))
        chk_use_hash_methods(c, t->cls);
    if (t->kind == TY_TUPLE || chk_is_union(t)) {
        Type *u = ty_strip_optional(t);     /* a union hashes the member held */
        for (int i = 0; i < u->nitems; i++)
            chk_hashable(c, u->items[i], loc);
        return true;
    }
    chk_use_func(c, method_of(c, t, "__hash__"));
    chk_use_func(c, method_of(c, t, "__eq__"));
    return true;
}

/* A class that defines __eq__ without __hash__ is unhashable in CPython
 * (its __hash__ is None; set_hashability): hashing a value whose static
 * class is one always raises, so it is an error.  A subclass that is
 * unhashable is not: a base-typed value may hold a hashable object, and
 * hash() raises CPython's TypeError for the others (the hash slot of the
 * hierarchy, lower_special.c). */
bool chk_key_hashable(Checker *c, Type *t, Loc loc)
{
    if (t->kind == TY_TUPLE || chk_is_union(t)) {
        Type *u = ty_strip_optional(t);
        for (int i = 0; i < u->nitems; i++)
            if (!chk_key_hashable(c, u->items[i], loc))
                return false;
        return true;
    }
    ClassInfo *u = t->kind == TY_CLASS ? t->cls : NULL;
    if (!u || !u->unhashable)
        return true;
    u->unhashable_reported = 1;
    if (u->is_builtin) {   /* bytearray */
        chk_error(c, loc, "unhashable type: '%s'", u->name);
        return false;
    }
    chk_error(c, loc, "unhashable type: '%s': %s __eq__ without __hash__, which CPython makes "
              "unhashable (%s)", chk_tyname(c, t),
              chk_find_method(u, "__eq__") && chk_find_method(u, "__eq__")->cls == u
              ? "it defines" : "it inherits",
              u->dataclass ? "a dataclass needs frozen=True or unsafe_hash=True"
                           : "define __hash__ too");
    return false;
}

struct LateKey {
    Type *t;
    Loc loc;
};

void chk_key_hashable_later(Checker *c, Type *t, Loc loc)
{
    if (c->all_declared) {
        chk_key_hashable(c, t, loc);
        return;
    }
    struct LateKey k = { t, loc };
    VEC_PUSH(c->arena, c->late_keys, c->nlate_keys, c->caplate_keys, k);
}

void chk_late_keys(Checker *c)
{
    c->all_declared = true;
    for (int i = 0; i < c->nlate_keys; i++)
        chk_key_hashable(c, c->late_keys[i].t, c->late_keys[i].loc);
}

/* e checked as a truth value with hint as the type expected of it. */
static Ast *truth_expect(Checker *c, Ast *e, Type *hint)
{
    e = chk_expr_expect(c, e, hint);
    if (e->ty->kind == TY_CLASS || e->ty->kind == TY_LIST || e->ty->kind == TY_DICT ||
        e->ty->kind == TY_SET || e->ty->kind == TY_STR)
        chk_use_func(c, method_of(c, e->ty, "__len__"));
    if (e->ty->kind == TY_OPAQUE)
        chk_error(c, e->loc, "'%s' has no truth value", chk_tyname(c, e->ty));
    if (e->ty->kind == TY_OBJECT)
        chk_error(c, e->loc, "the truth value of an 'object' is not supported: narrow it with "
                             "isinstance() first");
    Type *u = ty_strip_optional(e->ty);
    for (int i = 0; u->kind == TY_UNION && i < u->nitems; i++)
        if (u->items[i]->kind == TY_CLASS || u->items[i]->kind == TY_STR)
            chk_use_func(c, method_of(c, u->items[i], "__len__"));   /* as for the member */
    return e;
}

Ast *chk_truth(Checker *c, Ast *e)
{
    return truth_expect(c, e, NULL);
}

/* `a and b` / `a or b` in a test: each operand a test of its own, the
 * right one narrowed by the left. */
static Ast *test_boolop(Checker *c, Ast *e)
{
    bool is_and = e->u.binary.op == OP_AND;
    e->u.binary.left = chk_test(c, e->u.binary.left);
    Flow *saved = c->flow;
    c->flow = flow_copy(c, saved);
    chk_narrow(c, e->u.binary.left, is_and, c->flow);
    int walrus = c->walrus_count;
    e->u.binary.right = chk_test(c, e->u.binary.right);
    c->flow = saved;
    if (walrus != c->walrus_count)    /* the right operand may not run */
        chk_walrus_kill(c, saved, e->u.binary.right);
    e->u.binary.truth_only = 1;
    e->ty = TT(BOOL);
    return e;
}

Ast *chk_test(Checker *c, Ast *e)
{
    if (e->kind == AST_BOOLOP && !e->ty)
        return test_boolop(c, e);
    return chk_truth(c, e);
}

bool chk_is_constant(Checker *c, Ast *e)
{
    switch (e->kind) {
    case AST_INT: case AST_FLOAT: case AST_STR: case AST_BOOL: case AST_NONE:
        return true;
    case AST_CONVERT: return chk_is_constant(c, e->u.convert.operand);
    case AST_UNARY:
        return (e->u.unary.op == OP_NEG || e->u.unary.op == OP_POS) &&
               chk_is_constant(c, e->u.unary.operand);
    case AST_TUPLE:
        for (int i = 0; i < e->u.seq.items.n; i++)
            if (!chk_is_constant(c, e->u.seq.items.items[i]))
                return false;
        return true;
    case AST_NAME: case AST_ATTR: {
        Sym *s = e->kind == AST_NAME ? e->u.name.sym : e->u.attr.sym;
        if (e->kind == AST_ATTR && e->u.attr.res == RES_CLASS_CONST)
            return !chk_class_attr_of(c, e);
        /* module-level constants of value or str type */
        return s && s->kind == SYM_GLOBAL && e->ty &&
               (ty_is_value(e->ty) || e->ty->kind == TY_STR);
    }
    case AST_BINARY:
        return chk_is_constant(c, e->u.binary.left) && chk_is_constant(c, e->u.binary.right);
    default:
        return false;
    }
}

/* --------------------------------------------------------------- names */

static int comp_lookup(Checker *c, const char *name)
{
    for (CompScope *s = c->comp; s; s = s->outer)
        for (int i = s->n - 1; i >= 0; i--)
            if (strcmp(s->names[i], name) == 0)
                return s->locals[i];
    return -1;
}

static Sym *local_sym(Checker *c, int idx)
{
    Sym *s = arena_alloc(c->arena, sizeof *s);
    s->kind = SYM_LOCAL;
    s->name = c->fn->locals[idx].name;
    s->index = idx;
    return s;
}

Sym *chk_lookup_name(Checker *c, const char *name)
{
    int ci = comp_lookup(c, name);
    if (ci >= 0)
        return local_sym(c, ci);
    Sym *s = c->locals ? symtab_get(c->locals, name) : NULL;
    if (s)
        return s;
    return chk_lookup_global(c, c->mod, name);
}

static Type *local_type(Checker *c, int idx)
{
    if (idx < c->flow->nlocals && c->flow->narrow[idx])
        return c->flow->narrow[idx];
    return c->fn->locals[idx].type;
}

/* A global read where a test narrowed it (`if cfg is not None:` with no
 * call since): the narrower type, checked at run time (another thread
 * may have assigned it: None raises, another member TypeError). */
static Ast *narrowed_global(Checker *c, Ast *e, Sym *s)
{
    Type *t = c->flow && !c->discovering ? flow_field_narrowed(c, -1, chk_global_key(c, s)) : NULL;
    if (!t || t == e->ty)
        return e;
    Ast *cv = chk_synth(c, AST_CONVERT, e->loc, t);
    cv->u.convert.operand = e;
    cv->checked = 1;
    return cv;
}

/* A read in a finally clause of a name only the try's normal way assigns. */
#define FIN_ADVICE(exc) " (the 'finally' clause also runs when the 'try' statement is left " \
                        "early, by an exception, return, break or continue, and CPython then " \
                        "raises " exc ": assign it before the 'try')"

static Ast *check_local_use(Checker *c, Ast *e, Sym *s)
{
    int idx = s->index;
    Local *l = &c->fn->locals[idx];
    if (l->def_func && !c->callee && chk_refuse_value(c, l->def_func, e->loc))
        return set_err(c, e);
    Type *pt = chk_partial_read_local(c, l);
    if (pt) {
        e->ty = pt;
        return e;
    }
    bool assigned = idx >= c->flow->nlocals || c->flow->assigned[idx] || c->flow->dead;
    if (!assigned || !l->type) {
        bool handler = c->fn->scope && chk_nameset_has(&c->fn->scope->handler_names, l->name);
        bool fin = c->fin_normal && idx < c->fin_normal->nlocals && c->fin_normal->assigned[idx];
        chk_error(c, e->loc, "variable '%s' may be used before assignment%s",
                  chk_display_name(c, l->name),
                  fin ? FIN_ADVICE("UnboundLocalError")
                  : handler ? " (an 'except ... as' clause deletes it when it ends, as CPython does)"
                  : "");
        if (idx < c->flow->nlocals)
            c->flow->assigned[idx] = 1;   /* once is enough */
        return set_err(c, e);
    }
    e->ty = local_type(c, idx);
    if (l->is_param && idx == 0 && c->fn->is_init)
        chk_self_use(c, e);
    if (l->cell >= 0)
        chk_cell_access(c, e, idx);
    if (ty_boxes(e->ty, l->type) && !c->discovering) {
        /* narrowed to its int: read out of the box */
        Ast *cv = chk_synth(c, AST_CONVERT, e->loc, e->ty);
        e->ty = l->type;
        cv->u.convert.operand = e;
        return cv;
    }
    return e;
}

/* A reference to a prelude symbol that user code cannot name (its name
 * starts with '_'), for code the checker synthesizes. */
Ast *chk_prelude_name(Checker *c, const char *name, Loc loc)
{
    Ast *n = ast_new(c->arena, AST_NAME, loc);
    n->u.name.id = name;
    n->u.name.sym = chk_prelude_sym(c, name);
    return n;
}

static Ast *check_name(Checker *c, Ast *e)
{
    const char *name = e->u.name.id;
    Sym *s = chk_lookup_name(c, name);
    if (!s && e->u.name.sym && e->u.name.sym->kind != SYM_LOCAL)
        s = e->u.name.sym;    /* chk_prelude_name */
    if ((!s || s->kind != SYM_LOCAL) && chk_is_free(c, name))
        return chk_free_access(c, e, false);
    if (!s) {
        if (!(c->fn && c->fn->scope && chk_nameset_has(&c->fn->scope->refused, name)))
            chk_error(c, e->loc, "name '%s' is not defined", name);
        return set_err(c, e);
    }
    e->u.name.sym = s;
    if (s->alias) {
        chk_error(c, e->loc, "type alias '%s' can only be used in annotations", name);
        return set_err(c, e);
    }
    switch (s->kind) {
    case SYM_LOCAL:
        return check_local_use(c, e, s);
    case SYM_GLOBAL: {
        GlobalVar *g = &s->module->globals[s->index];
        Type *pt = chk_partial_read_global(c, s);
        if (pt) {
            e->ty = pt;     /* discovery: a partial global */
            return e;
        }
        if (!g->type) {
            chk_error(c, e->loc, "name '%s' is used before its definition", name);
            return set_err(c, e);
        }
        if (c->fn && c->fn->is_module_init && s->module == c->fn->module && s->index < c->flow->nglobals && !c->flow->globals[s->index] &&
            !c->flow->dead) {
            /* module code reads its own global before assigning it */
            bool fin = c->fin_normal && c->fin_normal->globals[s->index];
            chk_error(c, e->loc, "global '%s' may be used before assignment%s", name,
                      fin ? FIN_ADVICE("NameError") : "");
            c->flow->globals[s->index] = 1;   /* once is enough */
        }
        e->ty = g->type;
        return narrowed_global(c, e, s);
    }
    case SYM_FUNC: {
        FuncInfo *fn = s->func;
        if (fn->is_template && !c->callee) {
            chk_error(c, e->loc, "generic function '%s' can only be called", name);
            return set_err(c, e);
        }
        if (!c->callee && chk_refuse_value(c, fn, e->loc))
            return set_err(c, e);
        Type **ps = arena_alloc(c->arena, (size_t)(fn->nparams + 1) * sizeof *ps);
        for (int i = 0; i < fn->nparams; i++)
            ps[i] = fn->params[i].type;
        e->ty = ty_callable(c->tt, ps, fn->nparams, fn->ret);
        if (!c->callee)
            fn->extern_value = fn->extern_name != NULL;   /* math.sqrt as a value */
        return e;
    }
    case SYM_BUILTIN:
        if (s->builtin == BI_NAME) {
            e->ty = TT(STR);
            return e;
        }
        /* fallthrough */
    default:
        e->ty = s->type;
        return e;
    }
}

/* ---------------------------------------------------------- attributes */

static Ast *bound_method_value(Checker *c, Ast *e, FuncInfo *m)
{
    if (!c->callee_of_call && chk_refuse_value(c, m, e->loc))
        return set_err(c, e);
    Type **ps = arena_alloc(c->arena, (size_t)(m->nparams + 1) * sizeof *ps);
    for (int i = 1; i < m->nparams; i++)
        ps[i - 1] = m->params[i].type;
    e->ty = ty_callable(c->tt, ps, m->nparams > 0 ? m->nparams - 1 : 0, m->ret);
    return e;
}

static Ast *class_const(Checker *c, Ast *e, ClassInfo *cls)
{
    ClassInfo *owner;
    int k = chk_find_const(cls, e->u.attr.attr, &owner);
    if (k < 0)
        return NULL;
    e->u.attr.res = RES_CLASS_CONST;
    e->u.attr.index = k;
    e->u.attr.func = NULL;
    e->ty = owner->consts[k].type ? owner->consts[k].type : TT(ERROR);
    if (!owner->consts[k].type)
        chk_error(c, e->loc, "class constant '%s' is used before its definition", e->u.attr.attr);
    e->u.attr.sym = NULL;
    e->u.attr.builtin = 0;
    (void)owner;
    return e;
}

/* A NamedTuple's _replace(k=v, ...) called: the method made for its
 * keywords (check_dataclass.c); _asdict when the fields have several
 * types is refused here, with the reason. */
static FuncInfo *named_tuple_method(Checker *c, Ast *e, ClassInfo *cls, bool *reported)
{
    const char *name = e->u.attr.attr;
    *reported = true;
    if (strcmp(name, "_asdict") == 0) {
        chk_error(c, e->u.attr.attr_loc, "_asdict() of the NamedTuple '%s' is not supported: its "
                  "fields have several types, so the dict's values would have none; read the "
                  "fields (or give them one type)", cls->name);
        return NULL;
    }
    if (strcmp(name, "_replace") != 0) {
        *reported = false;
        return NULL;
    }
    Ast *call = c->callee_node == e ? c->callee_call : NULL;
    const char *gen = call ? chk_replace_method(c, call) : NULL;
    FuncInfo *m = gen ? chk_find_method(cls, gen) : NULL;
    if (m) {
        e->u.attr.attr = gen;
        *reported = false;
        return m;
    }
    if (!call)
        chk_error(c, e->u.attr.attr_loc, "_replace of the NamedTuple '%s' can only be called "
                  "(with keywords)", cls->name);
    else if (!gen)
        chk_error(c, e->u.attr.attr_loc, "_replace() takes keyword arguments only (CPython "
                  "raises TypeError): write %s(field=value)", name);
    else
        chk_error(c, e->u.attr.attr_loc, "_replace() of the NamedTuple '%s': each keyword "
                  "must name one of its fields, once (CPython raises ValueError), and the "
                  "call must be in the module that declares '%s'", cls->name, cls->name);
    return NULL;
}

/* obj.name on a library class without it, computed by the prelude's
 * function _Class_name(obj) (sys.stdout.buffer: _TextIO_buffer, in the
 * bytes section); NULL: no such function. */
static Ast *library_attr(Checker *c, Ast *e, ClassInfo *cls)
{
    if (!cls->is_builtin || c->callee_of_call || !c->prelude)
        return NULL;
    Sym *s = symtab_get(c->prelude->syms, chk_fmt(c, "_%s_%s", cls->name, e->u.attr.attr));
    if (!s || s->kind != SYM_FUNC || s->func->nparams != 1)
        return NULL;
    Ast *obj = e->u.attr.obj;
    return chk_prelude_call(c, s->name, &obj, 1, e->loc);
}

static Ast *instance_attr(Checker *c, Ast *e, Type *t)
{
    const char *name = e->u.attr.attr;
    ClassInfo *cls = chk_class_of(c, t);
    if (!cls) {
        chk_error(c, e->u.attr.attr_loc, "'%s' has no attribute '%s'%s", chk_tyname(c, t), name,
                  t->kind == TY_OBJECT ? " (narrow it with isinstance() first)"
                  : chk_union_advice(c, e->u.attr.obj));
        return set_err(c, e);
    }
    Field *f = chk_find_field(cls, name);
    if (f) {
        if (name[0] == '_' && cls->is_builtin && c->mod != c->prelude) {
            chk_error(c, e->u.attr.attr_loc, "'%s' has no attribute '%s'", chk_tyname(c, t), name);
            return set_err(c, e);
        }
        e->u.attr.res = RES_FIELD;
        e->u.attr.index = f->index;
        e->ty = chk_field_type(c, f);
        if (f->owner->fields[f->index].pending)
            e->ty = chk_partial_read_field(c, f);   /* being inferred */
        return e;
    }
    FuncInfo *m = chk_find_method(cls, name);
    bool reported = false;
    if (!m && cls->dataclass && cls->dataclass->named_tuple)
        m = named_tuple_method(c, e, cls, &reported);
    if (reported)
        return set_err(c, e);
    if (m && m->is_property) {
        Ast *get = chk_method_call(c, e->u.attr.obj, m, NULL, 0, e->loc);
        chk_forget_assigned(c, NULL, m);
        return get;
    }
    if (m && m->is_classmethod) {
        if (cls->nsubclasses && !c->callee_of_call) {
            chk_error(c, e->u.attr.attr_loc, "classmethod '%s' through an instance can only be "
                      "called", name);
            return set_err(c, e);
        }
        chk_classmethods_below(c, cls, name);
        m = chk_classmethod_for(c, m, cls);
        e->u.attr.res = c->callee_of_call ? RES_CLASSMETHOD : RES_STATIC;
        e->u.attr.func = m;
        return bound_method_value(c, e, m);
    }
    if (m && !(name[0] == '_' && cls->is_builtin && c->mod != c->prelude && name[1] != '_')) {
        e->u.attr.res = m->is_static ? RES_STATIC : RES_METHOD;
        e->u.attr.func = m;
        chk_use_func(c, m);
        return bound_method_value(c, e, m);
    }
    if (class_const(c, e, cls))
        return e;
    Ast *lib = library_attr(c, e, cls);
    if (lib)
        return lib;
    if (cls->is_builtin && !cls->is_exception)
        chk_error(c, e->u.attr.attr_loc, "'%s' has no attribute '%s'", chk_tyname(c, t), name);
    else
        chk_error(c, e->u.attr.attr_loc, "'%s' has no field '%s'", chk_tyname(c, t), name);
    return set_err(c, e);
}

static Ast *module_attr(Checker *c, Ast *e, ModuleInfo *m)
{
    const char *name = e->u.attr.attr;
    if (chk_cimport_is_module(c, m))
        return chk_cimport_attr(c, e);
    Sym *s = m->path ? symtab_get(m->syms, name) : chk_library_member(c, m, name);
    if (!s || (m->path && s->kind == SYM_MODULE)) {
        if (m->path)
            chk_error(c, e->u.attr.attr_loc, "module '%s' has no name '%s'", m->name, name);
        else
            chk_error(c, e->u.attr.attr_loc, "'%s.%s' is not supported", m->name, name);
        return set_err(c, e);
    }
    if (s->alias) {
        chk_error(c, e->u.attr.attr_loc, "type alias '%s' can only be used in annotations",
                  name);
        return set_err(c, e);
    }
    e->u.attr.res = RES_MODULE_MEMBER;
    e->u.attr.sym = s;
    if (s->kind == SYM_BUILTIN || s->kind == SYM_CLASS || s->kind == SYM_MODULE) {
        e->u.attr.builtin = s->kind == SYM_BUILTIN ? s->builtin : 0;
        e->ty = s->type;
        return e;
    }
    Ast tmp = { .kind = AST_NAME, .loc = e->loc };
    tmp.u.name.id = s->name;
    tmp.u.name.sym = s;
    ModuleInfo *saved = c->mod;
    SymTab *savedl = c->locals;
    CompScope *savedc = c->comp;
    c->mod = s->kind == SYM_GLOBAL || s->kind == SYM_FUNC ? (s->module ? s->module : m) : c->mod;
    if (s->kind == SYM_FUNC)
        c->mod = s->func->module;
    c->locals = NULL;
    c->comp = NULL;
    Ast *r = check_name(c, &tmp);
    c->mod = saved;
    c->locals = savedl;
    c->comp = savedc;
    e->ty = r->ty;
    if (s->kind == SYM_BUILTIN)
        e->u.attr.builtin = s->builtin;
    return e;
}

static bool is_self_name(Checker *c, Ast *obj)
{
    return c->fn && c->fn->is_init && c->fn->nparams > 0 && obj->kind == AST_NAME &&
           strcmp(obj->u.name.id, c->fn->params[0].name) == 0;
}

/* The class holding the methods of a builtin type named as a value. */
static ClassInfo *builtin_type_class(Checker *c, int id)
{
    switch (id) {
    case BI_STR: return c->c_str;
    case BI_INT: return c->c_int;
    case BI_FLOAT: return c->c_float;
    case BI_BOOL: return c->c_bool;
    default: return NULL;
    }
}

/* C.m with m an instance method: a function of (self, ...) that runs C's
 * m, never an override (as CPython's function object C.m does).  Values
 * of prelude methods become lambdas (chk_eta). */
static Ast *unbound_method_value(Checker *c, Ast *e, FuncInfo *m)
{
    e->u.attr.res = RES_STATIC;
    e->u.attr.func = m;
    if (!c->callee_of_call && chk_refuse_value(c, m, e->loc))
        return set_err(c, e);
    chk_use_func(c, m);
    Type **ps = arena_alloc(c->arena, (size_t)(m->nparams + 1) * sizeof *ps);
    for (int i = 0; i < m->nparams; i++)
        ps[i] = m->params[i].type;
    e->ty = ty_callable(c->tt, ps, m->nparams, m->ret);
    return e;
}

/* type(x).__name__: the name of x's class at run time (a builtin call
 * whose lowering tests x's class against the subclasses of its type). */
static Ast *type_name(Checker *c, Ast *e)
{
    Ast *call = e->u.attr.obj;
    if (call->u.call.args.n != 1 || call->u.call.args.items[0]->kind == AST_KEYWORD) {
        chk_error(c, call->loc, "type() takes one argument here");
        return set_err(c, e);
    }
    Ast *x = chk_expr(c, call->u.call.args.items[0]);
    if (is_err(x->ty))
        return set_err(c, e);
    call->u.call.res = RES_BUILTIN;
    call->u.call.builtin = BI_TYPE;
    call->u.call.bound = (AstList){ 0 };
    ast_list_push(c->arena, &call->u.call.bound, x);
    call->ty = TT(STR);
    return call;
}

static bool is_type_call(Checker *c, const Ast *obj)
{
    if (obj->kind != AST_CALL || obj->u.call.func->kind != AST_NAME ||
        strcmp(obj->u.call.func->u.name.id, "type") != 0)
        return false;
    Sym *s = chk_lookup_name(c, "type");
    return s && s->kind == SYM_BUILTIN && s->builtin == BI_TYPE;
}

/* x.f read where a test narrowed it (`if x.f is not None:`): the
 * narrower type; an `int | None` is read out of its box. */
static Ast *narrowed_field(Checker *c, Ast *e)
{
    Ast *obj = e->u.attr.obj;
    if (e->u.attr.res != RES_FIELD)
        return e;
    int local = c->flow ? chk_narrowable_local(c, obj) : -1;   /* a cell too */
    Type *t = local >= 0 ? flow_field_narrowed(c, local, e->u.attr.attr)
                         : chk_free_field_narrowed(c, obj, e->u.attr.attr);
    if (!t || t == e->ty || c->discovering)
        return e;
    /* tested at run time only when an operator's special method could
     * have changed the field since the test */
    bool check = chk_specials_may_assign(c, e->u.attr.attr);
    if (!check && !ty_boxes(t, e->ty)) {
        e->ty = t;
        return e;
    }
    Ast *cv = chk_synth(c, AST_CONVERT, e->loc, t);
    cv->u.convert.operand = e;
    cv->checked = check;
    return cv;
}

static Ast *check_attr_plain(Checker *c, Ast *e);

static Ast *check_attr(Checker *c, Ast *e)
{
    Ast *r = check_attr_plain(c, e);
    return r->kind == AST_ATTR ? narrowed_field(c, r) : r;
}

/* self.m with m a static or class method: it is not handed self. */
static bool static_method(const Ast *r)
{
    return r->kind == AST_ATTR && (r->u.attr.res == RES_STATIC || r->u.attr.res == RES_CLASSMETHOD ||
                                   (r->u.attr.res == RES_METHOD && r->u.attr.func &&
                                    r->u.attr.func->is_static));
}

static Ast *check_attr_plain(Checker *c, Ast *e)
{
    if (strcmp(e->u.attr.attr, "__name__") == 0 && is_type_call(c, e->u.attr.obj))
        return type_name(c, e);
    bool self = is_self_name(c, e->u.attr.obj);
    bool callee = c->callee_of_call;
    c->callee_of_call = false;
    c->self_field_access = self;
    Ast *obj = e->u.attr.obj = chk_expr(c, e->u.attr.obj);
    c->self_field_access = false;
    c->callee_of_call = callee;
    Type *t = obj->ty;
    if (self && t->kind == TY_CLASS) {
        Ast *r = instance_attr(c, e, t);
        if (r->kind == AST_ATTR && r->u.attr.res == RES_FIELD)
            chk_self_field_read(c, r);
        else if ((r->kind != AST_ATTR || r->u.attr.res != RES_CLASS_CONST) &&
                 !(c->init_field_value && e != c->callee_node) && !static_method(r)) {
            if (r->kind == AST_ATTR && r->u.attr.res == RES_METHOD)
                chk_init_credit(c, r->u.attr.func);   /* self.reset() assigns fields */
            chk_self_use(c, obj);   /* a call, or a bound method value, uses self */
        }
        return r;
    }
    switch (t->kind) {
    case TY_ERROR: return set_err(c, e);
    case TY_MODULE: return module_attr(c, e, t->module);
    case TY_BUILTIN: {
        ClassInfo *cls = builtin_type_class(c, t->builtin);
        FuncInfo *m = cls ? chk_find_method(cls, e->u.attr.attr) : NULL;
        if (m && m->name[0] != '_' && !m->is_static)
            return unbound_method_value(c, e, m);
        chk_error(c, e->u.attr.attr_loc, "%s has no method '%s'", chk_tyname(c, t),
                  e->u.attr.attr);
        return set_err(c, e);
    }
    case TY_CLASSREF: {
        Ast *member = chk_enum_member(c, t->cls, e->u.attr.attr, e->loc);
        if (member)
            return member;
        FuncInfo *m = chk_find_method(t->cls, e->u.attr.attr);
        if (m && !m->is_static && !m->is_init)
            return unbound_method_value(c, e, m);
        if (m && m->is_static) {
            m = chk_classmethod_for(c, m, t->cls);
            e->u.attr.res = RES_STATIC;
            e->u.attr.func = m;
            if (!c->callee_of_call && chk_refuse_value(c, m, e->loc))
                return set_err(c, e);
            Type **ps = arena_alloc(c->arena, (size_t)(m->nparams + 1) * sizeof *ps);
            for (int i = 0; i < m->nparams; i++)
                ps[i] = m->params[i].type;
            e->ty = ty_callable(c->tt, ps, m->nparams, m->ret);
            return e;
        }
        if (class_const(c, e, t->cls))
            return e;
        chk_error(c, e->u.attr.attr_loc, m ? "method '%s' must be called on an instance"
                                           : "class '%s' has no constant or static method '%s'",
                  m ? e->u.attr.attr : t->cls->name, e->u.attr.attr);
        return set_err(c, e);
    }
    case TY_OPTIONAL:
        if (ty_is_value(t->elem)) {
            chk_error(c, e->u.attr.attr_loc, "'%s' may be None: check 'is not None' before "
                      "using '.%s'", chk_tyname(c, t), e->u.attr.attr);
            return set_err(c, e);
        }
        /* allowed: using None as an object raises AttributeError at run
         * time (docs/language.md, Exceptions); the lowering checks */
        return instance_attr(c, e, t->elem);
    case TY_NONE:
        chk_error(c, e->u.attr.attr_loc, "'None' has no attribute '%s'", e->u.attr.attr);
        return set_err(c, e);
    default:
        return instance_attr(c, e, t);
    }
}

/* ---------------------------------------------------------- subscripts */

static Ast *int_index(Checker *c, Ast *i)
{
    i = chk_intenum_value(c, chk_expr(c, i));
    Ast *ci = chk_coerce(c, i, TT(INT));
    if (!ci) {
        chk_error(c, i->loc, "indices must be 'int', not '%s'", chk_tyname(c, i->ty));
        return i;
    }
    return ci;
}

static Ast *check_slice(Checker *c, Ast *sl)
{
    if (sl->u.slice.lo)
        sl->u.slice.lo = int_index(c, sl->u.slice.lo);
    if (sl->u.slice.hi)
        sl->u.slice.hi = int_index(c, sl->u.slice.hi);
    if (sl->u.slice.step)
        sl->u.slice.step = int_index(c, sl->u.slice.step);
    sl->ty = TT(INT);
    return sl;
}

static Type *tuple_item(Checker *c, Ast *e, Type *t, Ast *idx)
{
    int64_t k;
    Ast *v = idx->kind == AST_CONVERT ? idx->u.convert.operand : idx;
    if (v->kind == AST_INT || (v->kind == AST_UNARY && v->u.unary.op == OP_NEG &&
                               v->u.unary.operand->kind == AST_INT)) {
        k = v->kind == AST_INT ? v->u.i : -v->u.unary.operand->u.i;
        if (k < 0)
            k += t->nitems;
        if (k < 0 || k >= t->nitems) {
            chk_error(c, idx->loc, "tuple index out of range");
            return TT(ERROR);
        }
        return t->items[k];
    }
    if (t->nitems == 0) {
        chk_error(c, idx->loc, "tuple index out of range");
        return TT(ERROR);
    }
    for (int i = 1; i < t->nitems; i++)
        if (t->items[i] != t->items[0]) {
            chk_error(c, e->loc, "a tuple of mixed types can only be indexed by a constant");
            return TT(ERROR);
        }
    return t->items[0];
}

static const char *sub_method(SubCtx ctx, bool slice)
{
    if (slice)
        return ctx == SUB_LOAD ? "_getslice" : ctx == SUB_STORE ? "_setslice" : "_delslice";
    return ctx == SUB_LOAD ? "__getitem__" : ctx == SUB_STORE ? "__setitem__" : "__delitem__";
}

/* obj[index] in context ctx: its item type (stores check `value`). */
static Type *subscript(Checker *c, Ast *e, SubCtx ctx)
{
    Ast *obj = e->u.sub.obj = chk_expr(c, e->u.sub.obj);
    if (ctx == SUB_LOAD)
        obj = e->u.sub.obj = chk_named_tuple_as_tuple(c, obj);   /* p[0] */
    Type *t = obj->ty;
    bool slice = e->u.sub.index->kind == AST_SLICE;
    if (is_err(t))
        return t;
    if (slice)
        check_slice(c, e->u.sub.index);
    if (t->kind == TY_ARRAY && !slice) {
        e->u.sub.index = int_index(c, e->u.sub.index);
        return t->elem;
    }
    if (t->kind == TY_TUPLE && ctx == SUB_LOAD && !slice) {
        e->u.sub.index = int_index(c, e->u.sub.index);
        return tuple_item(c, e, t, e->u.sub.index);
    }
    bool inst = chk_is_instance_type(t);
    bool lib = t->kind == TY_CLASS && t->cls->is_builtin;   /* collections.deque */
    FuncInfo *m = (t->kind == TY_LIST || t->kind == TY_DICT || t->kind == TY_STR || inst || lib)
                      ? method_of(c, t, sub_method(ctx, slice)) : NULL;
    if (inst && slice && !lib) {   /* bytes and bytearray slice */
        chk_error(c, e->loc, "slicing an instance of '%s' is not supported", chk_tyname(c, t));
        return TT(ERROR);
    }
    if (!m) {
        const char *what = ctx == SUB_LOAD ? "is not subscriptable"
                           : ctx == SUB_STORE ? "does not support item assignment"
                                              : "does not support item deletion";
        chk_error(c, e->loc, "'%s' %s%s%s", chk_tyname(c, t), what, slice ? " by slices" : "",
                  chk_union_advice(c, e->u.sub.obj));
        return TT(ERROR);
    }
    e->u.sub.method = m;
    chk_use_func(c, m);
    if (!slice) {
        /* a dict keeps the key it stores (d[True] = v keeps True) */
        Type *kt = m->params[1].type;
        Ast *idx = chk_expr_expect(c, e->u.sub.index, kt);
        bool kept = (ctx == SUB_STORE && t->kind == TY_DICT) || inst;
        if (!kept && ty_is_numeric(kt))
            idx = chk_intenum_value(c, idx);
        Ast *ci = kept ? chk_fit(c, idx, kt) : chk_coerce(c, idx, kt);
        if (!ci)
            chk_error(c, idx->loc, "'%s' index must be '%s', not '%s'%s", chk_tyname(c, t),
                      chk_tyname(c, kt), chk_tyname(c, idx->ty),
                      kept ? chk_widen_advice(c, idx, kt) : "");
        e->u.sub.index = ci ? ci : idx;
    }
    if (ctx == SUB_STORE)
        return m->params[m->nparams - 1].type;
    return ctx == SUB_LOAD ? m->ret : t;     /* d[k] of a dict[str, None] is None */
}

/* A slice bound written as a constant (absent: def). */
static bool const_bound(Ast *b, int64_t def, int64_t *out)
{
    if (!b) {
        *out = def;
        return true;
    }
    if (b->kind == AST_INT) {
        *out = b->u.i;
        return true;
    }
    if (b->kind == AST_UNARY && b->u.unary.op == OP_NEG && b->u.unary.operand->kind == AST_INT) {
        *out = -b->u.unary.operand->u.i;
        return true;
    }
    return false;
}

/* A bound clamped as Python's slice.indices(n) does. */
static int64_t clamp_bound(int64_t i, int64_t n, bool neg_step)
{
    if (i < 0)
        i += n;
    if (i < 0)
        return neg_step ? -1 : 0;
    if (i >= n)
        return neg_step ? n - 1 : n;
    return i;
}

/* Reading obj twice has no effect beyond reading it once. */
static bool pure_operand(const Ast *obj)
{
    while (obj->kind == AST_ATTR)
        obj = obj->u.attr.obj;
    return obj->kind == AST_NAME;
}

static Ast *int_lit(Checker *c, int64_t v, Loc loc)
{
    Ast *n = ast_new(c->arena, AST_INT, loc);
    n->u.i = v;
    return n;
}

/* t[lo:hi:step] on a tuple, with constant bounds, becomes the display
 * (t[i0], t[i1], ...) of the selected items: its type must be known.  raw
 * is an unchecked copy of t, cloned once per item. */
static Ast *tuple_slice(Checker *c, Ast *e, Ast *raw)
{
    Ast *sl = e->u.sub.index;
    int64_t n = e->u.sub.obj->ty->nitems, step, lo, hi;
    if (!const_bound(sl->u.slice.step, 1, &step) || !const_bound(sl->u.slice.lo, INT64_MIN, &lo) ||
        !const_bound(sl->u.slice.hi, INT64_MIN, &hi)) {
        chk_error(c, sl->loc, "a tuple can only be sliced with constant bounds");
        return set_err(c, e);
    }
    if (step == 0) {
        chk_error(c, sl->loc, "slice step cannot be zero");
        return set_err(c, e);
    }
    if (!pure_operand(raw)) {
        chk_error(c, e->loc, "only a variable or a field holding a tuple can be sliced; "
                             "assign the tuple to a variable first");
        return set_err(c, e);
    }
    lo = lo == INT64_MIN ? (step > 0 ? 0 : n - 1) : clamp_bound(lo, n, step < 0);
    hi = hi == INT64_MIN ? (step > 0 ? n : -1) : clamp_bound(hi, n, step < 0);
    Ast *tup = ast_new(c->arena, AST_TUPLE, e->loc);
    for (int64_t i = lo; step > 0 ? i < hi : i > hi; i += step) {
        Ast *item = ast_new(c->arena, AST_SUBSCRIPT, e->loc);
        item->u.sub.obj = ast_clone(c->arena, raw);
        item->u.sub.index = int_lit(c, i, sl->loc);
        ast_list_push(c->arena, &tup->u.seq.items, item);
    }
    if (tup->u.seq.items.n == 0) {
        tup->ty = ty_tuple(c->tt, NULL, 0);
        return tup;
    }
    return chk_expr(c, tup);
}

/* vs[k] read where isinstance(vs[k], C) narrowed it (chk_item_key): a
 * C, tested again at run time (a cast that cannot fail unless the test
 * was wrong). */
static Ast *narrowed_item(Checker *c, Ast *e)
{
    int li;
    const char *key = c->discovering || is_err(e->ty) ? NULL : chk_item_key(c, e, &li);
    Type *t = key ? flow_field_narrowed(c, li, key) : NULL;
    if (!t || t == e->ty)
        return e;
    Ast *cv = chk_synth(c, AST_CONVERT, e->loc, t);
    cv->u.convert.operand = e;
    cv->checked = true;
    return cv;
}

static Ast *check_subscript(Checker *c, Ast *e)
{
    if (e->u.sub.index->kind != AST_SLICE) {
        e->u.sub.obj = chk_expr(c, e->u.sub.obj);
        Type *ot = e->u.sub.obj->ty;
        if (ot->kind == TY_CLASSREF && ot->cls->enuminfo) {
            Ast *call = ast_new(c->arena, AST_CALL, e->loc);
            call->u.call.func = e->u.sub.obj;
            ast_list_push(c->arena, &call->u.call.args, e->u.sub.index);
            return chk_enum_lookup(c, call, ot->cls, true);
        }
    }
    if (e->u.sub.index->kind == AST_SLICE) {
        Ast *raw = ast_clone(c->arena, e->u.sub.obj);
        e->u.sub.obj = chk_expr(c, e->u.sub.obj);
        if (e->u.sub.obj->ty->kind == TY_TUPLE)
            return tuple_slice(c, e, raw);
    }
    e->ty = subscript(c, e, SUB_LOAD);
    return narrowed_item(c, e);
}

void chk_subscript_target(Checker *c, Ast *t, SubCtx ctx, Type *value)
{
    (void)value;
    if (c->flow)
        flow_kill_items(c->flow);   /* this list may be any local's */
    t->ty = subscript(c, t, ctx);
}

/* ----------------------------------------------------------- operators */

static Ast *check_unary(Checker *c, Ast *e)
{
    if (e->u.unary.op == OP_NOT) {
        e->u.unary.operand = chk_test(c, e->u.unary.operand);
        e->ty = TT(BOOL);
        return e;
    }
    Ast *x = e->u.unary.operand = chk_intenum_value(c, chk_expr(c, e->u.unary.operand));
    Type *t = x->ty;
    if (is_err(t))
        return set_err(c, e);
    if (chk_class_unary(c, e))
        return e;
    if (e->u.unary.op == OP_INVERT ? (t->kind == TY_INT || t->kind == TY_BOOL) : ty_is_numeric(t)) {
        e->u.unary.operand = chk_convert(c, x, t->kind == TY_FLOAT ? TT(FLOAT) : TT(INT));
        e->ty = t->kind == TY_FLOAT ? TT(FLOAT) : TT(INT);
        e->wrap = c->wrap && e->ty->kind == TY_INT;     /* rtrans.intmask: -x modulo 2**64 */
        return e;
    }
    Ast *neg = e->u.unary.op == OP_NEG ? chk_num_union_call(c, "_num_neg", x, e->loc) : NULL;
    if (neg)
        return neg;
    chk_error(c, e->loc, "bad operand type for unary %s: '%s'%s", ast_op_text[e->u.unary.op],
              chk_tyname(c, t), chk_union_advice(c, e->u.unary.operand));
    return set_err(c, e);
}

static Ast *numeric_binary(Checker *c, Ast *e, Type *l, Type *r)
{
    AstOp op = e->u.binary.op;
    bool bitop = op == OP_BITAND || op == OP_BITOR || op == OP_BITXOR || op == OP_LSHIFT ||
                 op == OP_RSHIFT;
    if (bitop && (l->kind == TY_FLOAT || r->kind == TY_FLOAT))
        return NULL;
    Type *t = (l->kind == TY_FLOAT || r->kind == TY_FLOAT) ? TT(FLOAT) : TT(INT);
    if (bitop && l->kind == TY_BOOL && r->kind == TY_BOOL && op != OP_LSHIFT && op != OP_RSHIFT)
        t = TT(BOOL);
    if (op == OP_DIV)
        t = TT(FLOAT);
    if (op == OP_POW && t->kind == TY_INT)
        t = TT(INT);
    Type *operand = op == OP_DIV ? TT(FLOAT) : t;
    if (op == OP_DIV && l->kind != TY_FLOAT && r->kind != TY_FLOAT)
        operand = TT(INT);      /* int / int: the lowering divides exactly */
    e->u.binary.left = chk_convert(c, e->u.binary.left, operand);
    e->u.binary.right = chk_convert(c, e->u.binary.right, operand);
    e->ty = t;
    e->wrap = c->wrap && t->kind == TY_INT && wraps_through(e);   /* rtrans.intmask */
    return e;
}

static const char *binop_method(AstOp op)
{
    switch (op) {
    case OP_ADD: return "__add__";
    case OP_MUL: return "__mul__";
    case OP_BITOR: return "__or__";
    case OP_BITAND: return "__and__";
    case OP_SUB: return "__sub__";
    default: return NULL;
    }
}

static Ast *method_binary(Checker *c, Ast *e, Type *l, Type *r)
{
    const char *mn = binop_method(e->u.binary.op);
    if (!mn)
        return NULL;
    bool refl = false;
    if (e->u.binary.op == OP_MUL && (l->kind == TY_INT || l->kind == TY_BOOL) &&
        (r->kind == TY_STR || r->kind == TY_LIST)) {
        Type *x = l; l = r; r = x;
        refl = true;
    }
    if (l->kind != TY_STR && l->kind != TY_LIST && l->kind != TY_SET && !chk_is_var_tuple(c, l))
        return NULL;
    FuncInfo *m = method_of(c, l, mn);
    if (!m || m->nparams != 2 || !ty_convertible(r, m->params[1].type))
        return NULL;
    Ast **other = refl ? &e->u.binary.left : &e->u.binary.right;
    *other = chk_convert(c, *other, m->params[1].type);
    e->u.binary.method = m;
    e->u.binary.reflected = refl;
    chk_use_func(c, m);
    e->ty = m->ret;
    return e;
}

static Ast *tuple_concat(Checker *c, Ast *e, Type *l, Type *r)
{
    if (e->u.binary.op != OP_ADD || l->kind != TY_TUPLE || r->kind != TY_TUPLE)
        return NULL;
    int n = l->nitems + r->nitems;
    Type **items = arena_alloc(c->arena, (size_t)n * sizeof *items);
    memcpy(items, l->items, (size_t)l->nitems * sizeof *items);
    memcpy(items + l->nitems, r->items, (size_t)r->nitems * sizeof *items);
    e->ty = ty_tuple(c->tt, items, n);
    return e;
}

/* A discovery check (check_infer.c) where one operand's type is not
 * known yet: numbers give what the known one would give with itself, a
 * string or list concatenates; anything else stays unknown. */
static Ast *unknown_operand(Checker *c, Ast *e, Type *known)
{
    AstOp op = e->u.binary.op;
    if (ty_is_numeric(known))
        e->ty = op == OP_DIV ? TT(FLOAT) : known->kind == TY_FLOAT ? TT(FLOAT) : TT(INT);
    else if ((known->kind == TY_STR || known->kind == TY_LIST) && (op == OP_ADD || op == OP_MUL))
        e->ty = known;
    else
        e->ty = TT(ERROR);
    return e;
}

static Ast *check_binary(Checker *c, Ast *e)
{
    /* an expected list type reaches the list operands of + and *:
     * xs: list[str | None] = [None] * n */
    Type *h = c->hint && ty_strip_optional(c->hint)->kind == TY_LIST ? ty_strip_optional(c->hint) : NULL;
    AstOp bop = e->u.binary.op;
    if (bop == OP_MOD && e->u.binary.left->kind == AST_STR)
        return chk_percent_format(c, e, e->u.binary.left, false);
    Ast *blit = bop == OP_MOD ? chk_bytes_literal_text(e->u.binary.left) : NULL;
    if (blit)
        return chk_percent_format(c, e, blit, true);
    bool listop = bop == OP_ADD || bop == OP_MUL;
    e->u.binary.left = chk_intenum_value(c, chk_expr_expect(c, e->u.binary.left, listop ? h : NULL));
    if (bop == OP_ADD && chk_is_var_tuple(c, e->u.binary.left->ty))
        h = e->u.binary.left->ty;   /* args + (x,): a tuple of any length too */
    e->u.binary.right = chk_intenum_value(c, chk_expr_expect(c, e->u.binary.right,
                                                            bop == OP_ADD ? h : NULL));
    Type *l = e->u.binary.left->ty, *r = e->u.binary.right->ty;
    if (c->discovering && is_err(l) != is_err(r))
        return unknown_operand(c, e, is_err(l) ? r : l);
    if (is_err(l) || is_err(r))
        return set_err(c, e);
    AstOp op = e->u.binary.op;
    if (op != OP_MOD || !chk_is_bytes_like(c, l)) {
        if (chk_class_binary(c, e))
            return e;
    }
    if (op == OP_MATMUL) {
        chk_error(c, e->loc, "the '@' operator is not supported");
        return set_err(c, e);
    }
    if (op == OP_MOD && chk_is_bytes_like(c, l)) {
        chk_error(c, e->loc, "'%%' formatting of bytes needs a literal format (b\"%%d\" %% n)");
        return set_err(c, e);
    }
    if (op == OP_MOD && l->kind == TY_STR) {
        chk_error(c, e->loc, "'%%' formatting needs a literal format string (\"%%d\" %% n); "
                  "for a format computed at run time, use format(value, spec)");
        return set_err(c, e);
    }
    if (ty_is_numeric(l) && ty_is_numeric(r) && numeric_binary(c, e, l, r))
        return e;
    if (method_binary(c, e, l, r) || tuple_concat(c, e, l, r))
        return e;
    Ast *num = chk_num_union_binary(c, e);
    if (num)
        return num;
    const char *advice = chk_union_advice(c, e->u.binary.left);
    chk_error(c, e->loc, "unsupported operand types for %s: '%s' and '%s'%s", ast_op_text[op],
              chk_tyname(c, l), chk_tyname(c, r),
              advice[0] ? advice : chk_union_advice(c, e->u.binary.right));
    return set_err(c, e);
}

/* Both operands of a value `a or b` / branches of `x if c else y`: the
 * result is one of them, kept as it is. */
static Ast *join_operands(Checker *c, Ast *e, Ast **a, Ast **b, const char *what)
{
    if (c->discovering && is_err((*a)->ty) != is_err((*b)->ty)) {
        /* a type not known yet (check_infer.c) takes the other's */
        e->ty = is_err((*a)->ty) ? (*b)->ty : (*a)->ty;
        return e;
    }
    Type *j = ty_join_kept(c->tt, (*a)->ty, (*b)->ty);
    if (!j && ty_is_numeric((*a)->ty) && ty_is_numeric((*b)->ty)) {
        Type *wide = ty_join(c->tt, (*a)->ty, (*b)->ty);
        Ast *narrow = (*a)->ty == wide ? *b : *a;
        chk_error(c, narrow->loc, "%s have different types '%s' and '%s'%s", what,
                  chk_tyname(c, (*a)->ty), chk_tyname(c, (*b)->ty),
                  chk_widen_advice(c, narrow, wide));
        return set_err(c, e);
    }
    if (!j) {
        chk_error(c, e->loc, "%s have incompatible types '%s' and '%s'", what,
                  chk_tyname(c, (*a)->ty), chk_tyname(c, (*b)->ty));
        return set_err(c, e);
    }
    *a = chk_fit(c, *a, j);     /* an int kept as an `int | None` is boxed */
    *b = chk_fit(c, *b, j);
    e->ty = j;
    return e;
}

/* `x or d` with x a `T | None` gives x only when it is true, so never
 * None: with d a T the result is a T (as mypy types it).  The left
 * operand keeps its optional type; the lowering converts it (unboxes an
 * `int | None`) after the truth test. */
static bool or_default(Checker *c, Ast *e)
{
    Ast *l = e->u.binary.left, *r = e->u.binary.right;
    if (e->u.binary.op != OP_OR || l->ty->kind != TY_OPTIONAL || is_err(r->ty))
        return false;
    Type *j = ty_join_kept(c->tt, l->ty->elem, r->ty);
    if (!j || j->kind == TY_OPTIONAL)
        return false;
    e->u.binary.right = chk_fit(c, r, j);
    e->ty = j;
    return true;
}

static Ast *check_boolop(Checker *c, Ast *e)
{
    bool is_and = e->u.binary.op == OP_AND;
    e->u.binary.left = chk_truth(c, e->u.binary.left);
    Flow *saved = c->flow;
    c->flow = flow_copy(c, saved);
    chk_narrow(c, e->u.binary.left, is_and, c->flow);
    int walrus = c->walrus_count;
    /* `args or []`: the default takes the left operand's type */
    Type *hint = c->hint ? c->hint : is_and ? NULL : ty_strip_optional(e->u.binary.left->ty);
    e->u.binary.right = truth_expect(c, e->u.binary.right, hint);
    c->flow = saved;
    if (walrus != c->walrus_count)
        chk_walrus_kill(c, saved, e->u.binary.right);
    if (or_default(c, e))
        return e;
    return join_operands(c, e, &e->u.binary.left, &e->u.binary.right, "the operands of 'and'/'or'");
}

/* A branch of `x if c else y`: to_str < 0 checks it as a value (the
 * other branch's type as the hint), else converts it to str (0) or repr
 * (1) on its own. */
static Ast *ifexp_branch(Checker *c, Ast *b, Type *hint, int to_str)
{
    return to_str < 0 ? chk_expr_expect(c, b, hint) : chk_expr_to_str(c, b, to_str == 1);
}

static Ast *ifexp(Checker *c, Ast *e, int to_str)
{
    /* where a union is expected, each branch is one of its members
     * (`v: float | str = 1.0 if f else "s"`), as mypy has it */
    Type *hint = c->hint;
    bool to_union = to_str < 0 && hint && chk_is_union(hint);
    e->u.ifexp.test = chk_test(c, e->u.ifexp.test);
    Flow *saved = c->flow;
    int walrus = c->walrus_count;
    c->flow = flow_copy(c, saved);
    chk_narrow(c, e->u.ifexp.test, true, c->flow);
    e->u.ifexp.body = ifexp_branch(c, e->u.ifexp.body, c->hint, to_str);
    c->flow = flow_copy(c, saved);
    chk_narrow(c, e->u.ifexp.test, false, c->flow);
    e->u.ifexp.orelse = ifexp_branch(c, e->u.ifexp.orelse,
                                     to_union ? hint : e->u.ifexp.body->ty, to_str);
    c->flow = saved;
    if (walrus != c->walrus_count) {
        chk_walrus_kill(c, saved, e->u.ifexp.body);
        chk_walrus_kill(c, saved, e->u.ifexp.orelse);
    }
    if (to_str >= 0) {
        e->ty = is_err(e->u.ifexp.body->ty) || is_err(e->u.ifexp.orelse->ty) ? TT(ERROR) : TT(STR);
        return e;
    }
    Ast *b = to_union ? chk_fit(c, e->u.ifexp.body, hint) : NULL;
    Ast *o = to_union ? chk_fit(c, e->u.ifexp.orelse, hint) : NULL;
    if (b && o) {
        e->u.ifexp.body = b;
        e->u.ifexp.orelse = o;
        e->ty = hint;
        return e;
    }
    return join_operands(c, e, &e->u.ifexp.body, &e->u.ifexp.orelse, "the branches of 'if'/'else'");
}

static Ast *check_ifexp(Checker *c, Ast *e)
{
    return ifexp(c, e, -1);
}

/* e checked and converted to str (repr: to its repr), where only its text
 * is used (print, str(), an f-string field without a spec).  The branches
 * of `x if c else y` are converted one by one, since str(x if c else y) is
 * str(x) if c else str(y): they need no common type
 * (`print(r if r is None else "%.3f" % r)`). */
Ast *chk_expr_to_str(Checker *c, Ast *e, bool repr)
{
    if (e->kind == AST_IFEXP)
        return ifexp(c, e, repr ? 1 : 0);
    return chk_to_str(c, chk_expr(c, e), repr);
}

/* The type inside t (t itself, a tuple's item, a list's element) whose
 * values op cannot order, or NULL.  Sequences compare as CPython does:
 * the first items that differ (by ==) decide, with op itself, so a class
 * item needs the method of op or its reflection (a > b: __gt__, or
 * __lt__ of the other item); an IntEnum compares as its value. */
static Type *order_blocker(Checker *c, Type *t, AstOp op, bool partial)
{
    switch (t->kind) {
    case TY_ERROR: case TY_BOOL: case TY_INT: case TY_FLOAT: case TY_STR:
        return NULL;
    case TY_SET:
        return partial ? NULL : t;
    case TY_LIST:
        return order_blocker(c, t->elem, op, partial);
    case TY_TUPLE:
        for (int i = 0; i < t->nitems; i++)
            if (order_blocker(c, t->items[i], op, partial))
                return order_blocker(c, t->items[i], op, partial);
        return NULL;
    case TY_CLASS:
        if (chk_is_var_tuple(c, t))
            return order_blocker(c, t->cls->targs[0], op, partial);
        if (t->cls->is_builtin && !chk_is_instance_type(t))   /* not bytes, bytearray */
            return t;
        if (t->cls->enuminfo && t->cls->enuminfo->int_enum)
            return NULL;
        return method_of(c, t, chk_special_name(SK_CMP, op)) ||
               method_of(c, t, chk_special_name(SK_CMP, chk_swapped_op(op))) ? NULL : t;
    default:
        return t;
    }
}

/* Marks used what ordering t needs: __lt__/__le__ of lists, the
 * comparison methods of classes (and the TypeError of a failed dispatch),
 * and the items' __eq__ (a list's methods check their items' own). */
static void use_order(Checker *c, Type *t, AstOp op)
{
    bool le = op == OP_LE || op == OP_GE;
    if (t->kind == TY_TUPLE) {
        chk_hashable(c, t, (Loc){ 0 });
        for (int i = 0; i < t->nitems; i++)
            use_order(c, t->items[i], op);
        return;
    }
    if (t->kind == TY_SET) {   /* a set's items only need their __eq__ */
        chk_use_func(c, method_of(c, t, "__le__"));
        chk_use_func(c, method_of(c, t, "__lt__"));
    }
    if (t->kind == TY_LIST || chk_is_var_tuple(c, t))
        chk_use_func(c, method_of(c, t, le ? "__le__" : "__lt__"));
    if (chk_is_instance_type(t)) {
        chk_use_func(c, method_of(c, t, chk_special_name(SK_CMP, op)));
        chk_use_func(c, method_of(c, t, chk_special_name(SK_CMP, chk_swapped_op(op))));
        chk_use_func(c, chk_prelude_sym(c, "_op_type_error")->func);
    }
}

static bool orderable(Checker *c, Type *t, Type *a, Type *b, AstOp op, Loc loc, const char *what);

bool chk_orderable(Checker *c, Type *t, AstOp op, Loc loc, const char *what)
{
    return orderable(c, t, t, t, op, loc, what);
}

/* t ordered by op; a and b are the operands' types, for the message. */
/* Sets are ordered by inclusion, a partial order: a comparison, min() and
 * max() give CPython's answers, but what a sort makes of unordered pairs
 * depends on which pairs it compares, and the prelude's merge sort
 * compares others than CPython's timsort.  `what` names a user's sort. */
static bool sorts(const char *what)
{
    static const char *const sorting[] = { "sorted()", "sort()", "sorted() with this key",
                                           "sort() with this key" };
    for (size_t i = 0; what && i < sizeof sorting / sizeof *sorting; i++)
        if (strcmp(what, sorting[i]) == 0)
            return true;
    return false;
}

static bool orderable(Checker *c, Type *t, Type *a, Type *b, AstOp op, Loc loc, const char *what)
{
    Type *bad = order_blocker(c, t, op, !sorts(what));
    if (!bad) {
        use_order(c, t, op);
        return true;
    }
    /* The prelude orders only what a user-located check let through (sort,
     * sorted, min, max): after that check's error, stay quiet. */
    if (c->mod == c->prelude && diag_count(c->diag) > 0)
        return false;
    const char *why = "";
    if (bad->kind == TY_CLASS && !bad->cls->is_builtin)
        why = chk_fmt(c, " ('%s' has no %s)", chk_tyname(c, bad), chk_special_name(SK_CMP, op));
    else if (bad->kind == TY_SET)
        why = " (sets are ordered by inclusion, a partial order whose sorting differs between "
              "algorithms: sort by a key)";
    if (what)
        chk_error(c, loc, "%s compares items with '<', which is not supported for '%s'%s", what,
                  chk_tyname(c, t), why);
    else
        chk_error(c, loc, "'%s' is not supported between '%s' and '%s'%s", ast_op_text[op],
                  chk_tyname(c, a), chk_tyname(c, b), why);
    return false;
}

/* A member of t (t itself, or a member of its union) that is a
 * NamedTuple other than nt, or a tuple; NULL if none. */
static Type *tuple_besides(Checker *c, Type *t, Type *nt)
{
    t = ty_strip_optional(t);
    int n = t->kind == TY_UNION ? t->nitems : 1;
    for (int k = 0; k < n; k++) {
        Type *m = t->kind == TY_UNION ? t->items[k] : t;
        if ((chk_is_named_tuple(m) && m != nt) || m->kind == TY_TUPLE || chk_is_var_tuple(c, m))
            return m;
    }
    return NULL;
}

/* CPython compares a NamedTuple with any tuple (another NamedTuple class,
 * a plain tuple) item by item; here it equals only its own class. */
static bool named_tuple_mixed(Checker *c, Type *a, Type *b, Loc loc)
{
    for (int side = 0; side < 2; side++) {
        Type *t = ty_strip_optional(side ? b : a), *other = side ? a : b;
        int n = t->kind == TY_UNION ? t->nitems : 1;
        for (int k = 0; k < n; k++) {
            Type *m = t->kind == TY_UNION ? t->items[k] : t;
            Type *bad = chk_is_named_tuple(m) ? tuple_besides(c, other, m) : NULL;
            if (bad) {
                chk_error(c, loc, "comparing the NamedTuple '%s' with '%s' is not supported "
                          "(CPython compares them item by item): compare values of one class",
                          chk_tyname(c, m), chk_tyname(c, bad));
                return true;
            }
        }
    }
    return false;
}

/* t is a tuple CPython compares item by item with a NamedTuple: a tuple
 * display's type, or a NamedTuple class other than nt that keeps the
 * comparisons it was made with. */
static bool plain_tuple_like(Type *t, Type *nt)
{
    if (t->kind == TY_TUPLE)
        return true;
    return chk_is_named_tuple(t) && t != nt && !t->cls->dataclass->own_compare;
}

/* A NamedTuple compared with a tuple or another NamedTuple class: both
 * as the tuples of their items, as CPython compares them (unions of
 * these stay refused by named_tuple_mixed). */
static void named_tuples_as_tuples(Checker *c, Ast **pa, Ast **pb)
{
    Type *a = (*pa)->ty, *b = (*pb)->ty;
    bool nta = chk_is_named_tuple(a) && !a->cls->dataclass->own_compare;
    bool ntb = chk_is_named_tuple(b) && !b->cls->dataclass->own_compare;
    if ((nta && plain_tuple_like(b, a)) || (ntb && plain_tuple_like(a, b))) {
        *pa = chk_named_tuple_as_tuple(c, *pa);
        *pb = chk_named_tuple_as_tuple(c, *pb);
    }
}

/* Tuples of other lengths or item types ((1, 2) < (1, 2, 3), (1, 2) ==
 * (1, 2.0)): CPython compares the common items pair by pair, so each
 * pair needs a join (the lowering's tuple_compare compares it as its two
 * types); == compares the items too before the lengths, as CPython. */
static bool unlike_tuples(Checker *c, Loc loc, Type *a, Type *b, AstOp op)
{
    bool ordering = op != OP_EQ && op != OP_NE;
    int n = a->nitems < b->nitems ? a->nitems : b->nitems;
    for (int i = 0; i < n; i++) {
        Type *x = a->items[i], *y = b->items[i];
        Type *j = ty_join(c->tt, x, y);
        bool none_num = (x->kind == TY_NONE && ty_is_value(y)) || (y->kind == TY_NONE && ty_is_value(x));
        if (!j || chk_is_union(j) || none_num) {
            chk_error(c, loc, "cannot compare '%s' and '%s' with '%s' (at index %d: '%s' and '%s')",
                      chk_tyname(c, a), chk_tyname(c, b), ast_op_text[op], i, chk_tyname(c, x),
                      chk_tyname(c, y));
            return false;
        }
        if (ordering ? !orderable(c, j, a, b, op, loc, NULL) : !chk_union_eq_ok(c, j, op, loc))
            return false;
        FuncInfo *m = method_of(c, ty_strip_optional(j), "__eq__");
        if (m)
            chk_use_func(c, m);
    }
    return true;
}

/* One comparison a OP b of a chain; returns false after an error. */
static bool compare_pair(Checker *c, Ast *e, int i)
{
    Ast **pa = &e->u.compare.operands.items[i], **pb = &e->u.compare.operands.items[i + 1];
    Type *a = (*pa)->ty, *b = (*pb)->ty;
    AstOp op = e->u.compare.ops[i];
    if (is_err(a) || is_err(b))
        return false;
    if (op != OP_IS && op != OP_ISNOT && op != OP_IN && op != OP_NOTIN) {
        named_tuples_as_tuples(c, pa, pb);
        a = (*pa)->ty;
        b = (*pb)->ty;
    }
    if (op != OP_IS && op != OP_ISNOT && op != OP_IN && op != OP_NOTIN &&
        named_tuple_mixed(c, a, b, e->loc))
        return false;
    if (op != OP_IS && op != OP_ISNOT && op != OP_IN && op != OP_NOTIN) {
        /* an IntEnum member compares as its int value */
        Ast *va = chk_intenum_value(c, *pa), *vb = chk_intenum_value(c, *pb);
        if ((va != *pa || vb != *pb) && ty_is_numeric(va->ty) && ty_is_numeric(vb->ty)) {
            *pa = va;
            *pb = vb;
            a = va->ty;
            b = vb->ty;
        }
    }
    if (op != OP_IN && op != OP_NOTIN && (chk_is_union(a) || chk_is_union(b)))
        return chk_union_compare(c, e, i);
    if (chk_class_compare(c, e, i))
        return e->u.compare.disps[i] != NULL;
    if (op == OP_IN || op == OP_NOTIN) {
        *pb = chk_named_tuple_as_tuple(c, chk_enum_as_members(c, *pb));
        b = (*pb)->ty;
        FuncInfo *m = method_of(c, b, "__contains__");
        if (b->kind == TY_TUPLE) {
            for (int k = 0; k < b->nitems; k++)
                if (!ty_join(c->tt, a, b->items[k]))
                    goto bad_in;
            return chk_union_eq_ok(c, a, op, e->loc) && chk_union_eq_ok(c, b, op, e->loc);
        }
        if (!m)
            goto bad_in;
        /* a program's __contains__ receives the value as it is */
        bool kept = chk_is_instance_type(b);
        Ast *ca = kept ? chk_fit(c, *pa, m->params[1].type) : chk_coerce(c, *pa, m->params[1].type);
        if (!ca && kept) {
            chk_error(c, e->loc, "'__contains__' of '%s' takes '%s', not '%s'%s", chk_tyname(c, b),
                      chk_tyname(c, m->params[1].type), chk_tyname(c, a),
                      chk_widen_advice(c, *pa, m->params[1].type));
            return false;
        }
        if (!ca)
            goto bad_in;
        *pa = ca;
        e->u.compare.methods[i] = m;
        chk_use_func(c, m);
        return true;
    bad_in:
        if (b->kind == TY_OPAQUE)   /* zip(), enumerate(), reversed(): for loops only */
            chk_error(c, e->loc, "'%s' over '%s' is not supported: search a list of it "
                      "('x in list(%s(...))') or a generator expression", ast_op_text[op],
                      chk_tyname(c, b), b->name);
        else
            chk_error(c, e->loc, "unsupported operand types for %s: '%s' and '%s'", ast_op_text[op],
                      chk_tyname(c, a), chk_tyname(c, b));
        return false;
    }
    if (op == OP_IS || op == OP_ISNOT) {
        /* an `int | None` narrowed to its int is still tested as itself */
        if ((*pa)->kind == AST_CONVERT && ((*pa)->checked || ty_boxes(a, (*pa)->u.convert.operand->ty)))
            a = (*pa = (*pa)->u.convert.operand)->ty;
        if ((*pb)->kind == AST_CONVERT && ((*pb)->checked || ty_boxes(b, (*pb)->u.convert.operand->ty)))
            b = (*pb = (*pb)->u.convert.operand)->ty;
        if (ty_is_value(a) || ty_is_value(b)) {
            chk_error(c, e->loc, "'%s' compares references; use '%s' for '%s'", ast_op_text[op],
                      op == OP_IS ? "==" : "!=", chk_tyname(c, ty_is_value(a) ? a : b));
            return false;
        }
        return true;
    }
    if (ty_is_numeric(a) && ty_is_numeric(b)) {
        /* an int and a float compare exactly (the lowering's
         * int_float_compare), not as two floats: 2**53 + 1 > 2.0**53 */
        if ((a->kind == TY_INT && b->kind == TY_FLOAT) || (a->kind == TY_FLOAT && b->kind == TY_INT))
            return true;
        Type *j = ty_join(c->tt, a, b);
        *pa = chk_convert(c, *pa, j);
        *pb = chk_convert(c, *pb, j);
        return true;
    }
    bool ordering = op != OP_EQ && op != OP_NE;
    Type *j = ty_join(c->tt, a, b);
    if (!j && a->kind == TY_TUPLE && b->kind == TY_TUPLE)
        return unlike_tuples(c, e->loc, a, b, op);
    if (!j) {
        chk_error(c, e->loc, "cannot compare '%s' and '%s' with '%s'", chk_tyname(c, a),
                  chk_tyname(c, b), ast_op_text[op]);
        return false;
    }
    if (a->kind == TY_NONE || b->kind == TY_NONE) {
        if (ordering)
            goto bad_order;
        if (ty_is_value(a))         /* n == None: a boxed n is never None */
            *pa = chk_convert(c, *pa, j);
        if (ty_is_value(b))
            *pb = chk_convert(c, *pb, j);
        return true;        /* x == None: identity */
    }
    if (j->kind == TY_OPTIONAL && ordering)
        goto bad_order;
    if (ordering)
        return orderable(c, j, a, b, op, e->loc, NULL);
    FuncInfo *m = method_of(c, ty_strip_optional(j), "__eq__");
    if (j->kind != TY_OPTIONAL)
        e->u.compare.methods[i] = m;
    chk_use_func(c, m);
    if (j->kind == TY_TUPLE)
        chk_hashable(c, j, e->loc);
    return chk_union_eq_ok(c, j, op, e->loc);
bad_order:
    chk_error(c, e->loc, "'%s' is not supported between '%s' and '%s'", ast_op_text[op],
              chk_tyname(c, a), chk_tyname(c, b));
    return false;
}

/* `n in range(a, b, c)` (alone, not in a chain): computed, not iterated,
 * as CPython's range does; NULL when e is something else. */
static Ast *range_contains(Checker *c, Ast *e)
{
    AstList *ops = &e->u.compare.operands;
    Ast *x = ops->items[0], *r = ops->items[ops->n - 1];
    AstOp op = e->u.compare.ops[0];
    if (ops->n != 2 || (op != OP_IN && op != OP_NOTIN) || x->ty->kind != TY_INT ||
        r->kind != AST_CALL || r->u.call.res != RES_BUILTIN || r->u.call.builtin != BI_RANGE)
        return NULL;
    Ast *args[4] = { x, r->u.call.bound.items[0], r->u.call.bound.items[1], r->u.call.bound.items[2] };
    Ast *call = chk_prelude_call(c, "_range_contains", args, 4, e->loc);
    if (op == OP_IN)
        return call;
    Ast *not = chk_synth(c, AST_UNARY, e->loc, TT(BOOL));
    not->u.unary.op = OP_NOT;
    not->u.unary.operand = call;
    return not;
}

/* `[] in list_of_lists`, `set() in sets`: a display (or an empty list(),
 * set(), dict()) left of `in` takes its type from the container's items
 * (or its __contains__'s parameter), as an assignment takes the target's. */
/* stack == [] / {} != d: the empty display has the other operand's
 * container type (equal when that one is empty too, as in CPython). */
static bool empty_compared(const Ast *x, AstOp op)
{
    PartialKind k = chk_partial_kind(x);
    return (op == OP_EQ || op == OP_NE) && k != PART_NO && k != PART_NONE;
}

static Type *empty_display_hint(const Ast *x, AstOp op, Type *other)
{
    static const TyKind kinds[] = { [PART_LIST] = TY_LIST, [PART_DICT] = TY_DICT,
                                    [PART_SET] = TY_SET };
    if (!empty_compared(x, op) || !other)
        return NULL;
    return other->kind == kinds[chk_partial_kind(x)] ? other : NULL;
}

static bool display_before_in(Ast *e, int i)
{
    Ast *x = e->u.compare.operands.items[i], *f = x->kind == AST_CALL ? x->u.call.func : NULL;
    AstOp op = i + 1 < e->u.compare.operands.n ? e->u.compare.ops[i] : OP_EQ;
    bool display = x->kind == AST_LIST || x->kind == AST_SET || x->kind == AST_DICT ||
                   (f && f->kind == AST_NAME && x->u.call.args.n == 0 &&
                    (!strcmp(f->u.name.id, "list") || !strcmp(f->u.name.id, "set") ||
                     !strcmp(f->u.name.id, "dict")));
    bool before_eq = i + 1 < e->u.compare.operands.n && empty_compared(x, op);
    return display && !x->ty && (op == OP_IN || op == OP_NOTIN || before_eq);
}

static Type *contained_type(Checker *c, Type *t)
{
    t = ty_strip_optional(t);
    if (t->kind == TY_LIST || t->kind == TY_SET)
        return t->elem;
    if (t->kind == TY_DICT)
        return t->key;
    FuncInfo *m = t->kind == TY_CLASS ? method_of(c, t, "__contains__") : NULL;
    return m && m->nparams == 2 ? m->params[1].type : NULL;
}

/* `tok in (None, ")")` with tok a `str | None`: each item of the tuple
 * display takes the left operand's type (so None is its None). */
static Type *tuple_in_hint(Checker *c, const Ast *x, AstOp op, Type *left)
{
    if ((op != OP_IN && op != OP_NOTIN) || x->kind != AST_TUPLE || left->kind != TY_OPTIONAL)
        return NULL;
    int n = x->u.seq.items.n;
    Type **items = arena_alloc(c->arena, (size_t)n * sizeof *items);
    for (int i = 0; i < n; i++)
        items[i] = left;
    return ty_tuple(c->tt, items, n);
}

static Ast *check_compare(Checker *c, Ast *e)
{
    Ast *type_is = chk_type_is(c, e);
    if (type_is)
        return type_is;
    AstList *ops = &e->u.compare.operands;
    e->u.compare.methods = arena_alloc(c->arena, (size_t)ops->n * sizeof *e->u.compare.methods);
    e->u.compare.disps = arena_alloc(c->arena, (size_t)ops->n * sizeof *e->u.compare.disps);
    for (int i = 0; i < ops->n; i++)
        if (!display_before_in(e, i)) {
            /* args == (1, 2): the display is a tuple of any length too */
            Ast *prev = i > 0 ? ops->items[i - 1] : NULL;     /* checked unless a display */
            Type *h = prev && prev->ty && chk_is_var_tuple(c, prev->ty) ? prev->ty : NULL;
            if (!h && prev && prev->ty)
                h = empty_display_hint(ops->items[i], e->u.compare.ops[i - 1], prev->ty);
            if (!h && prev && prev->ty)
                h = tuple_in_hint(c, ops->items[i], e->u.compare.ops[i - 1], prev->ty);
            ops->items[i] = chk_expr_expect(c, ops->items[i], h);
        }
    for (int i = 0; i + 1 < ops->n; i++)
        if (display_before_in(e, i)) {
            Type *next = ops->items[i + 1]->ty;
            Type *h = empty_compared(ops->items[i], e->u.compare.ops[i])
                          ? empty_display_hint(ops->items[i], e->u.compare.ops[i], next)
                          : contained_type(c, next);
            ops->items[i] = chk_expr_expect(c, ops->items[i], h);
        }
    Ast *rc = range_contains(c, e);
    if (!rc)
        rc = chk_num_union_order(c, e);
    if (!rc)
        rc = chk_union_is_bool(c, e);
    if (rc)
        return rc;
    e->ty = TT(BOOL);
    for (int i = 0; i + 1 < ops->n; i++)
        compare_pair(c, e, i);
    return e;
}

/* ------------------------------------------------------------ displays */

/* Items 0..upto of a display mix number types (wide is the widest):
 * CPython keeps each as it is, so the narrower ones are reported. */
static Type *mixed_numbers(Checker *c, AstList *items, int upto, Type *wide)
{
    for (int i = 0; i <= upto; i++) {
        Ast *x = items->items[i];
        if (x->ty != wide) {
            chk_error(c, x->loc, "items of different types '%s' and '%s'%s", chk_tyname(c, x->ty),
                      chk_tyname(c, wide), chk_widen_advice(c, x, wide));
            break;
        }
    }
    return TT(ERROR);
}

/* Items i+1.. after an error: still checked, for their own errors. */
static Type *check_rest(Checker *c, AstList *items, int i, Type *hint)
{
    for (i++; i < items->n; i++)
        items->items[i] = chk_expr_expect(c, items->items[i], hint);
    return TT(ERROR);
}

static Type *join_items(Checker *c, AstList *items, Type *hint, Loc loc)
{
    Type *t = hint;
    bool bad = false;
    for (int i = 0; i < items->n; i++) {
        items->items[i] = chk_expr_expect(c, items->items[i], hint);
        Type *it = items->items[i]->ty;
        if (is_err(it) || (bad && !hint)) {
            bad = true;         /* check the other items: every error is reported */
            continue;
        }
        if (hint) {
            Ast *fx = chk_fit(c, items->items[i], hint);
            if (fx)
                items->items[i] = fx;
            if (!fx) {
                chk_error(c, items->items[i]->loc, "item has type '%s', expected '%s'%s",
                          chk_tyname(c, it), chk_tyname(c, hint),
                          chk_widen_advice(c, items->items[i], hint));
                bad = true;
            }
            continue;
        }
        Type *j = t ? ty_join_kept(c->tt, t, it) : it;
        if (!j && ty_is_numeric(t) && ty_is_numeric(it)) {
            mixed_numbers(c, items, i, ty_join(c->tt, t, it));
            return check_rest(c, items, i, hint);
        }
        if (!j) {
            chk_error(c, items->items[i]->loc, "items of different types '%s' and '%s'; annotate the variable",
                      chk_tyname(c, t), chk_tyname(c, it));
            return check_rest(c, items, i, hint);
        }
        t = j;
    }
    if (bad)
        return TT(ERROR);
    bool literal = true;        /* [None, None] needs an annotation; [x] of an x: None not */
    for (int i = 0; i < items->n; i++)
        literal = literal && items->items[i]->kind == AST_NONE;
    if (t && t->kind == TY_NONE && !hint && literal) {
        chk_error(c, loc, "cannot infer the item type from None; annotate the variable");
        return TT(ERROR);
    }
    for (int i = 0; t && i < items->n; i++) {
        Ast *x = chk_fit(c, items->items[i], t);     /* [1, None]: the 1 is boxed */
        if (x)
            items->items[i] = x;
    }
    return t;
}

static void use_container(Checker *c, Type *t, const char *add)
{
    ClassInfo *cls = chk_class_of(c, t);
    if (!cls)
        return;
    chk_use_func(c, chk_find_method(cls, "__init__"));
    chk_use_func(c, chk_find_method(cls, add));
}

static Ast *check_display(Checker *c, Ast *e)
{
    const char *what = e->kind == AST_LIST ? "list" : "set";
    Type *want = c->hint ? ty_strip_optional(c->hint) : NULL;   /* a `list[T] | None` too */
    Type *hint = want && want->kind == (e->kind == AST_LIST ? TY_LIST : TY_SET) ? want->elem : NULL;
    if (!hint && e->u.seq.items.n == 0 && c->hint && is_err(c->hint))
        return set_err(c, e);       /* the target's type was reported */
    if (!hint && e->u.seq.items.n == 0) {
        chk_error(c, e->loc, "cannot infer the type of an empty %s; annotate the variable", what);
        return set_err(c, e);
    }
    Type *el = join_items(c, &e->u.seq.items, hint, e->loc);
    if (is_err(el))
        return set_err(c, e);
    if (e->kind == AST_SET && !chk_key_type_ok(el)) {
        chk_error(c, e->loc, "'%s' cannot be a set element", chk_tyname(c, el));
        return set_err(c, e);
    }
    if (e->kind == AST_SET && !chk_key_hashable(c, el, e->loc)) {
        return set_err(c, e);
    }
    e->ty = e->kind == AST_LIST ? ty_list(c->tt, el) : ty_set(c->tt, el);
    use_container(c, e->ty, e->kind == AST_LIST ? "append" : "add");
    if (e->kind == AST_SET)
        chk_hashable(c, el, e->loc);
    return e;
}

/* A tuple display where a tuple[T, ...] is expected (`t: tuple[int, ...]
 * = (1, 2)`, `return ()`): the prelude's _tuple of a list display. */
static Ast *var_tuple_display(Checker *c, Ast *e, Type *want)
{
    Type *lt = ty_list(c->tt, want->cls->targs[0]);
    Ast *lst = chk_synth(c, AST_LIST, e->loc, NULL);
    lst->ty = NULL;
    lst->u.seq.items = e->u.seq.items;
    lst = chk_expr_expect(c, lst, lt);
    Ast *fit = is_err(lst->ty) ? lst : chk_fit(c, lst, lt);
    if (!fit) {
        chk_error(c, e->loc, "the items of this tuple have type '%s', expected '%s'",
                  chk_tyname(c, lst->ty->elem), chk_tyname(c, lt->elem));
        return set_err(c, e);
    }
    return chk_prelude_call(c, "_tuple_of", &fit, 1, e->loc);
}

static Ast *check_tuple(Checker *c, Ast *e)
{
    int n = e->u.seq.items.n;
    if (c->hint && chk_is_var_tuple(c, ty_strip_optional(c->hint)))
        return var_tuple_display(c, e, ty_strip_optional(c->hint));
    Type *hint = c->hint ? ty_strip_optional(c->hint) : NULL;
    return chk_tuple_items(c, e, hint && hint->kind == TY_TUPLE && hint->nitems == n
                                 ? hint->items : NULL);
}

/* A tuple display whose item i is expected to be a hints[i] (NULL: no
 * hint); hints may be NULL. */
Ast *chk_tuple_items(Checker *c, Ast *e, Type **hints)
{
    int n = e->u.seq.items.n;
    Type **items = arena_alloc(c->arena, (size_t)n * sizeof *items);
    bool bad = false;
    for (int i = 0; i < n; i++) {
        Type *h = hints ? hints[i] : NULL;
        Ast *x = chk_expr_expect(c, e->u.seq.items.items[i], h);
        e->u.seq.items.items[i] = x;
        items[i] = x->ty;
        if (is_err(x->ty))
            bad = true;
        else if (x->ty->kind == TY_NONE && h && h->kind == TY_OPTIONAL)
            items[i] = h;       /* (1, None) where tuple[int, str | None] is expected */
        else if (h && ty_boxes(x->ty, h) && ty_subtype(x->ty, h)) {
            e->u.seq.items.items[i] = chk_fit(c, x, h);   /* (1, 2) as tuple[int | None, int] */
            items[i] = h;
        }
    }
    if (bad)
        return set_err(c, e);
    e->ty = ty_tuple(c->tt, items, n);
    return e;
}

/* The `**d` items of a dict display (NULL keys): each a dict of the
 * display's type, which the first one gives when nothing else does.
 * False after an error. */
static bool check_unpacked(Checker *c, Ast *e, Type **k, Type **v)
{
    bool ok = true;
    for (int i = 0; i < e->u.dict.keys.n; i++) {
        if (e->u.dict.keys.items[i])
            continue;
        Type *want = *k ? ty_dict(c->tt, *k, *v) : NULL;
        Ast *d = chk_expr_expect(c, e->u.dict.values.items[i], want);
        e->u.dict.values.items[i] = d;
        if (is_err(d->ty)) {
            ok = false;
        } else if (d->ty->kind != TY_DICT) {
            chk_error(c, d->loc, "'**' in a dict display needs a dict, not '%s'", chk_tyname(c, d->ty));
            ok = false;
        } else if (!want) {
            *k = d->ty->key;
            *v = d->ty->val;
        } else if (d->ty != want) {
            chk_error(c, d->loc, "'**' item has type '%s', expected '%s'", chk_tyname(c, d->ty),
                      chk_tyname(c, want));
            ok = false;
        }
    }
    return ok;
}

/* The keys and values of a display's `k: v` items (not `**d`). */
static void plain_items(Checker *c, Ast *e, AstList *keys, AstList *values)
{
    for (int i = 0; i < e->u.dict.keys.n; i++)
        if (e->u.dict.keys.items[i]) {
            ast_list_push(c->arena, keys, e->u.dict.keys.items[i]);
            ast_list_push(c->arena, values, e->u.dict.values.items[i]);
        }
}

/* Puts the checked `k: v` items back in their places. */
static void put_plain_items(Ast *e, const AstList *keys, const AstList *values)
{
    for (int i = 0, j = 0; i < e->u.dict.keys.n; i++)
        if (e->u.dict.keys.items[i]) {
            e->u.dict.keys.items[i] = keys->items[j];
            e->u.dict.values.items[i] = values->items[j++];
        }
}

static bool has_unpacked(const Ast *e)
{
    for (int i = 0; i < e->u.dict.keys.n; i++)
        if (!e->u.dict.keys.items[i])
            return true;
    return false;
}

/* {**a, k: v, **b}: a new dict, filled in order (the lowering updates it
 * with each unpacked dict). */
static Ast *dict_with_unpacked(Checker *c, Ast *e, Type *k, Type *v)
{
    bool ok = check_unpacked(c, e, &k, &v);
    AstList keys = { 0 }, values = { 0 };
    plain_items(c, e, &keys, &values);
    Type *jk = join_items(c, &keys, k, e->loc);
    Type *jv = join_items(c, &values, v, e->loc);
    put_plain_items(e, &keys, &values);
    if (!ok || is_err(jk) || is_err(jv))
        return set_err(c, e);
    if (keys.n && !chk_key_hashable(c, k, e->loc))
        return set_err(c, e);
    e->ty = ty_dict(c->tt, k, v);
    use_container(c, e->ty, "__setitem__");
    use_container(c, e->ty, "update");
    chk_hashable(c, k, e->loc);
    return e;
}

static Ast *check_dict(Checker *c, Ast *e)
{
    Type *want = c->hint ? ty_strip_optional(c->hint) : NULL;   /* a `dict[K, V] | None` too */
    Type *hk = want && want->kind == TY_DICT ? want->key : NULL;
    Type *hv = want && want->kind == TY_DICT ? want->val : NULL;
    if (has_unpacked(e))
        return dict_with_unpacked(c, e, hk, hv);
    if (!hk && e->u.dict.keys.n == 0 && c->hint && is_err(c->hint))
        return set_err(c, e);       /* the target's type was reported */
    if (!hk && e->u.dict.keys.n == 0) {
        chk_error(c, e->loc, "cannot infer the type of an empty dict; annotate the variable");
        return set_err(c, e);
    }
    Type *k = join_items(c, &e->u.dict.keys, hk, e->loc);
    Type *v = join_items(c, &e->u.dict.values, hv, e->loc);
    if (is_err(k) || is_err(v))
        return set_err(c, e);
    if (!chk_key_type_ok(k)) {
        chk_error(c, e->loc, "'%s' cannot be used as a dict key", chk_tyname(c, k));
        return set_err(c, e);
    }
    if (e->u.dict.keys.n && !chk_key_hashable(c, k, e->loc))   /* {} hashes nothing */
        return set_err(c, e);
    e->ty = ty_dict(c->tt, k, v);
    use_container(c, e->ty, "__setitem__");
    chk_hashable(c, k, e->loc);
    return e;
}

/* A comprehension's item takes the expected item type when it is a
 * subtype of it ([Leaf(1) for ...] is a list[Node] where one is expected);
 * a number that needs widening is reported here, as a display's item is:
 * CPython keeps [i for i in range(3)] a list of ints. */
static Type *elt_fit(Checker *c, Ast **elt, Type *want)
{
    Type *t = (*elt)->ty;
    if (!want || is_err(t) || is_err(want) || t == want)
        return t;
    if (ty_subtype(t, want)) {
        *elt = chk_fit(c, *elt, want);      /* an int item of a list[int | None] is boxed */
        return want;
    }
    const char *advice = chk_widen_advice(c, *elt, want);
    if (!*advice)
        return t;
    if ((*elt)->kind == AST_NAME && (*elt)->u.name.id[0] == '$')   /* list(it), set(it) */
        chk_error(c, (*elt)->loc, "items have type '%s', expected '%s': convert them, e.g. "
                  "[%s(x) for x in ...] (CPython would keep the %ss)", chk_tyname(c, t),
                  chk_tyname(c, want), chk_tyname(c, want), chk_tyname(c, t));
    else
        chk_error(c, (*elt)->loc, "comprehension item has type '%s', expected '%s'%s",
                  chk_tyname(c, t), chk_tyname(c, want), advice);
    return TT(ERROR);
}

/* A comprehension whose variable a closure uses is a generator of its own
 * (each run gets its own variables, as in CPython) fed to list(), set()
 * or dict(). */
static Ast *comp_as_generator(Checker *c, Ast *e)
{
    Ast *g = ast_new(c->arena, AST_GENEXP, e->loc);
    g->u.comp = e->u.comp;
    if (e->kind == AST_DICTCOMP) {
        AstList kv = { 0 };
        ast_list_push(c->arena, &kv, e->u.comp.elt);
        ast_list_push(c->arena, &kv, e->u.comp.value);
        g->u.comp.elt = ast_seq(c->arena, AST_TUPLE, e->loc, kv);
        g->u.comp.value = NULL;
    }
    /* the expected item type reaches the items (lambdas need it) */
    Type *h = c->hint ? ty_strip_optional(c->hint) : NULL, *want = NULL;
    if (h && (h->kind == TY_LIST || h->kind == TY_SET) && e->kind != AST_DICTCOMP)
        want = h->elem;
    if (h && h->kind == TY_DICT && e->kind == AST_DICTCOMP) {
        Type *kv[2] = { h->key, h->val };
        want = ty_tuple(c->tt, kv, 2);
    }
    Type *saved = c->hint;
    c->hint = want ? ty_iter(c->tt, want) : NULL;
    Ast *gen = chk_genexp(c, g);
    c->hint = saved;
    if (gen->ty->kind == TY_ERROR)
        return set_err(c, e);
    Ast *call = chk_synth(c, AST_CALL, e->loc, NULL);
    call->ty = NULL;
    ast_list_push(c->arena, &call->u.call.args, gen);
    int id = e->kind == AST_SETCOMP ? BI_SET : e->kind == AST_DICTCOMP ? BI_DICT : BI_LIST;
    call->u.call.func = ast_name(c->arena, e->loc, chk_builtins[id].name);
    return chk_builtin_call(c, call, id);
}

static Ast *check_comp(Checker *c, Ast *e)
{
    if (e->u.comp.scope && e->u.comp.scope->as_function)
        return comp_as_generator(c, e);
    CompScope scope = { .outer = c->comp };
    chk_forget_assigned_in(c, e);
    Flow *saved = c->flow;
    int walrus = c->walrus_count;
    c->flow = flow_copy(c, saved);
    for (int i = 0; i < e->u.comp.fors.n; i++) {
        Ast *f = e->u.comp.fors.items[i];
        FuncInfo *it = NULL, *nx = NULL;
        Type *elem = chk_iter_elem(c, f->u.compfor.iter, &it, &nx);
        f->u.compfor.iter_fn = it;
        f->u.compfor.next_fn = nx;
        f->ty = elem;
        if (i == 0)
            c->comp = &scope;
        chk_comp_target(c, f->u.compfor.target, elem);
        for (int j = 0; j < f->u.compfor.ifs.n; j++) {
            Ast *cond = f->u.compfor.ifs.items[j] = chk_test(c, f->u.compfor.ifs.items[j]);
            chk_narrow(c, cond, true, c->flow);
        }
    }
    if (e->u.comp.fors.n == 0)
        c->comp = &scope;
    Type *hint = c->hint ? ty_strip_optional(c->hint) : NULL;
    TyKind want = e->kind == AST_DICTCOMP ? TY_DICT : e->kind == AST_SETCOMP ? TY_SET : TY_LIST;
    if (hint && hint->kind != want)
        hint = NULL;
    Ast *elt = e->u.comp.elt = chk_expr_expect(c, e->u.comp.elt,
                                               hint ? (want == TY_DICT ? hint->key : hint->elem) : NULL);
    Type *t = elt_fit(c, &e->u.comp.elt, hint ? (want == TY_DICT ? hint->key : hint->elem) : NULL);
    if (e->kind == AST_DICTCOMP) {
        e->u.comp.value = chk_expr_expect(c, e->u.comp.value, hint ? hint->val : NULL);
        Type *vt = elt_fit(c, &e->u.comp.value, hint ? hint->val : NULL);
        if (!is_err(t) && !is_err(vt)) {
            if (!chk_key_type_ok(t))
                chk_error(c, elt->loc, "'%s' cannot be used as a dict key", chk_tyname(c, t));
            else
                chk_key_hashable(c, t, elt->loc);
            e->ty = ty_dict(c->tt, t, vt);
        }
    } else if (!is_err(t)) {
        if (t->kind == TY_NONE && !hint && e->u.comp.elt->kind == AST_NONE)
            chk_error(c, elt->loc, "cannot infer the item type from None");
        else if (e->kind == AST_SETCOMP && !chk_key_type_ok(t))
            chk_error(c, elt->loc, "'%s' cannot be a set element", chk_tyname(c, t));
        else if (e->kind == AST_SETCOMP)
            chk_key_hashable(c, t, elt->loc);
        e->ty = e->kind == AST_SETCOMP ? ty_set(c->tt, t) : ty_list(c->tt, t);
    }
    c->comp = scope.outer;
    c->flow = saved;
    if (walrus != c->walrus_count)    /* ran zero or more times */
        chk_walrus_kill(c, saved, e);
    if (!e->ty)
        return set_err(c, e);
    use_container(c, e->ty, e->kind == AST_LISTCOMP || e->kind == AST_GENEXP ? "append"
                            : e->kind == AST_SETCOMP ? "add" : "__setitem__");
    return e;
}

/* The name CPython gives the type of a value in format errors. */
static const char *py_type_name(Checker *c, Type *t)
{
    switch (t->kind) {
    case TY_LIST: return "list";
    case TY_DICT: return "dict";
    case TY_SET: return "set";
    case TY_TUPLE: return "tuple";
    case TY_NONE: return "NoneType";
    case TY_CALLABLE: return "function";
    case TY_CLASS: return ty_class_pyname(t->cls);
    case TY_OPTIONAL: return py_type_name(c, t->elem);
    default: return chk_tyname(c, t);
    }
}

/* format(v, spec) of a union: the __format__ of the member v holds
 * (lower_union.c); a class member, and None, take object's (str() for an
 * empty spec, else TypeError naming the class held): a class of the
 * program defines no __format__ (check_special.c). */
static Ast *union_format(Checker *c, Ast *value, Ast *spec)
{
    if (!printable_as(c, value->ty, false, value->loc, true))
        return set_err(c, value);
    chk_use_repr(c, value->ty);
    Ast *args[2] = { value, spec };
    return builtin_call(c, BI_FORMAT, args, 2, TT(STR), value->loc);
}

/* format(value, spec) with spec a checked str expression: the value's
 * __format__, or object.__format__'s rule for values without one (str()
 * for an empty spec, else TypeError at run time, as CPython). */
Ast *chk_format_value(Checker *c, Ast *value, Ast *spec)
{
    FuncInfo *m = method_of(c, value->ty, "__format__");
    if (m)
        return chk_method_call(c, value, m, &spec, 1, value->loc);
    bool empty = spec->kind == AST_STR && spec->u.str.len == 0;
    if (chk_is_union(value->ty) && !empty)
        return union_format(c, value, spec);
    Ast *s = chk_to_str(c, value, false);
    if (empty)
        return s;
    if (value->ty->kind == TY_OPTIONAL && value->ty->elem->kind == TY_STR) {
        Ast *args[2] = { value, spec };
        return chk_prelude_call(c, "_format_opt_str", args, 2, value->loc);
    }
    Ast *tn = chk_synth(c, AST_STR, value->loc, TT(STR));
    tn->u.str.s = py_type_name(c, value->ty);
    tn->u.str.len = strlen(tn->u.str.s);
    Ast *args[3] = { s, spec, tn };
    return chk_prelude_call(c, "_format_object", args, 3, value->loc);
}

static Ast *check_fstring(Checker *c, Ast *e)
{
    AstList *parts = &e->u.fstr.parts;
    for (int i = 0; i < parts->n; i++) {
        Ast *p = parts->items[i];
        bool literal = p->kind == AST_STR && !(e->u.fstr.convs && e->u.fstr.convs[i]) &&
                       !(e->u.fstr.specs && e->u.fstr.specs[i]);
        if (literal) {
            p->ty = TT(STR);
            continue;
        }
        char conv = e->u.fstr.convs ? e->u.fstr.convs[i] : 0;
        Ast *spec = e->u.fstr.specs ? e->u.fstr.specs[i] : NULL;
        bool as_str = conv || !spec, converted = as_str && p->kind == AST_IFEXP;
        p = converted ? chk_expr_to_str(c, p, conv == 'r') : chk_expr(c, p);
        if (spec) {
            spec = e->u.fstr.specs[i] = chk_expr(c, spec);
            if (!is_err(spec->ty) && spec->ty->kind != TY_STR)
                chk_error(c, spec->loc, "a format spec must be a 'str', got '%s'",
                          chk_tyname(c, spec->ty));
        }
        if (is_err(p->ty) || (spec && spec->ty->kind != TY_STR)) {
            parts->items[i] = p;
            continue;
        }
        if (spec && !conv && p->ty->kind == TY_OPTIONAL && ty_is_value(p->ty->elem)) {
            /* CPython: format(None, spec) raises TypeError */
            const char *text = spec->kind == AST_STR ? spec->u.str.s : "spec";
            chk_error(c, p->loc, "'%s' may be None, which has no format '%s': check 'is not "
                      "None' first", chk_tyname(c, p->ty), text);
            parts->items[i] = p;
            continue;
        }
        if (as_str && !converted)
            p = chk_to_str(c, p, conv == 'r');
        if (spec)
            p = chk_format_value(c, p, spec);
        parts->items[i] = p;
    }
    e->ty = TT(STR);
    return e;
}

/* ---------------------------------------------------------- dispatcher */

Ast *chk_expr(Checker *c, Ast *e)
{
    return chk_expr_expect(c, e, NULL);
}

static Ast *dispatch(Checker *c, Ast *e)
{
    switch (e->kind) {
    case AST_INT:
        if (e->wide && !c->wrap)
            chk_error(c, e->loc, "integer literal too large: int is 64-bit; inside "
                      "rtrans.intmask(...) it is taken modulo 2**64");
        e->ty = TT(INT);
        return e;
    case AST_FLOAT: e->ty = TT(FLOAT); return e;
    case AST_STR: e->ty = TT(STR); return e;
    case AST_BOOL: e->ty = TT(BOOL); return e;
    case AST_NONE: e->ty = TT(NONE); return e;
    case AST_ELLIPSIS:
        chk_error(c, e->loc, "'...' (Ellipsis) is not supported (it may stand only in "
                  "tuple[T, ...])");
        return set_err(c, e);
    case AST_FSTRING: return check_fstring(c, e);
    case AST_NAME: return check_name(c, e);
    case AST_ATTR: return check_attr(c, e);
    case AST_SUBSCRIPT: return check_subscript(c, e);
    case AST_CALL: return chk_call(c, e);
    case AST_UNARY: return check_unary(c, e);
    case AST_BINARY: return check_binary(c, e);
    case AST_BOOLOP: return check_boolop(c, e);
    case AST_COMPARE: return check_compare(c, e);
    case AST_IFEXP: return check_ifexp(c, e);
    case AST_NAMEDEXPR: return chk_namedexpr(c, e);
    case AST_LIST: case AST_SET: return check_display(c, e);
    case AST_TUPLE: return check_tuple(c, e);
    case AST_DICT: return check_dict(c, e);
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: return check_comp(c, e);
    case AST_GENEXP: return chk_genexp(c, e);
    case AST_LAMBDA: return chk_lambda(c, e);
    case AST_YIELD: case AST_YIELDFROM:
        chk_error(c, e->loc, "the value of a '%s' expression is not supported (send() is "
                  "not): write '%s ...' as a statement", e->kind == AST_YIELD ? "yield"
                  : "yield from", e->kind == AST_YIELD ? "yield" : "yield from");
        return set_err(c, e);
    case AST_STARRED:
        chk_error(c, e->loc, "starred expressions are not supported");
        return set_err(c, e);
    case AST_SLICE:
        chk_error(c, e->loc, "a slice is only allowed as the whole index of a subscript");
        return set_err(c, e);
    case AST_CONVERT: return e;
    case AST_KEYWORD:
        chk_error(c, e->loc, "keyword argument outside a call");
        return set_err(c, e);
    default:
        chk_error(c, e->loc, "unsupported expression");
        return set_err(c, e);
    }
}

/* The name of the function a call of user code calls: "max", "get". */
static const char *callee_name(const Ast *call)
{
    const Ast *f = call->u.call.func;
    if (f && f->kind == AST_NAME)
        return f->u.name.id;
    if (f && f->kind == AST_ATTR)
        return f->u.attr.attr;
    return NULL;
}

Ast *chk_expr_expect(Checker *c, Ast *e, Type *hint)
{
    Type *saved = c->hint;
    c->hint = hint;
    if (e->ty && e->kind != AST_STR) {      /* already checked (shared node) */
        c->hint = saved;
        return e;
    }
    Loc saved_site = c->site;
    const char *saved_name = c->site_name;
    bool saved_wrap = c->wrap;
    if (c->wrap && !wraps_through(e))
        c->wrap = false;        /* intmask's wrapping stops at calls, //, >>... */
    if (c->mod != c->prelude && e->loc.line > 0) {
        c->site = e->loc;
        if (e->kind == AST_CALL)
            c->site_name = callee_name(e);
    }
    bool call = e->kind == AST_CALL;
    Ast *r = dispatch(c, e);
    if (!r->ty)
        r->ty = TT(ERROR);
    if (call && c->flow && !(r->kind == AST_CALL && r->u.call.res == RES_BUILTIN &&
                             r->u.call.builtin == BI_ISINSTANCE))
        chk_forget_assigned(c, r->kind == AST_CALL || r->kind == AST_CONVERT ? r : e, NULL);
    if (chk_needs_eta(c, r, hint)) {
        Type *h = hint ? ty_strip_optional(hint) : NULL;
        r = h && h->kind == TY_CALLABLE ? chk_eta(c, r, h->items, h->nitems, h->ret)
                                        : chk_eta(c, r, NULL, 0, NULL);
    }
    c->hint = saved;
    c->site = saved_site;
    c->site_name = saved_name;
    c->wrap = saved_wrap;
    return r;
}
