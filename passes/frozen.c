/* frozen.c - frozen fields (--stm): a reference field whose objects, once
 * stored in it, nobody writes again, so reading through it needs no read
 * barrier.
 *
 * Why that is enough.  A read barrier only marks the object so that a
 * commit that writes it aborts the reader (docs/runtime.md, S2).  An object
 * of a frozen field appears in the commit log once, as a new object of the
 * transaction that created it (or in the entries of that thread's earlier
 * writes to it, while it was still unreachable from anywhere else); a
 * transaction reaches it only through the field, so only after importing
 * the store, which comes after all of them.  No later entry mentions it,
 * so no mark of it can ever decide a validation.
 *
 * What is proven, per field (the field of a class and its subclasses; its
 * "region" is the object stored and everything reached from it through
 * reference fields and items):
 *   - every store of the field stores an object that the storing function
 *     allocated (all definitions of the value are ALLOC, ALLOC_ARRAY, or a
 *     MOV of such), whose region does not escape the function before the
 *     store: its values are only read, written (they are still private),
 *     compared, or passed to direct calls whose parameter does not escape
 *     either (BUILD); a reference stored into the region must itself be
 *     such a fresh object, which joins the region;
 *   - no instruction reachable from the store uses a value of the region
 *     (the storing function forgets it);
 *   - every load of the field, and every value loaded through one, is only
 *     read, compared or passed to direct calls whose parameter is only read
 *     the same way (READ_ONLY): no store into it, no store of it anywhere,
 *     no return, no extern, no indirect call;
 *   - no extern that writes its arguments gets an object that may have the
 *     field.
 * Parameters are summarized per (function, parameter, mode) as a greatest
 * fixed point: every asked pair holds until a check of it fails, and the
 * rounds repeat until nothing changes (a cycle of calls that only passes
 * the object around holds).
 *
 * Guarantees: IrField.frozen on every copy of a frozen field, and
 * IrVreg.frozen on every vreg whose every definition is a load of a frozen
 * field, a MOV of a frozen vreg, or a reference loaded through a frozen
 * vreg.  stm_read_uses exempts accesses through such vregs (IRW_FROZEN).
 * Refuses to: prove anything across a value a function did not allocate
 * itself, or through an indirect call or an extern.
 */
#include "passes/passes.h"

#include <stdlib.h>
#include <string.h>

enum { MODE_READ_ONLY, MODE_BUILD, MODE__COUNT };
enum { ASK_NONE, ASK_HOLDS, ASK_FAILS };

typedef struct Frozen {
    IrModule *m;
    int32_t *pbase;            /* per function: index of its first parameter */
    int32_t *owner;            /* per parameter: its function */
    uint8_t *asked[MODE__COUNT]; /* per parameter: ASK_* */
    int32_t *list;             /* asked (mode, parameter) pairs, in order */
    int32_t nlist, caplist, nparams;
    int32_t *fbase;            /* per struct: index of its first field */
    uint8_t *dead;             /* per field (of the declaring struct) */
    uint8_t **fresh;           /* per function (lazily): vregs holding only
                                  objects the function allocated */
} Frozen;

typedef struct Region {
    Frozen *fz;
    int32_t fid;
    const IrFunc *f;
    int mode;
    const IrInstr *store;      /* BUILD from a store of the field: it */
    uint8_t *in;               /* per vreg: may hold an object of the region */
    int bad;
} Region;

/* ----------------------------------------------------------- fields */

/* The struct declaring field k of struct sid (fields are inherited first). */
static int32_t field_root(const IrModule *m, int32_t sid, int64_t k)
{
    while (m->structs[sid].parent >= 0 && k < m->structs[m->structs[sid].parent].nfields)
        sid = m->structs[sid].parent;
    return sid;
}

static int32_t field_index(const Frozen *fz, int32_t sid, int64_t k)
{
    return fz->fbase[field_root(fz->m, sid, k)] + (int32_t)k;
}

