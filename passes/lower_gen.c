/* lower_gen.c - generators as resumable functions over a heap frame.
 *
 * A generator g (FuncInfo.is_generator) lowers to three IR functions:
 *   g(params)         allocates the frame (an instance of g's frame class,
 *                     a subclass of Iterator[T], check_gen.c), stores the
 *                     parameters in it, and returns it: nothing runs yet;
 *   g (the body)      runs g's body from where it last stopped up to the
 *                     next yield, whose value it returns; at the end of the
 *                     body it raises StopIteration.  Exceptions leave it
 *                     from where they are raised, so its traceback line is
 *                     the raise's;
 *   g.__next__(self)  the frame class's __next__: refuses to run a
 *                     running generator, calls the body, and finishes the
 *                     generator when an exception leaves it (no traceback
 *                     frame of its own).
 * The body is lowered once, as an ordinary function body in which `yield v`
 * stores its resume point k in the frame (_gen_state) and returns v; the
 * block after it is resume point k.  Then every vreg live at a resume
 * point is spilled: stored into a frame field of its own before the
 * return, loaded back at the resume.  Block 0 dispatches on _gen_state.
 * So the frame is an ordinary heap object: the STM passes barrier its
 * fields, the GC traces them, an aborted transaction rolls them back, and
 * a generator abandoned half way is garbage like any other object (its
 * `finally` blocks run only if it is closed: docs/language.md).
 *
 * States: 0 not started, k > 0 suspended at yield k, -1 finished, -2
 * running (a generator resuming itself raises ValueError, as in CPython).
 * Only the body's normal end sets -1 before raising StopIteration; any
 * other exception leaves a running state behind, which __next__ turns
 * into -1 (and a StopIteration among them into RuntimeError).
 * close() and throw() (prelude Iterator) store an exception in _gen_throw
 * and resume: the resume point raises it where the yield was, so except
 * and finally clauses around the yield see it.  An exception leaving the
 * body finishes the generator; a StopIteration leaving it becomes
 * RuntimeError("generator raised StopIteration") (PEP 479).
 *
 * Assumes: the checker's frame class (gen_frame) and __next__ (gen_of).
 * Guarantees: a verifiable IR pair; no vreg is read at a resume point
 * before the spill code defines it.
 */
#include "passes/lower.h"
#include "passes/analysis.h"

#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------- frames */

static int32_t append_field(Lowerer *L, int32_t sid, const char *name, IrType t, int immutable)
{
    IrStruct *s = &L->m->structs[sid];
    IrField *nf = ir_alloc(L->m, sizeof(IrField) * (size_t)(s->nfields + 2));
    if (s->nfields)
        memcpy(nf, s->fields, sizeof(IrField) * (size_t)s->nfields);
    nf[s->nfields] = (IrField){ .name = ir_strdup(L->m, name), .type = t, .immutable = (uint8_t)immutable };
    s->fields = nf;
    return s->nfields++;
}

/* The frame layout of generator gen, made on first use: the Iterator
 * fields, then one immutable field per parameter. */
LwGenLayout *lw_gen_layout(Lowerer *L, FuncInfo *gen)
{
    int32_t i = pm_get(&L->gen_index, gen);
    if (i >= 0)
        return &L->gens[i];
    L->gens = ir_grow(L->m, L->gens, &L->capgens, L->ngens + 1, sizeof *L->gens);
    LwGenLayout *g = &L->gens[L->ngens];
    pm_put(&L->gen_index, gen, L->ngens++);
    ClassInfo *fr = gen->gen_frame;
    g->sid = lw_class_sid(L, fr);
    g->f_state = lw_field_index(fr, "_gen_state");
    g->f_throw = lw_field_index(fr, "_gen_throw");
    g->param_field = ir_alloc(L->m, sizeof(int32_t) * (size_t)(gen->nparams + 1));
    for (int k = 0; k < gen->nparams; k++) {
        char name[128];
        snprintf(name, sizeof name, "p_%s", gen->params[k].name);
        g->param_field[k] = append_field(L, g->sid, name, lw_type(L, gen->params[k].type), 1);
    }
    return g;
}

