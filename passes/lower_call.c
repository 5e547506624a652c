/* lower_call.c - calls, object construction, str()/repr() of values the
 * prelude has no method for, and the builtins the checker left as
 * RES_BUILTIN (laid out in docs/internals.md, "The checked AST").
 *
 * Method calls are virtual (CALL_METHOD through the vtable slot) when the
 * method has a slot and its class may have subclasses; prelude classes are
 * final, so their methods are called directly, and their @extern methods
 * are calls of C functions.  A receiver whose static type is optional is
 * tested first: calling a method on None raises AttributeError.
 */
#include "passes/lower.h"

#include <string.h>


/* ---------------------------------------------------------------- calls */

int32_t lw_call_method_fi(FnCtx *F, FuncInfo *fi, int32_t recv, const int32_t *args, int n)
{
    int32_t all[64];
    if (n + 1 > 64)
        IR_DIE("too many arguments");
    all[0] = recv;
    for (int i = 0; i < n; i++)
        all[i + 1] = args[i];
    int nall = fi->is_static ? n : n + 1;
    const int32_t *pass = fi->is_static ? args : all;
    if (fi->extern_name)
        return lw_call_extern(F, lw_extern(F->L, fi), pass, nall);
    int virt = !fi->is_static && fi->vslot >= 0 && fi->cls && !fi->cls->is_final;
    if (!virt)
        return lw_call(F, lw_func(F->L, fi), pass, nall);
    /* The root of the override chain names the slot's signature. */
    FuncInfo *root = fi;
    while (root->overrides)
        root = root->overrides;
    int32_t fid = lw_func(F->L, fi);
    IrType ret = F->L->m->funcs[fid].ret;
    int32_t d = ret.kind == IRK_VOID ? -1 : lw_tmp(F, ret);
    IrInstr *in = lw_emit(F, IR_CALL_METHOD);
    in->dst = d;
    in->aux = fid;
    in->imm = fi->vslot;
    ir_set_args(F->L->m, in, all, nall);
    lw_after_raising(F);
    (void)root;
    return d;
}

/* A call of a method with no explicit arguments: its parameters' default
 * values (constants) fill the rest (with-items: acquire(blocking=True)). */
int32_t lw_call_method_defaults(FnCtx *F, FuncInfo *fi, int32_t recv)
{
    int32_t args[16];
    int n = 0;
    for (int i = 1; i < fi->nparams && n < 16; i++) {
        Ast *d = fi->params[i].default_value;
        if (!d)
            IR_DIE("%s needs an argument", fi->qualname);
        args[n++] = lw_convert(F, lw_expr(F, d), d->ty, fi->params[i].type);
    }
    return lw_call_method_fi(F, fi, recv, args, n);
}

/* ALLOC, field defaults, __init__. */
int32_t lw_new_object(FnCtx *F, ClassInfo *cls, const int32_t *args, int n)
{
    if (cls->is_extern) {
        lw_error(F->L, F->fi && F->fi->def ? F->fi->def->loc : (Loc){ 0, 0, 0 },
                 "'%s' objects are built by the support library", cls->name);
        return lw_const_null(F);
    }
    int32_t sid = lw_class_sid(F->L, cls);
    int32_t o = lw_tmp(F, ir_ref(sid));
    IrInstr *in = lw_emit(F, IR_ALLOC);
    in->dst = o;
    in->aux = sid;
    for (int i = 0; i < cls->nfields; i++)
        if (cls->fields[i].default_value) {
            int32_t v = lw_expr(F, cls->fields[i].default_value);
            v = lw_convert(F, v, cls->fields[i].default_value->ty, cls->fields[i].type);
            lw_setfield(F, o, sid, i, v);
        }
    FuncInfo *init = lw_method(cls, "__init__");
    if (init)
        lw_call_method_fi(F, init, o, args, n);
    return o;
}

static int32_t *bound_args(FnCtx *F, Ast *call, int *n)
{
    AstList *b = &call->u.call.bound;
    int32_t *vals = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)(b->n + 1));
    for (int i = 0; i < b->n; i++)
        vals[i] = lw_expr(F, b->items[i]);
    *n = b->n;
    return vals;
}

static int32_t receiver(FnCtx *F, Ast *recv, const char *method)
{
    int32_t r = lw_expr(F, recv);
    if (recv->ty && recv->ty->kind == TY_OPTIONAL)
        lw_checknull(F, r, method);
    return r;
}

static int is_prelude_func(FuncInfo *fi, const char *name)
{
    return fi->module && fi->module->is_prelude && strcmp(fi->name, name) == 0;
}

/* ------------------------------------------------------------ C imports */

static IrCType c_type(IrModule *m, const CType *t)
{
    static const uint8_t kinds[] = {
        [CT_VOID] = IRC_VOID, [CT_SIGNED] = IRC_SIGNED, [CT_UNSIGNED] = IRC_UNSIGNED,
        [CT_FLOAT] = IRC_FLOAT, [CT_STR] = IRC_STR,
    };
    IrCType r = { kinds[t->kind], t->bits, ir_strdup(m, t->spelling) };
    return r;
}

