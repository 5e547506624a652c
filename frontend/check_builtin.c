/* check_builtin.c - the builtins builtins.def leaves to the checker.
 * Most become calls of prelude functions or methods; the rest stay
 * RES_BUILTIN with call.bound laid out as documented in docs/internals.md. */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

static Ast *set_err(Checker *c, Ast *e)
{
    e->ty = TT(ERROR);
    return e;
}

static Ast *arg(Checker *c, Ast *call, int i)
{
    Ast *a = call->u.call.args.items[i];
    return call->u.call.args.items[i] = chk_expr(c, a);
}

static bool nargs(Checker *c, Ast *call, int lo, int hi, const char *name)
{
    int n = chk_npositional(call);
    if (n < lo || n > hi) {
        if (lo == hi)
            chk_error(c, call->loc, "%s() takes %d argument%s (%d given)", name, lo, lo == 1 ? "" : "s", n);
        else
            chk_error(c, call->loc, "%s() takes %d to %d arguments (%d given)", name, lo, hi, n);
        return false;
    }
    return true;
}

static Ast *int_const(Checker *c, int64_t v, Loc loc)
{
    Ast *n = chk_synth(c, AST_INT, loc, TT(INT));
    n->u.i = v;
    return n;
}

static Ast *str_const(Checker *c, const char *s, Loc loc)
{
    Ast *n = chk_synth(c, AST_STR, loc, TT(STR));
    n->u.str.s = s;
    n->u.str.len = strlen(s);
    return n;
}

static Ast *bool_const(Checker *c, int v, Loc loc)
{
    Ast *n = chk_synth(c, AST_BOOL, loc, TT(BOOL));
    n->u.i = v;
    return n;
}

static Ast *as_builtin(Ast *call, int id, Type *ty)
{
    call->u.call.res = RES_BUILTIN;
    call->u.call.builtin = id;
    call->ty = ty;
    return call;
}

static Ast *need_int(Checker *c, Ast *a)
{
    a = chk_intenum_value(c, a);
    Ast *ca = chk_coerce(c, a, TT(INT));
    if (!ca && a->ty->kind != TY_ERROR)
        chk_error(c, a->loc, "expected 'int', got '%s'", chk_tyname(c, a->ty));
    return ca ? ca : a;
}

/* An iterable argument as a list expression: lists as they are, anything
 * else through a synthesized comprehension [$item for $item in x]. */
static Ast *as_list(Checker *c, Ast *a)
{
    return chk_iter_as_list(c, a, NULL);
}

/* [$item for $item in a] (kind LISTCOMP) or {$item for $item in a}
 * (SETCOMP), checked with the expected type hint. */
static Ast *synth_comp(Checker *c, Ast *a, AstKind kind, Type *hint)
{
    Ast *v = chk_synth(c, AST_NAME, a->loc, NULL);
    v->ty = NULL;
    v->u.name.id = "$item";
    Ast *tgt = chk_synth(c, AST_NAME, a->loc, NULL);
    tgt->ty = NULL;
    tgt->u.name.id = "$item";
    Ast *cf = chk_synth(c, AST_COMPFOR, a->loc, NULL);
    cf->ty = NULL;
    cf->u.compfor.target = tgt;
    cf->u.compfor.iter = a;
    Ast *comp = chk_synth(c, kind, a->loc, NULL);
    comp->ty = NULL;
    comp->u.comp.elt = v;
    ast_list_push(c->arena, &comp->u.comp.fors, cf);
    return chk_expr_expect(c, comp, hint);
}

Ast *chk_iter_as_list(Checker *c, Ast *a, Type *want)
{
    if (a->kind == AST_GENEXP)
        a->kind = AST_LISTCOMP;
    Type *hint = want ? ty_list(c->tt, want) : NULL;
    a = chk_expr_expect(c, a, hint);
    if (a->ty->kind == TY_ERROR || (a->ty->kind == TY_LIST && (!want || a->ty == hint)))
        return a;
    Ast *comp = synth_comp(c, a, AST_LISTCOMP, hint);
    if (want && comp->ty->kind == TY_LIST && comp->ty != hint) {
        chk_error(c, a->loc, "expected an iterable of '%s', got '%s'", chk_tyname(c, want),
                  chk_tyname(c, a->ty));
        return set_err(c, comp);
    }
    return comp;
}

static bool has_starred(Ast *call, int n)
{
    for (int i = 0; i < n; i++)
        if (call->u.call.args.items[i]->kind == AST_STARRED)
            return true;
    return false;
}

/* print(a, *xs, b, sep=s): the text _join_parts([[str(a)], _strs(xs),
 * [str(b)]], s), printed with an empty sep (an empty xs adds no
 * separator, as in CPython); the arguments are evaluated in order, then
 * sep. */
static Ast *print_starred_parts(Checker *c, Ast *call, int n)
{
    Type *ls = ty_list(c->tt, TT(STR));
    Ast *parts = chk_synth(c, AST_LIST, call->loc, ty_list(c->tt, ls));
    for (int i = 0; i < n; i++) {
        Ast *a = call->u.call.args.items[i], *p;
        if (a->kind == AST_STARRED) {
            Ast *xs = chk_iter_as_list(c, a->u.unary.operand, NULL);
            p = xs->ty->kind == TY_LIST ? chk_prelude_call(c, "_strs", &xs, 1, a->loc) : xs;
        } else {
            p = chk_synth(c, AST_LIST, a->loc, ls);
            ast_list_push(c->arena, &p->u.seq.items, chk_expr_to_str(c, a, false));
        }
        if (p->ty->kind == TY_ERROR)
            return set_err(c, call);
        ast_list_push(c->arena, &parts->u.seq.items, p);
    }
    return parts;
}

static Ast *b_print(Checker *c, Ast *call)
{
    static const char *const kws[] = { "sep", "end", "file", "flush", NULL };
    chk_only_keywords(c, call, kws, "print");
    int n = chk_npositional(call);
    const char *names[] = { "sep", "end" };
    const char *defs[] = { " ", "\n" };
    Ast *kv[2], *parts = NULL;
    call->u.call.bound = (AstList){ 0 };
    if (has_starred(call, n))
        parts = print_starred_parts(c, call, n);
    else
        for (int i = 0; i < n; i++)
            ast_list_push(c->arena, &call->u.call.bound,
                          chk_expr_to_str(c, call->u.call.args.items[i], false));
    for (int k = 0; k < 2; k++) {
        Ast *v = chk_kwarg(call, names[k]);
        if (v) {
            v = chk_expr(c, v);
            if (v->ty->kind != TY_STR && v->ty->kind != TY_ERROR)
                chk_error(c, v->loc, "print() %s must be 'str', not '%s'", names[k], chk_tyname(c, v->ty));
        }
        kv[k] = v ? v : str_const(c, defs[k], call->loc);
    }
    if (parts && parts->ty->kind != TY_ERROR) {
        Ast *args[2] = { parts, kv[0] };
        ast_list_push(c->arena, &call->u.call.bound,
                      chk_prelude_call(c, "_join_parts", args, 2, call->loc));
        kv[0] = str_const(c, "", call->loc);
    }
    for (int k = 0; k < 2; k++)
        ast_list_push(c->arena, &call->u.call.bound, kv[k]);
    Ast *file = chk_kwarg(call, "file");
    if (file) {
        file = chk_expr(c, file);
        if (file->ty->kind != TY_ERROR && (file->ty->kind != TY_CLASS || file->ty->cls != c->c_file))
            chk_error(c, file->loc, "print() file must be a file, not '%s'", chk_tyname(c, file->ty));
    } else {
        Sym *s = chk_prelude_sym(c, "_sys_stdout");
        file = chk_synth(c, AST_NAME, call->loc, s->module->globals[s->index].type);
        file->u.name.id = s->name;
        file->u.name.sym = s;
    }
    ast_list_push(c->arena, &call->u.call.bound, file);
    Ast *fl = chk_kwarg(call, "flush");
    if (fl)
        fl = chk_truth(c, fl);
    ast_list_push(c->arena, &call->u.call.bound, fl ? fl : bool_const(c, 0, call->loc));
    return as_builtin(call, BI_PRINT, TT(NONE));
}

