/* check_decl.c - declarations: module namespaces, imports, classes (fields,
 * constants, methods, virtual slots), function signatures, annotations,
 * and the instantiation of prelude templates.
 *
 * Order (chk_program): every module is declared (names) in initialisation
 * order, then its members (signatures, fields), then top-level code is
 * checked (which types the globals), then function bodies.  Template
 * classes and functions are instantiated on demand; an instance's method
 * bodies are checked only when used (chk_use_func), so that, e.g.,
 * list[Node].__repr__ is never checked for a class without __repr__.
 */
#include <string.h>

#include "frontend/check.h"


/* ------------------------------------------------------------- lookup */

static Sym *builtin_sym(Checker *c, int id)
{
    static const Loc noloc;
    if (!c->bisyms[id]) {
        Sym *s = arena_alloc(c->arena, sizeof *s);
        s->kind = SYM_BUILTIN;
        s->name = chk_builtins[id].name;
        s->builtin = id;
        s->loc = noloc;
        s->type = ty_builtin(c->tt, id);
        c->bisyms[id] = s;
    }
    return c->bisyms[id];
}

static bool is_prelude_module(Checker *c, ModuleInfo *m)
{
    return m && m == c->prelude;
}

/* The symbol a module-level name denotes in module m. */
Sym *chk_lookup_global(Checker *c, ModuleInfo *m, const char *name)
{
    Sym *s = symtab_get(m->syms, name);
    if (s)
        return s;
    if (is_prelude_module(c, m)) {
        int id = chk_builtin_lookup("__prelude", name);
        if (id < 0)
            id = chk_builtin_lookup("typing", name);
        if (id >= 0)
            return builtin_sym(c, id);
    }
    int id = chk_builtin_lookup("", name);
    if (id >= 0 && !chk_builtins[id].prelude)
        return builtin_sym(c, id);
    if (c->prelude && m != c->prelude &&
        (name[0] != '_' || strcmp(name, "_functools_LruCache") == 0 ||   /* check_lru.c */
         strcmp(name, "_bytes_lit") == 0))   /* a bytes literal (parse_strings) */
        return symtab_get(c->prelude->syms, name);
    return NULL;
}

/* The prelude symbol implementing a builtins.def entry. */
Sym *chk_prelude_sym(Checker *c, const char *name)
{
    Sym *s = symtab_get(c->prelude->syms, name);
    if (!s)
        chk_die(__FILE__, __LINE__, "prelude symbol missing");
    return s;
}

/* Member `name` of a library module, as the symbol it denotes. */
static Sym *new_sym(Checker *c, SymKind kind, const char *name, Loc loc);

/* os.path as a member of os: the library module "os.path". */
static Sym *library_submodule(Checker *c, ModuleInfo *lib, const char *name)
{
    const char *full = chk_fmt(c, "%s.%s", lib->name, name);
    if (!mod_is_library(full))
        return NULL;
    Sym *s = new_sym(c, SYM_MODULE, name, (Loc){0});
    s->module = mod_import(c, full, (Loc){0});
    s->type = ty_module(c->tt, s->module);
    return s;
}

Sym *chk_library_member(Checker *c, ModuleInfo *lib, const char *name)
{
    int id = chk_builtin_lookup(lib->name, name);
    if (id < 0)
        return library_submodule(c, lib, name);
    if (chk_builtins[id].prelude)
        return chk_prelude_sym(c, chk_builtins[id].prelude);
    return builtin_sym(c, id);
}

/* --------------------------------------------------------- annotations */

static Type *err_type(Checker *c)
{
    return ty_prim(c->tt, TY_ERROR);
}

static Type *resolve(Checker *c, Ast *e, bool allow_none);

bool chk_key_type_ok(const Type *t)
{
    switch (t->kind) {
    case TY_INT: case TY_STR: case TY_BOOL: case TY_CLASS: case TY_ERROR:
    case TY_TYPEVAR:
        return true;
    case TY_TUPLE:
        for (int i = 0; i < t->nitems; i++)
            if (!chk_key_type_ok(t->items[i]))
                return false;
        return true;
    case TY_UNION:
        return true;            /* hashed and compared by the member held */
    case TY_OPTIONAL:
        return t->elem->kind == TY_UNION;
    default:
        return false;
    }
}

static Type *check_key(Checker *c, Type *k, Loc loc, const char *what)
{
    if (!chk_key_type_ok(k)) {
        chk_error(c, loc, "'%s' cannot be used as %s (use int, str, bool, a tuple or a class)",
                  chk_tyname(c, k), what);
        return err_type(c);
    }
    if (!c->mod->is_prelude)
        chk_key_hashable_later(c, k, loc);
    return k;
}

Type *chk_make_optional(Checker *c, Type *t, Loc loc)
{
    if (t->kind == TY_ERROR || t->kind == TY_OPTIONAL || t->kind == TY_NONE)
        return t;       /* V | None of a dict[K, None] */
    if (!ty_is_ref(t) && !ty_is_value(t)) {
        chk_error(c, loc, "'%s | None' is not supported", chk_tyname(c, t));
        return err_type(c);
    }
    return ty_optional(c->tt, t);   /* int | None: boxed (docs/language.md) */
}

static Type *resolve_callable(Checker *c, Ast *sub, Ast **args, int n)
{
    if (n != 2 || args[0]->kind != AST_LIST) {
        chk_error(c, sub->loc, "Callable must be written Callable[[A, B], R]");
        return err_type(c);
    }
    AstList *ps = &args[0]->u.seq.items;
    Type **params = arena_alloc(c->arena, (size_t)(ps->n + 1) * sizeof *params);
    for (int i = 0; i < ps->n; i++)
        params[i] = resolve(c, ps->items[i], false);
    Type *ret = resolve(c, args[1], true);
    return ty_callable(c->tt, params, ps->n, ret);
}

/* type[E] and TracebackType: only as the parameters of __exit__, which
 * receive the exception for both (there are no class or traceback
 * objects): only their truth and `is None` can be used. */
static Type *exit_param_type(Checker *c, Ast *e, const char *name, Type *arg)
{
    if (!c->exit_params) {
        chk_error(c, e->loc, "'%s' is only supported as the type of a parameter of __exit__ "
                  "(there are no class objects)", arg || strcmp(name, "type") == 0 ? "type[...]" : name);
        return err_type(c);
    }
    if (arg && arg->kind != TY_CLASS) {
        chk_error(c, e->loc, "type[...] takes a class");
        return err_type(c);
    }
    return ty_opaque(c->tt, name, arg);
}

/* `type` names the builtin (not a program's own name). */
static bool builtin_type_name(const Sym *s)
{
    return !s || (s->kind == SYM_BUILTIN && s->builtin == BI_TYPE);
}

static Type *resolve(Checker *c, Ast *e, bool allow_none);

/* Whether t may be a member of a union: what isinstance() tells apart at
 * run time (a box's class, a string, a class of the program, bytes and
 * bytearray: prelude classes laid out as the program's are). */
static bool union_member_ok(const Type *t)
{
    return ty_is_value(t) || t->kind == TY_STR ||
           (t->kind == TY_CLASS && !t->cls->ntargs &&
            (!t->cls->is_builtin || strcmp(t->cls->name, "bytes") == 0 ||
             strcmp(t->cls->name, "bytearray") == 0));
}

/* Adds t (resolved from e) to the members, flattening nested unions and
 * optionals; None sets *none.  False after reporting an error. */
static bool add_member(Checker *c, Ast *e, Type *t, Type **ms, int *n, bool *none)
{
    if (t->kind == TY_ERROR)
        return false;
    if (t->kind == TY_NONE || t->kind == TY_OPTIONAL) {
        *none = true;
        if (t->kind == TY_NONE)
            return true;
        t = t->elem;
    }
    if (t->kind == TY_UNION) {
        for (int i = 0; i < t->nitems; i++)
            add_member(c, e, t->items[i], ms, n, none);
        return true;
    }
    if (!union_member_ok(t)) {
        chk_error(c, e->loc, "'%s' in a union is not supported: a union's members are int, "
                  "float, bool, str, None and classes of the program (which isinstance() tells "
                  "apart); write a class that holds the '%s'", chk_tyname(c, t), chk_tyname(c, t));
        return false;
    }
    for (int i = 0; i < *n; i++)
        if (ms[i] == t)
            return true;
    ms[(*n)++] = t;
    return true;
}

/* Union[A, B, ...] and A | B | ...: one member alone is that type; None
 * among them makes the union optional (NULL, as for any reference). */
static Type *make_union(Checker *c, Ast **args, int n, Loc loc)
{
    Type **ts = arena_alloc(c->arena, (size_t)n * sizeof *ts);
    int cap = 0;
    for (int i = 0; i < n; i++) {
        ts[i] = resolve(c, args[i], true);
        Type *u = ty_strip_optional(ts[i]);
        cap += u->kind == TY_UNION ? u->nitems : 1;
    }
    Type **ms = arena_alloc(c->arena, (size_t)cap * sizeof *ms);
    int k = 0;
    bool none = false, ok = true;
    for (int i = 0; i < n; i++)
        ok = add_member(c, args[i], ts[i], ms, &k, &none) && ok;
    if (!ok)
        return err_type(c);
    if (k == 0) {
        chk_error(c, loc, "'None' is not a type here");
        return err_type(c);
    }
    Type *u = k == 1 ? ms[0] : ty_union(c->tt, ms, k);
    return none ? chk_make_optional(c, u, loc) : u;
}

/* The operands of a chain of `|` (a | b | c parses as (a | b) | c). */
static void union_operands(Ast *e, Ast ***out, int *n, int *cap, Arena *a)
{
    if (e->kind == AST_BINARY && e->u.binary.op == OP_BITOR) {
        union_operands(e->u.binary.left, out, n, cap, a);
        union_operands(e->u.binary.right, out, n, cap, a);
        return;
    }
    VEC_PUSH(a, *out, *n, *cap, e);
}

/* Iterator[T], Generator[T, None, None]; Iterator[None] is a generator
 * whose items are all None (a backtracking solver's "one more solution"). */
static Type *iter_type(Checker *c, Ast *elem)
{
    return ty_iter(c->tt, resolve(c, elem, true));
}

