/* ir.h - the typed control-flow-graph IR: the contract between lowering,
 * the passes and the C backend.
 *
 * Shape.  A module holds GC struct types, extern (C) functions, constants
 * and functions.  A function holds typed virtual registers (vregs, by
 * index; parameters are vregs 0..nparams-1) and basic blocks (by index;
 * block 0 is the entry).  A block is a list of instructions and one
 * terminator with explicit successor edges.  The IR is not SSA: a vreg may
 * be assigned several times.  Everything is referred to by small integer
 * indices; all memory belongs to the module and is freed with it.
 *
 * Low level.  Every access to a GC object is its own instruction
 * (GETFIELD, SETFIELD, GETITEM, SETITEM), so the STM passes see each one;
 * ARRAYLEN and GETTID read immutable data.  Exceptions are explicit: an
 * instruction that can raise (its op has IRO_RAISES, or it is a call to a
 * function that can raise) must be the last of its block, and the block
 * must end with TERM_EXC {normal successor, handler}.  Handler -1 means the
 * exception leaves the function.  So every CFG edge is visible to data-flow
 * analysis.
 *
 * Invariants (checked by ir_verify between passes):
 *   - every operand vreg is in range and its kind matches the op table;
 *   - raising instructions end their block, followed by TERM_EXC, and
 *     TERM_EXC follows only a raising instruction;
 *   - successors are valid block indices; block 0 has no predecessors;
 *   - STM ops appear only after the corresponding pass ran (flags on the
 *     module record which passes ran).
 */
#ifndef RTRANS_IR_H
#define RTRANS_IR_H

#include <stdint.h>
#include <stdio.h>

#include "frontend/frontend.h"   /* diag_die */

/* ------------------------------------------------------------ value kinds */

typedef enum IrKind {
    IRK_VOID,   /* no value */
    IRK_BOOL,   /* C _Bool / uint8_t */
    IRK_I64,    /* int64_t */
    IRK_F64,    /* double */
    IRK_REF,    /* stm_ref: a GC reference or 0 */
    IRK_PTR,    /* void *: raw memory (C interop only), never a GC object */
    IRK_U8,     /* uint8_t: array items only */
    IRK_I32,    /* int32_t: array items and externs only */
    IRK__COUNT
} IrKind;

extern const char *const ir_kind_names[IRK__COUNT];

/* A value type: a kind, and for references the struct it points to (-1:
 * unknown or any). */
typedef struct IrType {
    uint8_t kind;
    int32_t sid;
} IrType;

/* ---------------------------------------------------------- struct types */

typedef enum IrStructKind {
    IRS_RECORD,   /* fixed fields: class instances, tuples, module globals */
    IRS_ARRAY,    /* var-sized: int64 length then items of type elem */
    IRS_OPAQUE    /* laid out by the support library (str, files, locks):
                     c_name names its struct, tid comes from the library */
} IrStructKind;

typedef struct IrField {
    const char *name;
    IrType type;
    uint8_t immutable;  /* never written after the object is published */
    uint8_t init_flag;  /* a module global's "assigned" flag, the global
                           assigned once by its module's code (initflags.c) */
    uint8_t frozen;     /* a reference whose objects (and what they reach)
                           nobody writes once stored here (frozen.c) */
} IrField;

typedef struct IrStruct {
    IrStructKind kind;
    const char *name;       /* for dumps and C comments: "Node", "list[int]" */
    const char *c_name;     /* C struct tag the backend emits / uses */
    int32_t parent;         /* classes: base struct, or -1 */
    IrField *fields;        /* inherited fields first */
    int32_t nfields;
    IrType elem;            /* ARRAY: item type */
    uint8_t elem_immutable; /* ARRAY: items never written after publication */
    uint8_t is_class;       /* instances of a class (instanceof applies) */
    uint8_t cards;          /* ARRAY: use card marking when large */
    int32_t class_first;    /* classes: range of struct ids of the subtree */
    int32_t class_last;     /*   (preorder), for INSTANCEOF */
    int32_t vtable;         /* classes: index in IrModule.vtables, or -1 */
} IrStruct;

/* ----------------------------------------------------------------- externs */

/* Effects of a C function, as the passes must know them. */
enum {
    IRX_RAISES      = 1 << 0,  /* may set the exception state */
    IRX_ALLOC       = 1 << 1,  /* may allocate, hence collect */
    IRX_BREAK       = 1 << 2,  /* may commit/start transactions (blocking) */
    IRX_TX_SAFE     = 1 << 3,  /* needs no inevitable transaction */
    IRX_READS_ARGS  = 1 << 4,  /* reads mutable fields of its ref arguments:
                                  callers read-barrier them first */
    IRX_WRITES_ARGS = 1 << 5,  /* writes its ref arguments: callers
                                  write-barrier them first */
    IRX_NORETURN    = 1 << 6,
    IRX_PURE        = 1 << 7   /* no side effect; result depends on args only */
};

