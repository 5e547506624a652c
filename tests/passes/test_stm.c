/* test_stm.c - the STM passes on hand-built IR.  Each test builds one
 * function (plus helpers), runs summaries and the three passes (the IR
 * verifier, with the STM postcondition checker, runs after each), counts
 * the barriers and compares the dump and notes with a golden file. */
#include "tests/passes/tp.h"
#include "passes/stm_flow.h"

#include <stdlib.h>
#include <string.h>

#define REF(sid) ir_ref(sid)
#define I64 ir_type(IRK_I64)
#define BOOL ir_type(IRK_BOOL)

static Tp T;

static void setup(void) { tp_init(&T); }
static void teardown(void) { tp_free(&T); }

static void golden(const char *name, int32_t fid)
{
    char *dump = tp_dump(&T, fid);
    tp_golden(name, dump);
    free(dump);
}

static int32_t get(int32_t b, int32_t obj, int64_t field, IrKind kind)
{
    int32_t sid = T.f->vregs[obj].type.sid;
    IrType ty = kind == IRK_REF ? REF(T.s_node) : ir_type(kind);
    int32_t d = tp_vreg(&T, ty, NULL);
    tp_emit(&T, b, IR_GETFIELD, d, obj, -1, -1, sid, field);
    return d;
}

static void set(int32_t b, int32_t obj, int64_t field, int32_t val)
{
    tp_emit(&T, b, IR_SETFIELD, -1, obj, val, -1, T.f->vregs[obj].type.sid, field);
}

static int32_t konst(int32_t b, int64_t v)
{
    int32_t d = tp_vreg(&T, I64, NULL);
    tp_emit(&T, b, IR_CONST_I64, d, -1, -1, -1, -1, v);
    return d;
}

/* A function with no effects, or one that breaks the transaction; with
 * one parameter of type *param when param is not NULL. */
static int32_t helper(const char *name, int breaks, const IrType *param)
{
    int32_t saved = T.fid;
    int32_t fid = tp_func(&T, name, param, param ? 1 : 0);
    if (breaks)
        tp_emit(&T, 0, IR_BREAKPOINT, -1, -1, -1, -1, -1, 0);
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    T.fid = saved;
    T.f = &T.m->funcs[saved];
    return fid;
}

/* ------------------------------------------------------------- reads */

START_TEST(test_read_once)
{
    IrType p[] = { REF(T.s_node) };
    int32_t fid = tp_func(&T, "read_once", p, 1);
    get(0, 0, NODE_VALUE, IRK_I64);
    get(0, 0, NODE_VALUE, IRK_I64);
    get(0, 0, NODE_NAME, IRK_REF);
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 1);
    golden("read_once", fid);
}
END_TEST

START_TEST(test_fresh_objects)
{
    IrType p[] = { REF(T.s_node) };
    int32_t fid = tp_func(&T, "fresh", p, 1);
    int32_t o = tp_vreg(&T, REF(T.s_node), "o");
    tp_emit(&T, 0, IR_ALLOC, o, -1, -1, -1, T.s_node, 0);
    set(0, o, NODE_VALUE, konst(0, 7));
    set(0, o, NODE_NEXT, 0);
    get(0, o, NODE_VALUE, IRK_I64);
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ) + tp_count(&T, fid, IR_STM_WRITE), 0);
    golden("fresh", fid);
}
END_TEST

/* A fact that holds on one incoming path only does not hold at the join. */
START_TEST(test_join_some_paths)
{
    IrType p[] = { REF(T.s_node), BOOL };
    int32_t fid = tp_func(&T, "join", p, 2);
    int32_t b1 = tp_block(&T), b2 = tp_block(&T), b3 = tp_block(&T);
    tp_term(&T, 0, TERM_BRANCH, 1, b1, b2);
    get(b1, 0, NODE_VALUE, IRK_I64);
    tp_term(&T, b1, TERM_JUMP, -1, b3, -1);
    tp_term(&T, b2, TERM_JUMP, -1, b3, -1);
    get(b3, 0, NODE_VALUE, IRK_I64);
    tp_term(&T, b3, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 2);
    golden("join", fid);
}
END_TEST

/* pypy-stm's bug: a prebuilt object reaching a join counted as barriered.
 * Here x is fresh on one path and the prebuilt module object on the
 * other: the read after the join needs its barrier. */
