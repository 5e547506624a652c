/* check_webs.c - a variable reused for values of another type once its
 * earlier values are dead, as RPython allowed (each block sees one type):
 *
 *     for s in shapes:          # s: Shape
 *         s.draw()
 *     s = "done"                # a new variable s': str
 *
 * Assumes: a function body as parsed, before chk_function declares its
 * locals.
 * Guarantees: the assignments of an unannotated local are split into
 * *webs*: two assignments are in one web when some use of the variable
 * may see either of them (reaching definitions over the function's
 * control flow, joined at each use).  Every web but the first is renamed
 * (NAME ids "s'1", "s'2": no identifier contains a quote), so that the
 * checker gives each web a local of its own, typed by its first
 * assignment.  Local.name and every message show the name as written.
 * Refuses (leaves the variable whole): annotated variables (the
 * annotation types every assignment, as mypy does), `global` names,
 * except-as names, and every variable of a function that contains a
 * nested function, a lambda or a statement this pass does not know
 * (a closure may read any assignment).  A use that two assignments of
 * different types both reach stays one variable: the checker reports the
 * second assignment.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"

/* ------------------------------------------------------------- the state */

typedef struct Def {
    Ast *name;          /* the NAME node assigned */
    int var;
    int parent;         /* union-find over the defs of one variable */
} Def;

typedef struct Use {
    Ast *name;
    int def;            /* a def reaching it (after the walk: its web), or -1 */
} Use;

/* NAME node -> index (of a def or a use), hashed by address: a function
 * with thousands of assignments must not make the walk quadratic. */
typedef struct AstIndex {
    Ast **keys;
    int *vals;
    int cap, n;
} AstIndex;

static unsigned ast_slot(const Ast *p, int cap)
{
    uint64_t x = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ull;
    return (unsigned)(x >> 32) & (unsigned)(cap - 1);
}

static int aidx_get(const AstIndex *ix, const Ast *k)
{
    if (!ix->cap)
        return -1;
    for (unsigned i = ast_slot(k, ix->cap); ix->keys[i]; i = (i + 1) & (unsigned)(ix->cap - 1))
        if (ix->keys[i] == k)
            return ix->vals[i];
    return -1;
}

static void aidx_put(Arena *a, AstIndex *ix, Ast *k, int v)
{
    if (2 * (ix->n + 1) > ix->cap) {
        AstIndex big = { 0 };
        big.cap = ix->cap ? 2 * ix->cap : 64;
        big.keys = arena_alloc(a, (size_t)big.cap * sizeof *big.keys);
        big.vals = arena_alloc(a, (size_t)big.cap * sizeof *big.vals);
        memset(big.keys, 0, (size_t)big.cap * sizeof *big.keys);
        for (int i = 0; i < ix->cap; i++)
            if (ix->keys[i])
                aidx_put(a, &big, ix->keys[i], ix->vals[i]);
        *ix = big;
    }
    unsigned i = ast_slot(k, ix->cap);
    while (ix->keys[i] && ix->keys[i] != k)
        i = (i + 1) & (unsigned)(ix->cap - 1);
    if (!ix->keys[i])
        ix->n++;
    ix->keys[i] = k;
    ix->vals[i] = v;
}

typedef struct Webs {
    Arena *arena;
    AstIndex def_at, use_at;
    const char **vars;  /* candidate variable names */
    unsigned char *frozen;   /* per var: never split */
    int nvars, capvars;
    Def *defs;
    int ndefs, capdefs;
    Use *uses;
    int nuses, capuses;
    int words;          /* bitset words per state (fixed after collection) */
    bool give_up;       /* the function cannot be split at all */
    /* loop context of the walk */
    uint64_t *brk, *cont;
} Webs;

static int find_var(Webs *w, const char *name)
{
    for (int i = 0; i < w->nvars; i++)
        if (strcmp(w->vars[i], name) == 0)
            return i;
    return -1;
}

