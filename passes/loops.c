/* loops.c - dominators and natural loops of a function's CFG, for the
 * passes that move code out of loops (stm_hoist.c today).
 *
 * Assumes: the CFG (predecessors, RPO) can be recomputed; unreachable
 * blocks have rpo < 0.  Guarantees: ir_find_loops returns one loop per
 * header, its body the union of the natural loops of every back edge to
 * that header (an edge whose target dominates its source); it does not
 * modify the IR beyond the CFG cache.
 */
#include "passes/analysis.h"

#include <stdlib.h>

/* ---------------------------------------------------------- dominators */

static int32_t intersect(const IrFunc *f, const int32_t *idom, int32_t a, int32_t b)
{
    while (a != b) {
        while (f->blocks[a].rpo > f->blocks[b].rpo)
            a = idom[a];
        while (f->blocks[b].rpo > f->blocks[a].rpo)
            b = idom[b];
    }
    return a;
}

/* Immediate dominators (Cooper, Harvey and Kennedy's iteration over RPO);
 * -1 for unreachable blocks. */
int32_t *ir_dominators(const IrFunc *f, const int32_t *order, int32_t n)
{
    int32_t *idom = malloc(sizeof(int32_t) * (size_t)(f->nblocks + 1));
    for (int32_t b = 0; b < f->nblocks; b++)
        idom[b] = -1;
    idom[0] = 0;
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t i = 1; i < n; i++) {
            const IrBlock *bl = &f->blocks[order[i]];
            int32_t d = -1;
            for (int32_t k = 0; k < bl->npreds; k++) {
                int32_t p = bl->preds[k];
                if (idom[p] >= 0)
                    d = d < 0 ? p : intersect(f, idom, p, d);
            }
            if (d != idom[order[i]])
                idom[order[i]] = d, changed = 1;
        }
    }
    return idom;
}

int ir_dominates(const int32_t *idom, int32_t a, int32_t b)
{
    while (b != a && b != 0)
        b = idom[b];
    return b == a;
}

/* ---------------------------------------------------------------- loops */

static IrLoop *loop_for(IrLoops *ls, const IrFunc *f, int32_t header)
{
    for (int32_t i = 0; i < ls->n; i++)
        if (ls->v[i].header == header)
            return &ls->v[i];
    if (ls->n == ls->cap) {
        ls->cap = ls->cap ? ls->cap * 2 : 8;
        ls->v = realloc(ls->v, sizeof(IrLoop) * (size_t)ls->cap);
    }
    IrLoop *l = &ls->v[ls->n++];
    l->header = header;
    l->body = calloc((size_t)f->nblocks + 1, 1);
    l->nblocks = f->nblocks;
    l->body[header] = 1;
    l->size = 1;
    return l;
}

/* Add the blocks that reach `tail` without passing the header. */
static void add_natural(IrLoop *l, const IrFunc *f, int32_t tail)
{
    int32_t *stack = malloc(sizeof(int32_t) * (size_t)(f->nblocks + 1));
    int32_t sp = 0;
    if (!l->body[tail])
        l->body[tail] = 1, l->size++, stack[sp++] = tail;
    while (sp) {
        const IrBlock *bl = &f->blocks[stack[--sp]];
        for (int32_t k = 0; k < bl->npreds; k++) {
            int32_t p = bl->preds[k];
            if (f->blocks[p].rpo >= 0 && !l->body[p])
                l->body[p] = 1, l->size++, stack[sp++] = p;
        }
    }
    free(stack);
}

IrLoops ir_find_loops(IrModule *m, IrFunc *f)
{
    IrLoops ls = { 0 };
    ir_compute_cfg(m, f);
    int32_t *order = malloc(sizeof(int32_t) * (size_t)(f->nblocks + 1));
    int32_t n = ir_rpo_order(f, order);
    int32_t *idom = ir_dominators(f, order, n);
    for (int32_t i = 0; i < n; i++) {
        int32_t succ[2];
        int ns = ir_term_nsucc(&f->blocks[order[i]].term, succ);
        for (int k = 0; k < ns; k++)
            if (ir_dominates(idom, succ[k], order[i]))
                add_natural(loop_for(&ls, f, succ[k]), f, order[i]);
    }
    free(idom);
    free(order);
    return ls;
}

void ir_loops_free(IrLoops *ls)
{
    for (int32_t i = 0; i < ls->n; i++)
        free(ls->v[i].body);
    free(ls->v);
}