/* Whether converting t (a result when `result`) may fail in the wrapper:
 * integers that int64 does not cover exactly, strings both ways (UTF-8,
 * NUL bytes). */
static int c_conversion_raises(const CType *t, int result)
{
    switch (t->kind) {
    case CT_SIGNED: return !result && t->bits < 64;
    case CT_UNSIGNED: return !result || t->bits >= 64;
    case CT_STR: return 1;
    default: return 0;
    }
}

/* The extern of a C import's wrapper (docs/internals.md, "C imports"):
 * transaction-safe only when the program named the function in safe=;
 * raising (hence allocating) when a conversion may fail; allocating when
 * it returns a new str. */
static int32_t cimport_extern(Lowerer *L, const CFunc *cf)
{
    IrModule *m = L->m;
    for (int32_t i = 0; i < m->nexterns; i++)
        if (strcmp(m->externs[i].c_name, cf->wrapper) == 0)
            return i;
    IrCFunc *cx = ir_alloc(m, sizeof *cx);
    cx->name = ir_strdup(m, cf->name);
    cx->ret = c_type(m, &cf->ret);
    cx->params = ir_alloc(m, sizeof *cx->params * (size_t)(cf->nparams + 1));
    IrType *params = ir_alloc(m, sizeof *params * (size_t)(cf->nparams + 1));
    int raises = c_conversion_raises(&cf->ret, 1);
    for (int i = 0; i < cf->nparams; i++) {
        cx->params[i] = c_type(m, &cf->params[i]);
        params[i] = lw_type(L, cf->fi->params[i].type);
        raises |= c_conversion_raises(&cf->params[i], 0);
    }
    IrExtern x = { 0 };
    x.c_name = ir_strdup(m, cf->wrapper);
    x.ret = cf->ret.kind == CT_VOID ? ir_type(IRK_VOID) : lw_type(L, cf->fi->ret);
    x.params = params;
    x.nparams = cf->nparams;
    x.flags = (cf->safe ? IRX_TX_SAFE : 0) | (raises ? IRX_RAISES | IRX_ALLOC : 0) |
              (cf->ret.kind == CT_STR ? IRX_ALLOC : 0);
    x.header = ir_strdup(m, cf->header);
    x.cfunc = cx;
    return ir_add_extern(m, &x);
}

/* ---------------------------------------------------------------- calls */

static int32_t call_function(FnCtx *F, Ast *call)
{
    FuncInfo *fi = call->u.call.target;
    const CFunc *cf = chk_cfunc(F->L->prog, fi);
    if (cf) {
        int n;
        int32_t *args = bound_args(F, call, &n);
        return lw_call_extern(F, cimport_extern(F->L, cf), args, n);
    }
    if (is_prelude_func(fi, "_rtrans_transaction_break_point")) {
        lw_emit(F, IR_BREAKPOINT);
        return -1;
    }
    int n;
    int32_t *args = bound_args(F, call, &n);
    return lw_call_fi(F, fi, args, n);
}

static int32_t call_indirect(FnCtx *F, Ast *call)
{
    int32_t fn = lw_expr(F, call->u.call.func);
    int n;
    int32_t *args = bound_args(F, call, &n);
    IrType ret = call->ty->kind == TY_NONE ? ir_type(IRK_VOID) : lw_type(F->L, call->ty);
    int32_t d = ret.kind == IRK_VOID ? -1 : lw_tmp(F, ret);
    IrInstr *in = lw_emit(F, IR_CALL_INDIRECT);
    in->dst = d;
    in->a = fn;
    ir_set_args(F->L->m, in, args, n);
    lw_after_raising(F);
    return d;
}

static int32_t call_constructor(FnCtx *F, Ast *call)
{
    ClassInfo *cls = call->u.call.cls;
    int n;
    int32_t *args = bound_args(F, call, &n);
    if (cls->is_extern) {
        /* Support-library objects: their C constructor. */
        IrType params[16];
        for (int i = 0; i < n && i < 16; i++)
            params[i] = lw_type(F->L, call->u.call.bound.items[i]->ty);
        int32_t xid = lw_extern_c(F->L, cls->extern_ctor, ir_ref(F->L->opaque_sid), params, n,
                                  IRX_ALLOC | IRX_RAISES | IRX_TX_SAFE);
        return lw_call_extern(F, xid, args, n);
    }
    return lw_new_object(F, cls, args, n);
}

/* ------------------------------------------------------------ to str */

static int32_t str_extern1(FnCtx *F, const char *name, IrKind argk)
{
    IrType p = argk == IRK_REF ? ir_ref(F->L->str_sid) : ir_type(argk);
    return lw_extern_c(F->L, name, ir_ref(F->L->str_sid), &p, 1, IRX_ALLOC | IRX_TX_SAFE);
}

