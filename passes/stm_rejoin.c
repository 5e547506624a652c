/* stm_rejoin.c - read barriers of a breaking loop moved off its header
 * (part of the read pass, stm_read.c, run with the hoisting of
 * stm_hoist.c).
 *
 * A loop whose body may break the transaction (an interpreter's dispatch
 * loop: some opcodes call code that breaks) cannot hoist its barriers: the
 * join at its header meets the paths that broke, so every iteration redoes
 * the barriers of values it reads on every iteration (the bytecode list,
 * the register list), although most iterations did not break.
 *
 * Assumes: read barriers were placed right before their accesses and
 * hoisting ran; `defs` was solved before hoisting (DEF facts do not move).
 * Guarantees: for a loop that may break, every vreg x that
 *   - the loop never assigns and that is assigned on every path to it, and
 *   - is anticipated at the header: every path from the header reads x
 *     (has a barrier of x) before it may break, or leaves the loop,
 * gets an STM_READ in the preheader, and after every point of the body
 * that may break (on each edge, for a breaking call that ends its block)
 * from which some path comes back to the header without a barrier of x
 * or another break.  READ(x) then holds at the header on every path, and
 * the barriers of x in the body that it covers are deleted by the
 * clean-up of stm_hoist.c.  The cost: every barrier added after a break
 * replaces one the path did anyway (x is anticipated at the header, so
 * the stretch of the path up to the next break reads x), except on paths
 * that leave the loop or break again without coming back; each iteration
 * that does not break saves its barriers of x.
 * The new barriers are safe anywhere x is defined: a read barrier only
 * adds x to the read set, and stm_read(0) is harmless.
 * A break inside a loop D nested in the loop (an opcode's own loop, or
 * an interpreter's inner dispatch loop nested in the loop that switches
 * frames) re-reads an x that D never reads not after the break but at
 * the start of D's exits in the loop: such an x (the interpreter's
 * ExecCtx, read once per frame switch) would otherwise be re-read after
 * every breaking call of D's iterations, where the header read it once
 * per D's whole run.  Every path from the break back to the header
 * leaves D (the header is not in D); one that breaks no more meets that
 * barrier, or reads x itself, and one that breaks again is the next
 * break's.  An x that some D would exit straight to the header is not
 * chosen: the barrier would land on the header.  The trade: a run of D
 * that did not break pays the exit's barrier, where the re-read after a
 * break cost nothing; a D mostly left without a break (zero trips around
 * a breaking call) loses.
 * Notes: each new barrier has a REJOIN note (not an access).
 *
 * Refuses to: touch a loop whose header is an exception handler (no
 * preheader) or that cannot break (stm_hoist.c moves its barriers out).
 */
#include "passes/stm_flow.h"

#include <stdlib.h>

typedef struct Rejoin {
    IrModule *m;
    IrFunc *f;
    int32_t fid;
    const IrLoop *l;
    const IrLoops *ls;
    const IrBits *used; /* per loop of ls: the vregs with a barrier in it */
    IrBits *defer;      /* per loop of ls: re-read at its exits */
    IrBits *ant;      /* per block entry: x read on every path before a break */
    IrBits *reach;    /* per block entry: some path reaches the header first */
    IrBits all;       /* every vreg */
    IrBits chosen;
    IrBits scratch;
} Rejoin;

/* ------------------------------------------------------------- analysis */

/* Step backwards over instruction `in`: the sets before it. */
static void back_step(const Rejoin *r, const IrInstr *in, IrBits *ant, IrBits *reach)
{
    if (stm_breaks(r->m, in)) {
        memset(ant->w, 0, sizeof(uint64_t) * (size_t)ant->nwords);
        memset(reach->w, 0, sizeof(uint64_t) * (size_t)reach->nwords);
    } else if (in->op == IR_STM_READ || in->op == IR_STM_WRITE) {
        ir_bits_set(ant, in->a);
        ir_bits_clear(reach, in->a);
    }
}