static int add_var(Webs *w, const char *name)
{
    int i = find_var(w, name);
    if (i >= 0)
        return i;
    VEC_PUSH(w->arena, w->vars, w->nvars, w->capvars, name);
    int cap = w->nvars - 1;
    unsigned char *nf = arena_alloc(w->arena, (size_t)w->nvars);
    if (cap > 0)
        memcpy(nf, w->frozen, (size_t)cap);
    w->frozen = nf;
    return w->nvars - 1;
}

static int root(Webs *w, int d)
{
    while (w->defs[d].parent != d)
        d = w->defs[d].parent = w->defs[w->defs[d].parent].parent;
    return d;
}

static void join_defs(Webs *w, int a, int b)
{
    a = root(w, a);
    b = root(w, b);
    if (a != b)
        w->defs[a > b ? a : b].parent = a > b ? b : a;   /* the earlier def leads */
}

/* ------------------------------------------------------------ bit sets */

static uint64_t *st_new(Webs *w)
{
    return arena_alloc(w->arena, (size_t)w->words * sizeof(uint64_t) + 8);
}

static uint64_t *st_copy(Webs *w, const uint64_t *s)
{
    uint64_t *r = st_new(w);
    memcpy(r, s, (size_t)w->words * sizeof *r);
    return r;
}

static bool st_or(Webs *w, uint64_t *into, const uint64_t *s)
{
    bool changed = false;
    for (int i = 0; i < w->words; i++) {
        uint64_t n = into[i] | s[i];
        changed |= n != into[i];
        into[i] = n;
    }
    return changed;
}


/* ------------------------------------------------- pass 1: collection */

/* Defs are numbered in source order by a first walk that records every
 * NAME stored, so that the second walk can run on fixed-size states. */
static void collect_target(Webs *w, Ast *t)
{
    if (!t)
        return;
    if (t->kind == AST_NAME) {
        Def d = { t, add_var(w, t->u.name.id), w->ndefs };
        VEC_PUSH(w->arena, w->defs, w->ndefs, w->capdefs, d);
        aidx_put(w->arena, &w->def_at, d.name, w->ndefs - 1);
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->u.seq.items.n; i++)
            collect_target(w, t->u.seq.items.items[i]);
    } else if (t->kind == AST_STARRED) {
        collect_target(w, t->u.unary.operand);
    }
}

static void freeze(Webs *w, const char *name)
{
    int v = add_var(w, name);     /* add_var may move w->frozen */
    w->frozen[v] = 1;
}

static void collect_body(Webs *w, AstList *body);

/* The names a pattern reads (the root of a value pattern `Color.RED`, a
 * class pattern's class) are never split: the walk below sees its
 * captures only. */
static void freeze_pattern_refs(Ast *p, void *data)
{
    Ast *root = p->kind == AST_ATTR ? p : p->kind == AST_CALL ? p->u.call.func : NULL;
    while (root && root->kind == AST_ATTR)
        root = root->u.attr.obj;
    if (root && root->kind == AST_NAME)
        freeze(data, root->u.name.id);
    if (p->kind == AST_CALL)
        for (int i = 0; i < p->u.call.args.n; i++)
            freeze_pattern_refs(p->u.call.args.items[i], data);
    else if (p->kind != AST_ATTR)
        ast_visit_children(p, freeze_pattern_refs, data);
}

static void collect_match(Webs *w, Ast *s)
{
    for (int i = 0; i < s->u.match.cases.n; i++) {
        Ast *cs = s->u.match.cases.items[i];
        AstList caps = { 0 };
        chk_match_captures(w->arena, cs->u.mcase.pattern, &caps);
        for (int k = 0; k < caps.n; k++)
            collect_target(w, caps.items[k]);
        freeze_pattern_refs(cs->u.mcase.pattern, w);
        collect_body(w, &cs->u.mcase.body);
    }
}

/* A walrus target is never split: its stores sit inside expressions,
 * which the walk below reads as uses only. */
static void freeze_walrus(Ast *named, void *data)
{
    freeze(data, named->u.named.target->u.name.id);
}

