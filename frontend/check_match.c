/* check_match.c - match statements.
 *
 * The subject is assigned to a hidden local; each case's pattern becomes a
 * list of steps (MATCHCASE.steps): tests, checked as conditions, and
 * bindings, checked as assignments, in the order CPython performs them.
 * The lowering runs the steps and leaves the case at the first false
 * test.  Every value a sub-pattern looks at (an attribute, an item) is
 * first assigned to another hidden local, so that an isinstance() test
 * narrows it for the steps after it, as narrowing does in an `if`.
 *
 * Patterns (docs/language.md, "match"): literals (==; None, True and
 * False by identity), dotted constants (==), captures and `_`, `p as
 * name`, class patterns C(p, k=p) on classes of the program (positional
 * ones through __match_args__), sequences [p, *rest, q] and (p, q) on
 * lists and tuples, mappings {"k": p} on dicts, and `|` between patterns
 * that bind the same names (each alternative binds them itself, so they
 * take one type; CPython refuses alternatives binding different names).
 * Refused: class patterns of built-in types, `**rest`, patterns that can
 * never match a subject of the static type (a class outside its hierarchy).
 *
 * Flow: each case starts from the state before the statement, met with the
 * state where each earlier guard was false (its captures stay bound:
 * their narrowings are gone); after the statement, the states at the ends
 * of the case bodies meet, with that state unless a case is irrefutable (a
 * capture or `_` without a guard).
 */
#include <string.h>

#include "frontend/check.h"

#define TT(k) ty_prim(c->tt, TY_##k)

typedef struct MatchCtx {
    Checker *c;
    Ast *cs;                 /* the MATCHCASE whose steps are built */
    const char *base;        /* the hidden locals' names: base, base.0, base.1, ... */
    int next, limit;
    bool failed;             /* an error was reported: stop this case */
    Ast *subject;            /* a local the subject is read from that keeps its
                                value through the statement's tests, or NULL */
} MatchCtx;

/* ------------------------------------------------------------- pre-pass */

static int count_nodes(Ast *p)
{
    int n = 1;
    switch (p->kind) {
    case AST_CALL:
        for (int i = 0; i < p->u.call.args.n; i++) {
            Ast *a = p->u.call.args.items[i];
            n += count_nodes(a->kind == AST_KEYWORD ? a->u.kw.value : a);
        }
        break;
    case AST_LIST: case AST_TUPLE:
        for (int i = 0; i < p->u.seq.items.n; i++)
            n += count_nodes(p->u.seq.items.items[i]);
        break;
    case AST_DICT:
        for (int i = 0; i < p->u.dict.values.n; i++)
            n += count_nodes(p->u.dict.values.items[i]);
        break;
    case AST_BINARY: n += count_nodes(p->u.binary.left) + count_nodes(p->u.binary.right); break;
    case AST_WITHITEM: n += count_nodes(p->u.withitem.expr); break;
    case AST_STARRED: n += count_nodes(p->u.unary.operand); break;
    default: break;
    }
    return n;
}

static const char *hidden_base(Checker *c, Ast *s)
{
    return chk_fmt(c, "$match%d.%d", s->loc.line, s->loc.col);
}

static Ast *name_node(Checker *c, const char *id, Loc loc)
{
    Ast *n = ast_new(c->arena, AST_NAME, loc);
    n->u.name.id = id;
    return n;
}

static void prepass_pattern(Checker *c, Ast *p)
{
    switch (p->kind) {
    case AST_NAME:
        if (strcmp(p->u.name.id, "_") != 0)
            chk_prepass_target(c, p);
        break;
    case AST_WITHITEM:
        prepass_pattern(c, p->u.withitem.expr);
        chk_prepass_target(c, p->u.withitem.target);
        break;
    case AST_STARRED:
        prepass_pattern(c, p->u.unary.operand);
        break;
    case AST_CALL:
        for (int i = 0; i < p->u.call.args.n; i++) {
            Ast *a = p->u.call.args.items[i];
            prepass_pattern(c, a->kind == AST_KEYWORD ? a->u.kw.value : a);
        }
        break;
    case AST_LIST: case AST_TUPLE:
        for (int i = 0; i < p->u.seq.items.n; i++)
            prepass_pattern(c, p->u.seq.items.items[i]);
        break;
    case AST_DICT:
        for (int i = 0; i < p->u.dict.values.n; i++)
            prepass_pattern(c, p->u.dict.values.items[i]);
        break;
    case AST_BINARY:
        prepass_pattern(c, p->u.binary.left);
        prepass_pattern(c, p->u.binary.right);
        break;
    default:
        break;
    }
}

/* --------------------------------------------------- per-case captures */

/* Cases commonly capture one name with different types (`case Num(value)`
 * ... `case Let(name, value, body)`).  When a captured name appears
 * nowhere in the function outside the cases that capture it, each of
 * those cases gets a local of its own (the name is renamed in its
 * pattern, guard and body): no other code can tell the difference.  A
 * name a nested function, lambda or comprehension uses is never renamed:
 * their scopes (check_scope.c) may already have been resolved by name. */
