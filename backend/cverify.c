/* cverify.c - the libclang verifier of emitted C (rtrans --stm --verify).
 *
 * It parses the C file the way the STM build compiles it (-DRTRANS_STM,
 * so RT_GC is address_space(256) under clang), refuses a file with error
 * diagnostics (clang recovers from errors by dropping expressions, so such
 * a file cannot be judged), and then checks, independently of the IR and
 * of the passes, that every access to a field or item of a GC object is
 * covered by the right barrier on every path since the last point that may
 * end the transaction, and so is every call of C that cannot be undone, by
 * stm_become_inevitable (cverify_flow.c).
 *
 * What the file tells it, by the conventions of backend/emit_*.c:
 *   - a GC access is `->` through a pointer into address space 256, or an
 *     item reached through stm_addr(x) (ARRAYCOPY's memmove);
 *   - fields whose declaration line says "/ * immutable * /" (items too)
 *     need no read barrier; fields of structs declared outside the file
 *     (the header's tid, array lengths, function values) belong to the
 *     runtime and are immutable once built;
 *   - a field whose line says "/ * frozen * /" holds objects that nobody
 *     writes once stored there (passes/frozen.c proves it): a value loaded
 *     from it, or loaded through such a value, needs no read barrier, and
 *     a write through it is an error (cverify_flow.c, fact F);
 *   - the effects of each extern come from its "rtrans-extern" comment,
 *     and so does which ones must run in an inevitable transaction (those
 *     neither "tx_safe" nor "break": I/O and other C that cannot be undone);
 *   - a virtual call `rtg_vtables[tid][K](...)` may reach the functions its
 *     "rtrans-vcall" comment names (slot K of any rtg_vtN table without
 *     one), a call through a function value `->code` any function passed
 *     to rtg_bind whose C type fits the call's cast (fnval_fits);
 *   - rtg_* helpers that return nonzero after raising run the library's
 *     exception allocation only when they return nonzero, and the slow
 *     paths of raising operations (backend.h BK_RAISE_ONLY_OPS) only
 *     when they leave stm_tl.exc set (see cverify_flow.c).
 * Breaking and collecting are computed over the call graph of every
 * function defined in the translation unit (the runtime's inline functions
 * included): a function breaks if it may reach stm_commit_transaction,
 * stm_start_transaction or stm_leave_transactional_zone, or an extern
 * marked "break"; it collects if it may reach anything that allocates.
 * A leaf the file does not describe is assumed to collect and not to
 * break: every call after which the transaction may have ended is followed
 * by the restart sequence, whose stm_start_transaction ends all facts.
 */
#include "backend/backend.h"
#include "backend/cverify.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------------ map */

static uint32_t hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

int32_t cv_map_get(const CvMap *m, const char *key)
{
    if (!m->cap)
        return -1;
    for (uint32_t i = hash(key) & (uint32_t)(m->cap - 1);; i = (i + 1) & (uint32_t)(m->cap - 1)) {
        if (!m->keys[i])
            return -1;
        if (strcmp(m->keys[i], key) == 0)
            return m->vals[i];
    }
}

static void map_grow(CvMap *m)
{
    CvMap n = { 0 };
    n.cap = m->cap ? m->cap * 2 : 64;
    n.keys = calloc((size_t)n.cap, sizeof(char *));
    n.vals = calloc((size_t)n.cap, sizeof(int32_t));
    for (int32_t i = 0; i < m->cap; i++)
        if (m->keys[i]) {
            cv_map_put(&n, m->keys[i], m->vals[i]);
            free(m->keys[i]);
        }
    free(m->keys);
    free(m->vals);
    *m = n;
}

void cv_map_put(CvMap *m, const char *key, int32_t val)
{
    if ((m->n + 1) * 2 > m->cap)
        map_grow(m);
    uint32_t i = hash(key) & (uint32_t)(m->cap - 1);
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & (uint32_t)(m->cap - 1);
    if (!m->keys[i]) {
        m->keys[i] = strdup(key);
        m->n++;
    }
    m->vals[i] = val;
}

