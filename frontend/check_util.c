/* check_util.c - the checker's small shared pieces: name tables, error
 * reporting, conversions, class member lookup. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"

/* -------------------------------------------------------------- symtab */

static uint64_t name_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

SymTab *symtab_new(Arena *a)
{
    SymTab *st = arena_alloc(a, sizeof *st);
    st->arena = a;
    st->cap = 16;
    st->slots = arena_alloc(a, (size_t)st->cap * sizeof *st->slots);
    return st;
}

static int find_slot(Sym **slots, int cap, const char *name)
{
    size_t mask = (size_t)cap - 1;
    size_t i = name_hash(name) & mask;
    while (slots[i] && strcmp(slots[i]->name, name) != 0)
        i = (i + 1) & mask;
    return (int)i;
}

Sym *symtab_get(const SymTab *st, const char *name)
{
    if (!st)
        return NULL;
    return st->slots[find_slot(st->slots, st->cap, name)];
}

void symtab_put(SymTab *st, Sym *sym)
{
    if (2 * (st->n + 1) > st->cap) {
        int ncap = st->cap * 2;
        Sym **slots = arena_alloc(st->arena, (size_t)ncap * sizeof *slots);
        for (int i = 0; i < st->cap; i++)
            if (st->slots[i])
                slots[find_slot(slots, ncap, st->slots[i]->name)] = st->slots[i];
        st->slots = slots;
        st->cap = ncap;
    }
    int i = find_slot(st->slots, st->cap, sym->name);
    if (!st->slots[i])
        st->n++;
    st->slots[i] = sym;
}

/* -------------------------------------------------------------- errors */

/* An error in prelude code that user code needed (a template instance
 * for the program's types, a key function that does not fit) belongs to
 * that code: reported at its line, never at runtime/prelude/. */
static bool in_library(Checker *c, Loc loc)
{
    return c->prelude && c->prelude->ast && loc.file == c->prelude->ast->loc.file &&
           c->site.line > 0;
}

/* An error already on the site's line: two library bodies with one
 * cause, or the call's own check (`max(d, key=d.get)` reports the key
 * function's results at the argument) said it first. */
static bool already_reported(Checker *c, Loc loc)
{
    for (int i = 0; i < diag_count(c->diag); i++) {
        const Diagnostic *g = diag_get(c->diag, i);
        if (g->kind == DIAG_ERROR && g->loc.file == loc.file && g->loc.line == loc.line)
            return true;
    }
    return false;
}

void chk_error(Checker *c, Loc loc, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    if (!in_library(c, loc)) {
        diag_report(c->diag, DIAG_ERROR, loc, 1, fmt, ap);
        va_end(ap);
        return;
    }
    char *msg = NULL;
    if (vasprintf(&msg, fmt, ap) < 0)
        chk_die(__FILE__, __LINE__, "out of memory");
    va_end(ap);
    const char *full = c->site_name
        ? chk_fmt(c, "%s (in the library code '%s' runs for these types)", msg, c->site_name)
        : chk_fmt(c, "%s (in the library code this operation runs for these types)", msg);
    free(msg);
    if (!already_reported(c, c->site))
        diag_error(c->diag, c->site, "%s", full);
}

const char *chk_fmt(Checker *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *s = NULL;
    if (vasprintf(&s, fmt, ap) < 0)
        chk_die(__FILE__, __LINE__, "out of memory");
    va_end(ap);
    char *r = arena_strdup(c->arena, s);
    free(s);
    return r;
}

const char *chk_tyname(Checker *c, const Type *t)
{
    return ty_name(c->arena, t);
}

/* --------------------------------------------------------- conversions */

Ast *chk_synth(Checker *c, AstKind k, Loc loc, Type *ty)
{
    Ast *n = ast_new(c->arena, k, loc);
    n->ty = ty;
    return n;
}