typedef struct NameUse {
    const char *id;
    const char *to;          /* rename: the new name; NULL: count */
    Ast **skip;              /* cases whose own uses are not counted */
    int nskip, count;
    int nested;              /* depth of nested scopes around the node */
    bool in_skip;
} NameUse;

static bool opens_scope(const Ast *n)
{
    switch (n->kind) {
    case AST_LAMBDA: case AST_FUNCDEF:
    case AST_LISTCOMP: case AST_SETCOMP: case AST_DICTCOMP: case AST_GENEXP:
        return true;
    default:
        return false;
    }
}

static void name_use(Ast *n, void *data)
{
    NameUse *u = data;
    bool saved_skip = u->in_skip;
    for (int i = 0; i < u->nskip; i++)
        if (u->skip[i] == n)
            u->in_skip = true;
    int hit = 0;
    if (n->kind == AST_NAME && strcmp(n->u.name.id, u->id) == 0) {
        if (u->to)
            n->u.name.id = u->to;
        hit = 1;
    }
    if (n->kind == AST_PARAM && n->u.param.name && strcmp(n->u.param.name, u->id) == 0)
        hit = 1;
    if ((n->kind == AST_GLOBAL || n->kind == AST_NONLOCAL))
        for (int i = 0; i < n->u.names.n; i++)
            hit += strcmp(n->u.names.names[i], u->id) == 0;
    if (n->kind == AST_HANDLER && n->u.handler.name && strcmp(n->u.handler.name, u->id) == 0)
        hit = 1;
    if (n->kind == AST_FUNCDEF && strcmp(n->u.func.name, u->id) == 0)
        hit = 1;
    if (!u->in_skip || u->nested)
        u->count += hit;
    bool scope = opens_scope(n);
    u->nested += scope;
    ast_visit_children(n, name_use, data);
    u->nested -= scope;
    u->in_skip = saved_skip;
}

/* The capture names of a pattern (NAME nodes that bind), in source order
 * (check_webs.c numbers them as assignments). */
void chk_match_captures(Arena *a, Ast *p, AstList *out)
{
    switch (p->kind) {
    case AST_NAME:
        if (strcmp(p->u.name.id, "_") != 0)
            ast_list_push(a, out, p);
        return;
    case AST_WITHITEM:
        chk_match_captures(a, p->u.withitem.expr, out);
        chk_match_captures(a, p->u.withitem.target, out);
        return;
    case AST_STARRED: chk_match_captures(a, p->u.unary.operand, out); return;
    case AST_CALL:
        for (int i = 0; i < p->u.call.args.n; i++) {
            Ast *x = p->u.call.args.items[i];
            chk_match_captures(a, x->kind == AST_KEYWORD ? x->u.kw.value : x, out);
        }
        return;
    case AST_LIST: case AST_TUPLE:
        for (int i = 0; i < p->u.seq.items.n; i++)
            chk_match_captures(a, p->u.seq.items.items[i], out);
        return;
    case AST_DICT:
        for (int i = 0; i < p->u.dict.values.n; i++)
            chk_match_captures(a, p->u.dict.values.items[i], out);
        return;
    case AST_BINARY:
        chk_match_captures(a, p->u.binary.left, out);
        chk_match_captures(a, p->u.binary.right, out);
        return;
    default:
        return;
    }
}

static bool case_captures(Checker *c, Ast *cs, const char *id)
{
    AstList caps = { 0 };
    chk_match_captures(c->arena, cs->u.mcase.pattern, &caps);
    for (int i = 0; i < caps.n; i++)
        if (strcmp(caps.items[i]->u.name.id, id) == 0)
            return true;
    return false;
}

static void rename_captures(Checker *c, Ast *s)
{
    Ast *def = c->fn ? c->fn->def : NULL;
    if (!def)
        return;              /* module level: captures are globals */
    AstList *cases = &s->u.match.cases;
    for (int i = 0; i < cases->n; i++) {
        AstList caps = { 0 };
        chk_match_captures(c->arena, cases->items[i]->u.mcase.pattern, &caps);
        for (int k = 0; k < caps.n; k++) {
            const char *id = caps.items[k]->u.name.id;
            if (strchr(id, '@'))
                continue;
            NameUse u = { id, NULL, arena_alloc(c->arena, (size_t)cases->n * sizeof(Ast *)), 0, 0,
                          0, false };
            for (int j = 0; j < cases->n; j++)
                if (case_captures(c, cases->items[j], id))
                    u.skip[u.nskip++] = cases->items[j];
            ast_visit_children(def, name_use, &u);   /* not def itself: no scope */
            if (u.count)
                continue;
            for (int j = 0; j < cases->n; j++)
                if (case_captures(c, cases->items[j], id)) {
                    NameUse r = { id, chk_fmt(c, "%s@%d", id, j), NULL, 0, 0, 0, false };
                    name_use(cases->items[j], &r);
                }
        }
    }
}

/* Declares the statement's captures, the locals of its bodies and the
 * hidden locals (one per pattern node: enough for every value looked at). */
