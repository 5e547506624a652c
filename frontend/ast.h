/* ast.h - the abstract syntax tree, types and symbols of the rtrans frontend.
 *
 * The parser (grammar.y, parse.c) builds nodes with their syntax fields.
 * The checker (check*.c) fills the fields marked [checker]: the type of
 * every expression, what every name and attribute resolves to, and explicit
 * conversions.  After checking, later layers never re-derive Python
 * semantics from syntax; they read these fields.
 *
 * Memory: every node, type and symbol of a translation lives in one arena
 * (frontend/arena.c) and is freed with it.
 */
#ifndef RTRANS_AST_H
#define RTRANS_AST_H

#include <stddef.h>
#include <stdint.h>

typedef struct Arena Arena;
typedef struct Ast Ast;
typedef struct Type Type;
typedef struct Sym Sym;
typedef struct FuncInfo FuncInfo;
typedef struct ClassInfo ClassInfo;
typedef struct ModuleInfo ModuleInfo;

/* A source position.  file indexes the source table of diag.c; line and
 * column count from 1, columns in characters with tabs to multiples of 8. */
typedef struct Loc {
    int file;
    int line;
    int col;
} Loc;

/* A growable array of node pointers. */
typedef struct AstList {
    Ast **items;
    int n, cap;
} AstList;

/* ------------------------------------------------------------------ kinds */

#define AST_KINDS(X) \
    /* expressions */ \
    X(INT)        /* int literal: u.i */ \
    X(FLOAT)      /* float literal: u.f */ \
    X(STR)        /* string literal (adjacent ones joined): u.str */ \
    X(FSTRING)    /* f-string: u.fstr */ \
    X(BOOL)       /* True/False: u.i */ \
    X(NONE)       /* None */ \
    X(ELLIPSIS)   /* `...`: only in `tuple[T, ...]` (an error elsewhere) */ \
    X(NAME)       /* identifier: u.name */ \
    X(ATTR)       /* obj.attr: u.attr */ \
    X(SUBSCRIPT)  /* obj[index]: u.sub (index may be a SLICE) */ \
    X(SLICE)      /* lo:hi:step inside a subscript: u.slice */ \
    X(CALL)       /* f(args): u.call */ \
    X(KEYWORD)    /* name=value inside a call: u.kw */ \
    X(UNARY)      /* -x +x ~x not x: u.unary */ \
    X(BINARY)     /* x op y: u.binary */ \
    X(BOOLOP)     /* x and y / x or y: u.binary (op TOKOP_AND/OR) */ \
    X(COMPARE)    /* a < b <= c ...: u.compare */ \
    X(IFEXP)      /* a if c else b: u.ifexp */ \
    X(LIST)       /* [a, b]: u.seq */ \
    X(TUPLE)      /* (a, b) or a, b: u.seq */ \
    X(DICT)       /* {k: v}: u.dict */ \
    X(SET)        /* {a, b}: u.seq */ \
    X(LISTCOMP)   /* [e for ...]: u.comp */ \
    X(SETCOMP)    /* {e for ...}: u.comp */ \
    X(DICTCOMP)   /* {k: v for ...}: u.comp (elt = key, value = value) */ \
    X(GENEXP)     /* (e for ...) as a call's only argument: u.comp */ \
    X(COMPFOR)    /* for target in iter [if cond]*: u.compfor */ \
    X(LAMBDA)     /* u.func: params, body = the one expression */ \
    X(YIELD)      /* yield [value]: u.unary.operand (NULL: bare yield) */ \
    X(YIELDFROM)  /* yield from value: u.unary.operand */ \
    X(STARRED)    /* *x, **x (call argument): rejected; u.unary, op MUL or POW */ \
    X(CONVERT)    /* [checker] implicit conversion of u.convert.operand to ty */ \
    X(NAMEDEXPR)  /* (name := value): u.named; binds in the enclosing function */ \
    /* statements */ \
    X(EXPR_STMT)  /* u.expr_stmt */ \
    X(ASSIGN)     /* t1 = t2 = value: u.assign */ \
    X(ANNASSIGN)  /* target: annotation [= value]: u.annassign */ \
    X(AUGASSIGN)  /* target op= value: u.augassign */ \
    X(DEL)        /* del t1, t2: u.seq */ \
    X(PASS) \
    X(BREAK) \
    X(CONTINUE) \
    X(RETURN)     /* return [value]: u.ret */ \
    X(RAISE)      /* raise [exc] [from cause]: u.raise */ \
    X(ASSERT)     /* assert test [, msg]: u.assert_ */ \
    X(GLOBAL)     /* global a, b: u.names */ \
    X(NONLOCAL)   /* nonlocal a, b: u.names */ \
    X(IF)         /* if/elif/else: u.if_ (elif = IF node in orelse) */ \
    X(WHILE)      /* u.loop */ \
    X(FOR)        /* u.loop */ \
    X(TRY)        /* u.try_ */ \
    X(HANDLER)    /* except [type [as name]]: u.handler */ \
    X(WITH)       /* u.with */ \
    X(WITHITEM)   /* expr [as target]: u.withitem; in a pattern, `p as name` */ \
    X(MATCH)      /* match subject: cases: u.match */ \
    X(MATCHCASE)  /* case pattern [if guard]: body: u.mcase */ \
    X(FUNCDEF)    /* u.func */ \
    X(PARAM)      /* parameter: u.param */ \
    X(CLASSDEF)   /* u.cls */ \
    X(DECORATOR)  /* @expr: u.expr_stmt */ \
    X(IMPORT)     /* import a.b [as c], ...: u.import */ \
    X(IMPORTFROM) /* from m import a [as b], ...: u.import */ \
    X(ALIAS)      /* name [as asname]: u.alias */ \
    X(MODULE)     /* a whole file: u.module */

