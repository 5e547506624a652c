/* lower_iter.c - iteration, shared by for statements and comprehensions.
 *
 * lw_foreach_begin() evaluates the iterable and leaves the current block
 * inside the loop body with fe->elem holding the next element; the body
 * continues the loop by jumping to fe->cont; exhaustion lands in fe->done.
 *
 * Kinds, fastest first:
 *   range(...)        a counting loop over a private counter (assigning the
 *                     target does not change the iteration); bounds and
 *                     step evaluated once, as Python's range object does
 *   list, str         index loops that compare the index with the current
 *                     length at every step, like CPython's iterators
 *   reversed(x)       the same backwards
 *   enumerate(x[, s]) a counter beside an inner iteration
 *   zip(a, b)         two iterations in lockstep, ending with the shorter
 *   anything else     it = x.__iter__(); it.__next__() until StopIteration
 *
 * Every continuation edge polls (lw_poll), so a thread looping without
 * calls still reaches safe points, and a KeyboardInterrupt is raised; the
 * polls of range and index loops are marked IRI_FOR_POLL: such a loop
 * whose body neither calls nor allocates ends after bounded work, and
 * passes/quiet_loops.c deletes its poll.
 */
#include "passes/lower.h"

#include <string.h>


static int is_builtin_call(Ast *e, int bi)
{
    return e->kind == AST_CALL && e->u.call.res == RES_BUILTIN && e->u.call.builtin == bi;
}

int lw_field_index(ClassInfo *cls, const char *name)
{
    for (int i = 0; i < cls->nfields; i++)
        if (strcmp(cls->fields[i].name, name) == 0)
            return i;
    IR_DIE("class %s has no field %s", cls->name, name);
}

/* A block that adds step to counter, polls and jumps to head; emitted
 * aside (the current block does not change). */
static int32_t step_block(FnCtx *F, int32_t counter, int32_t step, int32_t head)
{
    int32_t saved = F->cur, b = lw_new_block(F);
    lw_start(F, b);
    lw_move(F, counter, lw_binop(F, IR_ADD, IRK_I64, counter, step));
    lw_poll(F, IRI_FOR_POLL);
    lw_jump(F, head);
    F->cur = saved;
    return b;
}

/* ------------------------------------------------------- sequences */

int32_t lw_seq_len(FnCtx *F, int32_t seq, Type *t)
{
    if (t->kind == TY_TUPLE)
        return lw_const_i64(F, t->nitems);
    if (t->kind == TY_STR) {
        IrType p = ir_ref(F->L->str_sid);
        int32_t xid = lw_extern_c(F->L, "rt_str_len", ir_type(IRK_I64), &p, 1,
                                  IRX_PURE | IRX_TX_SAFE);
        return lw_call_extern(F, xid, &seq, 1);
    }
    ClassInfo *cls = lw_class_of(F->L, t);
    return lw_getfield(F, seq, lw_class_sid(F->L, cls), lw_field_index(cls, "_len"));
}

/* Item i of a list (read from its prelude fields) or str, 0 <= i < len. */
int32_t lw_seq_item(FnCtx *F, int32_t seq, Type *t, int32_t i)
{
    if (t->kind == TY_TUPLE)
        return lw_tuple_item_at(F, seq, t, i);
    if (t->kind == TY_STR) {
        int32_t args[2] = { seq, i };
        IrType params[2] = { ir_ref(F->L->str_sid), ir_type(IRK_I64) };
        int32_t xid = lw_extern_c(F->L, "rt_str_char_at", ir_ref(F->L->str_sid), params, 2,
                                  IRX_TX_SAFE);
        return lw_call_extern(F, xid, args, 2);
    }
    ClassInfo *cls = lw_class_of(F->L, t);
    int32_t items = lw_getfield(F, seq, lw_class_sid(F->L, cls), lw_field_index(cls, "_items"));
    int32_t asid = F->f->vregs[items].type.sid;
    int32_t x = lw_tmp(F, F->L->m->structs[asid].elem);
    IrInstr *in = lw_emit(F, IR_GETITEM);
    in->dst = x;
    in->a = items;
    in->b = i;
    in->aux = asid;
    return x;
}

/* --------------------------------------------------------- sources */

/* A source of elements: begin() makes the body's first block current and
 * sets elem; the continuation block and the exhausted block are shared. */
