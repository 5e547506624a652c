/* check.h - module loading, name resolution and type checking.
 *
 * Public part: chk_program() loads the prelude and every module of a
 * program, checks them and fills the [checker] fields of the AST (see
 * docs/internals.md, "The checked AST").  Queries for the lowering follow.
 *
 * Internal part (below the marker): shared by check*.c, types.c,
 * modules.c and builtins.c.  Sectioned by file.
 */
#ifndef RTRANS_CHECK_H
#define RTRANS_CHECK_H

#include <stdbool.h>
#include <stdio.h>

#include "frontend/ast.h"
#include "frontend/frontend.h"

typedef struct TypeTab TypeTab;

/* A checked program: everything the lowering needs. */
typedef struct Program {
    ModuleInfo **modules;   /* initialisation order: prelude first, main last */
    int nmodules, capmodules;
    ModuleInfo *main;
    ModuleInfo *prelude;
    FuncInfo **funcs;       /* every function to lower (is_checked), module
                               inits included, in the order they were checked */
    int nfuncs, capfuncs;
    ClassInfo **classes;    /* every class: user, prelude, template instances
                               (templates themselves excluded); a base always
                               comes before its subclasses */
    int nclasses, capclasses;
    TypeTab *types;
    struct CFunc **cfuncs;  /* every C function the program calls (C imports,
                               cimport.c), in the order of first use */
    int ncfuncs, capcfuncs;
} Program;

typedef struct ChkOptions {
    const char *prelude_path;  /* NULL: chk_default_prelude_path() */
} ChkOptions;

/* Load, parse and check main_path with the modules it imports.  Returns
 * the number of errors (reported in diag); *out is set when it is 0. */
int chk_program(DiagCtx *diag, Arena *arena, const char *main_path, Program **out);
int chk_program_opts(DiagCtx *diag, Arena *arena, const char *main_path,
                     const ChkOptions *opts, Program **out);
/* $RTRANS_PRELUDE, else lib/rtrans/prelude/builtins.py beside the running
 * binary's bin/ folder, else the source tree's runtime/prelude/builtins.py. */
const char *chk_default_prelude_path(void);

/* Lowering queries (only after a successful check).  The method `name` of
 * the class behind type t (primitive, container, view, user class), or
 * NULL; only methods whose body was checked are returned. */
FuncInfo *chk_method_of(Program *prog, Type *t, const char *name);
/* Print every expression's type, one per line, indented by nesting:
 * "LINE:COL KIND TYPE", plus " (test)" on a truth-only BOOLOP (tests and
 * --dump-types). */
void chk_dump_types(Program *prog, ModuleInfo *mod, FILE *out);

/* C imports (cimport.c; docs/language.md, "C functions").  A call of a C
 * function of a header is RES_FUNC with a target FuncInfo that stands for
 * it (module: the include's pseudo-module, extern_name: the wrapper the
 * backend generates); chk_cfunc() gives its C side.  Types are canonical
 * (typedefs and enums seen through to their integer type). */
typedef enum CTypeKind {
    CT_VOID,        /* result only: the call's value is None */
    CT_SIGNED,      /* signed integer of `bits` bits: the language's int */
    CT_UNSIGNED,    /* unsigned integer of `bits` bits (_Bool: 1 bit) */
    CT_FLOAT,       /* float, double, long double: the language's float */
    CT_STR          /* parameter: const char *, a str passed as a temporary
                       NUL-terminated UTF-8 copy; result: (const) char *,
                       copied into a str, NULL -> None */
} CTypeKind;

typedef struct CType {
    CTypeKind kind;
    int bits;               /* CT_SIGNED, CT_UNSIGNED */
    const char *spelling;   /* canonical C spelling: "unsigned long" */
} CType;

typedef struct CFunc {
    const char *name;       /* the C function: "sqrt" */
    const char *header;     /* as written in include(): "math.h" */
    const char *wrapper;    /* the generated C wrapper the call goes to */
    CType ret;
    CType *params;
    int nparams;
    bool safe;              /* named in safe=: no inevitable transaction */
    FuncInfo *fi;           /* the call's target in the checked AST */
} CFunc;

/* The C function fi stands for, or NULL when fi is not a C import. */
const CFunc *chk_cfunc(const Program *prog, const FuncInfo *fi);

/* Builtin table (builtins.def), exposed for the lowering: RES_BUILTIN
 * calls carry a BI_* id. */
typedef struct BuiltinDef {
    const char *owner;      /* "" for global builtins, else module ("math") */
    const char *name;
    const char *prelude;    /* implementing prelude symbol, or NULL */
} BuiltinDef;

enum {
#define BUILTIN(id, owner, name, prelude) BI_##id,
#include "frontend/builtins.def"
#undef BUILTIN
    BI__COUNT
};
extern const BuiltinDef chk_builtins[BI__COUNT];
int chk_builtin_lookup(const char *owner, const char *name);   /* BI_* or -1 */

/* ================================================================ internal */

/* ---- types.c */
struct TypeTab {
    Arena *arena;
    Type **slots;           /* open addressing, power-of-two capacity */
    int cap, n;
    /* Every type in the order it was interned: walks over all types use
     * it, so that the output never depends on addresses (the slots are
     * hashed by pointer) and a translation is reproducible. */
    Type **order;
    int norder, caporder;
    Type *prim[TY__COUNT];  /* ERROR NONE BOOL INT FLOAT STR OBJECT */
};
TypeTab *ty_tab_new(Arena *a);
Type *ty_prim(TypeTab *tt, TyKind k);
Type *ty_list(TypeTab *tt, Type *elem);
Type *ty_set(TypeTab *tt, Type *elem);
Type *ty_dict(TypeTab *tt, Type *key, Type *val);
Type *ty_tuple(TypeTab *tt, Type **items, int n);
Type *ty_optional(TypeTab *tt, Type *elem);
/* A union of n >= 2 distinct members, none None (ty_optional adds it). */
Type *ty_union(TypeTab *tt, Type **items, int n);
bool ty_union_has(const Type *u, const Type *m);   /* m is one of u's members */
Type *ty_callable(TypeTab *tt, Type **params, int n, Type *ret);
Type *ty_array(TypeTab *tt, Type *elem);
Type *ty_iter(TypeTab *tt, Type *elem);
Type *ty_class(TypeTab *tt, ClassInfo *cls);
Type *ty_classref(TypeTab *tt, ClassInfo *cls);
Type *ty_module(TypeTab *tt, ModuleInfo *m);
Type *ty_builtin(TypeTab *tt, int id);
Type *ty_typevar(TypeTab *tt, const char *name);
Type *ty_opaque(TypeTab *tt, const char *name, Type *elem);
/* Python spelling: "list[int]", "Node | None", "Callable[[int], str]". */
const char *ty_class_pyname(const ClassInfo *cls);
const char *ty_name(Arena *a, const Type *t);
bool ty_is_numeric(const Type *t);            /* bool int float */
bool ty_is_value(const Type *t);              /* bool int float (never None) */
bool ty_has_typevar(const Type *t);
bool ty_has_error(const Type *t);
Type *ty_strip_optional(Type *t);
bool ty_is_subclass(const ClassInfo *sub, const ClassInfo *base);
/* a's values are b's values without conversion (subclass, T -> T|None,
 * None -> T|None, covariant tuples, callables with variance). */
