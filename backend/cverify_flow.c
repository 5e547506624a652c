/* cverify_flow.c - barrier facts over the statements of each function of
 * the verified file, and the check of every GC access against them.
 *
 * The statement graph.  Nodes are expression statements, declarations,
 * conditions (if, loops) and labels; edges follow C's control flow, gotos
 * included (`__builtin_unreachable()` leads only to the exit).  A switch
 * is accepted in the form the emitter writes for an if/elif chain (every
 * case and the default a goto); for is refused (the emitter writes none).
 *
 * Facts, per "key" (a local variable, a parameter, or an array element
 * with a constant index such as ss[3] or rtg_globals[2]): R (stm_read or
 * stm_write since the transaction last broke), W (stm_write, or the value
 * came from stm_allocate*), G (W and no collection since), and per
 * (key, index variable) two card facts: stm_write_card (dies at a
 * collection too, as G) and stm_read_card since the transaction last
 * broke.  What each barrier function establishes is its row's IRBV_* in
 * passes/ir.h (IR_BARRIER_KINDS).  They
 * hold at a point when they hold on every path from the function entry
 * (intersection at joins; the entry has none).  Assigning a key kills its
 * facts unless the value is another key (facts copied) or a fresh object;
 * taking its address kills them.  A call that may break the transaction
 * kills all facts; one that may collect kills G and cards.  Barriers
 * inside && || ?: count on neither path (they may not run); kills there
 * count.  A helper rtg_* called in an if condition collects only on the
 * branch taken when it returns nonzero (it returns nonzero exactly when it
 * raised, which is when the library allocated the exception).  The same
 * holds for the slow path of a raising operation (a statement calling a
 * function that allocates only to raise, CvFunc.raise_only): when the
 * statements after it up to a test of stm_tl.exc only copy or assign
 * variables (the reloads of spilled references), its collection moves to
 * that test's exception edge; the edge where nothing was raised keeps G.
 * (The emitter writes `if (overflow) { rtg_overflow(); if (stm_tl.exc !=
 * 0) goto unwind; }`, and the passes let a reference store after a
 * checked addition keep the barrier placed before it.)
 *
 * One more fact, I, holds for the whole transaction: stm_become_inevitable
 * was called since it last broke (outside && || ?:).
 *
 * F, per key, is a fact of the value rather than of the transaction: the
 * key holds an object of a frozen field (loaded from a field declared
 * "frozen", or loaded through a key with F).  Nobody writes such an object
 * once it is stored (passes/frozen.c), so its reads need no barrier, and
 * breaks and collections keep F; a write through it is an error.
 *
 * Checks: a read of a field or item needs R or F, unless the field is
 * exempt (immutable, or the runtime's); a write needs W and no F, and G too when it stores
 * a reference, or a card write fact on the same index for an item, whose
 * read a card read fact on the same index covers too; a call of an
 * extern that must run inevitable (CvFunc.needs_inev) needs I.
 */
#include "backend/cverify.h"
#include "passes/ir.h"

#include <stdlib.h>
#include <string.h>

enum { F_R, F_W, F_G, F_F, F__PER_KEY };

enum { N_EXPR, N_COND, N_NOP, N_EXIT };

typedef struct Node {
    CXCursor expr;
    int kind;
    int32_t succ[2];
    int32_t first, nevents;   /* its events in Fn.events */
    int deferred_collect;     /* COND: the then edge follows a collection */
    int exc_test;             /* COND: tests stm_tl.exc */
} Node;

/* What evaluating a node does to the facts, computed once per node (the
 * AST is walked once; the fixpoint replays events). */
enum {
    E_GEN,        /* a: key, b: family (not inside && || ?:) */
    E_CARD,       /* a: pair */
    E_KILL,       /* a: key */
    E_COPY,       /* a: key <- b: key */
    E_FRESH,      /* a: key holds a fresh object */
    E_FROZEN,     /* a: key holds an object of a frozen field */
    E_DERIVE,     /* a: key <- a reference loaded through key b (F if b has F) */
    E_BREAK,      /* all facts die */
    E_COLLECT,    /* G and cards die */
    E_RAISE_COLLECT, /* E_COLLECT by a raise_only call, unless moved to the
                        exception edge of the next stm_tl.exc test (E_NOP) */
    E_NOP,
    E_ACCESS,     /* a: key, b: pair or -1; flags below */
    E_FAIL,       /* a: what cannot be verified (FAIL_*) */
    E_INEV,       /* I holds */
    E_NEED_INEV   /* a: the function called, which needs I */
};
enum { FAIL_NOT_VARIABLE, FAIL_ITEMS, FAIL_DEREF };

typedef struct Event {
    uint8_t op;
    uint8_t reads, writes, exempt, ref;
    int32_t a, b;
    int32_t rpair;          /* E_ACCESS of an item: its card read pair, or -1 */
    CXCursor at;
} Event;

typedef struct Pair {
    int32_t key, index;
    int read;               /* stm_read_card's fact, else stm_write_card's */
} Pair;

typedef struct Fn {
    Cv *cv;
    const CvFunc *func;
    Node *nodes;
    int32_t nnodes, capnodes;
    CvMap labels;           /* label name -> node */
    CvMap keys;             /* key text -> key id */
    int32_t nkeys;
    Pair *pairs;            /* card facts */
    int32_t npairs;
    int32_t nwords;         /* of a fact set */
    int unsupported;
    Event *events;
    int32_t nevents, capevents;
} Fn;

/* ------------------------------------------------------------ fact sets */

static int32_t bit_of(const Fn *fn, int32_t key, int fam)
{
    (void)fn;
    return key * F__PER_KEY + fam;
}
static int32_t bit_pair(const Fn *fn, int32_t pair) { return fn->nkeys * F__PER_KEY + pair; }
static int32_t bit_inev(const Fn *fn) { return fn->nkeys * F__PER_KEY + fn->npairs; }

static int has(const uint64_t *s, int32_t b) { return (s[b >> 6] >> (b & 63)) & 1; }
static void set1(uint64_t *s, int32_t b) { s[b >> 6] |= (uint64_t)1 << (b & 63); }
static void clr1(uint64_t *s, int32_t b) { s[b >> 6] &= ~((uint64_t)1 << (b & 63)); }