static Type *generic_builtin(Checker *c, Ast *sub, int id, Ast **args, int n)
{
    const char *name = chk_builtins[id].name;
    int want = (id == BI_DICT || id == BI_TYPING_DICT || id == BI_COLLECTIONS_DEFAULTDICT) ? 2 : 1;
    if (id == BI_TUPLE || id == BI_TYPING_TUPLE) {
        if (n == 2 && args[1]->kind == AST_ELLIPSIS)
            return chk_var_tuple(c, resolve(c, args[0], false), sub->loc);
        for (int i = 0; i < n; i++)
            if (args[i]->kind == AST_ELLIPSIS) {
                chk_error(c, args[i]->loc, "'...' may only follow the one item type of a "
                          "tuple of any length: tuple[T, ...]");
                return err_type(c);
            }
        Type **items = arena_alloc(c->arena, (size_t)n * sizeof *items);
        for (int i = 0; i < n; i++)
            items[i] = resolve(c, args[i], true);
        return ty_tuple(c->tt, items, n);
    }
    if (id == BI_TYPING_CALLABLE || id == BI_ABC_CALLABLE)
        return resolve_callable(c, sub, args, n);
    if (id == BI_TYPING_TYPE)
        return exit_param_type(c, sub, "type", n == 1 ? resolve(c, args[0], false) : NULL);
    if (id == BI_TYPING_GENERATOR || id == BI_ABC_GENERATOR) {
        if (n != 3 || args[1]->kind != AST_NONE || args[2]->kind != AST_NONE) {
            chk_error(c, sub->loc, "only 'Generator[T, None, None]' is supported (send() and "
                      "return values of generators are not): or write 'Iterator[T]'");
            return err_type(c);
        }
        return iter_type(c, args[0]);
    }
    if (id == BI_TYPING_UNION)
        return make_union(c, args, n, sub->loc);
    if (n != want) {
        chk_error(c, sub->loc, "'%s' takes %d type argument%s", name, want, want > 1 ? "s" : "");
        return err_type(c);
    }
    /* None is an item type of lists and a value type of dicts
     * (dict.fromkeys(keys) is a dict[K, None]); never a key, which hashes */
    bool item_none = id == BI_LIST || id == BI_TYPING_LIST;
    Type *a0 = resolve(c, args[0], item_none);
    switch (id) {
    case BI_LIST: case BI_TYPING_LIST:
        return ty_list(c->tt, a0);
    case BI_SET: case BI_TYPING_SET:
        return ty_set(c->tt, check_key(c, a0, args[0]->loc, "a set element"));
    case BI_DICT: case BI_TYPING_DICT: case BI_COLLECTIONS_DEFAULTDICT:
        return ty_dict(c->tt, check_key(c, a0, args[0]->loc, "a dict key"),
                       resolve(c, args[1], true));
    case BI_TYPING_OPTIONAL:
        return chk_make_optional(c, a0, sub->loc);
    case BI_P_ARRAY:
        return ty_array(c->tt, a0);
    case BI_TYPING_FINAL:
        chk_error(c, sub->loc, "'Final' is only allowed as the outermost annotation of a field or global");
        return err_type(c);
    default:
        chk_error(c, sub->loc, "'%s' is not a generic type", name);
        return err_type(c);
    }
}

/* The symbol a type expression's head names (NAME or module.NAME). */
static Sym *type_head(Checker *c, Ast *e)
{
    if (e->kind == AST_NAME) {
        Sym *s = chk_lookup_global(c, c->mod, e->u.name.id);
        if (!s) {
            if (strcmp(e->u.name.id, "object") == 0 || strcmp(e->u.name.id, "Any") == 0)
                chk_error(c, e->loc, "'%s' is not supported: every value has a precise type",
                          e->u.name.id);
            else
                chk_error(c, e->loc, "unknown type '%s'", e->u.name.id);
        }
        return s;
    }
    if (e->kind == AST_ATTR && e->u.attr.obj->kind == AST_NAME) {
        Sym *ms = chk_lookup_global(c, c->mod, e->u.attr.obj->u.name.id);
        if (ms && ms->kind == SYM_MODULE) {
            ModuleInfo *m = ms->module;
            Sym *s = m->path ? symtab_get(m->syms, e->u.attr.attr)
                             : chk_library_member(c, m, e->u.attr.attr);
            if (!s)
                chk_error(c, e->u.attr.attr_loc, "module '%s' has no type '%s'", m->name,
                          e->u.attr.attr);
            return s;
        }
    }
    chk_error(c, e->loc, "invalid type annotation");
    return NULL;
}

/* re.Pattern and re.Match: generic in CPython (over str or bytes), plain
 * prelude classes here, for str only; both spellings are accepted. */
static bool str_generic(Checker *c, const ClassInfo *cls)
{
    return cls->module == c->prelude &&
           (strcmp(cls->name, "Pattern") == 0 || strcmp(cls->name, "Match") == 0);
}

static Type *str_generic_arg(Checker *c, ClassInfo *cls, Ast **args, int n, Loc loc)
{
    bool bytes = n == 1 && args[0]->kind == AST_NAME && strcmp(args[0]->u.name.id, "bytes") == 0;
    Type *t = n == 1 && !bytes ? resolve(c, args[0], false) : NULL;
    if (t && t->kind == TY_ERROR)
        return t;
    if (!t || t->kind != TY_STR) {
        chk_error(c, loc, "re.%s takes the one type argument str (bytes patterns are not "
                  "supported)", cls->name);
        return err_type(c);
    }
    return cls->type;
}

static Type *resolve_subscript(Checker *c, Ast *e)
{
    Sym *s = type_head(c, e->u.sub.obj);
    if (!s)
        return err_type(c);
    Ast **args;
    int n;
    Ast *index = e->u.sub.index;
    if (index->kind == AST_TUPLE) {
        args = index->u.seq.items.items;
        n = index->u.seq.items.n;
    } else {
        args = &e->u.sub.index;
        n = 1;
    }
    if (s->kind == SYM_BUILTIN)
        return generic_builtin(c, e, s->builtin, args, n);
    if (s->kind == SYM_CLASS && s->cls->is_template && s->cls == c->c_iterator && n == 1)
        return iter_type(c, args[0]);   /* typevars allowed */
    if (s->kind == SYM_CLASS && s->cls->is_template) {
        if (n != s->cls->ntargs) {
            chk_error(c, e->loc, "'%s' takes %d type arguments", s->cls->name, s->cls->ntargs);
            return err_type(c);
        }
        Type **targs = arena_alloc(c->arena, (size_t)n * sizeof *targs);
        for (int i = 0; i < n; i++)
            targs[i] = resolve(c, args[i], false);
        for (int i = 0; i < n; i++)
            if (ty_has_typevar(targs[i]) || targs[i]->kind == TY_ERROR)
                return err_type(c);   /* only while declaring a template */
        return chk_instantiate_class(c, s->cls, targs, n, e->loc)->type;
    }
    if (s->kind == SYM_CLASS && str_generic(c, s->cls))
        return str_generic_arg(c, s->cls, args, n, e->loc);
    if (s->kind == SYM_CLASS)
        chk_error(c, e->loc, "generic classes are not supported: '%s' takes no type arguments",
                  s->cls->name);
    else
        chk_error(c, e->loc, "'%s' is not a generic type", s->name);
    return err_type(c);
}

/* CPython evaluates a parameter, return or field annotation when the def
 * or class statement runs, and a module variable's when its statement
 * runs (not a local's, never a string, nothing under `from __future__
 * import annotations`): a class of this module named there must be
 * defined by an earlier statement, else CPython raises NameError. */
static bool bound_when_evaluated(Checker *c, ClassInfo *cls, Ast *e)
{
    if (!c->ann_eval_line || cls->module != c->mod || !cls->def ||
        cls->def->loc.line < c->ann_eval_line)
        return true;
    if (c->in_alias)
        chk_error(c, e->loc, "class '%s' is not defined yet where CPython evaluates this type "
                  "alias (NameError): quote the name (\"%s\")", cls->name, cls->name);
    else
        chk_error(c, e->loc, "class '%s' is not defined yet where CPython evaluates this "
                  "annotation (NameError): add 'from __future__ import annotations' at the top "
                  "of the module, or quote the name (\"%s\")", cls->name, cls->name);
    return false;
}

static Type *resolve_alias(Checker *c, Sym *s, Ast *e)
{
    if (s->type)
        return s->type;
    if (s->alias_busy) {
        chk_error(c, e->loc, "type alias '%s' refers to itself", s->name);
        return err_type(c);
    }
    s->alias_busy = 1;
    ModuleInfo *saved = c->mod;
    int saved_line = c->ann_eval_line;
    c->mod = s->module;
    c->ann_eval_line = s->loc.line;    /* evaluated when the assignment runs */
    bool saved_alias = c->in_alias;
    c->in_alias = true;
    Type *t = resolve(c, s->alias, false);
    c->in_alias = saved_alias;
    c->mod = saved;
    c->ann_eval_line = saved_line;
    s->alias_busy = 0;
    s->type = t;
    return t;
}

static Type *resolve_name(Checker *c, Ast *e)
{
    Sym *s = type_head(c, e);
    if (!s)
        return err_type(c);
    if (s->alias)
        return resolve_alias(c, s, e);
    switch (s->kind) {
    case SYM_CLASS:
        if (s->cls->is_template) {
            chk_error(c, e->loc, "'%s' needs type arguments", s->cls->name);
            return err_type(c);
        }
        if (!bound_when_evaluated(c, s->cls, e))
            return err_type(c);
        return s->cls->type;
    case SYM_BUILTIN:
        switch (s->builtin) {
        case BI_INT: return ty_prim(c->tt, TY_INT);
        case BI_FLOAT: return ty_prim(c->tt, TY_FLOAT);
        case BI_STR: return ty_prim(c->tt, TY_STR);
        case BI_BOOL: return ty_prim(c->tt, TY_BOOL);
        case BI_LIST: case BI_DICT: case BI_SET: case BI_TUPLE: case BI_COLLECTIONS_DEFAULTDICT:
        case BI_TYPING_LIST: case BI_TYPING_DICT: case BI_TYPING_TUPLE:
        case BI_TYPING_OPTIONAL: case BI_TYPING_CALLABLE: case BI_ABC_CALLABLE:
        case BI_TYPING_GENERATOR: case BI_ABC_GENERATOR: case BI_TYPING_UNION: case BI_TYPING_SET:
            chk_error(c, e->loc, "'%s' needs type arguments", s->name);
            return err_type(c);
        case BI_THREAD:
            if (c->c_thread)
                return c->c_thread->type;
            break;
        case BI_TYPES_TRACEBACK:
            return exit_param_type(c, e, "TracebackType", NULL);
        case BI_P_TYPEVAR:
            break;
        default:
            if (s->type && s->type->kind == TY_TYPEVAR)
                return chk_subst(c, s->type);
            break;
        }
        if (s->type && s->type->kind == TY_TYPEVAR)
            return chk_subst(c, s->type);
        break;
    default:
        break;
    }
    if (!(s->kind == SYM_GLOBAL && s->module->globals[s->index].type &&
          s->module->globals[s->index].type->kind == TY_ERROR))   /* reported already */
        chk_error(c, e->loc, "'%s' is not a type", s->name);
    return err_type(c);
}

