/* check_call.c - calls: what the callee is, binding arguments to
 * parameters (call.bound), template argument inference, and the builtins
 * the checker handles by hand. */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

static Ast *set_err(Checker *c, Ast *e)
{
    e->ty = TT(ERROR);
    return e;
}

int chk_npositional(Ast *call)
{
    int n = 0;
    while (n < call->u.call.args.n && call->u.call.args.items[n]->kind != AST_KEYWORD)
        n++;
    return n;
}

Ast *chk_kwarg(Ast *call, const char *name)
{
    for (int i = 0; i < call->u.call.args.n; i++) {
        Ast *a = call->u.call.args.items[i];
        if (a->kind == AST_KEYWORD && strcmp(a->u.kw.name, name) == 0)
            return a->u.kw.value;
    }
    return NULL;
}

bool chk_only_keywords(Checker *c, Ast *call, const char *const *allowed, const char *fname)
{
    bool ok = true;
    for (int i = 0; i < call->u.call.args.n; i++) {
        Ast *a = call->u.call.args.items[i];
        if (a->kind != AST_KEYWORD)
            continue;
        int j = 0;
        while (allowed[j] && strcmp(allowed[j], a->u.kw.name) != 0)
            j++;
        if (!allowed[j]) {
            chk_error(c, a->loc, "%s() got an unexpected keyword argument '%s'", fname, a->u.kw.name);
            ok = false;
        }
    }
    return ok;
}

/* ------------------------------------------------------------- binding */

/* The name a call of fn spells: the class for __init__, NAME for the
 * prelude's NAME__N overloads. */
/* The name a user knows a function by: a prelude function implementing a
 * library member is named as that member (random.sample), an overload
 * NAME__N as NAME. */
/* The argument a default value passes.  check_defaults (check_stmt.c)
 * converts a checked default to the parameter's type; a number literal
 * met here first is converted the same way (boxed for an `int | None` or
 * a union), its type being known; None and a str literal need no
 * conversion.  Any other default not checked yet (its
 * function is checked after this call) is passed through p->early_default,
 * whose operand check_defaults sets to the converted default: its type
 * cannot be known here, and checking it here would resolve its names in
 * the caller's scope. */
Ast *chk_default_arg(Checker *c, Param *p)
{
    Ast *d = p->default_value;
    Type *lt = d->ty ? d->ty : d->kind == AST_INT ? TT(INT) : d->kind == AST_FLOAT ? TT(FLOAT)
             : d->kind == AST_BOOL ? TT(BOOL) : NULL;
    if (!lt && d->kind != AST_NONE && d->kind != AST_STR) {
        if (!p->early_default) {
            p->early_default = chk_synth(c, AST_CONVERT, d->loc, p->type);
            p->early_default->u.convert.operand = d;
        }
        return p->early_default;
    }
    if (!lt || !ty_boxes(lt, p->type))
        return d;   /* None and a str pass as they are */
    d->ty = lt;
    Ast *cv = chk_synth(c, AST_CONVERT, d->loc, p->type);
    cv->u.convert.operand = d;
    return cv;
}

static const char *fname_of(Checker *c, FuncInfo *fn)
{
    if (fn->is_init && !fn->cls->is_builtin)
        return fn->cls->name;
    if (!fn->module || !fn->module->is_prelude)
        return fn->name;
    if (!fn->is_init && fn->name[0] == '_' && c->mod != c->prelude && c->site_name)
        return c->site_name;    /* sorted(...) runs _sorted_key(...): say sorted */
    /* a library class's constructor: the name the program wrote
     * (weakref.ref, not the prelude's _WeakRef) */
    const char *name = fn->is_init ? fn->cls->name : fn->tmpl ? fn->tmpl->name : fn->name;
    const char *u = strstr(name, "__");
    if (u && u > name && u[2] >= '0' && u[2] <= '9')
        name = chk_fmt(c, "%.*s", (int)(u - name), name);
    for (int i = 0; i < BI__COUNT; i++)
        if (chk_builtins[i].prelude && strcmp(chk_builtins[i].prelude, name) == 0)
            return chk_builtins[i].owner[0]
                       ? chk_fmt(c, "%s.%s", chk_builtins[i].owner, chk_builtins[i].name)
                       : chk_builtins[i].name;
    return name;
}

/* A prelude parameter named `iterable` and typed list[...] takes any
 * iterable, copied into a list (random.sample(range(100), 5)). */
static bool takes_iterable(FuncInfo *fn, int j)
{
    return fn->module && fn->module->is_prelude && j < fn->nparams &&
           strncmp(fn->params[j].name, "iterable", 8) == 0;   /* iterable1, iterable2 */
}

/* Whether an annotation names a type variable of the prelude (T, K, V). */
static bool names_typevar(Checker *c, const Ast *a)
{
    if (!a)
        return false;
    switch (a->kind) {
    case AST_NAME: {
        Sym *s = symtab_get(c->prelude->syms, a->u.name.id);
        return s && s->kind == SYM_BUILTIN && s->builtin == BI_P_TYPEVAR;
    }
    case AST_SUBSCRIPT:
        return names_typevar(c, a->u.sub.obj) || names_typevar(c, a->u.sub.index);
    case AST_BINARY:
        return names_typevar(c, a->u.binary.left) || names_typevar(c, a->u.binary.right);
    case AST_TUPLE: case AST_LIST:
        for (int i = 0; i < a->u.seq.items.n; i++)
            if (names_typevar(c, a->u.seq.items.items[i]))
                return true;
        return false;
    default:
        return false;
    }
}

/* Whether parameter j of fn (self included) converts a narrower number:
 * only a prelude parameter of a fixed number type (math.sqrt(2),
 * round(x, True)), whose code computes with it as CPython's does.  A
 * parameter declared with a type variable keeps the value (lst.append(1)
 * stores the int), as does every parameter of user code.  Template
 * instances are resolved: their declaration is the annotation. */
static bool param_converts(Checker *c, FuncInfo *fn, int j)
{
    if (!fn->module || !fn->module->is_prelude || !fn->def)
        return false;
    AstList *ps = &fn->def->u.func.params;
    return j < ps->n && !names_typevar(c, ps->items[j]->u.param.annotation);
}

/* An argument of a prelude parameter of a fixed number type: a narrower
 * number converts, also where the parameter may be None (`ev.wait(1)`,
 * `lock.acquire(True, 1)`), since the prelude computes with the wider
 * number as CPython's library does. */
static Ast *prelude_arg(Checker *c, Ast *a, Type *pt)
{
    if (pt->kind == TY_OPTIONAL && ty_is_value(pt->elem) && ty_is_value(a->ty) &&
        ty_convertible(a->ty, pt->elem))
        return chk_convert(c, a, pt);
    return chk_coerce(c, a, pt);
}

/* The parameters (from `skip`) that positional arguments fill: those
 * before a `*name` or bare `*`; *vararg: the `*name` one's index, or -1. */
static int positional_params(FuncInfo *fn, int skip, int *vararg)
{
    int np = fn->nparams - skip, n = 0;
    *vararg = -1;
    while (n < np && !fn->params[skip + n].kwonly && !fn->params[skip + n].vararg)
        n++;
    if (n < np && fn->params[skip + n].vararg)
        *vararg = n;
    return n;
}

/* The value of a `*name: T` parameter: a tuple of the extra positional
 * arguments args[first..npos) (a list display the tuple owns), or of
 * `*xs` passed alone there (a tuple[T, ...] as it is, a list[T] copied,
 * as CPython makes a new tuple of it). */
