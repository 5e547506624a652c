/* emit_graph.c - per-function facts for the emitter: small functions are
 * marked for inlining; functions on call-graph cycles (IrFunc.on_cycle,
 * found by ir_find_cycles) are the only ones that check the stacks. */
#include "backend/emit.h"

#include <stdlib.h>

static int32_t instr_count(const IrFunc *f)
{
    int32_t n = 0;
    for (int32_t b = 0; b < f->nblocks; b++)
        n += f->blocks[b].ninstrs + 1;
    return n;
}

void emit_find_recursion(Emitter *e)
{
    const IrModule *m = e->m;
    e->recursive = calloc((size_t)m->nfuncs + 1, 1);
    e->small = calloc((size_t)m->nfuncs + 1, 1);
    for (int32_t i = 0; i < m->nfuncs; i++) {
        e->recursive[i] = m->funcs[i].on_cycle;
        e->small[i] = instr_count(&m->funcs[i]) <= 40;
    }
}
