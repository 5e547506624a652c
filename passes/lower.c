/* lower.c - lowering a checked program to the IR: entry point, the
 * mapping from checker objects (classes, types, functions, modules) to IR
 * structs, functions and globals, and the functions the support library
 * calls back (rt_program).
 *
 * Assumes: chk_program() succeeded; the AST carries the [checker] fields.
 * Guarantees: a verified IR module in which every checked function has a
 * body, classes are numbered in preorder (so a class's subtree is a
 * contiguous range of struct ids: INSTANCEOF is a range test), module
 * globals are fields of one prebuilt object per module (immutable when the
 * module never assigns them after their initialiser; a global that a
 * function may read before the module's code assigned it has an
 * "assigned" flag field and such reads raise NameError), and the hooks of
 * IrModule.hooks are set.
 */
#include "passes/lower.h"
#include "runtime/lib/rtlib.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void lw_error(Lowerer *L, Loc loc, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(L->diag, loc, "%s", msg);
    L->errors++;
}

IrLoc lw_loc(Lowerer *L, Loc loc)
{
    IrLoc r = { -1, loc.line, loc.col };
    int32_t f = pm_get(&L->file_id, (void *)(intptr_t)(loc.file + 1));
    if (f < 0 && loc.file >= 0 && loc.file < diag_file_count(L->diag)) {
        /* Absolute, as CPython names source files in tracebacks (and so
         * that the traceback printer can read the lines from anywhere). */
        char *abs = realpath(diag_file_path(L->diag, loc.file), NULL);
        f = ir_add_file(L->m, abs ? abs : diag_file_path(L->diag, loc.file));
        free(abs);
        pm_put(&L->file_id, (void *)(intptr_t)(loc.file + 1), f);
    }
    r.file = f;
    return r;
}

/* ------------------------------------------------------------- classes */

ClassInfo *lw_prelude_class(Lowerer *L, const char *name)
{
    ModuleInfo *p = L->prog->prelude;
    for (int i = 0; i < p->nclasses; i++)
        if (strcmp(p->classes[i]->name, name) == 0)
            return p->classes[i];
    IR_DIE("the prelude has no class %s", name);
}

FuncInfo *lw_method(ClassInfo *cls, const char *name)
{
    for (ClassInfo *c = cls; c; c = c->base)
        for (int i = 0; i < c->nmethods; i++)
            if (strcmp(c->methods[i]->name, name) == 0)
                return c->methods[i];
    return NULL;
}

int32_t lw_class_sid(Lowerer *L, ClassInfo *cls)
{
    if (cls->is_extern)
        return L->opaque_sid;
    int32_t sid = pm_get(&L->class_sid, cls);
    if (sid < 0)
        IR_DIE("class %s has no struct (not in the program's class list)", cls->name);
    return sid;
}

/* The class behind a type: user classes, container template instances,
 * and the prelude classes holding the methods of str/int/float/bool. */
ClassInfo *lw_class_of(Lowerer *L, Type *t)
{
    t = ty_strip_optional(t);
    if (t->kind == TY_CLASS)
        return t->cls;
    int32_t i = pm_get(&L->type_class, t);
    return i >= 0 ? L->prog->classes[i] : NULL;
}

/* Classes whose objects are GC records (not primitive method holders,
 * templates or support-library objects). */
static int has_records(const ClassInfo *c)
{
    if (c->is_extern || c->is_template || !c->type)
        return 0;
    TyKind k = c->type->kind;
    return k == TY_CLASS || k == TY_LIST || k == TY_DICT || k == TY_SET || k == TY_ITER;
}

static int32_t add_class_struct(Lowerer *L, ClassInfo *cls)
{
    IrModule *m = L->m;
    IrStruct s = { 0 };
    s.kind = IRS_RECORD;
    s.name = ir_strdup(m, ty_name(L->prog->types->arena, cls->type));
    s.parent = cls->base && !cls->base->is_extern ? pm_get(&L->class_sid, cls->base) : -1;
    s.is_class = 1;
    s.vtable = -1;
    s.nfields = cls->nfields;
    s.fields = ir_alloc(m, sizeof(IrField) * (size_t)(cls->nfields + 1));
    int32_t sid = ir_add_struct(m, &s);
    m->structs[sid].class_first = m->structs[sid].class_last = sid;
    pm_put(&L->class_sid, cls, sid);
    return sid;
}

