/* ranges.c - integer ranges: overflow checks that cannot fail.
 *
 * Assumes: lowered IR (it runs first, before the summaries: an addition it
 * proves safe no longer raises, which the summaries then see).
 * Guarantees: an ADD_OVF or SUB_OVF whose operands lie, on every path from
 * the function's entry, in ranges whose sum (difference) fits in 64 bits
 * becomes ADD (SUB), and its block ends in a jump to its normal successor.
 * Every other instruction is left as it was.
 * Refuses to: reason symbolically (`i < len(x)` says nothing about `i`
 * unless the length itself has a known range), look into memory (a field
 * read is any integer), or follow a value through a call; MUL_OVF and the
 * bounds tests stay.
 *
 * The analysis is a forward data flow of one interval per integer vreg
 * (the IR is not SSA: each assignment replaces the interval).  Facts come
 * from constants, masks (`x & 255`), shifts by constants (`w >> 8`),
 * Python's `%` by a constant, the outcome of a compare on each edge of a
 * branch, and indexing: a list index that passed the inline test
 * (INBOUNDS) is in [0, len), and one that came back from the prelude's
 * checked method (IRI_INDEX_CHECKED) in [-len, len).  No array or list can
 * hold RANGE_LEN_MAX items (each takes a byte of a 57-bit address space at
 * least), so after `word = code[pc]`, `pc += 2` cannot overflow: that is
 * the interpreter's dispatch loop (examples/python, `execute`).  Loop
 * headers (and only they) widen: a bound still moving after a few visits
 * goes to the limit, so the fixpoint is reached in a bounded number of
 * rounds.
 */
#include "passes/passes.h"
#include "passes/analysis.h"

#include <stdlib.h>

#define RANGE_LEN_MAX ((int64_t)1 << 57)
#define RANGE_WIDEN_AFTER 3

typedef struct Range {
    int64_t lo, hi;
} Range;

static const Range range_top = { INT64_MIN, INT64_MAX };

typedef struct RangeCtx {
    IrFunc *f;
    int32_t nv;          /* vregs per state */
    Range *in;           /* nblocks states of nv ranges */
    uint8_t *reached;    /* in[b] holds facts */
    uint8_t *queued;
    int32_t *visits;
    Range *cur;          /* the state being stepped */
} RangeCtx;

static Range *state_of(RangeCtx *c, int32_t b)
{
    return c->in + (size_t)b * (size_t)c->nv;
}

static Range range_of(const RangeCtx *c, const Range *st, int32_t v)
{
    if (v < 0 || c->f->vregs[v].type.kind != IRK_I64)
        return range_top;
    return st[v];
}

static Range make_range(int64_t lo, int64_t hi)
{
    Range r = { lo, hi };
    return r;
}

static int64_t sat_add(int64_t a, int64_t b)
{
    int64_t r;
    if (!__builtin_add_overflow(a, b, &r))
        return r;
    return b > 0 ? INT64_MAX : INT64_MIN;
}

static int64_t sat_sub(int64_t a, int64_t b)
{
    int64_t r;
    if (!__builtin_sub_overflow(a, b, &r))
        return r;
    return b < 0 ? INT64_MAX : INT64_MIN;
}

/* a + b (or a - b) fits in 64 bits for every a, b in the ranges. */
static int sum_fits(Range a, Range b, int sub)
{
    int64_t t;
    if (sub)
        return !__builtin_sub_overflow(a.lo, b.hi, &t) && !__builtin_sub_overflow(a.hi, b.lo, &t);
    return !__builtin_add_overflow(a.lo, b.lo, &t) && !__builtin_add_overflow(a.hi, b.hi, &t);
}

/* The range of a + b / a - b when it completes (an _OVF op raises
 * otherwise, so saturating the bounds is exact enough). */
static Range sum_range(Range a, Range b, int sub)
{
    if (sub)
        return make_range(sat_sub(a.lo, b.hi), sat_sub(a.hi, b.lo));
    return make_range(sat_add(a.lo, b.lo), sat_add(a.hi, b.hi));
}

/* Python's a >> b, b clamped to [0, 63] (a shift by 63 or more gives the
 * sign, as one by 63 does; a negative count raised). */