static int32_t concat(FnCtx *F, int32_t a, int32_t b)
{
    IrType p[2] = { ir_ref(F->L->str_sid), ir_ref(F->L->str_sid) };
    int32_t xid = lw_extern_c(F->L, "rt_str_concat", ir_ref(F->L->str_sid), p, 2,
                              IRX_ALLOC | IRX_TX_SAFE);
    int32_t args[2] = { a, b };
    return lw_call_extern(F, xid, args, 2);
}

static int32_t cstr(FnCtx *F, const char *s)
{
    return lw_const_str(F, s, (int64_t)strlen(s));
}

/* "(a, b)" with the repr of each item; "(a,)" for one item. */
static int32_t tuple_repr(FnCtx *F, int32_t v, Type *t)
{
    int32_t sid = lw_tuple_sid(F->L, t);
    int32_t r = cstr(F, "(");
    for (int i = 0; i < t->nitems; i++) {
        if (i)
            r = concat(F, r, cstr(F, ", "));
        int32_t item = lw_getfield(F, v, sid, i);
        r = concat(F, r, lw_to_str(F, item, t->items[i], 1));
    }
    return concat(F, r, cstr(F, t->nitems == 1 ? ",)" : ")"));
}

int32_t lw_to_str(FnCtx *F, int32_t v, Type *t, int repr)
{
    switch (t->kind) {
    case TY_NONE: return cstr(F, "None");
    case TY_STR:
        if (!repr)
            return v;
        return lw_call_extern(F, str_extern1(F, "rt_str_repr", IRK_REF), &v, 1);
    case TY_INT: return lw_call_extern(F, str_extern1(F, "rt_int_repr", IRK_I64), &v, 1);
    case TY_FLOAT: return lw_call_extern(F, str_extern1(F, "rt_float_repr", IRK_F64), &v, 1);
    case TY_BOOL: return lw_call_extern(F, str_extern1(F, "rt_bool_repr", IRK_BOOL), &v, 1);
    case TY_TUPLE: return tuple_repr(F, v, t);
    case TY_UNION: return lw_union_str(F, v, t, repr);
    case TY_OPTIONAL: {
        if (t->elem->kind == TY_UNION)
            return lw_union_str(F, v, t, repr);
        int32_t r = lw_tmp(F, ir_ref(F->L->str_sid));
        int32_t none = lw_new_block(F), some = lw_new_block(F), done = lw_new_block(F);
        lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, v), none, some);
        lw_start(F, none);
        lw_move(F, r, cstr(F, "None"));
        lw_jump(F, done);
        lw_start(F, some);
        int32_t x = ty_is_value(t->elem) ? lw_unbox(F, v, t) : v;   /* int | None */
        lw_move(F, r, lw_to_str(F, x, t->elem, repr));
        lw_jump(F, done);
        lw_start(F, done);
        return r;
    }
    default: {
        ClassInfo *cls = lw_class_of(F->L, t);
        if (!cls)
            IR_DIE("no string conversion for %s", ty_name(F->L->prog->types->arena, t));
        return lw_special_str(F, cls, v, repr);
    }
    }
}

/* ------------------------------------------------------------ builtins */

/* The object inside a conversion to str the checker wrapped around a print
 * argument (x.__str__(), x.__repr__(), str(x), repr(x)), or NULL. */
static Ast *str_conversion_operand(Ast *x)
{
    if (x->kind != AST_CALL)
        return NULL;
    if (x->u.call.res == RES_BUILTIN &&
        (x->u.call.builtin == BI_STR || x->u.call.builtin == BI_REPR))
        return x->u.call.bound.items[0];
    if (x->u.call.res == RES_METHOD && x->u.call.bound.n == 0 && x->u.call.target &&
        (strcmp(x->u.call.target->name, "__str__") == 0 ||
         strcmp(x->u.call.target->name, "__repr__") == 0) &&
        (!x->u.call.recv->ty || x->u.call.recv->ty->kind != TY_OPTIONAL))
        return x->u.call.recv;
    return NULL;
}

