/* lower_expr.c - expressions, truth values, conversions, assignment.
 *
 * The checker made every conversion explicit (CONVERT nodes) and resolved
 * operators on objects to methods (binary.method, compare.methods,
 * sub.method), so this file only chooses IR operations by type.
 * Arithmetic on int checks overflow (OverflowError), as the language
 * promises; float arithmetic follows IEEE with Python's division errors.
 */
#include "passes/lower.h"

#include <stdio.h>
#include <string.h>

/* int | None, float | None, bool | None: boxed (lw_box). */
static bool value_optional(const Type *t)
{
    return t->kind == TY_OPTIONAL && ty_is_value(t->elem);
}

static Type *prim(FnCtx *F, TyKind k)
{
    return ty_prim(F->L->prog->types, k);
}


static int32_t str_extern(FnCtx *F, const char *name, IrKind ret, int nargs, uint32_t flags)
{
    IrType params[3] = { ir_ref(F->L->str_sid), ir_ref(F->L->str_sid), ir_ref(F->L->str_sid) };
    IrType r = ret == IRK_REF ? ir_ref(F->L->str_sid) : ir_type(ret);
    return lw_extern_c(F->L, name, r, params, nargs, flags);
}

static int32_t concat(FnCtx *F, int32_t a, int32_t b);
static bool is_repeat_display(const Ast *e);
static int32_t repeat_display(FnCtx *F, Ast *e);

/* ------------------------------------------------------------ names */

static int32_t global_ref(FnCtx *F, ModuleInfo *mod, int32_t *sid)
{
    int32_t g = lw_module_global(F->L, mod);
    *sid = F->L->m->globals[g].sid;
    int32_t v = lw_tmp(F, ir_ref(*sid));
    IrInstr *in = lw_emit(F, IR_GLOBAL);
    in->dst = v;
    in->aux = g;
    return v;
}

/* A read of a global that a function may make before the module's code
 * assigned it (lower.c, mark_init_order): NameError then, as in CPython.
 * The module's own top-level code needs no test: the checker proved that
 * its reads follow an assignment. */
static void global_assigned_check(FnCtx *F, ModuleInfo *mod, const GlobalVar *g)
{
    if (!g->set_flag || (F->fi && F->fi->is_module_init && F->fi->module == mod))
        return;
    int32_t sid;
    int32_t obj = global_ref(F, mod, &sid);
    int32_t set = lw_getfield(F, obj, sid, g->set_flag - 1);
    int32_t bad = lw_new_block(F), ok = lw_new_block(F);
    lw_branch(F, set, ok, bad);
    lw_start(F, bad);
    size_t n = strlen(g->name) + 32;
    char *buf = ir_alloc(F->L->m, n);
    snprintf(buf, n, "name '%s' is not defined", g->name);
    lw_raise_msg(F, "NameError", lw_const_str(F, buf, (int64_t)strlen(buf)));
    lw_start(F, ok);
}

static int32_t func_value(FnCtx *F, FuncInfo *fi)
{
    int32_t fid = lw_func(F->L, fi);
    F->L->m->funcs[fid].used_as_value = 1;
    int32_t v = lw_tmp(F, ir_ref(-1));
    IrInstr *in = lw_emit(F, IR_CONST_FUNC);
    in->dst = v;
    in->aux = fid;
    return v;
}

/* A global's literal (GlobalVar.literal), emitted where it is read. */
static int32_t global_literal(FnCtx *F, const Ast *lit)
{
    int neg = lit->kind == AST_UNARY;
    const Ast *v = neg ? lit->u.unary.operand : lit;
    switch (v->kind) {
    case AST_INT: return lw_const_i64(F, neg ? (int64_t)(0 - (uint64_t)v->u.i) : v->u.i);
    case AST_FLOAT: return lw_const_f64(F, neg ? -v->u.f : v->u.f);
    case AST_BOOL: return lw_const_bool(F, (int)v->u.i);
    case AST_STR: return lw_const_str(F, v->u.str.s, (int64_t)v->u.str.len);
    default: return lw_const_null(F);
    }
}

static int32_t sym_value(FnCtx *F, Sym *s, Ast *e)
{
    switch (s->kind) {
    case SYM_LOCAL:
        return F->local_vreg[s->index];
    case SYM_GLOBAL: {
        const GlobalVar *g = &s->module->globals[s->index];
        global_assigned_check(F, s->module, g);
        /* a global assigned once, to a literal: a constant (an opcode
         * number in an interpreter's dispatch, read at every step) */
        if (g->literal && !g->assigned_later)
            return global_literal(F, g->literal);
        int32_t sid;
        int32_t obj = global_ref(F, s->module, &sid);
        return lw_getfield(F, obj, sid, s->index);
    }
    case SYM_FUNC:
        return func_value(F, s->func);
    case SYM_BUILTIN:
        if (s->builtin == BI_NAME) {
            const char *name = F->fi && F->fi->module && !F->fi->module->is_main
                                   ? F->fi->module->name : "__main__";
            return lw_const_str(F, name, (int64_t)strlen(name));
        }
        break;
    default:
        break;
    }
    lw_error(F->L, e->loc, "cannot lower the name '%s'", s->name);
    return lw_const_null(F);
}

/* A closure's free variable read before the def that binds it ran: the
 * record's field is still empty (check_closure.c). */
static void free_var_bound(FnCtx *F, int32_t v, const char *name)
{
    int32_t ok = lw_new_block(F), bad = lw_new_block(F);
    lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, v), bad, ok);
    lw_start(F, bad);
    char msg[256];
    snprintf(msg, sizeof msg, "cannot access free variable '%s' where it is not associated "
             "with a value in enclosing scope", name);
    lw_raise_new(F, "NameError", msg);
    lw_start(F, ok);
}

/* ------------------------------------------------------ class constants */

/* text = "'K' object has no attribute 'f'" for the class K of obj (a cls
 * or a subclass: the most derived first, as CPython names it), then a
 * jump to done.  On the cold path only. */
static void missing_attr_message(FnCtx *F, int32_t obj, ClassInfo *cls, const char *attr,
                                 int32_t text, int32_t done)
{
    for (int i = 0; i < cls->nsubclasses; i++) {
        int32_t is = lw_tmpk(F, IRK_BOOL), yes = lw_new_block(F), no = lw_new_block(F);
        IrInstr *in = lw_emit(F, IR_INSTANCEOF);
        in->dst = is;
        in->a = obj;
        in->aux = lw_class_sid(F->L, cls->subclasses[i]);
        lw_branch(F, is, yes, no);
        lw_start(F, yes);
        missing_attr_message(F, obj, cls->subclasses[i], attr, text, done);
        lw_start(F, no);
    }
    size_t n = strlen(cls->name) + strlen(attr) + 40;
    char *buf = ir_alloc(F->L->m, n);
    snprintf(buf, n, "'%s' object has no attribute '%s'", cls->name, attr);
    lw_move(F, text, lw_const_str(F, buf, (int64_t)strlen(buf)));
    lw_jump(F, done);
}

/* A field first assigned outside __init__ (Field.set_flag): reading it
 * before any assignment raises AttributeError, as in CPython. */
void lw_field_set_check(FnCtx *F, int32_t obj, ClassInfo *cls, int index)
{
    int flag = cls->fields[index].set_flag;
    if (!flag)
        return;
    int32_t sid = lw_class_sid(F->L, cls);
    int32_t set = lw_getfield(F, obj, sid, flag - 1);
    int32_t bad = lw_new_block(F), ok = lw_new_block(F);
    lw_branch(F, set, ok, bad);
    lw_start(F, bad);
    int32_t text = lw_tmp(F, ir_ref(F->L->str_sid));
    int32_t named = lw_new_block(F);
    missing_attr_message(F, obj, cls, cls->fields[index].name, text, named);
    lw_start(F, named);
    lw_raise_msg(F, "AttributeError", text);
    lw_start(F, ok);
}

/* Stores into a field with a set flag set it. */
void lw_field_mark_set(FnCtx *F, int32_t obj, ClassInfo *cls, int index)
{
    int flag = cls->fields[index].set_flag;
    if (flag)
        lw_setfield(F, obj, lw_class_sid(F->L, cls), flag - 1, lw_const_bool(F, 1));
}

static ClassConst *find_const(ClassInfo *cls, const char *name, ClassInfo **owner)
{
    for (ClassInfo *c = cls; c; c = c->base)
        for (int i = 0; i < c->nconsts; i++)
            if (strcmp(c->consts[i].name, name) == 0) {
                *owner = c;
                return &c->consts[i];
            }
    return NULL;
}

/* The class attribute that C.n / obj.n names (a checked RES_CLASS_CONST). */
static ClassConst *attr_const(FnCtx *F, Ast *e, ClassInfo **owner)
{
    Type *ot = ty_strip_optional(e->u.attr.obj->ty);
    ClassInfo *cls = ot->kind == TY_CLASSREF ? ot->cls : lw_class_of(F->L, ot);
    ClassConst *k = find_const(cls, e->u.attr.attr, owner);
    if (!k)
        IR_DIE("class constant %s not found", e->u.attr.attr);
    return k;
}

/* Class attributes with storage (ClassConst.global) are set at the entry
 * of their module's init: their values are constants or displays of
 * constants (check_classattr.c), so nothing can tell it from the class
 * statement's time. */
void lw_class_attrs_init(FnCtx *F, ModuleInfo *mod)
{
    for (int i = 0; i < mod->nclasses; i++) {
        ClassInfo *cls = mod->classes[i];
        for (int j = 0; j < cls->nconsts; j++) {
            ClassConst *k = &cls->consts[j];
            if (!k->global)
                continue;
            int32_t v = lw_expr(F, k->value), sid;
            int32_t obj = global_ref(F, mod, &sid);
            lw_setfield(F, obj, sid, k->global - 1, lw_convert(F, v, k->value->ty, k->type));
        }
    }
}