Ast *chk_convert(Checker *c, Ast *e, Type *to)
{
    Type *from = e->ty;
    if (from == to || from->kind == TY_ERROR || to->kind == TY_ERROR)
        return e;
    if (ty_boxes(from, to)) {
        if (from != to->elem && ty_strip_optional(to)->kind != TY_UNION)
            e = chk_convert(c, e, to->elem);   /* math-style widening first */
        Ast *n = chk_synth(c, AST_CONVERT, e->loc, to);
        n->u.convert.operand = e;
        return n;
    }
    bool boxed = to->kind == TY_OBJECT && ty_is_value(from);
    if (!boxed && (!ty_is_numeric(from) || !ty_is_numeric(to)))
        return e;
    Ast *n = chk_synth(c, AST_CONVERT, e->loc, to);
    n->u.convert.operand = e;
    return n;
}

Ast *chk_coerce(Checker *c, Ast *e, Type *to)
{
    if (!ty_convertible(e->ty, to))
        return NULL;
    return chk_convert(c, e, to);
}

Ast *chk_fit(Checker *c, Ast *e, Type *to)
{
    if (to->kind == TY_OBJECT && ty_is_value(e->ty))
        return chk_convert(c, e, to);     /* CPython passes the number itself */
    if (!ty_subtype(e->ty, to))
        return NULL;
    return ty_boxes(e->ty, to) ? chk_convert(c, e, to) : e;
}

/* The part of e that needs the widening, with the number type expected
 * there: e itself, or (first mismatch) an item of a tuple display or a
 * branch of `x if c else y`.  NULL when e does not fit for another reason. */
static const Ast *widened_part(const Ast *e, const Type *to, const Type **want)
{
    if (to->kind == TY_OPTIONAL)
        to = to->elem;
    if (e->kind == AST_IFEXP) {
        const Ast *x = e->u.ifexp.body;
        if (ty_subtype(x->ty, to))
            x = e->u.ifexp.orelse;
        return widened_part(x, to, want);
    }
    if (e->kind == AST_TUPLE && to->kind == TY_TUPLE && e->u.seq.items.n == to->nitems) {
        for (int i = 0; i < to->nitems; i++) {
            const Ast *x = e->u.seq.items.items[i];
            if (!ty_subtype(x->ty, to->items[i]))
                return widened_part(x, to->items[i], want);
        }
        return NULL;
    }
    *want = to;
    return ty_widens(e->ty, to) ? e : NULL;
}

/* The spelling of e as a `to` that CPython keeps: 3 -> "3.0", True ->
 * "1", n -> "float(n)". */
static const char *widened_spelling(Checker *c, const Ast *e, TyKind to)
{
    const char *conv = to == TY_FLOAT ? "float" : "int";
    const char *frac = to == TY_FLOAT ? ".0" : "";
    const Ast *lit = e;
    bool neg = e->kind == AST_UNARY && e->u.unary.op == OP_NEG;
    if (neg)
        lit = e->u.unary.operand;
    if (lit->kind == AST_INT || lit->kind == AST_BOOL)
        return chk_fmt(c, "%s%lld%s", neg ? "-" : "", (long long)lit->u.i, frac);
    if (e->kind == AST_NAME)
        return chk_fmt(c, "%s(%s)", conv, e->u.name.id);
    return chk_fmt(c, "%s(...)", conv);
}

/* x.f of type `T | None` where a T is wanted: a test of it is forgotten
 * at the next call or assignment (check_target.c, narrowing). */
static const char *none_advice(Checker *c, const Ast *e, const Type *to)
{
    if (!e || e->kind != AST_ATTR || e->u.attr.res != RES_FIELD || !e->ty ||
        e->ty->kind != TY_OPTIONAL || !ty_subtype(e->ty->elem, to))
        return "";
    const Ast *o = e->u.attr.obj;
    return chk_fmt(c, ": '%s.%s' may be None here (a test of a field lasts until a call that "
                   "may assign it%s); copy it into a variable and test that",
                   o->kind == AST_NAME ? o->u.name.id : "...", e->u.attr.attr,
                   chk_thread_switch_advice(c));
}

