/* check_stmt.c - function bodies and top-level code: local scopes,
 * statements, definite assignment and the flow facts (narrowing, fields
 * of self assigned in __init__) that expressions read.
 *
 * Flow: each point of a body has a Flow: which locals are assigned on
 * every path, which are narrowed (and to what), and in __init__ which
 * fields of self are assigned.  Branches copy it, join points meet it
 * (intersection; a narrowing survives as the join of both sides' types,
 * `Num` and `Str` giving `Node` where `Node | None` was declared).  A dead
 * flow (after return/raise/break/continue) is the identity of meet.
 */
#include <string.h>

#include "frontend/check.h"

/* ---------------------------------------------------------------- flow */

Flow *flow_new(Checker *c)
{
    Flow *f = arena_alloc(c->arena, sizeof *f);
    f->nlocals = c->flow_cap;
    f->assigned = arena_alloc(c->arena, (size_t)f->nlocals + 1);
    f->narrow = arena_alloc(c->arena, (size_t)(f->nlocals + 1) * sizeof *f->narrow);
    f->nfields = c->flow_fields;
    f->fields = arena_alloc(c->arena, (size_t)f->nfields + 1);
    f->nglobals = c->flow_globals;
    f->globals = arena_alloc(c->arena, (size_t)f->nglobals + 1);
    f->tt = c->tt;
    return f;
}

static void copy_fnarrow(Flow *into, const Flow *src)
{
    into->nfnarrow = src->nfnarrow;
    memcpy(into->fnarrow, src->fnarrow, sizeof into->fnarrow);
}

Type *flow_field_narrowed(Checker *c, int local, const char *field)
{
    for (int i = 0; c->flow && i < c->flow->nfnarrow; i++)
        if (c->flow->fnarrow[i].local == local && strcmp(c->flow->fnarrow[i].field, field) == 0)
            return c->flow->fnarrow[i].type;
    return NULL;
}

void flow_kill_fields(Flow *f, int local, const char *field)
{
    int k = 0;
    for (int i = 0; i < f->nfnarrow; i++) {
        FieldNarrow *n = &f->fnarrow[i];
        bool dies = (local < 0 || n->local == local) && (!field || strcmp(n->field, field) == 0);
        if (!dies)
            f->fnarrow[k++] = *n;
    }
    f->nfnarrow = k;
}

/* Forgets the narrowings of module globals (check_target.c). */
void flow_kill_globals(Flow *f)
{
    int k = 0;
    for (int i = 0; i < f->nfnarrow; i++)
        if (f->fnarrow[i].field[0] != '@')
            f->fnarrow[k++] = f->fnarrow[i];
    f->nfnarrow = k;
}

void flow_kill_items(Flow *f)
{
    int k = 0;
    for (int i = 0; i < f->nfnarrow; i++)
        if (f->fnarrow[i].field[0] != '[')
            f->fnarrow[k++] = f->fnarrow[i];
    f->nfnarrow = k;
}

void flow_narrow_field(Checker *c, Flow *f, int local, const char *field, Type *t)
{
    (void)c;
    flow_kill_fields(f, local, field);
    int cap = (int)(sizeof f->fnarrow / sizeof f->fnarrow[0]);
    if (f->nfnarrow < cap)
        f->fnarrow[f->nfnarrow++] = (FieldNarrow){ local, field, t };
}

Flow *flow_copy(Checker *c, const Flow *src)
{
    Flow *f = flow_new(c);
    copy_fnarrow(f, src);
    memcpy(f->assigned, src->assigned, (size_t)f->nlocals);
    memcpy(f->narrow, src->narrow, (size_t)f->nlocals * sizeof *f->narrow);
    memcpy(f->fields, src->fields, (size_t)f->nfields);
    memcpy(f->globals, src->globals, (size_t)f->nglobals);
    f->dead = src->dead;
    return f;
}

void flow_set(Flow *into, const Flow *src)
{
    copy_fnarrow(into, src);
    memcpy(into->assigned, src->assigned, (size_t)into->nlocals);
    memcpy(into->narrow, src->narrow, (size_t)into->nlocals * sizeof *into->narrow);
    memcpy(into->fields, src->fields, (size_t)into->nfields);
    memcpy(into->globals, src->globals, (size_t)into->nglobals);
    into->dead = src->dead;
}

/* Two narrowings of one variable (NULL: none): both are subtypes of its
 * declared type, so their join is too; NULL when there is none (numbers
 * are not widened: an int stays an int). */
static Type *narrow_meet(Flow *f, Type *a, Type *b)
{
    if (!a || !b)
        return NULL;
    return a == b ? a : ty_join_kept(f->tt, a, b);
}

void flow_meet(Flow *into, const Flow *other)
{
    if (other->dead)
        return;
    if (into->dead) {
        flow_set(into, other);
        return;
    }
    for (int i = 0; i < into->nlocals; i++) {
        into->assigned[i] &= other->assigned[i];
        into->narrow[i] = narrow_meet(into, into->narrow[i], other->narrow[i]);
    }
    int k = 0;      /* a field narrowing survives where both sides have one */
    for (int i = 0; i < into->nfnarrow; i++) {
        FieldNarrow *n = &into->fnarrow[i];
        Type *both = NULL;
        for (int j = 0; j < other->nfnarrow && !both; j++)
            if (other->fnarrow[j].local == n->local && strcmp(other->fnarrow[j].field, n->field) == 0)
                both = narrow_meet(into, n->type, other->fnarrow[j].type);
        if (both) {
            n->type = both;
            into->fnarrow[k++] = *n;
        }
    }
    into->nfnarrow = k;
    for (int i = 0; i < into->nfields; i++)
        into->fields[i] &= other->fields[i];
    for (int i = 0; i < into->nglobals; i++)
        into->globals[i] &= other->globals[i];
}

void flow_assign_local(Checker *c, int local)
{
    if (local < c->flow->nlocals) {
        c->flow->assigned[local] = 1;
        c->flow->narrow[local] = NULL;
    }
    flow_kill_fields(c->flow, local, NULL);
}

/* ------------------------------------------------------------- locals */

static int add_local(Checker *c, const char *name, Type *t, Loc loc, bool param)
{
    FuncInfo *fn = c->fn;
    if (fn->nlocals == fn->caplocals) {
        int ncap = fn->caplocals ? 2 * fn->caplocals : 8;
        Local *nl = arena_alloc(c->arena, (size_t)ncap * sizeof *nl);
        if (fn->nlocals)
            memcpy(nl, fn->locals, (size_t)fn->nlocals * sizeof *nl);
        fn->locals = nl;
        fn->caplocals = ncap;
    }
    int idx = fn->nlocals++;
    fn->locals[idx] = (Local){ .name = name, .type = t, .loc = loc, .is_param = param,
                               .cell = -1 };
    return idx;
}

static void bind_local_name(Checker *c, const char *name, int idx, Loc loc)
{
    Sym *s = arena_alloc(c->arena, sizeof *s);
    s->kind = SYM_LOCAL;
    s->name = name;
    s->index = idx;
    s->loc = loc;
    symtab_put(c->locals, s);
}

static bool is_declared_global(Checker *c, const char *name)
{
    return symtab_get(c->globals_decl, name) != NULL;
}

int chk_new_local(Checker *c, const char *name, Type *t, Loc loc)
{
    int idx = add_local(c, name, t, loc, false);
    bind_local_name(c, name, idx, loc);
    return idx;
}