/* C imports (frontend/cimport.c): a function of a system header is called
 * through a wrapper that the backend generates (emit_cwrap.c,
 * emit_cimport_wrappers): the extern's c_name names the wrapper, whose
 * parameters and result have the extern's IR kinds; it converts each
 * argument to the C type (range checks for integers, a NUL-terminated
 * UTF-8 copy for strings), calls `name` and converts the result back. */
typedef enum IrCKind {
    IRC_VOID,       /* result only */
    IRC_SIGNED,     /* signed integer of `bits` bits <-> I64 */
    IRC_UNSIGNED,   /* unsigned integer of `bits` bits (_Bool: 1) <-> I64 */
    IRC_FLOAT,      /* float, double, long double <-> F64 */
    IRC_STR         /* parameter: const char * from a str (REF); result:
                       a char * copied into a str, NULL -> 0 (None) */
} IrCKind;

typedef struct IrCType {
    uint8_t kind;               /* IrCKind */
    int32_t bits;               /* IRC_SIGNED, IRC_UNSIGNED */
    const char *spelling;       /* canonical C type: "unsigned long" */
} IrCType;

typedef struct IrCFunc {
    const char *name;           /* the C function the wrapper calls */
    IrCType ret;
    IrCType *params;            /* the extern's nparams */
} IrCFunc;

typedef struct IrExtern {
    const char *c_name;
    IrType ret;
    IrType *params;
    int32_t nparams;
    uint32_t flags;             /* IRX_* */
    const char *header;         /* C header to include, or NULL (support lib) */
    const IrCFunc *cfunc;       /* C import: c_name is a generated wrapper
                                   calling this function; else NULL */
} IrExtern;

/* ------------------------------------------------------------------ ops */

/* Op properties. */
enum {
    IRO_RAISES    = 1 << 0,  /* can raise: must end its block (TERM_EXC) */
    IRO_READS_GC  = 1 << 1,  /* reads a mutable location of operand a */
    IRO_WRITES_GC = 1 << 2,  /* writes a location of operand a */
    IRO_ALLOC     = 1 << 3,  /* allocates: a safe point, may collect */
    IRO_CALL      = 1 << 4,  /* effects come from the callee's summary */
    IRO_BREAK     = 1 << 5,  /* may break the transaction */
    IRO_SIDE      = 1 << 6,  /* has an effect besides its result */
    IRO_STM       = 1 << 7,  /* inserted by an STM pass */
    IRO_SAFEPOINT = 1 << 8   /* a safe point: may collect */
};

/*  X(name, operands, property flags)
 *  Operand use: a, b, c are vregs (-1 when unused); imm/fimm immediate;
 *  aux an index (struct, field, function, extern, constant); args[] for
 *  calls.  Comments give the C meaning. */
