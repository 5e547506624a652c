/* lower_util.c - blocks, instructions and small idioms of the lowering. */
#include "passes/lower.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- maps */

static uint32_t ptr_hash(const void *p)
{
    uintptr_t x = (uintptr_t)p;
    x ^= x >> 17;
    x *= 0x9e3779b97f4a7c15ull;
    return (uint32_t)(x >> 32);
}

int32_t pm_get(const PtrMap *pm, const void *key)
{
    if (!pm->cap)
        return -1;
    for (uint32_t i = ptr_hash(key) & (uint32_t)(pm->cap - 1);; i = (i + 1) & (uint32_t)(pm->cap - 1)) {
        if (pm->keys[i] == key)
            return pm->vals[i];
        if (!pm->keys[i])
            return -1;
    }
}

static void pm_grow(PtrMap *pm)
{
    PtrMap big = { 0 };
    big.cap = pm->cap ? pm->cap * 2 : 64;
    big.keys = calloc((size_t)big.cap, sizeof(void *));
    big.vals = calloc((size_t)big.cap, sizeof(int32_t));
    if (!big.keys || !big.vals)
        IR_DIE("out of memory");
    for (int32_t i = 0; i < pm->cap; i++)
        if (pm->keys[i])
            pm_put(&big, pm->keys[i], pm->vals[i]);
    pm_free(pm);
    *pm = big;
}

void pm_put(PtrMap *pm, const void *key, int32_t val)
{
    if ((pm->n + 1) * 2 > pm->cap)
        pm_grow(pm);
    uint32_t i = ptr_hash(key) & (uint32_t)(pm->cap - 1);
    while (pm->keys[i] && pm->keys[i] != key)
        i = (i + 1) & (uint32_t)(pm->cap - 1);
    if (!pm->keys[i])
        pm->n++;
    pm->keys[i] = key;
    pm->vals[i] = val;
}

void pm_free(PtrMap *pm)
{
    free(pm->keys);
    free(pm->vals);
    memset(pm, 0, sizeof *pm);
}

/* ----------------------------------------------------------- blocks */

void lw_move(FnCtx *F, int32_t dst, int32_t src)
{
    IrInstr *mv = lw_emit(F, IR_MOV);
    mv->dst = dst;
    mv->a = src;
}

int32_t lw_tmp(FnCtx *F, IrType t)
{
    int32_t v = ir_new_vreg(F->L->m, F->f, t, NULL);
    F->f = &F->L->m->funcs[F->fid];
    return v;
}

int32_t lw_tmpk(FnCtx *F, IrKind k)
{
    return lw_tmp(F, ir_type(k));
}

int lw_reachable(FnCtx *F)
{
    return F->cur >= 0;
}

/* Code after a return or raise is unreachable but still lowered (the
 * checker allows it): it goes to a block no edge leads to. */
static void ensure_block(FnCtx *F)
{
    if (F->cur < 0)
        F->cur = lw_new_block(F);
}

IrInstr *lw_emit(FnCtx *F, IrOp op)
{
    ensure_block(F);
    IrInstr *in = ir_emit(F->L->m, F->f, F->cur, op);
    in->loc = F->loc;
    return in;
}

int32_t lw_new_block(FnCtx *F)
{
    return ir_new_block(F->L->m, F->f);
}

void lw_jump(FnCtx *F, int32_t target)
{
    if (F->cur < 0)
        return;
    ir_set_term(F->f, F->cur, TERM_JUMP, -1, target, -1, F->loc);
    F->cur = -1;
}

void lw_branch(FnCtx *F, int32_t cond, int32_t t, int32_t f)
{
    ensure_block(F);
    ir_set_term(F->f, F->cur, TERM_BRANCH, cond, t, f, F->loc);
    F->cur = -1;
}

void lw_start(FnCtx *F, int32_t block)
{
    F->cur = block;
}

void lw_true_exit(FnCtx *F, int32_t cond, int32_t r, int32_t done)
{
    int32_t yes = lw_new_block(F), no = lw_new_block(F);
    lw_branch(F, cond, yes, no);
    lw_start(F, yes);
    lw_move(F, r, lw_const_bool(F, 1));
    lw_jump(F, done);
    lw_start(F, no);
}

void lw_after_raising(FnCtx *F)
{
    int32_t next = lw_new_block(F);
    ir_set_term(F->f, F->cur, TERM_EXC, -1, next, F->handler, F->loc);
    F->cur = next;
}

/* A loop's back-edge poll (flags: IRI_FOR_POLL for a `for` over a range or
 * a sequence, which passes/quiet_loops.c may delete).  In user code it may raise a waiting
 * KeyboardInterrupt, so it ends the block with an exception edge; prelude
 * loops, like CPython's C builtins, are not interrupted. */
void lw_poll(FnCtx *F, uint16_t flags)
{
    if (F->f->no_traceback) {
        lw_emit(F, IR_POLL)->flags = flags;
        return;
    }
    lw_emit(F, IR_POLL_INTR)->flags = flags;
    lw_after_raising(F);
}

/* --------------------------------------------------------- constants */

int32_t lw_const_i64(FnCtx *F, int64_t v)
{
    int32_t d = lw_tmpk(F, IRK_I64);
    IrInstr *in = lw_emit(F, IR_CONST_I64);
    in->dst = d;
    in->imm = v;
    return d;
}