static FuncInfo *method_of(Checker *c, Type *t, const char *name)
{
    ClassInfo *cls = chk_class_of(c, t);
    return cls ? chk_find_method(cls, name) : NULL;
}

static Ast *b_len(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 1, "len"))
        return set_err(c, call);
    Ast *x = call->u.call.args.items[0] = chk_named_tuple_as_tuple(c, chk_enum_as_members(c, arg(c, call, 0)));
    if (x->ty->kind == TY_ERROR && c->discovering) {
        call->ty = TT(INT);     /* a length, whatever the type turns out to be */
        return call;
    }
    if (x->ty->kind == TY_ERROR)
        return set_err(c, call);
    if (x->ty->kind == TY_TUPLE || x->ty->kind == TY_ARRAY) {
        ast_list_push(c->arena, &call->u.call.bound, x);
        return as_builtin(call, BI_LEN, TT(INT));
    }
    FuncInfo *m = method_of(c, x->ty, "__len__");
    if (!m) {
        chk_error(c, x->loc, "object of type '%s' has no len()%s", chk_tyname(c, x->ty),
                  chk_union_advice(c, x));
        return set_err(c, call);
    }
    return chk_method_call(c, x, m, NULL, 0, call->loc);
}

static bool isinstance_class(Checker *c, Ast *e)
{
    e = chk_expr(c, e);
    if (e->ty->kind == TY_CLASSREF && e->ty->cls->is_template) {
        /* each Box[T] is its own class: a test for all of them is not made */
        chk_error(c, e->loc, "isinstance() with the generic class '%s' is not supported (the "
                  "static type says which '%s[...]' a value is)", e->ty->cls->name,
                  e->ty->cls->name);
        return false;
    }
    if (e->ty->kind == TY_CLASSREF)
        return true;
    if (e->ty->kind == TY_BUILTIN) {
        int b = e->ty->builtin;
        if (b == BI_INT || b == BI_FLOAT || b == BI_STR || b == BI_BOOL || b == BI_LIST || b == BI_DICT ||
            b == BI_COLLECTIONS_DEFAULTDICT || b == BI_TUPLE)
            return true;
    }
    if (e->ty->kind != TY_ERROR)
        chk_error(c, e->loc, "isinstance() needs a class or a tuple of classes");
    return false;
}

/* A `type(x)` call, as written (not checked yet). */
static bool is_type_call(Checker *c, const Ast *e)
{
    if (e->kind != AST_CALL || e->u.call.func->kind != AST_NAME || e->u.call.args.n != 1 ||
        e->u.call.args.items[0]->kind == AST_KEYWORD)
        return false;
    Sym *s = chk_lookup_name(c, e->u.call.func->u.name.id);
    return s && s->kind == SYM_BUILTIN && s->builtin == BI_TYPE;
}

/* `type(x) is K` (==, is not, !=), K int, float, bool, str or a class of
 * the program: whether x's run-time type is K itself (not a subclass; a
 * bool is no int), as CPython's type() answers.  Narrows x as isinstance()
 * does (check_target.c).  NULL when e is not one. */
Ast *chk_type_is(Checker *c, Ast *e)
{
    AstOp op = e->u.compare.ops[0];
    if (e->u.compare.operands.n != 2 || (op != OP_IS && op != OP_ISNOT && op != OP_EQ && op != OP_NE) ||
        !is_type_call(c, e->u.compare.operands.items[0]))
        return NULL;
    Ast *call = e->u.compare.operands.items[0];
    Ast *x = chk_expr(c, call->u.call.args.items[0]);
    Ast *k = chk_expr(c, e->u.compare.operands.items[1]);
    int b = k->ty->kind == TY_BUILTIN ? k->ty->builtin : -1;
    bool ok = (k->ty->kind == TY_CLASSREF && !k->ty->cls->is_template) ||
              b == BI_INT || b == BI_FLOAT || b == BI_STR || b == BI_BOOL;
    if (!ok) {
        if (x->ty->kind != TY_ERROR && k->ty->kind != TY_ERROR)
            chk_error(c, k->loc, "type(x) %s ... is only supported with int, float, bool, str or "
                      "a class of the program", ast_op_text[op]);
        return set_err(c, e);
    }
    if (b >= 0 && ty_strip_optional(x->ty)->kind == TY_OBJECT) {
        /* an `object` holding a number does not say which (lower_expr.c) */
        chk_error(c, k->loc, "type(x) %s %s on an 'object' is not supported: an 'object' is "
                  "narrowed with isinstance(x, C) for a class C of the program", ast_op_text[op],
                  chk_builtins[b].name);
        return set_err(c, e);
    }
    call->u.call.bound = (AstList){ 0 };
    ast_list_push(c->arena, &call->u.call.bound, x);
    ast_list_push(c->arena, &call->u.call.bound, k);
    as_builtin(call, BI_RT_TYPE_IS, TT(BOOL));
    if (op == OP_IS || op == OP_EQ)
        return call;
    Ast *n = chk_synth(c, AST_UNARY, e->loc, TT(BOOL));
    n->u.unary.op = OP_NOT;
    n->u.unary.operand = call;
    return n;
}

static Ast *b_isinstance(Checker *c, Ast *call)
{
    if (!nargs(c, call, 2, 2, "isinstance"))
        return set_err(c, call);
    Ast *x = arg(c, call, 0);
    Ast *k = call->u.call.args.items[1];
    if (k->kind == AST_TUPLE) {
        for (int i = 0; i < k->u.seq.items.n; i++)
            isinstance_class(c, k->u.seq.items.items[i]);
        k->ty = TT(NONE);
    } else if (isinstance_class(c, k) && k->ty->kind == TY_BUILTIN && k->ty->builtin == BI_TUPLE &&
               chk_is_union(x->ty)) {
        /* the lowering decides isinstance(x, tuple) by x's static type */
        chk_error(c, k->loc, "isinstance(x, tuple) with x of the union '%s' is not supported: "
                  "test the member's class (a NamedTuple's)", chk_tyname(c, x->ty));
    }
    ast_list_push(c->arena, &call->u.call.bound, x);
    ast_list_push(c->arena, &call->u.call.bound, k);
    return as_builtin(call, BI_ISINSTANCE, TT(BOOL));
}

