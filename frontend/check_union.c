/* check_union.c - what a value of a union type (`float | str | Node`)
 * allows before it is narrowed.
 *
 * Assumes: the operands of a comparison are checked; a union's members
 * are int, float, bool, str and classes of the program (check_decl.c).
 * Guarantees: `==`/`!=` between unions (or a union and a member) get both
 * operands converted to their join, so the lowering compares as CPython
 * does across kinds (lower_union.c): numbers by value (1 == 1.0 ==
 * True), strings by content, instances and None by identity.
 * A class member with its own __eq__/__ne__ (or one below it) answers as
 * in CPython (lower_union.c, through lower_dunder.c's dispatch).
 * Refuses: ordering a union; `==` where a class member (or a subclass of
 * one) is an IntEnum, or has an __eq__/__ne__ whose `other` does not take
 * every member (declare it `object`); `is` on a union that may hold a number or a str (CPython may or
 * may not share those objects, so the answer would differ).
 */
#include "frontend/check.h"

static bool num_operand(Checker *c, Type *t, bool number);

bool chk_is_union(const Type *t)
{
    return ty_strip_optional((Type *)t)->kind == TY_UNION;
}

/* e is a variable a closure shares: a field of an env record. */
static bool is_cell(const Ast *e)
{
    const Type *ot = e->kind == AST_ATTR ? e->u.attr.obj->ty : NULL;
    return ot && ot->kind == TY_CLASS && ot->cls->is_env;
}

const char *chk_union_advice(Checker *c, const Ast *e)
{
    const Ast *o = e->kind == AST_ATTR ? e->u.attr.obj : NULL;
    const char *ended = chk_ended_narrow_advice(c, e);
    if (ended)
        return ended;
    if (e->ty && e->ty->kind == TY_OPTIONAL && o && e->u.attr.res == RES_FIELD && !is_cell(e))
        return chk_fmt(c, " ('%s.%s' may be None here: a test of a field lasts until a call "
                       "that may assign it%s; copy it into a variable and test that)",
                       o->kind == AST_NAME ? o->u.name.id
                       : o->kind == AST_ATTR && is_cell(o) ? o->u.attr.attr : "...",
                       e->u.attr.attr, chk_thread_switch_advice(c));
    if (!e->ty || !chk_is_union(e->ty))
        return "";
    if (e->kind == AST_NAME && e->u.name.sym && e->u.name.sym->kind == SYM_GLOBAL)
        return " (narrow it with isinstance() first; a global's narrowing ends at the next call "
               "or assignment: narrow a local copy where a call comes between)";
    return " (narrow the union with isinstance() first)";
}

bool chk_eq_somewhere(ClassInfo *cls)
{
    if (chk_find_method(cls, "__eq__") || chk_find_method(cls, "__ne__"))
        return true;
    for (int i = 0; i < cls->nsubclasses; i++)
        if (chk_eq_somewhere(cls->subclasses[i]))
            return true;
    return false;
}

/* Whether cls or a class below it is an IntEnum (its members equal ints:
 * the dispatch to that is not made). */
static bool int_enum_somewhere(ClassInfo *cls)
{
    if (cls->enuminfo && cls->enuminfo->int_enum)
        return true;
    for (int i = 0; i < cls->nsubclasses; i++)
        if (int_enum_somewhere(cls->subclasses[i]))
            return true;
    return false;
}

/* == between values of union t: an IntEnum member is refused; each class
 * member with its own equality must take every member as `other`
 * (CPython passes the value held as it is, None too). */
static bool members_eq_ok(Checker *c, Type *t, AstOp op, Loc loc)
{
    Type *u = ty_strip_optional(t);
    for (int i = 0; i < u->nitems; i++) {
        ClassInfo *cls = u->items[i]->kind == TY_CLASS ? u->items[i]->cls : NULL;
        if (cls && int_enum_somewhere(cls)) {
            chk_error(c, loc, "'%s' on '%s' is not supported: '%s' is an IntEnum, whose members "
                      "equal ints; narrow it with isinstance() first", ast_op_text[op],
                      chk_tyname(c, t), cls->name);
            return false;
        }
        if (!cls || !chk_eq_somewhere(cls))
            continue;
        for (int k = 0; k < u->nitems; k++)
            if (!chk_eq_takes(c, cls, op, u->items[k], loc))
                return false;
        if (t->kind == TY_OPTIONAL && !chk_eq_takes(c, cls, op, ty_prim(c->tt, TY_NONE), loc))
            return false;
    }
    return true;
}