/* Whether t is a union of numbers (`int | float`). */
static bool numbers_only(const Type *t)
{
    for (int i = 0; t->kind == TY_UNION && i < t->nitems; i++)
        if (!ty_is_value(t->items[i]))
            return false;
    return t->kind == TY_UNION;
}

/* A number whose kind is no member of the union it goes to.  A union
 * keeps the kind a number is, as CPython does (True stays a bool: str(),
 * type() and isinstance() tell), so no member of another kind takes it. */
static const char *union_advice(Checker *c, const Ast *e, const Type *to)
{
    const Type *u = ty_strip_optional((Type *)to);
    if (!e || !e->ty || u->kind != TY_UNION || !ty_is_value(e->ty) || ty_union_has(u, e->ty))
        return NULL;
    TyKind k = e->ty->kind;
    const char *kind = chk_tyname(c, e->ty), *article = k == TY_INT ? "an" : "a";
    const char *shown = k == TY_BOOL ? ", as in CPython (it prints True, not 1)"
                      : k == TY_INT ? ", as in CPython (it prints 2, not 2.0)" : "";
    TyKind member = k == TY_BOOL && ty_union_has(u, ty_prim(c->tt, TY_INT)) ? TY_INT
                  : k != TY_FLOAT && ty_union_has(u, ty_prim(c->tt, TY_FLOAT)) ? TY_FLOAT : TY_ERROR;
    const char *instead = member == TY_ERROR ? ""
                        : chk_fmt(c, ", or write %s", widened_spelling(c, e, member));
    return chk_fmt(c, ": %s %s stays %s %s in a union%s: add %s to the union%s", article, kind,
                   article, kind, shown, kind, instead);
}

const char *chk_widen_advice(Checker *c, const Ast *e, const Type *to)
{
    const Type *want = NULL;
    const Ast *part = e ? widened_part(e, to, &want) : NULL;
    const char *in_union = part ? NULL : union_advice(c, e, to);
    if (in_union)
        return in_union;
    if (!part && e && e->ty && numbers_only(e->ty) && ty_strip_optional((Type *)to)->kind == TY_FLOAT)
        return chk_fmt(c, ": write %s (CPython would keep an int)", widened_spelling(c, e, TY_FLOAT));
    if (!part && e && e->ty && chk_is_bytes_like(c, e->ty) && chk_is_bytes_like(c, to) && e->ty != to)
        return chk_fmt(c, " (bytes and bytearray are distinct types, as with mypy --strict-bytes: "
                       "write %s(...))", chk_tyname(c, to));
    if (!part)
        return none_advice(c, e, to);
    return chk_fmt(c, ": write %s (CPython would keep the %s)",
                   widened_spelling(c, part, want->kind), chk_tyname(c, part->ty));
}

/* ------------------------------------------------------- class members */

FuncInfo *chk_find_method(ClassInfo *cls, const char *name)
{
    for (; cls; cls = cls->base)
        for (int i = 0; i < cls->nmethods; i++)
            if (strcmp(cls->methods[i]->name, name) == 0)
                return cls->methods[i];
    return NULL;
}

Field *chk_find_field(ClassInfo *cls, const char *name)
{
    for (int i = 0; cls && i < cls->nfields; i++)
        if (strcmp(cls->fields[i].name, name) == 0)
            return &cls->fields[i];
    return NULL;
}

int chk_find_const(ClassInfo *cls, const char *name, ClassInfo **owner)
{
    for (; cls; cls = cls->base)
        for (int i = 0; i < cls->nconsts; i++)
            if (strcmp(cls->consts[i].name, name) == 0) {
                *owner = cls;
                return i;
            }
    return -1;
}

void chk_add_func(Checker *c, FuncInfo *fn)
{
    if (c->discovering)
        return;     /* a copy checked to infer types is never lowered */
    VEC_PUSH(c->arena, c->prog->funcs, c->prog->nfuncs, c->prog->capfuncs, fn);
}

void chk_add_class(Checker *c, ClassInfo *cls)
{
    VEC_PUSH(c->arena, c->prog->classes, c->prog->nclasses, c->prog->capclasses, cls);
}
