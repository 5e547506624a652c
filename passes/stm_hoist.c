/* stm_hoist.c - hoisting read barriers out of loops (part of the read
 * pass, stm_read.c).
 *
 * Assumes: STM_READ barriers were placed right before their accesses.
 * Guarantees: an STM_READ of vreg x inside a natural loop moves to the
 * loop's preheader (created when the header has several outside
 * predecessors or a branching one) when
 *   - no instruction of the loop body may break the transaction (so the
 *     read fact, once established before the loop, holds in all of it:
 *     read facts survive safe points),
 *   - no instruction of the body assigns x (so x has the same value on
 *     every iteration), and
 *   - x is assigned on every path to the loop (so the hoisted barrier
 *     never reads a vreg that holds garbage; stm_read(0) is harmless, so
 *     no null test is needed).
 * Inner loops are handled first, so a barrier can leave a nest loop by
 * loop.  Several barriers of x in one loop become one, and a barrier that
 * a hoisted one made redundant (its fact holds already) is deleted.
 * Notes: the access note says HOISTED_OUT and links to a HOISTED note at
 * the preheader.
 *
 * Refuses to: hoist out of a loop whose header is an exception handler,
 * or write barriers at all (stm_write.c says why).
 */
#include "passes/stm_flow.h"

#include <stdlib.h>

static int cmp_size(const void *a, const void *b)
{
    const IrLoop *x = a, *y = b;
    return x->size < y->size ? -1 : x->size > y->size;
}

/* --------------------------------------------------------- candidates */

static int body_breaks(const IrModule *m, const IrFunc *f, const IrLoop *l)
{
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; l->body[b] && i < f->blocks[b].ninstrs; i++)
            if (stm_breaks(m, &f->blocks[b].instrs[i]))
                return 1;
    return 0;
}

static IrBits assigned_in(const IrFunc *f, const IrLoop *l)
{
    IrBits r = ir_bits_new(f->nvregs);
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; l->body[b] && i < f->blocks[b].ninstrs; i++)
            if (f->blocks[b].instrs[i].dst >= 0)
                ir_bits_set(&r, f->blocks[b].instrs[i].dst);
    return r;
}

/* Is there a barrier the loop could hoist (ignoring definedness)? */
static int has_candidate(const IrModule *m, const IrFunc *f, const IrLoop *l)
{
    if (body_breaks(m, f, l))
        return 0;
    IrBits asg = assigned_in(f, l);
    int found = 0;
    for (int32_t b = 0; b < f->nblocks && !found; b++)
        for (int32_t i = 0; l->body[b] && i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (in->op == IR_STM_READ && !ir_bits_has(&asg, in->a))
                found = 1;
        }
    ir_bits_free(&asg);
    return found;
}

/* ---------------------------------------------------------- preheaders */

static IrLoc header_loc(const IrFunc *f, int32_t h)
{
    const IrBlock *bl = &f->blocks[h];
    return bl->ninstrs ? bl->instrs[0].loc : bl->term.loc;
}

/* Is the header entered from outside the loop through an exception edge? */
static int entered_by_exception(const IrFunc *f, const IrLoop *l)
{
    const IrBlock *h = &f->blocks[l->header];
    for (int32_t k = 0; k < h->npreds; k++) {
        const IrTerm *t = &f->blocks[h->preds[k]].term;
        int handler_edge = t->kind == TERM_EXC || t->kind == TERM_RAISE
                           || t->kind == TERM_RERAISE;
        if (handler_edge && t->succ[1] == l->header)
            return 1;
    }
    return 0;
}

/* The unique outside predecessor ending in a jump to the header, or -1. */
int32_t stm_existing_preheader(const IrFunc *f, const IrLoop *l)
{
    const IrBlock *h = &f->blocks[l->header];
    int32_t found = -1, outside = 0;
    for (int32_t k = 0; k < h->npreds; k++) {
        int32_t p = h->preds[k];
        if (l->body[p])
            continue;
        outside++;
        found = p;
    }
    if (outside != 1 || f->blocks[found].term.kind != TERM_JUMP)
        return -1;
    return found;
}