/* A reference to a record or an array: what the rule can be about. */
static int candidate_type(const IrModule *m, IrType t)
{
    return t.kind == IRK_REF && t.sid >= 0 && t.sid < m->nstructs
        && m->structs[t.sid].kind != IRS_OPAQUE;
}

static int is_ref(const IrFunc *f, int32_t v)
{
    return v >= 0 && f->vregs[v].type.kind == IRK_REF;
}

/* ------------------------------------------------------- fresh values */

/* fresh[v]: every definition of v allocates or copies a fresh vreg. */
static uint8_t *compute_fresh(const IrFunc *f)
{
    uint8_t *fresh = malloc((size_t)f->nvregs + 1);
    memset(fresh, 1, (size_t)f->nvregs + 1);
    for (int32_t v = 0; v < f->nparams; v++)
        fresh[v] = 0;
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t b = 0; b < f->nblocks; b++)
            for (int32_t i = 0; i < f->blocks[b].ninstrs; i++) {
                const IrInstr *in = &f->blocks[b].instrs[i];
                if (in->dst < 0 || !fresh[in->dst])
                    continue;
                int ok = in->op == IR_ALLOC || in->op == IR_ALLOC_ARRAY
                    || (in->op == IR_MOV && fresh[in->a]);
                if (!ok)
                    fresh[in->dst] = 0, changed = 1;
            }
    }
    return fresh;
}

static const uint8_t *fresh_of(Frozen *fz, int32_t fid)
{
    if (!fz->fresh[fid])
        fz->fresh[fid] = compute_fresh(&fz->m->funcs[fid]);
    return fz->fresh[fid];
}

/* v and every vreg it was copied from join the region: they hold the same
 * fresh object, and each one's uses must be checked. */
static void add_origins(Region *r, int32_t v)
{
    if (r->in[v])
        return;
    if (!fresh_of(r->fz, r->fid)[v]) {
        r->bad = 1;
        return;
    }
    r->in[v] = 1;
    for (int32_t b = 0; b < r->f->nblocks; b++)
        for (int32_t i = 0; i < r->f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &r->f->blocks[b].instrs[i];
            if (in->dst == v && in->op == IR_MOV)
                add_origins(r, in->a);
        }
}

/* ------------------------------------------------------------ regions */

/* A reference stored into the region (BUILD): it must be fresh, and it
 * joins the region. */
static void stored_into(Region *r, int32_t obj, int32_t val)
{
    if (r->mode == MODE_BUILD && r->in[obj] && is_ref(r->f, val) && !r->in[val])
        add_origins(r, val);
}

static int close_step(Region *r, const IrInstr *in)
{
    int before = in->dst >= 0 ? r->in[in->dst] : 1;
    if (in->op == IR_MOV && r->in[in->a])
        r->in[in->dst] = 1;
    if ((in->op == IR_GETFIELD || in->op == IR_GETITEM) && r->in[in->a] && is_ref(r->f, in->dst))
        r->in[in->dst] = 1;
    if (in->op == IR_SETFIELD)
        stored_into(r, in->a, in->b);
    if (in->op == IR_SETITEM)
        stored_into(r, in->a, in->c);
    return in->dst >= 0 && r->in[in->dst] != before;
}

/* Every vreg that may hold an object of the region. */
static void close_region(Region *r)
{
    for (int changed = 1; changed && !r->bad;) {
        changed = 0;
        for (int32_t b = 0; b < r->f->nblocks; b++)
            for (int32_t i = 0; i < r->f->blocks[b].ninstrs; i++)
                changed |= close_step(r, &r->f->blocks[b].instrs[i]);
    }
}

/* ------------------------------------------------------- parameters */

/* Does (fid, param) hold in mode, as far as known?  Asking a new pair
 * assumes it holds until its own check says otherwise. */
