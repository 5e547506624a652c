/* check_lru.c - functools.lru_cache and functools.cache on module functions
 *
 * Assumes: a module's AST before any of its names is declared.
 * Guarantees: a function decorated with @lru_cache, @lru_cache(maxsize=N),
 * @lru_cache(maxsize=None), @lru_cache(N), @cache (or functools.X) becomes
 *
 *     def NAME__lru_body(params) -> R:        # the original body
 *     def NAME(params) -> R:                  # the cached entry point
 *         key = (p1, p2)                      # p1 alone for one parameter
 *         if key in _NAME__lru: return _NAME__lru.hit(key)
 *         value = NAME__lru_body(p1, p2)
 *         _NAME__lru.store(key, value)
 *         return value
 *     _NAME__lru: _functools_LruCache[K, R] = _functools_LruCache(maxsize)
 *
 * so recursive calls go through the cache, as in CPython, and the
 * prelude's _functools_LruCache evicts the least recently used entry as CPython's
 * does (the order decides which calls run again, which side effects show).
 * The entry point is ordinary source parsed here; the annotations are the
 * user's own nodes, so type errors (an unhashable key) point at them.
 * Refuses: methods (the key would include self), keyword-only and default
 * parameters; cache_info() and cache_clear() (function attributes).
 */
#include "check.h"

#include <stdio.h>
#include <string.h>

/* The decorator's maxsize: -1 unbounded, 128 for a bare @lru_cache;
 * -2: not an lru_cache decorator. */
static int64_t lru_maxsize(Checker *c, Ast *d)
{
    Ast *e = d->u.expr_stmt.value;
    Ast *call = e->kind == AST_CALL ? e : NULL;
    if (call)
        e = call->u.call.func;
    const char *name = e->kind == AST_NAME ? e->u.name.id
                     : e->kind == AST_ATTR && e->u.attr.obj->kind == AST_NAME &&
                       strcmp(e->u.attr.obj->u.name.id, "functools") == 0 ? e->u.attr.attr : NULL;
    if (!name || (strcmp(name, "lru_cache") != 0 && strcmp(name, "cache") != 0))
        return -2;
    bool is_cache = strcmp(name, "cache") == 0;
    if (!call)
        return is_cache ? -1 : 128;
    if (is_cache || call->u.call.args.n > 1) {
        chk_error(c, d->loc, "@%s takes %s", name, is_cache ? "no arguments" : "only maxsize");
        return -1;
    }
    if (call->u.call.args.n == 0)
        return 128;
    Ast *a = call->u.call.args.items[0];
    if (a->kind == AST_KEYWORD) {
        if (strcmp(a->u.kw.name, "maxsize") != 0)
            chk_error(c, a->loc, "@lru_cache takes only maxsize (typed=... is not supported)");
        a = a->u.kw.value;
    }
    if (a->kind == AST_NONE)
        return -1;
    if (a->kind == AST_INT)
        return a->u.i < 0 ? 0 : a->u.i;     /* CPython: a negative maxsize is 0 */
    chk_error(c, a->loc, "maxsize must be None or an integer constant");
    return -1;
}

/* The text of the entry point and the cache, with 'int' for every
 * annotation (replaced by the user's afterwards). */
static const char *entry_source(Checker *c, Ast *def, int64_t maxsize)
{
    const char *name = def->u.func.name;
    AstList *ps = &def->u.func.params;
    const char *args = "";
    for (int i = 0; i < ps->n; i++)
        args = chk_fmt(c, "%s%s%s", args, i ? ", " : "", ps->items[i]->u.param.name);
    const char *params = "";
    for (int i = 0; i < ps->n; i++)
        params = chk_fmt(c, "%s%s%s: int", params, i ? ", " : "", ps->items[i]->u.param.name);
    const char *key = ps->n == 0 ? "0" : ps->n == 1 ? args : chk_fmt(c, "(%s)", args);
    return chk_fmt(c,
        "def %s(%s) -> int:\n"
        "    key = %s\n"
        "    if key in _%s__lru:\n"
        "        return _%s__lru.hit(key)\n"
        "    value = %s__lru_body(%s)\n"
        "    _%s__lru.store(key, value)\n"
        "    return value\n"
        "_%s__lru: _functools_LruCache[int, int] = _functools_LruCache(%lld)\n",
        name, params, key, name, name, name, args, name, name, (long long)maxsize);
}