static void make_preheader(IrModule *m, IrFunc *f, const IrLoop *l)
{
    int32_t h = l->header;
    int32_t npreds = f->blocks[h].npreds;
    int32_t *outside = malloc(sizeof(int32_t) * (size_t)(npreds + 1));
    int32_t no = 0;
    for (int32_t k = 0; k < npreds; k++)
        if (!l->body[f->blocks[h].preds[k]])
            outside[no++] = f->blocks[h].preds[k];
    int32_t ph = ir_new_block(m, f);    /* may move f->blocks */
    ir_set_term(f, ph, TERM_JUMP, -1, h, -1, header_loc(f, h));
    for (int32_t k = 0; k < no; k++) {
        IrTerm *t = &f->blocks[outside[k]].term;
        if (t->succ[0] == h)
            t->succ[0] = ph;
        if (t->kind == TERM_BRANCH && t->succ[1] == h)
            t->succ[1] = ph;
    }
    free(outside);
}

/* Give every loop that could hoist something a preheader. */
static int make_preheaders(IrModule *m, IrFunc *f, IrLoops *ls)
{
    int made = 0;
    for (int32_t i = 0; i < ls->n; i++) {
        const IrLoop *l = &ls->v[i];
        if (entered_by_exception(f, l) || stm_existing_preheader(f, l) >= 0
            || !(has_candidate(m, f, l) || stm_rejoin_candidate(m, f, l)))
            continue;
        make_preheader(m, f, l);
        made = 1;
    }
    return made;
}

/* -------------------------------------------------------------- moving */

/* Remove the barrier at i; the access it was placed for (the next
 * instruction, when its note is an access's) is now elided. */
static void remove_barrier(const IrModule *m, IrBlock *bl, int32_t i)
{
    int32_t note = bl->instrs[i].aux;
    memmove(&bl->instrs[i], &bl->instrs[i + 1], sizeof(IrInstr) * (size_t)(bl->ninstrs - i - 1));
    bl->ninstrs--;
    if (i < bl->ninstrs && note >= 0 && m->notes[note].access)
        bl->instrs[i].flags |= IRI_ELIDED;
}

/* The hoisted barrier's note (creating it from the access note). */
static int32_t hoisted_note(IrModule *m, int32_t note, IrLoc at)
{
    if (note < 0)
        return -1;
    if (!m->notes[note].access) {          /* already hoisted once */
        m->notes[note].loc = at;
        return note;
    }
    IrNote h = m->notes[note];
    h.access = 0;
    h.why = IRW_HOISTED;
    h.link = note;
    h.loc = at;
    int32_t hn = ir_add_note(m, &h);
    m->notes[note].why = IRW_HOISTED_OUT;
    m->notes[note].link = hn;
    return hn;
}

/* A second barrier of the same vreg: its accesses now use the first. */
static void merge_note(IrModule *m, int32_t dropped, int32_t kept)
{
    if (dropped < 0)
        return;
    if (m->notes[dropped].access) {
        m->notes[dropped].why = IRW_HOISTED_OUT;
        m->notes[dropped].link = kept;
        return;
    }
    for (int32_t i = 0; i < m->nnotes; i++)
        if (m->notes[i].why == IRW_HOISTED_OUT && m->notes[i].link == dropped)
            m->notes[i].link = kept;
    m->notes[dropped].why = IRW_NONE;      /* no longer a barrier */
}

typedef struct Hoist {
    IrModule *m;
    IrFunc *f;
    const IrLoop *l;
    int32_t pre;
    IrLoc at;
    IrBits movable;     /* vregs whose barriers may leave this loop */
    int32_t *moved;     /* per vreg: note of the barrier already moved, or -2 */
} Hoist;

static void hoist_one(Hoist *h, int32_t b, int32_t i)
{
    IrBlock *bl = &h->f->blocks[b];
    IrInstr bar = bl->instrs[i];
    remove_barrier(h->m, bl, i);
    if (h->moved[bar.a] != -2) {
        merge_note(h->m, bar.aux, h->moved[bar.a]);
        return;
    }
    bar.aux = hoisted_note(h->m, bar.aux, h->at);
    bar.loc = h->at;
    h->moved[bar.a] = bar.aux;
    IrBlock *pb = &h->f->blocks[h->pre];
    ir_insert(h->m, h->f, h->pre, pb->ninstrs, &bar);
}

static void hoist_loop(Hoist *h)
{
    const IrFunc *f = h->f;
    for (int32_t v = 0; v < f->nvregs; v++)
        h->moved[v] = -2;
    for (int32_t b = 0; b < f->nblocks; b++) {
        if (!h->l->body[b])
            continue;
        for (int32_t i = 0; i < f->blocks[b].ninstrs;) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (in->op == IR_STM_READ && ir_bits_has(&h->movable, in->a))
                hoist_one(h, b, i);
            else
                i++;
        }
    }
}

