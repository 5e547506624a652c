/* check_special.c - special methods of user classes: the table
 * (specials.def), their signatures, and the operators that use them.
 *
 * Assumes: classes are declared (methods, slots, fields), operands are
 * checked.  Guarantees: an operator with an instance of a user class as
 * an operand gets an OpDispatch (ast.h) naming the forward and reflected
 * methods CPython would try, in the order the lowering reproduces
 * (docs/internals.md, "Operators on objects"), or an error when no method
 * applies.  Refuses: a method whose parameter does not accept the other
 * operand's type (CPython would call it anyway and what it then does is
 * unknowable), and slices of instances.
 */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

const SpecialDef chk_specials[SP__COUNT] = {
#define SPECIAL(id, name, kind, op) { name, kind, op },
#include "frontend/specials.def"
#undef SPECIAL
};

const SpecialDef *chk_special(const char *name)
{
    for (int i = 0; i < SP__COUNT; i++)
        if (strcmp(chk_specials[i].name, name) == 0)
            return &chk_specials[i];
    return NULL;
}

const char *chk_special_name(SpecialKind kind, AstOp op)
{
    for (int i = 0; i < SP__COUNT; i++)
        if (chk_specials[i].kind == kind && chk_specials[i].op == op)
            return chk_specials[i].name;
    return NULL;
}

bool chk_special_may_notimpl(const FuncInfo *fn)
{
    const SpecialDef *sd = fn->cls && !fn->is_static ? chk_special(fn->name) : NULL;
    return sd && (sd->kind == SK_CMP || sd->kind == SK_BINOP || sd->kind == SK_RBINOP ||
                  sd->kind == SK_IBINOP);
}

/* ---------------------------------------------------------- signatures */

static const char *want_text(SpecialKind k)
{
    switch (k) {
    case SK_TOSTR: return "(self) -> str";
    case SK_INT: return "(self) -> int";
    case SK_BOOL: return "(self) -> bool";
    case SK_CMP: return "(self, other: T) -> bool";
    case SK_BINOP: case SK_RBINOP: case SK_IBINOP: return "(self, other: T) -> R";
    case SK_UNARY: return "(self) -> R";
    default: return NULL;
    }
}

/* Fixed parameter counts and result kinds of the SK_ANY methods:
 * TY__COUNT = any result but None, TY_ERROR = anything. */
static bool any_signature(FuncInfo *fn, const char **want)
{
    static const struct { const char *name; int nparams; TyKind ret; const char *text; } t[] = {
        { "__getitem__", 2, TY__COUNT, "(self, key: K) -> V" },
        { "__setitem__", 3, TY_NONE, "(self, key: K, value: V) -> None" },
        { "__delitem__", 2, TY_NONE, "(self, key: K) -> None" },
        { "__contains__", 2, TY_BOOL, "(self, item: T) -> bool" },
        { "__iter__", 1, TY__COUNT, "(self) -> Iterator" },
        { "__next__", 1, TY__COUNT, "(self) -> T" },
        { "__enter__", 1, TY_ERROR, "(self) -> T" },
        { "__post_init__", 1, TY_NONE, "(self) -> None" },
    };
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++) {
        if (strcmp(t[i].name, fn->name) != 0)
            continue;
        *want = t[i].text;
        if (fn->nparams != t[i].nparams)
            return false;
        if (t[i].ret == TY__COUNT)
            return fn->ret->kind != TY_NONE;
        return t[i].ret == TY_ERROR || fn->ret->kind == t[i].ret;
    }
    return true;   /* __init__, __call__, __exit__: checked where used */
}

static bool kind_signature(FuncInfo *fn, SpecialKind k)
{
    TyKind r = fn->ret->kind;
    switch (k) {
    case SK_TOSTR: return fn->nparams == 1 && r == TY_STR;
    case SK_INT: return fn->nparams == 1 && r == TY_INT;
    case SK_BOOL: return fn->nparams == 1 && r == TY_BOOL;
    case SK_CMP: return fn->nparams == 2 && r == TY_BOOL;
    case SK_BINOP: case SK_RBINOP: case SK_IBINOP: return fn->nparams == 2 && r != TY_NONE;
    case SK_UNARY: return fn->nparams == 1 && r != TY_NONE;
    default: return true;
    }
}

