/* dump.c - the textual form of the IR (--dump-ir, pass unit tests).
 *
 *   func NAME(v0:i64 x, v1:ref<Node> p) -> i64   [raises alloc]
 *     b0:
 *       v2:i64 = GETFIELD v1 Node.value
 *       exc -> b1, unwind            (after a raising instruction)
 */
#include "passes/ir.h"

#include <string.h>

static void dump_type(const IrModule *m, IrType t, FILE *out)
{
    fputs(ir_kind_names[t.kind], out);
    if (t.kind == IRK_REF && t.sid >= 0 && t.sid < m->nstructs)
        fprintf(out, "<%s>", m->structs[t.sid].name);
}

static void dump_vreg(const IrFunc *f, int32_t v, FILE *out)
{
    if (v < 0) {
        fputs("_", out);
        return;
    }
    fprintf(out, "v%d", v);
    (void)f;
}

static void dump_str(const char *s, int64_t len, FILE *out)
{
    fputc('"', out);
    for (int64_t i = 0; i < len && i < 60; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c < 32 || c >= 127)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
    fputs(len > 60 ? "\"..." : "\"", out);
}

static const char *struct_name(const IrModule *m, int32_t sid)
{
    return sid >= 0 && sid < m->nstructs ? m->structs[sid].name : "?";
}

static const char *func_name(const IrModule *m, int32_t fid)
{
    return fid >= 0 && fid < m->nfuncs ? m->funcs[fid].name : "?";
}

static void dump_field(const IrModule *m, const IrInstr *in, FILE *out)
{
    const char *sn = struct_name(m, in->aux);
    const char *fn = "?";
    if (in->aux >= 0 && in->aux < m->nstructs && in->imm >= 0
        && in->imm < m->structs[in->aux].nfields)
        fn = m->structs[in->aux].fields[in->imm].name;
    fprintf(out, " %s.%s", sn, fn);
}

/* The aux/immediate part of an instruction, after its operands. */
static void dump_extra(const IrModule *m, const IrInstr *in, FILE *out)
{
    switch ((IrOp)in->op) {
    case IR_CONST_I64:
        fprintf(out, " %lld", (long long)in->imm);
        break;
    case IR_BREAKPOINT:
        if (in->imm == IR_BREAK_ATOMIC_ENTRY)
            fprintf(out, " atomic-entry");
        break;
    case IR_CONST_F64:
        fprintf(out, " %.17g", in->fimm);
        break;
    case IR_CONST_STR:
    case IR_CHECKNULL:
    case IR_BOUNDSCHECK:
    case IR_STM_INEVITABLE:
        if (in->aux >= 0 && in->aux < m->nconsts) {
            fputc(' ', out);
            dump_str(m->consts[in->aux].bytes, m->consts[in->aux].len, out);
        }
        break;
    case IR_CONST_FUNC:
    case IR_CALL:
    case IR_BIND:
    case IR_FUNCADDR:
        fprintf(out, " %s", func_name(m, in->aux));
        break;
    case IR_CALL_METHOD:
        fprintf(out, " %s[slot %lld]", func_name(m, in->aux), (long long)in->imm);
        break;
    case IR_CALL_INDIRECT:   /* once summaries numbered it: what it reaches */
        if (in->aux >= 0 && in->aux < m->nsigs) {
            fprintf(out, " sig %s {", m->sigs[in->aux].key);
            for (int32_t k = 0; k < m->sigs[in->aux].nfuncs; k++)
                fprintf(out, "%s%s", k ? " " : "", func_name(m, m->sigs[in->aux].funcs[k]));
            fputc('}', out);
        }
        break;
    case IR_CALL_EXTERN:
        fprintf(out, " %s", in->aux >= 0 && in->aux < m->nexterns
                                ? m->externs[in->aux].c_name : "?");
        break;
    case IR_GLOBAL:
        fprintf(out, " %s", in->aux >= 0 && in->aux < m->nglobals
                                ? m->globals[in->aux].name : "?");
        break;
    case IR_GETFIELD:
    case IR_SETFIELD:
        dump_field(m, in, out);
        break;
    case IR_INSTANCEOF:
    case IR_ALLOC:
    case IR_ALLOC_ARRAY:
    case IR_GETITEM:
    case IR_SETITEM:
    case IR_ARRAYCOPY:
    case IR_ARRAYFILL:
        if (in->aux >= 0)
            fprintf(out, " %s", struct_name(m, in->aux));
        break;
    default:
        break;
    }
}

static void dump_args(const IrFunc *f, const IrInstr *in, FILE *out)
{
    int first = 1;
    int32_t ops[3] = { in->a, in->b, in->c };
    for (int i = 0; i < 3; i++)
        if (ops[i] >= 0) {
            fputs(first ? " " : ", ", out);
            dump_vreg(f, ops[i], out);
            first = 0;
        }
    if (in->nargs || (ir_ops[in->op].flags & IRO_CALL)) {
        fputs(first ? " (" : " (", out);
        for (int32_t i = 0; i < in->nargs; i++) {
            if (i)
                fputs(", ", out);
            dump_vreg(f, in->args[i], out);
        }
        fputc(')', out);
    }
}