typedef enum AstKind {
#define X(name) AST_##name,
    AST_KINDS(X)
#undef X
    AST__COUNT
} AstKind;

extern const char *const ast_kind_names[AST__COUNT];

/* Operators of UNARY, BINARY, BOOLOP, COMPARE and AUGASSIGN. */
#define AST_OPS(X) \
    X(ADD, "+") X(SUB, "-") X(MUL, "*") X(DIV, "/") X(FLOORDIV, "//") \
    X(MOD, "%") X(POW, "**") X(MATMUL, "@") X(LSHIFT, "<<") X(RSHIFT, ">>") \
    X(BITAND, "&") X(BITOR, "|") X(BITXOR, "^") \
    X(NEG, "-") X(POS, "+") X(INVERT, "~") X(NOT, "not") \
    X(AND, "and") X(OR, "or") \
    X(EQ, "==") X(NE, "!=") X(LT, "<") X(LE, "<=") X(GT, ">") X(GE, ">=") \
    X(IS, "is") X(ISNOT, "is not") X(IN, "in") X(NOTIN, "not in")

typedef enum AstOp {
#define X(name, text) OP_##name,
    AST_OPS(X)
#undef X
    OP__COUNT
} AstOp;

extern const char *const ast_op_text[OP__COUNT];

/* ------------------------------------------------------------------ types */

#define TY_KINDS(X) \
    X(ERROR)     /* poison: an error was reported; suppresses follow-ups */ \
    X(NONE)      /* the type of None; a function returning nothing */ \
    X(BOOL) X(INT) X(FLOAT) X(STR) \
    X(LIST)      /* elem */ \
    X(DICT)      /* key, val */ \
    X(SET)       /* elem */ \
    X(TUPLE)     /* items[n] */ \
    X(CLASS)     /* cls (user, prelude or exception class) */ \
    X(OPTIONAL)  /* elem | None; elem is a reference type */ \
    X(CALLABLE)  /* items[n] -> ret */ \
    X(ITER)      /* Iterator[elem]: generators, iter(), map(); its class is the
                    prelude's Iterator[elem] */ \
    X(ARRAY)     /* prelude only: fixed-size low-level array of elem */ \
    X(TYPEVAR)   /* prelude templates only: name */ \
    X(MODULE)    /* a module used as a value prefix: module */ \
    X(CLASSREF)  /* a class used as a value (C in C(...), isinstance): cls */ \
    X(BUILTIN)   /* a builtin function or library member: builtin id */ \
    X(OPAQUE)    /* library objects: files, locks, threads, dict views, ranges: name */ \
    X(OBJECT)    /* `object`, as a parameter type only: narrowed by isinstance */ \
    X(UNION)     /* items[n] (n >= 2, canonical order, no None): a reference;
                    int, float and bool members boxed (docs/language.md) */

typedef enum TyKind {
#define X(name) TY_##name,
    TY_KINDS(X)
#undef X
    TY__COUNT
} TyKind;

