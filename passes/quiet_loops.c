/* quiet_loops.c - loops nothing can interrupt: their back-edge polls and
 * their repeated field reads.
 *
 * A loop is quiet when no instruction of its body can end the transaction
 * or hand the GIL over: no call other than a list's own checked
 * __getitem__/__setitem__ (IRI_INDEX_CHECKED) whose summary does not
 * break, no break point, no poll but the loop's own `for` poll.  Inside
 * such a loop the only writes its reads can observe are its own: under
 * the GIL nobody else runs, under --stm the transaction's view of memory
 * changes only when it breaks.  Allocation may collect and move objects,
 * but it changes no field, and the emitter keeps values in shadow-stack
 * slots across it as everywhere.
 *
 * Assumes: lowered IR whose `for` loops over a range or a sequence mark
 * their back-edge poll IRI_FOR_POLL (lower_iter.c); summaries computed.
 * Guarantees:
 *  - the IRI_FOR_POLL poll of a quiet loop that does not allocate either
 *    is deleted (a POLL_INTR's block then jumps), when no SETFIELD of the
 *    loop writes a field index its header reads (the list being iterated
 *    keeps its length): the loop ends after bounded work, so threads and
 *    Ctrl-C wait at most that long.  `while` loops keep their polls: a
 *    spinning thread must reach safe points (issue 14, item 1).
 *  - in an innermost loop whose poll went, every GETFIELD of an object
 *    vreg the loop does not assign, declared of the field's own struct, of
 *    a field index no SETFIELD of the loop writes (in any struct: a
 *    subclass shares its base's indices), is read once on the way in, into
 *    a new vreg, and the loop's reads become MOVs of it.  Those entry reads
 *    sit behind a null test (the loop may read the field only after
 *    narrowing an Optional; the null path sets the new vregs to zero), and
 *    the declared struct guarantees the object has the field.  A list's
 *    _len and _items stay in registers through the digit loops of
 *    examples/python/bigint.py.
 * Refuses to: touch loops with other calls (any call may append), iterate
 * over str (its length is a call), hoist out of loops entered through an
 * exception edge, or out of outer loops; the bounds test stays in the
 * loop (INBOUNDS against the hoisted length).
 */
#include "passes/passes.h"
#include "passes/analysis.h"

#include <stdlib.h>

static int cmp_size(const void *a, const void *b)
{
    const IrLoop *x = a, *y = b;
    return x->size < y->size ? -1 : x->size > y->size;
}

static int is_poll(const IrInstr *in)
{
    return in->op == IR_POLL || in->op == IR_POLL_INTR;
}

/* Can the instruction let another thread's writes in (or write a field
 * behind the loop's back, for a call)?  `own` is the loop's own poll. */
static int disturbs(const IrModule *m, const IrInstr *in, const IrInstr *own)
{
    uint32_t fl = ir_ops[in->op].flags;
    if (in == own)
        return 0;
    if (fl & IRO_CALL)
        return !(in->flags & IRI_INDEX_CHECKED) || ir_instr_breaks(m, in);
    return (fl & (IRO_SAFEPOINT | IRO_BREAK | IRO_STM)) != 0;
}

/* The block after a POLL_INTR's exception test, or the poll's own. */
static int32_t jump_target(const IrFunc *f, int32_t b)
{
    const IrTerm *t = &f->blocks[b].term;
    if (t->kind == TERM_EXC && f->blocks[t->succ[0]].ninstrs == 0)
        t = &f->blocks[t->succ[0]].term;
    return t->kind == TERM_JUMP ? t->succ[0] : -1;
}

/* The loop's own `for` poll: the last instruction of a body block that
 * goes straight back to the header.  Returns its block, or -1. */
static int32_t own_poll_block(const IrFunc *f, const IrLoop *l)
{
    for (int32_t b = 0; b < l->nblocks; b++) {
        const IrBlock *bl = &f->blocks[b];
        if (!l->body[b] || bl->ninstrs == 0)
            continue;
        const IrInstr *last = &bl->instrs[bl->ninstrs - 1];
        if (is_poll(last) && (last->flags & IRI_FOR_POLL) && jump_target(f, b) == l->header)
            return b;
    }
    return -1;
}

typedef struct Quiet {
    int quiet;          /* nothing disturbs */
    int allocates;
    int writes_header;  /* a SETFIELD writes a field index the header reads */
} Quiet;

static int writes_index(const IrFunc *f, const IrLoop *l, int64_t imm)
{
    for (int32_t b = 0; b < l->nblocks; b++)
        for (int32_t i = 0; l->body[b] && i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (in->op == IR_SETFIELD && in->imm == imm)
                return 1;
        }
    return 0;
}

