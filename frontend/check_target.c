/* check_target.c - assignment targets, narrowing, iteration, with-items,
 * exception handlers. */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

/* ----------------------------------------------------------- narrowing */

int chk_narrowable_local(Checker *c, Ast *e)
{
    if (e->kind == AST_ATTR && e->u.attr.res == RES_FIELD && e->u.attr.obj->kind == AST_NAME &&
        c->fn->env_cls && e->u.attr.obj->u.name.sym &&
        e->u.attr.obj->u.name.sym->kind == SYM_LOCAL &&
        e->u.attr.obj->u.name.sym->index == c->fn->env_local) {
        /* a cell of this function, read through its env record */
        for (int i = 0; i < c->fn->nlocals; i++)
            if (c->fn->locals[i].cell == e->u.attr.index && !c->fn->locals[i].no_narrow)
                return i < c->flow->nlocals ? i : -1;
        return -1;
    }
    if (e->kind != AST_NAME || !e->u.name.sym || e->u.name.sym->kind != SYM_LOCAL)
        return -1;
    int idx = e->u.name.sym->index;
    if (c->fn->locals[idx].no_narrow)
        return -1;
    return idx < c->flow->nlocals ? idx : -1;
}

static Type *declared(Checker *c, int idx, Flow *f)
{
    return f->narrow[idx] ? f->narrow[idx] : c->fn->locals[idx].type;
}

/* x.f with x a local: x's local index, or -1 (a checked ATTR). */
/* $env.x: a cell of this function (a local, not a field, for narrowing). */
static bool is_cell_read(Checker *c, Ast *e)
{
    if (e->kind == AST_CONVERT)
        e = e->u.convert.operand;
    return e->kind == AST_ATTR && e->u.attr.res == RES_FIELD && e->u.attr.obj->kind == AST_NAME &&
           c->fn->env_cls && e->u.attr.obj->u.name.sym &&
           e->u.attr.obj->u.name.sym->kind == SYM_LOCAL &&
           e->u.attr.obj->u.name.sym->index == c->fn->env_local;
}

static int narrowable_field(Checker *c, Ast *e)
{
    if (e->kind == AST_CONVERT)
        e = e->u.convert.operand;
    if (e->kind != AST_ATTR || e->u.attr.res != RES_FIELD || is_cell_read(c, e))
        return -1;
    return chk_narrowable_local(c, e->u.attr.obj);
}

static Ast *strip_convert(Ast *e)
{
    return e->kind == AST_CONVERT ? e->u.convert.operand : e;
}

/* The field's declared type (not what a narrowing made of it). */
static Type *field_declared(Checker *c, Ast *attr)
{
    Type *ot = ty_strip_optional(attr->u.attr.obj->ty);
    ClassInfo *cls = ot->kind == TY_CLASS ? ot->cls : chk_class_of(c, ot);
    return cls && attr->u.attr.index < cls->nfields ? cls->fields[attr->u.attr.index].type : NULL;
}

static void narrow_field_test(Checker *c, Ast *attr, bool not_none, Flow *f)
{
    attr = strip_convert(attr);
    int idx = narrowable_field(c, attr);
    Type *t = idx >= 0 ? field_declared(c, attr) : NULL;
    if (t && t->kind == TY_OPTIONAL && not_none)
        flow_narrow_field(c, f, idx, attr->u.attr.attr, t->elem);
}

static bool contains_call(Ast *e);

static void visit_call(Ast *e, void *found)
{
    if (!*(bool *)found)
        *(bool *)found = contains_call(e);
}

/* Whether evaluating e may run a call (which could assign any field). */
static bool contains_call(Ast *e)
{
    if (!e)
        return false;
    if (e->kind == AST_CALL &&
        !(e->u.call.res == RES_BUILTIN && e->u.call.builtin == BI_ISINSTANCE))
        return true;
    bool found = false;
    ast_visit_children(e, visit_call, &found);
    return found;
}

/* x[k], with x a local list that may be narrowed and k an int literal:
 * the key its narrowing is kept under among the fields' ("[k]", which no
 * field name can be; a call or any item store forgets it), or NULL. */
const char *chk_item_key(Checker *c, Ast *e, int *local)
{
    e = strip_convert(e);
    if (e->kind != AST_SUBSCRIPT || !e->u.sub.obj->ty || e->u.sub.obj->ty->kind != TY_LIST)
        return NULL;
    Ast *ix = strip_convert(e->u.sub.index);
    bool neg = ix->kind == AST_UNARY && ix->u.unary.op == OP_NEG;
    if (neg)
        ix = strip_convert(ix->u.unary.operand);
    if (ix->kind != AST_INT)
        return NULL;
    int idx = chk_narrowable_local(c, e->u.sub.obj);
    if (idx < 0)
        return NULL;
    *local = idx;
    return chk_fmt(c, "[%s%lld]", neg ? "-" : "", (long long)ix->u.i);
}

/* Whether every value of member m passes isinstance(v, k) (k one class
 * or builtin type of the test); exact: `type(v) is k`. */
static bool member_passes(const Type *m, const Ast *k, bool exact)
{
    if (!k->ty)
        return false;
    if (k->ty->kind == TY_CLASSREF && exact)
        return m->kind == TY_CLASS && m->cls == k->ty->cls && m->cls->nsubclasses == 0;
    if (k->ty->kind == TY_CLASSREF)
        return m->kind == TY_CLASS && ty_is_subclass(m->cls, k->ty->cls);
    if (k->ty->kind != TY_BUILTIN)
        return false;
    switch (k->ty->builtin) {
    case BI_INT: return m->kind == TY_INT || (m->kind == TY_BOOL && !exact);   /* True is an int */
    case BI_FLOAT: return m->kind == TY_FLOAT;
    case BI_BOOL: return m->kind == TY_BOOL;
    case BI_STR: return m->kind == TY_STR;
    default: return false;
    }
}

/* Adds what isinstance(v, k) (exact: `type(v) is k`) being true leaves
 * of member m (m itself, or the subclass k of m) to the members ms. */
