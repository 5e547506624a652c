/* stm_read.c - read barriers (--stm), the last STM pass.
 *
 * Assumes: the write pass ran (IRM_WRITE_DONE), so "already written" facts
 * are visible as STM_WRITE instructions; summaries are current.
 * Guarantees: before every read of mutable GC memory -- GETFIELD of a field
 * that is not immutable, GETITEM of an array whose items are not, the
 * source of ARRAYCOPY, every reference argument of an extern with
 * IRX_READS_ARGS except library (opaque) objects -- the object was, on
 * every path since the last point that may break the transaction,
 * read-barriered (STM_READ), write-barriered or allocated; or, for an item
 * of a card-marked array (GETITEM of an array with `cards`), an
 * STM_READ_CARD of that array and index comes right before it: the
 * reader then conflicts only with commits of that item's card (or of the
 * whole array), where a whole read conflicted with a write of any card.
 * Barriers are placed right before the access, then those on values the loop never
 * assigns are hoisted out of loops that cannot break the transaction
 * (stm_hoist.c).  Every access gets a note saying whether a barrier was
 * placed and why.  Sets IRM_READ_DONE.
 *
 * Refuses to: count a constant or prebuilt object (CONST_*, GLOBAL) as
 * barriered, or a fact that holds on only some of the paths into a join.
 */
#include "passes/stm_flow.h"

static void place_use(StmFlow *fl, int32_t b, int32_t *i, const IrInstr *in,
                      const StmUse *u, StmState *s)
{
    IrModule *m = fl->m;
    IrBarrierKind kind = u->card ? IRB_CARDREAD : IRB_READ;
    IrWhy why = stm_decide_read(fl, s, u);
    int32_t note = stm_note(m, fl->fid, in, kind, why, u->vreg, 1);
    if (!ir_whys[why].placed)
        return;
    IrInstr bar = stm_barrier(kind, u, in->loc, note);
    ir_insert(m, fl->f, b, (*i)++, &bar);
    if (!u->card)
        stm_gen_read(fl, s, u->vreg);
}

static void place_block(StmFlow *fl, int32_t b, StmState *s)
{
    stm_state_copy(fl, s, &fl->in[b]);
    for (int32_t i = 0; i < fl->f->blocks[b].ninstrs; i++) {
        IrInstr in = fl->f->blocks[b].instrs[i];
        StmUse u[STM_MAX_USES];
        int n = stm_read_uses(fl->m, fl->f, &in, u);
        int32_t first = i;
        for (int k = 0; k < n; k++)
            place_use(fl, b, &i, &in, &u[k], s);
        if (n && i == first && !stm_write_uses(fl->m, fl->f, &in, u))
            fl->f->blocks[b].instrs[i].flags |= IRI_ELIDED;
        stm_step(fl, &in, s);
    }
}

void pass_stm_read(IrModule *m)
{
    static const StmPass pass = {
        IRM_WRITE_DONE, "the read barrier pass runs after the write barrier pass",
        STM_ASSUME_READ, place_block, stm_hoist_reads, IRM_READ_DONE,
    };
    stm_run_pass(m, &pass);
}