static Type *resolve_union(Checker *c, Ast *e)
{
    Ast *l = e->u.binary.left, *r = e->u.binary.right;
    if (c->ann_eval_line && (l->kind == AST_STR || r->kind == AST_STR)) {
        chk_error(c, e->loc, "CPython cannot evaluate '|' on a quoted name (TypeError): quote the "
                  "whole annotation, or add 'from __future__ import annotations'");
        return err_type(c);
    }
    if (r->kind == AST_NONE || l->kind == AST_NONE) {
        Ast *other = r->kind == AST_NONE ? l : r;
        if (other->kind != AST_BINARY)
            return chk_make_optional(c, resolve(c, other, false), e->loc);
    }
    Ast **ops = NULL;
    int n = 0, cap = 0;
    union_operands(e, &ops, &n, &cap, c->arena);
    return make_union(c, ops, n, e->loc);
}

/* `object` as a type: only the whole annotation of a parameter (which
 * the function narrows with isinstance before using it otherwise). */
static Type *resolve_object(Checker *c, Ast *e)
{
    if (c->allow_object)
        return ty_prim(c->tt, TY_OBJECT);
    chk_error(c, e->loc, "'object' is only supported as the type of a parameter (narrow it "
                         "with isinstance() before use); elsewhere every value has a precise type");
    return err_type(c);
}

static Type *resolve(Checker *c, Ast *e, bool allow_none)
{
    bool allow_object = c->allow_object;
    c->allow_object = false;
    if (e->kind == AST_NAME && strcmp(e->u.name.id, "object") == 0 &&
        !chk_lookup_global(c, c->mod, "object")) {
        c->allow_object = allow_object;
        Type *t = resolve_object(c, e);
        c->allow_object = false;
        return t;
    }
    switch (e->kind) {
    case AST_NONE:
        if (allow_none)
            return ty_prim(c->tt, TY_NONE);
        chk_error(c, e->loc, "'None' is not a type here");
        return err_type(c);
    case AST_NAME: case AST_ATTR:
        return resolve_name(c, e);
    case AST_SUBSCRIPT:
        if (e->u.sub.obj->kind == AST_NAME && strcmp(e->u.sub.obj->u.name.id, "type") == 0 &&
            builtin_type_name(chk_lookup_global(c, c->mod, "type"))) {
            Ast *a = e->u.sub.index;
            return generic_builtin(c, e, BI_TYPING_TYPE, &a, a->kind == AST_TUPLE ? 2 : 1);
        }
        return resolve_subscript(c, e);
    case AST_BINARY:
        if (e->u.binary.op == OP_BITOR)
            return resolve_union(c, e);
        break;
    case AST_STR: {
        Ast *parsed = parse_expression(c->diag, c->arena, e->u.str.s, e->u.str.len, e->loc);
        int saved = c->ann_eval_line;
        c->ann_eval_line = 0;     /* a string is never evaluated */
        c->allow_object = allow_object;
        Type *t = parsed ? resolve(c, parsed, allow_none) : err_type(c);
        c->allow_object = false;
        c->ann_eval_line = saved;
        return t;
    }
    default:
        break;
    }
    chk_error(c, e->loc, "invalid type annotation");
    return err_type(c);
}

Type *chk_annotation(Checker *c, Ast *ann, bool allow_none)
{
    return chk_subst(c, resolve(c, ann, allow_none));
}

/* Final[T] at the top of an annotation: T, and *final set. */
Type *chk_annotation_final(Checker *c, Ast *ann, bool *final)
{
    *final = false;
    if (ann->kind == AST_SUBSCRIPT) {
        Sym *s = NULL;
        Ast *head = ann->u.sub.obj;
        if (head->kind == AST_NAME)
            s = chk_lookup_global(c, c->mod, head->u.name.id);
        else if (head->kind == AST_ATTR && head->u.attr.obj->kind == AST_NAME) {
            Sym *ms = chk_lookup_global(c, c->mod, head->u.attr.obj->u.name.id);
            if (ms && ms->kind == SYM_MODULE && !ms->module->path)
                s = chk_library_member(c, ms->module, head->u.attr.attr);
        }
        if (s && s->kind == SYM_BUILTIN && s->builtin == BI_TYPING_FINAL) {
            *final = true;
            return chk_annotation(c, ann->u.sub.index, false);
        }
    }
    return chk_annotation(c, ann, false);
}

/* ------------------------------------------------------- substitution */

Type *chk_subst(Checker *c, Type *t)
{
    if (!c->subst || !ty_has_typevar(t))
        return t;
    TypeTab *tt = c->tt;
    switch (t->kind) {
    case TY_TYPEVAR:
        for (int i = 0; i < c->subst->n; i++)
            if (c->subst->vars[i] == t)
                return c->subst->vals[i];
        return t;
    case TY_LIST: return ty_list(tt, chk_subst(c, t->elem));
    case TY_SET: return ty_set(tt, chk_subst(c, t->elem));
    case TY_ARRAY: return ty_array(tt, chk_subst(c, t->elem));
    case TY_ITER: return ty_iter(tt, chk_subst(c, t->elem));
    case TY_OPTIONAL: {
        Type *e = chk_subst(c, t->elem);
        return ty_optional(tt, e);   /* Optional[int] marks an unusable member */
    }
    case TY_DICT: return ty_dict(tt, chk_subst(c, t->key), chk_subst(c, t->val));
    case TY_TUPLE: case TY_CALLABLE: {
        Type **items = arena_alloc(c->arena, (size_t)(t->nitems + 1) * sizeof *items);
        for (int i = 0; i < t->nitems; i++)
            items[i] = chk_subst(c, t->items[i]);
        if (t->kind == TY_TUPLE)
            return ty_tuple(tt, items, t->nitems);
        return ty_callable(tt, items, t->nitems, chk_subst(c, t->ret));
    }
    default:
        return t;
    }
}

/* ------------------------------------------------------------ classes */

static bool is_special_prelude_class(const char *name)
{
    static const char *const names[] = { "str", "int", "float", "bool", "list", "dict", "set" };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i], name) == 0)
            return true;
    return false;
}

static void bind_special_class(Checker *c, ClassInfo *cls)
{
    const char *n = cls->name;
    if (!strcmp(n, "str")) { c->c_str = cls; cls->type = ty_prim(c->tt, TY_STR); }
    else if (!strcmp(n, "int")) { c->c_int = cls; cls->type = ty_prim(c->tt, TY_INT); }
    else if (!strcmp(n, "float")) { c->c_float = cls; cls->type = ty_prim(c->tt, TY_FLOAT); }
    else if (!strcmp(n, "bool")) { c->c_bool = cls; cls->type = ty_prim(c->tt, TY_BOOL); }
    else if (!strcmp(n, "list")) c->c_list = cls;
    else if (!strcmp(n, "dict")) c->c_dict = cls;
    else if (!strcmp(n, "set")) c->c_set = cls;
}

static Sym *new_sym(Checker *c, SymKind kind, const char *name, Loc loc)
{
    Sym *s = arena_alloc(c->arena, sizeof *s);
    s->kind = kind;
    s->name = name;
    s->loc = loc;
    return s;
}

static void define(Checker *c, ModuleInfo *m, Sym *s)
{
    Sym *old = symtab_get(m->syms, s->name);
    if (old && (old->kind == SYM_CLASS || old->kind == SYM_FUNC ||
                (old->kind == SYM_GLOBAL && s->kind != SYM_GLOBAL))) {
        chk_error(c, s->loc, "'%s' is already defined (line %d)", s->name, old->loc.line);
        return;
    }
    if (old && old->kind == SYM_GLOBAL && s->kind == SYM_GLOBAL)
        return;
    symtab_put(m->syms, s);
}

/* A decorator's name: "staticmethod", "extern", or NULL (other forms). */
static const char *decorator_name(Ast *d)
{
    Ast *e = d->u.expr_stmt.value;
    if (e->kind == AST_CALL)
        e = e->u.call.func;
    return e->kind == AST_NAME ? e->u.name.id : NULL;
}

/* `@x.setter` above `def x(...)`: true. */
static bool is_setter_decorator(Ast *d, const char *fname)
{
    Ast *e = d->u.expr_stmt.value;
    return e->kind == AST_ATTR && e->u.attr.obj->kind == AST_NAME &&
           strcmp(e->u.attr.attr, "setter") == 0 && strcmp(e->u.attr.obj->u.name.id, fname) == 0;
}

/* A method decorator of the language: @staticmethod, @classmethod,
 * @property, @x.setter.  False when d is none of them. */
static bool method_decorator(Checker *c, FuncInfo *fn, Ast *d)
{
    const char *dn = decorator_name(d);
    bool bare = d->u.expr_stmt.value->kind == AST_NAME;
    if (bare && dn && strcmp(dn, "staticmethod") == 0)
        fn->is_static = 1;
    else if (bare && dn && strcmp(dn, "classmethod") == 0)
        fn->is_static = fn->is_classmethod = 1;
    else if (bare && dn && strcmp(dn, "property") == 0)
        fn->is_property = 1;
    else if (is_setter_decorator(d, fn->name)) {
        fn->is_setter = 1;
        fn->name = chk_fmt(c, "%s.setter", fn->name);
        fn->qualname = chk_fmt(c, "%s.%s", fn->cls->name, fn->name);
    } else
        return false;
    return true;
}

static bool class_is_generic(Ast *def)
{
    for (int i = 0; i < def->u.cls.bases.n; i++) {
        Ast *b = def->u.cls.bases.items[i];
        if (b->kind == AST_SUBSCRIPT && b->u.sub.obj->kind == AST_NAME &&
            strcmp(b->u.sub.obj->u.name.id, "Generic") == 0)
            return true;
    }
    return false;
}

static void parse_extern(Checker *c, Ast *d, const char **name, unsigned *flags);

