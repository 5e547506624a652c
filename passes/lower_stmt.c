/* lower_stmt.c - statements: control flow, loops, exceptions, finally.
 *
 * Exceptions.  F->handler is the block that receives an exception raised
 * by the code being lowered (-1: it leaves the function).  A try with
 * except clauses points its body at a dispatch block that tests the
 * exception's class against each clause and re-raises when none matches.
 *
 * finally and with.  A region with cleanup code pushes a LwFin.  Every
 * way out of the region runs the cleanup: the normal path, the exception
 * path (a handler block saves the exception, runs the cleanup, re-raises
 * it), and return/break/continue, which emit the cleanups of every region
 * they leave, innermost first, before jumping.  The cleanup's code is
 * emitted once per exit: simple, and each copy is on its own path.
 *
 * Loops poll at their back edge (lw_poll), so that a thread spinning in a
 * loop still reaches a safe point.
 */
#include "passes/lower.h"

#include <string.h>

static void stmt(FnCtx *F, Ast *s);

void lw_stmts(FnCtx *F, AstList *body)
{
    for (int i = 0; i < body->n; i++)
        stmt(F, body->items[i]);
}

/* --------------------------------------------------------- cleanups */

/* Run the cleanups of the regions from F->fin out to (not including)
 * stop, as an exit through them does. */
static void run_cleanups(FnCtx *F, LwFin *stop)
{
    LwFin *saved_fin = F->fin;
    int32_t saved_handler = F->handler;
    for (LwFin *fc = F->fin; fc != stop; fc = fc->outer) {
        /* The cleanup runs outside its own region. */
        F->fin = fc->outer;
        F->handler = fc->handler;
        fc->cleanup(F, fc);
    }
    F->fin = saved_fin;
    F->handler = saved_handler;
}

/* The exception path of a region: save the exception, clean up, re-raise
 * it where the region's surroundings send exceptions. */
static void emit_exception_exit(FnCtx *F, LwFin *fc, int32_t block)
{
    int32_t saved_cur = F->cur, saved_handler = F->handler;
    LwFin *saved_fin = F->fin;
    lw_start(F, block);
    F->fin = fc->outer;
    F->handler = fc->handler;
    int32_t exc = lw_tmpk(F, IRK_REF);
    lw_emit(F, IR_GETEXC)->dst = exc;
    lw_emit(F, IR_CLEAREXC);
    fc->cleanup(F, fc);
    if (lw_reachable(F)) {
        ir_set_term(F->f, F->cur, TERM_RERAISE, exc, -1, F->handler, F->loc);
        F->cur = -1;
    }
    F->cur = saved_cur;
    F->handler = saved_handler;
    F->fin = saved_fin;
}

/* ------------------------------------------------------------ simple */

static void lower_return(FnCtx *F, Ast *s)
{
    if (F->gen) {               /* a generator ends: StopIteration */
        run_cleanups(F, NULL);
        lw_jump(F, F->gen->finish);
        return;
    }
    int32_t v = s->u.ret.value ? lw_expr(F, s->u.ret.value) : -1;
    if (v >= 0 && F->f->ret.kind == IRK_VOID)
        v = -1;   /* `return None` in a procedure */
    run_cleanups(F, NULL);
    if (!lw_reachable(F))
        return;
    ir_set_term(F->f, F->cur, TERM_RETURN, v, -1, -1, F->loc);
    F->cur = -1;
}

static void lower_raise(FnCtx *F, Ast *s)
{
    if (!s->u.raise.exc) {
        if (F->exc_vreg < 0)
            IR_DIE("bare raise outside a handler");
        if (!lw_reachable(F))
            lw_emit(F, IR_NOP);
        ir_set_term(F->f, F->cur, TERM_RERAISE, F->exc_vreg, -1, F->handler, F->loc);
        F->cur = -1;
        return;
    }
    int32_t e = lw_expr(F, s->u.raise.exc);
    if (s->u.raise.cause)
        lw_expr(F, s->u.raise.cause);   /* evaluated, not kept (check_stmt.c) */
    if (!lw_reachable(F))
        lw_emit(F, IR_NOP);
    ir_set_term(F->f, F->cur, TERM_RAISE, e, -1, F->handler, F->loc);
    F->cur = -1;
}