/* The sets at the exit of block b: meet over its successors in the loop
 * (leaving the loop is neither a read nor a way back). */
static void block_exit(const Rejoin *r, int32_t b, IrBits *ant, IrBits *reach)
{
    int32_t succ[2];
    int n = ir_term_nsucc(&r->f->blocks[b].term, succ);
    ir_bits_copy(ant, &r->all);
    memset(reach->w, 0, sizeof(uint64_t) * (size_t)reach->nwords);
    for (int k = 0; k < n; k++) {
        if (!r->l->body[succ[k]])
            continue;
        for (int32_t w = 0; w < ant->nwords; w++)
            ant->w[w] &= r->ant[succ[k]].w[w];
        ir_bits_union(reach, succ[k] == r->l->header ? &r->all : &r->reach[succ[k]]);
    }
}

static int block_entry(const Rejoin *r, int32_t b, IrBits *ant, IrBits *reach)
{
    block_exit(r, b, ant, reach);
    const IrBlock *bl = &r->f->blocks[b];
    for (int32_t i = bl->ninstrs - 1; i >= 0; i--)
        back_step(r, &bl->instrs[i], ant, reach);
    int changed = memcmp(ant->w, r->ant[b].w, sizeof(uint64_t) * (size_t)ant->nwords)
                  || memcmp(reach->w, r->reach[b].w, sizeof(uint64_t) * (size_t)ant->nwords);
    ir_bits_copy(&r->ant[b], ant);
    ir_bits_copy(&r->reach[b], reach);
    return changed;
}

/* ANT is a must-property (greatest fixpoint: starts full), REACH a may
 * one (least: starts empty); blocks in post-order converge fastest. */
static void solve(Rejoin *r)
{
    IrFunc *f = r->f;
    int32_t *order = malloc(sizeof(int32_t) * (size_t)(f->nblocks + 1));
    int32_t n = ir_rpo_order(f, order);
    r->ant = calloc((size_t)f->nblocks + 1, sizeof(IrBits));
    r->reach = calloc((size_t)f->nblocks + 1, sizeof(IrBits));
    for (int32_t b = 0; b < f->nblocks; b++) {
        r->ant[b] = ir_bits_new(f->nvregs);
        r->reach[b] = ir_bits_new(f->nvregs);
        ir_bits_copy(&r->ant[b], &r->all);
    }
    IrBits ant = ir_bits_new(f->nvregs), reach = ir_bits_new(f->nvregs);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t i = n - 1; i >= 0; i--)
            if (r->l->body[order[i]])
                changed |= block_entry(r, order[i], &ant, &reach);
    }
    ir_bits_free(&ant);
    ir_bits_free(&reach);
    free(order);
}

/* REACH just after instruction i of block b (i < ninstrs - 1). */
static void reach_after(const Rejoin *r, int32_t b, int32_t i, IrBits *ant, IrBits *reach)
{
    block_exit(r, b, ant, reach);
    const IrBlock *bl = &r->f->blocks[b];
    for (int32_t k = bl->ninstrs - 1; k > i; k--)
        back_step(r, &bl->instrs[k], ant, reach);
}

/* Points after a break from which some path comes back to the header
 * without reading x (where x must be re-read), per vreg.  The exception
 * edge of a breaking call is not counted: it is rarely taken, and the
 * handler it leads to is shared by the calls of a try body. */
