/* tp_util.c - the test module, IR builders and golden files (see tp.h). */
#include "tests/passes/tp.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int32_t add_record(IrModule *m, const char *name, IrField *fields, int32_t n)
{
    IrStruct s = { 0 };
    s.kind = IRS_RECORD;
    s.name = name;
    s.c_name = name;
    s.parent = -1;
    s.vtable = -1;
    s.fields = ir_alloc(m, sizeof(IrField) * (size_t)(n ? n : 1));
    memcpy(s.fields, fields, sizeof(IrField) * (size_t)n);
    s.nfields = n;
    int32_t sid = ir_add_struct(m, &s);
    m->structs[sid].class_first = m->structs[sid].class_last = sid;
    return sid;
}

static int32_t add_array(IrModule *m, const char *name, IrType elem, int cards, int immutable)
{
    IrStruct s = { 0 };
    s.kind = IRS_ARRAY;
    s.name = name;
    s.c_name = name;
    s.parent = -1;
    s.vtable = -1;
    s.elem = elem;
    s.cards = (uint8_t)cards;
    s.elem_immutable = (uint8_t)immutable;
    return ir_add_struct(m, &s);
}

static int32_t add_extern(IrModule *m, const char *name, IrType ret, IrType *params,
                          int32_t n, uint32_t flags)
{
    IrExtern x = { 0 };
    x.c_name = name;
    x.ret = ret;
    x.params = ir_alloc(m, sizeof(IrType) * (size_t)(n ? n : 1));
    memcpy(x.params, params, sizeof(IrType) * (size_t)n);
    x.nparams = n;
    x.flags = flags;
    return ir_add_extern(m, &x);
}

static void add_structs(Tp *t)
{
    IrModule *m = t->m;
    IrStruct str = { 0 };
    str.kind = IRS_OPAQUE;
    str.name = "str";
    str.c_name = "rt_str";
    str.parent = -1;
    str.vtable = -1;
    t->s_str = ir_add_struct(m, &str);
    t->s_node = m->nstructs;   /* its next field refers to itself */
    IrField node[] = { { "value", ir_type(IRK_I64), 0, 0, 0 }, { "next", ir_ref(t->s_node), 0, 0, 0 },
                       { "name", ir_ref(t->s_str), 1, 0, 0 } };
    add_record(m, "Node", node, 3);
    IrField leaf[] = { { "x", ir_type(IRK_I64), 0, 0, 0 } };
    t->s_leaf = add_record(m, "Leaf", leaf, 1);
    t->s_refs = add_array(m, "Array[Node]", ir_ref(t->s_node), 0, 0);
    t->s_ints = add_array(m, "Array[int]", ir_type(IRK_I64), 0, 0);
    t->s_cards = add_array(m, "Big[Node]", ir_ref(t->s_node), 1, 0);
    IrField g[] = { { "counter", ir_type(IRK_I64), 0, 0, 0 }, { "head", ir_ref(t->s_node), 0, 0, 0 } };
    t->s_g = add_record(m, "module main", g, 2);
    t->g_main = ir_add_global(m, "module main", t->s_g);
}

static void add_externs(Tp *t)
{
    IrModule *m = t->m;
    IrType s1[] = { ir_ref(t->s_str) };
    IrType n1[] = { ir_ref(t->s_node) };
    IrType ns[] = { ir_ref(t->s_node), ir_ref(t->s_str) };
    t->x_print = add_extern(m, "ext_print", ir_type(IRK_VOID), s1, 1, IRX_RAISES | IRX_ALLOC);
    t->x_pure = add_extern(m, "ext_pure", ir_type(IRK_I64), n1, 0, IRX_TX_SAFE | IRX_PURE);
    t->x_block = add_extern(m, "ext_sleep", ir_type(IRK_VOID), n1, 0, IRX_BREAK | IRX_ALLOC);
    t->x_reads = add_extern(m, "ext_reads", ir_type(IRK_I64), ns, 2,
                            IRX_TX_SAFE | IRX_READS_ARGS);
    t->x_writes = add_extern(m, "ext_writes", ir_type(IRK_VOID), n1, 1,
                             IRX_TX_SAFE | IRX_WRITES_ARGS);
    t->x_len = add_extern(m, "ext_len", ir_type(IRK_I64), s1, 1, IRX_TX_SAFE | IRX_PURE);
}

void tp_init(Tp *t)
{
    memset(t, 0, sizeof *t);
    t->m = ir_module_new();
    t->m->flags |= IRM_LOWERED | IRM_STM;
    ir_add_file(t->m, "test.py");
    add_structs(t);
    add_externs(t);
}

void tp_free(Tp *t)
{
    ir_module_free(t->m);
}

int32_t tp_func(Tp *t, const char *name, const IrType *params, int nparams)
{
    IrType ret = ir_type(IRK_VOID);
    t->fid = ir_add_func(t->m, name, ret);
    t->f = &t->m->funcs[t->fid];
    t->f->loc.file = 0;
    t->f->loc.line = ++t->line;
    for (int i = 0; i < nparams; i++) {
        char pname[16];
        snprintf(pname, sizeof pname, "p%d", i);
        ir_new_vreg(t->m, t->f, params[i], pname);
    }
    t->f->nparams = nparams;
    ir_new_block(t->m, t->f);
    return t->fid;
}