static Ast *pack_varargs(Checker *c, Ast *call, Param *p, int first, int npos)
{
    AstList *args = &call->u.call.args;
    Type *elem = p->type->kind == TY_CLASS ? p->type->cls->targs[0] : TT(ERROR);
    if (npos - first == 1 && args->items[first]->kind == AST_STARRED) {
        Ast *xs = chk_expr_expect(c, args->items[first]->u.unary.operand, p->type);
        if (xs->ty == p->type || xs->ty->kind == TY_ERROR)
            return xs;
        if (xs->ty->kind == TY_LIST && xs->ty->elem == elem)
            return chk_prelude_call(c, "_tuple_of_copy", &xs, 1, xs->loc);
        chk_error(c, xs->loc, "*%s must be a '%s' or a 'list[%s]', not '%s'", p->name,
                  chk_tyname(c, p->type), chk_tyname(c, elem), chk_tyname(c, xs->ty));
        return set_err(c, xs);
    }
    Ast *lst = chk_synth(c, AST_LIST, call->loc, ty_list(c->tt, elem));
    for (int i = first; i < npos; i++) {
        Ast *a = args->items[i];
        if (a->kind == AST_STARRED) {
            chk_error(c, a->loc, "*arguments may only be passed alone to '*%s' (no other "
                      "arguments beside them)", p->name);
            return set_err(c, lst);
        }
        a = chk_expr_expect(c, a, elem);
        Ast *fit = a->ty->kind == TY_ERROR ? a : chk_fit(c, a, elem);
        if (!fit) {
            chk_error(c, a->loc, "argument %d has type '%s', but '*%s' collects '%s'", i + 1,
                      chk_tyname(c, a->ty), p->name, chk_tyname(c, elem));
            return set_err(c, lst);
        }
        ast_list_push(c->arena, &lst->u.seq.items, fit);
    }
    return elem->kind == TY_ERROR ? set_err(c, lst)
                                  : chk_prelude_call(c, "_tuple_of", &lst, 1, call->loc);
}

/* A function value is called positionally through its Callable type,
 * which has no `*name` or keyword-only parameters: a function that has
 * them can only be called by name (reported at loc; true if so). */
bool chk_refuse_value(Checker *c, FuncInfo *fn, Loc loc)
{
    for (int i = 0; i < fn->nparams; i++)
        if (fn->params[i].vararg || fn->params[i].kwonly) {
            chk_error(c, loc, "'%s' has %s: it can only be called, not used as a value",
                      fn->name, fn->params[i].vararg ? "a '*' parameter"
                                                     : "keyword-only parameters");
            return true;
        }
    return false;
}

/* f(*t) with t a fixed-length tuple: its items as positional arguments
 * (t[0], t[1], ...; t is a variable, read once per item, which nothing
 * between can change).  A list or tuple[T, ...] stays starred, for a
 * `*name` parameter (pack_varargs). */
static void expand_tuple_stars(Checker *c, Ast *call)
{
    AstList *args = &call->u.call.args, out = { 0 };
    bool any = false;
    for (int i = 0; i < args->n; i++) {
        Ast *a = args->items[i];
        if (a->kind != AST_STARRED || a->u.unary.op != OP_MUL) {
            ast_list_push(c->arena, &out, a);
            continue;
        }
        Ast *x = a->u.unary.operand = chk_expr(c, a->u.unary.operand);
        if (x->ty->kind != TY_TUPLE) {
            ast_list_push(c->arena, &out, a);
            continue;
        }
        any = true;
        if (x->kind == AST_TUPLE) {         /* f(*(a, b)): the items themselves */
            for (int k = 0; k < x->u.seq.items.n; k++)
                ast_list_push(c->arena, &out, x->u.seq.items.items[k]);
            continue;
        }
        if (x->kind != AST_NAME)
            chk_error(c, x->loc, "*(tuple) in a call must be a variable (t = ...; f(*t)): its "
                      "items are read one by one");
        for (int k = 0; k < x->ty->nitems; k++) {
            Ast *item = chk_synth(c, AST_SUBSCRIPT, x->loc, NULL);
            item->ty = NULL;
            item->u.sub.obj = x;
            item->u.sub.index = chk_synth(c, AST_INT, x->loc, NULL);
            item->u.sub.index->ty = NULL;
            item->u.sub.index->u.i = k;
            ast_list_push(c->arena, &out, item);
        }
    }
    if (any)
        *args = out;
}

/* Binds call's arguments to fn's parameters (from parameter `skip`). */
void chk_bind_args(Checker *c, Ast *call, FuncInfo *fn, int skip)
{
    expand_tuple_stars(c, call);
    int np = fn->nparams - skip, vararg;
    int npp = positional_params(fn, skip, &vararg);
    Ast **slots = arena_alloc(c->arena, (size_t)(np + 1) * sizeof *slots);
    int npos = chk_npositional(call);
    AstList *args = &call->u.call.args;
    bool bad = false;
    if (npos > npp && vararg < 0) {
        chk_error(c, args->items[npp]->loc, "%s() takes %d %sargument%s but %d were given",
                  fname_of(c, fn), npp, npp < np ? "positional " : "", npp == 1 ? "" : "s", npos);
        bad = true;
    }
    for (int i = 0; i < npos && i < npp; i++) {
        if (args->items[i]->kind == AST_STARRED) {
            chk_error(c, args->items[i]->loc, "*arguments can only be passed to a '*name' "
                      "parameter, here of '%s'", fname_of(c, fn));
            bad = true;
        }
        slots[i] = args->items[i];
    }
    if (vararg >= 0)
        slots[vararg] = pack_varargs(c, call, &fn->params[skip + vararg], npp, npos);
    for (int i = npos; i < args->n; i++) {
        Ast *a = args->items[i];
        if (a->kind != AST_KEYWORD) {
            chk_error(c, a->loc, "positional argument follows keyword argument");
            bad = true;
            continue;
        }
        int j = 0;
        while (j < np && (strcmp(fn->params[skip + j].name, a->u.kw.name) != 0 ||
                          fn->params[skip + j].vararg))
            j++;
        if (j == np) {
            chk_error(c, a->loc, "%s() got an unexpected keyword argument '%s'", fname_of(c, fn),
                      a->u.kw.name);
            bad = true;
        } else if (slots[j]) {
            chk_error(c, a->loc, "%s() got multiple values for argument '%s'", fname_of(c, fn),
                      a->u.kw.name);
            bad = true;
        } else {
            slots[j] = a->u.kw.value;
        }
    }
    call->u.call.bound = (AstList){ 0 };
    for (int j = 0; j < np; j++) {
        Param *p = &fn->params[skip + j];
        Ast *a = slots[j];
        if (!a) {
            if (!p->default_value) {
                if (!bad)
                    chk_error(c, call->loc, "%s() missing required argument '%s'", fname_of(c, fn), p->name);
                bad = true;
                continue;
            }
            ast_list_push(c->arena, &call->u.call.bound, chk_default_arg(c, p));
            continue;
        }
        if (p->vararg) {
            ast_list_push(c->arena, &call->u.call.bound, a);    /* pack_varargs */
            continue;
        }
        if (a->kind == AST_GENEXP && p->type->kind == TY_LIST)
            a->kind = AST_LISTCOMP;    /* str.join(x for ...) */
        Type *pl = ty_strip_optional(p->type);
        if (takes_iterable(fn, skip + j) && pl->kind == TY_LIST && a->kind != AST_NONE)
            a = chk_iter_as_list(c, a, pl->elem);
        a = chk_expr_expect(c, a, p->type);
        Ast *ca = param_converts(c, fn, skip + j) ? prelude_arg(c, a, p->type) : chk_fit(c, a, p->type);
        if (!ca && a->ty->kind != TY_ERROR && p->type->kind != TY_ERROR)
            chk_error(c, a->loc, "argument %d of '%s' has type '%s', expected '%s'%s", j + 1,
                      fname_of(c, fn), chk_tyname(c, a->ty), chk_tyname(c, p->type),
                      chk_widen_advice(c, a, p->type));
        ast_list_push(c->arena, &call->u.call.bound, ca ? ca : a);
    }
    chk_use_func(c, fn);
    call->ty = fn->ret;
}

/* --------------------------------------------------------- templates */

static bool unify(Checker *c, Type *p, Type *a, Type **vars, Type **vals, int n)
{
    if (p->kind == TY_TYPEVAR) {
        for (int i = 0; i < n; i++)
            if (vars[i] == p) {
                if (!vals[i])
                    vals[i] = a;
                else if (vals[i] != a) {
                    Type *j = ty_join_kept(c->tt, vals[i], a);
                    if (!j)
                        return false;
                    vals[i] = j;
                }
                return true;
            }
        return false;
    }
    if (a->kind == TY_ERROR)
        return true;
    if (p->kind != a->kind || p->nitems != a->nitems)
        return p == a || ty_convertible(a, p);
    bool ok = true;
    if (p->elem) ok = ok && unify(c, p->elem, a->elem, vars, vals, n);
    if (p->key) ok = ok && unify(c, p->key, a->key, vars, vals, n);
    if (p->val) ok = ok && unify(c, p->val, a->val, vars, vals, n);
    if (p->ret) ok = ok && unify(c, p->ret, a->ret, vars, vals, n);
    for (int i = 0; i < p->nitems && ok; i++)
        ok = unify(c, p->items[i], a->items[i], vars, vals, n);
    if (p->kind == TY_CLASS && p->cls != a->cls)
        return false;
    return ok;
}

