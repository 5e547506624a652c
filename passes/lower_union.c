/* lower_union.c - values of union types (`float | str | Node | None`).
 *
 * A union is a reference: an int, float or bool member is the same
 * immutable box (a 1-tuple) as in an `int | None`, a str is the string,
 * an instance is the object, None is NULL.  So converting `float | None`
 * or a class to a union moves the reference as it is, and the member a
 * value holds is read from its run-time type: the box's struct, the
 * string tids, the class range (INSTANCEOF).  What depends on the member
 * (str(), ==, isinstance) is a dispatch over the members, each lowered as
 * for a value of that static type.
 */
#include "passes/lower.h"

#include <stdio.h>
#include <string.h>

/* Tids of the two string layouts (runtime/lib/rtlib.h: RT_TID_STR1 and
 * RT_TID_STR4 are 1 and 2; no program type has a tid below 3). */
#define STR_TID_LAST 2

static Type *strip(Type *t)
{
    return t->kind == TY_OPTIONAL ? t->elem : t;
}

bool lw_is_union(const Type *t)
{
    return t->kind == TY_UNION || (t->kind == TY_OPTIONAL && t->elem->kind == TY_UNION);
}

/* The box of number member m; an INSTANCEOF of it is a test of the one
 * struct (the range of a record that has no subclasses). */
static int32_t box_sid(FnCtx *F, Type *m)
{
    int32_t sid = lw_tuple_sid(F->L, ty_tuple(F->L->prog->types, &m, 1));
    F->L->m->structs[sid].class_first = F->L->m->structs[sid].class_last = sid;
    return sid;
}

int32_t lw_instance_of(FnCtx *F, int32_t v, int32_t sid)
{
    int32_t r = lw_tmpk(F, IRK_BOOL);
    IrInstr *in = lw_emit(F, IR_INSTANCEOF);
    in->dst = r;
    in->a = v;
    in->aux = sid;
    return r;
}

/* v (NULL: false) is an instance of cls itself, of none of its subclasses. */
int32_t lw_instance_exact(FnCtx *F, int32_t v, ClassInfo *cls)
{
    int32_t r = lw_instance_of(F, v, lw_class_sid(F->L, cls));
    for (int i = 0; i < cls->nsubclasses; i++) {
        int32_t sub = lw_instance_of(F, v, lw_class_sid(F->L, cls->subclasses[i]));
        r = lw_binop(F, IR_AND, IRK_BOOL, r, lw_unop(F, IR_NOT, IRK_BOOL, sub));
    }
    return r;
}

/* Whether v (not NULL) holds a value of member m. */
static int32_t member_test(FnCtx *F, int32_t v, Type *m)
{
    if (ty_is_value(m))
        return lw_instance_of(F, v, box_sid(F, m));
    if (m->kind == TY_CLASS)
        return lw_instance_of(F, v, lw_class_sid(F->L, m->cls));
    int32_t tid = lw_tmpk(F, IRK_I64);
    IrInstr *in = lw_emit(F, IR_GETTID);
    in->dst = tid;
    in->a = v;
    return lw_binop(F, IR_LE, IRK_BOOL, tid, lw_const_i64(F, STR_TID_LAST));
}

int32_t lw_union_box(FnCtx *F, int32_t v, Type *m)
{
    box_sid(F, m);      /* the box of `m | None`, made testable */
    return lw_box(F, v, ty_optional(F->L->prog->types, m));
}

/* The value of member m in v, which holds one (the number out of its box). */
static int32_t member_value(FnCtx *F, int32_t v, Type *m)
{
    return ty_is_value(m) ? lw_getfield(F, v, box_sid(F, m), 0) : v;
}

/* A value of union type `from` converted to `to`: a member the checker
 * narrowed it to (unboxed), or a wider union (the same reference). */
int32_t lw_union_convert(FnCtx *F, int32_t v, Type *from, Type *to)
{
    if (ty_is_value(to) && lw_is_union(from))
        return member_value(F, v, to);
    if (ty_is_value(from))
        return lw_union_box(F, v, from);
    return v;
}