/* Types are interned: two equal types are the same pointer. */
struct Type {
    TyKind kind;
    Type *elem;          /* LIST, SET, OPTIONAL, ARRAY, ITER */
    Type *key, *val;     /* DICT */
    Type **items;        /* TUPLE items, CALLABLE parameters */
    int nitems;
    Type *ret;           /* CALLABLE */
    ClassInfo *cls;      /* CLASS, CLASSREF */
    ModuleInfo *module;  /* MODULE */
    int builtin;         /* BUILTIN: id in the checker's builtin table */
    const char *name;    /* TYPEVAR, OPAQUE */
};

/* A reference type is one whose values are GC references and which may be
 * made optional: str, containers, tuples, classes, callables, opaque. */
int ty_is_ref(const Type *t);

/* -------------------------------------------------------------- symbols */

typedef enum SymKind {
    SYM_LOCAL,      /* a function's local or parameter: index into FuncInfo.locals */
    SYM_GLOBAL,     /* a module global: module, index into ModuleInfo.globals */
    SYM_FUNC,       /* a module-level function: func */
    SYM_CLASS,      /* a class: cls */
    SYM_MODULE,     /* an imported module: module */
    SYM_BUILTIN     /* a builtin function, type or library member: builtin */
} SymKind;

struct Sym {
    SymKind kind;
    const char *name;
    Type *type;
    Loc loc;
    int index;              /* SYM_LOCAL, SYM_GLOBAL */
    FuncInfo *func;
    ClassInfo *cls;
    ModuleInfo *module;
    int builtin;
    unsigned assigned_later : 1;   /* SYM_GLOBAL: assigned after its initialiser */
    unsigned alias_busy : 1;       /* alias: being resolved (a cycle) */
    Ast *alias;                    /* a type alias (`Env = dict[str, Value]`): the
                                      type expression, resolved in `module`; kind
                                      SYM_BUILTIN, builtin -1 */
};

/* What an unannotated variable or field was first given when that alone
 * does not say its type (check_infer.c): an empty container or None; for
 * a local also a lambda with parameters, typed by its first call. */
typedef enum PartialKind {
    PART_NO, PART_LIST, PART_DICT, PART_SET, PART_NONE, PART_LAMBDA
} PartialKind;

typedef struct Local {
    const char *name;
    Type *type;
    Loc loc;                /* first assignment or declaration */
    unsigned is_param : 1;
    unsigned no_narrow : 1; /* a nested function assigns it (nonlocal) */
    int cell;               /* captured by a nested function: its field in
                               FuncInfo.env_cls (accesses go through the
                               env object), else -1 */
    FuncInfo *def_func;     /* bound only by this nested def: calls bind
                               their arguments as for a direct call */
    unsigned annotated : 1; /* declared with an annotation */
    unsigned partial : 3;   /* [discovery] PartialKind of its first value */
    unsigned inferred : 1;  /* [discovery] typed by a later use */
    Ast *lambda;            /* [discovery] its PART_LAMBDA value */
    Ast *last_value;        /* [checker] the value its latest checked
                               assignment stores (re.compile(...): a
                               pattern's groups, check_call.c) */
} Local;

typedef struct Param {
    const char *name;
    Type *type;
    Ast *default_value;     /* constant expression or NULL */
    Ast *early_default;     /* what calls checked before the default was
                               (check_defaults) pass: a conversion to type
                               whose operand check_defaults sets, or NULL */
    Loc loc;
    unsigned vararg : 1;    /* `*name: T`: collects the extra positional
                               arguments as a tuple[T, ...] (type) */
    unsigned kwonly : 1;    /* after *name or a bare `*`: keyword only */
} Param;