void chk_match_prepass(Checker *c, Ast *s)
{
    rename_captures(c, s);
    const char *base = hidden_base(c, s);
    chk_prepass_target(c, name_node(c, base, s->loc));
    int n = 0;
    for (int i = 0; i < s->u.match.cases.n; i++) {
        Ast *cs = s->u.match.cases.items[i];
        prepass_pattern(c, cs->u.mcase.pattern);
        n += count_nodes(cs->u.mcase.pattern);
        chk_prepass_body(c, &cs->u.mcase.body);
    }
    for (int k = 0; k < n; k++)
        chk_prepass_target(c, name_node(c, chk_fmt(c, "%s.%d", base, k), s->loc));
}

/* ---------------------------------------------------------------- steps */

static Ast *ref(MatchCtx *mc, const char *local, Loc loc)
{
    return name_node(mc->c, local, loc);
}

/* A test step: checked, and narrowing what follows. */
static void test(MatchCtx *mc, Ast *e)
{
    Checker *c = mc->c;
    e = chk_test(c, e);
    if (e->ty->kind == TY_ERROR)
        mc->failed = true;
    ast_list_push(c->arena, &mc->cs->u.mcase.steps, e);
    chk_narrow(c, e, true, c->flow);
}

/* A binding step: target = value, checked as an assignment. */
static void bind(MatchCtx *mc, const char *target, Ast *value, Loc loc)
{
    Checker *c = mc->c;
    Ast *s = ast_new(c->arena, AST_ASSIGN, loc);
    ast_list_push(c->arena, &s->u.assign.targets, name_node(c, target, loc));
    s->u.assign.value = value;
    chk_stmt(c, s);
    ast_list_push(c->arena, &mc->cs->u.mcase.steps, s);
}

/* A fresh hidden local holding value. */
static const char *hold(MatchCtx *mc, Ast *value, Loc loc)
{
    if (mc->next >= mc->limit)
        chk_die(__FILE__, __LINE__, "match: hidden locals exhausted");
    const char *t = chk_fmt(mc->c, "%s.%d", mc->base, mc->next++);
    bind(mc, t, value, loc);
    return t;
}

static Ast *binop(Checker *c, AstOp op, Ast *l, Ast *r, Loc loc)
{
    return op == OP_AND || op == OP_OR ? ast_boolop(c->arena, (OpTok){ op, loc }, l, r)
                                       : ast_compare(c->arena, (OpTok){ op, loc }, l, r);
}

static Ast *call1(Checker *c, const char *fname, Ast *arg, Loc loc)
{
    AstList args = ast_list1(c->arena, arg);
    return ast_call(c->arena, loc, name_node(c, fname, loc), args);
}

static Type *current_type(MatchCtx *mc, const char *local, Loc loc)
{
    Ast *r = chk_expr(mc->c, ref(mc, local, loc));
    return r->ty;
}

static void pattern(MatchCtx *mc, Ast *p, const char *subj);

/* ------------------------------------------------------------ literals */

static bool is_literal(Ast *p)
{
    if (p->kind == AST_UNARY && p->u.unary.op == OP_NEG)
        p = p->u.unary.operand;
    return p->kind == AST_INT || p->kind == AST_FLOAT || p->kind == AST_STR;
}

static void singleton(MatchCtx *mc, Ast *p, const char *subj)
{
    Checker *c = mc->c;
    Type *t = current_type(mc, subj, p->loc);
    if (p->kind == AST_NONE) {
        if (t->kind == TY_OPTIONAL || t->kind == TY_NONE || t->kind == TY_OBJECT)
            test(mc, binop(c, OP_IS, ref(mc, subj, p->loc), p, p->loc));
        else
            test(mc, ast_bool(c->arena, p->loc, 0));   /* a non-optional is never None */
        return;
    }
    if (t->kind != TY_BOOL) {
        chk_error(c, p->loc, "'case %s' compares by identity and never matches a '%s'",
                  p->u.i ? "True" : "False", chk_tyname(c, t));
        mc->failed = true;
        return;
    }
    test(mc, binop(c, OP_EQ, ref(mc, subj, p->loc), p, p->loc));
}

/* --------------------------------------------------------------- classes */

/* The names of cls's __match_args__ (a class constant: a tuple of str). */
static int match_args(Checker *c, ClassInfo *cls, const char ***out)
{
    ClassInfo *owner;
    int k = chk_find_const(cls, "__match_args__", &owner);
    if (k < 0)
        return 0;
    Ast *v = owner->consts[k].value;
    if (v->kind != AST_TUPLE)
        return 0;
    const char **names = arena_alloc(c->arena, (size_t)(v->u.seq.items.n + 1) * sizeof *names);
    for (int i = 0; i < v->u.seq.items.n; i++) {
        Ast *s = v->u.seq.items.items[i];
        if (s->kind != AST_STR)
            return 0;
        names[i] = s->u.str.s;
    }
    *out = names;
    return v->u.seq.items.n;
}