static Ast *subscript(Checker *c, const char *head, Ast *index, Loc loc)
{
    Ast *obj = ast_new(c->arena, AST_NAME, loc);
    obj->u.name.id = head;
    Ast *s = ast_new(c->arena, AST_SUBSCRIPT, loc);
    s->u.sub.obj = obj;
    s->u.sub.index = index;
    return s;
}

static Ast *tuple_of(Checker *c, Ast **items, int n, Loc loc)
{
    Ast *t = ast_new(c->arena, AST_TUPLE, loc);
    for (int i = 0; i < n; i++)
        ast_list_push(c->arena, &t->u.seq.items, items[i]);
    return t;
}

/* The cache's annotation _functools_LruCache[K, R]: K is the parameter's type, the
 * tuple of the parameters' types, or int without parameters. */
static Ast *cache_annotation(Checker *c, Ast *def)
{
    AstList *ps = &def->u.func.params;
    Loc loc = def->loc;
    Ast **anns = arena_alloc(c->arena, (size_t)(ps->n + 1) * sizeof *anns);
    for (int i = 0; i < ps->n; i++)
        anns[i] = ast_clone(c->arena, ps->items[i]->u.param.annotation);
    Ast *key;
    if (ps->n == 0) {
        key = ast_new(c->arena, AST_NAME, loc);
        key->u.name.id = "int";
    } else {
        key = ps->n == 1 ? anns[0] : subscript(c, "tuple", tuple_of(c, anns, ps->n, loc), loc);
    }
    Ast *kv[2] = { key, ast_clone(c->arena, def->u.func.returns) };
    return subscript(c, "_functools_LruCache", tuple_of(c, kv, 2, loc), loc);
}

static bool cacheable(Checker *c, Ast *def)
{
    if (!def->u.func.returns) {
        chk_error(c, def->loc, "function '%s' needs a return type annotation", def->u.func.name);
        return false;
    }
    AstList *ps = &def->u.func.params;
    for (int i = 0; i < ps->n; i++) {
        Ast *p = ps->items[i];
        if (p->u.param.star || !p->u.param.annotation || p->u.param.default_value) {
            chk_error(c, p->loc, "a function with @lru_cache takes annotated positional "
                      "parameters without defaults");
            return false;
        }
    }
    return true;
}

/* Rewrites body->items[i] (a decorated FUNCDEF); the new statements
 * follow it.  Returns how many statements were inserted. */
static int rewrite(Checker *c, ModuleInfo *m, AstList *body, int i, int64_t maxsize)
{
    Ast *def = body->items[i];
    if (!cacheable(c, def))
        return 0;
    const char *src = entry_source(c, def, maxsize);
    const char *path = chk_fmt(c, "%s (lru_cache of %s)", m->path ? m->path : m->name, def->u.func.name);
    Ast *gen = parse_string(c->diag, c->arena, path, src, strlen(src));
    if (!gen || gen->u.module.body.n != 2)
        CHK_UNREACHABLE();
    Ast *entry = gen->u.module.body.items[0];
    Ast *cache = gen->u.module.body.items[1];
    cache->u.annassign.annotation = cache_annotation(c, def);
    for (int j = 0; j < def->u.func.params.n; j++)
        entry->u.func.params.items[j]->u.param.annotation =
            ast_clone(c->arena, def->u.func.params.items[j]->u.param.annotation);
    entry->u.func.returns = ast_clone(c->arena, def->u.func.returns);
    def->u.func.name = chk_fmt(c, "%s__lru_body", def->u.func.name);
    ast_list_push(c->arena, body, NULL);
    ast_list_push(c->arena, body, NULL);
    memmove(&body->items[i + 3], &body->items[i + 1], (size_t)(body->n - i - 3) * sizeof *body->items);
    body->items[i + 1] = entry;
    body->items[i + 2] = cache;
    return 2;
}

void chk_lru_rewrite(Checker *c, ModuleInfo *m)
{
    AstList *body = &m->ast->u.module.body;
    for (int i = 0; i < body->n; i++) {
        Ast *def = body->items[i];
        if (def->kind != AST_FUNCDEF)
            continue;
        AstList *ds = &def->u.func.decorators;
        for (int k = 0; k < ds->n; k++) {
            int64_t maxsize = lru_maxsize(c, ds->items[k]);
            if (maxsize == -2)
                continue;
            if (ds->n > 1)
                chk_error(c, ds->items[k]->loc, "@lru_cache cannot be combined with other decorators");
            ds->n = 0;
            i += rewrite(c, m, body, i, maxsize);
            break;
        }
    }
}