static void count_points(const Rejoin *r, int32_t *points)
{
    const IrFunc *f = r->f;
    IrBits ant = ir_bits_new(f->nvregs), reach = ir_bits_new(f->nvregs);
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; r->l->body[b] && i < f->blocks[b].ninstrs; i++) {
            if (!stm_breaks(r->m, &f->blocks[b].instrs[i]))
                continue;
            const IrTerm *t = &f->blocks[b].term;
            const IrBits *want = &reach;
            if (t->kind != TERM_EXC || i + 1 < f->blocks[b].ninstrs)
                reach_after(r, b, i, &ant, &reach);
            else if (!r->l->body[t->succ[0]] || t->succ[0] == b)
                continue;
            else
                want = t->succ[0] == r->l->header ? &r->all : &r->reach[t->succ[0]];
            for (int32_t v = 0; v < f->nvregs; v++)
                points[v] += ir_bits_has(want, v);
        }
    ir_bits_free(&ant);
    ir_bits_free(&reach);
}

/* x: not assigned in the loop, assigned on every path to it, and either
 * anticipated at the header or with more barriers in the loop than
 * points to re-read it at. */
static void choose(Rejoin *r, const StmFlow *defs)
{
    const IrFunc *f = r->f;
    IrBits asg = ir_bits_new(f->nvregs);
    int32_t *count = calloc((size_t)f->nvregs + 1, sizeof(int32_t));
    int32_t *points = calloc((size_t)f->nvregs + 1, sizeof(int32_t));
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; r->l->body[b] && i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (in->dst >= 0)
                ir_bits_set(&asg, in->dst);
            if (in->op == IR_STM_READ)
                count[in->a]++;
        }
    count_points(r, points);
    for (int32_t v = 0; v < f->nvregs; v++) {
        if ((ir_bits_has(&r->ant[r->l->header], v) || count[v] > points[v])
            && count[v] && !ir_bits_has(&asg, v)
            && stm_has(defs, &defs->in[r->l->header].must, SF_DEF, v)
            && f->vregs[v].type.kind == IRK_REF)
            ir_bits_set(&r->chosen, v);
    }
    free(points);
    free(count);
    ir_bits_free(&asg);
}

/* ------------------------------------------------------------ deferring */

/* The largest loop strictly inside r->l that holds block b and has no
 * barrier of x, or -1.  Loops with other headers are nested or disjoint,
 * so a loop whose header is in r->l's body is inside it. */
static int32_t defer_loop(const Rejoin *r, int32_t b, int32_t x)
{
    int32_t best = -1;
    for (int32_t d = 0; d < r->ls->n; d++) {
        const IrLoop *dl = &r->ls->v[d];
        if (dl->header == r->l->header || !r->l->body[dl->header] || !dl->body[b]
            || ir_bits_has(&r->used[d], x))
            continue;
        if (best < 0 || dl->size > r->ls->v[best].size)
            best = d;
    }
    return best;
}

/* Does loop d leave its body straight for r->l's header? */
static int exits_to_header(const Rejoin *r, int32_t d)
{
    const IrLoop *dl = &r->ls->v[d];
    for (int32_t b = 0; b < r->f->nblocks; b++) {
        int32_t succ[2];
        int n = dl->body[b] ? ir_term_nsucc(&r->f->blocks[b].term, succ) : 0;
        for (int k = 0; k < n; k++)
            if (succ[k] == r->l->header)
                return 1;
    }
    return 0;
}

/* The chosen vregs of `want` (to re-read after a break in block b) that a
 * loop inside r->l defers to its exits.  Placing: they leave `want` for
 * that loop's `defer` set.  Else: a vreg whose loop exits straight to the
 * header is not chosen. */
static void split_deferred(Rejoin *r, int32_t b, IrBits *want, int place)
{
    for (int32_t v = 0; v < r->f->nvregs; v++) {
        if (!ir_bits_has(&r->chosen, v) || !ir_bits_has(want, v))
            continue;
        int32_t d = defer_loop(r, b, v);
        if (d < 0)
            continue;
        if (!place) {
            if (exits_to_header(r, d))
                ir_bits_clear(&r->chosen, v);
        } else {
            ir_bits_clear(want, v);
            ir_bits_set(&r->defer[d], v);
        }
    }
}

/* ------------------------------------------------------------ inserting */

