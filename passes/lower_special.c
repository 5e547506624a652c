/* lower_special.c - how str(), ==, hash() and truth reach the special
 * methods of user classes: the one place that decides it.
 *
 * CPython looks a special method up on the dynamic class.  A subclass may
 * add __str__, __eq__, __hash__ or __len__ that its base lacks; a value
 * whose static type is the base must still reach it, and a base without
 * it has a default behaviour (str is repr, identity ==, identity hash,
 * truthy).  Where the static class or a base of it defines the method,
 * its ordinary virtual slot already reaches every override.  Otherwise
 * the hierarchy gets a slot of its own, after all its ordinary slots,
 * whose entry in each class is that class's implementation or the
 * default, and the call goes through it.
 *
 * == follows CPython's operand order as well: when b's class is a proper
 * subclass of a's, b.__eq__(a) is tried first; a class without __eq__
 * answers only for identity (object.__eq__ returns NotImplemented), and
 * without any answer == is identity.  So == on a hierarchy with an __eq__
 * goes through a slot whose entry in class X knows that a is exactly an X.
 *
 * Assumes: the checker accepted the operation for the static class (str
 * needs __str__ or __repr__ in it or a base, repr and __lt__ their method
 * in it or a base, __eq__'s `other` is the hierarchy's root).  Exception
 * classes keep their message-based str.
 * Guarantees: every CALL_METHOD emitted here names in aux a function whose
 * self is the hierarchy's root, so ir_method_targets() sees every entry.
 */
#include "passes/lower.h"

#include <string.h>

enum { SP_STR, SP_EQ3, SP_EQ, SP_HASH, SP_LEN, SP__COUNT };

static const char *const sp_method[SP__COUNT] = {
    [SP_STR] = "__str__", [SP_EQ3] = "__eq__", [SP_EQ] = "__eq__",
    [SP_HASH] = "__hash__", [SP_LEN] = "__len__",
};

struct LwSpecial {
    ClassInfo *root;
    int32_t slot[SP__COUNT];   /* -1: the hierarchy does not need it */
    int32_t aux[SP__COUNT];    /* CALL_METHOD.aux: self is ref<root> */
};

/* ----------------------------------------------------------- the classes */

static int user_class(const ClassInfo *c)
{
    return c && !c->is_builtin && !c->is_exception && c->type && c->type->kind == TY_CLASS;
}

static ClassInfo *root_of(ClassInfo *c)
{
    while (c->base)
        c = c->base;
    return c;
}

static FuncInfo *own_method(const ClassInfo *c, const char *name)
{
    for (int i = 0; i < c->nmethods; i++)
        if (strcmp(c->methods[i]->name, name) == 0)
            return c->methods[i];
    return NULL;
}

/* Whether a class strictly below c defines name. */
static int below_defines(const ClassInfo *c, const char *name)
{
    for (int i = 0; i < c->nsubclasses; i++)
        if (own_method(c->subclasses[i], name) || below_defines(c->subclasses[i], name))
            return 1;
    return 0;
}

static int max_slots(const ClassInfo *c)
{
    int n = c->nvslots;
    for (int i = 0; i < c->nsubclasses; i++) {
        int k = max_slots(c->subclasses[i]);
        n = k > n ? k : n;
    }
    return n;
}

static LwSpecial *special_of(Lowerer *L, ClassInfo *c)
{
    if (!user_class(c))
        return NULL;
    ClassInfo *r = root_of(c);
    for (int i = 0; i < L->nspecial; i++)
        if (L->special[i].root == r)
            return &L->special[i];
    return NULL;
}

/* ------------------------------------------------- synthesized functions */

static FnCtx begin(Lowerer *L, ClassInfo *c, const char *what, IrType ret, int nparams)
{
    IrType p[2] = { ir_ref(lw_class_sid(L, root_of(c))), ir_ref(lw_class_sid(L, root_of(c))) };
    char name[256];
    snprintf(name, sizeof name, "%s.$%s", c->name, what);
    return lw_synth_begin(L, name, ret, p, nparams);
}

/* R.$nostr: the entry of a class with neither __str__ nor __repr__, which
 * the checker never lets a string conversion reach. */
static int32_t synth_nostr(Lowerer *L, ClassInfo *r)
{
    FnCtx F = begin(L, r, "nostr", ir_ref(L->str_sid), 1);
    ir_set_term(F.f, F.cur, TERM_UNREACHABLE, -1, -1, -1, F.loc);
    return F.fid;
}

