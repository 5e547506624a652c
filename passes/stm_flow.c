/* stm_flow.c - the facts of the STM passes and their data-flow (see
 * stm_flow.h for the facts and their rules).
 *
 * Termination.  Must facts start at "everything" on every block but the
 * entry and only shrink; may facts start empty and only grow; the step
 * function is monotone, with one exception handled in two phases: a
 * non-reference store that is already owned keeps NOGC as it was, but one
 * that is not gets a fresh barrier and NOGC, so NOGC after the store is not
 * monotone in OWNED before it.  The first phase solves everything with such
 * a store never establishing NOGC; the second phase, with every other fact
 * fixed, solves NOGC alone with the exact rule (monotone once OWNED is
 * fixed).
 */
#include "passes/stm_flow.h"

#include <stdlib.h>

/* ------------------------------------------------------------- effects */

static int raises_inside(const IrInstr *in)
{
    return (ir_ops[in->op].flags & IRO_RAISES) != 0;
}

/* A raising operation collects only on its exception edge (the flow
 * handles that edge); on the normal path it does not. */
static int own_collect(const IrModule *m, const IrInstr *in)
{
    uint32_t fl = ir_ops[in->op].flags;
    if (fl & (IRO_ALLOC | IRO_SAFEPOINT | IRO_BREAK))
        return 1;
    if (in->op == IR_CALL_EXTERN)
        return (ir_call_effects(m, in) & (IRF_ALLOC | IRF_BREAK)) != 0;
    return 0;
}

static int call_collects(const IrModule *m, const StmEffects *fx, const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_CALL:
        return fx->collects[in->aux];
    case IR_CALL_METHOD: {
        int32_t *targets = malloc(sizeof(int32_t) * (size_t)(m->nfuncs + 1));
        int n = ir_method_targets(m, in, targets), r = 0;
        for (int i = 0; i < n && !r; i++)
            r = fx->collects[targets[i]];
        free(targets);
        return r;
    }
    case IR_CALL_INDIRECT:   /* numbered by summaries; else anything */
        return in->aux < 0 || in->aux >= m->nsigs || fx->sig_collects[in->aux];
    default:
        return 0;
    }
}

int stm_collects(const IrModule *m, const StmEffects *fx, const IrInstr *in)
{
    return own_collect(m, in) || call_collects(m, fx, in)
        || ((ir_ops[in->op].flags & IRO_CALL) && (ir_call_effects(m, in) & IRF_ALLOC));
}

int stm_breaks(const IrModule *m, const IrInstr *in)
{
    return ir_instr_breaks(m, in);
}

/* A caller sees the callee's exceptions' allocations even when the
 * callee catches them itself. */
static int func_collects(const IrModule *m, const StmEffects *fx, const IrFunc *f)
{
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (stm_collects(m, fx, in) || raises_inside(in))
                return 1;
        }
    return 0;
}

static int sig_collects(const IrModule *m, const StmEffects *fx, int32_t s)
{
    for (int32_t k = 0; k < m->sigs[s].nfuncs; k++)
        if (fx->collects[m->sigs[s].funcs[k]])
            return 1;
    return 0;
}

void stm_effects_init(const IrModule *m, StmEffects *fx)
{
    fx->collects = calloc((size_t)m->nfuncs + 1, 1);
    fx->sig_collects = calloc((size_t)m->nsigs + 1, 1);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t i = 0; i < m->nfuncs; i++)
            if (!fx->collects[i] && func_collects(m, fx, &m->funcs[i]))
                fx->collects[i] = 1, changed = 1;
        for (int32_t s = 0; s < m->nsigs; s++)
            if (!fx->sig_collects[s] && sig_collects(m, fx, s))
                fx->sig_collects[s] = 1, changed = 1;
    }
}

void stm_effects_free(StmEffects *fx)
{
    free(fx->collects);
    free(fx->sig_collects);
    fx->collects = NULL;
    fx->sig_collects = NULL;
}

/* ---------------------------------------------------------------- uses */

static int is_ref(const IrFunc *f, int32_t v)
{
    return v >= 0 && f->vregs[v].type.kind == IRK_REF;
}