/* __eq__ and __ne__ take `other: object` (narrowed with isinstance) or
 * the hierarchy's root class: CPython calls them with whatever an object
 * of any class of the hierarchy is compared with, and the operators
 * resolve them per run-time class (lower_dunder.c), so every one of them
 * must take every operand an == on the hierarchy may pass. */
static void eq_other_ok(Checker *c, FuncInfo *fn)
{
    ClassInfo *root = fn->cls;
    while (root->base)
        root = root->base;
    Type *t = fn->params[1].type;
    if (t->kind == TY_OBJECT || t == root->type || t->kind == TY_ERROR)
        return;
    chk_error(c, fn->def->loc, "'%s' must have the signature (self, other: object) -> bool%s",
              fn->name, root == fn->cls
              ? chk_fmt(c, " (or other: %s)", root->name)
              : chk_fmt(c, " (or other: %s, the root of its classes: == on any '%s' may call "
                        "it, with any object: test isinstance(other, %s) in it)", root->name,
                        root->name, fn->cls->name));
}

/* A special method of a user class (add_method): known, and with the
 * signature its uses need. */
void chk_special_signature(Checker *c, FuncInfo *fn)
{
    const SpecialDef *sd = chk_special(fn->name);
    if (!sd) {
        chk_error(c, fn->def->loc, "special method '%s' is not supported", fn->name);
        return;
    }
    if (fn->is_static || fn->ret->kind == TY_ERROR)
        return;
    const char *want = want_text(sd->kind);
    bool ok = sd->kind == SK_ANY ? any_signature(fn, &want) : kind_signature(fn, sd->kind);
    bool eq = sd->kind == SK_CMP && (sd->op == OP_EQ || sd->op == OP_NE);
    if (!ok)
        chk_error(c, fn->def->loc, "'%s' must have the signature %s", fn->name,
                  eq ? "(self, other: object) -> bool" : want);
    else if (eq)
        eq_other_ok(c, fn);
}

/* ------------------------------------------------------------ operands */

/* The class of an operand whose operators are special methods: a class
 * of the program, or the prelude's bytes or bytearray (written as classes;
 * the other prelude types' operators are built in). */
static ClassInfo *user_class(Type *t)
{
    if (t->kind != TY_CLASS)
        return NULL;
    return !t->cls->is_builtin || strcmp(t->cls->name, "bytes") == 0 ||
           strcmp(t->cls->name, "bytearray") == 0 ? t->cls : NULL;
}

bool chk_is_instance_type(Type *t)
{
    return user_class(t) != NULL;
}

/* The operand e passed as the `other` parameter of m: it must fit as a
 * kept value (CPython passes it as it is).  Reports and returns false
 * when it does not. */
static bool fit_other(Checker *c, FuncInfo *m, Ast **e, Loc loc)
{
    Type *pt = m->params[1].type;
    Ast *fitted = chk_fit(c, *e, pt);
    if (!fitted) {
        chk_error(c, loc, "'%s' of '%s' takes '%s', not '%s'%s", m->name, m->cls->name,
                  chk_tyname(c, pt), chk_tyname(c, (*e)->ty), chk_widen_advice(c, *e, pt));
        return false;
    }
    *e = fitted;
    chk_use_func(c, m);
    return true;
}

/* Whether m's `other` parameter takes a t as it is (or as an object). */
static bool accepts_type(FuncInfo *m, Type *t)
{
    Type *pt = m->params[1].type;
    return ty_subtype(t, pt) || (pt->kind == TY_OBJECT && ty_is_value(t));
}

static bool accepts(FuncInfo *m, Ast *e)
{
    return accepts_type(m, e->ty);
}

static OpDispatch *new_dispatch(Checker *c, AstOp op, Type *lt, Type *rt)
{
    /* the lowering raises the TypeError of a failed dispatch with it */
    Sym *err = chk_prelude_sym(c, "_op_type_error");
    chk_use_func(c, err->func);
    OpDispatch *d = arena_alloc(c->arena, sizeof *d);
    d->op = op;
    d->lt = lt;
    d->rt = rt;
    return d;
}

/* ------------------------------------------------------------- order */

static bool below(ClassInfo *sub, ClassInfo *base)
{
    return ty_is_subclass(sub, base);
}

