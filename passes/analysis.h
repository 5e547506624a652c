/* analysis.h - data-flow helpers shared by the passes and the backend:
 * bit sets over vregs and liveness.  (The analyses are in passes/ because
 * the STM passes use them too; the backend includes this header.) */
#ifndef RTRANS_ANALYSIS_H
#define RTRANS_ANALYSIS_H

#include "passes/ir.h"

#include <stdint.h>
#include <string.h>

/* A set of small integers, nwords 64-bit words wide. */
typedef struct IrBits {
    uint64_t *w;
    int32_t nwords;
} IrBits;

static inline int ir_bits_has(const IrBits *b, int32_t i)
{
    return (b->w[i >> 6] >> (i & 63)) & 1;
}
static inline void ir_bits_set(IrBits *b, int32_t i) { b->w[i >> 6] |= (uint64_t)1 << (i & 63); }
static inline void ir_bits_clear(IrBits *b, int32_t i) { b->w[i >> 6] &= ~((uint64_t)1 << (i & 63)); }
static inline void ir_bits_copy(IrBits *dst, const IrBits *src)
{
    memcpy(dst->w, src->w, sizeof(uint64_t) * (size_t)src->nwords);
}

IrBits ir_bits_new(int32_t nbits);          /* zeroed; free with ir_bits_free */
void ir_bits_free(IrBits *b);
/* dst |= src; returns nonzero if dst changed. */
int ir_bits_union(IrBits *dst, const IrBits *src);

/* Liveness of vregs: live_in[b] and live_out[b] for every block.  An
 * instruction's result counts as defined on both edges of a TERM_EXC
 * (lowering never uses the result of a raising instruction in its
 * handler). */
typedef struct IrLiveness {
    int32_t nblocks;
    IrBits *live_in;
    IrBits *live_out;
} IrLiveness;

void ir_liveness(IrModule *m, IrFunc *f, IrLiveness *out);
void ir_liveness_free(IrLiveness *lv);

/* Step backwards over one instruction: live becomes the set live before
 * it, given the set live after it. */
void ir_live_step(const IrInstr *in, IrBits *live);
/* The same for a terminator (its uses). */
void ir_live_term(const IrTerm *t, IrBits *live);

/* Natural loops (loops.c).  A loop's body is a flag per block (header
 * included); size counts its blocks. */
typedef struct IrLoop {
    int32_t header;
    uint8_t *body;      /* a flag per block that existed when it was found */
    int32_t nblocks;    /* body's length: blocks made later are outside */
    int32_t size;
} IrLoop;

typedef struct IrLoops {
    IrLoop *v;
    int32_t n, cap;
} IrLoops;

/* Immediate dominators over the n blocks of `order` (reverse post-order
 * from ir_rpo_order); -1 for unreachable blocks.  Free with free(). */
int32_t *ir_dominators(const IrFunc *f, const int32_t *order, int32_t n);
int ir_dominates(const int32_t *idom, int32_t a, int32_t b);
/* The loops of f (recomputes its CFG); free with ir_loops_free. */
IrLoops ir_find_loops(IrModule *m, IrFunc *f);
void ir_loops_free(IrLoops *ls);

#endif