static void prepass_target(Checker *c, Ast *t)
{
    if (!t)
        return;
    if (t->kind == AST_NAME) {
        const char *n = t->u.name.id;
        if (symtab_get(c->locals, n) || is_declared_global(c, n) || chk_is_free(c, n))
            return;
        bind_local_name(c, n, add_local(c, n, NULL, t->loc, false), t->loc);
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->u.seq.items.n; i++)
            prepass_target(c, t->u.seq.items.items[i]);
    } else if (t->kind == AST_STARRED) {
        prepass_target(c, t->u.unary.operand);
    }
}

static void prepass(Checker *c, AstList *body);

static void prepass_globals(Checker *c, Ast *s)
{
    for (int i = 0; i < s->u.names.n; i++) {
        const char *n = s->u.names.names[i];
        if (symtab_get(c->locals, n)) {
            chk_error(c, s->loc, "name '%s' is assigned before its global declaration", n);
            continue;
        }
        Sym *g = symtab_get(c->mod->syms, n);
        if (!g || g->kind != SYM_GLOBAL || g->module != c->mod) {
            chk_error(c, s->loc, "global '%s' is not defined at module level", n);
            continue;
        }
        symtab_put(c->globals_decl, g);
    }
}

/* (x := v): x is a local of the function, also inside a comprehension
 * (unless a comprehension made a function reaches it as a free variable
 * or a global: check_scope.c). */
static void prepass_walrus(Ast *named, void *data)
{
    Checker *c = data;
    Ast *t = named->u.named.target;
    Scope *sc = c->fn->scope;
    if (sc && (chk_nameset_has(&sc->globals, t->u.name.id) ||
               chk_nameset_has(&sc->nonlocals, t->u.name.id)))
        return;
    prepass_target(c, t);
}

static void prepass_stmt(Checker *c, Ast *s)
{
    if (!c->fn->is_module_init)
        chk_walrus_stmt(s, prepass_walrus, c);
    switch (s->kind) {
    case AST_GLOBAL: prepass_globals(c, s); break;
    case AST_ASSIGN:
        for (int i = 0; i < s->u.assign.targets.n; i++)
            prepass_target(c, s->u.assign.targets.items[i]);
        break;
    case AST_ANNASSIGN: prepass_target(c, s->u.annassign.target); break;
    case AST_AUGASSIGN: prepass_target(c, s->u.augassign.target); break;
    case AST_FOR:
        prepass_target(c, s->u.loop.target);
        /* fallthrough */
    case AST_WHILE:
        prepass(c, &s->u.loop.body);
        prepass(c, &s->u.loop.orelse);
        break;
    case AST_IF:
        prepass(c, &s->u.if_.body);
        prepass(c, &s->u.if_.orelse);
        break;
    case AST_WITH:
        for (int i = 0; i < s->u.with.items.n; i++)
            prepass_target(c, s->u.with.items.items[i]->u.withitem.target);
        prepass(c, &s->u.with.body);
        break;
    case AST_TRY:
        prepass(c, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.n; i++) {
            Ast *h = s->u.try_.handlers.items[i];
            /* an except-as name is a local of the function, as in CPython
             * (deleted when the handler ends: check_handler) */
            if (h->u.handler.name)
                prepass_target(c, ast_name(c->arena, h->loc, h->u.handler.name));
            prepass(c, &h->u.handler.body);
        }
        prepass(c, &s->u.try_.orelse);
        prepass(c, &s->u.try_.finalbody);
        break;
    case AST_MATCH: chk_match_prepass(c, s); break;
    case AST_FUNCDEF:
        prepass_target(c, ast_name(c->arena, s->loc, s->u.func.name));
        break;
    default:
        break;
    }
}

void chk_prepass_target(Checker *c, Ast *t)
{
    prepass_target(c, t);
}

void chk_prepass_body(Checker *c, AstList *body)
{
    prepass(c, body);
}

static void prepass(Checker *c, AstList *body)
{
    for (int i = 0; i < body->n; i++)
        prepass_stmt(c, body->items[i]);
}

/* Annotated locals get their type before the body is checked. */
static void prepass_annotations(Checker *c, AstList *body)
{
    for (int i = 0; i < body->n; i++) {
        Ast *s = body->items[i];
        switch (s->kind) {
        case AST_ANNASSIGN: {
            Ast *t = s->u.annassign.target;
            Sym *sym = t->kind == AST_NAME ? symtab_get(c->locals, t->u.name.id) : NULL;
            if (!sym || sym->kind != SYM_LOCAL)
                break;
            Local *l = &c->fn->locals[sym->index];
            Type *ty = chk_annotation(c, s->u.annassign.annotation, false);
            if (l->type && l->type != ty && ty->kind != TY_ERROR)
                chk_error(c, t->loc, "'%s' is annotated twice with different types",
                          chk_display_name(c, l->name));
            else if (!l->type)
                l->type = ty;
            l->annotated = 1;
            break;
        }
        case AST_IF:
            prepass_annotations(c, &s->u.if_.body);
            prepass_annotations(c, &s->u.if_.orelse);
            break;
        case AST_WHILE: case AST_FOR:
            prepass_annotations(c, &s->u.loop.body);
            prepass_annotations(c, &s->u.loop.orelse);
            break;
        case AST_WITH:
            prepass_annotations(c, &s->u.with.body);
            break;
        case AST_MATCH:
            for (int j = 0; j < s->u.match.cases.n; j++)
                prepass_annotations(c, &s->u.match.cases.items[j]->u.mcase.body);
            break;
        case AST_TRY:
            prepass_annotations(c, &s->u.try_.body);
            for (int j = 0; j < s->u.try_.handlers.n; j++)
                prepass_annotations(c, &s->u.try_.handlers.items[j]->u.handler.body);
            prepass_annotations(c, &s->u.try_.orelse);
            prepass_annotations(c, &s->u.try_.finalbody);
            break;
        default:
            break;
        }
    }
}

/* Comprehension variables and except-as names: a fresh local, visible
 * through the innermost CompScope. */
int chk_declare_comp_local(Checker *c, const char *name, Type *t, Loc loc)
{
    int idx = add_local(c, name, t, loc, false);
    CompScope *s = c->comp;
    VEC_PUSH(c->arena, s->names, s->n, s->cap, name);
    int capl = s->n - 1;
    int n = s->n - 1;
    VEC_PUSH(c->arena, s->locals, n, capl, idx);
    if (idx < c->flow->nlocals)
        c->flow->assigned[idx] = 1;
    return idx;
}

/* -------------------------------------------------------- statements */

static void check_body(Checker *c, AstList *body);
static void check_stmt(Checker *c, Ast *s);

static bool is_true_const(Ast *e)
{
    return (e->kind == AST_BOOL && e->u.i) || (e->kind == AST_INT && e->u.i != 0);
}

/* Clears the narrowing of every local a loop body assigns, since the
 * body's end flows back to its start. */
static void kill_assigned(Checker *c, Flow *f, AstList *body);

/* CPython deletes an except-as name when its handler ends (by any way out:
 * falling off the end, break, continue, return, raise).  Inside the handler
 * the name is a local of its own (check_handler), so the function's
 * variable of that name is dead from the handler's start: a later read
 * that may follow the handler is "may be used before assignment" where
 * CPython raises UnboundLocalError. */
static void forget_handler_name(Checker *c, Flow *f, const char *name)
{
    Sym *s = name && c->locals ? symtab_get(c->locals, name) : NULL;
    if (s && s->kind == SYM_LOCAL && s->index < f->nlocals) {
        f->assigned[s->index] = 0;
        f->narrow[s->index] = NULL;
    }
}