static bool defines(ClassInfo *cls, const char *name)
{
    for (int i = 0; i < cls->nmethods; i++)
        if (strcmp(cls->methods[i]->name, name) == 0)
            return true;
    return false;
}

/* Whether some class strictly below `a` lies in r's subtree and (for
 * arithmetic, refl_name set) runs another reflected method than `a`:
 * a class on its path down from `a` defines it (`differs`: one above
 * did).  An instance of it as the right operand goes first against an
 * `a` (CPython: binary_op1 and do_richcompare). */
bool chk_refl_trigger_below(ClassInfo *a, ClassInfo *r, const char *refl_name, bool differs)
{
    for (int i = 0; i < a->nsubclasses; i++) {
        ClassInfo *s = a->subclasses[i];
        bool dif = differs || !refl_name || defines(s, refl_name);
        if (dif && below(s, r))
            return true;
        if ((below(r, s) || below(s, r)) && chk_refl_trigger_below(s, r, refl_name, dif))
            return true;
    }
    return false;
}

/* Whether the reflected method may go first for some pair of run-time
 * classes of the operands (static classes l and r). */
bool chk_refl_may_go_first(ClassInfo *l, ClassInfo *r, const char *refl_name)
{
    if (chk_refl_trigger_below(l, r, refl_name, false))
        return true;
    for (int i = 0; i < l->nsubclasses; i++)
        if (chk_refl_may_go_first(l->subclasses[i], r, refl_name))
            return true;
    return false;
}

static bool subtree_notimpl(ClassInfo *cls, const char *name)
{
    for (int i = 0; i < cls->nmethods; i++)
        if (strcmp(cls->methods[i]->name, name) == 0 && cls->methods[i]->returns_notimpl)
            return true;
    for (int i = 0; i < cls->nsubclasses; i++)
        if (subtree_notimpl(cls->subclasses[i], name))
            return true;
    return false;
}

/* A reflected method whose parameter does not accept the left operand is
 * left out of the dispatch when CPython would never call it; whether it
 * would (the forward method returns NotImplemented, or a subclass goes
 * first) is known once every body is checked: chk_finish_dispatch. */
typedef struct PendingRefl {
    OpDispatch *d;
    FuncInfo *refl;
    Type *left;
    Loc loc;
} PendingRefl;

/* A call x.__eq__(y) by name: NotImplemented is a signal here, which
 * only the operators catch; checked once every body is known. */
void chk_direct_special_call(Checker *c, Ast *call)
{
    FuncInfo *m = call->u.call.target;
    if (!chk_special_may_notimpl(m) || (c->fn && chk_special_may_notimpl(c->fn)))
        return;          /* inside such a method the signal means the same */
    VEC_PUSH(c->arena, c->direct_special, c->ndirect_special, c->cap_direct_special, call);
}

static void finish_direct_calls(Checker *c)
{
    for (int i = 0; i < c->ndirect_special; i++) {
        Ast *call = c->direct_special[i];
        FuncInfo *m = call->u.call.target;
        ClassInfo *cls = user_class(ty_strip_optional(call->u.call.recv->ty));
        if (m->returns_notimpl || (cls && subtree_notimpl(cls, m->name)))
            chk_error(c, call->loc, "'%s' may return NotImplemented, which only an operator can "
                      "take: write the operator instead of calling '%s' by name", m->qualname,
                      m->name);
    }
    c->ndirect_special = 0;
}

void chk_finish_dispatch(Checker *c)
{
    finish_direct_calls(c);
    for (int i = 0; i < c->npending_refl; i++) {
        PendingRefl *p = &c->pending_refl[i];
        OpDispatch *d = p->d;
        ClassInfo *l = user_class(d->lt), *r = user_class(d->rt);
        bool called = !d->fwd || subtree_notimpl(l, d->fwd->name) ||
                      (r && chk_refl_may_go_first(l, r, d->arith ? p->refl->name : NULL));
        if (called)
            chk_error(c, p->loc, "'%s' of '%s' takes '%s', not '%s'", p->refl->name,
                      p->refl->cls->name, chk_tyname(c, p->refl->params[1].type),
                      chk_tyname(c, p->left));
    }
    c->npending_refl = 0;
}