#define IR_OPS(X) \
    X(NOP,          0, 0)                         /* nothing */ \
    X(CONST_I64,    0, 0)                         /* dst = imm (also BOOL) */ \
    X(CONST_F64,    0, 0)                         /* dst = fimm */ \
    X(CONST_NULL,   0, 0)                         /* dst = 0 */ \
    X(CONST_STR,    0, 0)                         /* dst = prebuilt str aux */ \
    X(CONST_FUNC,   0, 0)                         /* dst = prebuilt function value of function aux */ \
    X(GLOBAL,       0, 0)                         /* dst = prebuilt object aux (module globals object, ...) */ \
    X(MOV,          1, 0)                         /* dst = a */ \
    /* integer arithmetic; *_OVF raise OverflowError */ \
    X(ADD,          2, 0) X(SUB, 2, 0) X(MUL, 2, 0) \
    X(ADD_OVF,      2, IRO_RAISES) X(SUB_OVF, 2, IRO_RAISES) X(MUL_OVF, 2, IRO_RAISES) \
    X(NEG_OVF,      1, IRO_RAISES) \
    X(FLOORDIV,     2, IRO_RAISES)                /* Python //, ZeroDivisionError, OverflowError */ \
    X(MOD,          2, IRO_RAISES)                /* Python %, sign of divisor */ \
    X(POW,          2, IRO_RAISES)                /* int ** int */ \
    X(AND,          2, 0) X(OR, 2, 0) X(XOR, 2, 0) X(INVERT, 1, 0) \
    X(SHL,          2, IRO_RAISES)                /* ValueError if b < 0, OverflowError */ \
    X(SHR,          2, IRO_RAISES)                /* ValueError if b < 0 */ \
    X(SHL_WRAP,     2, IRO_RAISES)                /* a << b modulo 2**64 (rtrans.intmask); ValueError if b < 0 */ \
    X(EQ, 2, 0) X(NE, 2, 0) X(LT, 2, 0) X(LE, 2, 0) X(GT, 2, 0) X(GE, 2, 0) \
    X(INBOUNDS,     2, 0)                         /* dst = 0 <= a < b, given b >= 0 (a length) */ \
    /* float arithmetic */ \
    X(FADD, 2, 0) X(FSUB, 2, 0) X(FMUL, 2, 0) X(FNEG, 1, 0) \
    X(FDIV,         2, IRO_RAISES)                /* ZeroDivisionError */ \
    X(FFLOORDIV,    2, IRO_RAISES) X(FMOD, 2, IRO_RAISES) X(FPOW, 2, IRO_RAISES) \
    X(FEQ, 2, 0) X(FNE, 2, 0) X(FLT, 2, 0) X(FLE, 2, 0) X(FGT, 2, 0) X(FGE, 2, 0) \
    /* booleans and conversions */ \
    X(NOT,          1, 0)                         /* dst = !a (BOOL) */ \
    X(I2F,          1, 0)                         /* int -> float */ \
    X(F2I,          1, IRO_RAISES)                /* trunc; OverflowError/ValueError */ \
    X(B2I,          1, 0)                         /* bool -> int */ \
    X(I2B,          1, 0)                         /* int != 0 */ \
    X(F2B,          1, 0)                         /* float != 0.0 */ \
    /* references */ \
    X(REFEQ,        2, 0)                         /* identity: a == b */ \
    X(ISNULL,       1, 0)                         /* a == 0 */ \
    X(CHECKNULL,    1, IRO_RAISES)                /* AttributeError if a == 0; aux = str const of the attribute */ \
    X(GETTID,       1, 0)                         /* type id of a (immutable) */ \
    X(INSTANCEOF,   1, 0)                         /* a != 0 && struct(a) in subtree of struct aux */ \
    X(GETFIELD,     1, IRO_READS_GC)              /* dst = a->field[imm] of struct aux */ \
    X(SETFIELD,     2, IRO_WRITES_GC | IRO_SIDE)  /* a->field[imm] = b */ \
    X(ARRAYLEN,     1, 0)                         /* dst = length of array a (immutable) */ \
    X(GETITEM,      2, IRO_READS_GC)              /* dst = a->items[b] (no bounds check) */ \
    X(SETITEM,      3, IRO_WRITES_GC | IRO_SIDE)  /* a->items[b] = c */ \
    X(BOUNDSCHECK,  2, IRO_RAISES)                /* IndexError unless 0 <= a < b; aux = message str const */ \
    X(ARRAYCOPY,    5, IRO_READS_GC | IRO_WRITES_GC | IRO_SIDE) /* args: src, srcpos, dst, dstpos, n */ \
    X(ARRAYFILL,    4, IRO_WRITES_GC | IRO_SIDE)  /* args: dst, pos, n, value: items [pos, pos + n) = value \
                                                     (no bounds check) */ \
    X(ALLOC,        0, IRO_ALLOC)                 /* dst = new struct aux (zeroed) */ \
    X(ALLOC_ARRAY,  1, IRO_ALLOC)                 /* dst = new array struct aux of a >= 0 items */ \
    /* calls: args[] are the arguments; effects from the callee summary */ \
    X(CALL,         0, IRO_CALL | IRO_SIDE)       /* dst = function aux(args) */ \
    X(CALL_METHOD,  0, IRO_CALL | IRO_SIDE)       /* dst = vtable[tid(args[0])][slot imm](args); aux = root method function */ \
    X(CALL_INDIRECT,0, IRO_CALL | IRO_SIDE)       /* dst = (function value a)(args); aux: its IrSig (-1: any function value) */ \
    X(CALL_EXTERN,  0, IRO_CALL | IRO_SIDE)       /* dst = extern aux(args) */ \
    X(BIND,         1, IRO_ALLOC)                 /* dst = new bound method value of function aux on object a;
                                                     imm >= 0: virtual, slot imm of a's class */ \
    X(FUNCADDR,     0, 0)                         /* dst (PTR) = C address of function aux (thread entries) */ \
    /* exceptions (in handler blocks) */ \
    X(GETEXC,       0, 0)                         /* dst = the exception being handled */ \
    X(CLEAREXC,     0, IRO_SIDE)                  /* the exception is handled */ \
    /* thread and transaction control (present in every build) */ \
    X(BREAKPOINT,   0, IRO_BREAK | IRO_SAFEPOINT | IRO_SIDE) /* rtrans.transaction_break_point(); imm IR_BREAK_* */ \
    X(POLL,         0, IRO_SAFEPOINT | IRO_SIDE)  /* loop back-edge poll: GC, GIL switch, STM validation */ \
    X(POLL_INTR,    0, IRO_SAFEPOINT | IRO_SIDE | IRO_RAISES) /* the same in user code, where a waiting \
                                                     KeyboardInterrupt is raised (runtime/lib/async.c) */ \
    /* inserted by the STM passes (--stm) */ \
    /* (aux of STM_READ/STM_READ_CARD/STM_WRITE/STM_WRITE_CARD and imm of \
       STM_INEVITABLE: index of the barrier's note in IrModule.notes, or -1) */ \
    X(STM_READ,     1, IRO_STM | IRO_SIDE)        /* stm_read(a) */ \
    X(STM_READ_CARD, 2, IRO_STM | IRO_SIDE)       /* stm_read_card(a, b) */ \
    X(STM_WRITE,    1, IRO_STM | IRO_SIDE)        /* stm_write(a) */ \
    X(STM_WRITE_CARD, 2, IRO_STM | IRO_SIDE)      /* stm_write_card(a, b) */ \
    X(STM_INEVITABLE, 0, IRO_STM | IRO_SIDE | IRO_SAFEPOINT) /* stm_become_inevitable(reason str const aux) */ \
    X(GC_WB,        1, IRO_SIDE)                  /* stm_gc_wb(a): GIL builds, before ref stores */ \
    X(GC_WB_CARD,   2, IRO_SIDE)                  /* stm_gc_wb_card(a, b) */

