/* stm_flow.h - shared by the STM passes (passes/stm_*.c): what each access
 * needs, the facts that make a barrier unnecessary, their forward data-flow
 * over a function, call effects, and the notes left for the barrier report.
 *
 * Facts are per vreg (the IR is not SSA: assigning a vreg kills its facts;
 * MOV copies them).  "Must" facts hold on every path from the function
 * entry (the meet is intersection); "may" facts hold on some path (union)
 * and only choose the reason a report gives for a placed barrier.
 *
 *   DEF    the vreg was assigned on every path (hoisting needs it)
 *   READ   read-barriered, write-barriered or fresh since the last point
 *          that may break the transaction
 *   OWNED  write-barriered or fresh since the last break (W)
 *   NOGC   OWNED was established and no safe point ran since (G)
 *   FRESH  allocated by this transaction (implies READ and OWNED)
 *   INEV   (one bit per function) the transaction is inevitable
 *
 * Breaks (ir_instr_breaks, function entry) kill READ, OWNED, NOGC, FRESH
 * and INEV; safe points kill NOGC; the exception edge of a raising
 * instruction is a safe point too (the library allocates the exception
 * object).  Constants and prebuilt objects (CONST_*, GLOBAL) start with no
 * facts like any other assignment.
 */
#ifndef RTRANS_STM_FLOW_H
#define RTRANS_STM_FLOW_H

#include "passes/analysis.h"
#include "passes/passes.h"

/* Fact families: bit (family * nvregs + vreg) of a state's must/may set. */
enum {
    SF_DEF, SF_READ, SF_OWNED, SF_NOGC, SF_FRESH,
    SF__MUST
};
enum {
    SF_MAY_READ, SF_MAY_OWNED,
    SF_LOST,        /* had READ/OWNED that a possible break killed */
    SF__MAY
};

typedef struct StmState {
    IrBits must;    /* families SF_DEF..; bit SF__MUST*nv is INEV */
    IrBits may;     /* families SF_MAY_*; then MAY_INEV, LOST_INEV */
} StmState;

/* Which accesses the running pass guarantees a barrier for (so that the
 * analysis counts them as barriered, placed or not). */
enum {
    STM_ASSUME_INEV  = 1 << 0,
    STM_ASSUME_WRITE = 1 << 1,
    STM_ASSUME_READ  = 1 << 2
};

/* Effects of calls, with two refinements over the summaries: a function
 * that contains a raising operation may collect (the exception object is
 * allocated even when the function catches it itself), and so does one
 * that became inevitable. */
typedef struct StmEffects {
    uint8_t *collects;          /* per function */
    uint8_t *sig_collects;      /* per IrSig: a function value it reaches does */
} StmEffects;

void stm_effects_init(const IrModule *m, StmEffects *fx);
void stm_effects_free(StmEffects *fx);
int stm_breaks(const IrModule *m, const IrInstr *in);
int stm_collects(const IrModule *m, const StmEffects *fx, const IrInstr *in);

/* One operand of an access that may need a barrier. */
typedef struct StmUse {
    int32_t vreg;
    int32_t index;        /* card accesses: the item index vreg */
    uint8_t exempt;       /* IrWhy when no barrier is ever needed, else 0 */
    uint8_t ref_store;    /* writes a reference (needs NOGC too) */
    uint8_t card;         /* an item of a card-marked array: its barrier
                             covers that one access, not the array */
} StmUse;

enum { STM_MAX_USES = 16 };

/* Reads / writes of GC memory an instruction does; returns how many
 * (extern calls with more reference arguments than STM_MAX_USES die). */
int stm_read_uses(const IrModule *m, const IrFunc *f, const IrInstr *in, StmUse *out);
int stm_write_uses(const IrModule *m, const IrFunc *f, const IrInstr *in, StmUse *out);
/* Does a call need an inevitable transaction before it? */
int stm_needs_inev(const IrModule *m, const IrInstr *in);

