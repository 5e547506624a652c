/* emit_func.c - C for one IR function.
 *
 * Frames.  A reference vreg that is live across a call that may collect
 * lives in a shadow-stack slot (ss[k]) for the whole function, so the GC
 * sees it and updates it when the object moves; every use reads the slot
 * again, so a use after a collection sees the new address.  Other vregs are
 * C locals.  Points that collect only on a rarely taken path (a loop's
 * poll, a transaction break point, a raising operation's error path, a
 * list index's call for a negative or out-of-range index) do not force
 * slots: their slow path copies the live references that sit in C
 * locals to a temporary shadow frame and reads them back afterwards.
 *
 * Transactions.  A function that contains a transaction break, or a loop
 * and a call to something that may break, may become the *root frame* of
 * a transaction (runtime/stm.h, "restart protocol").  At each point where
 * it starts one (the slow path of a break point, or after a call that
 * ended the transaction) the live references in C locals go to a
 * temporary frame that the runtime snapshots with the slots, and the live
 * non-references to a per-point save area declared at function scope (an
 * abort may land there after the block that set it up was left, so its
 * storage must stay reserved).  Before any return the function commits if
 * it is the root.  Such a function is never inlined: the runtime tells the
 * root frame by its C frame address, and an inlined copy would share its
 * caller's.  Other functions that call something that may break resume in
 * an inevitable fragment instead (see resumes_as_fragment()).
 *
 * Exceptions.  After an instruction that can raise, the block's TERM_EXC
 * names the handler; leaving the function adds a traceback record naming
 * the source line, then returns through L_unwind.
 */
#include "backend/emit.h"
#include "passes/analysis.h"

#include <inttypes.h>
#include <math.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

typedef struct Switch Switch;

typedef struct Frame {
    Emitter *e;
    IrModule *m;
    IrFunc *f;
    int32_t fid;
    int32_t *slot;         /* per vreg: shadow-stack slot or -1 */
    int32_t nslots;
    int root_candidate;    /* --stm: holds restart points, may become a
                              transaction's root frame (else it resumes
                              with inevitable fragments) */
    int has_frame;         /* pushes a shadow-stack frame */
    int needs_stack_check; /* calls other functions: may recurse */
    IrLiveness lv;
    IrBits read;           /* vregs some reachable instruction reads: a
                              call that only sets another drops the
                              assignment, a pure instruction is dropped */
    IrBits named;          /* vregs the C mentions: declared */
    const IrInstr **konst; /* per vreg: the constant written at its uses
                              instead of a C variable, or NULL */
    int32_t *next;         /* per block: the block emitted after it, -1 */
    uint8_t *targeted;     /* per block: some goto names it (gets a label) */
    int32_t cur;           /* the block being emitted */
    uint8_t *bypassed;     /* per block: a test of a chain that a switch
                              replaces (never entered: not emitted) */
    Switch **switches;     /* per block: the switch ending it, or NULL
                              (find_switches, once per function) */
    FILE *decls;           /* restart save areas (function scope) */
    char *decls_buf;
    size_t decls_len;
} Frame;

static int is_ref(const Frame *F, int32_t v)
{
    return v >= 0 && F->f->vregs[v].type.kind == IRK_REF;
}

static IrKind vkind(const Frame *F, int32_t v)
{
    return (IrKind)F->f->vregs[v].type.kind;
}

/* A constant as a C expression (negative ones in parentheses: `a - -1`
 * and `-(-x)` stay what they say). */
static const char *const_text(const Frame *F, const IrInstr *in)
{
    if (in->op == IR_CONST_I64) {
        if (in->imm == INT64_MIN)
            return "INT64_MIN";
        return arena_printf(F->e->names, in->imm < 0 ? "(%" PRId64 "LL)" : "%" PRId64 "LL", in->imm);
    }
    if (isnan(in->fimm))
        return "NAN";
    if (isinf(in->fimm))
        return in->fimm < 0 ? "(-INFINITY)" : "INFINITY";
    return arena_printf(F->e->names, signbit(in->fimm) ? "(%a)" : "%a", in->fimm);
}

static const char *V(const Frame *F, int32_t v)
{
    if (v < 0)
        return "0";
    if (F->konst[v])
        return const_text(F, F->konst[v]);
    if (F->slot[v] >= 0)
        return arena_printf(F->e->names, "ss[%d]", F->slot[v]);
    return arena_printf(F->e->names, "v%d", v);
}

static void out(Frame *F, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void out(Frame *F, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(F->e->out, fmt, ap);
    va_end(ap);
}

/* ------------------------------------------------------------ analysis */

/* Instructions after which a transaction may have ended (--stm). */
static int breaks_tx(const Frame *F, const IrInstr *in)
{
    return F->e->opt->stm && ir_instr_breaks(F->m, in);
}

/* Blocking externs leave the transactional zone in both builds. */
static int leaves_zone(const Frame *F, const IrInstr *in)
{
    if (F->e->opt->stm)
        return ir_instr_breaks(F->m, in) && in->op != IR_BREAKPOINT;
    return in->op == IR_CALL_EXTERN && (F->m->externs[in->aux].flags & IRX_BREAK);
}

/* The slow path of a list index (lower_expr.c, IRI_INDEX_CHECKED): the
 * prelude's __getitem__/__setitem__, reached for a negative or
 * out-of-range index only, which allocates only the IndexError it raises.
 * Like a poll, it saves the references live in C locals around itself
 * instead of giving them slots for the whole function: a function whose
 * only other safe points are such indexes keeps its references in
 * registers and pushes no frame (the Python interpreter's cache lookups:
 * `entries[e]`, `w.slots[ix]`). */
static int spills_around(const Frame *F, const IrInstr *in)
{
    return (in->flags & IRI_INDEX_CHECKED) && !breaks_tx(F, in);
}

static void need_slot(Frame *F, int32_t v)
{
    if (is_ref(F, v) && F->slot[v] < 0)
        F->slot[v] = F->nslots++;
}

/* Walk the block backwards; mark references live across safe points. */
static void assign_block_slots(Frame *F, const IrBlock *bl, IrBits *live, int32_t b)
{
    ir_bits_copy(live, &F->lv.live_out[b]);
    ir_live_term(&bl->term, live);
    for (int32_t i = bl->ninstrs - 1; i >= 0; i--) {
        const IrInstr *in = &bl->instrs[i];
        /* Polls and break points spill on their slow paths only; the
         * restart after a breaking call spills its result. */
        int self_spills = in->op == IR_POLL || in->op == IR_POLL_INTR
                          || in->op == IR_BREAKPOINT || spills_around(F, in);
        if (!self_spills && (ir_instr_is_safepoint(F->m, in) || breaks_tx(F, in))) {
            for (int32_t v = 0; v < F->f->nvregs; v++)
                if (ir_bits_has(live, v) && v != in->dst)
                    need_slot(F, v);
            if (in->op == IR_BIND)
                need_slot(F, in->a);
        }
        ir_live_step(in, live);
    }
}

static int has_loop(const IrFunc *f)
{
    for (int32_t b = 0; b < f->nblocks; b++) {
        const IrBlock *bl = &f->blocks[b];
        if (bl->rpo < 0)
            continue;
        for (int k = 0; k < 2; k++) {
            int32_t s = bl->term.succ[k];
            if (s >= 0 && f->blocks[s].rpo >= 0 && f->blocks[s].rpo <= bl->rpo)
                return 1;
        }
    }
    return 0;
}

/* --stm: a function that may end the transaction holds restart points
 * (and may become a transaction's root frame, so it is never inlined)
 * when it has a break point of its own (entering an atomic section is
 * one) or a loop.  Otherwise, after a callee ended the transaction it
 * resumes in an inevitable fragment (runtime/stm.h), which ends at the
 * next break point or at the next restart point of a caller, soon since
 * the rest of the function runs at most once.  A restart point would cost
 * it its inlining and its registers across calls, and such functions (an
 * interpreter's eval helpers) are the hottest ones.  Loops keep restart
 * points: a thread's main loop after a blocking call would otherwise run
 * inevitable, one thread at a time; but not loops inside a step. */
int emit_may_be_root(Emitter *e, int32_t fid)
{
    if (!e->opt->stm)
        return 0;
    IrFunc *f = &e->m->funcs[fid];
    ir_compute_cfg(e->m, f);
    int calls = 0, points = 0;
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; f->blocks[b].rpo >= 0 && i < f->blocks[b].ninstrs; i++)
            if (ir_instr_breaks(e->m, &f->blocks[b].instrs[i])) {
                points |= f->blocks[b].instrs[i].op == IR_BREAKPOINT;
                calls |= f->blocks[b].instrs[i].op != IR_BREAKPOINT;
            }
    /* Inside a step of a program with break points (ir_mark_steps), a
     * fragment must go on to the step's end: a restart point here would
     * commit it in the middle of the step (an interpreter's dict lookup
     * loop committed between finding an entry and removing it, and
     * another thread's change made the index stale: an endless probe). */
    if (!points && f->in_step)
        return 0;
    return points || (calls && has_loop(f));
}