static void kill_target(Checker *c, Flow *f, Ast *t)
{
    if (!t)
        return;
    if (t->kind == AST_NAME) {
        Sym *s = symtab_get(c->locals, t->u.name.id);
        if (s && s->kind == SYM_LOCAL && s->index < f->nlocals)
            f->narrow[s->index] = NULL;
    } else if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->u.seq.items.n; i++)
            kill_target(c, f, t->u.seq.items.items[i]);
    } else if (t->kind == AST_STARRED) {
        kill_target(c, f, t->u.unary.operand);
    }
}

static bool pattern_binds(Ast *p, const char *name)
{
    bool found = false;
    switch (p->kind) {
    case AST_NAME: return strcmp(p->u.name.id, name) == 0;
    case AST_WITHITEM:
        return pattern_binds(p->u.withitem.expr, name) || pattern_binds(p->u.withitem.target, name);
    case AST_STARRED: return pattern_binds(p->u.unary.operand, name);
    case AST_CALL:
        for (int i = 0; i < p->u.call.args.n && !found; i++) {
            Ast *a = p->u.call.args.items[i];
            found = pattern_binds(a->kind == AST_KEYWORD ? a->u.kw.value : a, name);
        }
        return found;
    case AST_LIST: case AST_TUPLE:
        for (int i = 0; i < p->u.seq.items.n && !found; i++)
            found = pattern_binds(p->u.seq.items.items[i], name);
        return found;
    case AST_DICT:
        for (int i = 0; i < p->u.dict.values.n && !found; i++)
            found = pattern_binds(p->u.dict.values.items[i], name);
        return found;
    case AST_BINARY:
        return pattern_binds(p->u.binary.left, name) || pattern_binds(p->u.binary.right, name);
    default: return false;
    }
}

static bool match_binds(Ast *s, const char *name)
{
    for (int i = 0; i < s->u.match.cases.n; i++)
        if (pattern_binds(s->u.match.cases.items[i]->u.mcase.pattern, name))
            return true;
    return false;
}

static void kill_stmt(Checker *c, Flow *f, Ast *s)
{
    chk_walrus_kill_stmt(c, f, s);
    switch (s->kind) {
    case AST_ASSIGN:
        for (int i = 0; i < s->u.assign.targets.n; i++)
            kill_target(c, f, s->u.assign.targets.items[i]);
        break;
    case AST_ANNASSIGN: kill_target(c, f, s->u.annassign.target); break;
    case AST_AUGASSIGN: kill_target(c, f, s->u.augassign.target); break;
    case AST_FOR: kill_target(c, f, s->u.loop.target); /* fallthrough */
    case AST_WHILE:
        kill_assigned(c, f, &s->u.loop.body);
        kill_assigned(c, f, &s->u.loop.orelse);
        break;
    case AST_IF:
        kill_assigned(c, f, &s->u.if_.body);
        kill_assigned(c, f, &s->u.if_.orelse);
        break;
    case AST_WITH:
        for (int i = 0; i < s->u.with.items.n; i++)
            kill_target(c, f, s->u.with.items.items[i]->u.withitem.target);
        kill_assigned(c, f, &s->u.with.body);
        break;
    case AST_TRY:
        kill_assigned(c, f, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.n; i++) {
            Ast *h = s->u.try_.handlers.items[i];
            forget_handler_name(c, f, h->u.handler.name);
            kill_assigned(c, f, &h->u.handler.body);
        }
        kill_assigned(c, f, &s->u.try_.orelse);
        kill_assigned(c, f, &s->u.try_.finalbody);
        break;
    case AST_MATCH:
        /* captures and assignments in the cases: every local the
         * statement declares loses its narrowing */
        for (int i = 0; i < s->u.match.cases.n; i++)
            kill_assigned(c, f, &s->u.match.cases.items[i]->u.mcase.body);
        for (int i = 0; i < f->nlocals && i < c->fn->nlocals; i++)
            if (c->fn->locals[i].name[0] != '$' && match_binds(s, c->fn->locals[i].name))
                f->narrow[i] = NULL;
        break;
    default:
        break;
    }
}

static void kill_assigned(Checker *c, Flow *f, AstList *body)
{
    f->nfnarrow = 0;    /* a loop or try body may call anything */
    for (int i = 0; i < body->n; i++)
        kill_stmt(c, f, body->items[i]);
}

static void check_if(Checker *c, Ast *s)
{
    s->u.if_.test = chk_test(c, s->u.if_.test);
    Flow *entry = c->flow;
    Flow *then = flow_copy(c, entry), *els = flow_copy(c, entry);
    chk_narrow(c, s->u.if_.test, true, then);
    chk_narrow(c, s->u.if_.test, false, els);
    c->flow = then;
    check_body(c, &s->u.if_.body);
    c->flow = els;
    check_body(c, &s->u.if_.orelse);
    flow_meet(then, els);
    flow_set(entry, then);
    c->flow = entry;
}

static void loop_body(Checker *c, AstList *body, LoopCtx *lc)
{
    lc->outer = c->loop;
    c->loop = lc;
    check_body(c, body);
    c->loop = lc->outer;
}

static void check_while(Checker *c, Ast *s)
{
    Flow *entry = c->flow;
    kill_assigned(c, entry, &s->u.loop.body);
    chk_walrus_kill(c, entry, s->u.loop.test);     /* assigned again each time */
    s->u.loop.test = chk_test(c, s->u.loop.test);
    Flow *body = flow_copy(c, entry), *exit = flow_copy(c, entry);
    chk_narrow(c, s->u.loop.test, true, body);
    chk_narrow(c, s->u.loop.test, false, exit);
    if (is_true_const(s->u.loop.test))
        exit->dead = true;
    LoopCtx lc = { 0 };
    c->flow = body;
    loop_body(c, &s->u.loop.body, &lc);
    c->flow = exit;
    check_body(c, &s->u.loop.orelse);
    if (lc.breaks)
        flow_meet(exit, lc.breaks);
    flow_set(entry, exit);
    c->flow = entry;
}

/* A for loop over a tuple or list display of items (none starred) runs
 * its body at least once: `for phase in (1, 2):` leaves assigned what its
 * body always assigns. */
static bool runs_once(const Ast *iter)
{
    if ((iter->kind != AST_TUPLE && iter->kind != AST_LIST) || iter->u.seq.items.n == 0)
        return false;
    for (int i = 0; i < iter->u.seq.items.n; i++)
        if (iter->u.seq.items.items[i]->kind == AST_STARRED)
            return false;
    return true;
}

static void check_for(Checker *c, Ast *s)
{
    Flow *entry = c->flow;
    FuncInfo *it = NULL, *nx = NULL;
    Type *elem = chk_iter_elem(c, s->u.loop.iter, &it, &nx);
    s->u.loop.iter_fn = it;
    s->u.loop.next_fn = nx;
    kill_assigned(c, entry, &s->u.loop.body);
    kill_target(c, entry, s->u.loop.target);
    Flow *body = flow_copy(c, entry);
    c->flow = body;
    chk_assign_target(c, s->u.loop.target, elem, NULL);
    LoopCtx lc = { 0 };
    loop_body(c, &s->u.loop.body, &lc);
    Flow *exit = flow_copy(c, runs_once(s->u.loop.iter) ? body : entry);
    flow_meet(exit, body);
    if (lc.conts)
        flow_meet(exit, lc.conts);
    c->flow = exit;
    check_body(c, &s->u.loop.orelse);
    if (lc.breaks)
        flow_meet(exit, lc.breaks);
    flow_set(entry, exit);
    c->flow = entry;
}