static void collect_stmt(Webs *w, Ast *s)
{
    chk_walrus_stmt(s, freeze_walrus, w);
    switch (s->kind) {
    case AST_ASSIGN:
        for (int i = 0; i < s->u.assign.targets.n; i++)
            collect_target(w, s->u.assign.targets.items[i]);
        break;
    case AST_ANNASSIGN:
        collect_target(w, s->u.annassign.target);
        if (s->u.annassign.target->kind == AST_NAME)
            freeze(w, s->u.annassign.target->u.name.id);
        break;
    case AST_AUGASSIGN: collect_target(w, s->u.augassign.target); break;
    case AST_FOR:
        collect_target(w, s->u.loop.target);
        /* fallthrough */
    case AST_WHILE: collect_body(w, &s->u.loop.body); collect_body(w, &s->u.loop.orelse); break;
    case AST_IF: collect_body(w, &s->u.if_.body); collect_body(w, &s->u.if_.orelse); break;
    case AST_WITH:
        for (int i = 0; i < s->u.with.items.n; i++)
            collect_target(w, s->u.with.items.items[i]->u.withitem.target);
        collect_body(w, &s->u.with.body);
        break;
    case AST_TRY:
        collect_body(w, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.n; i++) {
            Ast *h = s->u.try_.handlers.items[i];
            if (h->u.handler.name)
                freeze(w, h->u.handler.name);
            collect_body(w, &h->u.handler.body);
        }
        collect_body(w, &s->u.try_.orelse);
        collect_body(w, &s->u.try_.finalbody);
        break;
    case AST_GLOBAL: case AST_NONLOCAL:
        for (int i = 0; i < s->u.names.n; i++)
            freeze(w, s->u.names.names[i]);
        break;
    case AST_MATCH: collect_match(w, s); break;
    case AST_EXPR_STMT: case AST_RETURN: case AST_RAISE: case AST_ASSERT: case AST_DEL:
    case AST_PASS: case AST_BREAK: case AST_CONTINUE:
        break;
    default:
        w->give_up = true;      /* nested def, class, import... */
        break;
    }
}

static void collect_body(Webs *w, AstList *body)
{
    for (int i = 0; i < body->n && !w->give_up; i++)
        collect_stmt(w, body->items[i]);
}

/* --------------------------------------------------- pass 2: the walk */

/* The state after assigning def d: other defs of its variable killed. */
/* Only the defs in the state matter: walk its set bits. */
static void assign_def(Webs *w, uint64_t *st, int d)
{
    int v = w->defs[d].var;
    for (int i = 0; i < w->words; i++)
        for (uint64_t bits = st[i]; bits; bits &= bits - 1) {
            int k = i * 64 + __builtin_ctzll(bits);
            if (w->defs[k].var == v)
                st[i] &= ~(1ull << (k & 63));
        }
    st[d >> 6] |= 1ull << (d & 63);
}

static int def_of(Webs *w, Ast *name)
{
    return aidx_get(&w->def_at, name);
}

/* A use of a variable: every def reaching it joins one web. */
static void use_name(Webs *w, const uint64_t *st, Ast *name)
{
    int v = find_var(w, name->u.name.id);
    if (v < 0)
        return;
    int first = -1;
    for (int i = 0; i < w->words; i++)
        for (uint64_t bits = st[i]; bits; bits &= bits - 1) {
            int k = i * 64 + __builtin_ctzll(bits);
            if (w->defs[k].var != v)
                continue;
            if (first < 0)
                first = k;
            else
                join_defs(w, first, k);
        }
    Use u = { name, first };
    int i = aidx_get(&w->use_at, name);
    if (i >= 0) {                          /* walked again in a loop */
        if (w->uses[i].def < 0)
            w->uses[i].def = first;
        else if (first >= 0)
            join_defs(w, w->uses[i].def, first);
        return;
    }
    VEC_PUSH(w->arena, w->uses, w->nuses, w->capuses, u);
    aidx_put(w->arena, &w->use_at, name, w->nuses - 1);
}