static void dump_instr(const IrModule *m, const IrFunc *f, const IrInstr *in, FILE *out)
{
    fputs("    ", out);
    if (in->dst >= 0) {
        dump_vreg(f, in->dst, out);
        fputc(':', out);
        dump_type(m, f->vregs[in->dst].type, out);
        fputs(" = ", out);
    }
    fputs(ir_ops[in->op].name, out);
    dump_args(f, in, out);
    dump_extra(m, in, out);
    if (in->flags & IRI_ELIDED)
        fputs("   ; barrier elided", out);
    fprintf(out, "   ; line %d\n", in->loc.line);
}

static void dump_succ(int32_t s, FILE *out)
{
    if (s < 0)
        fputs("unwind", out);
    else
        fprintf(out, "b%d", s);
}

static void dump_term(const IrFunc *f, const IrTerm *t, FILE *out)
{
    fputs("    ", out);
    switch ((IrTermKind)t->kind) {
    case TERM_NONE:        fputs("<no terminator>", out); break;
    case TERM_UNREACHABLE: fputs("unreachable", out); break;
    case TERM_JUMP:        fprintf(out, "jump b%d", t->succ[0]); break;
    case TERM_BRANCH:
        fputs("branch ", out);
        dump_vreg(f, t->value, out);
        fprintf(out, " -> b%d, b%d", t->succ[0], t->succ[1]);
        break;
    case TERM_EXC:
        fprintf(out, "exc -> b%d, ", t->succ[0]);
        dump_succ(t->succ[1], out);
        break;
    case TERM_RETURN:
        fputs("return", out);
        if (t->value >= 0) {
            fputc(' ', out);
            dump_vreg(f, t->value, out);
        }
        break;
    case TERM_RAISE:
    case TERM_RERAISE:
        fputs(t->kind == TERM_RAISE ? "raise " : "reraise ", out);
        dump_vreg(f, t->value, out);
        fputs(" -> ", out);
        dump_succ(t->succ[1], out);
        break;
    }
    fputc('\n', out);
}

static void dump_summary(uint32_t s, FILE *out)
{
    if (!(s & IRF_SUMMARIZED))
        return;
    fputs("   [", out);
    const char *sep = "";
    if (s & IRF_RAISES) { fprintf(out, "%sraises", sep); sep = " "; }
    if (s & IRF_ALLOC)  { fprintf(out, "%salloc", sep); sep = " "; }
    if (s & IRF_BREAK)  { fprintf(out, "%sbreak", sep); sep = " "; }
    if (s & IRF_INEV)   { fprintf(out, "%sinevitable", sep); sep = " "; }
    fputc(']', out);
}

void ir_dump_func(const IrModule *m, const IrFunc *f, FILE *out)
{
    fprintf(out, "func %s(", f->name);
    for (int32_t i = 0; i < f->nparams; i++) {
        if (i)
            fputs(", ", out);
        fprintf(out, "v%d:", i);
        dump_type(m, f->vregs[i].type, out);
        if (f->vregs[i].name)
            fprintf(out, " %s", f->vregs[i].name);
    }
    fputs(") -> ", out);
    dump_type(m, f->ret, out);
    dump_summary(f->summary, out);
    fputc('\n', out);
    for (int32_t b = 0; b < f->nblocks; b++) {
        const IrBlock *bl = &f->blocks[b];
        fprintf(out, "  b%d:", b);
        if (bl->npreds) {
            fputs("   ; preds", out);
            for (int32_t i = 0; i < bl->npreds; i++)
                fprintf(out, " b%d", bl->preds[i]);
        }
        fputc('\n', out);
        for (int32_t i = 0; i < bl->ninstrs; i++)
            dump_instr(m, f, &bl->instrs[i], out);
        dump_term(f, &bl->term, out);
    }
}

void ir_dump(const IrModule *m, FILE *out)
{
    for (int32_t s = 0; s < m->nstructs; s++) {
        const IrStruct *st = &m->structs[s];
        static const char *const kinds[] = { "record", "array", "opaque" };
        fprintf(out, "struct %s (%s)", st->name, kinds[st->kind]);
        if (st->parent >= 0)
            fprintf(out, " : %s", struct_name(m, st->parent));
        fputc('\n', out);
        for (int32_t i = 0; i < st->nfields; i++) {
            fprintf(out, "  %s: ", st->fields[i].name);
            dump_type(m, st->fields[i].type, out);
            fputs(st->fields[i].immutable ? " immutable" : "", out);
            fputs(st->fields[i].frozen ? " frozen\n" : "\n", out);
        }
        if (st->kind == IRS_ARRAY) {
            fputs("  items: ", out);
            dump_type(m, st->elem, out);
            fputc('\n', out);
        }
    }
    for (int32_t i = 0; i < m->nfuncs; i++) {
        fputc('\n', out);
        ir_dump_func(m, &m->funcs[i], out);
    }
}