START_TEST(test_constant_at_join)
{
    IrType p[] = { BOOL };
    int32_t fid = tp_func(&T, "constant_join", p, 1);
    int32_t x = tp_vreg(&T, REF(T.s_g), "x");
    int32_t b1 = tp_block(&T), b2 = tp_block(&T), b3 = tp_block(&T);
    tp_term(&T, 0, TERM_BRANCH, 0, b1, b2);
    tp_emit(&T, b1, IR_ALLOC, x, -1, -1, -1, T.s_g, 0);
    tp_term(&T, b1, TERM_JUMP, -1, b3, -1);
    tp_emit(&T, b2, IR_GLOBAL, x, -1, -1, -1, T.g_main, 0);
    tp_term(&T, b2, TERM_JUMP, -1, b3, -1);
    get(b3, x, 0, IRK_I64);
    set(b3, x, 0, konst(b3, 1));
    tp_term(&T, b3, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_WRITE), 1);
    golden("constant_join", fid);
}
END_TEST

START_TEST(test_break_kills)
{
    IrType p[] = { REF(T.s_node) };
    int32_t quiet = helper("quiet", 0, NULL), noisy = helper("noisy", 1, NULL);
    int32_t fid = tp_func(&T, "breaks", p, 1);
    int32_t b1 = tp_block(&T), b2 = tp_block(&T);
    get(0, 0, NODE_VALUE, IRK_I64);
    tp_emit(&T, 0, IR_BREAKPOINT, -1, -1, -1, -1, -1, 0);
    get(0, 0, NODE_VALUE, IRK_I64);
    tp_call(&T, 0, IR_CALL, -1, quiet, NULL, 0);
    tp_term(&T, 0, TERM_EXC, -1, b1, -1);
    get(b1, 0, NODE_VALUE, IRK_I64);
    tp_call(&T, b1, IR_CALL, -1, noisy, NULL, 0);
    tp_term(&T, b1, TERM_EXC, -1, b2, -1);
    get(b2, 0, NODE_VALUE, IRK_I64);
    tp_term(&T, b2, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 3);
    golden("breaks", fid);
}
END_TEST

/* Steps (ir_mark_steps): a function with a break point of the program's
 * own and every function it may call run inside one step, where a loop's
 * poll must not end the transaction; a break point where an atomic
 * section starts makes no step, and a function nobody in a step calls
 * keeps polls that may switch threads. */
START_TEST(test_steps)
{
    int32_t callee = helper("callee", 0, NULL), other = helper("other", 0, NULL);
    int32_t atomic_only = tp_func(&T, "atomic_only", NULL, 0);
    tp_emit(&T, 0, IR_BREAKPOINT, -1, -1, -1, -1, -1, IR_BREAK_ATOMIC_ENTRY);
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    int32_t fid = tp_func(&T, "dispatch", NULL, 0);
    int32_t b1 = tp_block(&T);
    tp_emit(&T, 0, IR_BREAKPOINT, -1, -1, -1, -1, -1, IR_BREAK_CALL);
    tp_call(&T, 0, IR_CALL, -1, callee, NULL, 0);
    tp_term(&T, 0, TERM_EXC, -1, b1, -1);
    tp_term(&T, b1, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(T.m->funcs[fid].in_step, 1);
    ck_assert_int_eq(T.m->funcs[callee].in_step, 1);
    ck_assert_int_eq(T.m->funcs[other].in_step, 0);
    ck_assert_int_eq(T.m->funcs[atomic_only].in_step, 0);
}
END_TEST

START_TEST(test_mov_and_reassign)
{
    IrType p[] = { REF(T.s_node) };
    int32_t fid = tp_func(&T, "mov", p, 1);
    int32_t y = tp_vreg(&T, REF(T.s_node), "y");
    get(0, 0, NODE_VALUE, IRK_I64);
    tp_emit(&T, 0, IR_MOV, y, 0, -1, -1, -1, 0);
    get(0, y, NODE_VALUE, IRK_I64);                  /* copied fact */
    tp_emit(&T, 0, IR_GETFIELD, 0, 0, -1, -1, T.s_node, NODE_NEXT);   /* p0 = p0.next */
    get(0, 0, NODE_VALUE, IRK_I64);                  /* a new value */
    get(0, y, NODE_VALUE, IRK_I64);                  /* y keeps its fact */
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 2);
    golden("mov", fid);
}
END_TEST