static void lower_assert(FnCtx *F, Ast *s)
{
    int32_t ok = lw_truth(F, s->u.assert_.test);
    int32_t fail = lw_new_block(F), done = lw_new_block(F);
    lw_branch(F, ok, done, fail);
    lw_start(F, fail);
    ClassInfo *cls = lw_prelude_class(F->L, "AssertionError");
    int32_t msg = s->u.assert_.msg ? lw_expr(F, s->u.assert_.msg) : lw_const_str(F, "", 0);
    int32_t exc = lw_new_object(F, cls, &msg, 1);
    ir_set_term(F->f, F->cur, TERM_RAISE, exc, -1, F->handler, F->loc);
    lw_start(F, done);
}

static void lower_break(FnCtx *F, int is_continue)
{
    LwLoop *lc = F->loop;
    if (!lc)
        IR_DIE("break outside a loop");
    run_cleanups(F, lc->fin);
    lw_jump(F, is_continue ? lc->continue_block : lc->break_block);
}

static void lower_augassign(FnCtx *F, Ast *s);
static void lower_del(FnCtx *F, Ast *t);

/* --------------------------------------------------------------- if */

static void lower_if(FnCtx *F, Ast *s)
{
    int32_t c = lw_truth(F, s->u.if_.test);
    int32_t then = lw_new_block(F), els = lw_new_block(F), join = lw_new_block(F);
    lw_branch(F, c, then, els);
    lw_start(F, then);
    lw_stmts(F, &s->u.if_.body);
    lw_jump(F, join);
    lw_start(F, els);
    lw_stmts(F, &s->u.if_.orelse);
    lw_jump(F, join);
    lw_start(F, join);
}

/* ------------------------------------------------------------ loops */

/* The body (with break and continue), then the else clause, which runs
 * when the loop ends without break. */
static void loop_rest(FnCtx *F, Ast *s, int32_t cont, int32_t done, int32_t on_break)
{
    int32_t exit = lw_new_block(F);
    LwLoop lc = { F->loop, on_break >= 0 ? on_break : exit, cont, F->fin };
    F->loop = &lc;
    lw_stmts(F, &s->u.loop.body);
    lw_jump(F, cont);
    F->loop = lc.outer;
    lw_start(F, done);
    lw_stmts(F, &s->u.loop.orelse);
    lw_jump(F, exit);
    lw_start(F, exit);
}

static void lower_while(FnCtx *F, Ast *s)
{
    int32_t head = lw_new_block(F), body = lw_new_block(F), done = lw_new_block(F);
    int32_t back = lw_new_block(F);
    lw_jump(F, head);
    lw_start(F, back);
    lw_poll(F, 0);
    lw_jump(F, head);
    lw_start(F, head);
    lw_branch(F, lw_truth(F, s->u.loop.test), body, done);
    lw_start(F, body);
    loop_rest(F, s, back, done, -1);
}

/* A generator made for this loop alone (a generator called in the for
 * line, or an object whose __iter__ is a generator): CPython finalizes it
 * as soon as the loop lets it go, so a loop left early (break, return, an
 * exception) closes it, running its pending finally clauses there. */
static int iter_is_generator(FuncInfo *itf)
{
    if (!itf || !itf->is_generator)
        return 0;
    for (int i = 0; itf->cls && i < itf->cls->nsubclasses; i++) {
        FuncInfo *o = lw_method(itf->cls->subclasses[i], "__iter__");
        if (o != itf && !iter_is_generator(o))
            return 0;
    }
    return 1;
}

static int fresh_generator(Ast *iter, FuncInfo *itf)
{
    if (iter->ty->kind == TY_ITER)
        return iter->kind == AST_CALL && iter->u.call.target && iter->u.call.target->is_generator
               && iter->u.call.res != RES_BUILTIN && iter->u.call.res != RES_INDIRECT;
    return iter_is_generator(itf);
}

typedef struct CloseData {
    int32_t it;           /* the generator */
    FuncInfo *close;      /* Iterator[T].close */
} CloseData;

static void close_iter(FnCtx *F, LwFin *fc)
{
    CloseData *cd = fc->data;
    lw_call_method_fi(F, cd->close, cd->it, NULL, 0);
}

