/* check_gen.c - generator functions: their item type, yield statements,
 * and the frame class the lowering fills in.
 *
 * A function whose body contains `yield` (check_scope.c) is a generator:
 * its return annotation is Iterator[T] (or Iterable[T], Generator[T, None,
 * None]: the same type, TY_ITER).  Calling it builds a frame object, an
 * instance of the generator's frame class: a subclass of the prelude's
 * Iterator[T] whose __next__ (FuncInfo.gen_of = the generator) runs the
 * body up to the next yield.  The lowering (passes/lower_gen.c) turns the
 * body into that resumable function and the generator itself into the
 * constructor of the frame; this file only makes the class and checks the
 * body's statements.
 *
 * Refused: using the value of a yield expression (send()), returning a
 * value, yield inside `with rtrans.atomic:` (the section would stay open
 * while the generator is suspended), yield in a lambda or a comprehension.
 */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

/* The frame class of generator fn, whose items have type elem. */
static void make_frame(Checker *c, FuncInfo *fn, Type *elem)
{
    Type *it = ty_iter(c->tt, elem);
    ClassInfo *base = chk_class_of(c, it);
    FuncInfo *bnext = base ? chk_find_method(base, "__next__") : NULL;
    if (!bnext || bnext->vslot < 0)
        chk_die(__FILE__, __LINE__, "prelude Iterator without a virtual __next__");
    ClassInfo *fr = arena_alloc(c->arena, sizeof *fr);
    fr->name = chk_fmt(c, "%s.<generator>", fn->qualname);
    fr->module = fn->module;
    fr->base = base;
    fr->is_final = 1;
    fr->nfields = base->nfields;
    fr->fields = base->fields;
    fr->nvslots = base->nvslots;
    fr->vtable = arena_alloc(c->arena, (size_t)(base->nvslots + 1) * sizeof *fr->vtable);
    memcpy(fr->vtable, base->vtable, (size_t)base->nvslots * sizeof *fr->vtable);
    fr->type = ty_class(c->tt, fr);
    int cap = base->nsubclasses;
    if (!c->discovering)    /* a copy checked to infer types: never lowered */
        VEC_PUSH(c->arena, base->subclasses, base->nsubclasses, cap, fr);

    FuncInfo *next = arena_alloc(c->arena, sizeof *next);
    next->name = "__next__";
    next->qualname = chk_fmt(c, "%s.__next__", fn->qualname);
    next->module = fn->module;
    next->cls = fr;
    next->def = fn->def;
    next->params = arena_alloc(c->arena, sizeof *next->params);
    next->params[0] = (Param){ .name = "self", .type = fr->type, .loc = fn->def->loc };
    next->nparams = 1;
    next->locals = arena_alloc(c->arena, sizeof *next->locals);
    next->locals[0] = (Local){ .name = "self", .type = fr->type, .loc = fn->def->loc,
                               .is_param = 1, .cell = -1 };
    next->nlocals = next->caplocals = 1;
    next->ret = elem;
    next->vslot = bnext->vslot;
    next->overrides = bnext;
    next->is_method = 1;
    next->is_checked = 1;
    next->gen_of = fn;
    fr->methods = arena_alloc(c->arena, sizeof *fr->methods);
    fr->methods[0] = next;
    fr->nmethods = 1;
    fr->vtable[next->vslot] = next;
    if (!c->discovering)
        chk_add_class(c, fr);
    chk_add_func(c, next);
    /* close() and throw() are in every frame's vtable */
    chk_use_func(c, chk_find_method(base, "close"));
    fn->gen_frame = fr;
}

void chk_gen_begin(Checker *c, FuncInfo *fn)
{
    if (!fn->scope && !fn->is_nested && fn->def && !fn->extern_name && !fn->is_module_init)
        fn->scope = chk_scope_analyze(c, fn);
    if (!fn->scope || !fn->scope->has_yield || fn->is_lambda)
        return;
    fn->is_generator = 1;
    if (!fn->ret)
        return;                         /* a generator expression: from its items */
    if (fn->ret->kind == TY_ITER) {
        fn->gen_elem = fn->ret->elem;
    } else {
        if (fn->ret->kind != TY_ERROR)
            chk_error(c, fn->def->loc, "generator '%s' must be annotated '-> Iterator[T]' (or "
                      "Iterable[T], Generator[T, None, None]), not '%s'", fn->name,
                      chk_tyname(c, fn->ret));
        fn->gen_elem = TT(ERROR);
    }
    if (fn->gen_elem->kind != TY_ERROR)
        make_frame(c, fn, fn->gen_elem);
}