typedef enum IrOp {
#define X(name, nops, flags) IR_##name,
    IR_OPS(X)
#undef X
    IR__COUNT
} IrOp;

typedef struct IrOpInfo {
    const char *name;
    int noperands;
    uint32_t flags;
} IrOpInfo;

extern const IrOpInfo ir_ops[IR__COUNT];

/* ------------------------------------------------------------ instructions */

typedef struct IrLoc {
    int32_t file;   /* index in IrModule.files */
    int32_t line;
    int32_t col;
} IrLoc;

/* Per-instruction annotations set by passes (for reports and the backend). */
enum {
    IRI_FRESH_CHECKED = 1 << 0,  /* a read/write barrier was considered */
    IRI_ELIDED        = 1 << 1,  /* the pass decided no barrier is needed */
    IRI_INDEX_CHECKED = 1 << 2,  /* the lowering: a call of a list's __getitem__ or
                                    __setitem__, which returns only when
                                    -len <= args[1] < len (passes/ranges.c) */
    IRI_FOR_POLL      = 1 << 3   /* the lowering: the back-edge poll of a `for` over a
                                    range or a sequence (passes/quiet_loops.c) */
};

typedef struct IrInstr {
    uint16_t op;       /* IrOp */
    uint16_t flags;    /* IRI_* */
    int32_t dst;       /* vreg or -1 */
    int32_t a, b, c;   /* operand vregs or -1 */
    int32_t aux;       /* struct, function, extern, constant or vtable index */
    union {
        int64_t imm;   /* constant, field index, method slot */
        double fimm;
    };
    int32_t *args;     /* call arguments / ARRAYCOPY operands */
    int32_t nargs;
    IrLoc loc;
} IrInstr;

typedef enum IrTermKind {
    TERM_NONE,         /* under construction */
    TERM_JUMP,         /* goto succ[0] */
    TERM_BRANCH,       /* if (cond) succ[0] else succ[1] */
    TERM_EXC,          /* after a raising instruction: no exception -> succ[0],
                          exception -> succ[1] (handler block, or -1: leave) */
    TERM_RETURN,       /* return value (or -1 for void) */
    TERM_RAISE,        /* raise exception value to succ[1] (or -1) */
    TERM_RERAISE,      /* raise the exception being handled again, to succ[1] */
    TERM_UNREACHABLE
} IrTermKind;

typedef struct IrTerm {
    uint8_t kind;
    int32_t value;     /* BRANCH: condition vreg; RETURN/RAISE: value vreg */
    int32_t succ[2];
    IrLoc loc;
} IrTerm;

typedef struct IrBlock {
    IrInstr *instrs;
    int32_t ninstrs, capinstrs;
    IrTerm term;
    /* computed by ir_compute_cfg(): */
    int32_t *preds;
    int32_t npreds;
    int32_t rpo;       /* reverse post-order number, -1 if unreachable */
} IrBlock;

