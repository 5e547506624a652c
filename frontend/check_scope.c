/* check_scope.c - which names nested functions share with the functions
 * around them: CPython's symbol table, for the scopes that matter to
 * closures.
 *
 * Assumes: the AST of a module-level function, a method, or a module's
 * top-level code, before its body is checked.
 * Guarantees: every FUNCDEF, LAMBDA and comprehension inside it carries a
 * Scope (u.func.scope, u.comp.scope) whose `cells` are the names it binds
 * that an inner function reads or writes, and whose `frees` are the names
 * it (or a function inside it) uses from an enclosing function.  A
 * generator expression is either inline (the argument of a builtin that
 * consumes it at once: sum, any, list, ... : it behaves as a comprehension,
 * part of the enclosing function) or a function of its own.
 * Refuses (errors): `nonlocal` naming nothing in an enclosing function,
 * an inner function using a comprehension's variable or an except-as name
 * (those live in the enclosing function's frame, not in an env record).
 *
 * Resolution follows Python: a name assigned anywhere in a function (and
 * not declared global or nonlocal) is local to it for the whole body; a
 * name used but not bound is looked up in the enclosing functions
 * (comprehensions included, class bodies excluded), else it is global.
 */
#include <string.h>

#include "frontend/check.h"

/* ------------------------------------------------------------ name sets */

enum { NAMESET_LINEAR = 16 };

