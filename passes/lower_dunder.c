/* lower_dunder.c - operators on instances of user classes (OpDispatch,
 * frontend/ast.h), lowered as CPython's abstract.c and object.c run them:
 * the protocol (which side first, NotImplemented, fallbacks).  What one
 * object's run-time class answers, and whether the right operand goes
 * first, are vtable slots of lower_special.c: one indirect call each.
 *
 * Assumes: the checker filled the dispatch (the methods exist and accept
 * the operands; every implementation of them is checked).  Guarantees:
 *   - a comparison tries left.__op__(right), then right.__swapped__(left),
 *     the reflected one first when type(right) is a proper subclass of
 *     type(left) (decided at run time through the left hierarchy's slot
 *     when the static classes leave it open), then falls back to
 *     identity (==, !=) or TypeError;
 *   - == and != resolve per run-time class (lw_special_eq_side): a class
 *     without __eq__ uses object's (identity, else NotImplemented), a
 *     class without __ne__ negates its __eq__, so a method defined only in
 *     subclasses is found;
 *   - items of containers (prelude code, tuples) are equal when they are
 *     the same object, without a call;
 *   - an arithmetic operator tries the reflected method only when the
 *     operands' classes differ, first only when the right class is a
 *     proper subclass that overrides it; then TypeError;
 *   - a method returning NotImplemented raises the prelude's signal
 *     object (check_special.c): each call that may do so catches it and
 *     goes on with the next candidate; other exceptions pass through.
 * Refuses nothing: what CPython would reject at run time raises TypeError
 * with CPython's message, naming the operands' run-time classes.
 */
#include "passes/lower.h"

#include <stdio.h>
#include <string.h>

FuncInfo *lw_prelude_func(Lowerer *L, const char *name)
{
    ModuleInfo *p = L->prog->prelude;
    for (int i = 0; i < p->nfuncs; i++)
        if (strcmp(p->funcs[i]->name, name) == 0)
            return p->funcs[i];
    IR_DIE("the prelude has no function %s", name);
}

/* ------------------------------------------------------------- classes */

/* Whether an implementation of `name` reachable from cls (its own or
 * inherited one, or an override in a subclass) returns NotImplemented. */
static int subtree_notimpl(ClassInfo *cls, const char *name)
{
    for (int i = 0; i < cls->nmethods; i++)
        if (strcmp(cls->methods[i]->name, name) == 0 && cls->methods[i]->returns_notimpl)
            return 1;
    for (int i = 0; i < cls->nsubclasses; i++)
        if (subtree_notimpl(cls->subclasses[i], name))
            return 1;
    return 0;
}

static int may_notimpl(FuncInfo *m, ClassInfo *static_cls)
{
    if (!m)
        return 0;
    if (m->returns_notimpl)
        return 1;
    return static_cls && m->vslot >= 0 && subtree_notimpl(static_cls, m->name);
}


static ClassInfo *user_cls(Type *t)
{
    t = ty_strip_optional(t);
    return t->kind == TY_CLASS && !t->cls->is_builtin ? t->cls : NULL;
}



static int32_t instance_of(FnCtx *F, int32_t v, ClassInfo *cls)
{
    int32_t r = lw_tmpk(F, IRK_BOOL);
    IrInstr *in = lw_emit(F, IR_INSTANCEOF);
    in->dst = r;
    in->a = v;
    in->aux = lw_class_sid(F->L, cls);
    return r;
}

/* Visits the classes of cls's subtree, most derived first in preorder
 * terms (a class after all of its subclasses). */
typedef void (*ClassFn)(FnCtx *F, ClassInfo *cls, void *data);

static void postorder(FnCtx *F, ClassInfo *cls, ClassFn fn, void *data)
{
    for (int i = cls->nsubclasses - 1; i >= 0; i--)
        postorder(F, cls->subclasses[i], fn, data);
    fn(F, cls, data);
}

