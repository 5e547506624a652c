/* lower_special.c - how str(), hash(), truth and the answer of one side
 * of == / != reach the special methods of user classes: the vtable slots
 * that resolve them per run-time class.
 *
 * CPython looks a special method up on the dynamic class.  A subclass may
 * add __str__, __hash__, __bool__, __len__, __eq__ or __ne__ that its base
 * lacks, or become unhashable (__eq__ without __hash__); a value whose
 * static type is the base must still reach what its class does, and a
 * class without the method has CPython's default (str is repr, identity
 * hash, truthy, object's __eq__, object's repr "<__main__.C object at
 * 0x...>" with the identity hash for the address).  Where the static class or a base
 * defines the method and no class below changes the resolution, its
 * ordinary virtual slot already reaches every override.  Otherwise the
 * hierarchy gets a slot of its own, after all its ordinary slots, whose
 * entry in each class is that class's resolution (a method, or a small
 * synthesized function), and the operation is one indirect call, whatever
 * the depth of the hierarchy.
 *
 * The == protocol itself (which side first, NotImplemented, fallbacks)
 * is lower_dunder.c's; it asks this file for one side's answer
 * (lw_special_eq_side): the EQ/NE slots hold tri-state entries, 0/1 for
 * False/True and 2 for NotImplemented (object's __eq__ on two different
 * objects, or the method returning it).
 *
 * Assumes: the checker accepted the operation for the static class (str
 * needs __str__ or __repr__ in it, a base or a class below, repr needs
 * __repr__ there, the static class is
 * hashable, __eq__/__ne__ take `object` or the hierarchy's root, and ==
 * operands are references: values are boxed).  Exception classes keep
 * their message-based str.
 * Guarantees: every CALL_METHOD emitted here names in aux a function whose
 * self is the hierarchy's root, so ir_method_targets() sees every entry.
 */
#include "passes/lower.h"

#include <stdio.h>
#include <string.h>

enum { LS_STR, LS_REPR, LS_HASH, LS_TRUTH, LS_EQ, LS_NE, LS__COUNT };

/* The "reflected first" slots: 0 for comparisons, 1 + k for the k-th
 * reflected arithmetic method (chk_refl_order_bit). */
enum { LS_NORDER = 1 + 13 };