/* Is there an STM_READ of v in the run of barriers starting at pos? */
static int already_there(const IrBlock *bl, int32_t pos, int32_t v)
{
    for (int32_t i = pos; i < bl->ninstrs && bl->instrs[i].op == IR_STM_READ; i++)
        if (bl->instrs[i].a == v)
            return 1;
    return 0;
}

/* Re-read the chosen vregs in `want` at position pos of block b, at
 * source location loc; returns how many instructions were inserted. */
static int32_t reread_at(Rejoin *r, int32_t b, int32_t pos, const IrBits *want, IrLoc loc)
{
    IrInstr cause = ir_instr(IR_STM_READ);     /* what the notes describe */
    cause.loc = loc;
    int32_t n = 0;
    for (int32_t v = 0; v < r->f->nvregs; v++) {
        if (!ir_bits_has(&r->chosen, v) || !ir_bits_has(want, v)
            || already_there(&r->f->blocks[b], pos, v))
            continue;
        StmUse u = { v, -1, 0, 0, 0 };
        int32_t note = stm_note(r->m, r->fid, &cause, IRB_READ, IRW_REJOIN, v, 0);
        IrInstr bar = stm_barrier(IRB_READ, &u, loc, note);
        ir_insert(r->m, r->f, b, pos, &bar);
        n++;
    }
    return n;
}

/* Re-read after the break at instruction i of block b: in the block, or
 * at the start of its successors in the loop when it ends the block,
 * minus what a nested loop defers (split_deferred; `place` 0 only
 * decides that).  Returns how many instructions were inserted into b. */
static int32_t reread_after(Rejoin *r, int32_t b, int32_t i, IrBits *ant, IrBits *reach,
                            int place)
{
    IrLoc loc = r->f->blocks[b].instrs[i].loc;
    const IrTerm t = r->f->blocks[b].term;
    if (t.kind != TERM_EXC || i + 1 < r->f->blocks[b].ninstrs) {
        reach_after(r, b, i, ant, reach);
        split_deferred(r, b, reach, place);
        return place ? reread_at(r, b, i + 1, reach, loc) : 0;
    }
    for (int k = 0; k < 2; k++) {
        int32_t s = t.succ[k];
        if (s < 0 || !r->l->body[s] || s == b)
            continue;
        ir_bits_copy(&r->scratch, s == r->l->header ? &r->all : &r->reach[s]);
        split_deferred(r, b, &r->scratch, place);
        if (place)
            reread_at(r, s, 0, &r->scratch, loc);
    }
    return 0;
}

static void walk_breaks(Rejoin *r, int place)
{
    IrFunc *f = r->f;
    IrBits ant = ir_bits_new(f->nvregs), reach = ir_bits_new(f->nvregs);
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; r->l->body[b] && i < f->blocks[b].ninstrs; i++)
            if (stm_breaks(r->m, &f->blocks[b].instrs[i]))
                i += reread_after(r, b, i, &ant, &reach, place);
    ir_bits_free(&ant);
    ir_bits_free(&reach);
}

/* Re-read what loop d defers at the start of each of its exits in r->l
 * (a successor of its body outside it), where a path takes it back to
 * the header unread. */
static void reread_at_exits(Rejoin *r, int32_t d)
{
    const IrLoop *dl = &r->ls->v[d];
    for (int32_t b = 0; b < r->f->nblocks; b++) {
        int32_t succ[2];
        int n = dl->body[b] ? ir_term_nsucc(&r->f->blocks[b].term, succ) : 0;
        for (int k = 0; k < n; k++) {
            int32_t t = succ[k];
            if (dl->body[t] || !r->l->body[t])
                continue;
            ir_bits_copy(&r->scratch, &r->reach[t]);
            for (int32_t w = 0; w < r->scratch.nwords; w++)
                r->scratch.w[w] &= r->defer[d].w[w];
            reread_at(r, t, 0, &r->scratch, r->f->blocks[b].term.loc);
        }
    }
}