/* A break (or continue) inside try statements runs their finally clauses
 * first: what those assign loses its narrowing on the way out of the loop
 * (or to its next round). */
static void record_jump(Checker *c, bool brk)
{
    if (!c->loop)
        return;           /* the parser reports break outside a loop */
    Flow *f = c->flow;
    if (c->loop->fins) {
        f = flow_copy(c, c->flow);
        for (FinCtx *x = c->loop->fins; x; x = x->outer)
            kill_assigned(c, f, x->body);
    }
    Flow **to = brk ? &c->loop->breaks : &c->loop->conts;
    if (!*to)
        *to = flow_copy(c, f);
    else
        flow_meet(*to, f);
}

static void check_return(Checker *c, Ast *s)
{
    Type *ret = c->fn->ret;
    Ast *v = s->u.ret.value;
    if (c->fn->is_module_init) {
        chk_error(c, s->loc, "'return' outside a function");
    } else if (c->fn->is_generator) {
        if (v && v->kind != AST_NONE)
            chk_error(c, v->loc, "a generator cannot return a value (only Generator[T, None, "
                      "None] is supported): write 'return'");
    } else if (!ret) {
        s->u.ret.value = v = chk_expr(c, v);   /* a lambda's body: its type */
        c->fn->ret = v->ty;
    } else if (!v) {
        if (ret->kind != TY_NONE && ret->kind != TY_ERROR)
            chk_error(c, s->loc, "missing return value (the function returns '%s')",
                      chk_tyname(c, ret));
    } else {
        v = chk_expr_expect(c, v, ret);
        Ast *fv = chk_fit(c, v, ret);
        if (!fv)
            chk_error(c, v->loc, c->fn->is_lambda && c->fn->name[0] != '<'
                                     ? "'%4$s' returns '%2$s' here, expected '%1$s'%3$s"
                                 : c->fn->is_lambda ? "the lambda returns '%2$s', expected '%1$s'%3$s%4$.0s"
                                                  : "incompatible return value: expected '%s', got '%s'%s%.0s",
                      chk_tyname(c, ret), chk_tyname(c, v->ty), chk_widen_advice(c, v, ret), c->fn->name);
        s->u.ret.value = fv ? fv : v;
    }
    chk_init_exit_check(c, s->loc);
    c->flow->dead = true;
}

/* The exception of `raise E` or the cause of `from C`: an instance, or
 * a class called with no argument (as CPython does); None for a cause. */
static Ast *raised_exception(Checker *c, Ast *e, bool cause)
{
    e = chk_expr(c, e);
    if (e->ty->kind == TY_CLASSREF && e->ty->cls->is_exception) {
        Ast *call = chk_synth(c, AST_CALL, e->loc, NULL);
        call->u.call.func = e;
        return chk_call(c, call);
    }
    if (e->ty->kind != TY_ERROR && !(cause && e->ty->kind == TY_NONE) &&
        !(e->ty->kind == TY_CLASS && e->ty->cls->is_exception))
        chk_error(c, e->loc, "exception%s must derive from BaseException, not '%s'",
                  cause ? " causes" : "s", chk_tyname(c, e->ty));
    return e;
}

/* raise [E [from C]]: C is evaluated after E, as in CPython, and dropped
 * (no __cause__; an uncaught exception's traceback does not show the
 * cause's, docs/language.md "Divergences"). */
static void check_raise(Checker *c, Ast *s)
{
    Ast *e = s->u.raise.exc;
    if (!e) {
        if (!c->in_handler)
            chk_error(c, s->loc, "bare 'raise' is only allowed inside an except clause");
    } else {
        s->u.raise.exc = raised_exception(c, e, false);
        if (s->u.raise.cause)
            s->u.raise.cause = raised_exception(c, s->u.raise.cause, true);
    }
    c->flow->dead = true;
}

static void check_assert(Checker *c, Ast *s)
{
    s->u.assert_.test = chk_test(c, s->u.assert_.test);
    if (s->u.assert_.msg) {
        Flow *saved = c->flow;
        c->flow = flow_copy(c, saved);
        chk_narrow(c, s->u.assert_.test, false, c->flow);
        s->u.assert_.msg = chk_to_str(c, chk_expr(c, s->u.assert_.msg), false);
        c->flow = saved;
    }
    chk_narrow(c, s->u.assert_.test, true, c->flow);
}

/* `self.f = value` in __init__: a closure or bound method made in value
 * does not let self escape (nothing calls it before f is assigned). */
static bool self_field_target(Checker *c, Ast *t)
{
    return c->fn->is_init && c->fn->nparams > 0 && t->kind == AST_ATTR &&
           t->u.attr.obj->kind == AST_NAME &&
           strcmp(t->u.attr.obj->u.name.id, c->fn->params[0].name) == 0;
}

/* A constant bound of range(): its value, or false. */
static bool const_int(const Ast *e, int64_t *out)
{
    if (e->kind == AST_CONVERT)
        e = e->u.convert.operand;
    if (e->kind == AST_INT) {
        *out = e->u.i;
        return true;
    }
    if (e->kind == AST_UNARY && e->u.unary.op == OP_NEG && e->u.unary.operand->kind == AST_INT) {
        *out = -e->u.unary.operand->u.i;
        return true;
    }
    return false;
}

/* A, B, C = range(3), the idiom for numbered constants: range() with
 * constant bounds unpacked into names becomes the display (0, 1, 2). */
static Ast *range_as_tuple(Checker *c, Ast *v)
{
    int64_t b[3];
    if (v->kind != AST_CALL || v->u.call.res != RES_BUILTIN || v->u.call.builtin != BI_RANGE ||
        v->u.call.bound.n != 3 || !const_int(v->u.call.bound.items[0], &b[0]) ||
        !const_int(v->u.call.bound.items[1], &b[1]) || !const_int(v->u.call.bound.items[2], &b[2]) ||
        b[2] == 0)
        return v;
    Ast *tup = ast_new(c->arena, AST_TUPLE, v->loc);
    for (int64_t x = b[0]; (b[2] > 0 ? x < b[1] : x > b[1]) && tup->u.seq.items.n < 4096; x += b[2]) {
        Ast *n = ast_new(c->arena, AST_INT, v->loc);
        n->u.i = x;
        ast_list_push(c->arena, &tup->u.seq.items, n);
    }
    return tup->u.seq.items.n ? chk_expr(c, tup) : v;
}

/* `a, b = [], {}`: each item is checked with its variable's type as the
 * hint (the type inference gave it, check_infer.c), then the names are
 * assigned.  In a discovery check each name is assigned its own item, so
 * that an empty display is typed by later uses as it is when alone. */
static bool parallel_partial(Checker *c, Ast *s)
{
    if (!chk_parallel_partial(s))
        return false;
    Ast *t = s->u.assign.targets.items[0];
    AstList *ts = &t->u.seq.items, *vs = &s->u.assign.value->u.seq.items;
    Type **hints = arena_alloc(c->arena, (size_t)ts->n * sizeof *hints);
    for (int i = 0; i < ts->n; i++)
        hints[i] = chk_target_hint(c, ts->items[i]);
    s->u.assign.value = chk_tuple_items(c, s->u.assign.value, hints);
    if (!c->discovering) {
        chk_assign_target(c, t, s->u.assign.value->ty, &s->u.assign.value);
        return true;
    }
    for (int i = 0; i < ts->n; i++)
        chk_assign_target(c, ts->items[i], vs->items[i]->ty, &vs->items[i]);
    return true;
}