static void declare_class(Checker *c, ModuleInfo *m, Ast *def)
{
    ClassInfo *cls = arena_alloc(c->arena, sizeof *cls);
    cls->name = def->u.cls.name;
    cls->module = m;
    cls->def = def;
    cls->is_builtin = m->is_prelude;
    cls->is_template = class_is_generic(def);
    def->u.cls.info = cls;
    /* applied bottom-up, as Python does */
    for (int i = def->u.cls.decorators.n - 1; i >= 0; i--) {
        Ast *d = def->u.cls.decorators.items[i];
        const char *dn = decorator_name(d);
        if (m->is_prelude && dn && strcmp(dn, "extern") == 0) {
            unsigned flags;
            parse_extern(c, d, &cls->extern_ctor, &flags);
            cls->is_extern = 1;
        } else if (!chk_class_decorator(c, m, cls, d)) {
            chk_error(c, d->loc, "class decorators are not supported (other than @dataclass "
                                 "and @functools.total_ordering)");
        }
    }
    int capc = m->nclasses;
    VEC_PUSH(c->arena, m->classes, m->nclasses, capc, cls);
    if (!cls->is_template)
        cls->type = ty_class(c->tt, cls);
    if (m->is_prelude && is_special_prelude_class(cls->name)) {
        bind_special_class(c, cls);
        return;
    }
    Sym *s = new_sym(c, SYM_CLASS, cls->name, def->loc);
    s->cls = cls;
    s->type = ty_classref(c->tt, cls);
    define(c, m, s);
    if (m->is_prelude && strcmp(cls->name, "Iterator") == 0)
        c->c_iterator = cls;
}

static void parse_extern(Checker *c, Ast *d, const char **name, unsigned *flags)
{
    static const struct { const char *name; unsigned bit; } names[] = {
        { "pure", EXT_PURE }, { "raises", EXT_RAISES }, { "alloc", EXT_ALLOC },
        { "io", EXT_IO }, { "blocking", EXT_BLOCKING }, { "reads", EXT_READS },
        { "writes", EXT_WRITES },
    };
    Ast *e = d->u.expr_stmt.value;
    *flags = 0;
    *name = NULL;
    if (e->kind != AST_CALL || e->u.call.args.n < 1 ||
        e->u.call.args.items[0]->kind != AST_STR) {
        chk_error(c, d->loc, "@extern takes a C function name and flag strings");
        return;
    }
    *name = e->u.call.args.items[0]->u.str.s;
    for (int i = 1; i < e->u.call.args.n; i++) {
        Ast *a = e->u.call.args.items[i];
        size_t j = 0;
        for (; a->kind == AST_STR && j < sizeof names / sizeof names[0]; j++)
            if (strcmp(a->u.str.s, names[j].name) == 0)
                break;
        if (a->kind != AST_STR || j == sizeof names / sizeof names[0])
            chk_error(c, a->loc, "unknown @extern flag");
        else
            *flags |= names[j].bit;
    }
}

static FuncInfo *new_func(Checker *c, ModuleInfo *m, ClassInfo *cls, Ast *def)
{
    FuncInfo *fn = arena_alloc(c->arena, sizeof *fn);
    fn->name = def->u.func.name;
    fn->qualname = cls ? chk_fmt(c, "%s.%s", cls->name, fn->name) : fn->name;
    fn->module = m;
    fn->cls = cls;
    fn->def = def;
    fn->vslot = -1;
    fn->is_method = cls != NULL;
    fn->is_init = cls && strcmp(fn->name, "__init__") == 0;
    def->u.func.info = fn;
    for (int i = 0; i < def->u.func.decorators.n; i++) {
        Ast *d = def->u.func.decorators.items[i];
        const char *dn = decorator_name(d);
        if (cls && method_decorator(c, fn, d))
            continue;
        if (dn && strcmp(dn, "extern") == 0 && m->is_prelude)
            parse_extern(c, d, &fn->extern_name, &fn->extern_flags);
        else if (dn && (strcmp(dn, "staticmethod") == 0 || strcmp(dn, "classmethod") == 0 ||
                        strcmp(dn, "property") == 0))
            chk_error(c, d->loc, "@%s is only allowed on methods", dn);
        else if (dn && cls && (strcmp(dn, "lru_cache") == 0 || strcmp(dn, "cache") == 0))
            chk_error(c, d->loc, "@%s is supported on module functions only, not on methods", dn);
        else
            chk_error(c, d->loc, "decorators are not supported (other than @staticmethod, "
                                 "@classmethod, @property and @x.setter)");
    }
    return fn;
}

static void declare_func(Checker *c, ModuleInfo *m, Ast *def)
{
    FuncInfo *fn = new_func(c, m, NULL, def);
    int capf = m->nfuncs;
    VEC_PUSH(c->arena, m->funcs, m->nfuncs, capf, fn);
    Sym *s = new_sym(c, SYM_FUNC, fn->name, def->loc);
    s->func = fn;
    define(c, m, s);
}

/* ------------------------------------------------------------- globals */

int chk_declare_global(Checker *c, ModuleInfo *m, const char *name, Loc loc)
{
    Sym *s = symtab_get(m->syms, name);
    if (s && s->kind == SYM_GLOBAL && s->module == m)
        return s->index;
    if (s && s->kind != SYM_GLOBAL) {
        if (s->kind == SYM_CLASS || s->kind == SYM_FUNC)
            chk_error(c, loc, "cannot assign to '%s': it is a %s", name,
                      s->kind == SYM_CLASS ? "class" : "function");
        return -1;
    }
    GlobalVar g = { .name = name, .loc = loc };
    if (m->nglobals == m->capglobals) {
        int ncap = m->capglobals ? 2 * m->capglobals : 8;
        GlobalVar *ng = arena_alloc(c->arena, (size_t)ncap * sizeof *ng);
        if (m->nglobals)
            memcpy(ng, m->globals, (size_t)m->nglobals * sizeof *ng);
        m->globals = ng;
        m->capglobals = ncap;
    }
    m->globals[m->nglobals] = g;
    s = new_sym(c, SYM_GLOBAL, name, loc);
    s->module = m;
    s->index = m->nglobals++;
    symtab_put(m->syms, s);
    return s->index;
}

static void collect_target_globals(Checker *c, ModuleInfo *m, Ast *t)
{
    if (!t)
        return;
    if (t->kind == AST_NAME)
        chk_declare_global(c, m, t->u.name.id, t->loc);
    else if (t->kind == AST_TUPLE || t->kind == AST_LIST)
        for (int i = 0; i < t->u.seq.items.n; i++)
            collect_target_globals(c, m, t->u.seq.items.items[i]);
    else if (t->kind == AST_STARRED)
        collect_target_globals(c, m, t->u.unary.operand);
}

/* `T = TypeVar("T")` at module level: T is a type variable of generic
 * classes (Generic[T]); in a user module the statement leaves the
 * module's code (its value, a typing object, is never used). */
static bool is_typevar_decl(Checker *c, ModuleInfo *m, Ast **sp)
{
    Ast *s = *sp;
    if (s->kind != AST_ASSIGN || s->u.assign.targets.n != 1)
        return false;
    Ast *t = s->u.assign.targets.items[0], *v = s->u.assign.value;
    if (t->kind != AST_NAME || v->kind != AST_CALL || v->u.call.func->kind != AST_NAME ||
        strcmp(v->u.call.func->u.name.id, "TypeVar") != 0)
        return false;
    Sym *sym = new_sym(c, SYM_BUILTIN, t->u.name.id, t->loc);
    sym->builtin = BI_P_TYPEVAR;
    sym->type = ty_typevar(c->tt, t->u.name.id);
    if (m->is_prelude) {
        symtab_put(m->syms, sym);
        return true;
    }
    if (v->u.call.args.n != 1 || v->u.call.args.items[0]->kind != AST_STR ||
        strcmp(v->u.call.args.items[0]->u.str.s, t->u.name.id) != 0)
        chk_error(c, v->loc, "a type variable is declared as %s = TypeVar(\"%s\") (no bound "
                  "or constraints)", t->u.name.id, t->u.name.id);
    sym->module = m;
    define(c, m, sym);
    *sp = ast_new(c->arena, AST_PASS, s->loc);
    return true;
}

/* Names whose subscript is a type in any module (typing's and the
 * builtins' generics): `X = name[...]` at module level is a type alias. */
static bool generic_head(const Ast *e)
{
    static const char *const names[] = {
        "list", "dict", "set", "tuple", "type", "frozenset", "Optional", "Callable", "List",
        "Dict", "Set", "Tuple", "Iterator", "Iterable", "Generator", "Union", "Type",
    };
    const char *id = e->kind == AST_NAME ? e->u.name.id
                   : e->kind == AST_ATTR && e->u.attr.obj->kind == AST_NAME &&
                     strcmp(e->u.attr.obj->u.name.id, "typing") == 0 ? e->u.attr.attr : NULL;
    for (size_t i = 0; id && i < sizeof names / sizeof names[0]; i++)
        if (strcmp(names[i], id) == 0)
            return true;
    return false;
}

static bool type_expr_value(const Ast *v);

/* A leaf of `A | B | ...` that can only be a type: None, a builtin type
 * name, a subscripted generic (2: certainly a type; 1: a name, which may
 * be a class or an int variable; 0: neither). */
static int union_leaf(const Ast *v)
{
    static const char *const types[] = { "int", "float", "str", "bool" };
    if (v->kind == AST_BINARY && v->u.binary.op == OP_BITOR) {
        int l = union_leaf(v->u.binary.left), r = union_leaf(v->u.binary.right);
        return l && r ? (l > r ? l : r) : 0;
    }
    if (v->kind == AST_NONE || type_expr_value(v))
        return 2;
    for (size_t i = 0; v->kind == AST_NAME && i < sizeof types / sizeof types[0]; i++)
        if (strcmp(types[i], v->u.name.id) == 0)
            return 2;
    return v->kind == AST_NAME || v->kind == AST_ATTR;
}

static bool type_expr_value(const Ast *v)
{
    if (v->kind == AST_SUBSCRIPT)
        return generic_head(v->u.sub.obj);
    if (v->kind == AST_BINARY && v->u.binary.op == OP_BITOR)   /* X | None, int | str */
        return union_leaf(v) == 2;
    return false;
}

/* `Env = dict[str, Value]`, `Cont = Callable[[int], bool]`, `Opt = Node |
 * None` at module level: a name for the type in annotations (resolved on
 * first use, so classes declared later may appear).  The statement leaves
 * the module's code: the value (a typing object) is never used. */
static bool is_type_alias_decl(Checker *c, ModuleInfo *m, Ast **sp)
{
    Ast *s = *sp, *t, *v;
    if (m->is_prelude)
        return false;
    if (s->kind == AST_ANNASSIGN && s->u.annassign.value &&
        chk_decorator_id(c, m, s->u.annassign.annotation) == BI_TYPING_TYPEALIAS) {
        /* `X: TypeAlias = T` says so: any type expression, a class too */
        t = s->u.annassign.target, v = s->u.annassign.value;
        if (t->kind != AST_NAME)
            return false;
    } else {
        if (s->kind != AST_ASSIGN || s->u.assign.targets.n != 1)
            return false;
        t = s->u.assign.targets.items[0], v = s->u.assign.value;
        if (t->kind != AST_NAME || !type_expr_value(v))
            return false;
    }
    Sym *sym = new_sym(c, SYM_BUILTIN, t->u.name.id, t->loc);
    sym->builtin = -1;
    sym->alias = v;
    sym->module = m;
    define(c, m, sym);
    *sp = ast_new(c->arena, AST_PASS, s->loc);
    return true;
}

