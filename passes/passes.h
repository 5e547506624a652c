/* passes.h - the passes over the IR, in pipeline order.
 *
 *   lower*.c       typed AST -> IR (pass_lower)
 *   ranges.c       integer ranges: overflow checks that cannot fail
 *   initflags.c    global reads that cannot precede the global's assignment
 *   summaries.c    interprocedural effects: raises / allocates / breaks
 *   quiet_loops.c  loops nothing interrupts: no back-edge poll, field reads
 *                  hoisted
 *   gcbarrier.c    GIL builds: the generational GC's write barriers
 *   stm_*.c        --stm: inevitable, write and read barriers, breaks
 *
 * Every pass states at the top of its file what it assumes and what it
 * guarantees; the driver runs pass_verify() after each one and prints the IR
 * after the pass named by --dump-ir.
 */
#ifndef RTRANS_PASSES_H
#define RTRANS_PASSES_H

#include "passes/ir.h"

/* Only the lowering reads the checker's output (passes/lower.h includes
 * frontend/check.h); the other passes see the IR alone. */
struct Program;
typedef struct DiagCtx DiagCtx;

typedef struct LowerOptions {
    int stm;
} LowerOptions;

/* Lower a checked program.  Returns NULL after reporting errors in diag
 * (constructs the checker accepted but the lowering cannot translate). */
IrModule *pass_lower(struct Program *prog, DiagCtx *diag, const LowerOptions *opt);

/* A pass over a whole module, and the check of what it guarantees beyond
 * the IR's own invariants (NULL: none; prints violations to err and
 * returns their count). */
typedef struct PassDef {
    const char *name;
    void (*run)(IrModule *m);
    int stm_only;      /* 1: only with --stm; -1: only without; 0: always */
    int (*check)(const IrModule *m, const char *pass, FILE *err);
} PassDef;

/* The pipeline after lowering, in order, terminated by a NULL name. */
extern const PassDef pass_pipeline[];

/* After pass p ran: ir_verify, then p's check.  Returns the number of
 * violations printed to err (0: the module is fine). */
int pass_verify(const PassDef *p, const IrModule *m, FILE *err);

void pass_ranges(IrModule *m);
void pass_init_flags(IrModule *m);
void pass_summaries(IrModule *m);
void pass_quiet_loops(IrModule *m);
void pass_gc_barriers(IrModule *m);
/* --stm: frozen fields (frozen.c), before the barrier passes */
void pass_frozen(IrModule *m);
/* --stm (stm_inevitable.c, stm_write.c, stm_read.c), in this order */
void pass_stm_inevitable(IrModule *m);
void pass_stm_write(IrModule *m);
void pass_stm_read(IrModule *m);

/* The barrier report (report.c): after the STM passes, write the notes of
 * m as text, or as a self-contained HTML page when path ends in ".html",
 * quoting the source lines of m->files.  Returns 0, or -1 after printing
 * "rtrans: cannot write PATH: reason" to err. */
int pass_barrier_report(const IrModule *m, const char *path, FILE *err);

#endif