void chk_gen_end(Checker *c, FuncInfo *fn)
{
    if (!fn->is_generator || fn->ret)
        return;
    if (!fn->gen_elem)
        fn->gen_elem = TT(ERROR);       /* never yields: reported at the yield */
    fn->ret = ty_iter(c->tt, fn->gen_elem);
    if (fn->gen_elem->kind != TY_ERROR)
        make_frame(c, fn, fn->gen_elem);
}

/* `yield v` as a statement: v is one of the generator's items. */
static void check_yield(Checker *c, Ast *y)
{
    FuncInfo *fn = c->fn;
    Ast *v = y->u.unary.operand;
    if (!v) {
        v = y->u.unary.operand = chk_synth(c, AST_NONE, y->loc, NULL);
        v->ty = NULL;
    }
    if (!fn->gen_elem) {                /* a generator expression's first item */
        v = y->u.unary.operand = chk_expr(c, v);
        fn->gen_elem = v->ty;
        if (v->ty->kind == TY_NONE) {
            chk_error(c, v->loc, "cannot infer the item type from None");
            fn->gen_elem = TT(ERROR);
        }
        y->ty = TT(NONE);
        return;
    }
    v = y->u.unary.operand = chk_expr_expect(c, v, fn->gen_elem);
    bool from = v->kind == AST_NAME && strncmp(v->u.name.id, "$yf", 3) == 0;
    if (!chk_fit(c, v, fn->gen_elem) && v->ty->kind != TY_ERROR)
        chk_error(c, v->loc, from ? "'yield from' gives items of type '%s', expected '%s'%s"
                                  : "yielded value has type '%s', expected '%s'%s",
                  chk_tyname(c, v->ty), chk_tyname(c, fn->gen_elem),
                  chk_widen_advice(c, v, fn->gen_elem));
    y->ty = TT(NONE);
}

/* `yield from x` becomes `for $yf in x: yield $yf` (send() and throw()
 * are not forwarded; neither is supported). */
static void yield_from(Checker *c, Ast *s)
{
    Ast *y = s->u.expr_stmt.value;
    Loc loc = y->loc;
    const char *tmp = chk_fmt(c, "$yf%d", c->fn->nlocals);
    chk_new_local(c, tmp, NULL, loc);
    Ast *item = ast_yield(c->arena, loc, AST_YIELD, ast_name(c->arena, loc, tmp));
    Ast *body = ast_expr_stmt(c->arena, loc, item);
    Ast *loop = ast_for(c->arena, loc, ast_name(c->arena, loc, tmp), y->u.unary.operand,
                        ast_list1(c->arena, body), (AstList){ 0 });
    *s = *loop;
    chk_stmt(c, s);
}

void chk_yield_stmt(Checker *c, Ast *s)
{
    Ast *y = s->u.expr_stmt.value;
    if (!c->fn->is_generator) {
        chk_error(c, y->loc, c->fn->is_module_init ? "'yield' outside function"
                                                  : "'yield' is only allowed in a generator");
        return;
    }
    if (c->atomic_depth)
        chk_error(c, y->loc, "'yield' inside 'with rtrans.atomic:' is not supported: the atomic "
                  "section would stay open while the generator is suspended");
    if (y->kind == AST_YIELDFROM)
        yield_from(c, s);
    else
        check_yield(c, y);
}

/* --------------------------------------------- generators as values */

static bool is_builtin_iterable_call(Ast *x)
{
    if (x->kind != AST_CALL || x->u.call.res != RES_BUILTIN)
        return false;
    int b = x->u.call.builtin;
    return b == BI_RANGE || b == BI_ENUMERATE || b == BI_ZIP || b == BI_REVERSED;
}

/* The iterable a generator loops over, evaluated now: lists, strings and
 * tuples as they are (their iteration reads them as it goes, as CPython's
 * iterators do); an object with __iter__ gives its iterator now, as
 * CPython's iter() does (a dict's size is then checked from now on);
 * range/enumerate/zip/reversed pass their arguments, the call itself
 * being remade inside the generator.  Appends the parameters to names
 * and vals and returns the expression the generator iterates over. */