/* Whether u may hold a value without identity of its own (a number, a str). */
static bool shared_values(Type *u)
{
    u = ty_strip_optional(u);
    for (int i = 0; i < u->nitems; i++)
        if (u->items[i]->kind != TY_CLASS)
            return true;
    return false;
}

/* Whether == on values of type t (a union, or a tuple with union items,
 * which compare item by item) is made; else reports it at loc. */
bool chk_union_eq_ok(Checker *c, Type *t, AstOp op, Loc loc)
{
    if (t->kind == TY_TUPLE) {
        for (int i = 0; i < t->nitems; i++)
            if (!chk_union_eq_ok(c, t->items[i], op, loc))
                return false;
        return true;
    }
    return !chk_is_union(t) || members_eq_ok(c, t, op, loc);
}

static bool union_has(Type *u, TyKind k)
{
    u = ty_strip_optional(u);
    for (int i = 0; i < u->nitems; i++)
        if (u->items[i]->kind == k)
            return true;
    return false;
}

/* `v is False` (is not, True) with v a union that has bool (a variable
 * or a field: read twice): True and False are single objects in CPython,
 * so it is `isinstance(v, bool) and v == False`; or NULL. */
Ast *chk_union_is_bool(Checker *c, Ast *e)
{
    AstList *ops = &e->u.compare.operands;
    AstOp op = e->u.compare.ops[0];
    if (ops->n != 2 || (op != OP_IS && op != OP_ISNOT))
        return NULL;
    int lit = ops->items[0]->kind == AST_BOOL ? 0 : 1;
    Ast *v = ops->items[1 - lit], *b = ops->items[lit];
    if (b->kind != AST_BOOL || !chk_is_union(v->ty) || !union_has(v->ty, TY_BOOL) ||
        !(v->kind == AST_NAME || (v->kind == AST_ATTR && v->u.attr.res == RES_FIELD)))
        return NULL;
    Arena *a = c->arena;
    AstList args = { 0 };
    ast_list_push(a, &args, v);
    ast_list_push(a, &args, ast_name(a, e->loc, "bool"));
    Ast *is_bool = ast_call(a, e->loc, ast_name(a, e->loc, "isinstance"), args);
    OpTok eq = { OP_EQ, e->loc }, and = { OP_AND, e->loc };
    Ast *r = ast_boolop(a, and, is_bool, ast_compare(a, eq, v, b));
    return chk_expr(c, op == OP_IS ? r : ast_unary(a, e->loc, OP_NOT, r));
}

/* operands[i] OP operands[i+1] of e, one side a union; false after an error. */
bool chk_union_compare(Checker *c, Ast *e, int i)
{
    Ast **pa = &e->u.compare.operands.items[i], **pb = &e->u.compare.operands.items[i + 1];
    Type *a = (*pa)->ty, *b = (*pb)->ty;
    AstOp op = e->u.compare.ops[i];
    Type *u = chk_is_union(a) ? a : b;
    if (op == OP_IS || op == OP_ISNOT) {
        if (a->kind == TY_NONE || b->kind == TY_NONE || !shared_values(u))
            return true;
        chk_error(c, e->loc, "'%s' is not supported on '%s': it may hold a number or a str, which "
                  "CPython may or may not share; use '%s', or narrow it with isinstance() first",
                  ast_op_text[op], chk_tyname(c, u), op == OP_IS ? "==" : "!=");
        return false;
    }
    if (op != OP_EQ && op != OP_NE && num_operand(c, a, true) && num_operand(c, b, true)) {
        chk_error(c, e->loc, "'%s' in a chain of comparisons is not supported on '%s': write the "
                  "comparisons joined with 'and'", ast_op_text[op], chk_tyname(c, u));
        return false;
    }
    if (op != OP_EQ && op != OP_NE) {
        chk_error(c, e->loc, "'%s' is not supported between '%s' and '%s': narrow the union with "
                  "isinstance() first", ast_op_text[op], chk_tyname(c, a), chk_tyname(c, b));
        return false;
    }
    Type *j = ty_join(c->tt, a, b);
    if (!j || !chk_is_union(j)) {
        chk_error(c, e->loc, "cannot compare '%s' and '%s' with '%s'%s", chk_tyname(c, a),
                  chk_tyname(c, b), ast_op_text[op],
                  ty_is_value(a) || ty_is_value(b) ? ": a number compares with a union that "
                  "has its type as a member (or narrow the union with isinstance() first)" : "");
        return false;
    }
    if (!chk_union_eq_ok(c, j, op, e->loc))
        return false;
    *pa = chk_fit(c, *pa, j);
    *pb = chk_fit(c, *pb, j);
    return true;
}