/* ----------------------------------------------------------- classmethods */

typedef struct CmChain {
    const char *name;
    int32_t recv, r, done;
    const int32_t *args;
    int n;
} CmChain;

static FuncInfo *classmethod_copy(ClassInfo *cls, const char *name)
{
    FuncInfo *m = lw_method(cls, name);
    if (m->cls == cls)
        return m;
    for (int i = 0; i < m->ninstances; i++)
        if (m->instances[i]->cls == cls)
            return m->instances[i];
    IR_DIE("no copy of classmethod %s for %s", name, cls->name);
}

static void cm_step(FnCtx *F, ClassInfo *cls, void *data)
{
    CmChain *ch = data;
    int32_t yes = lw_new_block(F), no = lw_new_block(F);
    lw_branch(F, instance_of(F, ch->recv, cls), yes, no);
    lw_start(F, yes);
    int32_t v = lw_call_fi(F, classmethod_copy(cls, ch->name), ch->args, ch->n);
    if (ch->r >= 0)
        lw_move(F, ch->r, v);
    lw_jump(F, ch->done);
    lw_start(F, no);
}

int32_t lw_call_classmethod(FnCtx *F, FuncInfo *m, int32_t recv, const int32_t *args, int n)
{
    if (!m->cls->nsubclasses)
        return lw_call_fi(F, m, args, n);
    IrType rt = F->L->m->funcs[lw_func(F->L, m)].ret;
    CmChain ch = { m->name, recv, rt.kind == IRK_VOID ? -1 : lw_tmp(F, rt), lw_new_block(F),
                   args, n };
    for (int i = m->cls->nsubclasses - 1; i >= 0; i--)
        postorder(F, m->cls->subclasses[i], cm_step, &ch);
    int32_t v = lw_call_fi(F, m, args, n);
    if (ch.r >= 0)
        lw_move(F, ch.r, v);
    lw_jump(F, ch.done);
    lw_start(F, ch.done);
    return ch.r;
}

/* ---------------------------------------------------------------- steps */

/* One attempt: `then` is where a NotImplemented result continues (the
 * current block after the call), r receives the result and control goes
 * to done. */
typedef struct Attempt {
    int32_t r, done;
} Attempt;

/* Makes the NotImplemented signal of the calls emitted until ni_end
 * land in a catcher block (ni: they may raise it). */
static int32_t ni_begin(FnCtx *F, int ni, int32_t *saved)
{
    *saved = F->handler;
    if (!ni)
        return -1;
    F->handler = lw_new_block(F);
    return F->handler;
}

/* Ends what ni_begin started: the catcher clears the signal and goes on
 * in the returned block (-1: no catcher), other exceptions propagate.
 * The current block is unchanged. */
static int32_t ni_end(FnCtx *F, int32_t catcher, int32_t saved)
{
    F->handler = saved;
    if (catcher < 0)
        return -1;
    int32_t cont = F->cur;
    lw_start(F, catcher);
    int32_t e = lw_tmpk(F, IRK_REF);
    lw_emit(F, IR_GETEXC)->dst = e;
    int32_t yes = lw_new_block(F), no = lw_new_block(F);
    lw_branch(F, instance_of(F, e, lw_prelude_class(F->L, "_NotImplementedType")), yes, no);
    lw_start(F, no);
    ir_set_term(F->f, F->cur, TERM_RERAISE, e, -1, F->handler, F->loc);
    lw_start(F, yes);
    lw_emit(F, IR_CLEAREXC);
    int32_t on_ni = F->cur;
    F->cur = cont;
    return on_ni;
}

int32_t lw_call_catching_notimpl(FnCtx *F, int32_t fid, int ni, const int32_t *args, int n,
                                 int32_t *on_ni)
{
    int32_t saved, catcher = ni_begin(F, ni, &saved);
    int32_t v = lw_call(F, fid, args, n);
    *on_ni = ni_end(F, catcher, saved);
    return v;
}