/* A virtual call may reach any implementation of its slot. */
START_TEST(test_virtual_call)
{
    IrModule *m = T.m;
    IrField none[1] = { { "x", I64, 0, 0, 0 } };
    IrStruct base = { .kind = IRS_RECORD, .name = "Base", .c_name = "Base", .parent = -1,
                      .fields = none, .nfields = 1, .is_class = 1 };
    int32_t sb = ir_add_struct(m, &base);
    IrStruct der = base;
    der.name = der.c_name = "Derived";
    der.parent = sb;
    int32_t sd = ir_add_struct(m, &der);
    m->structs[sb].class_first = m->structs[sd].class_first = sb;
    m->structs[sb].class_last = m->structs[sd].class_last = sd;
    IrType self = REF(sb);
    int32_t quiet = helper("Base.run", 0, &self), noisy = helper("Derived.run", 1, &self);
    m->structs[sb].vtable = ir_add_vtable(m, sb, 1);
    m->structs[sd].vtable = ir_add_vtable(m, sd, 1);
    m->vtables[m->structs[sb].vtable].funcs[0] = quiet;
    m->vtables[m->structs[sd].vtable].funcs[0] = noisy;
    IrType p[] = { REF(T.s_node), REF(sb) };
    int32_t fid = tp_func(&T, "virtual", p, 2);
    int32_t b1 = tp_block(&T);
    get(0, 0, NODE_VALUE, IRK_I64);
    int32_t args[] = { 1 };
    tp_call(&T, 0, IR_CALL_METHOD, -1, quiet, args, 1)->imm = 0;
    tp_term(&T, 0, TERM_EXC, -1, b1, -1);
    get(b1, 0, NODE_VALUE, IRK_I64);
    tp_term(&T, b1, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 2);
}
END_TEST

/* ------------------------------------------------------------- writes */

/* x.f = x.f + 1: the write barrier goes before the read, which then needs
 * none, even across the block boundary of the checked addition. */
START_TEST(test_read_modify_write)
{
    IrType p[] = { REF(T.s_node) };
    int32_t fid = tp_func(&T, "rmw", p, 1);
    int32_t b1 = tp_block(&T);
    int32_t v = get(0, 0, NODE_VALUE, IRK_I64), s = tp_vreg(&T, I64, NULL);
    tp_emit(&T, 0, IR_ADD_OVF, s, v, v, -1, -1, 0);
    tp_term(&T, 0, TERM_EXC, -1, b1, -1);
    set(b1, 0, NODE_VALUE, s);
    tp_term(&T, b1, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 0);
    ck_assert_int_eq(T.m->funcs[fid].blocks[0].instrs[0].op, IR_STM_WRITE);
    golden("rmw", fid);
}
END_TEST

START_TEST(test_write_after_safepoint)
{
    IrType p[] = { REF(T.s_node), REF(T.s_node) };
    int32_t fid = tp_func(&T, "write_safepoint", p, 2);
    int32_t leaf = tp_vreg(&T, REF(T.s_leaf), "leaf");
    set(0, 0, NODE_VALUE, konst(0, 1));
    tp_emit(&T, 0, IR_ALLOC, leaf, -1, -1, -1, T.s_leaf, 0);
    set(0, 0, NODE_VALUE, konst(0, 2));   /* owned: no barrier */
    set(0, 0, NODE_NEXT, 1);              /* reference after a collection */
    set(0, 0, NODE_NEXT, 1);              /* now covered */
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_WRITE), 2);
    golden("write_safepoint", fid);
}
END_TEST

/* A non-reference store's barrier also covers a later reference store,
 * around a loop too (the second data-flow phase). */
START_TEST(test_write_exact_nogc)
{
    IrType p[] = { REF(T.s_node), REF(T.s_node), BOOL };
    int32_t fid = tp_func(&T, "write_loop", p, 3);
    int32_t b1 = tp_block(&T), b2 = tp_block(&T);
    set(0, 0, NODE_VALUE, konst(0, 1));
    tp_term(&T, 0, TERM_JUMP, -1, b1, -1);
    set(b1, 0, NODE_NEXT, 1);
    tp_term(&T, b1, TERM_BRANCH, 2, b1, b2);
    tp_term(&T, b2, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_WRITE), 1);
    golden("write_loop", fid);
}
END_TEST

START_TEST(test_cards_and_arraycopy)
{
    IrType p[] = { REF(T.s_cards), REF(T.s_cards), REF(T.s_node) };
    int32_t fid = tp_func(&T, "cards", p, 3);
    int32_t i = konst(0, 3), n = konst(0, 2);
    tp_emit(&T, 0, IR_SETITEM, -1, 1, i, 2, T.s_cards, 0);
    tp_emit(&T, 0, IR_SETITEM, -1, 1, i, 2, T.s_cards, 0);   /* a card is not ownership */
    int32_t cp[] = { 0, i, 1, i, n };
    tp_call(&T, 0, IR_ARRAYCOPY, -1, T.s_cards, cp, 5);
    tp_emit(&T, 0, IR_SETITEM, -1, 1, i, 2, T.s_cards, 0);   /* owned by the copy's barrier */
    int32_t v = tp_vreg(&T, REF(T.s_node), NULL);
    tp_emit(&T, 0, IR_GETITEM, v, 0, i, -1, T.s_cards, 0);   /* read by the copy */
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_WRITE_CARD), 2);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_WRITE), 1);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 1);
    golden("cards", fid);
}
END_TEST