static void defer_refl(Checker *c, OpDispatch *d, Type *left, Loc loc)
{
    PendingRefl p = { d, d->refl, left, loc };
    VEC_PUSH(c->arena, c->pending_refl, c->npending_refl, c->cap_pending_refl, p);
    d->refl = NULL;
}

/* ------------------------------------------------------------ binary */

static const char *op_text(AstOp op)
{
    return ast_op_text[op];
}

/* Fills d's fwd and refl for the arithmetic operator d->op between left
 * and right (checked).  With `required`, no method at all is an error.
 * False after an error. */
static bool binary_methods(Checker *c, OpDispatch *d, Ast **left, Ast **right, Loc loc,
                           bool required)
{
    ClassInfo *lc = user_class((*left)->ty), *rc = user_class((*right)->ty);
    const char *fname = chk_special_name(SK_BINOP, d->op);
    d->refl_name = chk_special_name(SK_RBINOP, d->op);
    d->fwd = lc ? chk_find_method(lc, fname) : NULL;
    d->refl = rc ? chk_find_method(rc, d->refl_name) : NULL;
    if (!d->fwd && !d->refl) {
        if (required)
            chk_error(c, loc, "unsupported operand types for %s: '%s' and '%s' (no %s%s%s)",
                      op_text(d->op), chk_tyname(c, (*left)->ty), chk_tyname(c, (*right)->ty),
                      lc ? fname : "", lc && rc ? " or " : "", rc ? d->refl_name : "");
        return !required;
    }
    if (d->fwd && !fit_other(c, d->fwd, right, loc))
        return false;
    if (d->refl && d->fwd && !accepts(d->refl, *left))
        defer_refl(c, d, (*left)->ty, loc);
    else if (d->refl && !fit_other(c, d->refl, left, loc))
        return false;
    return true;
}

int chk_refl_order_bit(const char *refl_name)
{
    const SpecialDef *sd = chk_special(refl_name);
    return sd && sd->kind == SK_RBINOP ? (int)(sd - &chk_specials[SP_RADD]) : -1;
}

/* The lowering decides at run time whether d's reflected method goes
 * first through a slot of the left hierarchy, made only where an
 * operator needs it: noted at the hierarchy's root. */
static void note_refl_order(OpDispatch *d)
{
    ClassInfo *l = user_class(d->lt), *r = user_class(d->rt);
    if (!l || !r || !d->refl || !chk_refl_may_go_first(l, r, d->refl_name))
        return;
    while (l->base)
        l = l->base;
    l->refl_first |= 1u << chk_refl_order_bit(d->refl_name);
}

/* The result type of a dispatch that may end in either method. */
static Type *either_result(Checker *c, OpDispatch *d, Loc loc)
{
    Type *a = d->fwd ? d->fwd->ret : NULL, *b = d->refl ? d->refl->ret : NULL;
    if (!a || !b)
        return a ? a : b;
    Type *j = ty_join_kept(c->tt, a, b);
    if (!j) {
        chk_error(c, loc, "'%s' and '%s' return different types '%s' and '%s'",
                  d->fwd->qualname, d->refl->qualname, chk_tyname(c, a), chk_tyname(c, b));
        return TT(ERROR);
    }
    return j;
}

/* a OP b where a or b is an instance of a user class: e, typed, or NULL
 * when neither operand is one. */
Ast *chk_class_binary(Checker *c, Ast *e)
{
    Type *l = e->u.binary.left->ty, *r = e->u.binary.right->ty;
    if (!user_class(l) && !user_class(r))
        return NULL;
    OpDispatch *d = new_dispatch(c, e->u.binary.op, l, r);
    d->arith = 1;
    d->fallback = DFB_TYPEERROR;
    if (!binary_methods(c, d, &e->u.binary.left, &e->u.binary.right, e->loc, true)) {
        e->ty = TT(ERROR);
        return e;
    }
    d->ty = e->ty = either_result(c, d, e->loc);
    d->lt = e->u.binary.left->ty;
    d->rt = e->u.binary.right->ty;
    note_refl_order(d);
    e->u.binary.disp = d;
    return e;
}

