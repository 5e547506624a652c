/* ir.c - construction of the IR, its op table and CFG helpers. */
#include "passes/ir.h"
#include "frontend/frontend.h"   /* diag_internal_exit */

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define X(name, nops, flags) [IR_##name] = { #name, nops, flags },
const IrOpInfo ir_ops[IR__COUNT] = { IR_OPS(X) };
#undef X

#define X(name, placed, text) [IRW_##name] = { #name, placed, text },
const IrWhyInfo ir_whys[IRW__COUNT] = { IR_WHYS(X) };
#undef X

#define X(kind, op, cfn, word, letter, colour, pass, done, vfy, legend) \
    [IRB_##kind] = { IR_##op, cfn, word, letter, colour, pass, done, vfy, legend },
const IrBarrierInfo ir_barriers[IRB__COUNT] = { IR_BARRIER_KINDS(X) };
#undef X

IrBarrierKind ir_barrier_of_op(int op)
{
    for (int k = 0; k < IRB__COUNT; k++)
        if (op != IR_NOP && ir_barriers[k].op == op)
            return (IrBarrierKind)k;
    return IRB__COUNT;
}

IrBarrierKind ir_barrier_of_cfunc(const char *name)
{
    for (int k = 0; k < IRB__COUNT; k++)
        if (name && ir_barriers[k].cfunc && strcmp(ir_barriers[k].cfunc, name) == 0)
            return (IrBarrierKind)k;
    return IRB__COUNT;
}

const char *const ir_kind_names[IRK__COUNT] = {
    [IRK_VOID] = "void", [IRK_BOOL] = "bool", [IRK_I64] = "i64",
    [IRK_F64] = "f64",   [IRK_REF] = "ref",   [IRK_PTR] = "ptr",
    [IRK_U8] = "u8",     [IRK_I32] = "i32",
};

/* --------------------------------------------------------------- memory */

/* The pool owns everything allocated for a module; arrays that grow are
 * reallocated in place inside pool chunks by ir_grow (old copies stay in
 * the pool until the module is freed, which keeps growth simple). */
struct IrPool {
    IrPool *next;
    size_t used, cap;
    _Alignas(16) unsigned char data[];
};

enum { POOL_CHUNK = 64 * 1024 };

static IrPool *pool_chunk(IrPool *next, size_t min)
{
    size_t cap = min > POOL_CHUNK ? min : POOL_CHUNK;
    IrPool *p = malloc(sizeof(IrPool) + cap);
    if (!p)
        IR_DIE("out of memory");
    p->next = next;
    p->used = 0;
    p->cap = cap;
    return p;
}

void *ir_alloc(IrModule *m, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    if (!m->pool || m->pool->used + size > m->pool->cap)
        m->pool = pool_chunk(m->pool, size);
    void *r = m->pool->data + m->pool->used;
    m->pool->used += size;
    memset(r, 0, size);
    return r;
}

char *ir_strdup(IrModule *m, const char *s)
{
    size_t n = strlen(s) + 1;
    char *r = ir_alloc(m, n);
    memcpy(r, s, n);
    return r;
}

void *ir_grow(IrModule *m, void *array, int32_t *cap, int32_t need, size_t elem)
{
    if (need <= *cap)
        return array;
    int32_t ncap = *cap ? *cap * 2 : 8;
    while (ncap < need)
        ncap *= 2;
    void *r = ir_alloc(m, (size_t)ncap * elem);
    if (array)
        memcpy(r, array, (size_t)*cap * elem);
    *cap = ncap;
    return r;
}

IrModule *ir_module_new(void)
{
    IrModule *m = calloc(1, sizeof *m);
    if (!m)
        IR_DIE("out of memory");
    for (int i = 0; i < IRH__COUNT; i++)
        m->hooks[i] = -1;
    return m;
}

void ir_module_free(IrModule *m)
{
    if (!m)
        return;
    for (IrPool *p = m->pool, *next; p; p = next) {
        next = p->next;
        free(p);
    }
    free(m);
}

/* ------------------------------------------------------------- module parts */

#define PUSH(m, arr, n, cap, value) \
    ((arr) = ir_grow((m), (arr), &(cap), (n) + 1, sizeof *(arr)), \
     (arr)[(n)] = (value), (n)++)

int32_t ir_add_struct(IrModule *m, const IrStruct *s)
{
    PUSH(m, m->structs, m->nstructs, m->capstructs, *s);
    return m->nstructs - 1;
}

int32_t ir_add_extern(IrModule *m, const IrExtern *x)
{
    for (int32_t i = 0; i < m->nexterns; i++)
        if (strcmp(m->externs[i].c_name, x->c_name) == 0)
            return i;
    PUSH(m, m->externs, m->nexterns, m->capexterns, *x);
    return m->nexterns - 1;
}

int32_t ir_add_func(IrModule *m, const char *name, IrType ret)
{
    IrFunc f = { 0 };
    f.name = ir_strdup(m, name);
    f.src_name = f.name;
    f.ret = ret;
    PUSH(m, m->funcs, m->nfuncs, m->capfuncs, f);
    return m->nfuncs - 1;
}

int32_t ir_add_const_str(IrModule *m, const char *bytes, int64_t len)
{
    for (int32_t i = 0; i < m->nconsts; i++)
        if (m->consts[i].len == len && memcmp(m->consts[i].bytes, bytes, (size_t)len) == 0)
            return i;
    char *copy = ir_alloc(m, (size_t)len + 1);
    memcpy(copy, bytes, (size_t)len);
    IrConst c = { copy, len, false };
    PUSH(m, m->consts, m->nconsts, m->capconsts, c);
    return m->nconsts - 1;
}

int32_t ir_add_global(IrModule *m, const char *name, int32_t sid)
{
    IrGlobal g = { ir_strdup(m, name), sid };
    PUSH(m, m->globals, m->nglobals, m->capglobals, g);
    return m->nglobals - 1;
}

int32_t ir_add_file(IrModule *m, const char *path)
{
    for (int32_t i = 0; i < m->nfiles; i++)
        if (strcmp(m->files[i], path) == 0)
            return i;
    int32_t cap = m->nfiles;   /* files grow one at a time: rare */
    const char **files = ir_alloc(m, sizeof(char *) * (size_t)(cap + 1));
    if (cap)
        memcpy(files, m->files, sizeof(char *) * (size_t)cap);
    files[cap] = ir_strdup(m, path);
    m->files = files;
    m->nfiles = cap + 1;
    return cap;
}

int32_t ir_add_vtable(IrModule *m, int32_t sid, int32_t nslots)
{
    IrVtable v = { sid, ir_alloc(m, sizeof(int32_t) * (size_t)(nslots ? nslots : 1)), nslots };
    for (int32_t i = 0; i < nslots; i++)
        v.funcs[i] = -1;
    PUSH(m, m->vtables, m->nvtables, m->capvtables, v);
    return m->nvtables - 1;
}

int32_t ir_add_note(IrModule *m, const IrNote *n)
{
    PUSH(m, m->notes, m->nnotes, m->capnotes, *n);
    return m->nnotes - 1;
}

/* ---------------------------------------------------------------- functions */

int32_t ir_new_vreg(IrModule *m, IrFunc *f, IrType t, const char *name)
{
    IrVreg v = { t, name ? ir_strdup(m, name) : NULL, 0 };
    PUSH(m, f->vregs, f->nvregs, f->capvregs, v);
    return f->nvregs - 1;
}

int32_t ir_new_block(IrModule *m, IrFunc *f)
{
    IrBlock b = { 0 };
    b.term.kind = TERM_NONE;
    b.term.value = -1;
    b.term.succ[0] = b.term.succ[1] = -1;
    b.rpo = -1;
    PUSH(m, f->blocks, f->nblocks, f->capblocks, b);
    return f->nblocks - 1;
}

static IrInstr blank_instr(IrOp op)
{
    IrInstr in = { 0 };
    in.op = (uint16_t)op;
    in.dst = in.a = in.b = in.c = in.aux = -1;
    return in;
}

IrInstr *ir_emit(IrModule *m, IrFunc *f, int32_t b, IrOp op)
{
    IrBlock *bl = &f->blocks[b];
    if (bl->term.kind != TERM_NONE)
        IR_DIE("%s: emitting into terminated block %d", f->name, b);
    PUSH(m, bl->instrs, bl->ninstrs, bl->capinstrs, blank_instr(op));
    return &bl->instrs[bl->ninstrs - 1];
}

void ir_insert(IrModule *m, IrFunc *f, int32_t b, int32_t pos, const IrInstr *in)
{
    IrBlock *bl = &f->blocks[b];
    if (pos < 0 || pos > bl->ninstrs)
        IR_DIE("%s: bad insertion point %d in block %d", f->name, pos, b);
    bl->instrs = ir_grow(m, bl->instrs, &bl->capinstrs, bl->ninstrs + 1, sizeof(IrInstr));
    memmove(&bl->instrs[pos + 1], &bl->instrs[pos],
            sizeof(IrInstr) * (size_t)(bl->ninstrs - pos));
    bl->instrs[pos] = *in;
    bl->ninstrs++;
}

IrInstr ir_instr(IrOp op)
{
    return blank_instr(op);
}

void ir_set_args(IrModule *m, IrInstr *in, const int32_t *args, int32_t n)
{
    in->args = ir_alloc(m, sizeof(int32_t) * (size_t)(n ? n : 1));
    if (n)
        memcpy(in->args, args, sizeof(int32_t) * (size_t)n);
    in->nargs = n;
}

void ir_set_term(IrFunc *f, int32_t b, IrTermKind kind, int32_t value,
                 int32_t s0, int32_t s1, IrLoc loc)
{
    IrTerm *t = &f->blocks[b].term;
    if (t->kind != TERM_NONE)
        IR_DIE("%s: block %d terminated twice", f->name, b);
    t->kind = (uint8_t)kind;
    t->value = value;
    t->succ[0] = s0;
    t->succ[1] = s1;
    t->loc = loc;
}

/* ---------------------------------------------------------------- analysis */

int ir_term_nsucc(const IrTerm *t, int32_t succ_out[2])
{
    int n = 0;
    switch ((IrTermKind)t->kind) {
    case TERM_JUMP:
        succ_out[n++] = t->succ[0];
        break;
    case TERM_BRANCH:
        succ_out[n++] = t->succ[0];
        succ_out[n++] = t->succ[1];
        break;
    case TERM_EXC:
        succ_out[n++] = t->succ[0];
        if (t->succ[1] >= 0)
            succ_out[n++] = t->succ[1];
        break;
    case TERM_RAISE:
    case TERM_RERAISE:
        if (t->succ[1] >= 0)
            succ_out[n++] = t->succ[1];
        break;
    case TERM_NONE:
    case TERM_RETURN:
    case TERM_UNREACHABLE:
        break;
    }
    return n;
}

static void rpo_visit(IrFunc *f, int32_t b, uint8_t *seen, int32_t *order, int32_t *n)
{
    /* Iterative DFS: an explicit stack keeps deep CFGs off the C stack. */
    int32_t *stack = malloc(sizeof(int32_t) * (size_t)f->nblocks * 3 + 3);
    int32_t sp = 0;
    stack[sp++] = b;
    stack[sp++] = 0;
    seen[b] = 1;
    while (sp) {
        int32_t blk = stack[sp - 2], i = stack[sp - 1];
        int32_t succ[2];
        int ns = ir_term_nsucc(&f->blocks[blk].term, succ);
        if (i < ns) {
            stack[sp - 1] = i + 1;
            int32_t s = succ[i];
            if (s >= 0 && s < f->nblocks && !seen[s]) {
                seen[s] = 1;
                stack[sp++] = s;
                stack[sp++] = 0;
            }
        } else {
            order[(*n)++] = blk;
            sp -= 2;
        }
    }
    free(stack);
}

/* Blocks no path reaches (a pass turned a test into a jump) become empty
 * and `unreachable`, so that later passes and the summaries do not see
 * their calls and allocations. */
void ir_clear_unreachable(IrModule *m, IrFunc *f)
{
    ir_compute_cfg(m, f);
    for (int32_t b = 0; b < f->nblocks; b++) {
        IrBlock *bl = &f->blocks[b];
        if (bl->rpo >= 0)
            continue;
        bl->ninstrs = 0;
        bl->term.kind = TERM_UNREACHABLE;
        bl->term.value = -1;
        bl->term.succ[0] = bl->term.succ[1] = -1;
    }
    ir_compute_cfg(m, f);
}

void ir_compute_cfg(IrModule *m, IrFunc *f)
{
    int32_t nb = f->nblocks;
    int32_t *count = calloc((size_t)nb + 1, sizeof(int32_t));
    for (int32_t b = 0; b < nb; b++) {
        int32_t succ[2];
        int ns = ir_term_nsucc(&f->blocks[b].term, succ);
        for (int i = 0; i < ns; i++)
            if (succ[i] >= 0 && succ[i] < nb)
                count[succ[i]]++;
    }
    for (int32_t b = 0; b < nb; b++) {
        f->blocks[b].preds = ir_alloc(m, sizeof(int32_t) * (size_t)(count[b] ? count[b] : 1));
        f->blocks[b].npreds = 0;
        f->blocks[b].rpo = -1;
    }
    for (int32_t b = 0; b < nb; b++) {
        int32_t succ[2];
        int ns = ir_term_nsucc(&f->blocks[b].term, succ);
        for (int i = 0; i < ns; i++) {
            IrBlock *s = &f->blocks[succ[i]];
            if (succ[i] >= 0 && succ[i] < nb)
                s->preds[s->npreds++] = b;
        }
    }
    free(count);
    if (nb == 0)
        return;
    uint8_t *seen = calloc((size_t)nb, 1);
    int32_t *post = malloc(sizeof(int32_t) * (size_t)nb);
    int32_t n = 0;
    rpo_visit(f, 0, seen, post, &n);
    for (int32_t i = 0; i < n; i++)
        f->blocks[post[n - 1 - i]].rpo = i;
    free(seen);
    free(post);
}

/* Order of reachable blocks in reverse post-order; returns the count. */
int32_t ir_rpo_order(const IrFunc *f, int32_t *order)
{
    int32_t n = 0;
    for (int32_t b = 0; b < f->nblocks; b++)
        if (f->blocks[b].rpo >= 0) {
            order[f->blocks[b].rpo] = b;
            n++;
        }
    return n;
}

static uint32_t func_summary(const IrModule *m, int32_t fid)
{
    const uint32_t worst = IRF_RAISES | IRF_ALLOC | IRF_BREAK | IRF_INEV;
    const IrFunc *f = &m->funcs[fid];
    return f->summary & IRF_SUMMARIZED ? f->summary & ~IRF_SUMMARIZED : worst;
}

static int in_subtree(const IrModule *m, int32_t root_sid, int32_t sid)
{
    if (root_sid < 0 || root_sid >= m->nstructs || !m->structs[root_sid].is_class)
        return 1;   /* unknown class: any vtable */
    return sid >= m->structs[root_sid].class_first && sid <= m->structs[root_sid].class_last;
}

int ir_method_targets(const IrModule *m, const IrInstr *in, int32_t *out)
{
    const IrFunc *root = &m->funcs[in->aux];
    int32_t root_sid = root->nparams > 0 ? root->vregs[0].type.sid : -1;
    int n = 0;
    out[n++] = in->aux;
    for (int32_t v = 0; v < m->nvtables; v++) {
        const IrVtable *vt = &m->vtables[v];
        if (in->imm < 0 || in->imm >= vt->nslots || vt->funcs[in->imm] < 0
            || !in_subtree(m, root_sid, vt->sid))
            continue;
        int32_t f = vt->funcs[in->imm];
        int seen = 0;
        for (int k = 0; k < n && !seen; k++)
            seen = out[k] == f;
        if (!seen)
            out[n++] = f;
    }
    return n;
}

/* A virtual call may reach any implementation of its slot in the class
 * that introduced the method: the root method's summary alone would miss
 * an override that allocates or breaks. */
static uint32_t method_summary(const IrModule *m, const IrInstr *in)
{
    int32_t stack[64];
    int32_t *targets = m->nfuncs < 64 ? stack : malloc(sizeof(int32_t) * (size_t)(m->nfuncs + 1));
    uint32_t r = 0;
    int n = ir_method_targets(m, in, targets);
    for (int i = 0; i < n; i++)
        r |= func_summary(m, targets[i]);
    if (targets != stack)
        free(targets);
    return r;
}

/* The emitted C type of a kind, as one letter (emit_ctype: bool and u8
 * are both uint8_t). */
static char sig_letter(IrKind k)
{
    static const char letters[IRK__COUNT] = {
        [IRK_VOID] = 'v', [IRK_BOOL] = 'b', [IRK_U8] = 'b', [IRK_I64] = 'i',
        [IRK_F64] = 'f', [IRK_REF] = 'r', [IRK_PTR] = 'p', [IRK_I32] = 'w',
    };
    if ((unsigned)k >= IRK__COUNT || !letters[k])
        IR_DIE("bad kind %d", (int)k);
    return letters[k];
}

static const char *sig_key(IrModule *m, const IrFunc *f, IrKind ret, const int32_t *vregs,
                           int32_t first, int32_t n)
{
    char *key = ir_alloc(m, (size_t)(n - first > 0 ? n - first : 0) + 3);
    size_t k = 0;
    key[k++] = sig_letter(ret);
    key[k++] = ':';
    for (int32_t i = first; i < n; i++)
        key[k++] = sig_letter((IrKind)f->vregs[vregs ? vregs[i] : i].type.kind);
    return key;
}

const char *ir_sig_func_key(IrModule *m, const IrFunc *f, int32_t first)
{
    return sig_key(m, f, (IrKind)f->ret.kind, NULL, first, f->nparams);
}

const char *ir_sig_call_key(IrModule *m, const IrFunc *f, const IrInstr *in)
{
    IrKind ret = in->dst >= 0 ? (IrKind)f->vregs[in->dst].type.kind : IRK_VOID;
    return sig_key(m, f, ret, in->args, 0, in->nargs);
}

int ir_sig_call_has(const IrFunc *f, const IrInstr *in, const char *key)
{
    IrKind ret = in->dst >= 0 ? (IrKind)f->vregs[in->dst].type.kind : IRK_VOID;
    if ((int32_t)strlen(key) != in->nargs + 2 || key[0] != sig_letter(ret) || key[1] != ':')
        return 0;
    for (int32_t i = 0; i < in->nargs; i++)
        if (key[i + 2] != sig_letter((IrKind)f->vregs[in->args[i]].type.kind))
            return 0;
    return 1;
}

int ir_sig_fits(const char *call, const char *func)
{
    return strcmp(call + 1, func + 1) == 0 && (call[0] == 'v' || call[0] == func[0]);
}

uint32_t ir_call_effects(const IrModule *m, const IrInstr *in)
{
    const uint32_t worst = IRF_RAISES | IRF_ALLOC | IRF_BREAK | IRF_INEV;
    switch ((IrOp)in->op) {
    case IR_CALL:
        return func_summary(m, in->aux);
    case IR_CALL_METHOD:
        return method_summary(m, in);
    case IR_CALL_INDIRECT:
        if (in->aux < 0 || in->aux >= m->nsigs || !(m->sigs[in->aux].summary & IRF_SUMMARIZED))
            return worst;
        return m->sigs[in->aux].summary & ~(uint32_t)IRF_SUMMARIZED;
    case IR_CALL_EXTERN: {
        uint32_t x = m->externs[in->aux].flags, r = 0;
        if (x & IRX_RAISES) r |= IRF_RAISES;
        if (x & IRX_ALLOC) r |= IRF_ALLOC;
        if (x & IRX_BREAK) r |= IRF_BREAK | IRF_ALLOC;
        if (!(x & IRX_TX_SAFE)) r |= IRF_INEV;
        return r;
    }
    default:
        return 0;
    }
}

int ir_instr_raises(const IrModule *m, const IrInstr *in)
{
    if (ir_ops[in->op].flags & IRO_RAISES)
        return 1;
    if (ir_ops[in->op].flags & IRO_CALL)
        return (ir_call_effects(m, in) & IRF_RAISES) != 0;
    return 0;
}

int ir_instr_is_safepoint(const IrModule *m, const IrInstr *in)
{
    uint32_t fl = ir_ops[in->op].flags;
    if (fl & (IRO_ALLOC | IRO_SAFEPOINT | IRO_BREAK))
        return 1;
    if (fl & IRO_CALL)
        return (ir_call_effects(m, in) & (IRF_ALLOC | IRF_BREAK)) != 0;
    return 0;
}

int ir_instr_breaks(const IrModule *m, const IrInstr *in)
{
    uint32_t fl = ir_ops[in->op].flags;
    if (fl & IRO_BREAK)
        return 1;
    if (fl & IRO_CALL)
        return (ir_call_effects(m, in) & IRF_BREAK) != 0;
    return 0;
}

/* Operand vregs of an instruction, in order; returns the count. */
int ir_instr_uses(const IrInstr *in, int32_t *uses, int max)
{
    int n = 0;
    if (in->a >= 0 && n < max) uses[n++] = in->a;
    if (in->b >= 0 && n < max) uses[n++] = in->b;
    if (in->c >= 0 && n < max) uses[n++] = in->c;
    for (int32_t i = 0; i < in->nargs && n < max; i++)
        if (in->args[i] >= 0)
            uses[n++] = in->args[i];
    return n;
}
