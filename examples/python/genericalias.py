"""types.GenericAlias (`list[int]`) and types.UnionType (`int | None`), as
CPython 3.11's genericaliasobject.c and unionobject.c make them.

Annotations are evaluated when a def or class statement runs, so every
typed program builds these: `def f(x: dict[str, int]) -> set[str]`
subscripts dict and set, and `int | None` or's two types.  An alias
forwards attribute reads to its origin (`list[int].append` is
`list.append`), calls the origin (and records itself as the new object's
`__orig_class__` when the object takes attributes), refuses isinstance()
and substitutes type variables (`dict[str, T][int]`): a type variable is
any argument with a `__typing_subst__` attribute (typing.TypeVar).  A
union is flat, without duplicates, compares as a set, and isinstance()
reads it as the tuple of its arguments (typeobject.isinstance_w).

Which builtin types take `[]` is listed once, in install(); classes
written in Python (defaultdict, Counter, Queue...) say
`__class_getitem__ = classmethod(type(list[int]))` as CPython's do."""
from __future__ import annotations

from objects import (W_Object, W_Type, W_Tuple, W_List, ExecCtx, PyError,
                     W_NONE, W_ELLIPSIS, W_NOTIMPLEMENTED, OBJECT_TYPE,
                     TYPE_TYPE, LIST_TYPE, TUPLE_TYPE, DICT_TYPE, NONE_TYPE,
                     LAYOUT_BUILTIN, EXC_ATTRIBUTE_ERROR, EXC_TYPE_ERROR,
                     make_builtin_type, new_str, new_tuple, new_bool,
                     type_error, attribute_error_str, exc_matches,
                     getattr_or_none, generic_getattr, setattr, repr_str,
                     str_value_of, hash_w, eq_bool, add_method1, add_method2,
                     add_method_kw, add_getset)
import objects
from astnodes import OP_OR
import ops
import typeobject
import setobject
import iterobject
import mod_collections
import mod_sre


# ============================================================ GenericAlias

class W_GenericAlias(W_Object):
    w_origin: W_Object
    w_args: W_Tuple
    w_params: W_Tuple | None     # the type variables, found on first use

    def __init__(self, w_origin: W_Object, w_args: W_Tuple) -> None:
        self.w_origin = w_origin
        self.w_args = w_args
        self.w_params = None

    def get_type(self) -> W_Type:
        return GENERIC_ALIAS_TYPE

    def type_name(self) -> str:
        return "types.GenericAlias"

    def generic_attrs(self) -> bool:
        return False

    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        if name in ALIAS_OWN_ATTRS:
            return generic_getattr(ec, self, name)
        return getattr_or_none(ec, self.w_origin, name)

    def attr_error_subject(self) -> W_Object:
        # the missing attribute was looked up on the origin, which is
        # what CPython's message names
        return self.w_origin

    def set_attr(self, ec: ExecCtx, name: str, w_value: W_Object) -> None:
        raise no_attribute(self, name)

    def del_attr(self, ec: ExecCtx, name: str) -> None:
        raise no_attribute(self, name)

    def call_args(self, ec: ExecCtx, args: list[W_Object],
                  kwnames: list[str] | None) -> W_Object:
        w_obj = self.w_origin.call_args(ec, args, kwnames)
        try:
            setattr(ec, w_obj, "__orig_class__", self)
        except PyError as e:
            if not exc_matches(e.w_exc, EXC_ATTRIBUTE_ERROR) and \
                    not exc_matches(e.w_exc, EXC_TYPE_ERROR):
                raise e
        return w_obj

    def repr_str(self, ec: ExecCtx) -> str:
        parts: list[str] = []
        for w in self.w_args.items:
            if isinstance(w, W_List):
                parts.append(list_repr(ec, w))
            else:
                parts.append(type_repr(ec, w))
        inner = ", ".join(parts) if len(parts) > 0 else "()"
        return type_repr(ec, self.w_origin) + "[" + inner + "]"

    def hash_value(self, ec: ExecCtx) -> int:
        return hash_w(ec, self.w_origin) ^ hash_w(ec, self.w_args)

    def params(self, ec: ExecCtx) -> W_Tuple:
        if self.w_params is None:
            self.w_params = make_parameters(ec, self.w_args)
        return self.w_params


# what an alias answers itself; every other attribute is its origin's
ALIAS_OWN_ATTRS = ("__class__", "__origin__", "__args__", "__unpacked__",
                   "__parameters__", "__typing_unpacked_tuple_args__",
                   "__mro_entries__", "__reduce_ex__", "__reduce__",
                   "__copy__", "__deepcopy__")


def no_attribute(w: W_Object, name: str) -> PyError:
    return attribute_error_str("'" + w.type_name() + "' object has no "
                               "attribute '" + name + "'")