/* What a dispatch does with the value of one member. */
typedef int32_t (*MemberFn)(FnCtx *F, int32_t v, Type *m, void *data);

/* none_value of a dispatch whose each() also takes None (as a value of
 * type None), evaluated only when v holds None. */
#define NONE_BY_EACH (-1)

/* r = each(member value) for the member v holds; None (NULL) gives
 * none_value.  Class members are tested last, so that a str or a box
 * never reaches an INSTANCEOF of a class that does not matter. */
static int32_t dispatch(FnCtx *F, int32_t v, Type *t, IrType rt, int32_t none_value,
                        MemberFn each, void *data)
{
    Type *u = strip(t);
    int32_t r = lw_tmp(F, rt), done = lw_new_block(F);
    if (t->kind == TY_OPTIONAL) {
        int32_t none = lw_new_block(F), some = lw_new_block(F);
        lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, v), none, some);
        lw_start(F, none);
        if (none_value == NONE_BY_EACH)
            none_value = each(F, v, ty_prim(F->L->prog->types, TY_NONE), data);
        lw_move(F, r, none_value);
        lw_jump(F, done);
        lw_start(F, some);
    }
    for (int i = 0; i < u->nitems; i++) {
        Type *m = u->items[i];
        bool last = i + 1 == u->nitems;   /* what else it can be: no test */
        int32_t no = last ? -1 : lw_new_block(F);
        if (!last) {
            int32_t yes = lw_new_block(F);
            lw_branch(F, member_test(F, v, m), yes, no);
            lw_start(F, yes);
        }
        lw_move(F, r, each(F, member_value(F, v, m), m, data));
        lw_jump(F, done);
        if (!last)
            lw_start(F, no);
    }
    lw_start(F, done);
    return r;
}

/* "<__main__.C object at 0x...>": a dataclass's repr of a union field
 * holding an instance of a class with no string method in its subtree
 * (check_expr.c chk_union_field_repr). */
static int32_t object_repr(FnCtx *F, int32_t v, ClassInfo *cls)
{
    const char *mod = cls->module->is_main ? "__main__" : cls->module->name;
    size_t n = strlen(mod) + strlen(cls->name) + 2;
    char *name = ir_alloc(F->L->m, n);
    snprintf(name, n, "%s.%s", mod, cls->name);
    IrType p = ir_type(IRK_REF);
    int32_t xid = lw_extern_c(F->L, "stm_id_hash", ir_type(IRK_I64), &p, 1, IRX_TX_SAFE | IRX_PURE);
    int32_t args[2] = { lw_const_str(F, name, (int64_t)strlen(name)), lw_call_extern(F, xid, &v, 1) };
    return lw_call_fi(F, lw_prelude_func(F->L, "_object_repr"), args, 2);
}

static int32_t member_str(FnCtx *F, int32_t v, Type *m, void *data)
{
    int repr = *(int *)data;
    if (m->kind == TY_CLASS && !chk_str_somewhere(m->cls, repr))
        return object_repr(F, v, m->cls);
    return lw_to_str(F, v, m, repr);
}

int32_t lw_union_str(FnCtx *F, int32_t v, Type *t, int repr)
{
    return dispatch(F, v, t, ir_ref(F->L->str_sid), lw_const_str(F, "None", 4), member_str, &repr);
}

/* The __format__ method of a prelude class (int, float, bool, str). */
static FuncInfo *prelude_method(FnCtx *F, const char *cls, const char *name)
{
    ModuleInfo *p = F->L->prog->prelude;
    for (int i = 0; i < p->nclasses; i++)
        if (strcmp(p->classes[i]->name, cls) == 0)
            return chk_find_method(p->classes[i], name);
    IR_DIE("the prelude has no class %s", cls);
}

/* format(member value, spec): a number's or a str's own __format__; an
 * instance or None formats as object does (str() for an empty spec, else
 * TypeError naming the class held), as in CPython. */