static Range shr_range(Range a, Range b)
{
    int64_t b0 = b.lo < 0 ? 0 : b.lo > 63 ? 63 : b.lo;
    int64_t b1 = b.hi < 0 ? 0 : b.hi > 63 ? 63 : b.hi;
    int64_t lo = a.lo >> b0 < a.lo >> b1 ? a.lo >> b0 : a.lo >> b1;
    int64_t hi = a.hi >> b0 > a.hi >> b1 ? a.hi >> b0 : a.hi >> b1;
    return make_range(lo, hi);
}

/* x & y: in [0, m] when one side is in [0, m]. */
static Range and_range(Range a, Range b)
{
    int64_t m = INT64_MAX;
    if (a.lo >= 0)
        m = a.hi;
    if (b.lo >= 0 && b.hi < m)
        m = b.hi;
    return m == INT64_MAX && a.lo < 0 && b.lo < 0 ? range_top : make_range(0, m);
}

/* Python's a % k for a constant k: the sign of k, |result| < |k|. */
static Range mod_range(Range k)
{
    if (k.lo != k.hi || k.lo == 0 || k.lo == INT64_MIN)
        return range_top;
    return k.lo > 0 ? make_range(0, k.lo - 1) : make_range(k.lo + 1, 0);
}

static Range instr_range(const RangeCtx *c, const Range *st, const IrInstr *in)
{
    Range a = range_of(c, st, in->a), b = range_of(c, st, in->b);
    switch ((IrOp)in->op) {
    case IR_CONST_I64: return make_range(in->imm, in->imm);
    case IR_MOV: return a;
    case IR_ADD: case IR_SUB:
        return sum_fits(a, b, in->op == IR_SUB) ? sum_range(a, b, in->op == IR_SUB) : range_top;
    case IR_ADD_OVF: case IR_SUB_OVF: return sum_range(a, b, in->op == IR_SUB_OVF);
    case IR_AND: return and_range(a, b);
    case IR_SHR: return shr_range(a, b);
    case IR_MOD: return mod_range(b);
    case IR_B2I: return make_range(0, 1);
    case IR_ARRAYLEN: return make_range(0, RANGE_LEN_MAX);
    default: return range_top;
    }
}

static void step_instr(const RangeCtx *c, Range *st, const IrInstr *in)
{
    if (in->dst >= 0 && c->f->vregs[in->dst].type.kind == IRK_I64)
        st[in->dst] = instr_range(c, st, in);
}

/* ------------------------------------------------------------ edges */

static int narrow(Range *r, int64_t lo, int64_t hi)
{
    if (lo > r->lo)
        r->lo = lo;
    if (hi < r->hi)
        r->hi = hi;
    return r->lo <= r->hi;
}

/* The instruction of block bl that computes vreg v last, if no later one
 * of the block assigns its operands (so that the compare still describes
 * them at the end of the block). */
static const IrInstr *last_def(const IrBlock *bl, int32_t v)
{
    for (int32_t i = bl->ninstrs - 1; i >= 0; i--) {
        const IrInstr *in = &bl->instrs[i];
        if (in->dst != v)
            continue;
        for (int32_t j = i + 1; j < bl->ninstrs; j++)
            if (bl->instrs[j].dst >= 0 && (bl->instrs[j].dst == in->a || bl->instrs[j].dst == in->b))
                return NULL;
        return in->dst == in->a || in->dst == in->b ? NULL : in;
    }
    return NULL;
}

/* What `a OP b` being true tells about a and b; 0 if it cannot hold. */
static int narrow_compare(const RangeCtx *c, Range *st, IrOp op, int32_t va, int32_t vb)
{
    Range a = range_of(c, st, va), b = range_of(c, st, vb);
    switch (op) {
    case IR_LT:
        return narrow(&st[va], INT64_MIN, sat_sub(b.hi, 1)) && narrow(&st[vb], sat_add(a.lo, 1), INT64_MAX);
    case IR_LE:
        return narrow(&st[va], INT64_MIN, b.hi) && narrow(&st[vb], a.lo, INT64_MAX);
    case IR_GT: return narrow_compare(c, st, IR_LT, vb, va);
    case IR_GE: return narrow_compare(c, st, IR_LE, vb, va);
    case IR_EQ:
        return narrow(&st[va], b.lo, b.hi) && narrow(&st[vb], a.lo, a.hi);
    case IR_INBOUNDS:
        /* b is a length: 0 <= a < b < RANGE_LEN_MAX */
        return narrow(&st[va], 0, (b.hi < RANGE_LEN_MAX ? b.hi : RANGE_LEN_MAX) - 1);
    default:
        return 1;
    }
}

