/* backend.h - the C backend: emitting C from the IR and compiling it.
 *
 *   emit_c.c      module level: includes, constants, vtables, start-up
 *   emit_types.c  GC structs and the type table
 *   emit_func.c   function bodies, shadow-stack frames, restart points
 *   cc.c          running the C compiler and linking the runtime
 *   cverify*.c    the libclang verifier of the emitted barriers (--verify)
 */
#ifndef RTRANS_BACKEND_H
#define RTRANS_BACKEND_H

#include <stdio.h>
#include "passes/ir.h"

typedef struct EmitOptions {
    int stm;            /* --stm: transaction restart points, STM barriers */
    int line_directives;/* #line directives naming the .py source */
} EmitOptions;

/* The raising operations whose slow path calls a runtime function that
 * only raises: it allocates nothing but the exception it raises (the
 * contract of rtlib.h and rtgen.h), so it collects only when it leaves
 * stm_tl.exc set.  emit_func.c spells each op's slow path with its
 * function; cverify.c trusts the functions listed here (raise_only) and
 * moves their collection to the exception edge.  A new raising op whose
 * slow path only raises belongs here, and nowhere else.
 *   X(op, C function of its slow path) */
#define BK_RAISE_ONLY_OPS(X)              \
    X(IR_ADD_OVF, rtg_overflow)           \
    X(IR_SUB_OVF, rtg_overflow)           \
    X(IR_MUL_OVF, rtg_overflow)           \
    X(IR_NEG_OVF, rtg_overflow)           \
    X(IR_FLOORDIV, rt_int_floordiv)       \
    X(IR_MOD, rt_int_mod)                 \
    X(IR_SHL, rt_int_lshift)              \
    X(IR_SHL_WRAP, rt_int_rshift)         \
    X(IR_SHR, rt_int_rshift)              \
    X(IR_FDIV, rt_float_div)              \
    X(IR_F2I, rt_float_to_int)            \
    X(IR_POW, rt_int_pow)                 \
    X(IR_FFLOORDIV, rt_float_floordiv)    \
    X(IR_FMOD, rt_float_mod)              \
    X(IR_FPOW, rt_float_pow)              \
    X(IR_CHECKNULL, rtg_raise_attr)       \
    X(IR_BOUNDSCHECK, rtg_raise_index)

/* Write the whole program as one C file.  Returns 0, or nonzero after
 * printing an internal error. */
int emit_c(IrModule *m, const EmitOptions *opt, FILE *out);

typedef struct CcOptions {
    const char *cc;          /* compiler command, default "cc" */
    const char *c_file;      /* the emitted C */
    const char *output;      /* executable to produce */
    const char *libdir;      /* .../lib/rtrans: include/, archives */
    const char *opt_level;   /* "-O0".."-O2" */
    int stm;
    int debug;               /* -g */
    int verbose;             /* print the command */
    const char **extra;      /* extra arguments (-l..., -L...), NULL-terminated */
} CcOptions;

/* Run the C compiler; returns its exit status (or -1 if it could not run),
 * after printing its diagnostics. */
int cc_compile(const CcOptions *o);

/* The libclang verifier (cverify.c; link with -lclang-14): checks that every
 * access to a GC object's field or item in a C file emitted with --stm is
 * covered by the right barrier on every path since the transaction may have
 * last broken.  include_dir holds backend/rtgen.h and runtime/stm.h.
 * Prints "FILE:LINE:COL: error: ..." per problem and a summary line to
 * report; returns the number of errors, or -1 when the file cannot be
 * judged (it does not compile). */
int cverify_file(const char *c_path, const char *include_dir, FILE *report);

#endif