static Ast *eager_source(Checker *c, Ast *x, const char **names, Ast **vals, int *n)
{
    Loc loc = x->loc;
    if (is_builtin_iterable_call(x)) {
        AstList args = { 0 };
        for (int i = 0; i < x->u.call.bound.n; i++) {
            const char *nm = chk_fmt(c, "$b%d", *n);
            names[*n] = nm;
            vals[(*n)++] = x->u.call.bound.items[i];
            ast_list_push(c->arena, &args, ast_name(c->arena, loc, nm));
        }
        return ast_call(c->arena, loc,
                        ast_name(c->arena, loc, chk_builtins[x->u.call.builtin].name), args);
    }
    Type *t = x->ty;
    if (t->kind == TY_CLASS || t->kind == TY_DICT || t->kind == TY_SET) {
        ClassInfo *cls = chk_class_of(c, t);
        FuncInfo *m = cls ? chk_find_method(cls, "__iter__") : NULL;
        if (m)
            x = chk_method_call(c, x, m, NULL, 0, loc);
    }
    const char *nm = chk_fmt(c, "$s%d", *n);
    names[*n] = nm;
    vals[(*n)++] = x;
    return ast_name(c->arena, loc, nm);
}

static Ast *if_chain(Checker *c, AstList *ifs, int from, Ast *inner)
{
    if (from == ifs->n)
        return inner;
    return ast_if(c->arena, ifs->items[from]->loc, ifs->items[from],
                  ast_list1(c->arena, if_chain(c, ifs, from + 1, inner)), (AstList){ 0 });
}

/* for t0 in src: if c0: for t1 in it1: ... yield elt */
static Ast *genexp_body(Checker *c, Ast *e, int k, Ast *src)
{
    if (k == e->u.comp.fors.n) {
        Ast *y = ast_yield(c->arena, e->u.comp.elt->loc, AST_YIELD, e->u.comp.elt);
        return ast_expr_stmt(c->arena, e->u.comp.elt->loc, y);
    }
    Ast *f = e->u.comp.fors.items[k];
    Ast *inner = if_chain(c, &f->u.compfor.ifs, 0, genexp_body(c, e, k + 1, NULL));
    return ast_for(c->arena, f->loc, f->u.compfor.target, src ? src : f->u.compfor.iter,
                   ast_list1(c->arena, inner), (AstList){ 0 });
}

Ast *chk_genexp(Checker *c, Ast *e)
{
    if (e->u.comp.scope && e->u.comp.scope->inline_genexp) {
        chk_error(c, e->loc, "this generator expression is not consumed by the function it is "
                  "passed to: write a list comprehension [...]");
        return chk_synth(c, AST_NONE, e->loc, TT(ERROR));
    }
    Ast *f0 = e->u.comp.fors.items[0];
    Ast *x = chk_expr(c, f0->u.compfor.iter);
    if (x->ty->kind == TY_ERROR)
        return x;
    const char *names[16];
    Ast *vals[16];
    int n = 0;
    Ast *src = eager_source(c, x, names, vals, &n);
    AstList body = ast_list1(c->arena, genexp_body(c, e, 0, src));
    Type *h = c->hint ? ty_strip_optional(c->hint) : NULL;
    Type *elem = h && h->kind == TY_ITER && !ty_has_typevar(h->elem) ? h->elem : NULL;
    return chk_synth_generator(c, "<genexpr>", e->u.comp.scope, names, vals, n, body, elem,
                               e->loc);
}

Ast *chk_iter_of(Checker *c, Ast *x, Loc loc)
{
    const char *names[16];
    Ast *vals[16];
    int n = 0;
    Ast *src = eager_source(c, x, names, vals, &n);
    Ast *v = ast_name(c->arena, loc, "$v");
    Ast *y = ast_expr_stmt(c->arena, loc, ast_yield(c->arena, loc, AST_YIELD, v));
    Ast *loop = ast_for(c->arena, loc, ast_name(c->arena, loc, "$v"), src,
                        ast_list1(c->arena, y), (AstList){ 0 });
    return chk_synth_generator(c, "<genexpr>", NULL, names, vals, n,
                               ast_list1(c->arena, loop), NULL, loc);
}

/* The function argument of map/filter, typed by the items it receives
 * (its result type from itself). */