static void check_assign(Checker *c, Ast *s)
{
    if (chk_partial_lambda_assign(c, s) || parallel_partial(c, s))
        return;
    AstList *ts = &s->u.assign.targets;
    Type *hint = chk_target_hint(c, ts->items[0]);
    bool saved = c->init_field_value;
    c->init_field_value = ts->n == 1 && self_field_target(c, ts->items[0]);
    Ast *v = chk_expr_expect(c, s->u.assign.value, hint);
    c->init_field_value = saved;
    if (ts->items[0]->kind == AST_TUPLE || ts->items[0]->kind == AST_LIST)
        v = range_as_tuple(c, v);
    s->u.assign.value = v;
    for (int i = 0; i < ts->n; i++) {
        Ast **vp = i == 0 ? &s->u.assign.value : NULL;
        chk_assign_target(c, ts->items[i], s->u.assign.value->ty, vp);
    }
}

/* self.f: T = value in a method declares field f (check_infer.c read the
 * annotation); here it is an assignment, checked against f's type. */
static void check_field_annassign(Checker *c, Ast *s)
{
    Ast *t = s->u.annassign.target, *obj = t->u.attr.obj;
    bool self = c->fn->is_method && !c->fn->is_static && c->fn->nparams > 0 &&
                obj->kind == AST_NAME && strcmp(obj->u.name.id, c->fn->params[0].name) == 0;
    if (!self) {
        chk_error(c, t->loc, "only the fields of 'self' can be annotated, in a method or the "
                  "class body");
        return;
    }
    Type *ty = chk_annotation(c, s->u.annassign.annotation, false);
    Field *f = chk_find_field(c->fn->cls, t->u.attr.attr);
    Type *ft = f ? chk_field_type(c, f) : NULL;
    if (ft && ft != ty && ty->kind != TY_ERROR && ft->kind != TY_ERROR && !c->discovering)
        chk_error(c, t->u.attr.attr_loc, "field '%s' is already declared with type '%s' (line %d)",
                  f->name, chk_tyname(c, ft), f->loc.line);
    if (!s->u.annassign.value) {
        chk_error(c, s->loc, "a field annotated in a method needs a value: self.%s: %s = ...",
                  t->u.attr.attr, chk_tyname(c, ty));
        return;
    }
    bool saved = c->init_field_value;
    c->init_field_value = self_field_target(c, t);     /* as check_assign */
    Ast *v = chk_expr_expect(c, s->u.annassign.value, ty);
    c->init_field_value = saved;
    s->u.annassign.value = v;
    chk_assign_target(c, t, v->ty, &s->u.annassign.value);
}

static void check_annassign(Checker *c, Ast *s)
{
    Ast *t = s->u.annassign.target;
    if (t->kind == AST_ATTR && c->fn->is_method) {
        check_field_annassign(c, s);
        return;
    }
    if (t->kind != AST_NAME) {
        chk_error(c, s->loc, t->kind == AST_ATTR ? "fields are declared in the class body or "
                  "by 'self.f = ...' in methods" : "only variables can be annotated");
        return;
    }
    bool final = false;
    Type *ty;
    Sym *ls = symtab_get(c->locals, t->u.name.id);
    if (ls && ls->kind == SYM_LOCAL && c->fn->locals[ls->index].type)
        ty = c->fn->locals[ls->index].type;    /* the pre-pass read the annotation */
    else if (c->fn->is_module_init) {
        /* a module variable's annotation is evaluated when it runs */
        int saved = c->ann_eval_line;
        c->ann_eval_line = c->mod->is_prelude || c->mod->future_annotations ? 0 : s->loc.line;
        ty = chk_annotation_final(c, s->u.annassign.annotation, &final);
        c->ann_eval_line = saved;
    } else
        ty = chk_annotation(c, s->u.annassign.annotation, false);
    chk_declare_name_type(c, t, ty, final);
    if (s->u.annassign.value) {
        Ast *v = chk_expr_expect(c, s->u.annassign.value, ty);
        s->u.annassign.value = v;
        chk_assign_target(c, t, v->ty, &s->u.annassign.value);
    }
}

static void check_del_target(Checker *c, Ast *t)
{
    if (t->kind == AST_SUBSCRIPT) {
        chk_subscript_target(c, t, SUB_DEL, NULL);
        return;
    }
    if (t->kind == AST_TUPLE || t->kind == AST_LIST) {
        for (int i = 0; i < t->u.seq.items.n; i++)
            check_del_target(c, t->u.seq.items.items[i]);
        return;
    }
    chk_error(c, t->loc, "'del' is only supported on items and slices (del d[k], del lst[i:j])");
}

/* What else the except-as name names whose deletion at the handler's end
 * only a run could see (a global, a cell, an enclosing handler's name), or
 * NULL: the binding is then local to the handler (check_handler). */
static const char *handler_name_clash(Checker *c, const char *name)
{
    if (c->fn->is_module_init) {
        Sym *g = symtab_get(c->mod->syms, name);
        if (!g)
            return NULL;
        return g->kind == SYM_FUNC ? "a function" : g->kind == SYM_CLASS ? "a class"
             : g->kind == SYM_MODULE ? "an imported module" : "a global variable";
    }
    if (is_declared_global(c, name))
        return "declared global";
    if (chk_is_free(c, name))
        return "a variable of an enclosing function";
    Sym *own = symtab_get(c->locals, name), *seen = chk_lookup_name(c, name);
    if (seen && seen->kind == SYM_LOCAL && (!own || own->index != seen->index))
        return "the name of an enclosing 'except' clause";
    if (own && own->kind == SYM_LOCAL && c->fn->locals[own->index].cell >= 0)
        return "used by a nested function";
    return NULL;
}

static void check_handler(Checker *c, Ast *h, Flow *start, Flow *out)
{
    c->flow = flow_copy(c, start);
    ClassInfo *common = chk_handler_classes(c, h);
    const char *name = h->u.handler.name;
    const char *clash = name ? handler_name_clash(c, name) : NULL;
    if (clash)
        chk_error(c, h->loc, "'except ... as %s' deletes '%s' when the handler ends (as CPython "
                  "does), and '%s' is also %s: give the exception another name",
                  name, name, name, clash);
    forget_handler_name(c, c->flow, name);
    CompScope scope = { .outer = c->comp };
    c->comp = &scope;
    h->u.handler.local = -1;
    if (h->u.handler.name) {
        Type *t = common ? common->type : ty_prim(c->tt, TY_ERROR);
        h->u.handler.local = chk_declare_comp_local(c, h->u.handler.name, t, h->loc);
    }
    c->in_handler++;
    check_body(c, &h->u.handler.body);
    c->in_handler--;
    c->comp = scope.outer;
    flow_meet(out, c->flow);
}

/* Where the finally clause starts when the try statement is left by an
 * exception (raised in the body, the else clause or a handler) or by a
 * return, break or continue in them: only what held at the try's start
 * holds there, less the narrowings that those clauses' assignments undo. */