static void collect_globals(Checker *c, ModuleInfo *m, AstList *body);

struct WalrusGlobals { Checker *c; ModuleInfo *m; };

/* (x := v) in module code, comprehensions included, assigns global x. */
static void walrus_global(Ast *named, void *data)
{
    struct WalrusGlobals *g = data;
    collect_target_globals(g->c, g->m, named->u.named.target);
}

static void collect_stmt_globals(Checker *c, ModuleInfo *m, Ast *s)
{
    struct WalrusGlobals g = { c, m };
    chk_walrus_stmt(s, walrus_global, &g);
    switch (s->kind) {
    case AST_ASSIGN:
        if (m->is_prelude && is_typevar_decl(c, m, &s))
            break;
        for (int i = 0; i < s->u.assign.targets.n; i++)
            collect_target_globals(c, m, s->u.assign.targets.items[i]);
        break;
    case AST_ANNASSIGN:
        collect_target_globals(c, m, s->u.annassign.target);
        break;
    case AST_FOR:
        collect_target_globals(c, m, s->u.loop.target);
        collect_globals(c, m, &s->u.loop.body);
        collect_globals(c, m, &s->u.loop.orelse);
        break;
    case AST_WHILE:
        collect_globals(c, m, &s->u.loop.body);
        collect_globals(c, m, &s->u.loop.orelse);
        break;
    case AST_IF:
        collect_globals(c, m, &s->u.if_.body);
        collect_globals(c, m, &s->u.if_.orelse);
        break;
    case AST_WITH:
        for (int i = 0; i < s->u.with.items.n; i++)
            collect_target_globals(c, m, s->u.with.items.items[i]->u.withitem.target);
        collect_globals(c, m, &s->u.with.body);
        break;
    case AST_TRY:
        collect_globals(c, m, &s->u.try_.body);
        for (int i = 0; i < s->u.try_.handlers.n; i++) {
            /* not the except-as name: it is local to its handler
             * (check_handler), since CPython deletes it at the end */
            collect_globals(c, m, &s->u.try_.handlers.items[i]->u.handler.body);
        }
        collect_globals(c, m, &s->u.try_.orelse);
        collect_globals(c, m, &s->u.try_.finalbody);
        break;
    default:
        break;
    }
}

static void collect_globals(Checker *c, ModuleInfo *m, AstList *body)
{
    for (int i = 0; i < body->n; i++)
        collect_stmt_globals(c, m, body->items[i]);
}

/* ------------------------------------------------------------- imports */

static void bind_import(Checker *c, ModuleInfo *m, Ast *s)
{
    for (int j = 0; j < s->u.import.names.n; j++) {
        Ast *al = s->u.import.names.items[j];
        if (strcmp(al->u.alias.name, "rtrans.c") == 0) {
            chk_error(c, al->loc, "write 'from rtrans.c import include' to use C functions");
            continue;
        }
        ModuleInfo *dep = mod_import(c, al->u.alias.name, al->loc);
        if (!dep)
            continue;
        const char *as = al->u.alias.asname ? al->u.alias.asname : al->u.alias.name;
        const char *dot = strchr(as, '.');
        if (dot) {      /* import os.path binds os, as in Python */
            as = arena_strndup(c->arena, as, (size_t)(dot - as));
            dep = mod_import(c, as, al->loc);
        }
        Sym *sym = new_sym(c, SYM_MODULE, as, al->loc);
        sym->module = dep;
        sym->type = ty_module(c->tt, dep);
        define(c, m, sym);
    }
}

static void bind_from_import(Checker *c, ModuleInfo *m, Ast *s)
{
    if (s->u.import.level > 0) {
        chk_error(c, s->loc, "relative imports are not supported");
        return;
    }
    ModuleInfo *dep = mod_import(c, s->u.import.module, s->loc);
    if (dep && strcmp(dep->name, "__future__") == 0)
        for (int j = 0; j < s->u.import.names.n; j++)
            if (strcmp(s->u.import.names.items[j]->u.alias.name, "annotations") == 0)
                m->future_annotations = 1;
    if (!dep || strcmp(dep->name, "__future__") == 0)
        return;
    if (dep->path)
        chk_bind_imports(c, dep);
    for (int j = 0; j < s->u.import.names.n; j++) {
        Ast *al = s->u.import.names.items[j];
        const char *name = al->u.alias.name;
        Sym *target = dep->path ? symtab_get(dep->syms, name) : chk_library_member(c, dep, name);
        if (!target || (dep->path && target->kind == SYM_MODULE)) {
            if (!dep->path)
                chk_error(c, al->loc, "'%s.%s' is not supported", dep->name, name);
            else
                chk_error(c, al->loc, "module '%s' has no name '%s'", dep->name, name);
            continue;
        }
        const char *as = al->u.alias.asname ? al->u.alias.asname : name;
        Sym *sym = arena_alloc(c->arena, sizeof *sym);
        *sym = *target;
        sym->name = as;
        sym->loc = al->loc;
        define(c, m, sym);
    }
}

/* An import of library modules only (sys, rtrans.c, __future__...). */
static bool library_import(Ast *s)
{
    if (s->kind == AST_IMPORTFROM)
        return s->u.import.level == 0 && mod_is_library(s->u.import.module);
    for (int j = 0; j < s->u.import.names.n; j++)
        if (!mod_is_library(s->u.import.names.items[j]->u.alias.name))
            return false;
    return true;
}

static void bind_any_import(Checker *c, ModuleInfo *m, Ast *s)
{
    if (s->kind == AST_IMPORT)
        bind_import(c, m, s);
    else
        bind_from_import(c, m, s);
}

void chk_declare_module(Checker *c, ModuleInfo *m)
{
    c->mod = m;
    chk_lru_rewrite(c, m);
    AstList *body = &m->ast->u.module.body;
    for (int i = 0; i < body->n; i++) {
        Ast *s = body->items[i];
        switch (s->kind) {
        case AST_CLASSDEF:
            declare_class(c, m, s);
            chk_enum_declare(c, m, body, i, s->u.cls.info);
            chk_named_tuple_declare(c, m, s->u.cls.info);
            break;
        case AST_FUNCDEF: declare_func(c, m, s); break;
        case AST_IMPORT: case AST_IMPORTFROM:
            if (library_import(s))      /* rtrans.c's include() is needed below */
                bind_any_import(c, m, s);
            break;                      /* else chk_bind_imports */
        default:
            if (!chk_cimport_declare(c, m, &body->items[i]) &&
                !(!m->is_prelude && is_typevar_decl(c, m, &body->items[i])) &&
                !is_type_alias_decl(c, m, &body->items[i]))
                collect_stmt_globals(c, m, s);
            break;
        }
    }
}

/* Imports bind names once every module declared its own, so that modules
 * may import each other; a module's imports are bound before a name is
 * taken from it (it may have imported that name itself). */
void chk_bind_imports(Checker *c, ModuleInfo *m)
{
    if (m->imports_bound || !m->ast)
        return;
    m->imports_bound = 1;
    ModuleInfo *saved = c->mod;
    c->mod = m;
    AstList *body = &m->ast->u.module.body;
    for (int i = 0; i < body->n; i++) {
        Ast *s = body->items[i];
        if ((s->kind == AST_IMPORT || s->kind == AST_IMPORTFROM) && !library_import(s))
            bind_any_import(c, m, s);
    }
    c->mod = saved;
    m->imports_bound = 2;
}

/* ------------------------------------------------------------- members */

static bool is_dunder(const char *n)
{
    size_t len = strlen(n);
    return len > 4 && n[0] == '_' && n[1] == '_' && n[len - 1] == '_' && n[len - 2] == '_';
}

/* The type an unannotated parameter takes from its default, as a Python
 * programmer reads `def parse(self, min_prec=0)`: a literal int, float,
 * str or bool (a negative number too).  NULL for anything else (None, a
 * name, a container), whose type the parameter cannot be told from. */
Type *chk_param_default_type(Checker *c, const Ast *dflt)
{
    if (dflt && dflt->kind == AST_UNARY && (dflt->u.unary.op == OP_NEG || dflt->u.unary.op == OP_POS))
        dflt = dflt->u.unary.operand;
    if (!dflt)
        return NULL;
    switch (dflt->kind) {
    case AST_INT: return ty_prim(c->tt, TY_INT);
    case AST_FLOAT: return ty_prim(c->tt, TY_FLOAT);
    case AST_BOOL: return ty_prim(c->tt, TY_BOOL);
    case AST_STR: return ty_prim(c->tt, TY_STR);
    default: return NULL;
    }
}

/* An unannotated parameter: typed from its default, else an error. */
static Type *unannotated_param(Checker *c, const Ast *p, const char *name)
{
    Type *t = chk_param_default_type(c, p->u.param.default_value);
    if (t)
        return t;
    chk_error(c, p->loc, "parameter '%s' needs a type annotation (or a default that is a "
              "literal number, string or bool)", name);
    return ty_prim(c->tt, TY_ERROR);
}

/* tuple[elem, ...]: the prelude's _tuple[elem]. */
Type *chk_var_tuple(Checker *c, Type *elem, Loc loc)
{
    if (elem->kind == TY_ERROR)
        return elem;
    Sym *s = chk_prelude_sym(c, "_tuple");
    return chk_instantiate_class(c, s->cls, &elem, 1, loc)->type;
}

bool chk_is_var_tuple(Checker *c, const Type *t)
{
    return t->kind == TY_CLASS && t->cls->tmpl && t->cls->tmpl == chk_prelude_sym(c, "_tuple")->cls;
}

/* A `*name: T` parameter (a tuple[T, ...]) or the bare `*` that makes the
 * parameters after it keyword-only: sets p's flags and type; false for
 * the bare `*` (no parameter).  **kwargs is not supported. */