/* ---------------------------------------------------------------- keys */

static char *cursor_name(CXCursor c)
{
    CXString s = clang_getCursorSpelling(c);
    char *r = strdup(clang_getCString(s));
    clang_disposeString(s);
    return r;
}

/* The key an expression names ("v3", "ss[2]"), or NULL. */
static char *key_text(CXCursor e)
{
    e = cv_strip(e);
    enum CXCursorKind k = clang_getCursorKind(e);
    if (k == CXCursor_DeclRefExpr) {
        CXCursor d = clang_getCursorReferenced(e);
        enum CXCursorKind dk = clang_getCursorKind(d);
        return dk == CXCursor_VarDecl || dk == CXCursor_ParmDecl ? cursor_name(d) : NULL;
    }
    CXCursor kids[2];
    if (k != CXCursor_ArraySubscriptExpr || cv_children(e, kids, 2) != 2)
        return NULL;
    CXCursor base = cv_strip(kids[0]), idx = cv_strip(kids[1]);
    if (clang_getCursorKind(base) != CXCursor_DeclRefExpr
        || clang_getCursorKind(idx) != CXCursor_IntegerLiteral)
        return NULL;
    CXEvalResult r = clang_Cursor_Evaluate(idx);
    if (!r)
        return NULL;
    char *name = cursor_name(base), *text = NULL;
    if (asprintf(&text, "%s[%lld]", name, clang_EvalResult_getAsLongLong(r)) < 0)
        text = NULL;
    clang_EvalResult_dispose(r);
    free(name);
    return text;
}

static int32_t key_of(Fn *fn, CXCursor e)
{
    char *t = key_text(e);
    if (!t)
        return -1;
    int32_t k = cv_map_get(&fn->keys, t);
    if (k < 0) {
        k = fn->nkeys++;
        cv_map_put(&fn->keys, t, k);
    }
    free(t);
    return k;
}

static int32_t pair_of(Fn *fn, int32_t key, int32_t index, int read, int add)
{
    for (int32_t i = 0; i < fn->npairs; i++)
        if (fn->pairs[i].key == key && fn->pairs[i].index == index
            && fn->pairs[i].read == read)
            return i;
    if (!add)
        return -1;
    fn->pairs = realloc(fn->pairs, sizeof(Pair) * (size_t)(fn->npairs + 1));
    fn->pairs[fn->npairs] = (Pair){ .key = key, .index = index, .read = read };
    return fn->npairs++;
}

static int same_name(const char *name, const char *cfunc)
{
    return cfunc && strcmp(name, cfunc) == 0;
}

/* What a call of the function `name` establishes, if it is a barrier. */
static IrBarrierVerify barrier_verify(const char *name)
{
#define X(kind, op, cfn, word, letter, colour, pass, done, vfy, legend) \
    if (same_name(name, cfn))                                       \
        return vfy;
    IR_BARRIER_KINDS(X)
#undef X
    return IRBV_NONE;
}

static int card_barrier(IrBarrierVerify v)
{
    return v == IRBV_CARD || v == IRBV_CARD_READ;
}

static enum CXChildVisitResult collect_keys(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    Fn *fn = d;
    key_of(fn, c);
    if (clang_getCursorKind(c) == CXCursor_CallExpr && clang_Cursor_getNumArguments(c) == 2) {
        char *name = cursor_name(c);
        IrBarrierVerify v = barrier_verify(name);
        if (card_barrier(v)) {
            int32_t k = key_of(fn, clang_Cursor_getArgument(c, 0));
            int32_t i = key_of(fn, clang_Cursor_getArgument(c, 1));
            if (k >= 0 && i >= 0)
                pair_of(fn, k, i, v == IRBV_CARD_READ, 1);
        }
        free(name);
    }
    return CXChildVisit_Recurse;
}

/* --------------------------------------------------------------- graph */

static int32_t new_node(Fn *fn, int kind, CXCursor expr)
{
    if (fn->nnodes == fn->capnodes) {
        fn->capnodes = fn->capnodes ? fn->capnodes * 2 : 64;
        fn->nodes = realloc(fn->nodes, sizeof(Node) * (size_t)fn->capnodes);
    }
    Node *n = &fn->nodes[fn->nnodes];
    n->kind = kind;
    n->expr = expr;
    n->succ[0] = n->succ[1] = -1;
    n->first = n->nevents = 0;
    n->deferred_collect = n->exc_test = 0;
    return fn->nnodes++;
}

static int32_t label_node(Fn *fn, const char *name)
{
    int32_t n = cv_map_get(&fn->labels, name);
    if (n < 0) {
        n = new_node(fn, N_NOP, clang_getNullCursor());
        cv_map_put(&fn->labels, name, n);
    }
    return n;
}

static int32_t build(Fn *fn, CXCursor s, int32_t next, int32_t brk, int32_t cont);

static int32_t build_compound(Fn *fn, CXCursor s, int32_t next, int32_t brk, int32_t cont)
{
    int n;
    CXCursor *kids = cv_all_children(s, &n);
    for (int i = n - 1; i >= 0; i--)
        next = build(fn, kids[i], next, brk, cont);
    free(kids);
    return next;
}

static int32_t build_if(Fn *fn, CXCursor s, int32_t next, int32_t brk, int32_t cont)
{
    CXCursor kids[3];
    int n = cv_children(s, kids, 3);
    int32_t c = new_node(fn, N_COND, kids[0]);
    int32_t t = build(fn, kids[1], next, brk, cont);
    int32_t e = n == 3 ? build(fn, kids[2], next, brk, cont) : next;
    fn->nodes[c].succ[0] = t;
    fn->nodes[c].succ[1] = e;
    return c;
}

static int32_t build_loop(Fn *fn, CXCursor s, int32_t next, int is_do)
{
    CXCursor kids[2];
    cv_children(s, kids, 2);
    CXCursor cond = is_do ? kids[1] : kids[0], body = is_do ? kids[0] : kids[1];
    int32_t c = new_node(fn, N_COND, cond);
    int32_t b = build(fn, body, c, next, c);
    fn->nodes[c].succ[0] = b;
    fn->nodes[c].succ[1] = next;
    return is_do ? b : c;
}