static void add_passing(Type *m, const Ast *k, bool exact, Type **ms, int *n)
{
    bool cls_k = k->ty && k->ty->kind == TY_CLASSREF;
    Type *t = !cls_k ? (member_passes(m, k, exact) ? m : NULL)
            : m->kind != TY_CLASS ? NULL
            : !exact && ty_is_subclass(m->cls, k->ty->cls) ? m
            : ty_is_subclass(k->ty->cls, m->cls) ? k->ty->cls->type : NULL;
    for (int i = 0; t && i < *n; i++)
        if (ms[i] == t)
            return;
    if (t)
        ms[(*n)++] = t;
}

/* The type a union (or optional union) t has where isinstance(v, k) (exact:
 * `type(v) is k`) is `truth`: the members that pass, or those that may
 * fail (and None); NULL when t is no union or nothing would be left. */
static Type *union_narrow(Checker *c, Type *t, const Ast *k, bool truth, bool exact)
{
    Type *u = t ? ty_strip_optional(t) : NULL;
    if (!u || u->kind != TY_UNION)
        return NULL;
    const Ast *const *ks = &k;
    int nk = 1;
    if (k->kind == AST_TUPLE) {
        ks = (const Ast *const *)k->u.seq.items.items;
        nk = k->u.seq.items.n;
    }
    Type **ms = arena_alloc(c->arena, (size_t)(u->nitems * (nk + 1)) * sizeof *ms);
    int n = 0;
    for (int i = 0; i < u->nitems; i++) {
        bool passes = false;
        for (int j = 0; j < nk; j++) {
            if (truth)
                add_passing(u->items[i], ks[j], exact, ms, &n);
            passes = passes || member_passes(u->items[i], ks[j], exact);
        }
        if (!truth && !passes)
            ms[n++] = u->items[i];
    }
    if (n == 0)
        return NULL;     /* never true (or never false): left as it is */
    Type *r = n == 1 ? ms[0] : ty_union(c->tt, ms, n);
    return !truth && t->kind == TY_OPTIONAL ? ty_optional(c->tt, r) : r;
}

Type *chk_union_narrow(Checker *c, Type *t, const Ast *k, bool truth)
{
    return union_narrow(c, t, k, truth, false);
}

/* ------------------------------------------------- narrowing globals */

/* The key a module global's narrowing is kept under among the fields'
 * ("@module.name", which no field name can be; any call forgets it). */
const char *chk_global_key(Checker *c, Sym *s)
{
    return chk_fmt(c, "@%s.%s", s->module->name, s->name);
}

/* The global that e reads (a NAME, maybe converted by an earlier
 * narrowing), or NULL. */
static Sym *global_read(Ast *e)
{
    e = strip_convert(e);
    return e->kind == AST_NAME && e->u.name.sym && e->u.name.sym->kind == SYM_GLOBAL
               ? e->u.name.sym : NULL;
}

static Type *global_now(Checker *c, Sym *s, Flow *f)
{
    const char *key = chk_global_key(c, s);
    for (int i = 0; i < f->nfnarrow; i++)
        if (f->fnarrow[i].local == -1 && strcmp(f->fnarrow[i].field, key) == 0)
            return f->fnarrow[i].type;
    return s->module->globals[s->index].type;
}

static void narrow_global(Checker *c, Sym *s, Type *t, Flow *f)
{
    if (t && t != s->module->globals[s->index].type)
        flow_narrow_field(c, f, -1, chk_global_key(c, s), t);
}

/* `g is not None`, `if g:`, isinstance(g, k) with g a module global. */
static void narrow_global_test(Checker *c, Sym *s, Ast *k, bool truth, bool exact, Flow *f)
{
    Type *t = global_now(c, s, f);
    if (!t)
        return;
    if (!k) {
        if (truth && t->kind == TY_OPTIONAL)
            narrow_global(c, s, t->elem, f);
        return;
    }
    Type *ut = union_narrow(c, t, k, truth, exact);
    if (ut)
        narrow_global(c, s, ut, f);
    else if (truth && k->ty && k->ty->kind == TY_CLASSREF &&
             ty_subtype(k->ty->cls->type, ty_strip_optional(t)))
        narrow_global(c, s, k->ty->cls->type, f);
}

/* isinstance(x, k), or `type(x) is k` (exact). */
static void narrow_isinstance(Checker *c, Ast *call, bool truth, Flow *f)
{
    if (call->u.call.bound.n != 2)
        return;
    bool exact = call->u.call.builtin == BI_RT_TYPE_IS;
    Sym *gs = global_read(call->u.call.bound.items[0]);
    if (gs) {
        narrow_global_test(c, gs, call->u.call.bound.items[1], truth, exact, f);
        return;
    }
    Ast *x = strip_convert(call->u.call.bound.items[0]);
    int fidx = narrowable_field(c, x), li;
    Ast *k = call->u.call.bound.items[1];
    if (fidx >= 0) {
        Type *ut = union_narrow(c, field_declared(c, x), k, truth, exact);
        if (ut)
            flow_narrow_field(c, f, fidx, x->u.attr.attr, ut);
    } else if (chk_narrowable_local(c, x) >= 0) {
        int idx = chk_narrowable_local(c, x);
        Type *ut = union_narrow(c, declared(c, idx, f), k, truth, exact);
        if (ut)
            f->narrow[idx] = ut;
    }
    if (!truth)
        return;
    const char *key = chk_item_key(c, x, &li);
    if (key && k->ty && k->ty->kind == TY_CLASSREF) {
        /* isinstance(vs[0], Cons) narrows vs[0], as mypy does */
        if (ty_subtype(k->ty->cls->type, ty_strip_optional(x->u.sub.obj->ty->elem)))
            flow_narrow_field(c, f, li, key, k->ty->cls->type);
        return;
    }
    if (fidx >= 0 && k->ty && k->ty->kind == TY_CLASSREF) {
        Type *ft = field_declared(c, x);
        if (ft && ty_subtype(k->ty->cls->type, ty_strip_optional(ft)))
            flow_narrow_field(c, f, fidx, x->u.attr.attr, k->ty->cls->type);
        return;
    }
    int idx = chk_narrowable_local(c, call->u.call.bound.items[0]);
    Ast *cls = call->u.call.bound.items[1];
    if (idx < 0 || !cls->ty || cls->ty->kind != TY_CLASSREF)
        return;
    Type *t = declared(c, idx, f);
    if (t && ty_subtype(cls->ty->cls->type, ty_strip_optional(t)))
        f->narrow[idx] = cls->ty->cls->type;
}