bool chk_star_param(Checker *c, const Ast *p, Param *pp, bool *kwonly)
{
    if (p->u.param.star == 2) {
        chk_error(c, p->loc, "**kwargs parameters are not supported: take a dict[str, T] "
                  "parameter, or keyword parameters with defaults");
        pp->type = ty_prim(c->tt, TY_ERROR);
        return true;
    }
    if (*kwonly)
        chk_error(c, p->loc, "* argument may appear only once");
    *kwonly = true;
    if (!p->u.param.name)
        return false;
    pp->vararg = 1;
    if (!p->u.param.annotation) {
        chk_error(c, p->loc, "parameter '*%s' needs a type annotation: the type of each "
                  "argument it collects (*%s: int)", pp->name, pp->name);
        pp->type = ty_prim(c->tt, TY_ERROR);
    } else {
        pp->type = chk_var_tuple(c, chk_annotation(c, p->u.param.annotation, false), p->loc);
    }
    return true;
}

static void declare_params(Checker *c, FuncInfo *fn)
{
    Ast *def = fn->def;
    AstList *ps = &def->u.func.params;
    fn->params = arena_alloc(c->arena, (size_t)(ps->n + 1) * sizeof *fn->params);
    fn->nparams = 0;
    bool seen_default = false, kwonly = false;
    for (int i = 0; i < ps->n; i++) {
        Ast *p = ps->items[i];
        Param *pp = &fn->params[fn->nparams++];
        *pp = (Param){ .name = p->u.param.name, .loc = p->loc,
                       .default_value = p->u.param.default_value, .kwonly = kwonly };
        if (p->u.param.star) {
            if (!chk_star_param(c, p, pp, &kwonly))
                fn->nparams--;
            continue;
        }
        if (i == 0 && fn->is_method && !fn->is_static) {
            if (p->u.param.annotation)
                chk_error(c, p->loc, "'self' must not be annotated");
            pp->type = fn->cls->type;
            continue;
        }
        if (i == 0 && fn->is_classmethod) {
            /* cls is the class itself, bound where the method is called */
            fn->cls_param = pp->name;
            fn->nparams--;
            continue;
        }
        if (!p->u.param.annotation) {
            pp->type = unannotated_param(c, p, pp->name);
        } else {
            c->allow_object = true;
            c->exit_params = fn->is_method && strcmp(fn->name, "__exit__") == 0;
            pp->type = chk_annotation(c, p->u.param.annotation, false);
            c->allow_object = c->exit_params = false;
        }
        if (pp->default_value)
            seen_default = true;
        else if (seen_default && !kwonly)
            chk_error(c, p->loc, "parameter '%s' without a default follows one with a default",
                      pp->name);
    }
    if (fn->is_method && !fn->is_static && fn->nparams == 0)
        chk_error(c, def->loc, "method '%s' needs a 'self' parameter", fn->name);
    if (fn->is_classmethod && !fn->cls_param)
        chk_error(c, def->loc, "classmethod '%s' needs a 'cls' parameter", fn->name);
}

/* The line of the statement whose execution evaluates annotations of m
 * written at top-level statement `stmt` (0: CPython never evaluates). */
static int eval_line(ModuleInfo *m, Ast *stmt)
{
    return m->is_prelude || m->future_annotations || !stmt ? 0 : stmt->loc.line;
}

static void declare_signature(Checker *c, FuncInfo *fn)
{
    Ast *def = fn->def;
    int saved = c->ann_eval_line;
    c->ann_eval_line = def->u.func.synth ? 0 : eval_line(fn->module, fn->cls ? fn->cls->def : def);
    declare_params(c, fn);
    if (def->u.func.returns)
        fn->ret = chk_annotation(c, def->u.func.returns, true);
    else if (fn->is_init)
        fn->ret = ty_prim(c->tt, TY_NONE);
    else {
        chk_error(c, def->loc, "function '%s' needs a return type annotation", fn->name);
        fn->ret = err_type(c);
    }
    c->ann_eval_line = saved;
    if (fn->is_init && fn->ret->kind != TY_NONE && fn->ret->kind != TY_ERROR)
        chk_error(c, def->loc, "__init__ must return None");
    for (int i = 0; i < fn->nparams; i++)
        if (ty_has_typevar(fn->params[i].type))
            fn->is_template = 1;
    if (ty_has_typevar(fn->ret))
        fn->is_template = 1;
}

static void check_property(Checker *c, ClassInfo *cls, FuncInfo *fn)
{
    if (fn->is_property && (fn->nparams != 1 || fn->ret->kind == TY_NONE))
        chk_error(c, fn->def->loc, "a property getter takes (self) and returns a value");
    if (!fn->is_setter)
        return;
    const char *getter = fn->def->u.func.name;
    FuncInfo *g = NULL;
    for (int i = 0; i < cls->nmethods && !g; i++)
        if (strcmp(cls->methods[i]->name, getter) == 0)
            g = cls->methods[i];
    if (!g || !g->is_property)
        chk_error(c, fn->def->loc, "'@%s.setter' needs a '@property' '%s' above it in '%s'",
                  getter, getter, cls->name);
    else if (fn->nparams != 2 || fn->ret->kind != TY_NONE || fn->params[1].type != g->ret)
        chk_error(c, fn->def->loc, "the setter of '%s' must have the signature "
                  "(self, value: %s) -> None", getter, chk_tyname(c, g->ret));
    else
        g->setter = fn;
}

static void add_method(Checker *c, ClassInfo *cls, Ast *def)
{
    FuncInfo *fn = new_func(c, cls->module, cls, def);
    const char *n = fn->name;
    for (int i = 0; i < cls->nmethods; i++)
        if (strcmp(cls->methods[i]->name, n) == 0)
            chk_error(c, def->loc, "method '%s' is already defined in class '%s'", n, cls->name);
    declare_signature(c, fn);
    if (fn->is_template && !cls->is_template && !cls->tmpl)
        chk_error(c, def->loc, "methods cannot have type variables of their own");
    fn->is_template = 0;
    if (!cls->is_builtin && is_dunder(n))
        chk_special_signature(c, fn);
    check_property(c, cls, fn);
    int capm = cls->nmethods;
    VEC_PUSH(c->arena, cls->methods, cls->nmethods, capm, fn);
}

static bool class_attr_annassign(Checker *c, ClassInfo *cls, Ast *s);

static void add_field(Checker *c, ClassInfo *cls, Ast *s)
{
    Ast *t = s->u.annassign.target;
    if (t->kind != AST_NAME) {
        chk_error(c, s->loc, "only fields can be declared in a class body");
        return;
    }
    const char *name = t->u.name.id;
    if (class_attr_annassign(c, cls, s))
        return;
    Field *old = chk_find_field(cls, name);
    if (old) {
        if (old->owner != cls)
            chk_error(c, t->loc, "field '%s' is already declared in base class '%s'", name,
                      old->owner->name);
        else
            chk_error(c, t->loc, "field '%s' is already declared", name);
        return;
    }
    if (chk_find_method(cls, name)) {
        chk_error(c, t->loc, "'%s' is already a method", name);
        return;
    }
    bool final;
    int saved = c->ann_eval_line;
    c->ann_eval_line = eval_line(cls->module, cls->def);
    Type *ty = chk_annotation_final(c, s->u.annassign.annotation, &final);
    c->ann_eval_line = saved;
    Field f = { .name = name, .type = ty, .default_value = s->u.annassign.value,
                .owner = cls, .index = cls->nfields, .loc = t->loc };
    f.is_final = final;
    f.immutable = 1;
    Field *nf = arena_alloc(c->arena, (size_t)(cls->nfields + 1) * sizeof *nf);
    if (cls->nfields)
        memcpy(nf, cls->fields, (size_t)cls->nfields * sizeof *nf);
    nf[cls->nfields++] = f;
    cls->fields = nf;
}

static void push_const(Checker *c, ClassInfo *cls, ClassConst k)
{
    ClassConst *nk = arena_alloc(c->arena, (size_t)(cls->nconsts + 1) * sizeof *nk);
    if (cls->nconsts)
        memcpy(nk, cls->consts, (size_t)cls->nconsts * sizeof *nk);
    nk[cls->nconsts] = k;
    cls->consts = nk;
    chk_class_attr_declare(c, cls, &cls->consts[cls->nconsts++]);
}

/* `NAME: ClassVar[T] = v`, or `NAME: T = [...]` / `{...}` (one object for
 * every instance in CPython: a shared class attribute, not a field with a
 * default); dataclasses keep their own rules (check_dataclass.c). */
static bool class_attr_annassign(Checker *c, ClassInfo *cls, Ast *s)
{
    Ast *ann = s->u.annassign.annotation, *v = s->u.annassign.value;
    bool classvar = ann->kind == AST_SUBSCRIPT &&
                    chk_decorator_id(c, cls->module, ann->u.sub.obj) == BI_TYPING_CLASSVAR;
    bool display = v && (v->kind == AST_LIST || v->kind == AST_DICT || v->kind == AST_SET);
    if (cls->dataclass || cls->enuminfo || cls->is_builtin || !(classvar || display))
        return false;
    if (!v) {
        chk_error(c, s->loc, "class attribute '%s' needs a value", s->u.annassign.target->u.name.id);
        return true;
    }
    ClassConst k = { .name = s->u.annassign.target->u.name.id, .value = v,
                     .annotation = classvar ? ann->u.sub.index : ann };
    ClassInfo *owner;
    if (chk_find_const(cls, k.name, &owner) >= 0 && owner == cls) {
        chk_error(c, s->loc, "class attribute '%s' is already defined", k.name);
        return true;
    }
    push_const(c, cls, k);
    return true;
}

static void add_const(Checker *c, ClassInfo *cls, Ast *s)
{
    if (s->u.assign.targets.n != 1 || s->u.assign.targets.items[0]->kind != AST_NAME) {
        chk_error(c, s->loc, "a class constant is written NAME = value");
        return;
    }
    ClassConst k = { .name = s->u.assign.targets.items[0]->u.name.id, .value = s->u.assign.value };
    ClassInfo *owner;
    if (chk_find_const(cls, k.name, &owner) >= 0 && owner == cls) {
        chk_error(c, s->loc, "class constant '%s' is already defined", k.name);
        return;
    }
    push_const(c, cls, k);
}

static void inherit_fields(Checker *c, ClassInfo *cls)
{
    if (!cls->base || !cls->base->nfields)
        return;
    cls->nfields = cls->base->nfields;
    cls->fields = arena_alloc(c->arena, (size_t)cls->nfields * sizeof *cls->fields);
    memcpy(cls->fields, cls->base->fields, (size_t)cls->nfields * sizeof *cls->fields);
}

