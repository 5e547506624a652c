/* types.c - interned types, their Python spelling and their relations.
 *
 * Invariant: structurally equal types are the same pointer, so type
 * equality is pointer equality everywhere in the checker and later layers.
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"

int ty_is_ref(const Type *t)
{
    switch (t->kind) {
    case TY_STR: case TY_LIST: case TY_DICT: case TY_SET: case TY_TUPLE:
    case TY_CLASS: case TY_CALLABLE: case TY_OPAQUE: case TY_ARRAY:
    case TY_TYPEVAR: case TY_OBJECT: case TY_ITER: case TY_UNION:
        return 1;
    default:
        return 0;
    }
}

static uint64_t mix(uint64_t h, uint64_t v)
{
    h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

static uint64_t str_hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

static uint64_t type_hash(const Type *t)
{
    uint64_t h = (uint64_t)t->kind;
    h = mix(h, (uintptr_t)t->elem);
    h = mix(h, (uintptr_t)t->key);
    h = mix(h, (uintptr_t)t->val);
    for (int i = 0; i < t->nitems; i++)
        h = mix(h, (uintptr_t)t->items[i]);
    h = mix(h, (uint64_t)t->nitems);
    h = mix(h, (uintptr_t)t->ret);
    h = mix(h, (uintptr_t)t->cls);
    h = mix(h, (uintptr_t)t->module);
    h = mix(h, (uint64_t)t->builtin);
    return mix(h, str_hash(t->name));
}

static bool type_eq(const Type *a, const Type *b)
{
    if (a->kind != b->kind || a->elem != b->elem || a->key != b->key ||
        a->val != b->val || a->nitems != b->nitems || a->ret != b->ret ||
        a->cls != b->cls || a->module != b->module || a->builtin != b->builtin)
        return false;
    if ((a->name == NULL) != (b->name == NULL) ||
        (a->name && strcmp(a->name, b->name) != 0))
        return false;
    for (int i = 0; i < a->nitems; i++)
        if (a->items[i] != b->items[i])
            return false;
    return true;
}

static void tab_grow(TypeTab *tt)
{
    int ncap = tt->cap ? tt->cap * 2 : 256;
    Type **slots = arena_alloc(tt->arena, (size_t)ncap * sizeof *slots);
    memset(slots, 0, (size_t)ncap * sizeof *slots);
    for (int i = 0; i < tt->cap; i++) {
        Type *t = tt->slots[i];
        if (!t)
            continue;
        size_t j = type_hash(t) & (size_t)(ncap - 1);
        while (slots[j])
            j = (j + 1) & (size_t)(ncap - 1);
        slots[j] = t;
    }
    tt->slots = slots;
    tt->cap = ncap;
}

/* Returns the interned copy of the probe (copied into the arena if new). */
static Type *intern(TypeTab *tt, const Type *probe)
{
    if (2 * (tt->n + 1) > tt->cap)
        tab_grow(tt);
    size_t mask = (size_t)tt->cap - 1;
    size_t j = type_hash(probe) & mask;
    for (; tt->slots[j]; j = (j + 1) & mask)
        if (type_eq(tt->slots[j], probe))
            return tt->slots[j];
    Type *t = arena_alloc(tt->arena, sizeof *t);
    *t = *probe;
    if (probe->nitems) {
        t->items = arena_alloc(tt->arena, (size_t)probe->nitems * sizeof *t->items);
        memcpy(t->items, probe->items, (size_t)probe->nitems * sizeof *t->items);
    }
    tt->slots[j] = t;
    tt->n++;
    if (tt->norder == tt->caporder) {
        int ncap = tt->caporder ? tt->caporder * 2 : 256;
        Type **o = arena_alloc(tt->arena, (size_t)ncap * sizeof *o);
        if (tt->norder)
            memcpy(o, tt->order, (size_t)tt->norder * sizeof *o);
        tt->order = o;
        tt->caporder = ncap;
    }
    tt->order[tt->norder++] = t;
    return t;
}

TypeTab *ty_tab_new(Arena *a)
{
    TypeTab *tt = arena_alloc(a, sizeof *tt);
    memset(tt, 0, sizeof *tt);
    tt->arena = a;
    TyKind prims[] = { TY_ERROR, TY_NONE, TY_BOOL, TY_INT, TY_FLOAT, TY_STR, TY_OBJECT };
    for (size_t i = 0; i < sizeof prims / sizeof prims[0]; i++) {
        Type probe = { .kind = prims[i] };
        tt->prim[prims[i]] = intern(tt, &probe);
    }
    return tt;
}