bool ty_subtype(const Type *a, const Type *b);
/* a (int, float, bool) fits b = `a | None` only by boxing it (a CONVERT the
 * checker makes explicit, lw_convert in the lowering). */
bool ty_boxes(const Type *a, const Type *b);
/* a converts to b: a subtype, or bool->int, bool->float, int->float.
 * Only where CPython computes the wider number itself (arithmetic,
 * comparisons, prelude parameters of a fixed numeric type). */
bool ty_convertible(const Type *a, const Type *b);
/* a converts to b (or b's optional) only by a numeric widening. */
bool ty_widens(const Type *a, const Type *b);
/* The least common type of a and b, numbers joined to the widest (the
 * operands of a comparison), or NULL. */
Type *ty_join(TypeTab *tt, Type *a, Type *b);
/* The least common type where a value of either is kept as it is (both
 * operands of `or`, branches of `x if c else y`, items of a display):
 * as ty_join, but two different number types have none, because CPython
 * keeps an int an int where rtrans would widen it.  NULL if none. */
Type *ty_join_kept(TypeTab *tt, Type *a, Type *b);

/* ---- symtab (check_util.c) */
typedef struct SymTab {
    Arena *arena;
    Sym **slots;
    int cap, n;
} SymTab;
SymTab *symtab_new(Arena *a);
Sym *symtab_get(const SymTab *st, const char *name);
void symtab_put(SymTab *st, Sym *sym);      /* replaces a same-named one */

/* A growable pointer vector in the arena. */
#define VEC_PUSH(arena, arr, n, cap, item) \
    do { \
        if ((n) == (cap)) { \
            int ncap_ = (cap) ? 2 * (cap) : 8; \
            void *nv_ = arena_alloc((arena), (size_t)ncap_ * sizeof *(arr)); \
            if (n) memcpy(nv_, (arr), (size_t)(n) * sizeof *(arr)); \
            (arr) = nv_; (cap) = ncap_; \
        } \
        (arr)[(n)++] = (item); \
    } while (0)

/* ---- flow state (check_stmt.c): definite assignment and narrowing */
/* `x.f is not None` (x a local): x.f reads as the narrower type until x or
 * any field named f is assigned, or a call runs (it could assign x.f). */
typedef struct FieldNarrow {
    int local;
    const char *field;
    Type *type;
} FieldNarrow;

typedef struct Flow {
    unsigned char *assigned;   /* per local: assigned on every path */
    Type **narrow;             /* per local: narrowed type, or NULL */
    unsigned char *fields;     /* __init__: per field of self's class */
    unsigned char *globals;    /* module code: per global of the module,
                                  assigned on every path */
    int nlocals, nfields, nglobals;
    FieldNarrow fnarrow[8];    /* narrowed fields of locals (more are not
                                  narrowed: copy the field into a local) */
    int nfnarrow;
    bool dead;                 /* no path reaches this point */
    TypeTab *tt;               /* a meet joins two narrowings */
} Flow;

/* The finally clauses a break runs before it leaves the loop. */
typedef struct FinCtx {
    struct FinCtx *outer;
    AstList *body;
} FinCtx;

typedef struct LoopCtx {
    struct LoopCtx *outer;
    Flow *breaks;              /* meet of the flows at each break, or NULL */
    Flow *conts;               /* the same for each continue */
    FinCtx *fins;              /* the try statements with a finally clause
                                  whose body, else or handlers are checked */
} LoopCtx;

/* A comprehension's own names (a stack of them). */
typedef struct CompScope {
    struct CompScope *outer;
    const char **names;
    int *locals;
    int n, cap;
} CompScope;

/* A template substitution: type variable -> concrete type. */
typedef struct Subst {
    Type **vars;
    Type **vals;
    int n;
} Subst;

/* ---- the checker */
/* `NAME.attr` assignment targets of one module (check_classattr.c). */
typedef struct AttrTargets {
    const char **cls, **attr;
    int n, cap;
} AttrTargets;