static void lower_for(FnCtx *F, Ast *s)
{
    Foreach fe;
    Type *elem = lw_elem_type(F, s->u.loop.iter, s->u.loop.next_fn);
    if (!lw_foreach_fill(F, s, &fe))
        lw_foreach_begin(F, s->u.loop.iter, s->u.loop.iter_fn, s->u.loop.next_fn, elem, &fe);
    FuncInfo *close = fe.it >= 0 && fresh_generator(s->u.loop.iter, s->u.loop.iter_fn)
                          ? lw_method(s->u.loop.next_fn->cls, "close") : NULL;
    if (!close) {
        lw_assign(F, s->u.loop.target, fe.elem, elem);
        loop_rest(F, s, fe.cont, fe.done, -1);
        return;
    }
    CloseData cd = { fe.it, close };
    LwFin fc = { F->fin, s, F->handler, close_iter, &cd };
    int32_t exc = lw_new_block(F), on_break = lw_new_block(F), after = lw_new_block(F);
    F->fin = &fc;
    F->handler = exc;
    lw_assign(F, s->u.loop.target, fe.elem, elem);
    loop_rest(F, s, fe.cont, fe.done, on_break);
    F->fin = fc.outer;
    F->handler = fc.handler;
    lw_jump(F, after);
    lw_start(F, on_break);
    close_iter(F, &fc);
    lw_jump(F, after);
    emit_exception_exit(F, &fc, exc);
    lw_start(F, after);
}

/* -------------------------------------------------------------- try */

static void finally_cleanup(FnCtx *F, LwFin *fc)
{
    lw_stmts(F, &fc->node->u.try_.finalbody);
}

/* Dispatch an exception to the matching except clause. */
static void lower_handlers(FnCtx *F, Ast *s, int32_t dispatch, int32_t join)
{
    lw_start(F, dispatch);
    int32_t e = lw_tmpk(F, IRK_REF);
    lw_emit(F, IR_GETEXC)->dst = e;
    AstList *hs = &s->u.try_.handlers;
    for (int i = 0; i < hs->n && lw_reachable(F); i++) {
        Ast *h = hs->items[i];
        int32_t match = lw_new_block(F), next = lw_new_block(F);
        if (h->u.handler.nclasses == 0) {
            lw_jump(F, match);
        } else {
            int32_t any = lw_const_bool(F, 0);
            for (int k = 0; k < h->u.handler.nclasses; k++) {
                int32_t is = lw_tmpk(F, IRK_BOOL);
                IrInstr *in = lw_emit(F, IR_INSTANCEOF);
                in->dst = is;
                in->a = e;
                in->aux = lw_class_sid(F->L, h->u.handler.classes[k]);
                any = lw_binop(F, IR_OR, IRK_BOOL, any, is);
            }
            lw_branch(F, any, match, next);
        }
        lw_start(F, match);
        lw_emit(F, IR_CLEAREXC);
        if (h->u.handler.local >= 0) {
            IrInstr *mv = lw_emit(F, IR_MOV);
            mv->dst = F->local_vreg[h->u.handler.local];
            mv->a = e;
        }
        int32_t saved_exc = F->exc_vreg;
        F->exc_vreg = e;
        lw_stmts(F, &h->u.handler.body);
        F->exc_vreg = saved_exc;
        lw_jump(F, join);
        lw_start(F, next);
    }
    if (lw_reachable(F)) {
        ir_set_term(F->f, F->cur, TERM_RERAISE, e, -1, F->handler, F->loc);
        F->cur = -1;
    }
}

static void lower_try(FnCtx *F, Ast *s)
{
    int has_fin = s->u.try_.finalbody.n > 0;
    LwFin fc = { F->fin, s, F->handler, finally_cleanup, NULL };
    int32_t fin_exc = -1;
    if (has_fin) {
        fin_exc = lw_new_block(F);
        F->fin = &fc;
        F->handler = fin_exc;
    }
    int32_t region_handler = F->handler;
    int32_t dispatch = s->u.try_.handlers.n ? lw_new_block(F) : -1;
    int32_t join = lw_new_block(F);
    if (dispatch >= 0)
        F->handler = dispatch;
    lw_stmts(F, &s->u.try_.body);
    F->handler = region_handler;
    lw_stmts(F, &s->u.try_.orelse);
    lw_jump(F, join);
    if (dispatch >= 0) {
        int32_t saved = F->cur;
        lower_handlers(F, s, dispatch, join);
        F->cur = saved;
    }
    lw_start(F, join);
    if (has_fin) {
        F->fin = fc.outer;
        F->handler = fc.handler;
        emit_exception_exit(F, &fc, fin_exc);
        lw_stmts(F, &s->u.try_.finalbody);
    }
}

/* ------------------------------------------------------------- with */

typedef struct WithData {
    int32_t value;        /* the context manager */
    Ast *item;
} WithData;

static int32_t atomic_extern(FnCtx *F, const char *name)
{
    return lw_extern_c(F->L, name, ir_type(IRK_VOID), NULL, 0, IRX_TX_SAFE);
}