void chk_narrow(Checker *c, Ast *test, bool truth, Flow *f)
{
    switch (test->kind) {
    case AST_NAMEDEXPR:     /* (x := v) tests v, now x's value */
        if (test->ty && test->ty->kind != TY_ERROR)
            chk_narrow(c, test->u.named.target, truth, f);
        return;
    case AST_UNARY:
        if (test->u.unary.op == OP_NOT)
            chk_narrow(c, test->u.unary.operand, !truth, f);
        return;
    case AST_BOOLOP:
        if ((test->u.binary.op == OP_AND) == truth) {
            chk_narrow(c, test->u.binary.left, truth, f);
            chk_walrus_assigned(c, f, test->u.binary.right);    /* it ran too */
            if (contains_call(test->u.binary.right))
                flow_kill_fields(f, -1, NULL);   /* the call ran after the left test */
            chk_narrow(c, test->u.binary.right, truth, f);
        }
        return;
    case AST_ATTR: case AST_CONVERT:
        if (!is_cell_read(c, test)) {
            narrow_field_test(c, test, truth, f);
            return;
        }
        test = strip_convert(test);   /* a cell is a local */
        /* fallthrough */
    case AST_NAME: {
        if (global_read(test)) {
            narrow_global_test(c, global_read(test), NULL, truth, false, f);
            return;
        }
        int idx = chk_narrowable_local(c, test);
        Type *t = idx >= 0 ? declared(c, idx, f) : NULL;
        if (t && truth && t->kind == TY_OPTIONAL)
            f->narrow[idx] = t->elem;
        return;
    }
    case AST_COMPARE: {
        if (test->u.compare.operands.n != 2)
            return;
        AstOp op = test->u.compare.ops[0];
        Ast *l = test->u.compare.operands.items[0], *r = test->u.compare.operands.items[1];
        if (r->kind != AST_NONE || (op != OP_IS && op != OP_ISNOT))
            return;
        if (l->kind == AST_NAMEDEXPR) {
            if (!l->ty || l->ty->kind == TY_ERROR)
                return;
            l = l->u.named.target;
        }
        if (narrowable_field(c, l) >= 0) {
            narrow_field_test(c, l, (op == OP_ISNOT) == truth, f);
            return;
        }
        if (global_read(l)) {
            narrow_global_test(c, global_read(l), NULL, (op == OP_ISNOT) == truth, false, f);
            return;
        }
        int idx = chk_narrowable_local(c, l);
        Type *t = idx >= 0 ? declared(c, idx, f) : NULL;
        if (t && t->kind == TY_OPTIONAL && (op == OP_ISNOT) == truth)
            f->narrow[idx] = t->elem;
        return;
    }
    case AST_CALL:
        if (test->u.call.res == RES_BUILTIN && (test->u.call.builtin == BI_ISINSTANCE ||
                                                test->u.call.builtin == BI_RT_TYPE_IS))
            narrow_isinstance(c, test, truth, f);
        if (test->u.call.res == RES_BUILTIN && test->u.call.bound.n == 1 &&
            ((test->u.call.builtin == BI_ANY && truth) || (test->u.call.builtin == BI_ALL && !truth)))
            chk_walrus_assigned_comp(c, f, test->u.call.bound.items[0]);
        return;
    default:
        return;
    }
}

/* ----------------------------------------------------------- iteration */

static Type *iter_class(Checker *c, Ast *it, Type *t, FuncInfo **iter_fn, FuncInfo **next_fn)
{
    if (ty_has_error(t))
        return TT(ERROR);           /* reported where the error arose */
    ClassInfo *cls = chk_class_of(c, t);
    FuncInfo *m = cls ? chk_find_method(cls, "__iter__") : NULL;
    ClassInfo *itc = m && (m->ret->kind == TY_CLASS || m->ret->kind == TY_ITER)
                         ? chk_class_of(c, m->ret) : NULL;
    FuncInfo *nx = itc ? chk_find_method(itc, "__next__") : NULL;
    if (!nx) {
        chk_error(c, it->loc, "'%s' is not iterable%s", chk_tyname(c, t),
                  m ? ": its __iter__ must return an object with __next__"
                    : chk_union_advice(c, it));
        return TT(ERROR);
    }
    chk_use_func(c, m);
    chk_use_func(c, nx);
    chk_use_func(c, chk_find_method(itc, "__init__"));
    *iter_fn = m;
    *next_fn = nx;
    return nx->ret;
}

Type *chk_iter_elem(Checker *c, Ast *iter, FuncInfo **iter_fn, FuncInfo **next_fn)
{
    Ast *it = chk_enum_as_members(c, chk_expr(c, iter));
    if (chk_is_named_tuple(it->ty)) {
        /* its items' tuple: a call on a copy, as *iter becomes the call */
        Ast *recv = arena_alloc(c->arena, sizeof *recv);
        *recv = *it;
        it = chk_named_tuple_as_tuple(c, recv);
    }
    if (it != iter)
        *iter = *it;      /* keep the caller's pointer valid */
    Type *t = iter->ty;
    *iter_fn = *next_fn = NULL;
    if (t->kind == TY_ERROR)
        return t;
    if (t->kind == TY_OPAQUE)
        return t->elem;
    if (t->kind == TY_TUPLE) {
        /* a homogeneous tuple: the lowering indexes it (iter_fn NULL) */
        if (t->nitems == 0) {
            chk_error(c, iter->loc, "iterating over an empty tuple is not supported");
            return TT(ERROR);
        }
        Type *j = t->items[0];
        for (int i = 1; i < t->nitems && j; i++)
            j = ty_join_kept(c->tt, j, t->items[i]);
        if (!j) {
            chk_error(c, iter->loc, "iterating over a tuple of mixed types is not supported");
            return TT(ERROR);
        }
        return j;
    }
    return iter_class(c, iter, t, iter_fn, next_fn);
}

/* ------------------------------------------------------------- targets */