int32_t tp_vreg(Tp *t, IrType type, const char *name)
{
    return ir_new_vreg(t->m, &t->m->funcs[t->fid], type, name);
}

int32_t tp_block(Tp *t)
{
    int32_t b = ir_new_block(t->m, &t->m->funcs[t->fid]);
    t->f = &t->m->funcs[t->fid];
    return b;
}

IrInstr *tp_emit(Tp *t, int32_t b, IrOp op, int32_t dst, int32_t a, int32_t bb,
                 int32_t c, int32_t aux, int64_t imm)
{
    IrInstr *in = ir_emit(t->m, &t->m->funcs[t->fid], b, op);
    in->dst = dst;
    in->a = a;
    in->b = bb;
    in->c = c;
    in->aux = aux;
    in->imm = imm;
    in->loc.file = 0;
    in->loc.line = ++t->line;
    in->loc.col = 1;
    return in;
}

IrInstr *tp_call(Tp *t, int32_t b, IrOp op, int32_t dst, int32_t aux,
                 const int32_t *args, int32_t nargs)
{
    IrInstr *in = tp_emit(t, b, op, dst, -1, -1, -1, aux, 0);
    ir_set_args(t->m, in, args, nargs);
    return in;
}

void tp_term(Tp *t, int32_t b, IrTermKind kind, int32_t value, int32_t s0, int32_t s1)
{
    IrLoc loc = { 0, ++t->line, 1 };
    ir_set_term(&t->m->funcs[t->fid], b, kind, value, s0, s1, loc);
}

void tp_run_stm(Tp *t)
{
    ck_assert_int_eq(ir_verify(t->m, "test construction", stderr), 0);
    for (const PassDef *p = pass_pipeline; p->name; p++) {
        if (p->stm_only == -1)
            continue;
        p->run(t->m);
        ck_assert_msg(pass_verify(p, t->m, stderr) == 0, "IR invalid after %s", p->name);
    }
}

IrModule *tp_compile(const char *path, DiagCtx **diag, Arena **arena)
{
    setenv("RTRANS_PRELUDE", TP_SRCDIR "/runtime/prelude/builtins.py", 1);
    *diag = diag_new();
    *arena = arena_new();
    Program *prog = NULL;
    if (chk_program(*diag, *arena, path, &prog) != 0 || !prog) {
        diag_print(*diag, stderr);
        ck_abort_msg("%s does not check", path);
    }
    LowerOptions lo = { 1 };
    IrModule *m = pass_lower(prog, *diag, &lo);
    ck_assert_msg(m != NULL, "%s does not lower", path);
    m->flags |= IRM_STM;
    for (const PassDef *p = pass_pipeline; p->name; p++) {
        if (p->stm_only == -1)
            continue;
        p->run(m);
        ck_assert_msg(pass_verify(p, m, stderr) == 0, "IR invalid after %s", p->name);
    }
    return m;
}

int tp_count(const Tp *t, int32_t fid, IrOp op)
{
    const IrFunc *f = &t->m->funcs[fid];
    int n = 0;
    for (int32_t b = 0; b < f->nblocks; b++)
        for (int32_t i = 0; i < f->blocks[b].ninstrs; i++)
            n += f->blocks[b].instrs[i].op == op;
    return n;
}

char *tp_dump(Tp *t, int32_t fid)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&buf, &len);
    ir_dump_func(t->m, &t->m->funcs[fid], out);
    for (int32_t i = 0; i < t->m->nnotes; i++) {
        const IrNote *n = &t->m->notes[i];
        if (n->func != fid || n->why == IRW_NONE)
            continue;
        fprintf(out, "note line %d: %s %s %s v%d%s", n->loc.line, ir_barriers[n->kind].word,
                ir_whys[n->why].placed ? "placed" : "elided", ir_whys[n->why].name, n->vreg,
                n->access ? "" : " (not an access)");
        if (n->link >= 0)
            fprintf(out, " link line %d", t->m->notes[n->link].loc.line);
        fputc('\n', out);
    }
    fclose(out);
    return buf;
}

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *s = malloc((size_t)n + 1);
    size_t got = fread(s, 1, (size_t)n, f);
    s[got] = 0;
    fclose(f);
    return s;
}

void tp_golden(const char *name, const char *text)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/tests/passes/golden/%s.txt", TP_SRCDIR, name);
    const char *update = getenv("RTRANS_UPDATE_GOLDEN");
    if (update && *update == '1') {
        FILE *f = fopen(path, "w");
        ck_assert_msg(f != NULL, "cannot write %s", path);
        fputs(text, f);
        fclose(f);
        return;
    }
    char *want = read_file(path);
    ck_assert_msg(want != NULL, "missing golden file %s (RTRANS_UPDATE_GOLDEN=1 creates it)", path);
    ck_assert_msg(strcmp(want, text) == 0, "%s differs from its golden file.\n--- expected\n%s"
                  "--- actual\n%s", name, want, text);
    free(want);
}