static int is_atomic_item(Ast *item)
{
    Type *t = item->u.withitem.expr->ty;
    return t && t->kind == TY_BUILTIN && t->builtin == BI_ATOMIC;
}

static int is_user_item(Ast *item)
{
    FuncInfo *x = item->u.withitem.exit_fn;
    return x && strcmp(x->name, "__exit__") == 0;
}

/* x.__exit__(e, e, e): e stands for the exception's type, the exception
 * and its traceback (the checker allows only their `is None` and truth
 * for type and traceback); None for all three on a normal exit. */
static int32_t call_exit(FnCtx *F, WithData *wd, int32_t exc)
{
    int32_t e = exc >= 0 ? exc : lw_const_null(F);
    int32_t args[3] = { e, e, e };
    return lw_call_method_fi(F, wd->item->u.withitem.exit_fn, wd->value, args, 3);
}

/* An exception raised by the exit (a file whose last flush fails) is
 * reported at the `with` line, as CPython does. */
static void with_cleanup(FnCtx *F, LwFin *fc)
{
    WithData *wd = fc->data;
    if (is_atomic_item(wd->item)) {
        lw_call_extern(F, atomic_extern(F, "stm_leave_atomic"), NULL, 0);
        return;
    }
    IrLoc saved = F->loc;
    F->loc = lw_loc(F->L, fc->node->loc);
    if (is_user_item(wd->item))
        call_exit(F, wd, -1);
    else
        lw_call_method_defaults(F, wd->item->u.withitem.exit_fn, wd->value);
    F->loc = saved;
}

/* The exception path of a user context manager: __exit__ with the
 * exception; a true result (-> bool) swallows it and goes to `after`. */
static void user_exception_exit(FnCtx *F, LwFin *fc, int32_t block, int32_t after)
{
    WithData *wd = fc->data;
    int32_t saved_cur = F->cur;
    lw_start(F, block);
    int32_t exc = lw_tmpk(F, IRK_REF);
    lw_emit(F, IR_GETEXC)->dst = exc;
    lw_emit(F, IR_CLEAREXC);
    int32_t r = call_exit(F, wd, exc);
    Type *rt = wd->item->u.withitem.exit_fn->ret;
    if (rt->kind == TY_BOOL || (rt->kind == TY_OPTIONAL && rt->elem->kind == TY_BOOL)) {
        int32_t raise = lw_new_block(F);
        lw_branch(F, rt->kind == TY_BOOL ? r : lw_truth_of(F, r, rt), after, raise);
        lw_start(F, raise);
    }
    ir_set_term(F->f, F->cur, TERM_RERAISE, exc, -1, F->handler, F->loc);
    F->cur = saved_cur;
}

/* with a, b: body  is  with a: with b: body.  Files: the target is the
 * file, the exit closes it; locks: acquire, then release; rtrans.atomic:
 * enter and leave an atomic section. */
static void lower_with_items(FnCtx *F, Ast *s, int i)
{
    if (i == s->u.with.items.n) {
        lw_stmts(F, &s->u.with.body);
        return;
    }
    Ast *item = s->u.with.items.items[i];
    WithData wd = { -1, item };
    if (is_atomic_item(item)) {
        /* A transaction may end where an outermost atomic section starts:
         * otherwise a long transaction (or an inevitable fragment, see
         * runtime/stm.h) would carry on through the whole section. */
        lw_emit(F, IR_BREAKPOINT)->imm = IR_BREAK_ATOMIC_ENTRY;
        lw_call_extern(F, atomic_extern(F, "stm_enter_atomic"), NULL, 0);
    } else {
        wd.value = lw_expr(F, item->u.withitem.expr);
        FuncInfo *enter = item->u.withitem.enter_fn;
        int32_t r = wd.value;
        Type *rt = item->u.withitem.expr->ty;
        if (enter) {
            r = lw_call_method_defaults(F, enter, wd.value);
            rt = enter->ret;
        }
        if (item->u.withitem.target)
            lw_assign(F, item->u.withitem.target, r, rt);
    }
    LwFin fc = { F->fin, s, F->handler, with_cleanup, &wd };
    int32_t exc = lw_new_block(F);
    F->fin = &fc;
    F->handler = exc;
    lower_with_items(F, s, i + 1);
    F->fin = fc.outer;
    F->handler = fc.handler;
    if (is_user_item(item)) {
        int32_t after = lw_new_block(F);
        user_exception_exit(F, &fc, exc, after);
        if (lw_reachable(F))
            with_cleanup(F, &fc);
        lw_jump(F, after);
        lw_start(F, after);
        return;
    }
    emit_exception_exit(F, &fc, exc);
    if (lw_reachable(F))
        with_cleanup(F, &fc);
}