Type *chk_target_hint(Checker *c, Ast *t)
{
    if (t->kind == AST_NAME) {
        Sym *s = c->locals ? symtab_get(c->locals, t->u.name.id) : NULL;
        if (s && s->kind == SYM_LOCAL)
            return c->fn->locals[s->index].type;
        s = chk_lookup_global(c, c->mod, t->u.name.id);
        if (s && s->kind == SYM_GLOBAL) {
            GlobalVar *g = &s->module->globals[s->index];
            return g->type ? g->type : g->inferred;
        }
        return NULL;
    }
    if (t->kind == AST_ATTR) {
        Ast *o = t->u.attr.obj;
        Sym *cs = o->kind == AST_NAME && !(c->locals && symtab_get(c->locals, o->u.name.id))
                      ? chk_lookup_global(c, c->mod, o->u.name.id) : NULL;
        if (cs && cs->kind == SYM_CLASS) {     /* C.n = {}: a class attribute */
            ClassInfo *owner;
            int k = chk_find_const(cs->cls, t->u.attr.attr, &owner);
            return k >= 0 ? owner->consts[k].type : NULL;
        }
        if (o->kind == AST_NAME) {
            Type *ot = chk_target_hint(c, o);
            ClassInfo *cls = ot ? chk_class_of(c, ty_strip_optional(ot)) : NULL;
            Field *f = cls ? chk_find_field(cls, t->u.attr.attr) : NULL;
            return f ? chk_field_type(c, f) : NULL;
        }
    }
    if (t->kind == AST_SUBSCRIPT && t->u.sub.obj->kind == AST_NAME) {
        Type *ot = chk_target_hint(c, t->u.sub.obj);
        if (ot && ot->kind == TY_LIST)
            return t->u.sub.index->kind == AST_SLICE ? ot : ot->elem;   /* a[i:j] = [] */
        if (ot && ot->kind == TY_DICT)
            return ot->val;
    }
    return NULL;
}

static const char *target_desc(Checker *c, Ast *t)
{
    return t->kind == AST_NAME ? chk_display_name(c, t->u.name.id) : "target";
}

/* An assigned value is kept: it must be a `want` already (chk_fit). */
static void fit_value(Checker *c, Ast *t, Type *want, Type *got, Ast **value)
{
    if (want->kind == TY_ERROR || got->kind == TY_ERROR)
        return;
    if (ty_subtype(got, want)) {
        if (value && *value && ty_boxes((*value)->ty, want))
            *value = chk_fit(c, *value, want);
        return;
    }
    Ast *v = value ? *value : NULL;
    const char *advice = v ? chk_widen_advice(c, v, want)
                         : ty_widens(got, want) ? chk_fmt(c, ": CPython would keep the %s",
                                                          chk_tyname(c, got))
                                                : "";
    chk_error(c, v ? v->loc : t->loc, "incompatible types in assignment: expected '%s', got '%s'%s",
              chk_tyname(c, want), chk_tyname(c, got), advice);
}

/* The type of a variable first assigned v, of type got: an expression of
 * type None other than the literal (d[k] of a dict[str, None]) or an item
 * of a container of None (v NULL: a loop or unpacking target) types it
 * None. */
static Type *infer_from(Checker *c, Ast *t, Type *got, const Ast *v)
{
    if (got->kind == TY_NONE && (!v || v->kind != AST_NONE))
        return got;
    if (got->kind == TY_NONE) {
        chk_error(c, t->loc, "cannot infer the type of '%s' from None; annotate the variable",
                  target_desc(c, t));
        return TT(ERROR);
    }
    if (got->kind == TY_OPAQUE || got->kind == TY_BUILTIN || got->kind == TY_MODULE ||
        got->kind == TY_CLASSREF) {
        /* modules and builtins are spelled with their own quotes */
        if (got->kind == TY_BUILTIN || got->kind == TY_CLASSREF)
            chk_error(c, t->loc, "%s%s%s cannot be stored in a variable without a type: annotate "
                      "the variable with the Callable type it has there (f: Callable[[...], ...])",
                      got->kind == TY_CLASSREF ? "'" : "", chk_tyname(c, got),
                      got->kind == TY_CLASSREF ? "'" : "");
        else
            chk_error(c, t->loc, got->kind == TY_MODULE ? "%s cannot be stored in a variable"
                                                        : "'%s' cannot be stored in a variable",
                      chk_tyname(c, got));
        return TT(ERROR);
    }
    return got;
}

void chk_declare_name_type(Checker *c, Ast *name, Type *t, bool final)
{
    const char *id = name->u.name.id;
    Sym *s = c->locals ? symtab_get(c->locals, id) : NULL;
    if (s && s->kind == SYM_LOCAL)
        return;         /* typed by the pre-pass */
    s = symtab_get(c->mod->syms, id);
    if (!s || s->kind != SYM_GLOBAL)
        return;
    GlobalVar *g = &s->module->globals[s->index];
    if (g->type && g->type != t && t->kind != TY_ERROR)
        chk_error(c, name->loc, "'%s' is already declared with type '%s'", id, chk_tyname(c, g->type));
    else if (!g->type)
        g->type = t;
    if (final)
        g->is_final = 1;
}

/* A literal, possibly negated: what a global read can be folded into. */
static bool is_literal(const Ast *v)
{
    if (v && v->kind == AST_UNARY && v->u.unary.op == OP_NEG)
        v = v->u.unary.operand;
    return v && (v->kind == AST_INT || v->kind == AST_FLOAT || v->kind == AST_STR
                 || v->kind == AST_BOOL || v->kind == AST_NONE);
}

static void assign_global(Checker *c, Ast *t, Sym *s, Type *got, Ast **value)
{
    GlobalVar *g = &s->module->globals[s->index];
    t->u.name.sym = s;
    if (c->flow)
        flow_kill_fields(c->flow, -1, chk_global_key(c, s));   /* a test before is stale */
    if (chk_partial_assign_global(c, t, s, got, value))
        return;
    if (c->discovering && !(c->fn && c->fn->is_module_init && s->module == c->fn->module)) {
        /* a copy checked to infer types: no effect (module code's own
         * globals are put back by chk_globals_learn) */
        t->ty = g->type ? g->type : TT(ERROR);
        return;
    }
    if (s->module != c->mod) {
        chk_error(c, t->loc, "cannot assign to '%s' of module '%s'", g->name, s->module->name);
        return;
    }
    if (!g->type && g->inferred && c->fn && c->fn->is_module_init)
        g->type = g->inferred;      /* as if annotated; fit_value converts */
    if (!g->type) {
        g->type = infer_from(c, t, got, value ? *value : NULL);
    } else {
        if (!c->fn->is_module_init || g->loc.line != t->loc.line || g->loc.col != t->loc.col) {
            g->assigned_later = 1, s->assigned_later = 1;
            if (g->is_final)
                chk_error(c, t->loc, "cannot assign to final global '%s'", g->name);
        }
        fit_value(c, t, g->type, got, value);
    }
    t->ty = g->type;
    if (c->fn && c->fn->is_module_init && g->loc.line == t->loc.line
        && g->loc.col == t->loc.col && value && is_literal(*value) && (*value)->ty == g->type)
        g->literal = *value;
    if (c->fn && c->fn->is_module_init && s->index < c->flow->nglobals)
        c->flow->globals[s->index] = 1;
    g->last_value = value ? *value : NULL;
}