static int dead(const Frame *F, const IrInstr *in);
static void find_switches(Frame *F);
static int32_t switch_operand(const Frame *F, int32_t b);

static bool folded_self_compare(const IrInstr *in);

/* The vregs read by instructions that are emitted: a dead instruction's
 * operands do not count, so dropping one may make another dead; iterate
 * until nothing changes (the set only shrinks).  x == x emitted as its
 * constant reads nothing. */
static void find_reads(Frame *F)
{
    const IrFunc *f = F->f;
    F->read = ir_bits_new(f->nvregs);
    for (int32_t w = 0; w < F->read.nwords; w++)
        F->read.w[w] = ~(uint64_t)0;
    IrBits next = ir_bits_new(f->nvregs);
    for (int changed = 1; changed;) {
        memset(next.w, 0, sizeof(uint64_t) * (size_t)next.nwords);
        for (int32_t b = 0; b < f->nblocks; b++) {
            const IrBlock *bl = &f->blocks[b];
            if (F->bypassed[b])
                continue;
            for (int32_t i = 0; bl->rpo >= 0 && i < bl->ninstrs; i++) {
                const IrInstr *in = &bl->instrs[i];
                if (dead(F, in) || folded_self_compare(in))
                    continue;
                const int32_t ops[3] = { in->a, in->b, in->c };
                for (int k = 0; k < 3; k++)
                    if (ops[k] >= 0)
                        ir_bits_set(&next, ops[k]);
                for (int32_t k = 0; k < in->nargs; k++)
                    if (in->args[k] >= 0)
                        ir_bits_set(&next, in->args[k]);
            }
            if (bl->rpo >= 0 && F->switches[b])
                ir_bits_set(&next, switch_operand(F, b));
            else if (bl->rpo >= 0)
                ir_live_term(&bl->term, &next);
        }
        changed = memcmp(next.w, F->read.w, sizeof(uint64_t) * (size_t)next.nwords) != 0;
        ir_bits_copy(&F->read, &next);
    }
    ir_bits_free(&next);
}


/* Can operand k (a, b, c, then the arguments) of in be a literal?  Not
 * an item index or a card barrier's (the C verifier pairs an item access
 * with its barrier by the index variable), nor a shift count, divisor,
 * array copy bound or the operand of a negation or float-to-int
 * conversion: gcc warns about `x << 64`, `x / 0` or an overflowing
 * constant even where a run-time test guards them. */
static bool literal_ok(const IrInstr *in, int k)
{
    switch ((IrOp)in->op) {
    case IR_GETITEM: case IR_SETITEM: case IR_STM_WRITE_CARD: case IR_STM_READ_CARD:
    case IR_GC_WB_CARD:
    case IR_SHL: case IR_SHL_WRAP: case IR_SHR: case IR_FLOORDIV: case IR_MOD: case IR_FDIV:
        return k != 1;
    case IR_NEG_OVF: case IR_F2I: case IR_FNEG: case IR_ARRAYCOPY:
        return false;
    default:
        return true;
    }
}

/* Refuse, as constants, the vregs that instruction in reads where a
 * literal may not stand. */
static void refuse_literal_uses(const IrInstr *in, const IrInstr **konst)
{
    const int32_t ops[3] = { in->a, in->b, in->c };
    for (int k = 0; k < 3; k++)
        if (ops[k] >= 0 && !literal_ok(in, k))
            konst[ops[k]] = NULL;
    for (int32_t k = 0; k < in->nargs; k++)
        if (in->args[k] >= 0 && !literal_ok(in, 3 + k))
            konst[in->args[k]] = NULL;
}

/* Constants written at their uses (no C variable each): a non-reference
 * vreg set once in the function, by CONST_I64 or CONST_F64, not live into
 * the entry (so never read before it is set), and read only where
 * literal_ok allows. */
static void find_constants(Frame *F)
{
    const IrFunc *f = F->f;
    F->konst = calloc((size_t)f->nvregs + 1, sizeof *F->konst);
    uint8_t *defs = calloc((size_t)f->nvregs + 1, 1);
    for (int32_t v = 0; v < f->nparams; v++)
        defs[v] = 1;
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; f->blocks[b].rpo >= 0 && i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (in->dst < 0)
                continue;
            defs[in->dst] = defs[in->dst] < 2 ? defs[in->dst] + 1 : 2;
            if ((in->op == IR_CONST_I64 || in->op == IR_CONST_F64) && !is_ref(F, in->dst))
                F->konst[in->dst] = in;
        }
    for (int32_t v = 0; v < f->nvregs; v++)
        if (defs[v] != 1 || ir_bits_has(&F->lv.live_in[0], v))
            F->konst[v] = NULL;
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; f->blocks[b].rpo >= 0 && i < f->blocks[b].ninstrs; i++)
            refuse_literal_uses(&f->blocks[b].instrs[i], F->konst);
    free(defs);
}

/* The vregs the C mentions: those read, and the results of instructions
 * emitted with an assignment (all but calls whose result is not read);
 * constants written at their uses are not. */
static void find_named(Frame *F)
{
    const IrFunc *f = F->f;
    F->named = ir_bits_new(f->nvregs);
    ir_bits_copy(&F->named, &F->read);
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; f->blocks[b].rpo >= 0 && i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            if (in->dst >= 0 && !dead(F, in) && !(ir_ops[in->op].flags & IRO_CALL))
                ir_bits_set(&F->named, in->dst);
        }
    for (int32_t v = 0; v < f->nvregs; v++)
        if (F->konst[v])
            ir_bits_clear(&F->named, v);
}

/* An instruction whose only effect is its result, and nobody reads it. */
static int dead(const Frame *F, const IrInstr *in)
{
    const uint32_t effects = IRO_RAISES | IRO_ALLOC | IRO_CALL | IRO_BREAK | IRO_SIDE
                             | IRO_STM | IRO_SAFEPOINT;
    return in->dst >= 0 && !ir_bits_has(&F->read, in->dst)
           && !(ir_ops[in->op].flags & effects);
}

static void analyse(Frame *F)
{
    IrFunc *f = F->f;
    F->slot = malloc(sizeof(int32_t) * (size_t)(f->nvregs + 1));
    for (int32_t v = 0; v < f->nvregs; v++)
        F->slot[v] = -1;
    ir_liveness(F->m, f, &F->lv);
    find_switches(F);
    find_reads(F);
    find_constants(F);
    find_named(F);
    IrBits live = ir_bits_new(f->nvregs);
    for (int32_t b = 0; b < f->nblocks; b++)
        if (f->blocks[b].rpo >= 0)
            assign_block_slots(F, &f->blocks[b], &live, b);
    ir_bits_free(&live);
    F->root_candidate = F->e->root[F->fid];
    F->has_frame = F->nslots > 0;
}

/* ----------------------------------------------------------- prologue */

static void emit_signature(Emitter *e, int32_t fid, int named)
{
    const IrFunc *f = &e->m->funcs[fid];
    emit_printf(e, "static %s%s %s(", e->small && e->small[fid] ? "inline " : "",
                emit_ctype((IrKind)f->ret.kind), emit_func_name(e, fid));
    for (int32_t i = 0; i < f->nparams; i++) {
        emit_printf(e, "%s%s", i ? ", " : "", emit_ctype((IrKind)f->vregs[i].type.kind));
        if (named)
            emit_printf(e, " p%d", i);
    }
    if (f->nparams == 0)
        emit_printf(e, "void");
    emit_printf(e, ")");
}

void emit_prototype(Emitter *e, int32_t fid, const char *terminator)
{
    emit_signature(e, fid, 0);
    emit_printf(e, "%s", terminator);
}