/* -x, +x, ~x on an instance (abs(x) is a call of __abs__). */
Ast *chk_class_unary(Checker *c, Ast *e)
{
    ClassInfo *cls = user_class(e->u.unary.operand->ty);
    if (!cls)
        return NULL;
    const char *name = chk_special_name(SK_UNARY, e->u.unary.op);
    FuncInfo *m = name ? chk_find_method(cls, name) : NULL;
    if (!m) {
        chk_error(c, e->loc, "bad operand type for unary %s: '%s' (no %s)", op_text(e->u.unary.op),
                  cls->name, name ? name : "method");
        e->ty = TT(ERROR);
        return e;
    }
    OpDispatch *d = new_dispatch(c, e->u.unary.op, e->u.unary.operand->ty, NULL);
    d->fwd = m;
    d->fallback = DFB_TYPEERROR;
    d->ty = e->ty = m->ret;
    e->u.unary.disp = d;
    chk_use_func(c, m);
    return e;
}

/* target OP= value where the target (read: its current value) or the
 * value is an instance: __iop__ of the target's class first, then the
 * binary operator.  Sets s's dispatch (NULL after an error). */
void chk_class_augassign(Checker *c, Ast *s, Ast *read, Ast **value)
{
    ClassInfo *lc = user_class(read->ty);
    OpDispatch *d = new_dispatch(c, s->u.augassign.op, read->ty, (*value)->ty);
    d->arith = 1;
    d->fallback = DFB_TYPEERROR;
    const char *iname = chk_special_name(SK_IBINOP, d->op);
    d->inplace = lc ? chk_find_method(lc, iname) : NULL;
    if (d->inplace && !fit_other(c, d->inplace, value, s->loc))
        return;
    Ast *left = read;
    if (!binary_methods(c, d, &left, value, s->loc, !d->inplace))
        return;
    Type *bt = d->fwd || d->refl ? either_result(c, d, s->loc) : NULL;
    d->ty = !d->inplace ? bt : !bt ? d->inplace->ret : ty_join_kept(c->tt, d->inplace->ret, bt);
    if (!d->ty) {
        chk_error(c, s->loc, "'%s' and '%s' return different types", iname,
                  chk_special_name(SK_BINOP, d->op));
        return;
    }
    d->lt = read->ty;
    d->rt = (*value)->ty;
    note_refl_order(d);
    s->u.augassign.disp = d;
}

/* --------------------------------------------------------- comparisons */

AstOp chk_swapped_op(AstOp op)
{
    switch (op) {
    case OP_LT: return OP_GT;
    case OP_GT: return OP_LT;
    case OP_LE: return OP_GE;
    case OP_GE: return OP_LE;
    default: return op;
    }
}

/* The method side `cls` (NULL: a built-in type, which does not know the
 * other operand) offers for op, as slot_tp_richcompare finds it: the
 * class's own method, else object's __eq__ (identity) and __ne__ (the
 * negated __eq__). */
static void cmp_side(ClassInfo *cls, AstOp op, FuncInfo **m, bool *neg, bool *ident)
{
    *m = NULL;
    *neg = *ident = false;
    if (!cls)
        return;
    *m = chk_find_method(cls, chk_special_name(SK_CMP, op));
    if (*m || (op != OP_EQ && op != OP_NE))
        return;
    *neg = op == OP_NE;
    *m = chk_find_method(cls, "__eq__");
    *ident = !*m;
}

static bool is_ordering_op(AstOp op)
{
    return op != OP_EQ && op != OP_NE;
}

/* Whether the __eq__ (and for != the __ne__) cls itself defines takes
 * an `other` of type t.  Reports the first that does not. */
static bool own_eq_takes(Checker *c, ClassInfo *cls, AstOp op, Type *t, Loc loc)
{
    for (int i = 0; i < cls->nmethods; i++) {
        FuncInfo *m = cls->methods[i];
        bool used = strcmp(m->name, "__eq__") == 0 || (op == OP_NE && strcmp(m->name, "__ne__") == 0);
        if (!used || m->nparams != 2)
            continue;
        if (!accepts_type(m, t)) {
            chk_error(c, loc, "'%s' of '%s' takes '%s', not '%s' (declare the parameter "
                              "'object' and narrow it with isinstance())", m->name, cls->name,
                      chk_tyname(c, m->params[1].type), chk_tyname(c, t));
            return false;
        }
        chk_use_func(c, m);
    }
    return true;
}