static Ast *b_range(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 3, "range"))
        return set_err(c, call);
    int n = chk_npositional(call);
    Ast *a[3] = { 0 };
    for (int i = 0; i < n; i++)
        a[i] = need_int(c, arg(c, call, i));
    Ast *start = n == 1 ? int_const(c, 0, call->loc) : a[0];
    Ast *stop = n == 1 ? a[0] : a[1];
    Ast *step = n == 3 ? a[2] : int_const(c, 1, call->loc);
    ast_list_push(c->arena, &call->u.call.bound, start);
    ast_list_push(c->arena, &call->u.call.bound, stop);
    ast_list_push(c->arena, &call->u.call.bound, step);
    return as_builtin(call, BI_RANGE, ty_opaque(c->tt, "range", TT(INT)));
}

static Type *elem_of(Checker *c, Ast *x)
{
    FuncInfo *it, *nx;
    return chk_iter_elem(c, x, &it, &nx);
}

static Ast *b_enumerate(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 2, "enumerate"))
        return set_err(c, call);
    Ast *x = call->u.call.args.items[0];
    Type *el = elem_of(c, x);
    Ast *start = chk_npositional(call) == 2 ? need_int(c, arg(c, call, 1))
                 : chk_kwarg(call, "start") ? need_int(c, chk_expr(c, chk_kwarg(call, "start")))
                                           : int_const(c, 0, call->loc);
    ast_list_push(c->arena, &call->u.call.bound, x);
    ast_list_push(c->arena, &call->u.call.bound, start);
    Type *items[2] = { TT(INT), el };
    if (el->kind == TY_ERROR)
        return set_err(c, call);
    return as_builtin(call, BI_ENUMERATE, ty_opaque(c->tt, "enumerate", ty_tuple(c->tt, items, 2)));
}

static Ast *b_zip(Checker *c, Ast *call)
{
    int n = chk_npositional(call);
    if (n < 2) {
        chk_error(c, call->loc, "zip() needs at least two iterables");
        return set_err(c, call);
    }
    Type **items = arena_alloc(c->arena, (size_t)n * sizeof *items);
    for (int i = 0; i < n; i++) {
        Ast *x = call->u.call.args.items[i];
        items[i] = elem_of(c, x);
        if (items[i]->kind == TY_ERROR)
            return set_err(c, call);
        ast_list_push(c->arena, &call->u.call.bound, x);
    }
    return as_builtin(call, BI_ZIP, ty_opaque(c->tt, "zip", ty_tuple(c->tt, items, n)));
}

static Ast *b_reversed(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 1, "reversed"))
        return set_err(c, call);
    Ast *x = arg(c, call, 0);
    Type *t = x->ty;
    if (t->kind == TY_ERROR)
        return set_err(c, call);
    if (t->kind != TY_LIST && t->kind != TY_STR) {
        chk_error(c, x->loc, "reversed() needs a list or a str, not '%s'", chk_tyname(c, t));
        return set_err(c, call);
    }
    chk_use_func(c, method_of(c, t, "__len__"));
    chk_use_func(c, method_of(c, t, "__getitem__"));
    ast_list_push(c->arena, &call->u.call.bound, x);
    return as_builtin(call, BI_REVERSED, ty_opaque(c->tt, "reversed", t->kind == TY_STR ? t : t->elem));
}

static Ast *b_int(Checker *c, Ast *call)
{
    if (!nargs(c, call, 0, 2, "int"))
        return set_err(c, call);
    int n = chk_npositional(call);
    if (n == 0)
        return int_const(c, 0, call->loc);
    Ast *x = chk_intenum_value(c, arg(c, call, 0));
    Type *t = x->ty;
    if (n == 2 || t->kind == TY_STR) {
        Ast *base = n == 2 ? need_int(c, arg(c, call, 1)) : int_const(c, 10, call->loc);
        if (t->kind != TY_STR && t->kind != TY_ERROR) {
            chk_error(c, x->loc, "int() with a base needs a 'str', not '%s'", chk_tyname(c, t));
            return set_err(c, call);
        }
        Ast *args[2] = { x, base };
        return chk_prelude_call(c, "_int_from_str", args, 2, call->loc);
    }
    if (t->kind == TY_FLOAT)
        return chk_prelude_call(c, "_int_from_float", &x, 1, call->loc);
    if (n == 1 && chk_is_bytes_like(c, t))     /* int(b"42"): its ASCII text */
        return chk_prelude_call(c, "_int_of_buf", &x, 1, call->loc);
    if (t->kind == TY_INT || t->kind == TY_BOOL || t->kind == TY_ERROR)
        return chk_convert(c, x, TT(INT));
    Ast *num = chk_num_union_call(c, "_num_int", x, call->loc);
    if (num)
        return num;
    chk_error(c, x->loc, "int() argument must be a str or a number, not '%s'", chk_tyname(c, t));
    return set_err(c, call);
}

static Ast *b_float(Checker *c, Ast *call)
{
    if (!nargs(c, call, 0, 1, "float"))
        return set_err(c, call);
    if (chk_npositional(call) == 0) {
        Ast *z = chk_synth(c, AST_FLOAT, call->loc, TT(FLOAT));
        z->u.f = 0.0;
        return z;
    }
    Ast *x = arg(c, call, 0);
    if (x->ty->kind == TY_STR)
        return chk_prelude_call(c, "_float_from_str", &x, 1, call->loc);
    if (ty_is_numeric(x->ty) || x->ty->kind == TY_ERROR)
        return chk_convert(c, x, TT(FLOAT));
    Ast *num = chk_num_union_call(c, "_num_float", x, call->loc);
    if (num)
        return num;
    chk_error(c, x->loc, "float() argument must be a str or a number, not '%s'", chk_tyname(c, x->ty));
    return set_err(c, call);
}

static Ast *b_str_repr(Checker *c, Ast *call, bool repr)
{
    if (!nargs(c, call, repr ? 1 : 0, 1, repr ? "repr" : "str"))
        return set_err(c, call);
    if (chk_npositional(call) == 0)
        return str_const(c, "", call->loc);
    return chk_expr_to_str(c, call->u.call.args.items[0], repr);
}

static Ast *b_bool(Checker *c, Ast *call)
{
    if (!nargs(c, call, 0, 1, "bool"))
        return set_err(c, call);
    if (chk_npositional(call) == 0)
        return bool_const(c, 0, call->loc);
    ast_list_push(c->arena, &call->u.call.bound, chk_test(c, call->u.call.args.items[0]));
    return as_builtin(call, BI_BOOL, TT(BOOL));
}

/* What hash() takes: a key type, a float, a union (hashing the member
 * held, as CPython does), or a tuple of them. */
static bool hash_ok(const Type *t)
{
    if (t->kind == TY_TUPLE) {
        for (int i = 0; i < t->nitems; i++)
            if (!hash_ok(t->items[i]))
                return false;
        return true;
    }
    return chk_key_type_ok(t) || t->kind == TY_FLOAT || chk_is_union(t);
}