Type *ty_prim(TypeTab *tt, TyKind k)
{
    if (!tt->prim[k])
        CHK_UNREACHABLE();
    return tt->prim[k];
}

Type *ty_list(TypeTab *tt, Type *elem)
{
    Type p = { .kind = TY_LIST, .elem = elem };
    return intern(tt, &p);
}

Type *ty_set(TypeTab *tt, Type *elem)
{
    Type p = { .kind = TY_SET, .elem = elem };
    return intern(tt, &p);
}

Type *ty_dict(TypeTab *tt, Type *key, Type *val)
{
    Type p = { .kind = TY_DICT, .key = key, .val = val };
    return intern(tt, &p);
}

Type *ty_tuple(TypeTab *tt, Type **items, int n)
{
    Type p = { .kind = TY_TUPLE, .items = items, .nitems = n };
    return intern(tt, &p);
}

Type *ty_optional(TypeTab *tt, Type *elem)
{
    if (elem->kind == TY_OPTIONAL || elem->kind == TY_NONE || elem->kind == TY_ERROR)
        return elem;
    Type p = { .kind = TY_OPTIONAL, .elem = elem };
    return intern(tt, &p);
}

/* The order members are kept in: numbers, str, then classes by name (the
 * spelling of a union does not depend on how it was written). */
static int member_rank(const Type *t)
{
    return t->kind == TY_BOOL ? 0 : t->kind == TY_INT ? 1 : t->kind == TY_FLOAT ? 2
         : t->kind == TY_STR ? 3 : 4;
}

static int member_cmp(const void *pa, const void *pb)
{
    const Type *a = *(Type *const *)pa, *b = *(Type *const *)pb;
    int d = member_rank(a) - member_rank(b);
    if (d || a->kind != TY_CLASS || b->kind != TY_CLASS)
        return d;
    d = strcmp(a->cls->name, b->cls->name);
    return d ? d : (a->cls < b->cls ? -1 : a->cls > b->cls);
}

Type *ty_union(TypeTab *tt, Type **items, int n)
{
    Type **sorted = arena_alloc(tt->arena, (size_t)n * sizeof *sorted);
    memcpy(sorted, items, (size_t)n * sizeof *sorted);
    qsort(sorted, (size_t)n, sizeof *sorted, member_cmp);
    Type p = { .kind = TY_UNION, .items = sorted, .nitems = n };
    return intern(tt, &p);
}

bool ty_union_has(const Type *u, const Type *m)
{
    for (int i = 0; u->kind == TY_UNION && i < u->nitems; i++)
        if (u->items[i] == m)
            return true;
    return false;
}

Type *ty_callable(TypeTab *tt, Type **params, int n, Type *ret)
{
    Type p = { .kind = TY_CALLABLE, .items = params, .nitems = n, .ret = ret };
    return intern(tt, &p);
}

Type *ty_iter(TypeTab *tt, Type *elem)
{
    Type p = { .kind = TY_ITER, .elem = elem };
    return intern(tt, &p);
}

Type *ty_array(TypeTab *tt, Type *elem)
{
    Type p = { .kind = TY_ARRAY, .elem = elem };
    return intern(tt, &p);
}

Type *ty_class(TypeTab *tt, ClassInfo *cls)
{
    Type p = { .kind = TY_CLASS, .cls = cls };
    return intern(tt, &p);
}

Type *ty_classref(TypeTab *tt, ClassInfo *cls)
{
    Type p = { .kind = TY_CLASSREF, .cls = cls };
    return intern(tt, &p);
}

Type *ty_module(TypeTab *tt, ModuleInfo *m)
{
    Type p = { .kind = TY_MODULE, .module = m };
    return intern(tt, &p);
}

Type *ty_builtin(TypeTab *tt, int id)
{
    Type p = { .kind = TY_BUILTIN, .builtin = id };
    return intern(tt, &p);
}

Type *ty_typevar(TypeTab *tt, const char *name)
{
    Type p = { .kind = TY_TYPEVAR, .name = name };
    return intern(tt, &p);
}

Type *ty_opaque(TypeTab *tt, const char *name, Type *elem)
{
    Type p = { .kind = TY_OPAQUE, .name = name, .elem = elem };
    return intern(tt, &p);
}