static int ask(Frozen *fz, int32_t fid, int32_t param, int mode)
{
    if (param >= fz->m->funcs[fid].nparams)
        return 0;
    int32_t idx = fz->pbase[fid] + param;
    uint8_t *st = &fz->asked[mode][idx];
    if (*st == ASK_NONE) {
        *st = ASK_HOLDS;
        if (fz->nlist == fz->caplist) {
            fz->caplist = fz->caplist ? 2 * fz->caplist : 64;
            fz->list = realloc(fz->list, sizeof(int32_t) * (size_t)fz->caplist);
        }
        fz->list[fz->nlist++] = mode * fz->nparams + idx;
    }
    return *st == ASK_HOLDS;
}

static int call_ok(Region *r, const IrInstr *in)
{
    const IrModule *m = r->fz->m;
    int32_t *targets = malloc(sizeof(int32_t) * (size_t)(m->nfuncs + 1));
    int n = 1, ok = 1;
    if (in->op == IR_CALL)
        targets[0] = in->aux;
    else
        n = ir_method_targets(m, in, targets);
    for (int32_t k = 0; k < in->nargs && ok; k++)
        for (int t = 0; t < n && ok && r->in[in->args[k]]; t++)
            ok = ask(r->fz, targets[t], k, r->mode);
    free(targets);
    return ok;
}

/* ----------------------------------------------------------- uses */

static int elem_ref(const IrModule *m, const IrInstr *in)
{
    return m->structs[in->aux].elem.kind == IRK_REF;
}

/* A store of val into obj: into the region only while building it, and a
 * value of the region only into the region. */
static int store_ok(const Region *r, const IrInstr *in, int32_t obj, int32_t val)
{
    if (in == r->store)
        return 1;
    if (r->mode == MODE_READ_ONLY)
        return !r->in[obj] && !(val >= 0 && r->in[val]);
    return r->in[obj] || !(val >= 0 && r->in[val]);
}

/* ARRAYCOPY (src, srcpos, dst, dstpos, n): references copied out of the
 * region or into it from outside alias it. */
static int copy_ok(const Region *r, const IrInstr *in)
{
    int from = r->in[in->args[0]], to = r->in[in->args[2]];
    if (to && r->mode == MODE_READ_ONLY)
        return 0;
    return from == to || !elem_ref(r->fz->m, in);
}

/* ARRAYFILL (dst, pos, n, value). */
static int fill_ok(const Region *r, const IrInstr *in)
{
    int32_t val = in->args[3];
    if (r->in[in->args[0]])
        return r->mode == MODE_BUILD && (!is_ref(r->f, val) || r->in[val]);
    return !r->in[val];
}

/* Does the instruction use a value of the region (operands, arguments)? */
static int touches(const Region *r, const IrInstr *in)
{
    int32_t ops[3] = { in->a, in->b, in->c };
    for (int k = 0; k < 3; k++)
        if (ops[k] >= 0 && r->in[ops[k]])
            return 1;
    for (int32_t k = 0; k < in->nargs; k++)
        if (in->args[k] >= 0 && r->in[in->args[k]])
            return 1;
    return 0;
}

/* Any other instruction may read a value of the region, but not make a
 * reference out of it that the closure does not follow. */
static int plain_ok(const Region *r, const IrInstr *in)
{
    if (!touches(r, in) || in->op == IR_MOV || in->op == IR_GETFIELD || in->op == IR_GETITEM)
        return 1;
    if (ir_ops[in->op].flags & (IRO_CALL | IRO_WRITES_GC | IRO_ALLOC))
        return 0;
    return !is_ref(r->f, in->dst);
}

static int use_ok(Region *r, const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_SETFIELD: return store_ok(r, in, in->a, in->b);
    case IR_SETITEM: return store_ok(r, in, in->a, in->c);
    case IR_ARRAYCOPY: return copy_ok(r, in);
    case IR_ARRAYFILL: return fill_ok(r, in);
    case IR_CALL:
    case IR_CALL_METHOD: return call_ok(r, in);
    default: return plain_ok(r, in);
    }
}

static int term_ok(const Region *r, const IrTerm *t)
{
    int gives = t->kind == TERM_RETURN || t->kind == TERM_RAISE;
    return !(gives && t->value >= 0 && r->in[t->value]);
}