typedef struct Shadow {
    const struct Shadow *outer;
    AstList *targets;     /* comprehension targets visible here */
} Shadow;

static bool shadowed(const Shadow *sh, const char *name);

static bool target_binds(const Ast *t, const char *name)
{
    if (t->kind == AST_NAME)
        return strcmp(t->u.name.id, name) == 0;
    if (t->kind == AST_TUPLE || t->kind == AST_LIST)
        for (int i = 0; i < t->u.seq.items.n; i++)
            if (target_binds(t->u.seq.items.items[i], name))
                return true;
    if (t->kind == AST_STARRED)
        return target_binds(t->u.unary.operand, name);
    return false;
}

static bool shadowed(const Shadow *sh, const char *name)
{
    for (; sh; sh = sh->outer)
        for (int i = 0; i < sh->targets->n; i++)
            if (target_binds(sh->targets->items[i]->u.compfor.target, name))
                return true;
    return false;
}

typedef struct ExprCtx {
    Webs *w;
    const uint64_t *st;
    const Shadow *sh;
} ExprCtx;

static void walk_expr(Ast *e, void *data);

static void walk_comp(ExprCtx *x, Ast *e)
{
    AstList *fors = &e->u.comp.fors;
    AstList seen = { 0 };
    Shadow sh = { x->sh, &seen };
    ExprCtx in = { x->w, x->st, &sh };
    for (int i = 0; i < fors->n; i++) {
        Ast *f = fors->items[i];
        walk_expr(f->u.compfor.iter, i == 0 ? (void *)x : (void *)&in);
        ast_list_push(x->w->arena, &seen, f);
        for (int j = 0; j < f->u.compfor.ifs.n; j++)
            walk_expr(f->u.compfor.ifs.items[j], &in);
    }
    walk_expr(e->u.comp.elt, &in);
    if (e->u.comp.value)
        walk_expr(e->u.comp.value, &in);
}

static void walk_expr(Ast *e, void *data)
{
    ExprCtx *x = data;
    if (!e)
        return;
    switch (e->kind) {
    case AST_NAME:
        if (!shadowed(x->sh, e->u.name.id))
            use_name(x->w, x->st, e);
        return;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        walk_comp(x, e);
        return;
    case AST_LAMBDA:
        x->w->give_up = true;   /* a closure may read any assignment */
        return;
    case AST_COMPFOR:
        return;                 /* walked by walk_comp */
    default:
        ast_visit_children(e, walk_expr, x);
    }
}

static void uses_in(Webs *w, const uint64_t *st, Ast *e)
{
    ExprCtx x = { w, st, NULL };
    walk_expr(e, &x);
}

/* Stores into a target; items of subscripts and attributes are uses. */
static void store_target(Webs *w, uint64_t *st, Ast *t)
{
    if (!t)
        return;
    switch (t->kind) {
    case AST_NAME: {
        int d = def_of(w, t);
        if (d >= 0)
            assign_def(w, st, d);
        return;
    }
    case AST_TUPLE: case AST_LIST:
        for (int i = 0; i < t->u.seq.items.n; i++)
            store_target(w, st, t->u.seq.items.items[i]);
        return;
    case AST_STARRED: store_target(w, st, t->u.unary.operand); return;
    default: uses_in(w, st, t); return;     /* a.f = v, a[i] = v read a and i */
    }
}

static uint64_t *walk_body(Webs *w, AstList *body, uint64_t *st);

/* st: the state at the loop head from outside.  Walks the body until the
 * state at its head stops growing. */