static int opaque_ref(const IrModule *m, const IrFunc *f, int32_t v)
{
    int32_t sid = f->vregs[v].type.sid;
    return sid >= 0 && sid < m->nstructs && m->structs[sid].kind == IRS_OPAQUE;
}

static StmUse use(int32_t v, IrWhy exempt)
{
    StmUse u = { v, -1, (uint8_t)exempt, 0, 0 };
    return u;
}

/* A read of an object: exempt when the field or item is immutable, or
 * when the object is one of a frozen field's (frozen.c). */
static StmUse read_use(const IrFunc *f, int32_t v, int immutable)
{
    if (immutable)
        return use(v, IRW_IMMUTABLE);
    return use(v, v >= 0 && f->vregs[v].frozen ? IRW_FROZEN : IRW_NONE);
}

static int extern_ref_args(const IrModule *m, const IrFunc *f, const IrInstr *in,
                           int reads, StmUse *out)
{
    int n = 0;
    for (int32_t i = 0; i < in->nargs; i++) {
        int32_t v = in->args[i];
        if (!is_ref(f, v))
            continue;
        if (n == STM_MAX_USES)
            IR_DIE("%s: extern %s has more than %d reference arguments", f->name,
                   m->externs[in->aux].c_name, STM_MAX_USES);
        out[n] = use(v, opaque_ref(m, f, v) ? IRW_OPAQUE : IRW_NONE);
        out[n++].ref_store = !reads;
    }
    return n;
}

int stm_read_uses(const IrModule *m, const IrFunc *f, const IrInstr *in, StmUse *out)
{
    const IrStruct *s = in->aux >= 0 && in->aux < m->nstructs ? &m->structs[in->aux] : NULL;
    switch ((IrOp)in->op) {
    case IR_GETFIELD:
        out[0] = read_use(f, in->a, s->fields[in->imm].immutable);
        return 1;
    case IR_GETITEM:
        out[0] = read_use(f, in->a, s->elem_immutable);
        out[0].card = s->cards;
        out[0].index = in->b;
        return 1;
    case IR_ARRAYCOPY:
        out[0] = read_use(f, in->args[0], s->elem_immutable);
        return 1;
    case IR_CALL_EXTERN:
        if (m->externs[in->aux].flags & IRX_READS_ARGS)
            return extern_ref_args(m, f, in, 1, out);
        return 0;
    default:
        return 0;
    }
}

int stm_write_uses(const IrModule *m, const IrFunc *f, const IrInstr *in, StmUse *out)
{
    const IrStruct *s = in->aux >= 0 && in->aux < m->nstructs ? &m->structs[in->aux] : NULL;
    switch ((IrOp)in->op) {
    case IR_SETFIELD:
        out[0] = use(in->a, IRW_NONE);
        out[0].ref_store = s->fields[in->imm].type.kind == IRK_REF;
        return 1;
    case IR_SETITEM:
        out[0] = use(in->a, IRW_NONE);
        out[0].ref_store = s->elem.kind == IRK_REF;
        out[0].card = s->cards;
        out[0].index = in->b;
        return 1;
    case IR_ARRAYCOPY:
        out[0] = use(in->args[2], IRW_NONE);
        out[0].ref_store = s->elem.kind == IRK_REF;
        return 1;
    case IR_ARRAYFILL:
        out[0] = use(in->args[0], IRW_NONE);
        out[0].ref_store = s->elem.kind == IRK_REF;
        return 1;
    case IR_CALL_EXTERN:
        if (m->externs[in->aux].flags & IRX_WRITES_ARGS)
            return extern_ref_args(m, f, in, 0, out);
        return 0;
    default:
        return 0;
    }
}

int stm_needs_inev(const IrModule *m, const IrInstr *in)
{
    if (in->op != IR_CALL_EXTERN)
        return 0;
    uint32_t x = m->externs[in->aux].flags;
    return !(x & IRX_TX_SAFE) && !(x & IRX_BREAK);
}

/* --------------------------------------------------------------- states */

StmState stm_state_new(const StmFlow *fl)
{
    StmState s;
    s.must = ir_bits_new(SF__MUST * fl->nv + 1);
    s.may = ir_bits_new(SF__MAY * fl->nv + 2);
    return s;
}