/* p with the type variables inferred so far replaced. */
static Type *subst_known(Checker *c, Type *p, Type **vars, Type **vals, int n)
{
    Subst s = { arena_alloc(c->arena, (size_t)(n + 1) * sizeof(Type *)),
                arena_alloc(c->arena, (size_t)(n + 1) * sizeof(Type *)), 0 };
    for (int i = 0; i < n; i++)
        if (vals[i]) {
            s.vars[s.n] = vars[i];
            s.vals[s.n++] = vals[i];
        }
    Subst *saved = c->subst;
    c->subst = &s;
    Type *r = chk_subst(c, p);
    c->subst = saved;
    return r;
}

/* A function argument whose type the others decide (sorted(xs, key=len),
 * key=lambda x: ...): a lambda, a builtin, a class, or a function whose
 * parameters beyond the Callable's have defaults. */
static bool deferred_arg(Checker *c, Ast *a, Type *p)
{
    if (p->kind != TY_CALLABLE)
        return false;
    if (a->kind == AST_LAMBDA)
        return true;
    if (a->ty && a->ty->kind == TY_CALLABLE && chk_defaulted_func(c, a, p->nitems))
        return true;
    return a->ty && (a->ty->kind == TY_BUILTIN || a->ty->kind == TY_CLASSREF);
}

/* A deferred argument, once the parameter types of the Callable it must
 * be are known (its result type may still be a type variable). */
static Ast *check_deferred(Checker *c, Ast *a, Type *p)
{
    for (int i = 0; i < p->nitems; i++)
        if (ty_has_typevar(p->items[i]))
            return NULL;
    Type *ret = ty_has_typevar(p->ret) ? NULL : p->ret;
    if (a->kind == AST_LAMBDA) {
        if (a->u.func.params.n != p->nitems) {
            chk_error(c, a->loc, "this lambda takes %d parameter%s but %d are passed to it",
                      a->u.func.params.n, a->u.func.params.n == 1 ? "" : "s", p->nitems);
            return chk_synth(c, AST_NONE, a->loc, ty_prim(c->tt, TY_ERROR));
        }
        return chk_lambda_typed(c, a, p->items, p->nitems, ret);
    }
    return chk_eta(c, a, p->items, p->nitems, ret);
}

/* How the user called a prelude helper: _sorted_key is sorted (the
 * helpers of builtins checked by hand); a library member's function is
 * named as the member (fname_of). */
static const char *user_name(Checker *c, FuncInfo *fn)
{
    static const char *const map[][2] = {
        { "_sorted", "sorted" }, { "_min", "min" }, { "_max", "max" },
        { "_list_sort_key", "list.sort" }, { "_sum", "sum" }, { "_any", "any" },
        { "_all", "all" },
    };
    const char *name = fn->tmpl ? fn->tmpl->name : fn->name;
    for (size_t i = 0; fn->module == c->prelude && i < sizeof map / sizeof map[0]; i++)
        if (strncmp(name, map[i][0], strlen(map[i][0])) == 0)
            return map[i][1];
    return fname_of(c, fn);
}

/* The prelude's sorting, min and max with key= compare the keys (their
 * type variable K) with '<': an unorderable key type is reported at the
 * user's key argument before the template is instantiated, whose body
 * would otherwise report it again inside the prelude (items without key
 * are checked by the builtins before the call). */
static bool key_order_ok(Checker *c, Ast *call, FuncInfo *tmpl, Type **vars, Type **vals, int n)
{
    static const char *const keyed[] = { "_sorted_key", "_min_key", "_max_key",
                                         "_list_sort_key", NULL };
    bool is_keyed = false;
    for (int i = 0; keyed[i] && tmpl->module == c->prelude; i++)
        is_keyed = is_keyed || strcmp(tmpl->name, keyed[i]) == 0;
    for (int i = 0; is_keyed && i < n; i++) {
        if (strcmp(vars[i]->name, "K") != 0 || !vals[i] || vals[i]->kind == TY_TYPEVAR)
            continue;
        Ast *at = call->u.call.args.n > 1 ? call->u.call.args.items[1] : call;
        const char *name = user_name(c, tmpl);
        const char *what = chk_fmt(c, "%s() with this key",
                                   strcmp(name, "list.sort") == 0 ? "sort" : name);
        if (!chk_orderable(c, vals[i], OP_LT, at->loc, what))
            return false;
    }
    return true;
}

/* Infers the template's type arguments from the positional arguments. */
static FuncInfo *infer_template(Checker *c, Ast *call, FuncInfo *tmpl)
{
    Type **vars;
    int n = chk_template_vars(c, tmpl, &vars);
    Type **vals = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *vals);
    int npos = chk_npositional(call);
    bool deferred[16] = { 0 };
    for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < npos && i < tmpl->nparams; i++) {
        Ast *a = call->u.call.args.items[i];
        Type *p = tmpl->params[i].type;
        if (pass == 0 && a->kind != AST_LAMBDA)
            a = call->u.call.args.items[i] = takes_iterable(tmpl, i) ? chk_iter_as_list(c, a, NULL)
                                                                     : chk_expr(c, a);
        if (pass == 0 && i < 16 && deferred_arg(c, a, p)) {
            deferred[i] = true;
            continue;
        }
        if (pass == 1 && !(i < 16 && deferred[i]))
            continue;
        if (pass == 1) {
            a = check_deferred(c, a, subst_known(c, p, vars, vals, n));
            if (!a) {
                chk_error(c, call->u.call.args.items[i]->loc, "cannot infer the type of this "
                          "function argument");
                return NULL;
            }
            call->u.call.args.items[i] = a;
        }
        if (a->ty->kind == TY_ERROR)
            return NULL;
        if (!unify(c, p, a->ty, vars, vals, n)) {
            if (strcmp(tmpl->params[i].name, "key") == 0)
                chk_error(c, a->loc, "the key function has type '%s', which does not fit the "
                          "items ('%s' expected)", chk_tyname(c, a->ty),
                          chk_tyname(c, subst_known(c, p, vars, vals, n)));
            else
                chk_error(c, a->loc, "argument %d of '%s' has type '%s', which does not fit '%s'",
                          i + 1, user_name(c, tmpl), chk_tyname(c, a->ty), chk_tyname(c, p));
            return NULL;
        }
    }
    for (int i = 0; i < n; i++)
        if (!vals[i]) {
            chk_error(c, call->loc, "cannot infer the type arguments of '%s'", fname_of(c, tmpl));
            return NULL;
        }
    if (!key_order_ok(c, call, tmpl, vars, vals, n))
        return NULL;
    return chk_instantiate_func(c, tmpl, vals, call->loc);
}

/* ------------------------------------------------------------- callees */

/* A prelude function as a function value (a name already checked). */
static Ast *prelude_func_value(Checker *c, FuncInfo *fn, Loc loc)
{
    Sym *s = arena_alloc(c->arena, sizeof *s);
    *s = (Sym){ .kind = SYM_FUNC, .name = fn->name, .func = fn, .loc = loc };
    Ast *n = ast_new(c->arena, AST_NAME, loc);
    n->u.name.id = fn->name;
    n->u.name.sym = s;
    Type **ps = arena_alloc(c->arena, (size_t)(fn->nparams + 1) * sizeof *ps);
    for (int i = 0; i < fn->nparams; i++)
        ps[i] = fn->params[i].type;
    n->ty = ty_callable(c->tt, ps, fn->nparams, fn->ret);
    return n;
}

Ast *chk_call_func(Checker *c, Ast *call, FuncInfo *fn)
{
    if (fn->is_template) {
        fn = infer_template(c, call, fn);
        if (!fn)
            return set_err(c, call);
    }
    call->u.call.res = RES_FUNC;
    call->u.call.target = fn;
    chk_bind_args(c, call, fn, 0);
    return call;
}

/* A user generic class called without type arguments takes them from
 * its __init__'s positional arguments, as mypy does: Box(3) is a
 * Box[int].  NULL (reported) when an argument does not fit or a type
 * variable is left open. */