/* Vregs not assigned in the loop and assigned on every path to it. */
static IrBits movable_vregs(const StmFlow *defs, const IrLoop *l)
{
    IrBits asg = assigned_in(defs->f, l);
    IrBits r = ir_bits_new(defs->nv);
    for (int32_t v = 0; v < defs->nv; v++)
        if (!ir_bits_has(&asg, v) && stm_has(defs, &defs->in[l->header].must, SF_DEF, v))
            ir_bits_set(&r, v);
    ir_bits_free(&asg);
    return r;
}

static void hoist_loops(IrModule *m, int32_t fid, IrLoops *ls, const StmFlow *defs)
{
    IrFunc *f = &m->funcs[fid];
    qsort(ls->v, (size_t)ls->n, sizeof(IrLoop), cmp_size);
    int32_t *moved = malloc(sizeof(int32_t) * (size_t)(f->nvregs + 1));
    for (int32_t i = 0; i < ls->n; i++) {
        const IrLoop *l = &ls->v[i];
        int32_t pre = stm_existing_preheader(f, l);
        if (pre < 0 || entered_by_exception(f, l) || body_breaks(m, f, l))
            continue;
        Hoist h = { m, f, l, pre, header_loc(f, l->header), movable_vregs(defs, l), moved };
        hoist_loop(&h);
        ir_bits_free(&h.movable);
    }
    free(moved);
}

/* -------------------------------------------------------------- cleanup */

/* A barrier's note (and, for a hoisted one, its accesses' notes) when the
 * barrier turned out redundant: the accesses are covered by `why`. */
static void redundant_note(IrModule *m, int32_t note, IrWhy why)
{
    if (note < 0)
        return;
    if (m->notes[note].access) {
        m->notes[note].why = (uint8_t)why;
        return;
    }
    for (int32_t i = 0; i < m->nnotes; i++)
        if (m->notes[i].why == IRW_HOISTED_OUT && m->notes[i].link == note) {
            m->notes[i].why = (uint8_t)why;
            m->notes[i].link = -1;
        }
    m->notes[note].why = IRW_NONE;
}

/* Hoisting can leave a barrier where the fact already holds (a value read
 * in a first loop, whose barrier left it, and again in a second loop):
 * delete those.  Deleting a barrier whose fact holds changes no fact, so
 * one walk finds them all. */
static void drop_redundant_reads(IrModule *m, int32_t fid, const StmEffects *fx)
{
    StmFlow fl;
    stm_flow_init(&fl, m, fid, 0, fx);
    stm_flow_solve(&fl);
    StmState s = stm_state_new(&fl);
    for (int32_t b = 0; b < fl.f->nblocks; b++) {
        if (fl.f->blocks[b].rpo < 0)
            continue;
        stm_state_copy(&fl, &s, &fl.in[b]);
        IrBlock *bl = &fl.f->blocks[b];
        for (int32_t i = 0; i < bl->ninstrs;) {
            IrInstr in = bl->instrs[i];
            StmUse u = { in.a, -1, 0, 0, 0 };
            int read = in.op == IR_STM_READ || in.op == IR_STM_READ_CARD;
            IrWhy why = read ? stm_decide_read(&fl, &s, &u) : IRW_NONE;
            if (read && !ir_whys[why].placed) {
                remove_barrier(m, bl, i);
                redundant_note(m, in.aux, why);
                continue;
            }
            stm_step(&fl, &in, &s);
            i++;
        }
    }
    stm_state_free(&s);
    stm_flow_free(&fl);
}

void stm_hoist_reads(IrModule *m, int32_t fid, const StmEffects *fx)
{
    IrFunc *f = &m->funcs[fid];
    IrLoops ls = ir_find_loops(m, f);
    if (ls.n && make_preheaders(m, f, &ls)) {
        ir_loops_free(&ls);
        ls = ir_find_loops(m, f);
    }
    if (ls.n) {
        StmFlow defs;
        stm_flow_init(&defs, m, fid, 0, fx);
        stm_flow_solve(&defs);
        hoist_loops(m, fid, &ls, &defs);
        stm_rejoin_reads(m, fid, &ls, &defs);
        stm_flow_free(&defs);
        drop_redundant_reads(m, fid, fx);
    }
    ir_loops_free(&ls);
    ir_compute_cfg(m, f);
}