typedef struct IrVreg {
    IrType type;
    const char *name;  /* source name or NULL for temporaries */
    uint8_t frozen;    /* holds only objects reached through a frozen field
                          (frozen.c, --stm) */
} IrVreg;

/* Function summary: computed transitively over the call graph by
 * pass_summaries(); a function with no summary yet is assumed the worst. */
enum {
    IRF_RAISES   = 1 << 0,
    IRF_ALLOC    = 1 << 1,   /* may allocate (may collect) */
    IRF_BREAK    = 1 << 2,   /* may break the transaction */
    IRF_INEV     = 1 << 3,   /* may become inevitable */
    IRF_SUMMARIZED = 1 << 4
};

typedef struct IrFunc {
    const char *name;        /* unique C name */
    const char *src_name;    /* "Node.length" for tracebacks */
    IrLoc loc;
    IrType ret;
    int32_t nparams;
    IrVreg *vregs;
    int32_t nvregs, capvregs;
    IrBlock *blocks;
    int32_t nblocks, capblocks;
    uint32_t summary;        /* IRF_* */
    uint8_t is_method;       /* params[0] is self */
    uint8_t is_entry;        /* the program's main */
    uint8_t used_as_value;   /* needs a function-value adaptor */
    uint8_t on_cycle;        /* on a cycle of the call graph: may recurse
                                without bound (ir_find_cycles) */
    uint8_t in_step;         /* has a break point or is reached from one:
                                its loops' polls never end the
                                transaction (ir_mark_steps) */
    uint8_t no_traceback;    /* prelude code: its frames are not shown in
                                tracebacks (CPython shows no frame for a
                                builtin either) */
} IrFunc;

/* A prebuilt constant object. */
typedef struct IrConst {
    const char *bytes;       /* string constants: UTF-8 */
    int64_t len;
    bool lazy;               /* made at first evaluation (LW_LAZY_STR_MIN) */
} IrConst;

/* One virtual table: for each slot, the function implementing it. */
typedef struct IrVtable {
    int32_t sid;             /* the class struct */
    int32_t *funcs;
    int32_t nslots;
} IrVtable;

/* Prebuilt objects other than strings (module globals, ...). */
typedef struct IrGlobal {
    const char *name;
    int32_t sid;             /* a RECORD allocated at startup */
} IrGlobal;

enum {
    IRM_LOWERED  = 1 << 0,
    IRM_STM      = 1 << 1,   /* translating with --stm */
    IRM_INEV_DONE  = 1 << 2,
    IRM_WRITE_DONE = 1 << 3,
    IRM_READ_DONE  = 1 << 4
};

/* ------------------------------------------------------ barrier notes */

/* Every decision of the STM passes, kept for the barrier report
 * (passes/report.c): one note per access that could need a barrier (placed
 * or elided, with the reason), one per barrier placed away from its access
 * (hoisted), one per point that may break the transaction. */
/* The barrier kinds: one row each, read by everything that names a kind
 * (the passes, the emitter, the C verifier, the text and HTML reports, the
 * barrier-count benchmark).  Adding a kind starts here; docs/internals.md
 * "How to add a barrier kind" lists the rest.
 *   X(kind, IR op that carries it (NOP: none), C function the emitter calls
 *     (NULL: none), word in the reports, letter and colour in the HTML
 *     report, pass that places it, IRM_*_DONE once that pass ran,
 *     what the C verifier learns from the call (IRBV_*), legend text) */
#define IR_BARRIER_KINDS(X) \
    X(READ, STM_READ, "stm_read", "read", "R", "#2b6cb0", "stm_read", IRM_READ_DONE, \
      IRBV_READ, "read barrier (stm_read): the object joins the read set") \
    X(WRITE, STM_WRITE, "stm_write", "write", "W", "#c05621", "stm_write", IRM_WRITE_DONE, \
      IRBV_WRITE, "write barrier (stm_write): the object joins the write set; also the GC barrier") \
    X(CARD, STM_WRITE_CARD, "stm_write_card", "card", "C", "#6b46c1", "stm_write", \
      IRM_WRITE_DONE, IRBV_CARD, "card barrier (stm_write_card): only the written item's card") \
    X(CARDREAD, STM_READ_CARD, "stm_read_card", "cardread", "r", "#319795", "stm_read", \
      IRM_READ_DONE, IRBV_CARD_READ, \
      "card read barrier (stm_read_card): only the read item's card joins the read set") \
    X(INEV, STM_INEVITABLE, "stm_become_inevitable", "inevitable", "I", "#c53030", \
      "stm_inevitable", IRM_INEV_DONE, IRBV_INEV, \
      "the transaction becomes inevitable (I/O, C code that cannot be undone)") \
    X(BREAK, NOP, NULL, "break", "B", "#2d3748", "(lowering)", 0, IRBV_NONE, \
      "the transaction may end here: facts from before do not hold after")