static ClassInfo *infer_class_targs(Checker *c, Ast *call, ClassInfo *cls, bool *reported)
{
    Ast *init = NULL;
    for (int i = 0; i < cls->def->u.cls.body.n; i++) {
        Ast *s = cls->def->u.cls.body.items[i];
        if (s->kind == AST_FUNCDEF && strcmp(s->u.func.name, "__init__") == 0)
            init = s;
    }
    AstList *ps = init ? &init->u.func.params : NULL;
    int n = cls->ntargs, npos = chk_npositional(call);
    Type **vals = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *vals);
    memset(vals, 0, (size_t)(n + 1) * sizeof *vals);
    for (int i = 0; ps && i < npos && i + 1 < ps->n; i++) {
        Ast *pa = ps->items[i + 1];
        if (!pa->u.param.annotation || pa->u.param.star ||
            call->u.call.args.items[i]->kind == AST_LAMBDA)
            continue;
        ModuleInfo *savedm = c->mod;
        int saved_line = c->ann_eval_line;
        c->mod = cls->module;
        c->ann_eval_line = 0;       /* reported where the class is declared */
        Type *p = chk_annotation(c, pa->u.param.annotation, false);
        c->mod = savedm;
        c->ann_eval_line = saved_line;
        if (!ty_has_typevar(p))
            continue;
        Ast *a = call->u.call.args.items[i] = chk_expr(c, call->u.call.args.items[i]);
        if (a->ty->kind == TY_ERROR) {
            *reported = true;
            return NULL;
        }
        if (!unify(c, p, a->ty, cls->targs, vals, n)) {
            chk_error(c, a->loc, "argument %d of '%s(...)' has type '%s', which does not fit "
                      "'%s'", i + 1, cls->name, chk_tyname(c, a->ty), chk_tyname(c, p));
            *reported = true;
            return NULL;
        }
    }
    for (int i = 0; i < n; i++)
        if (!vals[i] || vals[i]->kind == TY_NONE)
            return NULL;
    return chk_instantiate_class(c, cls, vals, n, call->loc);
}

/* A generic library class (collections.deque) takes its type arguments
 * from the declared type it is assigned to, else, with one type argument,
 * from the items of its first argument (Counter(words), deque([1, 2])). */
static ClassInfo *template_instance(Checker *c, Ast *call, ClassInfo *cls)
{
    Type *h = c->hint ? ty_strip_optional(c->hint) : NULL;
    if (h && h->kind == TY_CLASS && h->cls->tmpl == cls)
        return h->cls;
    const char *name = cls->name + (cls->name[0] == '_');
    if (!cls->module->is_prelude) {
        bool reported = false;
        ClassInfo *inst = infer_class_targs(c, call, cls, &reported);
        if (inst || reported)
            return inst;
        chk_error(c, call->loc, "cannot infer the type arguments of '%s(...)' from its "
                  "arguments: write them, %s[%s](...), or annotate the variable (x: %s[%s] = %s(...))", name, name,
                  cls->ntargs == 1 ? "int" : "str, int", name,
                  cls->ntargs == 1 ? "int" : "str, int", name);
        return NULL;
    }
    if (strcmp(cls->name, "_WeakRef") == 0 && call->u.call.args.n != 1) {
        chk_error(c, call->loc, "weakref.ref() takes one argument, the object: callbacks "
                  "(weakref.ref(obj, callback)) are not supported");
        return NULL;
    }
    if (strcmp(cls->name, "_WeakRef") == 0) {
        /* weakref.ref(obj): T is obj's class */
        Ast *a = call->u.call.args.items[0] = chk_expr(c, call->u.call.args.items[0]);
        if (a->ty->kind == TY_ERROR)
            return NULL;
        return chk_instantiate_class(c, cls, &a->ty, 1, call->loc);
    }
    if (cls->ntargs == 1 && chk_npositional(call) >= 1) {
        Ast *a = call->u.call.args.items[0] = chk_iter_as_list(c, call->u.call.args.items[0], NULL);
        if (a->ty->kind == TY_ERROR)
            return NULL;
        if (a->ty->kind == TY_LIST && a->ty->elem->kind != TY_NONE)
            return chk_instantiate_class(c, cls, &a->ty->elem, 1, call->loc);
    }
    chk_error(c, call->loc, "cannot infer the item types of '%s()'; annotate the variable "
              "(x: %s[%s] = %s(...))", name, name, cls->ntargs == 1 ? "int" : "str, int", name);
    return NULL;
}

/* The prelude factory for defaultdict(TYPE) whose values have type val;
 * NULL: TYPE is no such type, or not val's. */
static FuncInfo *type_factory(Checker *c, int builtin, Type *val, Loc loc)
{
    static const struct { int bi; TyKind kind; const char *fn; } tab[] = {
        { BI_INT, TY_INT, "_factory_int" }, { BI_FLOAT, TY_FLOAT, "_factory_float" },
        { BI_STR, TY_STR, "_factory_str" }, { BI_BOOL, TY_BOOL, "_factory_bool" },
        { BI_LIST, TY_LIST, "_factory_list" }, { BI_SET, TY_SET, "_factory_set" },
        { BI_DICT, TY_DICT, "_factory_dict" },
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++) {
        if (tab[i].bi != builtin || tab[i].kind != val->kind)
            continue;
        Sym *s = symtab_get(c->prelude->syms, tab[i].fn);
        if (!s || s->kind != SYM_FUNC)
            return NULL;
        if (!s->func->is_template)
            return s->func;
        Type *targs[2] = { val->kind == TY_DICT ? val->key : val->elem, val->val };
        return chk_instantiate_func(c, s->func, targs, loc);
    }
    return NULL;
}

/* defaultdict(list): a type named as the factory is passed as the
 * prelude's function making that type's empty value; the factory's repr
 * follows it, for repr(d) ("<class 'list'>"). */
static void defaultdict_args(Checker *c, Ast *call, Type *val)
{
    Ast **a = &call->u.call.args.items[0];
    const char *fname = "<function>";
    Sym *s = (*a)->kind == AST_NAME ? chk_lookup_name(c, (*a)->u.name.id) : NULL;
    if (s && s->kind == SYM_BUILTIN) {
        FuncInfo *fn = type_factory(c, s->builtin, val, (*a)->loc);
        if (fn) {
            fname = chk_fmt(c, "<class '%s'>", s->name);
            *a = prelude_func_value(c, fn, (*a)->loc);
        } else {
            chk_error(c, (*a)->loc, "defaultdict(%s) makes '%s' values, not the declared '%s'",
                      s->name, s->name, chk_tyname(c, val));
            (*a)->ty = TT(ERROR);
        }
    } else if (s && s->kind == SYM_FUNC) {
        fname = chk_fmt(c, "<function %s>", s->name);
    }
    Ast *name = ast_new(c->arena, AST_STR, (*a)->loc);
    name->u.str.s = fname;
    name->u.str.len = strlen(fname);
    ast_list_push(c->arena, &call->u.call.args, name);
}

/* collections.defaultdict(factory) as the prelude's _defaultdict(factory,
 * its repr): a dict[K, V] that holds the factory, so it goes wherever a
 * dict does (CPython's defaultdict is a dict subclass).  K and V come
 * from the declared type: the factory gives no key type. */
Ast *chk_defaultdict(Checker *c, Ast *call)
{
    Type *h = c->hint ? ty_strip_optional(c->hint) : NULL;
    if (h && h->kind == TY_ERROR)
        return set_err(c, call);
    if (!h || h->kind != TY_DICT) {
        chk_error(c, call->loc, "cannot infer the item types of 'defaultdict()'; annotate the "
                  "variable (x: defaultdict[str, int] = defaultdict(...))");
        return set_err(c, call);
    }
    if (call->u.call.args.n != 1 || chk_npositional(call) != 1) {
        chk_error(c, call->loc, "defaultdict() is supported with one argument, the factory (a type "
                  "such as list or int, or a function of no arguments)");
        return set_err(c, call);
    }
    defaultdict_args(c, call, h->val);
    Sym *s = chk_prelude_sym(c, "_defaultdict");
    Type **vars;
    int n = chk_template_vars(c, s->func, &vars);
    Type **vals = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *vals);
    memset(vals, 0, (size_t)(n + 1) * sizeof *vals);
    if (!unify(c, s->func->ret, h, vars, vals, n))
        chk_die(__FILE__, __LINE__, "_defaultdict does not return a dict");
    Ast *f = chk_synth(c, AST_NAME, call->u.call.func->loc, NULL);
    f->ty = NULL;
    f->u.name.id = s->name;
    f->u.name.sym = s;
    call->u.call.func = f;
    return chk_call_func(c, call, chk_instantiate_func(c, s->func, vals, call->loc));
}