/* An item load of a card-marked array gets a card read, which covers that
 * load only: the next load (even of the same item) gets its own; a whole
 * read (the copy's source) covers the loads after it. */
START_TEST(test_card_reads)
{
    IrType p[] = { REF(T.s_cards), REF(T.s_cards), I64, I64 };
    int32_t fid = tp_func(&T, "card_reads", p, 4);
    int32_t v = tp_vreg(&T, REF(T.s_node), NULL);
    tp_emit(&T, 0, IR_GETITEM, v, 0, 2, -1, T.s_cards, 0);
    tp_emit(&T, 0, IR_GETITEM, v, 0, 2, -1, T.s_cards, 0);
    tp_emit(&T, 0, IR_GETITEM, v, 0, 3, -1, T.s_cards, 0);
    int32_t cp[] = { 0, 2, 1, 2, 3 };
    tp_call(&T, 0, IR_ARRAYCOPY, -1, T.s_cards, cp, 5);
    tp_emit(&T, 0, IR_GETITEM, v, 0, 3, -1, T.s_cards, 0);   /* read whole by the copy */
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ_CARD), 3);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 1);
    golden("card_reads", fid);
}
END_TEST

/* The checker takes a card read as covering the item load right after it
 * with the same array and index, and nothing else. */
static int card_read_errors(int32_t index_at_load, IrOp load, char **msg)
{
    IrType p[] = { REF(T.s_cards), I64, I64 };
    tp_func(&T, "card_checked", p, 3);
    IrInstr bar = ir_instr(IR_STM_READ_CARD);
    bar.a = 0;
    bar.b = 1;
    bar.aux = -1;
    ir_insert(T.m, &T.m->funcs[T.m->nfuncs - 1], 0, 0, &bar);
    int32_t v = tp_vreg(&T, load == IR_GETITEM ? REF(T.s_node) : I64, NULL);
    if (load == IR_GETITEM)
        tp_emit(&T, 0, IR_GETITEM, v, 0, index_at_load, -1, T.s_cards, 0);
    else
        tp_emit(&T, 0, IR_SETITEM, -1, 0, index_at_load, 0, T.s_cards, 0);
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    T.m->flags |= IRM_STM | IRM_INEV_DONE | IRM_WRITE_DONE | IRM_READ_DONE;
    size_t len = 0;
    FILE *err = open_memstream(msg, &len);
    int errors = stm_check_module(T.m, "tampering", err);
    fclose(err);
    return errors;
}

START_TEST(test_checker_card_read_covers_its_item_only)
{
    char *buf = NULL;
    ck_assert_int_eq(card_read_errors(1, IR_GETITEM, &buf), 0);
    free(buf);
    ck_assert_int_eq(card_read_errors(2, IR_GETITEM, &buf), 1);
    ck_assert_msg(strstr(buf, "GETITEM of v0 without a read barrier") != NULL, "got: %s", buf);
    free(buf);
}
END_TEST

START_TEST(test_checker_card_read_is_no_write)
{
    char *buf = NULL;
    ck_assert_int_eq(card_read_errors(1, IR_SETITEM, &buf), 1);
    ck_assert_msg(strstr(buf, "SETITEM of v0 without a write barrier") != NULL, "got: %s", buf);
    free(buf);
}
END_TEST

START_TEST(test_extern_arguments)
{
    IrType p[] = { REF(T.s_node), REF(T.s_str), REF(T.s_node) };
    int32_t fid = tp_func(&T, "externs", p, 3);
    int32_t r = tp_vreg(&T, I64, NULL);
    int32_t a2[] = { 0, 1 }, a1[] = { 2 };
    tp_call(&T, 0, IR_CALL_EXTERN, r, T.x_reads, a2, 2);     /* p1 is a str: no barrier */
    tp_call(&T, 0, IR_CALL_EXTERN, -1, T.x_writes, a1, 1);
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 1);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_WRITE), 1);
    golden("externs", fid);
}
END_TEST

/* The exception edge of a raising instruction is a safe point: the
 * library allocates the exception. */