typedef enum IrBarrierKind {
#define X(kind, op, cfn, word, letter, colour, pass, done, vfy, legend) IRB_##kind,
    IR_BARRIER_KINDS(X)
#undef X
    IRB__COUNT
} IrBarrierKind;

/* What a call of a barrier's C function establishes, for the C verifier
 * (backend/cverify_flow.c): the object may be read; read and written (the
 * write barrier is also the GC barrier); one card of an array may be
 * written; one item of an array may be read; the transaction is
 * inevitable. */
typedef enum IrBarrierVerify {
    IRBV_NONE, IRBV_READ, IRBV_WRITE, IRBV_CARD, IRBV_CARD_READ, IRBV_INEV
} IrBarrierVerify;

typedef struct IrBarrierInfo {
    uint16_t op;            /* IrOp; IR_NOP for a kind no pass places */
    const char *cfunc, *word, *letter, *colour, *pass;
    uint32_t done;          /* IRM_*_DONE */
    IrBarrierVerify verify;
    const char *legend;
} IrBarrierInfo;

extern const IrBarrierInfo ir_barriers[IRB__COUNT];

/* The kind an op carries (IRB__COUNT: not a barrier op); the kind whose C
 * function is `name` (IRB__COUNT: none; stm_write names WRITE). */
IrBarrierKind ir_barrier_of_op(int op);
IrBarrierKind ir_barrier_of_cfunc(const char *name);

/*  X(name, placed: 1 placed / 0 elided, text for the report) */
#define IR_WHYS(X) \
    X(NONE,         0, "") \
    /* placed */ \
    X(FIRST,        1, "first access to this value in the transaction") \
    X(AFTER_BREAK,  1, "the transaction may have broken since the last barrier") \
    X(SOME_PATHS,   1, "barriered on some incoming paths only") \
    X(AFTER_SAFEPOINT, 1, "reference store after a possible collection (GC barrier)") \
    X(HOISTED,      1, "hoisted out of the loop") \
    X(REJOIN,       1, "re-read after a possible break so the loop's header needs no barrier") \
    /* elided */ \
    X(IMMUTABLE,    0, "immutable field or item") \
    X(FROZEN,       0, "object of a frozen field: nobody writes it once stored") \
    X(OPAQUE,       0, "library object: the library places its own barriers") \
    X(FRESH,        0, "object allocated in this transaction") \
    X(READ,         0, "already read in this transaction") \
    X(WRITTEN,      0, "already written in this transaction") \
    X(HOISTED_OUT,  0, "read barrier hoisted before the loop") \
    X(INEVITABLE,   0, "transaction already inevitable") \
    /* breaks */ \
    X(BREAKPOINT,   1, "transaction break point") \
    X(ATOMIC_ENTRY, 1, "entering an atomic section ends a long transaction first") \
    X(BLOCKING,     1, "blocking call: commits before, restarts after") \
    X(CALL_BREAKS,  1, "the callee may break the transaction")

/* IR_BREAKPOINT.imm: why the program may break there. */
enum { IR_BREAK_CALL = 0, IR_BREAK_ATOMIC_ENTRY = 1 };

typedef enum IrWhy {
#define X(name, placed, text) IRW_##name,
    IR_WHYS(X)
#undef X
    IRW__COUNT
} IrWhy;

typedef struct IrWhyInfo {
    const char *name;
    int placed;
    const char *text;
} IrWhyInfo;

extern const IrWhyInfo ir_whys[IRW__COUNT];

typedef struct IrNote {
    uint8_t kind;      /* IrBarrierKind */
    uint8_t why;       /* IrWhy; ir_whys[why].placed tells placed/elided */
    uint8_t access;    /* counts as one access of the naive placement */
    uint16_t op;       /* the access (IrOp) */
    int32_t func;      /* index in IrModule.funcs */
    int32_t vreg;      /* the object, or -1 (inevitable, break) */
    int32_t sid;       /* GETFIELD/SETFIELD/...: struct aux of the access */
    int64_t field;     /* field index (GETFIELD/SETFIELD) */
    int32_t callee;    /* CALL_EXTERN: extern; CALL*: function; else -1 */
    int32_t link;      /* HOISTED_OUT: the note of the hoisted barrier;
                          HOISTED: the note of the access it covers */
    IrLoc loc;         /* where the barrier is or would have been */
} IrNote;

typedef struct IrPool IrPool;

/* Functions of the program that the support library calls back
 * (rt_program in runtime/lib/rtlib.h); -1 when absent. */