def new_alias(w_origin: W_Object, w_args: W_Object) -> W_GenericAlias:
    """Py_GenericAlias: one argument that is not a tuple is a 1-tuple."""
    if isinstance(w_args, W_Tuple):
        return W_GenericAlias(w_origin, w_args)
    return W_GenericAlias(w_origin, new_tuple([w_args]))


def class_getitem(ec: ExecCtx, w_cls: W_Object, w_args: W_Object) -> W_Object:
    """`__class_getitem__` of the builtin generic types, and `type[X]`."""
    return new_alias(w_cls, w_args)


def as_alias(w: W_Object) -> W_GenericAlias:
    if not isinstance(w, W_GenericAlias):
        raise type_error("descriptor requires a 'types.GenericAlias' "
                         "object but received a '" + w.type_name() + "'")
    return w


def type_repr(ec: ExecCtx, w: W_Object) -> str:
    """An argument as an alias or a union shows it (ga_repr_item): a
    class by its qualified name (builtins without their module), `...`,
    and anything else (an alias, a string, None) by its repr."""
    if w is W_ELLIPSIS:
        return "..."
    if getattr_or_none(ec, w, "__origin__") is not None and \
            getattr_or_none(ec, w, "__args__") is not None:
        return repr_str(ec, w)
    w_qualname = getattr_or_none(ec, w, "__qualname__")
    if w_qualname is None:
        return repr_str(ec, w)
    w_module = getattr_or_none(ec, w, "__module__")
    if w_module is None or w_module is W_NONE:
        return repr_str(ec, w)
    module = str_value_of(w_module)
    qualname = objects.str_str(ec, w_qualname)
    if module == "builtins":
        return qualname
    return objects.str_str(ec, w_module) + "." + qualname


def list_repr(ec: ExecCtx, w: W_List) -> str:
    """A list argument (collections.abc.Callable[[int], str])."""
    parts: list[str] = []
    for x in w.items:
        parts.append(type_repr(ec, x))
    return "[" + ", ".join(parts) + "]"


def has_subst(ec: ExecCtx, w: W_Object) -> bool:
    """A type variable: a non-class with `__typing_subst__`."""
    if isinstance(w, W_Type):
        return False
    return getattr_or_none(ec, w, "__typing_subst__") is not None


def make_parameters(ec: ExecCtx, w_args: W_Tuple) -> W_Tuple:
    """_Py_make_parameters: the type variables of the arguments and of
    their own `__parameters__`, in order, each once."""
    out: list[W_Object] = []
    for w in w_args.items:
        if isinstance(w, W_Type):
            continue
        if has_subst(ec, w):
            add_unique(out, w)
            continue
        w_sub = getattr_or_none(ec, w, "__parameters__")
        if isinstance(w_sub, W_Tuple):
            for p in w_sub.items:
                add_unique(out, p)
    return new_tuple(out)


def add_unique(out: list[W_Object], w: W_Object) -> None:
    for x in out:
        if x is w:
            return
    out.append(w)


def param_index(params: list[W_Object], w: W_Object) -> int:
    i = 0
    for p in params:
        if p is w:
            return i
        i += 1
    return -1


def subs_parameters(ec: ExecCtx, w_self: W_Object, w_args: W_Tuple,
                    w_params: W_Tuple, w_item: W_Object) -> list[W_Object]:
    """_Py_subs_parameters: the arguments with each type variable of
    w_params replaced by the matching item (alias[int, str])."""
    params = w_params.items
    if len(params) == 0:
        raise type_error(repr_str(ec, w_self) + " is not a generic class")
    for p in params:
        w_prep = getattr_or_none(ec, p, "__typing_prepare_subst__")
        if w_prep is not None and w_prep is not W_NONE:
            w_item = w_prep.call_args(ec, [w_self, w_item], None)
    items: list[W_Object] = [w_item]
    if isinstance(w_item, W_Tuple):
        items = w_item.items
    if len(items) != len(params):
        raise type_error("Too " + ("many" if len(items) > len(params)
                                   else "few") + " arguments for "
                         + repr_str(ec, w_self) + "; actual "
                         + str(len(items)) + ", expected " + str(len(params)))
    out: list[W_Object] = []
    for w in w_args.items:
        out.append(subs_one(ec, w, params, items))
    return out


def subs_one(ec: ExecCtx, w: W_Object, params: list[W_Object],
             items: list[W_Object]) -> W_Object:
    if isinstance(w, W_Type):
        return w
    w_subst = None if isinstance(w, W_Type) else \
        getattr_or_none(ec, w, "__typing_subst__")
    if w_subst is not None:
        return w_subst.call_args(ec, [items[param_index(params, w)]], None)
    # subs_tvars: an argument with variables of its own (list[T]) is
    # subscripted with their values
    w_sub = getattr_or_none(ec, w, "__parameters__")
    if not isinstance(w_sub, W_Tuple) or len(w_sub.items) == 0:
        return w
    sub: list[W_Object] = []
    for p in w_sub.items:
        i = param_index(params, p)
        sub.append(items[i] if i >= 0 else p)
    return w.getitem(ec, new_tuple(sub))


