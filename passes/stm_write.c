/* stm_write.c - write barriers (--stm), the second STM pass.
 *
 * Assumes: the inevitable pass ran (IRM_INEV_DONE); summaries are current.
 * Guarantees: before every write to a GC object -- SETFIELD, SETITEM, the
 * destination of ARRAYCOPY, every reference argument of an extern with
 * IRX_WRITES_ARGS -- the object is owned by the transaction: on every path
 * since the last point that may break it, the object was write-barriered
 * (STM_WRITE) or allocated.  A store of a reference needs more: no safe
 * point since then either, because stm_write is also the generational GC's
 * barrier and a collection may have made the object old.  Where a barrier
 * is needed, a SETITEM into an array whose type has `cards` gets
 * STM_WRITE_CARD (only that item's card is published) and every other
 * write gets STM_WRITE, right before the access.  Every access gets a note
 * saying whether a barrier was placed and why.  Sets IRM_WRITE_DONE.
 *
 * Refuses to: hoist write barriers (each adds the object to the write set,
 * so a barrier on a path that does not write is a spurious conflict), or
 * count a card barrier as owning the whole array.
 */
#include "passes/stm_flow.h"

static void place_use(StmFlow *fl, int32_t b, int32_t *i, const IrInstr *in,
                      const StmUse *u, StmState *s)
{
    IrModule *m = fl->m;
    IrWhy why = stm_decide_write(fl, s, u);
    IrBarrierKind kind = u->card ? IRB_CARD : IRB_WRITE;
    int32_t note = stm_note(m, fl->fid, in, kind, why, u->vreg, 1);
    if (!ir_whys[why].placed)
        return;
    IrInstr bar = stm_barrier(kind, u, in->loc, note);
    ir_insert(m, fl->f, b, (*i)++, &bar);
    if (!u->card)
        stm_gen_write(fl, s, u->vreg);
}

static void place_block(StmFlow *fl, int32_t b, StmState *s)
{
    stm_state_copy(fl, s, &fl->in[b]);
    for (int32_t i = 0; i < fl->f->blocks[b].ninstrs; i++) {
        IrInstr in = fl->f->blocks[b].instrs[i];
        StmUse u[STM_MAX_USES];
        int n = stm_write_uses(fl->m, fl->f, &in, u);
        int32_t first = i;
        for (int k = 0; k < n; k++)
            place_use(fl, b, &i, &in, &u[k], s);
        if (n && i == first)
            fl->f->blocks[b].instrs[i].flags |= IRI_ELIDED;
        stm_step(fl, &in, s);
    }
}

static void place_func(IrModule *m, int32_t fid, const StmEffects *fx)
{
    StmFlow fl;
    stm_flow_init(&fl, m, fid, STM_ASSUME_WRITE, fx);
    stm_flow_solve(&fl);
    StmState s = stm_state_new(&fl);
    for (int32_t b = 0; b < fl.f->nblocks; b++)
        if (fl.f->blocks[b].rpo >= 0)
            place_block(&fl, b, &s);
    stm_state_free(&s);
    stm_flow_free(&fl);
}

void pass_stm_write(IrModule *m)
{
    if (!(m->flags & IRM_INEV_DONE))
        IR_DIE("the write barrier pass runs after the inevitable pass");
    StmEffects fx;
    stm_effects_init(m, &fx);
    for (int32_t fid = 0; fid < m->nfuncs; fid++)
        place_func(m, fid, &fx);
    stm_effects_free(&fx);
    m->flags |= IRM_WRITE_DONE;
}