START_TEST(test_exception_edge)
{
    IrType p[] = { REF(T.s_node), I64 };
    int32_t fid = tp_func(&T, "exc_edge", p, 2);
    int32_t o = tp_vreg(&T, REF(T.s_node), "o"), s = tp_vreg(&T, I64, NULL);
    int32_t ok = tp_block(&T), handler = tp_block(&T);
    tp_emit(&T, 0, IR_ALLOC, o, -1, -1, -1, T.s_node, 0);
    tp_emit(&T, 0, IR_ADD_OVF, s, 1, 1, -1, -1, 0);
    tp_term(&T, 0, TERM_EXC, -1, ok, handler);
    set(ok, o, NODE_NEXT, 0);
    tp_term(&T, ok, TERM_RETURN, -1, -1, -1);
    tp_emit(&T, handler, IR_CLEAREXC, -1, -1, -1, -1, -1, 0);
    set(handler, o, NODE_NEXT, 0);
    tp_term(&T, handler, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_WRITE), 1);
    golden("exc_edge", fid);
}
END_TEST

/* --------------------------------------------------------- inevitable */

START_TEST(test_inevitable)
{
    IrType p[] = { REF(T.s_str), BOOL };
    int32_t fid = tp_func(&T, "inevitable", p, 2);
    int32_t b[6];
    for (int i = 1; i < 6; i++)
        b[i] = tp_block(&T);
    int32_t a1[] = { 0 };
    tp_call(&T, 0, IR_CALL_EXTERN, -1, T.x_print, a1, 1);
    tp_term(&T, 0, TERM_EXC, -1, b[1], -1);
    tp_call(&T, b[1], IR_CALL_EXTERN, -1, T.x_print, a1, 1);   /* still inevitable */
    tp_term(&T, b[1], TERM_EXC, -1, b[2], -1);
    tp_call(&T, b[2], IR_CALL_EXTERN, -1, T.x_block, NULL, 0); /* breaks */
    tp_term(&T, b[2], TERM_BRANCH, 1, b[3], b[4]);
    tp_call(&T, b[3], IR_CALL_EXTERN, -1, T.x_print, a1, 1);
    tp_term(&T, b[3], TERM_EXC, -1, b[4], -1);
    tp_call(&T, b[4], IR_CALL_EXTERN, -1, T.x_print, a1, 1);   /* some paths only */
    tp_term(&T, b[4], TERM_EXC, -1, b[5], -1);
    tp_term(&T, b[5], TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_INEVITABLE), 3);
    ck_assert_int_ne(T.m->funcs[fid].summary & IRF_INEV, 0);
    golden("inevitable", fid);
}
END_TEST

/* ------------------------------------------------------------ hoisting */

/* b0 -> b1 (header: read p0.value, test) -> b2 (body) -> b1, or b3. */
static int32_t simple_loop(const char *name, IrOp in_body, int reassign)
{
    IrType p[] = { REF(T.s_node), I64 };
    int32_t fid = tp_func(&T, name, p, 2);
    int32_t b1 = tp_block(&T), b2 = tp_block(&T), b3 = tp_block(&T);
    tp_term(&T, 0, TERM_JUMP, -1, b1, -1);
    int32_t v = get(b1, 0, NODE_VALUE, IRK_I64);
    int32_t c = tp_vreg(&T, BOOL, NULL);
    tp_emit(&T, b1, IR_LT, c, v, 1, -1, -1, 0);
    tp_term(&T, b1, TERM_BRANCH, c, b2, b3);
    tp_emit(&T, b2, in_body, -1, -1, -1, -1, -1, 0);
    if (reassign)
        tp_emit(&T, b2, IR_GETFIELD, 0, 0, -1, -1, T.s_node, NODE_NEXT);
    tp_term(&T, b2, TERM_JUMP, -1, b1, -1);
    tp_term(&T, b3, TERM_RETURN, -1, -1, -1);
    return fid;
}

static int in_block(int32_t fid, int32_t b, IrOp op)
{
    const IrBlock *bl = &T.m->funcs[fid].blocks[b];
    for (int32_t i = 0; i < bl->ninstrs; i++)
        if (bl->instrs[i].op == op)
            return 1;
    return 0;
}

START_TEST(test_hoist_simple)
{
    int32_t fid = simple_loop("hoist", IR_POLL, 0);
    tp_run_stm(&T);
    ck_assert(in_block(fid, 0, IR_STM_READ));
    ck_assert(!in_block(fid, 1, IR_STM_READ));
    golden("hoist", fid);
}
END_TEST

START_TEST(test_hoist_refused)
{
    int32_t asg = simple_loop("loop_assigns", IR_POLL, 1);
    tp_run_stm(&T);
    ck_assert(in_block(asg, 1, IR_STM_READ) && !in_block(asg, 0, IR_STM_READ));
}
END_TEST