/* g(params): the frame, not started. */
void lw_gen_factory(FnCtx *F)
{
    LwGenLayout *g = lw_gen_layout(F->L, F->fi);
    int32_t frame = lw_tmp(F, ir_ref(g->sid));
    IrInstr *in = lw_emit(F, IR_ALLOC);
    in->dst = frame;
    in->aux = g->sid;
    for (int k = 0; k < F->fi->nparams; k++)
        lw_setfield(F, frame, g->sid, g->param_field[k], F->local_vreg[k]);
    int32_t r = lw_tmp(F, F->f->ret);
    lw_move(F, r, frame);
    ir_set_term(F->f, F->cur, TERM_RETURN, r, -1, -1, F->loc);
    F->cur = -1;
}

/* ------------------------------------------------------------ yields */

static void set_state(FnCtx *F, int64_t state)
{
    LwGenLayout *g = F->gen->layout;
    lw_setfield(F, 0, g->sid, g->f_state, lw_const_i64(F, state));
}

/* Raise exc (a ref vreg) out of the function, bypassing the body's
 * handlers. */
static void raise_out(FnCtx *F, int32_t exc)
{
    ir_set_term(F->f, F->cur, TERM_RAISE, exc, -1, -1, F->loc);
    F->cur = -1;
}

/* If _gen_throw holds an exception: clear it and raise it to `handler`
 * (finishing the generator first when finish is set).  Continues in the
 * no-exception block. */
static void raise_thrown(FnCtx *F, int32_t handler, int finish)
{
    LwGenLayout *g = F->gen->layout;
    int32_t t = lw_getfield(F, 0, g->sid, g->f_throw);
    int32_t thr = lw_new_block(F), go = lw_new_block(F);
    lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, t), go, thr);
    lw_start(F, thr);
    lw_setfield(F, 0, g->sid, g->f_throw, lw_const_null(F));
    if (finish)
        set_state(F, -1);
    ir_set_term(F->f, F->cur, TERM_RAISE, t, -1, handler, F->loc);
    lw_start(F, go);
}

/* `yield v`: save the resume point, return v; the code after it is the
 * resume point (where a thrown exception is raised first). */
void lw_gen_yield(FnCtx *F, Ast *y)
{
    LwGen *G = F->gen;
    Ast *val = y->u.unary.operand;
    int32_t v = lw_convert(F, lw_expr(F, val), val->ty, G->gen->gen_elem);
    if (!lw_reachable(F))
        return;
    G->yields = realloc(G->yields, sizeof *G->yields * (size_t)(G->nyields + 1));
    LwYield *k = &G->yields[G->nyields++];
    set_state(F, G->nyields);
    k->block = F->cur;
    k->resume = lw_new_block(F);
    /* an Iterator[None]'s items are no values: its __next__ is void */
    bool none = F->f->ret.kind == IRK_VOID;
    ir_set_term(F->f, F->cur, TERM_RETURN, none ? -1 : v, -1, -1, F->loc);
    lw_start(F, k->resume);
    raise_thrown(F, F->handler, 0);
}

/* ------------------------------------------------------ ends of a body */

static void lower_finish(FnCtx *F)
{
    lw_start(F, F->gen->finish);
    set_state(F, -1);
    int32_t msg = lw_const_str(F, "", 0);
    raise_out(F, lw_new_object(F, lw_prelude_class(F->L, "StopIteration"), &msg, 1));
}

/* __next__: not while running; the body; an exception that left the body
 * while it ran (state still -2) finishes the generator, a StopIteration
 * among them becomes RuntimeError (PEP 479). */