void stm_state_copy(const StmFlow *fl, StmState *dst, const StmState *src)
{
    (void)fl;
    ir_bits_copy(&dst->must, &src->must);
    ir_bits_copy(&dst->may, &src->may);
}

void stm_state_free(StmState *s)
{
    ir_bits_free(&s->must);
    ir_bits_free(&s->may);
}

static int32_t inev_bit(const StmFlow *fl) { return SF__MUST * fl->nv; }
static int32_t may_inev_bit(const StmFlow *fl) { return SF__MAY * fl->nv; }
static int32_t lost_inev_bit(const StmFlow *fl) { return SF__MAY * fl->nv + 1; }

int stm_inev(const StmFlow *fl, const StmState *s)
{
    return ir_bits_has(&s->must, inev_bit(fl));
}

static void set_fam(const StmFlow *fl, IrBits *b, int fam, int32_t v, int on)
{
    if (on)
        ir_bits_set(b, stm_bit(fl, fam, v));
    else
        ir_bits_clear(b, stm_bit(fl, fam, v));
}

void stm_gen_read(const StmFlow *fl, StmState *s, int32_t v)
{
    set_fam(fl, &s->must, SF_READ, v, 1);
    set_fam(fl, &s->may, SF_MAY_READ, v, 1);
    set_fam(fl, &s->may, SF_LOST, v, 0);
}

void stm_gen_write(const StmFlow *fl, StmState *s, int32_t v)
{
    stm_gen_read(fl, s, v);
    set_fam(fl, &s->must, SF_OWNED, v, 1);
    set_fam(fl, &s->must, SF_NOGC, v, 1);
    set_fam(fl, &s->may, SF_MAY_OWNED, v, 1);
}

void stm_gen_inev(const StmFlow *fl, StmState *s)
{
    ir_bits_set(&s->must, inev_bit(fl));
    ir_bits_set(&s->may, may_inev_bit(fl));
    ir_bits_clear(&s->may, lost_inev_bit(fl));
}

static void gen_fresh(const StmFlow *fl, StmState *s, int32_t v)
{
    stm_gen_write(fl, s, v);
    set_fam(fl, &s->must, SF_FRESH, v, 1);
}

static void clear_family(const StmFlow *fl, IrBits *b, int fam)
{
    for (int32_t v = 0; v < fl->nv; v++)
        ir_bits_clear(b, stm_bit(fl, fam, v));
}

static void kill_safepoint(const StmFlow *fl, StmState *s)
{
    clear_family(fl, &s->must, SF_NOGC);
}

static void kill_break(const StmFlow *fl, StmState *s)
{
    for (int32_t v = 0; v < fl->nv; v++)
        if (stm_has(fl, &s->must, SF_READ, v) || stm_has(fl, &s->may, SF_MAY_READ, v))
            set_fam(fl, &s->may, SF_LOST, v, 1);
    if (stm_inev(fl, s) || ir_bits_has(&s->may, may_inev_bit(fl)))
        ir_bits_set(&s->may, lost_inev_bit(fl));
    static const int must_fams[] = { SF_READ, SF_OWNED, SF_NOGC, SF_FRESH };
    for (size_t i = 0; i < sizeof must_fams / sizeof must_fams[0]; i++)
        clear_family(fl, &s->must, must_fams[i]);
    clear_family(fl, &s->may, SF_MAY_READ);
    clear_family(fl, &s->may, SF_MAY_OWNED);
    ir_bits_clear(&s->must, inev_bit(fl));
    ir_bits_clear(&s->may, may_inev_bit(fl));
}

static void assign(const StmFlow *fl, StmState *s, int32_t dst, int32_t src)
{
    for (int fam = 0; fam < SF__MUST; fam++)
        set_fam(fl, &s->must, fam, dst, src >= 0 && stm_has(fl, &s->must, fam, src));
    for (int fam = 0; fam < SF__MAY; fam++)
        set_fam(fl, &s->may, fam, dst, src >= 0 && stm_has(fl, &s->may, fam, src));
    if (src < 0)
        set_fam(fl, &s->must, SF_DEF, dst, 1);
}

/* ----------------------------------------------------------- decisions */