/* A variable first bound at loc belongs to or-pattern p: it is at or
 * after p's first alternative (nothing after p has been checked yet). */
static bool bound_in(Loc loc, const Ast *p)
{
    while (p->kind == AST_BINARY && p->u.binary.op == OP_BITOR)
        p = p->u.binary.left;
    return loc.line > p->loc.line || (loc.line == p->loc.line && loc.col >= p->loc.col);
}

static void assign_name(Checker *c, Ast *t, Type *got, Ast **value)
{
    const char *id = t->u.name.id;
    Sym *s = c->locals ? symtab_get(c->locals, id) : NULL;
    if (!s && c->globals_decl)
        s = symtab_get(c->globals_decl, id);
    if (!s && chk_is_free(c, id)) {
        chk_free_access(c, t, true);        /* nonlocal */
        fit_value(c, t, t->ty, got, value);
        return;
    }
    if (!s)
        s = symtab_get(c->mod->syms, id);
    if (s && (s->kind == SYM_FUNC || s->kind == SYM_CLASS) && c->fn->is_module_init)
        return;     /* reported when the module's globals were declared */
    if (!s || (s->kind != SYM_LOCAL && s->kind != SYM_GLOBAL)) {
        chk_error(c, t->loc, "cannot assign to '%s'", id);
        return;
    }
    if (s->kind == SYM_GLOBAL) {
        assign_global(c, t, s, got, value);
        return;
    }
    t->u.name.sym = s;
    Local *l = &c->fn->locals[s->index];
    if (chk_partial_assign_name(c, t, l, got, value)) {
        flow_assign_local(c, s->index);
        return;
    }
    if (!l->type) {
        l->type = infer_from(c, t, got, value ? *value : NULL);
        l->loc = t->loc;
    } else if (c->or_pattern && bound_in(l->loc, c->or_pattern) && !l->annotated &&
               got->kind != TY_ERROR && l->type->kind != TY_ERROR && !ty_subtype(got, l->type)) {
        /* each alternative must bind the name (CPython): another name or a
         * widening of one alternative's value is no way out */
        const char *name = chk_display_name(c, l->name);
        Type *base = ty_join(c->tt, l->type, got);
        chk_error(c, t->loc, "the alternatives of this or-pattern bind '%s' to '%s' and to "
                  "'%s': a variable has one type; match the alternatives in separate cases, "
                  "or declare '%s: %s' before the match", name,
                  chk_tyname(c, l->type), chk_tyname(c, got), name,
                  base && base->kind == TY_CLASS ? chk_tyname(c, base)
                  : chk_fmt(c, "%s | %s", chk_tyname(c, l->type), chk_tyname(c, got)));
    } else if (!l->annotated && !l->is_param && !l->inferred && got->kind != TY_ERROR &&
               l->type->kind != TY_ERROR && !ty_subtype(got, l->type) && !ty_widens(got, l->type)) {
        /* two values of the variable reach one use (check_webs.c) */
        const char *name = chk_display_name(c, l->name);
        Type *opt = got->kind == TY_NONE ? ty_optional(c->tt, l->type) : NULL;
        chk_error(c, t->loc, "'%s' is assigned '%s' "
                  "on line %d and '%s' here, and a later use may see either: %s", name,
                  chk_tyname(c, l->type), l->loc.line, chk_tyname(c, got),
                  opt ? chk_fmt(c, "declare it '%s: %s'", name, chk_tyname(c, opt))
                      : chk_fmt(c, "give the '%s' value another name", chk_tyname(c, got)));
    } else {
        fit_value(c, t, l->type, got, value);
    }
    t->ty = l->type;
    l->last_value = value ? *value : NULL;
    flow_assign_local(c, s->index);
    /* assigning a non-None value to an optional local narrows it */
    if (l->type->kind == TY_OPTIONAL && got->kind != TY_OPTIONAL && got->kind != TY_NONE &&
        got->kind != TY_ERROR && s->index < c->flow->nlocals && !l->no_narrow)
        c->flow->narrow[s->index] = l->type->elem;
    if (l->cell >= 0) {
        Type *declared_t = l->type;
        chk_cell_access(c, t, s->index);
        t->ty = declared_t;
    }
}

/* The index of the one starred target of `a, *b, c = xs`, or -1 (a
 * second one is reported). */
static int starred_target(Checker *c, AstList *items)
{
    int s = -1;
    for (int i = 0; i < items->n; i++)
        if (items->items[i]->kind == AST_STARRED) {
            if (s >= 0)
                chk_error(c, items->items[i]->loc, "multiple starred expressions in assignment");
            else
                s = i;
        }
    return s;
}

/* `a, *b, c = xs` with xs a list: b gets a list of the middle items (the
 * lowering checks there are at least 2 and slices, lower_expr.c). */
static void assign_starred(Checker *c, Ast *t, Type *got, int s)
{
    AstList *items = &t->u.seq.items;
    if (got->kind != TY_LIST) {
        chk_error(c, items->items[s]->loc, "a starred target needs a list to unpack, not '%s': "
                  "write list(...) around the value", chk_tyname(c, got));
        got = TT(ERROR);
    } else {
        ClassInfo *lc = chk_class_of(c, got);
        chk_use_func(c, chk_find_method(lc, "__getitem__"));
        chk_use_func(c, chk_find_method(lc, "__len__"));
        items->items[s]->u.unary.slice = chk_find_method(lc, "_getslice");
        chk_use_func(c, items->items[s]->u.unary.slice);
    }
    bool bad = got->kind == TY_ERROR;
    for (int i = 0; i < items->n; i++) {
        Ast *x = items->items[i];
        if (i == s)
            chk_assign_target(c, x->u.unary.operand, got, NULL);
        else if (x->kind == AST_STARRED)    /* a second one: reported */
            chk_assign_target(c, x->u.unary.operand, TT(ERROR), NULL);
        else
            chk_assign_target(c, x, bad ? got : got->elem, NULL);
    }
    t->ty = got;
}