/* Calls recv.m(arg) into at->r (negated with neg) and jumps to done.
 * When m may return NotImplemented the current block afterwards is where
 * that case continues; otherwise nothing follows (F->cur = -1). */
static void try_call(FnCtx *F, Attempt *at, FuncInfo *m, ClassInfo *static_cls, int32_t recv,
                     int32_t arg, int neg)
{
    int32_t saved, catcher = ni_begin(F, may_notimpl(m, static_cls), &saved);
    int32_t v = lw_call_method_fi(F, m, recv, &arg, arg >= 0 ? 1 : 0);
    int32_t on_ni = ni_end(F, catcher, saved);
    if (neg)
        v = lw_unop(F, IR_NOT, IRK_BOOL, v);
    lw_move(F, at->r, v);
    lw_jump(F, at->done);
    F->cur = on_ni;
}

/* object's __eq__: a is b gives True (False for !=), else NotImplemented. */
static void try_identity(FnCtx *F, Attempt *at, int32_t a, int32_t b, int neg)
{
    int32_t same = lw_binop(F, IR_REFEQ, IRK_BOOL, a, b);
    int32_t yes = lw_new_block(F), no = lw_new_block(F);
    lw_branch(F, same, yes, no);
    lw_start(F, yes);
    lw_move(F, at->r, lw_const_bool(F, !neg));
    lw_jump(F, at->done);
    lw_start(F, no);
}

/* How a class answers == or != (docs at the top). */
typedef struct EqRes {
    FuncInfo *m;           /* NULL: object's identity test */
    int neg;
} EqRes;

static EqRes eq_resolution(ClassInfo *cls, AstOp op)
{
    EqRes r = { NULL, 0 };
    if (op == OP_NE)
        r.m = lw_method(cls, "__ne__");
    if (!r.m) {
        r.m = lw_method(cls, "__eq__");
        r.neg = op == OP_NE;
    }
    if (!r.m)
        r.neg = op == OP_NE;
    return r;
}

static void try_eq_res(FnCtx *F, Attempt *at, EqRes res, ClassInfo *cls, int32_t recv,
                       int32_t arg)
{
    if (res.m)
        try_call(F, at, res.m, cls, recv, arg, res.neg);
    else
        try_identity(F, at, recv, arg, res.neg);
}

/* recv == arg (or !=) answered by recv's run-time class: the hierarchy's
 * EQ/NE slot when the classes below cls answer differently
 * (lower_special.c), else cls's own resolution. */
static void try_eq_side(FnCtx *F, Attempt *at, AstOp op, ClassInfo *cls, int32_t recv,
                        int32_t arg)
{
    int32_t r3 = lw_special_eq_side(F, cls, op == OP_NE, recv, arg);
    if (r3 < 0) {
        try_eq_res(F, at, eq_resolution(cls, op), cls, recv, arg);
        return;
    }
    int32_t yes = lw_new_block(F), no = lw_new_block(F);
    lw_branch(F, lw_binop(F, IR_NE, IRK_BOOL, r3, lw_const_i64(F, 2)), yes, no);
    lw_start(F, yes);
    lw_move(F, at->r, lw_unop(F, IR_I2B, IRK_BOOL, r3));
    lw_jump(F, at->done);
    lw_start(F, no);
}

/* ------------------------------------------------------------- the order */

/* Whether right's method goes first (CPython: type(b) is a proper
 * subclass of type(a), and for arithmetic overrides the reflected
 * method), or -1 when only the run-time classes decide: the condition is
 * then computed into *cond by the left hierarchy's slot
 * (lower_special.c). */