static int32_t build_label(Fn *fn, CXCursor s, int32_t next, int32_t brk, int32_t cont)
{
    char *name = cursor_name(s);
    int32_t l = label_node(fn, name);
    free(name);
    CXCursor kids[1];
    int32_t body = cv_children(s, kids, 1) ? build(fn, kids[0], next, brk, cont) : next;
    fn->nodes[l].succ[0] = body;
    return l;
}

static int32_t build_goto(Fn *fn, CXCursor s)
{
    CXCursor target = clang_getCursorReferenced(s);
    char *name = cursor_name(target);
    int32_t l = label_node(fn, name);
    free(name);
    return l;
}

static int32_t unsupported(Fn *fn, CXCursor s, int32_t next)
{
    cv_error(fn->cv, s, "%s: unsupported statement: cannot verify this function",
             fn->func->name);
    fn->unsupported = 1;
    return next;
}

/* switch (x) { case K: goto L; ... default: goto D; }: the condition, then
 * a fork per case (its goto, or the next fork), the last fork going to the
 * default (or past the switch). */
static int32_t build_switch(Fn *fn, CXCursor s, int32_t next)
{
    CXCursor kids[2];
    if (cv_children(s, kids, 2) != 2 || clang_getCursorKind(kids[1]) != CXCursor_CompoundStmt)
        return unsupported(fn, s, next);
    int n;
    CXCursor *arms = cv_all_children(kids[1], &n);
    int32_t rest = next;
    for (int i = n - 1; i >= 0 && !fn->unsupported; i--) {
        enum CXCursorKind k = clang_getCursorKind(arms[i]);
        CXCursor sub[2];
        int nsub = cv_children(arms[i], sub, 2);
        CXCursor body = sub[nsub > 0 ? nsub - 1 : 0];
        if ((k != CXCursor_CaseStmt && k != CXCursor_DefaultStmt) || nsub < 1 ||
            clang_getCursorKind(body) != CXCursor_GotoStmt) {
            unsupported(fn, arms[i], next);
            break;
        }
        if (k == CXCursor_DefaultStmt) {
            rest = build_goto(fn, body);
            continue;
        }
        int32_t fork = new_node(fn, N_NOP, clang_getNullCursor());
        fn->nodes[fork].succ[0] = build_goto(fn, body);
        fn->nodes[fork].succ[1] = rest;
        rest = fork;
    }
    free(arms);
    int32_t c = new_node(fn, N_EXPR, kids[0]);
    fn->nodes[c].succ[0] = rest;
    return c;
}

/* A statement that is a call.  `__builtin_unreachable()` (the emitter's
 * TERM_UNREACHABLE, e.g. the exit of `while True`) never reaches the
 * statement after it, which is often a label that gotos enter with their
 * own facts: its only edge is to the exit, as a return's. */
static int32_t build_call(Fn *fn, CXCursor s, int32_t next)
{
    char *name = cursor_name(s);
    int32_t e = new_node(fn, N_EXPR, s);
    fn->nodes[e].succ[0] = strcmp(name, "__builtin_unreachable") == 0 ? 0 : next;
    free(name);
    return e;
}

static int32_t build(Fn *fn, CXCursor s, int32_t next, int32_t brk, int32_t cont)
{
    switch (clang_getCursorKind(s)) {
    case CXCursor_CompoundStmt: return build_compound(fn, s, next, brk, cont);
    case CXCursor_IfStmt: return build_if(fn, s, next, brk, cont);
    case CXCursor_WhileStmt: return build_loop(fn, s, next, 0);
    case CXCursor_DoStmt: return build_loop(fn, s, next, 1);
    case CXCursor_LabelStmt: return build_label(fn, s, next, brk, cont);
    case CXCursor_GotoStmt: return build_goto(fn, s);
    case CXCursor_NullStmt: return next;
    case CXCursor_BreakStmt: return brk;
    case CXCursor_ContinueStmt: return cont;
    case CXCursor_ReturnStmt: {
        int32_t r = new_node(fn, N_EXPR, s);
        fn->nodes[r].succ[0] = 0;      /* node 0 is the exit */
        return r;
    }
    case CXCursor_SwitchStmt: return build_switch(fn, s, next);
    case CXCursor_CallExpr:
        return build_call(fn, s, next);
    case CXCursor_ForStmt:
    case CXCursor_IndirectGotoStmt:
        return unsupported(fn, s, next);
    default: {
        int32_t e = new_node(fn, N_EXPR, s);
        fn->nodes[e].succ[0] = next;
        return e;
    }
    }
}

/* -------------------------------------------------------- expressions */

enum { CTX_READ, CTX_STORE, CTX_RMW, CTX_ADDR_READ, CTX_ADDR_WRITE };

/* What an expression evaluates to, for assignments. */
typedef struct Val {
    int kind;              /* V_NONE, V_KEY, V_FRESH, V_FROZEN, V_LOADED */
    int32_t key;           /* V_KEY; V_LOADED: the key loaded through */
} Val;

enum { V_NONE, V_KEY, V_FRESH, V_FROZEN, V_LOADED };

typedef struct Ev {
    Fn *fn;
    int conditional;       /* inside && || ?: : barriers do not count */
    int in_cond;           /* evaluating an if condition */
    int deferred_collect;  /* an rtg_* helper of the condition collects */
} Ev;

static Event *emit(Ev *ev, int op, int32_t a, int32_t b)
{
    Fn *fn = ev->fn;
    if (fn->nevents == fn->capevents) {
        fn->capevents = fn->capevents ? fn->capevents * 2 : 256;
        fn->events = realloc(fn->events, sizeof(Event) * (size_t)fn->capevents);
    }
    Event *e = &fn->events[fn->nevents++];
    memset(e, 0, sizeof *e);
    e->op = (uint8_t)op;
    e->a = a;
    e->b = b;
    e->rpair = -1;
    e->at = clang_getNullCursor();
    return e;
}

static Val eval(Ev *ev, CXCursor e, int ctx);

static Val none(void) { Val v = { V_NONE, -1 }; return v; }

static void kill_key(Ev *ev, int32_t k)
{
    emit(ev, E_KILL, k, -1);
}

static void gen(Ev *ev, int32_t k, int fam)
{
    if (!ev->conditional && k >= 0)
        emit(ev, E_GEN, k, fam);
}

