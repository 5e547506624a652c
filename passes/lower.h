/* lower.h - private to the lowering (passes/lower*.c).
 *
 *   lower.c        entry point, maps from checker objects to IR objects,
 *                  types and structs, functions, module globals, hooks
 *   lower_expr.c   expressions
 *   lower_call.c   calls, constructors, builtins
 *   lower_stmt.c   statements, loops, exceptions, finally, with
 *   lower_util.c   block and instruction helpers
 *   lower_gen.c    generators: frame constructor and resumable body
 */
#ifndef RTRANS_LOWER_H
#define RTRANS_LOWER_H

#include "passes/passes.h"
#include "frontend/check.h"

/* A map from pointers (checker objects) to small integers. */
typedef struct PtrMap {
    const void **keys;
    int32_t *vals;
    int32_t cap, n;
} PtrMap;

int32_t pm_get(const PtrMap *pm, const void *key);   /* -1 if absent */
void pm_put(PtrMap *pm, const void *key, int32_t val);
void pm_free(PtrMap *pm);

typedef struct LwSpecial LwSpecial;   /* lower_special.c */
typedef struct LwSpecialFn {  /* a slot entry made once (lower_special.c) */
    ClassInfo *root;
    const void *key;      /* the method or class it is made for */
    int what;
    int32_t fid;
} LwSpecialFn;
/* A generator's frame struct (lower_gen.c): the Iterator fields, then the
 * parameters, then the vregs spilled across yields. */
typedef struct LwGenLayout {
    int32_t sid;
    int32_t f_state, f_throw;
    int32_t *param_field;    /* per parameter of the generator */
} LwGenLayout;

typedef struct Lowerer {
    Program *prog;
    DiagCtx *diag;
    IrModule *m;
    const LowerOptions *opt;
    int errors;
    PtrMap class_sid;     /* ClassInfo* -> struct id */
    PtrMap type_sid;      /* tuple and Array Type* -> struct id */
    PtrMap func_id;       /* FuncInfo* -> IR function id */
    PtrMap extern_id;     /* FuncInfo* (prelude @extern) -> IR extern id */
    PtrMap module_global; /* ModuleInfo* -> IrGlobal index */
    PtrMap file_id;       /* diag file index -> IR file index (key: index+1) */
    PtrMap type_class;    /* Type* -> index in prog->classes of its class */
    int32_t str_sid;      /* opaque struct of str */
    int32_t opaque_sid;   /* opaque library objects (files, locks, ...) */
    LwSpecial *special;   /* hierarchies with special slots (lower_special.c) */
    int nspecial, capspecial;
    LwSpecialFn *special_fn;   /* their synthesized entries */
    int nspecial_fn, capspecial_fn;
    PtrMap gen_index;     /* generator FuncInfo* -> index in gens */
    LwGenLayout *gens;
    int32_t ngens, capgens;
} Lowerer;

/* Loop and finally contexts nest as linked lists on the C stack. */
struct FnCtx;
typedef struct LwLoop {
    struct LwLoop *outer;
    int32_t break_block, continue_block;
    struct LwFin *fin;      /* innermost finally region outside the loop */
} LwLoop;

/* A try-finally (or with) region: exits through it run its cleanup. */
typedef struct LwFin {
    struct LwFin *outer;
    Ast *node;               /* the TRY or WITH node */
    int32_t handler;         /* the exception target outside the region */
    void (*cleanup)(struct FnCtx *F, struct LwFin *fc);
    void *data;              /* for cleanup */
} LwFin;

/* A yield of the generator body being lowered: its block returns the
 * value; resume is where the body goes on. */
typedef struct LwYield {
    int32_t block, resume;
} LwYield;

typedef struct LwGen {
    FuncInfo *gen;
    LwGenLayout *layout;
    int32_t finish;          /* the body ends: StopIteration */
    LwYield *yields;
    int nyields;
} LwGen;

typedef struct FnCtx {
    Lowerer *L;
    FuncInfo *fi;
    IrFunc *f;
    int32_t fid;
    int32_t cur;             /* current block, -1 after return/raise */
    int32_t *local_vreg;     /* FuncInfo.locals index -> vreg */
    int32_t handler;         /* where exceptions go now (-1: out) */
    LwLoop *loop;
    LwFin *fin;
    int32_t exc_vreg;        /* inside an except clause: the exception */
    IrLoc loc;               /* location of what is being lowered */
    bool wrap;               /* lowering a BINARY marked wrap (rtrans.intmask) */
    int items_compare;       /* comparing a container's items: == is
                                identity first (lower_special.c) */
    LwGen *gen;              /* lowering a generator's body, else NULL */
} FnCtx;