int32_t lw_const_bool(FnCtx *F, int v)
{
    int32_t d = lw_tmpk(F, IRK_BOOL);
    IrInstr *in = lw_emit(F, IR_CONST_I64);
    in->dst = d;
    in->imm = v != 0;
    return d;
}

int32_t lw_const_f64(FnCtx *F, double v)
{
    int32_t d = lw_tmpk(F, IRK_F64);
    IrInstr *in = lw_emit(F, IR_CONST_F64);
    in->dst = d;
    in->fimm = v;
    return d;
}

int32_t lw_const_str(FnCtx *F, const char *s, int64_t len)
{
    int32_t k = ir_add_const_str(F->L->m, s, len);
    if (len >= LW_LAZY_STR_MIN) {
        F->L->m->consts[k].lazy = 1;
        int32_t arg = lw_const_i64(F, k);
        return lw_call_fi(F, lw_prelude_func(F->L, "_lazy_str"), &arg, 1);
    }
    int32_t d = lw_tmp(F, ir_ref(F->L->str_sid));
    IrInstr *in = lw_emit(F, IR_CONST_STR);
    in->dst = d;
    in->aux = k;
    return d;
}

int32_t lw_const_null(FnCtx *F)
{
    int32_t d = lw_tmpk(F, IRK_REF);
    lw_emit(F, IR_CONST_NULL)->dst = d;
    return d;
}

/* ---------------------------------------------------------- operations */

int32_t lw_unop(FnCtx *F, IrOp op, IrKind k, int32_t a)
{
    int32_t d = lw_tmpk(F, k);
    IrInstr *in = lw_emit(F, op);
    in->dst = d;
    in->a = a;
    if (ir_ops[op].flags & IRO_RAISES)
        lw_after_raising(F);
    return d;
}

int32_t lw_binop(FnCtx *F, IrOp op, IrKind k, int32_t a, int32_t b)
{
    int32_t d = lw_tmpk(F, k);
    IrInstr *in = lw_emit(F, op);
    in->dst = d;
    in->a = a;
    in->b = b;
    if (ir_ops[op].flags & IRO_RAISES)
        lw_after_raising(F);
    return d;
}

int32_t lw_same_class(FnCtx *F, int32_t a, int32_t b, IrOp cmp)
{
    int32_t ta = lw_tmpk(F, IRK_I64), tb = lw_tmpk(F, IRK_I64);
    IrInstr *in = lw_emit(F, IR_GETTID);
    in->dst = ta;
    in->a = a;
    in = lw_emit(F, IR_GETTID);
    in->dst = tb;
    in->a = b;
    return lw_binop(F, cmp, IRK_BOOL, ta, tb);
}

int32_t lw_getfield(FnCtx *F, int32_t obj, int32_t sid, int32_t field)
{
    int32_t d = lw_tmp(F, F->L->m->structs[sid].fields[field].type);
    IrInstr *in = lw_emit(F, IR_GETFIELD);
    in->dst = d;
    in->a = obj;
    in->aux = sid;
    in->imm = field;
    return d;
}

void lw_setfield(FnCtx *F, int32_t obj, int32_t sid, int32_t field, int32_t val)
{
    IrInstr *in = lw_emit(F, IR_SETFIELD);
    in->a = obj;
    in->b = val;
    in->aux = sid;
    in->imm = field;
}

static int32_t emit_call_instr(FnCtx *F, IrOp op, int32_t aux, IrType ret,
                               const int32_t *args, int n, int raises)
{
    int32_t d = ret.kind == IRK_VOID ? -1 : lw_tmp(F, ret);
    IrInstr *in = lw_emit(F, op);
    in->dst = d;
    in->aux = aux;
    ir_set_args(F->L->m, in, args, n);
    if (raises)
        lw_after_raising(F);
    return d;
}

int32_t lw_call(FnCtx *F, int32_t fid, const int32_t *args, int n)
{
    IrType ret = F->L->m->funcs[fid].ret;
    return emit_call_instr(F, IR_CALL, fid, ret, args, n, 1);
}

int32_t lw_call_extern(FnCtx *F, int32_t xid, const int32_t *args, int n)
{
    const IrExtern *x = &F->L->m->externs[xid];
    return emit_call_instr(F, IR_CALL_EXTERN, xid, x->ret, args, n,
                           (x->flags & IRX_RAISES) != 0);
}

int32_t lw_call_fi(FnCtx *F, FuncInfo *fi, const int32_t *args, int n)
{
    if (fi->extern_name)
        return lw_call_extern(F, lw_extern(F->L, fi), args, n);
    return lw_call(F, lw_func(F->L, fi), args, n);
}

void lw_checknull(FnCtx *F, int32_t v, const char *attr)
{
    IrInstr *in = lw_emit(F, IR_CHECKNULL);
    in->a = v;
    in->aux = ir_add_const_str(F->L->m, attr, (int64_t)strlen(attr));
    lw_after_raising(F);
}

/* raise CLS(msg) for a prelude exception class and a str vreg. */
void lw_raise_msg(FnCtx *F, const char *cls_name, int32_t msg)
{
    int32_t exc = lw_new_object(F, lw_prelude_class(F->L, cls_name), &msg, 1);
    ensure_block(F);
    ir_set_term(F->f, F->cur, TERM_RAISE, exc, -1, F->handler, F->loc);
    F->cur = -1;
}

void lw_raise_new(FnCtx *F, const char *cls_name, const char *msg)
{
    lw_raise_msg(F, cls_name, lw_const_str(F, msg, (int64_t)strlen(msg)));
}