typedef struct Checker {
    DiagCtx *diag;
    Arena *arena;
    TypeTab *tt;
    Program *prog;
    ModuleInfo *prelude;
    ModuleInfo *rt;            /* the prelude-only pseudo-module __rt */
    ModuleInfo *mod;           /* module being checked */
    FuncInfo *fn;              /* function being checked */
    SymTab *locals;            /* fn's locals by name */
    Subst *subst;              /* template instance being checked */
    bool fields_inferred;      /* chk_infer_all_fields has started */
    AttrTargets attr_targets;  /* check_classattr.c: of module attr_targets_of */
    ModuleInfo *attr_targets_of;
    Flow *flow;
    int flow_cap, flow_fields, flow_globals;
    Type *hint;                 /* expected type of the expression being checked */
    struct LateKey *late_keys;  /* dict/set key types annotated before every
                                   class was declared: checked for hashability
                                   once all are (a subclass may come later) */
    int nlate_keys, caplate_keys;
    bool all_declared;
    int ann_eval_line;          /* annotations being resolved are evaluated by
                                   CPython when the top-level statement at this
                                   line runs (0: never evaluated) */
    bool callee;                /* checking the NAME a call calls */
    bool in_alias;              /* resolving a type alias (always evaluated) */
    Ast *callee_node;           /* the callee being checked: not a value */
    Ast *callee_call;           /* the call whose callee that is (or NULL) */
    bool callee_of_call;        /* checking the ATTR a call calls */
    bool self_field_access;     /* checking the `self` of self.f in __init__ */
    bool allow_object;          /* resolving a parameter's annotation: `object` is allowed */
    bool exit_params;           /* resolving __exit__'s parameters: type[...] and
                                   TracebackType are allowed */
    SymTab *globals_decl;       /* names declared `global` in fn */
    LoopCtx *loop;
    CompScope *comp;
    int in_handler;            /* inside except: bare `raise` allowed */
    Flow *fin_normal;          /* checking a finally clause: the flow that
                                  reaches it when the try ends normally
                                  (to explain "may be used before assignment") */
    Ast *or_pattern;           /* the `p1 | p2` pattern whose alternatives are checked */
    bool flow_tracking_self;   /* __init__: fields of self tracked in flow */
    struct GlobalDefault {     /* a parameter's default reading a global */
        Loc at;                /* the read */
        Sym *sym;
        FuncInfo *fn;
    } *gdefaults;              /* checked once every body is (chk_check_global_defaults) */
    int ngdefaults, capgdefaults;
    FuncInfo **work;           /* instance methods waiting to be checked */
    int nwork, capwork;
    const char *main_dir;
    ModuleInfo **libmods;      /* sys, os, ...: members come from builtins.def */
    int nlibmods, caplibmods;
    Sym *bisyms[BI__COUNT];    /* symbols of builtins.def entries, made lazily */
    ModuleInfo **loading;      /* import stack, for cycle errors */
    int nloading, caploading;
    /* prelude classes the language itself needs */
    ClassInfo *c_base_exc, *c_exception, *c_stop_iteration;
    ClassInfo *c_str, *c_int, *c_float, *c_bool;
    ClassInfo *c_list, *c_dict, *c_set;        /* templates */
    ClassInfo *c_iterator;                     /* template: Iterator[T] (TY_ITER) */
    int atomic_depth;          /* inside `with rtrans.atomic:` (no yield there) */
    bool threaded;             /* the program starts threads (check_effects.c) */
    struct EndedNarrow *ended; /* narrowed fields a call ended (check_effects.c) */
    int nended, capended;
    bool *scope_retry;         /* check_scope.c: resolve once more */
    const char *eta_name;      /* chk_eta: the callee the lambda stands for */
    bool init_field_value;     /* checking v in `self.f = v` in __init__ */
    ClassInfo *c_file, *c_lock, *c_thread;
    struct CImports *cimports; /* cimport.c: headers read, includes made */
    struct PendingRefl *pending_refl; /* check_special.c: chk_finish_dispatch */
    int npending_refl, cap_pending_refl;
    Ast **direct_special;       /* calls of special methods by name (the same) */
    int ndirect_special, cap_direct_special;
    /* The user code being checked, where an error found in library
     * (prelude) code it needs is reported: the innermost expression of a
     * user module, and the name of the innermost call's function. */
    Loc site;
    const char *site_name;
    int discovering;           /* check_infer.c: > 0 while a copy of a body is
                                  checked to infer types (errors dropped) */
    bool wrap;                 /* checking the argument of rtrans.intmask:
                                  int + - * << & | ^ ~ wrap (Ast.wrap) */
    int walrus_count;          /* check_walrus.c: NAMEDEXPR nodes checked so far
                                  (a sub-expression that changed it assigned) */
    Ast *key_arg;              /* the key= of sorted/min/max/list.sort being
                                  checked: a lambda there runs only within
                                  that call (check_closure.c keeps field
                                  narrowings in it) */
    bool making_key;           /* check_closure.c: that lambda is being made */
} Checker;