/* ------------------------------------------------------------- spelling */

typedef struct Buf {
    char *s;
    size_t n, cap;
} Buf;

static void buf_add(Buf *b, const char *s)
{
    size_t len = strlen(s);
    if (b->n + len + 1 > b->cap) {
        b->cap = (b->n + len + 1) * 2;
        b->s = realloc(b->s, b->cap);
        if (!b->s)
            chk_die(__FILE__, __LINE__, "out of memory");
    }
    memcpy(b->s + b->n, s, len + 1);
    b->n += len;
}

static void spell(Buf *b, const Type *t);

static void spell_list(Buf *b, Type **items, int n)
{
    for (int i = 0; i < n; i++) {
        if (i)
            buf_add(b, ", ");
        spell(b, items[i]);
    }
}

/* The name CPython gives a class: a generic library class goes by its
 * Python name (_deque is deque, _tuple is tuple); only prelude classes
 * have type arguments, so no user class can spell the same. */
const char *ty_class_pyname(const ClassInfo *cls)
{
    return cls->name + (cls->ntargs && cls->name[0] == '_');
}

static void spell_class(Buf *b, const ClassInfo *cls)
{
    buf_add(b, ty_class_pyname(cls));
    if (cls->ntargs) {
        buf_add(b, "[");
        spell_list(b, cls->targs, cls->ntargs);
        if (strcmp(cls->name, "_tuple") == 0)
            buf_add(b, ", ...");    /* tuple[T, ...], of any length */
        buf_add(b, "]");
    }
}

static void spell(Buf *b, const Type *t)
{
    switch (t->kind) {
    case TY_ERROR: buf_add(b, "<error>"); break;
    case TY_NONE: buf_add(b, "None"); break;
    case TY_BOOL: buf_add(b, "bool"); break;
    case TY_INT: buf_add(b, "int"); break;
    case TY_FLOAT: buf_add(b, "float"); break;
    case TY_STR: buf_add(b, "str"); break;
    case TY_LIST: buf_add(b, "list["); spell(b, t->elem); buf_add(b, "]"); break;
    case TY_SET: buf_add(b, "set["); spell(b, t->elem); buf_add(b, "]"); break;
    case TY_ARRAY: buf_add(b, "Array["); spell(b, t->elem); buf_add(b, "]"); break;
    case TY_ITER: buf_add(b, "Iterator["); spell(b, t->elem); buf_add(b, "]"); break;
    case TY_DICT:
        buf_add(b, "dict[");
        spell(b, t->key);
        buf_add(b, ", ");
        spell(b, t->val);
        buf_add(b, "]");
        break;
    case TY_TUPLE:
        buf_add(b, "tuple[");
        if (t->nitems == 0)
            buf_add(b, "()");      /* only as the type of an empty slice */
        spell_list(b, t->items, t->nitems);
        buf_add(b, "]");
        break;
    case TY_CLASS: spell_class(b, t->cls); break;
    case TY_OPTIONAL:
        if (t->elem->kind == TY_CALLABLE) {
            buf_add(b, "Optional[");
            spell(b, t->elem);
            buf_add(b, "]");
        } else {
            spell(b, t->elem);
            buf_add(b, " | None");
        }
        break;
    case TY_CALLABLE:
        buf_add(b, "Callable[[");
        spell_list(b, t->items, t->nitems);
        buf_add(b, "], ");
        spell(b, t->ret);
        buf_add(b, "]");
        break;
    case TY_TYPEVAR: buf_add(b, t->name); break;
    case TY_MODULE: buf_add(b, "module '"); buf_add(b, t->module->name); buf_add(b, "'"); break;
    case TY_CLASSREF: buf_add(b, "type["); spell_class(b, t->cls); buf_add(b, "]"); break;
    case TY_BUILTIN:
        buf_add(b, "builtin '");
        if (chk_builtins[t->builtin].owner[0]) {
            buf_add(b, chk_builtins[t->builtin].owner);
            buf_add(b, ".");
        }
        buf_add(b, chk_builtins[t->builtin].name);
        buf_add(b, "'");
        break;
    case TY_OPAQUE:
        buf_add(b, t->name);
        if (t->elem) {
            buf_add(b, "[");
            spell(b, t->elem);
            buf_add(b, "]");
        }
        break;
    case TY_OBJECT: buf_add(b, "object"); break;
    case TY_UNION:
        for (int i = 0; i < t->nitems; i++) {
            if (i)
                buf_add(b, " | ");
            spell(b, t->items[i]);
        }
        break;
    case TY__COUNT: CHK_UNREACHABLE();
    }
}