static void rejoin_loop(Rejoin *r, int32_t pre)
{
    IrFunc *f = r->f;
    walk_breaks(r, 0);
    const IrBlock *pb = &f->blocks[pre];
    reread_at(r, pre, pb->ninstrs, &r->all, pb->term.loc);
    /* all positions are decided on the sets solved before any insertion:
     * a barrier inserted after a break changes no set upstream of the
     * break; at worst two breaks whose stretches join both re-read */
    walk_breaks(r, 1);
    for (int32_t d = 0; d < r->ls->n; d++)
        reread_at_exits(r, d);
}

/* --------------------------------------------------------------- driver */

/* Does loop l break and read something (so that it wants a preheader)? */
int stm_rejoin_candidate(const IrModule *m, const IrFunc *f, const IrLoop *l)
{
    int breaks = 0, reads = 0;
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; l->body[b] && i < f->blocks[b].ninstrs; i++) {
            breaks |= stm_breaks(m, &f->blocks[b].instrs[i]);
            reads |= f->blocks[b].instrs[i].op == IR_STM_READ;
        }
    return breaks && reads;
}

static void rejoin_free(Rejoin *r)
{
    for (int32_t b = 0; b < r->f->nblocks; b++) {
        ir_bits_free(&r->ant[b]);
        ir_bits_free(&r->reach[b]);
    }
    free(r->ant);
    free(r->reach);
    ir_bits_free(&r->all);
    ir_bits_free(&r->chosen);
    ir_bits_free(&r->scratch);
    for (int32_t d = 0; d < r->ls->n; d++)
        ir_bits_free(&r->defer[d]);
    free(r->defer);
}

/* Per loop: the vregs with a read or write barrier in its body. */
static IrBits *barriered_in_loops(const IrFunc *f, const IrLoops *ls)
{
    IrBits *used = calloc((size_t)ls->n + 1, sizeof(IrBits));
    for (int32_t d = 0; d < ls->n; d++) {
        used[d] = ir_bits_new(f->nvregs);
        for (int32_t b = 0; b < f->nblocks; b++)
            for (int32_t i = 0; ls->v[d].body[b] && i < f->blocks[b].ninstrs; i++) {
                const IrInstr *in = &f->blocks[b].instrs[i];
                if (in->op == IR_STM_READ || in->op == IR_STM_WRITE)
                    ir_bits_set(&used[d], in->a);
            }
    }
    return used;
}

void stm_rejoin_reads(IrModule *m, int32_t fid, IrLoops *ls, const StmFlow *defs)
{
    IrFunc *f = &m->funcs[fid];
    /* before any insertion: a barrier a loop's rejoin adds inside another
     * loop is of a vreg chosen for it, which it had a barrier of already,
     * or one that it defers */
    IrBits *used = barriered_in_loops(f, ls);
    for (int32_t i = 0; i < ls->n; i++) {
        const IrLoop *l = &ls->v[i];
        int32_t pre = stm_existing_preheader(f, l);
        if (pre < 0 || !stm_rejoin_candidate(m, f, l))
            continue;
        Rejoin r = { .m = m, .f = f, .fid = fid, .l = l, .ls = ls, .used = used,
                     .all = ir_bits_new(f->nvregs), .chosen = ir_bits_new(f->nvregs),
                     .scratch = ir_bits_new(f->nvregs) };
        r.defer = calloc((size_t)ls->n + 1, sizeof(IrBits));
        for (int32_t d = 0; d < ls->n; d++)
            r.defer[d] = ir_bits_new(f->nvregs);
        for (int32_t v = 0; v < f->nvregs; v++)
            ir_bits_set(&r.all, v);
        solve(&r);
        choose(&r, defs);
        rejoin_loop(&r, pre);
        rejoin_free(&r);
    }
    for (int32_t d = 0; d < ls->n; d++)
        ir_bits_free(&used[d]);
    free(used);
}