static void declare_body(Checker *c, ClassInfo *cls)
{
    AstList *body = &cls->def->u.cls.body;
    inherit_fields(c, cls);
    for (int i = 0; i < body->n; i++) {
        Ast *s = body->items[i];
        switch (s->kind) {
        case AST_ANNASSIGN: add_field(c, cls, s); break;
        case AST_FUNCDEF: add_method(c, cls, s); break;
        case AST_ASSIGN: add_const(c, cls, s); break;
        case AST_PASS: break;
        case AST_EXPR_STMT:
            if (s->u.expr_stmt.value->kind == AST_STR)
                break;   /* docstring */
            /* fallthrough */
        default:
            if (s->kind == AST_CLASSDEF)
                chk_error(c, s->loc, "nested classes are not supported");
            else
                chk_error(c, s->loc, "only fields, constants and methods are allowed in a class body");
        }
    }
    if (cls->is_extern && cls->nfields)
        chk_error(c, cls->def->loc, "an @extern class has no fields");
    chk_scan_fields(c, cls);
}

static bool override_ok(FuncInfo *m, FuncInfo *base)
{
    if (m->nparams != base->nparams || m->is_static != base->is_static)
        return false;
    for (int i = 1; i < m->nparams; i++)
        if (m->params[i].type != base->params[i].type)
            return false;
    return ty_subtype(m->ret, base->ret);
}

static void assign_slots(Checker *c, ClassInfo *cls)
{
    ClassInfo *b = cls->base;
    int cap = (b ? b->nvslots : 0) + cls->nmethods;
    cls->vtable = arena_alloc(c->arena, (size_t)(cap + 1) * sizeof *cls->vtable);
    if (b && b->nvslots)
        memcpy(cls->vtable, b->vtable, (size_t)b->nvslots * sizeof *cls->vtable);
    cls->nvslots = b ? b->nvslots : 0;
    for (int i = 0; i < cls->nmethods; i++) {
        FuncInfo *m = cls->methods[i];
        FuncInfo *base = b ? chk_find_method(b, m->name) : NULL;
        if (m->is_init)
            continue;
        if (base) {
            m->overrides = base;
            if (!override_ok(m, base) && m->ret->kind != TY_ERROR)
                chk_error(c, m->def->loc,
                          "'%s' overrides '%s' with an incompatible signature (same parameter types, "
                          "same or narrower return type)", m->qualname, base->qualname);
            if (base->vslot >= 0) {
                m->vslot = base->vslot;
                cls->vtable[m->vslot] = m;
            }
            continue;
        }
        if (cls->is_final || m->is_static)
            continue;
        m->vslot = cls->nvslots;
        cls->vtable[cls->nvslots++] = m;
    }
}

/* CPython sets __hash__ to None in a class that defines __eq__ but not
 * __hash__; subclasses inherit that until one defines __hash__. */
static void set_hashability(ClassInfo *cls)
{
    bool eq = false, hash = false;
    for (int i = 0; i < cls->nmethods; i++) {
        eq |= strcmp(cls->methods[i]->name, "__eq__") == 0;
        hash |= strcmp(cls->methods[i]->name, "__hash__") == 0;
    }
    /* bytearray: the one prelude class (mutable, with __eq__) hashed by
     * nothing, as in CPython */
    cls->unhashable = (!cls->is_builtin || strcmp(cls->name, "bytearray") == 0) && !hash &&
                      (eq || (cls->base && cls->base->unhashable));
}

/* A property redefined in a subclass replaces the whole property in
 * CPython: without its own setter, assigning it raises AttributeError
 * there while the base's setter would run here. */
static void check_property_overrides(Checker *c, ClassInfo *cls)
{
    for (int i = 0; i < cls->nmethods; i++) {
        FuncInfo *m = cls->methods[i];
        if (!m->is_property || !m->overrides || m->setter)
            continue;
        if (chk_find_method(m->overrides->cls, chk_fmt(c, "%s.setter", m->name)))
            chk_error(c, m->def->loc, "property '%s' overrides one with a setter: define "
                      "'@%s.setter' in '%s' too", m->name, m->name, cls->name);
    }
}

static void resolve_base(Checker *c, ClassInfo *cls)
{
    AstList *bases = &cls->def->u.cls.bases;
    for (int i = 0; i < bases->n; i++) {
        Ast *b = bases->items[i];
        if (b->kind == AST_SUBSCRIPT && cls->is_template)
            continue;          /* Generic[...] */
        if (b->kind == AST_KEYWORD) {
            chk_error(c, b->loc, "class keywords (metaclasses) are not supported");
            continue;
        }
        if (b->kind == AST_STR) {
            chk_error(c, b->loc, "a base class is named, not quoted: CPython evaluates it when "
                      "the class statement runs");
            continue;
        }
        Type *t = chk_annotation(c, b, false);
        if (t->kind == TY_ERROR)
            continue;
        if (t->kind == TY_CLASS && t->cls == cls) {
            chk_error(c, b->loc, "class '%s' cannot derive from itself", cls->name);
            continue;
        }
        if (t->kind == TY_CLASS && !t->cls->members_declared && !t->cls->is_template) {
            /* Also what keeps the class graph acyclic (class C(C), A(B) with B(A)). */
            chk_error(c, b->loc, "base class '%s' is not defined yet: CPython evaluates a base "
                      "when the class statement runs, so define '%s' before '%s'",
                      t->cls->name, t->cls->name, cls->name);
            continue;
        }
        if (t->kind != TY_CLASS || !t->cls->def || t->cls->def->kind != AST_CLASSDEF) {
            chk_error(c, b->loc, "cannot derive from '%s'", chk_tyname(c, t));
            continue;
        }
        if (cls->base) {
            chk_error(c, b->loc, "multiple inheritance is not supported");
            continue;
        }
        if (t->cls->is_final) {
            chk_error(c, b->loc, "cannot derive from '%s'", chk_tyname(c, t));
            continue;
        }
        if (t->cls->enuminfo) {
            chk_error(c, b->loc, "cannot derive from the enum '%s'", chk_tyname(c, t));
            continue;
        }
        if (chk_is_named_tuple(t)) {
            chk_error(c, b->loc, "deriving from the NamedTuple '%s' is not supported: declare "
                      "another NamedTuple with all the fields", chk_tyname(c, t));
            continue;
        }
        cls->base = t->cls;
    }
    for (ClassInfo *x = cls; x; x = x->base)
        if (x == c->c_base_exc || (x->is_builtin && strcmp(x->name, "BaseException") == 0))
            cls->is_exception = 1;
    cls->is_final = cls->is_builtin && !cls->is_exception;
    if (cls->base) {
        int cap = cls->base->nsubclasses;
        VEC_PUSH(c->arena, cls->base->subclasses, cls->base->nsubclasses, cap, cls);
    }
}

static bool is_generic_base(const Ast *b)
{
    return b->kind == AST_SUBSCRIPT && b->u.sub.obj->kind == AST_NAME &&
           strcmp(b->u.sub.obj->u.name.id, "Generic") == 0;
}

/* A prelude template deriving from an instance of another
 * (class _Counter(_DictBase[T, int], Generic[T])): each instance derives
 * from the base's instance for its type arguments.  The base's instance
 * stays final (no vtable): its methods call none that a subclass
 * overrides, and the subclasses, final too, are the static types users
 * see, so every call resolves to the most derived method at check time. */
static void instance_base(Checker *c, ClassInfo *cls)
{
    AstList *bases = &cls->def->u.cls.bases;
    for (int i = 0; i < bases->n; i++) {
        Ast *b = bases->items[i];
        if (is_generic_base(b))
            continue;
        Type *t = chk_annotation(c, b, false);
        if (t->kind != TY_CLASS || !t->cls->tmpl || cls->base) {
            chk_error(c, b->loc, "a generic prelude class derives from one generic class");
            continue;
        }
        cls->base = t->cls;
        int cap = t->cls->nsubclasses;
        VEC_PUSH(c->arena, t->cls->subclasses, t->cls->nsubclasses, cap, cls);
    }
}

static void template_vars(Checker *c, ClassInfo *cls)
{
    AstList *bases = &cls->def->u.cls.bases;
    for (int i = 0; i < bases->n; i++) {
        Ast *b = bases->items[i];
        if (!is_generic_base(b))
            continue;
        Ast *idx = b->u.sub.index;
        Ast **items = idx->kind == AST_TUPLE ? idx->u.seq.items.items : &b->u.sub.index;
        int n = idx->kind == AST_TUPLE ? idx->u.seq.items.n : 1;
        cls->targs = arena_alloc(c->arena, (size_t)n * sizeof *cls->targs);
        cls->ntargs = n;
        for (int j = 0; j < n; j++)
            cls->targs[j] = chk_annotation(c, items[j], false);
    }
}

static void declare_class_members(Checker *c, ClassInfo *cls)
{
    if (cls->is_template) {
        template_vars(c, cls);
        return;
    }
    resolve_base(c, cls);
    declare_body(c, cls);
    chk_enum_fields(cls);
    assign_slots(c, cls);
    check_property_overrides(c, cls);
    set_hashability(cls);
    cls->members_declared = 1;
    chk_add_class(c, cls);
}

void chk_declare_members(Checker *c, ModuleInfo *m)
{
    c->mod = m;
    for (int i = 0; i < m->nclasses; i++) {
        declare_class_members(c, m->classes[i]);
        for (int k = 0; !m->is_prelude && k < m->classes[i]->nmethods; k++)
            chk_split_webs(c, m->classes[i]->methods[k]);
    }
    for (int i = 0; i < m->nfuncs; i++) {
        FuncInfo *fn = m->funcs[i];
        declare_signature(c, fn);
        if (fn->is_template && !m->is_prelude)
            chk_error(c, fn->def->loc, "generic functions are not supported");
        if (!m->is_prelude)
            chk_split_webs(c, fn);
    }
    if (m->is_prelude) {
        Sym *s;
        if ((s = symtab_get(m->syms, "BaseException")) && s->kind == SYM_CLASS)
            c->c_base_exc = s->cls;
        if ((s = symtab_get(m->syms, "Exception")) && s->kind == SYM_CLASS)
            c->c_exception = s->cls;
        if ((s = symtab_get(m->syms, "StopIteration")) && s->kind == SYM_CLASS)
            c->c_stop_iteration = s->cls;
    }
}

/* ----------------------------------------------------------- templates */

static Subst *make_subst(Checker *c, Type **vars, Type **vals, int n, Subst *outer)
{
    int total = n + (outer ? outer->n : 0);
    Subst *s = arena_alloc(c->arena, sizeof *s);
    s->vars = arena_alloc(c->arena, (size_t)(total + 1) * sizeof *s->vars);
    s->vals = arena_alloc(c->arena, (size_t)(total + 1) * sizeof *s->vals);
    for (int i = 0; i < n; i++) {
        s->vars[s->n] = vars[i];
        s->vals[s->n++] = vals[i];
    }
    for (int i = 0; outer && i < outer->n; i++) {
        s->vars[s->n] = outer->vars[i];
        s->vals[s->n++] = outer->vals[i];
    }
    return s;
}