static void assign(Ev *ev, int32_t k, Val v)
{
    if (v.kind == V_KEY && v.key == k)
        return;
    if (ev->conditional || v.kind == V_NONE)
        emit(ev, E_KILL, k, -1);
    else if (v.kind == V_KEY)
        emit(ev, E_COPY, k, v.key);
    else if (v.kind == V_FROZEN)
        emit(ev, E_FROZEN, k, -1);
    else if (v.kind == V_LOADED)
        emit(ev, E_DERIVE, k, v.key);
    else
        emit(ev, E_FRESH, k, -1);
}

static void fail(Ev *ev, CXCursor at, int what)
{
    emit(ev, E_FAIL, what, -1)->at = at;
}

/* Source text of a cursor (for messages). */
static char *text_of(const Cv *cv, CXCursor c)
{
    CXSourceRange r = clang_getCursorExtent(c);
    long a = cv_offset(cv, clang_getRangeStart(r)), b = cv_offset(cv, clang_getRangeEnd(r));
    if (a < 0 || b < a)
        return strdup("?");
    return strndup(cv->text + a, (size_t)(b - a));
}

static const char *key_name(const Fn *fn, int32_t k)
{
    for (int32_t i = 0; i < fn->keys.cap; i++)
        if (fn->keys.keys[i] && fn->keys.vals[i] == k)
            return fn->keys.keys[i];
    return "?";
}

static void violation(Fn *fn, CXCursor at, const char *what, int32_t k, const char *need)
{
    Cv *cv = fn->cv;
    CXString file;
    unsigned line;
    clang_getPresumedLocation(clang_getCursorLocation(at), &file, &line, NULL);
    char *text = text_of(cv, at), *where = NULL;
    const char *src = clang_getCString(file);
    if (strcmp(src, cv->path) == 0 || asprintf(&where, " (%s:%u)", src, line) < 0)
        where = NULL;
    cv_error(cv, at, "in %s%s: %s of '%s' without %s(%s) on every path since the "
             "transaction may have last broken", fn->func->name, where ? where : "",
             what, text, need, key_name(fn, k));
    free(where);
    clang_disposeString(file);
    free(text);
}

/* Is the value of this type a GC reference (a pointer into address space
 * 256)? */
static int is_gc_pointer(CXType t)
{
    t = clang_getCanonicalType(t);
    return t.kind == CXType_Pointer && clang_getAddressSpace(clang_getPointeeType(t)) == 256;
}

/* The object of a GC access through member expression m: its key, or -2
 * when m is not a GC access. */
static int32_t gc_base(Ev *ev, CXCursor m, CXCursor *base_out)
{
    CXCursor kids[1];
    if (cv_children(m, kids, 1) != 1)
        return -2;
    *base_out = kids[0];
    CXCursor b = cv_strip(kids[0]);
    if (clang_getCursorKind(b) == CXCursor_CallExpr) {
        char *name = cursor_name(b);
        int addr = strcmp(name, "stm_addr") == 0 && clang_Cursor_getNumArguments(b) == 1;
        free(name);
        if (addr)
            return key_of(ev->fn, clang_Cursor_getArgument(b, 0));
    }
    if (!is_gc_pointer(clang_getCursorType(kids[0])))
        return -2;
    return key_of(ev->fn, kids[0]);
}

static int is_items(CXCursor field)
{
    return clang_getCursorType(field).kind == CXType_IncompleteArray;
}

/* A field or item access: checked when the facts are known. */
static void check_access(Ev *ev, CXCursor at, int32_t k, int ctx, int exempt, int ref, int32_t index)
{
    if (k < 0) {
        fail(ev, at, FAIL_NOT_VARIABLE);
        return;
    }
    Event *e = emit(ev, E_ACCESS, k, index >= 0 ? pair_of(ev->fn, k, index, 0, 0) : -1);
    e->rpair = index >= 0 ? pair_of(ev->fn, k, index, 1, 0) : -1;
    e->at = at;
    e->reads = ctx == CTX_READ || ctx == CTX_RMW || ctx == CTX_ADDR_READ;
    e->writes = ctx == CTX_STORE || ctx == CTX_RMW || ctx == CTX_ADDR_WRITE;
    e->exempt = (uint8_t)exempt;
    e->ref = (uint8_t)ref;
}

/* stm_tl.exc: a condition testing it branches to the exception path of a
 * call, after the library may have allocated the exception. */
static int is_exception_test(CXCursor member)
{
    CXCursor kids[1];
    if (cv_children(member, kids, 1) != 1)
        return 0;
    char *field = cursor_name(member), *base = cursor_name(cv_strip(kids[0]));
    int r = strcmp(field, "exc") == 0 && strcmp(base, "stm_tl") == 0;
    free(field);
    free(base);
    return r;
}

/* The value of a reference loaded from the object of key k: frozen when
 * the field is, or when k holds an object of a frozen field (fact F). */
static Val loaded(CXCursor e, int32_t k, int ctx, int frozen_field)
{
    if (ctx != CTX_READ || !is_gc_pointer(clang_getCursorType(e)))
        return none();
    if (frozen_field)
        return (Val){ V_FROZEN, -1 };
    return (Val){ V_LOADED, k };
}

static Val eval_member(Ev *ev, CXCursor e, int ctx)
{
    CXCursor base;
    int32_t k = gc_base(ev, e, &base);
    if (k == -2 && ev->in_cond && is_exception_test(e))
        ev->deferred_collect = 1;
    if (k == -2) {
        CXCursor kids[1];
        if (cv_children(e, kids, 1) == 1)
            eval(ev, kids[0], CTX_READ);
        return none();
    }
    eval(ev, base, CTX_READ);
    CXCursor field = clang_getCursorReferenced(e);
    if (is_items(field)) {
        fail(ev, e, FAIL_ITEMS);
        return none();
    }
    check_access(ev, e, k, ctx, cv_field_exempt(ev->fn->cv, field),
                 is_gc_pointer(clang_getCursorType(e)), -1);
    return loaded(e, k, ctx, cv_field_frozen(ev->fn->cv, field));
}