/* subj.attr matched against sub (a wildcard looks nothing up). */
static void attribute(MatchCtx *mc, const char *subj, const char *attr, Ast *sub, Loc loc)
{
    if (sub->kind == AST_NAME && strcmp(sub->u.name.id, "_") == 0)
        return;
    Ast *a = ast_attr(mc->c->arena, ref(mc, subj, loc), attr, loc);
    pattern(mc, sub, hold(mc, a, loc));
}

/* Whether isinstance(subj, k) may be true for a subject of type st:
 * related classes, or a union with a member k may match. */
static bool may_match(MatchCtx *mc, Type *st, Ast *k)
{
    if (st->kind == TY_UNION)
        return chk_union_narrow(mc->c, st, k, true) != NULL;
    ClassInfo *cls = k->ty->cls;
    return st->kind == TY_OBJECT || (st->kind == TY_CLASS &&
           (ty_is_subclass(cls, st->cls) || ty_is_subclass(st->cls, cls)));
}

/* int(), float(), bool(), str() without sub-patterns: a member of a union
 * subject, tested as isinstance() is. */
static bool builtin_class_pattern(MatchCtx *mc, Ast *p, Ast *k, const char *subj)
{
    int b = k->ty->builtin;
    Type *st = ty_strip_optional(current_type(mc, subj, p->loc));
    if ((b != BI_INT && b != BI_FLOAT && b != BI_BOOL && b != BI_STR) ||
        p->u.call.args.n != 0 || !may_match(mc, st, k))
        return false;
    AstList args = ast_list1(mc->c->arena, ref(mc, subj, p->loc));
    ast_list_push(mc->c->arena, &args, p->u.call.func);
    test(mc, ast_call(mc->c->arena, p->loc, name_node(mc->c, "isinstance", p->loc), args));
    return true;
}

/* `match e: case C(...):` narrows e to C in the case, as mypy does: the
 * hidden local holding e's value was tested, and e still holds it. */
static void narrow_subject(MatchCtx *mc, Ast *p)
{
    Checker *c = mc->c;
    AstList args = ast_list1(c->arena, name_node(c, mc->subject->u.name.id, p->loc));
    ast_list_push(c->arena, &args, p->u.call.func);
    Ast *e = chk_test(c, ast_call(c->arena, p->loc, name_node(c, "isinstance", p->loc), args));
    if (e->ty->kind != TY_ERROR)
        chk_narrow(c, e, true, c->flow);
}

static void class_pattern(MatchCtx *mc, Ast *p, const char *subj)
{
    Checker *c = mc->c;
    Ast *f = p->u.call.func;
    if (f->kind == AST_NAME && strcmp(f->u.name.id, "_bytes_lit") == 0) {   /* parse_strings */
        chk_error(c, p->loc, "bytes literal patterns are not supported: compare with == in a "
                  "guard (case _ if x == b'...')");
        return;
    }
    Ast *cls_e = chk_expr(c, f);
    if (cls_e->ty->kind == TY_BUILTIN && builtin_class_pattern(mc, p, cls_e, subj))
        return;
    if (cls_e->ty->kind != TY_CLASSREF) {
        if (cls_e->ty->kind == TY_BUILTIN)
            chk_error(c, cls_e->loc, "class patterns of built-in types (%s(...)) are not "
                      "supported: the subject's type is known (only a union's int(), float(), "
                      "bool() and str(), without sub-patterns)",
                      chk_builtins[cls_e->ty->builtin].name);
        else if (cls_e->ty->kind != TY_ERROR)
            chk_error(c, cls_e->loc, "a class pattern needs a class of the program, not '%s'",
                      chk_tyname(c, cls_e->ty));
        mc->failed = true;
        return;
    }
    ClassInfo *cls = cls_e->ty->cls;
    Type *st = ty_strip_optional(current_type(mc, subj, p->loc));
    if (!may_match(mc, st, cls_e)) {
        chk_error(c, p->loc, "a value of type '%s' never matches the pattern %s()",
                  chk_tyname(c, st), cls->name);
        mc->failed = true;
        return;
    }
    AstList args = ast_list1(c->arena, ref(mc, subj, p->loc));
    ast_list_push(c->arena, &args, p->u.call.func);
    test(mc, ast_call(c->arena, p->loc, name_node(c, "isinstance", p->loc), args));
    if (subj == mc->base && mc->subject)
        narrow_subject(mc, p);
    const char **names = NULL;
    int nnames = match_args(c, cls, &names), npos = 0;
    for (int i = 0; i < p->u.call.args.n && !mc->failed; i++) {
        Ast *a = p->u.call.args.items[i];
        if (a->kind == AST_KEYWORD) {
            attribute(mc, subj, a->u.kw.name, a->u.kw.value, a->loc);
            continue;
        }
        if (npos >= nnames) {
            chk_error(c, a->loc, "%s() accepts %d positional sub-pattern%s (__match_args__)",
                      cls->name, nnames, nnames == 1 ? "" : "s");
            mc->failed = true;
            return;
        }
        attribute(mc, subj, names[npos++], a, a->loc);
    }
}

/* ------------------------------------------------------------- sequences */

static Ast *int_lit(Checker *c, int64_t v, Loc loc)
{
    return ast_int(c->arena, loc, v);
}