static int reflected_first(FnCtx *F, const OpDispatch *d, int32_t a, int32_t b, int32_t *cond)
{
    ClassInfo *l = user_cls(d->lt), *r = user_cls(d->rt);
    if (!l || !r || (!d->refl && !(d->op == OP_EQ || d->op == OP_NE)))
        return 0;
    if (!chk_refl_may_go_first(l, r, d->arith ? d->refl_name : NULL))
        return 0;
    return lw_special_refl_first(F, l, d->arith ? d->refl_name : NULL, a, b, cond);
}

/* ---------------------------------------------------------------- dispatch */

static int is_eq_op(AstOp op)
{
    return op == OP_EQ || op == OP_NE;
}

/* Prelude code is the containers' own: its == on items is CPython's
 * PyObject_RichCompareBool, identity first. */
static int in_prelude(FnCtx *F)
{
    return F->fi && F->fi->module && F->fi->module->is_prelude;
}

static void try_forward(FnCtx *F, Attempt *at, const OpDispatch *d, int32_t a, int32_t b)
{
    ClassInfo *l = user_cls(d->lt);
    if (is_eq_op(d->op) && l && !d->inplace)
        try_eq_side(F, at, d->op, l, a, b);
    else if (d->fwd)
        try_call(F, at, d->fwd, l, a, b, d->fwd_not);
    else if (d->fwd_ident)
        try_identity(F, at, a, b, d->fwd_not);
}

static void try_reflected(FnCtx *F, Attempt *at, const OpDispatch *d, int32_t a, int32_t b)
{
    ClassInfo *r = user_cls(d->rt), *l = user_cls(d->lt);
    if (F->cur < 0)
        return;
    if (is_eq_op(d->op) && r) {
        try_eq_side(F, at, d->op, r, b, a);
        return;
    }
    if (!d->refl)
        return;
    if (d->arith && l && r) {
        /* the reflected method only between different classes */
        int32_t differ = lw_same_class(F, a, b, IR_NE);
        int32_t go = lw_new_block(F), skip = lw_new_block(F);
        lw_branch(F, differ, go, skip);
        lw_start(F, go);
        try_call(F, at, d->refl, r, b, a, d->refl_not);
        if (F->cur >= 0)
            lw_jump(F, skip);
        lw_start(F, skip);
        return;
    }
    try_call(F, at, d->refl, r, b, a, d->refl_not);
}

static void fallback(FnCtx *F, Attempt *at, const OpDispatch *d, int32_t a, int32_t b)
{
    if (F->cur < 0)
        return;
    if (d->fallback != DFB_TYPEERROR) {
        int32_t same = lw_binop(F, IR_REFEQ, IRK_BOOL, a, b);
        if (d->fallback == DFB_NOT_IDENTITY)
            same = lw_unop(F, IR_NOT, IRK_BOOL, same);
        lw_move(F, at->r, same);
        lw_jump(F, at->done);
        return;
    }
    int kind = b < 0 ? 2 : d->arith ? 0 : 1;
    char text[8];
    snprintf(text, sizeof text, "%s%s", ast_op_text[d->op], d->inplace ? "=" : "");
    int32_t args[4] = { lw_const_i64(F, kind), lw_const_str(F, text, (int64_t)strlen(text)),
                        lw_type_name(F, a, d->lt),
                        b >= 0 ? lw_type_name(F, b, d->rt) : lw_const_str(F, "", 0) };
    int32_t exc = lw_call_fi(F, lw_prelude_func(F->L, "_op_type_error"), args, 4);
    ir_set_term(F->f, F->cur, TERM_RAISE, exc, -1, F->handler, F->loc);
    F->cur = -1;
}

static void attempts(FnCtx *F, Attempt *at, const OpDispatch *d, int32_t a, int32_t b, int refl)
{
    if (refl) {
        try_reflected(F, at, d, a, b);
        if (F->cur >= 0)
            try_forward(F, at, d, a, b);
    } else {
        try_forward(F, at, d, a, b);
        if (F->cur >= 0)
            try_reflected(F, at, d, a, b);
    }
    fallback(F, at, d, a, b);
}