/* The substitution under which fn's body is checked. */
Subst *chk_func_subst(Checker *c, FuncInfo *fn)
{
    Subst *s = NULL;
    ClassInfo *cls = fn->cls;
    if (cls && cls->tmpl)
        s = make_subst(c, cls->tmpl->targs, cls->targs, cls->ntargs, NULL);
    if (fn->tmpl)
        s = make_subst(c, fn->tmpl->targs, fn->targs, fn->ntargs, s);
    return s;
}

static bool same_targs(Type **a, Type **b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

/* weakref.ref[T]: the runtime can clear only a reference to a heap object
 * of the program's own classes; CPython refuses int, str, tuple, list and
 * dict targets too (TypeError: cannot create weak reference). */
static void check_weakref_target(Checker *c, ClassInfo *tmpl, Type *t, Loc loc)
{
    if (!tmpl->module->is_prelude || strcmp(tmpl->name, "_WeakRef") != 0)
        return;
    if (t->kind == TY_ERROR || (t->kind == TY_CLASS && !t->cls->is_builtin))
        return;
    chk_error(c, loc, "weakref.ref[%s]: a weak reference's target must be an instance of a "
              "class of the program (CPython cannot weakly reference int, str, tuple, list or "
              "dict either); wrap the value in a class", ty_name(c->arena, t));
}

ClassInfo *chk_instantiate_class(Checker *c, ClassInfo *tmpl, Type **targs, int n, Loc loc)
{
    if (n == 1)
        check_weakref_target(c, tmpl, targs[0], loc);
    for (int i = 0; i < tmpl->ninstances; i++)
        if (same_targs(tmpl->instances[i]->targs, targs, n))
            return tmpl->instances[i];
    ClassInfo *cls = arena_alloc(c->arena, sizeof *cls);
    *cls = (ClassInfo){ .name = tmpl->name, .module = tmpl->module,
                        .def = ast_clone(c->arena, tmpl->def), .tmpl = tmpl,
                        .ntargs = n, .is_builtin = tmpl->module->is_prelude,
                        /* a user generic class's instances have no subclasses */
                        .is_final = tmpl != c->c_iterator,
                        /* an @extern template (rtrans.TDict's table) stays
                         * a support-library object in every instance */
                        .is_extern = tmpl->is_extern, .extern_ctor = tmpl->extern_ctor };
    cls->targs = arena_alloc(c->arena, (size_t)n * sizeof *targs);
    memcpy(cls->targs, targs, (size_t)n * sizeof *targs);
    cls->def->u.cls.info = cls;
    if (tmpl == c->c_list)
        cls->type = ty_list(c->tt, targs[0]);
    else if (tmpl == c->c_set)
        cls->type = ty_set(c->tt, targs[0]);
    else if (tmpl == c->c_dict)
        cls->type = ty_dict(c->tt, targs[0], targs[1]);
    else if (tmpl == c->c_iterator)
        cls->type = ty_iter(c->tt, targs[0]);
    else
        cls->type = ty_class(c->tt, cls);
    VEC_PUSH(c->arena, tmpl->instances, tmpl->ninstances, tmpl->capinstances, cls);
    Subst *saved = c->subst;
    ModuleInfo *savedm = c->mod;
    c->subst = make_subst(c, tmpl->targs, targs, n, NULL);
    c->mod = tmpl->module;
    instance_base(c, cls);
    declare_body(c, cls);
    assign_slots(c, cls);
    cls->members_declared = 1;
    c->subst = saved;
    c->mod = savedm;
    chk_add_class(c, cls);
    chk_infer_instance_fields(c, cls);
    return cls;
}

/* The type variables of a function template, in order of appearance in
 * the parameters, then the return type (the prelude's _factory_list()
 * returns list[T]: it is instantiated explicitly, never inferred). */
typedef struct {
    Arena *arena;
    Type **vars;
    int n, cap;
} VarSet;

static void add_var(VarSet *s, Type *t)
{
    for (int j = 0; j < s->n; j++)
        if (s->vars[j] == t)
            return;
    if (s->n == s->cap) {       /* arena memory: the old array is simply left */
        int cap = s->cap ? 2 * s->cap : 8;
        Type **grown = arena_alloc(s->arena, (size_t)cap * sizeof *grown);
        for (int j = 0; j < s->n; j++)
            grown[j] = s->vars[j];
        s->vars = grown;
        s->cap = cap;
    }
    s->vars[s->n++] = t;
}

/* Same order as the explicit stack this replaced: element, key, value,
 * items, then the return type; recursion depth is the type's nesting. */
static void collect_vars(VarSet *s, Type *t)
{
    if (!t)
        return;
    if (t->kind == TY_TYPEVAR) {
        add_var(s, t);
        return;
    }
    collect_vars(s, t->elem);
    collect_vars(s, t->key);
    collect_vars(s, t->val);
    for (int k = 0; k < t->nitems; k++)
        collect_vars(s, t->items[k]);
    collect_vars(s, t->ret);
}

static int func_vars(Checker *c, FuncInfo *fn, Type ***out)
{
    VarSet s = { .arena = c->arena };
    for (int i = 0; i < fn->nparams; i++)
        collect_vars(&s, fn->params[i].type);
    collect_vars(&s, fn->ret);
    *out = s.vars;
    return s.n;
}

int chk_template_vars(Checker *c, FuncInfo *tmpl, Type ***vars)
{
    if (!tmpl->targs)
        tmpl->ntargs = func_vars(c, tmpl, &tmpl->targs);
    *vars = tmpl->targs;
    return tmpl->ntargs;
}

FuncInfo *chk_instantiate_func(Checker *c, FuncInfo *tmpl, Type **targs, Loc loc)
{
    (void)loc;
    Type **vars;
    int n = chk_template_vars(c, tmpl, &vars);
    for (int i = 0; i < tmpl->ninstances; i++)
        if (same_targs(tmpl->instances[i]->targs, targs, n)) {
            chk_use_func(c, tmpl->instances[i]);   /* made by a discovery check */
            return tmpl->instances[i];
        }
    Ast *def = ast_clone(c->arena, tmpl->def);
    FuncInfo *fn = arena_alloc(c->arena, sizeof *fn);
    *fn = (FuncInfo){ .name = tmpl->name, .qualname = tmpl->qualname, .module = tmpl->module,
                      .def = def, .vslot = -1, .tmpl = tmpl, .ntargs = n,
                      .extern_name = tmpl->extern_name, .extern_flags = tmpl->extern_flags };
    fn->targs = arena_alloc(c->arena, (size_t)(n + 1) * sizeof *targs);
    memcpy(fn->targs, targs, (size_t)n * sizeof *targs);
    def->u.func.info = fn;
    VEC_PUSH(c->arena, tmpl->instances, tmpl->ninstances, tmpl->capinstances, fn);
    Subst *saved = c->subst;
    ModuleInfo *savedm = c->mod;
    c->subst = make_subst(c, vars, targs, n, NULL);
    c->mod = tmpl->module;
    declare_signature(c, fn);
    fn->is_template = 0;
    c->subst = saved;
    c->mod = savedm;
    chk_use_func(c, fn);
    return fn;
}

/* Queues the body of a template instance (method or function) to be
 * checked; other functions are all checked anyway. */
/* The classmethod m as called through class cls: m itself when cls
 * defines it, else a copy whose `cls` is cls (checked once, like a
 * template instance), so that cls(...) constructs the subclass. */
FuncInfo *chk_classmethod_for(Checker *c, FuncInfo *m, ClassInfo *cls)
{
    if (!m->is_classmethod || m->cls == cls)
        return m;
    for (int i = 0; i < m->ninstances; i++)
        if (m->instances[i]->cls == cls)
            return m->instances[i];
    FuncInfo *copy = arena_alloc(c->arena, sizeof *copy);
    *copy = *m;
    copy->cls = cls;
    copy->qualname = chk_fmt(c, "%s.%s", cls->name, m->name);
    copy->def = ast_clone(c->arena, m->def);
    copy->def->u.func.info = copy;
    copy->locals = NULL;
    copy->nlocals = copy->caplocals = 0;
    copy->instances = NULL;
    copy->ninstances = copy->capinstances = 0;
    copy->is_checked = 1;
    VEC_PUSH(c->arena, m->instances, m->ninstances, m->capinstances, copy);
    VEC_PUSH(c->arena, c->work, c->nwork, c->capwork, copy);
    return copy;
}

/* The copies of classmethod `name` for every class below cls (a call
 * through an instance of cls runs the one of its run-time class). */
void chk_classmethods_below(Checker *c, ClassInfo *cls, const char *name)
{
    for (int i = 0; i < cls->nsubclasses; i++) {
        ClassInfo *s = cls->subclasses[i];
        FuncInfo *m = chk_find_method(s, name);
        if (m && m->is_classmethod)
            chk_classmethod_for(c, m, s);
        chk_classmethods_below(c, s, name);
    }
}

void chk_use_func(Checker *c, FuncInfo *fn)
{
    if (!fn || fn->is_checked || fn->is_template || c->discovering)
        return;     /* discovery needs signatures only */
    bool instance = fn->tmpl || (fn->cls && fn->cls->tmpl);
    if (!instance)
        return;
    fn->is_checked = 1;       /* queued: checked exactly once */
    fn->use_loc = c->site;
    fn->use_name = c->site_name;
    VEC_PUSH(c->arena, c->work, c->nwork, c->capwork, fn);
}

/* The class behind a type (instantiating container templates). */
ClassInfo *chk_class_of(Checker *c, Type *t)
{
    static const Loc noloc;
    switch (t->kind) {
    case TY_STR: return c->c_str;
    case TY_INT: return c->c_int;
    case TY_FLOAT: return c->c_float;
    case TY_BOOL: return c->c_bool;
    case TY_CLASS: return t->cls;
    case TY_LIST:
        return c->c_list ? chk_instantiate_class(c, c->c_list, &t->elem, 1, noloc) : NULL;
    case TY_SET:
        return c->c_set ? chk_instantiate_class(c, c->c_set, &t->elem, 1, noloc) : NULL;
    case TY_DICT: {
        Type *kv[2] = { t->key, t->val };
        return c->c_dict ? chk_instantiate_class(c, c->c_dict, kv, 2, noloc) : NULL;
    }
    case TY_ITER:
        return c->c_iterator ? chk_instantiate_class(c, c->c_iterator, &t->elem, 1, noloc) : NULL;
    default:
        return NULL;
    }
}