static void emit_locals(Frame *F)
{
    const IrFunc *f = F->f;
    for (int32_t v = 0; v < f->nvregs; v++) {
        if (F->slot[v] >= 0 || vkind(F, v) == IRK_VOID)
            continue;
        if (!ir_bits_has(&F->named, v)) {
            if (v < f->nparams)
                out(F, "    (void)p%d;\n", v);
            continue;
        }
        const char *src = f->vregs[v].name;
        /* set by an instruction kept for its effect (it may raise), read
         * by none */
        const char *sink = ir_bits_has(&F->read, v) ? "" : " __attribute__((unused))";
        if (v < f->nparams)
            out(F, "    %s v%d%s = p%d;", emit_ctype(vkind(F, v)), v, sink, v);
        else
            out(F, "    %s v%d%s = 0;", emit_ctype(vkind(F, v)), v, sink);
        out(F, src ? "   /* %s */\n" : "\n", src);
    }
}

static void emit_prologue(Frame *F)
{
    if (F->needs_stack_check) {
        out(F, "    if (rtg_stack_check(%d)) return", F->nslots);
        out(F, F->f->ret.kind == IRK_VOID ? ";\n" : " 0;\n");
    }
    /* rtg_stack_check has tested room for the slots already */
    if (F->has_frame)
        out(F, "    stm_ref *ss = stm_push_frame%s(%d);\n",
            F->needs_stack_check ? "_unchecked" : "", F->nslots);
    for (int32_t v = 0; v < F->f->nparams; v++)
        if (F->slot[v] >= 0)
            out(F, "    ss[%d] = p%d;\n", F->slot[v], v);
}

/* Pop the frame, committing first if this frame is the transaction root
 * (a returned reference in a C local is kept in a temporary frame across
 * the commit, which may move it).  value < 0: return 0 if not void. */
static void emit_epilogue(Frame *F, int32_t value)
{
    const char *rv = value >= 0 ? V(F, value) : F->f->ret.kind == IRK_VOID ? NULL : "0";
    if (F->root_candidate) {
        if (value >= 0 && is_ref(F, value) && F->slot[value] < 0)
            out(F, "        if (stm_is_root_frame()) { stm_ref *tp = stm_push_frame(1); "
                   "tp[0] = %s; stm_commit_transaction(); %s = tp[0]; stm_pop_frame(tp); }\n",
                rv, rv);
        else
            out(F, "        if (stm_is_root_frame()) stm_commit_transaction();\n");
    }
    if (F->has_frame)
        out(F, "        stm_pop_frame(ss);\n");
    if (F->needs_stack_check)
        out(F, "        stm_tl.depth--;\n");
    if (rv)
        out(F, "        return %s;\n", rv);
    else
        out(F, "        return;\n");
}

/* ---------------------------------------------------------- exceptions */

/* CPython's tracebacks name a frame by its code's co_name: "length", not
 * the qualified "Node.length" (or "f.<locals>.g") of src_name. */
static const char *tb_name(const char *src_name)
{
    const char *name = src_name;
    int depth = 0;
    for (const char *p = src_name; *p; p++) {
        if (*p == '[')
            depth++;
        else if (*p == ']')
            depth--;
        else if (*p == '.' && depth == 0 && p[1])
            name = p + 1;
    }
    return name;
}

static void emit_tb_record(Frame *F, IrLoc loc)
{
    const char *file = loc.file >= 0 && loc.file < F->m->nfiles ? F->m->files[loc.file] : "?";
    const char *name = tb_name(F->f->src_name);
    out(F, "static const rt_tbloc rtg_tb%d = { ", F->e->nsites);
    emit_cstring(F->e, file, (int64_t)strlen(file));
    out(F, ", ");
    emit_cstring(F->e, name, (int64_t)strlen(name));
    out(F, ", %d }; rt_tb_add(&rtg_tb%d); ", loc.line, F->e->nsites);
    F->e->nsites++;
}

/* A block with no instruction that only jumps on is not emitted: jumps
 * go straight to where it leads (stopping on a cycle of such blocks). */
static int jump_only(const IrFunc *f, int32_t b)
{
    return f->blocks[b].ninstrs == 0 && f->blocks[b].term.kind == TERM_JUMP;
}

static int32_t resolve(const Frame *F, int32_t b)
{
    int32_t to = b;
    for (int32_t steps = 0; jump_only(F->f, to); steps++) {
        if (steps == F->f->nblocks)
            return b;   /* a cycle of empty blocks: an endless loop, kept */
        to = F->f->blocks[to].term.succ[0];
    }
    return to;
}

/* "goto bN;" to where block b leads; bN gets a label. */
static void emit_goto(Frame *F, int32_t b)
{
    b = resolve(F, b);
    F->targeted[b] = 1;
    out(F, "goto b%d;", b);
}

/* Jump to the exception target: a handler block or out of the function.
 * The frame's traceback record names the line where the exception first
 * reached this frame, as CPython's does: an exception raised at `loc` is
 * recorded there even when a handler of this function takes it (the
 * handler may not match, or a finally may re-raise), and a re-raise
 * (`reraise`: no match, end of a finally or with, bare `raise`) adds
 * nothing, since the exception was recorded when it arrived. */
static void emit_exc_goto(Frame *F, int32_t target, IrLoc loc, bool reraise)
{
    int record = !F->f->no_traceback && !reraise;
    if (record) {
        out(F, "{ ");
        emit_tb_record(F, loc);
    }
    if (target >= 0)
        emit_goto(F, target);
    else
        out(F, "goto L_unwind;");
    if (record)
        out(F, " }");
}

/* ------------------------------------------------------------ restarts */

/* Whether v is a reference live at a point that sits in a C local (not
 * in a slot).  Not one the C never declares: the IR's liveness counts the
 * reads of instructions the emitter drops as dead (an item read whose
 * value nobody uses), and such a vreg has no C variable to spill. */
static bool local_ref(const Frame *F, const IrBits *live, int32_t v, int32_t except)
{
    return ir_bits_has(live, v) && is_ref(F, v) && F->slot[v] < 0 && v != except &&
           ir_bits_has(&F->named, v);
}

/* The references live at a point that sit in C locals. */
static int32_t count_local_refs(const Frame *F, const IrBits *live, int32_t except)
{
    int32_t n = 0;
    for (int32_t v = 0; v < F->f->nvregs; v++)
        n += local_ref(F, live, v, except);
    return n;
}

/* Copy those references to a temporary shadow frame (on top of the
 * stack, so the GC updates them); returns how many. */
static int32_t spill_refs(Frame *F, const IrBits *live, int32_t except)
{
    int32_t n = count_local_refs(F, live, except), k = 0;
    if (n == 0)
        return 0;
    out(F, "        { stm_ref *tp = stm_push_frame(%d);", n);
    for (int32_t v = 0; v < F->f->nvregs; v++)
        if (local_ref(F, live, v, except))
            out(F, " tp[%d] = v%d;", k++, v);
    out(F, " }\n");
    return n;
}

/* Read them back and pop the temporary frame.  The frame is found from
 * the stack top, not from a local: after an abort the runtime has reset
 * the stack top to what it was at the start, and a block-scoped local
 * holding the frame might not have survived. */
static void reload_refs(Frame *F, const IrBits *live, int32_t except)
{
    int32_t n = count_local_refs(F, live, except), k = 0;
    if (n == 0)
        return;
    out(F, "        { stm_ref *tp = stm_tl.ss_top - %d;", n);
    for (int32_t v = 0; v < F->f->nvregs; v++)
        if (local_ref(F, live, v, except))
            out(F, " v%d = tp[%d];", v, k++);
    out(F, " stm_pop_frame(tp); }\n");
}

static int is_saved_local(const Frame *F, const IrBits *live, int32_t v)
{
    return ir_bits_has(live, v) && F->slot[v] < 0 && !is_ref(F, v) && vkind(F, v) != IRK_VOID
           && !F->konst[v];
}

/* --stm: save the live non-reference locals (and the frame pointer) in
 * this point's save area and set the restart point.  They are read back
 * on both paths (emit_setjmp_reload), so that nothing is live across
 * STM_SETJMP() itself: GCC keeps every value that is live across a setjmp
 * in memory for the whole function, which in a loop cost all its
 * registers.  The area is volatile: a plain one is scalarized and its
 * copy-in/copy-out propagated away, so that after an abort the "saved"
 * value was the register the code had changed since (found by
 * RTRANS_STM_ABORT_STRESS: a loop resumed with a later iteration's
 * accumulator).  Returns the save area's number. */