static int32_t class_attr_read(FnCtx *F, Ast *e)
{
    ClassInfo *owner;
    ClassConst *k = attr_const(F, e, &owner);
    if (e->u.attr.obj->ty->kind != TY_CLASSREF && e->u.attr.obj->kind != AST_NAME)
        lw_expr(F, e->u.attr.obj);      /* f().n: the call happens */
    if (!k->global)
        return lw_expr(F, k->value);
    int32_t sid;
    int32_t obj = global_ref(F, owner->module, &sid);
    return lw_getfield(F, obj, sid, k->global - 1);
}

static void class_attr_store(FnCtx *F, Ast *t, int32_t v, Type *vt)
{
    ClassInfo *owner;
    ClassConst *k = attr_const(F, t, &owner);
    int32_t sid;
    int32_t obj = global_ref(F, owner->module, &sid);
    lw_setfield(F, obj, sid, k->global - 1, lw_convert(F, v, vt, k->type));
}

static int32_t attr_expr(FnCtx *F, Ast *e)
{
    Ast *obj = e->u.attr.obj;
    switch (e->u.attr.res) {
    case RES_FIELD: {
        int32_t o = lw_expr(F, obj);
        if (obj->ty->kind == TY_OPTIONAL)
            lw_checknull(F, o, e->u.attr.attr);
        ClassInfo *cls = lw_class_of(F->L, obj->ty);
        lw_field_set_check(F, o, cls, e->u.attr.index);
        int32_t v = lw_getfield(F, o, lw_class_sid(F->L, cls), e->u.attr.index);
        if (e->u.attr.check_bound)
            free_var_bound(F, v, e->u.attr.attr);
        return v;
    }
    case RES_METHOD: {
        int32_t o = lw_expr(F, obj);
        if (obj->ty->kind == TY_OPTIONAL)
            lw_checknull(F, o, e->u.attr.attr);
        FuncInfo *m = e->u.attr.func;
        int32_t v = lw_tmp(F, ir_ref(-1));
        IrInstr *in = lw_emit(F, IR_BIND);
        in->dst = v;
        in->a = o;
        in->aux = lw_func(F->L, m);
        in->imm = m->vslot >= 0 && !m->cls->is_final ? m->vslot : -1;
        return v;
    }
    case RES_STATIC:
        return func_value(F, e->u.attr.func);
    case RES_CLASS_CONST:
        return class_attr_read(F, e);
    case RES_MODULE_MEMBER:
        return sym_value(F, e->u.attr.sym, e);
    default:
        lw_error(F->L, e->loc, "cannot lower attribute '%s'", e->u.attr.attr);
        return lw_const_null(F);
    }
}

/* ------------------------------------------------------------ subscripts */

static int32_t slice_arg(FnCtx *F, Ast *part)
{
    return part ? lw_expr(F, part) : lw_const_i64(F, INT64_MIN);
}

/* Item `index` (a vreg; negative counts from the end) of a tuple whose
 * items all have one type: IndexError when out of range. */
