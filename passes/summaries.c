/* summaries.c - interprocedural effects of every function.
 *
 * Assumes: lowered IR (any calls, any order).
 * Guarantees: every function's summary has IRF_SUMMARIZED and the union of
 * what it or anything it may call does: raise out of it (IRF_RAISES),
 * allocate and hence collect (IRF_ALLOC), break the transaction
 * (IRF_BREAK), need an inevitable transaction (IRF_INEV).
 * Every CALL_INDIRECT gets its signature (aux: an IrSig of m->sigs) whose
 * summary is the union over the function values of that signature (a
 * value of another signature cannot be called there: ir.h, IrSig), so a
 * helper whose only indirect call is `BIG_BINOP[0](ec, op, a, b)` does
 * not take the effects of every function ever used as a value.  The C
 * verifier applies the same rule to the C types (cverify.c).  Virtual
 * calls take the union of the implementations in the subtree of the class
 * that introduced the method
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

#include <stdlib.h>
#include <string.h>

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

static uint32_t call_effects(const IrModule *m, const IrFunc *f, const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_CALL:
        return func_effects(m, in->aux);
    case IR_CALL_METHOD:
    case IR_CALL_INDIRECT:
        /* the targets every later user sees (ir_call_effects, the emitter) */
        (void)f;
        return ir_call_effects(m, in);
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

static int32_t sig_index(IrModule *m, const char *key)
{
    for (int32_t i = 0; i < m->nsigs; i++)
        if (strcmp(m->sigs[i].key, key) == 0)
            return i;
    m->sigs = ir_grow(m, m->sigs, &m->capsigs, m->nsigs + 1, sizeof(IrSig));
    m->sigs[m->nsigs] = (IrSig){ .key = key };
    return m->nsigs++;
}

static void sig_add(IrModule *m, IrSig *s, int32_t fid)
{
    for (int32_t i = 0; i < s->nfuncs; i++)
        if (s->funcs[i] == fid)
            return;
    s->funcs = ir_grow(m, s->funcs, &s->capfuncs, s->nfuncs + 1, sizeof(int32_t));
    s->funcs[s->nfuncs++] = fid;
}

/* Number every indirect call's signature and list what each may reach. */
static void number_sigs(IrModule *m)
{
    m->nsigs = 0;
    for (int32_t i = 0; i < m->nfuncs; i++) {
        IrFunc *f = &m->funcs[i];
        for (int32_t b = 0; b < f->nblocks; b++)
            for (int32_t k = 0; k < f->blocks[b].ninstrs; k++) {
                IrInstr *in = &f->blocks[b].instrs[k];
                if (in->op == IR_CALL_INDIRECT)
                    in->aux = sig_index(m, ir_sig_call_key(m, f, in));
            }
    }
    IrFnValue *v;
    int32_t nv = ir_fn_values(m, &v);
    for (int32_t i = 0; i < nv; i++) {
        const char *key = ir_sig_func_key(m, &m->funcs[v[i].sig_func], v[i].first);
        for (int32_t s = 0; s < m->nsigs; s++)
            if (ir_sig_fits(m->sigs[s].key, key))
                sig_add(m, &m->sigs[s], v[i].target);
    }
    free(v);
}

static int sigs_step(IrModule *m)
{
    int changed = 0;
    for (int32_t s = 0; s < m->nsigs; s++) {
        uint32_t r = m->sigs[s].summary | IRF_SUMMARIZED;
        for (int32_t k = 0; k < m->sigs[s].nfuncs; k++)
            r |= func_effects(m, m->sigs[s].funcs[k]);
        changed |= r != m->sigs[s].summary;
        m->sigs[s].summary = r;
    }
    return changed;
}

void pass_summaries(IrModule *m)
{
    number_sigs(m);
    ir_find_cycles(m);
    ir_mark_steps(m);
    for (int32_t i = 0; i < m->nfuncs; i++)
        m->funcs[i].summary = IRF_SUMMARIZED;
    for (int32_t s = 0; s < m->nsigs; s++)
        m->sigs[s].summary = IRF_SUMMARIZED;
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t i = 0; i < m->nfuncs; i++) {
            uint32_t s = summarize(m, &m->funcs[i]) | IRF_SUMMARIZED;
            s |= m->funcs[i].summary;
            changed |= s != m->funcs[i].summary;
            m->funcs[i].summary = s;
        }
        changed |= sigs_step(m);
    }
}