static void assign_unpack(Checker *c, Ast *t, Type *got)
{
    AstList *items = &t->u.seq.items;
    int s = starred_target(c, items);
    if (s >= 0) {
        assign_starred(c, t, got, s);
        return;
    }
    if (got->kind == TY_ERROR) {
        for (int i = 0; i < items->n; i++)
            chk_assign_target(c, items->items[i], got, NULL);
        return;
    }
    t->ty = got;
    FuncInfo *nt = chk_named_tuple_items(c, got);
    if (nt)
        got = nt->ret;  /* a NamedTuple unpacks as its tuple (lower_expr.c) */
    if (got->kind == TY_TUPLE) {
        if (got->nitems != items->n) {
            chk_error(c, t->loc, "cannot unpack a tuple of %d items into %d targets", got->nitems,
                      items->n);
            for (int i = 0; i < items->n; i++)     /* reported: no follow-ups */
                chk_assign_target(c, items->items[i], TT(ERROR), NULL);
            return;
        }
        for (int i = 0; i < items->n; i++)
            chk_assign_target(c, items->items[i], got->items[i], NULL);
    } else if (got->kind == TY_LIST) {
        chk_use_func(c, chk_find_method(chk_class_of(c, got), "__getitem__"));
        chk_use_func(c, chk_find_method(chk_class_of(c, got), "__len__"));
        for (int i = 0; i < items->n; i++)
            chk_assign_target(c, items->items[i], got->elem, NULL);
    } else {
        chk_error(c, t->loc, "cannot unpack '%s'", chk_tyname(c, got));
        for (int i = 0; i < items->n; i++)     /* reported: no follow-ups */
            chk_assign_target(c, items->items[i], TT(ERROR), NULL);
    }
}

/* A frozen dataclass, or a class derived from one. */
static bool frozen_class(ClassInfo *cls)
{
    for (; cls; cls = cls->base)
        if (cls->dataclass && cls->dataclass->frozen)
            return true;
    return false;
}

/* obj.p = v for a property p: a call of its setter. */
static void assign_property(Checker *c, Ast *t, ClassInfo *cls, FuncInfo *getter, Type *got,
                            Ast **value, bool self_store)
{
    FuncInfo *setter = chk_find_method(cls, chk_fmt(c, "%s.setter", getter->name));
    if (!setter) {
        chk_error(c, t->u.attr.attr_loc, "property '%s' of '%s' has no setter", getter->name,
                  cls->name);
        return;
    }
    if (setter->nparams != 2) {
        chk_error(c, t->u.attr.attr_loc, "the setter of '%s' must take (self, value)",
                  getter->name);
        return;
    }
    if (self_store)
        chk_self_use(c, t->u.attr.obj);
    t->u.attr.res = RES_PROPERTY;
    t->u.attr.func = setter;
    chk_forget_assigned(c, NULL, setter);
    t->ty = setter->params[1].type;
    fit_value(c, t, t->ty, got, value);
    chk_use_func(c, setter);
    chk_use_func(c, getter);
}

static void assign_attr(Checker *c, Ast *t, Type *got, Ast **value)
{
    Ast *obj = t->u.attr.obj;
    bool self_store = c->fn && c->fn->is_init && obj->kind == AST_NAME && c->fn->nparams > 0 &&
                      strcmp(obj->u.name.id, c->fn->params[0].name) == 0;
    if (self_store) {
        Sym *s = symtab_get(c->locals, obj->u.name.id);
        obj->u.name.sym = s;
        obj->ty = c->fn->params[0].type;
    } else {
        t->u.attr.obj = obj = chk_expr(c, obj);
    }
    Type *ot = ty_strip_optional(obj->ty);
    if (ot->kind == TY_ERROR)
        return;
    if (ot->kind == TY_CLASSREF && chk_class_attr_target(c, t, ot->cls)) {
        if (t->ty->kind != TY_ERROR)
            fit_value(c, t, t->ty, got, value);
        return;
    }
    ClassInfo *cls = ot->kind == TY_CLASS ? ot->cls : chk_class_of(c, ot), *owner;
    Field *f = cls ? chk_find_field(cls, t->u.attr.attr) : NULL;
    FuncInfo *getter = cls && !f ? chk_find_method(cls, t->u.attr.attr) : NULL;
    if (getter && getter->is_property) {
        assign_property(c, t, cls, getter, got, value, self_store);
        return;
    }
    if (!f || (cls->is_builtin && c->mod != c->prelude && t->u.attr.attr[0] == '_')) {
        if (ot->kind == TY_OPTIONAL)
            chk_error(c, t->u.attr.attr_loc, "'%s' may be None: check 'is not None' before "
                      "assigning '.%s'", chk_tyname(c, ot), t->u.attr.attr);
        else if (ot->kind == TY_CLASSREF)
            chk_error(c, t->loc, "class constants cannot be assigned");
        else if (obj->kind == AST_NAME && c->fn->is_method && !c->fn->is_static &&
                 c->fn->nparams > 0 && strcmp(obj->u.name.id, c->fn->params[0].name) == 0 &&
                 !cls->is_builtin && chk_find_method(cls, t->u.attr.attr))
            ;   /* the declaration of the class's fields said it */
        else if (cls && chk_find_const(cls, t->u.attr.attr, &owner) >= 0)
            chk_error(c, t->u.attr.attr_loc, "assigning '%s' through an instance would create "
                      "an instance attribute hiding class attribute '%s.%s' (CPython); assign "
                      "'%s.%s' to change the class attribute, or declare a field of another "
                      "name", t->u.attr.attr, owner->name, t->u.attr.attr, owner->name,
                      t->u.attr.attr);
        else
            chk_error(c, t->u.attr.attr_loc, "'%s' has no field '%s'", chk_tyname(c, ot),
                      t->u.attr.attr);
        return;
    }
    t->u.attr.res = RES_FIELD;
    t->u.attr.index = f->index;
    flow_kill_fields(c->flow, -1, t->u.attr.attr);   /* any x.f may be this object's */
    Type *ft = chk_field_type(c, f);
    if (f->owner->fields[f->index].pending && chk_partial_assign_field(c, t, f, got, value))
        return;             /* a discovery check: f's type is being inferred */
    t->ty = ft;
    fit_value(c, t, ft, got, value);
    bool init_store = c->fn && c->fn->def && c->fn->def->u.func.synth == 1 && self_store;
    if (cls->dataclass && cls->dataclass->named_tuple && !init_store) {
        chk_error(c, t->loc, "the fields of the NamedTuple '%s' cannot be assigned (CPython "
                  "raises AttributeError): make a new one", cls->name);
        return;
    }
    if (frozen_class(cls) && !init_store) {
        t->u.attr.res = RES_FROZEN;     /* CPython's __setattr__ raises */
        return;
    }
    chk_field_store(c, t);
    /* x.f = value of T where f is a `T | None`: x.f reads as a T next */
    int idx = chk_narrowable_local(c, obj);
    if (idx >= 0 && ft && ft->kind == TY_OPTIONAL && got->kind != TY_OPTIONAL &&
        got->kind != TY_NONE && got->kind != TY_ERROR && ty_subtype(got, ft->elem))
        flow_narrow_field(c, c->flow, idx, t->u.attr.attr, ft->elem);
}