Ast *chk_call_constructor(Checker *c, Ast *call, ClassInfo *cls)
{
    /* Color(value) looks the member up; only the enum's own globals,
     * generated at the class statement, construct */
    if (cls->enuminfo && !(call->loc.line == cls->def->loc.line &&
                           call->loc.file == cls->def->loc.file && call->loc.col == cls->def->loc.col))
        return chk_enum_lookup(c, call, cls, false);
    if (cls->is_template) {
        cls = template_instance(c, call, cls);
        if (!cls)
            return set_err(c, call);
    }
    Ast *bytes = chk_bytes_ctor(c, call, cls);
    if (bytes)
        return bytes;
    call->u.call.res = RES_CONSTRUCTOR;
    call->u.call.cls = cls;
    call->ty = cls->type;
    if (cls->is_extern && (!cls->extern_ctor || !cls->extern_ctor[0])) {
        chk_error(c, call->loc, "'%s' objects cannot be created directly", cls->name);
        return set_err(c, call);
    }
    FuncInfo *init = chk_find_method(cls, "__init__");
    if (!init) {
        if (call->u.call.args.n)
            chk_error(c, call->loc, "%s() takes no arguments", cls->name);
        return call;
    }
    call->u.call.target = init;
    chk_bind_args(c, call, init, 1);
    call->ty = cls->type;
    return call;
}

/* lst.sort(key=f, reverse=r) -> _list_sort_key(lst, f, r): the key's
 * type is a second type variable, which a method of list[T] cannot have. */
static Ast *list_sort_key(Checker *c, Ast *call, Ast *recv)
{
    static const char *const kws[] = { "key", "reverse", NULL };
    if (!chk_only_keywords(c, call, kws, "sort"))
        return set_err(c, call);
    if (chk_npositional(call)) {
        chk_error(c, call->loc, "sort() takes its arguments by keyword (key=..., reverse=...)");
        return set_err(c, call);
    }
    Ast *rev = chk_kwarg(call, "reverse");
    if (rev)
        rev = chk_truth(c, rev);
    else {
        rev = chk_synth(c, AST_BOOL, call->loc, TT(BOOL));
        rev->u.i = 0;
    }
    Ast *args[3] = { recv, chk_kwarg(call, "key"), rev };
    Ast *r = chk_key_call(c, "_list_sort_key", args, 3, call->loc);
    return chk_need_order_key(c, r, 1, args[1]->loc, "sort() with this key");
}

/* A tuple of str as a list[str] display: a tuple display becomes a list
 * display; a variable or field t becomes [t[0], t[1], ...] (raw: t
 * unchecked, cloned per item); anything else goes through a comprehension. */
static Ast *str_tuple_as_list(Checker *c, Ast *a, Ast *raw)
{
    Type *ls = ty_list(c->tt, TT(STR));
    for (int i = 0; i < a->ty->nitems; i++)
        if (a->ty->items[i]->kind != TY_STR) {
            chk_error(c, a->loc, "expected a tuple of 'str', got '%s'", chk_tyname(c, a->ty));
            return set_err(c, a);
        }
    Ast *lst = NULL;
    if (a->kind == AST_TUPLE) {
        lst = a;
        lst->kind = AST_LIST;
    } else if (raw->kind == AST_NAME || raw->kind == AST_ATTR) {
        lst = chk_synth(c, AST_LIST, a->loc, NULL);
        for (int i = 0; i < a->ty->nitems; i++) {
            Ast *item = chk_synth(c, AST_SUBSCRIPT, a->loc, NULL);
            item->ty = NULL;
            item->u.sub.obj = i ? ast_clone(c->arena, raw) : a;
            item->u.sub.index = chk_synth(c, AST_INT, a->loc, TT(INT));
            item->u.sub.index->u.i = i;
            ast_list_push(c->arena, &lst->u.seq.items, chk_expr(c, item));
        }
    } else {
        return chk_iter_as_list(c, a, TT(STR));
    }
    lst->ty = ls;
    ClassInfo *cls = chk_class_of(c, ls);
    chk_use_func(c, chk_find_method(cls, "__init__"));
    chk_use_func(c, chk_find_method(cls, "append"));
    return lst;
}

/* s.startswith((a, b)) -> s._startswith_any([a, b]) (endswith alike). */
static FuncInfo *str_affix_any(Checker *c, Ast *call, FuncInfo *m)
{
    if (m->cls != c->c_str || chk_npositional(call) < 1 ||
        (strcmp(m->name, "startswith") != 0 && strcmp(m->name, "endswith") != 0))
        return m;
    Ast *raw = ast_clone(c->arena, call->u.call.args.items[0]);
    Ast *a = call->u.call.args.items[0] = chk_expr(c, call->u.call.args.items[0]);
    if (a->ty->kind != TY_TUPLE)
        return m;
    FuncInfo *alt = chk_find_method(m->cls, chk_fmt(c, "_%s_any", m->name));
    if (!alt)
        chk_die(__FILE__, __LINE__, "prelude str lacks _startswith_any/_endswith_any");
    call->u.call.args.items[0] = str_tuple_as_list(c, a, raw);
    return alt;
}

static bool last_arg_is_none(const Ast *call)
{
    int n = call->u.call.args.n;
    return n > 0 && call->u.call.args.items[n - 1]->kind == AST_NONE;
}

/* d.pop(k, None), d.get(k, None): a default of None makes the result
 * `V | None` (as mypy types it), which the overload taking a `V` default
 * cannot return: the prelude's NAME__none, without the None argument. */
static FuncInfo *none_default(Checker *c, Ast *call, FuncInfo *m, FuncInfo *alt)
{
    FuncInfo *none = chk_find_method(m->cls, chk_fmt(c, "%s__none", m->name));
    if (!none)
        return alt;
    call->u.call.args.n--;
    return none;
}

/* re.sub(pattern, repl, ...) and Pattern.sub(repl, ...), subn too: whether
 * repl (argument `at`, or the keyword) is a function rather than a string
 * (the prelude has a version for each: NAME_fn, Pattern._sub_fn). */
static bool repl_is_function(Checker *c, Ast *call, int at)
{
    AstList *args = &call->u.call.args;
    Ast **repl = NULL;
    for (int i = 0; i < args->n; i++) {
        Ast *a = args->items[i];
        if (a->kind == AST_KEYWORD && strcmp(a->u.kw.name, "repl") == 0)
            repl = &a->u.kw.value;
    }
    if (!repl && args->n > at && args->items[at]->kind != AST_KEYWORD)
        repl = &args->items[at];
    if (!repl)
        return false;
    if ((*repl)->kind == AST_LAMBDA)
        return true;
    *repl = chk_expr(c, *repl);
    return (*repl)->ty->kind == TY_CALLABLE;
}

static FuncInfo *repl_function(Checker *c, Ast *call, FuncInfo *fn)
{
    if (strcmp(fn->name, "_re_sub") != 0 && strcmp(fn->name, "_re_subn") != 0)
        return fn;
    Sym *alt = symtab_get(c->prelude->syms, chk_fmt(c, "%s_fn", fn->name));
    return alt && alt->kind == SYM_FUNC && repl_is_function(c, call, 1) ? alt->func : fn;
}

static FuncInfo *repl_method(Checker *c, Ast *call, FuncInfo *m)
{
    if (strcmp(m->cls->name, "Pattern") != 0 || m->cls->module != c->prelude ||
        (strcmp(m->name, "sub") != 0 && strcmp(m->name, "subn") != 0))
        return m;
    FuncInfo *alt = chk_find_method(m->cls, chk_fmt(c, "_%s_fn", m->name));
    return alt && repl_is_function(c, call, 0) ? alt : m;
}

/* m.group(0) with the constant 0 is the whole match, never None: it
 * calls the prelude's Match.group__0 (a str), as m.group() does. */
static int whole_group(Ast *call, FuncInfo *m, int npos)
{
    AstList *args = &call->u.call.args;
    if (npos == 1 && args->n == 1 && args->items[0]->kind == AST_INT &&
        args->items[0]->u.i == 0 && strcmp(m->name, "group") == 0 &&
        strcmp(m->cls->name, "Match") == 0) {
        args->n = 0;
        return 0;
    }
    return npos;
}

static Ast *pattern_findall_groups(Checker *c, Ast *call, Ast *recv, FuncInfo *m);

