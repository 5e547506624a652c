/* verify.c - the IR verifier, run between passes.
 *
 * It checks the invariants stated at the top of ir.h: operand ranges and
 * kinds per op, the block discipline of raising instructions, terminator
 * well-formedness, and which ops may exist at this point of the pipeline.
 * It never modifies the IR.  A violation is a bug in the pass that ran
 * last, named in the report.
 */
#include "passes/ir.h"

#include <stdarg.h>

typedef struct Verifier {
    const IrModule *m;
    const IrFunc *f;
    const char *pass;
    FILE *err;
    int32_t block;
    int errors;
} Verifier;

__attribute__((format(printf, 2, 3)))
static void fail(Verifier *v, const char *fmt, ...)
{
    va_list ap;
    if (v->errors++ >= 20)
        return;
    fprintf(v->err, "ir verifier (after %s): %s b%d: ", v->pass,
            v->f ? v->f->name : "<module>", v->block);
    va_start(ap, fmt);
    vfprintf(v->err, fmt, ap);
    va_end(ap);
    fputc('\n', v->err);
}

static int vreg_ok(Verifier *v, int32_t r)
{
    if (r < 0 || r >= v->f->nvregs) {
        fail(v, "vreg v%d out of range", r);
        return 0;
    }
    return 1;
}

static IrKind kind_of(Verifier *v, int32_t r)
{
    return vreg_ok(v, r) ? (IrKind)v->f->vregs[r].type.kind : IRK_VOID;
}

static void want(Verifier *v, const IrInstr *in, int32_t r, IrKind k, const char *what)
{
    if (r < 0) {
        fail(v, "%s: missing %s", ir_ops[in->op].name, what);
        return;
    }
    IrKind got = kind_of(v, r);
    if (got != k)
        fail(v, "%s: %s v%d is %s, expected %s", ir_ops[in->op].name, what, r,
             ir_kind_names[got], ir_kind_names[k]);
}

/* Integer-like kinds are interchangeable in memory (items, fields). */
static int compatible(IrKind a, IrKind b)
{
    if (a == b)
        return 1;
    int ai = a == IRK_I64 || a == IRK_I32 || a == IRK_U8 || a == IRK_BOOL;
    int bi = b == IRK_I64 || b == IRK_I32 || b == IRK_U8 || b == IRK_BOOL;
    return ai && bi;
}

static void want_compat(Verifier *v, const IrInstr *in, int32_t r, IrKind k, const char *what)
{
    if (r < 0) {
        fail(v, "%s: missing %s", ir_ops[in->op].name, what);
        return;
    }
    IrKind got = kind_of(v, r);
    if (!compatible(got, k))
        fail(v, "%s: %s v%d is %s, expected %s", ir_ops[in->op].name, what, r,
             ir_kind_names[got], ir_kind_names[k]);
}

static const IrStruct *want_struct(Verifier *v, const IrInstr *in, IrStructKind sk)
{
    if (in->aux < 0 || in->aux >= v->m->nstructs) {
        fail(v, "%s: struct index %d out of range", ir_ops[in->op].name, in->aux);
        return NULL;
    }
    const IrStruct *s = &v->m->structs[in->aux];
    if (s->kind != sk)
        fail(v, "%s: struct %s has the wrong kind", ir_ops[in->op].name, s->name);
    return s;
}

static void check_field(Verifier *v, const IrInstr *in, int32_t val, int is_set)
{
    want(v, in, in->a, IRK_REF, "object");
    const IrStruct *s = want_struct(v, in, IRS_RECORD);
    if (!s)
        return;
    if (in->imm < 0 || in->imm >= s->nfields) {
        fail(v, "%s: field %lld of %s out of range", ir_ops[in->op].name,
             (long long)in->imm, s->name);
        return;
    }
    IrKind fk = (IrKind)s->fields[in->imm].type.kind;
    want_compat(v, in, val, fk, is_set ? "value" : "result");
}

static void check_item(Verifier *v, const IrInstr *in, int32_t val, int is_set)
{
    want(v, in, in->a, IRK_REF, "array");
    want(v, in, in->b, IRK_I64, "index");
    const IrStruct *s = want_struct(v, in, IRS_ARRAY);
    if (s)
        want_compat(v, in, val, (IrKind)s->elem.kind, is_set ? "value" : "result");
}

static void check_fill(Verifier *v, const IrInstr *in)
{
    if (in->nargs != 4) {
        fail(v, "ARRAYFILL needs 4 arguments");
        return;
    }
    want(v, in, in->args[0], IRK_REF, "array");
    want(v, in, in->args[1], IRK_I64, "position");
    want(v, in, in->args[2], IRK_I64, "count");
    const IrStruct *s = want_struct(v, in, IRS_ARRAY);
    if (s)
        want_compat(v, in, in->args[3], (IrKind)s->elem.kind, "value");
}