void chk_assign_target(Checker *c, Ast *t, Type *got, Ast **value)
{
    switch (t->kind) {
    case AST_NAME: assign_name(c, t, got, value); break;
    case AST_TUPLE: case AST_LIST: assign_unpack(c, t, got); break;
    case AST_ATTR: assign_attr(c, t, got, value); break;
    case AST_SUBSCRIPT: {
        chk_partial_store(c, t, got);
        chk_subscript_target(c, t, SUB_STORE, got);
        if (t->ty && t->ty->kind != TY_ERROR)
            fit_value(c, t, t->ty, got, value);
        break;
    }
    case AST_STARRED:
        chk_error(c, t->loc, "starred assignment target must be in a list or tuple");
        break;
    default: chk_error(c, t->loc, "cannot assign to this expression"); break;
    }
}

/* Comprehension targets: fresh locals of the comprehension's scope. */
void chk_comp_target(Checker *c, Ast *t, Type *elem)
{
    if (t->kind == AST_NAME) {
        int idx = chk_declare_comp_local(c, t->u.name.id, elem, t->loc);
        Sym *s = arena_alloc(c->arena, sizeof *s);
        s->kind = SYM_LOCAL;
        s->name = t->u.name.id;
        s->index = idx;
        t->u.name.sym = s;
        t->ty = elem;
        return;
    }
    if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        AstList *items = &t->u.seq.items;
        t->ty = elem;
        FuncInfo *nt = chk_named_tuple_items(c, elem);
        if (nt)
            elem = nt->ret;     /* a NamedTuple unpacks as its tuple (lower_expr.c) */
        if (elem->kind == TY_TUPLE && elem->nitems == items->n) {
            for (int i = 0; i < items->n; i++)
                chk_comp_target(c, items->items[i], elem->items[i]);
            return;
        }
        if (elem->kind != TY_ERROR)
            chk_error(c, t->loc, "cannot unpack '%s' into %d targets", chk_tyname(c, elem), items->n);
        for (int i = 0; i < items->n; i++)
            chk_comp_target(c, items->items[i], TT(ERROR));
        return;
    }
    chk_error(c, t->loc, "a comprehension variable must be a name or a tuple of names");
}

/* ---------------------------------------------------------- augassign */

/* lst += x, lst *= n, s |= t, s &= t, s -= t change the container in
 * place (a method returning None), as in Python. */
static FuncInfo *inplace_method(Checker *c, Type *t, AstOp op)
{
    if (t->kind != TY_LIST && t->kind != TY_SET)
        return NULL;
    const char *name = op == OP_ADD ? "__iadd__" : op == OP_MUL ? "__imul__"
                       : op == OP_BITOR ? "__ior__" : op == OP_BITAND ? "__iand__"
                       : op == OP_SUB ? "__isub__" : NULL;
    FuncInfo *m = name ? chk_find_method(chk_class_of(c, t), name) : NULL;
    return m && m->ret->kind == TY_NONE ? m : NULL;
}

void chk_augassign(Checker *c, Ast *s)
{
    Ast *t = s->u.augassign.target;
    if (t->kind != AST_NAME && t->kind != AST_ATTR && t->kind != AST_SUBSCRIPT) {
        chk_error(c, t->loc, "illegal target of an augmented assignment");
        return;
    }
    chk_partial_augassign(c, s);
    Ast *read = ast_clone(c->arena, t);
    read = chk_expr(c, read);
    Ast *v = s->u.augassign.value = chk_expr(c, s->u.augassign.value);
    if (read->ty->kind == TY_ERROR || v->ty->kind == TY_ERROR)
        return;
    if (chk_is_instance_type(read->ty) || chk_is_instance_type(v->ty)) {
        chk_class_augassign(c, s, read, &s->u.augassign.value);
        OpDispatch *d = s->u.augassign.disp;
        if (!d || d->ty->kind == TY_ERROR)
            return;
        if (!ty_subtype(d->ty, read->ty)) {
            chk_error(c, s->loc, "incompatible types in assignment: expected '%s', got '%s'",
                      chk_tyname(c, read->ty), chk_tyname(c, d->ty));
            return;
        }
        Ast *val = NULL;
        chk_assign_target(c, t, read->ty, &val);
        return;
    }
    FuncInfo *m = inplace_method(c, read->ty, s->u.augassign.op);
    if (m) {
        Type *want = m->params[1].type;
        Ast *cv = chk_coerce(c, v, want);
        if (!cv)
            chk_error(c, v->loc, "incompatible types in assignment: expected '%s', got '%s'",
                      chk_tyname(c, want), chk_tyname(c, v->ty));
        else
            s->u.augassign.value = cv;
        s->u.augassign.method = m;
        chk_use_func(c, m);
        if (t->kind != AST_NAME)
            chk_expr(c, t);
        else if (read->kind != AST_NAME)
            *t = *read;         /* a captured variable: its env record's field */
        else
            t->ty = read->ty, t->u.name.sym = read->u.name.sym;
        return;
    }
    Ast *bin = chk_synth(c, AST_BINARY, s->loc, NULL);
    bin->u.binary.op = s->u.augassign.op;
    bin->u.binary.left = read;
    bin->u.binary.right = v;
    bin->ty = NULL;
    Ast *r = chk_expr(c, bin);
    s->u.augassign.method = r->u.binary.method;
    s->u.augassign.value = r->u.binary.right;
    if (r->ty->kind == TY_ERROR)
        return;
    if (!ty_convertible(r->ty, read->ty)) {
        chk_error(c, s->loc, "incompatible types in assignment: expected '%s', got '%s'",
                  chk_tyname(c, read->ty), chk_tyname(c, r->ty));
        return;
    }
    Ast *val = NULL;
    chk_assign_target(c, t, read->ty, &val);
    if (t->ty && ty_boxes(r->ty, t->ty))
        s->ty = r->ty;      /* n += 1 on a narrowed `int | None`: computed unboxed */
}