static Ast *b_hash(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 1, "hash"))
        return set_err(c, call);
    Ast *x = arg(c, call, 0);
    if (x->ty->kind == TY_ERROR)
        return set_err(c, call);
    if (!hash_ok(x->ty)) {
        chk_error(c, x->loc, "unhashable type: '%s'", chk_tyname(c, x->ty));
        return set_err(c, call);
    }
    /* prelude containers hash what a user-located check let through */
    if (c->mod != c->prelude && !chk_key_hashable(c, x->ty, x->loc))
        return set_err(c, call);
    FuncInfo *m = method_of(c, x->ty, "__hash__");
    if (chk_is_instance_type(x->ty) && !chk_hash_uniform(x->ty->cls)) {
        chk_use_hash_methods(c, x->ty->cls);
        chk_use_func(c, chk_prelude_sym(c, "_op_type_error")->func);
        m = NULL;               /* the lowering picks per run-time class */
    }
    if (m)
        return chk_method_call(c, x, m, NULL, 0, call->loc);
    chk_hashable(c, x->ty, x->loc);
    ast_list_push(c->arena, &call->u.call.bound, x);
    return as_builtin(call, BI_HASH, TT(INT));   /* identity (classes) or tuples */
}

static Ast *empty_container(Checker *c, Ast *call, TyKind k, const char *name)
{
    Type *h = c->hint ? ty_strip_optional(c->hint) : NULL;     /* a `list[T] | None` too */
    if (h && h->kind == TY_ERROR)
        return set_err(c, call);    /* the target's type was reported */
    if (!h || h->kind != k) {
        chk_error(c, call->loc, "cannot infer the type of an empty %s; annotate the variable", name);
        return set_err(c, call);
    }
    ClassInfo *cls = chk_class_of(c, h);
    return chk_call_constructor(c, call, cls);
}

static Ast *b_list_set(Checker *c, Ast *call, bool is_set)
{
    const char *name = is_set ? "set" : "list";
    if (!nargs(c, call, 0, 1, name))
        return set_err(c, call);
    if (chk_npositional(call) == 0)
        return empty_container(c, call, is_set ? TY_SET : TY_LIST, name);
    Ast *a = call->u.call.args.items[0];
    AstKind want = is_set ? AST_SETCOMP : AST_LISTCOMP;
    if (a->kind == AST_GENEXP || (is_set && a->kind == AST_LISTCOMP))
        a->kind = want;     /* same items; a set keeps each once */
    if (a->kind == want)
        return chk_expr_expect(c, a, c->hint);
    a = chk_expr(c, a);
    if (a->ty->kind == TY_ERROR)
        return set_err(c, call);
    if (!is_set && a->ty->kind == TY_LIST)
        return chk_method_call(c, a, method_of(c, a->ty, "copy"), NULL, 0, call->loc);
    return synth_comp(c, a, want, c->hint);
}

/* tuple(iterable): a tuple[T, ...] of a new list of its items, made as
 * list() makes it. */
static Ast *b_tuple(Checker *c, Ast *call)
{
    Type *h = c->hint ? ty_strip_optional(c->hint) : NULL;
    bool var = h && chk_is_var_tuple(c, h);
    if (!var && chk_npositional(call) == 0) {
        chk_error(c, call->loc, "cannot infer the item type of an empty tuple(); annotate the "
                  "variable (t: tuple[int, ...] = tuple())");
        return set_err(c, call);
    }
    Type *saved = c->hint;
    c->hint = var ? ty_list(c->tt, h->cls->targs[0]) : NULL;
    Ast *lst = b_list_set(c, call, false);
    c->hint = saved;
    if (lst->ty->kind != TY_LIST)
        return set_err(c, call);
    return chk_prelude_call(c, "_tuple_of", &lst, 1, call->loc);
}

/* dict(pairs): {$k: $v for $k, $v in pairs} (zip(keys, values), a
 * generator of 2-tuples, a list of them). */
static Ast *dict_of_pairs(Checker *c, Ast *d)
{
    FuncInfo *itf, *nxf;
    Type *el = chk_iter_elem(c, d, &itf, &nxf);
    if (el->kind == TY_ERROR)
        return set_err(c, d);
    if (el->kind != TY_TUPLE || el->nitems != 2) {
        chk_error(c, d->loc, "dict() takes a dict or an iterable of (key, value) pairs, not '%s'",
                  chk_tyname(c, d->ty));
        return set_err(c, d);
    }
    Loc loc = d->loc;
    AstList tv = { 0 };
    ast_list_push(c->arena, &tv, ast_name(c->arena, loc, "$k"));
    ast_list_push(c->arena, &tv, ast_name(c->arena, loc, "$v"));
    Ast *cf = ast_compfor(c->arena, loc, ast_seq(c->arena, AST_TUPLE, loc, tv), d);
    Ast *comp = ast_comp(c->arena, AST_DICTCOMP, loc, ast_name(c->arena, loc, "$k"),
                         ast_name(c->arena, loc, "$v"), ast_list1(c->arena, cf));
    return chk_expr_expect(c, comp, c->hint);
}

static Ast *b_dict(Checker *c, Ast *call)
{
    if (!nargs(c, call, 0, 1, "dict"))
        return set_err(c, call);
    if (chk_npositional(call) == 0)
        return empty_container(c, call, TY_DICT, "dict");
    Ast *d = arg(c, call, 0);
    if (d->ty->kind == TY_CLASS && method_of(c, d->ty, "keys") && method_of(c, d->ty, "items") &&
        method_of(c, d->ty, "__getitem__")) {
        /* a mapping (defaultdict, Counter, OrderedDict, a program's):
         * CPython copies its items; items() gives them in one pass */
        Ast *items = ast_call(c->arena, d->loc, ast_attr(c->arena, d, "items", d->loc),
                              (AstList){ 0 });
        return dict_of_pairs(c, items);
    }
    if (d->ty->kind != TY_DICT && d->ty->kind != TY_ERROR)
        return dict_of_pairs(c, d);
    if (d->ty->kind != TY_DICT)
        return set_err(c, call);
    /* a plain dict, also of a defaultdict (copy() keeps the factory) */
    return chk_method_call(c, d, method_of(c, d->ty, "_plain_copy"), NULL, 0, call->loc);
}

/* The None that dict.fromkeys(keys) stores: typed as the values of the
 * dict the call flows into when they may be None (d: dict[str, int |
 * None] = dict.fromkeys(ks)), else None itself (a dict[K, None]). */
static Ast *fromkeys_none(Checker *c, Loc loc)
{
    Ast *none = chk_synth(c, AST_NONE, loc, TT(NONE));
    Type *h = c->hint ? ty_strip_optional(c->hint) : NULL;
    if (h && h->kind == TY_DICT && h->val->kind == TY_OPTIONAL)
        none->ty = h->val;      /* a None is NULL as any T | None */
    return none;
}

/* dict.fromkeys(keys, value) as _dict_fromkeys(list(keys), value): a
 * dict[K, V]; without a value V is None (mypy's stubs say Any | None). */