/* A loop that breaks cannot hoist, but the header's barrier moves to the
 * preheader and after the break (stm_rejoin.c): READ(p0) then holds at
 * the header on both edges, and an iteration that does not break does
 * no barrier. */
START_TEST(test_rejoin_after_break)
{
    int32_t fid = simple_loop("loop_breaks", IR_BREAKPOINT, 0);
    tp_run_stm(&T);
    ck_assert(in_block(fid, 0, IR_STM_READ) && !in_block(fid, 1, IR_STM_READ));
    const IrBlock *body = &T.m->funcs[fid].blocks[2];
    ck_assert_int_eq(body->ninstrs, 2);
    ck_assert_int_eq(body->instrs[0].op, IR_BREAKPOINT);
    ck_assert_int_eq(body->instrs[1].op, IR_STM_READ);
    golden("rejoin", fid);
}
END_TEST

/* The value is read on the path that does not break only, and the other
 * path breaks and comes back: moving the barrier after the break would
 * add one where there was none, so it stays. */
START_TEST(test_rejoin_refused)
{
    IrType p[] = { REF(T.s_node), BOOL };
    int32_t fid = tp_func(&T, "rejoin_refused", p, 2);
    int32_t b[5];
    for (int i = 1; i < 5; i++)
        b[i] = tp_block(&T);
    tp_term(&T, 0, TERM_JUMP, -1, b[1], -1);
    tp_term(&T, b[1], TERM_BRANCH, 1, b[2], b[3]);          /* header */
    get(b[2], 0, NODE_VALUE, IRK_I64);
    tp_term(&T, b[2], TERM_BRANCH, 1, b[1], b[4]);
    tp_emit(&T, b[3], IR_BREAKPOINT, -1, -1, -1, -1, -1, 0);
    tp_term(&T, b[3], TERM_JUMP, -1, b[1], -1);
    tp_term(&T, b[4], TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert(in_block(fid, b[2], IR_STM_READ));
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 1);
}
END_TEST

/* A breaking call that ends its block: the value is re-read at the start
 * of both successors (the normal one and the handler), which stay in the
 * loop, and the header needs no barrier. */
START_TEST(test_rejoin_exception_edge)
{
    IrType p[] = { REF(T.s_node), BOOL };
    int32_t fid = tp_func(&T, "rejoin_exc", p, 2);
    int32_t brk = helper("breaker", 1, NULL);
    int32_t b[6];
    for (int i = 1; i < 6; i++)
        b[i] = tp_block(&T);
    tp_term(&T, 0, TERM_JUMP, -1, b[1], -1);
    get(b[1], 0, NODE_VALUE, IRK_I64);                      /* header */
    tp_term(&T, b[1], TERM_BRANCH, 1, b[2], b[5]);
    tp_call(&T, b[2], IR_CALL, -1, brk, NULL, 0);
    tp_term(&T, b[2], TERM_EXC, -1, b[3], b[4]);
    tp_term(&T, b[3], TERM_JUMP, -1, b[1], -1);
    tp_emit(&T, b[4], IR_CLEAREXC, -1, -1, -1, -1, -1, 0);
    tp_term(&T, b[4], TERM_JUMP, -1, b[1], -1);
    tp_term(&T, b[5], TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert(!in_block(fid, b[1], IR_STM_READ));
    ck_assert(in_block(fid, 0, IR_STM_READ));
    ck_assert_int_eq(T.m->funcs[fid].blocks[b[3]].instrs[0].op, IR_STM_READ);
    ck_assert_int_eq(T.m->funcs[fid].blocks[b[4]].instrs[0].op, IR_STM_READ);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 3);
}
END_TEST

/* An outer loop whose header reads p0.value, and an inner loop that
 * breaks but never reads p0 (a dispatch loop nested in the loop that
 * switches frames): with `direct` the inner loop leaves for the outer
 * header, else through a block of the outer loop.  Returns the function;
 * the blocks are 1 (outer header), 3 (inner header), 4 (the break), 5
 * (the inner loop's exit, when not direct). */
static int32_t nested_breaking_loops(const char *name, int direct)
{
    IrType p[] = { REF(T.s_node), BOOL };
    int32_t fid = tp_func(&T, name, p, 2);
    int32_t b[7];
    for (int i = 1; i < 7; i++)
        b[i] = tp_block(&T);
    tp_term(&T, 0, TERM_JUMP, -1, b[1], -1);
    get(b[1], 0, NODE_VALUE, IRK_I64);                      /* outer header */
    tp_term(&T, b[1], TERM_BRANCH, 1, b[2], b[6]);
    tp_term(&T, b[2], TERM_JUMP, -1, b[3], -1);
    tp_term(&T, b[3], TERM_BRANCH, 1, b[4], direct ? b[1] : b[5]);
    tp_emit(&T, b[4], IR_BREAKPOINT, -1, -1, -1, -1, -1, 0);
    tp_term(&T, b[4], TERM_JUMP, -1, b[3], -1);
    tp_term(&T, b[5], TERM_JUMP, -1, b[1], -1);
    tp_term(&T, b[6], TERM_RETURN, -1, -1, -1);
    return fid;
}