static IrWhy missing(const StmFlow *fl, const StmState *s, int may_fam, int32_t v)
{
    if (stm_has(fl, &s->may, may_fam, v))
        return IRW_SOME_PATHS;
    if (stm_has(fl, &s->may, SF_LOST, v))
        return IRW_AFTER_BREAK;
    return IRW_FIRST;
}

IrWhy stm_decide_read(const StmFlow *fl, const StmState *s, const StmUse *u)
{
    if (u->exempt)
        return (IrWhy)u->exempt;
    if (stm_has(fl, &s->must, SF_FRESH, u->vreg))
        return IRW_FRESH;
    if (stm_has(fl, &s->must, SF_OWNED, u->vreg))
        return IRW_WRITTEN;
    if (stm_has(fl, &s->must, SF_READ, u->vreg))
        return IRW_READ;
    return missing(fl, s, SF_MAY_READ, u->vreg);
}

IrWhy stm_decide_write(const StmFlow *fl, const StmState *s, const StmUse *u)
{
    if (u->exempt)
        return (IrWhy)u->exempt;
    int owned = stm_has(fl, &s->must, SF_OWNED, u->vreg);
    int nogc = stm_has(fl, &s->must, SF_NOGC, u->vreg);
    if (owned && (nogc || !u->ref_store))
        return stm_has(fl, &s->must, SF_FRESH, u->vreg) ? IRW_FRESH : IRW_WRITTEN;
    if (owned)
        return IRW_AFTER_SAFEPOINT;
    return missing(fl, s, SF_MAY_OWNED, u->vreg);
}

IrWhy stm_decide_inev(const StmFlow *fl, const StmState *s)
{
    if (stm_inev(fl, s))
        return IRW_INEVITABLE;
    if (ir_bits_has(&s->may, may_inev_bit(fl)))
        return IRW_SOME_PATHS;
    if (ir_bits_has(&s->may, lost_inev_bit(fl)))
        return IRW_AFTER_BREAK;
    return IRW_FIRST;
}

/* ----------------------------------------------------------------- step */

/* A card read covers its one item, so it makes no fact of the array
 * (as a card write). */
static void assume_reads(const StmFlow *fl, const IrInstr *in, StmState *s)
{
    StmUse u[STM_MAX_USES];
    int n = stm_read_uses(fl->m, fl->f, in, u);
    for (int i = 0; i < n; i++)
        if (!u[i].exempt && !u[i].card)
            stm_gen_read(fl, s, u[i].vreg);
}

static void assume_writes(const StmFlow *fl, const IrInstr *in, StmState *s)
{
    StmUse u[STM_MAX_USES];
    int n = stm_write_uses(fl->m, fl->f, in, u);
    for (int i = 0; i < n; i++) {
        int32_t v = u[i].vreg;
        set_fam(fl, &s->may, SF_LOST, v, 0);
        if (!ir_whys[stm_decide_write(fl, s, &u[i])].placed || u[i].card)
            continue;
        stm_gen_write(fl, s, v);
        /* phase one: a non-reference store never establishes NOGC */
        if (!fl->exact_nogc && !u[i].ref_store)
            set_fam(fl, &s->must, SF_NOGC, v, 0);
    }
}

static void step_barrier(const StmFlow *fl, const IrInstr *in, StmState *s)
{
    switch ((IrOp)in->op) {
    case IR_STM_READ:
        stm_gen_read(fl, s, in->a);
        break;
    case IR_STM_WRITE:
        stm_gen_write(fl, s, in->a);
        break;
    case IR_STM_INEVITABLE:
        stm_gen_inev(fl, s);
        break;
    default:
        break;
    }
}

static void step_effects(const StmFlow *fl, const IrInstr *in, StmState *s)
{
    if (stm_breaks(fl->m, in))
        kill_break(fl, s);
    else if (stm_collects(fl->m, fl->fx, in))
        kill_safepoint(fl, s);
    /* STM_INEVITABLE is a safe point that establishes INEV */
    if (in->op == IR_STM_INEVITABLE)
        stm_gen_inev(fl, s);
}

static void step_dst(const StmFlow *fl, const IrInstr *in, StmState *s, int exc_edge)
{
    if (in->dst < 0)
        return;
    assign(fl, s, in->dst, in->op == IR_MOV ? in->a : -1);
    if (exc_edge) {
        set_fam(fl, &s->must, SF_DEF, in->dst, 0);
        return;
    }
    if (in->op == IR_ALLOC || in->op == IR_ALLOC_ARRAY || in->op == IR_BIND)
        gen_fresh(fl, s, in->dst);
}