int32_t lw_tuple_item_at(FnCtx *F, int32_t tup, Type *t, int32_t i)
{
    int32_t sid = lw_tuple_sid(F->L, t);
    int32_t n = lw_const_i64(F, t->nitems);
    int32_t adj = lw_tmpk(F, IRK_I64);
    lw_move(F, adj, i);
    int32_t fix = lw_new_block(F), go = lw_new_block(F);
    lw_branch(F, lw_binop(F, IR_LT, IRK_BOOL, i, lw_const_i64(F, 0)), fix, go);
    lw_start(F, fix);
    lw_move(F, adj, lw_binop(F, IR_ADD, IRK_I64, i, n));
    lw_jump(F, go);
    lw_start(F, go);
    IrInstr *bc = lw_emit(F, IR_BOUNDSCHECK);
    bc->a = adj;
    bc->b = n;
    bc->aux = ir_add_const_str(F->L->m, "tuple index out of range", 24);
    lw_after_raising(F);
    int32_t r = lw_tmp(F, lw_type(F->L, t->items[0]));
    int32_t done = lw_new_block(F);
    for (int k = 0; k < t->nitems; k++) {
        int32_t yes = lw_new_block(F), no = lw_new_block(F);
        lw_branch(F, lw_binop(F, IR_EQ, IRK_BOOL, adj, lw_const_i64(F, k)), yes, no);
        lw_start(F, yes);
        lw_move(F, r, lw_getfield(F, tup, sid, k));
        lw_jump(F, done);
        lw_start(F, no);
    }
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

static int const_int(Ast *v, int64_t *out)
{
    if (v->kind == AST_CONVERT)
        v = v->u.convert.operand;
    if (v->kind == AST_INT) {
        *out = v->u.i;
        return 1;
    }
    if (v->kind == AST_UNARY && v->u.unary.op == OP_NEG && v->u.unary.operand->kind == AST_INT) {
        *out = -v->u.unary.operand->u.i;
        return 1;
    }
    return 0;
}

/* A tuple item by constant index (any tuple) or computed index. */
static int32_t tuple_item(FnCtx *F, int32_t tup, Type *t, Ast *idx)
{
    int64_t k;
    if (const_int(idx, &k)) {
        if (k < 0)
            k += t->nitems;
        return lw_getfield(F, tup, lw_tuple_sid(F->L, t), (int32_t)k);
    }
    return lw_tuple_item_at(F, tup, t, lw_expr(F, idx));
}

/* t[lo:hi:step] with constant bounds: a new tuple (the checker typed it). */
static int32_t tuple_slice(FnCtx *F, int32_t tup, Type *t, Ast *sl, Type *rt)
{
    int64_t n = t->nitems, lo, hi, step = 1;
    if (sl->u.slice.step && !const_int(sl->u.slice.step, &step))
        step = 0;
    int okl = !sl->u.slice.lo || const_int(sl->u.slice.lo, &lo);
    int okh = !sl->u.slice.hi || const_int(sl->u.slice.hi, &hi);
    if (!okl || !okh || step == 0 || rt->kind != TY_TUPLE) {
        lw_error(F->L, sl->loc, "tuple slices need constant bounds");
        return lw_const_null(F);
    }
    int32_t sid = lw_tuple_sid(F->L, t), rsid = lw_tuple_sid(F->L, rt);
    int32_t vals[64];
    int m = 0;
    if (!sl->u.slice.lo) lo = step > 0 ? 0 : n - 1;
    else if (lo < 0) lo += n;
    if (!sl->u.slice.hi) hi = step > 0 ? n : -1;
    else if (hi < 0) hi += n;
    for (int64_t i = lo; (step > 0 ? i < hi : i > hi) && m < 64; i += step)
        if (i >= 0 && i < n)
            vals[m++] = lw_getfield(F, tup, sid, (int32_t)i);
    int32_t r = lw_tmp(F, ir_ref(rsid));
    IrInstr *in = lw_emit(F, IR_ALLOC);
    in->dst = r;
    in->aux = rsid;
    for (int i = 0; i < m; i++)
        lw_setfield(F, r, rsid, i, vals[i]);
    return r;
}

/* The call that ends block b, a list's own __getitem__ or __setitem__
 * (lists are final), returns only for -len <= i < len: passes/ranges.c
 * uses that (`pc += 2` after `code[pc]` cannot overflow). */
static void mark_index_checked(FnCtx *F, int32_t b)
{
    IrBlock *bl = &F->f->blocks[b];
    IrInstr *call = &bl->instrs[bl->ninstrs - 1];
    if (bl->term.kind != TERM_EXC || !(ir_ops[call->op].flags & IRO_CALL))
        IR_DIE("the index call does not end its block");
    call->flags |= IRI_INDEX_CHECKED;
}

/* lst[i] / lst[i] = v on a list: inline when 0 <= i < len (the prelude's
 * fields _len and _items), the prelude method otherwise (negative indices,
 * IndexError). */
static int32_t list_index_fast(FnCtx *F, int32_t lst, Type *t, int32_t i, int32_t val,
                               FuncInfo *slow)
{
    ClassInfo *cls = lw_class_of(F->L, t);
    int32_t sid = lw_class_sid(F->L, cls);
    int32_t n = lw_getfield(F, lst, sid, lw_field_index(cls, "_len"));
    int32_t inb = lw_binop(F, IR_INBOUNDS, IRK_BOOL, i, n);
    int32_t fast = lw_new_block(F), slowb = lw_new_block(F), done = lw_new_block(F);
    int32_t r = val < 0 ? lw_tmp(F, lw_type(F->L, t->elem)) : -1;
    lw_branch(F, inb, fast, slowb);
    lw_start(F, fast);
    int32_t items = lw_getfield(F, lst, sid, lw_field_index(cls, "_items"));
    int32_t asid = F->f->vregs[items].type.sid;
    IrInstr *in = lw_emit(F, val < 0 ? IR_GETITEM : IR_SETITEM);
    in->a = items;
    in->b = i;
    in->aux = asid;
    if (val < 0)
        in->dst = r;
    else
        in->c = val;
    lw_jump(F, done);
    lw_start(F, slowb);
    if (val < 0) {
        lw_move(F, r, lw_call_method_fi(F, slow, lst, &i, 1));
    } else {
        int32_t args[2] = { i, val };
        lw_call_method_fi(F, slow, lst, args, 2);
    }
    mark_index_checked(F, slowb);
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

static int32_t subscript_expr(FnCtx *F, Ast *e)
{
    Ast *obj = e->u.sub.obj, *idx = e->u.sub.index;
    int32_t o = lw_expr(F, obj);
    Type *t = ty_strip_optional(obj->ty);
    if (t->kind == TY_ARRAY) {
        int32_t sid = lw_array_sid(F->L, t);
        int32_t i = lw_expr(F, idx);
        int32_t r = lw_tmp(F, F->L->m->structs[sid].elem);
        IrInstr *in = lw_emit(F, IR_GETITEM);
        in->dst = r;
        in->a = o;
        in->b = i;
        in->aux = sid;
        return r;
    }
    if (t->kind == TY_TUPLE && idx->kind == AST_SLICE)
        return tuple_slice(F, o, t, idx, e->ty);
    if (t->kind == TY_TUPLE)
        return tuple_item(F, o, t, idx);
    if (idx->kind == AST_SLICE) {
        int32_t args[3] = { slice_arg(F, idx->u.slice.lo), slice_arg(F, idx->u.slice.hi),
                            slice_arg(F, idx->u.slice.step) };
        return lw_call_method_fi(F, e->u.sub.method, o, args, 3);
    }
    int32_t i = lw_expr(F, idx);
    if (t->kind == TY_LIST)
        return list_index_fast(F, o, t, i, -1, e->u.sub.method);
    return lw_call_method_fi(F, e->u.sub.method, o, &i, 1);
}

/* ------------------------------------------------------------ operators */

static IrOp int_op(AstOp op)
{
    switch (op) {
    case OP_ADD: return IR_ADD_OVF;
    case OP_SUB: return IR_SUB_OVF;
    case OP_MUL: return IR_MUL_OVF;
    case OP_FLOORDIV: return IR_FLOORDIV;
    case OP_MOD: return IR_MOD;
    case OP_POW: return IR_POW;
    case OP_LSHIFT: return IR_SHL;
    case OP_RSHIFT: return IR_SHR;
    case OP_BITAND: return IR_AND;
    case OP_BITOR: return IR_OR;
    case OP_BITXOR: return IR_XOR;
    default: return IR_NOP;
    }
}

/* Inside rtrans.intmask: arithmetic modulo 2**64 (never OverflowError). */
static IrOp wrap_op(AstOp op)
{
    switch (op) {
    case OP_ADD: return IR_ADD;
    case OP_SUB: return IR_SUB;
    case OP_MUL: return IR_MUL;
    case OP_LSHIFT: return IR_SHL_WRAP;
    default: return int_op(op);
    }
}

static IrOp float_op(AstOp op)
{
    switch (op) {
    case OP_ADD: return IR_FADD;
    case OP_SUB: return IR_FSUB;
    case OP_MUL: return IR_FMUL;
    case OP_DIV: return IR_FDIV;
    case OP_FLOORDIV: return IR_FFLOORDIV;
    case OP_MOD: return IR_FMOD;
    case OP_POW: return IR_FPOW;
    default: return IR_NOP;
    }
}

static int32_t int_truediv(FnCtx *F, int32_t a, int32_t b)
{
    IrType p[2] = { ir_type(IRK_I64), ir_type(IRK_I64) };
    int32_t xid = lw_extern_c(F->L, "rt_int_truediv", ir_type(IRK_F64), p, 2,
                              IRX_RAISES | IRX_ALLOC | IRX_TX_SAFE);
    int32_t args[2] = { a, b };
    return lw_call_extern(F, xid, args, 2);
}

/* A numeric operation on two values already converted to the operand type
 * (int or float; bool for bit operations on two bools). */
static int32_t numeric(FnCtx *F, AstOp op, Type *rt, Type *operand, int32_t a, int32_t b)
{
    if (op == OP_DIV && operand->kind != TY_FLOAT)
        return int_truediv(F, a, b);
    if (operand->kind == TY_FLOAT || rt->kind == TY_FLOAT) {
        IrOp fo = float_op(op);
        if (fo == IR_NOP)
            IR_DIE("no float op for %s", ast_op_text[op]);
        return lw_binop(F, fo, IRK_F64, a, b);
    }
    IrOp io = F->wrap ? wrap_op(op) : int_op(op);
    if (io == IR_NOP)
        IR_DIE("no int op for %s", ast_op_text[op]);
    if (rt->kind == TY_BOOL)
        return lw_binop(F, io, IRK_BOOL, a, b);
    return lw_binop(F, io, IRK_I64, a, b);
}

/* A tuple made of the items of two tuples (t1 + t2). */
static int32_t tuple_concat(FnCtx *F, Type *rt, int32_t a, Type *at, int32_t b, Type *bt)
{
    int32_t sid = lw_tuple_sid(F->L, rt), asid = lw_tuple_sid(F->L, at);
    int32_t bsid = lw_tuple_sid(F->L, bt);
    int32_t vals[64];
    int n = 0;
    for (int i = 0; i < at->nitems && n < 64; i++)
        vals[n++] = lw_getfield(F, a, asid, i);
    for (int i = 0; i < bt->nitems && n < 64; i++)
        vals[n++] = lw_getfield(F, b, bsid, i);
    int32_t t = lw_tmp(F, ir_ref(sid));
    IrInstr *in = lw_emit(F, IR_ALLOC);
    in->dst = t;
    in->aux = sid;
    for (int i = 0; i < n; i++)
        lw_setfield(F, t, sid, i, vals[i]);
    return t;
}

int32_t lw_binary_values(FnCtx *F, AstOp op, FuncInfo *method, int reflected, int32_t a,
                         Type *at, int32_t b, Type *bt, Type *rt)
{
    if (method) {
        int32_t recv = reflected ? b : a, arg = reflected ? a : b;
        return lw_call_method_fi(F, method, recv, &arg, 1);
    }
    if (at->kind == TY_TUPLE && bt->kind == TY_TUPLE)
        return tuple_concat(F, rt, a, at, b, bt);
    return numeric(F, op, rt, at, a, b);
}

static int32_t binary_expr(FnCtx *F, Ast *e)
{
    if (is_repeat_display(e))
        return repeat_display(F, e);
    int32_t a = lw_expr(F, e->u.binary.left);
    int32_t b = lw_expr(F, e->u.binary.right);
    if (e->u.binary.disp)
        return lw_dispatch(F, e->u.binary.disp, a, b);
    F->wrap = e->wrap;
    int32_t r = lw_binary_values(F, e->u.binary.op, e->u.binary.method, e->u.binary.reflected,
                                 a, e->u.binary.left->ty, b, e->u.binary.right->ty, e->ty);
    F->wrap = false;
    return r;
}

static int32_t unary_expr(FnCtx *F, Ast *e)
{
    Ast *x = e->u.unary.operand;
    if (e->u.unary.op == OP_NOT)
        return lw_unop(F, IR_NOT, IRK_BOOL, lw_truth(F, x));
    int fl = e->ty->kind == TY_FLOAT;
    /* Negative literals are constants (-9223372036854775808 included). */
    if (e->u.unary.op == OP_NEG && x->kind == AST_INT)
        return lw_const_i64(F, (int64_t)(0 - (uint64_t)x->u.i));
    if (e->u.unary.op == OP_NEG && x->kind == AST_FLOAT)
        return lw_const_f64(F, -x->u.f);
    int32_t v = lw_expr(F, x);
    if (e->u.unary.disp)
        return lw_dispatch(F, e->u.unary.disp, v, -1);
    if (e->u.unary.op == OP_NEG && e->wrap)     /* rtrans.intmask: 0 - v modulo 2**64 */
        return lw_binop(F, IR_SUB, IRK_I64, lw_const_i64(F, 0), v);
    switch (e->u.unary.op) {
    case OP_NEG: return lw_unop(F, fl ? IR_FNEG : IR_NEG_OVF, fl ? IRK_F64 : IRK_I64, v);
    case OP_POS: return v;
    case OP_INVERT: return lw_unop(F, IR_INVERT, IRK_I64, v);
    default: IR_DIE("bad unary operator");
    }
}

/* a and b / a or b: the value of the operand that decided, as Python. */
/* A value `a and b` / `a or b`.  The left operand may have a wider type
 * than the result (`x or d` with x an `int | None` is an int): it is
 * converted only where its truth chose it. */
static int32_t boolop_expr(FnCtx *F, Ast *e)
{
    int32_t r = lw_tmp(F, lw_type(F->L, e->ty));
    Ast *left = e->u.binary.left;
    int32_t a = lw_expr(F, left);
    int32_t t = lw_truth_of(F, a, left->ty);
    int32_t keep = lw_new_block(F), other = lw_new_block(F), done = lw_new_block(F);
    if (e->u.binary.op == OP_AND)
        lw_branch(F, t, other, keep);
    else
        lw_branch(F, t, keep, other);
    lw_start(F, keep);
    lw_move(F, r, lw_convert(F, a, left->ty, e->ty));
    lw_jump(F, done);
    lw_start(F, other);
    lw_move(F, r, lw_expr(F, e->u.binary.right));
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

static int32_t ifexp_expr(FnCtx *F, Ast *e)
{
    int32_t r = lw_tmp(F, lw_type(F->L, e->ty));
    int32_t c = lw_truth(F, e->u.ifexp.test);
    int32_t yes = lw_new_block(F), no = lw_new_block(F), done = lw_new_block(F);
    lw_branch(F, c, yes, no);
    lw_start(F, yes);
    lw_move(F, r, lw_expr(F, e->u.ifexp.body));
    lw_jump(F, done);
    lw_start(F, no);
    lw_move(F, r, lw_expr(F, e->u.ifexp.orelse));
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

/* ----------------------------------------------------------- comparisons */

int32_t lw_compare_values(FnCtx *F, AstOp op, FuncInfo *m, int32_t a, Type *at, int32_t b,
                          Type *bt);

/* Equality of two items of tuples: identity first, as CPython compares
 * the items of containers. */
static int32_t equal_values(FnCtx *F, int32_t a, Type *at, int32_t b, Type *bt)
{
    int saved = F->items_compare;
    F->items_compare = 1;
    int32_t r = lw_compare_values(F, OP_EQ, NULL, a, at, b, bt);
    F->items_compare = saved;
    return r;
}

/* Lexicographic comparison of two tuples, as CPython's: the first pair
 * of unequal items decides (== too compares items before lengths, unlike
 * a list's), and when the shorter tuple is a prefix of the longer one, it
 * is the lesser.  The item types may differ
 * ((1, 2) < (1, 2.5)): each pair compares as its own two types. */
static int32_t tuple_compare(FnCtx *F, AstOp op, int32_t a, Type *at, int32_t b, Type *bt)
{
    int32_t asid = lw_tuple_sid(F->L, at), bsid = lw_tuple_sid(F->L, bt);
    int32_t r = lw_tmpk(F, IRK_BOOL);
    int32_t done = lw_new_block(F);
    int n = at->nitems < bt->nitems ? at->nitems : bt->nitems;
    for (int i = 0; i < n; i++) {
        int32_t x = lw_getfield(F, a, asid, i), y = lw_getfield(F, b, bsid, i);
        int32_t eq = equal_values(F, x, at->items[i], y, bt->items[i]);
        int32_t same = lw_new_block(F), diff = lw_new_block(F);
        lw_branch(F, eq, same, diff);
        lw_start(F, diff);
        if (op == OP_EQ || op == OP_NE)
            lw_move(F, r, lw_const_bool(F, op == OP_NE));
        else
            lw_move(F, r, lw_compare_values(F, op, NULL, x, at->items[i], y, bt->items[i]));
        lw_jump(F, done);
        lw_start(F, same);
    }
    /* The common items are equal: the lengths decide. */
    int d = at->nitems - bt->nitems;
    bool holds = op == OP_EQ || op == OP_LE || op == OP_GE ? d == 0 || (op == OP_LE && d < 0) ||
                                                                 (op == OP_GE && d > 0)
                 : op == OP_LT ? d < 0 : op == OP_GT ? d > 0 : d != 0;
    lw_move(F, r, lw_const_bool(F, holds));
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

static FuncInfo *type_method(FnCtx *F, Type *t, const char *name)
{
    ClassInfo *cls = t->kind == TY_STR ? lw_prelude_class(F->L, "str") : lw_class_of(F->L, t);
    return cls ? lw_method(cls, name) : NULL;
}

/* Comparison through __eq__, __lt__ or __le__: != and the other orders
 * derive from them: a > b is b < a, a >= b is b <= a (exact: CPython
 * reflects them so), and without __le__ (str, a total order) a <= b is
 * not (b < a). */
static int32_t method_compare(FnCtx *F, AstOp op, FuncInfo *m, int32_t a, int32_t b)
{
    if (strcmp(m->name, "__le__") == 0)
        return op == OP_LE ? lw_call_method_fi(F, m, a, &b, 1) : lw_call_method_fi(F, m, b, &a, 1);
    switch (op) {
    case OP_EQ: return lw_call_method_fi(F, m, a, &b, 1);
    case OP_NE: return lw_unop(F, IR_NOT, IRK_BOOL, lw_call_method_fi(F, m, a, &b, 1));
    case OP_LT: return lw_call_method_fi(F, m, a, &b, 1);
    case OP_GT: return lw_call_method_fi(F, m, b, &a, 1);
    case OP_LE: return lw_unop(F, IR_NOT, IRK_BOOL, lw_call_method_fi(F, m, b, &a, 1));
    case OP_GE: return lw_unop(F, IR_NOT, IRK_BOOL, lw_call_method_fi(F, m, a, &b, 1));
    default: IR_DIE("bad comparison");
    }
}

/* x == y where either may be None: identity unless both are objects. */
static int32_t optional_equal(FnCtx *F, AstOp op, int32_t a, Type *at, int32_t b, Type *bt)
{
    Type *t = ty_strip_optional(at);
    if (t->kind == TY_CLASS && !t->cls->is_builtin)
        return lw_dispatch_cmp(F, op, a, at, b, bt);
    int32_t r = lw_tmpk(F, IRK_BOOL);
    lw_move(F, r, lw_binop(F, IR_REFEQ, IRK_BOOL, a, b));
    FuncInfo *m = type_method(F, t, "__eq__");
    if (m) {
        int32_t na = lw_unop(F, IR_ISNULL, IRK_BOOL, a), nb = lw_unop(F, IR_ISNULL, IRK_BOOL, b);
        int32_t any = lw_binop(F, IR_OR, IRK_BOOL, na, nb);
        int32_t both = lw_new_block(F), done = lw_new_block(F);
        lw_branch(F, any, done, both);
        lw_start(F, both);
        lw_move(F, r, lw_call_method_fi(F, m, a, &b, 1));
        lw_jump(F, done);
        lw_start(F, done);
    }
    return op == OP_NE ? lw_unop(F, IR_NOT, IRK_BOOL, r) : r;
}

int32_t lw_compare_values(FnCtx *F, AstOp op, FuncInfo *m, int32_t a, Type *at, int32_t b,
                          Type *bt);

/* a == b where one side is an `int | None` (boxed): None equals only
 * None, numbers compare by value (1 == 1.0, as CPython). */
static int32_t optional_value_equal(FnCtx *F, AstOp op, int32_t a, Type *at, int32_t b, Type *bt)
{
    int32_t r = lw_tmpk(F, IRK_BOOL);
    int32_t na = value_optional(at) ? lw_unop(F, IR_ISNULL, IRK_BOOL, a) : lw_const_bool(F, 0);
    int32_t nb = value_optional(bt) ? lw_unop(F, IR_ISNULL, IRK_BOOL, b) : lw_const_bool(F, 0);
    lw_move(F, r, lw_binop(F, IR_AND, IRK_BOOL, na, nb));
    int32_t both = lw_new_block(F), done = lw_new_block(F);
    lw_branch(F, lw_binop(F, IR_OR, IRK_BOOL, na, nb), done, both);
    lw_start(F, both);
    Type *ea = ty_strip_optional(at), *eb = ty_strip_optional(bt);
    int32_t va = value_optional(at) ? lw_unbox(F, a, at) : a;
    int32_t vb = value_optional(bt) ? lw_unbox(F, b, bt) : b;
    lw_move(F, r, lw_compare_values(F, OP_EQ, NULL, va, ea, vb, eb));
    lw_jump(F, done);
    lw_start(F, done);
    return op == OP_NE ? lw_unop(F, IR_NOT, IRK_BOOL, r) : r;
}

static IrOp cmp_op(AstOp op, int fl)
{
    switch (op) {
    case OP_EQ: return fl ? IR_FEQ : IR_EQ;
    case OP_NE: return fl ? IR_FNE : IR_NE;
    case OP_LT: return fl ? IR_FLT : IR_LT;
    case OP_LE: return fl ? IR_FLE : IR_LE;
    case OP_GT: return fl ? IR_FGT : IR_GT;
    case OP_GE: return fl ? IR_FGE : IR_GE;
    default: return IR_NOP;
    }
}

/* An int and a float compare exactly (rtlib.h rt_int_float_compare):
 * the int converted to a float may round to equal the float. */
/* codes: rtlib.h RT_CMP_LT .. RT_CMP_GE, in that order */
static int32_t int_float_compare(FnCtx *F, AstOp op, int32_t i, int32_t f)
{
    static const struct { AstOp op; int64_t code; } codes[] = {
        { OP_LT, 0 }, { OP_LE, 1 }, { OP_EQ, 2 }, { OP_NE, 3 }, { OP_GT, 4 }, { OP_GE, 5 },
    };
    int64_t code = 2;
    for (size_t k = 0; k < sizeof codes / sizeof codes[0]; k++)
        if (codes[k].op == op)
            code = codes[k].code;
    IrType p[3] = { ir_type(IRK_I64), ir_type(IRK_F64), ir_type(IRK_I64) };
    int32_t x = lw_extern_c(F->L, "rt_int_float_compare", ir_type(IRK_BOOL), p, 3,
                            IRX_TX_SAFE | IRX_PURE);
    int32_t args[3] = { i, f, lw_const_i64(F, code) };
    return lw_call_extern(F, x, args, 3);
}

static AstOp mirrored(AstOp op)
{
    return op == OP_LT ? OP_GT : op == OP_GT ? OP_LT : op == OP_LE ? OP_GE
           : op == OP_GE ? OP_LE : op;
}

int32_t lw_compare_values(FnCtx *F, AstOp op, FuncInfo *m, int32_t a, Type *at, int32_t b,
                          Type *bt)
{
    if (op == OP_IS || op == OP_ISNOT) {
        int32_t r = lw_binop(F, IR_REFEQ, IRK_BOOL, a, b);
        return op == OP_ISNOT ? lw_unop(F, IR_NOT, IRK_BOOL, r) : r;
    }
    if (lw_is_union(at))
        return lw_union_equal(F, op, a, at, b, bt);
    if (lw_is_union(bt))
        return lw_union_equal(F, op, b, bt, a, at);     /* symmetric */
    if (at->kind == TY_INT && bt->kind == TY_FLOAT)
        return int_float_compare(F, op, a, b);
    if (at->kind == TY_FLOAT && bt->kind == TY_INT)
        return int_float_compare(F, mirrored(op), b, a);
    if (ty_is_numeric(at) && ty_is_numeric(bt)) {
        /* A chain may share an operand between two pairs converted
         * differently: convert here from the operands' own types. */
        Type *j = at->kind == TY_FLOAT || bt->kind == TY_FLOAT ? prim(F, TY_FLOAT)
                  : prim(F, TY_INT);
        a = lw_convert(F, a, at, j);
        b = lw_convert(F, b, bt, j);
        return lw_binop(F, cmp_op(op, j->kind == TY_FLOAT), IRK_BOOL, a, b);
    }
    if (at->kind == TY_NONE || bt->kind == TY_NONE) {
        int32_t r = lw_binop(F, IR_REFEQ, IRK_BOOL, a, b);
        return op == OP_NE ? lw_unop(F, IR_NOT, IRK_BOOL, r) : r;
    }
    Type *t = ty_strip_optional(at);
    if (value_optional(at) || value_optional(bt))
        return optional_value_equal(F, op, a, at, b, bt);
    if (at->kind == TY_OPTIONAL || bt->kind == TY_OPTIONAL)
        return optional_equal(F, op, a, at, b, bt);
    if (t->kind == TY_TUPLE)
        return tuple_compare(F, op, a, t, b, ty_strip_optional(bt)->kind == TY_TUPLE ? ty_strip_optional(bt) : t);
    if (t->kind == TY_CLASS && t->cls->enuminfo && t->cls->enuminfo->int_enum &&
        op != OP_EQ && op != OP_NE) {
        /* an IntEnum orders as its value (tuple items: the checker
         * rewrote the operators it saw) */
        ClassInfo *cls = t->cls;
        int32_t va = lw_getfield(F, a, lw_class_sid(F->L, cls), lw_field_index(cls, "value"));
        int32_t vb = lw_getfield(F, b, lw_class_sid(F->L, cls), lw_field_index(cls, "value"));
        return lw_compare_values(F, op, NULL, va, prim(F, TY_INT), vb, prim(F, TY_INT));
    }
    if (t->kind == TY_CLASS && !t->cls->is_builtin)
        return lw_dispatch_cmp(F, op, a, at, b, bt);
    if (!m && (op == OP_LE || op == OP_GE))
        m = type_method(F, t, "__le__");
    if (!m)
        m = type_method(F, t, op == OP_EQ || op == OP_NE ? "__eq__" : "__lt__");
    if (m)
        return method_compare(F, op, m, a, b);
    /* Objects without __eq__ compare by identity. */
    int32_t r = lw_binop(F, IR_REFEQ, IRK_BOOL, a, b);
    return op == OP_NE ? lw_unop(F, IR_NOT, IRK_BOOL, r) : r;
}

/* x in t for a tuple t: equality with any item. */
static int32_t tuple_contains(FnCtx *F, int32_t x, Type *xt, int32_t tup, Type *t)
{
    int32_t sid = lw_tuple_sid(F->L, t);
    int32_t r = lw_tmpk(F, IRK_BOOL);
    lw_move(F, r, lw_const_bool(F, 0));
    int32_t done = lw_new_block(F);
    for (int i = 0; i < t->nitems; i++) {
        int32_t item = lw_getfield(F, tup, sid, i);
        /* (item, x): CPython's order, identity first */
        int saved = F->items_compare;
        F->items_compare = 1;
        int32_t eq = lw_compare_values(F, OP_EQ, NULL, item, t->items[i], x, xt);
        F->items_compare = saved;
        lw_true_exit(F, eq, r, done);
    }
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

static int32_t compare_pair(FnCtx *F, Ast *e, int i, int32_t a, int32_t b)
{
    AstOp op = e->u.compare.ops[i];
    Ast *ea = e->u.compare.operands.items[i], *eb = e->u.compare.operands.items[i + 1];
    FuncInfo *m = e->u.compare.methods ? e->u.compare.methods[i] : NULL;
    if (e->u.compare.disps && e->u.compare.disps[i])
        return lw_dispatch(F, e->u.compare.disps[i], a, b);
    if (op == OP_IN || op == OP_NOTIN) {
        int32_t r = eb->ty->kind == TY_TUPLE ? tuple_contains(F, a, ea->ty, b, eb->ty)
                                             : lw_call_method_fi(F, m, b, &a, 1);
        return op == OP_NOTIN ? lw_unop(F, IR_NOT, IRK_BOOL, r) : r;
    }
    return lw_compare_values(F, op, m, a, ea->ty, b, eb->ty);
}

/* a < b < c: each operand evaluated once, stopping at the first false. */
static int32_t compare_expr(FnCtx *F, Ast *e)
{
    AstList *ops = &e->u.compare.operands;
    int32_t a = lw_expr(F, ops->items[0]);
    if (ops->n == 2)
        return compare_pair(F, e, 0, a, lw_expr(F, ops->items[1]));
    int32_t r = lw_tmpk(F, IRK_BOOL), done = lw_new_block(F);
    for (int i = 0; i + 1 < ops->n; i++) {
        int32_t b = lw_expr(F, ops->items[i + 1]);
        lw_move(F, r, compare_pair(F, e, i, a, b));
        if (i + 2 < ops->n) {
            int32_t next = lw_new_block(F);
            lw_branch(F, r, next, done);
            lw_start(F, next);
        }
        a = b;
    }
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

/* -------------------------------------------------------------- displays */

/* The struct of list type lt and of its item array (the prelude's
 * representation: fields _items and _len). */
typedef struct ListRep {
    int32_t sid, asid;
    int items, len;         /* field indices */
} ListRep;

static ListRep list_rep(FnCtx *F, Type *lt)
{
    ClassInfo *cls = lw_class_of(F->L, lt);
    ListRep r;
    r.sid = lw_class_sid(F->L, cls);
    r.items = lw_field_index(cls, "_items");
    r.len = lw_field_index(cls, "_len");
    r.asid = F->L->m->structs[r.sid].fields[r.items].type.sid;
    return r;
}

static int32_t new_items(FnCtx *F, const ListRep *r, int32_t len)
{
    int32_t arr = lw_tmp(F, ir_ref(r->asid));
    IrInstr *in = lw_emit(F, IR_ALLOC_ARRAY);
    in->dst = arr;
    in->a = len;
    in->aux = r->asid;
    return arr;
}

static void set_items(FnCtx *F, const ListRep *r, int32_t arr, const int32_t *vals, int n)
{
    for (int i = 0; i < n; i++) {
        int32_t idx = lw_const_i64(F, i);
        IrInstr *in = lw_emit(F, IR_SETITEM);
        in->a = arr;
        in->b = idx;
        in->c = vals[i];
        in->aux = r->asid;
    }
}

/* The list object around arr, whose first len items it holds. */
static int32_t list_around(FnCtx *F, const ListRep *r, int32_t arr, int32_t len)
{
    int32_t l = lw_tmp(F, ir_ref(r->sid));
    IrInstr *in = lw_emit(F, IR_ALLOC);
    in->dst = l;
    in->aux = r->sid;
    lw_setfield(F, l, r->sid, r->items, arr);
    lw_setfield(F, l, r->sid, r->len, len);
    return l;
}

/* A list whose items are vals: an array filled in place, then the list
 * object around it. */
int32_t lw_list_of(FnCtx *F, Type *lt, const int32_t *vals, int n)
{
    ListRep r = list_rep(F, lt);
    int32_t arr = new_items(F, &r, lw_const_i64(F, n));
    set_items(F, &r, arr, vals, n);
    return list_around(F, &r, arr, lw_const_i64(F, n));
}

/* Is e `[e1, ..., ek] * n` or `n * [...]` (k >= 1) on a list? */
static bool is_repeat_display(const Ast *e)
{
    FuncInfo *m = e->u.binary.method;
    if (e->u.binary.disp || !m || !m->cls || strcmp(m->name, "__mul__") != 0)
        return false;
    const Ast *seq = e->u.binary.reflected ? e->u.binary.right : e->u.binary.left;
    return seq->kind == AST_LIST && seq->ty->kind == TY_LIST && seq->u.seq.items.n > 0;
}

/* Was v just set to a constant whose bits are all zero (0, False, None,
 * +0.0)?  A fresh array already holds it. */
static bool just_zero(FnCtx *F, int32_t v)
{
    const IrBlock *bl = &F->f->blocks[F->cur];
    if (bl->ninstrs == 0 || bl->instrs[bl->ninstrs - 1].dst != v)
        return false;
    const IrInstr *in = &bl->instrs[bl->ninstrs - 1];
    uint64_t bits;
    memcpy(&bits, &in->fimm, sizeof bits);
    return in->op == IR_CONST_NULL || (in->op == IR_CONST_I64 && in->imm == 0)
           || (in->op == IR_CONST_F64 && bits == 0);
}

/* max(n, 0) * k: the item count of a repeated k-item display.  The product
 * overflows as list.__mul__'s does (OverflowError). */
static int32_t repeat_count(FnCtx *F, int32_t n, int k)
{
    int32_t total = lw_tmpk(F, IRK_I64);
    int32_t pos = lw_new_block(F), neg = lw_new_block(F), join = lw_new_block(F);
    lw_branch(F, lw_binop(F, IR_GT, IRK_BOOL, n, lw_const_i64(F, 0)), pos, neg);
    lw_start(F, pos);
    lw_move(F, total, k == 1 ? n : lw_binop(F, IR_MUL_OVF, IRK_I64, n, lw_const_i64(F, k)));
    lw_jump(F, join);
    lw_start(F, neg);
    lw_move(F, total, lw_const_i64(F, 0));
    lw_jump(F, join);
    lw_start(F, join);
    return total;
}

/* `[e1, ..., ek] * n`: the array is allocated at its final size and filled
 * in place, where list.__mul__ would build the k-item list, allocate an
 * empty one, grow it and copy.  One item is an ARRAYFILL (none for a zero:
 * fresh arrays are zeroed); more are stored once and doubled by the
 * prelude's _repeat_fill, as __mul__ does.  Operands are evaluated in
 * source order, n <= 0 gives an empty list. */
static int32_t repeat_display(FnCtx *F, Ast *e)
{
    bool refl = e->u.binary.reflected;
    Ast *seq = refl ? e->u.binary.right : e->u.binary.left;
    int k = seq->u.seq.items.n;
    int32_t *vals = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)k);
    int32_t n = refl ? lw_expr(F, e->u.binary.left) : -1;
    bool zero = false;
    for (int i = 0; i < k; i++) {
        vals[i] = lw_expr(F, seq->u.seq.items.items[i]);
        zero = k == 1 && just_zero(F, vals[i]);
    }
    if (!refl)
        n = lw_expr(F, e->u.binary.right);
    ListRep r = list_rep(F, seq->ty);
    int32_t total = repeat_count(F, n, k);
    int32_t arr = new_items(F, &r, total);
    if (k == 1 && !zero) {      /* before the list's allocation: no GC barrier */
        int32_t args[4] = { arr, lw_const_i64(F, 0), total, vals[0] };
        IrInstr *in = lw_emit(F, IR_ARRAYFILL);
        in->aux = r.asid;
        ir_set_args(F->L->m, in, args, 4);
    }
    int32_t l = list_around(F, &r, arr, total);
    if (k > 1) {
        int32_t fill = lw_new_block(F), done = lw_new_block(F);
        lw_branch(F, lw_binop(F, IR_GT, IRK_BOOL, total, lw_const_i64(F, 0)), fill, done);
        lw_start(F, fill);
        set_items(F, &r, arr, vals, k);
        int32_t args[2] = { lw_const_i64(F, k), total };
        lw_call_method_fi(F, lw_method(lw_class_of(F->L, seq->ty), "_repeat_fill"), l, args, 2);
        lw_jump(F, done);
        lw_start(F, done);
    }
    return l;
}

static int32_t list_display(FnCtx *F, Ast *e)
{
    int n = e->u.seq.items.n;
    int32_t *vals = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        vals[i] = lw_expr(F, e->u.seq.items.items[i]);
    return lw_list_of(F, e->ty, vals, n);
}

static int32_t tuple_display(FnCtx *F, Ast *e)
{
    int n = e->u.seq.items.n;
    int32_t *vals = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        vals[i] = lw_expr(F, e->u.seq.items.items[i]);
    int32_t sid = lw_tuple_sid(F->L, e->ty);
    int32_t t = lw_tmp(F, ir_ref(sid));
    IrInstr *in = lw_emit(F, IR_ALLOC);
    in->dst = t;
    in->aux = sid;
    for (int i = 0; i < n; i++)
        lw_setfield(F, t, sid, i, vals[i]);
    return t;
}

static int32_t container_add(FnCtx *F, int32_t c, Type *t, int32_t k, int32_t v)
{
    ClassInfo *cls = lw_class_of(F->L, t);
    if (t->kind == TY_DICT) {
        int32_t args[2] = { k, v };
        return lw_call_method_fi(F, lw_method(cls, "__setitem__"), c, args, 2);
    }
    return lw_call_method_fi(F, lw_method(cls, t->kind == TY_SET ? "add" : "append"), c, &k, 1);
}

static int32_t dict_or_set_display(FnCtx *F, Ast *e)
{
    int32_t c = lw_new_object(F, lw_class_of(F->L, e->ty), NULL, 0);
    if (e->kind == AST_DICT) {
        for (int i = 0; i < e->u.dict.keys.n; i++) {
            Ast *key = e->u.dict.keys.items[i];
            int32_t k = key ? lw_expr(F, key) : -1;
            int32_t v = lw_expr(F, e->u.dict.values.items[i]);
            if (key)
                container_add(F, c, e->ty, k, v);
            else        /* **d */
                lw_call_method_fi(F, lw_method(lw_class_of(F->L, e->ty), "update"), c, &v, 1);
        }
        return c;
    }
    for (int i = 0; i < e->u.seq.items.n; i++)
        container_add(F, c, e->ty, lw_expr(F, e->u.seq.items.items[i]), -1);
    return c;
}

/* Open one `for target in iter if cond...` clause of a comprehension: the
 * current block becomes the body that sees an item passing every `if`;
 * close it with lw_jump(F, fe->cont) and lw_start(F, fe->done). */
static void clause_open(FnCtx *F, Ast *cf, Foreach *fe)
{
    Type *elem = cf->ty ? cf->ty : lw_elem_type(F, cf->u.compfor.iter, cf->u.compfor.next_fn);
    lw_foreach_begin(F, cf->u.compfor.iter, cf->u.compfor.iter_fn, cf->u.compfor.next_fn,
                     elem, fe);
    lw_assign(F, cf->u.compfor.target, fe->elem, elem);
    for (int k = 0; k < cf->u.compfor.ifs.n; k++) {
        int32_t keep = lw_new_block(F);
        lw_branch(F, lw_truth(F, cf->u.compfor.ifs.items[k]), keep, fe->cont);
        lw_start(F, keep);
    }
}

/* The clauses of a comprehension from i on, adding to the result c. */
static void comp_clauses(FnCtx *F, Ast *e, int i, int32_t c, Type *ct)
{
    if (i == e->u.comp.fors.n) {
        int32_t k = lw_expr(F, e->u.comp.elt);
        int32_t v = e->kind == AST_DICTCOMP ? lw_expr(F, e->u.comp.value) : -1;
        container_add(F, c, ct, k, v);
        return;
    }
    Foreach fe;
    clause_open(F, e->u.comp.fors.items[i], &fe);
    comp_clauses(F, e, i + 1, c, ct);
    lw_jump(F, fe.cont);
    lw_start(F, fe.done);
}

/* any()/all() of a generator expression (e a LISTCOMP): the clauses, with
 * an exit to `out` as soon as an item decides (r then set). */
static void any_clauses(FnCtx *F, Ast *e, int i, int32_t r, int any, int32_t out)
{
    if (i == e->u.comp.fors.n) {
        int32_t t = lw_truth(F, e->u.comp.elt);
        int32_t decide = lw_new_block(F), go = lw_new_block(F);
        if (any)
            lw_branch(F, t, decide, go);
        else
            lw_branch(F, t, go, decide);
        lw_start(F, decide);
        lw_move(F, r, lw_const_bool(F, any));
        lw_jump(F, out);
        lw_start(F, go);
        return;
    }
    Foreach fe;
    clause_open(F, e->u.comp.fors.items[i], &fe);
    any_clauses(F, e, i + 1, r, any, out);
    lw_jump(F, fe.cont);
    lw_start(F, fe.done);
}

int32_t lw_any_all(FnCtx *F, Ast *comp, int any)
{
    int32_t r = lw_tmpk(F, IRK_BOOL);
    lw_move(F, r, lw_const_bool(F, !any));
    int32_t out = lw_new_block(F);
    any_clauses(F, comp, 0, r, any, out);
    lw_jump(F, out);
    lw_start(F, out);
    return r;
}

int32_t lw_comprehension(FnCtx *F, Ast *e, Type *ct)
{
    int32_t c = lw_new_object(F, lw_class_of(F->L, ct), NULL, 0);
    comp_clauses(F, e, 0, c, ct);
    return c;
}

/* ------------------------------------------------------------ f-strings */

static int32_t concat(FnCtx *F, int32_t a, int32_t b)
{
    int32_t xid = str_extern(F, "rt_str_concat", IRK_REF, 2, IRX_ALLOC | IRX_TX_SAFE);
    int32_t args[2] = { a, b };
    return lw_call_extern(F, xid, args, 2);
}

static int32_t fstring_expr(FnCtx *F, Ast *e)
{
    AstList *parts = &e->u.fstr.parts;
    int32_t r = -1;
    for (int i = 0; i < parts->n; i++) {
        Ast *p = parts->items[i];
        if (p->kind == AST_STR && p->u.str.len == 0)
            continue;
        int32_t v = lw_expr(F, p);
        if (p->ty->kind != TY_STR)
            v = lw_to_str(F, v, p->ty, 0);
        r = r < 0 ? v : concat(F, r, v);
    }
    return r < 0 ? lw_const_str(F, "", 0) : r;
}

/* ------------------------------------------------------------- conversion */

/* An `int | None` (float, bool) holds its number in an immutable box. */
int32_t lw_box(FnCtx *F, int32_t v, Type *opt)
{
    int32_t sid = lw_box_sid(F->L, opt);
    int32_t t = lw_tmp(F, ir_ref(sid));
    IrInstr *in = lw_emit(F, IR_ALLOC);
    in->dst = t;
    in->aux = sid;
    lw_setfield(F, t, sid, 0, v);
    return t;
}

/* The number in a box known not to be None (the checker narrowed it). */
int32_t lw_unbox(FnCtx *F, int32_t v, Type *opt)
{
    return lw_getfield(F, v, lw_box_sid(F->L, opt), 0);
}

int32_t lw_convert(FnCtx *F, int32_t v, Type *from, Type *to)
{
    if (from == to)
        return v;
    if (lw_is_union(from) || lw_is_union(to))
        return lw_union_convert(F, v, from, to);
    if (value_optional(to) && ty_is_value(from))
        return lw_box(F, lw_convert(F, v, from, to->elem), to);
    if (value_optional(from) && ty_is_value(to))
        return lw_convert(F, lw_unbox(F, v, from), from->elem, to);
    if (to->kind == TY_FLOAT && from->kind == TY_INT)
        return lw_unop(F, IR_I2F, IRK_F64, v);
    if (to->kind == TY_FLOAT && from->kind == TY_BOOL)
        return lw_unop(F, IR_I2F, IRK_F64, lw_unop(F, IR_B2I, IRK_I64, v));
    if (to->kind == TY_INT && from->kind == TY_BOOL)
        return lw_unop(F, IR_B2I, IRK_I64, v);
    if (to->kind == TY_BOOL && from->kind == TY_INT)
        return lw_unop(F, IR_I2B, IRK_BOOL, v);
    if (to->kind == TY_OBJECT && ty_is_value(from))
        /* An `object` can only be narrowed to a class of the program or
         * compared with `is` (check_special.c): any object that is not
         * an instance and is not None stands for the number. */
        return lw_const_str(F, "", 0);
    /* References: subclass to base, T to T | None, None to T | None,
     * variance of tuples and callables: same representation. */
    return v;
}

/* A narrowed field read (CONVERT marked checked): the checker proved no
 * call assigned it since the test, but an operator's special method could
 * have: None raises AttributeError, another class TypeError, rather than
 * let a wrong value through. */
static void check_narrowed(FnCtx *F, int32_t v, Ast *x, Type *to)
{
    const char *field = x->kind == AST_ATTR ? x->u.attr.attr : "?";
    Type *from = ty_strip_optional(x->ty);
    if (x->kind == AST_NAME || from->kind == TY_UNION) {
        /* a global (check_expr.c narrowed_global), or a union's member */
        char what[200];
        snprintf(what, sizeof what, "%s '%s'", x->kind == AST_NAME ? "global" : "field",
                 x->kind == AST_NAME ? x->u.name.id : field);
        lw_narrowed_check(F, v, x->ty, to, what);
        return;
    }
    if (x->ty->kind == TY_OPTIONAL && to->kind != TY_OPTIONAL)
        lw_checknull(F, v, field);
    if (to->kind == TY_CLASS && from->kind == TY_CLASS && from->cls != to->cls) {
        int32_t is = lw_tmpk(F, IRK_BOOL), ok = lw_new_block(F), bad = lw_new_block(F);
        IrInstr *in = lw_emit(F, IR_INSTANCEOF);
        in->dst = is;
        in->a = v;
        in->aux = lw_class_sid(F->L, to->cls);
        lw_branch(F, is, ok, bad);
        lw_start(F, bad);
        char msg[256];
        snprintf(msg, sizeof msg, "field '%s' is no longer a '%s'", field, to->cls->name);
        lw_raise_msg(F, "TypeError", lw_const_str(F, msg, (int64_t)strlen(msg)));
        lw_start(F, ok);
    }
}

static int32_t convert_expr(FnCtx *F, Ast *e)
{
    Ast *x = e->u.convert.operand;
    int32_t v = lw_expr(F, x);
    if (e->checked)
        check_narrowed(F, v, x, e->ty);
    return lw_convert(F, v, x->ty, e->ty);
}

/* --------------------------------------------------------------- truth */

int32_t lw_truth_of(FnCtx *F, int32_t v, Type *t)
{
    if (lw_is_union(t))
        return lw_union_truth(F, v, t);
    switch (t->kind) {
    case TY_BOOL: return v;
    case TY_INT: return lw_unop(F, IR_I2B, IRK_BOOL, v);
    case TY_FLOAT: return lw_unop(F, IR_F2B, IRK_BOOL, v);
    case TY_NONE: return lw_const_bool(F, 0);
    case TY_STR: {
        int32_t xid = str_extern(F, "rt_str_truth", IRK_BOOL, 1, IRX_PURE | IRX_TX_SAFE);
        return lw_call_extern(F, xid, &v, 1);
    }
    case TY_OPTIONAL: {
        int32_t r = lw_tmpk(F, IRK_BOOL);
        lw_move(F, r, lw_unop(F, IR_NOT, IRK_BOOL, lw_unop(F, IR_ISNULL, IRK_BOOL, v)));
        Type *e = t->elem;
        if (e->kind == TY_TUPLE || e->kind == TY_CALLABLE || e->kind == TY_OPAQUE)
            return r;
        int32_t some = lw_new_block(F), done = lw_new_block(F);
        lw_branch(F, r, some, done);
        lw_start(F, some);
        lw_move(F, r, lw_truth_of(F, value_optional(t) ? lw_unbox(F, v, t) : v, e));
        lw_jump(F, done);
        lw_start(F, done);
        return r;
    }
    case TY_CLASS:
        return lw_special_truth(F, t->cls, v);
    case TY_LIST: case TY_DICT: case TY_SET: {
        FuncInfo *len = type_method(F, t, "__len__");
        if (!len)
            return lw_const_bool(F, 1);
        if (!len->is_checked && t->kind != TY_CLASS) {
            /* Prelude containers keep their length in _len. */
            ClassInfo *cls = lw_class_of(F->L, t);
            int32_t n = lw_getfield(F, v, lw_class_sid(F->L, cls), lw_field_index(cls, "_len"));
            return lw_unop(F, IR_I2B, IRK_BOOL, n);
        }
        int32_t n = lw_call_method_fi(F, len, v, NULL, 0);
        return lw_unop(F, IR_I2B, IRK_BOOL, n);
    }
    default:
        return lw_const_bool(F, 1);
    }
}

/* In a test only the truth value of `a and b` / `a or b` matters: short
 * circuit on the operands' truth values, whatever their types. */
static int32_t boolop_truth(FnCtx *F, Ast *e)
{
    int32_t r = lw_tmpk(F, IRK_BOOL);
    lw_move(F, r, lw_truth(F, e->u.binary.left));
    int32_t other = lw_new_block(F), done = lw_new_block(F);
    if (e->u.binary.op == OP_AND)
        lw_branch(F, r, other, done);
    else
        lw_branch(F, r, done, other);
    lw_start(F, other);
    lw_move(F, r, lw_truth(F, e->u.binary.right));
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

int32_t lw_truth(FnCtx *F, Ast *e)
{
    if (e->kind == AST_BOOLOP)
        return boolop_truth(F, e);
    if (e->kind == AST_UNARY && e->u.unary.op == OP_NOT)
        return lw_unop(F, IR_NOT, IRK_BOOL, lw_truth(F, e->u.unary.operand));
    return lw_truth_of(F, lw_expr(F, e), e->ty);
}

/* ----------------------------------------------------------- dispatch */

/* e evaluated for its effects only (an expression statement): a
 * procedure's call then needs no None value. */
void lw_discard(FnCtx *F, Ast *e)
{
    if (e->kind != AST_CALL) {
        lw_expr(F, e);
        return;
    }
    IrLoc saved = F->loc;
    F->loc = lw_loc(F->L, e->loc);
    lw_call_expr(F, e);
    F->loc = saved;
}

int32_t lw_expr(FnCtx *F, Ast *e)
{
    IrLoc saved = F->loc;
    F->loc = lw_loc(F->L, e->loc);
    int32_t r;
    switch (e->kind) {
    case AST_INT: r = lw_const_i64(F, e->u.i); break;
    case AST_FLOAT: r = lw_const_f64(F, e->u.f); break;
    case AST_BOOL: r = lw_const_bool(F, (int)e->u.i); break;
    case AST_NONE: r = lw_const_null(F); break;
    case AST_STR: r = lw_const_str(F, e->u.str.s, (int64_t)e->u.str.len); break;
    case AST_FSTRING: r = fstring_expr(F, e); break;
    case AST_NAME: r = sym_value(F, e->u.name.sym, e); break;
    case AST_ATTR: r = attr_expr(F, e); break;
    case AST_SUBSCRIPT: r = subscript_expr(F, e); break;
    case AST_CALL:
        r = lw_call_expr(F, e);
        /* a procedure's call used as a value (`return f()`, `[f(), k]`,
         * `x: T | None = f()`) is None once the call has run */
        if (r < 0 && lw_reachable(F))
            r = lw_const_null(F);
        break;
    case AST_UNARY: r = unary_expr(F, e); break;
    case AST_BINARY: r = binary_expr(F, e); break;
    case AST_BOOLOP: r = boolop_expr(F, e); break;
    case AST_COMPARE: r = compare_expr(F, e); break;
    case AST_IFEXP: r = ifexp_expr(F, e); break;
    case AST_LIST: r = list_display(F, e); break;
    case AST_TUPLE: r = tuple_display(F, e); break;
    case AST_DICT: case AST_SET: r = dict_or_set_display(F, e); break;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        r = lw_comprehension(F, e, e->ty);
        break;
    case AST_CONVERT: r = convert_expr(F, e); break;
    case AST_NAMEDEXPR:     /* (x := v): store v (checked as x's type), yield it */
        r = lw_expr(F, e->u.named.value);
        lw_assign(F, e->u.named.target, r, e->u.named.value->ty);
        break;
    default:
        lw_error(F->L, e->loc, "cannot lower expression %s", ast_kind_names[e->kind]);
        r = lw_const_null(F);
    }
    F->loc = saved;
    return r;
}

/* ----------------------------------------------------------- assignment */

/* `a, *b, c = xs` (xs a list, target s starred): at least the other
 * targets' number of items, else CPython's ValueError; b is the slice
 * between them (a new list); the targets are assigned left to right. */
static void assign_starred(FnCtx *F, Ast *t, int32_t v, Type *vt, int s)
{
    AstList *items = &t->u.seq.items;
    int after = items->n - s - 1;
    int32_t n = lw_seq_len(F, v, vt);
    int32_t ok = lw_new_block(F), few = lw_new_block(F);
    lw_branch(F, lw_binop(F, IR_GE, IRK_BOOL, n, lw_const_i64(F, items->n - 1)), ok, few);
    lw_start(F, few);
    char msg[96];
    snprintf(msg, sizeof msg, "not enough values to unpack (expected at least %d, got ",
             items->n - 1);
    int32_t text = concat(F, lw_const_str(F, msg, (int64_t)strlen(msg)),
                          lw_to_str(F, n, prim(F, TY_INT), 0));
    lw_raise_msg(F, "ValueError", concat(F, text, lw_const_str(F, ")", 1)));
    lw_start(F, ok);
    int32_t *vals = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)(items->n + 1));
    int32_t end = lw_binop(F, IR_SUB, IRK_I64, n, lw_const_i64(F, after));
    for (int i = 0; i < items->n; i++) {
        if (i == s) {
            int32_t args[3] = { lw_const_i64(F, s), end, lw_const_i64(F, 1) };
            vals[i] = lw_call_method_fi(F, items->items[i]->u.unary.slice, v, args, 3);
        } else {
            int32_t k = i < s ? lw_const_i64(F, i)
                              : lw_binop(F, IR_ADD, IRK_I64, end, lw_const_i64(F, i - s - 1));
            vals[i] = lw_seq_item(F, v, vt, k);
        }
    }
    for (int i = 0; i < items->n; i++)
        lw_assign(F, i == s ? items->items[i]->u.unary.operand : items->items[i], vals[i],
                  i == s ? vt : vt->elem);
}

static void assign_unpack(FnCtx *F, Ast *t, int32_t v, Type *vt)
{
    AstList *items = &t->u.seq.items;
    for (int i = 0; i < items->n; i++)
        if (items->items[i]->kind == AST_STARRED) {
            assign_starred(F, t, v, vt, i);
            return;
        }
    if (chk_is_named_tuple(vt)) {
        /* a NamedTuple unpacks as the tuple of its fields (check_target.c) */
        FuncInfo *m = lw_method(vt->cls, "_rt_tuple");
        v = lw_call_method_fi(F, m, v, NULL, 0);
        vt = m->ret;
    }
    if (vt->kind == TY_TUPLE) {
        int32_t sid = lw_tuple_sid(F->L, vt);
        int32_t *vals = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)(items->n + 1));
        for (int i = 0; i < items->n; i++)
            vals[i] = lw_getfield(F, v, sid, i);
        for (int i = 0; i < items->n; i++)
            lw_assign(F, items->items[i], vals[i], vt->items[i]);
        return;
    }
    /* A list: exactly as many items as targets, else ValueError. */
    int32_t n = lw_seq_len(F, v, vt);
    int32_t want = lw_const_i64(F, items->n);
    int32_t ok = lw_new_block(F), bad = lw_new_block(F), few = lw_new_block(F),
            many = lw_new_block(F);
    lw_branch(F, lw_binop(F, IR_EQ, IRK_BOOL, n, want), ok, bad);
    lw_start(F, bad);
    lw_branch(F, lw_binop(F, IR_LT, IRK_BOOL, n, want), few, many);
    char msg[96];
    lw_start(F, few);
    snprintf(msg, sizeof msg, "not enough values to unpack (expected %d, got ", items->n);
    int32_t text = concat(F, lw_const_str(F, msg, (int64_t)strlen(msg)),
                          lw_to_str(F, n, prim(F, TY_INT), 0));
    lw_raise_msg(F, "ValueError", concat(F, text, lw_const_str(F, ")", 1)));
    lw_start(F, many);
    snprintf(msg, sizeof msg, "too many values to unpack (expected %d)", items->n);
    lw_raise_new(F, "ValueError", msg);
    lw_start(F, ok);
    int32_t *vals = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)(items->n + 1));
    for (int i = 0; i < items->n; i++)
        vals[i] = lw_seq_item(F, v, vt, lw_const_i64(F, i));
    for (int i = 0; i < items->n; i++)
        lw_assign(F, items->items[i], vals[i], vt->elem);
}