/* p0 is re-read where the inner loop exits, not after its break: an
 * iteration of the inner loop that breaks does no barrier of p0, and
 * READ(p0) still holds at the outer header on every path. */
START_TEST(test_rejoin_deferred_to_exit)
{
    int32_t fid = nested_breaking_loops("rejoin_nested", 0);
    tp_run_stm(&T);
    ck_assert(in_block(fid, 0, IR_STM_READ));
    ck_assert(!in_block(fid, 1, IR_STM_READ));
    ck_assert(!in_block(fid, 3, IR_STM_READ) && !in_block(fid, 4, IR_STM_READ));
    ck_assert_int_eq(T.m->funcs[fid].blocks[5].instrs[0].op, IR_STM_READ);
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 2);
}
END_TEST

/* The inner loop leaves straight for the outer header: the exit's
 * barrier would run on the header, so the outer loop keeps its barrier
 * there and the inner loop has none. */
START_TEST(test_rejoin_deferred_refused)
{
    int32_t fid = nested_breaking_loops("rejoin_nested_direct", 1);
    tp_run_stm(&T);
    ck_assert(in_block(fid, 1, IR_STM_READ));
    ck_assert(!in_block(fid, 3, IR_STM_READ) && !in_block(fid, 4, IR_STM_READ));
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 1);
}
END_TEST

/* Two ways into the loop: a preheader is created.  The read sits in an
 * inner loop: it leaves both. */