static int32_t emit_setjmp(Frame *F, const IrBits *live, const char *in)
{
    int32_t k = F->e->nsaves++, nsaved = 0;
    for (int32_t v = 0; v < F->f->nvregs; v++)
        nsaved += is_saved_local(F, live, v);
    if (!F->has_frame && nsaved == 0) {
        out(F, "%sif (STM_SETJMP()) { }\n", in);
        return k;
    }
    fprintf(F->decls, "    volatile struct {%s", F->has_frame ? " stm_ref *ss;" : "");
    out(F, "%s", in);
    if (F->has_frame)
        out(F, "sv%d.ss = ss;", k);
    for (int32_t v = 0; v < F->f->nvregs; v++)
        if (is_saved_local(F, live, v)) {
            fprintf(F->decls, " %s s%d;", emit_ctype(vkind(F, v)), v);
            out(F, " sv%d.s%d = v%d;", k, v, v);
        }
    fprintf(F->decls, " } sv%d;\n", k);
    out(F, "\n%sif (STM_SETJMP()) { }\n", in);
    if (F->has_frame)
        out(F, "%sss = sv%d.ss;\n", in, k);
    return k;
}

static void emit_setjmp_reload(Frame *F, const IrBits *live, int32_t k, const char *in)
{
    int any = 0;
    for (int32_t v = 0; v < F->f->nvregs; v++)
        if (is_saved_local(F, live, v)) {
            out(F, "%sv%d = sv%d.s%d;", any ? " " : in, v, k, v);
            any = 1;
        }
    if (any)
        out(F, "\n");
}

/* --stm, a frame without restart points: resume in an inevitable
 * fragment; the common case of one live reference calls a helper. */
static void emit_resume(Frame *F, const IrBits *live)
{
    int32_t n = count_local_refs(F, live, -1);
    /* the floor: this frame's first slot (a fragment may return here) */
    const char *floor = F->has_frame ? "ss" : "stm_tl.ss_top";
    if (n == 1) {
        for (int32_t v = 0; v < F->f->nvregs; v++)
            if (local_ref(F, live, v, -1))
                out(F, "        v%d = rtg_resume_ref(v%d, %s);\n", v, v, floor);
        return;
    }
    spill_refs(F, live, -1);
    if (F->has_frame || n == 0)
        out(F, "        stm_resume_inevitable(%s);\n", floor);
    else
        out(F, "        stm_resume_inevitable(stm_tl.ss_top - %d);\n", n);
    reload_refs(F, live, -1);
}

/* Start a new transaction: rooted in this frame, or an inevitable
 * fragment (--stm, a frame without restart points), or the GIL again.
 * The live references in C locals are spilled first (the commit before,
 * or other threads while this one waits, may collect) and the spill frame
 * is part of the slots that the runtime snapshots. */
typedef enum RestartKind {
    RESTART_START,        /* no transaction runs: start one */
    RESTART_BREAK,        /* commit the running one first */
    RESTART_IF_NEEDED,    /* a fragment may run: stm_restart_needed() says */
} RestartKind;

static void emit_restart(Frame *F, const IrBits *live, RestartKind kind)
{
    if (F->e->opt->stm && !F->root_candidate) {
        emit_resume(F, live);
        return;
    }
    int32_t n = spill_refs(F, live, -1);
    const char *in = "        ";
    if (kind == RESTART_BREAK)
        out(F, "        stm_commit_transaction();\n");
    if (kind == RESTART_IF_NEEDED) {
        /* a fragment that started in a callee did not write this frame;
         * one that started before lowered the floor below it */
        out(F, "        if (stm_restart_needed(stm_tl.ss_top - %d)) {\n", n);
        in = "            ";
    }
    int32_t k = F->e->opt->stm ? emit_setjmp(F, live, in) : -1;
    if (F->has_frame)
        out(F, "%sstm_start_transaction(ss);\n", in);
    else
        out(F, "%sstm_start_transaction(stm_tl.ss_top - %d);\n", in, n);
    if (k >= 0)
        emit_setjmp_reload(F, live, k, in);
    if (kind == RESTART_IF_NEEDED)
        out(F, "        }\n");
    reload_refs(F, live, -1);
}

/* -------------------------------------------------------- instructions */

static const char *binop_c(IrOp op)
{
    switch (op) {
    case IR_ADD: case IR_FADD: return "+";
    case IR_SUB: case IR_FSUB: return "-";
    case IR_MUL: case IR_FMUL: return "*";
    case IR_AND: return "&";
    case IR_OR: return "|";
    case IR_XOR: return "^";
    case IR_EQ: case IR_FEQ: case IR_REFEQ: return "==";
    case IR_NE: case IR_FNE: return "!=";
    case IR_LT: case IR_FLT: return "<";
    case IR_LE: case IR_FLE: return "<=";
    case IR_GT: case IR_FGT: return ">";
    case IR_GE: case IR_FGE: return ">=";
    default: return NULL;
    }
}

static void emit_const(Frame *F, const IrInstr *in)
{
    const char *d = V(F, in->dst);
    switch ((IrOp)in->op) {
    case IR_CONST_I64:
        if (in->imm == INT64_MIN)
            out(F, "    %s = INT64_MIN;\n", d);
        else
            out(F, "    %s = %" PRId64 "LL;\n", d, in->imm);
        break;
    case IR_CONST_F64:
        if (isnan(in->fimm))
            out(F, "    %s = NAN;\n", d);
        else if (isinf(in->fimm))
            out(F, "    %s = %sINFINITY;\n", d, in->fimm < 0 ? "-" : "");
        else
            out(F, "    %s = %a;   /* %.17g */\n", d, in->fimm, in->fimm);
        break;
    case IR_CONST_NULL: out(F, "    %s = 0;\n", d); break;
    case IR_CONST_STR: out(F, "    %s = rtg_strs[%d];\n", d, in->aux); break;
    case IR_CONST_FUNC: out(F, "    %s = rtg_fnvals[%d];\n", d, in->aux); break;
    case IR_GLOBAL: out(F, "    %s = rtg_globals[%d];\n", d, in->aux); break;
    case IR_FUNCADDR: out(F, "    %s = (void *)%s;\n", d, emit_func_name(F->e, in->aux)); break;
    default: break;
    }
}

static void emit_field(Frame *F, const IrInstr *in)
{
    const char *sn = emit_struct_name(F->e, in->aux);
    const char *fn = emit_field_name(F->e, in->aux, in->imm);
    if (in->op == IR_GETFIELD)
        out(F, "    %s = ((struct %s RT_GC *)%s)->%s;\n", V(F, in->dst), sn, V(F, in->a), fn);
    else
        out(F, "    ((struct %s RT_GC *)%s)->%s = %s;\n", sn, V(F, in->a), fn, V(F, in->b));
}

static void emit_item(Frame *F, const IrInstr *in)
{
    const char *sn = emit_struct_name(F->e, in->aux);
    if (in->op == IR_GETITEM)
        out(F, "    %s = ((struct %s RT_GC *)%s)->items[%s];\n", V(F, in->dst), sn,
            V(F, in->a), V(F, in->b));
    else
        out(F, "    ((struct %s RT_GC *)%s)->items[%s] = %s;\n", sn, V(F, in->a),
            V(F, in->b), V(F, in->c));
}

static void emit_arraycopy(Frame *F, const IrInstr *in)
{
    const char *sn = emit_struct_name(F->e, in->aux);
    const int32_t *a = in->args;
    out(F, "    if (%s > 0) memmove(&((struct %s *)stm_addr(%s))->items[%s], "
           "&((struct %s *)stm_addr(%s))->items[%s], (size_t)%s * sizeof "
           "((struct %s *)0)->items[0]);\n",
        V(F, a[4]), sn, V(F, a[2]), V(F, a[3]), sn, V(F, a[0]), V(F, a[1]), V(F, a[4]), sn);
}

/* A plain loop, not a call: the C verifier sees the item stores and
 * checks them against the barrier the passes placed before the fill.  The
 * value is copied to a local first: a reference in a shadow-stack slot
 * would be reloaded after every store (same type, may alias). */
static void emit_arrayfill(Frame *F, const IrInstr *in)
{
    const int32_t *a = in->args;
    const char *sn = emit_struct_name(F->e, in->aux);
    out(F, "    { __typeof__(((struct %s *)0)->items[0]) fill_v = %s;\n", sn, V(F, a[3]));
    out(F, "      int64_t fill_i = %s, fill_end = %s + %s;\n", V(F, a[1]), V(F, a[1]), V(F, a[2]));
    out(F, "      while (fill_i < fill_end) ((struct %s RT_GC *)%s)->items[fill_i++] = fill_v; }\n",
        sn, V(F, a[0]));
}