static Ast *item_of(MatchCtx *mc, const char *subj, int64_t i, Loc loc)
{
    return ast_subscript(mc->c->arena, loc, ref(mc, subj, loc), int_lit(mc->c, i, loc));
}

/* The star's list: subj[lo:len(subj)-after] (a list), or the items of a
 * tuple as a list display. */
static Ast *star_value(MatchCtx *mc, const char *subj, Type *t, int lo, int after, Loc loc)
{
    Checker *c = mc->c;
    if (t->kind == TY_TUPLE) {
        Ast *l = ast_new(c->arena, AST_LIST, loc);
        for (int i = lo; i < t->nitems - after; i++)
            ast_list_push(c->arena, &l->u.seq.items, item_of(mc, subj, i, loc));
        if (!l->u.seq.items.n) {
            chk_error(c, loc, "a star pattern over no items of a tuple is not supported");
            mc->failed = true;
        }
        return l;
    }
    Ast *len = call1(c, "len", ref(mc, subj, loc), loc);
    Ast *hi = ast_binary(c->arena, (OpTok){ OP_SUB, loc }, len, int_lit(c, after, loc));
    Ast *sl = ast_slice(c->arena, loc, int_lit(c, lo, loc), hi, NULL);
    return ast_subscript(c->arena, loc, ref(mc, subj, loc), sl);
}

static void sequence(MatchCtx *mc, Ast *p, const char *subj)
{
    Checker *c = mc->c;
    Type *t = current_type(mc, subj, p->loc);
    AstList *items = &p->u.seq.items;
    int star = -1;
    for (int i = 0; i < items->n; i++)
        if (items->items[i]->kind == AST_STARRED)
            star = i;
    int fixed = star >= 0 ? items->n - 1 : items->n;
    if (t->kind == TY_TUPLE) {
        bool fits = star >= 0 ? t->nitems >= fixed : t->nitems == fixed;
        if (!fits) {
            test(mc, ast_bool(c->arena, p->loc, 0));
            return;
        }
    } else if (t->kind == TY_LIST) {
        Ast *len = call1(c, "len", ref(mc, subj, p->loc), p->loc);
        test(mc, binop(c, star >= 0 ? OP_GE : OP_EQ, len, int_lit(c, fixed, p->loc), p->loc));
    } else {
        /* str, dicts, sets and instances are not sequences to match */
        if (t->kind != TY_STR && t->kind != TY_DICT && t->kind != TY_SET && t->kind != TY_CLASS &&
            !ty_is_value(t)) {
            chk_error(c, p->loc, "a sequence pattern needs a list or a tuple, not '%s'",
                      chk_tyname(c, t));
            mc->failed = true;
            return;
        }
        test(mc, ast_bool(c->arena, p->loc, 0));
        return;
    }
    for (int i = 0; i < items->n && !mc->failed; i++) {
        Ast *it = items->items[i];
        if (it->kind == AST_STARRED) {
            Ast *target = it->u.unary.operand;
            if (target->kind != AST_NAME) {
                chk_error(c, it->loc, "a star pattern binds a name");
                mc->failed = true;
                return;
            }
            if (strcmp(target->u.name.id, "_") != 0)
                bind(mc, target->u.name.id, star_value(mc, subj, t, i, items->n - 1 - i, it->loc),
                     it->loc);
            continue;
        }
        int64_t idx = star >= 0 && i > star ? -(int64_t)(items->n - i) : i;
        if (t->kind == TY_TUPLE && idx < 0)
            idx += t->nitems;
        if (it->kind == AST_NAME && strcmp(it->u.name.id, "_") == 0)
            continue;
        pattern(mc, it, hold(mc, item_of(mc, subj, idx, it->loc), it->loc));
    }
}

static void mapping(MatchCtx *mc, Ast *p, const char *subj)
{
    Checker *c = mc->c;
    Type *t = current_type(mc, subj, p->loc);
    if (t->kind != TY_DICT) {
        chk_error(c, p->loc, "a mapping pattern needs a dict, not '%s'", chk_tyname(c, t));
        mc->failed = true;
        return;
    }
    for (int i = 0; i < p->u.dict.keys.n && !mc->failed; i++) {
        Ast *k = p->u.dict.keys.items[i];
        if (!k) {
            chk_error(c, p->u.dict.values.items[i]->loc, "'**rest' in a mapping pattern is not "
                      "supported: match the keys, then copy the dict and delete them");
            mc->failed = true;
            return;
        }
        test(mc, binop(c, OP_IN, ast_clone(c->arena, k), ref(mc, subj, k->loc), k->loc));
        Ast *v = p->u.dict.values.items[i];
        Ast *item = ast_subscript(c->arena, k->loc, ref(mc, subj, k->loc), ast_clone(c->arena, k));
        if (!(v->kind == AST_NAME && strcmp(v->u.name.id, "_") == 0))
            pattern(mc, v, hold(mc, item, v->loc));
    }
}

/* ------------------------------------------------------------- or, as */