static void lower_next(Lowerer *L, FuncInfo *next, int32_t body, LwGenLayout *g)
{
    FnCtx F = { 0 };
    LwGen G = { .layout = g };
    F.L = L;
    F.fi = next;
    F.fid = lw_func(L, next);
    F.f = &L->m->funcs[F.fid];
    F.f->no_traceback = 1;
    F.exc_vreg = -1;
    F.handler = -1;
    F.loc = F.f->loc;
    F.gen = &G;
    F.cur = lw_new_block(&F);
    int32_t st = lw_getfield(&F, 0, g->sid, g->f_state);
    int32_t running = lw_new_block(&F), go = lw_new_block(&F);
    lw_branch(&F, lw_binop(&F, IR_EQ, IRK_BOOL, st, lw_const_i64(&F, -2)), running, go);
    lw_start(&F, running);
    lw_raise_new(&F, "ValueError", "generator already executing");
    lw_start(&F, go);
    int32_t caught = lw_new_block(&F);
    F.handler = caught;
    int32_t self = 0;
    int32_t r = lw_call(&F, body, &self, 1);
    F.handler = -1;
    ir_set_term(F.f, F.cur, TERM_RETURN, r, -1, -1, F.loc);
    lw_start(&F, caught);
    int32_t e = lw_tmpk(&F, IRK_REF);
    lw_emit(&F, IR_GETEXC)->dst = e;
    int32_t now = lw_getfield(&F, 0, g->sid, g->f_state);
    int32_t ended = lw_new_block(&F), failed = lw_new_block(&F), out = lw_new_block(&F);
    lw_branch(&F, lw_binop(&F, IR_EQ, IRK_BOOL, now, lw_const_i64(&F, -2)), failed, ended);
    lw_start(&F, ended);
    ir_set_term(F.f, F.cur, TERM_RERAISE, e, -1, -1, F.loc);
    lw_start(&F, failed);
    set_state(&F, -1);
    int32_t is = lw_tmpk(&F, IRK_BOOL);
    IrInstr *in = lw_emit(&F, IR_INSTANCEOF);
    in->dst = is;
    in->a = e;
    in->aux = lw_class_sid(L, lw_prelude_class(L, "StopIteration"));
    int32_t stop = lw_new_block(&F);
    lw_branch(&F, is, stop, out);
    lw_start(&F, out);
    ir_set_term(F.f, F.cur, TERM_RERAISE, e, -1, -1, F.loc);
    lw_start(&F, stop);
    lw_emit(&F, IR_CLEAREXC);
    int32_t msg = lw_const_str(&F, "generator raised StopIteration", 30);
    raise_out(&F, lw_new_object(&F, lw_prelude_class(L, "RuntimeError"), &msg, 1));
}

/* Block 0: resume where the frame says (__next__ already refused a
 * running generator).  placeholders[k] is where resume point k restarts
 * (filled by spill()). */
static void lower_dispatch(FnCtx *F, int32_t start, int32_t *placeholders)
{
    LwGen *G = F->gen;
    LwGenLayout *g = G->layout;
    lw_start(F, 0);
    F->handler = -1;
    int32_t st = lw_getfield(F, 0, g->sid, g->f_state);
    int32_t fresh = lw_new_block(F), next = lw_new_block(F);
    lw_branch(F, lw_binop(F, IR_EQ, IRK_BOOL, st, lw_const_i64(F, 0)), fresh, next);
    lw_start(F, fresh);
    raise_thrown(F, -1, 1);              /* throw() before the first next() */
    set_state(F, -2);
    lw_jump(F, start);
    for (int k = 0; k < G->nyields; k++) {
        lw_start(F, next);
        int32_t hit = lw_new_block(F);
        next = lw_new_block(F);
        lw_branch(F, lw_binop(F, IR_EQ, IRK_BOOL, st, lw_const_i64(F, k + 1)), hit, next);
        lw_start(F, hit);
        set_state(F, -2);
        placeholders[k] = lw_new_block(F);
        lw_jump(F, placeholders[k]);
        lw_start(F, placeholders[k]);
        lw_jump(F, G->yields[k].resume);
    }
    lw_start(F, next);
    raise_thrown(F, -1, 0);              /* throw() into a finished generator */
    int32_t msg = lw_const_str(F, "", 0);
    raise_out(F, lw_new_object(F, lw_prelude_class(F->L, "StopIteration"), &msg, 1));
}

/* Liveness where a yield goes on at its resume point (what a later resume
 * point needs is live across the earlier ones).  The yield still uses the
 * value it returns: a branch on it to the resume point keeps that use, so
 * a value yielded again after the resume (a parameter yielded in a loop)
 * is live there and reloaded. */