Ast *chk_dict_fromkeys(Checker *c, Ast *call)
{
    if (!chk_only_keywords(c, call, NULL, "dict.fromkeys") || !nargs(c, call, 1, 2, "dict.fromkeys"))
        return set_err(c, call);
    Type *hint = c->hint;
    Ast *args[2] = { as_list(c, call->u.call.args.items[0]), NULL };
    c->hint = hint;
    args[1] = call->u.call.args.n == 2 ? arg(c, call, 1) : fromkeys_none(c, call->loc);
    if (args[0]->ty->kind == TY_ERROR || args[1]->ty->kind == TY_ERROR)
        return set_err(c, call);
    if (!chk_key_hashable(c, args[0]->ty->elem, args[0]->loc))
        return set_err(c, call);
    return chk_prelude_call(c, "_dict_fromkeys", args, 2, call->loc);
}

/* The prelude sorts and picks minima with '<' on t: a user-located error
 * when t cannot be ordered (an element type, or a key's result type). */
static Ast *need_order(Checker *c, Ast *r, Type *t, Loc loc, const char *what)
{
    if (r->ty->kind == TY_ERROR || !t || t->kind == TY_ERROR || t->kind == TY_TYPEVAR)
        return r;
    return chk_orderable(c, t, OP_LT, loc, what) ? r : set_err(c, r);
}

/* The result type of the key function bound as argument i of r. */
static Type *key_result(Ast *r, int i)
{
    if (r->kind != AST_CALL || r->u.call.bound.n <= i || !r->u.call.bound.items[i])
        return NULL;
    Type *k = r->u.call.bound.items[i]->ty;
    return k && k->kind == TY_CALLABLE ? k->ret : NULL;
}

Ast *chk_need_order_key(Checker *c, Ast *r, int i, Loc loc, const char *what)
{
    return need_order(c, r, key_result(r, i), loc, what);
}

/* A call of the library that runs key (args[1]) only while it runs. */
Ast *chk_key_call(Checker *c, const char *f, Ast **args, int n, Loc loc)
{
    Ast *saved = c->key_arg;
    c->key_arg = args[1];
    Ast *r = chk_prelude_call(c, f, args, n, loc);
    c->key_arg = saved;
    return r;
}

/* A dict, or a collections dict (defaultdict, Counter, OrderedDict). */
static bool dict_like(const Type *t)
{
    if (t && t->kind == TY_CLASS && t->cls->is_builtin)
        for (ClassInfo *x = t->cls; x; x = x->base)
            if (strcmp(x->tmpl ? x->tmpl->name : x->name, "_DictBase") == 0)
                return true;
    return t && t->kind == TY_DICT;
}

/* d.items(), checked: its pairs' keys all differ. */
static bool dict_items_call(const Ast *a)
{
    const Ast *f = a->kind == AST_CALL ? a->u.call.func : NULL;
    return f && f->kind == AST_ATTR && a->u.call.args.n == 0 && strcmp(f->u.attr.attr, "items") == 0 &&
           dict_like(f->u.attr.obj->ty);
}

/* sorted(items) orders items with '<'.  The pairs of sorted(d.items())
 * differ in their keys, which alone decide (a tuple's first unequal items
 * do): the values only need an order for the checker, a partial one
 * (sets) will do, as no pair of them is ever compared. */
static bool sorted_items_ok(Checker *c, const Ast *arg, Type *t, Loc loc)
{
    if (!dict_items_call(arg) || t->kind != TY_TUPLE || t->nitems != 2)
        return chk_orderable(c, t, OP_LT, loc, "sorted()");
    return chk_orderable(c, t->items[0], OP_LT, loc, "sorted()") &&
           chk_orderable(c, t->items[1], OP_LT, loc, "sorted(d.items())");
}

static Ast *b_sorted(Checker *c, Ast *call)
{
    static const char *const kws[] = { "key", "reverse", NULL };
    chk_only_keywords(c, call, kws, "sorted");
    if (!nargs(c, call, 1, 1, "sorted"))
        return set_err(c, call);
    Ast *lst = as_list(c, call->u.call.args.items[0]);
    Ast *key = chk_kwarg(call, "key");
    Ast *rev = chk_kwarg(call, "reverse");
    rev = rev ? chk_truth(c, rev) : bool_const(c, 0, call->loc);
    if (key) {
        Ast *args[3] = { lst, key, rev };
        Ast *r = chk_key_call(c, "_sorted_key", args, 3, call->loc);
        return need_order(c, r, key_result(r, 1), key->loc, "sorted() with this key");
    }
    if (lst->ty->kind == TY_LIST && !sorted_items_ok(c, call->u.call.args.items[0], lst->ty->elem,
                                                     call->loc))
        return set_err(c, call);
    Ast *args[2] = { lst, rev };
    return chk_prelude_call(c, "_sorted", args, 2, call->loc);
}

/* min(seq, default=d) / max(seq, key=f, default=d): the prelude's
 * _minmax_*_or (d fits the items' type) or _minmax_*_opt (d is None). */
static Ast *minmax_default(Checker *c, Ast *call, Ast *lst, Ast *key, Ast *dflt, bool is_min)
{
    Ast *args[4];
    int n = 0;
    args[n++] = lst;
    if (key)
        args[n++] = key;
    bool opt = dflt->kind == AST_NONE;
    if (!opt) {
        Type *t = lst->ty->kind == TY_LIST ? lst->ty->elem : NULL;
        Ast *d = t ? chk_expr_expect(c, dflt, t) : chk_expr(c, dflt);
        Ast *fit = t && d->ty->kind != TY_ERROR ? chk_fit(c, d, t) : d;
        if (!fit) {
            chk_error(c, d->loc, "%s() default has type '%s', the items have type '%s': give a "
                      "default of the items' type, or None", is_min ? "min" : "max",
                      chk_tyname(c, d->ty), chk_tyname(c, t));
            return set_err(c, call);
        }
        args[n++] = fit;
    }
    args[n++] = bool_const(c, !is_min, call->loc);
    const char *f = key ? (opt ? "_minmax_key_opt" : "_minmax_key_or")
                        : (opt ? "_minmax_opt" : "_minmax_or");
    Ast *r = key ? chk_key_call(c, f, args, n, call->loc) : chk_prelude_call(c, f, args, n, call->loc);
    return key ? need_order(c, r, key_result(r, 1), key->loc,
                            chk_fmt(c, "%s() with this key", is_min ? "min" : "max")) : r;
}

