/* callgraph.c - the call graph and its cycles.
 *
 * A function on a cycle of the call graph (Tarjan's strongly connected
 * components) may recurse without bound: the backend gives it a stack
 * check that raises RecursionError, so the summaries count it as raising.
 * Edges: direct calls; virtual calls to every implementation of the slot
 * in the subtree of the called method's class (ir_method_targets);
 * indirect calls to every function value of the call's signature once
 * summaries numbered them (IrSig), to every one before (bound methods and
 * their overrides included: ir_fn_values).
 *
 * Steps.  A program that calls transaction_break_point() (an interpreter's
 * dispatch loop) says where its threads may switch: what runs between two
 * break points is one step (one bytecode), atomic under the GIL and under
 * --stm.  A loop's poll inside a step must then never end the transaction
 * for liveness's sake (runtime/stm.h, stm_safepoint_in_step): a dict
 * probe loop that yielded there published a half-done insertion.  So the
 * functions with such a break point and all they may call are in_step;
 * the loops of the other functions (a plain threaded program) may still
 * switch at their back-edges, as CPython switches between bytecodes.
 */
#include "passes/passes.h"

#include <stdlib.h>

typedef IrCallGraph Graph;

static void add_edge(Graph *g, int32_t from, int32_t to)
{
    if (to < 0 || to >= g->n)
        return;
    if (g->nsucc[from] == g->capsucc[from]) {
        g->capsucc[from] = g->capsucc[from] ? g->capsucc[from] * 2 : 8;
        g->succ[from] = realloc(g->succ[from], sizeof(int32_t) * (size_t)g->capsucc[from]);
    }
    g->succ[from][g->nsucc[from]++] = to;
}

void ir_call_graph_add(const IrModule *m, Graph *g, int32_t from, const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_CALL:
        add_edge(g, from, in->aux);
        break;
    case IR_CALL_METHOD: {
        int n = ir_method_targets(m, in, g->scratch);
        for (int k = 0; k < n; k++)
            add_edge(g, from, g->scratch[k]);
        break;
    }
    case IR_CALL_INDIRECT:
        if (in->aux >= 0 && in->aux < m->nsigs)
            for (int32_t k = 0; k < m->sigs[in->aux].nfuncs; k++)
                add_edge(g, from, m->sigs[in->aux].funcs[k]);
        else
            for (int32_t k = 0; k < g->nvalues; k++)
                add_edge(g, from, g->values[k]);
        break;
    default:
        break;
    }
}

static IrFnValue *push_value(IrFnValue *v, int32_t *n, int32_t *cap, IrFnValue x)
{
    if (*n == *cap) {
        *cap = *cap ? *cap * 2 : 16;
        v = realloc(v, sizeof(IrFnValue) * (size_t)*cap);
    }
    v[(*n)++] = x;
    return v;
}

int32_t ir_fn_values(const IrModule *m, IrFnValue **out)
{
    IrFnValue *v = NULL;
    int32_t n = 0, cap = 0;
    for (int32_t i = 0; i < m->nfuncs; i++) {
        if (m->funcs[i].used_as_value)
            v = push_value(v, &n, &cap, (IrFnValue){ i, i, 0 });
        for (int32_t b = 0; b < m->funcs[i].nblocks; b++)
            for (int32_t k = 0; k < m->funcs[i].blocks[b].ninstrs; k++) {
                const IrInstr *in = &m->funcs[i].blocks[b].instrs[k];
                if (in->op != IR_BIND)
                    continue;
                v = push_value(v, &n, &cap, (IrFnValue){ in->aux, in->aux, 1 });
                /* a virtual bound method reaches every override */
                for (int32_t t = 0; in->imm >= 0 && t < m->nvtables; t++)
                    if (in->imm < m->vtables[t].nslots && m->vtables[t].funcs[in->imm] >= 0)
                        v = push_value(v, &n, &cap,
                                       (IrFnValue){ m->vtables[t].funcs[in->imm], in->aux, 1 });
            }
    }
    *out = v;
    return n;
}

/* Functions reachable through function values, each once. */
static int32_t collect_values(const IrModule *m, int32_t *out)
{
    uint8_t *seen = calloc((size_t)m->nfuncs + 1, 1);
    IrFnValue *v;
    int32_t nv = ir_fn_values(m, &v), n = 0;
    for (int32_t i = 0; i < nv; i++)
        if (!seen[v[i].target])
            seen[v[i].target] = 1, out[n++] = v[i].target;
    free(v);
    free(seen);
    return n;
}

typedef struct Tarjan {
    const Graph *g;
    int32_t *index, *low, *stack;
    uint8_t *on;
    int32_t next, sp;
    uint8_t *recursive;
} Tarjan;