/* ---- lower.c */
void lw_error(Lowerer *L, Loc loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
IrType lw_type(Lowerer *L, Type *t);
int32_t lw_class_sid(Lowerer *L, ClassInfo *cls);
int32_t lw_tuple_sid(Lowerer *L, Type *t);
/* The box of an `int | None` (`float | None`, `bool | None`): a 1-tuple. */
int32_t lw_box_sid(Lowerer *L, Type *opt);
int32_t lw_array_sid(Lowerer *L, Type *t);
int32_t lw_func(Lowerer *L, FuncInfo *fi);       /* IR function id (not externs) */
int32_t lw_extern(Lowerer *L, FuncInfo *fi);     /* IR extern id */
int32_t lw_extern_c(Lowerer *L, const char *c_name, IrType ret, const IrType *params,
                    int nparams, uint32_t flags);
IrLoc lw_loc(Lowerer *L, Loc loc);
/* The global object and field of a module global. */
int32_t lw_module_global(Lowerer *L, ModuleInfo *mod);
ClassInfo *lw_prelude_class(Lowerer *L, const char *name);
FuncInfo *lw_method(ClassInfo *cls, const char *name);  /* own or inherited */
ClassInfo *lw_class_of(Lowerer *L, Type *t);    /* the prelude/user class behind t */
/* A function the lowering makes up (hooks, special-method entries). */
FnCtx lw_synth_begin(Lowerer *L, const char *name, IrType ret, const IrType *params, int n);
void lw_synth_return(FnCtx *F, int32_t v);

/* ---- lower_util.c */
void lw_move(FnCtx *F, int32_t dst, int32_t src);   /* dst = src */
int32_t lw_tmp(FnCtx *F, IrType t);
int32_t lw_tmpk(FnCtx *F, IrKind k);
IrInstr *lw_emit(FnCtx *F, IrOp op);
int32_t lw_new_block(FnCtx *F);
void lw_jump(FnCtx *F, int32_t target);          /* end cur with a jump (if reachable) */
void lw_branch(FnCtx *F, int32_t cond, int32_t t, int32_t f);
void lw_start(FnCtx *F, int32_t block);          /* continue emitting in block */
/* If cond: r = True and jump to done; else go on in a new block. */
void lw_true_exit(FnCtx *F, int32_t cond, int32_t r, int32_t done);
/* After emitting a raising instruction: end the block with TERM_EXC to the
 * current handler and continue in a fresh block. */
void lw_after_raising(FnCtx *F);
/* A loop's back-edge poll (IR_POLL_INTR with its exception edge in user
 * code, IR_POLL in the prelude). */
void lw_poll(FnCtx *F, uint16_t flags);
int32_t lw_const_i64(FnCtx *F, int64_t v);
int32_t lw_const_f64(FnCtx *F, double v);
int32_t lw_const_bool(FnCtx *F, int v);
/* A string constant this long or longer is made at its first evaluation
 * (the prelude's _lazy_str) instead of at start-up: rtpython's library
 * sources (800 KB) were 40% of its start-up.  Shorter ones stay a load
 * of rtg_strs, which a hot loop can afford and a call it could not. */
#define LW_LAZY_STR_MIN 1024
int32_t lw_const_str(FnCtx *F, const char *s, int64_t len);
/* target = value, the declaration of a global whose reads are a lazy
 * string constant (GlobalVar.literal): no store (the field is never
 * read, and storing would make the string at start-up); 0 if not that. */
int lw_lazy_literal_init(FnCtx *F, Ast *target, Ast *value);
int32_t lw_const_null(FnCtx *F);
int32_t lw_unop(FnCtx *F, IrOp op, IrKind k, int32_t a);
int32_t lw_binop(FnCtx *F, IrOp op, IrKind k, int32_t a, int32_t b);
/* The class ids of objects a and b compared with cmp (IR_EQ or IR_NE). */
int32_t lw_same_class(FnCtx *F, int32_t a, int32_t b, IrOp cmp);
int32_t lw_getfield(FnCtx *F, int32_t obj, int32_t sid, int32_t field);
void lw_setfield(FnCtx *F, int32_t obj, int32_t sid, int32_t field, int32_t val);
/* Calls: result vreg (or -1 for void).  Raising calls end the block. */
int32_t lw_call(FnCtx *F, int32_t fid, const int32_t *args, int n);
int32_t lw_call_extern(FnCtx *F, int32_t xid, const int32_t *args, int n);
int32_t lw_call_fi(FnCtx *F, FuncInfo *fi, const int32_t *args, int n);
void lw_raise_new(FnCtx *F, const char *cls, const char *msg);
void lw_raise_msg(FnCtx *F, const char *cls, int32_t msg);
void lw_checknull(FnCtx *F, int32_t v, const char *attr);
int lw_reachable(FnCtx *F);

/* ---- lower_expr.c */
void lw_discard(FnCtx *F, Ast *e);
int32_t lw_expr(FnCtx *F, Ast *e);
/* Truth value of an expression as a BOOL vreg. */
int32_t lw_truth(FnCtx *F, Ast *e);
int32_t lw_truth_of(FnCtx *F, int32_t v, Type *t);
/* Value of v (of type from) converted to type to. */
int32_t lw_convert(FnCtx *F, int32_t v, Type *from, Type *to);
/* int | None (float, bool): the number v boxed; the number in box v. */
int32_t lw_box(FnCtx *F, int32_t v, Type *opt);
/* Fields first assigned outside __init__ (Field.set_flag): a read checks
 * the field was assigned (AttributeError), a store records it. */
void lw_field_set_check(FnCtx *F, int32_t obj, ClassInfo *cls, int index);
void lw_field_mark_set(FnCtx *F, int32_t obj, ClassInfo *cls, int index);
void lw_class_attrs_init(FnCtx *F, ModuleInfo *mod);
int32_t lw_unbox(FnCtx *F, int32_t v, Type *opt);
int32_t lw_to_str(FnCtx *F, int32_t v, Type *t, int repr);

/* ---- lower_union.c: values of union types */
bool lw_is_union(const Type *t);                  /* a union, or one | None */
int32_t lw_union_box(FnCtx *F, int32_t v, Type *m);
int32_t lw_union_convert(FnCtx *F, int32_t v, Type *from, Type *to);
int32_t lw_union_str(FnCtx *F, int32_t v, Type *t, int repr);
int32_t lw_union_format(FnCtx *F, int32_t v, Type *t, int32_t spec);   /* format(v, spec) */
int32_t lw_union_hash(FnCtx *F, int32_t v, Type *t);                    /* hash(v) */
int32_t lw_hash_value(FnCtx *F, int32_t v, Type *t);   /* hash() of a value of type t */
/* TypeError unless v (of type from) holds a value of `to`, a narrower
 * type (what: "global 'g'", "field 'f'", for the message). */
void lw_narrowed_check(FnCtx *F, int32_t v, Type *from, Type *to, const char *what);
int32_t lw_union_truth(FnCtx *F, int32_t v, Type *t);
int32_t lw_union_type_name(FnCtx *F, int32_t v, Type *t);   /* type(v).__name__ */
int32_t lw_union_isinstance(FnCtx *F, int32_t v, Type *t, Ast *k, bool exact);
int32_t lw_instance_of(FnCtx *F, int32_t v, int32_t sid);        /* INSTANCEOF (NULL: false) */
int32_t lw_instance_exact(FnCtx *F, int32_t v, ClassInfo *cls);  /* of cls, no subclass */
int32_t lw_union_equal(FnCtx *F, AstOp op, int32_t a, Type *at, int32_t b, Type *bt);
int32_t lw_compare_values(FnCtx *F, AstOp op, FuncInfo *m, int32_t a, Type *at, int32_t b,
                          Type *bt);
/* Assign the value v (of type t) to a target expression. */
void lw_assign(FnCtx *F, Ast *target, int32_t v, Type *t);

int32_t lw_binary_values(FnCtx *F, AstOp op, FuncInfo *method, int reflected, int32_t a,
                         Type *at, int32_t b, Type *bt, Type *rt);
void lw_augassign(FnCtx *F, Ast *s);
int32_t lw_list_of(FnCtx *F, Type *lt, const int32_t *vals, int n);
int32_t lw_comprehension(FnCtx *F, Ast *e, Type *ct);
/* any()/all() of a generator expression (a LISTCOMP node), lazily. */
int32_t lw_any_all(FnCtx *F, Ast *comp, int any);

/* ---- lower_special.c: special methods of user classes, dispatched as
 * CPython does on the dynamic class (see the file's top comment). */
void lw_special_slots(Lowerer *L);          /* after the ordinary vtables */
int32_t lw_special_str(FnCtx *F, ClassInfo *c, int32_t v, int repr);
int32_t lw_special_hash(FnCtx *F, ClassInfo *c, int32_t v);
int32_t lw_special_truth(FnCtx *F, ClassInfo *c, int32_t v);
/* One side's answer to == (!= with ne) through the hierarchy's slot: a
 * tri-state i64 (0, 1, 2: NotImplemented), or -1 when the static class
 * c's own resolution answers for every class below (the caller calls
 * it). */
int32_t lw_special_eq_side(FnCtx *F, ClassInfo *c, int ne, int32_t recv, int32_t arg);
/* Whether right's method goes first in a OP b, l the static class of a
 * (refl_name NULL: a comparison): -1 with the run-time answer in *cond
 * (one call through the hierarchy's slot), or 0 when it never does. */
int lw_special_refl_first(FnCtx *F, ClassInfo *l, const char *refl_name, int32_t a, int32_t b,
                          int32_t *cond);

/* ---- lower_call.c */
int32_t lw_call_expr(FnCtx *F, Ast *call);
int32_t lw_call_method_fi(FnCtx *F, FuncInfo *fi, int32_t recv, const int32_t *args, int n);
int32_t lw_new_object(FnCtx *F, ClassInfo *cls, const int32_t *args, int n);
int32_t lw_call_method_defaults(FnCtx *F, FuncInfo *fi, int32_t recv);
int32_t lw_tuple_item_at(FnCtx *F, int32_t tup, Type *t, int32_t index);
/* type(v).__name__ for a v of static type t. */
int32_t lw_type_name(FnCtx *F, int32_t v, Type *t);

/* ---- lower_dunder.c */
/* a OP b (b < 0: a unary operator) on instances by the checker's dispatch:
 * the result has type d->ty. */
int32_t lw_dispatch(FnCtx *F, const OpDispatch *d, int32_t a, int32_t b);
FuncInfo *lw_prelude_func(Lowerer *L, const char *name);   /* a prelude function */
/* A classmethod called through an instance recv: the copy of recv's
 * run-time class (m: the copy for its static class). */
int32_t lw_call_classmethod(FnCtx *F, FuncInfo *m, int32_t recv, const int32_t *args, int n);
/* fid(args) whose callee may raise the NotImplemented signal (ni): on
 * the signal, control continues in *on_ni (a started block, else -1);
 * the current block continues after a normal return. */
int32_t lw_call_catching_notimpl(FnCtx *F, int32_t fid, int ni, const int32_t *args, int n,
                                 int32_t *on_ni);
/* a OP b (a comparison) of two values of types at and bt, one an
 * instance of a program class, where no checked operator node carries the
 * dispatch (tuple items, optional operands). */
int32_t lw_dispatch_cmp(FnCtx *F, AstOp op, int32_t a, Type *at, int32_t b, Type *bt);

/* ---- lower_iter.c */
/* An iteration in progress: the body continues at cont; when the source
 * is exhausted control reaches done. */
typedef struct Foreach {
    int32_t elem;            /* the current element */
    int32_t cont;            /* block that fetches the next element */
    int32_t done;            /* block reached when the source is exhausted */
    int32_t it;              /* an object's iterator (protocol), else -1 */
} Foreach;

/* Evaluate iter and start iterating; the current block becomes the body
 * with fe->elem set.  itf/nxf: the checker's __iter__/__next__ (or NULL). */
void lw_foreach_begin(FnCtx *F, Ast *iter, FuncInfo *itf, FuncInfo *nxf, Type *elem_t,
                      Foreach *fe);
/* `for i in range(a, b): lst[i] = v` as one fill when in range (the loop
 * as written otherwise); false, emitting nothing, for any other loop. */
bool lw_foreach_fill(FnCtx *F, Ast *loop, Foreach *fe);
/* In the block that catches a __next__ call's exception (current): a
 * StopIteration is cleared and a new current block goes on; any other
 * exception is re-raised outwards. */
void lw_catch_stop_iteration(FnCtx *F);
/* The element type of iterating over iter. */
Type *lw_elem_type(FnCtx *F, Ast *iter, FuncInfo *nxf);
int lw_field_index(ClassInfo *cls, const char *name);
int32_t lw_seq_len(FnCtx *F, int32_t seq, Type *t);
int32_t lw_seq_item(FnCtx *F, int32_t seq, Type *t, int32_t i);

/* ---- lower_gen.c */
LwGenLayout *lw_gen_layout(Lowerer *L, FuncInfo *gen);
void lw_gen_factory(FnCtx *F);
void lw_gen_body(Lowerer *L, FuncInfo *next);
void lw_gen_yield(FnCtx *F, Ast *yield);

/* ---- lower_stmt.c */
void lw_stmts(FnCtx *F, AstList *body);
void lw_function_body(FnCtx *F);

#endif