/* Field types may mention classes defined later: fill them once every
 * class has its struct. */
static void fill_class_fields(Lowerer *L, ClassInfo *cls)
{
    IrStruct *s = &L->m->structs[pm_get(&L->class_sid, cls)];
    for (int i = 0; i < cls->nfields; i++) {
        IrField *f = &s->fields[i];
        f->name = ir_strdup(L->m, cls->fields[i].name);
        f->type = lw_type(L, cls->fields[i].type);
        f->immutable = cls->fields[i].immutable;
    }
}

/* Number classes in preorder so that each subtree is contiguous. */
static void number_classes(Lowerer *L)
{
    Program *p = L->prog;
    int n = p->nclasses;
    ClassInfo **stack = malloc(sizeof(ClassInfo *) * (size_t)(n + 1));
    int sp = 0;
    for (int i = n - 1; i >= 0; i--)
        if (!p->classes[i]->base && has_records(p->classes[i]))
            stack[sp++] = p->classes[i];
    while (sp) {
        ClassInfo *c = stack[--sp];
        add_class_struct(L, c);
        for (int i = n - 1; i >= 0; i--)
            if (p->classes[i]->base == c && has_records(p->classes[i]))
                stack[sp++] = p->classes[i];
    }
    free(stack);
    /* class_last: the largest id in the subtree (children follow parents). */
    for (int32_t sid = L->m->nstructs - 1; sid >= 0; sid--) {
        IrStruct *s = &L->m->structs[sid];
        if (s->is_class && s->parent >= 0 && L->m->structs[s->parent].class_last < s->class_last)
            L->m->structs[s->parent].class_last = s->class_last;
    }
    for (int i = 0; i < n; i++)
        if (p->classes[i]->type)
            pm_put(&L->type_class, p->classes[i]->type, i);
    for (int i = 0; i < n; i++)
        if (has_records(p->classes[i]))
            fill_class_fields(L, p->classes[i]);
}

/* --------------------------------------------------------------- types */

int32_t lw_tuple_sid(Lowerer *L, Type *t)
{
    int32_t sid = pm_get(&L->type_sid, t);
    if (sid >= 0)
        return sid;
    IrStruct s = { 0 };
    s.kind = IRS_RECORD;
    s.name = ir_strdup(L->m, ty_name(L->prog->types->arena, t));
    s.parent = s.vtable = -1;
    s.nfields = t->nitems;
    s.fields = ir_alloc(L->m, sizeof(IrField) * (size_t)(t->nitems + 1));
    sid = ir_add_struct(L->m, &s);
    pm_put(&L->type_sid, t, sid);
    for (int i = 0; i < t->nitems; i++) {
        char name[16];
        snprintf(name, sizeof name, "item%d", i);
        IrField *f = &L->m->structs[sid].fields[i];
        f->name = ir_strdup(L->m, name);
        f->type = lw_type(L, t->items[i]);
        f->immutable = 1;
    }
    return sid;
}

int32_t lw_box_sid(Lowerer *L, Type *opt)
{
    return lw_tuple_sid(L, ty_tuple(L->prog->types, &opt->elem, 1));
}

int32_t lw_array_sid(Lowerer *L, Type *t)
{
    int32_t sid = pm_get(&L->type_sid, t);
    if (sid >= 0)
        return sid;
    IrStruct s = { 0 };
    s.kind = IRS_ARRAY;
    s.name = ir_strdup(L->m, ty_name(L->prog->types->arena, t));
    s.parent = s.vtable = -1;
    sid = ir_add_struct(L->m, &s);
    pm_put(&L->type_sid, t, sid);
    IrType elem = lw_type(L, t->elem);
    L->m->structs[sid].elem = elem;
    L->m->structs[sid].cards = elem.kind == IRK_REF;
    return sid;
}