static int32_t synth_idhash(Lowerer *L, ClassInfo *r)
{
    FnCtx F = begin(L, r, "idhash", ir_type(IRK_I64), 1);
    IrType p = ir_type(IRK_REF);
    int32_t self = 0;
    int32_t xid = lw_extern_c(L, "stm_id_hash", ir_type(IRK_I64), &p, 1, IRX_TX_SAFE | IRX_PURE);
    lw_synth_return(&F, lw_call_extern(&F, xid, &self, 1));
    return F.fid;
}

/* R.$len1: no __len__, so truthy: "length" 1. */
static int32_t synth_len1(Lowerer *L, ClassInfo *r)
{
    FnCtx F = begin(L, r, "len1", ir_type(IRK_I64), 1);
    lw_synth_return(&F, lw_const_i64(&F, 1));
    return F.fid;
}

/* i64 from a BOOL, with 2 for "no answer" where none is given. */
static int32_t bool_to_i64(FnCtx *F, int32_t b)
{
    return lw_unop(F, IR_B2I, IRK_I64, b);
}

/* The tri-state __eq__ of a class: 0/1 for False/True, 2 when CPython's
 * object.__eq__ would return NotImplemented.  m = the class's __eq__. */
static int32_t synth_eq3(Lowerer *L, ClassInfo *c, FuncInfo *m)
{
    FnCtx F = begin(L, c, "eq3", ir_type(IRK_I64), 2);
    int32_t args[2] = { 0, 1 };
    if (m) {
        lw_synth_return(&F, bool_to_i64(&F, lw_call(&F, lw_func(L, m), args, 2)));
        return F.fid;
    }
    /* identity: 1 if the same object, else NotImplemented (2) */
    int32_t same = lw_binop(&F, IR_REFEQ, IRK_BOOL, 0, 1);
    lw_synth_return(&F, lw_binop(&F, IR_SUB, IRK_I64, lw_const_i64(&F, 2), bool_to_i64(&F, same)));
    return F.fid;
}

/* r = recv.eq3(other) through the slot; if r != 2 return r != 0. */
static void try_eq3(FnCtx *F, LwSpecial *s, int32_t recv, int32_t other)
{
    int32_t args[2] = { recv, other };
    int32_t r = lw_tmpk(F, IRK_I64);
    IrInstr *in = lw_emit(F, IR_CALL_METHOD);
    in->dst = r;
    in->aux = s->aux[SP_EQ3];
    in->imm = s->slot[SP_EQ3];
    ir_set_args(F->L->m, in, args, 2);
    lw_after_raising(F);
    int32_t answered = lw_binop(F, IR_NE, IRK_BOOL, r, lw_const_i64(F, 2));
    int32_t yes = lw_new_block(F), no = lw_new_block(F);
    lw_branch(F, answered, yes, no);
    lw_start(F, yes);
    lw_synth_return(F, lw_unop(F, IR_I2B, IRK_BOOL, r));
    lw_start(F, no);
}

/* X.$eq(a, b) with a exactly an X: CPython's order of the two __eq__. */
static int32_t synth_eq(Lowerer *L, LwSpecial *s, ClassInfo *x)
{
    FnCtx F = begin(L, x, "eq", ir_type(IRK_BOOL), 2);
    /* b's class a proper subclass of X: b in the subtree of a child */
    int32_t sub = lw_const_bool(&F, 0);
    for (int i = 0; i < x->nsubclasses; i++) {
        int32_t is = lw_tmpk(&F, IRK_BOOL);
        IrInstr *in = lw_emit(&F, IR_INSTANCEOF);
        in->dst = is;
        in->a = 1;
        in->aux = lw_class_sid(L, x->subclasses[i]);
        sub = lw_binop(&F, IR_OR, IRK_BOOL, sub, is);
    }
    int32_t first = lw_new_block(&F), second = lw_new_block(&F);
    lw_branch(&F, sub, first, second);
    lw_start(&F, first);                /* reflected first, then a's */
    try_eq3(&F, s, 1, 0);
    try_eq3(&F, s, 0, 1);
    lw_synth_return(&F, lw_const_bool(&F, 0));
    lw_start(&F, second);               /* a's first, then reflected */
    try_eq3(&F, s, 0, 1);
    try_eq3(&F, s, 1, 0);
    lw_synth_return(&F, lw_const_bool(&F, 0));
    return F.fid;
}

/* ---------------------------------------------------------- the vtables */

