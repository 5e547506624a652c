/* summaries.c - interprocedural effects of every function.
 *
 * Assumes: lowered IR (any calls, any order).
 * Guarantees: every function's summary has IRF_SUMMARIZED and the union of
 * what it or anything it may call does: raise out of it (IRF_RAISES),
 * allocate and hence collect (IRF_ALLOC), break the transaction
 * (IRF_BREAK), need an inevitable transaction (IRF_INEV).
 * m->indirect_summary is the union over every function that can be called
 * through a function value.  Virtual calls take the union of the
 * implementations in the subtree of the class that introduced the method
 * (ir_method_targets: the same set ir_call_effects, the emitted code and
 * the C verifier use).
 *
 * It is a monotone fixpoint over the call graph: summaries start empty and
 * only grow, so recursion converges.  A function on a cycle of the call
 * graph raises and allocates: the check the backend gives its prologue
 * raises RecursionError or a waiting KeyboardInterrupt, and building the
 * exception may collect, so a caller that catches it must have kept its
 * references where the collector sees them.
 */
#include "passes/passes.h"

static uint32_t extern_effects(const IrExtern *x)
{
    uint32_t r = 0;
    if (x->flags & IRX_RAISES) r |= IRF_RAISES;
    if (x->flags & IRX_ALLOC) r |= IRF_ALLOC;
    if (x->flags & IRX_BREAK) r |= IRF_BREAK | IRF_ALLOC;
    if (!(x->flags & IRX_TX_SAFE)) r |= IRF_INEV;
    return r;
}

static uint32_t func_effects(const IrModule *m, int32_t fid)
{
    return m->funcs[fid].summary & ~(uint32_t)IRF_SUMMARIZED;
}

/* Union of the implementations of slot `slot` in the subtree of `sid`. */
static uint32_t virtual_effects(const IrModule *m, int32_t sid, int64_t slot, int32_t root)
{
    uint32_t r = func_effects(m, root);
    if (sid < 0 || sid >= m->nstructs || !m->structs[sid].is_class)
        sid = -1;
    for (int32_t v = 0; v < m->nvtables; v++) {
        const IrVtable *vt = &m->vtables[v];
        if (slot >= vt->nslots || vt->funcs[slot] < 0)
            continue;
        if (sid >= 0 && (vt->sid < m->structs[sid].class_first
                         || vt->sid > m->structs[sid].class_last))
            continue;
        r |= func_effects(m, vt->funcs[slot]);
    }
    return r;
}

static uint32_t call_effects(const IrModule *m, const IrFunc *f, const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_CALL:
        return func_effects(m, in->aux);
    case IR_CALL_METHOD:
        /* the targets every later user sees (ir_call_effects, the emitter) */
        (void)f;
        return ir_call_effects(m, in);
    case IR_CALL_INDIRECT:
        return m->indirect_summary & ~(uint32_t)IRF_SUMMARIZED;
    case IR_CALL_EXTERN:
        return extern_effects(&m->externs[in->aux]);
    default:
        return 0;
    }
}

static uint32_t instr_effects(const IrModule *m, const IrFunc *f, const IrInstr *in)
{
    uint32_t fl = ir_ops[in->op].flags, r = 0;
    if (fl & IRO_CALL)
        r |= call_effects(m, f, in) & ~(uint32_t)IRF_RAISES;
    /* Raising allocates the exception object, even when it is caught. */
    if (fl & (IRO_ALLOC | IRO_SAFEPOINT | IRO_RAISES))
        r |= IRF_ALLOC;
    if (fl & IRO_BREAK)
        r |= IRF_BREAK | IRF_ALLOC;
    if (in->op == IR_STM_INEVITABLE)
        r |= IRF_INEV;
    return r;
}

/* Does the exception of the block's last instruction leave the function? */
static int escapes(const IrModule *m, const IrFunc *f, const IrBlock *bl)
{
    const IrTerm *t = &bl->term;
    if (t->kind == TERM_RAISE || t->kind == TERM_RERAISE)
        return t->succ[1] < 0;
    if (t->kind != TERM_EXC || t->succ[1] >= 0 || bl->ninstrs == 0)
        return 0;
    const IrInstr *last = &bl->instrs[bl->ninstrs - 1];
    if (ir_ops[last->op].flags & IRO_RAISES)
        return 1;
    if (ir_ops[last->op].flags & IRO_CALL)
        return (call_effects(m, f, last) & IRF_RAISES) != 0;
    return 0;
}

static uint32_t summarize(const IrModule *m, const IrFunc *f)
{
    uint32_t r = f->on_cycle ? IRF_RAISES | IRF_ALLOC : 0;
    for (int32_t b = 0; b < f->nblocks; b++) {
        const IrBlock *bl = &f->blocks[b];
        for (int32_t i = 0; i < bl->ninstrs; i++)
            r |= instr_effects(m, f, &bl->instrs[i]);
        if (escapes(m, f, bl))
            r |= IRF_RAISES;
    }
    return r;
}

static uint32_t indirect_union(const IrModule *m)
{
    uint32_t r = 0;
    for (int32_t i = 0; i < m->nfuncs; i++) {
        const IrFunc *f = &m->funcs[i];
        for (int32_t b = 0; b < f->nblocks; b++)
            for (int32_t k = 0; k < f->blocks[b].ninstrs; k++) {
                const IrInstr *in = &f->blocks[b].instrs[k];
                if (in->op == IR_BIND)
                    r |= in->imm >= 0 ? virtual_effects(m, -1, in->imm, in->aux)
                                      : func_effects(m, in->aux);
            }
        if (f->used_as_value)
            r |= func_effects(m, i);
    }
    return r;
}

void pass_summaries(IrModule *m)
{
    ir_find_cycles(m);
    ir_mark_steps(m);
    for (int32_t i = 0; i < m->nfuncs; i++)
        m->funcs[i].summary = IRF_SUMMARIZED;
    m->indirect_summary = IRF_SUMMARIZED;
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t i = 0; i < m->nfuncs; i++) {
            uint32_t s = summarize(m, &m->funcs[i]) | IRF_SUMMARIZED;
            s |= m->funcs[i].summary;
            changed |= s != m->funcs[i].summary;
            m->funcs[i].summary = s;
        }
        uint32_t ind = indirect_union(m) | IRF_SUMMARIZED | m->indirect_summary;
        changed |= ind != m->indirect_summary;
        m->indirect_summary = ind;
    }
}