static void alternatives(MatchCtx *mc, Ast *p, const char *subj, Ast *alts, Flow *entry,
                         Flow *exit)
{
    Checker *c = mc->c;
    if (p->kind == AST_BINARY && p->u.binary.op == OP_BITOR) {
        alternatives(mc, p->u.binary.left, subj, alts, entry, exit);
        alternatives(mc, p->u.binary.right, subj, alts, entry, exit);
        return;
    }
    Ast *alt = ast_case(c->arena, p->loc, p, NULL, (AstList){ 0 });
    c->flow = flow_copy(c, entry);
    mc->cs = alt;
    pattern(mc, p, subj);
    flow_meet(exit, c->flow);
    ast_list_push(c->arena, &alts->u.match.cases, alt);
}

/* The names an alternative binds, sorted into one string ("a,b,"). */
static const char *name_set(Checker *c, Ast *p)
{
    AstList names = { 0 };
    chk_match_captures(c->arena, p, &names);
    for (int i = 1; i < names.n; i++)
        for (int k = i; k > 0 && strcmp(names.items[k - 1]->u.name.id, names.items[k]->u.name.id) > 0; k--) {
            Ast *t = names.items[k];
            names.items[k] = names.items[k - 1];
            names.items[k - 1] = t;
        }
    const char *s = "";
    for (int i = 0; i < names.n; i++)
        s = chk_fmt(c, "%s%s,", s, names.items[i]->u.name.id);
    return s;
}

/* Every alternative binds the same names (CPython's rule). */
static bool same_bindings(Checker *c, Ast *p, const char **set)
{
    if (p->kind == AST_BINARY && p->u.binary.op == OP_BITOR)
        return same_bindings(c, p->u.binary.left, set) && same_bindings(c, p->u.binary.right, set);
    const char *s = name_set(c, p);
    if (!*set)
        *set = s;
    return strcmp(*set, s) == 0;
}

/* p1 | p2 | ...: one step, a MATCH node whose cases are the alternatives'
 * step lists (the first that passes wins).  The alternatives bind the same
 * names; after the step holds what holds after every alternative. */
static void or_pattern(MatchCtx *mc, Ast *p, const char *subj)
{
    Checker *c = mc->c;
    const char *set = NULL;
    if (!same_bindings(c, p, &set)) {
        chk_error(c, p->loc, "alternative patterns bind different names");
        mc->failed = true;
        return;
    }
    Ast *outer = mc->cs;
    Flow *entry = c->flow;
    Flow *exit = flow_copy(c, entry);
    exit->dead = true;
    Ast *alts = ast_new(c->arena, AST_MATCH, p->loc);
    Ast *outer_or = c->or_pattern;
    c->or_pattern = p;          /* a name bound with two types: check_target.c */
    alternatives(mc, p, subj, alts, entry, exit);
    c->or_pattern = outer_or;
    flow_set(entry, exit);
    c->flow = entry;
    mc->cs = outer;
    ast_list_push(c->arena, &outer->u.mcase.steps, alts);
}

/* --------------------------------------------------------------- dispatch */

static void pattern(MatchCtx *mc, Ast *p, const char *subj)
{
    Checker *c = mc->c;
    if (mc->failed)
        return;
    switch (p->kind) {
    case AST_NAME:
        if (strcmp(p->u.name.id, "_") != 0)
            bind(mc, p->u.name.id, ref(mc, subj, p->loc), p->loc);
        return;
    case AST_WITHITEM:
        pattern(mc, p->u.withitem.expr, subj);
        if (!mc->failed && p->u.withitem.target->kind == AST_NAME)
            bind(mc, p->u.withitem.target->u.name.id, ref(mc, subj, p->loc), p->loc);
        return;
    case AST_NONE: case AST_BOOL:
        singleton(mc, p, subj);
        return;
    case AST_ATTR:
        test(mc, binop(c, OP_EQ, ref(mc, subj, p->loc), p, p->loc));
        return;
    case AST_CALL: class_pattern(mc, p, subj); return;
    case AST_LIST: case AST_TUPLE: sequence(mc, p, subj); return;
    case AST_DICT: mapping(mc, p, subj); return;
    case AST_BINARY:
        if (p->u.binary.op == OP_BITOR) {
            or_pattern(mc, p, subj);
            return;
        }
        break;
    default:
        if (is_literal(p)) {
            test(mc, binop(c, OP_EQ, ref(mc, subj, p->loc), p, p->loc));
            return;
        }
        break;
    }
    chk_error(c, p->loc, "this is not a pattern match supports (literals, names, constants, "
                         "classes, sequences, mappings, '|' and 'as')");
    mc->failed = true;
}