static void emit_alloc(Frame *F, const IrInstr *in)
{
    const char *d = V(F, in->dst);
    if (in->op == IR_ALLOC) {
        out(F, "    %s = stm_allocate(RTG_SIZE(sizeof(struct %s)), ", d,
            emit_struct_name(F->e, in->aux));
        emit_tid(F->e, in->aux);
        out(F, ");\n");
        return;
    }
    out(F, "    %s = rtg_new_array(", d);
    emit_tid(F->e, in->aux);
    out(F, ", %s, sizeof ((struct %s *)0)->items[0]);\n", V(F, in->a),
        emit_struct_name(F->e, in->aux));
}

static void emit_call_args(Frame *F, const IrInstr *in, int first_comma)
{
    for (int32_t i = 0; i < in->nargs; i++)
        out(F, "%s%s", (i || first_comma) ? ", " : "", V(F, in->args[i]));
}

static void emit_dst_assign(Frame *F, const IrInstr *in)
{
    if (in->dst >= 0 && ir_bits_has(&F->read, in->dst))
        out(F, "%s = ", V(F, in->dst));
}

/* --stm: the functions a virtual call may reach (ir_method_targets), for
 * the C verifier, which cannot tell the receiver's class from the C. */
static void emit_vcall_targets(Frame *F, const IrInstr *in)
{
    int32_t *targets = malloc(sizeof(int32_t) * (size_t)(F->m->nfuncs + 1));
    int n = ir_method_targets(F->m, in, targets);
    out(F, "   /* rtrans-vcall:");
    for (int i = 0; i < n; i++)
        out(F, " %s", emit_func_name(F->e, targets[i]));
    out(F, " */");
    free(targets);
}

static void emit_call(Frame *F, const IrInstr *in)
{
    out(F, "    ");
    emit_dst_assign(F, in);
    switch ((IrOp)in->op) {
    case IR_CALL:
        out(F, "%s(", emit_func_name(F->e, in->aux));
        emit_call_args(F, in, 0);
        out(F, ");\n");
        break;
    case IR_CALL_METHOD:
        out(F, "((");
        emit_fnptr_type(F->e, &F->m->funcs[in->aux], 0);
        out(F, ")rtg_vtables[%s->tid - RTG_TID_BASE][%" PRId64 "])(",
            V(F, in->args[0]), in->imm);
        emit_call_args(F, in, 0);
        out(F, ");");
        if (F->e->opt->stm)
            emit_vcall_targets(F, in);
        out(F, "\n");
        break;
    case IR_CALL_INDIRECT:
        out(F, "((%s (*)(stm_ref", in->dst >= 0 ? emit_ctype(vkind(F, in->dst)) : "void");
        for (int32_t i = 0; i < in->nargs; i++)
            out(F, ", %s", emit_ctype(vkind(F, in->args[i])));
        out(F, "))((rtg_fn RT_GC *)%s)->code)(%s", V(F, in->a), V(F, in->a));
        emit_call_args(F, in, 1);
        out(F, ");\n");
        break;
    case IR_CALL_EXTERN:
        out(F, "%s(", F->m->externs[in->aux].c_name);
        emit_call_args(F, in, 0);
        out(F, ");\n");
        break;
    default:
        IR_DIE("not a call");
    }
}

static void emit_bind(Frame *F, const IrInstr *in)
{
    out(F, "    %s = rtg_bind((void *)rtg_bound%s_%d, %s);\n", V(F, in->dst),
        in->imm >= 0 ? "v" : "", in->aux, V(F, in->a));
}

/* The value of `x OP x` for an integer or reference comparison, else -1. */
static int self_compare(int op)
{
    switch ((IrOp)op) {
    case IR_EQ: case IR_REFEQ: case IR_LE: case IR_GE: return 1;
    case IR_NE: case IR_LT: case IR_GT: return 0;
    default: return -1;
    }
}

/* x == x and the like on integers and references: emitted as the
 * constant (gcc would warn about the comparison; floats are compared,
 * NaN). */
static bool folded_self_compare(const IrInstr *in)
{
    return binop_c((IrOp)in->op) && in->a == in->b && in->a >= 0 &&
           in->op != IR_ADD && in->op != IR_SUB && in->op != IR_MUL &&
           self_compare(in->op) >= 0;
}

static void emit_simple(Frame *F, const IrInstr *in)
{
    const char *d = V(F, in->dst), *a = V(F, in->a), *b = V(F, in->b);
    const char *c_op = binop_c((IrOp)in->op);
    if (c_op && (in->op == IR_ADD || in->op == IR_SUB || in->op == IR_MUL)) {
        /* Wrapping arithmetic without undefined behaviour. */
        out(F, "    %s = (int64_t)((uint64_t)%s %s (uint64_t)%s);\n", d, a, c_op, b);
        return;
    }
    if (folded_self_compare(in)) {
        out(F, "    %s = %d;   /* v%d %s v%d */\n", d, self_compare(in->op), in->a, c_op, in->b);
        return;
    }
    if (c_op) {
        out(F, "    %s = %s %s %s;\n", d, a, c_op, b);
        return;
    }
    if (in->op == IR_INBOUNDS) {
        /* One compare for 0 <= a < b: a negative a is a huge unsigned,
         * and b, a length, is never negative. */
        out(F, "    %s = (uint64_t)%s < (uint64_t)%s;\n", d, a, b);
        return;
    }
    switch ((IrOp)in->op) {
    case IR_MOV:    out(F, "    %s = %s;\n", d, a); break;
    case IR_INVERT: out(F, "    %s = ~%s;\n", d, a); break;
    case IR_FNEG:   out(F, "    %s = -%s;\n", d, a); break;
    case IR_NOT:    out(F, "    %s = !%s;\n", d, a); break;
    case IR_I2F:    out(F, "    %s = (double)%s;\n", d, a); break;
    case IR_B2I:    out(F, "    %s = (int64_t)%s;\n", d, a); break;
    case IR_I2B:    out(F, "    %s = %s != 0;\n", d, a); break;
    case IR_F2B:    out(F, "    %s = %s != 0.0;\n", d, a); break;
    case IR_ISNULL: out(F, "    %s = %s == 0;\n", d, a); break;
    case IR_GETTID: out(F, "    %s = (int64_t)%s->tid;\n", d, a); break;
    case IR_ARRAYLEN: out(F, "    %s = rtg_arraylen(%s);\n", d, a); break;
    case IR_INSTANCEOF: {
        const IrStruct *s = &F->m->structs[in->aux];
        int32_t lo = F->e->table_index[s->class_first];
        int32_t span = F->e->table_index[s->class_last] - lo;
        out(F, "    %s = %s != 0 && (uint32_t)(%s->tid - (RTG_TID_BASE + %d)) <= %du;\n",
            d, a, a, lo, span);
        break;
    }
    case IR_GETEXC:   out(F, "    %s = stm_tl.exc;\n", d); break;
    case IR_CLEAREXC: out(F, "    stm_tl.exc = 0;\n"); break;
    case IR_NOP:      break;
    case IR_STM_READ:
    case IR_STM_WRITE:
        out(F, "    %s(%s);\n", ir_barriers[ir_barrier_of_op(in->op)].cfunc, a);
        break;
    case IR_STM_WRITE_CARD:
    case IR_STM_READ_CARD:
        out(F, "    %s(%s, %s);\n", ir_barriers[ir_barrier_of_op(in->op)].cfunc, a, b);
        break;
    case IR_GC_WB:    out(F, "    stm_gc_wb(%s);\n", a); break;
    case IR_GC_WB_CARD: out(F, "    stm_gc_wb_card(%s, %s);\n", a, b); break;
    case IR_STM_INEVITABLE:
        out(F, "    %s(", ir_barriers[IRB_INEV].cfunc);
        emit_cstring(F->e, F->m->consts[in->aux].bytes, F->m->consts[in->aux].len);
        out(F, ");\n");
        break;
    default:
        IR_DIE("emit_simple: unexpected op %s", ir_ops[in->op].name);
    }
}

/* How a raising operation is spelled: the test for its error case (NULL:
 * always take the slow path), the slow path (a library call that raises,
 * or for some operands computes the result), and the fast path. */
typedef struct Raising {
    char check[256], slow[256], fast[256];
} Raising;