static void resume_liveness(FnCtx *F, IrLiveness *lv)
{
    LwGen *G = F->gen;
    IrTerm *saved = malloc(sizeof *saved * (size_t)(G->nyields + 1));
    for (int k = 0; k < G->nyields; k++) {
        IrTerm *t = &F->f->blocks[G->yields[k].block].term;
        saved[k] = *t;
        t->kind = t->value >= 0 ? TERM_BRANCH : TERM_JUMP;
        t->succ[0] = G->yields[k].resume;
        t->succ[1] = t->value >= 0 ? G->yields[k].resume : -1;
    }
    ir_liveness(F->L->m, F->f, lv);
    for (int k = 0; k < G->nyields; k++)
        F->f->blocks[G->yields[k].block].term = saved[k];
    free(saved);
}

static IrInstr frame_access(IrOp op, int32_t v, int32_t sid, int32_t field, IrLoc loc)
{
    IrInstr in = ir_instr(op);
    in.a = 0;
    in.aux = sid;
    in.imm = field;
    in.loc = loc;
    if (op == IR_SETFIELD)
        in.b = v;
    else
        in.dst = v;
    return in;
}

/* Which vregs still hold what their frame field holds at the end of each
 * block (a forward must-analysis: a restore makes a vreg clean, any other
 * assignment dirty): a yield need not store a clean vreg again. */
static IrBits *clean_at_exit(FnCtx *F, const int32_t *field)
{
    IrFunc *f = F->f;
    int32_t sid = F->gen->layout->sid, nb = f->nblocks;
    ir_compute_cfg(F->L->m, f);
    IrBits *out = calloc((size_t)nb + 1, sizeof *out);
    for (int32_t b = 0; b < nb; b++) {
        out[b] = ir_bits_new(f->nvregs);
        if (b > 0)
            memset(out[b].w, 0xff, sizeof(uint64_t) * (size_t)out[b].nwords);
    }
    int32_t *order = malloc(sizeof(int32_t) * (size_t)(nb + 1));
    int32_t n = ir_rpo_order(f, order);
    IrBits cur = ir_bits_new(f->nvregs);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t i = 1; i < n; i++) {
            const IrBlock *bl = &f->blocks[order[i]];
            memset(cur.w, bl->npreds ? 0xff : 0, sizeof(uint64_t) * (size_t)cur.nwords);
            for (int32_t p = 0; p < bl->npreds; p++)
                for (int32_t w = 0; w < cur.nwords; w++)
                    cur.w[w] &= out[bl->preds[p]].w[w];
            for (int32_t k = 0; k < bl->ninstrs; k++) {
                const IrInstr *in = &bl->instrs[k];
                if (in->dst < 0)
                    continue;
                if (in->op == IR_GETFIELD && in->a == 0 && in->aux == sid &&
                    field[in->dst] >= 0 && in->imm == field[in->dst])
                    ir_bits_set(&cur, in->dst);
                else
                    ir_bits_clear(&cur, in->dst);
            }
            for (int32_t w = 0; w < cur.nwords; w++)
                if (out[order[i]].w[w] != cur.w[w]) {
                    out[order[i]].w[w] = cur.w[w];
                    changed = 1;
                }
        }
    }
    ir_bits_free(&cur);
    free(order);
    return out;
}

/* A parameter the body never assigns keeps its own (immutable) frame
 * field: it is loaded from there at the start and on resume, never stored. */
static void params_in_place(FnCtx *F, int32_t *field)
{
    int32_t nv = F->f->nvregs;
    int32_t *defs = calloc((size_t)nv + 1, sizeof *defs);
    for (int32_t b = 0; b < F->f->nblocks; b++)
        for (int32_t k = 0; k < F->f->blocks[b].ninstrs; k++)
            if (F->f->blocks[b].instrs[k].dst >= 0)
                defs[F->f->blocks[b].instrs[k].dst]++;
    for (int k = 0; k < F->fi->nparams; k++) {
        int32_t v = F->local_vreg[k];
        if (defs[v] == 1)
            field[v] = F->gen->layout->param_field[k];
    }
    free(defs);
}

/* Every vreg live at a resume point gets a frame field, loaded back (into
 * the placeholder block) on resume and stored before a yield returns,
 * unless it still holds what it was loaded with. */