struct LwSpecial {
    ClassInfo *root;
    int32_t slot[LS__COUNT];   /* -1: the hierarchy does not need it */
    int32_t aux[LS__COUNT];    /* CALL_METHOD.aux: self is ref<root> */
    int32_t order_slot[LS_NORDER], order_aux[LS_NORDER];
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

/* Whether an own or inherited method m of c is reached by one virtual
 * call for every class below (overrides share its slot). */
static int lacks_below(const ClassInfo *c, const char *name)
{
    return !lw_method((ClassInfo *)c, name) && below_defines(c, name);
}

/* ---------------------------------------------- per operation: uniformity */

static int str_varies(ClassInfo *c)
{
    return !chk_str_uniform(c, false);
}

static int repr_varies(ClassInfo *c)
{
    return !chk_str_uniform(c, true);
}

static int hash_varies(ClassInfo *c)
{
    return !chk_hash_uniform(c);
}

/* __bool__ first, else __len__ (CPython's slot_nb_bool), else true. */
static int truth_varies(ClassInfo *c)
{
    if (lw_method(c, "__bool__"))
        return 0;
    return below_defines(c, "__bool__") || lacks_below(c, "__len__");
}

/* Which method answers `op` (== or !=) for class c, negated or not:
 * __ne__ for != when the class has one, else __eq__ (negated for !=),
 * else NULL: object's identity test. */
static FuncInfo *eq_method(ClassInfo *c, int op, int *neg)
{
    FuncInfo *m = op == LS_NE ? lw_method(c, "__ne__") : NULL;
    *neg = 0;
    if (!m) {
        m = lw_method(c, "__eq__");
        *neg = op == LS_NE;
    }
    return m;
}

static int eq_varies(ClassInfo *c, int op)
{
    int na, nb;
    FuncInfo *a = eq_method(c, op, &na);
    for (int i = 0; i < c->nsubclasses; i++) {
        ClassInfo *s = c->subclasses[i];
        FuncInfo *b = eq_method(s, op, &nb);
        /* an override of the same method answers through the vtable */
        int same = (!a && !b) || (a && b && na == nb && strcmp(a->name, b->name) == 0 &&
                                  a->vslot >= 0);
        if (!same || eq_varies(s, op))
            return 1;
    }
    return 0;
}

static int varies(ClassInfo *c, int op)
{
    switch (op) {
    case LS_STR: return str_varies(c);
    case LS_REPR: return repr_varies(c);
    case LS_HASH: return hash_varies(c);
    case LS_TRUTH: return truth_varies(c);
    default: return eq_varies(c, op);
    }
}

/* Whether the slot is needed somewhere in c's subtree. */
static int varies_somewhere(ClassInfo *c, int op)
{
    if (varies(c, op))
        return 1;
    for (int i = 0; i < c->nsubclasses; i++)
        if (varies_somewhere(c->subclasses[i], op))
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
    IrType p[2] = { ir_ref(lw_class_sid(L, root_of(c))), ir_type(IRK_REF) };
    char name[256];
    snprintf(name, sizeof name, "%s.$%s", c->name, what);
    return lw_synth_begin(L, name, ret, p, nparams);
}

/* Functions made once per (hierarchy, what, method): cached by key. */
static int32_t cached(Lowerer *L, ClassInfo *r, const void *key, int what)
{
    for (int i = 0; i < L->nspecial_fn; i++)
        if (L->special_fn[i].root == r && L->special_fn[i].key == key &&
            L->special_fn[i].what == what)
            return L->special_fn[i].fid;
    return -1;
}

static int32_t remember(Lowerer *L, ClassInfo *r, const void *key, int what, int32_t fid)
{
    LwSpecialFn e = { r, key, what, fid };
    if (L->nspecial_fn == L->capspecial_fn) {
        L->capspecial_fn = L->capspecial_fn ? 2 * L->capspecial_fn : 8;
        LwSpecialFn *n = ir_alloc(L->m, sizeof *n * (size_t)L->capspecial_fn);
        if (L->nspecial_fn)
            memcpy(n, L->special_fn, sizeof *n * (size_t)L->nspecial_fn);
        L->special_fn = n;
    }
    L->special_fn[L->nspecial_fn++] = e;
    return fid;
}

/* X.$objrepr: object's repr, "<module.X object at 0x...>" (the identity
 * hash stands for the address), for a class without __str__/__repr__. */
static int32_t synth_objrepr(Lowerer *L, ClassInfo *x)
{
    FnCtx F = begin(L, x, "objrepr", ir_ref(L->str_sid), 1);
    const char *mod = x->module->is_main ? "__main__" : x->module->name;
    char name[512];
    snprintf(name, sizeof name, "%s.%s", mod, x->name);
    IrType p = ir_type(IRK_REF);
    int32_t self = 0;
    int32_t xid = lw_extern_c(L, "stm_id_hash", ir_type(IRK_I64), &p, 1, IRX_TX_SAFE | IRX_PURE);
    int32_t args[2] = { lw_const_str(&F, name, (int64_t)strlen(name)),
                        lw_call_extern(&F, xid, &self, 1) };
    lw_synth_return(&F, lw_call_fi(&F, lw_prelude_func(L, "_object_repr"), args, 2));
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

/* X.$unhashable: CPython set X.__hash__ to None (__eq__ without
 * __hash__), so hash() raises. */
static int32_t synth_unhashable(Lowerer *L, ClassInfo *x)
{
    FnCtx F = begin(L, x, "unhashable", ir_type(IRK_I64), 1);
    char msg[300];
    snprintf(msg, sizeof msg, "unhashable type: '%s'", x->name);
    lw_raise_new(&F, "TypeError", msg);
    return F.fid;
}

static int32_t synth_true(Lowerer *L, ClassInfo *r)
{
    FnCtx F = begin(L, r, "true", ir_type(IRK_BOOL), 1);
    lw_synth_return(&F, lw_const_bool(&F, 1));
    return F.fid;
}

/* M.$lentruth: len(self) != 0, for a class whose truth is its __len__. */
static int32_t synth_lentruth(Lowerer *L, ClassInfo *r, FuncInfo *len)
{
    FnCtx F = begin(L, len->cls, "lentruth", ir_type(IRK_BOOL), 1);
    int32_t self = 0;
    int32_t n = lw_call(&F, lw_func(L, len), &self, 1);
    (void)r;
    lw_synth_return(&F, lw_binop(&F, IR_NE, IRK_BOOL, n, lw_const_i64(&F, 0)));
    return F.fid;
}

/* The tri-state answer of one class to == (!= with neg): 0/1 for
 * False/True, 2 for NotImplemented.  m NULL: object's __eq__ (identity,
 * else NotImplemented). */
static int32_t synth_eq3(Lowerer *L, ClassInfo *c, FuncInfo *m, int neg)
{
    char what[64];
    snprintf(what, sizeof what, "%s%s3", neg ? "not" : "", m ? m->name : "object.__eq__");
    FnCtx F = begin(L, m ? m->cls : c, what, ir_type(IRK_I64), 2);
    int32_t args[2] = { 0, 1 };
    if (!m) {
        /* the same object: True (False for !=), else NotImplemented */
        int32_t same = lw_binop(&F, IR_REFEQ, IRK_BOOL, 0, 1);
        int32_t yes = lw_new_block(&F), no = lw_new_block(&F);
        lw_branch(&F, same, yes, no);
        lw_start(&F, yes);
        lw_synth_return(&F, lw_const_i64(&F, !neg));
        lw_start(&F, no);
        lw_synth_return(&F, lw_const_i64(&F, 2));
        return F.fid;
    }
    int32_t on_ni = -1;
    int32_t v = lw_call_catching_notimpl(&F, lw_func(L, m), m->returns_notimpl, args, 2, &on_ni);
    if (neg)
        v = lw_unop(&F, IR_NOT, IRK_BOOL, v);
    lw_synth_return(&F, lw_unop(&F, IR_B2I, IRK_I64, v));
    if (on_ni >= 0) {
        F.cur = on_ni;
        lw_synth_return(&F, lw_const_i64(&F, 2));
    }
    return F.fid;
}

/* ------------------------------------------------- who answers first */

/* The comparison methods of a hierarchy: when it has none, == is identity
 * from both sides and no order is defined, so which side goes first
 * never matters. */
static int compares_somewhere(const ClassInfo *c)
{
    for (int i = 0; i < c->nmethods; i++) {
        const SpecialDef *sd = chk_special(c->methods[i]->name);
        if (sd && sd->kind == SK_CMP)
            return 1;
    }
    for (int i = 0; i < c->nsubclasses; i++)
        if (compares_somewhere(c->subclasses[i]))
            return 1;
    return 0;
}

static int needs_order(const ClassInfo *r, int k)
{
    if (k == 0)
        return r->nsubclasses > 0 && compares_somewhere(r);
    return (r->refl_first >> (k - 1)) & 1;
}

static const char *order_name(int k)
{
    return k == 0 ? NULL : chk_specials[SP_RADD + k - 1].name;
}

/* acc |= b is in a subtree strictly below `a` where the reflected method
 * `name` goes first (NULL: comparisons, any proper subclass; else one
 * that resolves `name` differently from `a`: a class on the way down
 * defines it, `differs` once one above did). */
static void below_tests(FnCtx *F, ClassInfo *a, const char *name, int differs, int32_t b,
                        int32_t acc)
{
    for (int i = 0; i < a->nsubclasses; i++) {
        ClassInfo *s = a->subclasses[i];
        int dif = differs || !name || own_method(s, name);
        if (!dif) {
            below_tests(F, s, name, 0, b, acc);
            continue;
        }
        int32_t is = lw_tmpk(F, IRK_BOOL);
        IrInstr *in = lw_emit(F, IR_INSTANCEOF);
        in->dst = is;
        in->a = b;
        in->aux = lw_class_sid(F->L, s);
        lw_move(F, acc, lw_binop(F, IR_OR, IRK_BOOL, acc, is));
    }
}

/* X.$reflfirst[name](a, b), a exactly an X: whether b's method goes
 * first (CPython: do_richcompare, SLOT1BINFULL). */
static int32_t synth_reflfirst(Lowerer *L, ClassInfo *x, int k)
{
    char what[64];
    snprintf(what, sizeof what, "reflfirst%s", k ? order_name(k) : "");
    FnCtx F = begin(L, x, what, ir_type(IRK_BOOL), 2);
    int32_t acc = lw_tmpk(&F, IRK_BOOL);
    lw_move(&F, acc, lw_const_bool(&F, 0));
    below_tests(&F, x, order_name(k), 0, 1, acc);
    lw_synth_return(&F, acc);
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

enum { FN_LENTRUTH, FN_EQ3, FN_NE3, FN_UNHASHABLE, FN_OBJREPR };

static int32_t once(Lowerer *L, LwSpecial *s, const void *key, int what, ClassInfo *c,
                    FuncInfo *m)
{
    int32_t fid = cached(L, s->root, key, what);
    if (fid >= 0)
        return fid;
    switch (what) {
    case FN_LENTRUTH: fid = synth_lentruth(L, s->root, m); break;
    case FN_UNHASHABLE: fid = synth_unhashable(L, c); break;
    case FN_OBJREPR: fid = synth_objrepr(L, c); break;
    default: fid = synth_eq3(L, c, m, what == FN_NE3); break;
    }
    return remember(L, s->root, key, what, fid);
}

/* The entry of class c in the slot of op. */
static int32_t entry(Lowerer *L, LwSpecial *s, int op, ClassInfo *c)
{
    FuncInfo *m;
    int neg;
    switch (op) {
    case LS_STR: case LS_REPR:
        m = chk_str_method(c, op == LS_REPR);
        return m ? lw_func(L, m) : once(L, s, c, FN_OBJREPR, c, NULL);
    case LS_HASH:
        if (c->unhashable)
            return once(L, s, c, FN_UNHASHABLE, c, NULL);
        m = lw_method(c, "__hash__");
        return m ? lw_func(L, m) : s->aux[LS_HASH];
    case LS_TRUTH:
        if ((m = lw_method(c, "__bool__")) != NULL)
            return lw_func(L, m);
        m = lw_method(c, "__len__");
        return m ? once(L, s, m, FN_LENTRUTH, c, m) : s->aux[LS_TRUTH];
    default:
        m = eq_method(c, op, &neg);
        /* identity entries are shared by the hierarchy (key NULL) */
        return once(L, s, m, neg ? FN_NE3 : FN_EQ3, c, m);
    }
}

static void fill(Lowerer *L, LwSpecial *s, int op, ClassInfo *c, int32_t nslots)
{
    set_entry(L, c, s->slot[op], nslots, entry(L, s, op, c));
    for (int i = 0; i < c->nsubclasses; i++)
        fill(L, s, op, c->subclasses[i], nslots);
}

static void fill_order(Lowerer *L, int32_t slot, int k, ClassInfo *c, int32_t nslots)
{
    set_entry(L, c, slot, nslots, synth_reflfirst(L, c, k));
    for (int i = 0; i < c->nsubclasses; i++)
        fill_order(L, slot, k, c->subclasses[i], nslots);
}

static void setup_root(Lowerer *L, ClassInfo *r)
{
    LwSpecial s = { .root = r };
    int32_t n = max_slots(r);
    for (int op = 0; op < LS__COUNT; op++) {
        s.slot[op] = varies_somewhere(r, op) ? n++ : -1;
        s.aux[op] = -1;
    }
    for (int k = 0; k < LS_NORDER; k++)
        s.order_slot[k] = needs_order(r, k) ? n++ : -1;
    if (n == max_slots(r))
        return;
    if (s.slot[LS_HASH] >= 0)
        s.aux[LS_HASH] = synth_idhash(L, r);
    if (s.slot[LS_TRUTH] >= 0)
        s.aux[LS_TRUTH] = synth_true(L, r);
    if (L->nspecial == L->capspecial) {
        L->capspecial = L->capspecial ? 2 * L->capspecial : 8;
        LwSpecial *ns = ir_alloc(L->m, sizeof *ns * (size_t)L->capspecial);
        if (L->nspecial)
            memcpy(ns, L->special, sizeof *ns * (size_t)L->nspecial);
        L->special = ns;
    }
    LwSpecial *sp = &L->special[L->nspecial++];
    *sp = s;
    for (int op = LS_STR; op <= LS_REPR; op++)
        if (sp->slot[op] >= 0)
            sp->aux[op] = entry(L, sp, op, r);
    for (int op = LS_EQ; op <= LS_NE; op++)
        if (sp->slot[op] >= 0)
            sp->aux[op] = entry(L, sp, op, r);
    for (int op = 0; op < LS__COUNT; op++)
        if (sp->slot[op] >= 0)
            fill(L, sp, op, r, n);
    for (int k = 0; k < LS_NORDER; k++)
        if (sp->order_slot[k] >= 0) {
            fill_order(L, sp->order_slot[k], k, r, n);
            sp->order_aux[k] = L->m->vtables[L->m->structs[lw_class_sid(L, r)].vtable]
                                   .funcs[sp->order_slot[k]];
        }
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

/* The hierarchy's slot for op when the static class c does not resolve
 * it uniformly, else NULL. */
static LwSpecial *via_slot(FnCtx *F, ClassInfo *c, int op)
{
    LwSpecial *s = special_of(F->L, c);
    return s && s->slot[op] >= 0 && varies(c, op) ? s : NULL;
}

int32_t lw_special_str(FnCtx *F, ClassInfo *c, int32_t v, int repr)
{
    int op = repr ? LS_REPR : LS_STR;
    LwSpecial *s = via_slot(F, c, op);
    if (s)
        return slot_call(F, s, op, ir_ref(F->L->str_sid), &v, 1);
    FuncInfo *m = chk_str_method(c, repr);
    if (!m)
        IR_DIE("no string conversion for %s", c->name);
    return lw_call_method_fi(F, m, v, NULL, 0);
}

/* The hash of an object: its class's __hash__, else identity; TypeError
 * for an unhashable class below the static one. */
int32_t lw_special_hash(FnCtx *F, ClassInfo *c, int32_t v)
{
    LwSpecial *s = via_slot(F, c, LS_HASH);
    if (s)
        return slot_call(F, s, LS_HASH, ir_type(IRK_I64), &v, 1);
    FuncInfo *m = lw_method(c, "__hash__");
    if (m)
        return lw_call_method_fi(F, m, v, NULL, 0);
    IrType p = ir_type(IRK_REF);
    int32_t xid = lw_extern_c(F->L, "stm_id_hash", ir_type(IRK_I64), &p, 1, IRX_TX_SAFE | IRX_PURE);
    return lw_call_extern(F, xid, &v, 1);
}

/* The truth of an object: __bool__, else __len__ != 0, else True. */
int32_t lw_special_truth(FnCtx *F, ClassInfo *c, int32_t v)
{
    LwSpecial *s = via_slot(F, c, LS_TRUTH);
    if (s)
        return slot_call(F, s, LS_TRUTH, ir_type(IRK_BOOL), &v, 1);
    FuncInfo *m = lw_method(c, "__bool__");
    if (m)
        return lw_call_method_fi(F, m, v, NULL, 0);
    m = lw_method(c, "__len__");
    if (!m)
        return lw_const_bool(F, 1);
    int32_t n = lw_call_method_fi(F, m, v, NULL, 0);
    return lw_binop(F, IR_NE, IRK_BOOL, n, lw_const_i64(F, 0));
}

/* recv's answer to `recv == arg` (`!=` with ne) when the classes at or
 * below c answer differently: a tri-state i64 (2: NotImplemented), or -1
 * when one method (or identity for all) answers: the caller calls it. */
int32_t lw_special_eq_side(FnCtx *F, ClassInfo *c, int ne, int32_t recv, int32_t arg)
{
    LwSpecial *s = via_slot(F, c, ne ? LS_NE : LS_EQ);
    if (!s)
        return -1;
    int32_t args[2] = { recv, arg };
    return slot_call(F, s, ne ? LS_NE : LS_EQ, ir_type(IRK_I64), args, 2);
}

int lw_special_refl_first(FnCtx *F, ClassInfo *l, const char *refl_name, int32_t a, int32_t b,
                          int32_t *cond)
{
    LwSpecial *s = special_of(F->L, l);
    int k = refl_name ? 1 + chk_refl_order_bit(refl_name) : 0;
    if (!s || s->order_slot[k] < 0) {
        if (k == 0 && !compares_somewhere(root_of(l)))
            return 0;      /* identity from both sides: the order is moot */
        IR_DIE("no reflected-first slot for %s in %s", refl_name ? refl_name : "comparisons",
               l->name);
    }
    int32_t args[2] = { a, b };
    int32_t d = lw_tmpk(F, IRK_BOOL);
    IrInstr *in = lw_emit(F, IR_CALL_METHOD);
    in->dst = d;
    in->aux = s->order_aux[k];
    in->imm = s->order_slot[k];
    ir_set_args(F->L->m, in, args, 2);
    lw_after_raising(F);
    *cond = d;
    return -1;
}