/* == and != find __eq__/__ne__ per run-time class (lower_dunder.c): every
 * one defined in cls's subtree must take `other`.  Reports the first that
 * does not. */
static bool eq_side_ok(Checker *c, ClassInfo *cls, AstOp op, Type *other, Loc loc)
{
    if (!cls)
        return true;
    if (!own_eq_takes(c, cls, op, other, loc))
        return false;
    for (int i = 0; i < cls->nsubclasses; i++)
        if (!eq_side_ok(c, cls->subclasses[i], op, other, loc))
            return false;
    return true;
}

bool chk_eq_takes(Checker *c, ClassInfo *cls, AstOp op, Type *other, Loc loc)
{
    for (ClassInfo *b = cls->base; b; b = b->base)
        if (!own_eq_takes(c, b, op, other, loc))
            return false;
    return eq_side_ok(c, cls, op, other, loc);
}

/* One comparison a OP b of a chain where a or b is an instance: sets
 * disps[i].  Returns false when neither is one (the caller goes on). */
bool chk_class_compare(Checker *c, Ast *e, int i)
{
    Ast **pa = &e->u.compare.operands.items[i], **pb = &e->u.compare.operands.items[i + 1];
    AstOp op = e->u.compare.ops[i];
    Type *a = ty_strip_optional((*pa)->ty), *b = ty_strip_optional((*pb)->ty);
    ClassInfo *lc = user_class(a), *rc = user_class(b);
    if ((!lc && !rc) || op == OP_IN || op == OP_NOTIN || op == OP_IS || op == OP_ISNOT)
        return false;
    bool ordering = op != OP_EQ && op != OP_NE;
    if ((*pa)->ty->kind == TY_NONE || (*pb)->ty->kind == TY_NONE)
        return false;       /* x == None: identity */
    if (ordering && (a != (*pa)->ty || b != (*pb)->ty))
        return false;       /* the caller rejects ordering optionals */
    if (!ordering) {
        /* each side answers through its class, maybe through a vtable
         * slot taking any object (lower_special.c): a number is passed
         * boxed, as an `object` */
        if (!rc && ty_is_value(b))
            *pb = chk_convert(c, *pb, TT(OBJECT));
        if (!lc && ty_is_value(a))
            *pa = chk_convert(c, *pa, TT(OBJECT));
    }
    OpDispatch *d = new_dispatch(c, op, (*pa)->ty, (*pb)->ty);
    bool fn, rn, fi, ri;
    cmp_side(lc, op, &d->fwd, &fn, &fi);
    cmp_side(rc, chk_swapped_op(op), &d->refl, &rn, &ri);
    d->fwd_not = fn; d->fwd_ident = fi;
    d->refl_not = rn; d->refl_ident = ri;
    d->refl_name = rc ? chk_special_name(SK_CMP, chk_swapped_op(op)) : NULL;
    d->fallback = op == OP_EQ ? DFB_IDENTITY : op == OP_NE ? DFB_NOT_IDENTITY : DFB_TYPEERROR;
    d->ty = TT(BOOL);
    if (ordering && !d->fwd && !d->refl && c->mod == c->prelude && diag_count(c->diag) > 0) {
        return true;             /* sort(), sorted(), min(), max(): reported at the call */
    }
    if (ordering && !d->fwd && !d->refl) {
        chk_error(c, e->loc, "'%s' is not supported between instances of '%s' and '%s' (define %s%s)",
                  op_text(op), chk_tyname(c, a), chk_tyname(c, b),
                  chk_special_name(SK_CMP, op),
                  op == OP_LE || op == OP_GE ? ", or use functools.total_ordering" : "");
        return true;
    }
    if (!d->fwd && !d->refl && !ty_join(c->tt, a, b)) {
        chk_error(c, e->loc, "cannot compare '%s' and '%s' with '%s'", chk_tyname(c, a),
                  chk_tyname(c, b), op_text(op));
        return true;
    }
    if (d->fwd && !fit_other(c, d->fwd, pb, e->loc))
        return true;
    if (d->refl && d->fwd && !accepts(d->refl, *pa))
        defer_refl(c, d, (*pa)->ty, e->loc);
    else if (d->refl && !fit_other(c, d->refl, pa, e->loc))
        return true;
    if (!is_ordering_op(op) && (!eq_side_ok(c, lc, op, (*pb)->ty, e->loc) ||
                                !eq_side_ok(c, rc, chk_swapped_op(op), (*pa)->ty, e->loc)))
        return true;
    d->lt = (*pa)->ty;
    d->rt = (*pb)->ty;
    e->u.compare.disps[i] = d;
    return true;
}