static uint64_t *walk_loop(Webs *w, Ast *s, uint64_t *st)
{
    uint64_t *saved_brk = w->brk, *saved_cont = w->cont;
    uint64_t *head = st_copy(w, st), *exit = st_new(w);
    w->brk = st_new(w);
    for (int round = 0; round < 64; round++) {
        w->cont = st_new(w);
        uint64_t *in = st_copy(w, head);
        if (s->kind == AST_WHILE)
            uses_in(w, in, s->u.loop.test);
        else
            store_target(w, in, s->u.loop.target);
        if (s->kind == AST_WHILE)
            st_or(w, exit, in);         /* the test fails */
        uint64_t *end = walk_body(w, &s->u.loop.body, in);
        st_or(w, end, w->cont);
        if (!st_or(w, head, end))
            break;
    }
    if (s->kind == AST_FOR)
        st_or(w, exit, head);           /* the iterable ends */
    exit = walk_body(w, &s->u.loop.orelse, exit);
    st_or(w, exit, w->brk);
    w->brk = saved_brk;
    w->cont = saved_cont;
    return exit;
}

/* Every def assigned anywhere in body (an exception may leave it at any
 * point: a handler sees them all). */
static void defs_in(Webs *w, AstList *body, uint64_t *into);

static void defs_in_target(Webs *w, Ast *t, uint64_t *into)
{
    if (!t)
        return;
    if (t->kind == AST_NAME) {
        int d = def_of(w, t);
        if (d >= 0)
            into[d >> 6] |= 1ull << (d & 63);
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->u.seq.items.n; i++)
            defs_in_target(w, t->u.seq.items.items[i], into);
    } else if (t->kind == AST_STARRED) {
        defs_in_target(w, t->u.unary.operand, into);
    }
}

static void defs_in_stmt(Webs *w, Ast *s, uint64_t *into)
{
    switch (s->kind) {
    case AST_ASSIGN:
        for (int i = 0; i < s->u.assign.targets.n; i++)
            defs_in_target(w, s->u.assign.targets.items[i], into);
        break;
    case AST_ANNASSIGN: defs_in_target(w, s->u.annassign.target, into); break;
    case AST_AUGASSIGN: defs_in_target(w, s->u.augassign.target, into); break;
    case AST_FOR: defs_in_target(w, s->u.loop.target, into);
        /* fallthrough */
    case AST_WHILE: defs_in(w, &s->u.loop.body, into); defs_in(w, &s->u.loop.orelse, into); break;
    case AST_IF: defs_in(w, &s->u.if_.body, into); defs_in(w, &s->u.if_.orelse, into); break;
    case AST_WITH:
        for (int i = 0; i < s->u.with.items.n; i++)
            defs_in_target(w, s->u.with.items.items[i]->u.withitem.target, into);
        defs_in(w, &s->u.with.body, into);
        break;
    case AST_TRY:
        defs_in(w, &s->u.try_.body, into);
        for (int i = 0; i < s->u.try_.handlers.n; i++)
            defs_in(w, &s->u.try_.handlers.items[i]->u.handler.body, into);
        defs_in(w, &s->u.try_.orelse, into);
        defs_in(w, &s->u.try_.finalbody, into);
        break;
    case AST_MATCH:
        for (int i = 0; i < s->u.match.cases.n; i++) {
            Ast *cs = s->u.match.cases.items[i];
            AstList caps = { 0 };
            chk_match_captures(w->arena, cs->u.mcase.pattern, &caps);
            for (int k = 0; k < caps.n; k++)
                defs_in_target(w, caps.items[k], into);
            defs_in(w, &cs->u.mcase.body, into);
        }
        break;
    default:
        break;
    }
}

static void defs_in(Webs *w, AstList *body, uint64_t *into)
{
    for (int i = 0; i < body->n; i++)
        defs_in_stmt(w, body->items[i], into);
}

static uint64_t *walk_try(Webs *w, Ast *s, uint64_t *st)
{
    uint64_t *handler_in = st_copy(w, st);
    defs_in(w, &s->u.try_.body, handler_in);
    uint64_t *out = walk_body(w, &s->u.try_.body, st_copy(w, st));
    out = walk_body(w, &s->u.try_.orelse, out);
    for (int i = 0; i < s->u.try_.handlers.n; i++) {
        Ast *h = s->u.try_.handlers.items[i];
        uses_in(w, handler_in, h->u.handler.type);
        st_or(w, out, walk_body(w, &h->u.handler.body, st_copy(w, handler_in)));
    }
    if (s->u.try_.finalbody.n) {
        /* reached on every exit, exceptions and returns included */
        uint64_t *fin = st_copy(w, out);
        st_or(w, fin, handler_in);
        for (int i = 0; i < s->u.try_.handlers.n; i++)
            defs_in(w, &s->u.try_.handlers.items[i]->u.handler.body, fin);
        defs_in(w, &s->u.try_.orelse, fin);
        out = walk_body(w, &s->u.try_.finalbody, fin);
    }
    return out;
}