static void spill(FnCtx *F, const int32_t *placeholders)
{
    LwGen *G = F->gen;
    Lowerer *L = F->L;
    int32_t sid = G->layout->sid, nv = F->f->nvregs;
    IrLiveness lv;
    resume_liveness(F, &lv);
    int32_t *field = malloc(sizeof(int32_t) * (size_t)(nv + 1));
    for (int32_t v = 0; v < nv; v++)
        field[v] = -1;
    params_in_place(F, field);
    for (int k = 0; k < G->nyields; k++) {
        IrLoc loc = F->f->blocks[G->yields[k].block].term.loc;
        for (int32_t v = 1; v < nv; v++) {
            if (!ir_bits_has(&lv.live_in[G->yields[k].resume], v))
                continue;
            if (field[v] < 0) {
                IrVreg *vr = &F->f->vregs[v];
                char name[160];
                snprintf(name, sizeof name, "s%d_%s", v, vr->name ? vr->name : "tmp");
                field[v] = append_field(L, sid, name, vr->type, 0);
            }
            IrInstr ld = frame_access(IR_GETFIELD, v, sid, field[v], loc);
            ir_insert(L->m, F->f, placeholders[k], F->f->blocks[placeholders[k]].ninstrs, &ld);
        }
    }
    IrBits *clean = clean_at_exit(F, field);
    for (int k = 0; k < G->nyields; k++) {
        int32_t yb = G->yields[k].block;
        IrLoc loc = F->f->blocks[yb].term.loc;
        for (int32_t v = 1; v < nv; v++) {
            if (!ir_bits_has(&lv.live_in[G->yields[k].resume], v) || ir_bits_has(&clean[yb], v))
                continue;
            IrInstr st = frame_access(IR_SETFIELD, v, sid, field[v], loc);
            ir_insert(L->m, F->f, yb, F->f->blocks[yb].ninstrs, &st);
        }
    }
    for (int32_t b = 0; b < F->f->nblocks; b++)
        ir_bits_free(&clean[b]);
    free(clean);
    free(field);
    ir_liveness_free(&lv);
}


/* The frame class's __next__ and the body it calls: the generator's body
 * made resumable. */
void lw_gen_body(Lowerer *L, FuncInfo *next)
{
    FuncInfo *gen = next->gen_of;
    FnCtx F = { 0 };
    LwGen G = { 0 };
    F.L = L;
    F.fi = gen;
    char name[256];
    snprintf(name, sizeof name, "%s.<body>", gen->qualname);
    F.fid = ir_add_func(L->m, name, L->m->funcs[lw_func(L, next)].ret);
    F.f = &L->m->funcs[F.fid];
    F.f->src_name = ir_strdup(L->m, gen->qualname);   /* tracebacks name the generator */
    F.f->loc = lw_loc(L, gen->def->loc);
    F.f->nparams = 1;
    F.f->is_method = 1;
    ir_new_vreg(L->m, F.f, L->m->funcs[lw_func(L, next)].vregs[0].type, "self");
    F.f = &L->m->funcs[F.fid];
    F.exc_vreg = -1;
    F.loc = F.f->loc;
    F.gen = &G;
    G.gen = gen;
    G.layout = lw_gen_layout(L, gen);
    F.local_vreg = malloc(sizeof(int32_t) * (size_t)(gen->nlocals + 1));
    for (int i = 0; i < gen->nlocals; i++) {
        Local *lc = &gen->locals[i];
        F.local_vreg[i] = ir_new_vreg(L->m, F.f, lc->type ? lw_type(L, lc->type)
                                                          : ir_type(IRK_I64), lc->name);
    }
    F.cur = lw_new_block(&F);               /* block 0: the dispatch */
    int32_t start = lw_new_block(&F);
    G.finish = lw_new_block(&F);
    lw_start(&F, start);
    for (int k = 0; k < gen->nparams; k++) {
        IrInstr *in = lw_emit(&F, IR_GETFIELD);
        in->dst = F.local_vreg[k];
        in->a = 0;
        in->aux = G.layout->sid;
        in->imm = G.layout->param_field[k];
    }
    F.handler = -1;
    lw_stmts(&F, &gen->def->u.func.body);
    lw_jump(&F, G.finish);
    F.handler = -1;
    lower_finish(&F);
    int32_t *placeholders = malloc(sizeof(int32_t) * (size_t)(G.nyields + 1));
    lower_dispatch(&F, start, placeholders);
    spill(&F, placeholders);
    free(placeholders);
    free(G.yields);
    free(F.local_vreg);
    lower_next(L, next, F.fid, G.layout);
}