static int32_t b_print(FnCtx *F, Ast *call)
{
    AstList *b = &call->u.call.bound;
    int nvals = b->n - 4;
    int32_t sep = lw_expr(F, b->items[nvals]);
    int32_t end = lw_expr(F, b->items[nvals + 1]);
    int32_t file = lw_expr(F, b->items[nvals + 2]);
    /* As in Python, every argument is evaluated before any is converted
     * to a string (print(lst, lst.pop()) shows the list after the pop). */
    int32_t *objs = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)(nvals + 1));
    Ast **conv = ir_alloc(F->L->m, sizeof(Ast *) * (size_t)(nvals + 1));
    for (int i = 0; i < nvals; i++) {
        Ast *x = b->items[i];
        Ast *obj = str_conversion_operand(x);
        conv[i] = obj ? x : NULL;
        objs[i] = lw_expr(F, obj ? obj : x);
    }
    int32_t *vals = ir_alloc(F->L->m, sizeof(int32_t) * (size_t)(nvals + 1));
    for (int i = 0; i < nvals; i++) {
        Ast *x = b->items[i];
        if (!conv[i])
            vals[i] = x->ty->kind == TY_STR ? objs[i] : lw_to_str(F, objs[i], x->ty, 0);
        else if (conv[i]->u.call.res == RES_BUILTIN)
            vals[i] = lw_to_str(F, objs[i], conv[i]->u.call.bound.items[0]->ty,
                                conv[i]->u.call.builtin == BI_REPR);
        else
            vals[i] = lw_call_method_fi(F, conv[i]->u.call.target, objs[i], NULL, 0);
    }
    IrType p[2] = { ir_ref(F->L->opaque_sid), ir_ref(F->L->str_sid) };
    /* Transaction-safe: the library buffers a standard stream's output
     * with the transaction, or makes it inevitable itself (io_defer.c). */
    int32_t xid = lw_extern_c(F->L, "rt_print", ir_type(IRK_VOID), p, 2,
                              IRX_RAISES | IRX_ALLOC | IRX_TX_SAFE);
    /* One line: concatenate, then a single write, so that a print is not
     * interleaved with another thread's. */
    int32_t line = -1;
    for (int i = 0; i < nvals; i++) {
        line = line < 0 ? vals[i] : concat(F, concat(F, line, sep), vals[i]);
    }
    line = line < 0 ? end : concat(F, line, end);
    int32_t args[2] = { file, line };
    lw_call_extern(F, xid, args, 2);
    Ast *flush = b->items[nvals + 3];
    if (!(flush->kind == AST_BOOL && flush->u.i == 0)) {
        int32_t fl = lw_truth(F, flush);
        int32_t yes = lw_new_block(F), done = lw_new_block(F);
        lw_branch(F, fl, yes, done);
        lw_start(F, yes);
        IrType fp = ir_ref(F->L->opaque_sid);
        int32_t fx = lw_extern_c(F->L, "rt_file_flush", ir_type(IRK_VOID), &fp, 1,
                                 IRX_RAISES | IRX_ALLOC | IRX_TX_SAFE);
        lw_call_extern(F, fx, &file, 1);
        lw_jump(F, done);
        lw_start(F, done);
    }
    return -1;
}

/* Whether a dict is a defaultdict: it holds a factory (the prelude's
 * dict._default). */
static int32_t dict_has_default(FnCtx *F, int32_t v, Type *t)
{
    ClassInfo *cls = lw_class_of(F->L, t);
    int32_t dflt = lw_getfield(F, v, lw_class_sid(F->L, cls), lw_field_index(cls, "_default"));
    return lw_unop(F, IR_NOT, IRK_BOOL, lw_unop(F, IR_ISNULL, IRK_BOOL, dflt));
}

static void move_to(FnCtx *F, int32_t dst, int32_t src)
{
    IrInstr *mv = lw_emit(F, IR_MOV);
    mv->dst = dst;
    mv->a = src;
}

/* isinstance(d, defaultdict) of a dict that may be None: not None and
 * holding a factory. */
static int32_t optional_is_default(FnCtx *F, int32_t v, Type *t)
{
    int32_t r = lw_tmpk(F, IRK_BOOL);
    int32_t some = lw_new_block(F), none = lw_new_block(F), done = lw_new_block(F);
    lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, v), none, some);
    lw_start(F, none);
    move_to(F, r, lw_const_bool(F, 0));
    lw_jump(F, done);
    lw_start(F, some);
    move_to(F, r, dict_has_default(F, v, t));
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

/* A tuple of CPython: a tuple, a tuple[T, ...] (the prelude's _tuple) or
 * a NamedTuple. */
static bool is_tuple_type(const Type *t)
{
    return t->kind == TY_TUPLE || chk_is_named_tuple(t) ||
           (t->kind == TY_CLASS && t->cls->is_builtin && t->cls->tmpl &&
            strcmp(t->cls->tmpl->name, "_tuple") == 0);
}

/* isinstance(v, k) for one class argument k; exact: `type(v) is k`
 * (check_builtin.c chk_type_is: no subclass passes, a bool is no int). */