/* ------------------------------------------------------- with, except */

/* Whether __exit__'s parameter i (1..3) takes what the with statement
 * passes: the exception or None for each (lower_stmt.c). */
static bool exit_param_ok(Checker *c, Type *t, int i)
{
    if (t->kind == TY_OBJECT || t->kind == TY_ERROR)
        return true;
    if (t->kind != TY_OPTIONAL)
        return false;
    Type *e = t->elem;
    if (i == 2)
        return e->kind == TY_CLASS && e->cls == c->c_base_exc;
    return e->kind == TY_OPAQUE && strcmp(e->name, i == 1 ? "type" : "TracebackType") == 0 &&
           (i != 1 || (e->elem && e->elem->cls == c->c_base_exc));
}

/* with x [as y]: x.__enter__() gives y; x.__exit__(type, value, tb) runs
 * on every way out, with the exception on the exception path, where a
 * true result (-> bool) suppresses it. */
bool chk_exit_may_swallow(const FuncInfo *exit)
{
    const Type *r = exit->ret;
    return r->kind == TY_BOOL || (r->kind == TY_OPTIONAL && r->elem->kind == TY_BOOL);
}

static void user_context_manager(Checker *c, Ast *item, ClassInfo *cls)
{
    FuncInfo *enter = chk_find_method(cls, "__enter__");
    FuncInfo *exit = chk_find_method(cls, "__exit__");
    Loc loc = item->u.withitem.expr->loc;
    if (!enter || !exit) {
        chk_error(c, loc, "'%s' cannot be used in 'with': it has no %s", cls->name,
                  !enter ? "__enter__" : "__exit__");
        return;
    }
    bool ok = exit->nparams == 4 && (exit->ret->kind == TY_NONE || chk_exit_may_swallow(exit));
    for (int i = 1; ok && i < 4; i++)
        ok = exit_param_ok(c, exit->params[i].type, i);
    if (!ok) {
        chk_error(c, exit->def->loc, "'__exit__' must have the signature (self, exc_type: "
                  "type[BaseException] | None, exc: BaseException | None, tb: TracebackType | "
                  "None) -> None (or -> bool, or -> bool | None); 'object' parameters are "
                  "accepted too");
        return;
    }
    item->u.withitem.enter_fn = enter;
    item->u.withitem.exit_fn = exit;
    chk_use_func(c, enter);
    chk_use_func(c, exit);
}

void chk_with_item(Checker *c, Ast *item)
{
    Ast *e = item->u.withitem.expr = chk_expr(c, item->u.withitem.expr);
    Type *t = e->ty;
    if (t->kind == TY_ERROR)
        return;
    if (t->kind == TY_BUILTIN && t->builtin == BI_ATOMIC) {
        if (item->u.withitem.target)
            chk_error(c, item->u.withitem.target->loc, "'rtrans.atomic' takes no 'as' target");
        item->u.withitem.target = NULL;
        return;
    }
    ClassInfo *cls = t->kind == TY_CLASS ? t->cls : NULL;
    if (cls && cls == c->c_file) {
        item->u.withitem.exit_fn = chk_find_method(cls, "close");
        return;
    }
    if (cls && cls == c->c_lock) {
        item->u.withitem.enter_fn = chk_find_method(cls, "acquire");
        item->u.withitem.exit_fn = chk_find_method(cls, "release");
        if (item->u.withitem.target)
            chk_error(c, item->u.withitem.target->loc, "'with lock as x' is not supported");
        return;
    }
    /* prelude classes too: threading.Condition, Semaphore, RLock... */
    if (chk_is_instance_type(t) || (cls && chk_find_method(cls, "__enter__"))) {
        user_context_manager(c, item, cls);
        return;
    }
    chk_error(c, e->loc, "'%s' cannot be used in 'with' (only files, locks, rtrans.atomic and "
              "classes with __enter__ and __exit__)", chk_tyname(c, t));
}

static ClassInfo *handler_class(Checker *c, Ast *e)
{
    Ast *r = chk_expr(c, e);
    if (r->ty->kind == TY_ERROR)
        return NULL;
    if (r->ty->kind != TY_CLASSREF || !r->ty->cls->is_exception) {
        chk_error(c, e->loc, "'except' needs an exception class, not '%s'", chk_tyname(c, r->ty));
        return NULL;
    }
    return r->ty->cls;
}

ClassInfo *chk_handler_classes(Checker *c, Ast *h)
{
    Ast *t = h->u.handler.type;
    if (!t) {
        h->u.handler.nclasses = 0;
        return c->c_base_exc;
    }
    int n = t->kind == AST_TUPLE ? t->u.seq.items.n : 1;
    h->u.handler.classes = arena_alloc(c->arena, (size_t)n * sizeof(ClassInfo *));
    ClassInfo *common = NULL;
    for (int i = 0; i < n; i++) {
        Ast *e = t->kind == AST_TUPLE ? t->u.seq.items.items[i] : t;
        ClassInfo *k = handler_class(c, e);
        if (!k)
            continue;
        h->u.handler.classes[h->u.handler.nclasses++] = k;
        if (!common)
            common = k;
        else
            while (common && !ty_is_subclass(k, common))
                common = common->base;
    }
    t->ty = TT(NONE);
    return common;
}