struct FuncInfo {
    const char *name;
    const char *qualname;   /* "Class.method" or "func" */
    ModuleInfo *module;
    ClassInfo *cls;         /* methods: the defining class */
    Ast *def;               /* the FUNCDEF node */
    Param *params;          /* self included for methods */
    int nparams;
    Type *ret;
    Local *locals;          /* params first, then other locals */
    int nlocals, caplocals;
    int vslot;              /* methods: virtual slot, -1 for static */
    FuncInfo *overrides;    /* the base method this overrides, if any */
    const char *extern_name;/* prelude: implemented by this C function */
    unsigned extern_flags;  /* prelude externs: EXT_* bits from @extern */
    bool extern_value;      /* prelude externs used as a function value: the
                               lowering makes a wrapper function for them */
    FuncInfo *tmpl;         /* template instances: the template */
    Type **targs;           /* template instances: type arguments, in the
                               order of the template's type variables */
    int ntargs;
    FuncInfo **instances;   /* templates: instances made so far; classmethods:
                               the copies checked for subclasses */
    int ninstances, capinstances;
    const char *cls_param;  /* classmethods: the name of the `cls` parameter */
    FuncInfo *setter;       /* property getters: the setter, or NULL */
    Loc use_loc;            /* prelude template instances: the user code
                               whose check first needed this body (line 0:
                               none); errors in it are reported there */
    const char *use_name;   /* the function that code called ("max"), or NULL */
    const char **credits;   /* methods that __init__ calls at its top level
                               (self.reset()): the fields their own top level
                               assigns, assigned by the call (check_infer.c) */
    int ncredits;
    struct Effects *effects;/* check_effects.c: fields it assigns, names it calls */
    unsigned is_static : 1;
    unsigned is_method : 1;
    unsigned is_init : 1;
    unsigned is_template : 1; /* prelude: has type variables; see instances */
    unsigned is_module_init : 1; /* a module's top-level code (ModuleInfo.init) */
    unsigned is_checked : 1;  /* body type-checked: exactly these are lowered
                                 (templates never; unused instance methods not) */
    unsigned is_property : 1; /* @property getter: x.name calls it */
    unsigned is_setter : 1;   /* @name.setter: named "name.setter" (its own slot) */
    unsigned is_classmethod : 1; /* @classmethod: static, its `cls` parameter (cls_param)
                                 is the class it is called through; one FuncInfo per
                                 class (instances: the subclasses' copies) */
    unsigned returns_notimpl : 1; /* a special method whose body has
                                 `return NotImplemented` (raised as the prelude's
                                 _NotImplemented signal, caught by the dispatch) */
    /* closures and generators (check_closure.c, check_gen.c) */
    unsigned is_nested : 1;   /* a def, lambda or generator expression inside
                                 a function */
    unsigned is_generator : 1;/* contains yield: calling it builds gen_frame */
    unsigned is_lambda : 1;   /* ret NULL while checking: the body's type */
    struct Scope *scope;      /* names captured from/by other functions */
    FuncInfo *outer;          /* is_nested: the function that defines it */
    ClassInfo *env_cls;       /* the record of its captured locals, or NULL */
    int env_local;            /* the local holding that record, or -1 */
    ClassInfo *in_env;        /* is_nested with free names: the env record it
                                 is bound to (params[0], named "$outer") */
    Type *gen_elem;           /* is_generator: the items' type */
    ClassInfo *gen_frame;     /* is_generator: the frame class, a subclass
                                 of Iterator[gen_elem] */
    FuncInfo *gen_of;         /* a frame class's __next__: the generator
                                 whose body it runs */
};

/* @extern flags: what the passes must know about a C function. */
enum {
    EXT_PURE = 1 << 0,      /* no side effect, result depends on arguments */
    EXT_RAISES = 1 << 1,    /* may set stm_tl.exc */
    EXT_ALLOC = 1 << 2,     /* allocates GC memory (a safe point) */
    EXT_IO = 1 << 3,        /* I/O: needs an inevitable transaction */
    EXT_BLOCKING = 1 << 4,  /* blocks: a transaction break */
    EXT_READS = 1 << 5,     /* reads mutable GC data of its arguments */
    EXT_WRITES = 1 << 6     /* writes mutable GC data of its arguments */
};

typedef struct Field {
    const char *name;
    Type *type;
    Ast *default_value;     /* constant or NULL */
    ClassInfo *owner;       /* the class that declares it */
    int index;              /* position in the instance, inherited first */
    Loc loc;
    unsigned immutable : 1; /* assigned only in the owner's __init__, or Final */
    unsigned is_final : 1;
    unsigned inferred : 1;  /* declared by `self.f = ...` in a method, not in
                               the class body (check_infer.c) */
    unsigned pending : 1;   /* inferred, type not known yet (type NULL) */
    unsigned partial : 3;   /* pending: PartialKind of its first value */
    unsigned saw_none : 1;  /* pending: assigned None somewhere */
    unsigned saw_error : 1; /* pending: assigned a value whose type had an error (reported) */
    Type *cand;             /* pending: the first type assigned to it */
    int set_flag;           /* inferred and first assigned outside __init__:
                               1 + the index of a hidden bool field that
                               says it was assigned (a read before raises
                               AttributeError, as in CPython); 0: none */
} Field;