IrType lw_type(Lowerer *L, Type *t)
{
    switch (t->kind) {
    case TY_INT:      return ir_type(IRK_I64);
    case TY_FLOAT:    return ir_type(IRK_F64);
    case TY_BOOL:     return ir_type(IRK_BOOL);
    case TY_NONE:     return ir_type(IRK_REF);
    case TY_STR:      return ir_ref(L->str_sid);
    case TY_LIST:
    case TY_DICT:
    case TY_SET:
    case TY_ITER: {
        ClassInfo *c = lw_class_of(L, t);
        if (!c)
            IR_DIE("no prelude class instance for %s", ty_name(L->prog->types->arena, t));
        return ir_ref(lw_class_sid(L, c));
    }
    case TY_TUPLE:    return ir_ref(lw_tuple_sid(L, t));
    case TY_CLASS:    return ir_ref(lw_class_sid(L, t->cls));
    case TY_OPTIONAL:
        /* int | None: a reference to an immutable box (a 1-tuple), NULL
         * for None; a reference type's None is NULL itself */
        if (ty_is_value(t->elem))
            return ir_ref(lw_box_sid(L, t));
        return lw_type(L, t->elem);
    case TY_CALLABLE: return ir_ref(-1);
    case TY_ARRAY:    return ir_ref(lw_array_sid(L, t));
    case TY_OPAQUE:   return ir_ref(L->opaque_sid);
    case TY_OBJECT:   return ir_type(IRK_REF);
    case TY_UNION:    return ir_type(IRK_REF);   /* lower_union.c */
    default:
        IR_DIE("type %s has no IR representation", ty_name(L->prog->types->arena, t));
    }
}

static IrType ret_type(Lowerer *L, Type *t)
{
    return t->kind == TY_NONE ? ir_type(IRK_VOID) : lw_type(L, t);
}

/* A function's IR return type.  A procedure (`-> None`) returns nothing;
 * a library function whose result became None only through its type
 * arguments (dict[str, None].get, Iterator[None].__next__) returns that
 * None as a value, a null reference, as generic code reads one. */
static IrType func_ret_type(Lowerer *L, FuncInfo *fi)
{
    bool instance = fi->tmpl || (fi->cls && fi->cls->tmpl);
    Ast *ann = instance && fi->def ? fi->def->u.func.returns : NULL;
    if (fi->ret->kind == TY_NONE && ann && ann->kind != AST_NONE)
        return ir_type(IRK_REF);
    return ret_type(L, fi->ret);
}

/* ------------------------------------------------------------ functions */

int32_t lw_func(Lowerer *L, FuncInfo *fi)
{
    int32_t fid = pm_get(&L->func_id, fi);
    if (fid < 0)
        IR_DIE("function %s was not declared (not checked?)", fi->qualname);
    return fid;
}

static uint32_t extern_flags(unsigned ext)
{
    uint32_t f = 0;
    if (ext & EXT_RAISES) f |= IRX_RAISES | IRX_ALLOC;
    if (ext & EXT_ALLOC) f |= IRX_ALLOC;
    if (ext & EXT_BLOCKING) f |= IRX_BREAK | IRX_ALLOC;
    if (ext & EXT_READS) f |= IRX_READS_ARGS;
    if (ext & EXT_WRITES) f |= IRX_WRITES_ARGS;
    if (ext & EXT_PURE) f |= IRX_PURE;
    /* I/O makes the transaction inevitable inside the library, which is a
     * safe point; everything else may run in any transaction. */
    if (ext & EXT_IO)
        f |= IRX_ALLOC;
    else
        f |= IRX_TX_SAFE;
    return f;
}

int32_t lw_extern_c(Lowerer *L, const char *c_name, IrType ret, const IrType *params,
                    int nparams, uint32_t flags)
{
    IrExtern x = { 0 };
    x.c_name = ir_strdup(L->m, c_name);
    x.ret = ret;
    x.nparams = nparams;
    x.params = ir_alloc(L->m, sizeof(IrType) * (size_t)(nparams + 1));
    if (nparams)
        memcpy(x.params, params, sizeof(IrType) * (size_t)nparams);
    x.flags = flags;
    return ir_add_extern(L->m, &x);
}

int32_t lw_extern(Lowerer *L, FuncInfo *fi)
{
    int32_t xid = pm_get(&L->extern_id, fi);
    if (xid >= 0)
        return xid;
    IrType params[64];
    if (fi->nparams > 64)
        IR_DIE("extern %s has too many parameters", fi->extern_name);
    for (int i = 0; i < fi->nparams; i++)
        params[i] = fi->is_method && i == 0 && fi->cls && fi->cls->is_extern
                        ? ir_ref(L->opaque_sid) : lw_type(L, fi->params[i].type);
    xid = lw_extern_c(L, fi->extern_name, ret_type(L, fi->ret), params, fi->nparams,
                      extern_flags(fi->extern_flags));
    pm_put(&L->extern_id, fi, xid);
    return xid;
}

