/* initflags.c - reads of module globals that cannot precede the assignment.
 *
 * A module global that a function may read before the module's code
 * assigned it has an "assigned" flag (lower.c, mark_init_order), and each
 * read outside the module's code tests it (NameError).  Most such reads
 * are in functions that only run once every module is initialised: an
 * interpreter's singletons (W_NONE = W_NoneType()) read in its dispatch.
 *
 * Assumes: lowered IR, the flag tests as the lowering emits them (GETFIELD
 * of the flag ending a block that branches on it: set -> succ[0]); runs
 * before the summaries and the barrier passes.
 * Guarantees: for a flag marked IrField.init_flag that exactly one SETFIELD
 * of the program sets, in the code of a module called by the init hook,
 * a test in function f becomes a jump to its "assigned" side when f cannot
 * run before that store: f is not reachable in the call graph from
 *   - the code of the modules initialised before (all of it),
 *   - the module's own code that can run before the store (the blocks
 *     reachable from its entry without passing the store, and the store's
 *     block up to it: a handler after a failed statement counts),
 *   - the runtime's hooks (building or printing an exception),
 * where taking a function's address (FUNCADDR: a thread's entry, handed
 * to the library) counts as calling it.
 * Refuses to: reason about globals assigned twice or deleted, stores
 * outside module code, or which path of the module's code ran.
 */
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

typedef struct Flag {
    int32_t sid, field;
    int32_t init;        /* the module code function that stores it */
    int32_t block, at;   /* the store */
    int32_t nstores;
} Flag;

typedef struct Site {
    int32_t func, block, flag;
} Site;

typedef struct FlagCtx {
    IrModule *m;
    IrCallGraph g;
    int32_t root;        /* the extra node: code before a store */
    int32_t *inits;      /* module code functions in initialisation order */
    int32_t ninits;
    uint8_t *takes_addr; /* function contains a FUNCADDR */
    uint8_t *early;      /* reachable before the store being examined */
    int32_t *stack;
    Site *sites;         /* every test of a flag */
    int32_t nsites;
    uint8_t *changed;    /* functions with a test dropped */
} FlagCtx;

/* ------------------------------------------------------------ the flags */

static int is_flag(const IrModule *m, const IrInstr *in)
{
    return (in->op == IR_SETFIELD || in->op == IR_GETFIELD) &&
           m->structs[in->aux].fields[in->imm].init_flag;
}

static Flag *flag_of(Flag *flags, int32_t *nflags, int32_t sid, int32_t field)
{
    for (int32_t i = 0; i < *nflags; i++)
        if (flags[i].sid == sid && flags[i].field == field)
            return &flags[i];
    Flag *fl = &flags[(*nflags)++];
    *fl = (Flag){ sid, field, -1, -1, -1, 0 };
    return fl;
}

/* Every store of a flag, with its place; a flag stored twice is refused
 * later (nstores != 1). */
static Flag *collect_flags(const IrModule *m, int32_t *nflags)
{
    int32_t cap = 16;
    Flag *flags = malloc(sizeof(Flag) * (size_t)cap);
    *nflags = 0;
    for (int32_t fid = 0; fid < m->nfuncs; fid++)
        for (int32_t b = 0; b < m->funcs[fid].nblocks; b++)
            for (int32_t i = 0; i < m->funcs[fid].blocks[b].ninstrs; i++) {
                const IrInstr *in = &m->funcs[fid].blocks[b].instrs[i];
                if (in->op != IR_SETFIELD || !is_flag(m, in))
                    continue;
                if (*nflags == cap)
                    flags = realloc(flags, sizeof(Flag) * (size_t)(cap *= 2));
                Flag *fl = flag_of(flags, nflags, in->aux, (int32_t)in->imm);
                fl->nstores++;
                fl->init = fid, fl->block = b, fl->at = i;
            }
    return flags;
}