static Ast *b_minmax(Checker *c, Ast *call, bool is_min)
{
    static const char *const kws[] = { "key", "default", NULL };
    const char *name = is_min ? "min" : "max";
    chk_only_keywords(c, call, kws, name);
    int n = chk_npositional(call);
    Ast *key = chk_kwarg(call, "key");
    if (n == 0) {
        chk_error(c, call->loc, "%s() expects at least one argument", name);
        return set_err(c, call);
    }
    Ast *dflt = chk_kwarg(call, "default");
    if (dflt && n != 1) {
        chk_error(c, dflt->loc, "Cannot specify a default for %s() with multiple positional "
                  "arguments", name);
        return set_err(c, call);
    }
    if (n == 1 || key) {
        Ast *lst;
        if (n == 1)
            lst = as_list(c, call->u.call.args.items[0]);
        else {
            lst = chk_synth(c, AST_LIST, call->loc, NULL);
            lst->ty = NULL;
            for (int i = 0; i < n; i++)
                ast_list_push(c->arena, &lst->u.seq.items, call->u.call.args.items[i]);
            lst = chk_expr(c, lst);
        }
        Ast *args[2] = { lst, key };
        if (!key && lst->ty->kind == TY_LIST &&
            !chk_orderable(c, lst->ty->elem, OP_LT, call->loc, chk_fmt(c, "%s()", name)))
            return set_err(c, call);
        if (dflt)
            return minmax_default(c, call, lst, key, dflt, is_min);
        Ast *r = chk_key_call(c, key ? (is_min ? "_min_key" : "_max_key")
                                         : (is_min ? "_min_list" : "_max_list"),
                                  args, key ? 2 : 1, call->loc);
        return key ? need_order(c, r, key_result(r, 1), key->loc,
                                chk_fmt(c, "%s() with this key", name)) : r;
    }
    for (int i = 0; i < n; i++) {
        Ast *x = arg(c, call, i), *first = call->u.call.args.items[0];
        if (x->ty->kind == TY_ERROR)
            return set_err(c, call);
        if (i > 0 && ty_is_numeric(x->ty) && ty_is_numeric(first->ty) && x->ty != first->ty) {
            /* CPython returns one of the arguments as it is */
            Type *wide = ty_join(c->tt, x->ty, first->ty);
            Ast *narrow = x->ty == wide ? first : x;
            chk_error(c, narrow->loc, "%s() arguments have different types '%s' and '%s'%s", name,
                      chk_tyname(c, first->ty), chk_tyname(c, x->ty),
                      chk_widen_advice(c, narrow, wide));
            return set_err(c, call);
        }
    }
    Ast *acc = call->u.call.args.items[0];
    if (!chk_orderable(c, acc->ty, OP_LT, call->loc, chk_fmt(c, "%s()", name)))
        return set_err(c, call);
    for (int i = 1; i < n; i++) {
        Ast *args[2] = { acc, call->u.call.args.items[i] };
        acc = chk_prelude_call(c, is_min ? "_min2" : "_max2", args, 2, call->loc);
    }
    return acc;
}

/* sum(it, start) adds the items to start in the prelude (_sum_list, whose
 * result has start's type).  An empty iterable sums to start itself, so a
 * list of floats needs a float start: CPython's default start is the int 0. */
static bool sum_start_ok(Checker *c, Ast *call, Type *lt, Ast *start, bool given)
{
    Type *el = lt->elem, *st = start->ty;
    if (el->kind == TY_STR) {
        chk_error(c, call->loc, "sum() can't sum strings: use ''.join(...)");
        return false;
    }
    if (!ty_is_numeric(el)) {
        if (!given)
            chk_error(c, call->loc, "sum() of '%s' needs a start value", chk_tyname(c, lt));
        else if (st != el)
            chk_error(c, start->loc, "sum() start has type '%s', expected '%s'", chk_tyname(c, st),
                      chk_tyname(c, el));
        return given && st == el;
    }
    if (el->kind == TY_FLOAT && st->kind != TY_FLOAT) {
        if (!given)
            chk_error(c, call->loc, "sum() of '%s' needs a float start value: write sum(..., 0.0) "
                      "(CPython returns the int 0 for an empty iterable)", chk_tyname(c, lt));
        else
            chk_error(c, start->loc, "sum() start has type '%s', expected 'float'%s",
                      chk_tyname(c, st), chk_widen_advice(c, start, TT(FLOAT)));
        return false;
    }
    if (st->kind != TY_INT && st->kind != TY_FLOAT) {
        chk_error(c, start->loc, "sum() start has type '%s', expected 'int' or 'float'%s",
                  chk_tyname(c, st), chk_widen_advice(c, start, TT(INT)));
        return false;
    }
    return true;
}

static Ast *b_sum(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 2, "sum"))
        return set_err(c, call);
    Ast *lst = as_list(c, call->u.call.args.items[0]);
    if (lst->ty->kind == TY_ERROR)
        return set_err(c, call);
    bool given = chk_npositional(call) == 2;
    Ast *start = int_const(c, 0, call->loc);
    if (given)
        start = call->u.call.args.items[1] =
            chk_expr_expect(c, call->u.call.args.items[1], lst->ty->elem);
    if (start->ty->kind == TY_ERROR || !sum_start_ok(c, call, lst->ty, start, given))
        return set_err(c, call);
    Ast *args[2] = { lst, start };
    return chk_prelude_call(c, "_sum_list", args, 2, call->loc);
}

static Ast *b_anyall(Checker *c, Ast *call, bool any)
{
    if (!nargs(c, call, 1, 1, any ? "any" : "all"))
        return set_err(c, call);
    /* any(x > 0 for x in xs) stops at the first true item, as CPython's
     * does: a comprehension lowered with an early exit.  An iterator
     * argument (a generator, map(), filter()) goes the same way, as
     * [$item for $item in it], so that the items after the deciding one
     * are neither made nor taken from it. */
    Ast *a = call->u.call.args.items[0];
    if (a->kind == AST_GENEXP) {
        a->kind = AST_LISTCOMP;
        a = chk_expr(c, a);
    } else {
        a = chk_expr(c, a);
        if (a->ty->kind == TY_LIST)
            return chk_prelude_call(c, any ? "_any_list" : "_all_list", &a, 1, call->loc);
        if (a->ty->kind != TY_ERROR)
            a = synth_comp(c, a, AST_LISTCOMP, NULL);
    }
    if (a->ty->kind == TY_ERROR)
        return set_err(c, call);
    ast_list_push(c->arena, &call->u.call.bound, a);
    return as_builtin(call, any ? BI_ANY : BI_ALL, TT(BOOL));
}

static Ast *b_round(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 2, "round"))
        return set_err(c, call);
    Ast *x = arg(c, call, 0);
    int n = chk_npositional(call);
    if (x->ty->kind == TY_ERROR)
        return set_err(c, call);
    if (!ty_is_numeric(x->ty)) {
        chk_error(c, x->loc, "round() needs a number, not '%s'", chk_tyname(c, x->ty));
        return set_err(c, call);
    }
    if (x->ty->kind != TY_FLOAT) {
        x = chk_convert(c, x, TT(INT));
        if (n == 1)
            return x;
        Ast *args[2] = { x, need_int(c, arg(c, call, 1)) };
        return chk_prelude_call(c, "_round_int_n", args, 2, call->loc);
    }
    if (n == 1)
        return chk_prelude_call(c, "_round_float", &x, 1, call->loc);
    Ast *args[2] = { x, need_int(c, arg(c, call, 1)) };
    return chk_prelude_call(c, "_round_float_n", args, 2, call->loc);
}

static bool numeric_args(Checker *c, Ast *call, int n, const char *name)
{
    bool ok = true;
    for (int i = 0; i < n; i++) {
        Ast *x = arg(c, call, i);
        if (x->ty->kind == TY_ERROR)
            ok = false;
        else if (!ty_is_numeric(x->ty)) {
            chk_error(c, x->loc, "bad operand type for %s(): '%s'", name, chk_tyname(c, x->ty));
            ok = false;
        }
    }
    return ok;
}