static void check_args(Verifier *v, const IrInstr *in, const IrType *params,
                       int32_t nparams, int32_t first)
{
    if (in->nargs != nparams) {
        fail(v, "%s: %d arguments for %d parameters", ir_ops[in->op].name,
             in->nargs, nparams);
        return;
    }
    for (int32_t i = first; i < nparams; i++)
        want_compat(v, in, in->args[i], (IrKind)params[i].kind, "argument");
}

static void check_call(Verifier *v, const IrInstr *in)
{
    const IrModule *m = v->m;
    if (in->op == IR_CALL_INDIRECT) {
        want(v, in, in->a, IRK_REF, "function value");
        int ok = in->dst < v->f->nvregs;   /* the result is checked with every dst */
        for (int32_t i = 0; i < in->nargs; i++)
            ok &= vreg_ok(v, in->args[i]);
        /* its effects are those of its signature's function values */
        if (ok && in->aux != -1
            && (in->aux < 0 || in->aux >= m->nsigs || !ir_sig_call_has(v->f, in, m->sigs[in->aux].key)))
            fail(v, "CALL_INDIRECT: signature %d is not the call's", in->aux);
        return;
    }
    if (in->op == IR_CALL_EXTERN) {
        if (in->aux < 0 || in->aux >= m->nexterns) {
            fail(v, "CALL_EXTERN: extern %d out of range", in->aux);
            return;
        }
        const IrExtern *x = &m->externs[in->aux];
        check_args(v, in, x->params, x->nparams, 0);
        if (in->dst >= 0)
            want_compat(v, in, in->dst, (IrKind)x->ret.kind, "result");
        return;
    }
    if (in->aux < 0 || in->aux >= m->nfuncs) {
        fail(v, "%s: function %d out of range", ir_ops[in->op].name, in->aux);
        return;
    }
    const IrFunc *callee = &m->funcs[in->aux];
    if (in->nargs != callee->nparams)
        fail(v, "%s %s: %d arguments for %d parameters", ir_ops[in->op].name,
             callee->name, in->nargs, callee->nparams);
    else
        for (int32_t i = 0; i < in->nargs; i++)
            want_compat(v, in, in->args[i], (IrKind)callee->vregs[i].type.kind, "argument");
    if (in->dst >= 0)
        want_compat(v, in, in->dst, (IrKind)callee->ret.kind, "result");
    if (in->op == IR_CALL_METHOD && in->nargs > 0)
        want(v, in, in->args[0], IRK_REF, "receiver");
}

static void check_binary(Verifier *v, const IrInstr *in, IrKind operand, IrKind result)
{
    want_compat(v, in, in->a, operand, "left operand");
    want_compat(v, in, in->b, operand, "right operand");
    want(v, in, in->dst, result, "result");
}

static void check_unary(Verifier *v, const IrInstr *in, IrKind operand, IrKind result)
{
    want_compat(v, in, in->a, operand, "operand");
    want(v, in, in->dst, result, "result");
}

static void check_const(Verifier *v, const IrInstr *in)
{
    const IrModule *m = v->m;
    switch ((IrOp)in->op) {
    case IR_CONST_I64:
        want_compat(v, in, in->dst, IRK_I64, "result");
        break;
    case IR_CONST_F64:
        want(v, in, in->dst, IRK_F64, "result");
        break;
    case IR_CONST_STR:
        if (in->aux < 0 || in->aux >= m->nconsts)
            fail(v, "CONST_STR: constant %d out of range", in->aux);
        want(v, in, in->dst, IRK_REF, "result");
        break;
    case IR_CONST_FUNC:
        if (in->aux < 0 || in->aux >= m->nfuncs)
            fail(v, "CONST_FUNC: function %d out of range", in->aux);
        want(v, in, in->dst, IRK_REF, "result");
        break;
    case IR_GLOBAL:
        if (in->aux < 0 || in->aux >= m->nglobals)
            fail(v, "GLOBAL: global %d out of range", in->aux);
        want(v, in, in->dst, IRK_REF, "result");
        break;
    default:
        want(v, in, in->dst, IRK_REF, "result");
        break;
    }
}

static void check_stm(Verifier *v, const IrInstr *in)
{
    int stm = (v->m->flags & IRM_STM) != 0;
    if ((ir_ops[in->op].flags & IRO_STM) && !stm)
        fail(v, "%s in a module translated without --stm", ir_ops[in->op].name);
    if ((in->op == IR_GC_WB || in->op == IR_GC_WB_CARD) && stm)
        fail(v, "%s in a module translated with --stm", ir_ops[in->op].name);
    if (in->op != IR_STM_INEVITABLE)
        want(v, in, in->a, IRK_REF, "object");
    if (in->op == IR_STM_WRITE_CARD || in->op == IR_STM_READ_CARD || in->op == IR_GC_WB_CARD)
        want(v, in, in->b, IRK_I64, "index");
}