/* The module code functions, in the order the init hook calls them. */
static int32_t init_order(IrModule *m, int32_t *out)
{
    IrFunc *hook = &m->funcs[m->hooks[IRH_INIT]];
    int32_t n = 0;
    for (int32_t b = 0; b < hook->nblocks; b++)
        for (int32_t i = 0; i < hook->blocks[b].ninstrs; i++)
            if (hook->blocks[b].instrs[i].op == IR_CALL)
                out[n++] = hook->blocks[b].instrs[i].aux;
    return n;
}

/* ------------------------------------------------------------ reachability */

static void mark(FlagCtx *c, int32_t f, int32_t *sp)
{
    if (f < 0 || c->early[f])
        return;
    c->early[f] = 1;
    c->stack[(*sp)++] = f;
}

/* The library calls back the hooks (roots already) and the functions
 * whose address the program hands it (FUNCADDR: a thread's entry, which
 * calls its target through a function value): taking the address counts
 * as a call. */
static void mark_addresses(FlagCtx *c, int32_t f, int32_t *sp)
{
    const IrFunc *fn = &c->m->funcs[f];
    for (int32_t b = 0; b < fn->nblocks; b++)
        for (int32_t i = 0; i < fn->blocks[b].ninstrs; i++)
            if (fn->blocks[b].instrs[i].op == IR_FUNCADDR)
                mark(c, fn->blocks[b].instrs[i].aux, sp);
}

/* Close early[] over the call graph. */
static void close_early(FlagCtx *c, int32_t sp)
{
    while (sp > 0) {
        int32_t f = c->stack[--sp];
        for (int32_t k = 0; k < c->g.nsucc[f]; k++)
            mark(c, c->g.succ[f][k], &sp);
        if (c->takes_addr[f])
            mark_addresses(c, f, &sp);
    }
}

/* The calls of init that can run before the store at (sb, at): edges of
 * the extra root node. */
static void calls_before_store(FlagCtx *c, const Flag *fl, int32_t *sp)
{
    const IrFunc *f = &c->m->funcs[fl->init];
    uint8_t *seen = calloc((size_t)f->nblocks, 1);
    int32_t *work = malloc(sizeof(int32_t) * (size_t)f->nblocks);
    int32_t wp = 0;
    c->g.nsucc[c->root] = 0;
    seen[0] = 1, work[wp++] = 0;
    while (wp > 0) {
        int32_t b = work[--wp];
        const IrBlock *bl = &f->blocks[b];
        int32_t end = b == fl->block ? fl->at : bl->ninstrs;
        for (int32_t i = 0; i < end; i++) {
            ir_call_graph_add(c->m, &c->g, c->root, &bl->instrs[i]);
            if (bl->instrs[i].op == IR_FUNCADDR)
                mark(c, bl->instrs[i].aux, sp);
        }
        if (b == fl->block)
            continue;    /* what follows runs after the store */
        int32_t succ[2];
        int ns = ir_term_nsucc(&bl->term, succ);
        for (int k = 0; k < ns; k++)
            if (!seen[succ[k]])
                seen[succ[k]] = 1, work[wp++] = succ[k];
    }
    free(work);
    free(seen);
}

/* early[] = what may run before fl's store. */
static void compute_early(FlagCtx *c, const Flag *fl)
{
    memset(c->early, 0, (size_t)c->g.n);
    int32_t sp = 0;
    for (int32_t k = 0; k < c->ninits && c->inits[k] != fl->init; k++)
        mark(c, c->inits[k], &sp);
    for (int h = 0; h < IRH__COUNT; h++)
        if (h != IRH_INIT)
            mark(c, c->m->hooks[h], &sp);
    calls_before_store(c, fl, &sp);
    mark(c, c->root, &sp);
    close_early(c, sp);
}

/* ------------------------------------------------------------ rewriting */

/* The flag a block's test reads, or -1: a GETFIELD of a flag ending the
 * block, which branches on it (the lowering's shape). */