/* ---- check_util.c */
void chk_error(Checker *c, Loc loc, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
const char *chk_tyname(Checker *c, const Type *t);
const char *chk_fmt(Checker *c, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
Ast *chk_convert(Checker *c, Ast *e, Type *to);       /* wrap in CONVERT if needed */
/* e (already checked) converted to `to`, or NULL when it does not fit
 * (nothing reported: callers word the error). */
Ast *chk_coerce(Checker *c, Ast *e, Type *to);           /* NULL: does not fit */
/* e where its value is kept (assigned, stored, passed to user code or to a
 * prelude parameter of a type variable, returned, a default): it fits `to`
 * only as a subtype, never through a numeric widening, because CPython
 * keeps the int an int there.  NULL: does not fit (nothing reported). */
Ast *chk_fit(Checker *c, Ast *e, Type *to);
/* When e fails chk_fit(to) only for a numeric widening (possibly of an
 * item of a tuple display), the end of the caller's error message:
 * ": write 3.0 (CPython would keep the int)"; else "". */
const char *chk_widen_advice(Checker *c, const Ast *e, const Type *to);
Ast *chk_synth(Checker *c, AstKind k, Loc loc, Type *ty);
FuncInfo *chk_find_method(ClassInfo *cls, const char *name);  /* inherited too */
Field *chk_find_field(ClassInfo *cls, const char *name);
int chk_find_const(ClassInfo *cls, const char *name, ClassInfo **owner);
void chk_add_func(Checker *c, FuncInfo *fn);
void chk_add_class(Checker *c, ClassInfo *cls);
/* Internal errors go through the translator's one diag_die (exit 70). */
#define chk_die(file, line, msg) diag_die((file), (line), "%s", (msg))
#define CHK_UNREACHABLE() chk_die(__FILE__, __LINE__, "unreachable")

/* ---- modules.c */
ModuleInfo *mod_load(Checker *c, const char *name, const char *path, Loc from);
ModuleInfo *mod_load_prelude(Checker *c, const char *path);
ModuleInfo *mod_import(Checker *c, const char *name, Loc loc);
bool mod_is_library(const char *name);
/* Import cycles run as CPython runs them (modules.c): reports what would
 * differ, after chk_bind_imports. */
void mod_check_cycles(Checker *c);

/* ---- check_decl.c: classes, fields, signatures, globals, templates */
Sym *chk_prelude_sym(Checker *c, const char *name);
Sym *chk_library_member(Checker *c, ModuleInfo *lib, const char *name);
bool chk_key_type_ok(const Type *t);
Type *chk_make_optional(Checker *c, Type *t, Loc loc);
Type *chk_annotation_final(Checker *c, Ast *ann, bool *final);
int chk_declare_global(Checker *c, ModuleInfo *m, const char *name, Loc loc);
Subst *chk_func_subst(Checker *c, FuncInfo *fn);
int chk_template_vars(Checker *c, FuncInfo *tmpl, Type ***vars);
void chk_declare_module(Checker *c, ModuleInfo *m);
void chk_bind_imports(Checker *c, ModuleInfo *m);
void chk_declare_members(Checker *c, ModuleInfo *m);
Type *chk_annotation(Checker *c, Ast *ann, bool allow_none);
Type *chk_param_default_type(Checker *c, const Ast *dflt);  /* check_decl.c */
Type *chk_var_tuple(Checker *c, Type *elem, Loc loc);      /* tuple[elem, ...] */
bool chk_is_var_tuple(Checker *c, const Type *t);
bool chk_star_param(Checker *c, const Ast *p, Param *pp, bool *kwonly);
Sym *chk_lookup_global(Checker *c, ModuleInfo *m, const char *name);
ClassInfo *chk_class_of(Checker *c, Type *t);       /* instantiating */
ClassInfo *chk_instantiate_class(Checker *c, ClassInfo *tmpl, Type **targs, int n, Loc loc);
FuncInfo *chk_instantiate_func(Checker *c, FuncInfo *tmpl, Type **targs, Loc loc);
void chk_use_func(Checker *c, FuncInfo *fn);        /* queue body check */
FuncInfo *chk_classmethod_for(Checker *c, FuncInfo *m, ClassInfo *cls);
void chk_classmethods_below(Checker *c, ClassInfo *cls, const char *name);
Type *chk_subst(Checker *c, Type *t);

/* ---- check_stmt.c */
void chk_function(Checker *c, FuncInfo *fn);
void chk_stmt(Checker *c, Ast *s);
void chk_module_code(Checker *c, ModuleInfo *m);
void flow_assign_local(Checker *c, int local);
/* A new local of the current function, bound to name (hidden names start
 * with '$'). */
int chk_new_local(Checker *c, const char *name, Type *t, Loc loc);
int chk_declare_comp_local(Checker *c, const char *name, Type *t, Loc loc);

/* ---- check_expr.c */
Ast *chk_expr(Checker *c, Ast *e);                  /* returns e or a replacement */
Ast *chk_expr_expect(Checker *c, Ast *e, Type *hint);
/* The symbol a name denotes at this point of the current function
 * (comprehension variables, locals, then the module and the prelude). */
Sym *chk_lookup_name(Checker *c, const char *name);
Ast *chk_to_str(Checker *c, Ast *e, bool repr);
Ast *chk_union_field_repr(Checker *c, Ast *e);      /* check_expr.c */     /* str(e) / repr(e) as a call */
Ast *chk_expr_to_str(Checker *c, Ast *e, bool repr);     /* checks e first */
/* object's repr of e (a class instance): "<mod.C object at 0x...>" */
Ast *chk_object_repr(Checker *c, Ast *e);
Ast *chk_format_value(Checker *c, Ast *value, Ast *spec);   /* format(value, spec) */
Ast *chk_method_call(Checker *c, Ast *recv, FuncInfo *m, Ast **args, int nargs, Loc loc);
bool chk_printable(Checker *c, Type *t, Loc loc, bool report);
bool chk_reprable(Checker *c, Type *t, Loc loc, bool report);   /* repr(), containers */
bool chk_hashable(Checker *c, Type *t, Loc loc);
/* Reports at loc when a value of t may be of a class that CPython makes
 * unhashable (__eq__ without __hash__). */
bool chk_key_hashable(Checker *c, Type *t, Loc loc);
/* chk_key_hashable now, or once every class is declared (annotations). */
void chk_key_hashable_later(Checker *c, Type *t, Loc loc);
void chk_late_keys(Checker *c);
/* Whether values of t can be ordered by op (<, <=, >, >=), as sequences
 * lexicographically; marks used what that needs, else reports at loc
 * ("WHAT compares items with '<'..." when what is given). */
bool chk_orderable(Checker *c, Type *t, AstOp op, Loc loc, const char *what);
/* Marks used what converting a t to a string needs: the __repr__ (else
 * __str__) of t's class and, for containers and tuples, of their items. */
void chk_use_repr(Checker *c, Type *t);

/* subscripts (loaded, stored, deleted), constants and truth values */
typedef enum { SUB_LOAD, SUB_STORE, SUB_DEL } SubCtx;
void chk_subscript_target(Checker *c, Ast *t, SubCtx ctx, Type *value);
bool chk_is_constant(Checker *c, Ast *e);
/* e where its truth value is taken, and its value may be used too (the
 * operands of a value `and`/`or`, sort's reverse=): any type with a truth
 * value. */
Ast *chk_truth(Checker *c, Ast *e);
/* A test, where only e's truth value is used: if/elif/while conditions,
 * assert, the test of `x if c else y`, a comprehension's if, the operand
 * of `not` and of bool().  `and`/`or` there take operands of any types
 * (BOOLOP.truth_only, typed bool). */
Ast *chk_test(Checker *c, Ast *e);
/* A NAME bound to the prelude symbol `name` (which may start with '_'). */
Ast *chk_prelude_name(Checker *c, const char *name, Loc loc);

/* ---- check_class.c: __init__ field tracking, class constants */
void chk_init_begin(Checker *c);
void chk_init_exit_check(Checker *c, Loc loc);
void chk_class_consts(Checker *c, ClassInfo *cls);
void chk_field_store(Checker *c, Ast *attr);
void chk_self_use(Checker *c, Ast *name);
void chk_self_field_read(Checker *c, Ast *attr);
void chk_finish_fields(Checker *c);
/* __init__ calls self.m(): the fields m's top level assigns are assigned. */
void chk_init_credit(Checker *c, FuncInfo *m);
void chk_init_super(Checker *c);

/* ---- check_classattr.c: class attributes assigned through the class */
void chk_class_attr_declare(Checker *c, ClassInfo *cls, ClassConst *k);
bool chk_class_attr_target(Checker *c, Ast *t, ClassInfo *cls);
void chk_class_attr_value(Checker *c, ClassInfo *cls, ClassConst *k);
/* The class attribute (with a global) that checked C.n / obj.n reads, else NULL. */
ClassConst *chk_class_attr_of(Checker *c, const Ast *e);

/* ---- check_scope.c: the names closures share (a restricted symbol table) */
typedef struct NameSet {
    const char **names;
    Loc *locs;                 /* where each was first seen */
    int n, cap;
    int *index;                /* past a few names: 1 + position, hashed by
                                  name (open addressing), so that a function
                                  with many names is not quadratic */
    int index_cap;
} NameSet;

typedef enum ScopeKind {
    SC_FUNC,                   /* def (and the outermost function) */
    SC_LAMBDA,
    SC_GENEXP,                 /* a function of its own unless inline_genexp */
    SC_COMP                    /* list/set/dict comprehension: inline */
} ScopeKind;

typedef struct Scope {
    ScopeKind kind;
    Ast *node;                 /* FUNCDEF, LAMBDA, comprehension; MODULE */
    struct Scope *parent;
    struct Scope **kids;
    int nkids, capkids;
    NameSet bound;             /* assigned, parameters, def names, targets */
    NameSet defs;              /* names a nested def binds */
    NameSet assigned;          /* names bound other than by a def */
    NameSet globals, nonlocals, uses, handler_names;
    NameSet cells;             /* [resolved] bound here, used by an inner function */
    NameSet frees;             /* [resolved] used here or inside, bound outside */
    NameSet written;           /* [resolved] cells an inner function assigns */
    NameSet refused;           /* [resolved] names it may not capture (reported) */
    NameSet settled;           /* names assigned here (not by a def); locs: where the
                                  last assignment is over (a statement's end; in a
                                  loop, the outermost loop's end) */
    NameSet unbound;           /* [checker] frees that may hold no value yet
                                  when the function is created (a def
                                  defined later): reads raise NameError */
    struct FreeNarrow {        /* [checker] frees narrowed where the function is
                                  made that can never be rebound (parameters
                                  assigned nowhere): their reads have the type */
        const char *name;
        Type *type;
        const char *field;     /* non-NULL: name.field has the type (a key
                                  lambda, which runs before any other code) */
    } *narrow;
    int nnarrow, capnarrow;
    bool has_yield;
    Loc yield_loc;
    bool is_module;            /* module code: its assignments are globals */
    bool inline_genexp;        /* [resolved] consumed at once by a builtin */
    bool as_function;          /* [resolved] a comprehension whose variable a
                                  closure uses: made a generator function */
    const char *callee;        /* GENEXP: the NAME (or ".join") it is passed to */
    int callee_npos;           /* ... and the call's positional argument count */
} Scope;

/* Analyses a module-level function, method or module code (fn->def) and
 * the functions inside it; returns the outermost scope. */
Scope *chk_scope_analyze(Checker *c, FuncInfo *fn);
bool chk_nameset_has(const NameSet *s, const char *name);
/* Name is assigned in s, and no assignment to it can run after loc. */
bool chk_scope_settled_before(const Scope *s, const char *name, Loc loc);
void chk_nameset_add(Arena *a, NameSet *s, const char *name, Loc loc);

/* ---- check_walrus.c: assignment expressions */
typedef void WalrusFn(Ast *named, void *data);
typedef struct WalrusVisit { WalrusFn *fn; void *data; } WalrusVisit;
void chk_walrus_each(Ast *e, WalrusFn *fn, void *data);
void chk_walrus_child(Ast *child, void *data);
void chk_walrus_stmt(Ast *s, WalrusFn *fn, void *data);
void chk_walrus_kill(Checker *c, Flow *f, Ast *e);
void chk_walrus_kill_stmt(Checker *c, Flow *f, Ast *s);
Ast *chk_namedexpr(Checker *c, Ast *e);
void chk_walrus_assigned(Checker *c, Flow *f, Ast *e);
void chk_walrus_assigned_comp(Checker *c, Flow *f, Ast *comp);

/* ---- check_closure.c: nested functions, lambdas, captured variables */
/* On entering fn (after the pre-pass bound its locals): scope analysis of
 * an outermost function, env record fields for its cells, nested defs
 * declared.  _prologue: once the flow exists (allocates the record);
 * _end: field types and immutability. */
void chk_closure_begin(Checker *c, FuncInfo *fn);
void chk_closure_prologue(Checker *c, FuncInfo *fn);
void chk_closure_end(Checker *c, FuncInfo *fn);
/* NAME e of cell local idx (typed): becomes $env.name in place. */
void chk_cell_access(Checker *c, Ast *e, int idx);
bool chk_is_free(Checker *c, const char *name);
/* obj.field inside a key lambda, obj a free name whose field was narrowed
 * where the lambda was made (note_key_fields): the narrower type, or NULL. */
Type *chk_free_field_narrowed(Checker *c, const Ast *obj, const char *field);
/* NAME e of a free variable: becomes the record field in place. */
Ast *chk_free_access(Checker *c, Ast *e, bool store);
void chk_nested_def(Checker *c, Ast *def_stmt);
Ast *chk_lambda(Checker *c, Ast *e);
Ast *chk_lambda_typed(Checker *c, Ast *e, Type **types, int n, Type *ret);
Ast *chk_closure_value(Checker *c, FuncInfo *g, Loc loc);
FuncInfo *chk_def_func(Checker *c, const char *name);
Ast *chk_synth_generator(Checker *c, const char *name, Scope *sc, const char **names,
                         Ast **vals, int n, AstList body, Type *elem, Loc loc);
/* e (checked) names a builtin, a class, a prelude function or an unbound
 * method used as a value where hint is expected: it needs chk_eta, which
 * makes it a lambda calling it (types NULL: its own signature). */
bool chk_needs_eta(Checker *c, Ast *e, Type *hint);
Ast *chk_eta(Checker *c, Ast *e, Type **types, int n, Type *ret);
/* e names a function of the program that fits a Callable of n parameters
 * because the others have defaults (it then needs chk_eta), else NULL. */
FuncInfo *chk_defaulted_func(Checker *c, Ast *e, int n);
/* name is a local of a function fn is nested in. */
bool chk_outer_local(FuncInfo *fn, const char *name);
/* The cell local of an enclosing function that free name `name` of the
 * current function is, or NULL. */
Local *chk_free_local(Checker *c, const char *name);

/* ---- check_gen.c: generators */
/* Entering fn: a body that yields makes it a generator (item type from the
 * return annotation, frame class); _end: a generator expression's frame,
 * once its item type is known. */
void chk_gen_begin(Checker *c, FuncInfo *fn);
void chk_gen_end(Checker *c, FuncInfo *fn);
/* An expression statement `yield v` / `yield from x`. */
void chk_yield_stmt(Checker *c, Ast *s);
/* A generator expression that is a value (not consumed inline): a call
 * of a nested generator function made from it. */
Ast *chk_genexp(Checker *c, Ast *e);
/* iter(x) of a checked container or builtin iterable: (v for v in x). */
Ast *chk_iter_of(Checker *c, Ast *x, Loc loc);
/* map(f, it, ...) and filter(f, it) as generators. */
Ast *chk_map_filter(Checker *c, Ast *call, bool is_map);

/* ---- check_infer.c: fields declared by `self.f = ...`, locals and fields
 * first given an empty container or None, typed from later uses. */
PartialKind chk_partial_kind(const Ast *value);
bool chk_partial_lambda_assign(Checker *c, Ast *s);
bool chk_parallel_partial(const Ast *s);
Ast *chk_tuple_items(Checker *c, Ast *e, Type **hints);
void chk_partial_lambda_call(Checker *c, Ast *call);
void chk_scan_fields(Checker *c, ClassInfo *cls);       /* declaration */
/* f's type, inferring its class's fields first when they are pending;
 * NULL only while they are being inferred and f has no type yet. */
Type *chk_field_type(Checker *c, Field *f);
void chk_infer_all_fields(Checker *c);                  /* after module code */
/* Overrides of methods that assign fields for __init__ keep doing so. */
void chk_check_credits(Checker *c);
/* Before a body is checked: types of locals first assigned [], {}, set()
 * or None, from a discovery check of a copy of the body, preset. */
void chk_infer_locals(Checker *c, FuncInfo *fn);
/* Discovery hooks (no-ops otherwise): a use that completes a partial
 * local or field.  Each returns true when it took over the construct. */
bool chk_partial_assign_name(Checker *c, Ast *t, Local *l, Type *got, Ast **value);
bool chk_partial_assign_field(Checker *c, Ast *t, Field *f, Type *got, Ast **value);
Type *chk_partial_read_local(Checker *c, Local *l);
/* Module code's discovery check: the globals before it (NULL when no
 * top-level statement assigns a name an empty container or None), and
 * after it, put back with what it inferred (GlobalVar.inferred). */
GlobalVar *chk_globals_save(Checker *c, ModuleInfo *m);
void chk_globals_learn(Checker *c, ModuleInfo *m, const GlobalVar *saved, int n);
bool chk_partial_assign_global(Checker *c, Ast *t, Sym *s, Type *got, Ast **value);
Type *chk_partial_read_global(Checker *c, Sym *s);
Type *chk_partial_read_field(Checker *c, Field *f);
/* The same for a free name of a nested function or lambda whose enclosing
 * function's variable is partial (its type so far, else TY_ERROR), or NULL. */
Type *chk_partial_read_free(Checker *c, const char *name);
void chk_partial_call(Checker *c, Ast *call);
void chk_partial_store(Checker *c, Ast *sub, Type *value);
void chk_partial_augassign(Checker *c, Ast *s);
void chk_infer_instance_fields(Checker *c, ClassInfo *cls);

/* ---- check_webs.c: a variable reused for another type once its earlier
 * values are dead becomes several locals (NAME ids renamed "x'1"). */
void chk_split_webs(Checker *c, FuncInfo *fn);
const char *chk_display_name(Checker *c, const char *id);   /* "x'1" -> "x" */

/* ---- check_effects.c: whether code may assign a field named `field`
 * (a narrowing of x.field survives the calls that cannot). */
/* Summarises every function as written: before any body is checked. */
void chk_effects_snapshot(Checker *c);
/* Nested function g made (before: the one made of the same def by an
 * earlier check, or NULL): summarised before its body is checked. */
void chk_effects_nested(Checker *c, FuncInfo *g, FuncInfo *before);
/* Ends the field narrowings that the checked call, or else the property
 * accessor, may assign (and any of list items and globals). */
void chk_forget_assigned(Checker *c, Ast *call, FuncInfo *accessor);
/* Ends the field narrowings that comprehension comp (not checked yet) may
 * assign. */
void chk_forget_assigned_in(Checker *c, Ast *comp);
const char *chk_thread_switch_advice(Checker *c);
/* Whether running function g (a nested one included) may assign a field
 * named `field`. */
bool chk_func_may_assign(Checker *c, FuncInfo *g, const char *field);
/* Whether a special method of the program (run by an operator, a
 * conversion...) may assign a field named `field`. */
bool chk_specials_may_assign(Checker *c, const char *field);

/* ---- check_use.c: what the lowering calls without the program naming it.
 * Marks used, for every container and tuple type of the program, the
 * methods listed there; returns whether that queued new work. */
bool chk_use_lowering_needs(Checker *c);

/* ---- check_stmt.c: what check_match.c needs */
void chk_stmt(Checker *c, Ast *s);
void chk_body(Checker *c, AstList *body);
void chk_check_global_defaults(Checker *c);
void chk_prepass_target(Checker *c, Ast *t);
void chk_prepass_body(Checker *c, AstList *body);

/* ---- check_match.c: match statements */
void chk_match_prepass(Checker *c, Ast *s);
void chk_match_captures(Arena *a, Ast *p, AstList *out);
void chk_match(Checker *c, Ast *s);

/* ---- check_call.c */
Ast *chk_call(Checker *c, Ast *call);
void chk_bind_args(Checker *c, Ast *call, FuncInfo *fn, int skip_self);
Ast *chk_default_arg(Checker *c, Param *p);
Ast *chk_prelude_call(Checker *c, const char *fname, Ast **args, int nargs, Loc loc);
/* ---- check_bytes.c: bytes and bytearray (the prelude's _bytes.py) */
bool chk_text_uses_bytes(const char *text, size_t n);
void chk_load_bytes_section(Checker *c, const char *prelude_path);
bool chk_is_bytes_like(Checker *c, const Type *t);
Ast *chk_bytes_literal_text(Ast *e);
Ast *chk_bytes_ctor(Checker *c, Ast *call, ClassInfo *cls);
Ast *chk_bytes_call(Checker *c, Ast *call, Ast *f);
int chk_npositional(Ast *call);
Ast *chk_kwarg(Ast *call, const char *name);
bool chk_only_keywords(Checker *c, Ast *call, const char *const *allowed, const char *fname);
Ast *chk_call_func(Checker *c, Ast *call, FuncInfo *fn);
Ast *chk_defaultdict(Checker *c, Ast *call);
Ast *chk_call_constructor(Checker *c, Ast *call, ClassInfo *cls);
Ast *chk_call_indirect(Checker *c, Ast *call, Type *t);
bool chk_refuse_value(Checker *c, FuncInfo *fn, Loc loc);

/* ---- check_special.c: special methods of user classes (specials.def) */
typedef enum SpecialKind {
    SK_INIT, SK_TOSTR, SK_INT, SK_BOOL, SK_CMP, SK_BINOP, SK_RBINOP, SK_IBINOP,
    SK_UNARY, SK_ANY
} SpecialKind;
typedef struct SpecialDef {
    const char *name;
    SpecialKind kind;
    AstOp op;               /* OP__COUNT: no operator */
} SpecialDef;
enum {
#define SPECIAL(id, name, kind, op) SP_##id,
#include "frontend/specials.def"
#undef SPECIAL
    SP__COUNT
};
extern const SpecialDef chk_specials[SP__COUNT];
const SpecialDef *chk_special(const char *name);              /* NULL: not one */
const char *chk_special_name(SpecialKind kind, AstOp op);     /* "__add__" */
/* The index of a reflected arithmetic method (__radd__: 0), else -1. */
int chk_refl_order_bit(const char *refl_name);
/* fn may `return NotImplemented` (a comparison or binary method). */
bool chk_special_may_notimpl(const FuncInfo *fn);
void chk_special_signature(Checker *c, FuncInfo *fn);
/* t's operators are special methods (an instance of a program class). */
bool chk_is_instance_type(Type *t);
/* The operators with an instance operand (NULL/false: none is one). */
Ast *chk_class_binary(Checker *c, Ast *e);
Ast *chk_class_unary(Checker *c, Ast *e);
bool chk_class_compare(Checker *c, Ast *e, int i);
/* Whether every __eq__ (for != also __ne__) an instance of cls may run
 * takes an `other` of type t; reports the first that does not. */
bool chk_eq_takes(Checker *c, ClassInfo *cls, AstOp op, Type *t, Loc loc);
void chk_class_augassign(Checker *c, Ast *s, Ast *read, Ast **value);
bool chk_return_notimpl(Checker *c, Ast *s);
/* The reflected method may go first against some run-time classes of
 * operands of static classes l, r (refl_name: arithmetic, which also needs
 * an override; NULL: comparisons).  Shared with passes/lower_dunder.c. */
bool chk_refl_may_go_first(ClassInfo *l, ClassInfo *r, const char *refl_name);
bool chk_refl_trigger_below(ClassInfo *a, ClassInfo *r, const char *refl_name, bool differs);
/* After every body: reflected methods left out of a dispatch because
 * their parameter does not take the left operand, which CPython would
 * call after all, are errors. */
void chk_finish_dispatch(Checker *c);
void chk_direct_special_call(Checker *c, Ast *call);

/* str() and repr() of an instance: the class's __str__ (str only) or
 * __repr__; uniform when every class below runs the same slot, else the
 * lowering picks per run-time class (and shows object's repr for classes
 * with neither, as CPython does, the address aside). */
FuncInfo *chk_str_method(ClassInfo *cls, bool repr);
bool chk_str_uniform(ClassInfo *cls, bool repr);
/* Some class at or below cls has the method str() (repr()) calls. */
bool chk_str_somewhere(ClassInfo *cls, bool repr);
void chk_use_str_methods(Checker *c, ClassInfo *cls);

/* hash() of an instance: uniform when one slot (or identity) answers for
 * every class below, none unhashable; else the lowering picks per run-time
 * class (TypeError for an unhashable one, as CPython). */
bool chk_hash_uniform(ClassInfo *cls);
void chk_use_hash_methods(Checker *c, ClassInfo *cls);
AstOp chk_swapped_op(AstOp op);   /* a < b is b > a */

/* ---- check_dataclass.c: @dataclass, @total_ordering; code synthesized
 * as Python text: chk_put appends to the text, chk_hole(sy, node) returns
 * a name that stands for a copy of the program's node, chk_synth_parse
 * parses the text and returns its statements, every generated node placed
 * at sy->at. */
typedef struct Text {
    char *s;
    size_t n, cap;
} Text;
typedef struct Synth {
    Checker *c;
    Text text;
    Ast **holes;
    int nholes, capholes;
    Loc at;
} Synth;
void chk_put(Text *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
const char *chk_hole(Synth *sy, Ast *node);
AstList chk_synth_parse(Synth *sy, const char *path);
/* The class body defines a method or constant `name`. */
bool chk_class_defines(ClassInfo *cls, const char *name);
/* d decorates cls (declaration phase): adds its methods to the class
 * body.  False when d is not a class decorator the language knows. */
bool chk_class_decorator(Checker *c, ModuleInfo *m, ClassInfo *cls, Ast *d);
/* The builtins.def id e (a decorator or callee: NAME, mod.NAME, or a call
 * of one) names in module m, or -1. */
int chk_decorator_id(Checker *c, ModuleInfo *m, Ast *e);

/* ---- check_enum.c: enum.Enum, enum.IntEnum */
void chk_enum_declare(Checker *c, ModuleInfo *m, AstList *body, int at, ClassInfo *cls);
void chk_enum_fields(ClassInfo *cls);
Ast *chk_enum_member(Checker *c, ClassInfo *cls, const char *name, Loc loc);
Ast *chk_enum_as_members(Checker *c, Ast *e);
Ast *chk_enum_lookup(Checker *c, Ast *call, ClassInfo *cls, bool by_name);
Ast *chk_intenum_value(Checker *c, Ast *e);

/* ---- cimport.c: C imports */
/* s (a statement of module m's top level) is `NAME = include(...)`: reads
 * the header, binds NAME, replaces the statement by PASS (*s) and returns
 * true.  False for any other statement. */
bool chk_cimport_declare(Checker *c, ModuleInfo *m, Ast **s);
/* The call `NAME.f(...)` where NAME is a C include: checks it and returns
 * the resolved call.  NULL when the callee is anything else. */
Ast *chk_cimport_call(Checker *c, Ast *call);
/* True when m is the pseudo-module of a C include. */
bool chk_cimport_is_module(Checker *c, const ModuleInfo *m);
/* `NAME.f` used other than as a callee: reports why that is refused. */
Ast *chk_cimport_attr(Checker *c, Ast *attr);
/* include(...) anywhere but as a module-level `NAME = include(...)`. */
Ast *chk_cimport_misplaced(Checker *c, Ast *call);

/* ---- flow helpers (check_stmt.c) */
Flow *flow_new(Checker *c);
Flow *flow_copy(Checker *c, const Flow *f);
void flow_meet(Flow *into, const Flow *other);      /* join point */
void flow_set(Flow *into, const Flow *src);
/* Field narrowings (FieldNarrow): what x.f reads as, and what ends them. */
Type *flow_field_narrowed(Checker *c, int local, const char *field);
void flow_kill_globals(Flow *f);
void flow_narrow_field(Checker *c, Flow *f, int local, const char *field, Type *t);
void flow_kill_fields(Flow *f, int local, const char *field);  /* -1 / NULL: any */
void flow_kill_items(Flow *f);      /* every list item's narrowing (chk_item_key) */

/* ---- check_clone.c */
Ast *ast_clone(Arena *a, const Ast *n);   /* deep copy */

/* ---- check_target.c: assignment targets, iteration, narrowing, with, except, augmented assignment */
/* x (a local, or a cell of this function read as $env.x) whose fields a
 * test may narrow: its local index, or -1. */
int chk_narrowable_local(Checker *c, Ast *e);
void chk_assign_target(Checker *c, Ast *target, Type *t, Ast **value);
Type *chk_iter_elem(Checker *c, Ast *iter, FuncInfo **iter_fn, FuncInfo **next_fn);
/* The narrowings implied by `test` being true (or false): applied to flow. */
/* ---- check_union.c */
/* What an error about a use of operand e adds when it is a union: narrow
 * it (a global: into a local, its narrowing ending at a call); else "". */
const char *chk_union_advice(Checker *c, const Ast *e);
/* ", 'x.f' may have changed: ..." when a call ended x.f's narrowing. */
const char *chk_ended_narrow_advice(Checker *c, const Ast *e);
bool chk_is_union(const Type *t);                   /* a union, or one | None */
/* `v is False` with v a union holding bool: the test CPython makes, or NULL. */
Ast *chk_union_is_bool(Checker *c, Ast *e);
bool chk_union_compare(Checker *c, Ast *e, int i);
bool chk_union_eq_ok(Checker *c, Type *t, AstOp op, Loc loc);
/* cls or a class below it defines __eq__ or __ne__ (== on a union holding
 * one dispatches to it: lower_union.c). */
bool chk_eq_somewhere(ClassInfo *cls);
/* Arithmetic, ordering, -x, float(x), int(x) on an `int | float` through
 * the prelude's _num_* functions; NULL when the operands are not such. */
Ast *chk_num_union_binary(Checker *c, Ast *e);
Ast *chk_num_union_order(Checker *c, Ast *e);
Ast *chk_num_union_call(Checker *c, const char *fname, Ast *x, Loc loc);
const char *chk_global_key(Checker *c, Sym *s);      /* check_target.c */
Type *chk_union_narrow(Checker *c, Type *t, const Ast *k, bool truth);
void chk_narrow(Checker *c, Ast *test, bool truth, Flow *f);
Type *chk_target_hint(Checker *c, Ast *target);
/* __exit__ returns bool or bool | None: a true result swallows the exception */
bool chk_exit_may_swallow(const FuncInfo *exit);
void chk_declare_name_type(Checker *c, Ast *name, Type *t, bool final);
ClassInfo *chk_handler_classes(Checker *c, Ast *handler);
void chk_with_item(Checker *c, Ast *item);
void chk_augassign(Checker *c, Ast *s);
void chk_comp_target(Checker *c, Ast *t, Type *elem);
const char *chk_item_key(Checker *c, Ast *e, int *local);

/* ---- check_format.c: "literal".format(...) and "literal" % x as f-strings */
Ast *chk_str_format(Checker *c, Ast *call, Ast *fmt);
Ast *chk_percent_format(Checker *c, Ast *e, Ast *fmt, bool bytes);

/* ---- check_builtin.c: calls of builtins.def functions */
/* r, a prelude call whose bound argument i is a key function: r, or an
 * error node after reporting that the key's results cannot be ordered. */
/* The library function f called with args, args[1] the key= it runs only
 * while it runs (a lambda there keeps field narrowings). */
Ast *chk_key_call(Checker *c, const char *f, Ast **args, int n, Loc loc);
Ast *chk_need_order_key(Checker *c, Ast *r, int i, Loc loc, const char *what);
Ast *chk_builtin_call(Checker *c, Ast *call, int id);
Ast *chk_type_is(Checker *c, Ast *e);     /* `type(x) is K`, else NULL */
/* a (checked or not) as a list expression: a list of `want` (any list
 * when want is NULL) as it is, any other iterable through a synthesized
 * comprehension [$item for $item in a] whose items convert to want. */
Ast *chk_iter_as_list(Checker *c, Ast *a, Type *want);
Ast *chk_dict_fromkeys(Checker *c, Ast *call);
void chk_named_tuple_declare(Checker *c, ModuleInfo *m, ClassInfo *cls);
bool chk_is_named_tuple(const Type *t);
FuncInfo *chk_named_tuple_items(Checker *c, const Type *t);
/* The generated method a NamedTuple's _replace(k=v, ...) call calls. */
const char *chk_replace_method(Checker *c, Ast *call);
Ast *chk_named_tuple_as_tuple(Checker *c, Ast *x);

/* ---- check_lru.c: @functools.lru_cache */
/* The lru_cache functions of m become a cached entry point and the body
 * (before m's names are declared). */
void chk_lru_rewrite(Checker *c, ModuleInfo *m);

#endif /* RTRANS_CHECK_H */