/* Assigning a field of a frozen dataclass, as its __setattr__ does. */
static void frozen_error(FnCtx *F, Ast *target)
{
    char msg[300];
    snprintf(msg, sizeof msg, "cannot assign to field '%s'", target->u.attr.attr);
    lw_raise_new(F, "FrozenInstanceError", msg);
}

int lw_lazy_literal_init(FnCtx *F, Ast *target, Ast *value)
{
    if (target->kind != AST_NAME || target->u.name.sym->kind != SYM_GLOBAL)
        return 0;
    Sym *s = target->u.name.sym;
    const GlobalVar *g = &s->module->globals[s->index];
    if (g->literal != value || g->assigned_later || value->kind != AST_STR
        || (int64_t)value->u.str.len < LW_LAZY_STR_MIN)
        return 0;
    if (g->set_flag) {
        int32_t sid;
        int32_t obj = global_ref(F, s->module, &sid);
        lw_setfield(F, obj, sid, g->set_flag - 1, lw_const_bool(F, 1));
    }
    return 1;
}

void lw_assign(FnCtx *F, Ast *target, int32_t v, Type *t)
{
    switch (target->kind) {
    case AST_NAME: {
        Sym *s = target->u.name.sym;
        if (s->kind == SYM_LOCAL) {
            int32_t dst = F->local_vreg[s->index];
            lw_move(F, dst, lw_convert(F, v, t, F->fi ? F->fi->locals[s->index].type : t));
        } else if (s->kind == SYM_GLOBAL) {
            int32_t sid;
            Type *gt = s->module->globals[s->index].type;
            int32_t cv = lw_convert(F, v, t, gt);
            int32_t obj = global_ref(F, s->module, &sid);
            lw_setfield(F, obj, sid, s->index, cv);
            int flag = s->module->globals[s->index].set_flag;
            if (flag)
                lw_setfield(F, obj, sid, flag - 1, lw_const_bool(F, 1));
        } else {
            lw_error(F->L, target->loc, "cannot assign to '%s'", s->name);
        }
        return;
    }
    case AST_TUPLE:
    case AST_LIST:
        assign_unpack(F, target, v, t);
        return;
    case AST_ATTR: {
        Ast *obj = target->u.attr.obj;
        if (target->u.attr.res == RES_CLASS_CONST) {
            class_attr_store(F, target, v, t);
            return;
        }
        int32_t o = lw_expr(F, obj);
        if (obj->ty->kind == TY_OPTIONAL)
            lw_checknull(F, o, target->u.attr.attr);
        if (target->u.attr.res == RES_PROPERTY) {
            FuncInfo *set = target->u.attr.func;
            int32_t cv = lw_convert(F, v, t, set->params[1].type);
            lw_call_method_fi(F, set, o, &cv, 1);
            return;
        }
        if (target->u.attr.res == RES_FROZEN) {
            frozen_error(F, target);
            return;
        }
        ClassInfo *cls = lw_class_of(F->L, obj->ty);
        Field *fd = &cls->fields[target->u.attr.index];
        lw_setfield(F, o, lw_class_sid(F->L, cls), target->u.attr.index,
                    lw_convert(F, v, t, fd->type));
        lw_field_mark_set(F, o, cls, target->u.attr.index);
        return;
    }
    case AST_SUBSCRIPT: {
        Ast *obj = target->u.sub.obj, *idx = target->u.sub.index;
        int32_t o = lw_expr(F, obj);
        Type *ot = ty_strip_optional(obj->ty);
        if (ot->kind == TY_ARRAY) {
            int32_t sid = lw_array_sid(F->L, ot);
            int32_t i = lw_expr(F, idx);
            int32_t cv = lw_convert(F, v, t, ot->elem);
            IrInstr *in = lw_emit(F, IR_SETITEM);
            in->a = o;
            in->b = i;
            in->c = cv;
            in->aux = sid;
            return;
        }
        FuncInfo *m = target->u.sub.method;
        if (idx->kind == AST_SLICE) {
            int32_t args[4] = { slice_arg(F, idx->u.slice.lo), slice_arg(F, idx->u.slice.hi),
                                slice_arg(F, idx->u.slice.step), v };
            lw_call_method_fi(F, m, o, args, 4);
            return;
        }
        int32_t args[2] = { lw_expr(F, idx), lw_convert(F, v, t, m->params[2].type) };
        if (ot->kind == TY_LIST)
            list_index_fast(F, o, ot, args[0], args[1], m);
        else
            lw_call_method_fi(F, m, o, args, 2);
        return;
    }
    default:
        lw_error(F->L, target->loc, "cannot assign to this target");
    }
}

