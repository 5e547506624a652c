/* liveness.c - backward liveness of vregs over the CFG. */
#include "passes/analysis.h"

#include <stdlib.h>

IrBits ir_bits_new(int32_t nbits)
{
    IrBits b;
    b.nwords = (nbits + 63) / 64;
    if (b.nwords == 0)
        b.nwords = 1;
    b.w = calloc((size_t)b.nwords, sizeof(uint64_t));
    if (!b.w)
        IR_DIE("out of memory");
    return b;
}

void ir_bits_free(IrBits *b)
{
    free(b->w);
    b->w = NULL;
}

int ir_bits_union(IrBits *dst, const IrBits *src)
{
    int changed = 0;
    for (int32_t i = 0; i < dst->nwords; i++) {
        uint64_t n = dst->w[i] | src->w[i];
        changed |= n != dst->w[i];
        dst->w[i] = n;
    }
    return changed;
}

void ir_live_step(const IrInstr *in, IrBits *live)
{
    if (in->dst >= 0)
        ir_bits_clear(live, in->dst);
    if (in->a >= 0) ir_bits_set(live, in->a);
    if (in->b >= 0) ir_bits_set(live, in->b);
    if (in->c >= 0) ir_bits_set(live, in->c);
    for (int32_t i = 0; i < in->nargs; i++)
        if (in->args[i] >= 0)
            ir_bits_set(live, in->args[i]);
}

void ir_live_term(const IrTerm *t, IrBits *live)
{
    switch ((IrTermKind)t->kind) {
    case TERM_BRANCH:
    case TERM_RETURN:
    case TERM_RAISE:
    case TERM_RERAISE:
        if (t->value >= 0)
            ir_bits_set(live, t->value);
        break;
    default:
        break;
    }
}

static void block_live_in(const IrBlock *bl, const IrBits *out, IrBits *in)
{
    ir_bits_copy(in, out);
    ir_live_term(&bl->term, in);
    for (int32_t i = bl->ninstrs - 1; i >= 0; i--)
        ir_live_step(&bl->instrs[i], in);
}

void ir_liveness(IrModule *m, IrFunc *f, IrLiveness *lv)
{
    ir_compute_cfg(m, f);
    int32_t nb = f->nblocks;
    lv->nblocks = nb;
    lv->live_in = calloc((size_t)nb + 1, sizeof(IrBits));
    lv->live_out = calloc((size_t)nb + 1, sizeof(IrBits));
    for (int32_t b = 0; b < nb; b++) {
        lv->live_in[b] = ir_bits_new(f->nvregs);
        lv->live_out[b] = ir_bits_new(f->nvregs);
    }
    int32_t *order = malloc(sizeof(int32_t) * (size_t)(nb + 1));
    int32_t n = ir_rpo_order(f, order);
    IrBits tmp = ir_bits_new(f->nvregs);
    /* Iterate in post-order (reverse of RPO) until nothing changes. */
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t i = n - 1; i >= 0; i--) {
            int32_t b = order[i];
            int32_t succ[2];
            int ns = ir_term_nsucc(&f->blocks[b].term, succ);
            for (int k = 0; k < ns; k++)
                ir_bits_union(&lv->live_out[b], &lv->live_in[succ[k]]);
            block_live_in(&f->blocks[b], &lv->live_out[b], &tmp);
            changed |= ir_bits_union(&lv->live_in[b], &tmp);
        }
    }
    ir_bits_free(&tmp);
    free(order);
}

void ir_liveness_free(IrLiveness *lv)
{
    for (int32_t b = 0; b < lv->nblocks; b++) {
        ir_bits_free(&lv->live_in[b]);
        ir_bits_free(&lv->live_out[b]);
    }
    free(lv->live_in);
    free(lv->live_out);
}