/* A field of a dataclass (check_dataclass.c), inherited ones included. */
typedef struct DcField {
    const char *name;
    Ast *annotation;        /* as written (Final[...] stripped) */
    Ast *deflt;             /* `= value` or field(default=...), or NULL */
    Ast *factory;           /* field(default_factory=...), or NULL */
    Loc loc;
    unsigned init : 1, repr : 1, compare : 1;
    int hash;               /* field(hash=...): 1, 0, or -1 for None (= compare) */
} DcField;

typedef struct DataclassInfo {
    DcField *fields;        /* base dataclasses' fields first, in order */
    int nfields;
    unsigned init : 1, repr : 1, eq : 1, order : 1, frozen : 1, unsafe_hash : 1,
             match_args : 1, named_tuple : 1,   /* class P(NamedTuple) */
             own_compare : 1;   /* a NamedTuple defining == or an order itself */
    const char *unshown;    /* a field whose repr is an address (a function,
                               an iterator): no __repr__ is made, so only
                               printing the object is refused */
} DataclassInfo;

/* An enum.Enum or enum.IntEnum class (check_enum.c): each member is a
 * module global holding the one instance. */
typedef struct EnumInfo {
    int int_enum;           /* IntEnum: computes as its int value */
    const char **names;     /* members in definition order (aliases too) */
    const char **globals;   /* the global holding each (an alias: its original's) */
    int n;
    const char *members;    /* the global list of the members (no aliases) */
    unsigned unique : 1;    /* @enum.unique */
} EnumInfo;

/* A class-body assignment NAME = value (or NAME: ClassVar[T] = value).
 * A constant is read as its value.  A class attribute that the module
 * assigns (`C.n += 1`) or whose value is a container (shared by all
 * instances, as in CPython) lives in a hidden module global (global). */
typedef struct ClassConst {
    const char *name;
    Ast *value;
    Type *type;
    Ast *annotation;        /* NAME: T = value in the class body, else NULL */
    int global;             /* 1 + index into module->globals, 0: a constant */
} ClassConst;

struct ClassInfo {
    const char *name;
    ModuleInfo *module;
    Ast *def;
    ClassInfo *base;
    Field *fields;          /* inherited fields first */
    int nfields;
    FuncInfo **methods;     /* methods defined in this class */
    int nmethods;
    FuncInfo **vtable;      /* slot -> implementation, inherited included */
    int nvslots;
    ClassConst *consts;
    int nconsts;
    ClassInfo **subclasses;
    int nsubclasses;
    Type *type;             /* TY_CLASS of this class */
    Type **targs;           /* prelude template instances: type arguments */
    int ntargs;
    ClassInfo *tmpl;        /* template instances: the template */
    const char *extern_ctor;/* prelude @extern class: its objects are
                               support-library objects built by this C
                               function ("" = not constructible) */
    ClassInfo **instances;  /* templates: instances made so far */
    int ninstances, capinstances;
    unsigned is_exception : 1;  /* derives from BaseException */
    unsigned is_builtin : 1;    /* defined by the prelude */
    unsigned is_final : 1;      /* prelude classes other than exceptions:
                                   no subclass, methods not virtual */
    unsigned is_template : 1;   /* prelude Generic[...] class */
    unsigned is_extern : 1;     /* prelude @extern class: no fields */
    unsigned unhashable : 1;    /* defines __eq__ without __hash__ (or inherits that):
                                   CPython sets __hash__ to None */
    unsigned unhashable_reported : 1;
    DataclassInfo *dataclass;   /* @dataclass: its fields and options, else NULL */
    unsigned infer_state : 2;   /* check_infer.c: 0 no pending field, 1 some
                                   pending, 2 inferring them now */
    unsigned members_declared : 1; /* [checker] base, fields and slots known */
    EnumInfo *enuminfo;         /* an Enum/IntEnum class, else NULL */
    uint32_t refl_first;        /* [checker] a root class: bit 1 << k, an arithmetic operator
                                   of the hierarchy may call the k-th reflected method first
                                   (chk_refl_order_bit; lower_special.c makes its slot) */
    unsigned is_env : 1;        /* a function's captured locals (closures) */
    ClassInfo *env_up;          /* is_env: the class of field "$up" (the
                                   enclosing function's env), or NULL */
};