static Flow *abrupt_flow(Checker *c, const Flow *entry, Ast *s)
{
    Flow *f = flow_copy(c, entry);
    kill_assigned(c, f, &s->u.try_.body);
    kill_assigned(c, f, &s->u.try_.orelse);
    for (int i = 0; i < s->u.try_.handlers.n; i++) {
        Ast *h = s->u.try_.handlers.items[i];
        forget_handler_name(c, f, h->u.handler.name);
        kill_assigned(c, f, &h->u.handler.body);
    }
    return f;
}

/* After the finally clause, only the normal way on reaches the next
 * statement (the others re-raise or jump): what held when the try ended
 * normally (OUT) still holds, with what the finally clause established
 * (END) added; KEPT is OUT less the narrowings the finally clause's
 * assignments undo.  Field narrowings are END's (the clause may call
 * anything). */
static void after_finally(Flow *end, const Flow *out, const Flow *kept)
{
    for (int i = 0; i < end->nlocals; i++) {
        end->assigned[i] |= out->assigned[i];
        if (kept->narrow[i])
            end->narrow[i] = kept->narrow[i];
    }
    for (int i = 0; i < end->nfields; i++)
        end->fields[i] |= out->fields[i];
    for (int i = 0; i < end->nglobals; i++)
        end->globals[i] |= out->globals[i];
    end->dead |= out->dead;
}

/* The finally clause runs on every way out of the try statement, so it is
 * checked against the meet of the normal end (OUT) and abrupt_flow(): a
 * name only the try body assigns is not assigned there (CPython raises
 * UnboundLocalError when the body raised first; we reject the read). */
static Flow *check_finally(Checker *c, Ast *s, const Flow *entry, Flow *out)
{
    Flow *fin = flow_copy(c, out);
    for (int i = 0; i < s->u.try_.handlers.n; i++)   /* a handler may have run */
        forget_handler_name(c, fin, s->u.try_.handlers.items[i]->u.handler.name);
    flow_meet(fin, abrupt_flow(c, entry, s));
    Flow *kept = flow_copy(c, out);
    kill_assigned(c, kept, &s->u.try_.finalbody);
    Flow *saved = c->fin_normal;
    c->fin_normal = out;
    c->flow = fin;
    check_body(c, &s->u.try_.finalbody);
    c->fin_normal = saved;
    after_finally(c->flow, out, kept);
    return c->flow;
}

static void check_try(Checker *c, Ast *s)
{
    Flow *entry = c->flow;
    Flow *start = flow_copy(c, entry);
    kill_assigned(c, start, &s->u.try_.body);
    c->flow = flow_copy(c, entry);
    FinCtx fc = { c->loop ? c->loop->fins : NULL, &s->u.try_.finalbody };
    if (c->loop && s->u.try_.finalbody.n)
        c->loop->fins = &fc;
    check_body(c, &s->u.try_.body);
    check_body(c, &s->u.try_.orelse);
    Flow *out = c->flow;
    for (int i = 0; i < s->u.try_.handlers.n; i++)
        check_handler(c, s->u.try_.handlers.items[i], start, out);
    if (c->loop)
        c->loop->fins = fc.outer;
    if (s->u.try_.finalbody.n)
        out = check_finally(c, s, entry, out);
    flow_set(entry, out);
    c->flow = entry;
}

/* The first item whose __exit__ may swallow an exception (a user one
 * returning bool) makes SWALLOW the flow where it resumes: what holds once
 * it is entered (a name target is bound by then: storing it cannot raise),
 * less what the later items and the body may undo. */
static void with_item_flow(Checker *c, Ast *it, Flow **swallow)
{
    FuncInfo *enter = it->u.withitem.enter_fn, *exit = it->u.withitem.exit_fn;
    bool user = exit && strcmp(exit->name, "__exit__") == 0;
    Ast *target = it->u.withitem.target;
    bool first = !*swallow && user && chk_exit_may_swallow(exit);
    if (first && target && target->kind != AST_NAME)
        *swallow = flow_copy(c, c->flow);
    if (target)
        chk_assign_target(c, target, user ? enter->ret : it->u.withitem.expr->ty, NULL);
    if (first && !*swallow)
        *swallow = flow_copy(c, c->flow);
    else if (*swallow)
        kill_target(c, *swallow, target);
}

static void check_with(Checker *c, Ast *s)
{
    Flow *swallow = NULL;
    int atomic = 0;
    for (int i = 0; i < s->u.with.items.n; i++) {
        Ast *it = s->u.with.items.items[i];
        chk_with_item(c, it);
        with_item_flow(c, it, &swallow);
        Type *t = it->u.withitem.expr->ty;
        atomic |= t && t->kind == TY_BUILTIN && t->builtin == BI_ATOMIC;
    }
    c->atomic_depth += atomic;
    /* __enter__ may acquire a lock or start an atomic block: another
     * thread may have run meanwhile (check_effects.c) */
    if (c->threaded && c->flow) {
        flow_kill_fields(c->flow, -1, NULL);
        flow_kill_globals(c->flow);
    }
    if (swallow)
        kill_assigned(c, swallow, &s->u.with.body);
    check_body(c, &s->u.with.body);
    c->atomic_depth -= atomic;
    if (!swallow)
        return;
    /* after the statement, only what held where the swallowing __exit__
     * was entered and at the body's end holds */
    flow_meet(swallow, c->flow);
    flow_set(c->flow, swallow);
}

static void check_expr_stmt(Checker *c, Ast *s)
{
    Ast *e = s->u.expr_stmt.value;
    if (e->kind == AST_STR)
        return;   /* docstring */
    if (e->kind == AST_ELLIPSIS) {
        s->kind = AST_PASS;     /* `def area(self) -> None: ...`, a stub body */
        return;
    }
    if (e->kind == AST_YIELD || e->kind == AST_YIELDFROM) {
        chk_yield_stmt(c, s);
        flow_kill_globals(c->flow);     /* the consumer runs before the next statement */
        return;
    }
    s->u.expr_stmt.value = chk_expr(c, e);
    e = s->u.expr_stmt.value;
    /* sys.exit(...), os._exit(...): nothing follows */
    if (e->kind == AST_CALL && e->u.call.res == RES_FUNC && e->u.call.target &&
        e->u.call.target->module == c->prelude &&
        (!strcmp(e->u.call.target->name, "_sys_exit") || !strcmp(e->u.call.target->name, "_os_exit")))
        c->flow->dead = true;
}

static void check_stmt_rest(Checker *c, Ast *s)
{
    switch (s->kind) {
    case AST_GLOBAL:
        if (c->fn->is_module_init)
            chk_error(c, s->loc, "'global' at module level has no effect");
        break;
    case AST_NONLOCAL:
        if (c->fn->is_module_init)
            chk_error(c, s->loc, "nonlocal declaration not allowed at module level");
        break;      /* check_scope.c resolved the names */
    case AST_FUNCDEF:
        if (c->fn->is_module_init)
            break;  /* a module-level function (the guard's if) */
        chk_nested_def(c, s);
        break;
    case AST_CLASSDEF: chk_error(c, s->loc, "classes must be defined at module level"); break;
    case AST_IMPORT: case AST_IMPORTFROM:
        chk_error(c, s->loc, "imports must be at module level");
        break;
    default:
        chk_error(c, s->loc, "unsupported statement");
    }
}