/* target op= value: the target's object and index are evaluated once. */
void lw_augassign(FnCtx *F, Ast *s)
{
    Ast *t = s->u.augassign.target, *val = s->u.augassign.value;
    FuncInfo *m = s->u.augassign.method;
    Type *tt = t->ty;
    int32_t obj = -1, idx = -1, cur;
    Type *sub_t = NULL;
    ClassInfo *cls = NULL;
    if (t->kind == AST_ATTR && t->u.attr.res == RES_CLASS_CONST) {
        cur = class_attr_read(F, t);
    } else if (t->kind == AST_ATTR) {
        obj = lw_expr(F, t->u.attr.obj);
        cls = lw_class_of(F->L, t->u.attr.obj->ty);
        if (t->u.attr.res == RES_PROPERTY) {
            tt = t->u.attr.func->params[1].type;
            cur = lw_call_method_fi(F, lw_method(cls, t->u.attr.attr), obj, NULL, 0);
        } else {
            lw_field_set_check(F, obj, cls, t->u.attr.index);
            cur = lw_getfield(F, obj, lw_class_sid(F->L, cls), t->u.attr.index);
        }
    } else if (t->kind == AST_SUBSCRIPT) {
        obj = lw_expr(F, t->u.sub.obj);
        idx = lw_expr(F, t->u.sub.index);
        sub_t = ty_strip_optional(t->u.sub.obj->ty);
        FuncInfo *get = type_method(F, sub_t, "__getitem__");
        cur = sub_t->kind == TY_LIST ? list_index_fast(F, obj, sub_t, idx, -1, get)
                                     : lw_call_method_fi(F, get, obj, &idx, 1);
    } else {
        cur = lw_expr(F, t);
    }
    int32_t rhs = lw_expr(F, val);
    Type *rt = s->ty ? s->ty : tt;
    int32_t r;
    if (s->u.augassign.disp) {
        r = lw_dispatch(F, s->u.augassign.disp, cur, rhs);
        rt = s->u.augassign.disp->ty;
    } else if (m) {
        r = lw_call_method_fi(F, m, cur, &rhs, 1);
        if (m->ret->kind == TY_NONE)
            return;               /* in place (list +=): nothing to store */
    } else {
        int32_t a = lw_convert(F, cur, tt, val->ty);
        r = numeric(F, s->u.augassign.op, rt, val->ty, a, rhs);
    }
    if (t->kind == AST_ATTR && t->u.attr.res == RES_FROZEN) {
        frozen_error(F, t);
    } else if (t->kind == AST_ATTR && t->u.attr.res == RES_PROPERTY) {
        int32_t cv = lw_convert(F, r, rt, tt);
        lw_call_method_fi(F, t->u.attr.func, obj, &cv, 1);
    } else if (t->kind == AST_ATTR && t->u.attr.res == RES_CLASS_CONST) {
        class_attr_store(F, t, r, rt);
    } else if (t->kind == AST_ATTR) {
        lw_setfield(F, obj, lw_class_sid(F->L, cls), t->u.attr.index,
                    lw_convert(F, r, rt, tt));
        lw_field_mark_set(F, obj, cls, t->u.attr.index);
    } else if (t->kind == AST_SUBSCRIPT && sub_t->kind == TY_LIST) {
        list_index_fast(F, obj, sub_t, idx, lw_convert(F, r, rt, tt), t->u.sub.method);
    } else if (t->kind == AST_SUBSCRIPT) {
        int32_t args[2] = { idx, lw_convert(F, r, rt, tt) };
        lw_call_method_fi(F, t->u.sub.method, obj, args, 2);
    } else {
        lw_assign(F, t, r, rt);
    }
}