static unsigned name_hash(const char *s)
{
    unsigned h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

bool chk_nameset_has(const NameSet *s, const char *name)
{
    if (!s->index) {
        for (int i = 0; i < s->n; i++)
            if (strcmp(s->names[i], name) == 0)
                return true;
        return false;
    }
    unsigned mask = (unsigned)s->index_cap - 1;
    for (unsigned i = name_hash(name) & mask; s->index[i]; i = (i + 1) & mask)
        if (strcmp(s->names[s->index[i] - 1], name) == 0)
            return true;
    return false;
}

static void index_put(NameSet *s, int pos)
{
    unsigned mask = (unsigned)s->index_cap - 1, i = name_hash(s->names[pos]) & mask;
    while (s->index[i])
        i = (i + 1) & mask;
    s->index[i] = pos + 1;
}

/* Keeps the index at most half full, rebuilt when it grows. */
static void index_update(Arena *a, NameSet *s)
{
    if (s->n <= NAMESET_LINEAR)
        return;
    if (2 * s->n > s->index_cap) {
        s->index_cap = s->index_cap ? 2 * s->index_cap : 4 * NAMESET_LINEAR;
        while (2 * s->n > s->index_cap)
            s->index_cap *= 2;
        s->index = arena_alloc(a, (size_t)s->index_cap * sizeof *s->index);
        memset(s->index, 0, (size_t)s->index_cap * sizeof *s->index);
        for (int i = 0; i < s->n; i++)
            index_put(s, i);
        return;
    }
    index_put(s, s->n - 1);
}

void chk_nameset_add(Arena *a, NameSet *s, const char *name, Loc loc)
{
    if (chk_nameset_has(s, name))
        return;
    if (s->n == s->cap) {
        int ncap = s->cap ? 2 * s->cap : 8;
        const char **nn = arena_alloc(a, (size_t)ncap * sizeof *nn);
        Loc *nl = arena_alloc(a, (size_t)ncap * sizeof *nl);
        if (s->n) {
            memcpy(nn, s->names, (size_t)s->n * sizeof *nn);
            memcpy(nl, s->locs, (size_t)s->n * sizeof *nl);
        }
        s->names = nn;
        s->locs = nl;
        s->cap = ncap;
    }
    s->names[s->n] = name;
    s->locs[s->n++] = loc;
    index_update(a, s);
}

/* ------------------------------------------------------------- building */

typedef struct Walk {
    Checker *c;
    Scope *cur;
    /* Scope.settled: names bound since the enclosing statement (or the
     * outermost loop of the function) began, settled when it is over */
    struct Pend { Scope *s; const char *name; } *pend;
    int npend, cappend;
    int loop_depth;             /* loops around the statement, in this function */
    Loc max_loc;                /* the furthest position walked so far */
    int in_iterable;            /* walking a comprehension's iterable */
} Walk;

static bool loc_after(Loc a, Loc b)
{
    return a.line > b.line || (a.line == b.line && a.col > b.col);
}

static void note_loc(Walk *w, Loc l)
{
    if (loc_after(l, w->max_loc))
        w->max_loc = l;
}

static int nameset_pos(const NameSet *s, const char *name)
{
    for (int i = 0; i < s->n; i++)
        if (strcmp(s->names[i], name) == 0)
            return i;
    return -1;
}

/* The bindings pending since mark are over at w->max_loc. */
static void settle(Walk *w, int mark)
{
    for (int i = mark; i < w->npend; i++) {
        NameSet *set = &w->pend[i].s->settled;
        const char *name = w->pend[i].name;
        int at = chk_nameset_has(set, name) ? nameset_pos(set, name) : -1;
        if (at < 0)
            chk_nameset_add(w->c->arena, set, name, w->max_loc);
        else if (loc_after(w->max_loc, set->locs[at]))
            set->locs[at] = w->max_loc;
    }
    w->npend = mark;
}

bool chk_scope_settled_before(const Scope *s, const char *name, Loc loc)
{
    if (!chk_nameset_has(&s->settled, name))
        return false;
    return loc_after(loc, s->settled.locs[nameset_pos(&s->settled, name)]);
}

static Scope *new_scope(Walk *w, ScopeKind kind, Ast *node)
{
    Scope *s = arena_alloc(w->c->arena, sizeof *s);
    s->kind = kind;
    s->node = node;
    s->parent = w->cur;
    if (w->cur)
        VEC_PUSH(w->c->arena, w->cur->kids, w->cur->nkids, w->cur->capkids, s);
    return s;
}

static void add(Walk *w, NameSet *set, const char *name, Loc loc)
{
    chk_nameset_add(w->c->arena, set, name, loc);
}

static void walk_expr(Walk *w, Ast *e);
static void walk_stmts(Walk *w, AstList *body);

static void walk_child(Ast *child, void *data)
{
    walk_expr(data, child);
}

/* A binding target: names are bound, the rest is evaluated. */
static void bind_target(Walk *w, Ast *t, NameSet *how)
{
    if (!t)
        return;
    switch (t->kind) {
    case AST_NAME:
        if (!w->cur->is_module) {
            add(w, &w->cur->bound, t->u.name.id, t->loc);
            if (how)
                add(w, how, t->u.name.id, t->loc);
            if (how == &w->cur->assigned) {
                struct Pend p = { w->cur, t->u.name.id };
                VEC_PUSH(w->c->arena, w->pend, w->npend, w->cappend, p);
            }
        }
        return;
    case AST_TUPLE: case AST_LIST:
        for (int i = 0; i < t->u.seq.items.n; i++)
            bind_target(w, t->u.seq.items.items[i], how);
        return;
    case AST_STARRED:
        bind_target(w, t->u.unary.operand, how);
        return;
    default:
        walk_expr(w, t);
        return;
    }
}

static void walk_params(Walk *w, AstList *params)
{
    for (int i = 0; i < params->n; i++)
        walk_expr(w, params->items[i]->u.param.default_value);
}

static void bind_params(Walk *w, AstList *params)
{
    for (int i = 0; i < params->n; i++) {
        Ast *p = params->items[i];
        if (p->u.param.name)
            add(w, &w->cur->bound, p->u.param.name, p->loc);
    }
}

/* for/if clauses: the first iterable belongs to the enclosing scope. */
static void walk_comp(Walk *w, Ast *e)
{
    AstList *fors = &e->u.comp.fors;
    w->in_iterable++;
    if (fors->n)
        walk_expr(w, fors->items[0]->u.compfor.iter);
    w->in_iterable--;
    Scope *saved = w->cur;
    Scope *s = new_scope(w, e->kind == AST_GENEXP ? SC_GENEXP : SC_COMP, e);
    e->u.comp.scope = s;
    w->cur = s;
    for (int i = 0; i < fors->n; i++) {
        Ast *f = fors->items[i];
        bind_target(w, f->u.compfor.target, NULL);
        w->in_iterable++;
        if (i > 0)
            walk_expr(w, f->u.compfor.iter);
        w->in_iterable--;
        for (int j = 0; j < f->u.compfor.ifs.n; j++)
            walk_expr(w, f->u.compfor.ifs.items[j]);
    }
    walk_expr(w, e->u.comp.elt);
    walk_expr(w, e->u.comp.value);
    w->cur = saved;
}

static void walk_lambda(Walk *w, Ast *e)
{
    walk_params(w, &e->u.func.params);
    Scope *saved = w->cur;
    int iterable = w->in_iterable;
    w->in_iterable = 0;
    Scope *s = new_scope(w, SC_LAMBDA, e);
    e->u.func.scope = s;
    w->cur = s;
    bind_params(w, &e->u.func.params);
    for (int i = 0; i < e->u.func.body.n; i++)
        walk_expr(w, e->u.func.body.items[i]);
    w->cur = saved;
    w->in_iterable = iterable;
}

/* (x := v) binds x in the nearest enclosing function (PEP 572): a
 * comprehension made a function of its own reaches it as `nonlocal x`
 * would, or as `global x` in module code. */
static void walk_named(Walk *w, Ast *e)
{
    walk_expr(w, e->u.named.value);
    Ast *t = e->u.named.target;
    if (w->in_iterable) {
        chk_error(w->c, e->loc, "assignment expression cannot be used in a comprehension "
                  "iterable expression");
        return;
    }
    Scope *s = w->cur;
    while (s->kind == SC_COMP || s->kind == SC_GENEXP)
        s = s->parent;
    if (s != w->cur) {
        add(w, s->is_module ? &w->cur->globals : &w->cur->nonlocals, t->u.name.id, t->loc);
        add(w, &w->cur->bound, t->u.name.id, t->loc);
        add(w, &w->cur->uses, t->u.name.id, t->loc);
    }
    Scope *cur = w->cur;
    w->cur = s;
    bind_target(w, t, &s->assigned);
    w->cur = cur;
}

/* A generator expression that is a call's only argument may be consumed
 * inline; which callee decides (resolve_genexp). */
static void note_genexp_callee(Ast *call)
{
    AstList *args = &call->u.call.args;
    int npos = 0;
    while (npos < args->n && args->items[npos]->kind != AST_KEYWORD)
        npos++;
    if (npos < 1 || args->items[0]->kind != AST_GENEXP)
        return;
    Ast *f = call->u.call.func;
    Ast *g = args->items[0];
    if (f->kind == AST_NAME)
        g->u.comp.scope->callee = f->u.name.id;
    else if (f->kind == AST_ATTR && strcmp(f->u.attr.attr, "join") == 0)
        g->u.comp.scope->callee = ".join";
    g->u.comp.scope->callee_npos = npos;
}

static void walk_expr(Walk *w, Ast *e)
{
    if (!e)
        return;
    note_loc(w, e->loc);
    switch (e->kind) {
    case AST_NAME:
        add(w, &w->cur->uses, e->u.name.id, e->loc);
        return;
    case AST_LAMBDA:
        walk_lambda(w, e);
        return;
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        walk_comp(w, e);
        return;
    case AST_YIELD: case AST_YIELDFROM:
        if (!w->cur->has_yield) {
            w->cur->has_yield = true;
            w->cur->yield_loc = e->loc;
        }
        walk_expr(w, e->u.unary.operand);
        return;
    case AST_CALL:
        ast_visit_children(e, walk_child, w);
        note_genexp_callee(e);
        return;
    case AST_KEYWORD:
        walk_expr(w, e->u.kw.value);
        return;
    case AST_NAMEDEXPR:
        walk_named(w, e);
        return;
    default:
        ast_visit_children(e, walk_child, w);
        return;
    }
}

static void walk_def(Walk *w, Ast *s)
{
    bind_target(w, ast_name(w->c->arena, s->loc, s->u.func.name), &w->cur->defs);
    for (int i = 0; i < s->u.func.decorators.n; i++)
        walk_expr(w, s->u.func.decorators.items[i]->u.expr_stmt.value);
    walk_params(w, &s->u.func.params);
    Scope *saved = w->cur;
    int depth = w->loop_depth;
    Scope *sc = new_scope(w, SC_FUNC, s);
    s->u.func.scope = sc;
    w->cur = sc;
    w->loop_depth = 0;
    bind_params(w, &s->u.func.params);
    walk_stmts(w, &s->u.func.body);
    w->loop_depth = depth;
    w->cur = saved;
}

static void walk_try(Walk *w, Ast *s)
{
    walk_stmts(w, &s->u.try_.body);
    for (int i = 0; i < s->u.try_.handlers.n; i++) {
        Ast *h = s->u.try_.handlers.items[i];
        walk_expr(w, h->u.handler.type);
        if (h->u.handler.name && !w->cur->is_module)
            add(w, &w->cur->handler_names, h->u.handler.name, h->loc);
        walk_stmts(w, &h->u.handler.body);
    }
    walk_stmts(w, &s->u.try_.orelse);
    walk_stmts(w, &s->u.try_.finalbody);
}

/* A match pattern (check_match.c): bare names capture (bound here), class
 * names and dotted constants are read, keywords name attributes. */
static void walk_pattern(Walk *w, Ast *p)
{
    if (!p)
        return;
    switch (p->kind) {
    case AST_NAME:
        if (strcmp(p->u.name.id, "_") != 0)
            bind_target(w, p, &w->cur->assigned);
        return;
    case AST_WITHITEM:
        walk_pattern(w, p->u.withitem.expr);
        walk_pattern(w, p->u.withitem.target);
        return;
    case AST_STARRED: walk_pattern(w, p->u.unary.operand); return;
    case AST_CALL:
        walk_expr(w, p->u.call.func);
        for (int i = 0; i < p->u.call.args.n; i++) {
            Ast *a = p->u.call.args.items[i];
            walk_pattern(w, a->kind == AST_KEYWORD ? a->u.kw.value : a);
        }
        return;
    case AST_LIST: case AST_TUPLE:
        for (int i = 0; i < p->u.seq.items.n; i++)
            walk_pattern(w, p->u.seq.items.items[i]);
        return;
    case AST_DICT:
        for (int i = 0; i < p->u.dict.keys.n; i++)
            walk_expr(w, p->u.dict.keys.items[i]);
        for (int i = 0; i < p->u.dict.values.n; i++)
            walk_pattern(w, p->u.dict.values.items[i]);
        return;
    case AST_BINARY:
        walk_pattern(w, p->u.binary.left);
        walk_pattern(w, p->u.binary.right);
        return;
    default:
        walk_expr(w, p);     /* a literal or a dotted constant */
        return;
    }
}

static void walk_match(Walk *w, Ast *s)
{
    walk_expr(w, s->u.match.subject);
    for (int i = 0; i < s->u.match.cases.n; i++) {
        Ast *cs = s->u.match.cases.items[i];
        walk_pattern(w, cs->u.mcase.pattern);
        walk_expr(w, cs->u.mcase.guard);
        walk_stmts(w, &cs->u.mcase.body);
    }
}

static void walk_names(Walk *w, Ast *s, NameSet *set)
{
    for (int i = 0; i < s->u.names.n; i++)
        add(w, set, s->u.names.names[i], s->loc);
}

static void walk_stmt(Walk *w, Ast *s)
{
    int mark = w->npend;
    note_loc(w, s->loc);
    switch (s->kind) {
    case AST_EXPR_STMT: walk_expr(w, s->u.expr_stmt.value); break;
    case AST_ASSIGN:
        walk_expr(w, s->u.assign.value);
        for (int i = 0; i < s->u.assign.targets.n; i++)
            bind_target(w, s->u.assign.targets.items[i], &w->cur->assigned);
        break;
    case AST_ANNASSIGN:
        walk_expr(w, s->u.annassign.value);
        bind_target(w, s->u.annassign.target, &w->cur->assigned);
        break;
    case AST_AUGASSIGN:
        walk_expr(w, s->u.augassign.target);
        walk_expr(w, s->u.augassign.value);
        bind_target(w, s->u.augassign.target, &w->cur->assigned);
        break;
    case AST_DEL:
        for (int i = 0; i < s->u.seq.items.n; i++)
            bind_target(w, s->u.seq.items.items[i], &w->cur->assigned);
        break;
    case AST_RETURN: walk_expr(w, s->u.ret.value); break;
    case AST_RAISE: walk_expr(w, s->u.raise.exc); walk_expr(w, s->u.raise.cause); break;
    case AST_ASSERT: walk_expr(w, s->u.assert_.test); walk_expr(w, s->u.assert_.msg); break;
    case AST_GLOBAL: walk_names(w, s, &w->cur->globals); break;
    case AST_NONLOCAL: walk_names(w, s, &w->cur->nonlocals); break;
    case AST_IF:
        walk_expr(w, s->u.if_.test);
        walk_stmts(w, &s->u.if_.body);
        walk_stmts(w, &s->u.if_.orelse);
        break;
    case AST_WHILE: case AST_FOR:
        walk_expr(w, s->u.loop.test);
        walk_expr(w, s->u.loop.iter);
        w->loop_depth++;        /* a binding in the loop may run again later */
        bind_target(w, s->u.loop.target, &w->cur->assigned);
        walk_stmts(w, &s->u.loop.body);
        w->loop_depth--;
        walk_stmts(w, &s->u.loop.orelse);
        break;
    case AST_TRY: walk_try(w, s); break;
    case AST_MATCH: walk_match(w, s); break;
    case AST_WITH:
        for (int i = 0; i < s->u.with.items.n; i++) {
            Ast *it = s->u.with.items.items[i];
            walk_expr(w, it->u.withitem.expr);
            bind_target(w, it->u.withitem.target, &w->cur->assigned);
        }
        walk_stmts(w, &s->u.with.body);
        break;
    case AST_FUNCDEF:
        if (!w->cur->is_module)
            walk_def(w, s);
        break;
    default:
        break;   /* classes, imports: rejected or not part of a function */
    }
    if (w->loop_depth == 0)
        settle(w, mark);
}

static void walk_stmts(Walk *w, AstList *body)
{
    for (int i = 0; i < body->n; i++)
        walk_stmt(w, body->items[i]);
}

/* ----------------------------------------------------------- resolution */

/* The names visible from enclosing scopes: name -> the scope binding it
 * (NULL: declared global there, so global below too). */
typedef struct Vis {
    const char *name;
    Scope *def;
    const struct Vis *next;
} Vis;

static const Vis *vis_find(const Vis *v, const char *name)
{
    for (; v; v = v->next)
        if (strcmp(v->name, name) == 0)
            return v;
    return NULL;
}

static bool is_function(const Scope *s)
{
    return s->as_function || (s->kind != SC_COMP && !(s->kind == SC_GENEXP && s->inline_genexp));
}

/* The function-like scope whose frame holds s's variables. */
static Scope *owner(Scope *s)
{
    while (!is_function(s))
        s = s->parent;
    return s;
}

/* The builtins that consume a generator expression argument at once: it
 * is then a comprehension (check_builtin.c turns it into one). */
static bool inline_consumer(const char *name)
{
    static const char *const names[] = {
        "sum", "min", "max", "any", "all", "sorted", "list", "set", ".join",
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

static void resolve_genexp(Checker *c, Scope *s, const Vis *vis)
{
    const char *f = s->callee;
    if (s->as_function || !f || !inline_consumer(f) || (s->callee_npos != 1 && strcmp(f, "sum") != 0))
        return;
    if (f[0] != '.') {
        const Vis *v = vis_find(vis, f);
        if (v && v->def)
            return;                         /* a local shadows the builtin */
        Sym *g = chk_lookup_global(c, c->mod, f);
        if (!g || g->kind != SYM_BUILTIN)
            return;
    }
    s->inline_genexp = true;
}

static void capture(Checker *c, Scope *s, const char *name, Scope *def, Loc loc, bool written)
{
    Scope *o = owner(s), *od = owner(def);
    if (o == od)
        return;                             /* the same frame: a plain local */
    if (!is_function(def)) {
        /* a comprehension whose variable a closure uses: it becomes a
         * function of its own (a generator, check_expr.c), as in CPython,
         * so that each run has its own variables; resolve again */
        def->as_function = true;
        *c->scope_retry = true;
        return;
    }
    if (chk_nameset_has(&def->handler_names, name) && !chk_nameset_has(&def->bound, name)) {
        if (!chk_nameset_has(&o->refused, name))
            chk_error(c, loc, "'%s' is bound by 'except ... as %s': a nested function cannot use "
                      "it; assign it to a variable first", name, name);
        chk_nameset_add(c->arena, &o->refused, name, loc);
        return;
    }
    for (Scope *x = o; x != od; x = owner(x->parent))
        chk_nameset_add(c->arena, &x->frees, name, loc);
    chk_nameset_add(c->arena, &def->cells, name, loc);
    if (written)
        chk_nameset_add(c->arena, &def->written, name, loc);
}

/* Names a scope binds itself (for its uses and the scopes inside it). */
static bool binds(const Scope *s, const char *name)
{
    if (s->is_module)
        return false;
    return chk_nameset_has(&s->bound, name) && !chk_nameset_has(&s->globals, name) &&
           !chk_nameset_has(&s->nonlocals, name);
}

static void resolve_uses(Checker *c, Scope *s, const Vis *outer)
{
    for (int i = 0; i < s->uses.n; i++) {
        const char *n = s->uses.names[i];
        /* an except-as name makes the name local to the whole function,
         * as any binding does in CPython */
        if (binds(s, n) || chk_nameset_has(&s->globals, n) ||
            (!s->is_module && chk_nameset_has(&s->handler_names, n)))
            continue;
        const Vis *v = vis_find(outer, n);
        if (v && v->def)
            capture(c, s, n, v->def, s->uses.locs[i], false);
    }
    for (int i = 0; i < s->nonlocals.n; i++) {
        const char *n = s->nonlocals.names[i];
        const Vis *v = vis_find(outer, n);
        if (!v || !v->def || s->is_module || !is_function(v->def)) {
            chk_error(c, s->nonlocals.locs[i], "no binding for nonlocal '%s' found", n);
            continue;
        }
        capture(c, s, n, v->def, s->nonlocals.locs[i], chk_nameset_has(&s->bound, n));
    }
}

static void resolve(Checker *c, Scope *s, const Vis *outer)
{
    if (s->kind == SC_GENEXP)
        resolve_genexp(c, s, outer);
    resolve_uses(c, s, outer);
    const Vis *inner = outer;
    for (int i = 0; i < s->globals.n; i++) {
        Vis *v = arena_alloc(c->arena, sizeof *v);
        *v = (Vis){ s->globals.names[i], NULL, inner };
        inner = v;
    }
    for (int i = 0; i < s->bound.n; i++) {
        if (!binds(s, s->bound.names[i]))
            continue;
        Vis *v = arena_alloc(c->arena, sizeof *v);
        *v = (Vis){ s->bound.names[i], s, inner };
        inner = v;
    }
    for (int i = 0; i < s->handler_names.n; i++) {
        Vis *v = arena_alloc(c->arena, sizeof *v);
        *v = (Vis){ s->handler_names.names[i], s, inner };   /* refused by capture() */
        inner = v;
    }
    for (int i = 0; i < s->nkids; i++)
        resolve(c, s->kids[i], inner);
}

static void clear_results(Scope *s)
{
    NameSet *sets[] = { &s->cells, &s->frees, &s->written, &s->refused };
    for (int i = 0; i < 4; i++) {
        sets[i]->n = 0;
        sets[i]->index = NULL;      /* rebuilt when it fills again */
        sets[i]->index_cap = 0;
    }
    s->inline_genexp = false;
    for (int i = 0; i < s->nkids; i++)
        clear_results(s->kids[i]);
}

Scope *chk_scope_analyze(Checker *c, FuncInfo *fn)
{
    Walk w = { .c = c };
    Scope *root = new_scope(&w, SC_FUNC, fn->def);
    root->is_module = fn->is_module_init;
    w.cur = root;
    if (fn->is_module_init) {
        walk_stmts(&w, &fn->def->u.module.body);
    } else {
        bind_params(&w, &fn->def->u.func.params);
        walk_stmts(&w, &fn->def->u.func.body);
        fn->def->u.func.scope = root;
    }
    bool retry = true;
    for (int round = 0; retry && round < 8; round++) {
        retry = false;
        c->scope_retry = &retry;
        clear_results(root);
        resolve(c, root, NULL);
        c->scope_retry = NULL;
    }
    return root;
}