static Ast *call_method(Checker *c, Ast *call, Ast *recv, FuncInfo *m)
{
    int npos = chk_npositional(call);
    ClassInfo *cls = m->cls;
    if (cls->tmpl && cls->tmpl == c->c_list && strcmp(m->name, "sort") == 0) {
        if (chk_kwarg(call, "key"))
            return list_sort_key(c, call, recv);
        /* the prelude sorts what a user-located check let through
         * (sorted(d.items()) with set values) */
        if (!chk_orderable(c, cls->targs[0], OP_LT, call->loc, c->mod == c->prelude ? NULL : "sort()"))
            return set_err(c, call);
    }
    m = str_affix_any(c, call, m);
    Ast *rows = cls->is_builtin && cls->module == c->prelude ? pattern_findall_groups(c, call, recv, m)
                                                            : NULL;
    if (rows)
        return rows;
    if (cls->is_builtin) {
        npos = whole_group(call, m, npos);
        m = repl_method(c, call, m);
        /* NAME__N: the prelude's overload of NAME for N positional arguments */
        FuncInfo *alt = chk_find_method(cls, chk_fmt(c, "%s__%d", m->name, npos));
        if (alt && last_arg_is_none(call))
            alt = none_default(c, call, m, alt);
        if (alt)
            m = alt;
    }
    call->u.call.res = m->is_static ? RES_STATIC : RES_METHOD;
    call->u.call.target = m;
    call->u.call.recv = m->is_static ? NULL : recv;
    chk_bind_args(c, call, m, m->is_static ? 0 : 1);
    if (!cls->is_builtin && !m->is_static)
        chk_direct_special_call(c, call);
    return call;
}

static Ast *call_super(Checker *c, Ast *call, Ast *f)
{
    Ast *sup = f->u.attr.obj;
    if (sup->u.call.args.n)
        chk_error(c, sup->loc, "super() takes no arguments");
    FuncInfo *fn = c->fn;
    if (!fn || !fn->cls || fn->is_static || !fn->cls->base) {
        chk_error(c, sup->loc, "super() is only allowed in methods of a class with a base class");
        return set_err(c, call);
    }
    FuncInfo *m = chk_find_method(fn->cls->base, f->u.attr.attr);
    if (!m) {
        chk_error(c, f->u.attr.attr_loc, "'%s' has no method '%s'", fn->cls->base->name, f->u.attr.attr);
        return set_err(c, call);
    }
    Ast *self = chk_synth(c, AST_NAME, sup->loc, fn->params[0].type);
    self->u.name.id = fn->params[0].name;
    self->u.name.sym = symtab_get(c->locals, fn->params[0].name);
    call->u.call.res = RES_SUPER;
    call->u.call.target = m;
    call->u.call.recv = self;
    chk_bind_args(c, call, m, 1);
    if (fn->is_init && m->is_init)
        chk_init_super(c);
    return call;
}

/* C.m(obj, args): C's method m on obj, not virtual (as super()). */
static Ast *call_unbound(Checker *c, Ast *call, FuncInfo *m)
{
    if (chk_npositional(call) < 1) {
        chk_error(c, call->loc, "%s() needs the object as its first argument", m->qualname);
        return set_err(c, call);
    }
    Ast *self = chk_expr(c, call->u.call.args.items[0]);
    if (self->ty->kind == TY_ERROR)
        return set_err(c, call);
    Ast *fit = chk_fit(c, self, m->params[0].type);
    if (!fit) {
        chk_error(c, self->loc, "argument 1 of '%s' has type '%s', expected '%s'", m->qualname,
                  chk_tyname(c, self->ty), chk_tyname(c, m->params[0].type));
        return set_err(c, call);
    }
    AstList rest = { 0 };
    for (int i = 1; i < call->u.call.args.n; i++)
        ast_list_push(c->arena, &rest, call->u.call.args.items[i]);
    call->u.call.args = rest;
    call->u.call.res = RES_SUPER;
    call->u.call.target = m;
    call->u.call.recv = fit;
    chk_bind_args(c, call, m, 1);
    return call;
}

Ast *chk_call_indirect(Checker *c, Ast *call, Type *t)
{
    int npos = chk_npositional(call);
    if (npos != call->u.call.args.n) {
        chk_error(c, call->loc, "keyword arguments cannot be passed through a Callable");
        return set_err(c, call);
    }
    if (npos != t->nitems) {
        chk_error(c, call->loc, "the function value takes %d arguments but %d were given",
                  t->nitems, npos);
        return set_err(c, call);
    }
    call->u.call.res = RES_INDIRECT;
    for (int i = 0; i < npos; i++) {
        Ast *a = chk_expr_expect(c, call->u.call.args.items[i], t->items[i]);
        Ast *ca = chk_fit(c, a, t->items[i]);
        if (!ca && a->ty->kind != TY_ERROR)
            chk_error(c, a->loc, "argument %d has type '%s', expected '%s'%s", i + 1,
                      chk_tyname(c, a->ty), chk_tyname(c, t->items[i]),
                      chk_widen_advice(c, a, t->items[i]));
        ast_list_push(c->arena, &call->u.call.bound, ca ? ca : a);
    }
    call->ty = t->ret;
    return call;
}

/* Array[T](n) and prelude template classes called with explicit types. */
static Ast *call_type_expr(Checker *c, Ast *call, Ast *f)
{
    Type *t = chk_annotation(c, f, false);
    if (t->kind == TY_ERROR)
        return set_err(c, call);
    f->ty = t;
    if (t->kind == TY_ARRAY) {
        if (call->u.call.args.n != 1)
            chk_error(c, call->loc, "Array[T](n) takes one argument");
        Ast *n = chk_expr(c, call->u.call.args.items[0]);
        Ast *cn = chk_coerce(c, n, TT(INT));
        call->u.call.res = RES_BUILTIN;
        call->u.call.builtin = BI_P_ARRAY_NEW;
        ast_list_push(c->arena, &call->u.call.bound, cn ? cn : n);
        call->ty = t;
        return call;
    }
    ClassInfo *cls = chk_class_of(c, t);
    if (!cls) {
        chk_error(c, call->loc, "'%s' cannot be called", chk_tyname(c, t));
        return set_err(c, call);
    }
    return chk_call_constructor(c, call, cls);
}

/* X[...](...) constructs a type (Array[T](n), _ListIter[T](x)) when X
 * names a class or a builtin type; otherwise X[...] is a value (an item
 * of a container of functions) called through its Callable type. */
static bool is_type_callee(Checker *c, Ast *obj)
{
    Sym *s = NULL;
    if (obj->kind == AST_NAME) {
        s = chk_lookup_name(c, obj->u.name.id);
    } else if (obj->kind == AST_ATTR && obj->u.attr.obj->kind == AST_NAME) {
        /* MODULE.Class[...](...): weakref.ref[Node](x) */
        Sym *m = chk_lookup_name(c, obj->u.attr.obj->u.name.id);
        if (m && m->kind == SYM_MODULE)
            s = m->module->path ? symtab_get(m->module->syms, obj->u.attr.attr)
                                : chk_library_member(c, m->module, obj->u.attr.attr);
    }
    return s && (s->kind == SYM_CLASS || s->kind == SYM_BUILTIN);
}

/* obj(...) for an instance whose class defines __call__. */
static Ast *call_instance(Checker *c, Ast *call, Ast *obj)
{
    bool lib = obj->ty->kind == TY_CLASS && obj->ty->cls->is_builtin;   /* weakref.ref */
    FuncInfo *m = chk_is_instance_type(obj->ty) || lib ? chk_find_method(obj->ty->cls, "__call__")
                                                       : NULL;
    if (!m) {
        chk_error(c, call->loc, "'%s' is not callable", chk_tyname(c, obj->ty));
        return set_err(c, call);
    }
    return call_method(c, call, obj, m);
}

/* NAME__N: the prelude's overload of a library function NAME for N
 * positional arguments (math.gcd(a, b, c), os.path.join(a, b, c)). */
/* permutations(xs, r) and combinations(xs, r): the tuples' length must be
 * known, so r is the constant 2 or 3, which picks the prelude function
 * (and is dropped from the arguments). */
static FuncInfo *itertools_r(Checker *c, Ast *call, FuncInfo *fn, const char *what)
{
    AstList *args = &call->u.call.args;
    Ast *r = args->n == 2 ? args->items[1] : NULL;
    if (r && r->kind == AST_KEYWORD && strcmp(r->u.kw.name, "r") == 0)
        r = r->u.kw.value;
    if (!r || r->kind != AST_INT || (r->u.i != 2 && r->u.i != 3)) {
        chk_error(c, call->loc, "itertools.%s() needs r, the length of its tuples, as the "
                  "constant 2 or 3", what);
        args->n = args->n > 1 ? 1 : args->n;
        return fn;
    }
    args->n = 1;
    Sym *s = symtab_get(c->prelude->syms, chk_fmt(c, "_itertools_%s_%d", what, (int)r->u.i));
    return s && s->kind == SYM_FUNC ? s->func : fn;
}