static int uses_ok(Region *r)
{
    for (int32_t b = 0; b < r->f->nblocks; b++) {
        const IrBlock *bl = &r->f->blocks[b];
        for (int32_t i = 0; i < bl->ninstrs; i++)
            if (!use_ok(r, &bl->instrs[i]))
                return 0;
        if (!term_ok(r, &bl->term))
            return 0;
    }
    return 1;
}

/* ---------------------------------------------------- after the store */

static int block_mentions(const Region *r, int32_t b, int32_t from)
{
    const IrBlock *bl = &r->f->blocks[b];
    for (int32_t i = from; i < bl->ninstrs; i++)
        if (touches(r, &bl->instrs[i]))
            return 1;
    const IrTerm *t = &bl->term;
    int valued = t->kind == TERM_RETURN || t->kind == TERM_RAISE || t->kind == TERM_BRANCH;
    return valued && t->value >= 0 && r->in[t->value];
}

static void push_succs(const IrFunc *f, int32_t b, uint8_t *seen, int32_t *stack, int32_t *n)
{
    const IrTerm *t = &f->blocks[b].term;
    for (int k = 0; k < 2; k++) {
        int32_t s = t->succ[k];
        int follows = k == 0 ? t->kind == TERM_JUMP || t->kind == TERM_BRANCH || t->kind == TERM_EXC
                             : t->kind != TERM_JUMP && t->kind != TERM_RETURN
                               && t->kind != TERM_UNREACHABLE && t->kind != TERM_NONE;
        if (follows && s >= 0 && !seen[s])
            seen[s] = 1, stack[(*n)++] = s;
    }
}

/* No instruction reachable from the store (block sb, index si) uses the
 * region: the function forgets its objects once it published them. */
static int forgotten_after(const Region *r, int32_t sb, int32_t si)
{
    const IrFunc *f = r->f;
    uint8_t *seen = calloc((size_t)f->nblocks + 1, 1);
    int32_t *stack = malloc(sizeof(int32_t) * (size_t)(f->nblocks + 1));
    int32_t n = 0;
    int ok = !block_mentions(r, sb, si + 1);
    push_succs(f, sb, seen, stack, &n);
    while (ok && n > 0) {
        int32_t b = stack[--n];
        ok = !block_mentions(r, b, 0);
        push_succs(f, b, seen, stack, &n);
    }
    free(seen);
    free(stack);
    return ok;
}

/* ------------------------------------------------------------ checks */

static int check_region(Region *r)
{
    close_region(r);
    int ok = !r->bad && uses_ok(r);
    free(r->in);
    return ok;
}

static Region region_new(Frozen *fz, int32_t fid, int mode)
{
    Region r = { fz, fid, &fz->m->funcs[fid], mode, NULL, NULL, 0 };
    r.in = calloc((size_t)r.f->nvregs + 1, 1);
    return r;
}

static int check_pair(Frozen *fz, int32_t code)
{
    int mode = code / fz->nparams;
    int32_t idx = code % fz->nparams, fid = fz->owner[idx];
    Region r = region_new(fz, fid, mode);
    r.in[idx - fz->pbase[fid]] = 1;
    return check_region(&r);
}

static int check_load(Frozen *fz, int32_t fid, const IrInstr *in)
{
    Region r = region_new(fz, fid, MODE_READ_ONLY);
    r.in[in->dst] = 1;
    return check_region(&r);
}

static int check_store(Frozen *fz, int32_t fid, int32_t b, int32_t i)
{
    Region r = region_new(fz, fid, MODE_BUILD);
    r.store = &r.f->blocks[b].instrs[i];
    add_origins(&r, r.store->b);
    close_region(&r);
    int ok = !r.bad && uses_ok(&r) && forgotten_after(&r, b, i);
    free(r.in);
    return ok;
}

/* An extern that writes its arguments may write the field of any object
 * whose static type has it or is a class above it. */