/* An __exit__ returning true swallows the exception and goes on after the
 * statement: what reached its entry or any assignment after it may reach
 * the code after.  The types are not known yet, so every with statement
 * is taken as one that may swallow. */
static uint64_t *walk_with(Webs *w, Ast *s, uint64_t *st)
{
    uint64_t *swallow = NULL;
    for (int i = 0; i < s->u.with.items.n; i++) {
        Ast *it = s->u.with.items.items[i];
        uses_in(w, st, it->u.withitem.expr);
        if (!swallow)
            swallow = st_copy(w, st);
        defs_in_target(w, it->u.withitem.target, swallow);
        store_target(w, st, it->u.withitem.target);
    }
    defs_in(w, &s->u.with.body, swallow);
    uint64_t *out = walk_body(w, &s->u.with.body, st);
    st_or(w, out, swallow);
    return out;
}

/* A case binds its captures (each alternative of an or-pattern binds the
 * same names: all of them reach the body, as one variable), then runs
 * the guard and the body.  A case that fails may leave any of its
 * captures bound (CPython binds as it goes), so the next case sees the
 * state before it or after its pattern, and so does the code after a
 * match no case took. */
static uint64_t *walk_case(Webs *w, Ast *cs, uint64_t *st, uint64_t *out)
{
    AstList caps = { 0 };
    chk_match_captures(w->arena, cs->u.mcase.pattern, &caps);
    uint64_t *bound = st_copy(w, st), *gen = st_new(w);
    for (int k = 0; k < caps.n; k++) {
        int d = def_of(w, caps.items[k]);
        if (d < 0)
            continue;
        assign_def(w, bound, d);
        gen[d >> 6] |= 1ull << (d & 63);
        for (int j = 0; j < k; j++) {   /* the same name in another alternative */
            int e = def_of(w, caps.items[j]);
            if (e >= 0 && w->defs[e].var == w->defs[d].var)
                join_defs(w, e, d);
        }
    }
    st_or(w, bound, gen);
    uses_in(w, bound, cs->u.mcase.guard);
    st_or(w, out, walk_body(w, &cs->u.mcase.body, st_copy(w, bound)));
    st_or(w, bound, st);
    return bound;
}

static uint64_t *walk_match(Webs *w, Ast *s, uint64_t *st)
{
    uses_in(w, st, s->u.match.subject);
    uint64_t *out = st_new(w);
    for (int i = 0; i < s->u.match.cases.n; i++)
        st = walk_case(w, s->u.match.cases.items[i], st, out);
    st_or(w, out, st);
    return out;
}