static int32_t member_format(FnCtx *F, int32_t v, Type *m, void *data)
{
    int32_t spec = *(int32_t *)data;
    if (ty_is_value(m) || m->kind == TY_STR) {
        FuncInfo *fm = prelude_method(F, ty_name(F->L->prog->types->arena, m), "__format__");
        return lw_call_method_fi(F, fm, v, &spec, 1);
    }
    int repr = 0;
    int32_t args[3] = { m->kind == TY_NONE ? lw_const_str(F, "None", 4) : member_str(F, v, m, &repr),
                        spec,
                        m->kind == TY_NONE ? lw_const_str(F, "NoneType", 8) : lw_type_name(F, v, m) };
    return lw_call_fi(F, lw_prelude_func(F->L, "_format_object"), args, 3);
}

int32_t lw_union_format(FnCtx *F, int32_t v, Type *t, int32_t spec)
{
    return dispatch(F, v, t, ir_ref(F->L->str_sid), NONE_BY_EACH, member_format, &spec);
}

static int32_t member_hash(FnCtx *F, int32_t v, Type *m, void *data)
{
    (void)data;
    return lw_hash_value(F, v, m);
}

/* hash(v): the member's own hash, so that members equal across kinds
 * (1 == 1.0 == True) hash alike, as in CPython.  None hashes to the
 * constant CPython 3.12 gives it (3.11 hashes its address). */
int32_t lw_union_hash(FnCtx *F, int32_t v, Type *t)
{
    return dispatch(F, v, t, ir_type(IRK_I64), lw_const_i64(F, 0xFCA86420LL), member_hash, NULL);
}

static int32_t member_truth(FnCtx *F, int32_t v, Type *m, void *data)
{
    (void)data;
    return lw_truth_of(F, v, m);
}

/* The truth of the member v holds (0, 0.0, False, "" and None are false;
 * an instance answers through __bool__/__len__). */
int32_t lw_union_truth(FnCtx *F, int32_t v, Type *t)
{
    return dispatch(F, v, t, ir_type(IRK_BOOL), lw_const_bool(F, 0), member_truth, NULL);
}

static int32_t member_type_name(FnCtx *F, int32_t v, Type *m, void *data)
{
    (void)data;
    return lw_type_name(F, v, m);
}

int32_t lw_union_type_name(FnCtx *F, int32_t v, Type *t)
{
    return dispatch(F, v, t, ir_ref(F->L->str_sid), lw_const_str(F, "NoneType", 8),
                    member_type_name, NULL);
}

/* A global or field narrowed to `to` (a member of a union, a smaller
 * union, the class of an optional, a subclass) that another thread or a
 * special method could have assigned since the test: the value must
 * still be one of to's, or a dispatch would take it for another. */
void lw_narrowed_check(FnCtx *F, int32_t v, Type *from, Type *to, const char *what)
{
    Type *u = strip(to);
    Type **ms = u->kind == TY_UNION ? u->items : &u;
    int n = u->kind == TY_UNION ? u->nitems : 1;
    int32_t ok = lw_new_block(F), bad = lw_new_block(F);
    if (to->kind == TY_OPTIONAL) {
        int32_t some = lw_new_block(F);
        lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, v), ok, some);
        lw_start(F, some);
    } else if (from->kind == TY_OPTIONAL) {
        int32_t some = lw_new_block(F);
        lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, v), bad, some);
        lw_start(F, some);
    }
    bool same = strip(from) == u;      /* `g is not None`: only None was out */
    for (int i = 0; i < n && !same; i++) {
        int32_t next = lw_new_block(F);
        lw_branch(F, member_test(F, v, ms[i]), ok, next);
        lw_start(F, next);
    }
    lw_jump(F, same ? ok : bad);
    lw_start(F, bad);
    char msg[256];
    snprintf(msg, sizeof msg, "%s is no longer a '%s'", what, ty_name(F->L->prog->types->arena, to));
    lw_raise_msg(F, "TypeError", lw_const_str(F, msg, (int64_t)strlen(msg)));
    lw_start(F, ok);
}