static void kill_written_by_externs(Frozen *fz, const IrFunc *f, const IrInstr *in)
{
    const IrModule *m = fz->m;
    for (int32_t k = 0; k < in->nargs; k++) {
        IrType t = f->vregs[in->args[k]].type;
        if (t.kind != IRK_REF || t.sid < 0 || m->structs[t.sid].kind != IRS_RECORD)
            continue;
        const IrStruct *st = &m->structs[t.sid];
        int32_t first = st->is_class ? st->class_first : t.sid, last = st->is_class ? st->class_last : t.sid;
        for (int32_t s = first; s <= last; s++)
            for (int32_t j = 0; j < m->structs[s].nfields; j++)
                fz->dead[field_index(fz, s, j)] = 1;
    }
}

/* Site check of one instruction; returns 1 when it killed a field. */
static int check_site(Frozen *fz, int32_t fid, int32_t b, int32_t i)
{
    const IrInstr *in = &fz->m->funcs[fid].blocks[b].instrs[i];
    if (in->op == IR_CALL_EXTERN && (fz->m->externs[in->aux].flags & IRX_WRITES_ARGS)) {
        kill_written_by_externs(fz, &fz->m->funcs[fid], in);
        return 0;
    }
    if (in->op != IR_GETFIELD && in->op != IR_SETFIELD)
        return 0;
    int32_t fi = field_index(fz, in->aux, in->imm);
    if (fz->dead[fi])
        return 0;
    int ok = in->op == IR_GETFIELD ? check_load(fz, fid, in) : check_store(fz, fid, b, i);
    if (!ok)
        fz->dead[fi] = 1;
    return !ok;
}

static int check_sites(Frozen *fz)
{
    int changed = 0;
    for (int32_t fid = 0; fid < fz->m->nfuncs; fid++) {
        const IrFunc *f = &fz->m->funcs[fid];
        for (int32_t b = 0; b < f->nblocks; b++)
            for (int32_t i = 0; i < f->blocks[b].ninstrs; i++)
                changed |= check_site(fz, fid, b, i);
    }
    return changed;
}

static int check_pairs(Frozen *fz)
{
    int changed = 0;
    for (int32_t k = 0; k < fz->nlist; k++) {
        int32_t code = fz->list[k];
        uint8_t *st = &fz->asked[code / fz->nparams][code % fz->nparams];
        if (*st == ASK_HOLDS && !check_pair(fz, code))
            *st = ASK_FAILS, changed = 1;
    }
    return changed;
}

/* ------------------------------------------------------------- setup */

/* Cheap first cut: a field stored with a value that is not fresh, or not
 * a reference to a record or array, is not frozen. */
static void prefilter(Frozen *fz)
{
    IrModule *m = fz->m;
    for (int32_t s = 0; s < m->nstructs; s++)
        for (int32_t k = 0; k < m->structs[s].nfields; k++)
            if (!candidate_type(m, m->structs[s].fields[k].type) || m->structs[s].kind != IRS_RECORD)
                fz->dead[field_index(fz, s, k)] = 1;
    for (int32_t fid = 0; fid < m->nfuncs; fid++) {
        const IrFunc *f = &m->funcs[fid];
        for (int32_t b = 0; b < f->nblocks; b++)
            for (int32_t i = 0; i < f->blocks[b].ninstrs; i++) {
                const IrInstr *in = &f->blocks[b].instrs[i];
                if (in->op != IR_SETFIELD || fz->dead[field_index(fz, in->aux, in->imm)])
                    continue;
                if (!fresh_of(fz, fid)[in->b])
                    fz->dead[field_index(fz, in->aux, in->imm)] = 1;
            }
    }
}