typedef struct Source {
    int kind;              /* 0 range, 1 indexed, 2 protocol */
    int32_t a, b, c;       /* range: counter, stop, step; indexed: index, seq */
    int32_t it;            /* protocol: the iterator */
    Type *seqt;
    int reverse;
    FuncInfo *next_fn;
} Source;

static int is_nonzero_const(Ast *e)
{
    if (e->kind == AST_CONVERT)
        e = e->u.convert.operand;
    if (e->kind == AST_UNARY && e->u.unary.op == OP_NEG)
        e = e->u.unary.operand;
    return e->kind == AST_INT && e->u.i != 0;
}

/* range(start, stop, step): the checker always binds all three. */
static void range_init(FnCtx *F, Ast *call, Source *s)
{
    AstList *a = &call->u.call.bound;
    int32_t start = lw_expr(F, a->items[0]);
    s->b = lw_expr(F, a->items[1]);
    int32_t step = lw_expr(F, a->items[2]);
    if (!is_nonzero_const(a->items[2])) {
        int32_t isz = lw_binop(F, IR_EQ, IRK_BOOL, step, lw_const_i64(F, 0));
        int32_t bad = lw_new_block(F), ok = lw_new_block(F);
        lw_branch(F, isz, bad, ok);
        lw_start(F, bad);
        lw_raise_new(F, "ValueError", "range() arg 3 must not be zero");
        lw_start(F, ok);
    }
    s->kind = 0;
    s->a = lw_tmpk(F, IRK_I64);
    lw_move(F, s->a, start);
    s->c = step;
}

/* The loop test of a range: step > 0 ? i < stop : i > stop. */
static int32_t range_more(FnCtx *F, Source *s)
{
    int32_t up = lw_binop(F, IR_GT, IRK_BOOL, s->c, lw_const_i64(F, 0));
    int32_t lt = lw_binop(F, IR_LT, IRK_BOOL, s->a, s->b);
    int32_t gt = lw_binop(F, IR_GT, IRK_BOOL, s->a, s->b);
    int32_t m1 = lw_binop(F, IR_AND, IRK_BOOL, up, lt);
    int32_t m2 = lw_binop(F, IR_AND, IRK_BOOL, lw_unop(F, IR_NOT, IRK_BOOL, up), gt);
    return lw_binop(F, IR_OR, IRK_BOOL, m1, m2);
}

static void indexed_init(FnCtx *F, int32_t seq, Type *t, int reverse, Source *s)
{
    s->kind = 1;
    s->b = seq;
    s->seqt = t;
    s->reverse = reverse;
    s->a = lw_tmpk(F, IRK_I64);
    s->c = lw_const_i64(F, reverse ? -1 : 1);
    if (reverse)
        lw_move(F, s->a, lw_binop(F, IR_SUB, IRK_I64, lw_seq_len(F, seq, t), lw_const_i64(F, 1)));
    else
        lw_move(F, s->a, lw_const_i64(F, 0));
}

static int32_t indexed_more(FnCtx *F, Source *s)
{
    /* reversed(): the index also stops at -1, and the length may shrink
     * below it (CPython's reversed iterator ends then too) */
    IrOp test = s->reverse ? IR_INBOUNDS : IR_LT;
    return lw_binop(F, test, IRK_BOOL, s->a, lw_seq_len(F, s->b, s->seqt));
}

static void protocol_init(FnCtx *F, int32_t obj, Type *t, FuncInfo *itf, FuncInfo *nxf,
                          Source *s)
{
    if (!itf) {
        /* Sources inside enumerate() and zip(): the classes' own methods. */
        itf = lw_method(lw_class_of(F->L, t), "__iter__");
        nxf = itf ? lw_method(lw_class_of(F->L, itf->ret), "__next__") : NULL;
        if (!itf || !nxf)
            IR_DIE("%s is not iterable", ty_name(F->L->prog->types->arena, t));
    }
    s->kind = 2;
    s->it = itf ? lw_call_method_fi(F, itf, obj, NULL, 0) : obj;
    s->next_fn = nxf;
}

/* Start a source (its initialisation is already emitted): the loop head
 * is `head`; on return the current block is in the body with *elem set,
 * and *cont is where the body continues. */