/* islice(count(), ...) reads the endless counter lazily instead of
 * reading its iterable into a list first. */
static FuncInfo *islice_of_count(Checker *c, Ast *call, FuncInfo *fn)
{
    if (call->u.call.args.n == 0)
        return fn;
    Ast *a = call->u.call.args.items[0] = chk_expr(c, call->u.call.args.items[0]);
    if (a->ty->kind != TY_CLASS || strcmp(a->ty->cls->name, "_itertools_count") != 0)
        return fn;
    Sym *s = symtab_get(c->prelude->syms, "_itertools_islice_count");
    return s && s->kind == SYM_FUNC ? s->func : fn;
}

/* After "(?" at s[i]: inline flags ("(?i)", "(?x-s:...)"); true when
 * they turn on verbose mode, where '#' starts a comment. */
static bool re_verbose_flags(const char *s, size_t n, size_t i)
{
    for (; i < n && strchr("aiLmsux-", s[i]); i++)
        if (s[i] == 'x')
            return true;
    return false;
}

/* The capturing groups of the regular expression text s[0..n), or -1
 * when unsure (verbose mode).  The prelude checks the count again
 * against the compiled pattern's, so a wrong count cannot go unnoticed. */
static int re_group_count(const char *s, size_t n)
{
    int groups = 0;
    bool in_set = false;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\') {
            i++;
        } else if (in_set) {
            in_set = s[i] != ']';
        } else if (s[i] == '[') {
            in_set = true;
            i += i + 1 < n && s[i + 1] == '^';
            i += i + 1 < n && s[i + 1] == ']';      /* "[]a]": a literal ']' */
        } else if (s[i] == '(' && i + 1 < n && s[i + 1] == '?') {
            if (re_verbose_flags(s, n, i + 2))
                return -1;
            groups += i + 3 < n && s[i + 2] == 'P' && s[i + 3] == '<';
            if (i + 2 < n && s[i + 2] == '(')       /* (?(1)yes|no): a reference */
                while (i + 1 < n && s[i] != ')')
                    i++;
        } else {
            groups += s[i] == '(';
        }
    }
    return groups;
}

/* flags that cannot turn on re.VERBOSE: a constant without it, re.NAME
 * other than VERBOSE and X, or a | of such. */
static bool re_flags_plain(const Ast *f)
{
    if (f->kind == AST_INT)
        return !(f->u.i & 64);
    if (f->kind == AST_ATTR)
        return strcmp(f->u.attr.attr, "VERBOSE") != 0 && strcmp(f->u.attr.attr, "X") != 0;
    return f->kind == AST_BINARY && f->u.binary.op == OP_BITOR &&
           re_flags_plain(f->u.binary.left) && re_flags_plain(f->u.binary.right);
}

/* The groups of the literal pattern of a call re.F(PATTERN, ..., flags)
 * whose flags are the argument at position flags_at, or -1. */
static int re_literal_groups(Ast *call, int flags_at)
{
    AstList *args = &call->u.call.args;
    Ast *p = args->n ? args->items[0] : NULL;
    Ast *flags = chk_kwarg(call, "flags");
    if (!flags && chk_npositional(call) > flags_at)
        flags = args->items[flags_at];
    if (!p || p->kind != AST_STR || (flags && !re_flags_plain(flags)))
        return -1;
    return re_group_count(p->u.str.s, p->u.str.len);
}

/* re.findall(PATTERN, s) of a literal pattern with 2 to 5 groups makes
 * tuples, as in CPython: _re_findall_N, typed list[tuple[str, ...]]. */
static FuncInfo *re_findall_groups(Checker *c, Ast *call, FuncInfo *fn)
{
    int n = re_literal_groups(call, 2);
    Sym *s = n >= 2 ? symtab_get(c->prelude->syms, chk_fmt(c, "_re_findall_%d", n)) : NULL;
    return s && s->kind == SYM_FUNC ? s->func : fn;
}

/* The groups of a compiled pattern, as far as the translator sees them:
 * re.compile(LITERAL) itself or the latest value checked of the variable
 * holding it; otherwise those of the list[tuple[str, ...]] the result is
 * expected to be (rows: list[tuple[str, str]] = p.findall(s)).  -1: not
 * known.  A wrong guess (a variable reassigned in a loop) cannot go
 * unnoticed: the prelude compares the count with the pattern's. */
static int pattern_groups(Checker *c, Ast *p)
{
    if (p->kind == AST_NAME && p->u.name.sym && p->u.name.sym->kind == SYM_LOCAL && c->fn)
        p = c->fn->locals[p->u.name.sym->index].last_value;
    else if (p->kind == AST_NAME && p->u.name.sym && p->u.name.sym->kind == SYM_GLOBAL)
        p = p->u.name.sym->module->globals[p->u.name.sym->index].last_value;
    int n = p && p->kind == AST_CALL && p->u.call.target &&
                    strcmp(p->u.call.target->name, "_re_compile") == 0 ? re_literal_groups(p, 1) : -1;
    if (n >= 0)
        return n;
    Type *h = c->hint ? ty_strip_optional(c->hint) : NULL;
    if (!h || h->kind != TY_LIST || h->elem->kind != TY_TUPLE)
        return -1;
    for (int i = 0; i < h->elem->nitems; i++)
        if (h->elem->items[i]->kind != TY_STR)
            return -1;
    return h->elem->nitems;
}

/* p.findall(s) of a compiled pattern with 2 to 5 groups: tuples, as
 * re.findall's; NULL when p's groups are not known (the prelude's
 * Pattern.findall then refuses two or more at run time). */
static Ast *pattern_findall_groups(Checker *c, Ast *call, Ast *recv, FuncInfo *m)
{
    if (strcmp(m->cls->name, "Pattern") != 0 || strcmp(m->name, "findall") != 0 ||
        call->u.call.args.n != 1 || chk_npositional(call) != 1)
        return NULL;
    int n = pattern_groups(c, recv);
    Sym *s = n >= 2 ? symtab_get(c->prelude->syms, chk_fmt(c, "_pattern_findall_%d", n)) : NULL;
    if (!s || s->kind != SYM_FUNC)
        return NULL;
    Ast *args[2] = { recv, chk_expr(c, call->u.call.args.items[0]) };
    return chk_prelude_call(c, s->name, args, 2, call->loc);
}

/* open(path, "rb") with a literal mode holding "b": the prelude's
 * _open_binary, typed BinaryIO (a mode only known at run time is a text
 * one: rt_open refuses "b"). */
static FuncInfo *open_binary(Checker *c, Ast *call, FuncInfo *fn)
{
    Ast *mode = chk_npositional(call) >= 2 ? call->u.call.args.items[1] : chk_kwarg(call, "mode");
    if (!mode || mode->kind != AST_STR || !memchr(mode->u.str.s, 'b', (size_t)mode->u.str.len))
        return fn;
    Sym *alt = symtab_get(c->prelude->syms, "_open_binary");
    return alt && alt->kind == SYM_FUNC ? alt->func : fn;
}

static FuncInfo *prelude_overload(Checker *c, Ast *call, FuncInfo *fn)
{
    if (fn->module != c->prelude || fn->cls)
        return fn;
    fn = repl_function(c, call, fn);
    if (strcmp(fn->name, "_itertools_permutations_2") == 0)
        fn = itertools_r(c, call, fn, "permutations");
    else if (strcmp(fn->name, "_itertools_combinations_2") == 0)
        fn = itertools_r(c, call, fn, "combinations");
    else if (strcmp(fn->name, "_itertools_islice") == 0)
        fn = islice_of_count(c, call, fn);
    else if (strcmp(fn->name, "_re_findall") == 0)
        fn = re_findall_groups(c, call, fn);
    else if (strcmp(fn->name, "open") == 0)
        fn = open_binary(c, call, fn);
    int npos = chk_npositional(call);
    Sym *alt = symtab_get(c->prelude->syms, chk_fmt(c, "%s__%d", fn->name, npos));
    return alt && alt->kind == SYM_FUNC ? alt->func : fn;
}

/* obj.name(args) on a library class whose method needs a type variable of
 * its own (random.Random.choice(seq)): the prelude function _Class_name
 * called as _Class_name(obj, args).  NULL: not such a call. */
