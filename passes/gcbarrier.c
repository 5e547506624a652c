/* gcbarrier.c - the generational GC's write barriers (GIL builds).
 *
 * Assumes: lowered IR, summaries computed, no --stm (the STM write barrier
 * pass subsumes this one).
 * Guarantees: every store of a reference into a GC object (SETFIELD or
 * SETITEM of a REF value, ARRAYCOPY or ARRAYFILL of a reference array) is
 * preceded by GC_WB on the object (GC_WB_CARD before a SETITEM of a
 * card-marked array; a copy or a fill remembers the whole array), unless the
 * object was allocated earlier in the same block with no safe point in
 * between (it is in the nursery, and the barrier only matters for old
 * objects), or had a GC_WB earlier in the block with no safe point in
 * between (the barrier put it in the remembered set, where it stays until
 * the next minor collection), or the value stored is null (CONST_NULL
 * earlier in the block: a null cannot create an old-to-young pointer).
 * Stores of non-references need no barrier.
 */
#include "passes/passes.h"
#include "passes/analysis.h"

static int stores_ref(const IrModule *m, const IrFunc *f, const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_SETFIELD:
        return m->structs[in->aux].fields[in->imm].type.kind == IRK_REF;
    case IR_SETITEM:
        return m->structs[in->aux].elem.kind == IRK_REF;
    case IR_ARRAYCOPY:
    case IR_ARRAYFILL:
        return m->structs[in->aux].elem.kind == IRK_REF;
    default:
        (void)f;
        return 0;
    }
}

static int32_t stored_value(const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_SETFIELD: return in->b;
    case IR_SETITEM: return in->c;
    case IR_ARRAYFILL: return in->args[3];
    default: return -1;
    }
}

/* The object a store writes into. */
static int32_t stored_object(const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_ARRAYCOPY: return in->args[2];
    case IR_ARRAYFILL: return in->args[0];
    default: return in->a;
    }
}

/* clean: objects that need no barrier until the next safe point (fresh
 * allocations and objects barriered already). */
static void barrier_block(IrModule *m, IrFunc *f, int32_t b, IrBits *clean, IrBits *null)
{
    memset(clean->w, 0, sizeof(uint64_t) * (size_t)clean->nwords);
    memset(null->w, 0, sizeof(uint64_t) * (size_t)null->nwords);
    for (int32_t i = 0; i < f->blocks[b].ninstrs; i++) {
        IrInstr in = f->blocks[b].instrs[i];
        if (stores_ref(m, f, &in)) {
            int32_t obj = stored_object(&in);
            int32_t val = stored_value(&in);
            if (!ir_bits_has(clean, obj) && !(val >= 0 && ir_bits_has(null, val))) {
                int card = in.op == IR_SETITEM && m->structs[in.aux].cards;
                IrInstr wb = ir_instr(card ? IR_GC_WB_CARD : IR_GC_WB);
                wb.a = obj;
                wb.b = card ? in.b : -1;
                wb.loc = in.loc;
                ir_insert(m, f, b, i, &wb);
                i++;
                if (!card)       /* a card barrier covers one card only */
                    ir_bits_set(clean, obj);
            }
        }
        if (ir_instr_is_safepoint(m, &in))
            memset(clean->w, 0, sizeof(uint64_t) * (size_t)clean->nwords);
        if (in.dst >= 0) {
            ir_bits_clear(clean, in.dst);
            ir_bits_clear(null, in.dst);
        }
        if ((in.op == IR_ALLOC || in.op == IR_ALLOC_ARRAY) && in.dst >= 0)
            ir_bits_set(clean, in.dst);
        if (in.op == IR_CONST_NULL && in.dst >= 0)
            ir_bits_set(null, in.dst);
    }
}

void pass_gc_barriers(IrModule *m)
{
    for (int32_t fi = 0; fi < m->nfuncs; fi++) {
        IrFunc *f = &m->funcs[fi];
        IrBits clean = ir_bits_new(f->nvregs), null = ir_bits_new(f->nvregs);
        for (int32_t b = 0; b < f->nblocks; b++)
            barrier_block(m, f, b, &clean, &null);
        ir_bits_free(&clean);
        ir_bits_free(&null);
    }
}