static Val eval_subscript(Ev *ev, CXCursor e, int ctx)
{
    CXCursor kids[2], base;
    if (cv_children(e, kids, 2) != 2)
        return none();
    CXCursor m = cv_strip(kids[0]);
    int32_t k = -2;
    if (clang_getCursorKind(m) == CXCursor_MemberRefExpr && is_items(clang_getCursorReferenced(m)))
        k = gc_base(ev, m, &base);
    if (k == -2) {
        int32_t key = key_of(ev->fn, e);
        if (key >= 0)
            return (Val){ V_KEY, key };
        eval(ev, kids[0], CTX_READ);
        eval(ev, kids[1], CTX_READ);
        return none();
    }
    eval(ev, base, CTX_READ);
    eval(ev, kids[1], CTX_READ);
    CXCursor field = clang_getCursorReferenced(m);
    check_access(ev, e, k, ctx, cv_field_exempt(ev->fn->cv, field),
                 is_gc_pointer(clang_getCursorType(e)), key_of(ev->fn, kids[1]));
    return loaded(e, k, ctx, 0);
}

/* ------------------------------------------------------------------ calls */

static void barrier_call(Ev *ev, IrBarrierVerify v, CXCursor call)
{
    int32_t k = clang_Cursor_getNumArguments(call) >= 1
                    ? key_of(ev->fn, clang_Cursor_getArgument(call, 0)) : -1;
    if (v == IRBV_READ) {
        gen(ev, k, F_R);
    } else if (v == IRBV_WRITE) {
        gen(ev, k, F_R);
        gen(ev, k, F_W);
        gen(ev, k, F_G);
    } else if (card_barrier(v) && k >= 0 && !ev->conditional) {
        int32_t p = pair_of(ev->fn, k, key_of(ev->fn, clang_Cursor_getArgument(call, 1)),
                            v == IRBV_CARD_READ, 0);
        if (p >= 0)
            emit(ev, E_CARD, p, -1);
    }
}

static void call_effects(Ev *ev, CXCursor call, const char *name)
{
    Cv *cv = ev->fn->cv;
    int32_t targets[512];
    int unknown;
    int n = cv_call_targets(cv, call, targets, 512, &unknown);
    int breaks = unknown, collects = unknown, raise_only = n > 0 && !unknown;
    for (int i = 0; i < n; i++) {
        breaks |= cv->funcs[targets[i]].breaks;
        collects |= cv->funcs[targets[i]].collects;
        raise_only &= cv->funcs[targets[i]].raise_only;
        if (cv->funcs[targets[i]].needs_inev)
            emit(ev, E_NEED_INEV, targets[i], -1)->at = call;
    }
    if (breaks) {
        emit(ev, E_BREAK, -1, -1);
    } else if (collects) {
        if (ev->in_cond && name && strncmp(name, "rtg_", 4) == 0)
            ev->deferred_collect = 1;
        else
            emit(ev, raise_only && !ev->in_cond && !ev->conditional ? E_RAISE_COLLECT : E_COLLECT,
                 -1, -1);
    }
}

static int arg_ctx(const char *name, int i)
{
    if (!name)
        return CTX_READ;
    if (i == 0 && (!strcmp(name, "memmove") || !strcmp(name, "memcpy") || !strcmp(name, "memset")))
        return CTX_ADDR_WRITE;
    if (i == 1 && (!strcmp(name, "memmove") || !strcmp(name, "memcpy")))
        return CTX_ADDR_READ;
    return CTX_READ;
}

static Val eval_call(Ev *ev, CXCursor e)
{
    CXCursor ref = clang_getCursorReferenced(e);
    char *name = clang_getCursorKind(ref) == CXCursor_FunctionDecl ? cursor_name(ref) : NULL;
    CXCursor kids[1];
    if (!name && cv_children(e, kids, 1) == 1)
        eval(ev, kids[0], CTX_READ);
    int nargs = clang_Cursor_getNumArguments(e);
    for (int i = 0; i < nargs; i++)
        eval(ev, clang_Cursor_getArgument(e, i), arg_ctx(name, i));
    Val r = none();
    IrBarrierVerify v = name ? barrier_verify(name) : IRBV_NONE;
    if (v != IRBV_NONE && v != IRBV_INEV)
        barrier_call(ev, v, e);
    else
        call_effects(ev, e, name);
    if (name && !strcmp(name, "stm_become_inevitable") && !ev->conditional)
        emit(ev, E_INEV, -1, -1);
    if (name && (!strcmp(name, "stm_allocate") || !strcmp(name, "stm_allocate_var")
                 || !strcmp(name, "rtg_new_array")))
        r.kind = V_FRESH;
    free(name);
    return r;
}

/* ------------------------------------------------------------ operators */

/* The operator between the two operands of a binary operator, from the
 * file's text ("" when the operands are not both in the file). */
static char *binop(const Cv *cv, CXCursor lhs, CXCursor rhs)
{
    long a = cv_offset(cv, clang_getRangeEnd(clang_getCursorExtent(lhs)));
    long b = cv_offset(cv, clang_getRangeStart(clang_getCursorExtent(rhs)));
    if (a < 0 || b < a)
        return strdup("");
    while (a < b && (cv->text[a] == ' ' || cv->text[a] == '\n' || cv->text[a] == '\t'))
        a++;
    while (b > a && (cv->text[b - 1] == ' ' || cv->text[b - 1] == '\n' || cv->text[b - 1] == '\t'))
        b--;
    return strndup(cv->text + a, (size_t)(b - a));
}

static Val eval_binary(Ev *ev, CXCursor e)
{
    CXCursor kids[2];
    if (cv_children(e, kids, 2) != 2)
        return none();
    char *op = binop(ev->fn->cv, kids[0], kids[1]);
    Val r = none();
    if (strcmp(op, "=") == 0) {
        r = eval(ev, kids[1], CTX_READ);
        int32_t k = key_of(ev->fn, kids[0]);
        if (k >= 0)
            assign(ev, k, r);
        else
            eval(ev, kids[0], CTX_STORE);
    } else if (strcmp(op, "&&") == 0 || strcmp(op, "||") == 0) {
        eval(ev, kids[0], CTX_READ);
        ev->conditional++;
        eval(ev, kids[1], CTX_READ);
        ev->conditional--;
    } else {
        eval(ev, kids[0], CTX_READ);
        eval(ev, kids[1], CTX_READ);
    }
    free(op);
    return r;
}