static Ast *library_method_function(Checker *c, Ast *call, Ast *f)
{
    Ast *obj = f->u.attr.obj;
    if (obj->kind == AST_STR || !c->prelude)
        return NULL;
    /* Checked here before its attribute: `self` of self.m() in __init__ is
     * not a use by itself; check_attr decides (fields m assigns count). */
    bool sfa = c->self_field_access;
    c->self_field_access = obj->kind == AST_NAME;
    obj = f->u.attr.obj = chk_expr(c, obj);
    c->self_field_access = sfa;
    if (obj->ty->kind != TY_CLASS || !obj->ty->cls->is_builtin ||
        chk_find_method(obj->ty->cls, f->u.attr.attr))
        return NULL;
    Sym *s = symtab_get(c->prelude->syms, chk_fmt(c, "_%s_%s", obj->ty->cls->name, f->u.attr.attr));
    if (!s || s->kind != SYM_FUNC)
        return NULL;
    AstList args = { 0 };
    ast_list_push(c->arena, &args, obj);
    for (int i = 0; i < call->u.call.args.n; i++)
        ast_list_push(c->arena, &args, call->u.call.args.items[i]);
    call->u.call.args = args;
    return chk_call_func(c, call, s->func);
}

/* d.update(pairs) with pairs not a dict (zip(keys, values), a list of
 * tuples): _dict_update_pairs(d, list(pairs)).  NULL: not such a call. */
static Ast *dict_update_pairs(Checker *c, Ast *call, Ast *f)
{
    Ast *d = f->u.attr.obj;
    if (f->u.attr.res != RES_METHOD || d->ty->kind != TY_DICT ||
        strcmp(f->u.attr.attr, "update") != 0 || call->u.call.args.n != 1 ||
        chk_npositional(call) != 1)
        return NULL;
    Ast *a = call->u.call.args.items[0] = chk_expr(c, call->u.call.args.items[0]);
    if (a->ty->kind == TY_DICT || a->ty->kind == TY_ERROR)
        return NULL;
    Ast *args[2] = { d, chk_iter_as_list(c, a, NULL) };
    Type *et = args[1]->ty->kind == TY_LIST ? args[1]->ty->elem : NULL;
    if (!et || et->kind != TY_TUPLE || et->nitems != 2) {
        chk_error(c, a->loc, "dict.update() takes a dict or an iterable of pairs, not '%s'",
                  chk_tyname(c, a->ty));
        return set_err(c, call);
    }
    return chk_prelude_call(c, "_dict_update_pairs", args, 2, call->loc);
}

/* dict.fromkeys, with dict the builtin (not a name of the program). */
static bool is_dict_fromkeys(Checker *c, Ast *f)
{
    Ast *obj = f->u.attr.obj;
    if (strcmp(f->u.attr.attr, "fromkeys") != 0 || obj->kind != AST_NAME ||
        strcmp(obj->u.name.id, "dict") != 0)
        return false;
    Sym *s = chk_lookup_name(c, "dict");
    return s && s->kind == SYM_BUILTIN && s->builtin == BI_DICT;
}

static Ast *callee_attr(Checker *c, Ast *call, Ast *f)
{
    if (strcmp(f->u.attr.attr, "format") == 0 && f->u.attr.obj->kind == AST_STR)
        return chk_str_format(c, call, f->u.attr.obj);
    if (f->u.attr.obj->kind == AST_CALL && f->u.attr.obj->u.call.func->kind == AST_NAME &&
        strcmp(f->u.attr.obj->u.call.func->u.name.id, "super") == 0)
        return call_super(c, call, f);
    Ast *cr = chk_cimport_call(c, call);
    if (cr)
        return cr;
    chk_partial_call(c, call);
    if (is_dict_fromkeys(c, f))
        return chk_dict_fromkeys(c, call);
    Ast *bc = chk_bytes_call(c, call, f);
    if (bc)
        return bc;
    Ast *lm = library_method_function(c, call, f);
    if (lm)
        return lm;
    Ast *saved = c->callee_node, *saved_call = c->callee_call;
    c->callee_node = f;
    c->callee_call = call;
    c->callee_of_call = true;
    c->callee = true;
    f = call->u.call.func = chk_expr(c, f);
    c->callee = false;
    c->callee_of_call = false;
    c->callee_node = saved;
    c->callee_call = saved_call;
    Type *t = f->ty;
    if (t->kind == TY_ERROR)
        return set_err(c, call);
    if (f->kind == AST_ATTR && f->u.attr.res == RES_CLASSMETHOD) {
        call_method(c, call, f->u.attr.obj, f->u.attr.func);
        call->u.call.res = RES_CLASSMETHOD;
        call->u.call.recv = f->u.attr.obj;
        return call;
    }
    Ast *up = dict_update_pairs(c, call, f);
    if (up)
        return up;
    if (f->u.attr.res == RES_STATIC && f->u.attr.func && !f->u.attr.func->is_static)
        return call_unbound(c, call, f->u.attr.func);
    if (f->u.attr.res == RES_METHOD || (f->u.attr.res == RES_STATIC && f->u.attr.func))
        return call_method(c, call, f->u.attr.obj, f->u.attr.func);
    if (f->u.attr.res == RES_MODULE_MEMBER) {
        Sym *s = f->u.attr.sym;
        if (s->kind == SYM_FUNC)
            return chk_call_func(c, call, prelude_overload(c, call, s->func));
        if (s->kind == SYM_CLASS)
            return chk_call_constructor(c, call, s->cls);
        if (s->kind == SYM_BUILTIN)
            return chk_builtin_call(c, call, s->builtin);
    }
    if (t->kind == TY_CALLABLE)
        return chk_call_indirect(c, call, t);
    return call_instance(c, call, f);
}

Ast *chk_call(Checker *c, Ast *call)
{
    Ast *f = call->u.call.func;
    if (f->kind == AST_ATTR)
        return callee_attr(c, call, f);
    if (f->kind == AST_SUBSCRIPT && is_type_callee(c, f->u.sub.obj))
        return call_type_expr(c, call, f);
    if (f->kind == AST_NAME) {
        chk_partial_lambda_call(c, call);
        FuncInfo *df = chk_def_func(c, f->u.name.id);
        c->callee = true;
        Ast *saved = c->callee_node;
        c->callee_node = f;
        Ast *r = chk_expr(c, f);
        c->callee_node = saved;
        c->callee = false;
        if (df && r->ty->kind == TY_CALLABLE) {
            /* a nested def: keywords and defaults as for a direct call */
            chk_bind_args(c, call, df, df->in_env ? 1 : 0);
            call->u.call.res = RES_INDIRECT;
            return call;
        }
        Sym *s = r->kind == AST_NAME ? r->u.name.sym : NULL;
        if (r->ty->kind == TY_ERROR)
            return set_err(c, call);
        if (s && s->kind == SYM_FUNC)
            return chk_call_func(c, call, prelude_overload(c, call, s->func));
        if (s && s->kind == SYM_CLASS)
            return chk_call_constructor(c, call, s->cls);
        if (s && s->kind == SYM_BUILTIN)
            return chk_builtin_call(c, call, s->builtin);
        if (r->ty->kind == TY_CALLABLE)
            return chk_call_indirect(c, call, r->ty);
        return call_instance(c, call, r);
    }
    Type *fh = NULL;
    if (f->kind == AST_LAMBDA && !f->u.func.params.n && !call->u.call.args.n && c->hint) {
        /* (lambda: v)(), as a dataclass's default_factory is called: the
         * body is expected to be what the call is */
        Type **none = arena_alloc(c->arena, sizeof *none);
        fh = ty_callable(c->tt, none, 0, c->hint);
    }
    Ast *r = call->u.call.func = chk_expr_expect(c, f, fh);
    if (r->ty->kind == TY_CALLABLE)
        return chk_call_indirect(c, call, r->ty);
    if (r->ty->kind != TY_ERROR)
        return call_instance(c, call, r);
    return set_err(c, call);
}

/* ------------------------------------------------------------ builtins */

Ast *chk_prelude_call(Checker *c, const char *fname, Ast **args, int nargs, Loc loc)
{
    Ast *call = chk_synth(c, AST_CALL, loc, NULL);
    call->ty = NULL;
    Ast *f = chk_synth(c, AST_NAME, loc, NULL);
    f->ty = NULL;
    f->u.name.id = fname;
    call->u.call.func = f;
    for (int i = 0; i < nargs; i++)
        ast_list_push(c->arena, &call->u.call.args, args[i]);
    Sym *s = chk_prelude_sym(c, fname);
    f->u.name.sym = s;
    return chk_call_func(c, call, s->func);
}