/* ------------------------------------------------------------ strings */

FuncInfo *chk_str_method(ClassInfo *cls, bool repr)
{
    FuncInfo *m = repr ? NULL : chk_find_method(cls, "__str__");
    return m ? m : chk_find_method(cls, "__repr__");
}

/* Whether str() (repr()) of every instance of cls's subtree runs the
 * same slot as cls's own method (or none has one). */
bool chk_str_uniform(ClassInfo *cls, bool repr)
{
    FuncInfo *m = chk_str_method(cls, repr);
    for (int i = 0; i < cls->nsubclasses; i++) {
        ClassInfo *s = cls->subclasses[i];
        FuncInfo *ms = chk_str_method(s, repr);
        bool same = m ? ms && strcmp(ms->name, m->name) == 0 && m->vslot >= 0 : !ms;
        if (!same || !chk_str_uniform(s, repr))
            return false;
    }
    return true;
}

bool chk_str_somewhere(ClassInfo *cls, bool repr)
{
    if (chk_str_method(cls, repr))
        return true;
    for (int i = 0; i < cls->nsubclasses; i++)
        if (chk_str_somewhere(cls->subclasses[i], repr))
            return true;
    return false;
}

/* Marks used every string method of cls's subtree (the lowering's chain
 * may call any). */
void chk_use_str_methods(Checker *c, ClassInfo *cls)
{
    chk_use_func(c, chk_find_method(cls, "__str__"));
    chk_use_func(c, chk_find_method(cls, "__repr__"));
    for (int i = 0; i < cls->nsubclasses; i++)
        chk_use_str_methods(c, cls->subclasses[i]);
}

/* ---------------------------------------------------------------- hash */

/* Whether hash() of every instance of cls's subtree runs the slot of
 * cls's own __hash__ (or identity for all), no class being unhashable. */
bool chk_hash_uniform(ClassInfo *cls)
{
    FuncInfo *m = chk_find_method(cls, "__hash__");
    for (int i = 0; i < cls->nsubclasses; i++) {
        ClassInfo *s = cls->subclasses[i];
        FuncInfo *ms = chk_find_method(s, "__hash__");
        bool same = m ? ms && strcmp(ms->name, m->name) == 0 && m->vslot >= 0 : !ms;
        if (!same || s->unhashable || !chk_hash_uniform(s))
            return false;
    }
    return true;
}

void chk_use_hash_methods(Checker *c, ClassInfo *cls)
{
    chk_use_func(c, chk_find_method(cls, "__hash__"));
    for (int i = 0; i < cls->nsubclasses; i++)
        chk_use_hash_methods(c, cls->subclasses[i]);
}

/* ------------------------------------------------------- NotImplemented */

/* `return NotImplemented` in a special method that may return it becomes
 * `raise _NotImplementedType()` (the prelude's signal, which the dispatch
 * catches); elsewhere it is an error.  True when s was such a return:
 * then it is a RAISE, or it was reported. */
bool chk_return_notimpl(Checker *c, Ast *s)
{
    Ast *v = s->u.ret.value;
    if (!v || v->kind != AST_NAME || strcmp(v->u.name.id, "NotImplemented") != 0 ||
        chk_lookup_name(c, "NotImplemented"))
        return false;
    if (!c->fn || !chk_special_may_notimpl(c->fn)) {
        chk_error(c, v->loc, "'NotImplemented' can only be returned by a comparison or binary "
                             "operator method (__eq__, __lt__, __add__, __radd__, ...)");
        c->flow->dead = true;
        return true;
    }
    c->fn->returns_notimpl = 1;
    s->kind = AST_RAISE;
    s->u.raise.exc = ast_call(c->arena, v->loc, chk_prelude_name(c, "_NotImplementedType", v->loc),
                              (AstList){ 0 });
    s->u.raise.cause = NULL;
    return true;
}