static void declare_function(Lowerer *L, FuncInfo *fi)
{
    IrModule *m = L->m;
    const char *name = fi->qualname ? fi->qualname : fi->name;
    int32_t fid = ir_add_func(m, name, func_ret_type(L, fi));
    IrFunc *f = &m->funcs[fid];
    f->src_name = fi->is_module_init ? "<module>" : ir_strdup(m, name);
    f->nparams = fi->nparams;
    f->is_method = fi->is_method;
    f->no_traceback = fi->module && fi->module->is_prelude;
    if (fi->def)
        f->loc = lw_loc(L, fi->def->loc);
    for (int i = 0; i < fi->nlocals; i++) {
        Local *lc = &fi->locals[i];
        IrType t = lc->type ? lw_type(L, lc->type) : ir_type(IRK_I64);
        ir_new_vreg(m, &m->funcs[fid], t, lc->name);
    }
    pm_put(&L->func_id, fi, fid);
}

static int representable(const FuncInfo *fi)
{
    (void)fi;
    return 1;       /* int | None is boxed: every checked function lowers */
}

static void declare_functions(Lowerer *L)
{
    for (int i = 0; i < L->prog->nfuncs; i++) {
        FuncInfo *fi = L->prog->funcs[i];
        if (fi->extern_name || fi->is_template || !fi->is_checked || !representable(fi))
            continue;
        declare_function(L, fi);
    }
}

static void build_vtables(Lowerer *L)
{
    for (int i = 0; i < L->prog->nclasses; i++) {
        ClassInfo *c = L->prog->classes[i];
        if (!has_records(c) || c->nvslots == 0)
            continue;
        int32_t sid = lw_class_sid(L, c);
        int32_t v = ir_add_vtable(L->m, sid, c->nvslots);
        for (int s = 0; s < c->nvslots; s++) {
            FuncInfo *fi = c->vtable[s];
            int32_t fid = fi ? pm_get(&L->func_id, fi) : -1;
            L->m->vtables[v].funcs[s] = fid;
        }
        L->m->structs[sid].vtable = v;
    }
}

/* -------------------------------------------------------------- globals */

int32_t lw_module_global(Lowerer *L, ModuleInfo *mod)
{
    int32_t g = pm_get(&L->module_global, mod);
    if (g < 0)
        IR_DIE("module %s has no globals object", mod->name);
    return g;
}

/* Order of module initialisation (docs/language.md, "Global variables"):
 * a function that runs while a module's top-level code runs and reads a
 * global not yet assigned raises NameError, as in CPython.  Only globals
 * declared at or after the first top-level statement that can run user
 * code (a call, an operator or hash that may dispatch to a method, an
 * import of a program module, a class body, a decorator) can be read
 * so; they get a hidden "assigned" flag, set by every store and tested
 * by every read outside their module's own top-level code (whose reads
 * the checker proves to follow an assignment).  The others cost nothing. */

static bool prim_type(const Type *t)
{
    return t && (t->kind == TY_INT || t->kind == TY_FLOAT || t->kind == TY_BOOL
                 || t->kind == TY_STR || t->kind == TY_NONE);
}

/* Evaluating e runs no user code (conservative: false when unsure). */
static bool pure_expr(const Ast *e)
{
    if (!e)
        return true;
    switch (e->kind) {
    case AST_INT: case AST_FLOAT: case AST_STR: case AST_BOOL: case AST_NONE:
    case AST_NAME:
        return true;
    case AST_CONVERT:
        return prim_type(e->ty) && pure_expr(e->u.convert.operand);
    case AST_UNARY:
        return prim_type(e->u.unary.operand->ty) && pure_expr(e->u.unary.operand);
    case AST_BINARY:
        return !e->u.binary.method && prim_type(e->u.binary.left->ty)
               && prim_type(e->u.binary.right->ty) && pure_expr(e->u.binary.left)
               && pure_expr(e->u.binary.right);
    case AST_LIST: case AST_TUPLE: case AST_SET:
        for (int i = 0; i < e->u.seq.items.n; i++) {
            const Ast *x = e->u.seq.items.items[i];
            if (!pure_expr(x) || (e->kind == AST_SET && !prim_type(x->ty)))
                return false;
        }
        return true;
    case AST_DICT:
        for (int i = 0; i < e->u.dict.keys.n; i++)
            if (!e->u.dict.keys.items[i] || !prim_type(e->u.dict.keys.items[i]->ty)
                || !pure_expr(e->u.dict.keys.items[i]) || !pure_expr(e->u.dict.values.items[i]))
                return false;
        return true;
    default:
        return false;
    }
}