typedef struct GlobalVar {
    const char *name;
    Type *type;
    Loc loc;
    unsigned assigned_later : 1; /* not a constant */
    unsigned is_final : 1;       /* declared Final: never assigned again */
    Ast *last_value;             /* [checker] as Local.last_value */
    Ast *literal;                /* the literal (number, str, bool, None) its
                                    declaration assigns; with !assigned_later
                                    its reads are that constant */
    unsigned class_attr : 1;     /* a class attribute's storage (ClassConst.global):
                                    set at module-init entry, no set flag */
    unsigned partial : 3;        /* [discovery] PartialKind of its first value */
    Type *inferred;              /* first given an empty container or None:
                                    the type module code's later uses give it
                                    (check_infer.c), preset at that assignment */
    int set_flag;                /* [lowering] 1 + index of the hidden bool
                                    field of the module object telling that it
                                    was assigned (reads from functions before
                                    that raise NameError); 0: none needed */
} GlobalVar;

struct ModuleInfo {
    const char *name;       /* "main", "util", "builtins" for the prelude */
    const char *path;
    Ast *ast;
    GlobalVar *globals;
    int nglobals, capglobals;
    FuncInfo **funcs;
    int nfuncs;
    ClassInfo **classes;
    int nclasses;
    ModuleInfo **imports;   /* in import order */
    int nimports, capimports;
    FuncInfo *init;         /* the module's top-level code as a function */
    Ast *main_guard;        /* the IF node of the `if __name__ == "__main__":` guard */
    struct SymTab *syms;    /* [checker] private: the module's namespace */
    unsigned is_main : 1;
    unsigned is_prelude : 1;
    unsigned future_annotations : 1; /* from __future__ import annotations */
    unsigned imports_bound : 2; /* [checker] 0 not yet, 1 binding, 2 bound */
};

/* ------------------------------------------------------------------ nodes */

/* [checker] An operator whose operand is an instance of a user class,
 * dispatched to special methods by CPython's rules (docs/internals.md,
 * "Operators on objects"): left.fwd(right), else right.refl(left), each
 * skipped when absent or when it returns NotImplemented, then the
 * fallback.  BINARY, UNARY (refl NULL, no right operand), COMPARE (per
 * operator) and AUGASSIGN (inplace first) carry one. */
typedef enum DispFallback {
    DFB_TYPEERROR,          /* TypeError naming the operator and the types */
    DFB_IDENTITY,           /* ==: a is b */
    DFB_NOT_IDENTITY        /* !=: a is not b */
} DispFallback;

typedef struct OpDispatch {
    AstOp op;
    FuncInfo *inplace;      /* AUGASSIGN: left.__iop__(right), tried first */
    FuncInfo *fwd;          /* left.fwd(right); NULL: absent */
    FuncInfo *refl;         /* right.refl(left); NULL: absent */
    unsigned fwd_not : 1;   /* != through __eq__: fwd's result negated */
    unsigned refl_not : 1;
    unsigned fwd_ident : 1; /* object's __eq__ (fwd NULL): a is b, else NotImplemented */
    unsigned refl_ident : 1;
    unsigned arith : 1;     /* arithmetic: refl only between different classes,
                               first only when the right class overrides it */
    unsigned fallback : 2;  /* DispFallback */
    const char *refl_name;  /* the reflected method's name (run-time order) */
    Type *lt, *rt;          /* the operands' types as passed */
    Type *ty;               /* the result */
} OpDispatch;

/* What an attribute, or the callee of a call, resolved to. */
typedef enum ResolveKind {
    RES_NONE,
    RES_FIELD,          /* instance field: cls, index */
    RES_METHOD,         /* method of an instance (bound or called): func */
    RES_STATIC,         /* static method or class constant through a class */
    RES_CLASS_CONST,    /* class constant: cls, index */
    RES_MODULE_MEMBER,  /* module.name: sym */
    RES_BUILTIN,        /* library member or builtin method: builtin */
    RES_FUNC,           /* direct call of a function: func */
    RES_CONSTRUCTOR,    /* C(...): cls (runs __init__) */
    RES_SUPER,          /* super().m(...): func */
    RES_INDIRECT,       /* call through a Callable value */
    RES_PROPERTY,       /* assignment target obj.p of a property: func = its setter
                           (reads of a property are calls of the getter) */
    RES_FROZEN,         /* assignment target obj.f of a frozen dataclass: raises
                           FrozenInstanceError (index: the field) */
    RES_CLASSMETHOD     /* obj.m(...) of a classmethod through an instance: target =
                           the copy for obj's static class, recv = obj; the lowering
                           picks the copy of obj's run-time class */
} ResolveKind;