static int32_t instance_test(FnCtx *F, int32_t v, Type *vt, Ast *k, bool exact)
{
    if (lw_is_union(vt))
        return lw_union_isinstance(F, v, vt, k, exact);
    Type *t = ty_strip_optional(vt);
    if (k->ty->kind == TY_CLASSREF)
        return !ty_is_ref(t) ? lw_const_bool(F, 0)
             : exact ? lw_instance_exact(F, v, k->ty->cls)
             : lw_instance_of(F, v, lw_class_sid(F->L, k->ty->cls));
    /* isinstance(x, int) and friends: decided by the static type. */
    int b = k->ty->builtin;
    if (b == BI_COLLECTIONS_DEFAULTDICT && t->kind == TY_DICT)   /* a dict holding a factory */
        return vt->kind == TY_OPTIONAL ? optional_is_default(F, v, t) : dict_has_default(F, v, t);
    int match = (b == BI_INT && (t->kind == TY_INT || (t->kind == TY_BOOL && !exact))) ||
                (b == BI_FLOAT && t->kind == TY_FLOAT) || (b == BI_STR && t->kind == TY_STR) ||
                (b == BI_BOOL && t->kind == TY_BOOL) || (b == BI_LIST && t->kind == TY_LIST) ||
                (b == BI_DICT && t->kind == TY_DICT) || (b == BI_TUPLE && is_tuple_type(t));
    if (match && vt->kind == TY_OPTIONAL)
        return lw_unop(F, IR_NOT, IRK_BOOL, lw_unop(F, IR_ISNULL, IRK_BOOL, v));
    return lw_const_bool(F, match);
}

static int32_t b_isinstance(FnCtx *F, Ast *call)
{
    Ast *x = call->u.call.bound.items[0], *k = call->u.call.bound.items[1];
    int32_t v = lw_expr(F, x);
    bool exact = call->u.call.builtin == BI_RT_TYPE_IS;
    if (k->kind != AST_TUPLE)
        return instance_test(F, v, x->ty, k, exact);
    int32_t r = lw_const_bool(F, 0);
    for (int i = 0; i < k->u.seq.items.n; i++)
        r = lw_binop(F, IR_OR, IRK_BOOL, r, instance_test(F, v, x->ty, k->u.seq.items.items[i], exact));
    return r;
}

/* CPython's name of a static type that has no subclasses. */
static const char *static_type_name(const Type *t)
{
    switch (t->kind) {
    case TY_INT: return "int";
    case TY_FLOAT: return "float";
    case TY_BOOL: return "bool";
    case TY_STR: return "str";
    case TY_NONE: return "NoneType";
    case TY_LIST: return "list";
    case TY_DICT: return "dict";
    case TY_SET: return "set";
    case TY_TUPLE: return "tuple";
    case TY_CALLABLE: return "function";
    default: return NULL;
    }
}

/* type(v).__name__ for a v of static type xt (also the class names of
 * the TypeError of an operator: lower_dunder.c).  For a class, a test of
 * v against each subclass of its static class, deepest first
 * (Program.classes lists bases first); a dict may be a defaultdict. */