static void set_entry(Lowerer *L, ClassInfo *c, int32_t slot, int32_t nslots, int32_t fid)
{
    int32_t sid = lw_class_sid(L, c);
    IrStruct *st = &L->m->structs[sid];
    if (st->vtable < 0)
        st->vtable = ir_add_vtable(L->m, sid, nslots);
    IrVtable *vt = &L->m->vtables[st->vtable];
    if (vt->nslots < nslots) {
        int32_t *funcs = ir_alloc(L->m, sizeof(int32_t) * (size_t)nslots);
        for (int32_t i = 0; i < nslots; i++)
            funcs[i] = i < vt->nslots ? vt->funcs[i] : -1;
        vt->funcs = funcs;
        vt->nslots = nslots;
    }
    vt->funcs[slot] = fid;
}

static int32_t eq3_of(Lowerer *L, LwSpecial *s, ClassInfo *c, FuncInfo *m)
{
    /* one wrapper per __eq__ method, one default per hierarchy */
    for (int i = 0; i < L->nspecial_eq3; i++)
        if (L->special_eq3[i].m == m && L->special_eq3[i].root == s->root)
            return L->special_eq3[i].fid;
    int32_t fid = synth_eq3(L, m ? m->cls : c, m);
    LwEq3 e = { s->root, m, fid };
    if (L->nspecial_eq3 == L->capspecial_eq3) {
        L->capspecial_eq3 = L->capspecial_eq3 ? 2 * L->capspecial_eq3 : 8;
        LwEq3 *n = ir_alloc(L->m, sizeof *n * (size_t)L->capspecial_eq3);
        if (L->nspecial_eq3)
            memcpy(n, L->special_eq3, sizeof *n * (size_t)L->nspecial_eq3);
        L->special_eq3 = n;
    }
    L->special_eq3[L->nspecial_eq3++] = e;
    return fid;
}

static int32_t entry(Lowerer *L, LwSpecial *s, int op, ClassInfo *c)
{
    FuncInfo *m = lw_method(c, sp_method[op]);
    switch (op) {
    case SP_STR:
        if (!m)
            m = lw_method(c, "__repr__");
        return m ? lw_func(L, m) : s->aux[SP_STR];
    case SP_HASH: case SP_LEN:
        return m ? lw_func(L, m) : s->aux[op];
    case SP_EQ3:
        return eq3_of(L, s, c, m);
    default:
        return synth_eq(L, s, c);
    }
}

static void fill(Lowerer *L, LwSpecial *s, int op, ClassInfo *c, int32_t nslots)
{
    set_entry(L, c, s->slot[op], nslots, entry(L, s, op, c));
    for (int i = 0; i < c->nsubclasses; i++)
        fill(L, s, op, c->subclasses[i], nslots);
}

/* Which slots the hierarchy under r needs. */
static int needs(const ClassInfo *r, int op)
{
    if (op == SP_EQ || op == SP_EQ3)
        return r->nsubclasses > 0 && (own_method(r, "__eq__") || below_defines(r, "__eq__"));
    return below_defines(r, sp_method[op]);
}

static void setup_root(Lowerer *L, ClassInfo *r)
{
    LwSpecial s = { .root = r };
    int32_t n = max_slots(r);
    for (int op = 0; op < SP__COUNT; op++) {
        s.slot[op] = needs(r, op) ? n++ : -1;
        s.aux[op] = -1;
    }
    if (n == max_slots(r))
        return;
    if (s.slot[SP_STR] >= 0)
        s.aux[SP_STR] = synth_nostr(L, r);
    if (s.slot[SP_HASH] >= 0)
        s.aux[SP_HASH] = synth_idhash(L, r);
    if (s.slot[SP_LEN] >= 0)
        s.aux[SP_LEN] = synth_len1(L, r);
    if (L->nspecial == L->capspecial) {
        L->capspecial = L->capspecial ? 2 * L->capspecial : 8;
        LwSpecial *ns = ir_alloc(L->m, sizeof *ns * (size_t)L->capspecial);
        if (L->nspecial)
            memcpy(ns, L->special, sizeof *ns * (size_t)L->nspecial);
        L->special = ns;
    }
    LwSpecial *sp = &L->special[L->nspecial++];
    *sp = s;
    if (sp->slot[SP_EQ3] >= 0) {
        sp->aux[SP_EQ3] = eq3_of(L, sp, r, lw_method(r, "__eq__"));
        sp->aux[SP_EQ] = synth_eq(L, sp, r);
    }
    for (int op = 0; op < SP__COUNT; op++)
        if (sp->slot[op] >= 0)
            fill(L, sp, op, r, n);
}