struct Ast {
    AstKind kind;
    Loc loc;
    Type *ty;                /* [checker] expressions: the type */
    unsigned wide : 1;       /* INT: a literal in [2**63, 2**64), held modulo
                                2**64: allowed only inside rtrans.intmask */
    unsigned wrap : 1;       /* [checker] BINARY, UNARY on ints inside
                                rtrans.intmask: modulo 2**64, no OverflowError */
    unsigned checked : 1;    /* [checker] CONVERT of a narrowed field read to
                                its narrower type: tested at run time (a
                                special method could have changed it) */
    union {
        int64_t i;
        double f;
        struct { const char *s; size_t len; bool bytes; } str;   /* UTF-8, escapes decoded;
                                      bytes: a b'...' literal, Latin-1 text */
        struct {
            AstList parts;    /* literal text and expressions, in order; a part
                                 is literal text iff it is an AST_STR with no
                                 conversion and no spec */
            char *convs;      /* per part: 0, 'r' ({x!r}) or 's' ({x!s}) */
            Ast **specs;      /* per part: the format spec after ':' or NULL: an
                                 AST_STR, or an AST_FSTRING when it holds
                                 nested fields (f"{x:{w}.{p}f}") */
        } fstr;
        struct {
            const char *id;
            Sym *sym;         /* [checker] */
        } name;
        struct {
            Ast *obj;
            const char *attr;
            Loc attr_loc;
            ResolveKind res;  /* [checker] */
            int index;        /* [checker] field index / constant index */
            FuncInfo *func;   /* [checker] method */
            Sym *sym;         /* [checker] module member */
            int builtin;      /* [checker] */
            int check_bound;  /* [checker] a closure's free variable that may
                                 not be assigned yet: NameError if None */
        } attr;
        struct {
            Ast *obj, *index;
            FuncInfo *method; /* [checker] __getitem__/__setitem__/__delitem__
                                 or _getslice/_setslice/_delslice as the
                                 context requires; NULL: tuple, Array */
        } sub;
        struct { Ast *lo, *hi, *step; } slice;   /* each may be NULL */
        struct {
            Ast *func;
            AstList args;     /* positional then KEYWORD nodes, as written */
            ResolveKind res;  /* [checker] */
            FuncInfo *target; /* [checker] FUNC, METHOD, SUPER */
            Ast *recv;        /* [checker] METHOD, SUPER: the receiver (self) */
            ClassInfo *cls;   /* [checker] CONSTRUCTOR */
            int builtin;      /* [checker] BUILTIN */
            AstList bound;    /* [checker] one expression per parameter, in
                                 parameter order, defaults filled in and
                                 conversions explicit (self excluded) */
        } call;
        struct { const char *name; Ast *value; } kw;
        struct {
            AstOp op;
            Ast *operand;
            OpDispatch *disp; /* [checker] -x, +x, ~x on an instance, else NULL */
            FuncInfo *slice;  /* [checker] a starred target `a, *b = xs`: the
                                 list's _getslice that makes b */
        } unary;
        struct {
            AstOp op;
            Ast *left, *right;
            FuncInfo *method; /* [checker] operator implemented by a dunder method */
            int reflected;    /* [checker] method is called as right.method(left) */
            OpDispatch *disp; /* [checker] BINARY on an instance, else NULL */
            int truth_only;   /* [checker] BOOLOP in a test (if/while/assert
                                 condition, test of IFEXP, comprehension if,
                                 operand of `not` or bool(), and/or nested in
                                 those): typed bool, only its truth value is
                                 used, operands of any types, each a test */
        } binary;
        struct {
            AstList operands; /* n+1 operands */
            AstOp *ops;       /* n operators */
            FuncInfo **methods; /* [checker] per operator, or NULL */
            OpDispatch **disps; /* [checker] per operator: on an instance, else NULL */
        } compare;
        struct { Ast *test, *body, *orelse; } ifexp;
        struct { AstList items; } seq;
        struct { AstList keys, values; } dict;
        struct {
            Ast *elt, *value; /* value: DICTCOMP only */
            AstList fors;     /* COMPFOR clauses */
            struct Scope *scope; /* [checker] closures: check_scope.c */
        } comp;
        struct {
            Ast *target, *iter;
            AstList ifs;
            FuncInfo *iter_fn, *next_fn; /* [checker] as in loop */
        } compfor;
        struct { Ast *operand; } convert;
        struct { Ast *value; } expr_stmt;
        struct { AstList targets; Ast *value; } assign;
        struct { Ast *target, *annotation, *value; } annassign;
        struct { Ast *target, *value; } named;   /* target: a NAME */
        struct {
            AstOp op;
            Ast *target, *value;
            FuncInfo *method; /* [checker] */
            OpDispatch *disp; /* [checker] on an instance: replaces method */
        } augassign;
        struct { Ast *value; } ret;
        struct { Ast *exc, *cause; } raise;
        struct { Ast *test, *msg; } assert_;
        struct { const char **names; int n; } names;
        struct { Ast *test; AstList body, orelse; } if_;
        struct {
            Ast *target;      /* FOR */
            Ast *test;        /* WHILE */
            Ast *iter;        /* FOR */
            AstList body, orelse;
            FuncInfo *iter_fn;  /* [checker] FOR over an object: its __iter__ */
            FuncInfo *next_fn;  /* [checker] the iterator's __next__; both NULL
                                   for range/enumerate/zip/reversed */
        } loop;
        struct { AstList body, handlers, orelse, finalbody; } try_;
        struct {
            Ast *type;        /* NULL: bare except */
            const char *name; /* as-name or NULL */
            AstList body;
            ClassInfo **classes; /* [checker] caught classes */
            int nclasses;
            int local;        /* [checker] local index of name, or -1 */
        } handler;
        struct { AstList items, body; } with;
        struct {
            Ast *subject;
            AstList cases;    /* MATCHCASE nodes */
            Ast *init;        /* [checker] `$m = subject`, a checked ASSIGN */
            int all_members;  /* [checker] the cases cover every member of the
                                 subject's enum, or every class of its union
                                 (or its class): no case matching cannot happen */
        } match;
        struct {
            Ast *pattern;     /* an expression read as a pattern: NAME (capture,
                                 `_`), literal, ATTR (value), CALL (class), LIST /
                                 TUPLE with STARRED (sequence), DICT (mapping),
                                 BINARY | (or), WITHITEM (as) */
            Ast *guard;       /* or NULL */
            AstList body;
            AstList steps;    /* [checker] in order: ASSIGN nodes (bindings, checked
                                 statements) and tests (checked expressions; false:
                                 the case fails) */
        } mcase;
        struct {
            Ast *expr, *target;
            FuncInfo *enter_fn, *exit_fn; /* [checker] NULL for rtrans.atomic */
        } withitem;
        struct {
            const char *name;
            AstList params;   /* PARAM nodes */
            Ast *returns;     /* annotation or NULL */
            AstList body;
            AstList decorators;
            FuncInfo *info;   /* [checker] */
            int synth;        /* [checker] generated by a class decorator or an
                                 enum (check_dataclass.c): 1 a dataclass
                                 __init__, 2 any other method */
            struct Scope *scope; /* [checker] closures: check_scope.c */
            Ast *bind;        /* [checker] a nested def: the assignment of
                                 its function value to its name */
        } func;
        struct {
            const char *name;
            Ast *annotation;  /* NULL for self */
            Ast *default_value;
            int star;         /* 1 for *args, 2 for **kw: rejected; name
                                 NULL with star 1: the bare '*' marker */
        } param;
        struct {
            const char *name;
            AstList bases;
            AstList body;
            AstList decorators;
            ClassInfo *info;  /* [checker] */
        } cls;
        struct {
            const char *module;  /* dotted name; IMPORTFROM: the module */
            AstList names;       /* ALIAS nodes */
            int level;           /* relative import dots: rejected if > 0 */
        } import;
        struct { const char *name, *asname; } alias;
        struct {
            AstList body;
            ModuleInfo *info;    /* [checker] */
        } module;
    } u;
};

/* ------------------------------------------------------------- functions */

Ast *ast_new(Arena *a, AstKind kind, Loc loc);
void ast_list_push(Arena *a, AstList *list, Ast *node);
/* Print a node as an S-expression (parser tests, --dump-ast). */
void ast_dump(const Ast *node, void *file /* FILE* */);

#endif /* RTRANS_AST_H */