void cv_map_free(CvMap *m)
{
    for (int32_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->vals);
    memset(m, 0, sizeof *m);
}

/* -------------------------------------------------------------- cursors */

static int is_expr_or_stmt(CXCursor c)
{
    enum CXCursorKind k = clang_getCursorKind(c);
    return clang_isExpression(k) || clang_isStatement(k) || k == CXCursor_VarDecl;
}

typedef struct Kids {
    CXCursor *out;
    int n, max;
} Kids;

static enum CXChildVisitResult collect_kid(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    Kids *k = d;
    if (!is_expr_or_stmt(c))
        return CXChildVisit_Continue;
    if (k->n == k->max && k->max >= 0)
        return CXChildVisit_Break;
    if (k->max < 0 && k->n % 16 == 0)
        k->out = realloc(k->out, sizeof(CXCursor) * (size_t)(k->n + 16));
    k->out[k->n++] = c;
    return CXChildVisit_Continue;
}

int cv_children(CXCursor c, CXCursor *out, int max)
{
    Kids k = { out, 0, max };
    clang_visitChildren(c, collect_kid, &k);
    return k.n;
}

CXCursor *cv_all_children(CXCursor c, int *n)
{
    Kids k = { malloc(sizeof(CXCursor) * 16), 0, -1 };
    clang_visitChildren(c, collect_kid, &k);
    *n = k.n;
    return k.out;
}

CXCursor cv_strip(CXCursor c)
{
    for (;;) {
        enum CXCursorKind k = clang_getCursorKind(c);
        if (k != CXCursor_ParenExpr && k != CXCursor_CStyleCastExpr && k != CXCursor_UnexposedExpr)
            return c;
        CXCursor kids[4];
        int n = cv_children(c, kids, 4);
        if (n != 1)
            return c;
        c = kids[0];
    }
}

int cv_in_main(const Cv *cv, CXCursor c)
{
    CXFile f;
    clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, NULL);
    return f && clang_File_isEqual(f, cv->file);
}

long cv_offset(const Cv *cv, CXSourceLocation loc)
{
    CXFile f;
    unsigned off;
    clang_getSpellingLocation(loc, &f, NULL, NULL, &off);
    if (!f || !clang_File_isEqual(f, cv->file))
        return -1;
    return (long)off;
}

void cv_error(Cv *cv, CXCursor at, const char *fmt, ...)
{
    unsigned line, col;
    clang_getExpansionLocation(clang_getCursorLocation(at), NULL, &line, &col, NULL);
    char *msg = NULL, *text = NULL;
    va_list ap;
    va_start(ap, fmt);
    if (vasprintf(&msg, fmt, ap) < 0)
        msg = NULL;
    va_end(ap);
    if (asprintf(&text, "%s:%u:%u: error: %s", cv->path, line, col, msg ? msg : "?") < 0)
        text = NULL;
    free(msg);
    cv->msgs = realloc(cv->msgs, sizeof(CvMsg) * (size_t)(cv->nmsgs + 1));
    cv->msgs[cv->nmsgs++] = (CvMsg){ line, col, text };
    cv->errors++;
}

static int cmp_msg(const void *a, const void *b)
{
    const CvMsg *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->col < y->col ? -1 : x->col > y->col;
}

void cv_flush_errors(Cv *cv)
{
    if (!cv->nmsgs)
        return;
    qsort(cv->msgs, (size_t)cv->nmsgs, sizeof(CvMsg), cmp_msg);
    for (int32_t i = 0; i < cv->nmsgs; i++) {
        fprintf(cv->report, "%s\n", cv->msgs[i].text ? cv->msgs[i].text : "(out of memory)");
        free(cv->msgs[i].text);
    }
    cv->nmsgs = 0;
}

/* ------------------------------------------------------------ functions */