static void check_instr(Verifier *v, const IrInstr *in)
{
    if (in->op >= IR__COUNT) {
        fail(v, "unknown op %d", in->op);
        return;
    }
    switch ((IrOp)in->op) {
    case IR_NOP: case IR_CLEAREXC: case IR_BREAKPOINT: case IR_POLL: case IR_POLL_INTR:
        break;
    case IR_CONST_I64: case IR_CONST_F64: case IR_CONST_NULL: case IR_CONST_STR:
    case IR_CONST_FUNC: case IR_GLOBAL:
        check_const(v, in);
        break;
    case IR_MOV:
        if (vreg_ok(v, in->a) && vreg_ok(v, in->dst)
            && !compatible(kind_of(v, in->a), kind_of(v, in->dst)))
            fail(v, "MOV between %s and %s", ir_kind_names[kind_of(v, in->a)],
                 ir_kind_names[kind_of(v, in->dst)]);
        break;
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_ADD_OVF: case IR_SUB_OVF:
    case IR_MUL_OVF: case IR_FLOORDIV: case IR_MOD: case IR_POW: case IR_SHL: case IR_SHR:
    case IR_SHL_WRAP:
        check_binary(v, in, IRK_I64, IRK_I64);
        break;
    case IR_AND: case IR_OR: case IR_XOR:
        /* on ints, or on two bools giving a bool */
        if (in->dst >= 0 && kind_of(v, in->dst) == IRK_BOOL)
            check_binary(v, in, IRK_BOOL, IRK_BOOL);
        else
            check_binary(v, in, IRK_I64, IRK_I64);
        break;
    case IR_NEG_OVF: case IR_INVERT:
        check_unary(v, in, IRK_I64, IRK_I64);
        break;
    case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE:
    case IR_INBOUNDS:
        check_binary(v, in, IRK_I64, IRK_BOOL);
        break;
    case IR_FADD: case IR_FSUB: case IR_FMUL: case IR_FDIV: case IR_FFLOORDIV:
    case IR_FMOD: case IR_FPOW:
        check_binary(v, in, IRK_F64, IRK_F64);
        break;
    case IR_FNEG:
        check_unary(v, in, IRK_F64, IRK_F64);
        break;
    case IR_FEQ: case IR_FNE: case IR_FLT: case IR_FLE: case IR_FGT: case IR_FGE:
        check_binary(v, in, IRK_F64, IRK_BOOL);
        break;
    case IR_NOT: check_unary(v, in, IRK_BOOL, IRK_BOOL); break;
    case IR_I2F: check_unary(v, in, IRK_I64, IRK_F64); break;
    case IR_F2I: check_unary(v, in, IRK_F64, IRK_I64); break;
    case IR_B2I: check_unary(v, in, IRK_BOOL, IRK_I64); break;
    case IR_I2B: check_unary(v, in, IRK_I64, IRK_BOOL); break;
    case IR_F2B: check_unary(v, in, IRK_F64, IRK_BOOL); break;
    case IR_REFEQ: check_binary(v, in, IRK_REF, IRK_BOOL); break;
    case IR_ISNULL: check_unary(v, in, IRK_REF, IRK_BOOL); break;
    case IR_CHECKNULL: want(v, in, in->a, IRK_REF, "object"); break;
    case IR_GETTID: check_unary(v, in, IRK_REF, IRK_I64); break;
    case IR_INSTANCEOF:
        check_unary(v, in, IRK_REF, IRK_BOOL);
        want_struct(v, in, IRS_RECORD);
        break;
    case IR_GETFIELD: check_field(v, in, in->dst, 0); break;
    case IR_SETFIELD: check_field(v, in, in->b, 1); break;
    case IR_ARRAYLEN: check_unary(v, in, IRK_REF, IRK_I64); break;
    case IR_GETITEM: check_item(v, in, in->dst, 0); break;
    case IR_SETITEM: check_item(v, in, in->c, 1); break;
    case IR_BOUNDSCHECK:
        want(v, in, in->a, IRK_I64, "index");
        want(v, in, in->b, IRK_I64, "length");
        break;
    case IR_ARRAYCOPY:
        if (in->nargs != 5)
            fail(v, "ARRAYCOPY needs 5 arguments");
        want_struct(v, in, IRS_ARRAY);
        break;
    case IR_ARRAYFILL: check_fill(v, in); break;
    case IR_ALLOC:
        want_struct(v, in, IRS_RECORD);
        want(v, in, in->dst, IRK_REF, "result");
        break;
    case IR_ALLOC_ARRAY:
        want_struct(v, in, IRS_ARRAY);
        want(v, in, in->a, IRK_I64, "length");
        want(v, in, in->dst, IRK_REF, "result");
        break;
    case IR_CALL: case IR_CALL_METHOD: case IR_CALL_INDIRECT: case IR_CALL_EXTERN:
        check_call(v, in);
        break;
    case IR_BIND:
        check_unary(v, in, IRK_REF, IRK_REF);
        if (in->aux < 0 || in->aux >= v->m->nfuncs)
            fail(v, "BIND: function %d out of range", in->aux);
        break;
    case IR_GETEXC:
        want(v, in, in->dst, IRK_REF, "result");
        break;
    case IR_FUNCADDR:
        want(v, in, in->dst, IRK_PTR, "result");
        if (in->aux < 0 || in->aux >= v->m->nfuncs)
            fail(v, "FUNCADDR: function %d out of range", in->aux);
        break;
    case IR_STM_READ: case IR_STM_READ_CARD: case IR_STM_WRITE: case IR_STM_WRITE_CARD:
    case IR_STM_INEVITABLE: case IR_GC_WB: case IR_GC_WB_CARD:
        check_stm(v, in);
        break;
    case IR__COUNT:
        break;
    }
}

