/* stm_write.c - write barriers (--stm), the second STM pass.
 *
 * Assumes: the inevitable pass ran (IRM_INEV_DONE); summaries are current.
 * Guarantees: before every write to a GC object -- SETFIELD, SETITEM, the
 * destination of ARRAYCOPY and of ARRAYFILL, every reference argument of an
 * extern with IRX_WRITES_ARGS except library (opaque) objects, whose barriers the
 * library places itself (runtime/lib/rtlib.h, "STM") -- the object is
 * owned by the transaction: on every path
 * since the last point that may break it, the object was write-barriered
 * (STM_WRITE) or allocated.  A store of a reference needs more: no safe
 * point since then either, because stm_write is also the generational GC's
 * barrier and a collection may have made the object old.  Where a barrier
 * is needed, a SETITEM into an array whose type has `cards` gets
 * STM_WRITE_CARD (only that item's card is published) right before it, and
 * every other write gets STM_WRITE, right before the access or, when the
 * object was read earlier in the block (or in blocks that lead only to it,
 * through the normal edge of a raising instruction) with nothing in
 * between that may break, collect or reassign it, right before that read
 * (which then needs no read barrier: read-modify-write costs one
 * barrier).  Every access gets
 * a note saying whether a barrier was placed and why.  Sets
 * IRM_WRITE_DONE.
 *
 * Refuses to: hoist write barriers (each adds the object to the write set,
 * so a barrier on a path that does not write is a spurious conflict), or
 * count a card barrier as owning the whole array.
 */
#include "passes/stm_flow.h"

static int reads_vreg(const StmFlow *fl, const IrInstr *in, int32_t v)
{
    StmUse u[STM_MAX_USES];
    int n = stm_read_uses(fl->m, fl->f, in, u);
    for (int k = 0; k < n; k++)
        if (u[k].vreg == v && !u[k].exempt)
            return 1;
    return 0;
}

/* The block whose only way in is the normal edge of pred's raising
 * instruction: the scan for an earlier read may continue there. */
static int32_t fallthrough_pred(const IrFunc *f, int32_t b)
{
    const IrBlock *bl = &f->blocks[b];
    if (bl->npreds != 1 || bl->preds[0] == b)
        return -1;
    const IrTerm *t = &f->blocks[bl->preds[0]].term;
    if (t->kind != TERM_EXC || t->succ[0] != b || t->succ[1] == b)
        return -1;
    return bl->preds[0];
}

typedef struct Pos {
    int32_t block, index;
} Pos;

enum { MAX_SCAN_BLOCKS = 8 };

/* Where a write barrier of v needed before instruction i of block b goes:
 * before the earliest read of v from which on nothing breaks, collects or
 * assigns v, in this block or up a chain of blocks entered only by the
 * normal edge of a raising instruction (the `x.f += 1` pattern, whose
 * checked addition ends a block); else right before i.  That barrier then
 * covers the read too. */
static Pos write_position(const StmFlow *fl, int32_t b, int32_t i, int32_t v)
{
    Pos pos = { b, i };
    for (int hops = 0; b >= 0 && hops < MAX_SCAN_BLOCKS; hops++) {
        const IrBlock *bl = &fl->f->blocks[b];
        for (int32_t j = i - 1; j >= 0; j--) {
            const IrInstr *in = &bl->instrs[j];
            if (in->dst == v || stm_breaks(fl->m, in) || stm_collects(fl->m, fl->fx, in))
                return pos;
            if (reads_vreg(fl, in, v))
                pos.block = b, pos.index = j;
        }
        b = fallthrough_pred(fl->f, b);
        i = b >= 0 ? fl->f->blocks[b].ninstrs : 0;
    }
    return pos;
}

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
    Pos at = { b, *i };
    if (!u->card)
        at = write_position(fl, b, *i, u->vreg);
    ir_insert(m, fl->f, at.block, at.index, &bar);
    if (at.block == b)
        (*i)++;
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

void pass_stm_write(IrModule *m)
{
    static const StmPass pass = {
        IRM_INEV_DONE, "the write barrier pass runs after the inevitable pass",
        STM_ASSUME_WRITE, place_block, NULL, IRM_WRITE_DONE,
    };
    stm_run_pass(m, &pass);
}