static void frozen_init(Frozen *fz, IrModule *m)
{
    memset(fz, 0, sizeof *fz);
    fz->m = m;
    fz->pbase = malloc(sizeof(int32_t) * (size_t)(m->nfuncs + 1));
    for (int32_t f = 0; f < m->nfuncs; f++)
        fz->pbase[f] = fz->nparams, fz->nparams += m->funcs[f].nparams;
    fz->nparams += 1;
    fz->owner = calloc((size_t)fz->nparams, sizeof(int32_t));
    for (int32_t f = 0; f < m->nfuncs; f++)
        for (int32_t p = 0; p < m->funcs[f].nparams; p++)
            fz->owner[fz->pbase[f] + p] = f;
    for (int k = 0; k < MODE__COUNT; k++)
        fz->asked[k] = calloc((size_t)fz->nparams, 1);
    int32_t nfields = 0;
    fz->fbase = malloc(sizeof(int32_t) * (size_t)(m->nstructs + 1));
    for (int32_t s = 0; s < m->nstructs; s++)
        fz->fbase[s] = nfields, nfields += m->structs[s].nfields;
    fz->dead = calloc((size_t)nfields + 1, 1);
    fz->fresh = calloc((size_t)m->nfuncs + 1, sizeof(uint8_t *));
}

static void frozen_free(Frozen *fz)
{
    for (int32_t f = 0; f < fz->m->nfuncs; f++)
        free(fz->fresh[f]);
    free(fz->fresh);
    for (int k = 0; k < MODE__COUNT; k++)
        free(fz->asked[k]);
    free(fz->pbase);
    free(fz->owner);
    free(fz->list);
    free(fz->fbase);
    free(fz->dead);
}

/* ------------------------------------------------------------- vregs */

static int frozen_def(const IrModule *m, const IrFunc *f, const IrInstr *in)
{
    switch ((IrOp)in->op) {
    case IR_MOV: return f->vregs[in->a].frozen;
    case IR_GETITEM: return f->vregs[in->a].frozen;
    case IR_GETFIELD:
        return f->vregs[in->a].frozen || m->structs[in->aux].fields[in->imm].frozen;
    default: return 0;
    }
}

/* Greatest fixed point: a vreg is frozen when all its definitions are. */
static void mark_vregs(const IrModule *m, IrFunc *f)
{
    uint8_t *defined = calloc((size_t)f->nvregs + 1, 1);
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; i < f->blocks[b].ninstrs; i++)
            if (f->blocks[b].instrs[i].dst >= 0)
                defined[f->blocks[b].instrs[i].dst] = 1;
    for (int32_t v = 0; v < f->nvregs; v++)
        f->vregs[v].frozen = defined[v] && v >= f->nparams && f->vregs[v].type.kind == IRK_REF;
    free(defined);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t b = 0; b < f->nblocks; b++)
            for (int32_t i = 0; i < f->blocks[b].ninstrs; i++) {
                const IrInstr *in = &f->blocks[b].instrs[i];
                if (in->dst >= 0 && f->vregs[in->dst].frozen && !frozen_def(m, f, in))
                    f->vregs[in->dst].frozen = 0, changed = 1;
            }
    }
}

static int loads_frozen(const IrModule *m, const IrFunc *f)
{
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (in->op == IR_GETFIELD && m->structs[in->aux].fields[in->imm].frozen)
                return 1;
        }
    return 0;
}

static void publish(Frozen *fz)
{
    IrModule *m = fz->m;
    for (int32_t s = 0; s < m->nstructs; s++)
        for (int32_t k = 0; k < m->structs[s].nfields; k++)
            m->structs[s].fields[k].frozen = !fz->dead[field_index(fz, s, k)];
    for (int32_t fid = 0; fid < m->nfuncs; fid++) {
        IrFunc *f = &m->funcs[fid];
        if (loads_frozen(m, f))
            mark_vregs(m, f);
        else
            for (int32_t v = 0; v < f->nvregs; v++)
                f->vregs[v].frozen = 0;
    }
}

void pass_frozen(IrModule *m)
{
    Frozen fz;
    frozen_init(&fz, m);
    prefilter(&fz);
    for (int changed = 1; changed;) {
        int32_t asked = fz.nlist;
        changed = check_sites(&fz);
        changed |= check_pairs(&fz);
        changed |= fz.nlist != asked;
    }
    publish(&fz);
    frozen_free(&fz);
}