static void mark_component(Tarjan *t, int32_t root)
{
    int32_t first = t->sp;
    while (t->stack[first - 1] != root)
        first--;
    first--;
    int32_t size = t->sp - first;
    for (int32_t i = first; i < t->sp; i++) {
        int32_t v = t->stack[i];
        t->on[v] = 0;
        int self = 0;
        for (int32_t k = 0; k < t->g->nsucc[v]; k++)
            self |= t->g->succ[v][k] == v;
        t->recursive[v] = size > 1 || self;
    }
    t->sp = first;
}

/* Iterative Tarjan: deep call graphs do not need a deep C stack. */
static void strongconnect(Tarjan *t, int32_t root)
{
    int32_t n = t->g->n;
    int32_t *work = malloc(sizeof(int32_t) * (size_t)(2 * n + 2));
    int32_t wp = 0;
    work[wp++] = root;
    work[wp++] = 0;
    t->index[root] = t->low[root] = t->next++;
    t->stack[t->sp++] = root;
    t->on[root] = 1;
    while (wp) {
        int32_t v = work[wp - 2], i = work[wp - 1];
        if (i < t->g->nsucc[v]) {
            work[wp - 1] = i + 1;
            int32_t w = t->g->succ[v][i];
            if (t->index[w] < 0) {
                t->index[w] = t->low[w] = t->next++;
                t->stack[t->sp++] = w;
                t->on[w] = 1;
                work[wp++] = w;
                work[wp++] = 0;
            } else if (t->on[w] && t->index[w] < t->low[v]) {
                t->low[v] = t->index[w];
            }
            continue;
        }
        wp -= 2;
        if (t->low[v] == t->index[v])
            mark_component(t, v);
        if (wp && t->low[v] < t->low[work[wp - 2]])
            t->low[work[wp - 2]] = t->low[v];
    }
    free(work);
}

IrCallGraph ir_call_graph(const IrModule *m, int32_t extra)
{
    int32_t n = m->nfuncs + extra;
    Graph g = { n, calloc((size_t)n + 1, sizeof(int32_t *)), calloc((size_t)n + 1, sizeof(int32_t)),
                calloc((size_t)n + 1, sizeof(int32_t)), malloc(sizeof(int32_t) * (size_t)(m->nfuncs + 1)),
                0, malloc(sizeof(int32_t) * (size_t)(m->nfuncs + 1)) };
    g.nvalues = collect_values(m, g.values);
    for (int32_t f = 0; f < m->nfuncs; f++)
        for (int32_t b = 0; b < m->funcs[f].nblocks; b++)
            for (int32_t k = 0; k < m->funcs[f].blocks[b].ninstrs; k++)
                ir_call_graph_add(m, &g, f, &m->funcs[f].blocks[b].instrs[k]);
    return g;
}

void ir_call_graph_free(IrCallGraph *g)
{
    for (int32_t i = 0; i < g->n; i++)
        free(g->succ[i]);
    free(g->succ);
    free(g->nsucc);
    free(g->capsucc);
    free(g->values);
    free(g->scratch);
}

void ir_find_cycles(IrModule *m)
{
    int32_t n = m->nfuncs;
    Graph g = ir_call_graph(m, 0);
    Tarjan t = { &g, malloc(sizeof(int32_t) * (size_t)(n + 1)), malloc(sizeof(int32_t) * (size_t)(n + 1)),
                 malloc(sizeof(int32_t) * (size_t)(n + 1)), calloc((size_t)n + 1, 1), 0, 0,
                 calloc((size_t)n + 1, 1) };
    for (int32_t i = 0; i < n; i++)
        t.index[i] = -1;
    for (int32_t i = 0; i < n; i++)
        if (t.index[i] < 0)
            strongconnect(&t, i);
    for (int32_t i = 0; i < n; i++)
        m->funcs[i].on_cycle = t.recursive[i];
    ir_call_graph_free(&g);
    free(t.index);
    free(t.low);
    free(t.stack);
    free(t.on);
    free(t.recursive);
}

static int has_break_point(const IrFunc *f)
{
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t k = 0; k < f->blocks[b].ninstrs; k++) {
            const IrInstr *in = &f->blocks[b].instrs[k];
            if (in->op == IR_BREAKPOINT && in->imm == IR_BREAK_CALL)
                return 1;
        }
    return 0;
}

void ir_mark_steps(IrModule *m)
{
    Graph g = ir_call_graph(m, 0);
    int32_t *work = malloc(sizeof(int32_t) * (size_t)(m->nfuncs + 1));
    int32_t n = 0;
    for (int32_t i = 0; i < m->nfuncs; i++) {
        m->funcs[i].in_step = (uint8_t)has_break_point(&m->funcs[i]);
        if (m->funcs[i].in_step)
            work[n++] = i;
    }
    while (n > 0) {
        int32_t v = work[--n];
        for (int32_t k = 0; k < g.nsucc[v]; k++) {
            int32_t w = g.succ[v][k];
            if (!m->funcs[w].in_step)
                m->funcs[w].in_step = 1, work[n++] = w;
        }
    }
    free(work);
    ir_call_graph_free(&g);
}