int32_t cv_func(Cv *cv, const char *name)
{
    int32_t i = cv_map_get(&cv->func_index, name);
    if (i >= 0)
        return i;
    if (cv->nfuncs == cv->capfuncs) {
        cv->capfuncs = cv->capfuncs ? cv->capfuncs * 2 : 256;
        cv->funcs = realloc(cv->funcs, sizeof(CvFunc) * (size_t)cv->capfuncs);
    }
    CvFunc *f = &cv->funcs[cv->nfuncs];
    memset(f, 0, sizeof *f);
    f->name = strdup(name);
    f->def = clang_getNullCursor();
    cv_map_put(&cv->func_index, name, cv->nfuncs);
    return cv->nfuncs++;
}

static void add_callee(CvFunc *f, int32_t callee)
{
    for (int32_t i = 0; i < f->ncallees; i++)
        if (f->callees[i] == callee)
            return;
    if (f->ncallees == f->capcallees) {
        f->capcallees = f->capcallees ? f->capcallees * 2 : 8;
        f->callees = realloc(f->callees, sizeof(int32_t) * (size_t)f->capcallees);
    }
    f->callees[f->ncallees++] = callee;
}

static char *spelling(CXCursor c)
{
    CXString s = clang_getCursorSpelling(c);
    char *r = strdup(clang_getCString(s));
    clang_disposeString(s);
    return r;
}

/* Leaves (no body in the TU) whose effects the runtime documents. */
static const char *const breaking_leaves[] = {
    "stm_commit_transaction", "stm_start_transaction_at", "stm_leave_transactional_zone",
    "stm_resume_inevitable", "stm_restart_needed", NULL,
};
static const char *const quiet_leaves[] = {
    "stm_write_slowpath", "stm_write_card_slowpath", "stm_fragment_floor", "_setjmp", "stm_shadowstack_overflow", "stm_fatal",
    "stm_abort_transaction", "stm_is_inevitable", "stm_segments", "rt_tb_add", "rt_tb_reset",
    "memmove", "memcpy", "memset", "memcmp", "strlen", "abort", NULL,
};

/* The slow paths of the emitter's raising operations (backend.h
 * BK_RAISE_ONLY_OPS): cverify_flow.c moves their collection to the
 * exception edge of the stm_tl.exc test that follows. */
#define RAISE_ONLY_NAME(op, fn) #fn,
static const char *const raise_only_leaves[] = { BK_RAISE_ONLY_OPS(RAISE_ONLY_NAME) NULL };
#undef RAISE_ONLY_NAME

static int in_list(const char *const *list, const char *name)
{
    for (; *list; list++)
        if (strcmp(*list, name) == 0)
            return 1;
    return 0;
}

/* "rtrans-extern NAME: words" comments of the emitter. */
static void read_extern_effects(Cv *cv)
{
    const char *tag = "/* rtrans-extern ";
    for (const char *p = cv->text; (p = strstr(p, tag)); p++) {
        const char *name = p + strlen(tag), *colon = strchr(name, ':');
        const char *end = strstr(name, "*/");
        if (!colon || !end || colon > end)
            continue;
        char *n = strndup(name, (size_t)(colon - name));
        char *words = strndup(colon, (size_t)(end - colon));
        int32_t fi = cv_func(cv, n);
        CvFunc *f = &cv->funcs[fi];
        f->breaks = strstr(words, " break") != NULL;
        f->collects = strstr(words, " alloc") != NULL || f->breaks;
        /* what stm_inevitable.c guards: neither transaction-safe nor
           leaving the transactional zone itself */
        f->needs_inev = !strstr(words, " tx_safe") && !f->breaks;
        f->defined = -1;   /* described: effects are final */
        free(n);
        free(words);
    }
}

static void leaf_effects(CvFunc *f)
{
    f->raise_only = (uint8_t)in_list(raise_only_leaves, f->name);
    if (f->defined)
        return;
    if (in_list(breaking_leaves, f->name))
        f->breaks = f->collects = 1;
    else if (strncmp(f->name, "__builtin", 9) != 0 && !in_list(quiet_leaves, f->name))
        f->collects = 1;
}