/* The data-flow over one function. */
typedef struct StmFlow {
    IrModule *m;
    IrFunc *f;
    int32_t fid;
    int32_t nv;
    uint32_t assume;          /* STM_ASSUME_* */
    const StmEffects *fx;
    StmState *in;             /* per block: facts at its entry */
    int exact_nogc;           /* second phase (see stm_flow.c) */
} StmFlow;

static inline int32_t stm_bit(const StmFlow *fl, int family, int32_t v)
{
    return family * fl->nv + v;
}
static inline int stm_has(const StmFlow *fl, const IrBits *b, int family, int32_t v)
{
    return ir_bits_has(b, stm_bit(fl, family, v));
}
int stm_inev(const StmFlow *fl, const StmState *s);

/* Solve the facts at every block entry (fl->in), for fl->f under
 * fl->assume.  Computes the CFG first.  Free with stm_flow_free. */
void stm_flow_init(StmFlow *fl, IrModule *m, int32_t fid, uint32_t assume,
                   const StmEffects *fx);
void stm_flow_solve(StmFlow *fl);
void stm_flow_free(StmFlow *fl);

StmState stm_state_new(const StmFlow *fl);
void stm_state_copy(const StmFlow *fl, StmState *dst, const StmState *src);
void stm_state_free(StmState *s);

/* Step over one instruction (under fl->assume). */
void stm_step(const StmFlow *fl, const IrInstr *in, StmState *s);

/* Decisions, given the facts just before the access.  Return the IrWhy:
 * a "placed" reason when a barrier is needed, else the reason it is not. */
IrWhy stm_decide_read(const StmFlow *fl, const StmState *s, const StmUse *u);
IrWhy stm_decide_write(const StmFlow *fl, const StmState *s, const StmUse *u);
IrWhy stm_decide_inev(const StmFlow *fl, const StmState *s);
/* Facts a barrier establishes. */
void stm_gen_read(const StmFlow *fl, StmState *s, int32_t v);
void stm_gen_write(const StmFlow *fl, StmState *s, int32_t v);
void stm_gen_inev(const StmFlow *fl, StmState *s);

/* A note about instruction `in` of function fid (see IrNote). */
int32_t stm_note(IrModule *m, int32_t fid, const IrInstr *in, IrBarrierKind kind,
                 IrWhy why, int32_t vreg, int access);
/* The barrier instruction for a placed decision, carrying its note. */
IrInstr stm_barrier(IrBarrierKind kind, const StmUse *u, IrLoc loc, int32_t note);

/* One STM pass, run by stm_run_pass: it needs the module flags `requires`
 * (else it stops with `order`, an internal error), analyses each function
 * assuming `assume` (STM_ASSUME_*), calls place_block on every reachable
 * block with the facts at the block's entry, then after_func (if any) on
 * the function, and finally sets `done` (IRM_*_DONE). */
typedef struct StmPass {
    uint32_t requires;
    const char *order;
    int assume;
    void (*place_block)(StmFlow *fl, int32_t b, StmState *s);
    void (*after_func)(IrModule *m, int32_t fid, const StmEffects *fx);
    uint32_t done;
} StmPass;

void stm_run_pass(IrModule *m, const StmPass *p);

/* Hoist the read barriers of function fid out of loops (stm_hoist.c). */
void stm_hoist_reads(IrModule *m, int32_t fid, const StmEffects *fx);
/* The unique outside predecessor of l's header that jumps to it, or -1. */
int32_t stm_existing_preheader(const IrFunc *f, const IrLoop *l);

/* Move the read barriers a breaking loop redoes on every iteration to its
 * preheader and its breaking points (stm_rejoin.c); defs: the flow (DEF
 * facts) of the function.  A candidate loop wants a preheader. */
int stm_rejoin_candidate(const IrModule *m, const IrFunc *f, const IrLoop *l);
void stm_rejoin_reads(IrModule *m, int32_t fid, IrLoops *ls, const StmFlow *defs);

/* Postconditions of the passes that ran (IRM_*_DONE): every access is
 * covered on every path.  Prints violations to err; returns their count.
 * The check hook of the STM passes in pass_pipeline. */
int stm_check_module(const IrModule *m, const char *pass, FILE *err);

#endif