static Quiet examine(const IrModule *m, const IrFunc *f, const IrLoop *l, const IrInstr *own)
{
    Quiet q = { 1, 0, 0 };
    for (int32_t b = 0; b < l->nblocks; b++)
        for (int32_t i = 0; l->body[b] && i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (disturbs(m, in, own))
                q.quiet = 0;
            if (ir_ops[in->op].flags & IRO_ALLOC)
                q.allocates = 1;
        }
    const IrBlock *h = &f->blocks[l->header];
    for (int32_t i = 0; i < h->ninstrs; i++)
        if (h->instrs[i].op == IR_GETFIELD && writes_index(f, l, h->instrs[i].imm))
            q.writes_header = 1;
    return q;
}

/* ---------------------------------------------------------------- polls */

static void delete_poll(IrFunc *f, int32_t b)
{
    IrBlock *bl = &f->blocks[b];
    IrInstr *p = &bl->instrs[bl->ninstrs - 1];
    if (p->op == IR_POLL_INTR) {
        bl->term.kind = TERM_JUMP;
        bl->term.succ[1] = -1;
    }
    bl->ninstrs--;
}

/* Returns a flag per block: the header of a loop whose poll went. */
static uint8_t *drop_polls(IrModule *m, IrFunc *f, IrLoops *ls)
{
    uint8_t *dropped = calloc((size_t)f->nblocks + 1, 1);
    for (int32_t i = 0; i < ls->n; i++) {
        const IrLoop *l = &ls->v[i];
        int32_t pb = own_poll_block(f, l);
        if (pb < 0)
            continue;
        const IrBlock *bl = &f->blocks[pb];
        Quiet q = examine(m, f, l, &bl->instrs[bl->ninstrs - 1]);
        if (q.quiet && !q.allocates && !q.writes_header) {
            delete_poll(f, pb);
            dropped[l->header] = 1;
        }
    }
    return dropped;
}

/* -------------------------------------------------------------- hoisting */

/* One field read the loop repeats: object vreg, struct, field, and the
 * vreg that holds it from the loop's entry on. */
typedef struct Hoisted {
    int32_t obj, sid, field, vreg;
} Hoisted;

typedef struct Hoist {
    IrModule *m;
    IrFunc *f;
    const IrLoop *l;
    IrBits assigned;
    Hoisted *v;
    int32_t n;
} Hoist;

static int innermost(const IrLoops *ls, const IrLoop *l)
{
    for (int32_t i = 0; i < ls->n; i++)
        if (&ls->v[i] != l && l->body[ls->v[i].header])
            return 0;
    return 1;
}

static int entered_by_exception(const IrFunc *f, const IrLoop *l)
{
    const IrBlock *h = &f->blocks[l->header];
    for (int32_t k = 0; k < h->npreds; k++) {
        const IrTerm *t = &f->blocks[h->preds[k]].term;
        if (t->kind != TERM_JUMP && t->kind != TERM_BRANCH && t->succ[1] == l->header)
            return 1;
    }
    return 0;
}

static int hoistable(const Hoist *h, const IrInstr *in)
{
    if (in->op != IR_GETFIELD || ir_bits_has(&h->assigned, in->a)
        || h->f->vregs[in->a].type.sid != in->aux)
        return 0;
    IrKind k = (IrKind)h->f->vregs[in->dst].type.kind;
    return (k == IRK_BOOL || k == IRK_I64 || k == IRK_F64 || k == IRK_REF)
           && !writes_index(h->f, h->l, in->imm);
}

/* The vreg holding the hoisted read of `in` (made on first sight). */
static int32_t hoisted_vreg(Hoist *h, const IrInstr *in)
{
    for (int32_t i = 0; i < h->n; i++)
        if (h->v[i].obj == in->a && h->v[i].sid == in->aux && h->v[i].field == in->imm)
            return h->v[i].vreg;
    h->v = realloc(h->v, sizeof(Hoisted) * (size_t)(h->n + 1));
    int32_t v = ir_new_vreg(h->m, h->f, h->f->vregs[in->dst].type, NULL);
    h->v[h->n++] = (Hoisted){ in->a, in->aux, (int32_t)in->imm, v };
    return v;
}

static void replace_reads(Hoist *h)
{
    for (int32_t b = 0; b < h->l->nblocks; b++)
        for (int32_t i = 0; h->l->body[b] && i < h->f->blocks[b].ninstrs; i++) {
            IrInstr *in = &h->f->blocks[b].instrs[i];
            if (!hoistable(h, in))
                continue;
            int32_t v = hoisted_vreg(h, in);
            in = &h->f->blocks[b].instrs[i];    /* vregs may have grown, not instrs */
            in->op = IR_MOV;
            in->flags = 0;
            in->a = v;
            in->aux = -1;
            in->imm = 0;
        }
}

static IrInstr zero_of(const IrFunc *f, int32_t v)
{
    IrKind k = (IrKind)f->vregs[v].type.kind;
    IrInstr z = ir_instr(k == IRK_REF ? IR_CONST_NULL : k == IRK_F64 ? IR_CONST_F64 : IR_CONST_I64);
    z.dst = v;
    return z;
}

