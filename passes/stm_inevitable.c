/* stm_inevitable.c - become-inevitable barriers (--stm), the first STM pass.
 *
 * Assumes: lowered IR translated with --stm (IRM_STM), summaries computed,
 * no STM barrier yet.
 * Guarantees: every CALL_EXTERN to a C function that is not declared
 * transaction-safe (IRX_TX_SAFE: I/O and unknown C code, which cannot be
 * undone) and is not blocking (IRX_BREAK: those leave the transactional
 * zone themselves) runs in an inevitable transaction: on every path from
 * the last point that may break the transaction (function entry included)
 * to the call there is an STM_INEVITABLE, whose aux names the reason (the
 * C function).  One barrier covers the calls that follow it until the next
 * possible break.  Calls to translated functions need nothing: the callee
 * places its own.  Afterwards the summaries are recomputed (STM_INEVITABLE
 * is a safe point) and IRM_INEV_DONE is set.  Every point that may break
 * the transaction gets an IRB_BREAK note for the report.
 *
 * Refuses to: move a barrier earlier than the call that needs it (becoming
 * inevitable serialises the program; doing it on a path that never makes
 * the call would be pure loss).
 */
#include "passes/stm_flow.h"

#include <string.h>

static void note_break(IrModule *m, int32_t fid, const IrInstr *in)
{
    IrWhy why = IRW_CALL_BREAKS;
    if (in->op == IR_BREAKPOINT)
        why = in->imm == IR_BREAK_ATOMIC_ENTRY ? IRW_ATOMIC_ENTRY : IRW_BREAKPOINT;
    else if (in->op == IR_CALL_EXTERN)
        why = IRW_BLOCKING;
    stm_note(m, fid, in, IRB_BREAK, why, -1, 0);
}

static IrInstr inevitable_barrier(IrModule *m, const IrInstr *call, int32_t note)
{
    const char *reason = m->externs[call->aux].c_name;
    IrInstr b = ir_instr(IR_STM_INEVITABLE);
    b.aux = ir_add_const_str(m, reason, (int64_t)strlen(reason));
    b.imm = note;
    b.loc = call->loc;
    return b;
}

static void place_block(StmFlow *fl, int32_t b, StmState *s)
{
    IrModule *m = fl->m;
    stm_state_copy(fl, s, &fl->in[b]);
    for (int32_t i = 0; i < fl->f->blocks[b].ninstrs; i++) {
        IrInstr in = fl->f->blocks[b].instrs[i];
        if (stm_needs_inev(m, &in)) {
            IrWhy why = stm_decide_inev(fl, s);
            int32_t note = stm_note(m, fl->fid, &in, IRB_INEV, why, -1, 1);
            if (ir_whys[why].placed) {
                IrInstr bar = inevitable_barrier(m, &in, note);
                ir_insert(m, fl->f, b, i++, &bar);
            }
        }
        if (stm_breaks(m, &in))
            note_break(m, fl->fid, &in);
        stm_step(fl, &in, s);
    }
}

void pass_stm_inevitable(IrModule *m)
{
    static const StmPass pass = {
        IRM_STM, "the STM passes need a module lowered with --stm",
        STM_ASSUME_INEV, place_block, NULL, IRM_INEV_DONE,
    };
    stm_run_pass(m, &pass);
    /* the new STM_INEVITABLE instructions are safe points */
    pass_summaries(m);
}