const char *ty_name(Arena *a, const Type *t)
{
    Buf b = { 0 };
    spell(&b, t);
    char *s = arena_strdup(a, b.s);
    free(b.s);
    return s;
}

/* ------------------------------------------------------------ relations */

bool ty_is_numeric(const Type *t)
{
    return t->kind == TY_BOOL || t->kind == TY_INT || t->kind == TY_FLOAT;
}

bool ty_is_value(const Type *t)
{
    return ty_is_numeric(t);
}

bool ty_has_typevar(const Type *t)
{
    if (!t)
        return false;
    if (t->kind == TY_TYPEVAR)
        return true;
    if (ty_has_typevar(t->elem) || ty_has_typevar(t->key) ||
        ty_has_typevar(t->val) || ty_has_typevar(t->ret))
        return true;
    for (int i = 0; i < t->nitems; i++)
        if (ty_has_typevar(t->items[i]))
            return true;
    return false;
}

/* A type with an error inside (list[Callable[[], <error>]]): already
 * reported, or a discovery check's poison (check_infer.c). */
bool ty_has_error(const Type *t)
{
    if (!t)
        return false;
    if (t->kind == TY_ERROR)
        return true;
    if (ty_has_error(t->elem) || ty_has_error(t->key) || ty_has_error(t->val) ||
        ty_has_error(t->ret))
        return true;
    for (int i = 0; i < t->nitems; i++)
        if (ty_has_error(t->items[i]))
            return true;
    return false;
}

Type *ty_strip_optional(Type *t)
{
    return t->kind == TY_OPTIONAL ? t->elem : t;
}

bool ty_is_subclass(const ClassInfo *sub, const ClassInfo *base)
{
    for (; sub; sub = sub->base)
        if (sub == base)
            return true;
    return false;
}

static bool subtype(const Type *a, const Type *b, bool top);

static bool callable_subtype(const Type *a, const Type *b)
{
    if (a->nitems != b->nitems || !subtype(a->ret, b->ret, false))
        return false;
    for (int i = 0; i < a->nitems; i++)
        if (!subtype(b->items[i], a->items[i], false))
            return false;
    return true;
}

/* top: a value kept at the top level of a variable, argument, item...,
 * where the checker can convert an int to `int | None` (a box).  Inside a
 * tuple or a callable's signature nothing converts the representation:
 * there `int` is not an `int | None`. */
static bool subtype(const Type *a, const Type *b, bool top)
{
    if (a == b || a->kind == TY_ERROR || b->kind == TY_ERROR)
        return true;
    if (a->kind == TY_UNION && b->kind == TY_UNION) {
        /* the same representation: each member is kept (boxed) alike */
        for (int i = 0; i < a->nitems; i++)
            if (!subtype(a->items[i], b, true))
                return false;
        return true;
    }
    switch (b->kind) {
    case TY_UNION:
        /* a number is a member only by boxing it (a CONVERT, as for
         * `int | None`); a reference is one as it is */
        if (ty_is_value(a))
            return top && ty_union_has(b, a);
        for (int i = 0; i < b->nitems; i++)
            if (!ty_is_value(b->items[i]) && subtype(a, b->items[i], false))
                return true;
        return false;
    case TY_OBJECT:
        /* every reference is an object as it is; a number or a bool
         * needs a CONVERT (chk_fit) */
        return a->kind == TY_NONE || a->kind == TY_OPTIONAL || (ty_is_ref(a) && a->kind != TY_TYPEVAR);
    case TY_OPTIONAL:
        if (a->kind == TY_NONE)
            return true;
        if (!top && !ty_is_ref(b->elem) && a->kind != TY_OPTIONAL)
            return false;
        return subtype(ty_strip_optional((Type *)a), b->elem, top);
    case TY_CLASS:
        return a->kind == TY_CLASS && ty_is_subclass(a->cls, b->cls);
    case TY_TUPLE:
        if (a->kind != TY_TUPLE || a->nitems != b->nitems)
            return false;
        for (int i = 0; i < a->nitems; i++)
            if (!subtype(a->items[i], b->items[i], false))
                return false;
        return true;
    case TY_CALLABLE:
        return a->kind == TY_CALLABLE && callable_subtype(a, b);
    default:
        return false;
    }
}