static IrOp negated(IrOp op)
{
    switch (op) {
    case IR_LT: return IR_GE;
    case IR_LE: return IR_GT;
    case IR_GT: return IR_LE;
    case IR_GE: return IR_LT;
    case IR_NE: return IR_EQ;
    default: return IR_NOP;
    }
}

/* The state on the edge to successor k of a branch; 0 if the edge cannot
 * be taken. */
static int narrow_branch(const RangeCtx *c, const IrBlock *bl, int k, Range *st)
{
    const IrInstr *cmp = last_def(bl, bl->term.value);
    /* the integer compares are EQ .. GE, INBOUNDS in IR_OPS */
    if (!cmp || cmp->op < IR_EQ || cmp->op > IR_INBOUNDS || cmp->a < 0 || cmp->b < 0 ||
        cmp->a == cmp->b || c->f->vregs[cmp->a].type.kind != IRK_I64)
        return 1;
    IrOp op = k == 0 ? (IrOp)cmp->op : negated((IrOp)cmp->op);
    return narrow_compare(c, st, op, cmp->a, cmp->b);
}

/* The normal edge of a list's checked index method: -len <= i < len. */
static int narrow_index_call(const RangeCtx *c, const IrInstr *call, Range *st)
{
    if (!(call->flags & IRI_INDEX_CHECKED) || call->nargs < 2)
        return 1;
    int32_t i = call->args[1];
    if (c->f->vregs[i].type.kind != IRK_I64)
        return 1;
    return narrow(&st[i], -RANGE_LEN_MAX, RANGE_LEN_MAX - 1);
}

/* ------------------------------------------------------------ the flow */

static void enqueue(RangeCtx *c, int32_t b)
{
    c->queued[b] = 1;
}

/* A loop header: the target of a retreating edge in reverse post-order.
 * Every cycle of the CFG enters one, so widening there alone bounds the
 * rounds; widening anywhere else would throw away what a branch edge
 * narrowed inside the loop (after `while i < n`, `i += 1` fits). */
static int widens(const RangeCtx *c, int32_t b)
{
    const IrBlock *bl = &c->f->blocks[b];
    for (int32_t k = 0; k < bl->npreds; k++)
        if (c->f->blocks[bl->preds[k]].rpo >= bl->rpo)
            return 1;
    return 0;
}

/* Join st into in[b] (widening once loop header b was visited often);
 * queue b if its state grew. */
static void flow_into(RangeCtx *c, int32_t b, const Range *st)
{
    Range *in = state_of(c, b);
    if (!c->reached[b]) {
        memcpy(in, st, sizeof(Range) * (size_t)c->nv);
        c->reached[b] = 1;
        enqueue(c, b);
        return;
    }
    int widen = c->visits[b] >= RANGE_WIDEN_AFTER && widens(c, b), grew = 0;
    for (int32_t v = 0; v < c->nv; v++) {
        if (st[v].lo < in[v].lo) {
            in[v].lo = widen ? INT64_MIN : st[v].lo;
            grew = 1;
        }
        if (st[v].hi > in[v].hi) {
            in[v].hi = widen ? INT64_MAX : st[v].hi;
            grew = 1;
        }
    }
    if (grew)
        enqueue(c, b);
}

static void flow_edge(RangeCtx *c, int32_t succ, const Range *st, Range *scratch,
                      int (*narrowing)(const RangeCtx *, const void *, int, Range *),
                      const void *arg, int k)
{
    if (succ < 0)
        return;
    memcpy(scratch, st, sizeof(Range) * (size_t)c->nv);
    if (narrowing && !narrowing(c, arg, k, scratch))
        return;
    flow_into(c, succ, scratch);
}

static int branch_edge(const RangeCtx *c, const void *bl, int k, Range *st)
{
    return narrow_branch(c, bl, k, st);
}

static int call_edge(const RangeCtx *c, const void *call, int k, Range *st)
{
    (void)k;
    return narrow_index_call(c, call, st);
}