/* After an error in a pattern, its captures count as bound. */
static void assume_bound(Checker *c, Ast *p)
{
    switch (p->kind) {
    case AST_NAME: {
        Sym *s = chk_lookup_name(c, p->u.name.id);
        if (s && s->kind == SYM_LOCAL && s->index < c->flow->nlocals) {
            c->flow->assigned[s->index] = 1;
            if (!c->fn->locals[s->index].type)
                c->fn->locals[s->index].type = TT(ERROR);
        }
        return;
    }
    case AST_WITHITEM:
        assume_bound(c, p->u.withitem.expr);
        assume_bound(c, p->u.withitem.target);
        return;
    case AST_STARRED: assume_bound(c, p->u.unary.operand); return;
    case AST_CALL:
        for (int i = 0; i < p->u.call.args.n; i++) {
            Ast *a = p->u.call.args.items[i];
            assume_bound(c, a->kind == AST_KEYWORD ? a->u.kw.value : a);
        }
        return;
    case AST_LIST: case AST_TUPLE:
        for (int i = 0; i < p->u.seq.items.n; i++)
            assume_bound(c, p->u.seq.items.items[i]);
        return;
    case AST_DICT:
        for (int i = 0; i < p->u.dict.values.n; i++)
            assume_bound(c, p->u.dict.values.items[i]);
        return;
    case AST_BINARY:
        assume_bound(c, p->u.binary.left);
        assume_bound(c, p->u.binary.right);
        return;
    default:
        return;
    }
}

/* A case that matches anything: `_`, a capture, or those with `as`. */
static bool irrefutable(Ast *p)
{
    if (p->kind == AST_WITHITEM)
        return irrefutable(p->u.withitem.expr);
    return p->kind == AST_NAME;
}

/* ------------------------------------------------------- exhaustiveness */

/* The members of enum cls a case's pattern names (or-patterns included),
 * marked in seen (by their global: aliases are one member). */
static void enum_values(Checker *c, ClassInfo *cls, Ast *p, bool *seen)
{
    if (p->kind == AST_BINARY && p->u.binary.op == OP_BITOR) {
        enum_values(c, cls, p->u.binary.left, seen);
        enum_values(c, cls, p->u.binary.right, seen);
        return;
    }
    if (p->kind != AST_ATTR)
        return;
    Ast *o = chk_expr(c, ast_clone(c->arena, p->u.attr.obj));
    if (o->ty->kind != TY_CLASSREF || o->ty->cls != cls)
        return;
    EnumInfo *ei = cls->enuminfo;
    for (int i = 0; i < ei->n; i++)
        if (strcmp(ei->names[i], p->u.attr.attr) == 0)
            for (int k = 0; k < ei->n; k++)
                if (strcmp(ei->globals[k], ei->globals[i]) == 0)
                    seen[k] = true;
}

/* A subject of an enum type whose every member some unguarded case
 * names: as mypy does, the statement is exhaustive. */
static bool covers_enum(Checker *c, Ast *s, Type *t)
{
    if (t->kind != TY_CLASS || !t->cls->enuminfo)
        return false;
    EnumInfo *ei = t->cls->enuminfo;
    bool *seen = arena_alloc(c->arena, (size_t)ei->n + 1);
    for (int i = 0; i < s->u.match.cases.n; i++) {
        Ast *cs = s->u.match.cases.items[i];
        if (!cs->u.mcase.guard)
            enum_values(c, t->cls, cs->u.mcase.pattern, seen);
    }
    for (int i = 0; i < ei->n; i++)
        if (!seen[i])
            return false;
    return true;
}

/* A case that matches every instance of class k: a class pattern naming
 * k or a base of it with only captures and `_` inside (or-patterns: either
 * side). */
static bool covers_class(Checker *c, Ast *p, ClassInfo *k)
{
    if (p->kind == AST_WITHITEM)
        return covers_class(c, p->u.withitem.expr, k);
    if (p->kind == AST_BINARY && p->u.binary.op == OP_BITOR)
        return covers_class(c, p->u.binary.left, k) || covers_class(c, p->u.binary.right, k);
    if (p->kind != AST_CALL)
        return false;
    for (int i = 0; i < p->u.call.args.n; i++) {
        Ast *a = p->u.call.args.items[i];
        if (!irrefutable(a->kind == AST_KEYWORD ? a->u.kw.value : a))
            return false;
    }
    Ast *cls = chk_expr(c, ast_clone(c->arena, p->u.call.func));
    return cls->ty->kind == TY_CLASSREF && ty_is_subclass(k, cls->ty->cls);
}

/* A subject whose type is a class of the program or a union of them (no
 * None) each of which an unguarded case matches whole: as mypy does, the
 * statement is exhaustive (an enum's members: covers_enum). */
static bool covers_classes(Checker *c, Ast *s, Type *t)
{
    int n = t->kind == TY_UNION ? t->nitems : 1;
    for (int m = 0; m < n; m++) {
        Type *k = t->kind == TY_UNION ? t->items[m] : t;
        if (k->kind != TY_CLASS || k->cls->enuminfo)
            return false;
        bool covered = false;
        for (int i = 0; i < s->u.match.cases.n && !covered; i++) {
            Ast *cs = s->u.match.cases.items[i];
            covered = !cs->u.mcase.guard && covers_class(c, cs->u.mcase.pattern, k->cls);
        }
        if (!covered)
            return false;
    }
    return true;
}

/* The subject when it is a local that no case rebinds (a capture of its
 * name, an assignment in a guard) before a later case's test reads it. */
static bool assigns_in(Ast *n, const char *id);

static void assigns_visit(Ast *n, void *data)
{
    const char **id = data;
    if (*id && assigns_in(n, *id))
        *id = NULL;
}