/* abs(x): of a bool, the int (as CPython). */
static Ast *b_abs(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 1, "abs"))
        return set_err(c, call);
    Ast *o = call->u.call.args.items[0] = chk_intenum_value(c, arg(c, call, 0));
    if (chk_is_instance_type(o->ty)) {
        FuncInfo *m = method_of(c, o->ty, "__abs__");
        if (m)
            return chk_method_call(c, o, m, NULL, 0, call->loc);
        chk_error(c, o->loc, "bad operand type for abs(): '%s' (no __abs__)", chk_tyname(c, o->ty));
        return set_err(c, call);
    }
    if (!numeric_args(c, call, 1, "abs"))
        return set_err(c, call);
    Ast *x = call->u.call.args.items[0];
    x = chk_convert(c, x, x->ty->kind == TY_FLOAT ? TT(FLOAT) : TT(INT));
    return chk_prelude_call(c, "_abs", &x, 1, call->loc);
}

/* divmod(a, b): of two ints (or bools) a pair of ints, else the float
 * divmod, which computes with both numbers as floats (as CPython). */
static Ast *b_divmod(Checker *c, Ast *call)
{
    if (!nargs(c, call, 2, 2, "divmod") || !numeric_args(c, call, 2, "divmod"))
        return set_err(c, call);
    Ast *args[2] = { call->u.call.args.items[0], call->u.call.args.items[1] };
    bool fl = args[0]->ty->kind == TY_FLOAT || args[1]->ty->kind == TY_FLOAT;
    for (int i = 0; i < 2; i++)
        args[i] = chk_convert(c, args[i], fl ? TT(FLOAT) : TT(INT));
    return chk_prelude_call(c, fl ? "_divmod_float" : "_divmod_int", args, 2, call->loc);
}

static Ast *b_pow(Checker *c, Ast *call)
{
    if (!nargs(c, call, 2, 2, "pow"))
        return set_err(c, call);
    Ast *b = chk_synth(c, AST_BINARY, call->loc, NULL);
    b->ty = NULL;
    b->u.binary.op = OP_POW;
    b->u.binary.left = call->u.call.args.items[0];
    b->u.binary.right = call->u.call.args.items[1];
    return chk_expr(c, b);
}

/* The __next__ of an iterator type (generators, iterator classes). */
static FuncInfo *next_method(Checker *c, Ast *x)
{
    Type *t = x->ty;
    FuncInfo *m = t->kind == TY_CLASS || t->kind == TY_ITER ? method_of(c, t, "__next__") : NULL;
    if (!m && t->kind != TY_ERROR) {
        bool iterable = t->kind == TY_LIST || t->kind == TY_STR || t->kind == TY_DICT ||
                        t->kind == TY_SET || t->kind == TY_TUPLE || t->kind == TY_OPAQUE;
        chk_error(c, x->loc, "'%s' object is not an iterator%s", chk_tyname(c, t),
                  iterable ? ": use iter(x) first" : "");
    }
    return m;
}

/* next(it): it.__next__(); next(it, default): BI_NEXT [it, default] with
 * call.target the __next__ (StopIteration gives the default). */
static Ast *b_next(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 2, "next"))
        return set_err(c, call);
    Ast *it = arg(c, call, 0);
    FuncInfo *m = next_method(c, it);
    if (!m)
        return set_err(c, call);
    if (chk_npositional(call) == 1)
        return chk_method_call(c, it, m, NULL, 0, call->loc);
    chk_use_func(c, m);
    Ast *d = chk_expr_expect(c, call->u.call.args.items[1], m->ret);
    Ast *fd = chk_fit(c, d, m->ret);
    if (!fd && d->ty->kind != TY_ERROR) {
        chk_error(c, d->loc, "next() default has type '%s', expected '%s'%s",
                  chk_tyname(c, d->ty), chk_tyname(c, m->ret), chk_widen_advice(c, d, m->ret));
        return set_err(c, call);
    }
    ast_list_push(c->arena, &call->u.call.bound, it);
    ast_list_push(c->arena, &call->u.call.bound, fd ? fd : d);
    call->u.call.target = m;
    return as_builtin(call, BI_NEXT, m->ret);
}

/* iter(x): an iterator is its own; an object with __iter__ gives what
 * that returns; a container or builtin iterable becomes a generator
 * expression over it ((v for v in x), check_gen.c). */
static Ast *b_iter(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 1, "iter"))
        return set_err(c, call);
    Ast *x = arg(c, call, 0);
    Type *t = x->ty;
    if (t->kind == TY_ERROR)
        return set_err(c, call);
    if (t->kind == TY_ITER)
        return x;
    if (t->kind == TY_CLASS && !t->cls->is_builtin) {
        FuncInfo *m = method_of(c, t, "__iter__");
        if (!m) {
            chk_error(c, x->loc, "'%s' object is not iterable", chk_tyname(c, t));
            return set_err(c, call);
        }
        return chk_method_call(c, x, m, NULL, 0, call->loc);
    }
    return chk_iter_of(c, x, call->loc);
}

/* format(value, spec=""): the spec may be computed at run time. */
static Ast *b_format(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 2, "format"))
        return set_err(c, call);
    Ast *v = arg(c, call, 0);
    Ast *spec = chk_npositional(call) > 1 ? arg(c, call, 1) : str_const(c, "", call->loc);
    if (v->ty->kind == TY_ERROR || spec->ty->kind == TY_ERROR)
        return set_err(c, call);
    if (spec->ty->kind != TY_STR) {
        chk_error(c, spec->loc, "format() argument 2 must be str, not %s", chk_tyname(c, spec->ty));
        return set_err(c, call);
    }
    return chk_format_value(c, v, spec);
}

static Ast *b_thread(Checker *c, Ast *call)
{
    static const char *const kws[] = { "target", "args", NULL };
    chk_only_keywords(c, call, kws, "Thread");
    Ast *target = chk_kwarg(call, "target");
    Ast *args = chk_kwarg(call, "args");
    if (chk_npositional(call) || !target) {
        chk_error(c, call->loc, "threading.Thread takes target=f and args=(...) by keyword");
        return set_err(c, call);
    }
    target = chk_expr(c, target);
    if (args)
        args = chk_expr(c, args);
    Type *t = target->ty;
    if (t->kind == TY_ERROR || (args && args->ty->kind == TY_ERROR))
        return set_err(c, call);
    int n = args ? args->ty->nitems : 0;
    if (t->kind != TY_CALLABLE || t->nitems != n || (args && args->ty->kind != TY_TUPLE)) {
        chk_error(c, call->loc, "Thread target '%s' does not accept the args given",
                  chk_tyname(c, t));
        return set_err(c, call);
    }
    for (int i = 0; i < n; i++)
        if (!ty_subtype(args->ty->items[i], t->items[i])) {
            Ast *item = args->kind == AST_TUPLE ? args->u.seq.items.items[i] : NULL;
            chk_error(c, item ? item->loc : args->loc, "Thread argument %d has type '%s', expected '%s'%s",
                      i + 1, chk_tyname(c, args->ty->items[i]), chk_tyname(c, t->items[i]),
                      chk_widen_advice(c, item, t->items[i]));
        }
    ast_list_push(c->arena, &call->u.call.bound, target);
    if (args)
        ast_list_push(c->arena, &call->u.call.bound, args);
    return as_builtin(call, BI_THREAD, c->c_thread ? c->c_thread->type : TT(ERROR));
}