static void visit_block(RangeCtx *c, int32_t b, Range *scratch)
{
    const IrBlock *bl = &c->f->blocks[b];
    Range *st = c->cur;
    memcpy(st, state_of(c, b), sizeof(Range) * (size_t)c->nv);
    c->visits[b]++;
    int32_t n = bl->ninstrs;
    for (int32_t i = 0; i + 1 < n; i++)
        step_instr(c, st, &bl->instrs[i]);
    const IrTerm *t = &bl->term;
    if (t->kind == TERM_EXC) {
        /* the exception edge leaves before the last instruction's result */
        flow_edge(c, t->succ[1], st, scratch, NULL, NULL, 1);
        step_instr(c, st, &bl->instrs[n - 1]);
        flow_edge(c, t->succ[0], st, scratch, call_edge, &bl->instrs[n - 1], 0);
        return;
    }
    if (n > 0)
        step_instr(c, st, &bl->instrs[n - 1]);
    if (t->kind == TERM_BRANCH) {
        flow_edge(c, t->succ[0], st, scratch, branch_edge, bl, 0);
        flow_edge(c, t->succ[1], st, scratch, branch_edge, bl, 1);
        return;
    }
    int32_t succ[2];
    int ns = ir_term_nsucc(t, succ);
    for (int k = 0; k < ns; k++)
        flow_edge(c, succ[k], st, scratch, NULL, NULL, k);
}

static void solve(RangeCtx *c, const int32_t *order, int32_t norder)
{
    Range *scratch = malloc(sizeof(Range) * (size_t)c->nv);
    for (int32_t v = 0; v < c->nv; v++)
        state_of(c, 0)[v] = range_top;
    c->reached[0] = 1;
    enqueue(c, 0);
    for (int again = 1; again;) {
        again = 0;
        for (int32_t k = 0; k < norder; k++) {
            int32_t b = order[k];
            if (!c->queued[b])
                continue;
            c->queued[b] = 0;
            visit_block(c, b, scratch);
            again = 1;
        }
    }
    free(scratch);
}

/* ------------------------------------------------------------ rewriting */

static int rewrite_block(RangeCtx *c, IrBlock *bl, int32_t b)
{
    if (bl->term.kind != TERM_EXC || bl->ninstrs == 0 || !c->reached[b])
        return 0;
    IrInstr *in = &bl->instrs[bl->ninstrs - 1];
    if (in->op != IR_ADD_OVF && in->op != IR_SUB_OVF)
        return 0;
    Range *st = c->cur;
    memcpy(st, state_of(c, b), sizeof(Range) * (size_t)c->nv);
    for (int32_t i = 0; i + 1 < bl->ninstrs; i++)
        step_instr(c, st, &bl->instrs[i]);
    int sub = in->op == IR_SUB_OVF;
    if (!sum_fits(range_of(c, st, in->a), range_of(c, st, in->b), sub))
        return 0;
    in->op = sub ? IR_SUB : IR_ADD;
    bl->term.kind = TERM_JUMP;
    bl->term.succ[1] = -1;
    return 1;
}

static int worth_it(const IrFunc *f)
{
    for (int32_t b = 0; b < f->nblocks; b++) {
        const IrBlock *bl = &f->blocks[b];
        if (bl->ninstrs && bl->term.kind == TERM_EXC &&
            (bl->instrs[bl->ninstrs - 1].op == IR_ADD_OVF || bl->instrs[bl->ninstrs - 1].op == IR_SUB_OVF))
            return 1;
    }
    return 0;
}

static void ranges_func(IrModule *m, IrFunc *f)
{
    if (f->nblocks == 0 || !worth_it(f))
        return;
    ir_compute_cfg(m, f);
    RangeCtx c = { .f = f, .nv = f->nvregs };
    size_t nb = (size_t)f->nblocks;
    c.in = malloc(sizeof(Range) * nb * (size_t)c.nv);
    c.reached = calloc(nb, 1);
    c.queued = calloc(nb, 1);
    c.visits = calloc(nb, sizeof(int32_t));
    c.cur = malloc(sizeof(Range) * (size_t)c.nv);
    int32_t *order = malloc(sizeof(int32_t) * nb);
    int32_t norder = ir_rpo_order(f, order);
    solve(&c, order, norder);
    int changed = 0;
    for (int32_t b = 0; b < f->nblocks; b++)
        changed |= rewrite_block(&c, &f->blocks[b], b);
    if (changed)
        ir_clear_unreachable(m, f);
    free(order);
    free(c.cur);
    free(c.visits);
    free(c.queued);
    free(c.reached);
    free(c.in);
}

void pass_ranges(IrModule *m)
{
    for (int32_t fid = 0; fid < m->nfuncs; fid++)
        ranges_func(m, &m->funcs[fid]);
}
