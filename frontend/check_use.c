/* check_use.c - the prelude methods the lowering calls on its own.
 *
 * Only checked methods are lowered (FuncInfo.is_checked), and a template
 * instance's method is checked only when something uses it.  The lowering
 * also calls methods the program never names: it builds displays
 * (__init__, append/add/__setitem__), unpacks and iterates (__len__,
 * __getitem__, __iter__ and the iterator's __next__), compares and hashes
 * keys (__eq__, __hash__) and prints items (__repr__/__str__, tuples
 * included: a tuple's repr is its items' reprs).  So after the bodies are
 * checked, every container and tuple type the program ended up with gets
 * those methods marked used, and checking them may create more types:
 * run_phases repeats this until nothing new is queued.
 */
#include <stdlib.h>
#include <string.h>

#include "frontend/check.h"

static void use(Checker *c, ClassInfo *cls, const char *name)
{
    if (cls)
        chk_use_func(c, chk_find_method(cls, name));
}

static void use_iteration(Checker *c, ClassInfo *cls)
{
    FuncInfo *it = chk_find_method(cls, "__iter__");
    if (!it)
        return;
    chk_use_func(c, it);
    if (it->ret->kind == TY_CLASS) {
        use(c, it->ret->cls, "__init__");
        use(c, it->ret->cls, "__next__");
    }
}

/* Printing a value of type t: its class's __repr__ and __str__, and what
 * its items need (only when t can be printed at all). */
static void use_printing(Checker *c, Type *t)
{
    static const Loc noloc;
    if (!chk_printable(c, t, noloc, false))
        return;
    chk_use_repr(c, t);
    if (t->kind == TY_CLASS) {
        use(c, t->cls, "__repr__");
        use(c, t->cls, "__str__");
    }
}

/* A class CPython makes unhashable (__eq__ without __hash__) used as a
 * dict key or set element: reported once, at the class. */
static void unhashable_key(Checker *c, Type *k)
{
    if (k->kind == TY_TUPLE) {
        for (int i = 0; i < k->nitems; i++)
            unhashable_key(c, k->items[i]);
        return;
    }
    if (k->kind != TY_CLASS || !k->cls->unhashable || k->cls->unhashable_reported ||
        k->cls->is_builtin)   /* bytearray: reported where it is hashed */
        return;
    k->cls->unhashable_reported = 1;
    chk_error(c, k->cls->def->loc, "'%s' is used as a dict key or set element, but it is "
              "unhashable: it defines __eq__ without __hash__ (a dataclass needs frozen=True "
              "or unsafe_hash=True)", k->cls->name);
}

static void use_container(Checker *c, Type *t)
{
    static const Loc noloc;
    ClassInfo *cls = chk_class_of(c, t);
    if (!cls)
        return;
    static const char *const common[] = { "__init__", "__len__", "__getitem__", "__contains__",
                                          "__eq__", NULL };
    for (int i = 0; common[i]; i++)
        use(c, cls, common[i]);
    use(c, cls, t->kind == TY_LIST ? "append" : t->kind == TY_SET ? "add" : "__setitem__");
    use_iteration(c, cls);
    if (t->kind != TY_LIST) {
        chk_hashable(c, t->kind == TY_DICT ? t->key : t->elem, noloc);
        unhashable_key(c, t->kind == TY_DICT ? t->key : t->elem);
    }
    use_printing(c, t);
}

static void use_type(Checker *c, Type *t)
{
    static const Loc noloc;
    if (ty_has_typevar(t))
        return;
    switch (t->kind) {
    case TY_LIST: case TY_SET: case TY_DICT:
        use_container(c, t);
        break;
    case TY_TUPLE:
        for (int i = 0; i < t->nitems; i++)
            use_printing(c, t->items[i]);
        chk_hashable(c, t, noloc);
        break;
    default:
        break;
    }
}

static bool has_error(const Type *t)
{
    if (!t)
        return false;
    if (t->kind == TY_ERROR)
        return true;
    if (has_error(t->elem) || has_error(t->key) || has_error(t->val) || has_error(t->ret))
        return true;
    for (int i = 0; i < t->nitems; i++)
        if (has_error(t->items[i]))
            return true;
    return false;
}

bool chk_use_lowering_needs(Checker *c)
{
    TypeTab *tt = c->tt;
    int n = 0;
    /* a snapshot: instantiating interns new types and may rehash */
    Type **types = malloc((size_t)(tt->n + 1) * sizeof *types);
    if (!types)
        chk_die(__FILE__, __LINE__, "out of memory");
    for (int i = 0; i < tt->norder; i++)
        if (!has_error(tt->order[i]))
            types[n++] = tt->order[i];
    int before = c->nwork, ntypes = tt->n;
    for (int i = 0; i < n; i++)
        use_type(c, types[i]);
    free(types);
    return c->nwork != before || tt->n != ntypes;
}