/* ------------------------------------------------------ what the TU says */

static int32_t decl_ref_func(Cv *cv, CXCursor c)
{
    c = cv_strip(c);
    if (clang_getCursorKind(c) != CXCursor_DeclRefExpr)
        return -1;
    CXCursor d = clang_getCursorReferenced(c);
    if (clang_getCursorKind(d) != CXCursor_FunctionDecl)
        return -1;
    char *name = spelling(d);
    int32_t f = cv_func(cv, name);
    free(name);
    return f;
}

/* static void *const rtg_vtN[] = { (void *)fK, NULL, ... }; */
static void add_vtable(Cv *cv, CXCursor var)
{
    CXCursor init[1];
    if (cv_children(var, init, 1) != 1 || clang_getCursorKind(init[0]) != CXCursor_InitListExpr)
        return;
    int n;
    CXCursor *items = cv_all_children(init[0], &n);
    cv->vtables = realloc(cv->vtables, sizeof(int32_t *) * (size_t)(cv->nvtables + 1));
    cv->vt_nslots = realloc(cv->vt_nslots, sizeof(int32_t) * (size_t)(cv->nvtables + 1));
    int32_t *slots = malloc(sizeof(int32_t) * (size_t)(n + 1));
    for (int i = 0; i < n; i++)
        slots[i] = decl_ref_func(cv, items[i]);
    cv->vtables[cv->nvtables] = slots;
    cv->vt_nslots[cv->nvtables++] = n;
    free(items);
}

static void add_fnval(Cv *cv, int32_t f)
{
    for (int32_t i = 0; i < cv->nfnvals; i++)
        if (cv->fnvals[i] == f)
            return;
    cv->fnvals = realloc(cv->fnvals, sizeof(int32_t) * (size_t)(cv->nfnvals + 1));
    cv->fnvals[cv->nfnvals++] = f;
}

/* The rest of the declaration's line says "immutable", "frozen". */
static void note_field(Cv *cv, CXCursor field)
{
    long end = cv_offset(cv, clang_getRangeEnd(clang_getCursorExtent(field)));
    if (end < 0)
        return;
    const char *p = cv->text + end, *nl = memchr(p, '\n', cv->size - (size_t)end);
    size_t len = nl ? (size_t)(nl - p) : cv->size - (size_t)end;
    char *rest = strndup(p, len);
    CXString usr = clang_getCursorUSR(field);
    if (strstr(rest, "/* immutable */"))
        cv_map_put(&cv->immutable, clang_getCString(usr), 1);
    if (strstr(rest, "/* frozen */"))
        cv_map_put(&cv->frozen, clang_getCString(usr), 1);
    clang_disposeString(usr);
    free(rest);
}

static enum CXChildVisitResult scan_decl(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    Cv *cv = d;
    enum CXCursorKind k = clang_getCursorKind(c);
    if (k == CXCursor_FunctionDecl && clang_isCursorDefinition(c)) {
        char *name = spelling(c);
        int32_t fi = cv_func(cv, name);
        CvFunc *f = &cv->funcs[fi];
        f->def = c;
        f->defined = 1;
        f->in_main = cv_in_main(cv, c);
        free(name);
    } else if (k == CXCursor_StructDecl && cv_in_main(cv, c)) {
        return CXChildVisit_Recurse;
    } else if (k == CXCursor_FieldDecl && cv_in_main(cv, c)) {
        note_field(cv, c);
    } else if (k == CXCursor_VarDecl && cv_in_main(cv, c)) {
        char *name = spelling(c);
        if (strncmp(name, "rtg_vt", 6) == 0 && name[6] >= '0' && name[6] <= '9')
            add_vtable(cv, c);
        free(name);
    }
    return CXChildVisit_Continue;
}

/* ------------------------------------------------------------ call graph */

