/* tp.h - the STM passes' check suite (binary $(B)/tests/passes): building
 * IR by hand, running the STM passes on it and comparing dumps with golden
 * files in tests/passes/golden/ (RTRANS_UPDATE_GOLDEN=1 rewrites them;
 * read the diff before committing).
 *
 *   tp_util.c      the module every test starts from, builders, goldens
 *   test_stm.c     the three passes and the hoisting, on hand-built IR
 *   test_report.c  the text and HTML reports (the HTML in headless Chromium)
 *   main.c         the runner
 */
#ifndef RTRANS_TP_H
#define RTRANS_TP_H

#include <check.h>
#include "passes/passes.h"
#include "frontend/check.h"      /* the tests compile source text */

#ifndef TP_SRCDIR
#define TP_SRCDIR "."
#endif

/* The test module: structs, externs and a global every test may use. */
typedef struct Tp {
    IrModule *m;
    int32_t fid;          /* the function being built */
    IrFunc *f;
    int32_t line;         /* each emitted instruction gets the next line */
    /* struct ids */
    int32_t s_str, s_node, s_leaf, s_refs, s_ints, s_cards, s_g;
    /* externs */
    int32_t x_print, x_pure, x_block, x_reads, x_writes, x_len;
    int32_t g_main;       /* global of struct s_g */
} Tp;

/* Field indices of Node: value (i64), next (ref Node), name (ref str,
 * immutable). */
enum { NODE_VALUE, NODE_NEXT, NODE_NAME };

void tp_init(Tp *t);
void tp_free(Tp *t);
/* Start a function with parameters of the given types (names p0, p1...). */
int32_t tp_func(Tp *t, const char *name, const IrType *params, int nparams);
int32_t tp_vreg(Tp *t, IrType type, const char *name);
int32_t tp_block(Tp *t);
IrInstr *tp_emit(Tp *t, int32_t b, IrOp op, int32_t dst, int32_t a, int32_t bb,
                 int32_t c, int32_t aux, int64_t imm);
/* A call with arguments (CALL, CALL_EXTERN, CALL_METHOD). */
IrInstr *tp_call(Tp *t, int32_t b, IrOp op, int32_t dst, int32_t aux,
                 const int32_t *args, int32_t nargs);
void tp_term(Tp *t, int32_t b, IrTermKind kind, int32_t value, int32_t s0, int32_t s1);

/* Summaries, then the three STM passes, verifying after each. */
void tp_run_stm(Tp *t);
/* Function dump plus its notes, one per line. */
char *tp_dump(Tp *t, int32_t fid);
/* Compare text with tests/passes/golden/NAME.txt. */
void tp_golden(const char *name, const char *text);

/* Check, lower and run the --stm pipeline on a program, verifying after
 * each pass (the prelude from the source tree). */
IrModule *tp_compile(const char *path, DiagCtx **diag, Arena **arena);

/* Number of instructions with op in function fid. */
int tp_count(const Tp *t, int32_t fid, IrOp op);

Suite *tp_stm_suite(void);
Suite *tp_report_suite(void);
Suite *tp_frozen_suite(void);

#endif