static Val eval_compound_assign(Ev *ev, CXCursor e)
{
    CXCursor kids[2];
    if (cv_children(e, kids, 2) != 2)
        return none();
    eval(ev, kids[1], CTX_READ);
    int32_t k = key_of(ev->fn, kids[0]);
    if (k >= 0)
        kill_key(ev, k);
    else
        eval(ev, kids[0], CTX_RMW);
    return none();
}

/* The operator of a unary expression: text outside its operand. */
static char *unop(const Cv *cv, CXCursor e, CXCursor operand)
{
    CXSourceRange whole = clang_getCursorExtent(e), inner = clang_getCursorExtent(operand);
    long a = cv_offset(cv, clang_getRangeStart(whole)), b = cv_offset(cv, clang_getRangeStart(inner));
    long c = cv_offset(cv, clang_getRangeEnd(inner)), d = cv_offset(cv, clang_getRangeEnd(whole));
    if (a < 0 || b < a || c < 0 || d < c)
        return strdup("?");
    if (b > a)
        return strndup(cv->text + a, (size_t)(b - a));
    return strndup(cv->text + c, (size_t)(d - c));
}

static Val eval_unary(Ev *ev, CXCursor e, int ctx)
{
    CXCursor kids[1];
    if (cv_children(e, kids, 1) != 1)
        return none();
    char *op = unop(ev->fn->cv, e, kids[0]);
    int32_t k = key_of(ev->fn, kids[0]);
    if (strcmp(op, "&") == 0) {
        if (k >= 0)
            kill_key(ev, k);
        else
            eval(ev, kids[0], ctx == CTX_ADDR_READ ? CTX_ADDR_READ : CTX_ADDR_WRITE);
    } else if (strcmp(op, "++") == 0 || strcmp(op, "--") == 0) {
        if (k >= 0)
            kill_key(ev, k);
        else
            eval(ev, kids[0], CTX_RMW);
    } else if (strcmp(op, "*") == 0 && is_gc_pointer(clang_getCursorType(kids[0]))) {
        fail(ev, e, FAIL_DEREF);
    } else {
        eval(ev, kids[0], CTX_READ);
    }
    free(op);
    return none();
}

static void eval_decl(Ev *ev, CXCursor decl)
{
    int n;
    CXCursor *vars = cv_all_children(decl, &n);
    for (int i = 0; i < n; i++) {
        if (clang_getCursorKind(vars[i]) != CXCursor_VarDecl)
            continue;
        CXCursor init[1];
        Val v = cv_children(vars[i], init, 1) == 1 ? eval(ev, init[0], CTX_READ) : none();
        char *name = cursor_name(vars[i]);
        int32_t k = cv_map_get(&ev->fn->keys, name);
        free(name);
        if (k >= 0)
            assign(ev, k, v);
    }
    free(vars);
}

static void eval_all(Ev *ev, CXCursor e)
{
    int n;
    CXCursor *kids = cv_all_children(e, &n);
    for (int i = 0; i < n; i++)
        eval(ev, kids[i], CTX_READ);
    free(kids);
}

static Val eval(Ev *ev, CXCursor e, int ctx)
{
    switch (clang_getCursorKind(e)) {
    case CXCursor_ParenExpr:
    case CXCursor_CStyleCastExpr:
    case CXCursor_UnexposedExpr: {
        CXCursor kids[4];
        int n = cv_children(e, kids, 4);
        if (n == 1)
            return eval(ev, kids[0], ctx);
        eval_all(ev, e);
        return none();
    }
    case CXCursor_DeclRefExpr: {
        int32_t k = key_of(ev->fn, e);
        return k >= 0 ? (Val){ V_KEY, k } : none();
    }
    case CXCursor_MemberRefExpr: return eval_member(ev, e, ctx);
    case CXCursor_ArraySubscriptExpr: return eval_subscript(ev, e, ctx);
    case CXCursor_CallExpr: return eval_call(ev, e);
    case CXCursor_BinaryOperator: return eval_binary(ev, e);
    case CXCursor_CompoundAssignOperator: return eval_compound_assign(ev, e);
    case CXCursor_UnaryOperator: return eval_unary(ev, e, ctx);
    case CXCursor_ConditionalOperator: {
        CXCursor kids[3];
        int n = cv_children(e, kids, 3);
        if (n > 0)
            eval(ev, kids[0], CTX_READ);
        ev->conditional++;
        for (int i = 1; i < n; i++)
            eval(ev, kids[i], CTX_READ);
        ev->conditional--;
        return none();
    }
    case CXCursor_UnaryExpr:       /* sizeof, alignof: not evaluated */
        return none();
    case CXCursor_DeclStmt:
        eval_decl(ev, e);
        return none();
    default:
        eval_all(ev, e);
        return none();
    }
}

/* ------------------------------------------------------------- solving */

typedef struct Solver {
    Fn *fn;
    uint64_t *in;          /* nnodes * nwords */
    uint8_t *reached;
} Solver;

static uint64_t *in_of(Solver *sv, int32_t n) { return sv->in + (size_t)n * (size_t)sv->fn->nwords; }

static void kill_facts(Fn *fn, uint64_t *s, int32_t k)
{
    for (int f = 0; f < F__PER_KEY; f++)
        clr1(s, bit_of(fn, k, f));
    for (int32_t p = 0; p < fn->npairs; p++)
        if (fn->pairs[p].key == k || fn->pairs[p].index == k)
            clr1(s, bit_pair(fn, p));
}

static void collect_facts(Fn *fn, uint64_t *s)
{
    for (int32_t k = 0; k < fn->nkeys; k++)
        clr1(s, bit_of(fn, k, F_G));
    for (int32_t p = 0; p < fn->npairs; p++)
        if (!fn->pairs[p].read)
            clr1(s, bit_pair(fn, p));
}

static void report_fail(Fn *fn, const Event *e)
{
    static const char *const what[] = {
        [FAIL_NOT_VARIABLE] = "the object is not a variable",
        [FAIL_ITEMS] = "array items used without an index",
        [FAIL_DEREF] = "a GC pointer dereferenced with *",
    };
    char *text = text_of(fn->cv, e->at);
    cv_error(fn->cv, e->at, "in %s: cannot verify '%s': %s", fn->func->name, text, what[e->a]);
    free(text);
}