static int is_vtable_callee(CXCursor callee, int64_t *slot)
{
    CXCursor outer = cv_strip(callee), kids[2], inner[2];
    if (clang_getCursorKind(outer) != CXCursor_ArraySubscriptExpr || cv_children(outer, kids, 2) != 2)
        return 0;
    CXCursor base = cv_strip(kids[0]);
    if (clang_getCursorKind(base) != CXCursor_ArraySubscriptExpr || cv_children(base, inner, 2) != 2)
        return 0;
    CXCursor table = cv_strip(inner[0]);
    char *name = spelling(table);
    int ok = strcmp(name, "rtg_vtables") == 0;
    free(name);
    CXEvalResult r = clang_Cursor_Evaluate(kids[1]);
    if (!r)
        return 0;
    ok = ok && clang_EvalResult_getKind(r) == CXEval_Int;
    *slot = clang_EvalResult_getAsLongLong(r);
    clang_EvalResult_dispose(r);
    return ok;
}

static int is_fnval_callee(CXCursor callee)
{
    CXCursor c = cv_strip(callee);
    if (clang_getCursorKind(c) != CXCursor_MemberRefExpr)
        return 0;
    char *name = spelling(c);
    int ok = strcmp(name, "code") == 0;
    free(name);
    return ok;
}

static int push_target(int32_t *out, int n, int max, int32_t f)
{
    if (f < 0 || n >= max)
        return n;
    for (int i = 0; i < n; i++)
        if (out[i] == f)
            return n;
    out[n] = f;
    return n + 1;
}

static int same_type(CXType a, CXType b)
{
    return clang_equalTypes(clang_getCanonicalType(a), clang_getCanonicalType(b));
}

/* May a call through `code` cast to type `call` reach the function value
 * adaptor f?  Only if f has the argument types of the cast, and its result
 * type unless the cast's is void (the call discards it: a thread's
 * target).  A call of any other adaptor would be undefined in C; the
 * passes restrict indirect calls by the same rule (ir.h, IrSig). */
static int fnval_fits(Cv *cv, CXType call, int32_t f)
{
    if (call.kind == CXType_Pointer)
        call = clang_getPointeeType(call);
    call = clang_getCanonicalType(call);
    if (!cv->funcs[f].defined || call.kind != CXType_FunctionProto)
        return 1;
    CXType fn = clang_getCanonicalType(clang_getCursorType(cv->funcs[f].def));
    int n = clang_getNumArgTypes(call);
    if (fn.kind != CXType_FunctionProto || n != clang_getNumArgTypes(fn))
        return fn.kind != CXType_FunctionProto;
    for (int i = 0; i < n; i++)
        if (!same_type(clang_getArgType(call, (unsigned)i), clang_getArgType(fn, (unsigned)i)))
            return 0;
    CXType r = clang_getResultType(call);
    return r.kind == CXType_Void || same_type(r, clang_getResultType(fn));
}

/* The emitter names the targets of a virtual call in a comment after it
 * ("rtrans-vcall: f1 f2"): the class that introduced the method, which
 * the C does not show, limits them.  Returns their count, or -1 without
 * such a comment (then any vtable's slot may be reached). */
static int vcall_comment(Cv *cv, CXCursor call, int32_t *out, int max)
{
    long at = cv_offset(cv, clang_getRangeEnd(clang_getCursorExtent(call)));
    if (at < 0)
        return -1;
    const char *p = cv->text + at, *nl = memchr(p, '\n', cv->size - (size_t)at);
    char *rest = strndup(p, nl ? (size_t)(nl - p) : cv->size - (size_t)at);
    const char *tag = strstr(rest, "/* rtrans-vcall:");
    int n = -1;
    if (tag) {
        n = 0;
        char *names = strndup(tag + 16, strcspn(tag + 16, "*"));
        for (char *w = strtok(names, " "); w; w = strtok(NULL, " "))
            n = push_target(out, n, max, cv_func(cv, w));
        free(names);
    }
    free(rest);
    return n;
}