static void source_loop(FnCtx *F, Source *s, int32_t head, int32_t done, int32_t *elem,
                        int32_t *cont)
{
    lw_jump(F, head);
    lw_start(F, head);
    if (s->kind == 2) {
        int32_t stop = lw_new_block(F);
        int32_t saved_handler = F->handler;
        F->handler = stop;
        *elem = lw_call_method_fi(F, s->next_fn, s->it, NULL, 0);
        F->handler = saved_handler;
        int32_t body = F->cur;
        /* StopIteration ends the loop; other exceptions go on outwards. */
        lw_start(F, stop);
        lw_catch_stop_iteration(F);
        lw_jump(F, done);
        F->cur = body;
        int32_t saved = F->cur, back = lw_new_block(F);
        lw_start(F, back);
        lw_poll(F, 0);
        lw_jump(F, head);
        F->cur = saved;
        *cont = back;
        return;
    }
    int32_t more = s->kind == 0 ? range_more(F, s) : indexed_more(F, s);
    int32_t body = lw_new_block(F);
    lw_branch(F, more, body, done);
    *cont = step_block(F, s->a, s->c, head);
    lw_start(F, body);
    *elem = s->kind == 0 ? s->a : lw_seq_item(F, s->b, s->seqt, s->a);
}

void lw_catch_stop_iteration(FnCtx *F)
{
    int32_t e = lw_tmpk(F, IRK_REF);
    lw_emit(F, IR_GETEXC)->dst = e;
    int32_t is = lw_tmpk(F, IRK_BOOL);
    IrInstr *in = lw_emit(F, IR_INSTANCEOF);
    in->dst = is;
    in->a = e;
    in->aux = lw_class_sid(F->L, lw_prelude_class(F->L, "StopIteration"));
    int32_t yes = lw_new_block(F), no = lw_new_block(F);
    lw_branch(F, is, yes, no);
    lw_start(F, no);
    ir_set_term(F->f, F->cur, TERM_RERAISE, e, -1, F->handler, F->loc);
    lw_start(F, yes);
    lw_emit(F, IR_CLEAREXC);
}

/* Initialise a source for an iterable expression. */
static void source_init(FnCtx *F, Ast *iter, FuncInfo *itf, FuncInfo *nxf, Source *s)
{
    if (is_builtin_call(iter, BI_RANGE)) {
        range_init(F, iter, s);
        return;
    }
    if (is_builtin_call(iter, BI_REVERSED)) {
        Ast *seq = iter->u.call.bound.items[0];
        indexed_init(F, lw_expr(F, seq), ty_strip_optional(seq->ty), 1, s);
        return;
    }
    Type *t = ty_strip_optional(iter->ty);
    int32_t obj = lw_expr(F, iter);
    if (t->kind == TY_LIST || t->kind == TY_STR || t->kind == TY_TUPLE)
        indexed_init(F, obj, t, 0, s);
    else
        protocol_init(F, obj, t, itf, nxf, s);
}

/* A tuple of the given elements, as enumerate and zip produce. */
static int32_t make_tuple(FnCtx *F, Type *tt, const int32_t *vals, int n)
{
    int32_t sid = lw_tuple_sid(F->L, tt);
    int32_t t = lw_tmp(F, ir_ref(sid));
    IrInstr *in = lw_emit(F, IR_ALLOC);
    in->dst = t;
    in->aux = sid;
    for (int i = 0; i < n; i++)
        lw_setfield(F, t, sid, i, vals[i]);
    return t;
}

/* zip(a, b, ...): the sources advance in lockstep inside the first one's
 * body; the first exhausted ends the loop.  Each source's continuation
 * is redirected to the previous one's, so continuing steps them all. */
static void foreach_zip(FnCtx *F, Ast *iter, Type *elem_t, Foreach *fe)
{
    AstList *a = &iter->u.call.bound;
    int n = a->n < 16 ? a->n : 16;
    Source src[16];
    int32_t elems[16] = { 0 }, conts[16] = { 0 };
    for (int i = 0; i < n; i++) {
        memset(&src[i], 0, sizeof src[i]);
        source_init(F, a->items[i], NULL, NULL, &src[i]);
    }
    fe->done = lw_new_block(F);
    for (int i = 0; i < n; i++) {
        int32_t head = lw_new_block(F);
        source_loop(F, &src[i], head, fe->done, &elems[i], &conts[i]);
        if (i > 0)
            F->f->blocks[conts[i]].term.succ[0] = conts[i - 1];
    }
    fe->cont = conts[n - 1];
    fe->elem = make_tuple(F, elem_t, elems, n);
}