/* The runtime function that a raising op's slow path calls, from the
 * table that cverify.c reads too (backend.h BK_RAISE_ONLY_OPS). */
static const char *raise_only_fn(int op)
{
    switch ((IrOp)op) {
#define RAISE_ONLY_CASE(o, fn) case o: return #fn;
    BK_RAISE_ONLY_OPS(RAISE_ONLY_CASE)
#undef RAISE_ONLY_CASE
    default:
        IR_DIE("raise_only_fn: %s has no raise-only slow path", ir_ops[op].name);
    }
    return NULL;
}

static void spell_raising(Frame *F, const IrInstr *in, Raising *r)
{
    const char *d = V(F, in->dst), *a = V(F, in->a), *b = V(F, in->b);
    const char *fn = raise_only_fn(in->op);
    r->check[0] = r->slow[0] = r->fast[0] = 0;
#define CHECK(...) snprintf(r->check, sizeof r->check, __VA_ARGS__)
#define SLOW(...) snprintf(r->slow, sizeof r->slow, __VA_ARGS__)
#define FAST(...) snprintf(r->fast, sizeof r->fast, __VA_ARGS__)
    switch ((IrOp)in->op) {
    case IR_ADD_OVF: CHECK("__builtin_add_overflow(%s, %s, &%s)", a, b, d); SLOW("%s();", fn); break;
    case IR_SUB_OVF: CHECK("__builtin_sub_overflow(%s, %s, &%s)", a, b, d); SLOW("%s();", fn); break;
    case IR_MUL_OVF: CHECK("__builtin_mul_overflow(%s, %s, &%s)", a, b, d); SLOW("%s();", fn); break;
    case IR_NEG_OVF: CHECK("%s == INT64_MIN", a); SLOW("%s();", fn); FAST("%s = -%s;", d, a); break;
    case IR_FLOORDIV:
        CHECK("%s == 0 || (%s == -1 && %s == INT64_MIN)", b, b, a);
        SLOW("(void)%s(%s, %s);", fn, a, b);
        FAST("%s = rtg_floordiv(%s, %s);", d, a, b);
        break;
    case IR_MOD:
        CHECK("%s == 0", b);
        SLOW("(void)%s(%s, %s);", fn, a, b);
        FAST("%s = rtg_mod(%s, %s);", d, a, b);
        break;
    case IR_SHL:
        CHECK("!rtg_shl_ok(%s, %s)", a, b);
        SLOW("%s = %s(%s, %s);", d, fn, a, b);
        FAST("%s = (int64_t)((uint64_t)%s << %s);", d, a, b);
        break;
    case IR_SHL_WRAP:   /* rtrans.intmask: shifted out past 64 bits is 0;
                           a negative count raises as >> does */
        CHECK("(uint64_t)%s >= 64", b);
        SLOW("%s = %s < 0 ? %s(0, %s) : 0;", d, b, fn, b);
        FAST("%s = (int64_t)((uint64_t)%s << %s);", d, a, b);
        break;
    case IR_SHR:
        CHECK("%s < 0", b);
        SLOW("(void)%s(%s, %s);", fn, a, b);
        FAST("%s = rtg_shr(%s, %s);", d, a, b);
        break;
    case IR_FDIV:
        CHECK("%s == 0.0", b);
        SLOW("(void)%s(%s, %s);", fn, a, b);
        FAST("%s = %s / %s;", d, a, b);
        break;
    case IR_F2I:
        CHECK("!rtg_f2i_ok(%s)", a);
        SLOW("(void)%s(%s);", fn, a);
        FAST("%s = (int64_t)%s;", d, a);
        break;
    case IR_POW:         /* no fast path: the runtime computes or raises */
    case IR_FFLOORDIV:
    case IR_FMOD:
    case IR_FPOW: SLOW("%s = %s(%s, %s);", d, fn, a, b); break;
    default:
        IR_DIE("spell_raising: unexpected op %s", ir_ops[in->op].name);
    }
#undef CHECK
#undef SLOW
#undef FAST
}

static void emit_message_raise(Frame *F, const IrInstr *in, const char *fn)
{
    out(F, "        %s(", fn);
    emit_cstring(F->e, F->m->consts[in->aux].bytes, F->m->consts[in->aux].len);
    out(F, ");\n");
}

/* A raising instruction.  Raising allocates the exception object, which
 * may collect: the references that are live afterwards (on either edge)
 * and sit in C locals are saved around the slow path only. */
static void emit_raising(Frame *F, const IrInstr *in, const IrTerm *t, const IrBits *live_after)
{
    const char *a = V(F, in->a), *b = V(F, in->b);
    Raising r;
    if (in->op == IR_CHECKNULL)
        out(F, "    if (STM_UNLIKELY(!%s)) {\n", a);
    else if (in->op == IR_BOUNDSCHECK)
        out(F, "    if (STM_UNLIKELY((uint64_t)%s >= (uint64_t)%s)) {\n", a, b);
    else {
        spell_raising(F, in, &r);
        out(F, r.check[0] ? "    if (STM_UNLIKELY(%s)) {\n" : "    {\n", r.check);
    }
    spill_refs(F, live_after, in->dst);
    if (in->op == IR_CHECKNULL || in->op == IR_BOUNDSCHECK)
        emit_message_raise(F, in, raise_only_fn(in->op));
    else
        out(F, "        %s\n", r.slow);
    reload_refs(F, live_after, in->dst);
    out(F, "        if (stm_tl.exc != 0) ");
    emit_exc_goto(F, t->succ[1], in->loc, false);
    out(F, "\n    }");
    if (in->op != IR_CHECKNULL && in->op != IR_BOUNDSCHECK && r.fast[0] && r.check[0])
        out(F, " else {\n        %s\n    }", r.fast);
    out(F, "\n");
}

static void emit_line(Frame *F, IrLoc loc)
{
    /* Re-emitted before every instruction even on the same line: an
     * instruction may take several C lines, after which the mapping of
     * the following ones would drift. */
    if (!F->e->opt->line_directives || loc.line <= 0)
        return;
    const char *file = loc.file >= 0 && loc.file < F->m->nfiles ? F->m->files[loc.file] : "?";
    out(F, "#line %d ", loc.line);
    emit_cstring(F->e, file, (int64_t)strlen(file));
    out(F, "\n");
}

static void emit_breakpoint(Frame *F, const IrBits *live_after)
{
    out(F, "    if (STM_UNLIKELY(stm_should_break_transaction())) {\n");
    emit_restart(F, live_after, RESTART_BREAK);
    out(F, "    }\n");
}

/* A loop's poll: the references live in C locals go to a temporary
 * shadow frame only when the runtime asks for a safe point, so loops keep
 * their references in registers.  A library loop runs inside one
 * operation, atomic as CPython's builtins: its poll never ends the
 * transaction. */
static void emit_poll(Frame *F, const IrBits *live_after)
{
    out(F, "    if (STM_UNLIKELY(stm_tl.poll)) {\n");
    spill_refs(F, live_after, -1);
    out(F, "        stm_safepoint_in_step();\n");
    reload_refs(F, live_after, -1);
    out(F, "    }\n");
}

/* The same in user code, where a waiting KeyboardInterrupt is raised: one
 * load tests the runtime's poll word and the library's flag (stm.h). */
static void emit_poll_intr(Frame *F, const IrTerm *t, const IrBits *live_after, IrLoc loc)
{
    out(F, "    if (STM_UNLIKELY(stm_tl.poll_or_async)) {\n");
    spill_refs(F, live_after, -1);
    out(F, "        int raised = rtg_poll_intr(%d);\n", F->f->in_step);
    reload_refs(F, live_after, -1);
    out(F, "        if (raised) ");
    emit_exc_goto(F, t->succ[1], loc, false);
    out(F, "\n    }\n");
}

/* --stm: after a breaking call that ends its block in a frame that resumes
 * (no restart points), where the normal path only returns (empty blocks
 * up to a `return`): the caller tests stm_tl.in_tx after this function
 * returns anyway (this function breaks, so every call of it is followed
 * by its caller's test), and nothing on the way reads or writes GC memory
 * or this frame's slots, so the test is left to the caller there.  The
 * exception path still resumes before its traceback record (rt_tb_add
 * registers commit and abort hooks: it needs a transaction) and before a
 * handler of this function. */