/* ------------------------------------------------------------ match */

/* The checker made each case a list of steps (check_match.c): bindings,
 * lowered as assignments, and tests, whose false value goes on to the
 * next case; then the guard, then the body. */
static void lower_steps(FnCtx *F, AstList *steps, int32_t fail);

/* An or-pattern's step: the alternatives in turn, the first whose steps
 * all pass going on. */
static void lower_alternatives(FnCtx *F, Ast *alts, int32_t fail)
{
    int32_t ok = lw_new_block(F);
    for (int i = 0; i < alts->u.match.cases.n; i++) {
        int32_t other = lw_new_block(F);
        lower_steps(F, &alts->u.match.cases.items[i]->u.mcase.steps, other);
        lw_jump(F, ok);
        lw_start(F, other);
    }
    lw_jump(F, fail);
    lw_start(F, ok);
}

static void lower_steps(FnCtx *F, AstList *steps, int32_t fail)
{
    for (int k = 0; k < steps->n && lw_reachable(F); k++) {
        Ast *st = steps->items[k];
        if (st->kind == AST_ASSIGN) {
            stmt(F, st);
            continue;
        }
        if (st->kind == AST_MATCH) {
            lower_alternatives(F, st, fail);
            continue;
        }
        int32_t go = lw_new_block(F);
        lw_branch(F, lw_truth(F, st), go, fail);
        lw_start(F, go);
    }
}

static void lower_match(FnCtx *F, Ast *s)
{
    stmt(F, s->u.match.init);
    int32_t end = lw_new_block(F);
    for (int i = 0; i < s->u.match.cases.n && lw_reachable(F); i++) {
        Ast *cs = s->u.match.cases.items[i];
        int32_t next = lw_new_block(F);
        lower_steps(F, &cs->u.mcase.steps, next);
        if (cs->u.mcase.guard && lw_reachable(F)) {
            int32_t go = lw_new_block(F);
            lw_branch(F, lw_truth(F, cs->u.mcase.guard), go, next);
            lw_start(F, go);
        }
        F->loc = lw_loc(F->L, cs->loc);
        lw_stmts(F, &cs->u.mcase.body);
        lw_jump(F, end);
        lw_start(F, next);
    }
    if (s->u.match.all_members && lw_reachable(F)) {
        /* an enum subject is one of its members, all of which have a case */
        ir_set_term(F->f, F->cur, TERM_UNREACHABLE, -1, -1, -1, F->loc);
        F->cur = -1;
    }
    lw_jump(F, end);
    lw_start(F, end);
}

/* ----------------------------------------------------------- dispatch */

static void lower_expr_stmt(FnCtx *F, Ast *s)
{
    Ast *e = s->u.expr_stmt.value;
    if (e->kind == AST_STR)
        return;   /* docstring */
    if (e->kind == AST_YIELD) {
        lw_gen_yield(F, e);
        return;
    }
    lw_discard(F, e);
}

/* a, b = x, y (one target, a tuple display of as many items): the items
 * are evaluated in order into temporaries, then assigned in order, as
 * CPython does, without building the tuple (a swap in a loop would
 * otherwise allocate). */
static int assign_parallel(FnCtx *F, Ast *s)
{
    Ast *target = s->u.assign.targets.items[0], *value = s->u.assign.value;
    if (s->u.assign.targets.n != 1 || value->kind != AST_TUPLE
        || (target->kind != AST_TUPLE && target->kind != AST_LIST)
        || value->ty->kind != TY_TUPLE
        || target->u.seq.items.n != value->u.seq.items.n)
        return 0;
    int n = value->u.seq.items.n;
    int32_t *vals = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)(n + 1));
    for (int i = 0; i < n; i++) {
        Ast *item = value->u.seq.items.items[i];
        int32_t v = lw_convert(F, lw_expr(F, item), item->ty, value->ty->items[i]);
        /* a copy: the item may be a variable that an earlier target sets */
        vals[i] = lw_tmp(F, F->f->vregs[v].type);
        lw_move(F, vals[i], v);
    }
    for (int i = 0; i < n; i++)
        lw_assign(F, target->u.seq.items.items[i], vals[i], value->ty->items[i]);
    return 1;
}