/* __rt.same_class(a, b), __rt.type_name(x): for generated methods. */
static Ast *b_rt_class(Checker *c, Ast *call, int id)
{
    int n = id == BI_RT_SAME_CLASS ? 2 : 1;
    if (!nargs(c, call, n, n, chk_builtins[id].name))
        return set_err(c, call);
    for (int i = 0; i < n; i++)
        ast_list_push(c->arena, &call->u.call.bound, arg(c, call, i));
    return as_builtin(call, id, id == BI_RT_SAME_CLASS ? TT(BOOL) : TT(STR));
}

/* id(x): the runtime's identity hash, stable across moves and unique
 * among live objects.  Only for mutable objects: CPython may or may not
 * share equal strings, numbers and tuples, so their ids are not portable. */
static Ast *b_id(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 1, "id"))
        return set_err(c, call);
    Ast *x = arg(c, call, 0);
    TyKind k = x->ty->kind;
    if (k == TY_ERROR)
        return set_err(c, call);
    if (k != TY_CLASS && k != TY_LIST && k != TY_DICT && k != TY_SET) {
        chk_error(c, x->loc, "id() of '%s' is not supported: CPython may or may not share "
                  "equal immutable values; compare with ==", chk_tyname(c, x->ty));
        return set_err(c, call);
    }
    ast_list_push(c->arena, &call->u.call.bound, x);
    return as_builtin(call, BI_RT_IDENTITY_HASH, TT(INT));
}

static Ast *b_prelude_prim(Checker *c, Ast *call, int id)
{
    if (id == BI_RT_IDENTITY_HASH) {
        if (!nargs(c, call, 1, 1, "identity_hash"))
            return set_err(c, call);
        ast_list_push(c->arena, &call->u.call.bound, arg(c, call, 0));
        return as_builtin(call, id, TT(INT));
    }
    if (!nargs(c, call, 5, 5, "array_copy"))
        return set_err(c, call);
    for (int i = 0; i < 5; i++) {
        Ast *a = arg(c, call, i);
        if (i == 1 || i == 3 || i == 4)
            a = need_int(c, a);
        else if (a->ty->kind != TY_ARRAY)
            chk_error(c, a->loc, "array_copy needs arrays");
        ast_list_push(c->arena, &call->u.call.bound, a);
    }
    return as_builtin(call, id, TT(NONE));
}

/* rtrans.intmask(e): e's + - * << & | ^ ~ and negation compute modulo
 * 2**64 (Ast.wrap) and literals up to 2**64 - 1 are taken modulo 2**64;
 * the value is the signed 64-bit int congruent to e's exact value, which
 * is what runtime/prelude/rtrans/ computes under CPython.  The call is its
 * argument. */
static Ast *b_intmask(Checker *c, Ast *call)
{
    if (!nargs(c, call, 1, 1, "intmask"))
        return set_err(c, call);
    bool saved = c->wrap;
    c->wrap = true;
    Ast *a = chk_expr(c, call->u.call.args.items[0]);
    c->wrap = saved;
    if (a->ty->kind == TY_ERROR)
        return set_err(c, call);
    Ast *ca = a->ty->kind == TY_INT || a->ty->kind == TY_BOOL ? chk_coerce(c, a, TT(INT)) : NULL;
    if (!ca) {
        chk_error(c, a->loc, "intmask() takes an int, not '%s'", chk_tyname(c, a->ty));
        return set_err(c, call);
    }
    return ca;
}

Ast *chk_builtin_call(Checker *c, Ast *call, int id)
{
    if (id == BI_C_INCLUDE)
        return chk_cimport_misplaced(c, call);
    if (id != BI_PRINT && id != BI_SORTED && id != BI_MIN && id != BI_MAX && id != BI_THREAD &&
        id != BI_ENUMERATE) {
        for (int i = 0; i < call->u.call.args.n; i++)
            if (call->u.call.args.items[i]->kind == AST_KEYWORD) {
                chk_error(c, call->u.call.args.items[i]->loc, "%s() takes no keyword arguments",
                          chk_builtins[id].name);
                return set_err(c, call);
            }
    }
    switch (id) {
    case BI_PRINT: return b_print(c, call);
    case BI_LEN: return b_len(c, call);
    case BI_ISINSTANCE: return b_isinstance(c, call);
    case BI_RANGE: return b_range(c, call);
    case BI_ENUMERATE: return b_enumerate(c, call);
    case BI_ZIP: return b_zip(c, call);
    case BI_REVERSED: return b_reversed(c, call);
    case BI_INT: return b_int(c, call);
    case BI_FLOAT: return b_float(c, call);
    case BI_STR: return b_str_repr(c, call, false);
    case BI_REPR: return b_str_repr(c, call, true);
    case BI_BOOL: return b_bool(c, call);
    case BI_HASH: return b_hash(c, call);
    case BI_ID: return b_id(c, call);
    case BI_LIST: return b_list_set(c, call, false);
    case BI_SET: return b_list_set(c, call, true);
    case BI_DICT: return b_dict(c, call);
    case BI_COLLECTIONS_DEFAULTDICT: return chk_defaultdict(c, call);
    case BI_SORTED: return b_sorted(c, call);
    case BI_MIN: return b_minmax(c, call, true);
    case BI_MAX: return b_minmax(c, call, false);
    case BI_SUM: return b_sum(c, call);
    case BI_ANY: return b_anyall(c, call, true);
    case BI_ALL: return b_anyall(c, call, false);
    case BI_ROUND: return b_round(c, call);
    case BI_POW: return b_pow(c, call);
    case BI_FORMAT: return b_format(c, call);
    case BI_ABS: return b_abs(c, call);
    case BI_DIVMOD: return b_divmod(c, call);
    case BI_THREAD: return b_thread(c, call);
    case BI_NEXT: return b_next(c, call);
    case BI_ITER: return b_iter(c, call);
    case BI_MAP: return chk_map_filter(c, call, true);
    case BI_FILTER: return chk_map_filter(c, call, false);
    case BI_RT_ARRAY_COPY: case BI_RT_IDENTITY_HASH: return b_prelude_prim(c, call, id);
    case BI_RT_SAME_CLASS: case BI_RT_TYPE_NAME: return b_rt_class(c, call, id);
    case BI_RT_FIELD_REPR: {
        /* a dataclass's __repr__ shows each field (check_dataclass.c) */
        Ast *x = arg(c, call, 0);
        if (x->ty->kind == TY_CLASS && !chk_reprable(c, x->ty, x->loc, false))
            return chk_object_repr(c, x);
        if (chk_is_union(x->ty))
            return chk_union_field_repr(c, x);
        return chk_to_str(c, x, true);
    }
    case BI_RTRANS_INTMASK: case BI_P_INTMASK: return b_intmask(c, call);
    case BI_SUPER:
        chk_error(c, call->loc, "super() is only supported as super().method(...)");
        return set_err(c, call);
    case BI_TUPLE: return b_tuple(c, call);
    case BI_TYPE:
        chk_error(c, call->loc, "type() is only supported as type(x).__name__ and in type(x) is K; use isinstance() "
                  "to test a class");
        return set_err(c, call);
    default:
        chk_error(c, call->loc, "'%s' cannot be called", chk_builtins[id].name);
        return set_err(c, call);
    }
}