typedef enum IrHook {
    IRH_INIT,             /* () -> void: constants are ready; run the program */
    IRH_MAKE_EXC,         /* (kind: i64, message: ref) -> ref */
    IRH_EXC_NAME,         /* (exc: ref) -> ref str */
    IRH_EXC_MESSAGE,      /* (exc: ref) -> ref str */
    IRH_IS_SYSTEM_EXIT,   /* (exc: ref) -> bool */
    IRH_SYSTEM_EXIT_CODE, /* (exc: ref) -> i64 */
    IRH_IS_KEYBOARD_INTERRUPT, /* (exc: ref) -> bool */
    IRH_STR_LIST_NEW,     /* () -> ref list[str] */
    IRH_STR_LIST_APPEND,  /* (list: ref, item: ref) -> void */
    IRH__COUNT
} IrHook;

/* The calls through function values of one signature (summaries.c
 * numbers them; CALL_INDIRECT's aux is the index).  A value's adaptor is
 * a C function of the kinds of its parameters (after self, for a bound
 * method) and of its result, and the call casts `code` to the kinds of
 * its own arguments and result: the checker keeps representations equal
 * inside a Callable, so a function of other kinds is never called there.
 * A call that discards the result (a thread's target) fits any result. */
typedef struct IrSig {
    const char *key;         /* ir_sig_*_key: result letter, ':', arguments */
    uint32_t summary;        /* IRF_* union over funcs (IRF_SUMMARIZED once known) */
    int32_t *funcs;          /* functions a call of this signature may reach */
    int32_t nfuncs, capfuncs;
} IrSig;

typedef struct IrModule {
    IrPool *pool;            /* every allocation of the module, freed at once */
    const char **files;      /* source paths */
    int32_t nfiles;
    IrStruct *structs;   int32_t nstructs, capstructs;
    IrExtern *externs;   int32_t nexterns, capexterns;
    IrFunc *funcs;       int32_t nfuncs, capfuncs;
    IrConst *consts;     int32_t nconsts, capconsts;
    IrVtable *vtables;   int32_t nvtables, capvtables;
    IrGlobal *globals;   int32_t nglobals, capglobals;
    int32_t hooks[IRH__COUNT];
    uint32_t flags;      /* IRM_* */
    IrSig *sigs;         int32_t nsigs, capsigs;     /* indirect calls (summaries.c) */
    IrNote *notes;       int32_t nnotes, capnotes;   /* STM passes' decisions */
} IrModule;

/* ------------------------------------------------------------ utilities */

/* Internal errors: diag_die (frontend/diag.c, the translator's one) prints
 * the C location and exits with status 70. */
#define IR_DIE(...) diag_die(__FILE__, __LINE__, __VA_ARGS__)
#define IR_ASSERT(c) ((c) ? (void)0 : diag_die(__FILE__, __LINE__, "assertion failed: %s", #c))

/* Zeroed memory owned by the module. */
void *ir_alloc(IrModule *m, size_t size);
char *ir_strdup(IrModule *m, const char *s);
/* Grow array (of *cap elements of elem bytes) to hold need; returns it. */
void *ir_grow(IrModule *m, void *array, int32_t *cap, int32_t need, size_t elem);

/* ----------------------------------------------------------- construction */

IrModule *ir_module_new(void);
void ir_module_free(IrModule *m);
int32_t ir_add_struct(IrModule *m, const IrStruct *s);
int32_t ir_add_extern(IrModule *m, const IrExtern *x);   /* dedups by c_name */
int32_t ir_add_func(IrModule *m, const char *name, IrType ret);
int32_t ir_add_const_str(IrModule *m, const char *bytes, int64_t len); /* dedups */
int32_t ir_add_global(IrModule *m, const char *name, int32_t sid);
int32_t ir_add_file(IrModule *m, const char *path);
int32_t ir_add_vtable(IrModule *m, int32_t sid, int32_t nslots);
int32_t ir_add_note(IrModule *m, const IrNote *n);

int32_t ir_new_vreg(IrModule *m, IrFunc *f, IrType t, const char *name);
int32_t ir_new_block(IrModule *m, IrFunc *f);
/* Append an instruction to block b; returns a pointer valid until the
 * block grows again. */
IrInstr *ir_emit(IrModule *m, IrFunc *f, int32_t b, IrOp op);
void ir_insert(IrModule *m, IrFunc *f, int32_t b, int32_t pos, const IrInstr *in);
/* A blank instruction (all operands -1) for ir_insert. */
IrInstr ir_instr(IrOp op);
void ir_set_args(IrModule *m, IrInstr *in, const int32_t *args, int32_t n);
void ir_set_term(IrFunc *f, int32_t b, IrTermKind kind, int32_t value,
                 int32_t s0, int32_t s1, IrLoc loc);