static bool program_module(Lowerer *L, const char *name)
{
    for (int i = 0; i < L->prog->nmodules; i++) {
        ModuleInfo *m = L->prog->modules[i];
        size_t n = strlen(name);
        if (strcmp(m->name, "builtins") != 0 && strncmp(m->name, name, n) == 0
            && (m->name[n] == 0 || m->name[n] == '.'))
            return true;
    }
    return false;
}

/* A top-level statement that runs no user code when executed. */
static bool pure_stmt(Lowerer *L, const Ast *s)
{
    switch (s->kind) {
    case AST_PASS: case AST_GLOBAL:
        return true;
    case AST_EXPR_STMT:
        return s->u.expr_stmt.value->kind == AST_STR;
    case AST_ASSIGN:
        for (int i = 0; i < s->u.assign.targets.n; i++)
            if (s->u.assign.targets.items[i]->kind != AST_NAME)
                return false;
        return pure_expr(s->u.assign.value);
    case AST_ANNASSIGN:
        return s->u.annassign.target->kind == AST_NAME && pure_expr(s->u.annassign.value);
    case AST_FUNCDEF:
        if (s->u.func.decorators.n)
            return false;
        for (int i = 0; i < s->u.func.params.n; i++)
            if (!pure_expr(s->u.func.params.items[i]->u.param.default_value))
                return false;
        return true;
    case AST_IMPORT:
        for (int i = 0; i < s->u.import.names.n; i++)
            if (program_module(L, s->u.import.names.items[i]->u.alias.name))
                return false;
        return true;
    case AST_IMPORTFROM:
        return !program_module(L, s->u.import.module);
    default:
        return false;
    }
}

static bool loc_before(Loc a, Loc b)
{
    return a.line < b.line || (a.line == b.line && a.col < b.col);
}

/* Marks the globals of mod that a function may read unassigned; returns
 * how many. */
static int mark_init_order(Lowerer *L, ModuleInfo *mod)
{
    /* the prelude runs first and calls no program code */
    if (!mod->ast || mod->ast->kind != AST_MODULE || mod->is_prelude)
        return 0;
    const AstList *body = &mod->ast->u.module.body;
    int first_impure = body->n;
    for (int k = 0; k < body->n && first_impure == body->n; k++)
        if (!pure_stmt(L, body->items[k]))
            first_impure = k;
    int n = 0;
    for (int i = 0; i < mod->nglobals; i++) {
        GlobalVar *g = &mod->globals[i];
        int k = 0;      /* the top-level statement that declares g */
        while (k + 1 < body->n && !loc_before(g->loc, body->items[k + 1]->loc))
            k++;
        const Ast *decl = body->n ? body->items[k] : NULL;
        /* declared in a function by `global`: unassigned until it runs */
        bool in_def = decl && (decl->kind == AST_FUNCDEF || decl->kind == AST_CLASSDEF);
        if (g->class_attr)
            continue;   /* set at module-init entry (lw_class_attrs_init) */
        g->set_flag = k >= first_impure || in_def ? mod->nglobals + 1 + n++ : 0;
    }
    return n;
}