static void stmt(FnCtx *F, Ast *s)
{
    F->loc = lw_loc(F->L, s->loc);
    switch (s->kind) {
    case AST_EXPR_STMT: lower_expr_stmt(F, s); break;
    case AST_ASSIGN: {
        if (!s->u.assign.value->ty)
            break;          /* prelude declarations (T = TypeVar("T")) */
        if (s->u.assign.targets.n == 1
            && lw_lazy_literal_init(F, s->u.assign.targets.items[0], s->u.assign.value))
            break;
        if (assign_parallel(F, s))
            break;
        int32_t v = lw_expr(F, s->u.assign.value);
        for (int i = 0; i < s->u.assign.targets.n; i++)
            lw_assign(F, s->u.assign.targets.items[i], v, s->u.assign.value->ty);
        break;
    }
    case AST_ANNASSIGN:
        if (s->u.annassign.value
            && !lw_lazy_literal_init(F, s->u.annassign.target, s->u.annassign.value))
            lw_assign(F, s->u.annassign.target, lw_expr(F, s->u.annassign.value),
                      s->u.annassign.value->ty);
        break;
    case AST_AUGASSIGN: lower_augassign(F, s); break;
    case AST_DEL:
        for (int i = 0; i < s->u.seq.items.n; i++)
            lower_del(F, s->u.seq.items.items[i]);
        break;
    case AST_FUNCDEF:
        if (s->u.func.bind)     /* a nested def: its value (a closure) */
            stmt(F, s->u.func.bind);
        break;
    case AST_PASS: case AST_GLOBAL: case AST_NONLOCAL: case AST_IMPORT: case AST_IMPORTFROM:
    case AST_CLASSDEF:
        break;
    case AST_BREAK: lower_break(F, 0); break;
    case AST_CONTINUE: lower_break(F, 1); break;
    case AST_RETURN: lower_return(F, s); break;
    case AST_RAISE: lower_raise(F, s); break;
    case AST_ASSERT: lower_assert(F, s); break;
    case AST_IF: lower_if(F, s); break;
    case AST_WHILE: lower_while(F, s); break;
    case AST_FOR: lower_for(F, s); break;
    case AST_TRY: lower_try(F, s); break;
    case AST_WITH: lower_with_items(F, s, 0); break;
    case AST_MATCH: lower_match(F, s); break;
    default:
        lw_error(F->L, s->loc, "cannot lower statement %s", ast_kind_names[s->kind]);
    }
}

/* --------------------------------------------------- assignment forms */

static void lower_del(FnCtx *F, Ast *t)
{
    if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->u.seq.items.n; i++)
            lower_del(F, t->u.seq.items.items[i]);
        return;
    }
    int32_t obj = lw_expr(F, t->u.sub.obj);
    Ast *idx = t->u.sub.index;
    FuncInfo *m = t->u.sub.method;
    if (idx->kind == AST_SLICE) {
        int32_t args[3];
        Ast *parts[3] = { idx->u.slice.lo, idx->u.slice.hi, idx->u.slice.step };
        for (int i = 0; i < 3; i++)
            args[i] = parts[i] ? lw_expr(F, parts[i]) : lw_const_i64(F, INT64_MIN);
        lw_call_method_fi(F, m, obj, args, 3);
        return;
    }
    int32_t k = lw_expr(F, idx);
    lw_call_method_fi(F, m, obj, &k, 1);
}

static void lower_augassign(FnCtx *F, Ast *s)
{
    lw_augassign(F, s);
}

/* ------------------------------------------------------------ bodies */

void lw_function_body(FnCtx *F)
{
    FuncInfo *fi = F->fi;
    if (fi->is_module_init) {
        ModuleInfo *mod = fi->module;
        AstList *body = &mod->ast->u.module.body;
        lw_class_attrs_init(F, mod);
        for (int i = 0; i < body->n; i++) {
            Ast *s = body->items[i];
            if (s == mod->main_guard) {
                /* true in the main module, false in any other */
                F->loc = lw_loc(F->L, s->loc);
                if (mod->is_main)
                    lw_stmts(F, &s->u.if_.body);
            } else {
                stmt(F, s);
            }
        }
    } else {
        lw_stmts(F, &fi->def->u.func.body);
    }
    if (!lw_reachable(F))
        return;
    if (F->f->ret.kind == IRK_VOID)
        ir_set_term(F->f, F->cur, TERM_RETURN, -1, -1, -1, F->loc);
    else
        ir_set_term(F->f, F->cur, TERM_UNREACHABLE, -1, -1, -1, F->loc);
    F->cur = -1;
}