static void check_stmt(Checker *c, Ast *s)
{
    if (diag_too_many(c->diag))
        return;
    switch (s->kind) {
    case AST_EXPR_STMT: check_expr_stmt(c, s); break;
    case AST_ASSIGN: check_assign(c, s); break;
    case AST_ANNASSIGN: check_annassign(c, s); break;
    case AST_AUGASSIGN: chk_augassign(c, s); break;
    case AST_DEL:
        for (int i = 0; i < s->u.seq.items.n; i++)
            check_del_target(c, s->u.seq.items.items[i]);
        break;
    case AST_PASS: break;
    case AST_BREAK: record_jump(c, true); c->flow->dead = true; break;
    case AST_CONTINUE: record_jump(c, false); c->flow->dead = true; break;
    case AST_RETURN:
        if (!chk_return_notimpl(c, s))
            check_return(c, s);
        else if (s->kind == AST_RAISE)
            check_raise(c, s);
        break;
    case AST_RAISE: check_raise(c, s); break;
    case AST_ASSERT: check_assert(c, s); break;
    case AST_IF: check_if(c, s); break;
    case AST_WHILE: check_while(c, s); break;
    case AST_FOR: check_for(c, s); break;
    case AST_TRY: check_try(c, s); break;
    case AST_WITH: check_with(c, s); break;
    case AST_MATCH: chk_match(c, s); break;
    default: check_stmt_rest(c, s); break;
    }
}

void chk_stmt(Checker *c, Ast *s)
{
    check_stmt(c, s);
}

void chk_body(Checker *c, AstList *body)
{
    check_body(c, body);
}

static void check_body(Checker *c, AstList *body)
{
    for (int i = 0; i < body->n; i++) {
        if (c->flow->dead) {
            /* unreachable code is still checked, from a live copy */
            c->flow = flow_copy(c, c->flow);
            c->flow->dead = false;
            Flow *saved = c->flow;
            for (; i < body->n; i++)
                check_stmt(c, body->items[i]);
            (void)saved;
            c->flow->dead = true;
            return;
        }
        check_stmt(c, body->items[i]);
    }
}

/* ---------------------------------------------------------- functions */

typedef struct Saved {
    FuncInfo *fn;
    SymTab *locals, *globals_decl;
    Subst *subst;
    Flow *flow;
    LoopCtx *loop;
    CompScope *comp;
    ModuleInfo *mod;
    Flow *fin_normal;
    int in_handler, flow_cap, flow_fields, flow_globals, atomic_depth;
    Loc site;
    const char *site_name;
} Saved;

static Saved save(Checker *c)
{
    return (Saved){ c->fn, c->locals, c->globals_decl, c->subst, c->flow, c->loop, c->comp,
                    c->mod, c->fin_normal, c->in_handler, c->flow_cap, c->flow_fields, c->flow_globals,
                    c->atomic_depth, c->site, c->site_name };
}

static void restore(Checker *c, Saved s)
{
    c->fn = s.fn;
    c->locals = s.locals;
    c->globals_decl = s.globals_decl;
    c->subst = s.subst;
    c->flow = s.flow;
    c->loop = s.loop;
    c->comp = s.comp;
    c->mod = s.mod;
    c->fin_normal = s.fin_normal;
    c->in_handler = s.in_handler;
    c->flow_cap = s.flow_cap;
    c->flow_fields = s.flow_fields;
    c->flow_globals = s.flow_globals;
    c->atomic_depth = s.atomic_depth;
    c->site = s.site;
    c->site_name = s.site_name;
}

/* A classmethod's `cls` names the class it was called through. */
static void bind_class_param(Checker *c, FuncInfo *fn)
{
    Sym *s = arena_alloc(c->arena, sizeof *s);
    s->kind = SYM_CLASS;
    s->name = fn->cls_param;
    s->cls = fn->cls;
    s->type = ty_classref(c->tt, fn->cls);
    s->loc = fn->def->loc;
    symtab_put(c->locals, s);
}

static void enter_function(Checker *c, FuncInfo *fn)
{
    c->fn = fn;
    c->mod = fn->module;
    c->locals = symtab_new(c->arena);
    c->globals_decl = symtab_new(c->arena);
    c->loop = NULL;
    c->comp = NULL;
    c->in_handler = 0;
    c->fin_normal = NULL;
    c->atomic_depth = 0;
    /* a library body needed by user code reports its errors there */
    c->site = fn->use_loc;
    c->site_name = fn->use_name;
}

static bool is_pass_body(AstList *body)
{
    for (int i = 0; i < body->n; i++) {
        Ast *s = body->items[i];
        if (s->kind != AST_PASS && !(s->kind == AST_EXPR_STMT && s->u.expr_stmt.value->kind == AST_STR))
            return false;
    }
    return true;
}

/* A global (of this module or an imported one) read as a whole. */
static Sym *global_read(Ast *e)
{
    if (e->kind == AST_CONVERT)
        e = e->u.convert.operand;
    Sym *s = e->kind == AST_NAME ? e->u.name.sym
           : e->kind == AST_ATTR && e->u.attr.res == RES_MODULE_MEMBER ? e->u.attr.sym : NULL;
    return s && s->kind == SYM_GLOBAL ? s : NULL;
}

typedef struct GlobalReads {
    Checker *c;
    FuncInfo *fn;
} GlobalReads;

static void visit_global_reads(Ast *e, void *data)
{
    GlobalReads *gr = data;
    if (!e)
        return;
    Sym *s = global_read(e);
    if (s) {
        Checker *c = gr->c;
        struct GlobalDefault g = { e->loc, s, gr->fn };
        VEC_PUSH(c->arena, c->gdefaults, c->ngdefaults, c->capgdefaults, g);
        return;
    }
    ast_visit_children(e, visit_global_reads, data);
}

/* A default is evaluated here at each call that leaves it out, CPython
 * evaluates it once when the def runs: the globals it reads must hold the
 * same value at every call (chk_check_global_defaults). */
static void note_global_reads(Checker *c, FuncInfo *fn, Ast *d)
{
    if (c->discovering || fn->module == c->prelude)
        return;
    GlobalReads gr = { c, fn };
    visit_global_reads(d, &gr);
}

void chk_check_global_defaults(Checker *c)
{
    for (int i = 0; i < c->ngdefaults; i++) {
        struct GlobalDefault *d = &c->gdefaults[i];
        bool seen = false;      /* a function checked twice (classmethod copies) */
        for (int k = 0; k < i && !seen; k++)
            seen = c->gdefaults[k].sym->index == d->sym->index &&
                   c->gdefaults[k].sym->module == d->sym->module &&
                   c->gdefaults[k].at.line == d->at.line && c->gdefaults[k].at.col == d->at.col &&
                   c->gdefaults[k].at.file == d->at.file;
        if (seen)
            continue;
        GlobalVar *g = &d->sym->module->globals[d->sym->index];
        FuncInfo *fn = d->fn;
        bool module_level = !fn->is_nested && fn->def;
        if (g->assigned_later && !g->is_final)
            chk_error(c, d->at, "the default value reads global '%s', which is assigned again "
                      "later: CPython evaluates a default once, when the def runs; use None "
                      "as the default and read '%s' in the body", g->name, g->name);
        else if (module_level && d->sym->module == fn->module &&
                 (g->loc.line > fn->def->loc.line ||
                  (g->loc.line == fn->def->loc.line && g->loc.col > fn->def->loc.col)))
            chk_error(c, d->at, "global '%s' is assigned after this def: CPython evaluates "
                      "the default when the def runs (NameError)", g->name);
    }
}