static void declare_module_globals(Lowerer *L, ModuleInfo *mod)
{
    IrModule *m = L->m;
    IrStruct s = { 0 };
    char name[256];
    int nflags = mark_init_order(L, mod);
    snprintf(name, sizeof name, "module %s", mod->name);
    s.kind = IRS_RECORD;
    s.name = ir_strdup(m, name);
    s.parent = s.vtable = -1;
    s.nfields = mod->nglobals + nflags;
    s.fields = ir_alloc(m, sizeof(IrField) * (size_t)(s.nfields + 1));
    int32_t sid = ir_add_struct(m, &s);
    for (int i = 0; i < mod->nglobals; i++) {
        GlobalVar *g = &mod->globals[i];
        IrField *f = &m->structs[sid].fields[i];
        f->name = ir_strdup(m, g->name);
        f->type = lw_type(L, g->type);
        f->immutable = !g->assigned_later;
        if (g->set_flag) {
            IrField *flag = &m->structs[sid].fields[g->set_flag - 1];
            char fname[256];
            snprintf(fname, sizeof fname, "%s__assigned", g->name);
            flag->name = ir_strdup(m, fname);
            flag->type = ir_type(IRK_BOOL);
            flag->immutable = f->immutable;
            flag->init_flag = f->immutable;
        }
    }
    pm_put(&L->module_global, mod, ir_add_global(m, name, sid));
}

/* ------------------------------------------------------- bodies, hooks */

static void lower_function(Lowerer *L, FuncInfo *fi)
{
    if (fi->gen_of) {
        lw_gen_body(L, fi);
        return;
    }
    FnCtx F = { 0 };
    F.L = L;
    F.fi = fi;
    F.fid = lw_func(L, fi);
    F.f = &L->m->funcs[F.fid];
    F.handler = -1;
    F.exc_vreg = -1;
    F.local_vreg = malloc(sizeof(int32_t) * (size_t)(fi->nlocals + 1));
    for (int i = 0; i < fi->nlocals; i++)
        F.local_vreg[i] = i;
    F.loc = F.f->loc;
    F.cur = lw_new_block(&F);
    if (fi->is_generator)
        lw_gen_factory(&F);
    else
        lw_function_body(&F);
    free(F.local_vreg);
}

/* A synthesized function with the given parameter kinds. */
static FnCtx synth_begin(Lowerer *L, int32_t *hook_slot, const char *name, IrType ret,
                         const IrType *params, int nparams)
{
    FnCtx F = { 0 };
    F.L = L;
    F.fid = ir_add_func(L->m, name, ret);
    F.f = &L->m->funcs[F.fid];
    F.f->nparams = nparams;
    for (int i = 0; i < nparams; i++)
        ir_new_vreg(L->m, F.f, params[i], NULL);
    F.handler = -1;
    F.exc_vreg = -1;
    F.loc.file = -1;
    F.cur = lw_new_block(&F);
    *hook_slot = F.fid;
    return F;
}

static void synth_return(FnCtx *F, int32_t v)
{
    ir_set_term(F->f, F->cur, TERM_RETURN, v, -1, -1, F->loc);
    F->cur = -1;
}

FnCtx lw_synth_begin(Lowerer *L, const char *name, IrType ret, const IrType *params, int n)
{
    int32_t fid;
    return synth_begin(L, &fid, name, ret, params, n);
}

void lw_synth_return(FnCtx *F, int32_t v)
{
    synth_return(F, v);
}

/* make_exc(kind, msg): a chain of tests on kind, then a constructor call. */
static void synth_make_exc(Lowerer *L)
{
    IrType params[2] = { ir_type(IRK_I64), ir_type(IRK_REF) };
    FnCtx F = synth_begin(L, &L->m->hooks[IRH_MAKE_EXC], "__make_exc", ir_type(IRK_REF),
                          params, 2);
    /* A missing message is the empty string. */
    int32_t msg = lw_tmp(&F, ir_ref(L->str_sid));
    int32_t isnull = lw_unop(&F, IR_ISNULL, IRK_BOOL, 1);
    int32_t has = lw_new_block(&F), none = lw_new_block(&F), go = lw_new_block(&F);
    lw_branch(&F, isnull, none, has);
    lw_start(&F, none);
    int32_t empty = lw_const_str(&F, "", 0);
    IrInstr *mv = lw_emit(&F, IR_MOV);
    mv->dst = msg;
    mv->a = empty;
    lw_jump(&F, go);
    lw_start(&F, has);
    mv = lw_emit(&F, IR_MOV);
    mv->dst = msg;
    mv->a = 1;
    lw_jump(&F, go);
    lw_start(&F, go);
    for (int k = 0; k < RT_EXC_COUNT; k++) {
        int32_t kv = lw_const_i64(&F, k);
        int32_t eq = lw_binop(&F, IR_EQ, IRK_BOOL, 0, kv);
        int32_t yes = lw_new_block(&F), no = lw_new_block(&F);
        lw_branch(&F, eq, yes, no);
        lw_start(&F, yes);
        ClassInfo *cls = lw_prelude_class(L, rt_exc_kind_name(k));
        /* SystemExit takes an exit code, the others a message. */
        int32_t arg = k == RT_EXC_SYSTEM_EXIT ? lw_const_i64(&F, 1) : msg;
        synth_return(&F, lw_new_object(&F, cls, &arg, 1));
        lw_start(&F, no);
    }
    int32_t exc = lw_new_object(&F, lw_prelude_class(L, "RuntimeError"), &msg, 1);
    synth_return(&F, exc);
}