static int32_t test_of(const IrModule *m, const IrBlock *bl, const Flag *flags, int32_t nflags)
{
    const IrInstr *in = bl->ninstrs ? &bl->instrs[bl->ninstrs - 1] : NULL;
    if (!in || in->op != IR_GETFIELD || !is_flag(m, in) || bl->term.kind != TERM_BRANCH ||
        bl->term.value != in->dst)
        return -1;
    for (int32_t k = 0; k < nflags; k++)
        if (flags[k].sid == in->aux && flags[k].field == in->imm)
            return k;
    return -1;
}

/* The test is known to pass: a jump to its "assigned" side. */
static void drop_test(IrBlock *bl)
{
    IrInstr *in = &bl->instrs[bl->ninstrs - 1];
    in->op = IR_CONST_I64;
    in->a = -1;
    in->imm = 1;
    in->aux = 0;
    bl->term.kind = TERM_JUMP;
    bl->term.value = -1;
    bl->term.succ[1] = -1;
}

/* Every test of flag k in a function that cannot run before its store. */
static void drop_early_free(FlagCtx *c, const Flag *flags, int32_t k)
{
    const Flag *fl = &flags[k];
    compute_early(c, fl);
    for (int32_t i = 0; i < c->nsites; i++) {
        const Site *st = &c->sites[i];
        if (st->flag != k || c->early[st->func] || st->func == fl->init)
            continue;
        drop_test(&c->m->funcs[st->func].blocks[st->block]);
        c->changed[st->func] = 1;
    }
}

static int is_init(const FlagCtx *c, int32_t fid)
{
    for (int32_t k = 0; k < c->ninits; k++)
        if (c->inits[k] == fid)
            return 1;
    return 0;
}

/* The functions that take an address, and every flag test. */
static void scan_module(FlagCtx *c, const Flag *flags, int32_t nflags)
{
    int32_t cap = 64;
    c->sites = malloc(sizeof(Site) * (size_t)cap);
    c->takes_addr = calloc((size_t)c->g.n, 1);
    c->changed = calloc((size_t)c->g.n, 1);
    for (int32_t fid = 0; fid < c->m->nfuncs; fid++)
        for (int32_t b = 0; b < c->m->funcs[fid].nblocks; b++) {
            const IrBlock *bl = &c->m->funcs[fid].blocks[b];
            for (int32_t i = 0; i < bl->ninstrs; i++)
                c->takes_addr[fid] |= bl->instrs[i].op == IR_FUNCADDR;
            int32_t k = test_of(c->m, bl, flags, nflags);
            if (k < 0)
                continue;
            if (c->nsites == cap)
                c->sites = realloc(c->sites, sizeof(Site) * (size_t)(cap *= 2));
            c->sites[c->nsites++] = (Site){ fid, b, k };
        }
}

void pass_init_flags(IrModule *m)
{
    int32_t nflags;
    Flag *flags = collect_flags(m, &nflags);
    if (nflags == 0 || m->hooks[IRH_INIT] < 0) {
        free(flags);
        return;
    }
    FlagCtx c = { .m = m, .g = ir_call_graph(m, 1), .root = m->nfuncs };
    c.inits = malloc(sizeof(int32_t) * (size_t)(m->nfuncs + 1));
    c.ninits = init_order(m, c.inits);
    scan_module(&c, flags, nflags);
    c.early = malloc((size_t)c.g.n);
    c.stack = malloc(sizeof(int32_t) * (size_t)(c.g.n + 1));
    for (int32_t k = 0; k < nflags; k++)
        if (flags[k].nstores == 1 && is_init(&c, flags[k].init))
            drop_early_free(&c, flags, k);
    for (int32_t fid = 0; fid < m->nfuncs; fid++)
        if (c.changed[fid])
            ir_clear_unreachable(m, &m->funcs[fid]);
    free(c.changed);
    free(c.sites);
    free(c.stack);
    free(c.early);
    free(c.takes_addr);
    free(c.inits);
    ir_call_graph_free(&c.g);
    free(flags);
}