int32_t lw_type_name(FnCtx *F, int32_t v, Type *xt)
{
    Type *t = xt->kind == TY_OPTIONAL ? xt->elem : xt;
    if (t->kind == TY_UNION)
        return lw_union_type_name(F, v, xt);
    const char *fixed = static_type_name(t);
    if (t->kind != TY_CLASS && t->kind != TY_DICT && xt->kind != TY_OPTIONAL)
        return lw_const_str(F, fixed ? fixed : "object", (int64_t)strlen(fixed ? fixed : "object"));
    int32_t r = lw_tmp(F, ir_ref(F->L->str_sid));
    int32_t done = lw_new_block(F);
    if (xt->kind == TY_OPTIONAL) {
        int32_t yes = lw_new_block(F), no = lw_new_block(F);
        lw_branch(F, lw_unop(F, IR_ISNULL, IRK_BOOL, v), yes, no);
        lw_start(F, yes);
        move_to(F, r, lw_const_str(F, "NoneType", 8));
        lw_jump(F, done);
        lw_start(F, no);
    }
    Program *prog = F->L->prog;
    for (int i = prog->nclasses - 1; i >= 0 && t->kind == TY_CLASS; i--) {
        ClassInfo *k = prog->classes[i];
        ClassInfo *b = k;
        while (b && b != t->cls)
            b = b->base;
        if (!b || k == t->cls)
            continue;
        int32_t is = lw_tmpk(F, IRK_BOOL);
        IrInstr *in = lw_emit(F, IR_INSTANCEOF);
        in->dst = is;
        in->a = v;
        in->aux = lw_class_sid(F->L, k);
        int32_t yes = lw_new_block(F), no = lw_new_block(F);
        lw_branch(F, is, yes, no);
        lw_start(F, yes);
        move_to(F, r, lw_const_str(F, k->name, (int64_t)strlen(k->name)));
        lw_jump(F, done);
        lw_start(F, no);
    }
    const char *name = t->kind == TY_CLASS ? ty_class_pyname(t->cls) : fixed ? fixed : "object";
    if (t->kind == TY_DICT) {
        int32_t yes = lw_new_block(F), no = lw_new_block(F);
        lw_branch(F, dict_has_default(F, v, t), yes, no);
        lw_start(F, yes);
        move_to(F, r, lw_const_str(F, "defaultdict", 11));
        lw_jump(F, done);
        lw_start(F, no);
    }
    move_to(F, r, lw_const_str(F, name, (int64_t)strlen(name)));
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

static int32_t b_len(FnCtx *F, Ast *call)
{
    Ast *x = call->u.call.bound.items[0];
    if (x->ty->kind == TY_TUPLE) {
        lw_expr(F, x);
        return lw_const_i64(F, x->ty->nitems);
    }
    return lw_unop(F, IR_ARRAYLEN, IRK_I64, lw_expr(F, x));
}

/* hash() of an object without __hash__ (identity), of a tuple or of a
 * union (the member held). */
int32_t lw_hash_value(FnCtx *F, int32_t v, Type *t)
{
    if (lw_is_union(t))
        return lw_union_hash(F, v, t);
    if (t->kind == TY_TUPLE) {
        /* CPython's tuple hash, so hash((1, 2)) prints what it prints */
        IrType p[2] = { ir_type(IRK_I64), ir_type(IRK_I64) };
        int32_t add = lw_extern_c(F->L, "rt_tuple_hash_add", ir_type(IRK_I64), p, 2,
                                  IRX_TX_SAFE | IRX_PURE);
        int32_t end = lw_extern_c(F->L, "rt_tuple_hash_end", ir_type(IRK_I64), p, 2,
                                  IRX_TX_SAFE | IRX_PURE);
        int32_t sid = lw_tuple_sid(F->L, t);
        int32_t h = lw_const_i64(F, 2870177450012600261LL);  /* rtlib.h RT_TUPLE_HASH_START */
        for (int i = 0; i < t->nitems; i++) {
            int32_t args[2] = { h, lw_hash_value(F, lw_getfield(F, v, sid, i), t->items[i]) };
            h = lw_call_extern(F, add, args, 2);
        }
        int32_t args[2] = { h, lw_const_i64(F, t->nitems) };
        return lw_call_extern(F, end, args, 2);
    }
    FuncInfo *m = t->kind == TY_STR ? lw_method(lw_prelude_class(F->L, "str"), "__hash__")
                                    : NULL;
    if (!m && (t->kind == TY_INT || t->kind == TY_BOOL || t->kind == TY_FLOAT))
        m = lw_method(lw_prelude_class(F->L, t->kind == TY_FLOAT ? "float" : "int"), "__hash__");
    if (!m && t->kind == TY_CLASS)
        return lw_special_hash(F, t->cls, v);
    if (m)
        return lw_call_method_fi(F, m, v, NULL, 0);
    IrType p = ir_type(IRK_REF);
    int32_t xid = lw_extern_c(F->L, "stm_id_hash", ir_type(IRK_I64), &p, 1, IRX_TX_SAFE | IRX_PURE);
    return lw_call_extern(F, xid, &v, 1);
}

static int32_t b_array_copy(FnCtx *F, Ast *call)
{
    int n;
    int32_t *args = bound_args(F, call, &n);
    IrInstr *in = lw_emit(F, IR_ARRAYCOPY);
    in->aux = lw_array_sid(F->L, call->u.call.bound.items[0]->ty);
    ir_set_args(F->L->m, in, args, 5);
    return -1;
}

static int32_t b_array_new(FnCtx *F, Ast *call)
{
    int32_t n = lw_expr(F, call->u.call.bound.items[0]);
    int32_t sid = lw_array_sid(F->L, call->ty);
    int32_t a = lw_tmp(F, ir_ref(sid));
    IrInstr *in = lw_emit(F, IR_ALLOC_ARRAY);
    in->dst = a;
    in->a = n;
    in->aux = sid;
    return a;
}

/* threading.Thread(target=f, args=(...)): a thread object that the
 * support library starts; its entry stub unpacks the arguments. */
static int32_t b_thread(FnCtx *F, Ast *call);

/* next(it, default): it.__next__(), or default on StopIteration. */
static int32_t b_next_default(FnCtx *F, Ast *call)
{
    Ast *it = call->u.call.bound.items[0], *dflt = call->u.call.bound.items[1];
    FuncInfo *nx = call->u.call.target;
    int32_t obj = lw_expr(F, it);
    int32_t r = lw_tmp(F, lw_type(F->L, nx->ret));
    int32_t stop = lw_new_block(F), done = lw_new_block(F);
    int32_t saved = F->handler;
    F->handler = stop;
    lw_move(F, r, lw_call_method_fi(F, nx, obj, NULL, 0));
    F->handler = saved;
    lw_jump(F, done);
    lw_start(F, stop);
    lw_catch_stop_iteration(F);
    lw_move(F, r, lw_convert(F, lw_expr(F, dflt), dflt->ty, nx->ret));
    lw_jump(F, done);
    lw_start(F, done);
    return r;
}

static int32_t call_builtin(FnCtx *F, Ast *call)
{
    switch (call->u.call.builtin) {
    case BI_PRINT: return b_print(F, call);
    case BI_ISINSTANCE: case BI_RT_TYPE_IS: return b_isinstance(F, call);
    case BI_LEN: return b_len(F, call);
    case BI_TYPE: {
        Ast *x = call->u.call.bound.items[0];
        return lw_type_name(F, lw_expr(F, x), x->ty);
    }
    case BI_BOOL: return lw_truth(F, call->u.call.bound.items[0]);
    case BI_STR:
    case BI_REPR: {
        Ast *x = call->u.call.bound.items[0];
        return lw_to_str(F, lw_expr(F, x), x->ty, call->u.call.builtin == BI_REPR);
    }
    case BI_HASH: {
        Ast *x = call->u.call.bound.items[0];
        return lw_hash_value(F, lw_expr(F, x), x->ty);
    }
    case BI_FORMAT: {   /* of a union (check_expr.c union_format) */
        Ast *x = call->u.call.bound.items[0];
        int32_t v = lw_expr(F, x);
        return lw_union_format(F, v, x->ty, lw_expr(F, call->u.call.bound.items[1]));
    }
    case BI_RT_IDENTITY_HASH: {
        int32_t v = lw_expr(F, call->u.call.bound.items[0]);
        IrType p = ir_type(IRK_REF);
        int32_t xid = lw_extern_c(F->L, "stm_id_hash", ir_type(IRK_I64), &p, 1,
                                  IRX_TX_SAFE | IRX_PURE);
        return lw_call_extern(F, xid, &v, 1);
    }
    case BI_RT_ARRAY_COPY: return b_array_copy(F, call);
    case BI_RT_SAME_CLASS: {
        int32_t a = lw_expr(F, call->u.call.bound.items[0]);
        int32_t b = lw_expr(F, call->u.call.bound.items[1]);
        return lw_same_class(F, a, b, IR_EQ);
    }
    case BI_RT_TYPE_NAME: {
        Ast *x = call->u.call.bound.items[0];
        return lw_type_name(F, lw_expr(F, x), x->ty);
    }
    case BI_P_ARRAY_NEW: return b_array_new(F, call);
    case BI_THREAD: return b_thread(F, call);
    case BI_NEXT: return b_next_default(F, call);
    case BI_ANY: case BI_ALL:
        return lw_any_all(F, call->u.call.bound.items[0], call->u.call.builtin == BI_ANY);
    default:
        lw_error(F->L, call->loc, "cannot lower a call of builtin '%s' here",
                 chk_builtins[call->u.call.builtin].name);
        return lw_const_null(F);
    }
}

/* len() of a list or dict: the prelude's __len__ returns its _len field,
 * which is read here in place of the call, so that the STM read pass sees
 * the access and elides its barrier when the caller has read or written
 * the object already (list.__len__'s own barrier, which no fact reached,
 * was 0.7% of rtpython-stm's instructions on pystone).  -1: not such a
 * call. */
static int32_t inline_len(FnCtx *F, const FuncInfo *fi, const Ast *recv, int32_t v, int n)
{
    Type *t = recv->ty;
    if (n != 0 || strcmp(fi->name, "__len__") != 0 || (t->kind != TY_LIST && t->kind != TY_DICT))
        return -1;
    ClassInfo *cls = lw_class_of(F->L, t);
    if (!cls || fi->cls != cls)
        return -1;
    return lw_getfield(F, v, lw_class_sid(F->L, cls), lw_field_index(cls, "_len"));
}

int32_t lw_call_expr(FnCtx *F, Ast *call)
{
    switch (call->u.call.res) {
    case RES_FUNC:
        return call_function(F, call);
    case RES_METHOD:
    case RES_SUPER: {
        FuncInfo *fi = call->u.call.target;
        int32_t recv = receiver(F, call->u.call.recv, fi->name);
        int n;
        int32_t *args = bound_args(F, call, &n);
        if (call->u.call.res == RES_SUPER) {
            /* super().m(): the base's implementation, never virtual. */
            int32_t all[64];
            all[0] = recv;
            for (int i = 0; i < n && i < 63; i++)
                all[i + 1] = args[i];
            return lw_call_fi(F, fi, all, n + 1);
        }
        int32_t len = inline_len(F, fi, call->u.call.recv, recv, n);
        if (len >= 0)
            return len;
        return lw_call_method_fi(F, fi, recv, args, n);
    }
    case RES_STATIC: {
        int n;
        int32_t *args = bound_args(F, call, &n);
        return lw_call_fi(F, call->u.call.target, args, n);
    }
    case RES_CLASSMETHOD: {
        int32_t recv = receiver(F, call->u.call.recv, call->u.call.target->name);
        int n;
        int32_t *args = bound_args(F, call, &n);
        return lw_call_classmethod(F, call->u.call.target, recv, args, n);
    }
    case RES_CONSTRUCTOR:
        return call_constructor(F, call);
    case RES_INDIRECT:
        return call_indirect(F, call);
    case RES_BUILTIN:
        return call_builtin(F, call);
    default:
        lw_error(F->L, call->loc, "cannot lower this call");
        return lw_const_null(F);
    }
}

/* ------------------------------------------------------------- threads */

/* The entry stub of a thread: its argument is the record (target, args);
 * it calls target(*args). */
static int32_t thread_entry(FnCtx *F, int32_t rec_sid, Type *args_t)
{
    Lowerer *L = F->L;
    IrType params[1] = { ir_ref(rec_sid) };
    int32_t fid = ir_add_func(L->m, "__thread_entry", ir_type(IRK_VOID));
    FnCtx E = { 0 };
    E.L = L;
    E.fid = fid;
    E.f = &L->m->funcs[fid];
    E.f->nparams = 1;
    E.f->src_name = "<thread>";
    ir_new_vreg(L->m, E.f, params[0], "spec");
    E.handler = -1;
    E.exc_vreg = -1;
    E.loc = F->loc;
    E.cur = lw_new_block(&E);
    int32_t target = lw_getfield(&E, 0, rec_sid, 0);
    int32_t vals[32];
    int n = 0;
    if (args_t) {
        int32_t tsid = lw_tuple_sid(L, args_t);
        int32_t tup = lw_getfield(&E, 0, rec_sid, 1);
        for (int i = 0; i < args_t->nitems && i < 32; i++)
            vals[n++] = lw_getfield(&E, tup, tsid, i);
    }
    IrInstr *in = lw_emit(&E, IR_CALL_INDIRECT);
    in->a = target;
    ir_set_args(L->m, in, vals, n);
    lw_after_raising(&E);
    ir_set_term(E.f, E.cur, TERM_RETURN, -1, -1, -1, E.loc);
    F->f = &L->m->funcs[F->fid];   /* the function array may have moved */
    return fid;
}

/* The target's __name__ when the expression says it: a function, a method
 * or a lambda; NULL for a Callable value (its name is known at run time
 * only, and function values do not carry it). */
static const char *thread_target_name(Ast *t)
{
    while (t->kind == AST_CONVERT)
        t = t->u.convert.operand;
    if (t->kind == AST_LAMBDA)
        return "<lambda>";
    if (t->kind == AST_NAME && t->u.name.sym && t->u.name.sym->kind == SYM_FUNC)
        return t->u.name.sym->func->name;
    if (t->kind == AST_ATTR && t->u.attr.res == RES_METHOD && t->u.attr.func)
        return t->u.attr.func->name;
    if (t->kind == AST_ATTR && t->u.attr.res == RES_MODULE_MEMBER && t->u.attr.sym
        && t->u.attr.sym->kind == SYM_FUNC)
        return t->u.attr.sym->func->name;
    if (t->kind == AST_ATTR && t->u.attr.res == RES_STATIC && t->u.attr.func)
        return t->u.attr.func->name;
    return NULL;
}

static int32_t b_thread(FnCtx *F, Ast *call)
{
    Lowerer *L = F->L;
    Ast *target = call->u.call.bound.items[0];
    Ast *args = call->u.call.bound.n > 1 ? call->u.call.bound.items[1] : NULL;
    IrStruct s = { 0 };
    s.kind = IRS_RECORD;
    s.name = "thread spec";
    s.parent = s.vtable = -1;
    s.nfields = 2;
    s.fields = ir_alloc(L->m, sizeof(IrField) * 2);
    s.fields[0] = (IrField){ .name = "target", .type = ir_ref(-1), .immutable = 1 };
    s.fields[1] = (IrField){ .name = "args", .type = args ? lw_type(L, args->ty) : ir_ref(-1),
                             .immutable = 1 };
    int32_t rec_sid = ir_add_struct(L->m, &s);
    int32_t fn = lw_expr(F, target);
    int32_t tup = args ? lw_expr(F, args) : lw_const_null(F);
    int32_t rec = lw_tmp(F, ir_ref(rec_sid));
    IrInstr *in = lw_emit(F, IR_ALLOC);
    in->dst = rec;
    in->aux = rec_sid;
    lw_setfield(F, rec, rec_sid, 0, fn);
    lw_setfield(F, rec, rec_sid, 1, tup);
    int32_t entry_fid = thread_entry(F, rec_sid, args ? args->ty : NULL);
    int32_t entry = lw_tmpk(F, IRK_PTR);
    in = lw_emit(F, IR_FUNCADDR);
    in->dst = entry;
    in->aux = entry_fid;
    /* CPython names the thread "Thread-N (target)" */
    const char *tname = thread_target_name(target);
    int32_t name = tname ? lw_const_str(F, tname, (int64_t)strlen(tname)) : lw_const_null(F);
    IrType p[3] = { ir_type(IRK_PTR), ir_type(IRK_REF), ir_ref(L->str_sid) };
    int32_t xid = lw_extern_c(L, "rt_thread_new_target", ir_ref(L->opaque_sid), p, 3,
                              IRX_ALLOC | IRX_TX_SAFE);
    int32_t a3[3] = { entry, rec, name };
    return lw_call_extern(F, xid, a3, 3);
}