/* ------------------------------------------------ int | float numbers */

/* Whether t is `int | float`, or when number is set also an int or a
 * float: the operands the prelude's _num_* functions take (int with int
 * stays int, a float makes a float, as in CPython). */
static bool num_operand(Checker *c, Type *t, bool number)
{
    Type *m[2] = { ty_prim(c->tt, TY_INT), ty_prim(c->tt, TY_FLOAT) };
    return t == ty_union(c->tt, m, 2) || (number && (t == m[0] || t == m[1]));
}

static Ast *op_code(Checker *c, int code, Loc loc)
{
    Ast *k = chk_synth(c, AST_INT, loc, ty_prim(c->tt, TY_INT));
    k->u.i = code;
    return k;
}

/* `a OP b`, a or b an `int | float` and the other one too or a number:
 * the prelude's _num_binop (or _num_div for '/'), else NULL. */
Ast *chk_num_union_binary(Checker *c, Ast *e)
{
    static const AstOp ops[] = { OP_ADD, OP_SUB, OP_MUL, OP_FLOORDIV, OP_MOD };
    Ast *a = e->u.binary.left, *b = e->u.binary.right;
    if (!num_operand(c, a->ty, true) || !num_operand(c, b->ty, true) ||
        (!num_operand(c, a->ty, false) && !num_operand(c, b->ty, false)))
        return NULL;
    if (e->u.binary.op == OP_DIV) {
        Ast *args[2] = { a, b };
        return chk_prelude_call(c, "_num_div", args, 2, e->loc);
    }
    for (int i = 0; i < (int)(sizeof ops / sizeof ops[0]); i++)
        if (ops[i] == e->u.binary.op) {
            Ast *args[3] = { op_code(c, i, e->loc), a, b };
            return chk_prelude_call(c, "_num_binop", args, 3, e->loc);
        }
    return NULL;
}

/* `a < b` (<=, >, >=; one comparison, not a chain) of the same operands
 * (checked): _num_order, else NULL. */
Ast *chk_num_union_order(Checker *c, Ast *e)
{
    static const AstOp ops[] = { OP_LT, OP_LE, OP_GT, OP_GE };
    if (e->u.compare.operands.n != 2)
        return NULL;
    Ast *a = e->u.compare.operands.items[0], *b = e->u.compare.operands.items[1];
    if (!a->ty || !b->ty || !num_operand(c, a->ty, true) || !num_operand(c, b->ty, true) ||
        (!num_operand(c, a->ty, false) && !num_operand(c, b->ty, false)))
        return NULL;
    for (int k = 0; k < 4; k++)
        if (ops[k] == e->u.compare.ops[0]) {
            Ast *args[3] = { op_code(c, k, e->loc), a, b };
            return chk_prelude_call(c, "_num_order", args, 3, e->loc);
        }
    return NULL;
}

/* -x, float(x), int(x) of an `int | float`, else NULL. */
Ast *chk_num_union_call(Checker *c, const char *fname, Ast *x, Loc loc)
{
    return num_operand(c, x->ty, false) ? chk_prelude_call(c, fname, &x, 1, loc) : NULL;
}
