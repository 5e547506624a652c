/* stm_check.c - the postconditions of the STM passes, checked by ir_verify
 * after each pass that ran (IRM_INEV_DONE, IRM_WRITE_DONE, IRM_READ_DONE).
 *
 * It solves the facts of stm_flow.h from the barriers that are in the IR
 * (assuming nothing about accesses) and checks every access against them:
 * a missing barrier is a bug of the pass that ran last.  A card-marked
 * store is covered by an STM_WRITE_CARD on the same array and index right
 * before it, a card-marked item load by an STM_READ_CARD the same way;
 * neither covers any other access.  STM ops may appear only once their
 * pass ran.
 */
#include "passes/stm_flow.h"

#include <stdarg.h>

typedef struct StmChecker {
    StmFlow fl;
    const char *pass;
    FILE *err;
    int errors;
} StmChecker;

__attribute__((format(printf, 3, 4)))
static void fail(StmChecker *c, const IrInstr *in, const char *fmt, ...)
{
    va_list ap;
    if (c->errors++ >= 20)
        return;
    fprintf(c->err, "ir verifier (after %s): %s line %d: ", c->pass, c->fl.f->name,
            in->loc.line);
    va_start(ap, fmt);
    vfprintf(c->err, fmt, ap);
    va_end(ap);
    fputc('\n', c->err);
}

static void check_order(StmChecker *c, const IrInstr *in)
{
    IrBarrierKind k = ir_barrier_of_op(in->op);
    if (k != IRB__COUNT && !(c->fl.m->flags & ir_barriers[k].done))
        fail(c, in, "%s before the pass %s ran", ir_ops[in->op].name, ir_barriers[k].pass);
}

static int card_covered(const IrInstr *prev, IrOp op, const StmUse *u)
{
    return prev && prev->op == op && prev->a == u->vreg && prev->b == u->index;
}

static void check_writes(StmChecker *c, const IrInstr *in, const IrInstr *prev,
                         const StmState *s)
{
    StmUse u[STM_MAX_USES];
    int n = stm_write_uses(c->fl.m, c->fl.f, in, u);
    for (int i = 0; i < n; i++) {
        if (c->fl.f->vregs[u[i].vreg].frozen)
            fail(c, in, "%s of v%d, an object of a frozen field", ir_ops[in->op].name, u[i].vreg);
        if (u[i].card && card_covered(prev, IR_STM_WRITE_CARD, &u[i]))
            continue;
        if (ir_whys[stm_decide_write(&c->fl, s, &u[i])].placed)
            fail(c, in, "%s of v%d without a write barrier on every path",
                 ir_ops[in->op].name, u[i].vreg);
    }
}

static void check_reads(StmChecker *c, const IrInstr *in, const IrInstr *prev,
                        const StmState *s)
{
    StmUse u[STM_MAX_USES];
    int n = stm_read_uses(c->fl.m, c->fl.f, in, u);
    for (int i = 0; i < n; i++)
        if (!(u[i].card && card_covered(prev, IR_STM_READ_CARD, &u[i]))
            && ir_whys[stm_decide_read(&c->fl, s, &u[i])].placed)
            fail(c, in, "%s of v%d without a read barrier on every path",
                 ir_ops[in->op].name, u[i].vreg);
}

static void check_block(StmChecker *c, int32_t b, StmState *s)
{
    const IrBlock *bl = &c->fl.f->blocks[b];
    uint32_t done = c->fl.m->flags;
    stm_state_copy(&c->fl, s, &c->fl.in[b]);
    for (int32_t i = 0; i < bl->ninstrs; i++) {
        const IrInstr *in = &bl->instrs[i];
        check_order(c, in);
        if ((done & IRM_INEV_DONE) && stm_needs_inev(c->fl.m, in) && !stm_inev(&c->fl, s))
            fail(c, in, "call to %s outside an inevitable transaction",
                 c->fl.m->externs[in->aux].c_name);
        if (done & IRM_WRITE_DONE)
            check_writes(c, in, i ? &bl->instrs[i - 1] : NULL, s);
        if (done & IRM_READ_DONE)
            check_reads(c, in, i ? &bl->instrs[i - 1] : NULL, s);
        stm_step(&c->fl, in, s);
    }
}

static int any_stm(const IrFunc *f)
{
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; i < f->blocks[b].ninstrs; i++)
            if (ir_ops[f->blocks[b].instrs[i].op].flags & IRO_STM)
                return 1;
    return 0;
}

int stm_check_module(const IrModule *cm, const char *pass, FILE *err)
{
    uint32_t done = 0;
    for (int k = 0; k < IRB__COUNT; k++)
        done |= ir_barriers[k].done;
    /* The analysis recomputes the CFG (predecessors, RPO), a cache that
     * every pass may rebuild; the IR itself is not modified. */
    IrModule *m = (IrModule *)cm;
    int errors = 0;
    if (!(m->flags & IRM_STM))
        return 0;
    StmEffects fx;
    stm_effects_init(m, &fx);
    for (int32_t fid = 0; fid < m->nfuncs && errors < 20; fid++) {
        if (!(m->flags & done) && !any_stm(&m->funcs[fid]))
            continue;
        StmChecker c = { .pass = pass, .err = err };
        stm_flow_init(&c.fl, m, fid, 0, &fx);
        stm_flow_solve(&c.fl);
        StmState s = stm_state_new(&c.fl);
        for (int32_t b = 0; b < c.fl.f->nblocks; b++)
            if (c.fl.f->blocks[b].rpo >= 0)
                check_block(&c, b, &s);
        stm_state_free(&s);
        stm_flow_free(&c.fl);
        errors += c.errors;
    }
    stm_effects_free(&fx);
    return errors;
}