static bool resume_left_to_caller(const Frame *F, const IrBlock *bl, int32_t i)
{
    if (!F->e->opt->stm || F->root_candidate || i != bl->ninstrs - 1)
        return false;
    const IrTerm *t = &bl->term;
    if (t->kind != TERM_EXC && t->kind != TERM_JUMP && t->kind != TERM_RETURN)
        return false;
    int32_t to = t->kind == TERM_RETURN ? -1 : resolve(F, t->succ[0]);
    return to < 0 || (F->f->blocks[to].ninstrs == 0 && F->f->blocks[to].term.kind == TERM_RETURN);
}

/* The test after a call that may have ended the transaction; `cond`, if
 * any, is a further condition for restarting there. */
static void emit_restart_check(Frame *F, const IrBits *live_after, const char *cond)
{
    /* --stm: a fragment may also be running (and returning here) */
    if (F->e->opt->stm)
        out(F, "    if (STM_UNLIKELY(%sstm_tl.in_tx != STM_TX_RUNNING)) {\n", cond);
    else
        out(F, "    if (STM_UNLIKELY(%s!stm_in_transaction())) {\n", cond);
    emit_restart(F, live_after, F->root_candidate ? RESTART_IF_NEEDED : RESTART_START);
    out(F, "    }\n");
}

/* The pending-exception test after a call that ends a TERM_EXC block;
 * with `resume`, the restart check on its exception path first. */
static void emit_call_exc_test(Frame *F, const IrInstr *in, const IrTerm *t,
                               const IrBits *live_after, bool resume)
{
    if (!ir_instr_raises(F->m, in))
        return;
    if (resume)
        emit_restart_check(F, live_after, "stm_tl.exc != 0 && ");
    out(F, "    if (STM_UNLIKELY(stm_tl.exc != 0)) ");
    emit_exc_goto(F, t->succ[1], in->loc, false);
    out(F, "\n");
}

static void emit_instr(Frame *F, const IrBlock *bl, int32_t i, const IrBits *live_after)
{
    const IrInstr *in = &bl->instrs[i];
    if (dead(F, in) || (in->dst >= 0 && F->konst[in->dst] == in))
        return;
    emit_line(F, in->loc);
    uint32_t fl = ir_ops[in->op].flags;
    int last = i == bl->ninstrs - 1;
    if (fl & IRO_CALL && spills_around(F, in)) {
        spill_refs(F, live_after, in->dst);
        emit_call(F, in);
        reload_refs(F, live_after, in->dst);
    } else if (fl & IRO_CALL) {
        emit_call(F, in);
    } else if (in->op == IR_BREAKPOINT) {
        emit_breakpoint(F, live_after);
        return;
    } else if (in->op == IR_POLL) {
        emit_poll(F, live_after);
        return;
    } else if (in->op == IR_POLL_INTR) {
        emit_poll_intr(F, &bl->term, live_after, in->loc);
        return;
    } else if (last && bl->term.kind == TERM_EXC && (fl & IRO_RAISES)) {
        emit_raising(F, in, &bl->term, live_after);
        return;
    } else if (in->op >= IR_CONST_I64 && in->op <= IR_GLOBAL) {
        emit_const(F, in);
    } else if (in->op == IR_FUNCADDR) {
        emit_const(F, in);
    } else if (in->op == IR_GETFIELD || in->op == IR_SETFIELD) {
        emit_field(F, in);
    } else if (in->op == IR_GETITEM || in->op == IR_SETITEM) {
        emit_item(F, in);
    } else if (in->op == IR_ARRAYCOPY) {
        emit_arraycopy(F, in);
    } else if (in->op == IR_ARRAYFILL) {
        emit_arrayfill(F, in);
    } else if (in->op == IR_ALLOC || in->op == IR_ALLOC_ARRAY) {
        emit_alloc(F, in);
    } else if (in->op == IR_BIND) {
        emit_bind(F, in);
    } else {
        emit_simple(F, in);
    }
    bool deferred = leaves_zone(F, in) && resume_left_to_caller(F, bl, i);
    if (leaves_zone(F, in) && !deferred)
        emit_restart_check(F, live_after, "");
    if (last && bl->term.kind == TERM_EXC && (fl & IRO_CALL))
        emit_call_exc_test(F, in, &bl->term, live_after, deferred);
}

/* ------------------------------------------------------------- switches */

/* An if/elif chain comparing one int with constants (`if op == 0: ...
 * elif op == 1: ...`, an interpreter's dispatch loop) lowers to a chain of
 * blocks that each end `t = K; c = x == t; if (c) goto A; else goto next`.
 * GCC does not turn such a chain of gotos into a jump table, so the chain's
 * first block ends in a C switch that jumps straight to every A.  The later
 * test blocks are bypassed: they only set temporaries that are dead at
 * their exits, and x cannot change along the chain; those that no other
 * edge enters are not emitted (find_switches), the others stay. */
enum { SWITCH_MIN_CASES = 4 };

typedef struct EqTest {
    int32_t x;          /* the int compared */
    int64_t k;          /* with this constant */
    int32_t yes, no;    /* successors */
} EqTest;

/* Whether block b ends in `if (x == K)`; with only set, whether that is all
 * it does (a constant and the compare, both dead at its exits). */
static bool eq_test(const Frame *F, int32_t b, bool only, EqTest *t)
{
    const IrBlock *bl = &F->f->blocks[b];
    if (bl->term.kind != TERM_BRANCH || bl->ninstrs < 2 || bl->rpo < 0)
        return false;
    const IrInstr *eq = &bl->instrs[bl->ninstrs - 1], *k = &bl->instrs[bl->ninstrs - 2];
    if (eq->op != IR_EQ || eq->dst != bl->term.value || k->op != IR_CONST_I64)
        return false;
    if (only && (bl->ninstrs != 2 || ir_bits_has(&F->lv.live_out[b], k->dst) ||
                 ir_bits_has(&F->lv.live_out[b], eq->dst)))
        return false;
    int32_t x = eq->a == k->dst ? eq->b : eq->b == k->dst ? eq->a : -1;
    if (x < 0 || x == k->dst || vkind(F, x) != IRK_I64)
        return false;
    *t = (EqTest){ x, k->imm, bl->term.succ[0], bl->term.succ[1] };
    return true;
}

static bool seen_case(const EqTest *cases, int n, int64_t k)
{
    for (int i = 0; i < n; i++)
        if (cases[i].k == k)
            return true;
    return false;
}

/* The chain of tests starting at block b (the first may do more before
 * its test), at most max; returns its length. */
static int eq_chain(const Frame *F, int32_t b, EqTest *cases, int max)
{
    EqTest t;
    if (!eq_test(F, b, false, &t))
        return 0;
    int n = 0;
    cases[n++] = t;
    int32_t x = t.x;
    while (n < max && eq_test(F, t.no, true, &t) && t.x == x && t.no != b)
        cases[n++] = t;
    return n;
}

/* Whether block b continues the chain of its only predecessor (whose
 * switch bypasses it). */
static bool in_chain(const Frame *F, int32_t b)
{
    const IrBlock *bl = &F->f->blocks[b];
    EqTest mine, pred;
    return bl->npreds == 1 && eq_test(F, b, true, &mine) &&
           eq_test(F, bl->preds[0], false, &pred) && pred.no == b && pred.x == mine.x;
}

/* The switch ending a chain's first block: its tests in chain order. */
struct Switch {
    int n;
    EqTest cases[];
};

/* Which blocks end in a switch and which tests the switch bypasses:
 * computed once per function, before find_reads needs the switches'
 * operands and emit_switch their cases. */
static void find_switches(Frame *F)
{
    enum { MAX = 1024 };
    int32_t nblocks = F->f->nblocks;
    F->bypassed = calloc((size_t)nblocks + 1, 1);
    F->switches = calloc((size_t)nblocks + 1, sizeof *F->switches);
    EqTest *cases = NULL;
    for (int32_t b = 0; b < nblocks; b++) {
        if (F->f->blocks[b].term.kind != TERM_BRANCH || in_chain(F, b))
            continue;
        if (!cases)
            cases = malloc(sizeof *cases * MAX);
        int n = eq_chain(F, b, cases, MAX);
        if (n < SWITCH_MIN_CASES)
            continue;
        Switch *sw = malloc(sizeof *sw + sizeof *cases * (size_t)n);
        sw->n = n;
        memcpy(sw->cases, cases, sizeof *cases * (size_t)n);
        F->switches[b] = sw;
        for (int i = 0; i + 1 < n; i++)
            if (in_chain(F, cases[i].no))   /* no other edge enters it */
                F->bypassed[cases[i].no] = 1;
    }
    free(cases);
}

