/* rtgen.h - included by every C file that rtrans emits.
 *
 * Small inline helpers for IR operations whose C spelling is more than one
 * expression (checked arithmetic, Python's division), and the common
 * layouts the emitter relies on.  Each helper that can raise returns
 * nonzero after storing the exception in stm_tl.exc (via rtlib), so the
 * emitted code reads "if (rtg_op(..., &result)) goto handler;".
 */
#ifndef RTRANS_RTGEN_H
#define RTRANS_RTGEN_H

#include <math.h>
#include <stdint.h>
#include <string.h>

#include "runtime/stm.h"
#include "runtime/lib/rtlib.h"

#define RTG_TID_BASE RT_TID_PROGRAM_FIRST

/* Every array starts like this (IRS_ARRAY structs add their items). */
typedef struct rtg_array {
    stm_hdr hdr;
    int64_t length;
} rtg_array;

/* A function value: code is the adaptor taking the value itself first. */
typedef struct rtg_fn {
    stm_hdr hdr;
    void *code;
    stm_ref self;
} rtg_fn;

/* Objects are at least 16 bytes and a multiple of 8. */
#define RTG_SIZE(s) ((((s) < 16 ? 16 : (s)) + 7) & ~(size_t)7)

/* IR_ALLOC_VAR: every array's items follow the rtg_array header. */
static inline stm_ref rtg_new_array(uint32_t tid, int64_t n, size_t item_size)
{
    return stm_allocate_items(tid, n, sizeof(rtg_array), item_size,
                              offsetof(rtg_array, length));
}

static inline int64_t rtg_arraylen(stm_ref a)
{
    return ((rtg_array RT_GC *)a)->length;
}

/* ------------------------------------------------------------ numbers */

/* The emitted code tests for the error case inline and calls the library
 * (which raises, allocating the exception) only on that rare path, after
 * saving its live references; these are the fast paths. */

__attribute__((cold, noinline, unused)) static void rtg_overflow(void)
{
    rt_raise(RT_EXC_OVERFLOW_ERROR, "integer overflow");
}

/* Python's // and % on valid operands (b != 0, not INT64_MIN // -1): the
 * quotient rounds towards minus infinity and the remainder has the sign
 * of the divisor. */
static inline int64_t rtg_floordiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        q--;
    return q;
}

static inline int64_t rtg_mod(int64_t a, int64_t b)
{
    if (b == -1)
        return 0;
    int64_t m = a % b;
    if (m != 0 && ((m < 0) != (b < 0)))
        m += b;
    return m;
}

/* Shifts that stay within int64 (b in [0, 63) without losing bits). */
static inline int rtg_shl_ok(int64_t a, int64_t b)
{
    return b >= 0 && b < 63 && (a >> (63 - b)) == (a >> 63);
}

static inline int64_t rtg_shr(int64_t a, int64_t b)
{
    return b >= 64 ? (a < 0 ? -1 : 0) : a >> b;
}

/* The exact range of doubles that truncate into int64. */
static inline int rtg_f2i_ok(double a)
{
    return a > -9223372036854777856.0 && a < 9223372036854775808.0;
}

/* ------------------------------------------------------------ checks */

/* Out of line: rare paths, shared by all call sites. */
__attribute__((cold, noinline, unused)) static int rtg_raise_attr(const char *attr)
{
    rt_raise(RT_EXC_ATTRIBUTE_ERROR, "'NoneType' object has no attribute '%s'", attr);
    return 1;
}

__attribute__((cold, noinline, unused)) static int rtg_raise_index(const char *message)
{
    rt_raise(RT_EXC_INDEX_ERROR, "%s", message);
    return 1;
}

/* The prologue of a function on a cycle of the call graph counts its frame
 * in stm_tl.depth (its epilogue uncounts it) and checks the recursion
 * limit, the C stack and the shadow stack; beyond any of them,
 * RecursionError.  The stacks leave room for the runtime and for printing
 * a traceback (RTG_SS_MARGIN slots, c_stack_limit's margin).
 *
 * Building the RecursionError itself runs generated code (the program's
 * exception factory), which checks again: while it is being built the
 * checks let calls use the reserve above the limits.  A prologue that
 * passed the check pushes its frame without testing the shadow stack's
 * limit again (the margin leaves room for it). */
#define RTG_SS_MARGIN 4096

static __thread int rtg_raising_recursion;

__attribute__((cold, noinline, unused)) static int rtg_stack_exhausted(size_t nslots)
{
    if (rt_async_pending && rt_async_raise()) {
        stm_tl.depth--;         /* a KeyboardInterrupt (runtime/lib/async.c) */
        return 1;
    }
    if (rtg_raising_recursion) {
        /* the frame goes on into the reserve; its push does not test the
         * limit (stm_push_frame_unchecked), so the last test is here */
        if (stm_tl.ss_top + nslots > stm_tl.ss_limit)
            stm_shadowstack_overflow();
        return 0;
    }
    stm_tl.depth--;             /* the frame returns at once, uncounted */
    rtg_raising_recursion = 1;
    rt_raise(RT_EXC_RECURSION_ERROR, "maximum recursion depth exceeded");
    rtg_raising_recursion = 0;
    return 1;
}

/* always inlined: it runs at every call of a function with a shadow-stack
 * frame, and gcc left it out of line in large callers (STM_ALWAYS_INLINE) */
static STM_ALWAYS_INLINE int rtg_stack_check(size_t nslots)
{
    if (STM_UNLIKELY(++stm_tl.depth > rt_recursion_limit
                     || (char *)__builtin_frame_address(0) < stm_tl.c_stack_limit
                     || stm_tl.ss_top + nslots + RTG_SS_MARGIN > stm_tl.ss_limit))
        return rtg_stack_exhausted(nslots);
    return 0;
}

/* A loop's poll in user code, when the runtime asked for a safe point or
 * an asynchronous exception waits: 1 if it raised.  in_step: the loop
 * runs inside one step of a program with break points (ir_mark_steps),
 * so the poll must not end the transaction. */
__attribute__((cold, noinline, unused)) static int rtg_poll_intr(int in_step)
{
    if (stm_tl.poll) {
        if (in_step)
            stm_safepoint_in_step();
        else
            stm_safepoint();
    }
    return rt_async_pending && rt_async_raise();
}

/* --stm: resuming after a callee ended the transaction, in a frame without
 * restart points, with one live reference in a C local (typically the
 * call's result): out of line, to keep such frames small. */
__attribute__((cold, noinline, unused)) static stm_ref rtg_resume_ref(stm_ref r, stm_ref *floor)
{
    stm_ref *tp = stm_push_frame(1);
    tp[0] = r;
    stm_resume_inevitable(floor);
    r = tp[0];
    stm_pop_frame(tp);
    return r;
}

/* A new exception raised by a `raise` statement. */
static inline void rtg_raise(stm_ref exc)
{
    rt_tb_reset();
    stm_tl.exc = exc;
}

#endif /* RTRANS_RTGEN_H */