/* enumerate(x, start): a counter that advances with the source. */
static void foreach_enumerate(FnCtx *F, Ast *iter, Type *elem_t, Foreach *fe)
{
    AstList *a = &iter->u.call.bound;
    Source s = { 0 };
    source_init(F, a->items[0], NULL, NULL, &s);
    int32_t counter = lw_tmpk(F, IRK_I64);
    lw_move(F, counter, lw_expr(F, a->items[1]));
    int32_t one = lw_const_i64(F, 1);
    int32_t head = lw_new_block(F), e1, c1;
    fe->done = lw_new_block(F);
    source_loop(F, &s, head, fe->done, &e1, &c1);
    int32_t saved = F->cur, bump = lw_new_block(F);
    lw_start(F, bump);
    lw_move(F, counter, lw_binop(F, IR_ADD, IRK_I64, counter, one));
    lw_jump(F, c1);
    F->cur = saved;
    fe->cont = bump;
    int32_t vals[2] = { counter, e1 };
    fe->elem = make_tuple(F, elem_t, vals, 2);
}

Type *lw_elem_type(FnCtx *F, Ast *iter, FuncInfo *nxf)
{
    Type *t = ty_strip_optional(iter->ty);
    if (t->kind == TY_OPAQUE)
        return t->elem;                 /* range, enumerate, zip, reversed, views */
    if (t->kind == TY_LIST)
        return t->elem;
    if (t->kind == TY_STR)
        return t;
    if (t->kind == TY_TUPLE)
        return t->items[0];
    if (nxf)
        return nxf->ret;
    FuncInfo *itf = lw_method(lw_class_of(F->L, t), "__iter__");
    return lw_method(lw_class_of(F->L, itf->ret), "__next__")->ret;
}

void lw_foreach_begin(FnCtx *F, Ast *iter, FuncInfo *itf, FuncInfo *nxf, Type *elem_t,
                      Foreach *fe)
{
    fe->it = -1;
    if (is_builtin_call(iter, BI_ENUMERATE)) {
        foreach_enumerate(F, iter, elem_t, fe);
        return;
    }
    if (is_builtin_call(iter, BI_ZIP)) {
        foreach_zip(F, iter, elem_t, fe);
        return;
    }
    Source s = { 0 };
    source_init(F, iter, itf, nxf, &s);
    int32_t head = lw_new_block(F);
    fe->done = lw_new_block(F);
    fe->it = s.kind == 2 ? s.it : -1;
    source_loop(F, &s, head, fe->done, &fe->elem, &fe->cont);
}

/* ------------------------------------------------------- fill loops */

static bool is_local(const Ast *e)
{
    return e->kind == AST_NAME && e->u.name.sym->kind == SYM_LOCAL;
}

static bool same_local(const Ast *a, const Ast *b)
{
    return is_local(a) && is_local(b) && a->u.name.sym->index == b->u.name.sym->index;
}

/* A value that is the same object at every iteration, and whose store
 * boxes nothing (a box per slot would be a distinct object per slot). */
static bool fill_value(const Ast *v, const Ast *target, const Type *elem)
{
    if (elem->kind == TY_OPTIONAL && ty_is_value(elem->elem) && ty_is_value(v->ty))
        return false;
    if (v->kind == AST_UNARY && v->u.unary.op == OP_NEG)
        v = v->u.unary.operand;
    switch (v->kind) {
    case AST_INT: case AST_FLOAT: case AST_BOOL: case AST_NONE: case AST_STR:
        return true;
    default:
        return is_local(v) && !same_local(v, target);
    }
}

/* The store of `for i in range(a, b): lst[i] = v` (i and lst locals, lst a
 * list, step the literal 1, v as fill_value says), else NULL. */
