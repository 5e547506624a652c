/* emit_graph.c - per-function facts for the emitter: which functions the
 * program can reach (only those are emitted); small functions are
 * marked for inlining unless they may be a transaction's root frame;
 * functions on call-graph cycles (IrFunc.on_cycle,
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

/* Functions an instruction names (calls, bound methods, function values,
 * thread entries); virtual calls reach the vtables' entries, roots. */
static int32_t named_func(const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_CALL:
    case IR_CALL_METHOD:
    case IR_BIND:
    case IR_FUNCADDR:
    case IR_CONST_FUNC:
        return in->aux;
    default:
        return -1;
    }
}

static void reach(Emitter *e, int32_t *stack, int32_t *sp, int32_t fid)
{
    if (fid >= 0 && fid < e->m->nfuncs && !e->reachable[fid]) {
        e->reachable[fid] = 1;
        stack[(*sp)++] = fid;
    }
}

/* The functions the program can run: from the hooks the runtime calls,
 * the virtual tables and the functions used as values, through what their
 * instructions name.  The others are not emitted (gcc would warn about
 * unused static functions, and compiling them costs time). */
static void find_reachable(Emitter *e)
{
    const IrModule *m = e->m;
    e->reachable = calloc((size_t)m->nfuncs + 1, 1);
    int32_t *stack = malloc(sizeof(int32_t) * (size_t)(m->nfuncs + 1)), sp = 0;
    for (int h = 0; h < IRH__COUNT; h++)
        reach(e, stack, &sp, m->hooks[h]);
    for (int32_t v = 0; v < m->nvtables; v++)
        for (int32_t s = 0; s < m->vtables[v].nslots; s++)
            reach(e, stack, &sp, m->vtables[v].funcs[s]);
    for (int32_t i = 0; i < m->nfuncs; i++)
        if (m->funcs[i].used_as_value)
            reach(e, stack, &sp, i);
    while (sp > 0) {
        const IrFunc *f = &m->funcs[stack[--sp]];
        for (int32_t b = 0; b < f->nblocks; b++)
            for (int32_t i = 0; i < f->blocks[b].ninstrs; i++)
                reach(e, stack, &sp, named_func(&f->blocks[b].instrs[i]));
    }
    free(stack);
}

void emit_find_recursion(Emitter *e)
{
    const IrModule *m = e->m;
    e->recursive = calloc((size_t)m->nfuncs + 1, 1);
    e->small = calloc((size_t)m->nfuncs + 1, 1);
    e->root = calloc((size_t)m->nfuncs + 1, 1);
    find_reachable(e);
    for (int32_t i = 0; i < m->nfuncs; i++) {
        e->recursive[i] = m->funcs[i].on_cycle;
        e->root[i] = (uint8_t)emit_may_be_root(e, i);
        e->small[i] = instr_count(&m->funcs[i]) <= 40 && !e->root[i];
    }
}