static Ast *item_function(Checker *c, Ast *f, Type **elems, int n)
{
    if (f->kind == AST_LAMBDA) {
        if (f->u.func.params.n != n) {
            chk_error(c, f->loc, "this lambda takes %d parameter%s but %d are passed to it",
                      f->u.func.params.n, f->u.func.params.n == 1 ? "" : "s", n);
            return chk_synth(c, AST_NONE, f->loc, TT(ERROR));
        }
        return chk_lambda_typed(c, f, elems, n, NULL);
    }
    f = chk_expr(c, f);
    if (f->ty->kind == TY_ERROR)
        return f;
    if (f->ty->kind == TY_BUILTIN || f->ty->kind == TY_CLASSREF || chk_defaulted_func(c, f, n))
        return chk_eta(c, f, elems, n, NULL);
    Type *t = f->ty;
    bool ok = t->kind == TY_CALLABLE && t->nitems == n;
    for (int i = 0; ok && i < n; i++)
        ok = ty_subtype(elems[i], t->items[i]);
    if (!ok) {
        chk_error(c, f->loc, "'%s' cannot be called with the items (%d argument%s of type '%s')",
                  chk_tyname(c, t), n, n == 1 ? "" : "s", chk_tyname(c, elems[0]));
        return chk_synth(c, AST_NONE, f->loc, TT(ERROR));
    }
    return f;
}

/* map(f, a, b) = ($f($x0, $x1) for $x0, $x1 in zip(a, b)) with f evaluated
 * at once; filter(f, a) = ($x0 for $x0 in a if $f($x0)), f None: if $x0. */
Ast *chk_map_filter(Checker *c, Ast *call, bool is_map)
{
    int npos = chk_npositional(call);
    if (npos < 2 || (!is_map && npos != 2) || npos > 9) {
        chk_error(c, call->loc, is_map ? "map() takes a function and 1 to 8 iterables"
                                       : "filter() takes a function and one iterable");
        return chk_synth(c, AST_NONE, call->loc, TT(ERROR));
    }
    Loc loc = call->loc;
    const char *names[24];
    Ast *vals[24], *srcs[8];
    Type *elems[8];
    int n = 1, k = npos - 1;
    for (int i = 0; i < k; i++) {
        FuncInfo *itf, *nxf;
        Ast *x = chk_expr(c, call->u.call.args.items[i + 1]);
        elems[i] = chk_iter_elem(c, x, &itf, &nxf);
        if (elems[i]->kind == TY_ERROR)
            return chk_synth(c, AST_NONE, loc, TT(ERROR));
        srcs[i] = x;
    }
    Ast *f = call->u.call.args.items[0];
    bool none = !is_map && f->kind == AST_NONE;
    if (!none) {
        f = item_function(c, f, elems, k);
        if (f->ty->kind == TY_ERROR)
            return f;
    }
    names[0] = "$f";
    vals[0] = f;
    AstList args = { 0 }, targets = { 0 };
    for (int i = 0; i < k; i++) {
        srcs[i] = eager_source(c, srcs[i], names, vals, &n);
        const char *x = chk_fmt(c, "$x%d", i);
        ast_list_push(c->arena, &args, ast_name(c->arena, loc, x));
        ast_list_push(c->arena, &targets, ast_name(c->arena, loc, x));
    }
    Ast *src = srcs[0], *target = targets.items[0];
    if (k > 1) {
        AstList zargs = { 0 };
        for (int i = 0; i < k; i++)
            ast_list_push(c->arena, &zargs, srcs[i]);
        src = ast_call(c->arena, loc, ast_name(c->arena, loc, "zip"), zargs);
        target = ast_seq(c->arena, AST_TUPLE, loc, targets);
    }
    Ast *fcall = none ? args.items[0] : ast_call(c->arena, loc, ast_name(c->arena, loc, "$f"), args);
    Ast *stmt;
    if (is_map) {
        stmt = ast_expr_stmt(c->arena, loc, ast_yield(c->arena, loc, AST_YIELD, fcall));
    } else {
        Ast *y = ast_expr_stmt(c->arena, loc, ast_yield(c->arena, loc, AST_YIELD,
                                                         ast_name(c->arena, loc, "$x0")));
        stmt = ast_if(c->arena, loc, fcall, ast_list1(c->arena, y), (AstList){ 0 });
    }
    Ast *loop = ast_for(c->arena, loc, target, src, ast_list1(c->arena, stmt), (AstList){ 0 });
    return chk_synth_generator(c, is_map ? "map" : "filter", NULL, none ? names + 1 : names,
                               none ? vals + 1 : vals, none ? n - 1 : n,
                               ast_list1(c->arena, loop), NULL, loc);
}