static uint64_t *walk_stmt(Webs *w, Ast *s, uint64_t *st)
{
    switch (s->kind) {
    case AST_EXPR_STMT: uses_in(w, st, s->u.expr_stmt.value); return st;
    case AST_ASSIGN:
        uses_in(w, st, s->u.assign.value);
        for (int i = 0; i < s->u.assign.targets.n; i++)
            store_target(w, st, s->u.assign.targets.items[i]);
        return st;
    case AST_ANNASSIGN:
        uses_in(w, st, s->u.annassign.value);
        if (s->u.annassign.value)
            store_target(w, st, s->u.annassign.target);
        return st;
    case AST_AUGASSIGN: {
        Ast *t = s->u.augassign.target;
        uses_in(w, st, t);      /* x += v reads x: the new value joins its web */
        uses_in(w, st, s->u.augassign.value);
        store_target(w, st, t);
        if (t->kind == AST_NAME) {
            int d = def_of(w, t), k = aidx_get(&w->use_at, t);
            if (d >= 0 && k >= 0 && w->uses[k].def >= 0)
                join_defs(w, d, w->uses[k].def);
        }
        return st;
    }
    case AST_RETURN: case AST_RAISE:
        uses_in(w, st, s->kind == AST_RETURN ? s->u.ret.value : s->u.raise.exc);
        return st_new(w);
    case AST_ASSERT:
        uses_in(w, st, s->u.assert_.test);
        uses_in(w, st, s->u.assert_.msg);
        return st;
    case AST_DEL:
        for (int i = 0; i < s->u.seq.items.n; i++)
            uses_in(w, st, s->u.seq.items.items[i]);
        return st;
    case AST_BREAK: if (w->brk) st_or(w, w->brk, st); return st_new(w);
    case AST_CONTINUE: if (w->cont) st_or(w, w->cont, st); return st_new(w);
    case AST_IF: {
        uses_in(w, st, s->u.if_.test);
        uint64_t *a = walk_body(w, &s->u.if_.body, st_copy(w, st));
        uint64_t *b = walk_body(w, &s->u.if_.orelse, st_copy(w, st));
        st_or(w, a, b);
        return a;
    }
    case AST_WHILE: return walk_loop(w, s, st);
    case AST_FOR:
        uses_in(w, st, s->u.loop.iter);
        return walk_loop(w, s, st);
    case AST_WITH: return walk_with(w, s, st);
    case AST_TRY: return walk_try(w, s, st);
    case AST_MATCH: return walk_match(w, s, st);
    default:
        return st;
    }
}

static uint64_t *walk_body(Webs *w, AstList *body, uint64_t *st)
{
    for (int i = 0; i < body->n; i++)
        st = walk_stmt(w, body->items[i], st);
    return st;
}

/* ------------------------------------------------------------ renaming */

/* The web number of every root def among its variable's webs (0: the
 * first), in one pass over the defs in source order. */
static int *web_numbers(Webs *w)
{
    int *num = arena_alloc(w->arena, (size_t)(w->ndefs + 1) * sizeof *num);
    int *next = arena_alloc(w->arena, (size_t)(w->nvars + 1) * sizeof *next);
    memset(next, 0, (size_t)(w->nvars + 1) * sizeof *next);
    for (int k = 0; k < w->ndefs; k++)
        num[k] = root(w, k) == k ? next[w->defs[k].var]++ : 0;
    return num;
}

static void rename_use(Webs *w, const int *num, Ast *name, int d)
{
    int n = d >= 0 ? num[root(w, d)] : 0;
    if (n > 0)
        name->u.name.id = arena_printf(w->arena, "%s'%d", w->vars[w->defs[d].var], n);
}

void chk_split_webs(Checker *c, FuncInfo *fn)
{
    Webs w = { .arena = c->arena };
    AstList *body = &fn->def->u.func.body;
    for (int i = 0; i < fn->nparams; i++)
        if (fn->params[i].name)
            freeze(&w, fn->params[i].name);  /* a parameter keeps its type */
    collect_body(&w, body);
    if (w.give_up || w.ndefs == 0)
        return;
    w.words = (w.ndefs + 63) / 64;
    walk_body(&w, body, st_new(&w));
    if (w.give_up)
        return;
    const int *num = web_numbers(&w);
    for (int k = 0; k < w.nuses; k++)
        if (!w.frozen[find_var(&w, w.uses[k].name->u.name.id)])
            rename_use(&w, num, w.uses[k].name, w.uses[k].def);
    for (int d = 0; d < w.ndefs; d++)
        if (!w.frozen[w.defs[d].var])
            rename_use(&w, num, w.defs[d].name, d);
}

const char *chk_display_name(Checker *c, const char *id)
{
    const char *q = strpbrk(id, "'@");   /* '@': a match case's own capture (check_match.c) */
    return q ? arena_strndup(c->arena, id, (size_t)(q - id)) : id;
}