START_TEST(test_hoist_nested_preheader)
{
    IrType p[] = { REF(T.s_node), BOOL, BOOL };
    int32_t fid = tp_func(&T, "nested", p, 3);
    int32_t b[7];
    for (int i = 1; i < 7; i++)
        b[i] = tp_block(&T);
    tp_term(&T, 0, TERM_BRANCH, 1, b[1], b[6]);
    tp_term(&T, b[6], TERM_JUMP, -1, b[1], -1);
    tp_term(&T, b[1], TERM_BRANCH, 2, b[2], b[5]);          /* outer header */
    tp_term(&T, b[2], TERM_JUMP, -1, b[3], -1);
    get(b[3], 0, NODE_VALUE, IRK_I64);                      /* inner header */
    tp_term(&T, b[3], TERM_BRANCH, 1, b[4], b[1]);
    tp_emit(&T, b[4], IR_POLL, -1, -1, -1, -1, -1, 0);
    tp_term(&T, b[4], TERM_JUMP, -1, b[3], -1);
    tp_term(&T, b[5], TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    const IrFunc *f = &T.m->funcs[fid];
    ck_assert_int_eq(f->nblocks, 8);                        /* one preheader made */
    ck_assert(in_block(fid, 7, IR_STM_READ));
    ck_assert_int_eq(tp_count(&T, fid, IR_STM_READ), 1);
    golden("nested", fid);
}
END_TEST

/* x is assigned on one path to the loop only: its barrier stays inside. */
START_TEST(test_hoist_needs_definition)
{
    IrType p[] = { REF(T.s_node), BOOL };
    int32_t fid = tp_func(&T, "maybe_defined", p, 2);
    int32_t x = tp_vreg(&T, REF(T.s_node), "x");
    int32_t b[5];
    for (int i = 1; i < 5; i++)
        b[i] = tp_block(&T);
    tp_term(&T, 0, TERM_BRANCH, 1, b[1], b[2]);
    tp_emit(&T, b[1], IR_MOV, x, 0, -1, -1, -1, 0);
    tp_term(&T, b[1], TERM_JUMP, -1, b[3], -1);
    tp_term(&T, b[2], TERM_JUMP, -1, b[3], -1);
    get(b[3], x, NODE_VALUE, IRK_I64);
    tp_term(&T, b[3], TERM_BRANCH, 1, b[3], b[4]);
    tp_term(&T, b[4], TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    ck_assert(in_block(fid, 3, IR_STM_READ));
}
END_TEST

/* ------------------------------------------------------------- checker */

/* len() of a list or dict reads _len in place (passes/lower_call.c,
 * inline_len): no call of __len__ is left, and a length read after an
 * item store or after another len() of the same object takes no barrier
 * of its own (the callee's barrier was never elided). */
static int len_calls(const IrModule *m, int32_t fid)
{
    int n = 0;
    const IrFunc *f = &m->funcs[fid];
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; i < f->blocks[b].ninstrs; i++) {
            const IrInstr *in = &f->blocks[b].instrs[i];
            n += in->op == IR_CALL && strstr(m->funcs[in->aux].name, "__len__") != NULL;
        }
    return n;
}

START_TEST(test_len_read_in_place)
{
    DiagCtx *diag;
    Arena *arena;
    IrModule *m = tp_compile(TP_SRCDIR "/tests/passes/data/len_inline.py", &diag, &arena);
    static const char *const funcs[] = { "after_store", "twice", "alone" };
    for (int k = 0; k < 3; k++) {
        int32_t fid = -1;
        for (int32_t f = 0; f < m->nfuncs; f++)
            if (strcmp(m->funcs[f].src_name, funcs[k]) == 0)
                fid = f;
        ck_assert_msg(fid >= 0, "no function %s", funcs[k]);
        ck_assert_msg(len_calls(m, fid) == 0, "%s still calls __len__", funcs[k]);
        int reads = 0;
        const IrFunc *f = &m->funcs[fid];
        for (int32_t b = 0; b < f->nblocks; b++)
            for (int32_t i = 0; i < f->blocks[b].ninstrs; i++)
                reads += f->blocks[b].instrs[i].op == IR_STM_READ;
        ck_assert_msg(reads == 1, "%s: %d read barriers, expected 1", funcs[k], reads);
    }
    ir_module_free(m);
    arena_free(arena);
    diag_free(diag);
}
END_TEST

START_TEST(test_checker_catches_missing_barrier)
{
    IrType p[] = { REF(T.s_node) };
    int32_t fid = tp_func(&T, "checked", p, 1);
    get(0, 0, NODE_VALUE, IRK_I64);
    tp_term(&T, 0, TERM_RETURN, -1, -1, -1);
    tp_run_stm(&T);
    IrBlock *bl = &T.m->funcs[fid].blocks[0];
    ck_assert_int_eq(bl->instrs[0].op, IR_STM_READ);
    memmove(&bl->instrs[0], &bl->instrs[1], sizeof(IrInstr) * (size_t)(bl->ninstrs - 1));
    bl->ninstrs--;
    char *buf = NULL;
    size_t len = 0;
    FILE *err = open_memstream(&buf, &len);
    int errors = ir_verify(T.m, "tampering", err) + stm_check_module(T.m, "tampering", err);
    fclose(err);
    ck_assert_int_eq(errors, 1);
    ck_assert_msg(strstr(buf, "checked line 2: GETFIELD of v0 without a read barrier") != NULL,
                  "got: %s", buf);
    free(buf);
}
END_TEST

Suite *tp_stm_suite(void)
{
    Suite *s = suite_create("stm-passes");
    TCase *tc = tcase_create("passes");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, test_read_once);
    tcase_add_test(tc, test_fresh_objects);
    tcase_add_test(tc, test_join_some_paths);
    tcase_add_test(tc, test_constant_at_join);
    tcase_add_test(tc, test_break_kills);
    tcase_add_test(tc, test_mov_and_reassign);
    tcase_add_test(tc, test_virtual_call);
    tcase_add_test(tc, test_read_modify_write);
    tcase_add_test(tc, test_write_after_safepoint);
    tcase_add_test(tc, test_write_exact_nogc);
    tcase_add_test(tc, test_cards_and_arraycopy);
    tcase_add_test(tc, test_card_reads);
    tcase_add_test(tc, test_checker_card_read_covers_its_item_only);
    tcase_add_test(tc, test_checker_card_read_is_no_write);
    tcase_add_test(tc, test_extern_arguments);
    tcase_add_test(tc, test_exception_edge);
    tcase_add_test(tc, test_inevitable);
    tcase_add_test(tc, test_hoist_simple);
    tcase_add_test(tc, test_hoist_refused);
    tcase_add_test(tc, test_rejoin_after_break);
    tcase_add_test(tc, test_rejoin_refused);
    tcase_add_test(tc, test_rejoin_exception_edge);
    tcase_add_test(tc, test_rejoin_deferred_to_exit);
    tcase_add_test(tc, test_rejoin_deferred_refused);
    tcase_add_test(tc, test_hoist_nested_preheader);
    tcase_add_test(tc, test_hoist_needs_definition);
    tcase_add_test(tc, test_checker_catches_missing_barrier);
    tcase_add_test(tc, test_len_read_in_place);
    tcase_add_test(tc, test_steps);
    suite_add_tcase(s, tc);
    return s;
}