static void check_succ(Verifier *v, int32_t s, int allow_unwind)
{
    if (s == -1 && allow_unwind)
        return;
    if (s < 0 || s >= v->f->nblocks)
        fail(v, "successor b%d out of range", s);
    else if (s == 0)
        fail(v, "the entry block b0 must have no predecessors");
}

static void check_term(Verifier *v, const IrBlock *bl)
{
    const IrTerm *t = &bl->term;
    const IrInstr *last = bl->ninstrs ? &bl->instrs[bl->ninstrs - 1] : NULL;
    switch ((IrTermKind)t->kind) {
    case TERM_NONE:
        fail(v, "block has no terminator");
        break;
    case TERM_JUMP:
        check_succ(v, t->succ[0], 0);
        break;
    case TERM_BRANCH:
        if (vreg_ok(v, t->value) && kind_of(v, t->value) != IRK_BOOL)
            fail(v, "branch condition v%d is not bool", t->value);
        check_succ(v, t->succ[0], 0);
        check_succ(v, t->succ[1], 0);
        break;
    case TERM_EXC:
        if (!last || !(ir_instr_raises(v->m, last) || (ir_ops[last->op].flags & IRO_CALL)))
            fail(v, "exc terminator after an instruction that cannot raise");
        check_succ(v, t->succ[0], 0);
        check_succ(v, t->succ[1], 1);
        break;
    case TERM_RETURN:
        if (v->f->ret.kind == IRK_VOID ? t->value != -1
            : !vreg_ok(v, t->value) || !compatible(kind_of(v, t->value), (IrKind)v->f->ret.kind))
            fail(v, "return value does not match the return type");
        break;
    case TERM_RAISE:
    case TERM_RERAISE:
        if (vreg_ok(v, t->value) && kind_of(v, t->value) != IRK_REF)
            fail(v, "raise of a non-reference v%d", t->value);
        check_succ(v, t->succ[1], 1);
        break;
    case TERM_UNREACHABLE:
        break;
    default:
        fail(v, "unknown terminator %d", t->kind);
    }
    if (last && ir_instr_raises(v->m, last) && t->kind != TERM_EXC)
        fail(v, "%s can raise but its block does not end with an exc terminator",
             ir_ops[last->op].name);
}

static void check_block(Verifier *v, const IrBlock *bl)
{
    for (int32_t i = 0; i < bl->ninstrs; i++) {
        const IrInstr *in = &bl->instrs[i];
        check_instr(v, in);
        if (in->dst >= 0)
            vreg_ok(v, in->dst);
        if (i + 1 < bl->ninstrs && ir_instr_raises(v->m, in))
            fail(v, "%s can raise but is not the last instruction of its block",
                 ir_ops[in->op].name);
    }
    check_term(v, bl);
}

static void check_func(Verifier *v)
{
    const IrFunc *f = v->f;
    if (f->nblocks == 0) {
        fail(v, "function has no blocks");
        return;
    }
    if (f->nparams > f->nvregs)
        fail(v, "%d parameters but %d vregs", f->nparams, f->nvregs);
    for (int32_t b = 0; b < f->nblocks; b++) {
        v->block = b;
        check_block(v, &f->blocks[b]);
    }
}

int ir_verify(const IrModule *m, const char *pass_name, FILE *err)
{
    Verifier v = { m, NULL, pass_name, err, 0, 0 };
    for (int32_t i = 0; i < m->nfuncs; i++) {
        v.f = &m->funcs[i];
        check_func(&v);
    }
    if (v.errors > 20)
        fprintf(err, "ir verifier (after %s): %d more violations\n", pass_name, v.errors - 20);
    return v.errors;
}