static void check_event(Fn *fn, const Event *e, const uint64_t *s)
{
    fn->cv->accesses++;
    int frozen = has(s, bit_of(fn, e->a, F_F));
    if (e->reads && !e->exempt && !frozen && !has(s, bit_of(fn, e->a, F_R))
        && !(e->rpair >= 0 && has(s, bit_pair(fn, e->rpair))))
        violation(fn, e->at, "read", e->a, "stm_read");
    if (e->writes && frozen) {
        char *text = text_of(fn->cv, e->at);
        cv_error(fn->cv, e->at, "in %s: write of '%s' into an object of a frozen field (%s)",
                 fn->func->name, text, key_name(fn, e->a));
        free(text);
    }
    if (!e->writes || (e->b >= 0 && has(s, bit_pair(fn, e->b))))
        return;
    if (!has(s, bit_of(fn, e->a, F_W)))
        violation(fn, e->at, "write", e->a, "stm_write");
    else if (e->ref && !has(s, bit_of(fn, e->a, F_G)))
        violation(fn, e->at, "reference store after a possible collection", e->a, "stm_write");
}

static void check_inevitable(Fn *fn, const Event *e, const uint64_t *s)
{
    if (has(s, bit_inev(fn)))
        return;
    Cv *cv = fn->cv;
    CXString file;
    unsigned line;
    clang_getPresumedLocation(clang_getCursorLocation(e->at), &file, &line, NULL);
    const char *src = clang_getCString(file);
    char *where = NULL;
    if (strcmp(src, cv->path) == 0 || asprintf(&where, " (%s:%u)", src, line) < 0)
        where = NULL;
    cv_error(cv, e->at, "in %s%s: call of '%s', which cannot be undone, without "
             "stm_become_inevitable() on every path since the transaction may have "
             "last broken", fn->func->name, where ? where : "", cv->funcs[e->a].name);
    free(where);
    clang_disposeString(file);
}

static void copy_facts(Fn *fn, uint64_t *s, int32_t dst, int32_t src)
{
    int facts[F__PER_KEY];
    for (int f = 0; f < F__PER_KEY; f++)
        facts[f] = has(s, bit_of(fn, src, f));
    kill_facts(fn, s, dst);
    for (int f = 0; f < F__PER_KEY; f++)
        if (facts[f])
            set1(s, bit_of(fn, dst, f));
}

/* E_FROZEN, E_DERIVE: the key holds a new value, frozen or not. */
static void derive(Fn *fn, uint64_t *s, const Event *e)
{
    int frozen = e->op == E_FROZEN || has(s, bit_of(fn, e->b, F_F));
    kill_facts(fn, s, e->a);
    if (frozen)
        set1(s, bit_of(fn, e->a, F_F));
}

/* A break ends what the transaction did; which values are frozen stays. */
static void break_facts(Fn *fn, uint64_t *s)
{
    uint8_t *frozen = malloc((size_t)fn->nkeys + 1);
    for (int32_t k = 0; k < fn->nkeys; k++)
        frozen[k] = (uint8_t)has(s, bit_of(fn, k, F_F));
    memset(s, 0, sizeof(uint64_t) * (size_t)fn->nwords);
    for (int32_t k = 0; k < fn->nkeys; k++)
        if (frozen[k])
            set1(s, bit_of(fn, k, F_F));
    free(frozen);
}

static void replay(Fn *fn, const Event *e, uint64_t *s, int check)
{
    switch (e->op) {
    case E_GEN: set1(s, bit_of(fn, e->a, e->b)); break;
    case E_CARD: set1(s, bit_pair(fn, e->a)); break;
    case E_KILL: kill_facts(fn, s, e->a); break;
    case E_COPY: copy_facts(fn, s, e->a, e->b); break;
    case E_FRESH:
        kill_facts(fn, s, e->a);
        for (int f = F_R; f <= F_G; f++)
            set1(s, bit_of(fn, e->a, f));
        break;
    case E_FROZEN:
    case E_DERIVE: derive(fn, s, e); break;
    case E_BREAK: break_facts(fn, s); break;
    case E_COLLECT:
    case E_RAISE_COLLECT: collect_facts(fn, s); break;
    case E_NOP: break;
    case E_ACCESS: if (check) check_event(fn, e, s); break;
    case E_FAIL: if (check) report_fail(fn, e); break;
    case E_INEV: set1(s, bit_inev(fn)); break;
    case E_NEED_INEV:
        if (check) {
            fn->cv->accesses++;
            check_inevitable(fn, e, s);
        }
        break;
    }
}

/* Facts after node n: on its first (then) edge and its second (else). */
static void transfer(Solver *sv, int32_t n, uint64_t *out0, uint64_t *out1, int check)
{
    Fn *fn = sv->fn;
    const Node *node = &fn->nodes[n];
    memcpy(out0, in_of(sv, n), sizeof(uint64_t) * (size_t)fn->nwords);
    for (int32_t i = 0; i < node->nevents; i++)
        replay(fn, &fn->events[node->first + i], out0, check);
    memcpy(out1, out0, sizeof(uint64_t) * (size_t)fn->nwords);
    if (node->deferred_collect)
        collect_facts(fn, out0);
}

/* Is the condition true exactly when an exception was raised?  The
 * emitter's forms: `stm_tl.exc != 0`, maybe inside STM_UNLIKELY(...),
 * read from the file (the operators of the macro's expansion are spelled
 * in the runtime's header, so the expression tree cannot be read back). */
static int tests_raised(const Cv *cv, CXCursor c)
{
    static const char *const forms[] = {
        "stm_tl.exc!=0", "STM_UNLIKELY(stm_tl.exc!=0)", "(stm_tl.exc!=0)", NULL,
    };
    CXSourceRange r = clang_getCursorExtent(c);
    CXFile fa, fb;
    unsigned a, b;
    clang_getExpansionLocation(clang_getRangeStart(r), &fa, NULL, NULL, &a);
    clang_getExpansionLocation(clang_getRangeEnd(r), &fb, NULL, NULL, &b);
    if (!fa || !fb || !clang_File_isEqual(fa, cv->file) || !clang_File_isEqual(fb, cv->file) ||
        b < a || b - a > 64 || b > cv->size)
        return 0;
    char text[72];
    size_t n = 0;
    for (unsigned i = a; i < b; i++)
        if (cv->text[i] != ' ' && cv->text[i] != '\t' && cv->text[i] != '\n')
            text[n++] = cv->text[i];
    text[n] = 0;
    for (int i = 0; forms[i]; i++)
        if (strcmp(text, forms[i]) == 0)
            return 1;
    return 0;
}