int cv_call_targets(Cv *cv, CXCursor call, int32_t *out, int max, int *unknown)
{
    CXCursor kids[1];
    *unknown = 0;
    CXCursor ref = clang_getCursorReferenced(call);
    if (clang_getCursorKind(ref) == CXCursor_FunctionDecl) {
        char *name = spelling(ref);
        out[0] = cv_func(cv, name);
        free(name);
        return 1;
    }
    if (cv_children(call, kids, 1) != 1) {
        *unknown = 1;
        return 0;
    }
    int n = 0;
    int64_t slot;
    if (is_vtable_callee(kids[0], &slot)) {
        n = vcall_comment(cv, call, out, max);
        if (n < 0) {
            n = 0;
            for (int32_t v = 0; v < cv->nvtables; v++)
                if (slot >= 0 && slot < cv->vt_nslots[v])
                    n = push_target(out, n, max, cv->vtables[v][slot]);
        }
    } else if (is_fnval_callee(kids[0])) {
        CXType call_type = clang_getCursorType(kids[0]);
        for (int32_t i = 0; i < cv->nfnvals; i++)
            if (fnval_fits(cv, call_type, cv->fnvals[i]))
                n = push_target(out, n, max, cv->fnvals[i]);
    } else {
        *unknown = 1;
    }
    return n;
}

typedef struct Walk {
    Cv *cv;
    int32_t fid;
} Walk;

static void bind_target(Cv *cv, CXCursor call)
{
    CXCursor ref = clang_getCursorReferenced(call);
    if (clang_getCursorKind(ref) != CXCursor_FunctionDecl)
        return;
    char *name = spelling(ref);
    int bind = strcmp(name, "rtg_bind") == 0;
    free(name);
    if (bind && clang_Cursor_getNumArguments(call) >= 1)
        add_fnval(cv, decl_ref_func(cv, clang_Cursor_getArgument(call, 0)));
}

static enum CXChildVisitResult walk_calls(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    Walk *w = d;
    if (clang_getCursorKind(c) == CXCursor_CallExpr)
        bind_target(w->cv, c);
    return CXChildVisit_Recurse;
}

static enum CXChildVisitResult walk_edges(CXCursor c, CXCursor parent, CXClientData d)
{
    (void)parent;
    Walk *w = d;
    /* The prologue's recursion check counts too: a caller may catch the
     * RecursionError or KeyboardInterrupt it raises, whose building may
     * have collected (the passes' summaries agree). */
    if (clang_getCursorKind(c) != CXCursor_CallExpr)
        return CXChildVisit_Recurse;
    int32_t targets[512];
    int unknown;
    int n = cv_call_targets(w->cv, c, targets, 512, &unknown);
    for (int i = 0; i < n; i++)
        add_callee(&w->cv->funcs[w->fid], targets[i]);
    if (unknown) {   /* an unresolved pointer call may do anything */
        w->cv->funcs[w->fid].breaks = 1;
        w->cv->funcs[w->fid].collects = 1;
    }
    return CXChildVisit_Recurse;
}

static void call_graph(Cv *cv)
{
    int32_t n = cv->nfuncs;
    for (int32_t i = 0; i < n; i++)
        if (cv->funcs[i].defined == 1) {
            Walk w = { cv, i };
            clang_visitChildren(cv->funcs[i].def, walk_calls, &w);
        }
    for (int32_t i = 0; i < cv->nfuncs; i++)
        if (cv->funcs[i].defined == 1) {
            Walk w = { cv, i };
            clang_visitChildren(cv->funcs[i].def, walk_edges, &w);
        }
    for (int32_t i = 0; i < cv->nfuncs; i++)
        leaf_effects(&cv->funcs[i]);
    for (int changed = 1; changed;) {
        changed = 0;
        for (int32_t i = 0; i < cv->nfuncs; i++) {
            CvFunc *f = &cv->funcs[i];
            for (int32_t k = 0; k < f->ncallees; k++) {
                const CvFunc *g = &cv->funcs[f->callees[k]];
                if ((g->breaks && !f->breaks) || (g->collects && !f->collects)) {
                    f->breaks |= g->breaks;
                    f->collects |= g->collects;
                    changed = 1;
                }
            }
        }
    }
}