static bool assigns_in(Ast *n, const char *id)
{
    if (!n)
        return false;
    if (n->kind == AST_NAMEDEXPR && n->u.named.target->kind == AST_NAME &&
        strcmp(n->u.named.target->u.name.id, id) == 0)
        return true;
    const char *left = id;
    ast_visit_children(n, assigns_visit, &left);
    return left == NULL;
}

static Ast *stable_subject(Checker *c, Ast *s, Ast *e)
{
    if (e->kind != AST_NAME || !e->u.name.sym || e->u.name.sym->kind != SYM_LOCAL)
        return NULL;
    for (int i = 0; i < s->u.match.cases.n; i++) {
        Ast *cs = s->u.match.cases.items[i];
        if (case_captures(c, cs, e->u.name.id) || assigns_in(cs->u.mcase.guard, e->u.name.id))
            return NULL;
    }
    return e;
}

/* ------------------------------------------------------ capture order */

/* A step that binds a name of the program: a capture, or an or-step one of
 * whose alternatives has one (hidden locals' names start with '$'). */
static bool binds_user_name(Ast *st)
{
    if (st->kind == AST_ASSIGN) {
        Ast *t = st->u.assign.targets.items[0];
        return t->kind == AST_NAME && t->u.name.id[0] != '$';
    }
    if (st->kind != AST_MATCH)
        return false;
    for (int i = 0; i < st->u.match.cases.n; i++) {
        AstList *steps = &st->u.match.cases.items[i]->u.mcase.steps;
        for (int k = 0; k < steps->n; k++)
            if (binds_user_name(steps->items[k]))
                return true;
    }
    return false;
}

/* CPython binds a pattern's captures only once the whole pattern has
 * matched: `case (x, 2):` failing on its second item leaves x as it was.
 * The steps bind as they go, so the binding steps move after the others,
 * in their order (and so in each alternative of an or-step).  This keeps
 * their values: they read hidden locals that no step reassigns, whose
 * narrowings later tests can only refine; and no test reads a name of the
 * program or the subject of an or-step (each sub-pattern has its own). */
static void defer_captures(Checker *c, AstList *steps)
{
    AstList tests = { 0 }, binds = { 0 };
    for (int k = 0; k < steps->n; k++) {
        Ast *st = steps->items[k];
        if (st->kind == AST_MATCH)
            for (int i = 0; i < st->u.match.cases.n; i++)
                defer_captures(c, &st->u.match.cases.items[i]->u.mcase.steps);
        ast_list_push(c->arena, binds_user_name(st) ? &binds : &tests, st);
    }
    for (int k = 0; k < binds.n; k++)
        ast_list_push(c->arena, &tests, binds.items[k]);
    *steps = tests;
}

/* --------------------------------------------------------------- checker */

void chk_match(Checker *c, Ast *s)
{
    const char *base = hidden_base(c, s);
    Ast *init = ast_new(c->arena, AST_ASSIGN, s->loc);
    ast_list_push(c->arena, &init->u.assign.targets, name_node(c, base, s->loc));
    init->u.assign.value = s->u.match.subject;
    chk_stmt(c, init);
    s->u.match.init = init;
    int limit = 0;
    for (int i = 0; i < s->u.match.cases.n; i++)
        limit += count_nodes(s->u.match.cases.items[i]->u.mcase.pattern);
    Flow *before = flow_copy(c, c->flow);
    Flow *after = flow_copy(c, c->flow);
    after->dead = true;
    bool exhaustive = false;
    MatchCtx mc = { c, NULL, base, 0, limit, false, stable_subject(c, s, init->u.assign.value) };
    for (int i = 0; i < s->u.match.cases.n; i++) {
        Ast *cs = s->u.match.cases.items[i];
        if (exhaustive) {
            chk_error(c, cs->loc, "this case is unreachable: a case before it matches anything");
            break;
        }
        c->flow = flow_copy(c, before);
        mc.cs = cs;
        mc.failed = false;
        pattern(&mc, cs->u.mcase.pattern, base);
        if (mc.failed)
            assume_bound(c, cs->u.mcase.pattern);   /* reported: no follow-up errors */
        defer_captures(c, &cs->u.mcase.steps);
        if (cs->u.mcase.guard) {
            /* a false guard leaves the captures bound for the cases after */
            cs->u.mcase.guard = chk_test(c, cs->u.mcase.guard);
            Flow *unguarded = flow_copy(c, c->flow);
            chk_narrow(c, cs->u.mcase.guard, false, unguarded);
            flow_meet(before, unguarded);
            chk_narrow(c, cs->u.mcase.guard, true, c->flow);
        }
        chk_body(c, &cs->u.mcase.body);
        flow_meet(after, c->flow);
        exhaustive = !cs->u.mcase.guard && irrefutable(cs->u.mcase.pattern);
    }
    Type *st = init->u.assign.value->ty;
    s->u.match.all_members = covers_enum(c, s, st) || covers_classes(c, s, st);
    if (!exhaustive && !s->u.match.all_members)
        flow_meet(after, before);
    c->flow = after;
}