/* Blocks reading the fields of one object (or zeroing them when it is
 * null), then going on to `next`; returns the first. */
static int32_t entry_reads(Hoist *h, int32_t obj, int32_t next, IrLoc at)
{
    IrModule *m = h->m;
    IrFunc *f = h->f;
    int32_t test = ir_new_block(m, f), load = ir_new_block(m, f), zero = ir_new_block(m, f);
    int32_t isnull = ir_new_vreg(m, f, ir_type(IRK_BOOL), NULL);
    IrInstr t = ir_instr(IR_ISNULL);
    t.dst = isnull, t.a = obj, t.loc = at;
    ir_insert(m, f, test, 0, &t);
    ir_set_term(f, test, TERM_BRANCH, isnull, zero, load, at);
    for (int32_t i = 0; i < h->n; i++) {
        if (h->v[i].obj != obj)
            continue;
        IrInstr g = ir_instr(IR_GETFIELD), z = zero_of(f, h->v[i].vreg);
        g.dst = h->v[i].vreg, g.a = obj, g.aux = h->v[i].sid, g.imm = h->v[i].field;
        g.loc = z.loc = at;
        ir_insert(m, f, load, f->blocks[load].ninstrs, &g);
        ir_insert(m, f, zero, f->blocks[zero].ninstrs, &z);
    }
    ir_set_term(f, load, TERM_JUMP, -1, next, -1, at);
    ir_set_term(f, zero, TERM_JUMP, -1, next, -1, at);
    return test;
}

/* Chain the entry reads of every object in front of the header and send
 * the loop's outside predecessors there. */
static void enter_through(Hoist *h)
{
    IrFunc *f = h->f;
    int32_t hd = h->l->header;
    const IrBlock *hb = &f->blocks[hd];
    IrLoc at = hb->ninstrs ? hb->instrs[0].loc : hb->term.loc;
    int32_t npreds = hb->npreds;
    int32_t *outside = malloc(sizeof(int32_t) * (size_t)(npreds + 1)), no = 0;
    for (int32_t k = 0; k < npreds; k++)
        if (!h->l->body[hb->preds[k]])
            outside[no++] = hb->preds[k];
    int32_t first = hd;
    for (int32_t i = h->n - 1; i >= 0; i--) {
        int seen = 0;
        for (int32_t j = i + 1; j < h->n; j++)
            seen |= h->v[j].obj == h->v[i].obj;
        if (!seen)
            first = entry_reads(h, h->v[i].obj, first, at);
    }
    for (int32_t k = 0; k < no; k++) {
        IrTerm *t = &f->blocks[outside[k]].term;
        if (t->succ[0] == hd)
            t->succ[0] = first;
        if (t->kind == TERM_BRANCH && t->succ[1] == hd)
            t->succ[1] = first;
    }
    free(outside);
}

static void hoist_loop(IrModule *m, IrFunc *f, const IrLoop *l)
{
    Hoist h = { m, f, l, ir_bits_new(f->nvregs), NULL, 0 };
    for (int32_t b = 0; b < l->nblocks; b++)
        for (int32_t i = 0; l->body[b] && i < f->blocks[b].ninstrs; i++)
            if (f->blocks[b].instrs[i].dst >= 0)
                ir_bits_set(&h.assigned, f->blocks[b].instrs[i].dst);
    replace_reads(&h);
    if (h.n)
        enter_through(&h);
    ir_bits_free(&h.assigned);
    free(h.v);
}

/* Only `for` loops whose poll went: they are quiet, and lowered loops
 * all poll, so a loop without one was not made by the lowering. */
static void hoist_reads(IrModule *m, IrFunc *f, IrLoops *ls, const uint8_t *dropped)
{
    /* the body flags index blocks: new blocks made here are outside every
       loop of ls, and hoisting one loop (innermost, so disjoint from the
       others) leaves the others' blocks as they were */
    for (int32_t i = 0; i < ls->n; i++) {
        const IrLoop *l = &ls->v[i];
        if (!dropped[l->header] || l->header == 0 || !innermost(ls, l)
            || entered_by_exception(f, l) || !examine(m, f, l, NULL).quiet)
            continue;
        hoist_loop(m, f, l);
    }
}

void pass_quiet_loops(IrModule *m)
{
    for (int32_t fid = 0; fid < m->nfuncs; fid++) {
        IrFunc *f = &m->funcs[fid];
        IrLoops ls = ir_find_loops(m, f);
        qsort(ls.v, (size_t)ls.n, sizeof(IrLoop), cmp_size);
        uint8_t *dropped = drop_polls(m, f, &ls);
        ir_loops_free(&ls);
        ls = ir_find_loops(m, f);       /* a deleted POLL_INTR took an edge */
        hoist_reads(m, f, &ls, dropped);
        ir_loops_free(&ls);
        free(dropped);
        ir_clear_unreachable(m, f);     /* handlers only a poll reached */
    }
}