bool ty_subtype(const Type *a, const Type *b)
{
    return subtype(a, b, true);
}

bool ty_boxes(const Type *a, const Type *b)
{
    const Type *u = ty_strip_optional((Type *)b);
    if (u->kind == TY_UNION)
        return ty_is_value(a) && ty_union_has(u, a);
    return b->kind == TY_OPTIONAL && !ty_is_ref(b->elem) && b->elem->kind != TY_ERROR &&
           ty_is_value(a);
}

bool ty_convertible(const Type *a, const Type *b)
{
    if (ty_subtype(a, b))
        return true;
    if (a->kind == TY_BOOL && (b->kind == TY_INT || b->kind == TY_FLOAT))
        return true;
    if (b->kind == TY_OBJECT && ty_is_value(a))
        return true;
    return a->kind == TY_INT && b->kind == TY_FLOAT;
}

bool ty_widens(const Type *a, const Type *b)
{
    if (b->kind == TY_OPTIONAL)
        b = b->elem;
    return ty_is_numeric(a) && ty_is_numeric(b) && a != b && ty_convertible(a, b);
}

static ClassInfo *common_base(ClassInfo *a, ClassInfo *b)
{
    for (ClassInfo *x = a; x; x = x->base)
        if (ty_is_subclass(b, x))
            return x;
    return NULL;
}

/* Tuples of one length join item by item (`("a", A())` and `("b", B())`
 * give tuple[str, Base]), where each tuple is one as it is: nothing
 * converts inside a tuple, so an item that would need a box (int to `int
 * | None`) or a widening has no join. */
static Type *join_tuples(TypeTab *tt, Type *a, Type *b)
{
    Type **items = malloc((size_t)a->nitems * sizeof *items);
    Type *j = NULL;
    int i = 0;
    while (items && i < a->nitems && (items[i] = ty_join_kept(tt, a->items[i], b->items[i])))
        i++;
    if (items && i == a->nitems) {
        j = ty_tuple(tt, items, a->nitems);
        if (!ty_subtype(a, j) || !ty_subtype(b, j))
            j = NULL;
    }
    free(items);
    return j;
}

Type *ty_join(TypeTab *tt, Type *a, Type *b)
{
    if (a == b)
        return a;
    if (a->kind == TY_ERROR || b->kind == TY_ERROR)
        return ty_prim(tt, TY_ERROR);
    if (ty_is_numeric(a) && ty_is_numeric(b))
        return (a->kind == TY_FLOAT || b->kind == TY_FLOAT) ? ty_prim(tt, TY_FLOAT)
                                                              : ty_prim(tt, TY_INT);
    if (a->kind == TY_NONE && b->kind != TY_NONE && b->kind != TY_MODULE &&
        b->kind != TY_CLASSREF && b->kind != TY_BUILTIN)
        return ty_optional(tt, b);
    if (b->kind == TY_NONE && a->kind != TY_NONE && a->kind != TY_MODULE &&
        a->kind != TY_CLASSREF && a->kind != TY_BUILTIN)
        return ty_optional(tt, a);
    bool opt = a->kind == TY_OPTIONAL || b->kind == TY_OPTIONAL;
    Type *x = ty_strip_optional(a), *y = ty_strip_optional(b);
    Type *j = NULL;
    if (x == y)
        j = x;
    else if (y->kind == TY_UNION && ty_subtype(x, y))
        j = y;
    else if (x->kind == TY_UNION && ty_subtype(y, x))
        j = x;
    else if (x->kind == TY_CLASS && y->kind == TY_CLASS) {
        ClassInfo *cb = common_base(x->cls, y->cls);
        j = cb ? ty_class(tt, cb) : NULL;
    } else if (x->kind == TY_TUPLE && y->kind == TY_TUPLE && x->nitems == y->nitems) {
        j = join_tuples(tt, x, y);
    }
    if (!j)
        return NULL;
    return opt ? ty_optional(tt, j) : j;
}

Type *ty_join_kept(TypeTab *tt, Type *a, Type *b)
{
    if (ty_is_numeric(a) && ty_is_numeric(b) && a != b)
        return NULL;
    return ty_join(tt, a, b);
}