static void step_full(const StmFlow *fl, const IrInstr *in, StmState *s, int exc_edge)
{
    if (fl->assume & STM_ASSUME_INEV && stm_needs_inev(fl->m, in))
        stm_gen_inev(fl, s);
    if (fl->assume & STM_ASSUME_WRITE)
        assume_writes(fl, in, s);
    if (fl->assume & STM_ASSUME_READ)
        assume_reads(fl, in, s);
    step_barrier(fl, in, s);
    step_effects(fl, in, s);
    step_dst(fl, in, s, exc_edge);
    if (exc_edge)
        kill_safepoint(fl, s);
}

void stm_step(const StmFlow *fl, const IrInstr *in, StmState *s)
{
    step_full(fl, in, s, 0);
}

/* ------------------------------------------------------------- solving */

void stm_flow_init(StmFlow *fl, IrModule *m, int32_t fid, uint32_t assume,
                   const StmEffects *fx)
{
    fl->m = m;
    fl->f = &m->funcs[fid];
    fl->fid = fid;
    fl->nv = fl->f->nvregs;
    fl->assume = assume;
    fl->fx = fx;
    fl->exact_nogc = 0;
    fl->in = calloc((size_t)fl->f->nblocks + 1, sizeof(StmState));
    for (int32_t b = 0; b < fl->f->nblocks; b++)
        fl->in[b] = stm_state_new(fl);
}

void stm_flow_free(StmFlow *fl)
{
    for (int32_t b = 0; b < fl->f->nblocks; b++)
        stm_state_free(&fl->in[b]);
    free(fl->in);
    fl->in = NULL;
}

static int meet_into(StmState *dst, const StmState *src)
{
    int changed = 0;
    for (int32_t i = 0; i < dst->must.nwords; i++) {
        uint64_t n = dst->must.w[i] & src->must.w[i];
        changed |= n != dst->must.w[i];
        dst->must.w[i] = n;
    }
    changed |= ir_bits_union(&dst->may, &src->may);
    return changed;
}

/* Out-states of block b on its normal edge and (TERM_EXC) exception edge. */
static void block_out(const StmFlow *fl, int32_t b, StmState *out, StmState *exc)
{
    const IrBlock *bl = &fl->f->blocks[b];
    stm_state_copy(fl, out, &fl->in[b]);
    int32_t last = bl->term.kind == TERM_EXC && bl->ninstrs ? bl->ninstrs - 1 : bl->ninstrs;
    for (int32_t i = 0; i < last; i++)
        step_full(fl, &bl->instrs[i], out, 0);
    stm_state_copy(fl, exc, out);
    if (last < bl->ninstrs) {
        step_full(fl, &bl->instrs[last], exc, 1);
        step_full(fl, &bl->instrs[last], out, 0);
    }
}

static int push_succs(const StmFlow *fl, int32_t b, const StmState *out, const StmState *exc)
{
    const IrTerm *t = &fl->f->blocks[b].term;
    int changed = 0;
    switch ((IrTermKind)t->kind) {
    case TERM_JUMP:
        changed |= meet_into(&fl->in[t->succ[0]], out);
        break;
    case TERM_BRANCH:
        changed |= meet_into(&fl->in[t->succ[0]], out);
        changed |= meet_into(&fl->in[t->succ[1]], out);
        break;
    case TERM_EXC:
        changed |= meet_into(&fl->in[t->succ[0]], out);
        if (t->succ[1] >= 0)
            changed |= meet_into(&fl->in[t->succ[1]], exc);
        break;
    case TERM_RAISE:
    case TERM_RERAISE:
        if (t->succ[1] >= 0)
            changed |= meet_into(&fl->in[t->succ[1]], out);
        break;
    default:
        break;
    }
    return changed;
}

static void iterate(StmFlow *fl, const int32_t *order, int32_t n)
{
    StmState out = stm_state_new(fl), exc = stm_state_new(fl);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t i = 0; i < n; i++) {
            block_out(fl, order[i], &out, &exc);
            changed |= push_succs(fl, order[i], &out, &exc);
        }
    }
    stm_state_free(&out);
    stm_state_free(&exc);
}