/* exc_name(exc): the most derived exception class first. */
static void synth_exc_name(Lowerer *L)
{
    IrType params[1] = { ir_type(IRK_REF) };
    FnCtx F = synth_begin(L, &L->m->hooks[IRH_EXC_NAME], "__exc_name",
                          ir_ref(L->str_sid), params, 1);
    for (int32_t sid = L->m->nstructs - 1; sid >= 0; sid--) {
        if (!L->m->structs[sid].is_class)
            continue;
        ClassInfo *cls = NULL;
        for (int i = 0; i < L->prog->nclasses && !cls; i++)
            if (pm_get(&L->class_sid, L->prog->classes[i]) == sid)
                cls = L->prog->classes[i];
        if (!cls || !cls->is_exception)
            continue;
        int32_t is = lw_tmpk(&F, IRK_BOOL);
        IrInstr *in = lw_emit(&F, IR_INSTANCEOF);
        in->dst = is;
        in->a = 0;
        in->aux = sid;
        int32_t yes = lw_new_block(&F), no = lw_new_block(&F);
        lw_branch(&F, is, yes, no);
        lw_start(&F, yes);
        synth_return(&F, lw_const_str(&F, cls->name, (int64_t)strlen(cls->name)));
        lw_start(&F, no);
    }
    synth_return(&F, lw_const_str(&F, "BaseException", 13));
}

/* hook(exc) -> bool: isinstance(exc, cls). */
static void synth_is_instance(Lowerer *L, IrHook hook, const char *name, ClassInfo *cls)
{
    IrType params[1] = { ir_type(IRK_REF) };
    FnCtx F = synth_begin(L, &L->m->hooks[hook], name, ir_type(IRK_BOOL), params, 1);
    int32_t is = lw_tmpk(&F, IRK_BOOL);
    IrInstr *in = lw_emit(&F, IR_INSTANCEOF);
    in->dst = is;
    in->a = 0;
    in->aux = lw_class_sid(L, cls);
    synth_return(&F, is);
}

static void synth_exc_hooks(Lowerer *L)
{
    IrType params[1] = { ir_type(IRK_REF) };
    ClassInfo *base = lw_prelude_class(L, "BaseException");
    ClassInfo *sysexit = lw_prelude_class(L, "SystemExit");
    FnCtx F = synth_begin(L, &L->m->hooks[IRH_EXC_MESSAGE], "__exc_message",
                          ir_ref(L->str_sid), params, 1);
    synth_return(&F, lw_call_method_fi(&F, lw_method(base, "__str__"), 0, NULL, 0));
    synth_is_instance(L, IRH_IS_SYSTEM_EXIT, "__is_system_exit", sysexit);
    synth_is_instance(L, IRH_IS_KEYBOARD_INTERRUPT, "__is_keyboard_interrupt",
                      lw_prelude_class(L, "KeyboardInterrupt"));
    F = synth_begin(L, &L->m->hooks[IRH_SYSTEM_EXIT_CODE], "__system_exit_code",
                    ir_type(IRK_I64), params, 1);
    int32_t sid = lw_class_sid(L, sysexit);
    int32_t field = -1;
    for (int i = 0; i < sysexit->nfields; i++)
        if (strcmp(sysexit->fields[i].name, "code") == 0)
            field = i;
    synth_return(&F, lw_getfield(&F, 0, sid, field));
}