void lw_special_slots(Lowerer *L)
{
    for (int i = 0; i < L->prog->nclasses; i++) {
        ClassInfo *c = L->prog->classes[i];
        if (user_class(c) && !c->base)
            setup_root(L, c);
    }
}

/* ------------------------------------------------------------ the calls */

int lw_is_subclass(const ClassInfo *c, const ClassInfo *base)
{
    for (; c; c = c->base)
        if (c == base)
            return 1;
    return 0;
}

static int32_t slot_call(FnCtx *F, LwSpecial *s, int op, IrType ret, const int32_t *args, int n)
{
    int32_t d = lw_tmp(F, ret);
    IrInstr *in = lw_emit(F, IR_CALL_METHOD);
    in->dst = d;
    in->aux = s->aux[op];
    in->imm = s->slot[op];
    ir_set_args(F->L->m, in, args, n);
    lw_after_raising(F);
    return d;
}

/* The special slot for op when static class c lacks the method but a
 * class below it defines it, else NULL. */
static LwSpecial *via_slot(FnCtx *F, ClassInfo *c, int op)
{
    LwSpecial *s = special_of(F->L, c);
    if (!s || s->slot[op] < 0 || lw_method(c, sp_method[op]) || !below_defines(c, sp_method[op]))
        return NULL;
    return s;
}

int32_t lw_special_str(FnCtx *F, ClassInfo *c, int32_t v, int repr)
{
    LwSpecial *s = repr ? NULL : via_slot(F, c, SP_STR);
    if (s)
        return slot_call(F, s, SP_STR, ir_ref(F->L->str_sid), &v, 1);
    FuncInfo *m = repr ? NULL : lw_method(c, "__str__");
    if (!m)
        m = lw_method(c, "__repr__");
    if (!m)
        IR_DIE("no string conversion for %s", c->name);
    return lw_call_method_fi(F, m, v, NULL, 0);
}

static int32_t special_eq(FnCtx *F, ClassInfo *c, int32_t a, int32_t b)
{
    LwSpecial *s = special_of(F->L, c);
    if (s && s->slot[SP_EQ] >= 0 && c->nsubclasses > 0) {
        int32_t args[2] = { a, b };
        return slot_call(F, s, SP_EQ, ir_type(IRK_BOOL), args, 2);
    }
    FuncInfo *m = lw_method(c, "__eq__");
    if (m)
        return lw_call_method_fi(F, m, a, &b, 1);
    return lw_binop(F, IR_REFEQ, IRK_BOOL, a, b);   /* no __eq__ anywhere below */
}

/* a == b; with identity_first, as containers compare their items
 * (CPython's PyObject_RichCompareBool): the same object is equal without
 * a call of __eq__. */
int32_t lw_special_eq(FnCtx *F, ClassInfo *c, int32_t a, int32_t b, int identity_first)
{
    if (!identity_first)
        return special_eq(F, c, a, b);
    int32_t r = lw_tmpk(F, IRK_BOOL);
    lw_move(F, r, lw_binop(F, IR_REFEQ, IRK_BOOL, a, b));
    int32_t call = lw_new_block(F), done = lw_new_block(F);
    lw_branch(F, r, done, call);
    lw_start(F, call);
    lw_move(F, r, special_eq(F, c, a, b));
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

/* The hash of an object: its __hash__, else identity. */
int32_t lw_special_hash(FnCtx *F, ClassInfo *c, int32_t v)
{
    LwSpecial *s = via_slot(F, c, SP_HASH);
    if (s)
        return slot_call(F, s, SP_HASH, ir_type(IRK_I64), &v, 1);
    FuncInfo *m = lw_method(c, "__hash__");
    if (m)
        return lw_call_method_fi(F, m, v, NULL, 0);
    IrType p = ir_type(IRK_REF);
    int32_t xid = lw_extern_c(F->L, "stm_id_hash", ir_type(IRK_I64), &p, 1, IRX_TX_SAFE | IRX_PURE);
    return lw_call_extern(F, xid, &v, 1);
}

/* The length that decides an object's truth (1 without __len__), or -1
 * when no class at or below c defines __len__ (always true). */
int32_t lw_special_len(FnCtx *F, ClassInfo *c, int32_t v)
{
    LwSpecial *s = via_slot(F, c, SP_LEN);
    if (s)
        return slot_call(F, s, SP_LEN, ir_type(IRK_I64), &v, 1);
    FuncInfo *m = lw_method(c, "__len__");
    return m ? lw_call_method_fi(F, m, v, NULL, 0) : -1;
}