/* a OP b (b < 0: unary) by the dispatch d; the result has type d->ty. */
int32_t lw_dispatch(FnCtx *F, const OpDispatch *d, int32_t a, int32_t b)
{
    Attempt at = { lw_tmp(F, lw_type(F->L, d->ty)), lw_new_block(F) };
    if (d->inplace) {
        ClassInfo *l = user_cls(d->lt);
        try_call(F, &at, d->inplace, l, a, b, 0);
        if (F->cur >= 0 && (d->fwd || d->refl))
            attempts(F, &at, d, a, b, 0);
        else
            fallback(F, &at, d, a, b);
        lw_start(F, at.done);
        return at.r;
    }
    if (b < 0) {
        try_call(F, &at, d->fwd, user_cls(d->lt), a, -1, 0);
        lw_start(F, at.done);
        return at.r;
    }
    if (is_eq_op(d->op) && (F->items_compare || in_prelude(F))) {
        /* a container's items: CPython's PyObject_RichCompareBool answers
         * for the same object without calling __eq__ */
        int32_t yes = lw_new_block(F), no = lw_new_block(F);
        lw_branch(F, lw_binop(F, IR_REFEQ, IRK_BOOL, a, b), yes, no);
        lw_start(F, yes);
        lw_move(F, at.r, lw_const_bool(F, d->op == OP_EQ));
        lw_jump(F, at.done);
        lw_start(F, no);
    }
    if (d->lt->kind == TY_OPTIONAL || d->rt->kind == TY_OPTIONAL) {
        /* == and != with None: identity, as None's own __eq__ answers */
        int32_t nul = lw_binop(F, IR_OR, IRK_BOOL, lw_unop(F, IR_ISNULL, IRK_BOOL, a),
                               lw_unop(F, IR_ISNULL, IRK_BOOL, b));
        int32_t yes = lw_new_block(F), no = lw_new_block(F);
        lw_branch(F, nul, yes, no);
        lw_start(F, yes);
        int32_t same = lw_binop(F, IR_REFEQ, IRK_BOOL, a, b);
        lw_move(F, at.r, d->op == OP_NE ? lw_unop(F, IR_NOT, IRK_BOOL, same) : same);
        lw_jump(F, at.done);
        lw_start(F, no);
    }
    int32_t cond = -1;
    int order = reflected_first(F, d, a, b, &cond);
    if (order >= 0) {
        attempts(F, &at, d, a, b, order);
    } else {
        int32_t rf = lw_new_block(F), ff = lw_new_block(F);
        lw_branch(F, cond, rf, ff);
        lw_start(F, rf);
        attempts(F, &at, d, a, b, 1);
        lw_start(F, ff);
        attempts(F, &at, d, a, b, 0);
    }
    lw_start(F, at.done);
    return at.r;
}

int32_t lw_dispatch_cmp(FnCtx *F, AstOp op, int32_t a, Type *at, int32_t b, Type *bt)
{
    /* == needs no more than the operands' classes (each side's answer is
     * resolved from its class: try_eq_side); an ordering tries op's
     * method of the left class, then the reflected one of the right */
    OpDispatch d = { .op = op, .lt = at, .rt = bt, .ty = ty_prim(F->L->prog->types, TY_BOOL),
                     .fallback = op == OP_EQ ? DFB_IDENTITY
                                 : op == OP_NE ? DFB_NOT_IDENTITY : DFB_TYPEERROR };
    if (!is_eq_op(op)) {
        ClassInfo *l = user_cls(at), *r = user_cls(bt);
        d.fwd = l ? lw_method(l, chk_special_name(SK_CMP, op)) : NULL;
        d.refl_name = chk_special_name(SK_CMP, chk_swapped_op(op));
        d.refl = r ? lw_method(r, d.refl_name) : NULL;
    }
    return lw_dispatch(F, &d, a, b);
}