static void init_states(StmFlow *fl)
{
    for (int32_t b = 0; b < fl->f->nblocks; b++) {
        StmState *s = &fl->in[b];
        memset(s->may.w, 0, sizeof(uint64_t) * (size_t)s->may.nwords);
        memset(s->must.w, b == 0 ? 0 : 0xff, sizeof(uint64_t) * (size_t)s->must.nwords);
    }
    for (int32_t v = 0; v < fl->f->nparams; v++)
        set_fam(fl, &fl->in[0].must, SF_DEF, v, 1);
}

static void reset_nogc(StmFlow *fl)
{
    for (int32_t b = 1; b < fl->f->nblocks; b++)
        for (int32_t v = 0; v < fl->nv; v++)
            set_fam(fl, &fl->in[b].must, SF_NOGC, v, 1);
}

void stm_flow_solve(StmFlow *fl)
{
    ir_compute_cfg(fl->m, fl->f);
    int32_t *order = malloc(sizeof(int32_t) * (size_t)(fl->f->nblocks + 1));
    int32_t n = ir_rpo_order(fl->f, order);
    init_states(fl);
    fl->exact_nogc = 0;
    iterate(fl, order, n);
    if (fl->assume & STM_ASSUME_WRITE) {
        fl->exact_nogc = 1;
        reset_nogc(fl);
        iterate(fl, order, n);
    }
    fl->exact_nogc = 1;
    free(order);
}

/* ---------------------------------------------------------------- notes */

int32_t stm_note(IrModule *m, int32_t fid, const IrInstr *in, IrBarrierKind kind,
                 IrWhy why, int32_t vreg, int access)
{
    IrNote n = { 0 };
    n.kind = (uint8_t)kind;
    n.why = (uint8_t)why;
    n.access = (uint8_t)access;
    n.op = in->op;
    n.func = fid;
    n.vreg = vreg;
    n.sid = -1;
    n.field = -1;
    n.callee = -1;
    n.link = -1;
    n.loc = in->loc;
    if (in->op == IR_GETFIELD || in->op == IR_SETFIELD)
        n.field = in->imm;
    if (in->op == IR_GETFIELD || in->op == IR_SETFIELD || in->op == IR_GETITEM
        || in->op == IR_SETITEM || in->op == IR_ARRAYCOPY || in->op == IR_ARRAYFILL)
        n.sid = in->aux;
    if (ir_ops[in->op].flags & IRO_CALL && in->op != IR_CALL_INDIRECT)
        n.callee = in->aux;
    return ir_add_note(m, &n);
}

void stm_run_pass(IrModule *m, const StmPass *p)
{
    if ((m->flags & p->requires) != p->requires)
        IR_DIE("%s", p->order);
    StmEffects fx;
    stm_effects_init(m, &fx);
    for (int32_t fid = 0; fid < m->nfuncs; fid++) {
        StmFlow fl;
        stm_flow_init(&fl, m, fid, p->assume, &fx);
        stm_flow_solve(&fl);
        StmState s = stm_state_new(&fl);
        for (int32_t b = 0; b < fl.f->nblocks; b++)
            if (fl.f->blocks[b].rpo >= 0)
                p->place_block(&fl, b, &s);
        stm_state_free(&s);
        stm_flow_free(&fl);
        if (p->after_func)
            p->after_func(m, fid, &fx);
    }
    stm_effects_free(&fx);
    m->flags |= p->done;
}

IrInstr stm_barrier(IrBarrierKind kind, const StmUse *u, IrLoc loc, int32_t note)
{
    IrBarrierVerify v = ir_barriers[kind].verify;
    int card = v == IRBV_CARD || v == IRBV_CARD_READ;
    if (v != IRBV_READ && v != IRBV_WRITE && !card)
        IR_DIE("stm_barrier: kind %s is not an object barrier", ir_barriers[kind].word);
    IrInstr b = ir_instr((IrOp)ir_barriers[kind].op);
    if (card)
        b.b = u->index;
    b.a = u->vreg;
    b.aux = note;
    b.loc = loc;
    return b;
}