/* isinstance(v, k) for one class or type k: the member tests that k
 * passes (an int test passes a bool, True being an int); exact: `type(v)
 * is k` (no subclass, no bool for int). */
int32_t lw_union_isinstance(FnCtx *F, int32_t v, Type *t, Ast *k, bool exact)
{
    if (k->ty->kind == TY_CLASSREF)     /* NULL: false */
        return exact ? lw_instance_exact(F, v, k->ty->cls)
                     : lw_instance_of(F, v, lw_class_sid(F->L, k->ty->cls));
    int b = k->ty->builtin;
    Type *u = strip(t);
    int32_t r = lw_tmpk(F, IRK_BOOL), done = lw_new_block(F);
    lw_move(F, r, lw_const_bool(F, 0));
    if (t->kind == TY_OPTIONAL) {
        int32_t some = lw_new_block(F);
        lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, v), done, some);
        lw_start(F, some);
    }
    for (int i = 0; i < u->nitems; i++) {
        TyKind mk = u->items[i]->kind;
        bool passes = (b == BI_INT && (mk == TY_INT || (mk == TY_BOOL && !exact))) ||
                      (b == BI_FLOAT && mk == TY_FLOAT) || (b == BI_BOOL && mk == TY_BOOL) ||
                      (b == BI_STR && mk == TY_STR);
        if (!passes)
            continue;
        lw_true_exit(F, member_test(F, v, u->items[i]), r, done);
    }
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

/* ------------------------------------------------------------ equality */

typedef struct EqSide {
    AstOp op;           /* OP_EQ or OP_NE (the caller negates for !=) */
    int32_t other;      /* the right operand */
    Type *ot;           /* its type: a union, or one member */
} EqSide;

/* Members that compare by value: numbers across int, float and bool
 * (1 == 1.0 == True), strings by content. */
static bool by_value(const Type *a, const Type *b)
{
    return (ty_is_value(a) && ty_is_value(b)) || (a->kind == TY_STR && b->kind == TY_STR);
}

/* Members compared by identity (when no __eq__ of theirs answers). */
static bool by_identity(const Type *a, const Type *b)
{
    return (a->kind == TY_CLASS || a->kind == TY_NONE) && (b->kind == TY_CLASS || b->kind == TY_NONE);
}

/* Whether == between members a and b runs a program's __eq__/__ne__:
 * CPython tries the left one's, then the right one's (a number's or a
 * str's __eq__ answers NotImplemented to an instance). */
static bool rich_eq(const Type *a, const Type *b)
{
    return (a->kind == TY_CLASS && chk_eq_somewhere(a->cls)) ||
           (b->kind == TY_CLASS && chk_eq_somewhere(b->cls));
}

static bool rich_eq_any(const Type *m, const Type *ot)
{
    const Type *u = ot->kind == TY_OPTIONAL ? ot->elem : ot;
    if (u->kind != TY_UNION)
        return rich_eq(m, u);
    for (int i = 0; i < u->nitems; i++)
        if (rich_eq(m, u->items[i]))
            return true;
    return false;
}

/* A member's value as the operand of lower_dunder.c's dispatch: an
 * instance as it is, None as NULL, a number or a str as an `object` (the
 * checker made every __eq__ involved take one). */
static int32_t dispatch_operand(FnCtx *F, int32_t v, Type *m, Type **t)
{
    *t = m;
    if (m->kind == TY_NONE)
        return lw_const_null(F);
    if (m->kind == TY_CLASS)
        return v;
    *t = ty_prim(F->L->prog->types, TY_OBJECT);
    return lw_convert(F, v, m, *t);
}

/* a == b (op: or !=, negated by the caller) for a of member m and b of
 * member bm; None is a member of type None. */