/* Walk each node's expression once, recording its events. */
static void compile_nodes(Fn *fn)
{
    for (int32_t n = 0; n < fn->nnodes; n++) {
        Node *node = &fn->nodes[n];
        node->first = fn->nevents;
        if (node->kind == N_EXPR || node->kind == N_COND) {
            Ev ev = { fn, 0, node->kind == N_COND, 0 };
            eval(&ev, node->expr, CTX_READ);
            fn->nodes[n].deferred_collect = ev.deferred_collect;
            fn->nodes[n].exc_test = node->kind == N_COND && tests_raised(fn->cv, node->expr);
        }
        fn->nodes[n].nevents = fn->nevents - fn->nodes[n].first;
    }
}

/* Do events [from, to) of the function only copy or assign variables
 * (which commute with a collection)? */
static int only_assignments(const Fn *fn, int32_t from, int32_t to)
{
    for (int32_t i = from; i < to; i++)
        if (fn->events[i].op != E_COPY && fn->events[i].op != E_KILL)
            return 0;
    return 1;
}

enum { MAX_RELOADS = 256 };

/* The stm_tl.exc test that node n's raise_only call reaches through
 * statements that only assign variables, or -1. */
static int32_t exception_test_after(const Fn *fn, int32_t n)
{
    int32_t m = fn->nodes[n].succ[0];
    for (int hops = 0; m > 0 && hops < MAX_RELOADS; hops++) {
        const Node *node = &fn->nodes[m];
        if (node->kind == N_COND)
            return node->exc_test ? m : -1;
        if (node->kind != N_EXPR || !only_assignments(fn, node->first, node->first + node->nevents))
            return -1;
        m = node->succ[0];
    }
    return -1;
}

/* A raise_only call whose statement is followed by a test of stm_tl.exc
 * collects on that test's exception edge only (see the file comment). */
static void move_raise_collections(Fn *fn)
{
    for (int32_t n = 0; n < fn->nnodes; n++) {
        Node *node = &fn->nodes[n];
        int32_t end = node->first + node->nevents;
        for (int32_t i = node->first; node->kind == N_EXPR && i < end; i++) {
            Event *e = &fn->events[i];
            if (e->op != E_RAISE_COLLECT || !only_assignments(fn, i + 1, end))
                continue;
            int32_t t = exception_test_after(fn, n);
            if (t < 0)
                break;
            e->op = E_NOP;
            fn->nodes[t].deferred_collect = 1;   /* already: the test's then edge */
        }
    }
}

static int meet(Solver *sv, int32_t n, const uint64_t *facts)
{
    uint64_t *in = in_of(sv, n);
    int changed = !sv->reached[n];
    sv->reached[n] = 1;
    for (int32_t i = 0; i < sv->fn->nwords; i++) {
        uint64_t v = in[i] & facts[i];
        changed |= v != in[i];
        in[i] = v;
    }
    return changed;
}

static void solve(Solver *sv, int32_t entry)
{
    Fn *fn = sv->fn;
    size_t words = (size_t)fn->nwords;
    sv->in = malloc(sizeof(uint64_t) * words * (size_t)(fn->nnodes + 1));
    memset(sv->in, 0xff, sizeof(uint64_t) * words * (size_t)fn->nnodes);
    sv->reached = calloc((size_t)fn->nnodes + 1, 1);
    memset(in_of(sv, entry), 0, sizeof(uint64_t) * words);
    sv->reached[entry] = 1;
    uint64_t *o0 = malloc(sizeof(uint64_t) * words), *o1 = malloc(sizeof(uint64_t) * words);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t n = 0; n < fn->nnodes; n++) {
            if (!sv->reached[n])
                continue;
            transfer(sv, n, o0, o1, 0);
            const Node *node = &fn->nodes[n];
            if (node->succ[0] >= 0)
                changed |= meet(sv, node->succ[0], o0);
            if (node->succ[1] >= 0)
                changed |= meet(sv, node->succ[1], o1);
        }
    }
    for (int32_t n = 0; n < fn->nnodes; n++)
        if (sv->reached[n])
            transfer(sv, n, o0, o1, 1);
    free(o0);
    free(o1);
    free(sv->in);
    free(sv->reached);
}

/* ------------------------------------------------------------ functions */

static CXCursor body_of(CXCursor def)
{
    int n;
    CXCursor *kids = cv_all_children(def, &n), body = clang_getNullCursor();
    for (int i = 0; i < n; i++)
        if (clang_getCursorKind(kids[i]) == CXCursor_CompoundStmt)
            body = kids[i];
    free(kids);
    return body;
}

static void check_function(Cv *cv, const CvFunc *func)
{
    CXCursor body = body_of(func->def);
    if (clang_Cursor_isNull(body))
        return;
    Fn fn = { 0 };
    fn.cv = cv;
    fn.func = func;
    clang_visitChildren(body, collect_keys, &fn);
    fn.nwords = (fn.nkeys * F__PER_KEY + fn.npairs + 1) / 64 + 1;
    new_node(&fn, N_EXIT, clang_getNullCursor());          /* node 0 */
    int32_t entry = build(&fn, body, 0, 0, 0);
    if (!fn.unsupported) {
        compile_nodes(&fn);
        move_raise_collections(&fn);
        Solver sv = { &fn, NULL, NULL };
        solve(&sv, entry);
        cv->checked_funcs++;
    }
    free(fn.nodes);
    free(fn.events);
    free(fn.pairs);
    cv_map_free(&fn.labels);
    cv_map_free(&fn.keys);
}

void cv_check_functions(Cv *cv)
{
    for (int32_t i = 0; i < cv->nfuncs; i++)
        if (cv->funcs[i].defined == 1 && cv->funcs[i].in_main)
            check_function(cv, &cv->funcs[i]);
}