/* The int that the switch ending block b tests. */
static int32_t switch_operand(const Frame *F, int32_t b)
{
    return F->switches[b]->cases[0].x;
}

static void free_switches(Frame *F)
{
    for (int32_t b = 0; b < F->f->nblocks; b++)
        free(F->switches[b]);
    free(F->switches);
}

/* A switch for block bl's test when it heads a long enough chain; a
 * repeated constant keeps its first case (the later one is never taken). */
static bool emit_switch(Frame *F, const IrBlock *bl)
{
    const Switch *sw = F->switches[bl - F->f->blocks];
    if (!sw)
        return false;
    const EqTest *cases = sw->cases;
    emit_line(F, bl->term.loc);
    out(F, "    switch (%s) {\n", V(F, cases[0].x));
    for (int i = 0; i < sw->n; i++) {
        if (seen_case(cases, i, cases[i].k))
            continue;
        if (cases[i].k == INT64_MIN)
            out(F, "    case INT64_MIN: ");
        else
            out(F, "    case %" PRId64 "LL: ", cases[i].k);
        emit_goto(F, cases[i].yes);
        out(F, "\n");
    }
    out(F, "    default: ");
    emit_goto(F, cases[sw->n - 1].no);
    out(F, "\n    }\n");
    return true;
}

/* ---------------------------------------------------------- terminators */

static void emit_term(Frame *F, const IrBlock *bl)
{
    if (bl->term.kind == TERM_BRANCH && emit_switch(F, bl))
        return;
    const IrTerm *t = &bl->term;
    if (t->kind != TERM_EXC)
        emit_line(F, t->loc);
    switch ((IrTermKind)t->kind) {
    case TERM_JUMP:
    case TERM_EXC:
        if (resolve(F, t->succ[0]) != F->next[F->cur]) {
            out(F, "    ");
            emit_goto(F, t->succ[0]);
            out(F, "\n");
        }
        break;
    case TERM_BRANCH:
        out(F, "    if (%s) ", V(F, t->value));
        emit_goto(F, t->succ[0]);
        if (resolve(F, t->succ[1]) != F->next[F->cur]) {
            out(F, " else ");
            emit_goto(F, t->succ[1]);
        }
        out(F, "\n");
        break;
    case TERM_RETURN:
        out(F, "    {\n");
        emit_epilogue(F, t->value);
        out(F, "    }\n");
        break;
    case TERM_RAISE:
    case TERM_RERAISE:
        if (t->kind == TERM_RAISE)
            out(F, "    rtg_raise(%s);\n", V(F, t->value));
        else
            out(F, "    stm_tl.exc = %s;\n", V(F, t->value));
        out(F, "    ");
        emit_exc_goto(F, t->succ[1], t->loc, t->kind == TERM_RERAISE);
        out(F, "\n");
        break;
    case TERM_UNREACHABLE:
        out(F, "    __builtin_unreachable();\n");
        break;
    case TERM_NONE:
        IR_DIE("%s: block without terminator", F->f->name);
    }
}

/* Live-after sets of every instruction of a block (index i: after i). */
static IrBits *block_live_after(Frame *F, const IrBlock *bl, int32_t b)
{
    IrBits *after = calloc((size_t)bl->ninstrs + 1, sizeof(IrBits));
    IrBits live = ir_bits_new(F->f->nvregs);
    ir_bits_copy(&live, &F->lv.live_out[b]);
    ir_live_term(&bl->term, &live);
    for (int32_t i = bl->ninstrs - 1; i >= 0; i--) {
        after[i] = ir_bits_new(F->f->nvregs);
        ir_bits_copy(&after[i], &live);
        ir_live_step(&bl->instrs[i], &live);
    }
    ir_bits_free(&live);
    return after;
}

static void emit_block(Frame *F, int32_t b)
{
    const IrBlock *bl = &F->f->blocks[b];
    IrBits *after = block_live_after(F, bl, b);
    F->cur = b;
    for (int32_t i = 0; i < bl->ninstrs; i++)
        emit_instr(F, bl, i, &after[i]);
    emit_term(F, bl);
    for (int32_t i = 0; i < bl->ninstrs; i++)
        ir_bits_free(&after[i]);
    free(after);
}

/* The blocks emitted, in order: reachable ones that do more than jump
 * (the entry first).  Sets F->next; returns the first. */
static int32_t block_order(Frame *F)
{
    const IrFunc *f = F->f;
    F->next = malloc(sizeof(int32_t) * (size_t)(f->nblocks + 1));
    F->targeted = calloc((size_t)f->nblocks + 1, 1);
    int32_t first = -1, prev = -1;
    for (int32_t b = 0; b < f->nblocks; b++) {
        F->next[b] = -1;
        if (f->blocks[b].rpo < 0 || resolve(F, b) != b || F->bypassed[b])
            continue;
        if (prev >= 0)
            F->next[prev] = b;
        else
            first = b;
        prev = b;
    }
    return first;
}

/* Each block into its own buffer, so that only blocks some goto names get
 * a label (gcc warns about the others). */
static void emit_blocks(Frame *F, char **text, size_t *len)
{
    Emitter *e = F->e;
    FILE *real = e->out;
    for (int32_t b = 0; b < F->f->nblocks; b++) {
        text[b] = NULL;
        len[b] = 0;
        if (F->f->blocks[b].rpo < 0 || resolve(F, b) != b || F->bypassed[b])
            continue;
        e->out = open_memstream(&text[b], &len[b]);
        if (!e->out)
            IR_DIE("open_memstream failed");
        emit_block(F, b);
        fclose(e->out);
    }
    e->out = real;
}

/* The blocks and the unwind path, into a buffer (the save areas they
 * declare go before them); *entry_goto: the body does not start with the
 * entry block (it only jumped on), so the prologue jumps there. */
static char *emit_body(Frame *F, size_t *len, int32_t *entry_goto)
{
    Emitter *e = F->e;
    int32_t n = F->f->nblocks, first = block_order(F);
    char **text = calloc((size_t)n + 1, sizeof *text);
    size_t *tlen = calloc((size_t)n + 1, sizeof *tlen);
    emit_blocks(F, text, tlen);
    *entry_goto = resolve(F, 0) != first ? resolve(F, 0) : -1;
    if (*entry_goto >= 0)
        F->targeted[*entry_goto] = 1;
    FILE *real = e->out;
    char *body = NULL;
    e->out = open_memstream(&body, len);
    if (!e->out)
        IR_DIE("open_memstream failed");
    for (int32_t b = 0; b < n; b++) {
        if (F->targeted[b])
            emit_printf(e, "b%d: ;\n", b);
        if (text[b])
            fwrite(text[b], 1, tlen[b], e->out);
        free(text[b]);
    }
    free(text);
    free(tlen);
    emit_printf(e, "L_unwind: __attribute__((unused)) ;\n    {\n");
    emit_epilogue(F, -1);
    emit_printf(e, "    }\n}\n");
    fclose(e->out);
    e->out = real;
    return body;
}

void emit_function(Emitter *e, int32_t fid)
{
    Frame F = { 0 };
    F.e = e;
    F.m = e->m;
    F.f = &e->m->funcs[fid];
    F.fid = fid;
    F.needs_stack_check = e->recursive[fid];
    analyse(&F);
    F.decls = open_memstream(&F.decls_buf, &F.decls_len);
    if (!F.decls)
        IR_DIE("open_memstream failed");
    size_t blen = 0;
    int32_t entry_goto;
    char *body = emit_body(&F, &blen, &entry_goto);
    fclose(F.decls);
    emit_printf(e, "\n/* %s */\n", F.f->src_name);
    if (F.root_candidate)
        emit_printf(e, "__attribute__((noinline)) ");
    emit_signature(e, fid, 1);
    emit_printf(e, "\n{\n");
    emit_locals(&F);
    fwrite(F.decls_buf, 1, F.decls_len, e->out);
    emit_prologue(&F);
    if (entry_goto >= 0)
        emit_printf(e, "    goto b%d;\n", entry_goto);
    fwrite(body, 1, blen, e->out);
    free(body);
    free(F.decls_buf);
    ir_liveness_free(&F.lv);
    ir_bits_free(&F.read);
    arena_free(e->names);          /* this function's names are dead */
    e->names = arena_new();
    ir_bits_free(&F.named);
    free(F.konst);
    free(F.next);
    free(F.bypassed);
    free_switches(&F);
    free(F.targeted);
    free(F.slot);
}