static int field_marked(const CvMap *marked, CXCursor field)
{
    CXString usr = clang_getCursorUSR(field);
    int r = cv_map_get(marked, clang_getCString(usr)) >= 0;
    clang_disposeString(usr);
    return r;
}

int cv_field_exempt(const Cv *cv, CXCursor field)
{
    return !cv_in_main(cv, field) || field_marked(&cv->immutable, field);
}

int cv_field_frozen(const Cv *cv, CXCursor field)
{
    return cv_in_main(cv, field) && field_marked(&cv->frozen, field);
}

/* ----------------------------------------------------------------- entry */

static int parse_errors(Cv *cv)
{
    int bad = 0;
    unsigned n = clang_getNumDiagnostics(cv->tu);
    for (unsigned i = 0; i < n; i++) {
        CXDiagnostic d = clang_getDiagnostic(cv->tu, i);
        if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
            CXString s = clang_formatDiagnostic(d, clang_defaultDiagnosticDisplayOptions());
            fprintf(cv->report, "%s\n", clang_getCString(s));
            clang_disposeString(s);
            bad++;
        }
        clang_disposeDiagnostic(d);
    }
    return bad;
}

static void free_cv(Cv *cv)
{
    for (int32_t i = 0; i < cv->nfuncs; i++) {
        free(cv->funcs[i].name);
        free(cv->funcs[i].callees);
    }
    free(cv->funcs);
    for (int32_t i = 0; i < cv->nvtables; i++)
        free(cv->vtables[i]);
    free(cv->vtables);
    free(cv->vt_nslots);
    free(cv->fnvals);
    cv_flush_errors(cv);
    free(cv->msgs);
    cv_map_free(&cv->func_index);
    cv_map_free(&cv->immutable);
    cv_map_free(&cv->frozen);
}

static int judge(Cv *cv)
{
    cv->file = clang_getFile(cv->tu, cv->path);
    cv->text = cv->file ? clang_getFileContents(cv->tu, cv->file, &cv->size) : NULL;
    if (!cv->text) {
        fprintf(cv->report, "%s: error: cannot read the file\n", cv->path);
        return -1;
    }
    if (parse_errors(cv)) {
        fprintf(cv->report, "%s: error: the C file does not compile; not verified\n", cv->path);
        return -1;
    }
    read_extern_effects(cv);
    clang_visitChildren(clang_getTranslationUnitCursor(cv->tu), scan_decl, cv);
    call_graph(cv);
    cv_check_functions(cv);
    cv_flush_errors(cv);
    fprintf(cv->report, "%s: %d functions, %d GC accesses checked, %d error%s\n", cv->path,
            cv->checked_funcs, cv->accesses, cv->errors, cv->errors == 1 ? "" : "s");
    return cv->errors;
}

int cverify_file(const char *c_path, const char *include_dir, FILE *report)
{
    const char *args[] = { "-x", "c", "-std=gnu11", "-DRTRANS_STM", "-I", include_dir,
                           "-Wno-everything" };
    Cv cv = { 0 };
    cv.path = c_path;
    cv.report = report;
    CXIndex index = clang_createIndex(0, 0);
    enum CXErrorCode rc = clang_parseTranslationUnit2(index, c_path, args, 7, NULL, 0,
                                                      CXTranslationUnit_None, &cv.tu);
    int result;
    if (rc != CXError_Success || !cv.tu) {
        fprintf(report, "%s: error: libclang cannot parse the file (error %d)\n", c_path, (int)rc);
        result = -1;
    } else {
        result = judge(&cv);
        clang_disposeTranslationUnit(cv.tu);
    }
    free_cv(&cv);
    clang_disposeIndex(index);
    return result;
}