# --- the methods of types.GenericAlias

def ga_new(ec: ExecCtx, args: list[W_Object],
           kwnames: list[str] | None) -> W_Object:
    if kwnames is not None and len(kwnames) > 0:
        raise type_error("GenericAlias() takes no keyword arguments")
    if len(args) != 3:
        raise type_error("GenericAlias expected 2 arguments, got "
                         + str(len(args) - 1))
    return new_alias(args[1], args[2])


def ga_get_origin(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_alias(w).w_origin


def ga_get_args(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_alias(w).w_args


def ga_get_parameters(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_alias(w).params(ec)


def ga_get_unpacked(ec: ExecCtx, w: W_Object) -> W_Object:
    as_alias(w)
    return new_bool(False)


def ga_getitem(ec: ExecCtx, w: W_Object, w_item: W_Object) -> W_Object:
    a = as_alias(w)
    out = subs_parameters(ec, a, a.w_args, a.params(ec), w_item)
    return W_GenericAlias(a.w_origin, new_tuple(out))


def ga_eq(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    a = as_alias(w)
    if not isinstance(w_other, W_GenericAlias):
        return W_NOTIMPLEMENTED
    return new_bool(eq_bool(ec, a.w_origin, w_other.w_origin)
                    and eq_bool(ec, a.w_args, w_other.w_args))


def ga_mro_entries(ec: ExecCtx, w: W_Object, w_bases: W_Object) -> W_Object:
    return new_tuple([as_alias(w).w_origin])


def ga_instancecheck(ec: ExecCtx, w: W_Object, w_obj: W_Object) -> W_Object:
    raise type_error("isinstance() argument 2 cannot be a parameterized "
                     "generic")


def ga_subclasscheck(ec: ExecCtx, w: W_Object, w_obj: W_Object) -> W_Object:
    raise type_error("issubclass() argument 2 cannot be a parameterized "
                     "generic")


def ga_reduce(ec: ExecCtx, w: W_Object) -> W_Object:
    a = as_alias(w)
    return new_tuple([GENERIC_ALIAS_TYPE, new_tuple([a.w_origin, a.w_args])])


# ============================================================== UnionType

class W_Union(W_Object):
    w_args: W_Tuple              # flat, no duplicates, None as NoneType
    w_params: W_Tuple | None

    def __init__(self, w_args: W_Tuple) -> None:
        self.w_args = w_args
        self.w_params = None

    def get_type(self) -> W_Type:
        return UNION_TYPE

    def type_name(self) -> str:
        return "types.UnionType"

    def generic_attrs(self) -> bool:
        return False

    def lookup_attr(self, ec: ExecCtx, name: str) -> W_Object | None:
        if name == "__module__":
            # union_getattro: the type's (typing relies on it)
            return new_str("types")
        return generic_getattr(ec, self, name)

    def set_attr(self, ec: ExecCtx, name: str, w_value: W_Object) -> None:
        raise no_attribute(self, name)

    def repr_str(self, ec: ExecCtx) -> str:
        parts: list[str] = []
        for w in self.w_args.items:
            parts.append("None" if w is NONE_TYPE else type_repr(ec, w))
        return " | ".join(parts)

    def hash_value(self, ec: ExecCtx) -> int:
        return hash_w(ec, frozenset_of(ec, self.w_args))

    def params(self, ec: ExecCtx) -> W_Tuple:
        if self.w_params is None:
            self.w_params = make_parameters(ec, self.w_args)
        return self.w_params


def is_unionable(w: W_Object) -> bool:
    return (w is W_NONE or isinstance(w, W_Type)
            or isinstance(w, W_GenericAlias) or isinstance(w, W_Union))


def add_flat(ec: ExecCtx, out: list[W_Object], w: W_Object) -> None:
    """One argument of a new union: a union's arguments, None as
    NoneType, each once (aliases are compared by value)."""
    if isinstance(w, W_Union):
        for x in w.w_args.items:
            add_flat(ec, out, x)
        return
    if w is W_NONE:
        w = NONE_TYPE
    for x in out:
        if x is w:
            return
        if isinstance(x, W_GenericAlias) and isinstance(w, W_GenericAlias) \
                and eq_bool(ec, x, w):
            return
    out.append(w)


def make_union(ec: ExecCtx, items: list[W_Object]) -> W_Object:
    """A union of the items; a single one is itself (int | int is int)."""
    out: list[W_Object] = []
    for w in items:
        add_flat(ec, out, w)
    if len(out) == 1:
        return out[0]
    return W_Union(new_tuple(out))


def union_or(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    """_Py_union_type_or: `a | b` for types, None, aliases and unions."""
    if not is_unionable(a) or not is_unionable(b):
        return W_NOTIMPLEMENTED
    return make_union(ec, [a, b])


def union_ror(ec: ExecCtx, a: W_Object, b: W_Object) -> W_Object:
    return union_or(ec, b, a)


def union_args_of(w: W_Object) -> W_Tuple | None:
    """For isinstance() and issubclass(): a union is its arguments."""
    if isinstance(w, W_Union):
        return w.w_args
    return None


def as_union(w: W_Object) -> W_Union:
    if not isinstance(w, W_Union):
        raise type_error("descriptor requires a 'types.UnionType' object "
                         "but received a '" + w.type_name() + "'")
    return w


def union_get_args(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_union(w).w_args


def union_get_parameters(ec: ExecCtx, w: W_Object) -> W_Object:
    return as_union(w).params(ec)


def union_getitem(ec: ExecCtx, w: W_Object, w_item: W_Object) -> W_Object:
    u = as_union(w)
    out = subs_parameters(ec, u, u.w_args, u.params(ec), w_item)
    if len(out) == 0:
        return make_union(ec, out)
    w_res = out[0]
    for x in out[1:]:
        w_res = ops.binary_op(ec, w_res, x, OP_OR)
    return w_res


def union_eq(ec: ExecCtx, w: W_Object, w_other: W_Object) -> W_Object:
    u = as_union(w)
    if not isinstance(w_other, W_Union):
        return W_NOTIMPLEMENTED
    return new_bool(eq_bool(ec, frozenset_of(ec, u.w_args),
                            frozenset_of(ec, w_other.w_args)))


def frozenset_of(ec: ExecCtx, w_args: W_Tuple) -> W_Object:
    """A union hashes and compares as the frozenset of its arguments."""
    s = setobject.W_Set(True)
    for w in w_args.items:
        s.add(ec, w)
    return s


# ================================================================ install

GENERIC_ALIAS_TYPE = make_builtin_type("GenericAlias", OBJECT_TYPE,
                                       LAYOUT_BUILTIN)
GENERIC_ALIAS_TYPE.module = "types"
UNION_TYPE = make_builtin_type("UnionType", OBJECT_TYPE, LAYOUT_BUILTIN)
UNION_TYPE.module = "types"


def install_alias_type() -> None:
    t = GENERIC_ALIAS_TYPE
    typeobject.add_static_new(t, ga_new)
    add_getset(t, "__origin__", ga_get_origin, None)
    add_getset(t, "__args__", ga_get_args, None)
    add_getset(t, "__parameters__", ga_get_parameters, None)
    add_getset(t, "__unpacked__", ga_get_unpacked, None)
    add_method2(t, "__getitem__", ga_getitem)
    add_method2(t, "__eq__", ga_eq)
    add_method2(t, "__mro_entries__", ga_mro_entries)
    add_method2(t, "__instancecheck__", ga_instancecheck)
    add_method2(t, "__subclasscheck__", ga_subclasscheck)
    add_method1(t, "__reduce__", ga_reduce)
    add_method2(t, "__or__", union_or)
    add_method2(t, "__ror__", union_ror)
    t.compute_flags()


def install_union_type() -> None:
    u = UNION_TYPE
    add_getset(u, "__args__", union_get_args, None)
    add_getset(u, "__parameters__", union_get_parameters, None)
    add_method2(u, "__getitem__", union_getitem)
    add_method2(u, "__eq__", union_eq)
    add_method2(u, "__or__", union_or)
    add_method2(u, "__ror__", union_ror)
    u.compute_flags()


def install() -> None:
    install_alias_type()
    install_union_type()
    # the builtin types that take [] (CPython 3.11's list); `type` takes
    # it without a __class_getitem__ (objects.generic_getitem)
    for t in [LIST_TYPE, TUPLE_TYPE, DICT_TYPE, setobject.SET_TYPE,
              setobject.FROZENSET_TYPE, iterobject.ENUMERATE_TYPE,
              mod_collections.DEQUE_TYPE, mod_sre.MATCH_TYPE]:
        add_method2(t, "__class_getitem__", class_getitem)
        t.tdict["__class_getitem__"] = typeobject.W_ClassMethod(
            t.tdict["__class_getitem__"])
    objects.GENERIC_ALIAS[0] = class_getitem
    add_method2(TYPE_TYPE, "__ror__", union_ror)
    typeobject.TYPE_UNION[0] = union_or
    typeobject.UNION_ARGS[0] = union_args_of