static inline IrType ir_type(IrKind k) { IrType t = { (uint8_t)k, -1 }; return t; }
static inline IrType ir_ref(int32_t sid) { IrType t = { IRK_REF, sid }; return t; }

/* --------------------------------------------------------------- analysis */

/* Predecessors and reverse post-order of f's blocks. */
void ir_compute_cfg(IrModule *m, IrFunc *f);
/* Empty the blocks ir_compute_cfg finds unreachable (term `unreachable`). */
void ir_clear_unreachable(IrModule *m, IrFunc *f);
/* Successors of a terminator (at most 2, -1 excluded); returns the count. */
int ir_term_nsucc(const IrTerm *t, int32_t succ_out[2]);
/* Reachable blocks in reverse post-order (after ir_compute_cfg). */
int32_t ir_rpo_order(const IrFunc *f, int32_t *order);
/* Does the instruction possibly raise / collect / break the transaction? */
int ir_instr_raises(const IrModule *m, const IrInstr *in);
int ir_instr_is_safepoint(const IrModule *m, const IrInstr *in);
int ir_instr_breaks(const IrModule *m, const IrInstr *in);
/* Effects of a call instruction: IRF_* bits of the callee(s) (without
 * IRF_SUMMARIZED); the worst case before summaries are computed. */
uint32_t ir_call_effects(const IrModule *m, const IrInstr *in);
/* Functions a CALL_METHOD (or a virtual BIND) may reach: its root method
 * and slot imm of every vtable of a class in the root method's class
 * subtree.  out has room for m->nfuncs + 1; returns the count. */
int ir_method_targets(const IrModule *m, const IrInstr *in, int32_t *out);
/* Operand vregs of an instruction; returns how many were stored. */
int ir_instr_uses(const IrInstr *in, int32_t *uses, int max);

/* Signature keys (IrSig): of a function's adaptor, whose parameters
 * start at `first` (1 for a bound method); of a CALL_INDIRECT in f.
 * Strings owned by the module. */
const char *ir_sig_func_key(IrModule *m, const IrFunc *f, int32_t first);
const char *ir_sig_call_key(IrModule *m, const IrFunc *f, const IrInstr *in);
/* Is key the signature of that call (the verifier's check)? */
int ir_sig_call_has(const IrFunc *f, const IrInstr *in, const char *key);
/* May a call of key `call` run a function of key `func`? */
int ir_sig_fits(const char *call, const char *func);
/* A function value the program makes: `target` runs when it is called,
 * `sig_func` (its parameters from `first`) types its adaptor. */
typedef struct IrFnValue {
    int32_t target, sig_func, first;
} IrFnValue;
/* Every function value of the module: functions used as values, bound
 * methods (a virtual one reaches the slot of every vtable).  Returns the
 * count; *out is malloc'd (callgraph.c). */
int32_t ir_fn_values(const IrModule *m, IrFnValue **out);

/* Mark the functions on cycles of the call graph (callgraph.c). */
void ir_find_cycles(IrModule *m);
/* Marks in_step: the functions with a break point of the program's own
 * (transaction_break_point) and every function they may call. */
void ir_mark_steps(IrModule *m);
/* The call graph (callgraph.c): succ[f] lists what f's calls may reach:
 * direct calls, every implementation of a virtual call's slot below the
 * called method's class (ir_method_targets), every
 * function value of the call's signature for an indirect call (every
 * function value before summaries numbers them).  Nodes n.. n+extra-1 are extra
 * roots with no edges, for ir_call_graph_add. */
typedef struct IrCallGraph {
    int32_t n;
    int32_t **succ;
    int32_t *nsucc, *capsucc;
    int32_t *values;     /* functions used as values or bound */
    int32_t nvalues;
    int32_t *scratch;    /* room for m->nfuncs + 1 call targets */
} IrCallGraph;
IrCallGraph ir_call_graph(const IrModule *m, int32_t extra);
/* Edges from node `from` to what instruction in may call. */
void ir_call_graph_add(const IrModule *m, IrCallGraph *g, int32_t from, const IrInstr *in);
void ir_call_graph_free(IrCallGraph *g);

/* Check every invariant; report violations to err naming pass_name.
 * Returns the number of violations. */
int ir_verify(const IrModule *m, const char *pass_name, FILE *err);

/* Print the module (or one function) in the textual IR syntax. */
void ir_dump(const IrModule *m, FILE *out);
void ir_dump_func(const IrModule *m, const IrFunc *f, FILE *out);

#endif /* RTRANS_IR_H */