static void synth_list_hooks(Lowerer *L)
{
    Type *str = ty_prim(L->prog->types, TY_STR);
    ClassInfo *lst = lw_class_of(L, ty_list(L->prog->types, str));
    if (!lst)
        IR_DIE("list[str] was not instantiated (main's argv needs it)");
    FnCtx F = synth_begin(L, &L->m->hooks[IRH_STR_LIST_NEW], "__str_list_new",
                          ir_ref(lw_class_sid(L, lst)), NULL, 0);
    synth_return(&F, lw_new_object(&F, lst, NULL, 0));
    IrType params[2] = { ir_ref(lw_class_sid(L, lst)), ir_ref(L->str_sid) };
    F = synth_begin(L, &L->m->hooks[IRH_STR_LIST_APPEND], "__str_list_append",
                    ir_type(IRK_VOID), params, 2);
    int32_t arg = 1;
    lw_call_method_fi(&F, lw_method(lst, "append"), 0, &arg, 1);
    synth_return(&F, -1);
}

/* init(): every module's top-level code, prelude first, main last. */
static void synth_init(Lowerer *L)
{
    FnCtx F = synth_begin(L, &L->m->hooks[IRH_INIT], "__program_init", ir_type(IRK_VOID),
                          NULL, 0);
    for (int i = 0; i < L->prog->nmodules; i++) {
        ModuleInfo *mod = L->prog->modules[i];
        if (mod->init && pm_get(&L->func_id, mod->init) >= 0)
            lw_call(&F, lw_func(L, mod->init), NULL, 0);
    }
    synth_return(&F, -1);
}

static void synth_hooks(Lowerer *L)
{
    synth_make_exc(L);
    synth_exc_name(L);
    synth_exc_hooks(L);
    synth_list_hooks(L);
    synth_init(L);
}

/* A C function of the prelude used as a function value (key=math.fabs):
 * a wrapper with its signature that calls it, standing for it. */
static void extern_value_wrapper(Lowerer *L, FuncInfo *fi)
{
    IrType params[16];
    if (fi->nparams > 16)
        IR_DIE("%s has too many parameters to be a value", fi->qualname);
    for (int i = 0; i < fi->nparams; i++)
        params[i] = lw_type(L, fi->params[i].type);
    int32_t fid;
    char name[256];
    snprintf(name, sizeof name, "%s__value", fi->qualname ? fi->qualname : fi->name);
    FnCtx F = synth_begin(L, &fid, ir_strdup(L->m, name), ret_type(L, fi->ret), params,
                          fi->nparams);
    int32_t args[16];
    for (int i = 0; i < fi->nparams; i++)
        args[i] = i;
    F.f->no_traceback = 1;
    int32_t r = lw_call_extern(&F, lw_extern(L, fi), args, fi->nparams);
    synth_return(&F, fi->ret->kind == TY_NONE ? -1 : r);
    pm_put(&L->func_id, fi, fid);
}

static void setup(Lowerer *L)
{
    IrStruct s = { 0 };
    s.kind = IRS_OPAQUE;
    s.parent = s.vtable = -1;
    s.name = "str";
    L->str_sid = ir_add_struct(L->m, &s);
    s.name = "object";
    L->opaque_sid = ir_add_struct(L->m, &s);
}

IrModule *pass_lower(Program *prog, DiagCtx *diag, const LowerOptions *opt)
{
    Lowerer L = { 0 };
    L.prog = prog;
    L.diag = diag;
    L.opt = opt;
    L.m = ir_module_new();
    setup(&L);
    number_classes(&L);
    for (int i = 0; i < prog->nmodules; i++)
        declare_module_globals(&L, prog->modules[i]);
    declare_functions(&L);
    for (int i = 0; i < prog->nfuncs; i++)
        if (prog->funcs[i]->extern_value)
            extern_value_wrapper(&L, prog->funcs[i]);
    build_vtables(&L);
    lw_special_slots(&L);
    for (int i = 0; i < prog->nfuncs; i++) {
        FuncInfo *fi = prog->funcs[i];
        if (pm_get(&L.func_id, fi) >= 0 && !fi->extern_name)
            lower_function(&L, fi);
    }
    synth_hooks(&L);
    L.m->flags |= IRM_LOWERED;
    pm_free(&L.class_sid);
    pm_free(&L.type_sid);
    pm_free(&L.func_id);
    pm_free(&L.extern_id);
    pm_free(&L.module_global);
    pm_free(&L.file_id);
    pm_free(&L.type_class);
    pm_free(&L.gen_index);
    if (L.errors) {
        ir_module_free(L.m);
        return NULL;
    }
    return L.m;
}