static int32_t eq_values(FnCtx *F, AstOp op, int32_t a, Type *m, int32_t b, Type *bm)
{
    if (by_value(m, bm))
        return lw_compare_values(F, OP_EQ, NULL, a, m, b, bm);
    if (rich_eq(m, bm)) {
        Type *at, *bt;
        int32_t x = dispatch_operand(F, a, m, &at), y = dispatch_operand(F, b, bm, &bt);
        int32_t r = lw_dispatch_cmp(F, op, x, at, y, bt);
        return op == OP_NE ? lw_unop(F, IR_NOT, IRK_BOOL, r) : r;
    }
    if (!by_identity(m, bm))
        return lw_const_bool(F, 0);
    return lw_binop(F, IR_REFEQ, IRK_BOOL, a, b);     /* None is NULL */
}

/* Whether member m's value may equal one of member bm (else False). */
static bool may_equal(const Type *m, const Type *bm)
{
    return by_value(m, bm) || rich_eq(m, bm) || by_identity(m, bm);
}

/* a (the value of member m, None included) == the other side: a union
 * (dispatched on its member), or a value of one type (maybe | None). */
static int32_t eq_member(FnCtx *F, int32_t a, Type *m, void *data)
{
    EqSide *s = data;
    Type *u = strip(s->ot), *none = ty_prim(F->L->prog->types, TY_NONE);
    bool one = u->kind != TY_UNION;
    if (!one && !rich_eq_any(m, u) && m->kind == TY_CLASS)
        return lw_binop(F, IR_REFEQ, IRK_BOOL, a, s->other);      /* identity */
    if (!one && !rich_eq_any(m, u) && m->kind == TY_NONE)
        return lw_unop(F, IR_ISNULL, IRK_BOOL, s->other);
    int32_t r = lw_tmpk(F, IRK_BOOL), done = lw_new_block(F);
    lw_move(F, r, lw_const_bool(F, 0));
    if (s->ot->kind == TY_OPTIONAL) {
        int32_t isnone = lw_new_block(F), some = lw_new_block(F);
        lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, s->other), isnone, some);
        lw_start(F, isnone);
        lw_move(F, r, eq_values(F, s->op, a, m, s->other, none));
        lw_jump(F, done);
        lw_start(F, some);
    }
    Type **ms = one ? &u : u->items;
    for (int i = 0; i < (one ? 1 : u->nitems); i++) {
        Type *bm = ms[i];
        if (!may_equal(m, bm))
            continue;
        int32_t next = one ? -1 : lw_new_block(F);
        if (!one) {
            int32_t yes = lw_new_block(F);
            lw_branch(F, member_test(F, s->other, bm), yes, next);
            lw_start(F, yes);
        }
        int32_t b = one ? lw_convert(F, s->other, s->ot, bm) : member_value(F, s->other, bm);
        lw_move(F, r, eq_values(F, s->op, a, m, b, bm));
        if (one)
            break;
        lw_jump(F, done);
        lw_start(F, next);
    }
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

/* a == b (or !=) where a's type is a union; b's is one too, or a
 * member (a number: `x in (u, 2.0)` compares unconverted items).  Items
 * of containers compare identity first, as CPython does. */
int32_t lw_union_equal(FnCtx *F, AstOp op, int32_t a, Type *at, int32_t b, Type *bt)
{
    bool number = ty_is_value(bt);
    EqSide s = { op, b, bt };
    int32_t r = lw_tmpk(F, IRK_BOOL), done = lw_new_block(F);
    lw_move(F, r, number ? lw_const_bool(F, 0) : lw_binop(F, IR_REFEQ, IRK_BOOL, a, b));
    if (F->items_compare && !number) {
        int32_t other = lw_new_block(F);
        lw_branch(F, r, done, other);
        lw_start(F, other);
    }
    lw_move(F, r, dispatch(F, a, at, ir_type(IRK_BOOL), NONE_BY_EACH, eq_member, &s));
    lw_jump(F, done);
    lw_start(F, done);
    return op == OP_NE ? lw_unop(F, IR_NOT, IRK_BOOL, r) : r;
}