static void check_defaults(Checker *c, FuncInfo *fn)
{
    for (int i = 0; i < fn->nparams; i++) {
        Param *p = &fn->params[i];
        if (!p->default_value || p->type->kind == TY_ERROR)
            continue;
        Ast *d0 = p->default_value;
        if (fn->is_nested && d0->kind == AST_NAME && !d0->ty &&
            chk_outer_local(fn, d0->u.name.id)) {
            /* CPython evaluates it when the def runs: only lambdas do that
             * here (chk_lambda), a def's defaults are constants. */
            chk_error(c, d0->loc, "the default value of a nested function's parameter must be "
                      "a constant: to keep the current value of '%s', write a lambda "
                      "(lambda %s=%s: ...) or a function that takes it and returns the "
                      "nested function", d0->u.name.id, p->name, d0->u.name.id);
            continue;
        }
        Ast *d = chk_expr_expect(c, p->default_value, p->type);
        note_global_reads(c, fn, d);
        if (!chk_is_constant(c, d) && !global_read(d))
            chk_error(c, d->loc, "default values must be constants or module globals "
                      "(CPython evaluates them once, when the def runs)");
        /* a number for an `int | None` or a union is boxed (each call
         * passes the converted value) */
        Ast *fit = chk_fit(c, d, p->type);
        if (!fit)
            chk_error(c, d->loc, "default value of '%s' has type '%s', expected '%s'%s", p->name,
                      chk_tyname(c, d->ty), chk_tyname(c, p->type),
                      chk_widen_advice(c, d, p->type));
        p->default_value = fit ? fit : d;
        if (p->early_default)
            p->early_default->u.convert.operand = p->default_value;
    }
}

void chk_function(Checker *c, FuncInfo *fn)
{
    Saved sv = save(c);
    enter_function(c, fn);
    c->subst = chk_func_subst(c, fn);
    AstList *body = &fn->def->u.func.body;
    for (int i = 0; i < fn->nparams; i++)
        bind_local_name(c, fn->params[i].name,
                        add_local(c, fn->params[i].name, fn->params[i].type, fn->params[i].loc, true),
                        fn->params[i].loc);
    if (fn->is_classmethod && fn->cls_param)
        bind_class_param(c, fn);
    chk_gen_begin(c, fn);
    prepass(c, body);
    prepass_annotations(c, body);
    chk_closure_begin(c, fn);
    chk_infer_locals(c, fn);
    c->flow_cap = fn->nlocals + 256;
    c->flow_fields = 0;
    c->flow_globals = 0;
    c->flow = flow_new(c);
    for (int i = 0; i < fn->nparams; i++)
        c->flow->assigned[i] = 1;
    chk_init_begin(c);
    chk_closure_prologue(c, fn);
    if (!c->discovering)
        check_defaults(c, fn);
    fn->is_checked = 1;     /* a nested function may name it (recursion) */
    if (fn->extern_name) {
        if (!is_pass_body(body))
            chk_error(c, fn->def->loc, "an @extern function's body must be 'pass'");
    } else {
        check_body(c, &fn->def->u.func.body);
        if (!c->flow->dead) {
            if (fn->ret && fn->ret->kind != TY_NONE && fn->ret->kind != TY_ERROR &&
                !fn->is_generator)
                chk_error(c, fn->def->loc, "missing return statement in '%s' (it returns '%s')",
                          fn->qualname, chk_tyname(c, fn->ret));
            chk_init_exit_check(c, fn->def->loc);
        }
    }
    chk_closure_end(c, fn);
    chk_gen_end(c, fn);
    chk_add_func(c, fn);
    restore(c, sv);
}

/* -------------------------------------------------------- module code */

static bool is_main_guard(Ast *s)
{
    if (s->kind != AST_IF || s->u.if_.orelse.n)
        return false;
    Ast *t = s->u.if_.test;
    return t->kind == AST_COMPARE && t->u.compare.operands.n == 2 &&
           t->u.compare.ops[0] == OP_EQ && t->u.compare.operands.items[0]->kind == AST_NAME &&
           strcmp(t->u.compare.operands.items[0]->u.name.id, "__name__") == 0 &&
           t->u.compare.operands.items[1]->kind == AST_STR &&
           strcmp(t->u.compare.operands.items[1]->u.str.s, "__main__") == 0;
}

/* The guard's body runs in the main module (whose __name__ is
 * "__main__"), as CPython runs it; in an imported module it never runs, so
 * it is checked but not lowered (lower_stmt.c).  Any statements may stand
 * in it: `main()`, `sys.exit(main(sys.argv))`, or a script's code. */
static void check_main_guard(Checker *c, ModuleInfo *m, Ast *s)
{
    (void)c;
    m->main_guard = s;
}

static void check_toplevel(Checker *c, ModuleInfo *m, Ast *s)
{
    switch (s->kind) {
    case AST_FUNCDEF: case AST_IMPORT: case AST_IMPORTFROM:
        break;
    case AST_CLASSDEF:
        chk_class_consts(c, s->u.cls.info);
        break;
    case AST_ASSIGN:
        if (m->is_prelude && s->u.assign.value->kind == AST_CALL &&
            s->u.assign.value->u.call.func->kind == AST_NAME &&
            strcmp(s->u.assign.value->u.call.func->u.name.id, "TypeVar") == 0)
            break;
        check_stmt(c, s);
        break;
    default:
        if (is_main_guard(s))
            check_main_guard(c, m, s);
        check_stmt(c, s);
        break;
    }
}

/* A first, silent check of a copy of the module's top-level statements
 * (not its classes: their attributes are set up once, by the real check)
 * that types the globals first given an empty container or None. */
static void discover_module(Checker *c, ModuleInfo *m)
{
    GlobalVar *saved = chk_globals_save(c, m);
    if (!saved)
        return;
    int n = m->nglobals, mark = diag_count(c->diag);
    AstList *body = &m->ast->u.module.body;
    c->discovering++;
    c->flow = flow_new(c);
    for (int i = 0; i < body->n; i++) {
        if (body->items[i]->kind == AST_CLASSDEF)
            continue;
        if (c->flow->dead) {
            c->flow = flow_copy(c, c->flow);
            c->flow->dead = false;
        }
        check_toplevel(c, m, ast_clone(c->arena, body->items[i]));
    }
    c->discovering--;
    diag_rollback(c->diag, mark);
    chk_globals_learn(c, m, saved, n);
}

void chk_module_code(Checker *c, ModuleInfo *m)
{
    Saved sv = save(c);
    FuncInfo *fn = arena_alloc(c->arena, sizeof *fn);
    fn->name = "<module>";
    fn->qualname = chk_fmt(c, "%s.<module>", m->name);
    fn->module = m;
    fn->def = m->ast;
    fn->vslot = -1;
    fn->ret = ty_prim(c->tt, TY_NONE);
    fn->is_module_init = 1;
    m->init = fn;
    enter_function(c, fn);
    fn->env_local = -1;
    chk_closure_begin(c, fn);
    c->flow_cap = 256;
    c->flow_fields = 0;
    c->flow_globals = m->nglobals;   /* module code tracks its globals */
    discover_module(c, m);
    c->flow = flow_new(c);
    AstList *body = &m->ast->u.module.body;
    for (int i = 0; i < body->n && !diag_too_many(c->diag); i++) {
        if (c->flow->dead) {
            c->flow = flow_copy(c, c->flow);
            c->flow->dead = false;
        }
        check_toplevel(c, m, body->items[i]);
    }
    fn->is_checked = 1;
    chk_add_func(c, fn);
    restore(c, sv);
}