static Ast *fill_store(const Ast *loop)
{
    const Ast *iter = loop->u.loop.iter, *i = loop->u.loop.target;
    if (!is_builtin_call((Ast *)iter, BI_RANGE) || !is_local(i) || loop->u.loop.body.n != 1)
        return NULL;
    const Ast *step = iter->u.call.bound.items[2];
    Ast *st = loop->u.loop.body.items[0];
    if (step->kind != AST_INT || step->u.i != 1 || st->kind != AST_ASSIGN
        || st->u.assign.targets.n != 1)
        return NULL;
    const Ast *sub = st->u.assign.targets.items[0];
    if (sub->kind != AST_SUBSCRIPT || !is_local(sub->u.sub.obj)
        || sub->u.sub.obj->ty->kind != TY_LIST || !sub->u.sub.method
        || strcmp(sub->u.sub.method->name, "__setitem__") != 0
        || !same_local(sub->u.sub.index, i))
        return NULL;
    return fill_value(st->u.assign.value, i, sub->u.sub.obj->ty->elem) ? st : NULL;
}

/* When 0 <= start < stop <= len(lst): one ARRAYFILL, i = stop - 1 as the
 * loop leaves it, then done; the current block becomes the other case. */
static void fill_fast(FnCtx *F, Ast *loop, Ast *st, int32_t start, int32_t stop, int32_t done)
{
    Ast *obj = st->u.assign.targets.items[0]->u.sub.obj, *val = st->u.assign.value;
    ClassInfo *cls = lw_class_of(F->L, obj->ty);
    int32_t sid = lw_class_sid(F->L, cls), lst = lw_expr(F, obj);
    int32_t len = lw_getfield(F, lst, sid, lw_field_index(cls, "_len"));
    int32_t ok = lw_binop(F, IR_AND, IRK_BOOL,
                          lw_binop(F, IR_GE, IRK_BOOL, start, lw_const_i64(F, 0)),
                          lw_binop(F, IR_LT, IRK_BOOL, start, stop));
    ok = lw_binop(F, IR_AND, IRK_BOOL, ok, lw_binop(F, IR_LE, IRK_BOOL, stop, len));
    int32_t fast = lw_new_block(F), slow = lw_new_block(F);
    lw_branch(F, ok, fast, slow);
    lw_start(F, fast);
    IrLoc saved = F->loc;
    F->loc = lw_loc(F->L, st->loc);
    int32_t v = lw_convert(F, lw_expr(F, val), val->ty, obj->ty->elem);
    int32_t items = lw_getfield(F, lst, sid, lw_field_index(cls, "_items"));
    int32_t args[4] = { items, start, lw_binop(F, IR_SUB, IRK_I64, stop, start), v };
    IrInstr *in = lw_emit(F, IR_ARRAYFILL);
    in->aux = F->f->vregs[items].type.sid;
    ir_set_args(F->L->m, in, args, 4);
    F->loc = saved;
    lw_assign(F, loop->u.loop.target,
              lw_binop(F, IR_SUB, IRK_I64, stop, lw_const_i64(F, 1)),
              loop->u.loop.target->ty);
    lw_jump(F, done);
    lw_start(F, slow);
}

/* `for i in range(a, b): lst[i] = v` stores one value into a run of slots
 * (an interpreter clearing a frame's registers).  In range, that is one
 * ARRAYFILL: one bounds test and one barrier for the run, where the loop
 * pays a bounds test, a GC barrier and a poll per slot (a fill is bounded
 * work without calls, like CPython's C loops, which do not poll either).
 * Otherwise (negative or out-of-range indices: partial stores, then
 * IndexError; an empty range) the loop runs as written, over the bounds
 * already evaluated.  Returns false, emitting nothing, for any other loop;
 * else as lw_foreach_begin, with the fast path reaching fe->done. */
bool lw_foreach_fill(FnCtx *F, Ast *loop, Foreach *fe)
{
    Ast *st = fill_store(loop);
    if (!st)
        return false;
    AstList *a = &loop->u.loop.iter->u.call.bound;
    Source s = { 0 };
    int32_t start = lw_expr(F, a->items[0]);
    s.b = lw_expr(F, a->items[1]);
    s.a = lw_tmpk(F, IRK_I64);
    s.c = lw_const_i64(F, 1);
    fe->it = -1;
    fe->done = lw_new_block(F);
    fill_fast(F, loop, st, start, s.b, fe->done);
    lw_move(F, s.a, start);
    source_loop(F, &s, lw_new_block(F), fe->done, &fe->elem, &fe->cont);
    return true;
}
